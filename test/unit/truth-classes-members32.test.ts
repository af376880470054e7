// Membership classes of the thirty-second round (IN_INDUSTRY / INNOVATES_FOR), read from the wrong and missed lists of the
// development sets (blind49, blind53, blind54, blind60 first), one test per class, on short texts of the genre written for
// these tests (names invented, not in the lexicon). Each asserts the edges the class states and what it must not add.
import { describe, expect, it } from 'vitest';
import { runDoc, strong } from '../fixtures/class-doc.ts';

describe('以A为龙头，做强X、Y和Z: the leading firm is in each product it is to strengthen (blind29 r01/r03, blind49 r01, blind53 r03, blind54 r02/r05/r07)', () => {
  it('a list of three after 做强 is a list of products, each the firm\'s (stated)', async () => {
    const x = await runDoc('青川县家居用品产业发展规划\n\n（一）木制品。以青川华林木业为龙头，做强实木砧板、竹制托盘和木质餐具，推动产品向高端化发展。\n');
    const ties = strong(x, 'IN_INDUSTRY');
    for (const i of ['实木砧板', '竹制托盘', '木质餐具']) expect(ties).toContain(`enterprise:青川华林木业 -> industry:${i}`);
  });
  it('a slogan of verbs after 做强 names no products (做强高端、做大市场)', async () => {
    const x = await runDoc('青川县家居用品产业发展规划\n\n（一）木制品。以青川华林木业为龙头，做强高端、做大市场、做精品牌，推动产品向高端化发展。\n');
    const inds = x.nodes.filter((n) => n.label === 'Industry').map((n) => n.name);
    expect(inds.filter((n) => /市场|品牌|高端/.test(n))).toEqual([]);
  });
  it('two items after 做强 without 等 stay unread as a list (做强A和B is no enumeration of three)', async () => {
    const x = await runDoc('青川县家居用品产业发展规划\n\n（一）木制品。支持企业做强主业、做优服务。\n');
    expect(x.nodes.filter((n) => n.label === 'Industry' && /主业|服务/.test(n.name))).toEqual([]);
  });
});

describe('under a heading joining two segments (X与Y), a firm whose own items share a word with one part is in that part only (blind54 r02/r05)', () => {
  const map = (s: string) => `青川县家居用品产业链招商图谱\n\n一、产业概况\n\n青川县是全国重要的家居用品生产基地。\n\n二、重点产业链\n（一）砧板与餐具。${s}\n`;
  it('（一）砧板与餐具。以A为龙头，做强实木砧板、竹制砧板和塑料砧板 → A in 砧板, not in 餐具', async () => {
    const x = await runDoc(map('以青川华林木业为龙头，做强实木砧板、竹制砧板和塑料砧板。'));
    const ties = strong(x, 'IN_INDUSTRY');
    expect(ties).toContain('enterprise:青川华林木业 -> industry:砧板');
    expect(ties.filter((e) => e === 'enterprise:青川华林木业 -> industry:餐具')).toEqual([]);
  });
  it('items sharing a word with both parts (or neither) leave the heading as it is', async () => {
    const x = await runDoc(map('以青川华林木业为龙头，做强实木砧板、竹制餐具和木质托盘。'));
    const ties = strong(x, 'IN_INDUSTRY');
    expect(ties).toContain('enterprise:青川华林木业 -> industry:餐具');
    expect(ties).toContain('enterprise:青川华林木业 -> industry:砧板');
  });
});

describe('以A为龙头，带动X、Y和Z三条产品线协同发展 / 带动X和Y扩产提质: the leading firm is in each line (blind60 r01/r05/r06)', () => {
  it('a count of product lines closes the list: each item, not 抹茶三条产品线', async () => {
    const x = await runDoc('青川县茶产业链链长制工作方案\n\n三、重点任务\n\n1. 壮大龙头企业。以青川云雾茶业为龙头，带动绿茶、红茶和抹茶三条产品线协同发展。\n');
    const ties = strong(x, 'IN_INDUSTRY');
    for (const i of ['绿茶', '红茶', '抹茶']) expect(ties).toContain(`enterprise:青川云雾茶业 -> industry:${i}`);
    expect(x.nodes.filter((n) => n.label === 'Industry' && /产品线/.test(n.name))).toEqual([]);
  });
  it('带动X和Y扩产提质 → X and Y', async () => {
    const x = await runDoc('青川县饮用水产业发展工作要点\n\n一、重点任务\n\n1. 壮大龙头企业。以青川雪峰水业为龙头，带动包装饮用水和天然矿泉水扩产提质。\n');
    const ties = strong(x, 'IN_INDUSTRY');
    for (const i of ['包装饮用水', '天然矿泉水']) expect(ties).toContain(`enterprise:青川雪峰水业 -> industry:${i}`);
  });
  it('two leading firms against the lines pair nothing (a list is no cross-product)', async () => {
    const x = await runDoc('青川县茶产业链链长制工作方案\n\n三、重点任务\n\n1. 壮大龙头企业。以青川云雾茶业、澄江山泉茶业为龙头，带动绿茶、红茶和抹茶三条产品线协同发展。\n');
    const ties = strong(x, 'IN_INDUSTRY');
    expect(ties.filter((e) => /-> industry:(绿茶|红茶|抹茶)$/.test(e))).toEqual([]);
  });
});

describe('P已集聚A、B、C等骨干企业, then clauses about the place: the firms are not in what those clauses name (blind12 r06)', () => {
  it('a later clause on the place\'s output or standing ties no firm', async () => {
    const x = await runDoc('青川经济开发区产业发展规划\n\n第一章 发展基础\n\n开发区已集聚青川华光能源、澄江捷达新能源、青川星驰汽车等骨干企业，光伏组件出货量连续多年位居全省前列，成为全省重要的光伏产业基地。\n');
    expect(strong(x, 'IN_INDUSTRY').filter((e) => /-> industry:光伏/.test(e))).toEqual([]);
  });
  it('a clause right after saying what the place develops still reads as before (one firm, its lines stated)', async () => {
    const x = await runDoc('青川县特色产业发展工作要点\n\n一、重点任务\n\n4. 壮大蜂产品加工。阳日产业园已集聚青川百花蜂业等企业，重点发展蜂蜜精深加工和蜂产品保健食品。\n');
    const ties = strong(x, 'IN_INDUSTRY');
    expect(ties.filter((e) => e.startsWith('enterprise:青川百花蜂业 -> ')).length).toBeGreaterThan(0);
  });
});

describe('支持A、B等整机企业在P布局海上风电整机: a kind word read as the longer industry the intent names is intent, not membership (blind14 r01)', () => {
  it('the urged industry is encouraged', async () => {
    const x = await runDoc('青川市海洋装备产业发展若干措施\n\n第三条 壮大风电装备。重点发展海上风电整机和风电叶片。支持青川海能重工、澄江远洋装备等整机企业在青川布局海上风电整机。\n');
    const ties = strong(x, 'IN_INDUSTRY');
    expect(ties.filter((e) => /-> industry:[^ ]*整机$/.test(e))).toEqual([]);
  });
  it('firms a place has gathered under the same kind are in it (stated)', async () => {
    const x = await runDoc('青川市海洋装备产业发展若干措施\n\n第三条 壮大风电装备。青川高新区已集聚青川海能重工、澄江远洋装备等海上风电整机企业。\n');
    expect(strong(x, 'IN_INDUSTRY')).toContain('enterprise:青川海能重工 -> industry:海上风电整机');
  });
});

describe('等大模型企业: 大模型 is a product, not a qualifier like 科技型 (blind15 r04)', () => {
  it('the firms of the typed list are in 大模型', async () => {
    const x = await runDoc('青川区人工智能产业发展行动方案\n\n（一）通用人工智能。我区已集聚青川智语科技、澄江深思科技等大模型企业。\n');
    const ties = strong(x, 'IN_INDUSTRY');
    for (const f of ['青川智语科技', '澄江深思科技']) expect(ties).toContain(`enterprise:${f} -> industry:大模型`);
  });
  it('等科技型企业 still types no industry', async () => {
    const x = await runDoc('青川区人工智能产业发展行动方案\n\n（一）通用人工智能。我区已集聚青川智语科技、澄江深思科技等科技型企业。\n');
    expect(x.nodes.filter((n) => n.label === 'Industry' && /科技型/.test(n.name))).toEqual([]);
  });
});

describe('依托L，开展X和Y研究 / 依托L，推动X和Y研发: the lab innovates for what the next clause has it research (blind29 r01/r04)', () => {
  it('a clause of the lab alone, then 开展…研究: each object (stated)', async () => {
    const x = await runDoc('青川市未来产业培育行动方案\n\n（三）未来能源。依托青川能源动力研究所，开展地热能和海洋温差能研究。\n');
    const ties = strong(x, 'INNOVATES_FOR');
    for (const i of ['地热能', '海洋温差能']) expect(ties).toContain(`lab:青川能源动力研究所 -> industry:${i}`);
  });
  it('a clause of a firm (依托A，推动X研发) is no lab\'s research', async () => {
    const x = await runDoc('青川市未来产业培育行动方案\n\n（三）未来能源。依托青川能源集团，推动地热能和海洋温差能研发。\n');
    expect(strong(x, 'INNOVATES_FOR')).toEqual([]);
  });
});
