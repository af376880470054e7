// Node classes of issue 12 (names and types) read from blind15 and blind16, one test per class, on short
// texts of the genre written for these tests (names invented, not in the lexicon). Each asserts what the
// class forbids; the blind fixtures (truth-blind.test.ts) measure the same classes on whole documents.
import { describe, expect, it } from 'vitest';
import { runDoc, names } from '../fixtures/class-doc.ts';

describe('firms invited to come are firms, never industries (blind15 r02, r05)', () => {
  it('a place or a brand opening an invited item makes it a firm whatever its last character (北京精雕, 海天精工)', async () => {
    const x = await runDoc('数控机床若干措施\n第五条　精准招商。重点招引南京精雕、东海精工等整机企业来本区布局精密加工中心。');
    expect(names(x, 'Enterprise')).toEqual(['东海精工', '南京精雕']);
    expect(names(x, 'Industry').filter((n) => /精雕|精工/.test(n))).toEqual([]);
  });
  it('two typed lists joined by 和 before one 来 (A、B等X企业和C等Y企业来P布局) are both of firms', async () => {
    const x = await runDoc('石墨产业链实施方案\n4．精准招引项目。重点招引璞瑞达、杉林股份等负极材料企业和宝泰嘉等石墨烯企业来本市布局。');
    expect(names(x, 'Enterprise')).toEqual(['宝泰嘉', '杉林股份', '璞瑞达']);
    expect(names(x, 'Industry').filter((n) => /璞瑞达|杉林/.test(n))).toEqual([]);
  });
  it('kinds of firm invited stay kinds (招引电驱动、热管理等零部件企业来P布局)', async () => {
    const x = await runDoc('新能源汽车产业链实施方案\n3．精准招商。招引电驱动、热管理等零部件企业来本区布局。');
    expect(names(x, 'Enterprise')).toEqual([]);
  });
});

describe('a circled number is numbering, never part of a name (blind15 r07; blind8 r03, dev5 s05 write ① items too)', () => {
  it('①P：重点发展X names P without the ① and keeps what P hosts', async () => {
    const x = await runDoc('有色金属产业链招商图谱\n三、承载平台\n①红原高新技术产业开发区：重点发展铜基新材料。\n②红原宁安经济开发区：重点发展稀贵金属回收和钼深加工。');
    expect(names(x, 'Park')).toEqual(['红原宁安经济开发区', '红原高新技术产业开发区']);
    expect(x.nodes.filter((n) => /[①-⑳]/.test(n.name))).toEqual([]);
  });
});

describe('a partner park is another area’s (blind15 r01, r05, r07; blind16 r07)', () => {
  it('a clause opening with 与 (the document’s area its subject) names a park elsewhere: 与P错位发展 / 与P开展协作', async () => {
    const x = await runDoc('石墨产业链实施方案\n4．精准招商。学习借鉴外省的石墨产业发展经验，与青峰石墨产业园错位发展，与白河稀土高新区开展协作。');
    expect(names(x, 'Park')).toEqual([]);
  });
  it('parks one docks with (对接P、Q的研发成果) are no parks of the document', async () => {
    const x = await runDoc('医药产业招商图谱\n3．建设医药中试基地，对接江城药谷、临川生物医药产业园的研发成果。');
    expect(names(x, 'Park').filter((n) => /药谷|临川/.test(n))).toEqual([]);
  });
  it('the document’s own parks joined by 与 in one clause stay (推动P与Q协同发展)', async () => {
    const x = await runDoc('新材料产业发展规划\n（一）优化布局\n推动青峰经济开发区与白河工业园区协同发展，青峰经济开发区重点发展新材料。');
    expect(names(x, 'Park')).toEqual(['白河工业园区', '青峰经济开发区']);
  });
});

describe('generic park phrases name no park (blind15 r02; blind16 r01)', () => {
  it('a verb or a plan word before 园区 (明确园区定位, 结合本规划编制园区发展方案, 在规划园区外) names no park', async () => {
    const x = await runDoc('数控机床若干措施\n第一条　明确园区定位。支持青峰智能装备产业园发展数控机床整机。\n第二条　各区县要结合本规划编制园区发展方案，严禁在规划园区外新建冶炼项目。');
    expect(names(x, 'Park')).toEqual(['青峰智能装备产业园']);
  });
  it('a noun joined by 和 to a kind of park (并购重组和重点园区) names no park', async () => {
    const x = await runDoc('先进制造业发展规划\n（一）设立基金\n设立先进制造业发展基金，优先支持链主企业并购重组和重点园区基础设施建设。');
    expect(names(x, 'Park')).toEqual([]);
  });
});

describe('a group’s subsidiary is one firm, not the group (blind15 r01, r06; blind16 r02)', () => {
  it('group + optional place bracket + the subsidiary’s name (A集团（P）B装备, A集团B材料科技) is the subsidiary', async () => {
    const x = await runDoc('先进装备产业发展规划\n（一）高端装备\n依托青川集团（临海）重型装备、宏远集团北江轨交材料科技等企业，发展核电主设备和轨道交通车轮。');
    expect(names(x, 'Enterprise')).toEqual(['宏远集团北江轨交材料科技', '青川集团(临海)重型装备']);
  });
  it('a verb right after the group is the group acting (支持A集团牵头组建…, A集团拓展…)', async () => {
    const x = await runDoc('新材料产业发展规划\n（一）创新平台\n支持青川集团牵头组建省新材料创新中心，鼓励宏远集团拓展氢能装备。');
    expect(names(x, 'Enterprise')).toEqual(['宏远集团', '青川集团']);
  });
});

describe('two firms joined by 和/与 are two firms (blind15 r05, blind16 r05)', () => {
  it('A和B where B is a firm’s name of its own (a place opening it, a firm’s suffix) names A and B', async () => {
    const x = await runDoc('石墨产业链实施方案\n一、链长制\n链主企业为青川新材料和中国北岭石墨集团，配套企业为北岭唯大新材料。\n二、重点任务\n1．做强链主。鼓励江西蓝湾有机硅与中国石化北江分公司开展原料互供合作。');
    const firms = names(x, 'Enterprise');
    expect(firms).toEqual(expect.arrayContaining(['中国北岭石墨集团', '中国石化北江分公司']));
    expect(firms.filter((n) => /[和与]/.test(n))).toEqual([]);
  });
});
