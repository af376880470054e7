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
