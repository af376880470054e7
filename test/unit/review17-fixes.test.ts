// Findings of review15 (C, D) in relations/chains.ts, each through ingest.
import { describe, expect, it } from 'vitest';
import { runDoc } from '../fixtures/class-doc.ts';

const edges = async (doc: string, type: string) =>
  (await runDoc(doc)).edges.filter((e) => e.type === type).map((e) => `${e.source} -> ${e.target}`);

describe('review15 C: a supply chain written from the finished product down (推动“整机—模组—芯片”本地配套) is no upstream-first chain', () => {
  it('gives no UPSTREAM_OF from the finished product to its parts', async () => {
    for (const doc of [
      '某市电子信息产业发展若干措施\n\n第三条 推动“整机—模组—芯片”本地配套，提高本地配套率。\n',
      '某市汽车产业发展若干措施\n\n第三条 推动“整车—零部件—原材料”就近配套，提高本地配套率。\n',
    ]) {
      const up = await edges(doc, 'UPSTREAM_OF');
      expect(up.filter((e) => /industry:(整机|整车) -> /.test(e) || /industry:(模组|零部件) -> industry:(芯片|原材料)/.test(e))).toEqual([]);
    }
  });

  it('still reads a supply chain written upstream first', async () => {
    const up = await edges('某市电子信息产业发展若干措施\n\n第三条 推动“阴极铜—电子铜箔—覆铜板—印制电路板”本地配套，提高本地配套率。\n', 'UPSTREAM_OF');
    expect(up).toContain('industry:电子铜箔 -> industry:覆铜板');
  });
});

describe('review15 D: a zone that has a chain (P已形成“A—B—C”产业链) hands it to the industry in its own name, not to the section’s', () => {
  it('gives the links no parent when the zone’s name holds no lexicon industry (甲化工园 under 第二节 新材料)', async () => {
    const part = await edges('某市产业发展规划\n\n第二节 新材料\n\n甲化工园已形成“原盐—烧碱—环氧丙烷”产业链。\n', 'PART_OF');
    expect(part.filter((e) => /industry:(原盐|烧碱|环氧丙烷) -> /.test(e))).toEqual([]);
  });

  it('keeps the section’s industry when the zone’s name writes it in full or short (乙县化工园 under 第二节 石油化工)', async () => {
    const part = await edges('某市先进制造业发展规划\n\n第二节 石油化工\n\n全市石油化工产业加快发展。乙县化工园已形成“氯碱—聚氯乙烯—塑料制品”产业链。\n', 'PART_OF');
    expect(part).toContain('industry:氯碱 -> industry:石油化工');
  });

  it('puts the links under the lexicon industry the zone is named after', async () => {
    const part = await edges('某市产业发展规划\n\n第二节 新材料\n\n甲市新能源汽车产业园已形成“动力电池—电机电控—整车制造”产业链。\n', 'PART_OF');
    expect(part).toContain('industry:动力电池 -> industry:新能源汽车');
    expect(part.filter((e) => e.endsWith('-> industry:新材料'))).toEqual([]);
  });
});
