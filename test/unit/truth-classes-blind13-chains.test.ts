// Chain relation classes (PART_OF, UPSTREAM_OF, IN_INDUSTRY, INNOVATES_FOR) found on the sets blind13 and blind14
// (branch chains15): short documents of the genre written for these tests (places, firms and industries invented or
// generic); each asserts what the class gives and what it must not give, so no rule tuned to one fixture sentence passes.
import { describe, expect, it } from 'vitest';
import { all, names, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind14 r03, r07: 初步形成“A—B—C”的产业链条 — the adverb before the verb names no chain', () => {
  const doc =
    '某市绿色储能产业发展实施方案\n\n一、发展基础\n\n' +
    '目前,甲区工业园已集聚甲乙新能源等电芯企业和丙丁材料等正极材料企业,初步形成“正极材料—储能电芯—储能系统”的产业链条。\n' +
    '全市已基本形成“储能电芯—储能变流器—储能电站”的链条。\n';

  it('no industry named after the adverb, and the links are parts of the document’s industry', async () => {
    const x = await runDoc(doc);
    const inds = names(x, 'Industry');
    for (const w of ['初步', '基本', '已基本']) expect(inds).not.toContain(w);
    const part = all(x, 'PART_OF');
    expect(part.filter((e) => /-> industry:(初步|基本)/.test(e))).toEqual([]);
    expect(strong(x, 'PART_OF')).toContain('industry:储能电芯 -> industry:绿色储能');
    // the order the dashes state is still read
    expect(strong(x, 'UPSTREAM_OF')).toContain('industry:正极材料 -> industry:储能电芯');
  });

  it('an industry named before the verb is still the chain’s whole', async () => {
    const x = await runDoc('某市新材料产业发展规划\n\n一、发展基础\n\n经过多年发展，我市碳纤维已初步形成“原丝—碳化—复合材料制品”的产业链条。\n');
    expect(strong(x, 'PART_OF')).toContain('industry:原丝 -> industry:碳纤维');
  });
});

describe('blind13 r01, blind14 r01: a zone that has a chain (X集聚区已形成“A—B—C”产业链) is the place of the chain, not its whole', () => {
  it('the links go to the section’s industry, and the zone is no industry', async () => {
    const x = await runDoc(
      '某市先进制造业发展规划（摘编）\n\n第二节　石油化工\n\n' +
        '甲市石化产业集聚区已形成"原油加工—对二甲苯—聚酯纤维"产业链，甲乙石化是我市石油化工的龙头企业。\n' +
        '乙县化工园已形成“氯碱—聚氯乙烯—塑料制品”产业链。\n',
    );
    expect(names(x, 'Industry')).not.toContain('甲市石化产业集聚区');
    expect(names(x, 'Industry')).not.toContain('乙县化工园');
    const part = all(x, 'PART_OF');
    expect(part.filter((e) => /集聚区|化工园/.test(e))).toEqual([]);
    expect(strong(x, 'UPSTREAM_OF')).toContain('industry:原油加工 -> industry:对二甲苯');
  });
});

describe('blind14 r08: a heading that names the document’s industry and its making (一、做强航空装备制造) is about the document’s industry', () => {
  const doc =
    '某市2026年电力装备产业发展工作要点\n\n全市电力装备产业产值力争突破500亿元。\n\n一、做强电力装备制造\n\n' +
    '1. 巩固整装优势。以甲乙重工为链主,发展特高压变压器和智能开关柜。依托丙丁机械、戊己电气等企业,发展深海绞车和水下机器人。\n';

  it('the items are parts of the document’s industry, not of the lexicon term straddling its name (装备制造)', async () => {
    const x = await runDoc(doc);
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:特高压变压器 -> industry:电力装备');
    expect(part.filter((e) => e.endsWith('-> industry:装备制造'))).toEqual([]);
    expect(strong(x, 'IN_INDUSTRY').filter((e) => e.endsWith('-> industry:装备制造'))).toEqual([]);
  });

  it('a heading naming a part of the document’s industry still gives that part', async () => {
    const x = await runDoc(
      '某市2026年新能源汽车产业发展工作要点\n\n一、做强动力电池\n\n1. 补齐材料短板。依托甲乙材料等企业,发展正极材料和电解液。\n',
    );
    expect(strong(x, 'PART_OF')).toContain('industry:正极材料 -> industry:动力电池');
  });
});

describe('blind14 r07, blind13 r02: a title joining two industries the document names apart (A及B) names two roots', () => {
  const doc =
    '某市氟化工及锂电材料产业链招商图谱\n\n一、产业概况\n\n全市已集聚甲乙氟业等氟化工企业和丙丁锂能等锂电材料企业,我市氟化工产业基础较好。\n\n' +
    '二、产业链图谱\n\n【上游】萤石采选和无水氟化氢。重点企业：甲乙氟业（萤石采选）。\n【下游】含氟聚合物和锂电隔膜。重点企业：丙丁锂能（锂电隔膜）。\n';

  it('each segment goes under the half it shares a word or a character with, not under the joined name', async () => {
    const x = await runDoc(doc);
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:无水氟化氢 -> industry:氟化工');
    expect(part).toContain('industry:锂电隔膜 -> industry:锂电材料');
    expect(part.filter((e) => e.endsWith('-> industry:氟化工及锂电材料'))).not.toContain('industry:无水氟化氢 -> industry:氟化工及锂电材料');
  });

  it('a joined name whose half never stands alone (A和B with A only inside a longer name) stays one field', async () => {
    const x = await runDoc(
      '某市半导体和集成电路产业发展规划\n\n一、发展基础\n\n全市集聚甲芯等集成电路企业，化合物半导体和集成电路产业加快发展。\n\n二、重点方向\n\n重点发展功率半导体器件、集成电路设计和半导体材料。\n',
    );
    const part = all(x, 'PART_OF');
    // (集成电路 stands alone, 半导体 only inside 化合物半导体: the segments stay under the joined field)
    expect(part.filter((e) => /-> industry:(半导体|集成电路)$/.test(e))).toEqual([]);
    expect(part).toContain('industry:功率半导体器件 -> industry:半导体与集成电路');
  });
});

describe('blind13 r05 (blind8 r01 layout): a level paragraph’s own 创新平台 line is the level’s research base', () => {
  const doc =
    '某市动力电池产业链延链补链强链实施方案\n\n二、产业链图谱\n\n' +
    '上游：电池材料。细分环节：正极材料、负极材料和电解液。链主企业：甲乙材料。承载园区：甲区工业园区。创新平台：甲市理工大学。\n\n' +
    '中游：电芯制造。细分环节：动力电芯和储能电芯。链主企业：丙丁电池。承载园区：乙区工业园区。创新平台：甲市电池研究院。\n';

  it('the lab serves the level its paragraph names (stated), not the next level', async () => {
    const x = await runDoc(doc);
    const inn = strong(x, 'INNOVATES_FOR');
    expect(inn).toContain('lab:甲市理工大学 -> industry:电池材料');
    expect(inn).toContain('lab:甲市电池研究院 -> industry:电芯制造');
    expect(inn).not.toContain('lab:甲市理工大学 -> industry:电芯制造');
  });
});

describe('blind13 r04 (blind10/11/14 r04, blind3–5: 三大未来产业): a future-industry plan’s counted tracks (三大方向) are parts of 未来产业', () => {
  it('each track of the counted list is a stated part of the umbrella the title names', async () => {
    const x = await runDoc(
      '某区未来产业培育发展行动方案（2026—2028年）\n\n为抢抓未来产业发展机遇，聚焦量子信息、脑机接口和生物制造三大方向，加快培育新质生产力。到2028年，全区未来产业规模突破300亿元。\n\n' +
        '一、重点方向\n\n（一）量子信息。重点发展量子通信和量子计算。\n',
    );
    const part = strong(x, 'PART_OF');
    for (const t of ['量子信息', '脑机接口', '生物制造']) expect(part).toContain(`industry:${t} -> industry:未来产业`);
    // a track's own segments stay the track's
    expect(part).not.toContain('industry:量子通信 -> industry:未来产业');
  });

  it('a counted list in a plan of another industry gives no part of 未来产业', async () => {
    const x = await runDoc('某市新材料产业发展行动方案\n\n聚焦先进钢铁材料、先进有色材料和前沿新材料三大方向，推动未来产业和新材料融合发展。\n');
    expect(all(x, 'PART_OF').filter((e) => e.endsWith('-> industry:未来产业'))).toEqual([]);
  });
});

describe('blind13 r08 (blind b01, blind14 r05: 补齐X短板 titles): a heading that closes a gap (（一）补齐印染短板) names the level its items are parts of', () => {
  it('the items go under the level the heading names, not only under the document’s industry', async () => {
    const x = await runDoc(
      '某省家具产业集群建设工作简报\n\n一、运行情况\n\n全省按照“板材—定制家具—家居配套”全产业链思路推进集群建设。\n\n二、下一步工作安排\n\n' +
        '（一）补齐家居配套短板。在甲市家居产业园重点发展五金配件和智能家居模组。\n',
    );
    expect(strong(x, 'PART_OF')).toContain('industry:五金配件 -> industry:家居配套');
  });
});

describe('blind14 r02: 推动“A—B—C—D”本地配套 — the links a measure wants supplied locally are a chain (order stated), not its targets', () => {
  const doc =
    '某市电子信息产业发展若干措施\n\n第三条　补齐材料短板。依托甲乙电子等企业，发展显示玻璃和偏光片，推动“石英砂—显示玻璃—显示面板—显示模组”本地配套。对年新增本地配套额超过1亿元的企业给予奖励。\n';

  it('each link is upstream of the next (stated); the measure does not target the raw material', async () => {
    const x = await runDoc(doc);
    const up = strong(x, 'UPSTREAM_OF');
    expect(up).toContain('industry:石英砂 -> industry:显示玻璃');
    expect(up).toContain('industry:显示面板 -> industry:显示模组');
    expect(all(x, 'SUPPORTS').filter((e) => e.endsWith('-> industry:石英砂'))).toEqual([]);
  });

  it('two links written with a dash before 配套 are no chain', async () => {
    const x = await runDoc('某市电子信息产业发展若干措施\n\n第三条　推动“整机—零部件”本地配套。\n');
    expect(all(x, 'UPSTREAM_OF')).toEqual([]);
  });
});

describe('blind14 r02: 推动X产业向上游材料、下游应用两端延伸 — the directions an industry grows in are no levels of a chain', () => {
  it('no segment is read off the direction words', async () => {
    const x = await runDoc('某市关于加快新型显示产业发展的若干措施\n\n为推动新型显示产业向上游材料、下游应用两端延伸，结合我市实际，制定以下措施。\n\n第一条　上游：显示玻璃和偏光片。\n');
    const inds = names(x, 'Industry');
    expect(inds.filter((n) => /延伸|两端/.test(n))).toEqual([]);
    // a level line of the same document is still read
    expect(inds).toContain('显示玻璃');
  });
});
