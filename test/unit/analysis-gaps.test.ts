// chainGapCandidates over a small hand-made graph in a real embedded store: which segments are gaps
// for a park (its inner parks count as local), who the candidates are, their order and reasons.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainGapCandidates, GAP_WEIGHTS } from '../../server/src/analysis/gaps.ts';
import { edgeId, type GraphBatch, type GraphEdge, type GraphNode, type Json, type RelType } from '../../server/src/model.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';

const node = (id: string, label: GraphNode['label'], properties: Record<string, Json> = {}): GraphNode => ({ id, label, name: id.split(':')[1]!, aliases: [], properties });
const edge = (type: RelType, source: string, target: string, properties: Record<string, Json> = {}): GraphEdge => ({
  id: edgeId(type, source, target),
  type,
  source,
  target,
  properties,
  evidence: [{ documentId: 'doc:t', text: `${source} ${type} ${target}`, start: 0, end: 1 }],
});

let dir: string;
let store: EmbeddedStore;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-gaps-'));
  store = await EmbeddedStore.open({ dir });
  const batch: GraphBatch = {
    documentId: 'doc:t',
    sourceHash: 'x',
    nodes: [
      node('industry:信创', 'Industry'),
      node('industry:基础硬件', 'Industry'),
      node('industry:芯片', 'Industry'),
      node('industry:整机', 'Industry'),
      node('industry:数据库', 'Industry'),
      node('park:高新区', 'Park', { kind: 'zone' }),
      node('park:华苑片区', 'Park', { kind: 'area' }),
      node('park:别处', 'Park'),
      node('enterprise:本地芯片', 'Enterprise'),
      node('enterprise:外地整机大', 'Enterprise', { registeredCapital: 1_000_000, tags: ['上市'] }),
      node('enterprise:外地整机小', 'Enterprise', { registeredCapital: 100 }),
      node('enterprise:弱关系整机', 'Enterprise'),
      node('enterprise:外地数据库', 'Enterprise', { employees: 300, tags: ['专精特新'] }),
    ],
    edges: [
      edge('PART_OF', 'industry:基础硬件', 'industry:信创'),
      edge('PART_OF', 'industry:芯片', 'industry:基础硬件'),
      edge('PART_OF', 'industry:整机', 'industry:基础硬件'),
      edge('PART_OF', 'industry:数据库', 'industry:信创'),
      edge('PART_OF', 'park:华苑片区', 'park:高新区'),
      edge('IN_INDUSTRY', 'enterprise:本地芯片', 'industry:芯片', { basis: 'stated', confidence: 0.9 }),
      edge('LOCATED_IN', 'enterprise:本地芯片', 'park:华苑片区', { basis: 'stated', confidence: 0.9 }),
      edge('IN_INDUSTRY', 'enterprise:外地整机大', 'industry:整机', { basis: 'registry', confidence: 0.75, via: '主营产品「服务器」' }),
      edge('LOCATED_IN', 'enterprise:外地整机大', 'park:别处', { basis: 'registry', confidence: 0.9 }),
      edge('IN_INDUSTRY', 'enterprise:外地整机小', 'industry:整机', { basis: 'registry', confidence: 0.75 }),
      edge('IN_INDUSTRY', 'enterprise:弱关系整机', 'industry:整机', { basis: 'registry', confidence: 0.4 }),
      edge('IN_INDUSTRY', 'enterprise:外地数据库', 'industry:数据库', { basis: 'registry', confidence: 0.8 }),
    ],
  };
  await store.replaceDocument(batch);
});
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('chainGapCandidates', () => {
  it('a segment with an enterprise in the park or a park inside it is no gap; the others list outside firms by score', async () => {
    const r = (await chainGapCandidates(store, 'industry:信创', 'park:高新区', { first: 10 }))!;
    expect(r.scope.map((p) => p.id).sort()).toEqual(['park:华苑片区', 'park:高新区']);
    const seg = Object.fromEntries(r.segments.map((s) => [s.segment.name, s]));
    expect(Object.keys(seg).sort()).toEqual(['整机', '数据库', '芯片'].sort()); // leaves only, not 基础硬件
    expect(seg['芯片']).toMatchObject({ gap: false, candidates: [], candidateCount: 0 });
    expect(seg['芯片']!.local.map((n) => n.name)).toEqual(['本地芯片']);
    expect(seg['芯片']!.stage?.name).toBe('基础硬件');
    expect(seg['整机']!.gap).toBe(true);
    expect(seg['整机']!.candidates.map((c) => c.enterprise.name)).toEqual(['外地整机大', '外地整机小']); // the 0.4 edge is below the threshold
    const big = seg['整机']!.candidates[0]!;
    expect(big.score).toBeCloseTo(GAP_WEIGHTS.segment * 0.75 + GAP_WEIGHTS.size * 1 + GAP_WEIGHTS.tags * 0.4, 3);
    expect(big.reasons).toEqual(['环节「整机」：主营产品「服务器」（置信度 0.75）/ segment match', '注册资本 100 亿元 / registered capital', '上市 / tags', '位于 别处 / located outside the park']);
    expect(seg['数据库']!.candidates[0]!.reasons).toContain('从业人员 300 人 / employees');
  });

  it('minConfidence lets weak ties in; first bounds the list but not the count', async () => {
    const r = (await chainGapCandidates(store, 'industry:信创', 'park:高新区', { first: 1, minConfidence: 0.3 }))!;
    const s = r.segments.find((x) => x.segment.name === '整机')!;
    expect(s.candidates).toHaveLength(1);
    expect(s.candidateCount).toBe(3);
  });

  it('an enterprise located in the park is local even when the park is asked for through its zone', async () => {
    const r = (await chainGapCandidates(store, 'industry:信创', 'park:华苑片区'))!;
    expect(r.segments.find((x) => x.segment.name === '芯片')!.gap).toBe(false);
    const other = (await chainGapCandidates(store, 'industry:信创', 'park:别处'))!;
    expect(other.segments.find((x) => x.segment.name === '芯片')!.gap).toBe(true);
    expect(other.segments.find((x) => x.segment.name === '整机')!.local.map((n) => n.name)).toEqual(['外地整机大']);
  });

  it('unknown or mislabelled ids give null', async () => {
    expect(await chainGapCandidates(store, 'industry:没有', null)).toBeNull();
    expect(await chainGapCandidates(store, 'park:高新区', null)).toBeNull();
    expect(await chainGapCandidates(store, 'industry:信创', 'industry:芯片')).toBeNull();
  });
});
