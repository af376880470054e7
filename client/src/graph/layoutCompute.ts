// A layout computed away from the page: a headless Cytoscape (no renderer, no DOM) runs fcose (or
// dagre, in tests) on node boxes and returns positions. Runs in the layout worker (layout.worker.ts); pure
// enough to unit-test in Node. Node boxes include their labels, estimated by the page.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import { layoutOptions } from './elements.ts';
import type { LayoutName } from '../route.ts';

export interface LayoutRequest {
  seq: number;
  layout: LayoutName;
  randomize: boolean;
  ids: string[];
  /** Box of each node (label included), and its current position. */
  w: Float32Array;
  h: Float32Array;
  x: Float64Array;
  y: Float64Array;
  /** Edges as node indexes. */
  source: Int32Array;
  target: Int32Array;
}

export interface LayoutResult {
  seq: number;
  /** x0, y0, x1, y1, … in the order of the request's ids. */
  positions: Float64Array;
  /** Time spent computing, in the worker. */
  ms: number;
  layout: string;
  error?: string;
}

let registered = false;

export function computeLayout(req: LayoutRequest): LayoutResult {
  const t0 = performance.now();
  if (!registered) {
    cytoscape.use(fcose);
    cytoscape.use(dagre);
    registered = true;
  }
  const n = req.ids.length;
  const elements: cytoscape.ElementDefinition[] = new Array(n + req.source.length);
  for (let i = 0; i < n; i++) {
    elements[i] = { group: 'nodes', data: { id: req.ids[i]!, w: req.w[i], h: req.h[i] }, position: { x: req.x[i]!, y: req.y[i]! } };
  }
  for (let i = 0; i < req.source.length; i++) {
    elements[n + i] = { group: 'edges', data: { id: `e${i}`, source: req.ids[req.source[i]!]!, target: req.ids[req.target[i]!]! } };
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', shape: 'rectangle' } }],
    elements,
  });
  const opts = { ...layoutOptions(req.layout, n, { randomize: req.randomize }), animate: false, fit: false, nodeDimensionsIncludeLabels: false } as cytoscape.LayoutOptions;
  cy.layout(opts).run();
  const positions = new Float64Array(2 * n);
  cy.nodes().forEach((node, i) => {
    const p = node.position();
    positions[2 * i] = p.x;
    positions[2 * i + 1] = p.y;
  });
  cy.destroy();
  return { seq: req.seq, positions, ms: performance.now() - t0, layout: (opts as { name: string }).name };
}
