// A reference GraphStore for the property tests: the embedded store as it was before the compact
// core (a Map per element, a Set of edge ids per node, a full scan per search, plain BFS for
// paths). Obviously correct and slow; the compact store must answer exactly like it.
import type { GraphBatch, GraphEdge, GraphNode } from '../../server/src/model.ts';
import type { EdgeQuery, ListOptions, NeighborhoodOptions, NodePage, Path, SearchOptions, Stats, Subgraph } from '../../server/src/store/port.ts';
import { mergeEdges, mergeNodes } from '../../server/src/store/merge.ts';
import { matchKey, rankMatch } from '../../server/src/store/search-rank.ts';

/**
 * documentId → what that document said. Most nodes and edges are stated by one document, so the
 * single case is a plain pair instead of a Map (a Map per element dominated memory at 10⁶ nodes).
 */
type Contribs<T> = { doc: string; value: T } | Map<string, T>;

function contribSet<T>(m: Map<string, Contribs<T>>, id: string, doc: string, value: T): void {
  const c = m.get(id);
  if (!c) m.set(id, { doc, value });
  else if (c instanceof Map) c.set(doc, value);
  else if (c.doc === doc) c.value = value;
  else m.set(id, new Map([[c.doc, c.value], [doc, value]]));
}

function contribDelete<T>(m: Map<string, Contribs<T>>, id: string, doc: string): void {
  const c = m.get(id);
  if (!c) return;
  if (c instanceof Map) {
    c.delete(doc);
    if (c.size === 1) {
      const [d, v] = [...c][0]!;
      m.set(id, { doc: d, value: v });
    } else if (c.size === 0) m.delete(id);
  } else if (c.doc === doc) m.delete(id);
}

class MaterialisedGraph {
  readonly batches = new Map<string, GraphBatch>();
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  /** node id → ids of incident edges (both directions) */
  readonly adjacency = new Map<string, Set<string>>();
  private readonly nodeContribs = new Map<string, Contribs<GraphNode>>();
  private readonly edgeContribs = new Map<string, Contribs<GraphEdge>>();
  /** Bumped on every change; lets derived indexes (search) know they are stale. */
  version = 0;

  replace(batch: GraphBatch): void {
    const old = this.batches.get(batch.documentId);
    const touchedNodes = new Set<string>();
    const touchedEdges = new Set<string>();
    if (old) this.retract(old, touchedNodes, touchedEdges);
    this.batches.set(batch.documentId, batch);
    for (const n of batch.nodes) {
      contribSet(this.nodeContribs, n.id, batch.documentId, n);
      touchedNodes.add(n.id);
    }
    for (const e of batch.edges) {
      contribSet(this.edgeContribs, e.id, batch.documentId, e);
      touchedEdges.add(e.id);
    }
    this.recompute(touchedNodes, touchedEdges);
  }

  remove(documentId: string): boolean {
    const old = this.batches.get(documentId);
    if (!old) return false;
    const touchedNodes = new Set<string>();
    const touchedEdges = new Set<string>();
    this.retract(old, touchedNodes, touchedEdges);
    this.batches.delete(documentId);
    this.recompute(touchedNodes, touchedEdges);
    return true;
  }

  private retract(batch: GraphBatch, touchedNodes: Set<string>, touchedEdges: Set<string>): void {
    for (const n of batch.nodes) {
      contribDelete(this.nodeContribs, n.id, batch.documentId);
      touchedNodes.add(n.id);
    }
    for (const e of batch.edges) {
      contribDelete(this.edgeContribs, e.id, batch.documentId);
      touchedEdges.add(e.id);
    }
  }

  private recompute(nodeIds: Set<string>, edgeIds: Set<string>): void {
    this.version++;
    for (const id of nodeIds) {
      const c = this.nodeContribs.get(id);
      if (!c) {
        this.nodes.delete(id);
        continue;
      }
      this.nodes.set(id, mergeNodes(sortedValues(c)));
    }
    for (const id of edgeIds) {
      const c = this.edgeContribs.get(id);
      const prev = this.edges.get(id);
      if (prev) this.unlink(prev);
      if (!c) {
        this.edges.delete(id);
        continue;
      }
      const merged = mergeEdges(sortedValues(c));
      this.edges.set(id, merged);
      this.link(merged);
    }
    // Dangling edges (an endpoint no document states any more) are hidden, not deleted:
    // they come back if the endpoint does. Readers use `edgeVisible`.
  }

  edgeVisible(e: GraphEdge): boolean {
    return this.nodes.has(e.source) && this.nodes.has(e.target);
  }

  private link(e: GraphEdge): void {
    adj(this.adjacency, e.source).add(e.id);
    adj(this.adjacency, e.target).add(e.id);
  }

  private unlink(e: GraphEdge): void {
    this.adjacency.get(e.source)?.delete(e.id);
    this.adjacency.get(e.target)?.delete(e.id);
  }
}

function adj(m: Map<string, Set<string>>, id: string): Set<string> {
  let s = m.get(id);
  if (!s) {
    s = new Set();
    m.set(id, s);
  }
  return s;
}

function sortedValues<T>(c: Contribs<T>): T[] {
  if (!(c instanceof Map)) return [c.value];
  return [...c.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map((x) => x[1]);
}


export class ReferenceStore {
  private readonly graph = new MaterialisedGraph();
  private searchIndex: { version: number; rows: { id: string; name: string; aliases: string[] }[] } | null = null;
  private sortedIds: { version: number; ids: string[] } | null = null;
  private labelCounts: { version: number; counts: Map<string, number> } | null = null;

  replaceDocument(batch: GraphBatch): void {
    this.graph.replace(structuredClone(batch));
  }
  removeDocument(documentId: string): boolean {
    return this.graph.remove(documentId);
  }
  documents(): string[] {
    return [...this.graph.batches.keys()].sort();
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
    const depth = clampInt(options.depth ?? 1, 0, 4);
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

  async exportGraph(): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
    const nodes = [...this.graph.nodes.values()].sort((a, b) => cmp(a.id, b.id));
    const edges = [...this.graph.edges.values()].filter((e) => this.graph.edgeVisible(e)).sort((a, b) => cmp(a.id, b.id));
    return { nodes, edges };
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
    return { nodes: this.graph.nodes.size, edges, byLabel, byType, documents: this.graph.batches.size };
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function clampInt(n: number, lo: number, hi: number): number {
  if (!Number.isFinite(n)) return lo;
  return Math.max(lo, Math.min(hi, Math.trunc(n)));
}

