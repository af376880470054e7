// Cytoscape stylesheet: one colour + one shape per label (Okabe–Ito palette), edge labels by
// relationship type / role. Data fields used: node `label`, `display`; edge `type`, `role`, `display`.
import type cytoscape from 'cytoscape';
import { LABELS } from '../api.ts';
import { LABEL_STYLE } from '../labels.ts';

export const FONT_FAMILY = 'system-ui, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export function buildStylesheet(): cytoscape.StylesheetJson {
  const sheet: cytoscape.StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        'font-family': FONT_FAMILY,
        'font-size': 11,
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '130px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-outline-opacity': 0.9,
        'min-zoomed-font-size': 7,
        'border-width': 1.5,
        'background-color': '#999',
        'overlay-padding': 4,
      },
    },
  ];
  for (const label of LABELS) {
    const s = LABEL_STYLE[label];
    sheet.push({
      selector: `node[label = "${label}"]`,
      style: {
        'background-color': s.color,
        'border-color': s.border,
        shape: s.shape,
        width: s.size,
        height: s.size,
      },
    });
  }
  sheet.push(
    {
      selector: 'node[label = "Document"]',
      style: { 'font-weight': 'bold', width: 30, height: 38 },
    },
    {
      selector: 'node.focus',
      style: { 'font-size': 13, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#111827' },
    },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': '#9aa5b1',
        'target-arrow-color': '#9aa5b1',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(display)',
        'font-family': FONT_FAMILY,
        'font-size': 9,
        color: '#52606d',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 8,
      },
    },
    {
      selector: 'edge[type = "RESPONSIBLE_FOR"]',
      style: { 'line-color': '#c08a2b', 'target-arrow-color': '#c08a2b' },
    },
    {
      selector: 'edge[role = "lead"]',
      style: { width: 2.4, color: '#8f6300', 'font-weight': 'bold' },
    },
    {
      selector: 'edge[role = "support"]',
      style: { 'line-style': 'dashed' },
    },
    {
      selector: 'edge[type = "CONTAINS"]',
      style: { 'line-color': '#c3ccd6', 'target-arrow-color': '#c3ccd6' },
    },
    {
      selector: 'edge[type = "UPSTREAM_OF"], edge[type = "HOSTS"], edge[type = "IN_INDUSTRY"]',
      style: { 'line-color': '#3d8f75', 'target-arrow-color': '#3d8f75' },
    },
    {
      // weak facts (confidence < 0.5: only encouraged or listed) are dashed and faint
      selector: 'edge[weak = 1]',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [4, 3], opacity: 0.55 },
    },
    {
      // Dense canvases: edge labels only on highlighted / selected edges.
      selector: 'edge.nolabel',
      style: { 'text-opacity': 0, 'text-background-opacity': 0 },
    },
    {
      selector: 'edge.hl',
      style: {
        width: 2.6,
        'line-color': '#1f2933',
        'target-arrow-color': '#1f2933',
        color: '#111827',
        'z-index': 10,
        'text-opacity': 1,
        'text-background-opacity': 0.85,
      },
    },
    {
      selector: ':selected',
      style: { 'overlay-color': '#0072B2', 'overlay-opacity': 0.18 },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 3.5, 'border-color': '#111827' },
    },
    {
      selector: 'edge:selected',
      style: {
        width: 3.5,
        'line-color': '#111827',
        'target-arrow-color': '#111827',
        color: '#111827',
        'z-index': 20,
        'text-opacity': 1,
        'text-background-opacity': 0.85,
      },
    },
    {
      selector: '.hidden',
      style: { display: 'none' },
    },
    {
      // Big canvases: labels only when zoomed in, cheap straight edges without arrows.
      selector: 'node.big',
      style: { 'min-zoomed-font-size': 14, 'text-outline-width': 0 },
    },
    {
      selector: 'edge.big',
      style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', width: 0.8, label: '' },
    },
    {
      selector: '.faded',
      style: { opacity: 0.28 },
    },
    {
      // Drawn at draft places while the layout runs (GraphView): no labels yet, cheap to draw.
      selector: 'node.draft',
      style: { label: '', opacity: 0.75 },
    },
    {
      selector: 'edge.draft',
      style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', label: '', opacity: 0.35, width: 0.6 },
    },
  );
  return sheet;
}
