// Export formats: industry-kg/graph@1 JSON (contract), GraphML (Gephi, NetworkX, yEd) and CSV
// (nodes.csv + edges.csv, headers compatible with `neo4j-admin database import`).
import type { GraphEdge, GraphExport, GraphNode } from './model.ts';
import { EXPORT_FORMAT } from './model.ts';
import type { CurationRecord } from './store/curation.ts';

export type ExportFormat = 'json' | 'graphml' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'graphml', 'csv'];

/**
 * `industry-kg/graph@1`. The graph as it reads with curation applied; `curation` (an extra key
 * graph@1 readers ignore) is the log itself, so `kg import-curation` can apply it to another store.
 */
export function toJson(graph: { nodes: GraphNode[]; edges: GraphEdge[] }, curation: CurationRecord[] = []): string {
  const out: GraphExport & { curation?: CurationRecord[] } = { format: EXPORT_FORMAT, nodes: graph.nodes, edges: graph.edges };
  if (curation.length > 0) out.curation = curation;
  return JSON.stringify(out, null, 1) + '\n';
}

function xml(s: string): string {
  // Strip characters XML 1.0 cannot carry, then escape.
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function toGraphML(graph: { nodes: GraphNode[]; edges: GraphEdge[] }): string {
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    '  <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>',
    '  <key id="nprops" for="node" attr.name="properties" attr.type="string"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="role" for="edge" attr.name="role" attr.type="string"/>',
    '  <key id="eprops" for="edge" attr.name="properties" attr.type="string"/>',
    '  <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>',
    `  <graph id="${EXPORT_FORMAT}" edgedefault="directed">`,
  ];
  for (const n of graph.nodes) {
    lines.push(
      `    <node id="${xml(n.id)}"><data key="label">${xml(n.label)}</data><data key="name">${xml(n.name)}</data>` +
        `<data key="aliases">${xml(n.aliases.join('|'))}</data><data key="nprops">${xml(JSON.stringify(n.properties))}</data></node>`,
    );
  }
  for (const e of graph.edges) {
    const role = typeof e.properties.role === 'string' ? e.properties.role : '';
    lines.push(
      `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="type">${xml(e.type)}</data>` +
        `<data key="role">${xml(role)}</data><data key="eprops">${xml(JSON.stringify(e.properties))}</data>` +
        `<data key="evidence">${xml(JSON.stringify(e.evidence))}</data></edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/**
 * One CSV field: quoted when it holds a comma, quote or line break. Text a spreadsheet would run as
 * a formula (=HYPERLINK(…), +, -, @, tab, CR first) gets a leading ' (OWASP's advice; the client's
 * CSV export does the same); the JSON and GraphML exports carry the exact text.
 */
export function csvCell(value: string): string {
  const s = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(graph: { nodes: GraphNode[]; edges: GraphEdge[] }): { nodes: string; edges: string } {
  const nodes = ['id:ID,:LABEL,name,aliases:string[],properties'];
  for (const n of graph.nodes) {
    nodes.push([n.id, n.label, n.name, n.aliases.map((a) => a.replace(/;/g, ',')).join(';'), JSON.stringify(n.properties)].map(csvCell).join(','));
  }
  const edges = [':START_ID,:END_ID,:TYPE,id,role,properties,evidence'];
  for (const e of graph.edges) {
    const role = typeof e.properties.role === 'string' ? e.properties.role : '';
    edges.push([e.source, e.target, e.type, e.id, role, JSON.stringify(e.properties), JSON.stringify(e.evidence)].map(csvCell).join(','));
  }
  // BOM so that spreadsheet programs read the Chinese text as UTF-8.
  return { nodes: '\uFEFF' + nodes.join('\n') + '\n', edges: '\uFEFF' + edges.join('\n') + '\n' };
}

// ---- Streaming (kg export) -----------------------------------------------------------------
// The same bytes as toJson / toGraphML / toCsv, written a chunk at a time from a stream of the
// graph: at 10⁵ nodes the whole-graph path held every edge object (twice, sorted and curated),
// every line and the joined text at once (1.4–1.6 GB).

/** The graph to export, read in id order a node and an edge at a time. */
export interface GraphStream {
  nodes(): Iterable<GraphNode> | AsyncIterable<GraphNode>;
  edges(): Iterable<GraphEdge> | AsyncIterable<GraphEdge>;
}

/** A store's own streaming read path (the embedded store's exportStream). */
interface StreamingStore {
  exportStream(): { nodes: () => Iterable<GraphNode>; edges: () => Iterable<GraphEdge> };
}
function isStreaming(x: unknown): x is StreamingStore {
  return typeof x === 'object' && x !== null && typeof (x as StreamingStore).exportStream === 'function';
}

/** The reads of a store the export needs (GraphStore and CuratedStore both have them). */
export interface ExportableStore {
  exportGraph(): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }>;
  readCuration(afterSeq?: number): Promise<CurationRecord[]>;
  getNodes(ids: string[]): Promise<(GraphNode | null)[]>;
  edgesOf(query: { ids: string[] }): Promise<GraphEdge[]>;
  /** A curated store: the store it reads through its overlay. */
  inner?: unknown;
}

/**
 * Every node a curation record concerns: the fact's ends and both sides of a merge (`nodeIds`),
 * the node kept, the node or edge added. The overlay changes only nodes among these and edges
 * with an end among them (store/curated/view.ts transform: an edge between nodes no change
 * touches, not itself rejected or edited, reads as it is — and a rejected or edited edge's ends
 * are the record's nodeIds).
 */
export function curatedNodeIds(records: readonly CurationRecord[]): Set<string> {
  const out = new Set<string>();
  for (const r of records) {
    for (const id of r.nodeIds ?? []) out.add(id);
    if (r.into) out.add(r.into);
    if (r.node) out.add(r.node.id);
    if (r.edge) (out.add(r.edge.source), out.add(r.edge.target));
    if (r.kind === 'node' && r.op !== 'undo' && r.op !== 'split') out.add(r.target);
  }
  return out;
}

/**
 * The graph as `store.exportGraph()` lists it, as a stream where the store can: an embedded store
 * (directly, or under a curated layer) streams its nodes and edges in id order; the few a
 * curation record concerns are read through the curated layer (getNodes, edgesOf of those nodes)
 * and merged in by id. Any other store: its exportGraph.
 */
export async function exportStreamOf(store: ExportableStore): Promise<GraphStream> {
  const base = isStreaming(store) ? store.exportStream() : isStreaming(store.inner) ? store.inner.exportStream() : null;
  if (!base) {
    const g = await store.exportGraph();
    return { nodes: () => g.nodes, edges: () => g.edges };
  }
  if (!isStreaming(store) && isStreaming(store.inner)) {
    const records = await store.readCuration();
    if (records.length > 0) {
      const touched = curatedNodeIds(records);
      const ids = [...touched].sort();
      const nodes = new Map<string, GraphNode>();
      const edges = new Map<string, GraphEdge>();
      for (let i = 0; i < ids.length; i += 1000) {
        const page = ids.slice(i, i + 1000);
        for (const n of await store.getNodes(page)) if (n) nodes.set(n.id, n);
        for (const e of await store.edgesOf({ ids: page })) edges.set(e.id, e);
      }
      const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      const overNodes = [...nodes.values()].sort(byId);
      const overEdges = [...edges.values()].sort(byId);
      return {
        nodes: () => mergeById(base.nodes(), (n) => !touched.has(n.id), overNodes),
        edges: () => mergeById(base.edges(), (e) => !touched.has(e.source) && !touched.has(e.target), overEdges),
      };
    }
  }
  return base;
}

/** `stream` (in id order) without what `keep` refuses, with `extra` (in id order) merged in. */
function* mergeById<T extends { id: string }>(stream: Iterable<T>, keep: (x: T) => boolean, extra: readonly T[]): Generator<T> {
  let k = 0;
  for (const x of stream) {
    if (!keep(x)) continue;
    while (k < extra.length && extra[k]!.id < x.id) yield extra[k++]!;
    yield x;
  }
  while (k < extra.length) yield extra[k++]!;
}

/** Text written in chunks of about 1 MB to `sink` (which may wait: a file stream's backpressure). */
class Chunks {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly sink: (s: string) => void | Promise<void>) {}
  async add(s: string): Promise<void> {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= 1 << 20) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const s = this.parts.join('');
    this.parts = [];
    this.size = 0;
    await this.sink(s);
  }
}

/** `JSON.stringify(list, null, 1)` as it reads at depth 1 of an object, written an element at a time. */
async function jsonArray<T>(w: Chunks, list: Iterable<T> | AsyncIterable<T>): Promise<number> {
  let n = 0;
  for await (const x of list) {
    await w.add((n === 0 ? '[\n  ' : ',\n  ') + JSON.stringify(x, null, 1).replace(/\n/g, '\n  '));
    n++;
  }
  await w.add(n === 0 ? '[]' : '\n ]');
  return n;
}

/** toJson's text, streamed. Returns the counts written. */
export async function writeJsonStream(graph: GraphStream, curation: CurationRecord[], sink: (s: string) => void | Promise<void>): Promise<{ nodes: number; edges: number }> {
  const w = new Chunks(sink);
  await w.add(`{\n "format": ${JSON.stringify(EXPORT_FORMAT)},\n "nodes": `);
  const nodes = await jsonArray(w, graph.nodes());
  await w.add(',\n "edges": ');
  const edges = await jsonArray(w, graph.edges());
  if (curation.length > 0) {
    await w.add(',\n "curation": ');
    await jsonArray(w, curation);
  }
  await w.add('\n}\n');
  await w.flush();
  return { nodes, edges };
}

/** toGraphML's text, streamed. */
export async function writeGraphMLStream(graph: GraphStream, sink: (s: string) => void | Promise<void>): Promise<{ nodes: number; edges: number }> {
  const w = new Chunks(sink);
  const head = toGraphML({ nodes: [], edges: [] });
  const tail = '  </graph>\n</graphml>\n';
  await w.add(head.slice(0, head.length - tail.length));
  let nodes = 0;
  let edges = 0;
  for await (const n of graph.nodes()) {
    const one = toGraphML({ nodes: [n], edges: [] });
    await w.add(one.slice(head.length - tail.length, one.length - tail.length));
    nodes++;
  }
  for await (const e of graph.edges()) {
    const one = toGraphML({ nodes: [], edges: [e] });
    await w.add(one.slice(head.length - tail.length, one.length - tail.length));
    edges++;
  }
  await w.add(tail);
  await w.flush();
  return { nodes, edges };
}

/** toCsv's two texts, streamed to their sinks. */
export async function writeCsvStream(
  graph: GraphStream,
  nodesSink: (s: string) => void | Promise<void>,
  edgesSink: (s: string) => void | Promise<void>,
): Promise<{ nodes: number; edges: number }> {
  const wn = new Chunks(nodesSink);
  await wn.add('\uFEFFid:ID,:LABEL,name,aliases:string[],properties\n');
  let nodes = 0;
  for await (const n of graph.nodes()) {
    await wn.add([n.id, n.label, n.name, n.aliases.map((a) => a.replace(/;/g, ',')).join(';'), JSON.stringify(n.properties)].map(csvCell).join(',') + '\n');
    nodes++;
  }
  await wn.flush();
  const we = new Chunks(edgesSink);
  await we.add('\uFEFF:START_ID,:END_ID,:TYPE,id,role,properties,evidence\n');
  let edges = 0;
  for await (const e of graph.edges()) {
    const role = typeof e.properties.role === 'string' ? e.properties.role : '';
    await we.add([e.source, e.target, e.type, e.id, role, JSON.stringify(e.properties), JSON.stringify(e.evidence)].map(csvCell).join(',') + '\n');
    edges++;
  }
  await we.flush();
  return { nodes, edges };
}
