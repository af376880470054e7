import { describe, expect, it } from 'vitest';
import { names, runDoc } from '../fixtures/class-doc.ts';

// Entity classes of blind49/50 and the older sources (nodes31). Own text, invented names.

// A place whose name opens with a joiner's character (和田, 和林格尔) after a trigger or at a clause's start: the joiner
// has nothing on its left to join, so it is the name's first character (blind50 r03: 田经济技术开发区, 田肉苁蓉产业园;
// 和田 and 和林格尔 in blind4, blind8, blind13, dev8 too).
describe('a place name opening with 和', () => {
  it('keeps its first character', async () => {
    const x = await runDoc(`青禾地区红枣产业发展方案

一、空间布局
和田经济技术开发区重点发展红枣饮料和枣粉。在和田经济技术开发区建设和田红枣产业园，重点发展红枣酵素。
`);
    const parks = names(x, 'Park');
    expect(parks).toEqual(expect.arrayContaining(['和田经济技术开发区', '和田红枣产业园']));
    expect(parks.filter((p) => p.startsWith('田'))).toEqual([]);
  });

  it('still cuts a joiner between two names', async () => {
    const x = await runDoc(`青禾市新材料产业发展方案

一、合作
青禾高新区与青禾经济技术开发区联动发展，加强青禾科技园和平台建设。
`);
    const parks = names(x, 'Park');
    expect(parks).toEqual(expect.arrayContaining(['青禾高新区', '青禾经济技术开发区', '青禾科技园']));
    expect(parks.some((p) => /^[与和]/.test(p))).toBe(false);
  });
});

// 以A、B、C为重点 where the items are goods one dictionary word each (齿轮, 铸锻件; 玄参, 杜仲: blind49 r01, r03): no
// firms — a focus's trade-name test passed them as brands (东菱-like). Firms' short names the dictionary does not know
// (金斯瑞) and trade names with a trade word (博腾股份) still make the list one of firms.
describe('a focus list of goods', () => {
  it('names no firms', async () => {
    const x = await runDoc(`青禾市装备配套产业发展方案

一、重点方向
以齿轮、铸锻件、精密轴承为重点，服务主机企业。坚持林药结合，以玄参、杜仲为重点，建设标准化种植基地。
`);
    const firms = names(x, 'Enterprise');
    for (const n of ['齿轮', '铸锻件', '精密轴承', '玄参', '杜仲']) expect(firms).not.toContain(n);
  });

  it('still names firms written as trade names', async () => {
    const x = await runDoc(`青禾市生物医药产业发展方案

一、重点企业
以金斯瑞、青禾博腾股份为重点，发展抗体药物和细胞治疗。
`);
    expect(names(x, 'Enterprise')).toEqual(expect.arrayContaining(['金斯瑞', '青禾博腾股份']));
  });
});

// The genre's one-character kinds of firm before 企 (乳企, 肉企, 茶企, 药企: blind50 r04, r07, r08, blind35 r03, blind36
// r08): A、B等乳企 lists firms, as 等药企 and 等央企 did already.
describe('a list closed by a short kind of firm (等乳企)', () => {
  it('names firms', async () => {
    const x = await runDoc(`青禾州牦牛产业链实施方案

一、招商
重点招引青牧、雪原等乳企来青禾布局牦牛乳制品，招引香丰等肉企布局牦牛肉精深加工。推动政企合作。
`);
    expect(names(x, 'Enterprise')).toEqual(expect.arrayContaining(['青牧', '雪原', '香丰']));
  });
});

// A firm whose name opens with 以 (以岭药业) right after an invitation or a 依托: the 以 is no preposition where no 为
// follows in the clause (blind49 r03 岭药业; 以岭药业 written in 6 documents of blind5, blind10, blind19, blind49, blind50).
describe('a firm name opening with 以 after a trigger', () => {
  it('keeps its 以', async () => {
    const x = await runDoc(`青禾市中医药产业发展方案

一、招商
重点招引以岭药业、青禾华润药业等中药企业来青禾布局中药配方颗粒。以青禾药业为龙头，发展中成药。
`);
    const firms = names(x, 'Enterprise');
    expect(firms).toContain('以岭药业');
    expect(firms).not.toContain('岭药业');
  });
});

// A firm's name opened by the document's own county, which the segmenter reads as a verb (奉节|康橙食品: blind49 r07); the
// county comes from the title when the lexicon knows no jurisdiction of it. And a cooperative joined by 和 to a firm
// (…种植合作社和重庆夔州药业等企业) leaves the firm whole (not 社和重庆夔州药业).
describe('a firm opened by the document’s own county', () => {
  it('keeps the county', async () => {
    const x = await runDoc(`苍梧县2026年柑橘产业发展工作要点

一、精深加工
依托苍梧橘香食品、苍梧果源生物等企业，发展柑橘果汁和果酒。依托苍梧县柑橘种植合作社和广西梧药药业等中药企业，发展陈皮加工。
`);
    const firms = names(x, 'Enterprise');
    expect(firms).toEqual(expect.arrayContaining(['苍梧橘香食品', '苍梧果源生物', '广西梧药药业']));
    expect(firms).not.toContain('橘香食品');
    expect(firms.filter((f) => f.startsWith('社'))).toEqual([]);
  });
});

// A clause read as an industry's name: a verb of dependence, coverage, use, registration, award or plan inside it (原料依赖外购,
// 产品广泛用于食品, 申报省级专精特新中小, 投入按10%给予奖补, 主要包括包装纸箱, 发展羽绒服: 11 wrong nodes in blind29–32, blind35,
// blind40, blind53, blind54; no industry of any gold has one of these words).
describe('a clause read as an industry', () => {
  it('is no industry node', async () => {
    const x = await runDoc(`青禾市文具产业发展方案

一、发展现状
青禾文具产业园重点发展中性笔和马克笔，高端笔头原料依赖外购，产品广泛用于学校和办公场所。

二、重点任务
（一）支持企业申报省级专精特新中小企业，对新增设备投入按10%给予奖补。
`);
    const inds = names(x, 'Industry');
    expect(inds).toEqual(expect.arrayContaining(['中性笔', '马克笔']));
    expect(inds.filter((n) => /(依赖|用于|申报|给予)/.test(n))).toEqual([]);
  });
});

// A typed list whose kind joins two kinds (…等锻件和滚动体企业, 等保持架与密封件企业: blind53 r01; 等电池片和组件企业, 等硅烷和
// 硅橡胶企业, 等车体和汽车零部件企业 in 8 more documents): the items are firms, as with one kind.
describe('a firm list closed by two kinds joined', () => {
  it('names the firms', async () => {
    const x = await runDoc(`青禾市轴承产业发展规划

一、配套体系
依托青禾恒通锻造、青禾金泰钢球等锻件和滚动体企业和青禾宏远保持架等保持架与密封件企业，完善轴承配套。
`);
    expect(names(x, 'Enterprise')).toEqual(expect.arrayContaining(['青禾恒通锻造', '青禾金泰钢球', '青禾宏远保持架']));
  });
});

// An applicant's conditions read as a list of firms (在X县内登记注册、从事Y生产、具有独立法人资格的企业: blind8 r05, blind54 r01,
// four wrong firms; no organisation of any gold has these words in its name).
describe('an applicant’s conditions', () => {
  it('name no firms', async () => {
    const x = await runDoc(`青禾市文具产业高质量发展若干措施

一、适用范围
本措施适用于在青禾市行政区域内依法注册、从事书写工具及其配套生产、具有独立法人资格的企业。支持青禾文创集团建设数字化车间。
`);
    const firms = names(x, 'Enterprise');
    expect(firms).toContain('青禾文创集团');
    expect(firms.filter((f) => /(注册|从事|资格)/.test(f))).toEqual([]);
  });
});
