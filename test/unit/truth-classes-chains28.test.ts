// Chain-layout classes found by chains28 (blind29–blind36). Each test runs a short document written for it (names and
// places invented) through the real read, structure and extraction stages, and asserts what the class gives and what
// must not come.
import { describe, expect, it } from 'vitest';
import { named, names, runDoc } from '../fixtures/class-doc.ts';

describe('a level line that labels its level and lists what it includes in one sentence (上游：X，主要包括A、B和C / 上游（X环节）：主要包括…: blind29 r05/r06, blind30 r05, blind36 r05)', () => {
  it('the items are parts of a label naming one segment, else of the chain the map lays out; application fields are none', async () => {
    const x = await runDoc(
      '青禾县钛材产业链招商图谱\n\n一、产业链图谱\n' +
        '上游：海绵钛坯料，主要包括零级海绵钛、钛锭和钛板坯，目前主要从外省采购。\n' +
        '中游：熔炼与轧制，主要包括钛带卷、钛丝和钛管。\n' +
        '下游：应用领域，主要包括航空航天、化工和医疗。\n',
    );
    const part = named(x, 'PART_OF');
    for (const p of ['零级海绵钛', '钛锭', '钛板坯']) expect(part).toContain(`${p} -> 海绵钛坯料`);
    for (const p of ['钛带卷', '钛丝', '钛管']) expect(part).toContain(`${p} -> 钛材`);
    for (const bad of ['航空航天 -> 钛材', '化工 -> 钛材', '医疗 -> 钛材']) expect(part).not.toContain(bad);
  });
  it('a stage in brackets (上游（熔铸环节）：) or a label ending in 环节 files its items under the chain', async () => {
    const x = await runDoc(
      '白水市新型铜材产业链链长制实施方案\n\n一、产业链图谱\n' +
        '上游（熔铸环节）：主要包括无氧铜杆、再生铜和铜合金扁锭。\n' +
        '中游：压延环节，主要包括精密铜带、铜合金线材和铜管。\n',
    );
    const part = named(x, 'PART_OF');
    for (const p of ['无氧铜杆', '再生铜', '铜合金扁锭', '精密铜带', '铜合金线材', '铜管']) expect(part).toContain(`${p} -> 新型铜材`);
    expect(part).not.toContain('无氧铜杆 -> 熔铸');
  });
});

describe('a numbered level line followed by its parts sentence (（一）上游：X。主要包括A、B和C。: blind31 r05, blind32 r05)', () => {
  it('the items are the level\'s when it names one segment, the chain\'s when the level joins a bare stage', async () => {
    const x = await runDoc(
      '青禾市毛竹产业链链长制实施方案\n\n一、产业链图谱\n' +
        '（一）上游：种苗繁育与种植。主要包括毛竹种苗繁育、竹林抚育和毛竹种植。青禾竹业等企业已建成基地。\n\n' +
        '（二）中游：竹制品加工。主要包括竹地板、竹胶合板和竹家具。\n',
    );
    const part = named(x, 'PART_OF');
    for (const p of ['竹地板', '竹胶合板', '竹家具']) expect(part).toContain(`${p} -> 竹制品加工`);
    for (const p of ['毛竹种苗繁育', '竹林抚育', '毛竹种植']) expect(part).toContain(`${p} -> 毛竹`);
  });
});

describe('a dash chain whose links all open with one industry\'s name (“杜仲种植—杜仲叶加工—杜仲胶” under another heading: blind36 r08; 人参, 碳化硅 chains in blind22/dev5)', () => {
  it('the links are parts of that industry when the document names it as a word of its own', async () => {
    const x = await runDoc(
      '青禾市2026年中药材产业发展工作要点\n\n一、重点工作\n1．壮大中药材精深加工\n' +
        '(1)产业链条为“厚朴种植—厚朴皮加工—厚朴酚提取”。\n(2)以青禾学院为创新源头，服务茯苓和厚朴。\n',
    );
    const part = named(x, 'PART_OF');
    for (const p of ['厚朴种植', '厚朴皮加工', '厚朴酚提取']) expect(part).toContain(`${p} -> 厚朴`);
    expect(named(x, 'UPSTREAM_OF')).toContain('厚朴种植 -> 厚朴皮加工');
  });
  it('a heading whose name opens with the shared head keeps the chain (“羊绒分梳—羊绒纱线” under 羊绒纺织)', async () => {
    const x = await runDoc(
      '青禾县纺织产业发展规划\n\n一、羊绒纺织\n羊绒纺织已形成“羊绒分梳—羊绒纱线—羊绒面料”的完整链条。青禾羊绒公司生产羊绒和羊绒纱线。\n',
    );
    const part = named(x, 'PART_OF');
    expect(part.filter((e) => e.startsWith('羊绒分梳 ->'))).not.toEqual([]);
    expect(part).not.toContain('羊绒分梳 -> 羊绒');
  });
});

describe('a run of dashed links the sentence names as its links or path (主要环节为：A—B—C / 产业发展路径为：A—B—C: blind39 r01, r07)', () => {
  it('orders the links and files them under the chain', async () => {
    const x = await runDoc(
      '青禾县农机装备产业链招商图谱\n\n一、产业链图谱\n' +
        '农机装备产业已形成较完整的体系。产业发展路径为：铸锻配件—整机装配—智能农机服务。依托青禾农机等整机企业，提升配套能力。\n' +
        '白水花生已形成从种植到加工的链条，主要环节为：花生种植—花生压榨—花生蛋白。\n',
    );
    const up = named(x, 'UPSTREAM_OF');
    expect(up).toContain('铸锻配件 -> 整机装配');
    expect(up).toContain('整机装配 -> 智能农机服务');
    expect(up).toContain('花生种植 -> 花生压榨');
    expect(up).toContain('花生压榨 -> 花生蛋白');
  });
  it('a path of steps that are no segments (按照“技术攻关—中试验证—场景应用”的路径) is no chain', async () => {
    const x = await runDoc('青禾市未来产业行动方案\n\n一、总体要求\n按照“技术攻关—中试验证—场景应用”的路径，培育未来产业。发展路径为：政策引导—市场主导。\n');
    expect(named(x, 'UPSTREAM_OF')).toEqual([]);
  });
});

describe('a trade of works closing a building material\'s chain (…—石材装饰工程: blind36 r07, blind39 r08)', () => {
  it('is the chain\'s last link, not a project', async () => {
    const x = await runDoc(
      '青禾市石材产业链招商图谱\n\n一、产业链图谱\n产业链条为“荒料开采—花岗岩板材—石材装饰工程”。青禾石业为链主。\n二、招商举措\n1．实施石材园区扩建工程。建设石材产业园。\n',
    );
    expect(named(x, 'UPSTREAM_OF')).toContain('花岗岩板材 -> 石材装饰工程');
    expect(named(x, 'PART_OF')).toContain('石材装饰工程 -> 石材');
    expect(names(x, 'Industry').filter((n) => /扩建工程/.test(n))).toEqual([]);
  });
});
