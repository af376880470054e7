// Exports of the current view: CSV (UTF-8 with BOM so Excel reads Chinese), GraphML, JSON and
// SVG (drawn from node positions; no SVG extension needed). Pure string builders + a download helper.
import type { GraphEdgeLite, GraphNodeLite, Label } from './api.ts';
import { LABEL_STYLE, edgeLabel } from './labels.ts';

export const BOM = '\uFEFF';

/** One CSV field: quoted when it holds a comma, quote, CR/LF; formula-looking text is neutralised. */
export function csvField(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text (with BOM, CRLF line ends) from a header and rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export interface ViewGraph {
  nodes: readonly GraphNodeLite[];
  edges: readonly GraphEdgeLite[];
}

/** The canvas as CSV: one row per node, then one per edge (source/target names resolved). */
export function graphToCsv(g: ViewGraph): string {
  const name = new Map(g.nodes.map((n) => [n.id, n.name]));
  const rows: unknown[][] = [];
  for (const n of g.nodes) rows.push(['node', n.id, n.label, n.name, n.aliases.join('、'), '', '', '']);
  for (const e of g.edges) {
    rows.push(['edge', e.id, e.type, edgeLabel(e), '', name.get(e.source) ?? e.source, name.get(e.target) ?? e.target, e.role ?? '']);
  }
  return toCsv(['kind', 'id', 'label_or_type', 'name', 'aliases', 'source', 'target', 'role'], rows);
}

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function graphToGraphML(g: ViewGraph): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="role" for="edge" attr.name="role" attr.type="string"/>',
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const n of g.nodes) {
    out.push(
      `    <node id="${xmlEscape(n.id)}"><data key="label">${xmlEscape(n.label)}</data><data key="name">${xmlEscape(n.name)}</data></node>`,
    );
  }
  for (const e of g.edges) {
    out.push(
      `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}"><data key="type">${e.type}</data>` +
        (e.role ? `<data key="role">${xmlEscape(e.role)}</data>` : '') +
        '</edge>',
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

export function graphToJson(g: ViewGraph, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...extra, nodes: g.nodes, edges: g.edges }, null, 2);
}

export interface PositionedNode {
  id: string;
  label: Label;
  name: string;
  x: number;
  y: number;
}

/** A standalone SVG of the drawn graph: straight edges with arrows, label-coloured shapes, names. */
export function graphToSvg(nodes: readonly PositionedNode[], edges: readonly { source: string; target: string; label: string }[]): string {
  const pad = 40;
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const minX = Math.min(0, ...xs) - pad;
  const minY = Math.min(0, ...ys) - pad;
  const w = (nodes.length ? Math.max(...xs) : 0) - minX + pad;
  const h = (nodes.length ? Math.max(...ys) : 0) - minY + pad + 16;
  const pos = new Map(nodes.map((n) => [n.id, n]));
  const f = (v: number) => v.toFixed(1);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${f(minX)} ${f(minY)} ${f(w)} ${f(h)}" width="${Math.ceil(w)}" height="${Math.ceil(h)}" font-family="system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#9aa5b1"/></marker></defs>',
    `<rect x="${f(minX)}" y="${f(minY)}" width="${f(w)}" height="${f(h)}" fill="#ffffff"/>`,
  ];
  for (const e of edges) {
    const a = pos.get(e.source);
    const b = pos.get(e.target);
    if (!a || !b) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const r = 14;
    parts.push(
      `<line x1="${f(a.x)}" y1="${f(a.y)}" x2="${f(b.x - (dx / len) * r)}" y2="${f(b.y - (dy / len) * r)}" stroke="#9aa5b1" stroke-width="1.2" marker-end="url(#arrow)"/>`,
    );
    if (e.label) {
      parts.push(`<text x="${f((a.x + b.x) / 2)}" y="${f((a.y + b.y) / 2)}" font-size="9" fill="#52606d" text-anchor="middle">${xmlEscape(e.label)}</text>`);
    }
  }
  for (const n of nodes) {
    const s = LABEL_STYLE[n.label];
    const r = (s?.size ?? 24) / 2;
    const fill = s?.color ?? '#999';
    const stroke = s?.border ?? '#555';
    const shape =
      s?.shape === 'rectangle'
        ? `<rect x="${f(n.x - r)}" y="${f(n.y - r)}" width="${f(2 * r)}" height="${f(2 * r)}" fill="${fill}" stroke="${stroke}"/>`
        : s?.shape === 'ellipse'
          ? `<circle cx="${f(n.x)}" cy="${f(n.y)}" r="${f(r)}" fill="${fill}" stroke="${stroke}"/>`
          : `<polygon points="${polygon(s?.shape ?? 'hexagon', n.x, n.y, r)}" fill="${fill}" stroke="${stroke}"/>`;
    parts.push(
      `<g data-id="${xmlEscape(n.id)}">${shape}<text x="${f(n.x)}" y="${f(n.y + r + 12)}" font-size="11" fill="#1f2933" text-anchor="middle">${xmlEscape(n.name)}</text></g>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}

function polygon(shape: string, cx: number, cy: number, r: number): string {
  const sides: Record<string, number> = { hexagon: 6, diamond: 4, triangle: 3, pentagon: 5, star: 10 };
  const n = sides[shape] ?? 6;
  const pts: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / n;
    const rr = shape === 'star' && i % 2 === 1 ? r * 0.45 : r;
    pts.push(`${(cx + rr * Math.cos(a)).toFixed(1)},${(cy + rr * Math.sin(a)).toFixed(1)}`);
  }
  return pts.join(' ');
}

/** Saves a Blob or text as a file through a temporary link (no network). */
export function download(filename: string, data: Blob | string, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
