// Industry relation classes found on the development set truth-blind7 and the new set dev8 (branch chains9): short
// documents of the genre written for these tests (places, firms and chains invented or generic); each asserts what
// the class gives and what it must not give (a section's items are the section's industry's, not the neighbour
// section's; a list is no cross-product; a place's heading names no industry), so no rule tuned to one fixture
// sentence passes.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

const conf = (x: Awaited<ReturnType<typeof runDoc>>, type: string, edge: string): number | undefined => {
  const e = x.edges.find((g) => g.type === type && `${g.source} -> ${g.target}` === edge);
  return e ? Number(e.properties.confidence ?? 1) : undefined;
};

describe('blind7: a section heading of a document about several industries names the section’s industry', () => {
  const doc =
    '某市2026年先进制造业集群培育工作要点\n\n为推动智能家居、船舶配套和新材料三大产业集群提质扩量，特制定本要点。\n\n' +
    '一、做强智能家居集群\n\n1．提升龙头企业能级。以甲乙电器为龙头，发展智能门锁、智能照明和智能窗帘。\n\n' +
    '二、壮大船舶配套和新材料集群\n\n2．提升船舶配套水平。依托丙丁重工、戊己机械等企业，发展船用阀门和船用甲板机械。\n\n' +
    '3．延伸新材料产业链。以庚辛化工为龙头，发展特种尼龙和可降解塑料。\n\n' +
    '三、提升户外用品集群\n\n4．推动户外用品品牌化。依托壬癸户外、子丑运动等企业，发展帐篷睡袋和登山装备。\n\n' +
    '四、强化要素保障\n\n5．强化用地保障。优先保障重大项目用地。\n';

  it('a list under 一、做强X集群 is part of X, and the firms relied on for it are in X', async () => {
    const x = await runDoc(doc);
    const part = strong(x, 'PART_OF');
    for (const s of ['智能门锁', '智能照明', '智能窗帘']) expect(part).toContain(`industry:${s} -> industry:智能家居`);
    for (const s of ['帐篷睡袋', '登山装备']) expect(part).toContain(`industry:${s} -> industry:户外用品`);
    const inInd = strong(x, 'IN_INDUSTRY');
    expect(inInd).toContain('enterprise:壬癸户外 -> industry:户外用品');
    expect(inInd).toContain('enterprise:子丑运动 -> industry:户外用品');
    // the untyped list stays a list: no firm is stated in each item
    expect(inInd.filter((e) => /enterprise:(?:壬癸户外|子丑运动) -> industry:(?:帐篷睡袋|登山装备)/.test(e))).toEqual([]);
  });

  it('under a heading joining two industries, the measure title says which one a measure’s items belong to', async () => {
    const x = await runDoc(doc);
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:船用阀门 -> industry:船舶配套');
    expect(part).toContain('industry:船用甲板机械 -> industry:船舶配套');
    expect(part).toContain('industry:特种尼龙 -> industry:新材料');
    // never crossed into the other half of the heading
    expect(all(x, 'PART_OF').filter((e) => /industry:船用(?:阀门|甲板机械) -> industry:新材料/.test(e))).toEqual([]);
    expect(all(x, 'IN_INDUSTRY').filter((e) => /enterprise:(?:丙丁重工|戊己机械) -> industry:新材料/.test(e))).toEqual([]);
    // a heading about support (四、强化要素保障) names no industry
    expect(x.nodes.filter((n) => n.label === 'Industry' && /要素|保障/.test(n.name))).toEqual([]);
  });

  it('a heading naming one field with 和 (做强软件和信息技术服务) is not split into two industries', async () => {
    const x = await runDoc('某市2026年工作要点\n\n一、做强软件和信息技术服务\n\n1．提升龙头能级。以甲乙软件为龙头，发展工业软件和嵌入式软件。\n');
    expect(all(x, 'PART_OF').filter((e) => /-> industry:(?:软件|信息技术服务)$/.test(e))).toEqual([]);
    expect(all(x, 'IN_INDUSTRY').filter((e) => /-> industry:(?:软件|信息技术服务)$/.test(e))).toEqual([]);
  });
});

describe('dev8: a section heading without a verb (第一节　X) in a document about several industries', () => {
  const doc =
    '某高新区发展规划（2026—2030年）\n\n第一章　产业定位\n\n' +
    '第一节　智能光学显示。按照“光学玻璃—显示面板—显示终端”的链条补齐短板，以甲乙光电为龙头，发展车载显示和医疗显示。\n' +
    '第二节　氢能装备。以丙丁能源为链主，发展碱性电解槽、高压储氢瓶和加氢机。\n' +
    '第二章　空间布局\n\n东区科技园：重点发展智能光学显示，是全区氢能装备产业的核心承载区。\n' +
    '第三章　园区建设\n\n第一节　光电产业园。加快光电产业园建设，完善配套设施。\n';

  it('is the section’s industry where the document develops it by that name elsewhere', async () => {
    const x = await runDoc(doc);
    const part = strong(x, 'PART_OF');
    for (const s of ['光学玻璃', '显示面板', '显示终端', '车载显示', '医疗显示']) expect(part).toContain(`industry:${s} -> industry:智能光学显示`);
    // the heading's whole name, not a shorter term read inside it (氢能)
    for (const s of ['碱性电解槽', '高压储氢瓶', '加氢机']) expect(part).toContain(`industry:${s} -> industry:氢能装备`);
    expect(all(x, 'PART_OF').filter((e) => /industry:(?:碱性电解槽|高压储氢瓶|加氢机) -> industry:氢能$/.test(e))).toEqual([]);
  });

  it('a chain the lexicon places elsewhere (动力电池) listed under the heading’s whole name is part of it, not of the shorter term', async () => {
    const x = await runDoc(
      '某高新区发展规划\n\n第一章　产业定位\n\n第一节　新能源电池。以甲乙锂能为链主，发展消费锂电池、动力电池和储能电池。\n第二章　空间布局\n\n西区产业园是全区新能源电池产业的核心承载区。\n',
    );
    const part = strong(x, 'PART_OF');
    for (const s of ['消费锂电池', '动力电池', '储能电池']) expect(part).toContain(`industry:${s} -> industry:新能源电池`);
    expect(all(x, 'PART_OF').filter((e) => /industry:(?:消费锂电池|动力电池|储能电池) -> industry:新能源$/.test(e))).toEqual([]);
  });

  it('a heading named once (空间布局) or naming a park (光电产业园) is no industry', async () => {
    const x = await runDoc(doc);
    const industries = x.nodes.filter((n) => n.label === 'Industry').map((n) => n.name);
    expect(industries).not.toContain('空间布局');
    expect(industries).not.toContain('光电产业园');
    expect(industries).not.toContain('园区建设');
  });
});

describe('blind5/blind7: measure titles joining two segments', () => {
  it('under an industry heading, each part of 做强A与B is a segment of the heading’s industry and a target of the measure', async () => {
    const x = await runDoc(
      '某新区未来产业培育行动计划\n\n二、重点任务\n（一）低空经济\n1．做强低空测绘与无人机物流。依托甲乙航空科技发展无人机物流和电力巡检服务。\n' +
        '2．发展飞行控制系统与低空通信。以丙丁电子为龙头，发展飞控计算机和低空通信基站。\n（二）强化要素支撑\n3．培育软件和信息服务业。建设软件园。\n',
    );
    const part = strong(x, 'PART_OF');
    for (const s of ['低空测绘', '无人机物流', '飞行控制系统', '低空通信']) expect(part).toContain(`industry:${s} -> industry:低空经济`);
    const sup = strong(x, 'SUPPORTS');
    expect(sup.some((e) => /-> industry:低空测绘$/.test(e))).toBe(true);
    expect(sup.some((e) => /-> industry:低空通信$/.test(e))).toBe(true);
    // the parts of one title are siblings
    expect(all(x, 'PART_OF').filter((e) => /industry:(?:低空测绘|无人机物流) -> industry:(?:低空测绘|无人机物流)$/.test(e))).toEqual([]);
    // one field the lexicon knows whole is not split, and is no part of another section's industry
    expect(x.nodes.filter((n) => n.label === 'Industry' && (n.name === '软件' || n.name === '信息服务业'))).toEqual([]);
  });

  it('an item sharing nothing with either part goes with the first, less sure than an item that shares a word', async () => {
    const x = await runDoc(
      '某市2026年工作要点\n\n一、产业链条\n我市休闲食品产业链包括烘焙食品、休闲零食和方便食品三个环节。\n\n' +
        '三、重点任务\n1、做强烘焙食品和休闲零食。依托甲乙食品、丙丁食品等企业，发展烘焙糕点、零食礼盒和冻干水果。\n',
    );
    const part = all(x, 'PART_OF');
    expect(conf(x, 'PART_OF', 'industry:烘焙糕点 -> industry:烘焙食品')).toBe(0.8);
    expect(conf(x, 'PART_OF', 'industry:零食礼盒 -> industry:休闲零食')).toBe(0.8);
    const first = conf(x, 'PART_OF', 'industry:冻干水果 -> industry:烘焙食品');
    expect(first).toBeDefined();
    expect(first!).toBeGreaterThanOrEqual(0.5);
    expect(first!).toBeLessThan(0.8);
    // one parent per item: the guess is not doubled into both parts
    expect(part).not.toContain('industry:冻干水果 -> industry:休闲零食');
  });
});

describe('blind7/dev8: the parts lines of a chain list (链长制 方案)', () => {
  const doc =
    '某市重点产业链链长制工作方案\n\n一、产业链图谱\n\n（一）先进铜材产业链\n\n链长：市长。链主企业：甲乙铜业集团（下属甲乙铜箔、甲乙线缆）。\n' +
    '上游环节：铜精矿冶炼、阴极铜。代表企业：丙丁冶炼（阴极铜）。\n下游环节：锂电铜箔、特种线缆。代表企业：戊己线缆。\n' +
    '细分方向：高精铜板带、铜合金线材和电子铜箔；\n承载园区：某某经济开发区。\n\n（二）上游：关键材料\n\n上游环节：铜粉、铜浆。\n';

  it('细分方向 A、B和C gives three parts; 上游环节/下游环节 lines under a chain heading give the chain’s parts', async () => {
    const x = await runDoc(doc);
    const part = strong(x, 'PART_OF');
    for (const s of ['高精铜板带', '铜合金线材', '电子铜箔', '铜精矿冶炼', '阴极铜', '锂电铜箔', '特种线缆']) expect(part).toContain(`industry:${s} -> industry:先进铜材`);
    // the joined pair is no part of its own
    expect(x.nodes.filter((n) => n.label === 'Industry' && n.name.includes('和'))).toEqual([]);
    // a stage line under a heading that is itself a stage (（二）上游：关键材料) is no parts line of a chain
    expect(part.filter((e) => /industry:铜粉 -> industry:先进铜材/.test(e))).toEqual([]);
  });

  it('a 链主 line with （下属A、B） puts the group and both subsidiaries in the chain', async () => {
    const x = await runDoc(doc);
    const inInd = strong(x, 'IN_INDUSTRY');
    for (const f of ['甲乙铜业集团', '甲乙铜箔']) expect(inInd).toContain(`enterprise:${f} -> industry:先进铜材`);
    // (the last subsidiary keeps the bracket the field-block reader cut it with, 甲乙线缆), until that reader splits
    // its items outside brackets: the tie itself is there)
    expect(inInd.some((e) => /^enterprise:甲乙线缆\)? -> industry:先进铜材$/.test(e))).toBe(true);
    // the typed firm is its item's, the untyped one the chain's
    expect(inInd).toContain('enterprise:丙丁冶炼 -> industry:阴极铜');
    expect(inInd).toContain('enterprise:戊己线缆 -> industry:先进铜材');
  });
});

describe('blind/blind5/blind7: a measure building a carrier or highland for an industry the document named targets it', () => {
  it('建设X载体 / 打造X研制高地 → the measure SUPPORTS X; a park named after X is no target by its name', async () => {
    const x = await runDoc(
      '某市未来产业培育方案\n\n二、重点任务\n（一）商业航天\n1．打造商业航天研制高地。支持甲乙航天科技布局液体火箭发动机。\n' +
        '2．建设商业航天载体。在某某经济开发区建设商业航天产业园，对入园企业给予房租减免。\n（二）要素保障\n3．建设人才载体。建设人才公寓。\n',
    );
    const sup = strong(x, 'SUPPORTS');
    expect(sup.filter((e) => /-> industry:商业航天$/.test(e)).length).toBe(2);
    expect(x.nodes.filter((n) => n.label === 'Industry' && /人才/.test(n.name))).toEqual([]);
  });
});

describe('blind5/blind7: a list closed by its kind, with 等 or with its count (A、B和C三大未来产业)', () => {
  it('each item is part of the kind the document reads as an industry; a count before a plan word names no kind', async () => {
    const x = await runDoc(
      '某市未来产业培育方案\n\n我市重点培育量子信息、脑机接口和合成生物三大未来产业。全市已形成东区、西区两大特色板块。\n',
    );
    const part = strong(x, 'PART_OF');
    for (const s of ['量子信息', '脑机接口', '合成生物']) expect(part).toContain(`industry:${s} -> industry:未来产业`);
    expect(all(x, 'PART_OF').filter((e) => /板块/.test(e))).toEqual([]);
    // siblings stay siblings
    expect(part.filter((e) => /industry:(?:量子信息|脑机接口) -> industry:(?:量子信息|脑机接口|合成生物)$/.test(e))).toEqual([]);
  });
});

describe('dev8: a dash chain opening with a resource’s recovery, called a 循环链条', () => {
  it('镍钴资源回收 is a link; 循环 describes the chain and names no whole: the links are the section’s industry’s', async () => {
    const x = await runDoc(
      '某市重点园区产业定位\n\n二、主导产业说明\n（一）锂电材料。某某高新区已集聚甲乙锂业、丙丁材料等龙头企业，形成“锂钴资源回收—前驱体—正极材料—锂电池”的循环链条。\n',
    );
    const up = strong(x, 'UPSTREAM_OF');
    expect(up).toContain('industry:锂钴资源回收 -> industry:前驱体');
    expect(up).toContain('industry:前驱体 -> industry:正极材料');
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:锂钴资源回收 -> industry:锂电材料');
    expect(x.nodes.filter((n) => n.label === 'Industry' && n.name === '循环')).toEqual([]);
    // other resources stay no links (创新资源, 人才资源)
    const y = await runDoc('某市方案\n\n一、总体要求\n推动“创新资源—人才资源—产业发展”的链条贯通。\n');
    expect(all(y, 'UPSTREAM_OF')).toEqual([]);
  });
});

describe('dev8: a level’s support named with 重点是 (上游重点是A，…；中游重点是B技改)', () => {
  it('重点是 opens the level’s object, no part of its name; the work on a level (技改, 建设) is no link', async () => {
    const x = await runDoc(
      '某市茶产业若干措施政策解读\n\n问一：上中下游如何支持？\n答：按照“茶园种植—茶叶加工—茶叶销售”的链条分别给予支持。上游重点是茶园基地建设；中游重点是加工技改；下游重点是茶叶销售和茶文旅。\n',
    );
    const names = x.nodes.filter((n) => n.label === 'Industry').map((n) => n.name);
    expect(names.filter((n) => /^重点|技改$|建设$/.test(n))).toEqual([]);
    expect(strong(x, 'UPSTREAM_OF')).toContain('industry:茶园种植 -> industry:茶叶加工');
  });
  it('a making stage after a machine (农机制造, 电机制造) is a link like 整机制造', async () => {
    const x = await runDoc('某县农机装备产业发展措施\n\n一、产业布局\n我县农机装备产业链包括农机零部件、农机制造和农机服务三个环节，形成“农机零部件—农机制造—农机服务”的链条。\n');
    expect(strong(x, 'UPSTREAM_OF')).toContain('industry:农机零部件 -> industry:农机制造');
    expect(strong(x, 'PART_OF')).toContain('industry:农机制造 -> industry:农机装备');
  });
});

describe('dev8: stage lines under chain headings beside the text’s own dash chain', () => {
  it('the first item of each level is not ordered against the next level’s first where the dash chain puts links between them', async () => {
    const x = await runDoc(
      '某市绿色铝产业链链长制工作方案\n\n为加快构建“铝土矿—氧化铝—电解铝—铝板带—铝箔”全链条，制定本方案。\n\n一、产业链图谱\n\n（一）绿色铝产业链\n\n' +
        '上游环节：铝土矿、氧化铝。\n中游环节：电解铝、铝板带。\n下游环节：铝箔、铝型材。\n',
    );
    const up = strong(x, 'UPSTREAM_OF');
    for (const [a, b] of [['铝土矿', '氧化铝'], ['氧化铝', '电解铝'], ['电解铝', '铝板带'], ['铝板带', '铝箔']]) expect(up).toContain(`industry:${a} -> industry:${b}`);
    // the levels' first items skip the links between them: no shortcut
    expect(all(x, 'UPSTREAM_OF')).not.toContain('industry:铝土矿 -> industry:电解铝');
    expect(all(x, 'UPSTREAM_OF')).not.toContain('industry:电解铝 -> industry:铝箔');
    expect(strong(x, 'PART_OF')).toContain('industry:铝型材 -> industry:绿色铝');
  });
});
