// The curated store: any GraphStore adapter seen through its curation log, behind the same port.
//
// Reads go through a CuratedView (view.ts) of the inner store and the folded log (overlay.ts);
// documents are written to the inner store as before. Curation changes are validated against
// the graph as it reads now (changes.ts), folded, and appended to the inner store's log (one
// record per change, durable before the change is visible). The log is the inner store's own
// contribution, so re-ingesting documents never undoes a change.
import type { EncodedBatch } from '../../batch-codec.ts';
import { randomUUID } from 'node:crypto';
import { KgError } from '../../errors.ts';
import type { GraphBatch } from '../../model.ts';
import {
  parseCurationRecord,
  type ChangeFilter,
  type ChangePage,
  type CurationActor,
  type CurationInput,
  type CurationRecord,
  type CurationResult,
  type CurationService,
  type NewCurationRecord,
} from '../curation.ts';
import type { EdgeQuery, GraphStore, ListOptions, NeighborhoodOptions, SearchOptions } from '../port.ts';
import { afterOf, buildChange, currentOf } from './changes.ts';
import { Overlay } from './overlay.ts';
import { CuratedView, type ViewCache } from './view.ts';

export interface CuratedStoreOptions {
  /**
   * Re-read the log at most this often (ms) on reads: for stores other processes also curate
   * (several servers on one Neo4j). 0 (the default) never re-reads: the embedded store has one
   * writer per data directory, and every change of this process goes through this object.
   */
  refreshMs?: number;
  now?: () => Date;
  newId?: () => string;
}

type Describable = { describe?(): string; migrate?(): Promise<void>; warnings?(): string[]; startFollowing?(): void };

const NO_DOCS: ReadonlySet<string> = new Set();
export const MAX_CHANGES_PAGE = 500;

export class CuratedStore implements GraphStore, CurationService {
  private _ov: Overlay;
  private docs: Set<string> | null = null;
  /** Derived reads of the current overlay over the current inner graph; dropped when either changes. */
  private viewCache: ViewCache = {};
  private lastRefresh = Date.now();
  private writeChain: Promise<unknown> = Promise.resolve();
  private readonly refreshMs: number;
  private readonly now: () => Date;
  private readonly newId: () => string;

  private constructor(
    readonly inner: GraphStore,
    records: CurationRecord[],
    options: CuratedStoreOptions,
  ) {
    this._ov = new Overlay(records);
    this.refreshMs = options.refreshMs ?? 0;
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? (() => `chg:${randomUUID()}`);
  }

  static async open(inner: GraphStore, options: CuratedStoreOptions = {}): Promise<CuratedStore> {
    const store = new CuratedStore(inner, await inner.readCuration(), options);
    // The documents as they are now: the first periodic refresh compares against these, not against
    // nothing (it took the whole list for another process's writes and moved the version once,
    // ~refreshMs after open, so every per-version cache was built twice after a start).
    if (store.refreshMs > 0) store.docsPrint = await store.documentsPrint();
    return store;
  }

  describe(): string {
    return (this.inner as GraphStore & Describable).describe?.() ?? 'graph store';
  }

  /** Present when the inner store has a schema to apply (Neo4j). */
  get migrate(): (() => Promise<void>) | undefined {
    const inner = this.inner as GraphStore & Describable;
    return inner.migrate ? () => inner.migrate!() : undefined;
  }

  /** The adapter's open-time warnings (embedded: quarantined batch files). */
  get warnings(): (() => string[]) | undefined {
    const inner = this.inner as GraphStore & Describable;
    return inner.warnings ? () => inner.warnings!() : undefined;
  }

  /** Follow other processes' commits where the adapter does (embedded); the overlay refresh sees them. */
  get startFollowing(): (() => void) | undefined {
    const inner = this.inner as GraphStore & Describable;
    return inner.startFollowing ? () => inner.startFollowing!() : undefined;
  }

  /** The folded log (for tests and the review queue). */
  get overlay(): Overlay {
    return this._ov;
  }

  private get ov(): Overlay {
    return this._ov;
  }

  private set ov(o: Overlay) {
    this._ov = o;
    this.viewCache = {};
    this.generation++;
  }

  /** The inner graph changed (a document written here, or another process's writes seen on refresh). */
  private innerChanged(): void {
    this.docs = null;
    this.viewCache = {};
    this.epoch++;
    this.generation++;
  }

  /** Changes of the overlay and of the inner graph seen here; with the inner store's generation, dataGeneration. */
  private generation = 0;
  private innerGeneration: number | undefined;

  /** The inner store moved (e.g. it followed another process's commit): derived reads are stale now. */
  private async checkInner(): Promise<number | undefined> {
    const g = await this.inner.dataGeneration?.();
    if (g !== this.innerGeneration) {
      if (this.innerGeneration !== undefined) this.innerChanged();
      this.innerGeneration = g;
    }
    return g;
  }

  /**
   * The inner store's generation plus the changes seen here (curation, other processes' documents
   * and records found by the periodic refresh). Both only grow, and every change grows one.
   * Undefined when the inner store has none.
   */
  async dataGeneration(): Promise<number> {
    await this.refresh();
    const g = await this.checkInner();
    return g === undefined ? Number.NaN : g + this.generation;
  }

  private epoch = 0;
  private docsPrint = '';
  private readonly instance = randomUUID().slice(0, 8);

  async graphVersion(): Promise<string> {
    await this.refresh();
    return `${this.instance}:${this.epoch}:${this._ov.records[this._ov.records.length - 1]?.seq ?? 0}`;
  }

  private serialise<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.writeChain.then(fn, fn);
    this.writeChain = run.catch(() => undefined);
    return run;
  }

  /** Catch up with records other processes appended (force: before a write). */
  private async refresh(force = false): Promise<void> {
    if (!force && (this.refreshMs <= 0 || Date.now() - this.lastRefresh < this.refreshMs)) return;
    this.lastRefresh = Date.now();
    const last = this.ov.records[this.ov.records.length - 1]?.seq ?? 0;
    const more = await this.inner.readCuration(last);
    if (more.length > 0) this.ov = new Overlay([...this.ov.records, ...more]);
    if (this.refreshMs > 0) {
      // Another process may have written documents: the inner graph changed if its records did.
      const print = await this.documentsPrint();
      if (print !== this.docsPrint) {
        this.docsPrint = print;
        this.innerChanged();
      }
    }
  }

  /** What the periodic refresh compares to see another process's documents: ids and source hashes. */
  private async documentsPrint(): Promise<string> {
    return (await this.inner.listDocumentRecords()).map((d) => `${d.documentId}\u0000${d.sourceHash}`).join('\n');
  }

  private async documents(): Promise<Set<string>> {
    if (!this.docs) this.docs = new Set((await this.inner.listDocumentRecords()).map((d) => d.documentId));
    return this.docs;
  }

  private async view(ov?: Overlay): Promise<CuratedView> {
    if (!ov) await this.refresh();
    await this.checkInner();
    const o = ov ?? this.ov;
    return new CuratedView(this.inner, o, o.empty ? NO_DOCS : await this.documents(), ov ? undefined : this.viewCache);
  }

  // ---- GraphStore: writes go to the inner store --------------------------------------------

  async replaceDocument(batch: GraphBatch, encoded?: EncodedBatch): Promise<void> {
    await this.inner.replaceDocument(batch, encoded);
    this.innerChanged();
  }

  async removeDocument(documentId: string): Promise<boolean> {
    const removed = await this.inner.removeDocument(documentId);
    this.innerChanged();
    return removed;
  }

  listDocumentRecords() {
    return this.inner.listDocumentRecords();
  }

  // ---- GraphStore: reads through the overlay -----------------------------------------------

  async getNodes(ids: string[]) {
    return (await this.view()).getNodes(ids);
  }
  async getEdges(ids: string[]) {
    return (await this.view()).getEdges(ids);
  }
  async edgesOf(query: EdgeQuery) {
    return (await this.view()).edgesOf(query);
  }
  async countEdges(query: EdgeQuery) {
    return (await this.view()).countEdges(query);
  }
  async search(text: string, options?: SearchOptions) {
    return (await this.view()).search(text, options);
  }
  async listNodes(options: ListOptions) {
    return (await this.view()).listNodes(options);
  }
  async neighborhood(ids: string[], options?: NeighborhoodOptions) {
    return (await this.view()).neighborhood(ids, options);
  }
  async shortestPaths(from: string, to: string, options?: { maxLength?: number; first?: number }) {
    return (await this.view()).shortestPaths(from, to, options);
  }
  async stats() {
    return (await this.view()).stats();
  }
  async exportGraph() {
    return (await this.view()).exportGraph();
  }
  ping() {
    return this.inner.ping();
  }
  async close() {
    await this.writeChain;
    await this.inner.close();
  }

  // ---- the log -------------------------------------------------------------------------------

  readCuration(afterSeq?: number): Promise<CurationRecord[]> {
    return this.inner.readCuration(afterSeq);
  }

  /** Append a record made elsewhere (validated; folded at once). */
  appendCuration(record: NewCurationRecord): Promise<CurationRecord> {
    return this.serialise(async () => {
      await this.refresh(true);
      const rec = parseCurationRecord(record, `record ${String((record as { id?: unknown }).id)}`);
      if (this.ov.byId.has(rec.id)) throw new KgError('CONFLICT', `更改已存在 / change ${rec.id} is already in the log`);
      const { seq: _seq, ...rest } = rec;
      const stored = await this.inner.appendCuration(rest);
      this.ov = new Overlay([...this.ov.records, stored]);
      return stored;
    });
  }

  // ---- CurationService ------------------------------------------------------------------------

  curate(input: CurationInput, actor: CurationActor): Promise<CurationResult> {
    const name = actor.name.trim();
    if (!name) return Promise.reject(new KgError('UNAUTHENTICATED', '需要登录 / sign in to change the graph'));
    return this.serialise(async () => {
      await this.refresh(true);
      const ov = this.ov;
      const view = await this.view(ov);
      const draft = await buildChange(input, { view, ov, actor: { name }, id: this.newId(), at: this.now().toISOString() });
      const nextSeq = (ov.records[ov.records.length - 1]?.seq ?? 0) + 1;
      // Fold the change to read the fact after it; then make it durable, then visible.
      const candidate = new Overlay([...ov.records, { ...draft, seq: nextSeq }]);
      // A merge the fold had to ignore (it would close a cycle: A into B while B reads as A, or
      // redoing such a merge) is refused rather than recorded.
      for (const r of candidate.records) {
        if (r.op === 'merge' && candidate.isActive(r.id) && candidate.merges.get(r.target)?.id !== r.id) {
          throw new KgError('BAD_USER_INPUT', `合并会形成环 / the merge would make a cycle (${r.target} → ${r.into})`, { details: { field: 'into' } });
        }
      }
      const afterView = await this.view(candidate);
      const undone = draft.op === 'undo' || draft.op === 'split' ? ov.byId.get(draft.target) : undefined;
      const after = await afterOf(afterView, draft, undone);
      const stored = await this.inner.appendCuration({ ...draft, after });
      this.ov = new Overlay([...ov.records, stored]);
      return { record: stored, ...(await this.factOf(stored)) };
    });
  }

  /** The node and edge a change is about, as they read now. */
  private async factOf(r: CurationRecord): Promise<Pick<CurationResult, 'node' | 'edge'>> {
    const view = await this.view();
    const snap = r.after ?? (r.op === 'undo' || r.op === 'split' ? await currentOf(view, this.ov.byId.get(r.target)!) : null);
    const nodeId = snap?.node?.id ?? (r.kind === 'node' ? (r.into ?? r.target) : null);
    const edgeId = snap?.edge?.id ?? null;
    const [node] = nodeId ? await view.getNodes([nodeId]) : [null];
    const [edge] = edgeId ? await view.getEdges([edgeId]) : [null];
    return { node: node ?? null, edge: edge ?? null };
  }

  async changes(filter: ChangeFilter): Promise<ChangePage> {
    await this.refresh();
    const first = Math.max(0, Math.min(MAX_CHANGES_PAGE, Math.trunc(filter.first ?? 50)));
    const since = filter.since ? Date.parse(filter.since) : null;
    if (since !== null && Number.isNaN(since)) throw new KgError('BAD_USER_INPUT', `since 不是日期时间 / since is not a date: ${filter.since}`, { details: { field: 'since' } });
    let nodeIds: Set<string> | null = null;
    if (filter.nodeId) nodeIds = new Set(this.ov.innerIds(this.ov.resolve(filter.nodeId)).concat(filter.nodeId));
    const factRecords = filter.factId ? new Set((this.ov.byFact.get(filter.factId) ?? []).map((r) => r.id)) : null;
    const all = this.ov.records.filter(
      (r) =>
        (since === null || Date.parse(r.at) >= since) &&
        (!filter.author || r.author === filter.author) &&
        (!nodeIds || r.nodeIds.some((x) => nodeIds!.has(x))) &&
        (!factRecords || factRecords.has(r.id)),
    );
    all.reverse(); // newest first
    let start = 0;
    if (filter.after) {
      const i = all.findIndex((r) => r.id === filter.after);
      if (i < 0) throw new KgError('BAD_USER_INPUT', `游标无效 / unknown cursor ${filter.after}`, { details: { field: 'after' } });
      start = i + 1;
    }
    return { records: all.slice(start, start + first), totalCount: all.length, hasNextPage: start + first < all.length };
  }

  async changesById(ids: string[]): Promise<(CurationRecord | null)[]> {
    await this.refresh();
    return ids.map((id) => this.ov.byId.get(id) ?? null);
  }

  async undoneBy(id: string): Promise<CurationRecord | null> {
    return this.ov.undoneBy.get(id) ?? null;
  }

  importCuration(records: CurationRecord[]): Promise<{ added: number; skipped: number }> {
    return this.serialise(async () => {
      await this.refresh(true);
      let added = 0;
      let skipped = 0;
      const sorted = [...records].sort((a, b) => a.seq - b.seq);
      const stored: CurationRecord[] = [];
      for (const r of sorted) {
        if (this.ov.byId.has(r.id) || stored.some((s) => s.id === r.id)) {
          skipped++;
          continue;
        }
        const { seq: _seq, ...rest } = r;
        stored.push(await this.inner.appendCuration(rest));
        added++;
      }
      if (stored.length > 0) this.ov = new Overlay([...this.ov.records, ...stored]);
      return { added, skipped };
    });
  }
}
