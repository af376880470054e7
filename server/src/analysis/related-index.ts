// Pre-aggregated hub memberships for relatedEnterprises (issue 15: "top-k over pre-aggregated
// per-hub scores"), one per data generation and confidence threshold.
//
// What relatedEnterprises weighs a tie by is a property of the hub, not of the request: how many
// firms a segment, park or measure has (specificity) and how many firms each of its sentences lists
// (list size). With every firm's strong ties grouped by hub — member, confidence and sentence keys as
// numbers — a request scores every candidate of every context in one numeric pass, without
// materialising an edge or counting a hub, and builds the full answer (reasons, edges, sentences)
// only for the firms it lists. Scores are those of the full expansion (no hub capped), which the
// bounded walk equals within its bounds.
//
// Kept correct on every write, delete and curation by the data generation (the store's
// dataGeneration, which every applied batch, removal and curation change moves): an index answers
// only requests of the generation it was built at. It is built off the request path, through the
// port (so it sees the graph as the curated view reads it), one page of firms per step; requests
// of a generation without a finished index are answered by the walk. A build that sees the
// generation move discards itself.
import { edgeConfidence } from '../basis.ts';
import { edgeId, type Evidence, type GraphNode, type RelType } from '../model.ts';
import { byName } from './common.ts';
import type { GraphStore } from '../store/port.ts';
import { edgesOf, Pace, sortPaced } from './park-world.ts';

/** Hub kinds, as relatedEnterprises' groups: segment (IN_INDUSTRY / INNOVATES_FOR in), park (LOCATED_IN in), measure (MENTIONS out), lab (LEADS in). */
export const HUB_GROUPS = 4;
const GROUP_OF: Partial<Record<RelType, number>> = { IN_INDUSTRY: 0, INNOVATES_FOR: 0, LOCATED_IN: 1, MENTIONS: 2, LEADS: 3 };
export const INDEX_TYPES: RelType[] = ['IN_INDUSTRY', 'INNOVATES_FOR', 'LOCATED_IN', 'MENTIONS', 'LEADS'];
/** Types by index (a tie records its edge's type, for the walk's order on equal weights). */
export const TYPE_NAMES: RelType[] = INDEX_TYPES;

/** One hub's strong Enterprise members, as numbers. */
export interface HubAgg {
  /** Distinct member firms (relatedEnterprises' `members` size). */
  n: number;
  /** Sentence id → distinct member firms whose tie states it (co-listing). */
  coList: Map<number, number>;
  /** Per tie: the member firm's index, its confidence, its type's index, and its sentence ids (keys[keyStart[t] .. keyStart[t+1]]). */
  firm: Int32Array;
  conf: Float64Array;
  type: Uint8Array;
  keyStart: Int32Array;
  keys: Int32Array;
  /** Per tie: the list factor of its first sentence (1/√(n−1) past two co-listed firms, else 1). */
  lf0: Float64Array;
}

export const spanKey = (ev: Evidence) => `${ev.documentId}\u0000${ev.start}\u0000${ev.end}`;

export class RelatedIndex {
  /** Firm id → index; names for the order of equal scores (byName). */
  readonly firmIdx = new Map<string, number>();
  readonly firmIds: string[] = [];
  readonly firmNames: string[] = [];
  /** Per group, hub id → its members. */
  readonly hubs: Map<string, HubAgg>[] = Array.from({ length: HUB_GROUPS }, () => new Map());
  /** Sentence key (document, start, end) → id. */
  readonly sids = new Map<string, number>();
  ties = 0;
  /** Firms in byName order (name by the collator, then id): rank per firm index. */
  nameRank = new Int32Array(0);
  /** Every tie's edge has its derived id (TYPE:source->target): a listed firm's ties are read by id. */
  derivedIds = true;

  constructor(
    readonly generation: number,
    readonly min: number,
  ) {}

  sid(key: string): number {
    return this.sids.get(key) ?? -1;
  }
}

/** Firms read per step of a build (one listNodes page, one edgesOf call). */
const PAGE = 1000;
/**
 * No index over more ties than this; the walk answers instead. Memory is ~200–850 bytes per tie with its
 * sentence keys (measured: +64 MB at the 10⁵ bench graph's 304,559 ties; ~855 bytes per tie retained with
 * three sentences per tie), so the bound keeps one index under ~1 GB.
 */
export const MAX_TIES = 1_000_000;
/**
 * The thresholds an index is kept for: the default (0.5, what users see) and 0 (显示弱关系). A request at any
 * other threshold is answered by the walk, so a client cannot start a build per float it sends.
 */
export const INDEXED_THRESHOLDS: readonly number[] = [0.5, 0];

interface Building {
  firm: number[];
  conf: number[];
  type: number[];
  keys: number[][];
}

/** Builds the index of `store` as it reads now; 'too large' past MAX_TIES ties, null when the generation moved meanwhile. */
export async function buildRelatedIndex(store: GraphStore, generation: number, min: number, yieldStep: () => Promise<void> = () => new Promise((r) => setImmediate(r)), maxTies = MAX_TIES): Promise<RelatedIndex | 'too large' | null> {
  const idx = new RelatedIndex(generation, min);
  // Paced throughout (review17 H5: the aggregation and the name sort after the last page held the
  // event loop for seconds at 10⁵ nodes): a page's edges in chunks (the list one call gives), every
  // loop giving the event loop a turn every few milliseconds.
  const pace = new Pace();
  const acc: Map<string, Building>[] = Array.from({ length: HUB_GROUPS }, () => new Map());
  let after: string | undefined;
  for (;;) {
    const page = await store.listNodes({ label: 'Enterprise', first: PAGE, ...(after ? { after } : {}) });
    const here = new Set<string>();
    for (const n of page.nodes) {
      here.add(n.id);
      if (!idx.firmIdx.has(n.id)) {
        idx.firmIdx.set(n.id, idx.firmIds.length);
        idx.firmIds.push(n.id);
        idx.firmNames.push(n.name);
      }
    }
    if (here.size > 0) {
      const es = await edgesOf(store, [...here], 'both', INDEX_TYPES, pace);
      for (const e of es) {
        if (pace.due()) await pace.pause();
        const g = GROUP_OF[e.type];
        if (g === undefined) continue;
        const member = g === 2 ? e.target : e.source;
        const hub = g === 2 ? e.source : e.target;
        // each tie once: on the page of its member
        if (!here.has(member)) continue;
        if (e.id !== edgeId(e.type, e.source, e.target)) idx.derivedIds = false;
        const conf = edgeConfidence(e.properties);
        if (min > 0 && conf < min) continue;
        // a tie without a sentence (a curator's edge with no source) gives no reason: the walk skips it too
        if (e.evidence.length === 0) continue;
        let b = acc[g]!.get(hub);
        if (!b) acc[g]!.set(hub, (b = { firm: [], conf: [], type: [], keys: [] }));
        b.firm.push(idx.firmIdx.get(member)!);
        b.conf.push(conf);
        b.type.push(INDEX_TYPES.indexOf(e.type));
        b.keys.push(
          e.evidence.map((ev) => {
            const k = spanKey(ev);
            let s = idx.sids.get(k);
            if (s === undefined) idx.sids.set(k, (s = idx.sids.size));
            return s;
          }),
        );
        if (++idx.ties > maxTies) return 'too large';
      }
    }
    if (!page.hasNextPage || page.nodes.length === 0) break;
    after = page.nodes[page.nodes.length - 1]!.id;
    await yieldStep();
  }
  for (let g = 0; g < HUB_GROUPS; g++) {
    for (const [hub, b] of acc[g]!) {
      const m = b.firm.length;
      if (pace.due(m)) await pace.pause();
      const keyStart = new Int32Array(m + 1);
      for (let t = 0; t < m; t++) keyStart[t + 1] = keyStart[t]! + b.keys[t]!.length;
      const keys = new Int32Array(keyStart[m]!);
      const firmsOf = new Set<number>();
      const bySid = new Map<number, Set<number>>();
      for (let t = 0; t < m; t++) {
        const f = b.firm[t]!;
        firmsOf.add(f);
        b.keys[t]!.forEach((s, j) => {
          keys[keyStart[t]! + j] = s;
          (bySid.get(s) ?? bySid.set(s, new Set()).get(s)!).add(f);
        });
      }
      const coList = new Map<number, number>();
      for (const [s, fs] of bySid) coList.set(s, fs.size);
      const lf0 = new Float64Array(m);
      for (let t = 0; t < m; t++) {
        const n = coList.get(keys[keyStart[t]!]!) ?? 1;
        lf0[t] = n > 2 ? 1 / Math.sqrt(n - 1) : 1;
      }
      idx.hubs[g]!.set(hub, { n: firmsOf.size, coList, firm: Int32Array.from(b.firm), conf: Float64Array.from(b.conf), type: Uint8Array.from(b.type), keyStart, keys, lf0 });
    }
    acc[g]!.clear();
  }
  const order = idx.firmIds.map((id, i) => ({ id, name: idx.firmNames[i]!, i }) as GraphNode & { i: number });
  const sorted = await sortPaced(order, byName, pace);
  idx.nameRank = new Int32Array(order.length);
  sorted.forEach((n, r) => (idx.nameRank[n.i] = r));
  if (typeof store.dataGeneration === 'function' && (await store.dataGeneration()) !== generation) return null;
  return idx;
}

/**
 * The indexes of one server: at most one per threshold (the newest generation asked), built in
 * the background when a request asks for a generation that has none.
 */
export class RelatedIndexes {
  static readonly MAX_THRESHOLDS = 2;
  private readonly ready_ = new Map<number, RelatedIndex>();
  private readonly building = new Map<number, { generation: number; done: Promise<void> }>();
  /** Per threshold, the generation whose graph was found too large to index (not tried again in this process). */
  private readonly tooLarge = new Map<number, number>();
  /** Builds started (for tests and the bench). */
  builds = 0;

  constructor(
    private readonly store: GraphStore,
    private readonly options: { enabled?: boolean; preferWalk?: boolean; maxTies?: number } = {},
  ) {}

  /** False: the index answers every request it can, even where the walk caps no hub (tests compare the two). Default true. */
  get preferWalk(): boolean {
    return this.options.preferWalk ?? true;
  }

  /** The index at `generation` and `min` when it is built; else undefined (and a build starts). */
  ready(generation: number, min: number): RelatedIndex | undefined {
    if (this.options.enabled === false || !Number.isFinite(generation) || !INDEXED_THRESHOLDS.includes(min)) return undefined;
    const have = this.ready_.get(min);
    if (have && have.generation === generation) return have;
    // a late request of an older generation starts nothing (its build would be thrown away)
    if (have && have.generation > generation) return undefined;
    // a graph found too large stays with the walk until the process restarts (no rescan per write)
    if (this.tooLarge.has(min)) return undefined;
    // one build at a time, whatever the threshold: the next request after it starts the next one
    if (this.building.size > 0) return undefined;
    this.start(generation, min);
    return undefined;
  }

  /** For /healthz: builds running, and the indexes ready (generation, threshold, ties). */
  stats(): { building: number; builds: number; ready: { generation: number; minConfidence: number; ties: number }[] } {
    return { building: this.building.size, builds: this.builds, ready: [...this.ready_.values()].map((x) => ({ generation: x.generation, minConfidence: x.min, ties: x.ties })) };
  }

  /** Resolves when no build is running (tests, the bench's warm-up): true when it waited for one. */
  async settled(): Promise<boolean> {
    let waited = false;
    while (this.building.size > 0) {
      waited = true;
      await Promise.all([...this.building.values()].map((b) => b.done));
    }
    return waited;
  }

  private start(generation: number, min: number): void {
    this.builds++;
    const done = buildRelatedIndex(this.store, generation, min, undefined, this.options.maxTies)
      .then((idx) => {
        if (idx === 'too large') this.tooLarge.set(min, generation);
        if (!idx || idx === 'too large') return;
        if (!this.ready_.has(min) && this.ready_.size >= RelatedIndexes.MAX_THRESHOLDS) this.ready_.delete(this.ready_.keys().next().value!);
        const cur = this.ready_.get(min);
        if (!cur || cur.generation <= idx.generation) this.ready_.set(min, idx);
      })
      .catch((err: unknown) => {
        // a failed build leaves the walk answering; the next request may try again
        console.error(`relatedEnterprises index build failed: ${err instanceof Error ? err.message : String(err)}`);
      })
      .finally(() => this.building.delete(min));
    this.building.set(min, { generation, done });
  }
}
