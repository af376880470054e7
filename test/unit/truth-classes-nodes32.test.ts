import { describe, expect, it } from 'vitest';
import { all, named, names, runDoc } from '../fixtures/class-doc.ts';

// Entity classes of the round-32 sources (nodes32). Own text, invented names.

// 支持A、B研发X、Y和Z: the firms' run of 、 and the products' run meet at the verb, and the reader took them for one
// list whose middle item joins a firm and a product (B研发X) — both lists were lost (blind44 r02, r08, blind43 r02,
// r06, blind24 r02 …等企业研发, blind2 r04 …等企业布局, blind11 r06).
describe('a list of firms meeting the verb of their products', () => {
  it('names the firms and the products', async () => {
    const x = await runDoc(`青禾县竹产业发展若干措施

第一条 拓展竹制品。鼓励青禾顺竹科技、青禾竹韵家居研发竹制餐具、竹缠绕复合管和竹基包装材料。
第二条 发展珍珠制品。支持青禾阮氏珍珠、青禾佳丽珍珠开发珍珠粉、珍珠美妆和珍珠保健品，对新产品每个奖励10万元。
第三条 发展燃料电池部件。支持青禾氢途动力科技、青禾清氢膜电极科技等企业研发膜电极、双极板和空压机，对首次批量供货的企业给予奖励。
`);
    expect(names(x, 'Enterprise')).toEqual(expect.arrayContaining(['青禾顺竹科技', '青禾竹韵家居', '青禾阮氏珍珠', '青禾佳丽珍珠']));
    expect(names(x, 'Industry')).toEqual(expect.arrayContaining(['竹制餐具', '竹缠绕复合管', '竹基包装材料', '珍珠粉', '珍珠美妆', '珍珠保健品', '膜电极', '双极板', '空压机']));
    expect(names(x, 'Enterprise').some((n) => /研发|开发/.test(n))).toBe(false);
    // (two firms against three products: each pair is listed, weak — never a stated cross-product)
    expect(named(x, 'IN_INDUSTRY').filter((e) => e.startsWith('青禾竹韵家居'))).toEqual([]);
    expect(all(x, 'IN_INDUSTRY').length).toBeGreaterThan(0);
  });

  it('leaves a firm whose name ends in 开发, and a list closed by 等 and its kind, alone', async () => {
    const x = await runDoc(`青禾县农机产业发展若干措施

第一条 推进种植机械化。支持青禾瑞丰牡丹科技、青禾天香牡丹农业开发推广牡丹籽采收机和脱壳机。
第二条 突破核心装备。支持青禾奕华智能机器等装备企业研发蒸镀、检测、搬运等核心装备，推动国产装备验证。
`);
    expect(names(x, 'Enterprise')).not.toContain('青禾天香牡丹农业');
    expect(names(x, 'Industry')).not.toContain('搬运');
    expect(names(x, 'Industry')).not.toContain('蒸镀');
  });

  it('still reads a list of industries that develop, with no firm before the verb', async () => {
    const x = await runDoc(`青禾市新能源产业发展方案

一、重点方向
推动光伏、储能发展壮大，培育氢能。
`);
    expect(names(x, 'Enterprise')).toEqual([]);
  });
});

// 依托L、A发展X、Y和Z: a lab and a firm in one list are two actors of it — n×m listed, as two firms would be (blind11 r06).
describe('a lab and a firm in one list before the products', () => {
  it('are listed against the products, not stated', async () => {
    const x = await runDoc(`青禾高新区产业发展规划

第三节　核技术应用产业。依托青禾理工大学、青禾铀业集团发展核医学、辐照加工和核仪器仪表。
`);
    expect(names(x, 'Industry')).toEqual(expect.arrayContaining(['核医学', '辐照加工', '核仪器仪表']));
    expect(named(x, 'IN_INDUSTRY').filter((e) => e.startsWith('青禾铀业集团 -> ') && !e.endsWith('核技术应用'))).toEqual([]);
    expect(named(x, 'INNOVATES_FOR').filter((e) => e.startsWith('青禾理工大学 -> ') && !e.endsWith('核技术应用'))).toEqual([]);
  });

  it('a single firm before the products is still stated', async () => {
    const x = await runDoc(`青禾高新区产业发展规划

第三节　核技术应用产业。依托青禾铀业集团发展核医学和辐照加工。
`);
    expect(named(x, 'IN_INDUSTRY')).toEqual(expect.arrayContaining(['青禾铀业集团 -> 核医学', '青禾铀业集团 -> 辐照加工']));
  });
});

// 扩大X和Y产能 where the pair is longer than twelve characters (扩大高效曝气设备和脱硫脱硝装备产能: blind23 r07, blind11 r02),
// not a place's capacity (扩大X机组在我区的配套产能).
describe('a capacity raised for two long product lines', () => {
  it('names both lines', async () => {
    const x = await runDoc(`青禾县环保装备产业措施

第一条 强链。支持青禾凌志环保集团扩大高效曝气设备和脱硫脱硝装备产能。
第二条 补链。支持青禾明阳智能集团扩大海上风电半直驱机组在我区的配套产能。
`);
    expect(names(x, 'Industry')).toEqual(expect.arrayContaining(['高效曝气设备', '脱硫脱硝装备']));
    expect(names(x, 'Industry').some((n) => n.includes('在我区'))).toBe(false);
  });
});

// （三）培育壮大新能源和新型化工产业 … 二是提升新型化工。A等企业发展X、Y和Z: the point is about the industry of the
// parent's pair it names, known or not — its products are that industry's, not the known one's (blind8 r02).
describe('a point named after one of its heading\'s two industries', () => {
  it('is about that industry', async () => {
    const x = await runDoc(`青禾市2026年政府工作报告

（三）培育壮大新能源和新型化工产业。一是发展氢能。鼓励青禾旭阳集团发展工业副产氢。二是提升新型化工。青禾三友化工等企业发展纯碱、粘胶短纤维和有机硅，推动化工产业向下游延伸。
`);
    const part = named(x, 'PART_OF');
    expect(part).toEqual(expect.arrayContaining(['纯碱 -> 新型化工', '有机硅 -> 新型化工']));
    expect(part.filter((e) => e.endsWith('-> 新能源') && /纯碱|有机硅|粘胶/.test(e))).toEqual([]);
  });
});

// 以A为龙头，带动X、Y和Z向智能化升级 / 补齐X、Y和Z短板: the lines a leading firm pulls up or a plan fills in are
// industries; the direction (向…升级) and the gap (短板) close the list, no part of its last item (blind54 r01, r03).
// Firms pulled toward a place (带动X和Y企业向P集聚) are read as before.
describe('a list pulled up by a leading firm or filled in as a gap', () => {
  it('names the lines', async () => {
    const x = await runDoc(`青禾市仪器仪表产业链分工方案

1. 做强智能仪表。以青禾天康集团为龙头，带动压力变送器、温度仪表和流量计向智能化升级。
2. 培育墨水配套。依托青禾华彩墨水等墨水企业，补齐中性墨水、水性墨水和生物基笔杆材料短板。
3. 提升整笔制造。以青禾天峰笔业为龙头，带动签字笔、圆珠笔和白板笔整笔制造向自动化装配转型。
`);
    const inds = names(x, 'Industry');
    expect(inds).toEqual(expect.arrayContaining(['压力变送器', '温度仪表', '流量计', '中性墨水', '水性墨水', '生物基笔杆材料', '圆珠笔', '白板笔']));
    expect(inds.some((n) => /短板|向|升级|转型|整笔制造$/.test(n))).toBe(false);
  });

  it('leaves firms pulled toward a place alone', async () => {
    const x = await runDoc(`青禾县海洋产业发展方案

一、重点任务
以青禾海洋石油集团为链主，带动深水钻完井服务、海洋工程运维和深海装备测试企业向青禾集聚。
`);
    expect(names(x, 'Industry').some((n) => /集聚|企业/.test(n))).toBe(false);
  });
});
