// The embedded store's in-memory graph: the union of every source's contribution, merged by id
// (merge rule in ../merge.ts, shared with the Neo4j adapter), in compact form.
//
// Layout (why: at 10⁶ nodes / 5×10⁶ edges an object, a Map entry and a Set per element cost
// ~1 KB per element; here an edge costs its evidence plus ~40 bytes):
//   - nodes and edges live in slots (indices); node ids are interned once (nodeIds / nodeIndex);
//   - edges are columns of typed arrays (type, source slot, target slot, contributing source),
//     plus one array of property objects (shared when empty) and one of evidence;
//   - an edge id is not stored when it is the model's deterministic `TYPE:source->target`
//     (edgeId in model.ts); other ids are kept in a small exception map. Lookup by id parses the
//     id and walks the smaller endpoint's incidence list;
//   - adjacency is a doubly linked incidence list per node in typed arrays (two half-edges per
//     edge: 2j at the source, 2j+1 at the target): O(1) link and unlink;
//   - contributions: most elements have one contributing source, stored as one int; elements
//     stated by several sources keep a small list of (source, value), sorted by source id, whose
//     equal node values share one object (a node named by 100 documents is stored once).
// Strings that repeat inside one batch (evidence sentences, sections, document ids, small property
// objects) are interned per batch.
//
// A source is what contributes: a document today; any other key (e.g. a curation layer's own
// contribution) goes through the same path with its own id and kind (see SourceInfo).
//
// Every node that changes (name, aliases, label, alive or not) is reported to `listeners`, which
// keep the derived indexes (search, id order) up to date.
import type { Evidence, GraphBatch, GraphEdge, GraphNode, Json, Label, RelType } from '../../model.ts';
import { LABELS, REL_TYPES, edgeId } from '../../model.ts';
import { mergeEdges, mergeNodes } from '../merge.ts';
import { EvidenceStore, RecentTexts } from './evidence.ts';
import { EdgeKeyIndex } from './edge-keys.ts';
import { AGG_MIN, EdgeAgg, mergeEvidence, NodeAgg, type Order } from './merge-agg.ts';

type Props = Record<string, Json>;

export const LABEL_INDEX: ReadonlyMap<string, number> = new Map(LABELS.map((l, i) => [l, i]));
export const TYPE_INDEX: ReadonlyMap<string, number> = new Map(REL_TYPES.map((t, i) => [t, i]));
const FREE = 255;
export const NONE = -1;
export const MULTI = -2;
/**
 * Several sources state the node and all their statements are equal (the common case: an entity
 * named by many documents): the merged value is nodeObj, and the sources are a sorted run in the
 * source arena (sArena at nOff, nLen used of nCap) instead of a NodeMulti with two arrays.
 */
export const MULTI_SAME = -3;

/** Shared empty values (never mutated by the store; callers must not mutate what reads return). */
export const EMPTY_PROPS: Props = {};
export const NO_ALIASES: string[] = [];

export interface SourceInfo {
  id: string;
  /** Hash of the source bytes (documents), or any version tag. */
  sourceHash: string;
  /** The batch file holding this contribution (manifest entry). */
  file: string;
  /** 'document' unless another kind of source. */
  kind: string;
  /** Size of the batch file (snapshot policy). */
  bytes?: number;
}

interface NodeMulti {
  /** Source slots, sorted by source id. */
  srcs: number[];
  /** Parallel to srcs; equal values share one object. */
  vals: GraphNode[];
  /** Known to be one shared object throughout (false: unknown, checked when merging). */
  same: boolean;
  /** Kept once AGG_MIN.nodes sources state the node: merges one statement at a time (merge-agg.ts). */
  agg?: NodeAgg;
}

/** One source's statement of an edge (endpoints by id: a contribution may name nodes not stated). */
export interface EdgeVal {
  type: RelType;
  source: string;
  target: string;
  properties: Props;
  evidence: Evidence[];
}

interface EdgeMulti {
  srcs: number[];
  vals: EdgeVal[];
  /**
   * The merged evidence (objects of `vals`, shared), merged when first read after a change. An
   * edge stated by several sources keeps it here rather than as rows: rewriting every row of a
   * hub edge (stated by hundreds of documents) on each commit that touches it made the write
   * cost grow with the store (#15).
   */
  evidence?: Evidence[];
  /** Merged properties kept up to date one contribution at a time (AGG_MIN.edges sources or more). */
  agg?: EdgeAgg | null;
}

export type NodeListener = (idx: number, before: GraphNode | null, after: GraphNode | null) => void;

function growI32(a: Int32Array, cap: number, fill = 0): Int32Array {
  if (cap <= a.length) return a;
  const b = new Int32Array(cap);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}
function growU8(a: Uint8Array, cap: number, fill = 0): Uint8Array {
  if (cap <= a.length) return a;
  const b = new Uint8Array(cap);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}
/**
 * Capacity for at least n slots, doubling so that appends stay amortised O(1). Each growth is a
 * fresh zeroed allocation and a copy of every column: growing by half (before write11) allocated
 * and copied ~3× the final size over a write from scratch, doubling ~2× (at 10⁶ nodes / 5×10⁶ edges
 * the edge columns' growth was ~3% of the writer's samples), for at most 2× the columns' final size.
 */
function capacity(current: number, n: number): number {
  return n <= current ? current : Math.max(n, current * 2, 16);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Per-batch interning of repeated strings and small property objects. */
class Interner {
  private readonly strings = new Map<string, string>();
  private readonly props = new Map<string, Props>();
  str(s: string): string {
    const hit = this.strings.get(s);
    if (hit !== undefined) return hit;
    this.strings.set(s, s);
    return s;
  }
  obj(p: Props | undefined): Props {
    if (!p) return EMPTY_PROPS;
    let n = 0;
    for (const k in p) {
      if (++n > 8) return p;
      void k;
    }
    if (n === 0) return EMPTY_PROPS;
    const key = JSON.stringify(p);
    const hit = this.props.get(key);
    if (hit) return hit;
    this.props.set(key, p);
    return p;
  }
}

function normaliseEvidence(ev: Evidence, it: Interner): Evidence {
  const documentId = it.str(ev.documentId);
  const text = it.str(ev.text);
  const out: Evidence =
    ev.section !== undefined
      ? { documentId, section: it.str(ev.section), text, start: ev.start, end: ev.end }
      : { documentId, text, start: ev.start, end: ev.end };
  // Fields beyond the five (basis, confidence, any later ones) are kept: a batch read from disk
  // (a replay, or another process's commit being followed) must give what the live batch gave.
  for (const k in ev) if (!(k in out)) (out as unknown as Record<string, unknown>)[k] = (ev as unknown as Record<string, unknown>)[k];
  return out;
}

/** Evidence without duplicates (same document, start, end), first occurrence kept. */
function dedupeEvidence(evs: Evidence[]): Evidence[] {
  if (evs.length < 2) return evs;
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of evs) {
    const k = `${e.documentId}\u0000${e.start}\u0000${e.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(e);
  }
  return out;
}

/** e.id === edgeId(e.type, e.source, e.target), without building the string. */
function isDerivedId(e: GraphEdge): boolean {
  const id = e.id;
  const t = e.type.length;
  const s = e.source.length;
  return (
    id.length === t + 1 + s + 2 + e.target.length &&
    id.startsWith(e.type) &&
    id.charCodeAt(t) === 58 && // ':'
    id.startsWith(e.source, t + 1) &&
    id.charCodeAt(t + 1 + s) === 45 && // '-'
    id.charCodeAt(t + 2 + s) === 62 && // '>'
    id.endsWith(e.target)
  );
}

/** A node value with canonical aliases (sorted, unique); the caller's object when already so. */
function normaliseNode(n: GraphNode): GraphNode {
  const a = n.aliases;
  if (!Array.isArray(a)) return { ...n, aliases: NO_ALIASES };
  for (let i = 1; i < a.length; i++) if (!(a[i - 1]! < a[i]!)) return { ...n, aliases: [...new Set(a)].sort() };
  return n;
}

function isEmptyProps(p: Props): boolean {
  for (const k in p) {
    void k;
    return false;
  }
  return true;
}

/**
 * A node value about to be kept by the store: empty aliases and properties become the shared
 * empty values (two objects fewer per node held for the store's life; the caller's batch objects
 * stay garbage). Values not kept (a restatement equal to the stored one) are never copied.
 */
function keepNode(n: GraphNode): GraphNode {
  const noAliases = n.aliases.length === 0 && n.aliases !== NO_ALIASES;
  const noProps = n.properties !== EMPTY_PROPS && (!n.properties || isEmptyProps(n.properties));
  if (!noAliases && !noProps) return n;
  return { ...n, aliases: noAliases ? NO_ALIASES : n.aliases, properties: noProps ? EMPTY_PROPS : n.properties };
}

function normaliseEdge(e: GraphEdge, it: Interner | null): EdgeVal {
  const evidence = it ? e.evidence.map((x) => normaliseEvidence(x, it)) : e.evidence;
  return { type: e.type, source: e.source, target: e.target, properties: propsOf(e.properties, it), evidence };
}

/** Empty properties share one object; with an interner, small equal objects share one too. */
function propsOf(p: Record<string, Json> | undefined, it: Interner | null): Record<string, Json> {
  if (it) return it.obj(p);
  if (!p) return EMPTY_PROPS;
  for (const k in p) {
    void k;
    return p;
  }
  return EMPTY_PROPS;
}

function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i]!, b[i]!)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  let na = 0;
  for (const k in a) {
    if (!(k in b) || !jsonEqual(a[k]!, b[k]!)) return false;
    na++;
  }
  let nb = 0;
  for (const k in b) {
    void k;
    nb++;
  }
  return na === nb;
}

function nodesEqual(a: GraphNode, b: GraphNode): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.label !== b.label || a.name !== b.name || a.aliases.length !== b.aliases.length) return false;
  for (let i = 0; i < a.aliases.length; i++) if (a.aliases[i] !== b.aliases[i]) return false;
  return jsonEqual(a.properties, b.properties);
}

export class GraphCore {
  // ---- sources ----
  readonly sources: (SourceInfo | null)[] = [];
  readonly sourceIndex = new Map<string, number>();
  /** Per source: the node and edge slots it contributes to. */
  srcNodes: Int32Array[] = [];
  srcEdges: Int32Array[] = [];
  private readonly sourceFree: number[] = [];
  /**
   * Per source slot: its position in source-id order (the order of every element's sorted
   * sources). Sorted runs are searched by these integers, not by comparing id strings (10⁷ node
   * statements at 10⁶ nodes). Kept up to date as sources come and go (O(sources) per change).
   */
  private srcRank: Int32Array = new Int32Array(0);
  /** Live source slots in id order (valid with srcRank). */
  private srcById: number[] = [];
  private srcRankValid = false;

  /** The source ranks, rebuilt after sources were set from outside (a snapshot load). */
  ranks(): Int32Array {
    if (!this.srcRankValid) {
      const live: number[] = [];
      for (let s = 0; s < this.sources.length; s++) if (this.sources[s]) live.push(s);
      live.sort((a, b) => cmp(this.sources[a]!.id, this.sources[b]!.id));
      this.srcById = live;
      this.srcRank = new Int32Array(Math.max(16, this.sources.length * 2));
      for (let i = 0; i < live.length; i++) this.srcRank[live[i]!] = i;
      this.srcRankValid = true;
    }
    return this.srcRank;
  }

  /** Sources were replaced wholesale (snapshot decode): ranks are rebuilt on next use. */
  invalidateRanks(): void {
    this.srcRankValid = false;
  }

  private rankInsert(s: number): void {
    if (!this.srcRankValid) return;
    const ids = this.srcById;
    const key = this.sources[s]!.id;
    let lo = 0;
    let hi = ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cmp(this.sources[ids[mid]!]!.id, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    ids.splice(lo, 0, s);
    if (s >= this.srcRank.length) {
      const b = new Int32Array(Math.max(16, (s + 1) * 2));
      b.set(this.srcRank);
      this.srcRank = b;
    }
    for (let i = lo; i < ids.length; i++) this.srcRank[ids[i]!] = i;
  }

  private rankRemove(s: number): void {
    if (!this.srcRankValid) return;
    const ids = this.srcById;
    const at = this.srcRank[s]!;
    ids.splice(at, 1);
    for (let i = at; i < ids.length; i++) this.srcRank[ids[i]!] = i;
  }

  // ---- nodes ----
  nodeHigh = 0;
  nodeIds: (string | null)[] = [];
  readonly nodeIndex = new Map<string, number>();
  /** Merged value; null for a placeholder slot (an edge endpoint no source states: a ghost). */
  nodeObj: (GraphNode | null)[] = [];
  /** Contributing source: a source slot, NONE, or MULTI (see nMulti). */
  nSrc: Int32Array = new Int32Array(0);
  nLabel: Uint8Array = new Uint8Array(0);
  nAlive: Uint8Array = new Uint8Array(0);
  /** First half-edge of the incidence list, NONE when empty. */
  nHead: Int32Array = new Int32Array(0);
  /** Half-edges in the incidence list (a self-loop counts twice). */
  nDeg: Int32Array = new Int32Array(0);
  /** Bumped whenever the node's incidence list changes (caches of its sorted edges). */
  nAdjVer: Int32Array = new Int32Array(0);
  readonly nMulti = new Map<number, NodeMulti>();
  /** Sources of MULTI_SAME nodes: a sorted run per node in one arena (see MULTI_SAME). */
  sArena: Int32Array = new Int32Array(0);
  sArenaHigh = 0;
  /** Arena cells no run uses (runs moved when they grew, or freed): compacted when most are. */
  sArenaGarbage = 0;
  nOff: Int32Array = new Int32Array(0);
  nLen: Int32Array = new Int32Array(0);
  nCap: Int32Array = new Int32Array(0);
  private readonly nodeFree: number[] = [];

  // ---- edges ----
  edgeHigh = 0;
  eType: Uint8Array = new Uint8Array(0);
  eS: Int32Array = new Int32Array(0);
  eT: Int32Array = new Int32Array(0);
  eSrc: Int32Array = new Int32Array(0);
  eProps: Props[] = [];
  /** Evidence rows of each edge (evidence.ts): the first row and how many. */
  evFirst: Int32Array = new Int32Array(0);
  evCount: Int32Array = new Int32Array(0);
  ev = new EvidenceStore();
  hNext: Int32Array = new Int32Array(0);
  hPrev: Int32Array = new Int32Array(0);
  /** Edges whose id is not the model's `TYPE:source->target`. */
  readonly excId = new Map<number, string>();
  readonly excIndex = new Map<string, number>();
  readonly eMulti = new Map<number, EdgeMulti>();
  private readonly edgeFree: number[] = [];
  /** Linked edges with derived ids, by (type, source, target). */
  private readonly keys = new EdgeKeyIndex(() => this);

  // ---- counters (kept exact on every change) ----
  aliveNodes = 0;
  visibleEdges = 0;
  readonly labelCount: number[] = LABELS.map(() => 0);
  readonly typeCount: number[] = REL_TYPES.map(() => 0);
  /** Bumped on every change. */
  version = 0;

  readonly listeners: NodeListener[] = [];

  // ---- scratch of one apply ----
  private recent: RecentTexts | null = null;
  private epoch = 0;
  private nStamp: Int32Array = new Int32Array(0);
  private nTouch: Int32Array = new Int32Array(0);
  private eStamp: Int32Array = new Int32Array(0);
  private tList: number[] = [];
  private tBefore: (GraphNode | null)[] = [];
  private tNodeMultiDirty = new Set<number>();
  private tEdges = new Set<number>();
  private tEdgeStash = new Map<number, EdgeVal>();
  private tFreeCandidates: number[] = [];

  // =============================================================================================
  // reads

  nodeIdx(id: string): number {
    return this.nodeIndex.get(id) ?? NONE;
  }

  /** The live node at a slot, or null. */
  node(idx: number): GraphNode | null {
    return idx >= 0 && idx < this.nodeHigh ? this.nodeObj[idx] ?? null : null;
  }

  edgeVisible(j: number): boolean {
    return this.nAlive[this.eS[j]!] === 1 && this.nAlive[this.eT[j]!] === 1;
  }

  edgeIdOf(j: number): string {
    return this.excId.get(j) ?? edgeId(REL_TYPES[this.eType[j]!]!, this.nodeIds[this.eS[j]!]!, this.nodeIds[this.eT[j]!]!);
  }

  /** The merged edge at a slot, as the API returns it. */
  edge(j: number): GraphEdge {
    return {
      id: this.edgeIdOf(j),
      type: REL_TYPES[this.eType[j]!]!,
      source: this.nodeIds[this.eS[j]!]!,
      target: this.nodeIds[this.eT[j]!]!,
      properties: this.propsOf(j),
      // Sentences shared with other reads (evidence.ts getCached; the write path decodes its own).
      evidence: this.evidenceOf(j, true),
    };
  }

  evidenceOf(j: number, shared = false): Evidence[] {
    if (this.eSrc[j] === MULTI) {
      const m = this.eMulti.get(j);
      if (m) return (m.evidence ??= mergeEvidence(m.vals)).slice();
    }
    return this.ev.read(this.evFirst[j]!, this.evCount[j]!, shared);
  }

  /** Merged properties of an edge (a multi-source edge whose merge was deferred is merged now). */
  propsOf(j: number): Props {
    if (this.staleEdges.size > 0 && this.staleEdges.has(j)) this.settleEdge(j);
    return this.eProps[j]!;
  }

  /** Evidence of a multi-source edge is kept with its contributions (merged when read): its rows become garbage. */
  private dropMultiRows(j: number, m: EdgeMulti): void {
    this.ev.garbageRows += this.evCount[j]!;
    this.evFirst[j] = 0;
    this.evCount[j] = 0;
    m.evidence = undefined;
  }

  /** After a snapshot load: multi-source edges keep no rows (older snapshots had them). */
  mergeMultiEvidence(): void {
    for (const [j, m] of this.eMulti) this.dropMultiRows(j, m);
  }

  /**
   * Multi-source edges whose properties are merged only when read (after a contribution was
   * removed or replaced, which the aggregate cannot undo): a burst of re-ingests pays one full
   * merge per edge, at the first read or snapshot, not one per commit.
   */
  private readonly staleEdges = new Set<number>();

  /** The source order of one element's sorted contributions. */
  private orderOf(srcs: number[]): Order {
    return {
      before: (a, b) => {
        const r = this.ranks();
        return r[a]! < r[b]!;
      },
      pos: (s) => this.srcPos(srcs, s).i,
    };
  }

  /** Merge a deferred multi-source edge from all its contributions (and keep an aggregate again). */
  private settleEdge(j: number): void {
    this.staleEdges.delete(j);
    const m = this.eMulti.get(j);
    if (!m) return;
    this.eProps[j] = this.multiProps(j, m, true)!;
  }

  /** Merge every deferred edge (before a snapshot is written). */
  settleAll(): void {
    for (const j of [...this.staleEdges]) this.settleEdge(j);
  }

  /**
   * The merged properties of a multi-source edge: from its aggregate, or from all contributions
   * (mergeEdges) while it has few; null when the aggregate was lost and `rebuild` is false.
   */
  private multiProps(j: number, m: EdgeMulti, rebuild: boolean): Props | null {
    if (m.srcs.length >= AGG_MIN.edges && !m.agg) {
      // undefined: never built (the edge just reached AGG_MIN.edges sources); null: lost, rebuilt lazily.
      if (m.agg === null && !rebuild) return null;
      m.agg = EdgeAgg.of(m.srcs, m.vals, this.orderOf(m.srcs));
    }
    if (m.agg && m.srcs.length >= AGG_MIN.edges) return m.agg.properties(this.orderOf(m.srcs), (i) => m.vals[i]!.properties);
    const id = this.currentId(j);
    return mergeEdges(m.vals.map((v) => ({ id, ...v }))).properties;
  }

  private setEvidence(j: number, evs: readonly Evidence[], recent: RecentTexts | null): void {
    this.ev.garbageRows += this.evCount[j]!;
    this.evFirst[j] = this.ev.append(evs, recent);
    this.evCount[j] = evs.length;
  }

  /** Garbage rows below which evidence is never compacted (tests lower it). */
  compactEvidenceAt = 1 << 20;

  /** Rewrite the evidence rows without garbage once most of them are (O(rows)). */
  private maybeCompactEvidence(): void {
    if (this.ev.garbageRows < this.compactEvidenceAt || this.ev.garbageRows * 2 < this.ev.rowHigh) return;
    const slots = new Int32Array(this.edgeHigh);
    const runFirst = new Int32Array(this.edgeHigh);
    const runCount = new Int32Array(this.edgeHigh);
    let n = 0;
    for (let j = 0; j < this.edgeHigh; j++) {
      if (this.eType[j] === FREE) continue;
      slots[n] = j;
      runFirst[n] = this.evFirst[j]!;
      runCount[n++] = this.evCount[j]!;
    }
    const { store, firsts } = this.ev.compacted(runFirst, runCount, n);
    for (let k = 0; k < n; k++) this.evFirst[slots[k]!] = firsts[k]!;
    this.ev = store;
  }

  /** Slot of the edge with this id (visible or not), NONE when unknown. */
  findEdge(id: string): number {
    const exc = this.excIndex.get(id);
    if (exc !== undefined) return exc;
    const colon = id.indexOf(':');
    if (colon <= 0) return NONE;
    const type = TYPE_INDEX.get(id.slice(0, colon));
    if (type === undefined) return NONE;
    const rest = id.slice(colon + 1);
    for (let p = rest.indexOf('->'); p >= 0; p = rest.indexOf('->', p + 1)) {
      const s = this.nodeIndex.get(rest.slice(0, p));
      if (s === undefined) continue;
      const t = this.nodeIndex.get(rest.slice(p + 2));
      if (t === undefined) continue;
      const j = this.findBetween(s, t, type);
      if (j !== NONE) return j;
    }
    return NONE;
  }

  /** The edge s→t of a type whose id is the derived one (at most one exists). */
  private findBetween(s: number, t: number, type: number): number {
    return this.keys.find(type, s, t);
  }

  /** Every source's batch for `kg copy`: what it contributed, rebuilt from memory. */
  sourceBatch(s: number): GraphBatch {
    const info = this.sources[s]!;
    const nodes: GraphNode[] = [];
    for (const idx of this.srcNodes[s]!) nodes.push(this.nodeContribution(idx, s)!);
    const edges: GraphEdge[] = [];
    for (const j of this.srcEdges[s]!) {
      const v = this.edgeContribution(j, s)!;
      edges.push({ id: this.edgeIdOf(j), ...v });
    }
    return { documentId: info.id, sourceHash: info.sourceHash, nodes, edges };
  }

  /** Every source's statement of a node, in source-id order. */
  nodeContributions(idx: number): { source: string; value: GraphNode }[] {
    const cur = this.nSrc[idx]!;
    if (cur >= 0) return [{ source: this.sources[cur]!.id, value: this.nodeObj[idx]! }];
    if (cur === MULTI_SAME) return this.sameSrcs(idx).map((s) => ({ source: this.sources[s]!.id, value: this.nodeObj[idx]! }));
    if (cur !== MULTI) return [];
    const m = this.nMulti.get(idx)!;
    return m.srcs.map((s, i) => ({ source: this.sources[s]!.id, value: m.vals[i]! }));
  }

  /** Every source's statement of an edge, in source-id order (as GraphEdges with the edge's id). */
  edgeContributions(j: number): { source: string; value: GraphEdge }[] {
    const id = this.edgeIdOf(j);
    const cur = this.eSrc[j]!;
    if (cur >= 0) return [{ source: this.sources[cur]!.id, value: { id, ...this.columnsVal(j) } }];
    if (cur !== MULTI) return [];
    const m = this.eMulti.get(j)!;
    return m.srcs.map((s, i) => ({ source: this.sources[s]!.id, value: { id, ...m.vals[i]! } }));
  }

  nodeContribution(idx: number, s: number): GraphNode | null {
    const cur = this.nSrc[idx]!;
    if (cur === s) return this.nodeObj[idx]!;
    if (cur === MULTI_SAME) return this.sameAt(idx, s) >= 0 ? this.nodeObj[idx]! : null;
    if (cur !== MULTI) return null;
    const m = this.nMulti.get(idx)!;
    const i = m.srcs.indexOf(s);
    return i >= 0 ? m.vals[i]! : null;
  }

  edgeContribution(j: number, s: number): EdgeVal | null {
    const cur = this.eSrc[j]!;
    if (cur === s) return this.columnsVal(j);
    if (cur !== MULTI) return null;
    const m = this.eMulti.get(j)!;
    const i = m.srcs.indexOf(s);
    return i >= 0 ? m.vals[i]! : null;
  }

  // =============================================================================================
  // writes

  /**
   * Replace everything source `info.id` contributed with `batch` (null: remove the source).
   * Synchronous: readers see the graph before or after, never in between.
   * Returns false when removing a source that is not there.
   */
  apply(info: SourceInfo, batch: GraphBatch | null, opts: { intern?: boolean } = {}): boolean {
    let s = this.sourceIndex.get(info.id);
    if (s === undefined) {
      if (!batch) return false;
      s = this.sourceFree.pop() ?? this.sources.length;
      this.sources[s] = info;
      this.sourceIndex.set(info.id, s);
      this.rankInsert(s);
      this.srcNodes[s] = new Int32Array(0);
      this.srcEdges[s] = new Int32Array(0);
    } else if (batch) this.sources[s] = info;
    this.version++;
    const ep = ++this.epoch;
    // A batch parsed from disk has a fresh string for every repeat of a sentence: intern them.
    // A live batch (from ingest) already shares them, and is kept as given (no copies to collect).
    const it = opts.intern ? new Interner() : null;
    const recent = new RecentTexts();
    this.recent = recent;

    // 1. node contributions (a repeated id: the last one wins)
    const nodeSlots: number[] = [];
    for (const n of batch?.nodes ?? []) {
      const idx = this.nodeIndex.get(n.id) ?? this.allocNode(n.id);
      this.setNodeContrib(idx, s, normaliseNode(n));
      if (this.nStamp[idx] !== ep) {
        this.nStamp[idx] = ep;
        nodeSlots.push(idx);
      }
    }
    for (const idx of this.srcNodes[s]!) if (this.nStamp[idx] !== ep) this.removeNodeContrib(idx, s);
    this.finishNodes();

    // 2. edge contributions (the edge-key table grown once for all of them, not mid-batch)
    const edgeSlots: number[] = [];
    if (batch) this.keys.reserve(this.keys.size + batch.edges.length);
    for (const e of batch?.edges ?? []) {
      let j = this.lookupEdge(e);
      if (j === NONE) {
        j = this.allocEdge();
        this.writeNewEdge(j, s, e, it, recent);
      } else this.setEdgeContrib(j, s, normaliseEdge(e, it));
      if (this.eStamp[j] !== ep) {
        this.eStamp[j] = ep;
        edgeSlots.push(j);
      }
    }
    for (const j of this.srcEdges[s]!) if (this.eStamp[j] !== ep) this.removeEdgeContrib(j, s);
    this.finishEdges();
    this.freeUnusedNodes();
    this.maybeCompactEvidence();
    this.maybeCompactArena();

    if (batch) {
      this.srcNodes[s] = Int32Array.from(nodeSlots);
      this.srcEdges[s] = Int32Array.from(edgeSlots);
    } else {
      this.rankRemove(s);
      this.sources[s] = null;
      this.sourceIndex.delete(info.id);
      this.srcNodes[s] = new Int32Array(0);
      this.srcEdges[s] = new Int32Array(0);
      this.sourceFree.push(s);
    }
    return true;
  }

  /** Endpoint slots the last lookupEdge found (NONE: unknown or not looked up), for writeNewEdge. */
  private lkS = NONE;
  private lkT = NONE;
  /** 1 when the last lookupEdge found the edge's id to be the derived one, else -1. */
  private lkDerived = -1;

  /** The slot of a batch edge's id; a derived id is resolved from the edge's own fields. */
  private lookupEdge(e: GraphEdge): number {
    this.lkS = NONE;
    this.lkT = NONE;
    this.lkDerived = -1;
    if (this.excIndex.size > 0) {
      const x = this.excIndex.get(e.id);
      if (x !== undefined) return x;
    }
    const type = TYPE_INDEX.get(e.type);
    if (type !== undefined && isDerivedId(e)) {
      this.lkDerived = 1;
      const a = this.nodeIndex.get(e.source);
      const b = this.nodeIndex.get(e.target);
      if (a !== undefined) this.lkS = a;
      if (b !== undefined) this.lkT = b;
      return a === undefined || b === undefined ? NONE : this.findBetween(a, b, type);
    }
    return this.findEdge(e.id);
  }

  /** A new edge slot with one contribution: written straight into the columns. */
  private writeNewEdge(j: number, s: number, e: GraphEdge, it: Interner | null, recent: RecentTexts): void {
    this.eSrc[j] = s;
    this.eProps[j] = propsOf(e.properties, it);
    this.setEvidence(j, dedupeEvidence(e.evidence), recent);
    this.eType[j] = TYPE_INDEX.get(e.type)!;
    // The endpoints lookupEdge just found (two Map lookups fewer per new edge).
    this.eS[j] = this.lkS !== NONE ? this.lkS : this.nodeIndex.get(e.source) ?? this.allocNode(e.source);
    this.eT[j] = this.lkT !== NONE ? this.lkT : this.nodeIndex.get(e.target) ?? this.allocNode(e.target);
    // lookupEdge found the id derived (1), or did not check or found it not (-1: check here).
    if (this.lkDerived !== 1 && !isDerivedId(e)) {
      this.excId.set(j, e.id);
      this.excIndex.set(e.id, j);
    }
    this.link(j);
  }

  // ---- nodes ----

  private allocNode(id: string): number {
    const idx = this.nodeFree.pop() ?? this.nodeHigh++;
    if (idx >= this.nSrc.length) this.growNodes(idx + 1);
    this.nodeIds[idx] = id;
    this.nodeIndex.set(id, idx);
    this.nodeObj[idx] = null;
    this.nSrc[idx] = NONE;
    this.nLabel[idx] = FREE;
    this.nAlive[idx] = 0;
    this.nHead[idx] = NONE;
    this.nDeg[idx] = 0;
    this.nAdjVer[idx]!++;
    return idx;
  }

  growNodes(n: number): void {
    const cap = capacity(this.nSrc.length, n);
    this.nStamp = growI32(this.nStamp, cap);
    this.nTouch = growI32(this.nTouch, cap);
    this.nSrc = growI32(this.nSrc, cap, NONE);
    this.nLabel = growU8(this.nLabel, cap, FREE);
    this.nAlive = growU8(this.nAlive, cap);
    this.nHead = growI32(this.nHead, cap, NONE);
    this.nDeg = growI32(this.nDeg, cap);
    this.nAdjVer = growI32(this.nAdjVer, cap);
    this.nOff = growI32(this.nOff, cap);
    this.nLen = growI32(this.nLen, cap);
    this.nCap = growI32(this.nCap, cap);
  }

  // ---- the source arena of MULTI_SAME nodes ----

  /** The sources of a MULTI_SAME node, in source-id order. */
  sameSrcs(idx: number): number[] {
    const o = this.nOff[idx]!;
    return Array.from(this.sArena.subarray(o, o + this.nLen[idx]!));
  }

  /** A new run for node idx holding `srcs` (sorted), room for more. */
  setSameSrcs(idx: number, srcs: ArrayLike<number>): void {
    const n = srcs.length;
    const cap = Math.max(4, n + (n >> 1));
    const o = this.arenaAlloc(cap);
    for (let i = 0; i < n; i++) this.sArena[o + i] = srcs[i]!;
    this.nOff[idx] = o;
    this.nLen[idx] = n;
    this.nCap[idx] = cap;
  }

  private arenaAlloc(cap: number): number {
    const o = this.sArenaHigh;
    if (o + cap > this.sArena.length) this.sArena = growI32(this.sArena, capacity(this.sArena.length, o + cap));
    this.sArenaHigh = o + cap;
    return o;
  }

  private arenaFree(idx: number): void {
    this.sArenaGarbage += this.nCap[idx]!;
    this.nOff[idx] = 0;
    this.nLen[idx] = 0;
    this.nCap[idx] = 0;
  }

  /** srcAt over a MULTI_SAME node's run. */
  private sameAt(idx: number, s: number): number {
    const a = this.sArena;
    const o = this.nOff[idx]!;
    const n = this.nLen[idx]!;
    const rank = this.ranks();
    const key = rank[s]!;
    if (n > 0) {
      const last = a[o + n - 1]!;
      if (last === s) return n - 1;
      if (rank[last]! < key) return -n - 1;
    }
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const x = a[o + mid]!;
      if (x === s) return mid;
      if (rank[x]! < key) lo = mid + 1;
      else hi = mid;
    }
    return -lo - 1;
  }

  private sameInsert(idx: number, pos: number, s: number): void {
    let o = this.nOff[idx]!;
    const n = this.nLen[idx]!;
    if (n === this.nCap[idx]!) {
      const cap = n * 2;
      const no = this.arenaAlloc(cap);
      this.sArena.copyWithin(no, o, o + n);
      this.sArenaGarbage += n;
      this.nOff[idx] = o = no;
      this.nCap[idx] = cap;
    }
    const a = this.sArena;
    if (pos < n) a.copyWithin(o + pos + 1, o + pos, o + n);
    a[o + pos] = s;
    this.nLen[idx] = n + 1;
  }

  /** Rewrite the arena without garbage once most of it is (O(arena)). */
  private maybeCompactArena(): void {
    if (this.sArenaGarbage < 1 << 16 || this.sArenaGarbage * 2 < this.sArenaHigh) return;
    let size = 0;
    for (let i = 0; i < this.nodeHigh; i++) if (this.nSrc[i] === MULTI_SAME) size += this.nCap[i]!;
    const b = new Int32Array(capacity(0, size));
    let o = 0;
    for (let i = 0; i < this.nodeHigh; i++) {
      if (this.nSrc[i] !== MULTI_SAME) continue;
      const from = this.nOff[i]!;
      b.set(this.sArena.subarray(from, from + this.nLen[i]!), o);
      this.nOff[i] = o;
      o += this.nCap[i]!;
    }
    this.sArena = b;
    this.sArenaHigh = o;
    this.sArenaGarbage = 0;
  }

  private touchNode(idx: number): void {
    if (this.nTouch[idx] === this.epoch) return;
    this.nTouch[idx] = this.epoch;
    this.tList.push(idx);
    this.tBefore.push(this.nodeObj[idx] ?? null);
  }

  /** Position of source s in a srcs list sorted by source id (binary search). */
  private srcPos(srcs: number[], s: number): { i: number; found: boolean } {
    const k = this.srcAt(srcs, s);
    return k >= 0 ? { i: k, found: true } : { i: -k - 1, found: false };
  }

  /**
   * srcPos without an object per call (10⁷ node statements at 10⁶ nodes): the index when found,
   * else -(insertion point) - 1. The last source is checked first (commits come in id order often).
   */
  private srcAt(srcs: number[], s: number): number {
    const n = srcs.length;
    const rank = this.ranks();
    const key = rank[s]!;
    if (n > 0) {
      const last = srcs[n - 1]!;
      if (last === s) return n - 1;
      if (rank[last]! < key) return -n - 1;
    }
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const x = srcs[mid]!;
      if (x === s) return mid;
      if (rank[x]! < key) lo = mid + 1;
      else hi = mid;
    }
    return -lo - 1;
  }

  private setNodeContrib(idx: number, s: number, v: GraphNode): void {
    this.touchNode(idx);
    const cur = this.nSrc[idx]!;
    if (cur === NONE || cur === s) {
      this.nSrc[idx] = s;
      this.nodeObj[idx] = keepNode(v);
      return;
    }
    let m: NodeMulti;
    if (cur === MULTI) m = this.nMulti.get(idx)!;
    else {
      const stored = this.nodeObj[idx]!;
      const equal = nodesEqual(stored, v);
      if (cur === MULTI_SAME) {
        if (equal) {
          const k = this.sameAt(idx, s);
          if (k < 0) this.sameInsert(idx, -k - 1, s);
          return;
        }
        // The first disagreeing statement: every source so far stated `stored`.
        const srcs = this.sameSrcs(idx);
        this.arenaFree(idx);
        m = { srcs, vals: srcs.map(() => stored), same: true };
      } else {
        if (equal) {
          this.nSrc[idx] = MULTI_SAME;
          const rank = this.ranks();
          this.setSameSrcs(idx, rank[cur]! < rank[s]! ? [cur, s] : [s, cur]);
          return;
        }
        m = { srcs: [cur], vals: [stored], same: true };
      }
      this.nMulti.set(idx, m);
      this.nSrc[idx] = MULTI;
    }
    if (m.agg) {
      this.setNodeContribAgg(idx, m, m.agg, s, v);
      return;
    }
    let val: GraphNode | null = null;
    for (const x of m.vals) {
      if (nodesEqual(x, v)) {
        val = x;
        break;
      }
    }
    val ??= keepNode(v);
    const k = this.srcAt(m.srcs, s);
    const wasSame = m.same;
    if (k >= 0) m.vals[k] = val;
    else if (-k - 1 === m.srcs.length) {
      m.srcs.push(s);
      m.vals.push(val);
    } else {
      m.srcs.splice(-k - 1, 0, s);
      m.vals.splice(-k - 1, 0, val);
    }
    if (m.same) m.same = m.vals[0] === val && m.vals[m.vals.length - 1] === val;
    if (m.srcs.length >= AGG_MIN.nodes) {
      m.agg = NodeAgg.of(m.srcs, m.vals, this.orderOf(m.srcs));
      m.same = false;
    } else if (wasSame && m.same) {
      // One more statement of the value every source states: the merged node is that value,
      // already in nodeObj (or merged at finishNodes when marked earlier in this apply).
      return;
    }
    this.tNodeMultiDirty.add(idx);
  }

  /** A statement of a node stated by many sources: the aggregate takes it in O(statement). */
  private setNodeContribAgg(idx: number, m: NodeMulti, agg: NodeAgg, s: number, v: GraphNode): void {
    const p = this.srcPos(m.srcs, s);
    // Most statements equal a neighbour's (or the first): checked before building a key.
    const val = agg.intern(v, [m.vals[p.i], m.vals[p.i - 1], m.vals[0]]);
    let changed = p.i === 0; // the first statement names and labels the node
    if (p.found) {
      const old = m.vals[p.i]!;
      if (old === val) return;
      changed = agg.remove(s, old, p.i + 1, m.vals.length, (i) => m.srcs[i]!, (i) => m.vals[i]!) || changed;
      m.vals[p.i] = val;
    } else {
      m.srcs.splice(p.i, 0, s);
      m.vals.splice(p.i, 0, val);
    }
    changed = agg.add(s, val, this.orderOf(m.srcs)) || changed;
    if (changed) this.tNodeMultiDirty.add(idx);
  }

  private removeNodeContrib(idx: number, s: number): void {
    this.touchNode(idx);
    const cur = this.nSrc[idx]!;
    if (cur === s) {
      this.nSrc[idx] = NONE;
      this.nodeObj[idx] = null;
      return;
    }
    if (cur === MULTI_SAME) {
      // The merged value is every remaining source's statement: unchanged.
      const k = this.sameAt(idx, s);
      if (k < 0) return;
      const o = this.nOff[idx]!;
      const n = this.nLen[idx]! - 1;
      this.sArena.copyWithin(o + k, o + k + 1, o + n + 1);
      this.nLen[idx] = n;
      if (n === 1) {
        this.nSrc[idx] = this.sArena[o]!;
        this.arenaFree(idx);
      }
      return;
    }
    if (cur !== MULTI) return;
    const m = this.nMulti.get(idx)!;
    const p = this.srcPos(m.srcs, s);
    if (!p.found) return;
    const old = m.vals[p.i]!;
    m.srcs.splice(p.i, 1);
    m.vals.splice(p.i, 1);
    if (m.agg && m.srcs.length > 1) {
      const changed = m.agg.remove(s, old, p.i, m.vals.length, (i) => m.srcs[i]!, (i) => m.vals[i]!);
      if (changed || p.i === 0) this.tNodeMultiDirty.add(idx);
      return;
    }
    if (m.srcs.length === 1) {
      this.nMulti.delete(idx);
      this.nSrc[idx] = m.srcs[0]!;
      this.nodeObj[idx] = m.vals[0]!;
      this.tNodeMultiDirty.delete(idx);
    } else this.tNodeMultiDirty.add(idx);
  }

  private mergeMultiNode(m: NodeMulti): GraphNode {
    // Equal values share an object: merge each distinct value once, in source order.
    const v0 = m.vals[0]!;
    if (m.agg) return m.agg.distinct === 1 ? v0 : m.agg.merged(v0, this.orderOf(m.srcs), (i) => m.vals[i]!, NO_ALIASES);
    if (m.same) return v0;
    let same = true;
    for (let i = 1; i < m.vals.length && same; i++) same = m.vals[i] === v0;
    m.same = same;
    if (same) return v0;
    const distinct: GraphNode[] = [];
    const seen = new Set<GraphNode>();
    for (const v of m.vals) {
      if (seen.has(v)) continue;
      seen.add(v);
      distinct.push(v);
    }
    const merged = mergeNodes(distinct);
    if (merged.aliases.length === 0) merged.aliases = NO_ALIASES;
    return merged;
  }

  /** Merge dirty multi-source nodes, then account for every touched node's change. */
  private finishNodes(): void {
    for (const idx of this.tNodeMultiDirty) {
      const m = this.nMulti.get(idx);
      if (m) this.nodeObj[idx] = this.mergeMultiNode(m);
    }
    this.tNodeMultiDirty.clear();
    for (let k = 0; k < this.tList.length; k++) {
      const idx = this.tList[k]!;
      const before = this.tBefore[k]!;
      const after = this.nodeObj[idx] ?? null;
      if (before === after) continue;
      if (before) this.labelCount[LABEL_INDEX.get(before.label)!]!--;
      if (after) this.labelCount[LABEL_INDEX.get(after.label)!]!++;
      this.nLabel[idx] = after ? LABEL_INDEX.get(after.label)! : FREE;
      if (!before !== !after) this.setAlive(idx, after ? 1 : 0);
      if (!after) this.tFreeCandidates.push(idx);
      for (const l of this.listeners) l(idx, before, after);
    }
    this.tList = [];
    this.tBefore = [];
  }

  /** Alive transitions change the visibility of incident edges: keep the counters exact. */
  private setAlive(u: number, alive: 0 | 1): void {
    this.nAlive[u] = alive;
    this.aliveNodes += alive ? 1 : -1;
    const d = alive ? 1 : -1;
    for (let h = this.nHead[u]!; h !== NONE; h = this.hNext[h]!) {
      const j = h >> 1;
      const other = h & 1 ? this.eS[j]! : this.eT[j]!;
      if (other === u) {
        // A self-loop is listed twice; it is visible exactly when u is alive.
        if (h & 1) continue;
        this.visibleEdges += d;
        this.typeCount[this.eType[j]!]! += d;
      } else if (this.nAlive[other] === 1) {
        this.visibleEdges += d;
        this.typeCount[this.eType[j]!]! += d;
      }
    }
  }

  private freeUnusedNodes(): void {
    for (const idx of this.tFreeCandidates) {
      const id = this.nodeIds[idx];
      if (id === null || id === undefined) continue;
      if (this.nodeObj[idx] || this.nSrc[idx] !== NONE || this.nDeg[idx]! > 0) continue;
      this.nodeIndex.delete(id);
      this.nodeIds[idx] = null;
      this.nodeObj[idx] = null;
      this.nAdjVer[idx]!++;
      this.nodeFree.push(idx);
    }
    this.tFreeCandidates = [];
  }

  // ---- edges ----

  private allocEdge(): number {
    const j = this.edgeFree.pop() ?? this.edgeHigh++;
    if (j >= this.eType.length) this.growEdges(j + 1);
    this.eType[j] = FREE;
    this.eSrc[j] = NONE;
    this.eS[j] = NONE;
    this.eT[j] = NONE;
    this.eProps[j] = EMPTY_PROPS;
    this.evCount[j] = 0;
    return j;
  }

  growEdges(n: number): void {
    const cap = capacity(this.eType.length, n);
    this.eStamp = growI32(this.eStamp, cap);
    this.eType = growU8(this.eType, cap, FREE);
    this.eS = growI32(this.eS, cap, NONE);
    this.eT = growI32(this.eT, cap, NONE);
    this.eSrc = growI32(this.eSrc, cap, NONE);
    this.evFirst = growI32(this.evFirst, cap);
    this.evCount = growI32(this.evCount, cap);
    this.hNext = growI32(this.hNext, 2 * cap, NONE);
    this.hPrev = growI32(this.hPrev, 2 * cap, NONE);
  }

  private columnsVal(j: number): EdgeVal {
    return {
      type: REL_TYPES[this.eType[j]!]!,
      source: this.nodeIds[this.eS[j]!]!,
      target: this.nodeIds[this.eT[j]!]!,
      properties: this.eProps[j]!,
      evidence: this.evidenceOf(j),
    };
  }

  /** The single contribution of an edge: a value set in this apply, or the columns. */
  private singleVal(j: number): EdgeVal {
    return this.tEdgeStash.get(j) ?? this.columnsVal(j);
  }

  private setEdgeContrib(j: number, s: number, v: EdgeVal): void {
    this.tEdges.add(j);
    const cur = this.eSrc[j]!;
    if (cur === NONE || cur === s) {
      this.eSrc[j] = s;
      this.tEdgeStash.set(j, v);
      return;
    }
    let m: EdgeMulti;
    if (cur === MULTI) m = this.eMulti.get(j)!;
    else {
      m = { srcs: [cur], vals: [this.singleVal(j)] };
      this.eMulti.set(j, m);
      this.eSrc[j] = MULTI;
      this.tEdgeStash.delete(j);
    }
    const p = this.srcPos(m.srcs, s);
    m.evidence = undefined;
    if (p.found) {
      m.vals[p.i] = v;
      m.agg = null; // a replaced contribution cannot be taken out of the aggregate
    } else {
      m.srcs.splice(p.i, 0, s);
      m.vals.splice(p.i, 0, v);
      if (m.agg && !m.agg.add(s, v, this.orderOf(m.srcs))) m.agg = null;
    }
  }

  private removeEdgeContrib(j: number, s: number): void {
    const cur = this.eSrc[j]!;
    if (cur === s) {
      this.tEdges.add(j);
      this.eSrc[j] = NONE;
      this.tEdgeStash.delete(j);
      return;
    }
    if (cur !== MULTI) return;
    const m = this.eMulti.get(j)!;
    const p = this.srcPos(m.srcs, s);
    if (!p.found) return;
    this.tEdges.add(j);
    m.srcs.splice(p.i, 1);
    m.vals.splice(p.i, 1);
    m.evidence = undefined;
    m.agg = null;
    if (m.srcs.length === 1) {
      this.eMulti.delete(j);
      this.eSrc[j] = m.srcs[0]!;
      this.tEdgeStash.set(j, m.vals[0]!);
    }
  }

  private finishEdges(): void {
    for (const j of this.tEdges) {
      const cur = this.eSrc[j]!;
      let merged: EdgeVal | null;
      if (cur === NONE) merged = null;
      else if (cur === MULTI) {
        // Type and endpoints from the first contribution (mergeEdges); evidence merged when read.
        const m = this.eMulti.get(j)!;
        const first = m.vals[0]!;
        const props = this.multiProps(j, m, false);
        this.writeEdge(j, { type: first.type, source: first.source, target: first.target, properties: props ?? EMPTY_PROPS, evidence: [] }, m);
        if (props) this.staleEdges.delete(j);
        else this.staleEdges.add(j);
        continue;
      } else {
        const v = this.tEdgeStash.get(j);
        if (!v) continue; // single contribution unchanged
        merged = { ...v, evidence: dedupeEvidence(v.evidence) };
      }
      this.writeEdge(j, merged);
    }
    this.tEdges.clear();
    this.tEdgeStash.clear();
  }

  /** The id of slot j as stored now (exception map or derived from the columns). */
  private currentId(j: number): string {
    return this.excId.get(j) ?? this.edgeIdOf(j);
  }

  private writeEdge(j: number, v: EdgeVal | null, multi?: EdgeMulti): void {
    const id = this.currentId(j);
    const linked = this.eType[j] !== FREE;
    const type = v ? TYPE_INDEX.get(v.type)! : FREE;
    const s = v ? (this.nodeIndex.get(v.source) ?? this.allocNode(v.source)) : NONE;
    const t = v ? (this.nodeIndex.get(v.target) ?? this.allocNode(v.target)) : NONE;
    const same = linked && v !== null && this.eType[j] === type && this.eS[j] === s && this.eT[j] === t;
    if (linked && !same) this.unlink(j);
    this.staleEdges.delete(j);
    if (!v) {
      this.excId.delete(j);
      this.excIndex.delete(id);
      this.eSrc[j] = NONE;
      this.eProps[j] = EMPTY_PROPS;
      this.ev.garbageRows += this.evCount[j]!;
      this.evCount[j] = 0;
      this.edgeFree.push(j);
      return;
    }
    this.eProps[j] = v.properties;
    if (multi) this.dropMultiRows(j, multi);
    else this.setEvidence(j, v.evidence, this.recent);
    if (same) return;
    this.eType[j] = type;
    this.eS[j] = s;
    this.eT[j] = t;
    // Keep the id: stored only when it is not the derived one.
    const derived = edgeId(v.type, v.source, v.target);
    if (derived === id) {
      if (this.excId.delete(j)) this.excIndex.delete(id);
    } else {
      this.excId.set(j, id);
      this.excIndex.set(id, j);
    }
    this.link(j);
  }

  private link(j: number): void {
    const s = this.eS[j]!;
    const t = this.eT[j]!;
    this.pushHalf(2 * j, s);
    this.pushHalf(2 * j + 1, t);
    if (!this.excId.has(j)) this.keys.add(j);
    if (this.nAlive[s] === 1 && this.nAlive[t] === 1) {
      this.visibleEdges++;
      this.typeCount[this.eType[j]!]!++;
    }
  }

  private unlink(j: number): void {
    const s = this.eS[j]!;
    const t = this.eT[j]!;
    if (!this.excId.has(j)) this.keys.remove(j);
    if (this.nAlive[s] === 1 && this.nAlive[t] === 1) {
      this.visibleEdges--;
      this.typeCount[this.eType[j]!]!--;
    }
    this.dropHalf(2 * j, s);
    this.dropHalf(2 * j + 1, t);
    this.eType[j] = FREE;
    this.tFreeCandidates.push(s, t);
  }

  private pushHalf(h: number, u: number): void {
    const head = this.nHead[u]!;
    this.hNext[h] = head;
    this.hPrev[h] = NONE;
    if (head !== NONE) this.hPrev[head] = h;
    this.nHead[u] = h;
    this.nDeg[u]!++;
    this.nAdjVer[u]!++;
  }

  private dropHalf(h: number, u: number): void {
    const prev = this.hPrev[h]!;
    const next = this.hNext[h]!;
    if (prev !== NONE) this.hNext[prev] = next;
    else this.nHead[u] = next;
    if (next !== NONE) this.hPrev[next] = prev;
    this.hNext[h] = NONE;
    this.hPrev[h] = NONE;
    this.nDeg[u]!--;
    this.nAdjVer[u]!++;
  }

  // =============================================================================================
  // bulk (snapshot load): the snapshot reader fills columns directly, then calls these.

  /** Rebuild incidence lists and counters from the edge columns and node values. */
  rebuildAfterLoad(): void {
    this.nHead.fill(NONE, 0, this.nodeHigh);
    this.nDeg.fill(0, 0, this.nodeHigh);
    this.aliveNodes = 0;
    this.labelCount.fill(0);
    for (let idx = 0; idx < this.nodeHigh; idx++) {
      const n = this.nodeObj[idx];
      if (this.nodeIds[idx] === null) {
        this.nodeFree.push(idx);
        continue;
      }
      this.nodeIndex.set(this.nodeIds[idx]!, idx);
      if (n) {
        const l = LABEL_INDEX.get(n.label)!;
        this.nLabel[idx] = l;
        this.nAlive[idx] = 1;
        this.aliveNodes++;
        this.labelCount[l]!++;
      } else {
        this.nLabel[idx] = FREE;
        this.nAlive[idx] = 0;
      }
    }
    this.visibleEdges = 0;
    this.typeCount.fill(0);
    for (let j = this.edgeHigh - 1; j >= 0; j--) {
      if (this.eType[j] === FREE) {
        this.edgeFree.push(j);
        continue;
      }
      this.link(j);
    }
    for (const [j, id] of this.excId) this.excIndex.set(id, j);
    for (let s = 0; s < this.sources.length; s++) {
      const info = this.sources[s];
      if (info) this.sourceIndex.set(info.id, s);
      else this.sourceFree.push(s);
    }
    this.tFreeCandidates = [];
    this.version++;
  }
}


export { type Label };
