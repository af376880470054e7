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
