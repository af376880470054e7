// Graph walks of the embedded store over the core's incidence lists, with the semantics the
// contract suite and the shortest-path property test pin (and the Neo4j adapter mirrors):
//   neighborhood: breadth-first from the seeds in id order, each node's incident edges in edge-id
//     order, stopping at `limit` nodes; the edges among the nodes reached;
//   shortestPaths: every shortest undirected path (parallel edges collapsed), enumerated from
//     the target backwards with predecessors in id order, the first `first` of them; each hop is
//     the smallest edge id between its two nodes.
// Shortest paths search from both ends at once, always growing the side whose frontier has
// fewer incident edges, and stop at the layer where the two searches meet: a path through a hub
// costs the hub's degree once, not the product of two hubs' fan-outs.
// All walks are synchronous (no await inside): the scratch arrays are shared safely.
import { REL_TYPES } from '../../model.ts';
import { cmp, NONE, type GraphCore } from './core.ts';

const SORT_CACHE_MIN_DEGREE = 24;
const SORT_CACHE_BUDGET = 4_000_000; // edge slots kept in the sorted-incidence cache
/**
 * Nodes with at least this many half-edges get their incidence grouped by direction and type. Was
 * 48: the neighbourhood's "edges among the nodes reached" asks every node for its out-edges, and at
 * 10⁵ most of the time went into walking the linked lists of mid-degree industries and parks
 * (a cache miss per hop), of which only a few out-edges are wanted.
 */
const TYPED_MIN_DEGREE = 16;
const TYPED_BUDGET = 4_000_000; // edge slots kept in the typed-incidence cache
const NT = REL_TYPES.length;

/** Relationship types by the order of their ids' prefix `TYPE:` (the edge-id order across types). */
export const TYPE_RANK: Int32Array = (() => {
  const order = REL_TYPES.map((t, i) => ({ k: `${t}:`, i })).sort((a, b) => cmp(a.k, b.k));
  const rank = new Int32Array(REL_TYPES.length);
  order.forEach((x, r) => (rank[x.i] = r));
  return rank;
})();
/** Type indexes in that order. */
const TYPES_BY_RANK: number[] = REL_TYPES.map((_, i) => i).sort((a, b) => TYPE_RANK[a]! - TYPE_RANK[b]!);

/** Which half-edges of a node to visit: its out-edges, in-edges, or both (a self-loop once). */
export type Side = 'out' | 'in' | 'both';

/**
 * A node's incident edge slots grouped by direction and type: group g = side·NT + type (side 0:
 * out, 1: in), slots[start[g]] up to start[g + 1]. A self-loop is in both its out and in group.
 */
interface TypedIncidence {
  ver: number;
  slots: Int32Array;
  start: Int32Array;
}

/**
 * Per-node cached edge-slot lists, bounded by the total number of slots they hold: the least recently
 * used entries go first when a new one takes the total over the budget.
 */
class SlotCache<V extends { slots: Int32Array }> {
  private readonly map = new Map<number, V>();
  private entries = 0;

  constructor(private readonly budget: number) {}

  get(u: number): V | undefined {
    return this.map.get(u);
  }

  /** Marks u most recently used. */
  touch(u: number, v: V): void {
    this.map.delete(u);
    this.map.set(u, v);
  }

  set(u: number, v: V): void {
    const old = this.map.get(u);
    if (old) this.entries -= old.slots.length;
    this.touch(u, v);
    this.entries += v.slots.length;
    for (const [k, x] of this.map) {
      if (this.entries <= this.budget) break;
      this.map.delete(k);
      this.entries -= x.slots.length;
    }
  }
}

export class Traversal {
  private stampA: Int32Array = new Int32Array(0);
  private stampB: Int32Array = new Int32Array(0);
  private distA: Int32Array = new Int32Array(0);
  private distB: Int32Array = new Int32Array(0);
  private onPath: Int32Array = new Int32Array(0);
  private epoch = 0;
  /** `byType`: where each type's edges start and end in `slots` (pairs), when every id is derived. */
  private readonly sorted = new SlotCache<{ ver: number; slots: Int32Array; byType: Int32Array | null }>(SORT_CACHE_BUDGET);
  private readonly typed = new SlotCache<TypedIncidence>(TYPED_BUDGET);

  constructor(private readonly core: GraphCore) {}

  private scratch(): number {
    const n = this.core.nodeHigh;
    if (this.stampA.length < n) {
      const m = Math.max(n, Math.ceil(this.stampA.length * 1.5), 64);
      this.stampA = new Int32Array(m);
      this.stampB = new Int32Array(m);
      this.distA = new Int32Array(m);
      this.distB = new Int32Array(m);
      this.onPath = new Int32Array(m);
      this.epoch = 0;
    }
    if (++this.epoch >= 0x7fffffff) {
      this.stampA.fill(0);
      this.stampB.fill(0);
      this.onPath.fill(0);
      this.epoch = 1;
    }
    return this.epoch;
  }

  /** Linked edge slots incident to u, in edge-id order (cached for high-degree nodes). */
  incidentSorted(u: number): Int32Array {
    return this.sortedIncidence(u).slots;
  }

  /**
   * incidentSorted with, for a cached node whose edge ids are all derived (`TYPE:source->target`),
   * the range of each type in it: derived ids sort by type first, so each type's edges are adjacent.
   */
  private sortedIncidence(u: number): { slots: Int32Array; byType: Int32Array | null } {
    const core = this.core;
    const ver = core.nAdjVer[u]!;
    const hit = this.sorted.get(u);
    if (hit && hit.ver === ver) {
      this.sorted.touch(u, hit);
      return hit;
    }
    const slots: number[] = [];
    for (let h = core.nHead[u]!; h !== NONE; h = core.hNext[h]!) {
      // A self-loop is listed twice: keep one.
      if (h & 1 && core.eS[h >> 1] === u) continue;
      slots.push(h >> 1);
    }
    const ids = new Map<number, string>();
    for (const j of slots) ids.set(j, core.edgeIdOf(j));
    slots.sort((a, b) => cmp(ids.get(a)!, ids.get(b)!));
    const out = Int32Array.from(slots);
    if (out.length < SORT_CACHE_MIN_DEGREE) return { slots: out, byType: null };
    let byType: Int32Array | null = new Int32Array(2 * NT);
    for (let k = 0; k < out.length; k++) {
      const j = out[k]!;
      if (core.excId.size > 0 && core.excId.has(j)) {
        byType = null;
        break;
      }
      const t = core.eType[j]!;
      if (byType[2 * t + 1] === 0) byType[2 * t] = k;
      byType[2 * t + 1] = k + 1;
    }
    const entry = { ver, slots: out, byType };
    this.sorted.set(u, entry);
    return entry;
  }

  /**
   * A hub's incidence grouped by direction and type (cached per node until its list changes), so
   * that asking a hub for one kind of edge (an industry's UPSTREAM_OF among its thousands of
   * IN_INDUSTRY members, or its out-edges among its in-edges) costs what is asked, not its degree.
   * Null for a node of small degree: its linked list is walked instead.
   */
  private typedIncidence(u: number): TypedIncidence | null {
    const core = this.core;
    const deg = core.nDeg[u]!;
    if (deg < TYPED_MIN_DEGREE) return null;
    const ver = core.nAdjVer[u]!;
    const hit = this.typed.get(u);
    if (hit && hit.ver === ver) return hit;
    const start = new Int32Array(2 * NT + 1);
    for (let h = core.nHead[u]!; h !== NONE; h = core.hNext[h]!) start[(h & 1) * NT + core.eType[h >> 1]! + 1]!++;
    for (let g = 0; g < 2 * NT; g++) start[g + 1]! += start[g]!;
    const fill = start.slice(0, 2 * NT);
    const slots = new Int32Array(deg);
    for (let h = core.nHead[u]!; h !== NONE; h = core.hNext[h]!) slots[fill[(h & 1) * NT + core.eType[h >> 1]!]!++] = h >> 1;
    const out: TypedIncidence = { ver, slots, start };
    this.typed.set(u, out);
    return out;
  }

  /**
   * Appends to `out` the visible edge slots incident to u on `side` whose type is in `typeMask`
   * (0 = all), in no particular order; a self-loop once even for 'both'.
   */
  incident(u: number, side: Side, typeMask: number, out: number[]): void {
    this.walkIncident(u, side, typeMask, out);
  }

  /** How many edges `incident` would list (nothing materialised). */
  countIncident(u: number, side: Side, typeMask: number): number {
    return this.walkIncident(u, side, typeMask, null);
  }

  /** incident and countIncident: the matching slots, pushed to `out` when given, and their number. */
  private walkIncident(u: number, side: Side, typeMask: number, out: number[] | null): number {
    const core = this.core;
    const t = this.typedIncidence(u);
    let n = 0;
    if (!t) {
      for (let h = core.nHead[u]!; h !== NONE; h = core.hNext[h]!) {
        const j = h >> 1;
        const isIn = h & 1;
        if (isIn ? side === 'out' || (side === 'both' && core.eS[j] === u) : side === 'in') continue;
        if ((typeMask && !(typeMask & (1 << core.eType[j]!))) || !core.edgeVisible(j)) continue;
        out?.push(j);
        n++;
      }
      return n;
    }
    const { slots, start } = t;
    for (let d = side === 'in' ? 1 : 0; d <= (side === 'out' ? 0 : 1); d++) {
      // Without a type filter a side's groups are one run of slots.
      const runs = typeMask ? NT : 1;
      for (let ty = 0; ty < runs; ty++) {
        if (typeMask && !(typeMask & (1 << ty))) continue;
        const g = d * NT + ty;
        const end = typeMask ? start[g + 1]! : start[d * NT + NT]!;
        for (let k = start[g]!; k < end; k++) {
          const j = slots[k]!;
          if (d === 1 && side === 'both' && core.eS[j] === u) continue;
          if (!core.edgeVisible(j)) continue;
          out?.push(j);
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Breadth-first neighbourhood. `seeds`: live node slots, sorted by id, unique. Masks: bit i set
   * = relationship type i / label i allowed (0 = all).
   */
  neighborhood(seeds: number[], depth: number, limit: number, typeMask: number, labelMask: number): { nodes: number[]; edges: number[]; truncated: boolean } {
    const core = this.core;
    const ep = this.scratch();
    const seen = this.stampA;
    const nodes: number[] = [];
    let truncated = false;
    let frontier: number[] = [];
    for (const u of seeds) {
      if (nodes.length >= limit) {
        truncated = true;
        break;
      }
      seen[u] = ep;
      nodes.push(u);
      frontier.push(u);
    }
    for (let d = 0; d < depth && frontier.length > 0 && !truncated; d++) {
      const next: number[] = [];
      for (const u of frontier) {
        const { slots, byType } = this.sortedIncidence(u);
        // With a type filter and a hub's type ranges: only the asked types' runs, in id order.
        const runs = typeMask && byType ? TYPES_BY_RANK.filter((t) => typeMask & (1 << t) && byType[2 * t + 1]! > 0).map((t) => [byType[2 * t]!, byType[2 * t + 1]!]) : [[0, slots.length]];
        for (const [from, to] of runs) {
          for (let k = from!; k < to!; k++) {
            const j = slots[k]!;
            if (!core.edgeVisible(j) || (typeMask && !(typeMask & (1 << core.eType[j]!)))) continue;
            const other = core.eS[j] === u ? core.eT[j]! : core.eS[j]!;
            if (seen[other] === ep) continue;
            if (labelMask && !(labelMask & (1 << core.nLabel[other]!))) continue;
            if (nodes.length >= limit) {
              truncated = true;
              break;
            }
            seen[other] = ep;
            nodes.push(other);
            next.push(other);
          }
          if (truncated) break;
        }
        if (truncated) break;
      }
      frontier = next;
    }
    return { nodes, edges: this.edgesAmong(nodes, seen, ep, typeMask), truncated };
  }

  /**
   * The edges (of the types in `typeMask`, 0 = all) with both ends among `nodes` (the nodes u with
   * seen[u] === ep, all live), found once each from their source's side: a hub's out-edges of the
   * asked types only, not its whole list. What `incident(u, 'out', typeMask)` lists, filtered to a
   * target in the set, without its visibility check: an edge whose two ends are live nodes is
   * visible, and the target is checked first, so an edge leaving the set costs one read of it.
   */
  private edgesAmong(nodes: number[], seen: Int32Array, ep: number, typeMask: number): number[] {
    const core = this.core;
    const eT = core.eT;
    const eType = core.eType;
    const hNext = core.hNext;
    const edges: number[] = [];
    for (const u of nodes) {
      const t = this.typedIncidence(u);
      if (!t) {
        for (let h = core.nHead[u]!; h !== NONE; h = hNext[h]!) {
          if (h & 1) continue; // an in-half-edge: listed from its source
          const j = h >> 1;
          if (seen[eT[j]!] !== ep || (typeMask && !(typeMask & (1 << eType[j]!)))) continue;
          edges.push(j);
        }
        continue;
      }
      const { slots, start } = t;
      for (let ty = 0; ty < NT; ty++) {
        if (typeMask && !(typeMask & (1 << ty))) continue;
        for (let k = start[ty]!, end = start[ty + 1]!; k < end; k++) {
          const j = slots[k]!;
          if (seen[eT[j]!] === ep) edges.push(j);
        }
      }
    }
    return edges;
  }

  /** Shortest paths between two live, distinct node slots: node-slot sequences and hop edge slots. */
  shortestPaths(from: number, to: number, maxLength: number, first: number): { nodes: number[]; edges: number[] }[] {
    const core = this.core;
    const ep = this.scratch();
    const mA = this.stampA;
    const mB = this.stampB;
    const dA = this.distA;
    const dB = this.distB;
    mA[from] = ep;
    dA[from] = 0;
    mB[to] = ep;
    dB[to] = 0;
    let frontA = [from];
    let frontB = [to];
    let kA = 0;
    let kB = 0;
    let meet: number[] = [];
    const cost = (front: number[]) => {
      let c = 0;
      for (const u of front) c += core.nDeg[u]!;
      return c;
    };
    while (meet.length === 0) {
      if (kA + kB + 1 > maxLength || frontA.length === 0 || frontB.length === 0) return [];
      const growA = cost(frontA) <= cost(frontB);
      const [front, mine, theirs, dist, k] = growA ? [frontA, mA, mB, dA, kA] : [frontB, mB, mA, dB, kB];
      const next: number[] = [];
      for (const u of front) {
        for (let h = core.nHead[u]!; h !== NONE; h = core.hNext[h]!) {
          const j = h >> 1;
          if (!core.edgeVisible(j)) continue;
          const v = h & 1 ? core.eS[j]! : core.eT[j]!;
          if (mine[v] === ep) continue;
          mine[v] = ep;
          dist[v] = k + 1;
          // Once the searches meet, only the meeting nodes of this layer matter.
          if (theirs[v] === ep) meet.push(v);
          else if (meet.length === 0) next.push(v);
        }
      }
      if (growA) {
        kA++;
        frontA = next;
      } else {
        kB++;
        frontB = next;
      }
    }
    const L = kA + kB;
    // Nodes on some shortest path: the meeting layer, then layer by layer back towards each end.
    const on = this.onPath;
    for (const v of meet) on[v] = ep;
    const spread = (start: number[], mark: Int32Array, dist: Int32Array) => {
      let layer = start;
      while (layer.length > 0) {
        const next: number[] = [];
        for (const w of layer) {
          const want = dist[w]! - 1;
          if (want < 0) continue;
          for (let h = core.nHead[w]!; h !== NONE; h = core.hNext[h]!) {
            const j = h >> 1;
            if (!core.edgeVisible(j)) continue;
            const u = h & 1 ? core.eS[j]! : core.eT[j]!;
            if (mark[u] !== ep || dist[u] !== want || on[u] === ep) continue;
            on[u] = ep;
            next.push(u);
          }
        }
        layer = next;
      }
    };
    spread(meet, mA, dA);
    spread(meet, mB, dB);
    // Distance from `from` of an on-path node.
    const pos = (x: number) => (mA[x] === ep && dA[x]! <= kA ? dA[x]! : L - dB[x]!);
    const predCache = new Map<number, number[]>();
    const preds = (v: number): number[] => {
      let p = predCache.get(v);
      if (p) return p;
      const want = pos(v) - 1;
      const set = new Set<number>();
      for (let h = core.nHead[v]!; h !== NONE; h = core.hNext[h]!) {
        const j = h >> 1;
        if (!core.edgeVisible(j)) continue;
        const u = h & 1 ? core.eS[j]! : core.eT[j]!;
        if (on[u] === ep && pos(u) === want) set.add(u);
      }
      p = [...set].sort((a, b) => cmp(core.nodeIds[a]!, core.nodeIds[b]!));
      predCache.set(v, p);
      return p;
    };
    on[from] = ep;
    on[to] = ep;
    const out: { nodes: number[]; edges: number[] }[] = [];
    const suffix: number[] = [];
    const walk = (v: number): void => {
      if (out.length >= first) return;
      suffix.push(v);
      if (v === from) {
        const nodes = [...suffix].reverse();
        out.push({ nodes, edges: nodes.slice(1).map((x, i) => this.edgeBetween(nodes[i]!, x)) });
      } else for (const p of preds(v)) walk(p);
      suffix.pop();
    };
    walk(to);
    return out;
  }

  /** The visible edge with the smallest id between two adjacent nodes (either direction). */
  edgeBetween(a: number, b: number): number {
    const core = this.core;
    const u = core.nDeg[a]! <= core.nDeg[b]! ? a : b;
    const w = u === a ? b : a;
    let best = NONE;
    let bestId = '';
    for (let h = core.nHead[u]!; h !== NONE; h = core.hNext[h]!) {
      const j = h >> 1;
      const other = h & 1 ? core.eS[j]! : core.eT[j]!;
      if (other !== w || !core.edgeVisible(j)) continue;
      const id = core.edgeIdOf(j);
      if (best === NONE || id < bestId) {
        best = j;
        bestId = id;
      }
    }
    if (best === NONE) throw new Error(`no edge between ${core.nodeIds[a]} and ${core.nodeIds[b]}`);
    return best;
  }
}
