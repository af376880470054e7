// Imperative operations on a Cytoscape instance shared by the Explore canvas: filters, selection
// highlight, and the classes and renderer shortcuts that depend on the canvas's size.
import type cytoscape from 'cytoscape';
import type { Label, RelType } from '../api.ts';
import { BIG_GRAPH, EDGE_LABEL_LIMIT } from './elements.ts';
import type { RendererMode } from './renderer.ts';

export interface Selection {
  kind: 'node' | 'edge';
  id: string;
}

/** Hides nodes of hidden labels and edges of hidden types; only elements whose state changes are touched. */
export function applyFilters(cy: cytoscape.Core, labels: ReadonlySet<Label>, types: ReadonlySet<RelType>): void {
  cy.batch(() => {
    const hideNode = (n: cytoscape.NodeSingular) => labels.has(n.data('label') as Label);
    const hideEdge = (e: cytoscape.EdgeSingular) => types.has(e.data('type') as RelType);
    cy.nodes('.hidden').filter((n) => !hideNode(n)).removeClass('hidden');
    cy.edges('.hidden').filter((e) => !hideEdge(e)).removeClass('hidden');
    if (labels.size) cy.nodes(':visible').filter(hideNode).addClass('hidden');
    if (types.size) cy.edges().filter((e) => !e.hasClass('hidden') && hideEdge(e)).addClass('hidden');
  });
}

/** Classes an element needs from the start on a canvas of this size (so a big addition is styled once). */
export function sizeClasses(elements: number, edges: number, isEdge: boolean): string {
  const c: string[] = [];
  if (elements > BIG_GRAPH) c.push('big');
  if (isEdge && edges > EDGE_LABEL_LIMIT) c.push('nolabel');
  return c.join(' ');
}

export function applySelection(cy: cytoscape.Core, selected: Selection | null): void {
  cy.batch(() => {
    cy.elements(':selected').unselect();
    cy.elements('.hl').removeClass('hl');
    cy.nodes('.focus').removeClass('focus');
    if (!selected) return;
    if (!cy.hasElementWithId(selected.id)) return;
    const el = cy.getElementById(selected.id);
    el.select();
    if (el.isNode()) {
      el.addClass('focus');
      el.connectedEdges().addClass('hl');
    }
  });
}

/** Edge labels only on small canvases; the cheap "big" style and renderer shortcuts on big ones. */
export function styleClasses(cy: cytoscape.Core, mode: RendererMode): void {
  const nolabel = cy.edges().length > EDGE_LABEL_LIMIT;
  const big = cy.elements().length > BIG_GRAPH;
  // Only the elements whose class changes (a class change restyles the element at the next frame).
  cy.edges(nolabel ? ':not(.nolabel)' : '.nolabel').toggleClass('nolabel', nolabel);
  cy.elements(big ? ':not(.big)' : '.big').toggleClass('big', big);
  // WebGL draws full quality while panning; the canvas renderer needs its shortcuts.
  if (mode === 'canvas') tuneRenderer(cy, big);
}

export function tuneRenderer(cy: cytoscape.Core, big: boolean): void {
  const r = (cy as unknown as { renderer?: () => Record<string, unknown> }).renderer?.();
  if (!r) return;
  r.hideEdgesOnViewport = big;
  r.textureOnViewport = big;
}
