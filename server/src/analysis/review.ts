// The review queue: which extracted facts a person should check first. A fact's priority is how
// doubtful it is times how much rides on it:
//
//   priority = doubt × weight(type) × log2(1 + dependents)
//   doubt    = 1 − confidence (an edge without confidence counts as 1, basis `stated`), at least
//              0.05 so that equally certain facts still come in order of what depends on them;
//   weight   = HOSTS, PART_OF 3 (a park under a chain, a segment under a chain: every chain answer
//              repeats them); UPSTREAM_OF 2; IN_INDUSTRY, INNOVATES_FOR, LOCATED_IN 1.5;
//              SUPPORTS, LEADS 1; MENTIONS 0.5;
//   dependents = the answers that repeat the fact: for an edge into an industry, that industry and
//              every chain above it (parksForIndustry, industryChain and relatedEnterprises of
//              each); for a PART_OF, the facts hanging under the segment times the chains above;
//              for a park inside a park, the firms and labs located in it.
// Facts a person has already decided (basis `curated`) leave the queue. Document structure
// (CONTAINS) and responsibilities (RESPONSIBLE_FOR, not inferred) are not in it.
//
// At 10⁵ nodes the queue has ≈400,000 facts: it is built from what it needs (the nodes' labels, the
// weighted edges read a page of sources at a time, never a whole-graph export), paced (the event
// loop gets a turn every ~10 ms and the caller's check may stop it), and kept compact (typed
// arrays and ids, ≈40 bytes a fact plus its id); a page is read back from the store when asked.
import type { GraphEdge, GraphNode, RelType } from '../model.ts';
import type { GraphStore } from '../store/port.ts';
import { Pace, sortPaced } from './park-world.ts';

export const REVIEW_WEIGHTS: Readonly<Partial<Record<RelType, number>>> = {
  HOSTS: 3,
  PART_OF: 3,
  UPSTREAM_OF: 2,
  IN_INDUSTRY: 1.5,
  INNOVATES_FOR: 1.5,
  LOCATED_IN: 1.5,
  SUPPORTS: 1,
  LEADS: 1,
  MENTIONS: 0.5,
};

export const MIN_DOUBT = 0.05;

/**
 * Bounds of the walks that count dependents (real chains are a few levels deep with tens to hundreds
 * of segments, and are counted exactly; a pathological PART_OF web would otherwise cost
 * industries × industries). log2 flattens what lies beyond.
 */
const MAX_ANCESTORS = 64;
const MAX_SUBTREE = 1000;

const BASIS_ZH: Record<string, string> = { stated: '明确陈述', planned: '规划', encouraged: '鼓励', listed: '并列提及', lexicon: '词表', registry: '登记信息', curated: '人工确认' };

export interface ReviewItem {
  edge: GraphEdge;
  priority: number;
  confidence: number;
  basis: string;
  /** Answers that repeat this fact. */
  dependents: number;
  /** Why it is where it is, in Chinese and English. */
  readonly reason: string;
  /** The edge's two end nodes, as the queue was computed. */
  readonly ends: readonly (GraphNode | undefined)[];
}

type Scope =
  | { kind: 'none' }
  | { kind: 'segment'; above: number; below: number }
  | { kind: 'park'; inside: number }
  | { kind: 'order'; chains: number }
  | { kind: 'industry'; name: string; above: number };

/** A queue entry; its reason is worded only when read (a page, not the whole queue). */
class Item implements ReviewItem {
  constructor(
    readonly edge: GraphEdge,
    readonly priority: number,
    readonly confidence: number,
    readonly basis: string,
    readonly dependents: number,
    private readonly scope: Scope,
    /** The edge's two end nodes (for the name filter). */
    readonly ends: readonly (GraphNode | undefined)[],
  ) {}

  get reason(): string {
    const sc = this.scope;
    const [zh, en] =
      sc.kind === 'segment'
        ? [`下挂 ${sc.below} 条事实 × 上级 ${sc.above} 个产业`, `${sc.below} facts below × ${sc.above} chains above`]
        : sc.kind === 'park'
          ? [`园区内 ${sc.inside} 家企业与机构`, `${sc.inside} firms and labs inside`]
          : sc.kind === 'order'
            ? [`${sc.chains} 条产业链的链序`, `the order of ${sc.chains} chains`]
            : sc.kind === 'industry'
              ? sc.above > 0
                ? [`「${sc.name}」及其上级 ${sc.above} 个产业`, `${sc.name} and ${sc.above} industries above it`]
                : [`「${sc.name}」`, sc.name]
              : ['', ''];
    const c = this.confidence.toFixed(2);
    return (
      `置信度 ${c}（${BASIS_ZH[this.basis] ?? this.basis}）· 影响 ${this.dependents} 个回答${zh ? '：' + zh : ''}` +
      ` / confidence ${c} (${this.basis}), ${this.dependents} answers depend on it${en ? ': ' + en : ''}`
    );
  }
}

export interface ReviewFilter {
  /** Only facts with a sentence from this document. */
  documentId?: string;
  types?: RelType[];
  /** Only these bases (`stated`, `planned`, `encouraged`, `listed`, `lexicon`, `registry`, `curated`). */
  basis?: string[];
  /** Only facts with an end whose name contains this text. */
  nameContains?: string;
  /** Include facts already decided by a person (basis `curated`). */
  includeCurated?: boolean;
}

export function confidenceOf(e: GraphEdge): number {
  const c = e.properties.confidence;
  return typeof c === 'number' && Number.isFinite(c) ? Math.max(0, Math.min(1, c)) : 1;
}

export function basisOf(e: GraphEdge): string {
  return typeof e.properties.basis === 'string' ? e.properties.basis : 'stated';
}

/** Sort key of the queue: priority descending, then edge id. */
export function compareItems(a: { priority: number; edge: { id: string } }, b: { priority: number; edge: { id: string } }): number {
  return b.priority - a.priority || (a.edge.id < b.edge.id ? -1 : a.edge.id > b.edge.id ? 1 : 0);
}

/** The queue, filtered. (`buildReviewQueue` + `select` + `page`: callers that cache keep the first.) */
export async function reviewQueue(store: GraphStore, filter: ReviewFilter = {}, check?: () => void): Promise<ReviewItem[]> {
  const q = await buildReviewQueue(store, check);
  const pace = new Pace(check);
  const hits = await q.select(store, filter, pace);
  return q.page(store, hits, 0, hits.length, pace);
}

/** Items filtered as `filter` says, in queue order (for items already in memory). */
export function filterQueue(items: readonly ReviewItem[], filter: ReviewFilter): ReviewItem[] {
  const types = filter.types && filter.types.length > 0 ? new Set<string>(filter.types) : null;
  const bases = filter.basis && filter.basis.length > 0 ? new Set(filter.basis) : null;
  const needle = filter.nameContains?.trim().toLowerCase() || null;
  return items.filter((it) => {
    const e = it.edge;
    if (it.basis === 'curated' && !filter.includeCurated && !bases?.has('curated')) return false;
    if (types && !types.has(e.type)) return false;
    if (bases && !bases.has(it.basis)) return false;
    if (filter.documentId && !e.evidence.some((ev) => ev.documentId === filter.documentId)) return false;
    if (needle && !it.ends.some((n) => !!n && nodeMatches(n, needle))) return false;
    return true;
  });
}

function nodeMatches(n: GraphNode, needle: string): boolean {
  return n.name.toLowerCase().includes(needle) || n.aliases.some((a) => a.toLowerCase().includes(needle));
}

/** Every inferred edge of the graph as a queue item, decided ones included, in queue order (small graphs, tests). */
export async function allReviewItems(store: GraphStore, check?: () => void): Promise<ReviewItem[]> {
  return reviewQueue(store, { includeCurated: true }, check);
}

const WEIGHTED_TYPES = Object.keys(REVIEW_WEIGHTS) as RelType[];
const SCOPE_KINDS = ['none', 'segment', 'park', 'order', 'industry'] as const;
/** Nodes listed per listNodes call while building. */
const BUILD_PAGE = 1000;
/** Edges asked per edgesOf call while building (sources are grouped by countEdges up to this; a hub alone may pass it). */
const EDGE_BATCH = 2000;
/** Edges and nodes read back per store call when a page or a name filter needs them. */
const READ_PAGE = 1000;

/** A growable Int32/Float64 column (typed arrays, not arrays of objects: ≈400,000 facts at 10⁵ nodes). */
class Column<A extends Int32Array | Float64Array> {
  length = 0;
  constructor(
    public data: A,
    private readonly make: (n: number) => A,
  ) {}
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(Math.max(16, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  done(): A {
    return this.data.subarray(0, this.length) as A;
  }
}
const ints = () => new Column(new Int32Array(1024), (n) => new Int32Array(n));
const floats = () => new Column(new Float64Array(1024), (n) => new Float64Array(n));

/**
 * The whole queue of one graph version, compact: per fact its edge id, type, ends, basis,
 * confidence, priority, dependents, scope and the documents of its sentences; `order` is the queue
 * order. Pages are read back from the store (the edge as it reads now, its two ends).
 */
export class ReviewQueueIndex {
  constructor(
    private readonly edgeIds: string[],
    private readonly typeOf: Int32Array,
    private readonly src: Int32Array,
    private readonly tgt: Int32Array,
    private readonly basisCode: Int32Array,
    private readonly bases: string[],
    private readonly conf: Float64Array,
    private readonly prio: Float64Array,
    private readonly deps: Int32Array,
    private readonly scopeKind: Int32Array,
    private readonly scopeA: Int32Array,
    private readonly scopeB: Int32Array,
    private readonly docStart: Int32Array,
    private readonly docList: Int32Array,
    private readonly docIndex: Map<string, number>,
    private readonly nodeIds: string[],
    /** Queue order: fact numbers, priority descending then edge id. */
    readonly order: Int32Array,
  ) {}

  get size(): number {
    return this.order.length;
  }

  /** Bytes held by the typed arrays (ids and strings not counted). */
  get columnBytes(): number {
    return [this.typeOf, this.src, this.tgt, this.basisCode, this.conf, this.prio, this.deps, this.scopeKind, this.scopeA, this.scopeB, this.docStart, this.docList, this.order].reduce((n, a) => n + a.byteLength, 0);
  }

  /** Fact `i`'s scope; `targetName` names an industry scope (the target as it reads now). */
  private scopeOf(i: number, targetName: string): Scope {
    const a = this.scopeA[i]!;
    const b = this.scopeB[i]!;
    const kind = SCOPE_KINDS[this.scopeKind[i]!]!;
    if (kind === 'segment') return { kind, above: a, below: b };
    if (kind === 'park') return { kind, inside: a };
    if (kind === 'order') return { kind, chains: a };
    if (kind === 'industry') return { kind, name: targetName, above: a };
    return { kind: 'none' };
  }

  /** Fact numbers matching `filter`, in queue order. */
  async select(store: GraphStore, filter: ReviewFilter, pace: Pace = new Pace()): Promise<Int32Array> {
    const types = filter.types && filter.types.length > 0 ? new Set(filter.types.map((t) => WEIGHTED_TYPES.indexOf(t))) : null;
    const wanted = filter.basis && filter.basis.length > 0 ? new Set(filter.basis) : null;
    const baseOk = this.bases.map((b) => (!wanted || wanted.has(b)) && !(b === 'curated' && !filter.includeCurated && !wanted?.has('curated')));
    let doc = -2;
    if (filter.documentId) doc = this.docIndex.get(filter.documentId) ?? -1;
    if (doc === -1) return new Int32Array(0);
    const needle = filter.nameContains?.trim().toLowerCase() || null;
    const named = needle ? await this.nodesNamed(store, needle, pace) : null;
    const out = ints();
    for (let k = 0; k < this.order.length; k++) {
      if (pace.due()) await pace.pause();
      const i = this.order[k]!;
      if (!baseOk[this.basisCode[i]!]) continue;
      if (types && !types.has(this.typeOf[i]!)) continue;
      if (doc >= 0) {
        let found = false;
        for (let d = this.docStart[i]!; d < this.docStart[i + 1]!; d++) if (this.docList[d] === doc) found = true;
        if (!found) continue;
      }
      if (named && !((this.src[i]! >= 0 && named[this.src[i]!]) || (this.tgt[i]! >= 0 && named[this.tgt[i]!]))) continue;
      out.push(i);
    }
    return out.done();
  }

  /** Which nodes' name or alias contains `needle` (read from the store a page at a time). */
  private async nodesNamed(store: GraphStore, needle: string, pace: Pace): Promise<Uint8Array> {
    const hit = new Uint8Array(this.nodeIds.length);
    for (let i = 0; i < this.nodeIds.length; i += READ_PAGE) {
      pace.due(READ_PAGE);
      await pace.pause();
      const nodes = await store.getNodes(this.nodeIds.slice(i, i + READ_PAGE));
      nodes.forEach((n, k) => {
        if (n && nodeMatches(n, needle)) hit[i + k] = 1;
      });
    }
    return hit;
  }

  /** The position in `hits` of the first fact after the keyset cursor (priority, edge id). */
  after(hits: Int32Array, pivot: { priority: number; edge: { id: string } }): number {
    // hits are in queue order: binary search the first one sorting after the pivot.
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const i = hits[mid]!;
      if (compareItems({ priority: this.prio[i]!, edge: { id: this.edgeIds[i]! } }, pivot) > 0) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** `first` items of `hits` from position `start`, read back from the store. */
  async page(store: GraphStore, hits: Int32Array, start: number, first: number, pace: Pace = new Pace()): Promise<ReviewItem[]> {
    const out: ReviewItem[] = [];
    const end = Math.min(hits.length, start + first);
    for (let p = start; p < end; p += READ_PAGE) {
      const chunk = [...hits.subarray(p, Math.min(end, p + READ_PAGE))];
      const edges = await store.getEdges(chunk.map((i) => this.edgeIds[i]!));
      const endIds = [...new Set(chunk.flatMap((i) => [this.src[i]!, this.tgt[i]!]).filter((n) => n >= 0))];
      const nodes = new Map<number, GraphNode | null>();
      (await store.getNodes(endIds.map((n) => this.nodeIds[n]!))).forEach((n, k) => nodes.set(endIds[k]!, n));
      const node = (n: number): GraphNode | undefined => (n >= 0 ? (nodes.get(n) ?? undefined) : undefined);
      chunk.forEach((i, k) => {
        const e = edges[k];
        if (!e) return; // the graph changed since the queue was computed
        const scope = this.scopeOf(i, node(this.tgt[i]!)?.name ?? e.target);
        out.push(new Item(e, this.prio[i]!, this.conf[i]!, this.bases[this.basisCode[i]!]!, this.deps[i]!, scope, [node(this.src[i]!), node(this.tgt[i]!)]));
      });
      if (pace.due(READ_PAGE)) await pace.pause();
    }
    return out;
  }

  /**
   * For a queue built for an older graph version (the graph changed since; the new queue is being
   * built): from position `start` of `hits`, up to `first` facts as the store reads them NOW, in
   * the order and with the priority and dependents computed then. A fact whose edge vanished, or
   * whose edge now fails `filter` (decided: basis `curated`; another type or basis; no sentence
   * from the document; no end with the name), is dropped and the next one read instead. `next` is
   * the position after the last fact read; `dropped` how many were dropped on the way.
   */
  async pageNow(
    store: GraphStore,
    hits: Int32Array,
    start: number,
    first: number,
    filter: ReviewFilter,
    pace: Pace = new Pace(),
  ): Promise<{ items: ReviewItem[]; next: number; dropped: number }> {
    const types = filter.types && filter.types.length > 0 ? new Set<string>(filter.types) : null;
    const wanted = filter.basis && filter.basis.length > 0 ? new Set(filter.basis) : null;
    const needle = filter.nameContains?.trim().toLowerCase() || null;
    const out: ReviewItem[] = [];
    let p = start;
    let dropped = 0;
    while (p < hits.length && out.length < first) {
      const chunk = [...hits.subarray(p, Math.min(hits.length, p + Math.min(READ_PAGE, first - out.length)))];
      p += chunk.length;
      const edges = await store.getEdges(chunk.map((i) => this.edgeIds[i]!));
      const endIds = [...new Set(edges.flatMap((e) => (e ? [e.source, e.target] : [])))];
      const nodes = new Map<string, GraphNode>();
      (await store.getNodes(endIds)).forEach((n, k) => {
        if (n) nodes.set(endIds[k]!, n);
      });
      chunk.forEach((i, k) => {
        const e = edges[k];
        const basis = e ? basisOf(e) : '';
        const ends = e ? [nodes.get(e.source), nodes.get(e.target)] : [];
        const keep =
          !!e &&
          e.type in REVIEW_WEIGHTS &&
          !(basis === 'curated' && !filter.includeCurated && !wanted?.has('curated')) &&
          (!types || types.has(e.type)) &&
          (!wanted || wanted.has(basis)) &&
          (!filter.documentId || e.evidence.some((ev) => ev.documentId === filter.documentId)) &&
          (!needle || ends.some((n) => !!n && nodeMatches(n, needle)));
        if (!e || !keep) {
          dropped++;
          return;
        }
        const scope = this.scopeOf(i, ends[1]?.name ?? e.target);
        out.push(new Item(e, this.prio[i]!, confidenceOf(e), basis, this.deps[i]!, scope, ends));
      });
      if (pace.due(READ_PAGE)) await pace.pause();
    }
    return { items: out, next: p, dropped };
  }
}

/**
 * The queue of the graph as `store` reads now. Reads the nodes a page at a time (labels only are
 * kept) and, per page of sources, their weighted out-edges (each edge once, from its source); the
 * loops give the event loop a turn every ~10 ms, where `check` may stop the work (it throws).
 */
export async function buildReviewQueue(store: GraphStore, check?: () => void): Promise<ReviewQueueIndex> {
  const pace = new Pace(check);
  // Nodes: id → number, and which are industries and parks.
  const nodeIds: string[] = [];
  const nodeNo = new Map<string, number>();
  const industry: number[] = [];
  const park: number[] = [];
  let after: string | undefined;
  for (;;) {
    await pace.pause();
    const pg = await store.listNodes({ first: BUILD_PAGE, ...(after ? { after } : {}) });
    for (const n of pg.nodes) {
      const k = nodeIds.length;
      nodeIds.push(n.id);
      nodeNo.set(n.id, k);
      if (n.label === 'Industry') industry.push(k);
      else if (n.label === 'Park') park.push(k);
    }
    if (!pg.hasNextPage || pg.nodes.length === 0) break;
    after = pg.nodes[pg.nodes.length - 1]!.id;
  }
  const isIndustry = new Uint8Array(nodeIds.length);
  for (const k of industry) isIndustry[k] = 1;
  const isPark = new Uint8Array(nodeIds.length);
  for (const k of park) isPark[k] = 1;

  // Edges: the facts, compact.
  const edgeIds: string[] = [];
  const typeOf = ints();
  const src = ints();
  const tgt = ints();
  const basisCode = ints();
  const conf = floats();
  const docStart = ints();
  const docList = ints();
  const bases: string[] = [];
  const basisNo = new Map<string, number>();
  const docIndex = new Map<string, number>();
  const typeNo = new Map(WEIGHTED_TYPES.map((t, i) => [t, i]));
  // Sources grouped so that one edgesOf call materialises about EDGE_BATCH edges (counted first,
  // materialising nothing): one call is one unpaced block of work.
  const batches: string[][] = [];
  for (let p = 0; p < nodeIds.length; p += BUILD_PAGE) {
    await pace.pause();
    const ids = nodeIds.slice(p, p + BUILD_PAGE);
    const counts = await store.countEdges({ ids, direction: 'out', types: WEIGHTED_TYPES });
    let batch: string[] = [];
    let size = 0;
    ids.forEach((id, k) => {
      const c = counts[k] ?? 0;
      if (c === 0) return;
      if (size + c > EDGE_BATCH && batch.length > 0) (batches.push(batch), (batch = []), (size = 0));
      batch.push(id);
      size += c;
    });
    if (batch.length > 0) batches.push(batch);
  }
  for (const ids of batches) {
    await pace.pause();
    const edges = await store.edgesOf({ ids, direction: 'out', types: WEIGHTED_TYPES });
    for (const e of edges) {
      const t = typeNo.get(e.type);
      if (t === undefined) continue;
      edgeIds.push(e.id);
      typeOf.push(t);
      src.push(nodeNo.get(e.source) ?? -1);
      tgt.push(nodeNo.get(e.target) ?? -1);
      const b = basisOf(e);
      let bc = basisNo.get(b);
      if (bc === undefined) basisNo.set(b, (bc = bases.push(b) - 1));
      basisCode.push(bc);
      conf.push(confidenceOf(e));
      docStart.push(docList.length);
      const seen = new Set<number>();
      for (const ev of e.evidence) {
        let d = docIndex.get(ev.documentId);
        if (d === undefined) docIndex.set(ev.documentId, (d = docIndex.size));
        if (!seen.has(d)) (seen.add(d), docList.push(d));
      }
    }
  }
  docStart.push(docList.length);
  const n = edgeIds.length;
  const T = typeOf.done();
  const S = src.done();
  const D = tgt.done();
  const C = conf.done();
  const PART_OF = typeNo.get('PART_OF')!;
  const HANGING = new Set(['HOSTS', 'IN_INDUSTRY', 'INNOVATES_FOR', 'SUPPORTS'].map((t) => typeNo.get(t as RelType)!));
  const LOCATED_IN = typeNo.get('LOCATED_IN')!;
  const UPSTREAM_OF = typeNo.get('UPSTREAM_OF')!;
  const ind = (k: number) => k >= 0 && isIndustry[k] === 1;

  // The PART_OF tree of industries (lists in edge-id order, as the walks' caps see them), the facts
  // hanging under each industry, the firms and labs in each park.
  const parentEdges = new Map<number, number[]>();
  const childEdges = new Map<number, number[]>();
  const hanging = new Map<number, number>();
  const locatedIn = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (pace.due()) await pace.pause();
    const t = T[i]!;
    if (t === PART_OF && ind(S[i]!)) {
      (parentEdges.get(S[i]!) ?? parentEdges.set(S[i]!, []).get(S[i]!)!).push(i);
      (childEdges.get(D[i]!) ?? childEdges.set(D[i]!, []).get(D[i]!)!).push(i);
    }
    if (HANGING.has(t)) hanging.set(D[i]!, (hanging.get(D[i]!) ?? 0) + 1);
    if (t === LOCATED_IN && !(S[i]! >= 0 && isPark[S[i]!] === 1)) locatedIn.set(D[i]!, (locatedIn.get(D[i]!) ?? 0) + 1);
  }
  const byEdgeId = (a: number, b: number) => (edgeIds[a]! < edgeIds[b]! ? -1 : edgeIds[a]! > edgeIds[b]! ? 1 : 0);
  const parents = new Map<number, number[]>();
  for (const [k, es] of parentEdges) parents.set(k, es.sort(byEdgeId).map((i) => D[i]!));
  const children = new Map<number, number[]>();
  for (const [k, es] of childEdges) children.set(k, es.sort(byEdgeId).map((i) => S[i]!));

  const ancestorsMemo = new Map<number, number>();
  const ancestors = (id: number): number => {
    const hit = ancestorsMemo.get(id);
    if (hit !== undefined) return hit;
    const out = new Set<number>();
    const stack = [...(parents.get(id) ?? [])];
    while (stack.length > 0 && out.size < MAX_ANCESTORS) {
      const p = stack.pop()!;
      if (p === id || out.has(p)) continue;
      out.add(p);
      stack.push(...(parents.get(p) ?? []));
    }
    ancestorsMemo.set(id, out.size);
    return out.size;
  };
  const subtreeMemo = new Map<number, number>();
  const subtreeFacts = (id: number): number => {
    const hit = subtreeMemo.get(id);
    if (hit !== undefined) return hit;
    let c = 0;
    const seen = new Set<number>([id]);
    const stack = [id];
    while (stack.length > 0 && seen.size < MAX_SUBTREE) {
      const x = stack.pop()!;
      c += hanging.get(x) ?? 0;
      for (const ch of children.get(x) ?? []) if (!seen.has(ch)) (seen.add(ch), stack.push(ch), c++);
    }
    subtreeMemo.set(id, c);
    return c;
  };

  const prio = new Float64Array(n);
  const deps = new Int32Array(n);
  const scopeKind = new Int32Array(n);
  const scopeA = new Int32Array(n);
  const scopeB = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (pace.due()) await pace.pause();
    const t = T[i]!;
    const weight = REVIEW_WEIGHTS[WEIGHTED_TYPES[t]!]!;
    let dependents = 1;
    const targetIsIndustry = ind(D[i]!);
    if (t === PART_OF && targetIsIndustry) {
      const above = 1 + ancestors(D[i]!);
      const below = S[i]! >= 0 ? subtreeFacts(S[i]!) : 0;
      dependents = above * (1 + below);
      scopeKind[i] = 1;
      scopeA[i] = above;
      scopeB[i] = below;
    } else if (t === PART_OF) {
      dependents = 1 + (locatedIn.get(S[i]!) ?? 0);
      scopeKind[i] = 2;
      scopeA[i] = dependents - 1;
    } else if (t === UPSTREAM_OF) {
      dependents = 1 + (S[i]! >= 0 ? ancestors(S[i]!) : 0);
      scopeKind[i] = 3;
      scopeA[i] = dependents - 1;
    } else if (targetIsIndustry) {
      const above = ancestors(D[i]!);
      dependents = 1 + above;
      scopeKind[i] = 4;
      scopeA[i] = above;
    }
    const doubt = Math.max(MIN_DOUBT, 1 - C[i]!);
    prio[i] = Math.round(doubt * weight * Math.log2(1 + dependents) * 1000) / 1000;
    deps[i] = dependents;
  }
  const idx = new Array<number>(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  const sorted = await sortPaced(idx, (a, b) => prio[b]! - prio[a]! || byEdgeId(a, b), pace);
  return new ReviewQueueIndex(edgeIds, T, S, D, basisCode.done(), bases, C, prio, deps, scopeKind, scopeA, scopeB, docStart.done(), docList.done(), docIndex, nodeIds, Int32Array.from(sorted));
}
