// Membership classes of the thirty-first round (IN_INDUSTRY / INNOVATES_FOR, firm names), read from the wrong and missed
// lists of the development sets (blind49 and blind50 first), one test per class, on short texts of the genre written for
// these tests (names invented, not in the lexicon). Each asserts the edges the class states and what it must not add.
import { describe, expect, it } from 'vitest';
import { runDoc, strong } from '../fixtures/class-doc.ts';

describe('等X加工企业 / A是…X加工企业 in a document about X: the firms are in X (blind50 r01/r03/r08, blind7 r08)', () => {
  const doc = (extra: string) =>
    `青川县特色林果产业发展实施方案\n\n（一）山楂产业。山楂产业重点发展山楂汁和山楂糕。依托青川果源食品、澄江山珍果业等山楂加工企业，推动山楂由初加工向精深加工延伸。青川红果生物是全县最大的山楂加工企业。${extra}\n`;
  it('the kind names the crop the document develops, not an X加工 segment it never names', async () => {
    const x = await runDoc(doc(''));
    const ties = strong(x, 'IN_INDUSTRY');
    for (const f of ['青川果源食品', '澄江山珍果业', '青川红果生物']) expect(ties).toContain(`enterprise:${f} -> industry:山楂`);
    expect(ties.filter((e) => /industry:山楂加工/.test(e))).toEqual([]);
  });
  it('where the document names X加工 as a segment of its own, the kind is that segment', async () => {
    const x = await runDoc(doc('重点发展山楂加工和山楂物流。'));
    const ties = strong(x, 'IN_INDUSTRY');
    expect(ties).toContain('enterprise:青川果源食品 -> industry:山楂加工');
  });
  it('a kind of a material the document does not develop as an industry stays as written', async () => {
    const x = await runDoc('青川县新材料产业发展实施方案\n\n（一）铝基新材料。依托青川铝业、澄江金属等铝材加工企业，发展铝板带和铝箔。\n');
    const ties = strong(x, 'IN_INDUSTRY');
    expect(ties).toContain('enterprise:青川铝业 -> industry:铝材加工');
  });
});

describe('a university school named by two joined disciplines is one Lab (blind49 r05, blind50 r02)', () => {
  it('以X大学Y与Z学院、L2为创新源头，服务A和B → the school and L2 each innovate for A and B, and nothing for the subject', async () => {
    const x = await runDoc('青川县玻璃产业链链长制工作方案\n\n三、重点任务\n\n3. 建设创新平台。以澄江大学材料科学与工程学院、青川工程职业技术学院为创新源头，服务浮法玻璃和汽车玻璃。\n');
    const labs = x.nodes.filter((n) => n.label === 'Lab').map((n) => n.name);
    expect(labs).toContain('澄江大学材料科学与工程学院');
    expect(labs.filter((n) => /^(澄江大学|工程学院|澄江大学材料科学)$/.test(n))).toEqual([]);
    const ties = strong(x, 'INNOVATES_FOR');
    for (const l of ['澄江大学材料科学与工程学院', '青川工程职业技术学院']) for (const i of ['浮法玻璃', '汽车玻璃']) expect(ties).toContain(`lab:${l} -> industry:${i}`);
  });
  it('a school the university is to set up is no name (A大学设立X与Y学院)', async () => {
    const x = await runDoc('青川县化工产业发展工作要点\n\n一、重点任务\n\n1. 支持澄江大学设立化学与化工学院，服务精细化工。\n');
    expect(x.nodes.filter((n) => n.label === 'Lab' && /设立/.test(n.name))).toEqual([]);
  });
});

describe('以L1、L2为技术支撑/技术依托，服务X和Y两个产业: a count closing the mandate, every item a field (blind50 r01/r02/r06)', () => {
  it('each lab innovates for each item, not for the document subject', async () => {
    const x = await runDoc('青川县食品和预制菜产业发展若干措施\n\n第七条 建设创新平台。以澄江农业大学、青川农产品加工研究所为技术依托，服务粽子和米粉两个产业。\n');
    const ties = strong(x, 'INNOVATES_FOR');
    for (const l of ['澄江农业大学', '青川农产品加工研究所']) for (const i of ['粽子', '米粉']) expect(ties).toContain(`lab:${l} -> industry:${i}`);
    expect(ties.filter((e) => /预制菜/.test(e))).toEqual([]);
  });
  it('两条产业链 closes the list like 两个产业', async () => {
    const x = await runDoc('青川县林果业发展“十五五”规划\n\n（一）苹果产业。苹果产业重点发展苹果汁。（二）山楂产业。山楂产业重点发展山楂糕。以青川农业大学、澄江林果研究所为创新源头，服务苹果和山楂两条产业链。\n');
    const ties = strong(x, 'INNOVATES_FOR');
    for (const l of ['青川农业大学', '澄江林果研究所']) for (const i of ['苹果', '山楂']) expect(ties).toContain(`lab:${l} -> industry:${i}`);
  });
});

describe('the document\'s own county written before a firm opens its name (blind39 r05, blind44 r06, blind49 r07, blind54 r01/r04)', () => {
  it('依托P甲乙模具、…等企业 in a P县 document: the firm is P甲乙…, not 甲乙…', async () => {
    // (奉节, 临高, 进贤: counties the segmenter reads as verbs; the firms are invented)
    const x = await runDoc('奉节县医疗器械产业链链长制实施方案\n\n三、重点任务\n\n（二）配套环节。依托奉节恒泰模具、南昌精川模塑等模具企业，发展精密模具。\n');
    const firms = x.nodes.filter((n) => n.label === 'Enterprise').map((n) => n.name);
    expect(firms).toEqual(expect.arrayContaining(['奉节恒泰模具', '南昌精川模塑']));
    expect(firms.filter((n) => n === '恒泰模具')).toEqual([]);
    expect(strong(x, 'IN_INDUSTRY').filter((e) => e.startsWith('enterprise:奉节恒泰模具 ')).length).toBeGreaterThan(0);
  });
  it('a place other than the document\'s, or one the text uses as a location (在P…), is not glued', async () => {
    const x = await runDoc('奉节县医疗器械产业链链长制实施方案\n\n三、重点任务\n\n（二）配套环节。依托临高恒泰模具、南昌精川模塑等模具企业，发展精密模具。\n');
    const firms = x.nodes.filter((n) => n.label === 'Enterprise').map((n) => n.name);
    expect(firms.filter((n) => /^奉节/.test(n))).toEqual([]);
  });
});

describe('等X企业 beside a narrower product ending in X developed in the same sentence: the firms are in X (blind53 r03, blind54 r01)', () => {
  it('依托A、B等演出服企业和C等刺绣企业，发展舞台演出服和校园表演服 → A, B in 演出服; 舞台演出服 only listed', async () => {
    const x = await runDoc('青川县演出服产业高质量发展分工方案\n\n2. 提升演出服产业。依托青川锦华演出服饰、澄江星辰舞台服饰等演出服企业和青川云绣刺绣等刺绣企业，发展舞台演出服和校园表演服。\n');
    const ties = strong(x, 'IN_INDUSTRY');
    expect(ties).toContain('enterprise:青川锦华演出服饰 -> industry:演出服');
    expect(ties.filter((e) => /舞台演出服/.test(e))).toEqual([]);
  });
});

describe('a firm whose name opens with 以 after a verb of wooing or relying (blind19 r05, blind49 r03): the lexicon knows it', () => {
  it('重点招引以岭药业、… / 依托以岭药业… → 以岭药业, never 岭药业', async () => {
    const x = await runDoc('青川县中医药产业发展分工方案\n\n6|精准招商。重点招引以岭药业、澄江药业等中药企业来青川布局中药配方颗粒。依托以岭药业发展中成药。|县招商局\n');
    const firms = x.nodes.filter((n) => n.label === 'Enterprise').map((n) => n.name);
    expect(firms).toContain('以岭药业');
    expect(firms).not.toContain('岭药业');
  });
});

describe('a list of qualifications closed by 的企业 names no firms (blind19 r02, blind36 r06, blind50 r02, blind54 r01)', () => {
  it('对获得A、B认证的企业 / 对在P登记注册、从事X生产的企业 → no Enterprise, no MENTIONS, no IN_INDUSTRY', async () => {
    const x = await runDoc('青川县食品产业高质量发展若干措施\n\n第八条 打造区域品牌。对获得有机、绿色食品认证的企业给予10万元奖励。对在青川县内登记注册、从事米粉及其配套生产的企业给予贷款贴息。\n');
    const firms = x.nodes.filter((n) => n.label === 'Enterprise').map((n) => n.name);
    expect(firms).toEqual([]);
  });
  it('a firm list still takes its kind with 等 (A、B等企业)', async () => {
    const x = await runDoc('青川县食品产业高质量发展若干措施\n\n第八条 打造区域品牌。支持青川米业、澄江食品等企业创建绿色食品品牌。\n');
    const firms = x.nodes.filter((n) => n.label === 'Enterprise').map((n) => n.name);
    expect(firms).toEqual(expect.arrayContaining(['青川米业', '澄江食品']));
  });
});
