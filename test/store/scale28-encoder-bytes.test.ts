// The batch encoder writes each string of its table straight into the UTF-8 section (scale28)
// instead of concatenating runs of 4,096 strings first. Batch files are content-addressed: the
// bytes must not change, or every store would see its documents as new files. These hashes are
// those of the encoder before the change (edf94b6) for the same batches: four synthetic batches
// (each past the old run of 4,096 strings; ids, Chinese names and sentences, lead roles) and one
// with aliases, property objects, a non-derived id, astral characters (surrogate pairs) and
// every evidence field.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBatch, encodeBatchFile } from '../../server/src/batch-codec.ts';
import type { GraphBatch } from '../../server/src/model.ts';
import { syntheticGraph } from '../../bench/generate-graph.ts';

function pinned(): GraphBatch[] {
  const g = syntheticGraph(4_000, 7, 4);
  const out: GraphBatch[] = [0, 1, 2, 3].map((d) => g.batch(d));
  const text = '𠀀天津滨海新区支持😀集成电路产业，鼓励企业落户。';
  out.push({
    documentId: 'doc:mixed',
    sourceHash: 'h-mixed',
    nodes: [
      { id: 'industry:ic', label: 'Industry', name: '集成电路', aliases: ['IC', '芯片'], properties: { level: 2, tags: ['a', 'b'] } },
      { id: 'enterprise:x', label: 'Enterprise', name: '某某😀科技有限公司', aliases: [], properties: {} },
      { id: 'park:p', label: 'Park', name: 'Park “Ω”', aliases: [], properties: { area: 1.5 } },
    ],
    edges: [
      { id: 'IN_INDUSTRY:enterprise:x->industry:ic', type: 'IN_INDUSTRY', source: 'enterprise:x', target: 'industry:ic', properties: {}, evidence: [{ documentId: 'doc:mixed', section: '第二章 𠀀', text, start: 3, end: 20, basis: 'stated', confidence: 0.875 }] },
      { id: 'custom-id-1', type: 'HOSTS', source: 'park:p', target: 'industry:ic', properties: { role: 'lead' }, evidence: [{ documentId: 'doc:mixed', text, start: 0, end: 5 }, { documentId: 'doc:mixed', text: 'ascii only sentence', start: 1, end: 2, confidence: 1 }] },
    ],
  } as GraphBatch);
  return out;
}

const BEFORE = [
  [713733, 'bdc9b55c418ca0b5f71be765d44f32982e632f4b34993fc0a361d3f448a72f90'],
  [710538, '4dc01bd74a422381de1f81359eca8e470a73518574f13237be24fae1d300c3c6'],
  [715657, '4f6540bd819fdb12fdacbbf37608afbc8a84120b569e990e245390e70bf6384b'],
  [700294, 'c38a3e9b5212e4c4be2f222d64f9a19a1026e86b7cc4cd656adb77be868ca0a6'],
  [488, '5c2a58fa5bdb60cb422704aab0946c9227d72c531aeb2fe21f791d616ce0603f'],
] as const;

describe('the encoder writes each string as it comes (scale28)', () => {
  it('gives the bytes the run-concatenating encoder gave, and they decode to the JSON round trip', () => {
    const batches = pinned();
    batches.forEach((b, k) => {
      const r = encodeBatchFile(b);
      expect(r.format).toBe('kgb');
      expect([r.data.length, createHash('sha256').update(r.data).digest('hex')]).toEqual(BEFORE[k]);
      expect(r.sha256).toBe(BEFORE[k]![1]);
      expect(decodeBatch(Buffer.from(r.data))).toEqual(JSON.parse(JSON.stringify(b)));
    });
  });

  it('a lone surrogate anywhere in the table (first, middle, last string) sends the batch to JSON', () => {
    const base = pinned()[4]!;
    for (const where of ['first', 'middle', 'last'] as const) {
      const b = JSON.parse(JSON.stringify(base)) as GraphBatch;
      if (where === 'first') b.documentId = 'doc:\uD800';
      else if (where === 'middle') b.nodes[1]!.name = '半个\uDC00字';
      else b.edges[1]!.evidence[1]!.text = 'tail \uD83D';
      const r = encodeBatchFile(b);
      expect(r.format).toBe('json');
      expect(JSON.parse(Buffer.from(r.data).toString('utf8'))).toEqual(JSON.parse(JSON.stringify(b)));
    }
  });
});
