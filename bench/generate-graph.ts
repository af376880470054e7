// Deterministic synthetic graph: N nodes, ~5N edges, a realistic label mix and degree skew
// (hubs: a few industries, parks and departments take most edges). Same seed → same graph.
//
// The structure is drawn once into typed arrays; each document's batch is built only when asked
// for (`batch(d)`), so a writer holds one batch at a time, as a real ingest does (the whole graph
// as objects would be ~5 GB at 10⁶ nodes and would dominate what is being measured).
import { edgeId, REL_TYPES, type GraphBatch, type GraphEdge, type GraphNode, type Label, type RelType } from '../server/src/model.ts';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MIX: [Label, number][] = [
  ['Enterprise', 0.55],
  ['Measure', 0.2],
  ['Lab', 0.08],
  ['Industry', 0.06],
  ['Park', 0.05],
  ['Department', 0.04],
  ['Document', 0.02],
];

const SYLLABLES = '天津滨海华苑信创生物医药新能源材料智能制造芯片软件海洋航天数据算力云网光电氢储集成电路机器人细胞基因量子'.split('');

function name(rand: () => number, label: Label, i: number): string {
  let s = '';
  const len = 2 + Math.floor(rand() * 3);
  for (let k = 0; k < len; k++) s += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  const suffix: Record<Label, string> = { Enterprise: '科技有限公司', Measure: '举措', Lab: '实验室', Industry: '产业', Park: '产业园', Department: '局', Document: '行动方案' };
  return `${s}${suffix[label]}${i}`;
}

/** Edge types allowed from one label to another, as in the data model. */
const RULES: { type: RelType; from: Label; to: Label; share: number }[] = [
  { type: 'IN_INDUSTRY', from: 'Enterprise', to: 'Industry', share: 0.3 },
  { type: 'LOCATED_IN', from: 'Enterprise', to: 'Park', share: 0.15 },
  { type: 'MENTIONS', from: 'Measure', to: 'Enterprise', share: 0.15 },
  { type: 'RESPONSIBLE_FOR', from: 'Department', to: 'Measure', share: 0.12 },
  { type: 'CONTAINS', from: 'Document', to: 'Measure', share: 0.08 },
  { type: 'SUPPORTS', from: 'Measure', to: 'Industry', share: 0.06 },
  { type: 'INNOVATES_FOR', from: 'Lab', to: 'Industry', share: 0.05 },
  { type: 'HOSTS', from: 'Park', to: 'Industry', share: 0.04 },
  { type: 'UPSTREAM_OF', from: 'Industry', to: 'Industry', share: 0.02 },
  { type: 'PART_OF', from: 'Industry', to: 'Industry', share: 0.02 },
  { type: 'LEADS', from: 'Enterprise', to: 'Lab', share: 0.01 },
];

export interface SyntheticGraph {
  documents: number;
  nodeCount: number;
  edgeCount: number;
  /** The batch of document d (0 ≤ d < documents), built on demand. */
  batch(d: number): GraphBatch;
  /** Node ids of one label. */
  idsOf(label: Label): string[];
}

/**
 * Split into `documents` batches (a graph of one huge document would be unrealistic for
 * replace/remove); nodes are shared between batches the way real entities are: each batch
 * states its own nodes and the endpoints of its edges.
 */
export function syntheticGraph(n: number, seed = 42, documents = 100): SyntheticGraph {
  const rand = mulberry32(seed);
  const labelOf: Label[] = [];
  const names: string[] = [];
  const ids: string[] = [];
  const byLabel = new Map<Label, number[]>();
  let i = 0;
  for (const [label, share] of MIX) {
    const count = Math.max(2, Math.round(n * share));
    const list: number[] = [];
    for (let k = 0; k < count; k++, i++) {
      ids.push(`${label.toLowerCase()}:syn${i}`);
      labelOf.push(label);
      names.push(name(rand, label, i));
      list.push(i);
    }
    byLabel.set(label, list);
  }
  const N = ids.length;
  // Degree skew: pick targets with a power-law over the target list.
  const skewed = (list: number[]) => list[Math.min(list.length - 1, Math.floor(list.length * Math.pow(rand(), 2.5)))]!;
  const uniform = (list: number[]) => list[Math.floor(rand() * list.length)]!;
  const cap = n * 5 + 16;
  const eType = new Uint8Array(cap);
  const eS = new Int32Array(cap);
  const eT = new Int32Array(cap);
  const eDoc = new Int32Array(cap);
  const eLead = new Uint8Array(cap);
  const seen = new Set<number>();
  let m = 0;
  for (const rule of RULES) {
    const from = byLabel.get(rule.from)!;
    const to = byLabel.get(rule.to)!;
    const type = REL_TYPES.indexOf(rule.type);
    const count = Math.round(n * 5 * rule.share);
    for (let k = 0; k < count; k++) {
      const s = uniform(from);
      const t = skewed(to);
      if (s === t) continue;
      const key = (type * N + s) * N + t;
      if (seen.has(key)) continue;
      seen.add(key);
      const doc = Math.floor(rand() * documents);
      eType[m] = type;
      eS[m] = s;
      eT[m] = t;
      eDoc[m] = doc;
      if (rule.type === 'RESPONSIBLE_FOR') eLead[m] = rand() < 0.3 ? 1 : 2;
      m++;
    }
  }
  seen.clear();
  // Edges of each document, in creation order.
  const docStart = new Int32Array(documents + 1);
  for (let e = 0; e < m; e++) docStart[eDoc[e]! + 1]!++;
  for (let d = 0; d < documents; d++) docStart[d + 1]! += docStart[d]!;
  const docEdges = new Int32Array(m);
  const fill = docStart.slice(0, documents);
  for (let e = 0; e < m; e++) docEdges[fill[eDoc[e]!]!++] = e;

  const deptStart = byLabel.get('Department')![0]!;
  const nodeObj = (k: number): GraphNode => ({
    id: ids[k]!,
    label: labelOf[k]!,
    name: names[k]!,
    aliases: [],
    properties: labelOf[k] === 'Department' ? { jurisdiction: `区${(k - deptStart) % 20}` } : {},
  });
  // Which nodes the batch being built states: stated[k] === this call's stamp (a stamp per node
  // instead of a Set of 10⁵ numbers per batch: the generator's own time is inside the measured commits).
  const stated = new Int32Array(N);
  let calls = 0;
  return {
    documents,
    nodeCount: N,
    edgeCount: m,
    idsOf: (label) => (byLabel.get(label) ?? []).map((k) => ids[k]!),
    batch(d: number): GraphBatch {
      const documentId = `doc:syn${d}`;
      const stamp = ++calls;
      const nodes: GraphNode[] = [];
      for (let k = d; k < N; k += documents) {
        stated[k] = stamp;
        nodes.push(nodeObj(k));
      }
      const edges: GraphEdge[] = [];
      for (let p = docStart[d]!; p < docStart[d + 1]!; p++) {
        const e = docEdges[p]!;
        const type = REL_TYPES[eType[e]!]!;
        const s = eS[e]!;
        const t = eT[e]!;
        const source = ids[s]!;
        const target = ids[t]!;
        const text = `${source}与${target}相关的示例句子。`;
        edges.push({
          id: edgeId(type, source, target),
          type,
          source,
          target,
          properties: eLead[e] ? { role: eLead[e] === 1 ? 'lead' : 'support' } : {},
          evidence: [{ documentId, text, start: 0, end: text.length }],
        });
        // the batch states the endpoints too (as a real document names what it relates)
        if (stated[s] !== stamp) {
          stated[s] = stamp;
          nodes.push(nodeObj(s));
        }
        if (stated[t] !== stamp) {
          stated[t] = stamp;
          nodes.push(nodeObj(t));
        }
      }
      return { documentId, sourceHash: `syn-${seed}-${d}`, nodes, edges };
    },
  };
}

/** Every batch at once (small graphs, tests). */
export function generateGraph(n: number, seed = 42, documents = 100): GraphBatch[] {
  const g = syntheticGraph(n, seed, documents);
  return Array.from({ length: g.documents }, (_, d) => g.batch(d));
}
