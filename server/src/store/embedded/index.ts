// The embedded GraphStore: an in-memory graph persisted crash-safely to a data directory.
// Default store; needs no server. Writes are serialised; each write is durable on disk before
// it becomes visible to readers, so a query sees the graph before or after an ingest, never half.
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
import { DiskLayout, type Manifest } from './persist.ts';
import { matchKey, rankMatch } from '../search-rank.ts';
import type { CurationRecord, NewCurationRecord } from '../curation.ts';
import { CurationLogFile } from './curation-log.ts';

export interface EmbeddedStoreOptions {
  /** Data directory; created when missing. */
  dir: string;
}

export class EmbeddedStore implements GraphStore {
  private readonly graph = new MaterialisedGraph();
  private readonly disk: DiskLayout;
  private manifest: Manifest = { format: 'industry-kg/embedded@1', documents: {} };
  private writeChain: Promise<unknown> = Promise.resolve();
  private closed = false;
  private searchIndex: { version: number; rows: { id: string; name: string; aliases: string[] }[] } | null = null;
  private sortedIds: { version: number; ids: string[] } | null = null;
  private labelCounts: { version: number; counts: Map<string, number> } | null = null;
  private curationLog!: CurationLogFile;

  private constructor(opts: EmbeddedStoreOptions) {
    this.disk = new DiskLayout(opts.dir);
  }

  static async open(opts: EmbeddedStoreOptions): Promise<EmbeddedStore> {
    const store = new EmbeddedStore(opts);
    store.manifest = await store.disk.readManifest();
    const ids = Object.keys(store.manifest.documents).sort();
    for (const id of ids) {
      const batch = await store.disk.readBatch(id, store.manifest.documents[id]!);
      store.graph.replace(batch);
    }
    store.curationLog = await CurationLogFile.open(opts.dir);
    return store;
  }

  get dir(): string {
    return this.disk.dir;
  }

  describe(): string {
    return `embedded store at ${this.disk.dir}`;
  }

  private serialise<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.writeChain.then(fn, fn);
    this.writeChain = run.catch(() => undefined);
    return run;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('store is closed');
  }

  async replaceDocument(batch: GraphBatch): Promise<void> {
    this.assertOpen();
    validateBatch(batch);
    return this.serialise(async () => {
      const entry = await this.disk.writeBatch(batch);
      const next: Manifest = {
        ...this.manifest,
        documents: { ...this.manifest.documents, [batch.documentId]: entry },
      };
      await this.disk.commit(next);
      this.manifest = next;
      this.graph.replace(batch);
    });
  }

  async removeDocument(documentId: string): Promise<boolean> {
    this.assertOpen();
    return this.serialise(async () => {
      if (!this.manifest.documents[documentId]) return false;
      const documents = { ...this.manifest.documents };
      delete documents[documentId];
      const next: Manifest = { ...this.manifest, documents };
      await this.disk.commit(next);
      this.manifest = next;
      this.graph.remove(documentId);
      return true;
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

  async readCuration(afterSeq?: number): Promise<CurationRecord[]> {
    return this.curationLog.read(afterSeq);
  }

  async appendCuration(record: NewCurationRecord): Promise<CurationRecord> {
    this.assertOpen();
    return this.serialise(() => this.curationLog.append(record));
  }

  async ping(): Promise<void> {
    this.assertOpen();
  }

  async close(): Promise<void> {
    await this.writeChain;
    this.closed = true;
  }
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
