// Industry relation classes found on the set blind10 (branch chains12), each seen in two or more documents or sets:
// short documents of the genre written for these tests (places, firms and chains invented or generic); each asserts
// what the class gives and what it must not give, so no rule tuned to one fixture sentence passes.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind10 r01, r03, r06, r08: a firm the sentence says is an industry’s (A是我市X产业的龙头企业)', () => {
  const doc =
    '某市先进制造业发展规划\n\n一、发展基础\n\n' +
    '全市已集聚甲乙机电、丙丁电子、戊己材料等企业，其中甲乙机电是我市电动工具产业的龙头企业。\n' +
    '依托庚辛重工、壬癸精工、子丑科技等企业，推动装备制造提质升级。\n' +
    '庚辛重工是全市铸件和锻件的主要生产企业，已建成智能化生产线。\n' +
    '壬癸精工是国内重要的精密轴承生产企业，要支持其扩大产能。\n' +
    '子丑科技是某县智能家居的骨干企业。\n' +
    '以寅卯集团为代表的整车企业和辰巳汽配等零部件配套企业加快发展。\n' +
    '午未股份是我市重点支持的企业。\n';

  it('each industry the copula names is the firm’s (stated), two named with 和 both', async () => {
    const x = await runDoc(doc);
    const ii = strong(x, 'IN_INDUSTRY');
    expect(ii).toContain('enterprise:甲乙机电 -> industry:电动工具');
    expect(ii).toContain('enterprise:庚辛重工 -> industry:铸件');
    expect(ii).toContain('enterprise:庚辛重工 -> industry:锻件');
    expect(ii).toContain('enterprise:壬癸精工 -> industry:精密轴承');
    expect(ii).toContain('enterprise:子丑科技 -> industry:智能家居');
  });

  it('a firm’s standing (龙头, 主要生产, 国内重要) and its place name no industry; 以A为代表的… and 重点支持的企业 are no copula', async () => {
    const x = await runDoc(doc);
    const names = x.nodes.filter((n) => n.label === 'Industry').map((n) => n.name);
    for (const w of ['龙头', '主要生产', '国内重要', '我市电动工具', '全市铸件', '重点支持']) expect(names).not.toContain(w);
    // the neighbour in the list is not typed by another firm's copula
    expect(all(x, 'IN_INDUSTRY').filter((e) => /enterprise:(?:丙丁电子|戊己材料) -> industry:电动工具/.test(e) && strong(x, 'IN_INDUSTRY').includes(e))).toEqual([]);
    expect(all(x, 'IN_INDUSTRY').filter((e) => /enterprise:寅卯集团 -> industry:(?:代表|辰巳汽配)|enterprise:午未股份/.test(e))).toEqual([]);
  });
});

describe('blind10 r08, blind8 r04, dev4 q05: a count before a chain (“A—B”和“A—C”两条产业链条) names no chain', () => {
  const doc =
    '某市煤化工产业发展情况\n\n' +
    '目前，全市已形成“原煤—焦炭—焦炉煤气”和“原煤—焦炭—煤焦油—沥青”两条产业链条，精深加工比例不高。\n';

  it('the links are ordered, and no industry is named 两条', async () => {
    const x = await runDoc(doc);
    const up = strong(x, 'UPSTREAM_OF');
    expect(up).toContain('industry:原煤 -> industry:焦炭');
    expect(up).toContain('industry:煤焦油 -> industry:沥青');
    expect(x.nodes.filter((n) => n.label === 'Industry' && /条$/.test(n.name))).toEqual([]);
    expect(all(x, 'PART_OF').filter((e) => /-> industry:两条/.test(e))).toEqual([]);
  });
});

describe('blind10 r05, blind4 r05, dev5 s04, blind3 p04: a heading about the chain’s make-up (二、产业链构成) names no link', () => {
  const doc =
    '某州中药材产业链实施方案\n\n一、产业链构成\n\n' +
    '中药材产业链包括上游、中游和下游三个环节。\n' +
    '下游：中成药、保健食品和日化产品。重点企业：甲乙药业（中成药）、丙丁健康（保健食品）。承载园区：某州中药产业园区。\n' +
    '二、重点任务\n\n1．做强下游。支持甲乙药业扩大中成药产能。\n';

  it('the firms of a labelled line under it are in no industry named 产业链构成', async () => {
    const x = await runDoc(doc);
    expect(x.nodes.filter((n) => n.label === 'Industry' && /构成/.test(n.name))).toEqual([]);
    expect(all(x, 'IN_INDUSTRY').filter((e) => /构成/.test(e))).toEqual([]);
    expect(all(x, 'PART_OF').filter((e) => /构成/.test(e))).toEqual([]);
  });
});

describe('blind8 r02 (struct11’s short 一是<title>。 headings): a heading that names the items in full (三是布局光伏组件和风电整机)', () => {
  const doc =
    '某市2026年政府工作报告（节选）\n\n一、2026年重点工作\n\n（一）培育壮大新能源产业\n' +
    '一是发展氢能。在某某经济技术开发区建设氢能产业园，重点发展氢气制备和氢气储运。' +
    '二是布局光伏组件和风电整机。重点招引甲乙绿能、丙丁风能等龙头企业来某布局光伏组件和风电整机。\n';

  it('gives no parent read inside the item’s own name (光伏组件 is no part of 光伏 by its heading)', async () => {
    const x = await runDoc(doc);
    expect(all(x, 'PART_OF').filter((e) => /industry:光伏组件 -> industry:光伏$|industry:风电整机 -> industry:风电$/.test(e))).toEqual([]);
  });
});
