// The validate stage's rules (server/src/ingest/validate/rules.ts) and the combination of sentence
// judgments into an edge's basis and confidence (server/src/basis.ts).
import { describe, expect, it } from 'vitest';
import { combineBasis, DEFAULT_MIN_CONFIDENCE } from '../../server/src/basis.ts';
import type { GraphBatch, GraphEdge, GraphNode, Label, RelType } from '../../server/src/model.ts';
import { validateBatch } from '../../server/src/ingest/validate/rules.ts';

const node = (label: Label, name: string, props: Record<string, string | boolean> = {}): GraphNode => ({ id: `${label.toLowerCase()}:${name}`, label, name, aliases: [], properties: props });
const ev = [{ documentId: 'doc:x', text: 'x', start: 0, end: 1 }];
const edge = (type: RelType, s: GraphNode, t: GraphNode, props: Record<string, string | number> = { basis: 'stated', confidence: 0.9 }): GraphEdge => ({ id: `${type}:${s.id}->${t.id}`, type, source: s.id, target: t.id, properties: props, evidence: ev });
const batch = (nodes: GraphNode[], edges: GraphEdge[]): GraphBatch => ({ documentId: 'doc:x', sourceHash: 'h', nodes, edges });

describe('validateBatch', () => {
  const xc = node('Industry', '信创', { level: 'industry', topLevel: true });
  const bio = node('Industry', '生物医药', { level: 'industry', topLevel: true });
  const sys = node('Industry', '113X产业体系', { level: 'system' });
  const chip = node('Industry', '芯片', { level: 'segment' });
  const hw = node('Industry', '基础硬件', { level: 'chain' });
  const ft = node('Enterprise', '飞腾');
  const park = node('Park', '海洋片区');
  const lab = node('Lab', '天津大学');
  const m = node('Measure', '1');

  it('drops edges whose labels the relation type does not join, and reports why', () => {
    const r = validateBatch(batch([xc, ft, park, lab, m], [edge('HOSTS', ft, xc), edge('IN_INDUSTRY', ft, xc), edge('LEADS', lab, lab), edge('LEADS', lab, node('Lab', 'L')), edge('MENTIONS', m, xc), edge('LOCATED_IN', ft, park)]));
    expect(r.batch.edges.map((e) => e.type)).toEqual(['IN_INDUSTRY', 'LOCATED_IN']);
    expect(r.dropped.map((v) => v.rule)).toEqual(['label-pair', 'self-loop', 'dangling', 'label-pair']);
    expect(r.dropped[0]!.message).toMatch(/HOSTS 飞腾 → 信创: HOSTS 不能连接 Enterprise → Industry/);
    // 天津大学 lost its only edges: gone too; 信创 and 飞腾 keep theirs
    expect(r.orphans).toEqual(['lab:天津大学']);
    expect(r.batch.nodes.map((n) => n.id)).not.toContain('lab:天津大学');
  });

  it('drops inferred edges without basis or with a confidence outside [0, 1]; CONTAINS needs none', () => {
    const doc = node('Document', 'd');
    const r = validateBatch(batch([xc, ft, doc, m], [edge('IN_INDUSTRY', ft, xc, {}), edge('SUPPORTS', m, xc, { basis: 'planned', confidence: 1.2 }), edge('CONTAINS', doc, m, {})]));
    expect(r.batch.edges.map((e) => e.type)).toEqual(['CONTAINS']);
    expect(r.dropped.map((v) => v.rule)).toEqual(['basis', 'basis']);
  });

  it('never puts a top-level industry under another industry (a system may hold it)', () => {
    const r = validateBatch(batch([xc, bio, sys, chip, hw], [edge('PART_OF', xc, bio), edge('PART_OF', xc, sys), edge('PART_OF', chip, hw), edge('PART_OF', hw, xc)]));
    expect(r.dropped.map((v) => `${v.rule} ${v.source}`)).toEqual(['top-level-under-industry industry:信创']);
    expect(r.batch.edges).toHaveLength(3);
  });

  it('breaks PART_OF cycles by dropping the weakest edge', () => {
    const a = node('Industry', 'A');
    const b = node('Industry', 'B');
    const c = node('Industry', 'C');
    const r = validateBatch(batch([a, b, c], [edge('PART_OF', a, b), edge('PART_OF', b, c, { basis: 'lexicon', confidence: 0.6 }), edge('PART_OF', c, a)]));
    expect(r.dropped.map((v) => `${v.rule} ${v.edgeId}`)).toEqual(['part-of-cycle PART_OF:industry:B->industry:C']);
    expect(r.batch.edges).toHaveLength(2);
    expect(r.orphans).toEqual([]);
  });

  it('reports segments with several parents without dropping them', () => {
    const ai = node('Industry', '人工智能');
    const svc = node('Industry', '新经济服务业');
    const r = validateBatch(batch([ai, xc, svc], [edge('PART_OF', ai, xc), edge('PART_OF', ai, svc)]));
    expect(r.dropped).toEqual([]);
    expect(r.multiParent).toEqual([{ segment: 'industry:人工智能', parents: ['industry:信创', 'industry:新经济服务业'] }]);
  });
});

describe('combineBasis', () => {
  it('takes the best strong sentence, a little surer for each repetition, never certain', () => {
    expect(combineBasis([{ basis: 'stated', confidence: 0.9 }])).toEqual({ basis: 'stated', confidence: 0.9 });
    expect(combineBasis([{ basis: 'planned', confidence: 0.8 }, { basis: 'stated', confidence: 0.9 }, { basis: 'listed', confidence: 0.3 }])).toEqual({ basis: 'stated', confidence: 0.95 });
    expect(combineBasis(Array(5).fill({ basis: 'stated', confidence: 0.95 }))!.confidence).toBe(0.99);
  });

  it('weak sentences never lift an edge to the threshold, however many', () => {
    const many = combineBasis(Array(20).fill({ basis: 'listed', confidence: 0.4 }))!;
    expect(many.basis).toBe('listed');
    expect(many.confidence).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
    expect(combineBasis([{ basis: 'encouraged', confidence: 0.35 }, { basis: 'listed', confidence: 0.3 }])).toEqual({ basis: 'encouraged', confidence: 0.38 });
  });

  it('a curated judgment wins; nothing gives nothing', () => {
    expect(combineBasis([{ basis: 'stated', confidence: 0.9 }, { basis: 'curated', confidence: 0 }])).toEqual({ basis: 'curated', confidence: 0 });
    expect(combineBasis([])).toBeUndefined();
  });
});

describe('store merge rule: basis and confidence of an edge several documents state', () => {
  it('combines every document’s sentences: a second stating document makes it surer, a listing one does not lift a weak edge', async () => {
    const { mergeEdges } = await import('../../server/src/store/merge.ts');
    const base = { id: 'IN_INDUSTRY:a->b', type: 'IN_INDUSTRY' as const, source: 'a', target: 'b' };
    const e1 = { ...base, properties: { basis: 'stated', confidence: 0.9 }, evidence: [{ documentId: 'doc:1', text: 'x', start: 0, end: 1 }] };
    const e2 = { ...base, properties: { basis: 'stated', confidence: 0.85 }, evidence: [{ documentId: 'doc:2', text: 'y', start: 5, end: 6 }] };
    const w1 = { ...base, properties: { basis: 'listed', confidence: 0.3 }, evidence: [{ documentId: 'doc:1', text: 'x', start: 0, end: 1 }] };
    const w2 = { ...base, properties: { basis: 'encouraged', confidence: 0.35 }, evidence: [{ documentId: 'doc:2', text: 'y', start: 5, end: 6, basis: 'encouraged' as const, confidence: 0.35 }] };
    expect(mergeEdges([e1, e2]).properties).toMatchObject({ basis: 'stated', confidence: 0.95 });
    const weak = mergeEdges([w1, w2]).properties;
    expect(weak.basis).toBe('encouraged');
    expect(weak.confidence).toBeLessThan(0.5);
    // one document alone keeps its own judgment
    expect(mergeEdges([w1]).properties).toEqual({ basis: 'listed', confidence: 0.3 });
  });
});
