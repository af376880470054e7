import { describe, expect, it } from 'vitest';
import { names, runDoc, strong } from '../fixtures/class-doc.ts';

// Entity classes of blind43/44 and the older sources (nodes30). Own text, invented names.

// A plan about one narrower kind of a broad sector (尼龙新材料, 锰锌新材料, 绿色硅光伏, 有色金属新材料) writes the broad word
// bare for its own industry: 新材料园, 新材料中试基地, 新材料初创企业, 光伏配套产业园. The bare sector was a second, broader node
// with the plan's edges (blind14 r03, blind15 r07, blind24 r01, blind30 r05: no gold of a plan titled with X新材料
// names the bare 新材料; the qualifier alone, 锰锌 or 钒钛, is the gold's alias of the plan's industry).
describe('a broad sector written bare in a plan about a narrower kind of it', () => {
  it('is the plan’s own industry, no second node', async () => {
    const x = await runDoc(`青禾市钼铋新材料产业发展规划

一、发展基础
钼铋新材料是我市第一支柱产业，已形成从钼精矿、高纯钼粉到钼铋合金靶材的产业链。

二、空间布局
青禾高新区新材料园是全市钼铋产业的核心承载区，重点发展高纯钼粉和钼铋合金靶材，已集聚青禾金钼科技、青禾铋业等企业。以青禾金钼科技为龙头，做强新材料产业。
`);
    const inds = names(x, 'Industry');
    expect(inds).toContain('钼铋新材料');
    expect(inds).not.toContain('新材料');
    expect(inds).not.toContain('钼铋');
    expect(inds).toEqual(expect.arrayContaining(['高纯钼粉', '钼铋合金靶材']));
    expect(strong(x, 'IN_INDUSTRY').filter((e) => e.endsWith('industry:新材料'))).toEqual([]);
  });

  it('stays its own node beside a mere grade of it (现代纺织 and 纺织)', async () => {
    const x = await runDoc(`青禾市现代纺织产业发展规划

一、重点方向
依托青禾纺织产业园，发展纺织和服装，已集聚青禾华纺、青禾锦衣服饰等企业。以青禾华纺为龙头，做强纺织产业。
`);
    const inds = names(x, 'Industry');
    expect(inds).not.toContain('现代纺织新材料');
    expect(inds).toContain('纺织');
  });
});

// A是全国重要的X出口企业: the firm's goods carried their export into the industry's name (LED照明产品出口, 功能沙发出口,
// 罗非鱼片出口: blind36 r01, blind43 r01 and r05), a node beside the document's own X. X is the firm's industry.
describe('goods written with their export', () => {
  it('are the goods’ segment the document names', async () => {
    const x = await runDoc(`青禾市家居产业链链长制实施方案

一、基本情况
青禾家居产业园是全市家居产业的核心承载区，重点发展实木餐桌和藤编座椅。青禾木艺是全国重要的实木餐桌出口企业，青禾藤业是国内领先的藤编座椅制造企业。
`);
    const inds = names(x, 'Industry');
    expect(inds).toContain('实木餐桌');
    expect(inds.filter((n) => n.endsWith('出口'))).toEqual([]);
  });
});

// A list's count or its 等 left inside a name (核桃两条产业链, 海鲜预制菜三类产品, 小苏打三个环节延链, 牦牛骨髓粉等生物制品,
// 木雕等热贡艺术品创作销售: blind39 r05, blind50 r01, r02, r04, r07): the items are the industries, the phrase is none.
describe('a list’s count or 等 inside a name', () => {
  it('is no industry node', async () => {
    const x = await runDoc(`青禾县特色农业产业发展规划

一、发展重点
（一）坚果。依托青禾农产品加工园，发展板栗和榛子两条产业链，已集聚青禾山珍食品、青禾林果等企业。
（二）牛羊。以青禾牧业为龙头，开发牛肉干、羊肉串、牛骨汤三类产品，发展牛骨粉等生物制品。
`);
    const inds = names(x, 'Industry');
    expect(inds.filter((n) => /[两三]条|[两三]类|等/.test(n))).toEqual([]);
  });
});
