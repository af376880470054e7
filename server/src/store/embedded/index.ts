// The embedded GraphStore: an in-memory graph persisted crash-safely to a data directory.
// Default store; needs no server. Writes are serialised; each write is durable on disk before
// it becomes visible to readers, so a query sees the graph before or after an ingest, never half.
import path from 'node:path';
import type { GraphBatch, GraphEdge, GraphNode } from '../../model.ts';
import type {
  DocumentRecord,
  EdgeQuery,
  GraphStore,
  ListOptions,
  NeighborhoodOptions,
  NodePage,
  Path,
  SearchOptions,
  Stats,
  Subgraph,
} from '../port.ts';
import { MaterialisedGraph } from './graph.ts';
import { DirLock } from './lock.ts';
import {
  BadFileError,
  DiskLayout,
  batchPath,
  emptyManifest,
  type Manifest,
  type ManifestEntry,
  type QuarantineEntry,
} from './persist.ts';
import { matchKey, rankMatch } from '../search-rank.ts';
import { isKgError } from '../../errors.ts';

export interface EmbeddedStoreOptions {
  /** Data directory; created when missing. */
  dir: string;
  /** Named in the lock file while this process commits (default: the command line). */
  command?: string;
  /** How long a commit waits for another process's commit (default KG_LOCK_TIMEOUT_MS or 60 s). */
  lockTimeoutMs?: number;
}

/** A source whose batch file could not be loaded: left out of the graph, reported, and quarantined. */
export interface QuarantineReport {
  documentId: string;
  file: string;
  reason: string;
}

const FOLLOW_INTERVAL_MS = 1000;

export class EmbeddedStore implements GraphStore {
  private graph = new MaterialisedGraph();
  private readonly disk: DiskLayout;
  private readonly lock: DirLock;
  /** What the in-memory graph holds: the manifest's documents as applied here. */
  private manifest: Manifest = emptyManifest();
  private writeChain: Promise<unknown> = Promise.resolve();
  private closed = false;
  private leftoversCollected = false;
  private followTimer: NodeJS.Timeout | null = null;
  private followedStamp = '';
  private readonly quarantineLog: QuarantineReport[] = [];
  private searchIndex: { version: number; rows: { id: string; name: string; aliases: string[] }[] } | null = null;
  private sortedIds: { version: number; ids: string[] } | null = null;
  private labelCounts: { version: number; counts: Map<string, number> } | null = null;

  private constructor(opts: EmbeddedStoreOptions) {
    this.disk = new DiskLayout(opts.dir);
    const command = opts.command ?? defaultCommand();
    this.lock = new DirLock(opts.dir, command, opts.lockTimeoutMs !== undefined ? { timeoutMs: opts.lockTimeoutMs } : {});
  }

  /**
   * Load the store. Batch files that are missing or fail their checksum do not stop it: the
   * rest loads, and the bad ones are quarantined (moved to DIR/quarantine, dropped from the
   * manifest, listed by `quarantined()`), under the lock, once no concurrent commit explains them.
   */
  static async open(opts: EmbeddedStoreOptions): Promise<EmbeddedStore> {
    const store = new EmbeddedStore(opts);
    let failures: QuarantineReport[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      store.graph = new MaterialisedGraph();
      store.manifest = emptyManifest();
      const m = await store.disk.readManifest();
      store.followedStamp = await store.disk.manifestStamp();
      failures = await store.syncTo(m);
      store.quarantineLog.length = 0;
      for (const [documentId, q] of Object.entries(m.quarantined ?? {})) store.quarantineLog.push({ documentId, file: q.file, reason: q.reason });
      if (failures.length === 0) break;
      // A file can vanish because another process committed (and swept) meanwhile: start over.
      const again = await store.disk.readManifest();
      if (sameDocuments(again, m)) break;
    }
    if (failures.length > 0) {
      try {
        await store.commitLocked(null);
      } catch (err) {
        // The lock is busy: serve what loaded; the next commit quarantines for good.
        if (!(isKgError(err) && err.code === 'STORE_LOCKED')) throw err;
        store.quarantineLog.push(...failures.filter((f) => !store.quarantineLog.some((q) => q.documentId === f.documentId)));
      }
    }
    return store;
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
    return this.quarantineLog.map(
      (q) =>
        `已隔离损坏的数据文件 / quarantined ${q.documentId}: ${q.reason} (file moved to ${this.disk.quarantineDir}; re-ingest the document to restore it)`,
    );
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
      if (failures.length === 0) this.followedStamp = stamp;
    });
  }

  private serialise<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.writeChain.then(fn, fn);
    this.writeChain = run.catch(() => undefined);
    return run;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('store is closed');
  }

  /**
   * Bring the in-memory graph to `target`'s documents: retract what it no longer lists, load
   * what is new or changed. Each document is applied synchronously, so readers never see half
   * of one. Returns the documents whose batch files failed; they are retracted (or, with
   * keepOnFailure, left as they were, to be retried).
   */
  private async syncTo(target: Manifest, opts: { keepOnFailure?: boolean } = {}): Promise<QuarantineReport[]> {
    const failures: QuarantineReport[] = [];
    const docs = { ...this.manifest.documents };
    for (const id of Object.keys(docs)) {
      if (!target.documents[id]) {
        this.graph.remove(id);
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
        const batch = await this.disk.readBatch(id, entry);
        this.graph.replace(batch);
        docs[id] = entry;
      } catch (err) {
        if (!(err instanceof BadFileError)) throw err;
        failures.push({ documentId: id, file: entry.file, reason: err.message });
        if (!opts.keepOnFailure) {
          this.graph.remove(id);
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
    change: ((onDisk: Manifest) => Promise<{ documents: Record<string, ManifestEntry>; orphans: string[]; apply: () => T }>) | null,
    clearQuarantine: ReadonlySet<string> = new Set(),
  ): Promise<T | undefined> {
    await this.lock.acquire();
    try {
      const onDisk = await this.disk.readManifest();
      if (!this.leftoversCollected) {
        await this.disk.collectLeftovers(onDisk);
        this.leftoversCollected = true;
      }
      const failures = await this.syncTo(onDisk);
      const documents = { ...this.manifest.documents };
      const quarantined: Record<string, QuarantineEntry> = { ...(onDisk.quarantined ?? {}) };
      for (const f of failures) {
        const entry = onDisk.documents[f.documentId]!;
        await this.disk.quarantineFile(batchPath(entry));
        quarantined[f.documentId] = { ...entry, reason: f.reason, at: new Date().toISOString() };
        if (!this.quarantineLog.some((q) => q.documentId === f.documentId)) this.quarantineLog.push(f);
      }
      let orphans: string[] = [];
      let apply: (() => T) | null = null;
      let nextDocs = documents;
      if (change) {
        const c = await change({ ...onDisk, documents });
        nextDocs = c.documents;
        orphans = c.orphans;
        apply = c.apply;
      }
      // A quarantined source that is ingested again (or removed) is no longer reported.
      let cleared = false;
      for (const id of Object.keys(quarantined)) {
        if (nextDocs[id] || (change && clearQuarantine.has(id))) {
          delete quarantined[id];
          cleared = true;
          const i = this.quarantineLog.findIndex((q) => q.documentId === id);
          if (i >= 0) this.quarantineLog.splice(i, 1);
        }
      }
      if (failures.length === 0 && nextDocs === documents && !cleared) return undefined;
      const next: Manifest = {
        ...onDisk,
        generation: (onDisk.generation ?? 0) + 1,
        documents: nextDocs,
        ...(Object.keys(quarantined).length > 0 ? { quarantined } : {}),
      };
      if (Object.keys(quarantined).length === 0) delete next.quarantined;
      await this.disk.commit(next, orphans);
      this.manifest = next;
      this.followedStamp = await this.disk.manifestStamp();
      return apply ? apply() : undefined;
    } finally {
      await this.lock.release();
    }
  }

  async replaceDocument(batch: GraphBatch): Promise<void> {
    this.assertOpen();
    validateBatch(batch);
    const prepared = this.disk.prepareBatch(batch); // CPU work outside the lock
    await this.serialise(() =>
      this.commitLocked(async (m) => {
        await this.disk.writeBatch(prepared);
        const old = m.documents[batch.documentId];
        return {
          documents: { ...m.documents, [batch.documentId]: prepared.entry },
          orphans: old && old.file !== prepared.entry.file ? [batchPath(old)] : [],
          apply: () => this.graph.replace(batch),
        };
      }),
    );
  }

  async removeDocument(documentId: string): Promise<boolean> {
    this.assertOpen();
    return this.serialise(async () => {
      let removed = false;
      await this.commitLocked(async (m) => {
        const old = m.documents[documentId];
        if (m.quarantined?.[documentId]) removed = true;
        if (!old) return { documents: m.documents, orphans: [], apply: () => undefined };
        const documents = { ...m.documents };
        delete documents[documentId];
        removed = true;
        return { documents, orphans: [batchPath(old)], apply: () => this.graph.remove(documentId) };
      }, new Set([documentId]));
      return removed;
    });
  }

  async listDocumentRecords(): Promise<DocumentRecord[]> {
    return Object.entries(this.manifest.documents)
      .map(([documentId, e]) => ({ documentId, sourceHash: e.sourceHash }))
      .sort((a, b) => cmp(a.documentId, b.documentId));
  }

  async getNodes(ids: string[]): Promise<(GraphNode | null)[]> {
    return ids.map((id) => this.graph.nodes.get(id) ?? null);
  }

  async getEdges(ids: string[]): Promise<(GraphEdge | null)[]> {
    return ids.map((id) => {
      const e = this.graph.edges.get(id);
      return e && this.graph.edgeVisible(e) ? e : null;
    });
  }

  async edgesOf(query: EdgeQuery): Promise<GraphEdge[]> {
    const dir = query.direction ?? 'both';
    const types = query.types && query.types.length > 0 ? new Set(query.types) : null;
    const out = new Map<string, GraphEdge>();
    for (const id of query.ids) {
      for (const eid of this.graph.adjacency.get(id) ?? []) {
        const e = this.graph.edges.get(eid);
        if (!e || !this.graph.edgeVisible(e)) continue;
        if (types && !types.has(e.type)) continue;
        if (dir === 'out' && e.source !== id) continue;
        if (dir === 'in' && e.target !== id) continue;
        out.set(e.id, e);
      }
    }
    return [...out.values()].sort((a, b) => cmp(a.id, b.id));
  }

  async search(text: string, options: SearchOptions = {}): Promise<GraphNode[]> {
    const q = matchKey(text);
    if (!q) return [];
    const first = clampInt(options.first ?? 20, 0, 1000);
    const labels = options.labels && options.labels.length > 0 ? new Set(options.labels) : null;
    const hits: { node: GraphNode; rank: number }[] = [];
    for (const row of this.getSearchRows()) {
      const node = this.graph.nodes.get(row.id)!;
      if (labels && !labels.has(node.label)) continue;
      const rank = rankMatch(q, row.name, row.aliases);
      if (rank !== null) hits.push({ node, rank });
    }
    hits.sort(
      (a, b) => a.rank - b.rank || a.node.name.length - b.node.name.length || cmp(a.node.id, b.node.id),
    );
    return hits.slice(0, first).map((h) => h.node);
  }

  private getSearchRows(): { id: string; name: string; aliases: string[] }[] {
    if (this.searchIndex?.version !== this.graph.version) {
      const rows = [...this.graph.nodes.values()].map((n) => ({
        id: n.id,
        name: matchKey(n.name),
        aliases: n.aliases.map(matchKey),
      }));
      this.searchIndex = { version: this.graph.version, rows };
    }
    return this.searchIndex.rows;
  }

  /** Node ids in id order, rebuilt only when the graph changed (pages walk it from the cursor). */
  private getSortedIds(): string[] {
    if (this.sortedIds?.version !== this.graph.version) {
      this.sortedIds = { version: this.graph.version, ids: [...this.graph.nodes.keys()].sort(cmp) };
    }
    return this.sortedIds.ids;
  }

  async listNodes(options: ListOptions): Promise<NodePage> {
    const first = clampInt(options.first ?? 50, 0, 1000);
    const contains = options.nameContains ? matchKey(options.nameContains) : null;
    let docNodes: Set<string> | null = null;
    if (options.documentId) {
      const b = this.graph.batches.get(options.documentId);
      docNodes = new Set(b ? b.nodes.map((n) => n.id) : []);
    }
    const match = (n: GraphNode): boolean => {
      if (options.label && n.label !== options.label) return false;
      if (options.jurisdiction && n.properties.jurisdiction !== options.jurisdiction) return false;
      if (docNodes && !docNodes.has(n.id)) return false;
      if (contains && !matchKey(n.name).includes(contains) && !n.aliases.some((a) => matchKey(a).includes(contains))) return false;
      return true;
    };
    // Keyset pagination: binary-search the cursor in the id order, then walk until the page is
    // full (plus one to know whether there is a next page). Stable while data changes.
    const ids = this.getSortedIds();
    let lo = 0;
    if (options.after) {
      let hi = ids.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cmp(ids[mid]!, options.after) <= 0) lo = mid + 1;
        else hi = mid;
      }
    }
    const page: GraphNode[] = [];
    let hasNextPage = false;
    for (let i = lo; i < ids.length; i++) {
      const n = this.graph.nodes.get(ids[i]!)!;
      if (!match(n)) continue;
      if (page.length === first) {
        hasNextPage = true;
        break;
      }
      page.push(n);
    }
    // totalCount: from the per-label counts when only a label filters, else one linear pass.
    let totalCount: number;
    if (!contains && !docNodes && !options.jurisdiction) {
      totalCount = options.label ? this.countByLabel(options.label) : this.graph.nodes.size;
    } else {
      totalCount = 0;
      for (const n of this.graph.nodes.values()) if (match(n)) totalCount++;
    }
    return { nodes: page, totalCount, hasNextPage };
  }

  private countByLabel(label: string): number {
    if (this.labelCounts?.version !== this.graph.version) {
      const counts = new Map<string, number>();
      for (const n of this.graph.nodes.values()) counts.set(n.label, (counts.get(n.label) ?? 0) + 1);
      this.labelCounts = { version: this.graph.version, counts };
    }
    return this.labelCounts.counts.get(label) ?? 0;
  }

  async neighborhood(ids: string[], options: NeighborhoodOptions = {}): Promise<Subgraph> {
    const depth = clampInt(options.depth ?? 1, 0, 6);
    const limit = clampInt(options.limit ?? 200, 1, 100_000);
    const types = options.types && options.types.length > 0 ? new Set(options.types) : null;
    const labels = options.labels && options.labels.length > 0 ? new Set(options.labels) : null;
    const seen = new Set<string>();
    let truncated = false;
    let frontier: string[] = [];
    for (const id of [...new Set(ids)].sort()) {
      if (!this.graph.nodes.has(id)) continue;
      if (seen.size >= limit) {
        truncated = true;
        break;
      }
      seen.add(id);
      frontier.push(id);
    }
    for (let d = 0; d < depth && frontier.length > 0 && !truncated; d++) {
      const next: string[] = [];
      for (const id of frontier) {
        const incident = [...(this.graph.adjacency.get(id) ?? [])].sort();
        for (const eid of incident) {
          const e = this.graph.edges.get(eid)!;
          if (!this.graph.edgeVisible(e) || (types && !types.has(e.type))) continue;
          const other = e.source === id ? e.target : e.source;
          if (seen.has(other)) continue;
          const node = this.graph.nodes.get(other)!;
          if (labels && !labels.has(node.label)) continue;
          if (seen.size >= limit) {
            truncated = true;
            break;
          }
          seen.add(other);
          next.push(other);
        }
        if (truncated) break;
      }
      frontier = next;
    }
    const nodes = [...seen].sort().map((id) => this.graph.nodes.get(id)!);
    const edges: GraphEdge[] = [];
    const edgeSeen = new Set<string>();
    for (const id of seen) {
      for (const eid of this.graph.adjacency.get(id) ?? []) {
        if (edgeSeen.has(eid)) continue;
        const e = this.graph.edges.get(eid)!;
        if (!this.graph.edgeVisible(e) || (types && !types.has(e.type))) continue;
        if (!seen.has(e.source) || !seen.has(e.target)) continue;
        edgeSeen.add(eid);
        edges.push(e);
      }
    }
    edges.sort((a, b) => cmp(a.id, b.id));
    return { nodes, edges, truncated };
  }

  async shortestPaths(from: string, to: string, options: { maxLength?: number; first?: number } = {}): Promise<Path[]> {
    const maxLength = clampInt(options.maxLength ?? 6, 1, 12);
    const first = clampInt(options.first ?? 5, 1, 100);
    if (!this.graph.nodes.has(from) || !this.graph.nodes.has(to)) return [];
    if (from === to) return [{ nodes: [this.graph.nodes.get(from)!], edges: [] }];
    // Undirected BFS keeping every shortest predecessor. Levels before the target's are complete,
    // so once the target is seen its predecessors are exactly its neighbours one level closer:
    // the rest of that level (often a hub's hundreds of thousands of edges) need not be scanned.
    const dist = new Map<string, number>([[from, 0]]);
    const preds = new Map<string, string[]>();
    let frontier = [from];
    let found = false;
    for (let d = 1; d <= maxLength && frontier.length > 0 && !found; d++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const other of this.neighbourIds(id)) {
          const seenAt = dist.get(other);
          if (seenAt === undefined) {
            dist.set(other, d);
            preds.set(other, [id]);
            next.push(other);
            if (other === to) {
              found = true;
              break;
            }
          } else if (seenAt === d) {
            const ps = preds.get(other)!;
            if (ps[ps.length - 1] !== id) ps.push(id);
          }
        }
        if (found) break;
      }
      if (found) {
        preds.set(to, [...new Set([...this.neighbourIds(to)].filter((n) => dist.get(n) === d - 1))]);
      }
      frontier = next;
    }
    if (!found) return [];
    // Enumerate node sequences from `to` back to `from`, in lexicographic order of node ids.
    const sequences: string[][] = [];
    const walk = (id: string, suffix: string[]): void => {
      if (sequences.length >= first) return;
      if (id === from) {
        sequences.push([from, ...suffix]);
        return;
      }
      for (const p of [...(preds.get(id) ?? [])].sort()) walk(p, [id, ...suffix]);
    };
    walk(to, []);
    return sequences.map((seq) => ({
      nodes: seq.map((id) => this.graph.nodes.get(id)!),
      edges: seq.slice(1).map((id, i) => this.edgeBetween(seq[i]!, id)),
    }));
  }

  /** Neighbour ids over visible edges, unsorted, possibly repeated (one per parallel edge). */
  private *neighbourIds(id: string): Generator<string> {
    for (const eid of this.graph.adjacency.get(id) ?? []) {
      const e = this.graph.edges.get(eid)!;
      if (!this.graph.edgeVisible(e)) continue;
      yield e.source === id ? e.target : e.source;
    }
  }

  /** The edge with the smallest id between two adjacent nodes (either direction). */
  private edgeBetween(a: string, b: string): GraphEdge {
    let best: GraphEdge | undefined;
    for (const eid of this.graph.adjacency.get(a) ?? []) {
      const e = this.graph.edges.get(eid)!;
      if (!this.graph.edgeVisible(e)) continue;
      if ((e.source === a && e.target === b) || (e.source === b && e.target === a)) {
        if (!best || e.id < best.id) best = e;
      }
    }
    if (!best) throw new Error(`no edge between ${a} and ${b}`);
    return best;
  }

  async stats(): Promise<Stats> {
    const byLabel: Record<string, number> = {};
    const byType: Record<string, number> = {};
    for (const n of this.graph.nodes.values()) byLabel[n.label] = (byLabel[n.label] ?? 0) + 1;
    let edges = 0;
    for (const e of this.graph.edges.values()) {
      if (!this.graph.edgeVisible(e)) continue;
      edges++;
      byType[e.type] = (byType[e.type] ?? 0) + 1;
    }
    return {
      nodes: this.graph.nodes.size,
      edges,
      byLabel,
      byType,
      documents: Object.keys(this.manifest.documents).length,
    };
  }

  async exportGraph(): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
    const nodes = [...this.graph.nodes.values()].sort((a, b) => cmp(a.id, b.id));
    const edges = [...this.graph.edges.values()].filter((e) => this.graph.edgeVisible(e)).sort((a, b) => cmp(a.id, b.id));
    return { nodes, edges };
  }

  async ping(): Promise<void> {
    this.assertOpen();
  }

  async close(): Promise<void> {
    if (this.followTimer) clearInterval(this.followTimer);
    this.followTimer = null;
    await this.writeChain;
    this.closed = true;
  }
}

function defaultCommand(): string {
  return process.argv
    .slice(1, 4)
    .map((a, i) => (i === 0 ? path.basename(a) : a))
    .join(' ')
    .slice(0, 120);
}

function sameDocuments(a: Manifest, b: Manifest): boolean {
  const ka = Object.keys(a.documents);
  if (ka.length !== Object.keys(b.documents).length) return false;
  return ka.every((k) => b.documents[k]?.file === a.documents[k]!.file);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function clampInt(n: number, lo: number, hi: number): number {
  if (!Number.isFinite(n)) return lo;
  return Math.max(lo, Math.min(hi, Math.trunc(n)));
}

function validateBatch(batch: GraphBatch): void {
  if (!batch || typeof batch.documentId !== 'string' || !batch.documentId) {
    throw new TypeError('batch.documentId is required');
  }
  for (const e of batch.edges) {
    if (!Array.isArray(e.evidence) || e.evidence.length === 0) {
      throw new TypeError(`edge ${e.id} has no evidence`);
    }
  }
}
