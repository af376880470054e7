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
