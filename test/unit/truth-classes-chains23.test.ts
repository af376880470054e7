// Error classes of issue 12 read off blind22, blind23 and blind24 (the CHAIN layer, second pass), on short texts of the
// genre written for these tests (names and places invented). Each asserts what the class gives and what must not come.
import { describe, expect, it } from 'vitest';
import { runDoc, strong } from '../fixtures/class-doc.ts';

const joined = (e: string) => /industry:[^ ]*[与和][^ ]*$/.test(e);

describe('a title joining two short industry names, each named on its own as an industry in the text (森林食品和北药: blind24 r08; 光电子和汽车电子: blind24 r03; 人参和矿泉水: blind22 r07; 绿色化工与临港: blind15 r01)', () => {
  const DOC =
    '青禾市2026年林下食品和南药产业发展工作要点\n\n' +
    '为推动林下食品和南药产业高质量发展，制定本要点。全市已形成“种植—加工—销售”的产业链条，集聚青禾森工集团、青禾绿源等企业。\n\n' +
    '一、做强林下食品产业\n1．延伸林下食品产业链。以青禾林业集团为链主，形成“浆果种植—果汁果酒—休闲食品”的产业链条。支持青禾浆果、青禾山珍等林下食品企业扩大产能。\n\n' +
    '二、壮大南药产业\n2．建设南药种植基地。青禾经济开发区是全市南药产业的核心承载区，重点发展中药材种植、中药饮片和中成药，引进青禾药业等南药企业。\n';
  it('the pair is no industry: nothing is part of, in or hosted by 林下食品与南药', async () => {
    const x = await runDoc(DOC);
    for (const type of ['PART_OF', 'IN_INDUSTRY', 'HOSTS', 'SUPPORTS'] as const) expect(strong(x, type).filter(joined)).toEqual([]);
    expect(x.nodes.filter((n) => /林下食品[与和]南药/.test(n.name))).toEqual([]);
  });
  it('a chain whose links name one of the two belongs to it (“人参种植—人参精深加工”和“水源地保护—矿泉水灌装”两条产业链: blind22 r07)', async () => {
    const partOf = strong(
      await runDoc(
        '青禾县松茸和山泉水产业链招商图谱（2026年版）\n\n一、产业概况\n全县已形成“松茸采集—松茸精深加工—松茸商贸流通”和“水源地保护—山泉水灌装—包装物流”两条产业链。全县已集聚青禾山珍等松茸企业和青禾泉业等山泉水企业。\n\n二、招商方向\n（一）松茸产业链\n（二）山泉水产业链\n',
      ),
      'PART_OF',
    );
    for (const item of ['松茸采集', '松茸精深加工', '松茸商贸流通']) expect(partOf).toContain(`industry:${item} -> industry:松茸`);
    for (const item of ['水源地保护', '山泉水灌装', '包装物流']) expect(partOf).toContain(`industry:${item} -> industry:山泉水`);
    expect(partOf.filter(joined)).toEqual([]);
  });
  it('each industry keeps its own parts (the chain under its heading)', async () => {
    const partOf = strong(await runDoc(DOC), 'PART_OF');
    expect(partOf.filter((e) => /-> industry:南药$/.test(e)).length + partOf.filter((e) => /-> industry:林下食品$/.test(e)).length).toBeGreaterThan(0);
  });
});

describe('a short name that is only a longer name\'s tail or a field\'s extension keeps the title\'s pair one industry (半导体和集成电路 with 化合物半导体产业链: blind2 n01; A及B: blind8 r07, dev5 s06, dev5 s07, blind14 r07)', () => {
  it('半导体 written only inside 化合物半导体产业链: the document is about the pair as one field', async () => {
    const x = await runDoc(
      '青禾市加快半导体和集成电路产业高质量发展行动方案\n\n一、发展目标\n到2027年，全市半导体和集成电路产业规模突破500亿元，集成电路产业体系基本完善。\n\n' +
        '二、重点任务\n1．完善化合物半导体产业链。支持青禾芯片等集成电路企业扩大产能。青禾高新区重点发展集成电路设计和封装测试。\n',
    );
    const all = [...strong(x, 'PART_OF'), ...strong(x, 'HOSTS'), ...strong(x, 'SUPPORTS')];
    expect(all.some((e) => /industry:半导体[与和]集成电路$/.test(e))).toBe(true);
  });
  it('碳纤维及复合材料, each named apart once, stays one field', async () => {
    const x = await runDoc(
      '青禾市加快碳纤维及复合材料产业高质量发展若干措施\n\n一、支持产业链延伸\n支持碳纤维企业向下游延伸，发展原丝、碳丝和复合材料制品。对复合材料企业新建项目给予补助。青禾经济开发区重点发展原丝和碳丝。\n',
    );
    const all = [...strong(x, 'PART_OF'), ...strong(x, 'HOSTS'), ...strong(x, 'SUPPORTS')];
    expect(all.some((e) => /industry:碳纤维及复合材料$/.test(e))).toBe(true);
  });
});
