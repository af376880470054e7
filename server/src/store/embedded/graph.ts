// In-memory graph materialised from per-document batches.
//
// The graph is the union of the batches: a node or edge stated by several documents is merged
// by id. Merge rule (pinned by the contract suite, mirrored by the Neo4j adapter):
//   - name, label and properties: from the contribution of the smallest documentId;
//     properties missing there are filled from later contributions (in documentId order);
//   - aliases: union of all contributions, sorted;
//   - edge evidence: concatenation in documentId order, duplicates (same doc, start, end) dropped.
// Each node/edge remembers its contributions, so replacing or removing one document touches
// only what that document stated.
import type { GraphBatch, GraphEdge, GraphNode } from '../../model.ts';
import { mergeEdges, mergeNodes } from '../merge.ts';

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
      const [d, v] = c.entries().next().value!;
      m.set(id, { doc: d, value: v });
    } else if (c.size === 0) m.delete(id);
  } else if (c.doc === doc) m.delete(id);
}

export class MaterialisedGraph {
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
