// Deterministic synthetic graph: N nodes, ~5N edges, a realistic label mix and degree skew
// (hubs: a few industries, parks and departments take most edges). Same seed → same graph.
import { edgeId, type GraphBatch, type GraphEdge, type GraphNode, type Label, type RelType } from '../server/src/model.ts';

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

/**
 * Split into `documents` batches (a graph of one huge document would be unrealistic for
 * replace/remove); nodes are shared between batches the way real entities are.
 */
export function generateGraph(n: number, seed = 42, documents = 100): GraphBatch[] {
  const rand = mulberry32(seed);
  const byLabel = new Map<Label, string[]>();
  const nodes: GraphNode[] = [];
  let i = 0;
  for (const [label, share] of MIX) {
    const count = Math.max(2, Math.round(n * share));
    const ids: string[] = [];
    for (let k = 0; k < count; k++, i++) {
      const id = `${label.toLowerCase()}:syn${i}`;
      ids.push(id);
      nodes.push({ id, label, name: name(rand, label, i), aliases: [], properties: label === 'Department' ? { jurisdiction: `区${k % 20}` } : {} });
    }
    byLabel.set(label, ids);
  }
  // Degree skew: pick targets with a power-law over the target list.
  const skewed = (list: string[]) => list[Math.min(list.length - 1, Math.floor(list.length * Math.pow(rand(), 2.5)))]!;
  const uniform = (list: string[]) => list[Math.floor(rand() * list.length)]!;
  const edges = new Map<string, GraphEdge>();
  const target = n * 5;
  for (const rule of RULES) {
    const from = byLabel.get(rule.from)!;
    const to = byLabel.get(rule.to)!;
    const count = Math.round(target * rule.share);
    for (let k = 0; k < count; k++) {
      const s = uniform(from);
      const t = skewed(to);
      if (s === t) continue;
      const id = edgeId(rule.type, s, t);
      if (edges.has(id)) continue;
      const doc = `doc:syn${Math.floor(rand() * documents)}`;
      const text = `${s}与${t}相关的示例句子。`;
      edges.set(id, { id, type: rule.type, source: s, target: t, properties: rule.type === 'RESPONSIBLE_FOR' ? { role: rand() < 0.3 ? 'lead' : 'support' } : {}, evidence: [{ documentId: doc, text, start: 0, end: text.length }] });
    }
  }
  // Assign every node and edge to a document batch.
  const batches = Array.from({ length: documents }, (_, d) => ({ documentId: `doc:syn${d}`, sourceHash: `syn-${seed}-${d}`, nodes: [] as GraphNode[], edges: [] as GraphEdge[] }));
  nodes.forEach((node, k) => batches[k % documents]!.nodes.push(node));
  const nodeDoc = new Map(nodes.map((node, k) => [node.id, k % documents]));
  for (const e of edges.values()) {
    const d = Number(e.evidence[0]!.documentId.slice('doc:syn'.length));
    const b = batches[d]!;
    b.edges.push(e);
    // the batch states the endpoints too (as a real document names what it relates)
    for (const end of [e.source, e.target]) if (nodeDoc.get(end) !== d) b.nodes.push(nodes[indexOf(end)]!);
  }
  function indexOf(id: string): number {
    return Number(id.slice(id.indexOf(':syn') + 4));
  }
  for (const b of batches) {
    const seen = new Set<string>();
    b.nodes = b.nodes.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
  }
  return batches;
}
