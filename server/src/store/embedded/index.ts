// The embedded GraphStore: an in-memory graph persisted crash-safely to a data directory.
// Default store; needs no server. Writes are serialised; each write is durable on disk before
// it becomes visible to readers, so a query sees the graph before or after an ingest, never half.
//
// Pieces: core.ts (the graph in compact form), order.ts (id order), search-index.ts,
// traverse.ts (neighbourhoods and paths), persist.ts (files), lock.ts (one writer per
// directory), snapshot.ts (the materialised graph on disk).
//
// Sharing a data directory: every commit takes the directory's lock, re-reads the manifest and
// first applies what other processes committed, then writes; a server also follows the
// directory (startFollowing) so the CLI's ingests show up without a restart.
//
// Snapshots: after a commit, when the batches written since the last snapshot reach the size of
// those it covers (so snapshot work stays proportional to the data), and on close when they
// reach a tenth of it, the whole graph is written as one snapshot; a restart loads it and
// replays only the batches the manifest changed since.
import { fixPrefixRuns } from './slot-order.ts';
import path from 'node:path';
import type { EncodedBatch } from '../../batch-codec.ts';
import type { GraphBatch, GraphEdge, GraphNode } from '../../model.ts';
import { LABELS, REL_TYPES } from '../../model.ts';
import {
  STORE_LIMITS,
  type DocumentRecord,
  type EdgeQuery,
  type GraphStore,
  type ListOptions,
  type NeighborhoodOptions,
  type NodePage,
  type Path,
  type SearchOptions,
  type Stats,
  type StoreDump,
  type Subgraph,
} from '../port.ts';
import { matchKey } from '../search-rank.ts';
import { isKgError, KgError } from '../../errors.ts';
import { cmp, GraphCore, LABEL_INDEX, NONE, TYPE_INDEX, type SourceInfo } from './core.ts';
import { IdOrder } from './order.ts';
import { SearchIndex, type PostingsData } from './search-index.ts';
import { Traversal, TYPE_RANK } from './traverse.ts';
import { DirLock } from './lock.ts';
import {
  BadFileError,
  DiskLayout,
  MANIFEST_FORMAT,
  batchPath,
  emptyManifest,
  fsyncDir,
  snapshotPath,
  type Manifest,
  type ManifestEntry,
  type PreparedBatch,
  type QuarantineEntry,
  type SnapshotRef,
} from './persist.ts';
import { decodeSnapshot, encodeSnapshot, readSnapshotFile } from './snapshot.ts';

export interface SnapshotPolicy {
  /** No snapshot for less than this many bytes of batches written since the last one. */
  minLogBytes: number;
  /** After a commit: snapshot when the batches since reach this fraction of those covered. */
  afterCommitRatio: number;
  /** On close: the same, with this fraction. */
  onCloseRatio: number;
  /** A write burst (an ingest of many files) snapshots once it pauses this long (0: at once)… */
  idleMs: number;
  /** …or when a snapshot has been due for this long. */
  maxDelayMs: number;
}
import type { CurationRecord, NewCurationRecord } from '../curation.ts';
import { CurationLogFile } from './curation-log.ts';

export interface EmbeddedStoreOptions {
  /** Data directory; created when missing. */
  dir: string;
  /** Named in the lock file while this process commits (default: the command line). */
  command?: string;
  /** How long a commit waits for another process's commit (default KG_LOCK_TIMEOUT_MS or 60 s). */
  lockTimeoutMs?: number;
  /** When to write snapshots (defaults: 8 MB, 1.0, 0.1, 2 s, 15 min; KG_SNAPSHOT_MIN_BYTES overrides the first). */
  snapshot?: Partial<SnapshotPolicy>;
}

/** A source whose batch file could not be loaded: left out of the graph, reported, and quarantined. */
export interface QuarantineReport {
  documentId: string;
  file: string;
  reason: string;
}

/** How the last open went (for logs, tests and the bench). */
export interface LoadInfo {
  fromSnapshot: boolean;
  /** Batches read and applied on top of the snapshot (or all of them without one). */
  replayed: number;
  ms: number;
  /** Why a snapshot on disk was not used, if it was not. */
  snapshotProblem?: string;
}

const FOLLOW_INTERVAL_MS = 1000;

/** The longest pause between writes still counted as part of a burst (snapshot idle test). */
const IDLE_CAP_MS = 30_000;

/** Bounds of one group commit (replaceDocument): documents, and bytes of their batch files. */
export const GROUP_MAX_DOCS = 64;
export const GROUP_MAX_BYTES = 64 << 20;

interface GroupItem {
  batch: GraphBatch;
  prepared: PreparedBatch;
  /** Its batch file, written as soon as it is handed over (commitGroup). */
  written: Promise<void>;
  resolve: () => void;
  reject: (err: unknown) => void;
}

interface CommitGroup {
  items: GroupItem[];
  ids: Set<string>;
  bytes: number;
}

function defaultPolicy(opts: Partial<SnapshotPolicy> | undefined): SnapshotPolicy {
  const env = Number(process.env.KG_SNAPSHOT_MIN_BYTES);
  return {
    minLogBytes: opts?.minLogBytes ?? (Number.isFinite(env) && env >= 0 ? env : 8 << 20),
    afterCommitRatio: opts?.afterCommitRatio ?? 1,
    onCloseRatio: opts?.onCloseRatio ?? 0.1,
    idleMs: opts?.idleMs ?? 2000,
    maxDelayMs: opts?.maxDelayMs ?? 15 * 60_000,
  };
}

/** What a commit changes (commitLocked): documents set or deleted, a new snapshot. */
interface CommitChange<T> {
  set?: Record<string, ManifestEntry>;
  del?: string[];
  orphans: string[];
  apply: () => T;
  snapshot?: SnapshotRef;
  /** The batch directory was fsynced after the change's files were written (commitGroup). */
  batchesSynced?: boolean;
}

export class EmbeddedStore implements GraphStore {
  private core = new GraphCore();
  private order = new IdOrder(this.core);
  private searchIndex = new SearchIndex(this.core, this.order);
  private traversal = new Traversal(this.core);
  private readonly disk: DiskLayout;
  private readonly lock: DirLock;
  private readonly policy: SnapshotPolicy;
  /** What the in-memory graph holds: the manifest's documents as applied here. */
  private manifest: Manifest = emptyManifest();
  /** Bytes of batch files applied since the snapshot this process loaded or wrote. */
  private logBytes = 0;
  /** Bytes of the batch files the current snapshot covers. */
  private coveredBytes = 0;
  private readonly batchBytes = new Map<string, number>();
  private writeChain: Promise<unknown> = Promise.resolve();
  private closed = false;
  private leftoversCollected = false;
  /** Whether the documents in memory are exactly those of the manifest last read or written. */
  private inSync = false;
  /**
   * A document's apply failed part-way in a group commit: memory may hold part of it until the next
   * write re-reads the disk (syncTo). No snapshot is written meanwhile: it would save the half
   * document as whole, and a restart would serve it without replaying its batch.
   */
  private halfApplied = false;
  private followTimer: NodeJS.Timeout | null = null;
  private snapshotTimer: NodeJS.Timeout | null = null;
  /** When the pending snapshot first became due (0: none due). */
  private snapshotDueSince = 0;
  /** Writes queued or running, and when the last one was asked for (the idle test). */
  private writesInFlight = 0;
  /** Smoothed gap between one write's end and the next one's request (idleThresholdMs). */
  private writeGapMs = 0;
  /** The group of documents still open to more (replaceDocument), null when none is. */
  private openGroup: CommitGroup | null = null;
  private lastWriteAt = 0;
  private followedStamp = '';
  private readonly quarantineLog: QuarantineReport[] = [];
  loadInfo: LoadInfo = { fromSnapshot: false, replayed: 0, ms: 0 };
  private snapshotWarning: string | null = null;
  /** Bumped with every change of the in-memory graph or the curation log (GraphStore.dataGeneration). */
  private generation = 0;
  /**
   * Materialised edges of the reads, by slot, for one generation of one core (emptied when either
   * changes, and when full): the same hub's member edges are read by request after request, and
   * materialising one (its id, its evidence rows) was the largest store cost of relatedEnterprises
   * and neighbourhoods at 10⁵ (profiled). Returned objects are shared between reads, like nodes
   * (getNodes answers the core's own node objects): callers do not mutate them.
   */
  private edgeCache = new Map<number, GraphEdge>();
  private edgeCacheKey: { core: GraphCore | null; generation: number } = { core: null, generation: -1 };
  private curationLog!: CurationLogFile;

  private constructor(opts: EmbeddedStoreOptions) {
    this.disk = new DiskLayout(opts.dir);
    const command = opts.command ?? defaultCommand();
    this.lock = new DirLock(opts.dir, command, opts.lockTimeoutMs !== undefined ? { timeoutMs: opts.lockTimeoutMs } : {});
    this.policy = defaultPolicy(opts.snapshot);
  }

  private resetMemory(core = new GraphCore(), order?: Int32Array, search?: PostingsData[]): void {
    this.generation++;
    this.core = core;
    this.order = new IdOrder(core);
    this.searchIndex = new SearchIndex(core, this.order);
    this.traversal = new Traversal(core);
    if (order) this.order.reset(order);
    if (search && search.length > 0) this.searchIndex.importPostings(search);
    else this.searchIndex.rebuild();
    this.batchBytes.clear();
    this.logBytes = 0;
    this.coveredBytes = 0;
    this.manifest = emptyManifest();
  }

  /**
   * Load the store: the snapshot (if the manifest names one and it verifies), then the batches
   * the manifest changed since. Batch files that are missing or fail their checksum do not stop
   * it: the rest loads, and the bad ones are quarantined (moved to DIR/quarantine, dropped from
   * the manifest, listed by `quarantined()`), under the lock, once no concurrent commit explains them.
   */
  static async open(opts: EmbeddedStoreOptions): Promise<EmbeddedStore> {
    const t0 = performance.now();
    const store = new EmbeddedStore(opts);
    let failures: QuarantineReport[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const m = await store.disk.readManifest();
      store.followedStamp = await store.disk.manifestStamp();
      const fromSnapshot = await store.loadSnapshot(m);
      const replayed = { n: 0 };
      failures = await store.syncTo(m, { counter: replayed });
      store.inSync = failures.length === 0;
      if (!fromSnapshot) {
        // A full replay added every node one by one: rebuild the derived indexes in one pass.
        store.order.reset();
        store.searchIndex.rebuild();
      }
      store.loadInfo = { ...store.loadInfo, fromSnapshot, replayed: replayed.n };
      store.quarantineLog.length = 0;
      for (const [documentId, q] of Object.entries(m.quarantined ?? {})) store.quarantineLog.push({ documentId, file: q.file, reason: q.reason });
      if (failures.length === 0) break;
      // A file can vanish because another process committed (and swept) meanwhile: start over.
      await store.disk.readManifest();
      if (!store.disk.manifestChanged) break;
    }
    if (failures.length > 0) {
      try {
        await store.commitLocked(null);
      } catch (err) {
        // The lock is busy: serve what loaded; the next commit quarantines for good.
        if (!(isKgError(err) && err.code === 'STORE_LOCKED')) throw err;
        for (const f of failures) if (!store.quarantineLog.some((q) => q.documentId === f.documentId)) store.quarantineLog.push(f);
      }
    }
    store.loadInfo.ms = Math.round(performance.now() - t0);
    // After a long replay, snapshot now so that the next start is fast (a cache: never fatal).
    if (store.wantsSnapshot(store.policy.afterCommitRatio)) await store.serialise(() => store.trySnapshot());
    store.curationLog = await CurationLogFile.open(opts.dir);
    // A torn last line (a crash mid-append) is cut off when no other process is writing.
    if (await store.lock.tryAcquire()) {
      try {
        await store.curationLog.reload(true);
      } finally {
        await store.lock.release();
      }
    }
    return store;
  }

  /** Load the manifest's snapshot into memory; false (and a fresh, empty graph) without one. */
  private async loadSnapshot(m: Manifest): Promise<boolean> {
    this.resetMemory();
    this.loadInfo = { fromSnapshot: false, replayed: 0, ms: 0 };
    if (!m.snapshot) return false;
    try {
      const buf = await readSnapshotFile(path.join(this.disk.snapshotDir, m.snapshot.file), m.snapshot.sha256);
      const { core, order, search } = decodeSnapshot(buf);
      this.resetMemory(core, order, search);
    } catch (err) {
      // A bad snapshot is only a cache: fall back to the batches.
      if (!(err instanceof BadFileError)) throw err;
      this.resetMemory();
      this.loadInfo.snapshotProblem = err.message;
      return false;
    }
    // What the snapshot holds, as manifest entries (its sources name their batch files).
    const documents: Record<string, ManifestEntry> = {};
    for (const info of this.core.sources) {
      if (!info) continue;
      documents[info.id] = { file: info.file, sha256: info.file.slice(0, 64), sourceHash: info.sourceHash, ...(info.kind !== 'document' ? { kind: info.kind } : {}) };
      this.batchBytes.set(info.id, info.bytes ?? 0);
      this.coveredBytes += info.bytes ?? 0;
    }
    this.manifest = { ...emptyManifest(), documents };
    return true;
  }

  get dir(): string {
    return this.disk.dir;
  }

  describe(): string {
    return `embedded store at ${this.disk.dir}`;
  }

  /** Sources left out of the graph because their batch file was missing or corrupt. */
  quarantined(): QuarantineReport[] {
    return [...this.quarantineLog];
  }

  /** Human-readable warnings for the CLI and the server log (quarantined sources). */
  warnings(): string[] {
    const out = this.quarantineLog.map(
      (q) =>
        `已隔离损坏的数据文件 / quarantined ${q.documentId}: ${q.reason} (file moved to ${this.disk.quarantineDir}; re-ingest the document to restore it)`,
    );
    if (this.snapshotWarning) out.push(this.snapshotWarning);
    if (this.loadInfo.snapshotProblem) out.push(`快照不可用，已从数据文件重建 / snapshot not used, rebuilt from the batch files: ${this.loadInfo.snapshotProblem}`);
    return out;
  }

  /**
   * Pick up what other processes commit to the same directory (a running server sees the CLI's
   * ingests within about a second). Reads only; never waits for or takes the lock.
   */
  startFollowing(intervalMs = FOLLOW_INTERVAL_MS): void {
    if (this.followTimer || this.closed) return;
    this.followTimer = setInterval(() => void this.followOnce().catch(() => undefined), intervalMs);
    this.followTimer.unref();
  }

  /** One follow step: when the manifest changed, apply it (failures are retried next time). */
  async followOnce(): Promise<void> {
    const stamp = await this.disk.manifestStamp();
    if (stamp === this.followedStamp || this.closed) return;
    await this.serialise(async () => {
      const m = await this.disk.readManifest();
      const failures = await this.syncTo(m, { keepOnFailure: true });
      this.inSync = failures.length === 0;
      if (failures.length === 0) this.followedStamp = stamp;
    });
  }

  private serialise<T>(fn: () => Promise<T>): Promise<T> {
    // Whatever is queued after an open group must not be overtaken by documents joining it.
    this.openGroup = null;
    const run = this.writeChain.then(fn, fn);
    this.writeChain = run.catch(() => undefined);
    return run;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('store is closed');
  }

  private sourceInfo(id: string, entry: ManifestEntry, bytes: number): SourceInfo {
    return { id, sourceHash: entry.sourceHash, file: entry.file, kind: entry.kind ?? 'document', bytes };
  }

  private applyBatch(id: string, entry: ManifestEntry, batch: GraphBatch | null, bytes: number, fromDisk = false): void {
    this.generation++;
    if (batch) {
      this.core.apply(this.sourceInfo(id, entry, bytes), batch, { intern: fromDisk });
      this.batchBytes.set(id, bytes);
      this.logBytes += bytes;
    } else {
      this.core.apply(this.sourceInfo(id, entry, 0), null);
      this.batchBytes.delete(id);
    }
  }

  /**
   * Bring the in-memory graph to `target`'s documents: retract what it no longer lists, load
   * what is new or changed. Each document is applied synchronously, so readers never see half
   * of one. Returns the documents whose batch files failed; they are retracted (or, with
   * keepOnFailure, left as they were, to be retried).
   */
  private async syncTo(target: Manifest, opts: { keepOnFailure?: boolean; counter?: { n: number } } = {}): Promise<QuarantineReport[]> {
    const failures: QuarantineReport[] = [];
    const docs = { ...this.manifest.documents };
    for (const id of Object.keys(docs)) {
      if (!target.documents[id]) {
        this.applyBatch(id, docs[id]!, null, 0);
        delete docs[id];
      }
    }
    for (const id of Object.keys(target.documents).sort()) {
      const entry = target.documents[id]!;
      if (docs[id]?.file === entry.file) {
        docs[id] = entry;
        continue;
      }
      try {
        const { batch, bytes } = await this.disk.readBatchSized(id, entry);
        this.applyBatch(id, entry, batch, bytes, true);
        docs[id] = entry;
        if (opts.counter) opts.counter.n++;
      } catch (err) {
        if (!(err instanceof BadFileError)) throw err;
        failures.push({ documentId: id, file: entry.file, reason: err.message });
        if (!opts.keepOnFailure && docs[id]) {
          this.applyBatch(id, docs[id]!, null, 0);
          delete docs[id];
        }
      }
    }
    this.manifest = { ...target, documents: docs };
    return failures;
  }

  /**
   * One commit under the data directory's lock: re-read the manifest, catch up with what other
   * processes committed (quarantining files that fail now that no commit is in flight), then
   * apply `change` (null: only catch up and persist quarantines) and commit. Only the files this
   * commit orphans are deleted.
   */
  private async commitLocked<T>(
    change: ((onDisk: Manifest) => Promise<CommitChange<T>>) | null,
    clearQuarantine: ReadonlySet<string> = new Set(),
  ): Promise<T | undefined> {
    await this.lock.acquire();
    try {
      // Under the lock: only what other processes appended since our last read or commit is read.
      const onDisk = await this.disk.readManifest();
      if (!this.leftoversCollected) {
        await this.disk.collectLeftovers(onDisk);
        this.leftoversCollected = true;
      }
      // Catch up with other processes' commits (nothing to do when there were none).
      const resync = this.disk.manifestChanged || !this.inSync;
      const failures = resync ? await this.syncTo(onDisk) : [];
      // (memory now holds what the disk holds, minus the failures: nothing half applied)
      if (resync) this.halfApplied = false;
      this.inSync = false;
      // From here on the documents in memory are those on disk minus the failures.
      const documents = this.manifest.documents;
      const quarantined: Record<string, QuarantineEntry> = { ...(onDisk.quarantined ?? {}) };
      for (const f of failures) {
        const entry = onDisk.documents[f.documentId]!;
        await this.disk.quarantineFile(batchPath(entry));
        quarantined[f.documentId] = { ...entry, reason: f.reason, at: new Date().toISOString() };
        if (!this.quarantineLog.some((q) => q.documentId === f.documentId)) this.quarantineLog.push(f);
      }
      let orphans: string[] = [];
      let apply: (() => T) | null = null;
      let set: Record<string, ManifestEntry> = {};
      let del: string[] = [];
      let snapshot = onDisk.snapshot;
      let batchesSynced = false;
      if (change) {
        const c = await change({ ...onDisk, documents });
        batchesSynced = c.batchesSynced ?? false;
        set = c.set ?? {};
        del = c.del ?? [];
        orphans = c.orphans;
        apply = c.apply;
        if (c.snapshot) {
          if (snapshot && snapshot.file !== c.snapshot.file) orphans.push(snapshotPath(snapshot));
          snapshot = c.snapshot;
        }
      }
      // A quarantined source that is ingested again (or removed) is no longer reported.
      let cleared = false;
      for (const id of Object.keys(quarantined)) {
        if (set[id] || (documents[id] && !del.includes(id)) || clearQuarantine.has(id)) {
          delete quarantined[id];
          cleared = true;
          const i = this.quarantineLog.findIndex((q) => q.documentId === id);
          if (i >= 0) this.quarantineLog.splice(i, 1);
        }
      }
      const documentsChange = Object.keys(set).length > 0 || del.length > 0;
      if (failures.length === 0 && !documentsChange && !cleared && snapshot === onDisk.snapshot) {
        this.inSync = true;
        return undefined;
      }
      const generation = (onDisk.generation ?? 0) + 1;
      if (failures.length === 0 && !cleared && snapshot === onDisk.snapshot && onDisk.format === MANIFEST_FORMAT) {
        // Only documents changed: one line appended to the manifest log (O(1) amortised). An older
        // format's directory is rewritten whole once, below, and so becomes this format.
        await this.disk.commit({ delta: { set, del }, generation }, orphans, batchesSynced);
      } else {
        const next: Record<string, ManifestEntry> = { ...documents };
        for (const id of del) delete next[id];
        Object.assign(next, set);
        await this.disk.commit(
          {
            whole: {
              format: MANIFEST_FORMAT, // an @1 directory becomes @2 with its first commit here
              generation,
              documents: next,
              ...(snapshot ? { snapshot } : {}),
              ...(Object.keys(quarantined).length > 0 ? { quarantined } : {}),
            },
          },
          orphans,
          batchesSynced,
        );
      }
      this.followedStamp = await this.disk.manifestStamp();
      const result = apply ? apply() : undefined;
      this.inSync = true;
      return result;
    } finally {
      await this.lock.release();
    }
  }

  private wantsSnapshot(ratio: number): boolean {
    return this.logBytes > 0 && this.logBytes >= Math.max(this.policy.minLogBytes, ratio * this.coveredBytes);
  }

  /**
   * Write a snapshot of the graph as it is now and commit it. The file is written without the
   * lock (it is new and unreferenced); only the manifest update takes it. Runs in the write queue.
   * `closing`: no query follows (close), so a search index that waits for a rebuild is exported
   * without being made ready for queries.
   */
  private async snapshotNow(closing = false): Promise<void> {
    if (this.halfApplied) return;
    const chunks = await encodeSnapshot(this.core, this.order.all(), this.searchIndex.exportPostings(closing));
    const ref = await this.disk.writeSnapshot(chunks);
    const logBytes = this.logBytes;
    let total = 0;
    for (const b of this.batchBytes.values()) total += b;
    await this.commitLocked(async () => ({ orphans: [], apply: () => undefined, snapshot: ref }));
    // The snapshot covers what was in memory when it was encoded.
    this.logBytes -= logBytes;
    this.coveredBytes = total;
    this.snapshotDueSince = 0;
  }

  /**
   * On close: fold the manifest's log into manifest.json, so that the directory reads the same
   * to a version of this program that knows no log. Skipped when another process holds the lock
   * (it will fold it itself); a failure loses nothing (the log stays valid).
   */
  private async foldManifestLog(): Promise<void> {
    if (!(await this.disk.manifest.hasLog()) || !(await this.lock.tryAcquire().catch(() => false))) return;
    try {
      await this.disk.manifest.compact();
    } catch {
      // The base and its log are still consistent: the next commit or close retries.
    } finally {
      await this.lock.release();
    }
  }

  /** Snapshot where failing is harmless (open, close): a problem becomes a warning. */
  private async trySnapshot(closing = false): Promise<void> {
    try {
      await this.snapshotNow(closing);
    } catch (err) {
      this.snapshotWarning = `快照未写入 / snapshot not written: ${(err as Error).message}`;
    }
  }

  /**
   * After a commit: when a snapshot is due, write it once writes pause (idleMs), so that an
   * ingest of many files pays for one snapshot at its end rather than one per doubling.
   */
  private async afterCommit(): Promise<void> {
    if (!this.wantsSnapshot(this.policy.afterCommitRatio)) return;
    const now = Date.now();
    if (!this.snapshotDueSince) this.snapshotDueSince = now;
    if (this.policy.idleMs === 0 || now - this.snapshotDueSince >= this.policy.maxDelayMs) {
      await this.trySnapshot();
      return;
    }
    this.scheduleIdleSnapshot();
  }

  /**
   * How long writes must pause before a due snapshot is written: idleMs, or four times the usual gap
   * between the writes of the current burst when that is longer (at most IDLE_CAP_MS). An ingest hands
   * over a group every second or more, longer on a loaded machine; a pause between two of its groups
   * is no end of the burst (10 MB corpus at load 16: two snapshots during the ingest, 9 of the
   * store's 33 s).
   */
  private idleThresholdMs(): number {
    return Math.max(this.policy.idleMs, Math.min(IDLE_CAP_MS, 4 * this.writeGapMs));
  }

  /** Snapshot once no write has been asked for during idleThresholdMs and none is queued. */
  private scheduleIdleSnapshot(): void {
    if (this.snapshotTimer) clearTimeout(this.snapshotTimer);
    this.snapshotTimer = setTimeout(() => {
      this.snapshotTimer = null;
      if (this.closed) return;
      if (this.writesInFlight > 0 || Date.now() - this.lastWriteAt < this.idleThresholdMs()) {
        this.scheduleIdleSnapshot();
        return;
      }
      void this.serialise(async () => {
        if (!this.closed && this.wantsSnapshot(this.policy.afterCommitRatio)) await this.trySnapshot();
      });
    }, this.policy.idleMs);
    this.snapshotTimer.unref();
  }

  /** Run a write in the queue, counted for the idle test of snapshots. */
  private write<T>(fn: () => Promise<T>): Promise<T> {
    const now = Date.now();
    if (this.writesInFlight === 0 && this.lastWriteAt > 0) {
      // The gap since the last write ended: the rhythm of a burst (gaps past the cap are pauses).
      const gap = now - this.lastWriteAt;
      if (gap < IDLE_CAP_MS) this.writeGapMs = this.writeGapMs === 0 ? gap : 0.7 * this.writeGapMs + 0.3 * gap;
    }
    this.writesInFlight++;
    this.lastWriteAt = now;
    return this.serialise(fn).finally(() => {
      this.writesInFlight--;
      this.lastWriteAt = Date.now();
    });
  }

  /**
   * Replace one document's contribution; resolves once it is durable and visible.
   *
   * Group commit: documents given while an earlier write is queued or running (e.g. several
   * calls in one tick, as `ingestPaths` makes them) join one group, committed as one: every
   * document keeps its own batch file (its provenance, removable or replaceable alone), the files
   * are written side by side, and one manifest-log line with one fsync names them all. The group
   * is the unit of atomicity: a crash before its line is durable loses the whole group, after it
   * none of it; readers see all of its documents at once. A group closes when its write starts,
   * when any other write (a removal, a snapshot, a curation record) is queued after it, when it
   * holds the same document already, or at GROUP_MAX_DOCS / GROUP_MAX_BYTES.
   *
   * Pipelining: the batch file is encoded and written (temp → fsync → rename) as soon as the
   * document is handed over, while earlier groups still commit and apply; only the manifest line
   * waits for the group's turn (commitGroup). A caller that hands over the next document before the
   * previous one is acknowledged (the write bench; ingestPaths hands over one group at a time) so
   * overlaps that file's fsync with the previous group's apply. Each document is still acknowledged only once its manifest line is
   * fsynced and it is applied in memory, and reported on its own (a failed file or apply fails that
   * document only: see commitGroup).
   */
  async replaceDocument(batch: GraphBatch, encoded?: EncodedBatch): Promise<void> {
    this.assertOpen();
    validateBatch(batch);
    // CPU work outside the lock; none when the ingest worker encoded the batch already (the bytes
    // are taken as given: they were encoded from the very object this batch is a copy of).
    const prepared = this.disk.prepareBatch(batch, undefined, encoded);
    const written = this.disk.writeBatch(prepared); // I/O outside the lock and before the group's turn
    written.catch(() => undefined); // awaited (and reported) by commitGroup
    const bytes = prepared.data.length;
    let g = this.openGroup;
    if (!g || g.ids.has(batch.documentId) || g.items.length >= GROUP_MAX_DOCS || g.bytes + bytes > GROUP_MAX_BYTES) {
      const group: CommitGroup = { items: [], ids: new Set(), bytes: 0 };
      const done = this.write(async () => {
        if (this.openGroup === group) this.openGroup = null; // sealed: later documents start another group
        return this.commitGroup(group.items);
      });
      this.openGroup = g = group;
      done.then(
        (failed) => group.items.forEach((it) => (failed.has(it) ? it.reject(failed.get(it)) : it.resolve())),
        (err: unknown) => group.items.forEach((it) => it.reject(err)),
      );
    } else this.lastWriteAt = Date.now();
    const group = g;
    group.ids.add(batch.documentId);
    group.bytes += bytes;
    return new Promise<void>((resolve, reject) => group.items.push({ batch, prepared, written, resolve, reject }));
  }

  /**
   * One commit for a group of documents (replaceDocument): one manifest line, one fsync. Returns
   * the documents that failed alone, with their errors; the others are durable and applied. A throw
   * (before the commit point: the lock, the manifest write) fails the whole group.
   *
   * The batch files are written before the lock is taken (replaceDocument starts them), and the
   * batch directory is fsynced here, also before the lock. Durability does not depend on the lock:
   * it depends on the order "file content and name durable, then the manifest line that names it",
   * and that order holds (temp → fsync → rename, directory fsync, then the line and its fsync). The
   * lock serialises manifest changes, and what a file needs from it is that nobody deletes it
   * between our write and our line: a content-addressed name is written with the same bytes by
   * every writer, another process's leftover sweep spares young files (LEFTOVER_MIN_AGE_MS), and a
   * commit (ours or another process's) that orphaned the same name meanwhile may have deleted it,
   * so under the lock every file is checked again and re-written (durably) when it is gone.
   */
  private async commitGroup(items: readonly GroupItem[]): Promise<Map<GroupItem, unknown>> {
    const failed = new Map<GroupItem, unknown>();
    const settled = await Promise.allSettled(items.map((it) => it.written));
    const ready = items.filter((it, k) => {
      const w = settled[k]!;
      if (w.status === 'rejected') failed.set(it, w.reason); // this document's file only: the others commit
      return w.status === 'fulfilled';
    });
    if (ready.length === 0) return failed;
    await fsyncDir(this.disk.batchDir);
    await this.commitLocked(async (m) => {
      const gone = await this.disk.missingBatches(ready.map((it) => it.prepared));
      if (gone.length > 0) {
        for (const p of gone) await this.disk.writeBatch(p);
        await fsyncDir(this.disk.batchDir);
      }
      const set: Record<string, ManifestEntry> = {};
      const orphans: string[] = [];
      for (const { batch, prepared } of ready) {
        set[batch.documentId] = prepared.entry;
        const old = m.documents[batch.documentId];
        if (old && old.file !== prepared.entry.file) orphans.push(batchPath(old));
      }
      return {
        set,
        orphans,
        batchesSynced: true,
        apply: () => {
          // Every document of the group is durable now. One whose apply fails is reported alone,
          // as what it is (committed, not in memory); the others are applied and acknowledged.
          for (const it of ready) {
            const { batch, prepared } = it;
            try {
              this.applyBatch(batch.documentId, prepared.entry, batch, prepared.data.length);
              this.manifest.documents[batch.documentId] = prepared.entry;
            } catch (err) {
              failed.set(it, appliedFailure(batch.documentId, err));
            }
          }
        },
      };
    });
    // A failed apply may have left part of its document in memory: the next write re-reads from
    // disk every document whose in-memory state differs from the manifest (syncTo).
    if (ready.some((it) => failed.has(it))) {
      this.inSync = false;
      this.halfApplied = true;
    }
    await this.afterCommit();
    return failed;
  }

  async removeDocument(documentId: string): Promise<boolean> {
    this.assertOpen();
    return this.write(async () => {
      let removed = false;
      await this.commitLocked(async (m) => {
        const old = m.documents[documentId];
        if (m.quarantined?.[documentId]) removed = true;
        if (!old) return { orphans: [], apply: () => undefined };
        removed = true;
        return {
          del: [documentId],
          orphans: [batchPath(old)],
          apply: () => {
            this.applyBatch(documentId, old, null, 0);
            delete this.manifest.documents[documentId];
          },
        };
      }, new Set([documentId]));
      return removed;
    });
  }

  // ---- reads ------------------------------------------------------------------------------

  async listDocumentRecords(): Promise<DocumentRecord[]> {
    return Object.entries(this.manifest.documents)
      .filter(([, e]) => (e.kind ?? 'document') === 'document')
      .map(([documentId, e]) => ({ documentId, sourceHash: e.sourceHash }))
      .sort((a, b) => cmp(a.documentId, b.documentId));
  }

  async getNodes(ids: string[]): Promise<(GraphNode | null)[]> {
    return ids.map((id) => this.core.node(this.core.nodeIdx(id)));
  }

  async getEdges(ids: string[]): Promise<(GraphEdge | null)[]> {
    return ids.map((id) => {
      const j = this.core.findEdge(id);
      return j !== NONE && this.core.edgeVisible(j) ? this.edgeAt(j) : null;
    });
  }

  async edgesOf(query: EdgeQuery): Promise<GraphEdge[]> {
    const core = this.core;
    const side = query.direction ?? 'both';
    const mask = typeMask(query.types);
    const slots: number[] = [];
    for (const id of query.ids) {
      const u = core.nodeIdx(id);
      if (u === NONE || core.nAlive[u] !== 1) continue;
      this.traversal.incident(u, side, mask, slots);
    }
    // An edge between two of the ids is listed from both ends: once.
    const unique = query.ids.length > 1 ? [...new Set(slots)] : slots;
    return sortSlots(core, this.order, unique).map((j) => this.edgeAt(j));
  }

  async countEdges(query: EdgeQuery): Promise<number[]> {
    const core = this.core;
    const side = query.direction ?? 'both';
    const mask = typeMask(query.types);
    return query.ids.map((id) => {
      const u = core.nodeIdx(id);
      if (u === NONE || core.nAlive[u] !== 1) return 0;
      return this.traversal.countIncident(u, side, mask);
    });
  }

  async search(text: string, options: SearchOptions = {}): Promise<GraphNode[]> {
    const q = matchKey(text);
    if (!q) return [];
    const first = clampInt(options.first ?? 20, 0, STORE_LIMITS.searchFirst);
    const mask = labelMask(options.labels);
    const core = this.core;
    const slots = this.searchIndex.search(q, first, mask ? (i) => (mask & (1 << core.nLabel[i]!)) !== 0 : () => true);
    return slots.map((i) => core.nodeObj[i]!);
  }

  async listNodes(options: ListOptions): Promise<NodePage> {
    const core = this.core;
    const first = clampInt(options.first ?? 50, 0, STORE_LIMITS.listFirst);
    const contains = options.nameContains ? matchKey(options.nameContains) : null;
    const label = options.label ? LABEL_INDEX.get(options.label) : undefined;
    if (options.label && label === undefined) return { nodes: [], totalCount: 0, hasNextPage: false };
    let docNodes: Set<number> | null = null;
    if (options.documentId) {
      const s = core.sourceIndex.get(options.documentId);
      docNodes = new Set(s === undefined ? [] : core.srcNodes[s]!);
    }
    const containing = contains ? this.searchIndex.containing(contains) : null;
    const match = (i: number): boolean => {
      if (containing && !containing.has(i)) return false;
      if (docNodes && !docNodes.has(i)) return false;
      if (options.jurisdiction && core.nodeObj[i]!.properties.jurisdiction !== options.jurisdiction) return false;
      return true;
    };
    // Keyset pagination over the id order (of the label, when one is asked): binary-search the
    // cursor, walk until the page is full plus one. Stable while data changes.
    const list = label !== undefined ? this.order.label(label) : this.order.all();
    const start = options.after ? this.order.upperBound(list, options.after) : 0;
    const filtered = !!(containing || docNodes || options.jurisdiction);
    const nodes: GraphNode[] = [];
    let hasNextPage = false;
    for (let k = start; k < list.length; k++) {
      const i = list[k]!;
      if (filtered && !match(i)) continue;
      if (nodes.length === first) {
        hasNextPage = true;
        break;
      }
      nodes.push(core.nodeObj[i]!);
    }
    let totalCount = list.length;
    if (filtered) {
      // Count over the smallest candidate set.
      const pool: Iterable<number> = containing ?? docNodes ?? list;
      totalCount = 0;
      for (const i of pool) if (core.nAlive[i] === 1 && (label === undefined || core.nLabel[i] === label) && match(i)) totalCount++;
    }
    return { nodes, totalCount, hasNextPage };
  }

  async neighborhood(ids: string[], options: NeighborhoodOptions = {}): Promise<Subgraph> {
    const core = this.core;
    const depth = clampInt(options.depth ?? 1, 0, STORE_LIMITS.neighborhoodDepth);
    const limit = clampInt(options.limit ?? 200, 1, STORE_LIMITS.neighborhoodLimit);
    const seeds: number[] = [];
    for (const id of [...new Set(ids)].sort(cmp)) {
      const u = core.nodeIdx(id);
      if (u !== NONE && core.nAlive[u] === 1) seeds.push(u);
    }
    const r = this.traversal.neighborhood(seeds, depth, limit, typeMask(options.types), labelMask(options.labels));
    // Live nodes in id order: their positions in the id order (distinct integers) sorted as numbers by
    // the engine (no comparator called per pair), each mapped back to its slot through the order.
    const byPosition = this.order.all();
    const rank = this.order.rank;
    const positions = new Int32Array(r.nodes.length);
    for (let k = 0; k < positions.length; k++) positions[k] = rank[r.nodes[k]!]!;
    positions.sort();
    const nodes = new Array<GraphNode>(positions.length);
    for (let k = 0; k < positions.length; k++) nodes[k] = core.nodeObj[byPosition[positions[k]!]!]!;
    return { nodes, edges: sortSlots(core, this.order, r.edges).map((j) => this.edgeAt(j)), truncated: r.truncated };
  }

  async shortestPaths(from: string, to: string, options: { maxLength?: number; first?: number } = {}): Promise<Path[]> {
    const core = this.core;
    const maxLength = clampInt(options.maxLength ?? 6, 1, STORE_LIMITS.pathMaxLength);
    const first = clampInt(options.first ?? 5, 1, STORE_LIMITS.pathFirst);
    const a = core.nodeIdx(from);
    const b = core.nodeIdx(to);
    if (a === NONE || b === NONE || core.nAlive[a] !== 1 || core.nAlive[b] !== 1) return [];
    if (a === b) return [{ nodes: [core.nodeObj[a]!], edges: [] }];
    return this.traversal.shortestPaths(a, b, maxLength, first).map((p) => ({
      nodes: p.nodes.map((i) => core.nodeObj[i]!),
      edges: p.edges.map((j) => this.edgeAt(j)),
    }));
  }

  /** The edge at a live slot as reads return it, from the edge cache (see edgeCache). */
  private edgeAt(j: number): GraphEdge {
    const key = this.edgeCacheKey;
    if (key.core !== this.core || key.generation !== this.generation) {
      this.edgeCache = new Map();
      this.edgeCacheKey = { core: this.core, generation: this.generation };
    }
    let e = this.edgeCache.get(j);
    if (e === undefined) {
      e = this.core.edge(j);
      if (this.edgeCache.size >= EDGE_CACHE_MAX) this.edgeCache = new Map();
      this.edgeCache.set(j, e);
    }
    return e;
  }

  async stats(): Promise<Stats> {
    const core = this.core;
    const byLabel: Record<string, number> = {};
    const byType: Record<string, number> = {};
    LABELS.forEach((l, i) => {
      if (core.labelCount[i]! > 0) byLabel[l] = core.labelCount[i]!;
    });
    REL_TYPES.forEach((t, i) => {
      if (core.typeCount[i]! > 0) byType[t] = core.typeCount[i]!;
    });
    let documents = 0;
    for (const e of Object.values(this.manifest.documents)) if ((e.kind ?? 'document') === 'document') documents++;
    return { nodes: core.aliveNodes, edges: core.visibleEdges, byLabel, byType, documents };
  }

  async exportGraph(): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
    const core = this.core;
    const nodes = [...this.order.all()].map((i) => core.nodeObj[i]!);
    const edges: GraphEdge[] = [];
    for (let j = 0; j < core.edgeHigh; j++) if (core.eType[j] !== 255 && core.edgeVisible(j)) edges.push(core.edge(j));
    return { nodes, edges: sortEdges(edges) };
  }

  /**
   * The export's read path (kg export): the nodes in id order and the visible edges in edge-id
   * order (as exportGraph lists them), each edge built when it is read. exportGraph builds every
   * edge object, then sorts them by their id strings: at 10⁵ nodes ≈500,000 edges held at once.
   * Here only the order is computed whole (a number per edge, sortSlots). Read it while no write runs.
   */
  exportStream(): { nodes: () => Iterable<GraphNode>; edges: () => Iterable<GraphEdge> } {
    const core = this.core;
    const order = this.order;
    return {
      *nodes() {
        for (const i of order.all()) yield core.nodeObj[i]!;
      },
      *edges() {
        const slots: number[] = [];
        for (let j = 0; j < core.edgeHigh; j++) if (core.eType[j] !== 255 && core.edgeVisible(j)) slots.push(j);
        for (const j of sortSlots(core, order, slots)) yield core.edge(j);
      },
    };
  }

  /** Every source's contribution, rebuilt from memory (kg copy --merge): one batch per source, in id order. */
  *sourceBatches(): Generator<GraphBatch> {
    const ids = [...this.core.sourceIndex.keys()].sort(cmp);
    for (const id of ids) {
      const s = this.core.sourceIndex.get(id);
      if (s !== undefined) yield this.core.sourceBatch(s);
    }
  }

  /** The whole store as contributions (kg copy --to neo4j). Read it while no write runs. */
  dump(): StoreDump {
    const core = this.core;
    const sources = Object.entries(this.manifest.documents)
      .map(([documentId, e]) => ({ documentId, sourceHash: e.sourceHash }))
      .sort((a, b) => cmp(a.documentId, b.documentId));
    return {
      sources,
      *nodes() {
        for (const idx of core.nodeIndex.values()) {
          const value = core.nodeObj[idx];
          if (value) yield { value, contribs: core.nodeContributions(idx) };
        }
      },
      *edges() {
        for (let j = 0; j < core.edgeHigh; j++) if (core.eType[j] !== 255) yield { value: core.edge(j), contribs: core.edgeContributions(j) };
      },
      *ghostIds() {
        for (const [id, idx] of core.nodeIndex) if (!core.nodeObj[idx]) yield id;
      },
    };
  }

  /** Records other processes appended (the CLI's `kg import-curation`) are read from the file when it changed. */
  async readCuration(afterSeq?: number): Promise<CurationRecord[]> {
    await this.curationLog.reload();
    return this.curationLog.read(afterSeq);
  }

  /** Appended under the directory's lock after reading what other processes appended, so seqs never collide. */
  async appendCuration(record: NewCurationRecord): Promise<CurationRecord> {
    this.assertOpen();
    return this.serialise(async () => {
      await this.lock.acquire();
      try {
        await this.curationLog.reload(true);
        return await this.curationLog.append(record);
      } finally {
        this.generation++;
        await this.lock.release();
      }
    });
  }

  /** Changes with every applied batch or removal (own or followed) and every curation record appended here. */
  async dataGeneration(): Promise<number> {
    return this.generation;
  }

  async ping(): Promise<void> {
    this.assertOpen();
  }

  async close(): Promise<void> {
    if (this.followTimer) clearInterval(this.followTimer);
    this.followTimer = null;
    if (this.snapshotTimer) clearTimeout(this.snapshotTimer);
    this.snapshotTimer = null;
    if (!this.closed) {
      await this.serialise(async () => {
        // A snapshot is a cache: failing to write one loses nothing.
        if (this.wantsSnapshot(this.policy.onCloseRatio)) await this.trySnapshot(true);
        await this.foldManifestLog();
      });
    }
    await this.writeChain;
    this.closed = true;
  }
}

function sortEdges(edges: GraphEdge[]): GraphEdge[] {
  return edges.sort((a, b) => cmp(a.id, b.id));
}

const RANK_SPAN = 2 ** 24;
/** Materialised edges kept by the read-side edge cache (then emptied and filled again). */
const EDGE_CACHE_MAX = 100_000;

/**
 * Visible edge slots in edge-id order, without building the ids (sorted in place). A derived id
 * is `TYPE:source->target`, so two of them compare by type, then source id, then target id,
 * unless one source id is a proper prefix of the other and the other's next character sorts
 * before or as '-'. Otherwise (and with no edge with an id of its own) each edge gets a numeric
 * key from the types' order and its ends' positions in the id order (IdOrder.rank); else the ids
 * are compared whole.
 */
function sortSlots(core: GraphCore, order: IdOrder, slots: number[]): number[] {
  const n = slots.length;
  if (n < 2) return slots;
  // Each id built once, not twice per comparison (a prefix pair such as "industry:信创" and
  // "industry:信创+工业互联网" sends every list holding both sources' edges here).
  const whole = () => {
    const ids = slots.map((j) => core.edgeIdOf(j));
    const at = ids.map((_, k) => k).sort((a, b) => cmp(ids[a]!, ids[b]!));
    const sorted = at.map((k) => slots[k]!);
    for (let k = 0; k < n; k++) slots[k] = sorted[k]!;
    return slots;
  };
  if (core.nodeHigh >= RANK_SPAN) return whole();
  if (core.excId.size > 0) for (const j of slots) if (core.excId.has(j)) return whole();
  order.ensure();
  const rank = order.rank;
  // Plain arrays, not typed ones: a typed array this small gets its own off-heap buffer per call.
  const keys: number[] = new Array<number>(n);
  const at: number[] = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    const j = slots[k]!;
    keys[k] = (TYPE_RANK[core.eType[j]!]! * RANK_SPAN + rank[core.eS[j]!]!) * RANK_SPAN + rank[core.eT[j]!]!;
    at[k] = k;
  }
  at.sort((a, b) => keys[a]! - keys[b]!);
  const sorted = at.map((k) => slots[k]!);
  // When a source id x is a proper prefix of another one y, "x->" meets y's next character c:
  // the edges of x still come first when c sorts after '-' ("syn1" before "syn12", "飞腾" before
  // "飞腾信息"). Within one type the sources are now in id order, and the id right after x has the
  // smallest such c: checking neighbours is enough.
  // Only the run of such a prefix is re-sorted by id strings, not the whole list (slot-order.ts: 6% of the seeds
  // rotation's CPU went to whole-list sorts; bench/PROFILE.md read11).
  const ids = core.nodeIds;
  fixPrefixRuns(sorted, { type: (j) => core.eType[j]!, source: (j) => core.eS[j]!, nodeId: (x) => ids[x]!, edgeId: (j) => core.edgeIdOf(j), mayPrefix: (x) => order.prefixesNext(x) });
  for (let k = 0; k < n; k++) slots[k] = sorted[k]!;
  return slots;
}

function typeMask(types: readonly string[] | undefined): number {
  let m = 0;
  for (const t of types ?? []) {
    const i = TYPE_INDEX.get(t);
    m |= i === undefined ? 1 << 30 : 1 << i; // an unknown type matches nothing
  }
  return m;
}

function labelMask(labels: readonly string[] | undefined): number {
  let m = 0;
  for (const l of labels ?? []) {
    const i = LABEL_INDEX.get(l);
    m |= i === undefined ? 1 << 30 : 1 << i;
  }
  return m;
}

function defaultCommand(): string {
  return process.argv
    .slice(1, 4)
    .map((a, i) => (i === 0 ? path.basename(a) : a))
    .join(' ')
    .slice(0, 120);
}

function clampInt(n: number, lo: number, hi: number): number {
  if (!Number.isFinite(n)) return lo;
  return Math.max(lo, Math.min(hi, Math.trunc(n)));
}

/** A document whose manifest line is durable but whose apply in memory failed (commitGroup). */
function appliedFailure(documentId: string, err: unknown): KgError {
  const reason = err instanceof Error ? err.message : String(err);
  return new KgError(
    'INTERNAL_SERVER_ERROR',
    `已写入磁盘但未能载入内存 / ${documentId} is committed durably, but applying it in memory failed: ${reason}. ` +
      `This process re-reads it from disk at its next write (should that fail again, writes fail until the cause is ` +
      `fixed); a restart replays it from its batch file.`,
    { cause: err, details: { documentId, committed: true } },
  );
}

function validateBatch(batch: GraphBatch): void {
  if (!batch || typeof batch.documentId !== 'string' || !batch.documentId) {
    throw new TypeError('batch.documentId is required');
  }
  for (const n of batch.nodes) {
    if (typeof n.id !== 'string' || !n.id) throw new TypeError(`batch ${batch.documentId}: a node has no id`);
    if (!LABEL_INDEX.has(n.label)) throw new TypeError(`node ${n.id} has unknown label ${JSON.stringify(n.label)}`);
  }
  for (const e of batch.edges) {
    if (typeof e.id !== 'string' || !e.id) throw new TypeError(`batch ${batch.documentId}: an edge has no id`);
    if (typeof e.source !== 'string' || !e.source || typeof e.target !== 'string' || !e.target) {
      throw new TypeError(`edge ${e.id} needs a source and a target`);
    }
    if (!TYPE_INDEX.has(e.type)) throw new TypeError(`edge ${e.id} has unknown type ${JSON.stringify(e.type)}`);
    if (!Array.isArray(e.evidence) || e.evidence.length === 0) {
      throw new TypeError(`edge ${e.id} has no evidence`);
    }
  }
}
