// Error classes of issue 12 read off blind15 and blind16 (the CHAIN layer: PART_OF and UPSTREAM_OF), on short texts
// of the genre written for these tests (names invented). Each asserts what the class forbids and what must survive.
import { describe, expect, it } from 'vitest';
import { industryBounds } from '../../server/src/ingest/entities/industry-bounds.ts';
import { runDoc, names, strong, all } from '../fixtures/class-doc.ts';

describe('a joined name is no parent when it is no pair of industries (blind15 r01, r03)', () => {
  it('a place word as one half (绿色化工与临港产业) makes no industry', () => {
    expect(industryBounds('精细化工与临港')).toBe('drop');
    expect(industryBounds('新材料和沿海产业')).toBe('drop');
  });
  it('two raw products sharing a processing head (玉米和大豆精深加工) make no industry', () => {
    expect(industryBounds('小麦和油菜精深加工')).toBe('drop');
    expect(industryBounds('小麦与油菜精深加工')).toBe('drop');
  });
  it('joined names that are one field stay (gold parents of blind2, blind6, blind8, blind9, heldout)', () => {
    for (const n of ['碳纤维及复合材料', '半导体和集成电路', '钛及钛合金', '航空与燃机', '火箭和卫星部组件', '细胞与基因治疗', '海洋运维与服务']) expect(industryBounds(n)).not.toBe('drop');
  });
  it('a document titled with an industry and a place word puts nothing under the pair', async () => {
    const x = await runDoc(
      '某市“十四五”精细化工与临港产业发展规划\n\n第一节　东港经济开发区\n\n东港经济开发区重点发展高端聚烯烃和电子化学品。以明远化工为龙头，发展己二腈、尼龙66和工程塑料。\n\n第二节　西河工业园区\n\n西河工业园区重点发展汽车零部件和通用航空。\n',
    );
    expect(names(x, 'Industry').filter((n) => /临港/.test(n))).toEqual([]);
    expect(all(x, 'PART_OF').filter((e) => /临港/.test(e))).toEqual([]);
    // the segments themselves are still read
    expect(names(x, 'Industry')).toEqual(expect.arrayContaining(['己二腈', '汽车零部件']));
  });
  it('a document titled with two raw products sharing a head puts nothing under the pair', async () => {
    const x = await runDoc(
      '滨河市小麦和油菜精深加工产业链重点任务分工方案\n\n一、重点任务\n\n（一）优化布局。滨河经济开发区重点发展面粉加工和菜籽油精炼，以丰谷粮油为链主，发展专用面粉、挂面和低芥酸菜籽油。\n',
    );
    expect(names(x, 'Industry').filter((n) => /小麦[与和]油菜/.test(n))).toEqual([]);
    expect(all(x, 'PART_OF').filter((e) => /[与和]油菜/.test(e))).toEqual([]);
  });
});

describe('a name never ends in a joiner (blind16 r07: a list broken across lines)', () => {
  it('重点发展A和⏎ reads A', async () => {
    const x = await runDoc('某市医药健康产业链招商图谱\n\n三、承载平台\n■东湖经济开发区：重点发展抗肿瘤原料药和\n高端制剂。\n');
    expect(names(x, 'Industry').filter((n) => /[和与及]$/.test(n))).toEqual([]);
  });
});

describe('a chain map’s notes and figures are no segments (blind15 r07, blind16 r05, r07)', () => {
  it('上游—中游—下游依次衔接；下游为本图谱重点招商环节 names no segment', async () => {
    const x = await runDoc(
      '某市有色金属产业链招商图谱\n\n二、产业链图谱\n上游：铜精矿、锌精矿。\n中游：阴极铜、电解锌。\n下游：铜箔、锌合金。\n说明：上游—中游—下游依次衔接；下游为本图谱重点招商环节。\n',
    );
    expect(names(x, 'Industry').filter((n) => /衔接|图谱|招商|—/.test(n))).toEqual([]);
    expect(strong(x, 'PART_OF')).toEqual(expect.arrayContaining(['industry:铜箔 -> industry:有色金属']));
  });
  it('a level’s figure (上游环节本地配套率超过70%) and a gap (填补本地中游材料空白) name no segment', async () => {
    const x = await runDoc(
      '某市医药产业链招商图谱\n\n二、产业链图谱\n【上游】医药中间体、化学原料药。\n上游环节本地配套率超过70%,含氟中间体产量居全国前列。\n\n三、重点任务\n\n1．补齐中游短板。依托康远药业等企业，发展缓释制剂，填补本地中游材料空白。\n',
    );
    expect(names(x, 'Industry').filter((n) => /%|超过|空白/.test(n))).toEqual([]);
  });
  it('有 opening a level’s name (中游：有机硅材料) is the name’s, not a verb', async () => {
    const x = await runDoc('某市有机硅产业链链长制实施方案\n\n二、产业链构成\n\n上游：硅基原料。\n中游：有机硅材料。\n下游：有机硅深加工。\n');
    expect(names(x, 'Industry').filter((n) => /^机硅/.test(n))).toEqual([]);
    expect(strong(x, 'UPSTREAM_OF')).toEqual(expect.arrayContaining(['industry:有机硅材料 -> industry:有机硅深加工']));
  });
});

describe('an industry opening a clause with 重点发展 has the clause’s industries as parts (blind15 r06, blind16 r02, blind12, blind13)', () => {
  it('A重点发展a和b，B重点发展c和d', async () => {
    const x = await runDoc(
      '某区新兴产业发展规划\n\n第一节　发展定位\n\n巩固三大主导产业，培育智能网联汽车和生物制造两个新兴产业。\n\n第四节　新兴产业\n\n智能网联汽车重点发展车载软件和高精地图，生物制造重点发展合成氨基酸和生物基尼龙。东湖高新区重点发展储能电池和氢燃料电池。制造业重点发展工业母机和精密仪器。\n',
    );
    const parts = strong(x, 'PART_OF');
    expect(parts).toEqual(expect.arrayContaining(['industry:车载软件 -> industry:智能网联汽车', 'industry:高精地图 -> industry:智能网联汽车', 'industry:合成氨基酸 -> industry:生物制造', 'industry:生物基尼龙 -> industry:生物制造']));
    // a park opening the clause hosts its foci, an umbrella word has no parts, and no cross between the clauses
    expect(parts.filter((e) => /东湖|制造业$|合成氨基酸 -> industry:智能网联|车载软件 -> industry:生物制造/.test(e))).toEqual([]);
  });
});

describe('a chain belongs to the industry its paragraph says the park carries (blind15 r01, blind16 r01)', () => {
  it('P是全市X产业的核心承载区。…形成“A—B—C”的本地配套链条 → each link PART_OF X', async () => {
    const x = await runDoc(
      '某市“十四五”先进制造业发展规划（摘编）\n\n第四章　优化产业空间布局\n\n东港经济技术开发区是全市轨道交通装备产业的核心承载区。开发区已集聚恒达轨道、远方车辆等整车企业，初步形成“转向架—车体—轨道车辆整车”的本地配套链条，规划期内重点发展城轨车辆。\n\n西河工业园区是全市磁性材料产业的核心承载区。园区已集聚明磁科技等企业，已形成“稀土冶炼—钕铁硼毛坯—磁组件”的一体化链条。\n',
    );
    const parts = strong(x, 'PART_OF');
    // (轨道交通装备 is the lexicon's 轨道交通)
    expect(parts.filter((e) => /^industry:(?:转向架|车体|轨道车辆整车) -> industry:轨道交通/.test(e))).toHaveLength(3);
    expect(parts).toEqual(expect.arrayContaining(['industry:稀土冶炼 -> industry:磁性材料', 'industry:钕铁硼毛坯 -> industry:磁性材料', 'industry:磁组件 -> industry:磁性材料']));
    // (…and never under the next paragraph's industry, nor under a word describing the chain: 一体化, 本地配套)
    expect(parts.filter((e) => /转向架 -> industry:磁性材料|一体化|本地配套/.test(e))).toEqual([]);
  });
});

describe('a chain map’s 补链方向 / 强链方向 line after its levels lists parts of the chain (blind15 r05, blind16 r07, blind11 r05)', () => {
  it('【上游】A、B。【下游】C、D。补链方向：X、Y。 → X, Y PART_OF the document’s industry', async () => {
    const x = await runDoc(
      '某市光电显示产业链招商图谱\n\n二、产业链图谱\n\n【上游】玻璃基板、偏光片。重点企业:甲乙光电。\n\n【下游】显示模组、智能终端。重点企业:丙丁电子。\n\n补链方向：光学膜材、驱动芯片。\n\n强链方向：微显示器件、柔性模组。\n',
    );
    const parts = strong(x, 'PART_OF');
    expect(parts).toEqual(expect.arrayContaining(['industry:光学膜材 -> industry:光电显示', 'industry:驱动芯片 -> industry:光电显示', 'industry:微显示器件 -> industry:光电显示', 'industry:柔性模组 -> industry:光电显示']));
  });
});

describe('the counted directions a one-industry section lays out are its parts (blind15 r04; the subject form in blind, blind2, blind13, heldout)', () => {
  it('（二）X。围绕A、B和C三个方向… → A, B, C PART_OF X', async () => {
    const x = await runDoc(
      '某区未来产业培育行动方案\n\n二、发展方向\n\n（一）合成生物。聚焦生物基材料、功能糖醇和天然产物三大方向，建设中试平台。\n\n（二）低空经济。围绕电动垂直起降飞行器、无人机物流和低空运营服务三个方向，加快适航取证。\n',
    );
    const parts = strong(x, 'PART_OF');
    expect(parts).toEqual(expect.arrayContaining(['industry:功能糖醇 -> industry:合成生物', 'industry:天然产物 -> industry:合成生物', 'industry:无人机物流 -> industry:低空经济', 'industry:低空运营服务 -> industry:低空经济']));
    expect(parts.filter((e) => /功能糖醇 -> industry:低空经济|无人机物流 -> industry:合成生物/.test(e))).toEqual([]);
  });
});
