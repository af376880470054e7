// shortestPaths over the edges users see: only edges at or above the confidence threshold (default
// 0.5) may be steps. The store's own search (fast, every edge) is asked first for a generous number of
// shortest paths; if some of them use strong edges only, they are the answer (a shortest path over
// strong edges can be no shorter than a shortest path over all edges). Otherwise a breadth-first
// search over strong edges runs here, one batched edgesOf call per level and side, bounded in work.
import { edgeConfidence } from '../basis.ts';
import type { GraphEdge } from '../model.ts';
import type { GraphStore, Path } from '../store/port.ts';
import { minConfidenceOf, nodesById, type AnalysisOptions } from './common.ts';

export interface PathOptions extends AnalysisOptions {
  maxLength?: number;
  first?: number;
  /** Edges examined before the search gives up (a guard for hubs in very large graphs). */
  budget?: number;
}

const strong = (p: Path, min: number) => p.edges.every((e) => edgeConfidence(e.properties) >= min);

export async function shortestPaths(store: GraphStore, from: string, to: string, opts: PathOptions = {}): Promise<Path[]> {
  const maxLength = opts.maxLength ?? 6;
  const first = opts.first ?? 5;
  const min = minConfidenceOf(opts);
  if (min <= 0) return store.shortestPaths(from, to, { maxLength, first });
  const quick = await store.shortestPaths(from, to, { maxLength, first: Math.min(100, Math.max(first * 4, 20)) });
  if (quick.length === 0) return [];
  const good = quick.filter((p) => strong(p, min));
  if (good.length) return good.slice(0, first);
  return searchStrong(store, from, to, maxLength, first, min, opts.budget ?? 200_000);
}

/** Breadth-first search from both ends over edges ≥ min; every shortest path, in id order. */
async function searchStrong(store: GraphStore, from: string, to: string, maxLength: number, first: number, min: number, budget: number): Promise<Path[]> {
  const dist = [new Map([[from, 0]]), new Map([[to, 0]])];
  const frontier = [[from], [to]];
  const via = new Map<string, GraphEdge[]>(); // node → edges to it from the side's previous level
  const key = (side: number, id: string) => `${side}\u0000${id}`;
  let spent = 0;
  let meet: string[] = [];
  for (let len = 0; len < maxLength && !meet.length; len++) {
    // grow the smaller side
    const side = frontier[0]!.length <= frontier[1]!.length ? 0 : 1;
    const cur = frontier[side]!;
    if (!cur.length) return [];
    const es = await store.edgesOf({ ids: cur, direction: 'both' });
    spent += es.length;
    if (spent > budget) return [];
    const d = dist[side]!;
    const level = d.get(cur[0]!)! + 1;
    const next = new Set<string>();
    const curSet = new Set(cur);
    for (const e of es) {
      if (edgeConfidence(e.properties) < min) continue;
      for (const [a, b] of [
        [e.source, e.target],
        [e.target, e.source],
      ] as const) {
        if (!curSet.has(a)) continue;
        const seen = d.get(b);
        if (seen !== undefined && seen < level) continue;
        d.set(b, level);
        next.add(b);
        const k = key(side, b);
        const list = via.get(k) ?? via.set(k, []).get(k)!;
        if (!list.some((x) => x.id === e.id)) list.push(e);
      }
    }
    frontier[side] = [...next].sort();
    meet = [...next].filter((n) => dist[1 - side]!.has(n));
    if (meet.length) {
      // keep only meeting nodes on a shortest total length
      const total = (n: string) => dist[0]!.get(n)! + dist[1]!.get(n)!;
      const best = Math.min(...meet.map(total));
      meet = meet.filter((n) => total(n) === best).sort();
    }
  }
  if (!meet.length) return [];
  // half-paths back to each end
  const halves = (side: number, node: string): GraphEdge[][] => {
    const start = side === 0 ? from : to;
    if (node === start) return [[]];
    const out: GraphEdge[][] = [];
    const d = dist[side]!.get(node)!;
    for (const e of [...(via.get(key(side, node)) ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      const prev = e.source === node ? e.target : e.source;
      if (dist[side]!.get(prev) !== d - 1) continue;
      for (const h of halves(side, prev)) {
        out.push([...h, e]);
        if (out.length >= first) return out;
      }
    }
    return out;
  };
  const paths: { nodes: string[]; edges: GraphEdge[] }[] = [];
  for (const m of meet) {
    for (const a of halves(0, m)) {
      for (const b of halves(1, m)) {
        const edges = [...a, ...[...b].reverse()];
        const nodes = [from];
        for (const e of edges) nodes.push(e.source === nodes[nodes.length - 1] ? e.target : e.source);
        paths.push({ nodes, edges });
        if (paths.length >= first) break;
      }
      if (paths.length >= first) break;
    }
    if (paths.length >= first) break;
  }
  const byId = await nodesById(store, [...new Set(paths.flatMap((p) => p.nodes))]);
  return paths
    .sort((x, y) => (x.nodes.join('\u0000') < y.nodes.join('\u0000') ? -1 : 1))
    .map((p) => ({ nodes: p.nodes.map((n) => byId.get(n)!).filter(Boolean), edges: p.edges }));
}
