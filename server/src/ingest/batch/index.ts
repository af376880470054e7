// Stage 8, batch: everything one document contributes to the graph, as one GraphBatch: its Document
// and Measure nodes with CONTAINS (document.ts), Departments with RESPONSIBLE_FOR (departments.ts), and
// the resolved entities and their edges. A node or edge named twice is one (aliases, evidence and
// missing properties merged).
//   takes: the structured document and the resolved entities
//   gives: GraphBatch (what a store's replaceDocument takes); see report.ts for what is reported
import type { GraphBatch, GraphEdge, GraphNode } from '../../model.ts';
import { documentId } from '../ids.ts';
import type { ResolvedEntities } from '../resolve/index.ts';
import type { StructuredDoc } from '../types.ts';
import { responsibilityEdges } from './departments.ts';
import { documentNode, firstSentences, measureNode } from './document.ts';

export function assembleBatch(doc: StructuredDoc, entities: ResolvedEntities): GraphBatch {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  put(nodes, documentNode(doc));
  const first = firstSentences(doc);
  doc.measures.forEach((m, i) => {
    const { node, contains } = measureNode(doc, m, i, first.get(i));
    put(nodes, node);
    putEdge(edges, contains);
    const r = responsibilityEdges(doc, m, i);
    for (const d of r.departments) put(nodes, d);
    for (const e of r.edges) putEdge(edges, e);
  });
  for (const n of entities.nodes) put(nodes, { ...n, aliases: [...n.aliases], properties: { ...n.properties } });
  for (const e of entities.edges) putEdge(edges, { ...e, properties: { ...e.properties }, evidence: [...e.evidence] });
  return { documentId: documentId(doc.source.file), sourceHash: doc.source.sourceHash, nodes: [...nodes.values()], edges: [...edges.values()] };
}

function put(nodes: Map<string, GraphNode>, n: GraphNode): void {
  const old = nodes.get(n.id);
  if (!old) {
    nodes.set(n.id, n);
    return;
  }
  for (const a of n.aliases) if (!old.aliases.includes(a) && a !== old.name) old.aliases.push(a);
  for (const [k, v] of Object.entries(n.properties)) if (!(k in old.properties)) old.properties[k] = v;
}

function putEdge(edges: Map<string, GraphEdge>, e: GraphEdge): void {
  const old = edges.get(e.id);
  if (!old) {
    edges.set(e.id, e);
    return;
  }
  for (const ev of e.evidence) {
    if (!old.evidence.some((x) => x.start === ev.start && x.end === ev.end && x.documentId === ev.documentId)) old.evidence.push(ev);
  }
  for (const [k, v] of Object.entries(e.properties)) if (!(k in old.properties)) old.properties[k] = v;
}
