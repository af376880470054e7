// What the 园区 analyses read, loaded once per request: the parks, their containment (one parent
// each, the most specific), their facts with basis and confidence, and the industry tree above the
// facts (strong PART_OF only). Over the GraphStore port, one batched call per hop, bounded.
//
// Bounded while it collects, not after: at most PARK_LIMITS.parks parks, PARK_LIMITS.members
// enterprises and labs located in them, PARK_LIMITS.facts facts (a cut sets `truncated`); every
// long loop here and in parks.ts checks the request deadline (ParkOptions.check: TIMEOUT) and gives
// the event loop a turn every few milliseconds (Pace), so a big graph cannot hold the server.
import type { GraphEdge, GraphNode, RelType } from '../model.ts';
import type { GraphStore } from '../store/port.ts';
import { byName } from './common.ts';

/**
 * parks: rows read; chains: matrix columns; factsPerCell: facts kept per cell (the best, while
 * collecting); members: enterprises and labs located in the parks read; facts: facts read in all;
 * placements: facts placed into cells (a fact counts once per column it falls in). A cut of parks,
 * members, facts or placements sets `truncated`.
 */
export const PARK_LIMITS = { parks: 1000, chains: 100, factsPerCell: 500, industryDepth: 6, segmentsPerSide: 500, members: 20_000, facts: 50_000, placements: 500_000 } as const;
export const DEFAULT_MIN_CONFIDENCE = 0.5;
const MEMBERS_PER_CALL = 2000;

/** Strongest first; unknown bases rank lowest. */
export const BASIS_RANK: Readonly<Record<string, number>> = { curated: 7, stated: 6, registry: 5, lexicon: 4, planned: 3, encouraged: 2, listed: 1 };

export function edgeBasis(e: GraphEdge): string {
  const b = e.properties.basis;
  return typeof b === 'string' && b ? b : 'stated';
}

export function edgeConfidence(e: GraphEdge): number {
  const c = e.properties.confidence;
  return typeof c === 'number' && Number.isFinite(c) ? Math.min(1, Math.max(0, c)) : 1;
}

export type FactKind = 'segment' | 'enterprise' | 'lab';

export interface ParkFact {
  kind: FactKind;
  /** The park it sits in (the row's park, or a park inside it when rolled up). */
  park: GraphNode;
  /** The industry hosted (segment), or the enterprise / lab. */
  node: GraphNode;
  /** The industry concerned. */
  segment: GraphNode;
  basis: string;
  confidence: number;
  weak: boolean;
  via: GraphEdge[];
}

export interface ParkRow {
  park: GraphNode;
  parent: GraphNode | null;
  depth: number;
  zone: GraphNode;
  via: GraphEdge | null;
}

export interface ParkOptions {
  minConfidence?: number;
  /** A row's facts include those of the parks inside it. */
  rollup?: boolean;
  /** Throws when the request must stop (its deadline passed: TIMEOUT); called between chunks of work. */
  check?: () => void;
  /**
   * Parks the request names (compareParks' two, parkFacts' one): read whatever the PARK_LIMITS.parks
   * cut (a park past it was answered NOT_FOUND), a few more than the cap; ids that are no park are ignored.
   */
  include?: readonly string[];
}

/**
 * Pacing of the long loops: every 1024 steps the clock is read, and past 10 ms of work since the
 * last turn the loop awaits pause(): the deadline is checked (throws) and the event loop runs
 * (/healthz and other requests answer while a big analysis works).
 */
export class Pace {
  private steps = 0;
  private last = performance.now();

  constructor(private readonly check?: () => void) {}

  /** Whether a pause is due; cheap enough for every iteration of a hot loop (`weight`: steps this iteration counts for). */
  due(weight = 1): boolean {
    this.steps += weight;
    if (this.steps < 1024) return false;
    this.steps = 0;
    return performance.now() - this.last > 10;
  }

  async pause(): Promise<void> {
    this.check?.();
    await new Promise<void>((r) => setImmediate(r));
    this.check?.();
    this.last = performance.now();
  }
}

/**
 * Keeps the best `k` facts of a growing list (sortFacts order), trimming when it doubles: the same
 * first k as sorting all of them. The trim selects (quickselect, ~2 comparisons a fact) instead of
 * sorting (fix33: the sorts were half of chainParks at 10⁵ nodes): the kept facts stay in the order
 * they came, ties broken by that order as the stable sort breaks them, so sorting the list at the end
 * gives the same first k.
 */
export function keepBest(list: ParkFact[], k: number, names?: (a: GraphNode, b: GraphNode) => number): void {
  if (list.length >= 2 * k && k > 0) {
    const cmp = factOrder(names);
    const kept = bestInOrder(list, k, cmp);
    for (let i = 0; i < kept.length; i++) list[i] = kept[i]!;
    list.length = kept.length;
  }
}

/** The `k` first items of a stable sort of `xs` by `cmp`, in their order in `xs` (quickselect on positions). */
export function bestInOrder<T>(xs: readonly T[], k: number, cmp: (a: T, b: T) => number): T[] {
  const n = xs.length;
  if (k >= n) return xs.slice();
  if (k <= 0) return [];
  // positions compared by cmp, then by position: a total order, the stable sort's
  const before = (i: number, j: number) => {
    const c = cmp(xs[i]!, xs[j]!);
    return c !== 0 ? c < 0 : i < j;
  };
  const pos = new Int32Array(n);
  for (let i = 0; i < n; i++) pos[i] = i;
  let lo = 0;
  let hi = n - 1;
  const target = k - 1;
  while (lo < hi) {
    // median of three as the pivot
    const mid = (lo + hi) >>> 1;
    let a = pos[lo]!;
    let b = pos[mid]!;
    let c = pos[hi]!;
    if (before(b, a)) [a, b] = [b, a];
    if (before(c, b)) {
      [b, c] = [c, b];
      if (before(b, a)) [a, b] = [b, a];
    }
    const pivot = b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (before(pos[i]!, pivot)) i++;
      while (before(pivot, pos[j]!)) j--;
      if (i <= j) {
        const t = pos[i]!;
        pos[i] = pos[j]!;
        pos[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  // pos[0..k) hold the k first (unordered): keep them in their order in xs
  const keep = new Uint8Array(n);
  for (let i = 0; i < k; i++) keep[pos[i]!] = 1;
  const out: T[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(xs[i]!);
  return out;
}

export { byName };
/** Most specific first: a park inside an area inside a zone. */
const KIND_LEVEL: Record<string, number> = { zone: 0, area: 1, park: 2, base: 2, cluster: 2 };
const kindLevel = (n: GraphNode) => KIND_LEVEL[String(n.properties.kind)] ?? 2;
const KIND_ORDER: Record<FactKind, number> = { segment: 0, enterprise: 1, lab: 2 };

function weakest(edges: GraphEdge[], min: number): { basis: string; confidence: number; weak: boolean } {
  let basis = 'stated';
  let confidence = 1;
  let rank = Infinity;
  for (const e of edges) {
    const c = edgeConfidence(e);
    const b = edgeBasis(e);
    const r = BASIS_RANK[b] ?? 0;
    if (c < confidence || (c === confidence && r < rank)) {
      confidence = c;
      basis = b;
      rank = r;
    }
  }
  return { basis, confidence, weak: confidence < min };
}

/** Nodes per store call in the paced reads below (a turn of the event loop between calls). */
const NODES_PER_CALL = 2000;
/** Edges per store call in paced reads (a store materialises an edge in tens of µs: ~50 ms a call). */
const EDGES_PER_CALL = 2000;

/** Nodes by id; with `pace`, NODES_PER_CALL per call with a turn between (the same map). */
export async function nodeMap(store: GraphStore, ids: Iterable<string>, pace?: Pace): Promise<Map<string, GraphNode>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, GraphNode>();
  const step = pace ? NODES_PER_CALL : Math.max(1, unique.length);
  for (let i = 0; i < unique.length; i += step) {
    if (pace) await pace.pause();
    (await store.getNodes(unique.slice(i, i + step))).forEach((n) => n && out.set(n.id, n));
  }
  return out;
}

const byEdgeId = (a: GraphEdge, b: GraphEdge): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Edges of `ids`, as one store call lists them: the store orders a list by edge id and lists an edge
 * between two of the ids once. With `pace`, read in chunks of about EDGES_PER_CALL edges (sized by
 * countEdges, which materialises nothing) with a turn between, an edge met from two chunks kept once,
 * and the whole merged by id (a paced sort): the same list. One node's edges always come in one call.
 */
export async function edgesOf(store: GraphStore, ids: string[], direction: 'in' | 'out' | 'both', types: RelType[], pace?: Pace): Promise<GraphEdge[]> {
  if (ids.length === 0) return [];
  if (!pace) return store.edgesOf({ ids, direction, types });
  await pace.pause();
  const counts = await store.countEdges({ ids, direction, types });
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= EDGES_PER_CALL) return store.edgesOf({ ids, direction, types });
  const seen = new Set<string>();
  const all: GraphEdge[] = [];
  for (let i = 0; i < ids.length; ) {
    let j = i;
    let n = 0;
    while (j < ids.length && (j === i || n + counts[j]! <= EDGES_PER_CALL)) n += counts[j++]!;
    await pace.pause();
    for (const e of await store.edgesOf({ ids: ids.slice(i, j), direction, types })) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      all.push(e);
    }
    i = j;
  }
  return sortPaced(all, byEdgeId, pace);
}

interface IndexedTree {
  ids: string[];
  index: Map<string, number>;
  valid: boolean[];
  parents: number[][];
  /** 0: walk on to the parents; 1: a chain head; 2: a dead end. */
  terminal: Int8Array;
  seen: Int32Array;
  walks: number;
}

/** Everything the park analyses read: parks, their containment, their facts and the industry tree above them. */
export class ParkWorld {
  readonly parks = new Map<string, GraphNode>();
  readonly parentOf = new Map<string, { parent: string; edge: GraphEdge }>();
  readonly industries = new Map<string, GraphNode>();
  /** Strong PART_OF parents of each industry. */
  readonly upOf = new Map<string, Set<string>>();
  /** Facts by the park they sit in. */
  readonly factsByPark = new Map<string, ParkFact[]>();
  truncated = false;
  private readonly topsMemo = new Map<string, Set<string>>();
  /** Industries at or under an industry (PART_OF, transitively), per industry asked about. */
  private readonly descendantsMemo = new Map<string, Set<string>>();
  private downOf: Map<string, string[]> | null = null;
  private hasChild: Set<string> | null = null;

  constructor(
    readonly minConfidence: number,
    readonly pace: Pace = new Pace(),
  ) {}

  static async load(store: GraphStore, opts: ParkOptions = {}): Promise<ParkWorld> {
    const w = new ParkWorld(opts.minConfidence ?? DEFAULT_MIN_CONFIDENCE, new Pace(opts.check));
    const min = w.minConfidence;
    const pace = w.pace;
    let after: string | undefined;
    while (w.parks.size < PARK_LIMITS.parks) {
      const page = await store.listNodes({ label: 'Park', first: Math.min(500, PARK_LIMITS.parks - w.parks.size), ...(after ? { after } : {}) });
      for (const n of page.nodes) w.parks.set(n.id, n);
      if (!page.hasNextPage || page.nodes.length === 0) break;
      after = page.nodes[page.nodes.length - 1]!.id;
      if (w.parks.size >= PARK_LIMITS.parks) w.truncated = true;
      await pace.pause();
    }
    const extra = [...new Set(opts.include ?? [])].filter((id) => !w.parks.has(id));
    if (extra.length) for (const n of await store.getNodes(extra)) if (n?.label === 'Park') w.parks.set(n.id, n);
    const parkIds = [...w.parks.keys()];
    // The first phase is paced too (review17 H3: it held the event loop for seconds at 10⁵ nodes):
    // reads in chunks with a turn between, loops checking the deadline.
    const around = await edgesOf(store, parkIds, 'both', ['PART_OF', 'LOCATED_IN', 'HOSTS'], pace);
    // Enterprises and labs located in the parks, the first PARK_LIMITS.members of them.
    const memberIds = new Set<string>();
    for (const e of around) {
      if (pace.due()) await pace.pause();
      if (e.type !== 'LOCATED_IN' || !w.parks.has(e.target) || w.parks.has(e.source) || memberIds.has(e.source)) continue;
      if (memberIds.size >= PARK_LIMITS.members) w.truncated = true;
      else memberIds.add(e.source);
    }
    const members = await nodeMap(store, memberIds, pace);
    // Their industries, a few thousand members per call with a turn of the event loop between (each
    // member's edges come in one call, in the store's order: the same lists as one call).
    const memberEdges: GraphEdge[] = [];
    const memberList = [...members.keys()];
    for (let i = 0; i < memberList.length; i += MEMBERS_PER_CALL) {
      await pace.pause();
      for (const e of await edgesOf(store, memberList.slice(i, i + MEMBERS_PER_CALL), 'out', ['IN_INDUSTRY', 'INNOVATES_FOR'], pace)) memberEdges.push(e);
    }
    await pace.pause();
    w.pickParents(around.filter((e) => (e.type === 'PART_OF' || e.type === 'LOCATED_IN') && w.parks.has(e.source) && w.parks.has(e.target) && e.source !== e.target && edgeConfidence(e) >= min));
    await pace.pause();

    // The industry tree above every industry a fact touches (strong PART_OF only).
    const touched = new Set<string>();
    for (const e of around) if (e.type === 'HOSTS') touched.add(e.target);
    for (const e of memberEdges) {
      if (pace.due()) await pace.pause();
      touched.add(e.target);
    }
    let frontier = [...touched];
    for (let d = 0; d < PARK_LIMITS.industryDepth && frontier.length; d++) {
      const ups = await edgesOf(store, frontier, 'out', ['PART_OF'], pace);
      frontier = [];
      for (const e of ups) {
        if (pace.due()) await pace.pause();
        if (edgeConfidence(e) < min || e.source === e.target) continue;
        const set = w.upOf.get(e.source) ?? new Set<string>();
        set.add(e.target);
        w.upOf.set(e.source, set);
        if (!touched.has(e.target)) {
          touched.add(e.target);
          frontier.push(e.target);
        }
      }
    }
    for (const [id, n] of await nodeMap(store, touched, pace)) if (n.label === 'Industry') w.industries.set(id, n);

    let count = 0;
    /** Adds a fact; false once PARK_LIMITS.facts are read (the rest is cut: truncated). */
    const add = (f: Omit<ParkFact, 'basis' | 'confidence' | 'weak'>): boolean => {
      if (count >= PARK_LIMITS.facts) {
        w.truncated = true;
        return false;
      }
      count++;
      const list = w.factsByPark.get(f.park.id);
      const fact = { ...f, ...weakest(f.via, min) };
      if (list) list.push(fact);
      else w.factsByPark.set(f.park.id, [fact]);
      return true;
    };
    load: {
      for (const e of around) {
        if (pace.due()) await pace.pause();
        if (e.type !== 'HOSTS') continue;
        const park = w.parks.get(e.source);
        const ind = w.industries.get(e.target);
        if (park && ind && !add({ kind: 'segment', park, node: ind, segment: ind, via: [e] })) break load;
      }
      const membership = new Map<string, GraphEdge[]>();
      for (const e of memberEdges) {
        if (pace.due()) await pace.pause();
        const list = membership.get(e.source);
        if (list) list.push(e);
        else membership.set(e.source, [e]);
      }
      for (const loc of around) {
        if (pace.due()) await pace.pause();
        if (loc.type !== 'LOCATED_IN' || !w.parks.has(loc.target)) continue;
        const m = members.get(loc.source);
        if (!m || (m.label !== 'Enterprise' && m.label !== 'Lab')) continue;
        for (const e of membership.get(m.id) ?? []) {
          const ind = w.industries.get(e.target);
          if (!ind || (m.label === 'Lab' && e.type !== 'INNOVATES_FOR')) continue;
          if (!add({ kind: m.label === 'Lab' ? 'lab' : 'enterprise', park: w.parks.get(loc.target)!, node: m, segment: ind, via: [loc, e] })) break load;
        }
      }
    }
    return w;
  }

  /** One parent per park: the most specific containing park (a 片区 before its zone), no cycles. */
  private pickParents(edges: GraphEdge[]): void {
    const candidates = new Map<string, GraphEdge[]>();
    for (const e of edges) {
      const list = candidates.get(e.source);
      if (list) list.push(e);
      else candidates.set(e.source, [e]);
    }
    for (const [child, es] of candidates) {
      const self = this.parks.get(child)!;
      const ranked = es
        .filter((e) => kindLevel(this.parks.get(e.target)!) <= kindLevel(self) || es.length === 1)
        .sort((a, b) => {
          const pa = this.parks.get(a.target)!;
          const pb = this.parks.get(b.target)!;
          // Contained in the other candidate → more specific.
          const inside = (x: string, y: string) => candidates.get(x)?.some((c) => c.target === y) ?? false;
          if (inside(a.target, b.target)) return -1;
          if (inside(b.target, a.target)) return 1;
          return kindLevel(pb) - kindLevel(pa) || (a.type === b.type ? 0 : a.type === 'PART_OF' ? -1 : 1) || edgeConfidence(b) - edgeConfidence(a) || byName(pa, pb);
        });
      const best = ranked[0];
      if (best) this.parentOf.set(child, { parent: best.target, edge: best });
    }
    // Break cycles: walk up from each park; a park met twice loses its parent link.
    for (const start of [...this.parentOf.keys()]) {
      const seen = new Set<string>([start]);
      let cur = this.parentOf.get(start)?.parent;
      while (cur) {
        if (seen.has(cur)) {
          this.parentOf.delete(cur);
          break;
        }
        seen.add(cur);
        cur = this.parentOf.get(cur)?.parent;
      }
    }
  }

  /**
   * `of` and every industry under it (PART_OF, transitively), walked down once per `of` asked about
   * (chains and segments: a few hundred at most), rather than every industry's ancestors.
   */
  descendants(of: string): Set<string> {
    const hit = this.descendantsMemo.get(of);
    if (hit) return hit;
    if (!this.downOf) {
      this.downOf = new Map();
      for (const [child, ups] of this.upOf) {
        for (const p of ups) {
          const list = this.downOf.get(p);
          if (list) list.push(child);
          else this.downOf.set(p, [child]);
        }
      }
    }
    const out = new Set<string>([of]);
    const stack = [of];
    while (stack.length) {
      for (const c of this.downOf.get(stack.pop()!) ?? []) {
        if (!out.has(c)) {
          out.add(c);
          stack.push(c);
        }
      }
    }
    this.descendantsMemo.set(of, out);
    return out;
  }

  /** Whether `industryId` is `of` or lies under it (PART_OF, transitively). */
  within(industryId: string, of: string): boolean {
    return industryId === of || this.descendants(of).has(industryId);
  }

  private isSystem(id: string): boolean {
    return this.industries.get(id)?.properties.level === 'system';
  }

  /** A framework's own member (信创 in "113X产业体系"): a chain head whatever else the text put it under. */
  private underFramework(id: string): boolean {
    for (const p of this.upOf.get(id) ?? []) if (this.isSystem(p)) return true;
    return false;
  }

  /** A parentless industry heads a chain when it is an industry, chain or track, or has segments. */
  private canHead(id: string): boolean {
    const level = this.industries.get(id)?.properties.level;
    if (level === 'industry' || level === 'chain' || level === 'track') return true;
    if (!this.hasChild) {
      this.hasChild = new Set();
      for (const ups of this.upOf.values()) for (const p of ups) this.hasChild.add(p);
    }
    return this.hasChild.has(id);
  }

  /**
   * The chains an industry belongs to: walking up PART_OF, the first framework member (信创 under
   * "113X产业体系", even if a sibling list also put it under 生物医药) or else the topmost industry.
   * Framework nodes themselves and stray parentless segments head no chain.
   */
  topsOf(industryId: string): Set<string> {
    const hit = this.topsMemo.get(industryId);
    if (hit) return hit;
    const t = this.tree ?? (this.tree = this.indexTree());
    const out = new Set<string>();
    const start = t.index.get(industryId);
    if (start !== undefined && t.valid[start]) {
      // The walk of the industry tree, on numbers: one stamp per walk instead of a set of ids.
      const walk = ++t.walks;
      const stack = [start];
      while (stack.length) {
        const x = stack.pop()!;
        if (t.seen[x] === walk) continue;
        t.seen[x] = walk;
        if (t.terminal[x] === 1) out.add(t.ids[x]!);
        else if (t.terminal[x] === 0) for (const p of t.parents[x]!) stack.push(p);
      }
    }
    this.topsMemo.set(industryId, out);
    return out;
  }

  private tree: IndexedTree | null = null;

  /**
   * The industry tree as numbers for topsOf: each industry's kind of stop (a framework member or a
   * parentless head: a chain; a parentless non-head: nothing; else walk on) and its parents that are
   * industries outside any framework node, in upOf order (the walk's order, so the sets' order, is kept).
   */
  private indexTree(): IndexedTree {
    const ids = [...this.industries.keys()];
    const index = new Map(ids.map((id, i) => [id, i]));
    const valid = ids.map((id) => !this.isSystem(id));
    const parents: number[][] = [];
    const terminal = new Int8Array(ids.length);
    ids.forEach((id, i) => {
      const ps: number[] = [];
      for (const p of this.upOf.get(id) ?? []) {
        const j = index.get(p);
        if (j !== undefined && valid[j]) ps.push(j);
      }
      parents.push(ps);
      terminal[i] = this.underFramework(id) ? 1 : ps.length ? 0 : this.canHead(id) ? 1 : 2;
    });
    return { ids, index, valid, parents, terminal, seen: new Int32Array(ids.length), walks: 0 };
  }

  /** Parks in containment order (pre-order: a zone, then its areas and their parks), each with its depth and zone. */
  rows(): ParkRow[] {
    const children = new Map<string, GraphNode[]>();
    const roots: GraphNode[] = [];
    for (const p of this.parks.values()) {
      const up = this.parentOf.get(p.id);
      if (!up) roots.push(p);
      else if (children.has(up.parent)) children.get(up.parent)!.push(p);
      else children.set(up.parent, [p]);
    }
    // Zones before areas before parks; busier first (facts in the subtree), then by name.
    const weight = new Map<string, number>();
    const facts = (id: string): number => {
      if (!weight.has(id)) weight.set(id, this.subtree(id).reduce((n, x) => n + (this.factsByPark.get(x)?.length ?? 0), 0));
      return weight.get(id)!;
    };
    const order = (a: GraphNode, b: GraphNode) => kindLevel(a) - kindLevel(b) || facts(b.id) - facts(a.id) || byName(a, b);
    const out: ParkRow[] = [];
    const visit = (p: GraphNode, depth: number, zone: GraphNode) => {
      const up = this.parentOf.get(p.id);
      out.push({ park: p, parent: up ? this.parks.get(up.parent)! : null, depth, zone, via: up?.edge ?? null });
      for (const c of (children.get(p.id) ?? []).sort(order)) visit(c, depth + 1, zone);
    };
    // Top-level groups: the busiest first (a 片区 the text never placed in its zone still leads if it hosts much).
    for (const r of roots.sort((a, b) => facts(b.id) - facts(a.id) || order(a, b))) visit(r, 0, r);
    return out;
  }

  private childrenMemo: Map<string, string[]> | null = null;

  /** Parks inside `parkId`, itself included. */
  subtree(parkId: string): string[] {
    if (!this.childrenMemo) {
      this.childrenMemo = new Map();
      for (const [c, up] of this.parentOf) {
        const list = this.childrenMemo.get(up.parent);
        if (list) list.push(c);
        else this.childrenMemo.set(up.parent, [c]);
      }
    }
    const out = [parkId];
    const seen = new Set(out);
    for (let i = 0; i < out.length; i++) {
      for (const c of this.childrenMemo.get(out[i]!) ?? []) if (!seen.has(c)) (seen.add(c), out.push(c));
    }
    return out;
  }

  /**
   * byNode for the nodes of this world's facts as ranks (the collator sorts them once, paced; then
   * ordering facts compares numbers): the same order as byNode.
   */
  async nameOrder(): Promise<(a: GraphNode, b: GraphNode) => number> {
    const nodes = new Map<string, GraphNode>();
    for (const n of this.parks.values()) nodes.set(n.id, n);
    for (const n of this.industries.values()) nodes.set(n.id, n);
    for (const list of this.factsByPark.values()) for (const f of list) nodes.set(f.node.id, f.node);
    const rank = new Map<string, number>();
    (await sortPaced([...nodes.values()], byNode, this.pace)).forEach((n, i) => rank.set(n.id, i));
    return (a, b) => {
      if (a === b || a.id === b.id) return 0;
      const x = rank.get(a.id);
      const y = rank.get(b.id);
      return x !== undefined && y !== undefined ? x - y : byName(a, b);
    };
  }

  /** The facts of a park (and of the parks inside it when rolling up). */
  factsOf(parkId: string, rollup: boolean): ParkFact[] {
    const ids = rollup ? this.subtree(parkId) : [parkId];
    return ids.flatMap((id) => this.factsByPark.get(id) ?? []);
  }
}

/** byName, with a node equal to itself (byName(x, x) is 1: the next key would never be compared). */
export const byNode = (a: GraphNode, b: GraphNode): number => (a === b || a.id === b.id ? 0 : byName(a, b));

/** Weak last, then by basis, kind, segment, node and park; `names` orders nodes (byNode, or ParkWorld.nameOrder's ranks). */
export function sortFacts(facts: ParkFact[], names: (a: GraphNode, b: GraphNode) => number = byNode): ParkFact[] {
  return facts.sort(factOrder(names));
}

/** sortFacts' order as a comparator (for sortPaced). */
export function factOrder(names: (a: GraphNode, b: GraphNode) => number = byNode): (a: ParkFact, b: ParkFact) => number {
  return (a, b) =>
    Number(a.weak) - Number(b.weak) ||
    (BASIS_RANK[b.basis] ?? 0) - (BASIS_RANK[a.basis] ?? 0) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    names(a.segment, b.segment) ||
    names(a.node, b.node) ||
    names(a.park, b.park);
}

/** Items sorted in one engine call by sortPaced (a few ms of comparisons at most). */
const SORT_RUN = 256;

/** A stable merge sort that gives the event loop a turn (and checks the deadline) as it goes. */
export async function sortPaced<T>(xs: T[], cmp: (a: T, b: T) => number, pace: Pace): Promise<T[]> {
  let a = xs.slice();
  let b = new Array<T>(a.length);
  // Runs of SORT_RUN sorted by the engine (stable, and fewer comparisons on ordered input), then merged
  // with turns between: the same order as one stable sort.
  for (let lo = 0; lo < a.length; lo += SORT_RUN) {
    const hi = Math.min(lo + SORT_RUN, a.length);
    const run = a.slice(lo, hi).sort(cmp);
    for (let i = lo; i < hi; i++) a[i] = run[i - lo]!;
    if (pace.due(hi - lo)) await pace.pause();
  }
  for (let width = SORT_RUN; width < a.length; width *= 2) {
    for (let lo = 0; lo < a.length; lo += 2 * width) {
      const mid = Math.min(lo + width, a.length);
      const hi = Math.min(lo + 2 * width, a.length);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        b[k++] = cmp(a[j]!, a[i]!) < 0 ? a[j++]! : a[i++]!;
        if (pace.due()) await pace.pause();
      }
      while (i < mid) b[k++] = a[i++]!;
      while (j < hi) b[k++] = a[j++]!;
    }
    [a, b] = [b, a];
  }
  return a;
}

