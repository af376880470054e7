// Error classes of the chains26 round read off blind30, blind31 and blind32 (UPSTREAM_OF and the PART_OF a chain layout
// states), on short texts of the genre written for these tests (names and places invented). Each asserts what the class
// gives and what must not come.
import { describe, expect, it } from 'vitest';
import { runDoc, strong } from '../fixtures/class-doc.ts';

describe('a dash chain written without quotes whose links run into the sentence (形成A—B—C的完整链条, 推动A—B—C链条向…延伸, 链条为：A—B—C: blind30 r01–r08, blind11 r08)', () => {
  it('the first link starts after the verb and the last ends at the chain word', async () => {
    const x = await runDoc('青禾市新材料产业发展规划\n\n一、发展基础\n青禾铝业开发区已集聚青禾铝箔等企业，形成高纯铝锭—铝箔坯料—电容铝箔的完整链条。\n');
    const up = strong(x, 'UPSTREAM_OF');
    expect(up).toContain('industry:高纯铝锭 -> industry:铝箔坯料');
    expect(up).toContain('industry:铝箔坯料 -> industry:电容铝箔');
    expect(x.nodes.filter((n) => /形成|链条|完整/.test(n.name))).toEqual([]);
  });
  it('a chain word right after the last link, with the sentence going on (推动A—B—C链条向D延伸)', async () => {
    const up = strong(await runDoc('青禾市钢铁产业行动方案\n\n一、重点任务\n以青禾钢铁为龙头，推动球团矿—生铁—特钢圆坯链条向高端模具钢延伸。\n'), 'UPSTREAM_OF');
    expect(up).toContain('industry:球团矿 -> industry:生铁');
    expect(up).toContain('industry:生铁 -> industry:特钢圆坯');
  });
  it('two chains joined in one sentence (A—B的锰系主链和C—D—E的锌系辅链) are two, and a series names no industry', async () => {
    const x = await runDoc('青禾州锰锌新材料产业链实施方案\n\n一、产业现状\n全链条形成锰矿采掘—硫酸锰—锰酸锂的锰系主链和锌精矿—电解锌—镀锌板的锌系辅链。\n');
    const up = strong(x, 'UPSTREAM_OF');
    expect(up).toContain('industry:锰矿采掘 -> industry:硫酸锰');
    expect(up).toContain('industry:硫酸锰 -> industry:锰酸锂');
    expect(up).toContain('industry:锌精矿 -> industry:电解锌');
    expect(up).toContain('industry:电解锌 -> industry:镀锌板');
    expect(up).not.toContain('industry:锰酸锂 -> industry:锌精矿');
    expect(x.nodes.filter((n) => /锰系|锌系/.test(n.name))).toEqual([]);
  });
  it('链条为：A—B—C names the run its chain', async () => {
    const up = strong(await runDoc('青禾市天然气产业招商图谱\n\n一、产业链\n链条为：气田开发—管道输送—液化储运—燃气发电。\n'), 'UPSTREAM_OF');
    expect(up).toContain('industry:气田开发 -> industry:管道输送');
    expect(up).toContain('industry:液化储运 -> industry:燃气发电');
  });
  it('a run of places or a run with no chain word is no chain', async () => {
    const x = await runDoc('青禾省超硬材料产业规划\n\n一、基础\n我省已形成青禾—白水—石门超硬材料产业带，推动青禾—白水产业协作。\n');
    expect(strong(x, 'UPSTREAM_OF')).toEqual([]);
  });
});

describe('links named by a Latin acronym, and 数据中心 as a link (“电石—乙炔—BDO—可降解塑料”: blind31 r08, blind32 r08; “数据中心—算力调度—…”: blind32 r03, blind30 r01)', () => {
  it('the acronym is a link of its chain', async () => {
    const up = strong(await runDoc('青禾经济开发区产业规划\n\n一、主导产业\n以青禾化工为龙头，打造“电石—乙炔—BDO—PBAT”产业链。\n'), 'UPSTREAM_OF');
    expect(up).toContain('industry:乙炔 -> industry:BDO');
    expect(up).toContain('industry:BDO -> industry:PBAT');
  });
  it('数据中心 is a link, other 中心 are not', async () => {
    const up = strong(await runDoc('青禾市算力产业方案\n\n一、重点任务\n构建“数据中心—算力调度—行业应用”链条。\n'), 'UPSTREAM_OF');
    expect(up).toContain('industry:数据中心 -> industry:算力调度');
    const none = strong(await runDoc('青禾市创新方案\n\n一、重点任务\n构建“研发中心—中试中心—产业化基地”链条。\n'), 'UPSTREAM_OF');
    expect(none).toEqual([]);
  });
});

describe('the whole of a chain named by the head of the document\'s industry, or by a one-character element (钒钛产业链条 → 钒钛新材料: blind30 r06; 全州钛产业的核心承载区 → 钛产业: blind30 r07)', () => {
  it('…的钒钛产业链条 in a 钒钛新材料 document is that industry\'s chain', async () => {
    const x = await runDoc('青禾市钒钛新材料产业招商图谱\n\n一、产业基础\n青禾已形成钒钛铁精矿—钒钛钢锭—钒铁合金的钒钛产业链条。\n');
    const partOf = strong(x, 'PART_OF');
    for (const g of ['钒钛铁精矿', '钒钛钢锭', '钒铁合金']) expect(partOf).toContain(`industry:${g} -> industry:钒钛新材料`);
    expect(partOf.filter((e) => e.endsWith('industry:钒钛'))).toEqual([]);
  });
  it('是全州钛产业的核心承载区 names 钛产业 as the chain\'s whole, not 全州钛', async () => {
    const x = await runDoc('青禾州2026年钛和钢铁产业工作要点\n\n一、发展钛产业\n1．青禾片区已集聚青禾钛业等钛企业，是全州钛产业的核心承载区，形成钛铁矿—高钛渣—钛白粉的完整链条。\n');
    const partOf = strong(x, 'PART_OF');
    // (钛 and 钛产业 are one industry to the scorer: the heading's 钛 is reused when the document named it)
    for (const g of ['钛铁矿', '高钛渣', '钛白粉']) expect(partOf.some((e) => new RegExp(`^industry:${g} -> industry:钛(?:产业)?$`).test(e))).toBe(true);
    expect(x.nodes.filter((n) => /全州/.test(n.name))).toEqual([]);
  });
});

describe('a level grid orders its levels, added at the document\'s end (a like rule that dropped grids a dash chain also orders was taken out: it cost the unseen gate set 3 right links)', () => {
  it('a grid orders its levels', async () => {
    const up = strong(await runDoc('青禾市显示产业规划\n\n一、产业链\n显示领域，上游为玻璃基板和偏光片，中游为液晶面板，下游为显示模组。\n'), 'UPSTREAM_OF');
    expect(up).toContain('industry:玻璃基板 -> industry:液晶面板');
    expect(up).toContain('industry:液晶面板 -> industry:显示模组');
  });
});

describe('a level line that enumerates items gives no first item to order across headings (【下游】A、B和C: blind17 r07, blind19 r07, blind2 n02, blind23 r07)', () => {
  it('the first item of an enumerated level is not linked to the next level', async () => {
    const x = await runDoc('青禾市食品产业招商图谱\n\n二、产业链图谱\n【上游】面粉加工、生猪养殖和食品辅料。\n【中游】肉制品、速冻食品、乳制品和饮料。\n【下游】冷链物流、食品包装和食品机械。\n');
    const up = strong(x, 'UPSTREAM_OF');
    expect(up).not.toContain('industry:面粉加工 -> industry:肉制品');
    expect(up).not.toContain('industry:肉制品 -> industry:冷链物流');
  });
  it('level lines naming one segment each are still ordered', async () => {
    const up = strong(await runDoc('青禾市石墨产业链实施方案\n\n二、产业链图谱\n上游：石墨采选。\n中游：石墨材料加工。\n下游：石墨终端产品。\n'), 'UPSTREAM_OF');
    expect(up).toContain('industry:石墨采选 -> industry:石墨材料加工');
    expect(up).toContain('industry:石墨材料加工 -> industry:石墨终端产品');
  });
});

describe('the divisions a figure of the document\'s industry breaks down into (全市X产业营业收入突破N亿元，其中A产业M亿元、B产业K亿元: blind24 r03, blind12 r08)', () => {
  it('each division is part of the industry the figure is of', async () => {
    const partOf = strong(await runDoc('青禾市新材料产业行动方案\n\n一、发展目标\n到2028年，全市新材料产业营业收入突破600亿元，其中先进陶瓷产业200亿元、特种玻璃产业150亿元；培育百亿元企业2家。\n'), 'PART_OF');
    expect(partOf).toContain('industry:先进陶瓷 -> industry:新材料');
    expect(partOf).toContain('industry:特种玻璃 -> industry:新材料');
  });
  it('A、B和C三大板块分别实现营业收入… is read the same way', async () => {
    const partOf = strong(await runDoc('青禾市零部件产业方案\n\n一、发展基础\n2025年，全市精密零部件产业规模以上企业达到120家，营业收入突破300亿元，其中精密轴承、精密齿轮和液压阀三大板块分别实现营业收入120亿元、90亿元和60亿元。\n'), 'PART_OF');
    for (const g of ['精密轴承', '精密齿轮', '液压阀']) expect(partOf).toContain(`industry:${g} -> industry:精密零部件`);
  });
  it('a zone\'s total output broken down lists its industries, no division of anything', async () => {
    const partOf = strong(await runDoc('青禾经济开发区产业规划\n\n一、发展目标\n到2030年，开发区规模以上工业总产值突破2000亿元，其中氯碱化工800亿元、硅基新材料600亿元。\n'), 'PART_OF');
    expect(partOf.filter((e) => /氯碱化工|硅基新材料/.test(e.split(' -> ')[0]!))).toEqual([]);
  });
});

describe('scope words of a prefecture or league (全盟已形成“A—B—C”产业链条: blind32 r05) and a chain under a level heading (（三）下游：X与Y。…形成“A—B—C”的产业链条: blind31 r05)', () => {
  it('全盟 / 全州 name no industry the chain belongs to', async () => {
    const x = await runDoc('青禾盟沙棘产业链实施方案\n\n一、基本情况\n全盟已形成“沙棘种植—沙棘果汁—沙棘籽油”产业链条。\n');
    expect(x.nodes.filter((n) => n.label === 'Industry' && /全盟/.test(n.name))).toEqual([]);
    expect(strong(x, 'PART_OF').filter((e) => /全盟/.test(e))).toEqual([]);
  });
  it('the links of a chain laid out under a level heading are not parts of that level', async () => {
    const x = await runDoc(
      '青禾市制鞋产业链实施方案\n\n二、产业链图谱\n（一）上游：鞋材。主要包括鞋底和合成革。\n\n（二）中游：成鞋制造。主要包括运动鞋和童鞋。\n\n（三）下游：品牌与流通。主要包括鞋类跨境电商和鞋类仓储物流，形成“鞋材—成鞋制造—跨境电商”的产业链条。\n',
    );
    const partOf = strong(x, 'PART_OF');
    expect(partOf).not.toContain('industry:鞋材 -> industry:品牌');
    expect(partOf).not.toContain('industry:成鞋制造 -> industry:品牌');
    expect(strong(x, 'UPSTREAM_OF')).toContain('industry:鞋材 -> industry:成鞋制造');
  });
});

describe('a chemical named with its locants is one link (“天然气—乙炔—1,4-丁二醇—可降解材料”: blind20 r05)', () => {
  it('the hyphen after a digit is no chain dash', async () => {
    const x = await runDoc('青禾市化工产业方案\n\n一、重点任务\n重点发展1,3-丙二醇和生物基纤维，打通“玉米淀粉—葡萄糖—1,3-丙二醇—生物基纤维”链条。\n');
    const up = strong(x, 'UPSTREAM_OF');
    expect(up).toContain('industry:葡萄糖 -> industry:1,3-丙二醇');
    expect(up).toContain('industry:1,3-丙二醇 -> industry:生物基纤维');
    expect(up.filter((e) => e.includes('industry:丙二醇'))).toEqual([]);
  });
});

describe('the chain a run-in heading names is the whole of its levels\' items when the document has no single subject (（一）页岩气产业链。上游为A，中游为B: blind30 r06)', () => {
  it('each level item is part of the heading\'s chain', async () => {
    const x = await runDoc('青禾市天然气和新材料产业招商图谱\n\n二、产业链图谱\n\n（一）天然气产业链。上游为气田开发，中游为管道输送和压缩机制造，下游为燃气发电和燃气化工。\n（二）新材料产业链。上游为石英砂，中游为光伏玻璃，下游为光伏组件。\n');
    const partOf = strong(x, 'PART_OF');
    for (const g of ['气田开发', '管道输送', '压缩机制造', '燃气发电', '燃气化工']) expect(partOf).toContain(`industry:${g} -> industry:天然气`);
    for (const g of ['石英砂', '光伏玻璃', '光伏组件']) expect(partOf).toContain(`industry:${g} -> industry:新材料`);
    expect(partOf).not.toContain('industry:燃气发电 -> industry:新材料');
  });
});

describe('a level joining a name with a bare stage (品牌与流通, 冶炼及初级产品, 种苗繁育与种植) is one level, no two segments (blind30 r05, blind31 r05, blind32 r05)', () => {
  it('neither half is a part of the chain, nor ordered across headings', async () => {
    const x = await runDoc(
      '青禾市制鞋产业链实施方案\n\n二、产业链图谱\n（一）上游：鞋材。主要包括鞋底和合成革。\n\n（二）中游：成鞋制造。主要包括运动鞋和童鞋。\n\n（三）下游：品牌与流通。主要包括鞋类跨境电商和鞋类仓储物流。\n',
    );
    const partOf = strong(x, 'PART_OF');
    expect(partOf.filter((e) => /^industry:(品牌|流通) /.test(e))).toEqual([]);
    expect(strong(x, 'UPSTREAM_OF').filter((e) => /industry:(品牌|流通)$/.test(e))).toEqual([]);
  });
  it('a level joining two named products is still two segments', async () => {
    const partOf = strong(await runDoc('青禾市天然气化工产业链实施方案\n\n二、产业链图谱\n上游：天然气开采。\n中游：基础化工原料。\n下游：化肥与化工新材料。\n'), 'PART_OF');
    expect(partOf).toContain('industry:化肥 -> industry:天然气化工');
    expect(partOf).toContain('industry:化工新材料 -> industry:天然气化工');
  });
});
