// Pure mapping from app graph state to Cytoscape element definitions and layout options.
import type cytoscape from 'cytoscape';
import type { GraphEdgeLite, GraphNodeLite } from '../api.ts';
import { edgeLabel, nodeDisplayName } from '../labels.ts';

import type { LayoutName } from '../route.ts';
export type { LayoutName };

/** dagre runs on the main thread: above this many nodes the hierarchical layout falls back to breadthfirst. */
export const DAGRE_LIMIT = 500;

/**
 * Above this many elements (nodes + edges) the canvas uses Cytoscape's WebGL renderer when the
 * browser has WebGL 2 (bench/ui.ts measures both renderers; see bench/RESULTS.md).
 */
export const WEBGL_MIN_ELEMENTS = 10000;

/** Above this many elements the canvas switches to its "big graph" rendering settings. */
export const BIG_GRAPH = 1500;

/** Above this many nodes fcose runs in draft quality. */
export const DRAFT_THRESHOLD = 300;

/** Above this many edges, edge labels show only on highlighted / selected edges. */
export const EDGE_LABEL_LIMIT = 60;

export function nodeElement(n: GraphNodeLite, position?: cytoscape.Position): cytoscape.ElementDefinition {
  return {
    group: 'nodes',
    data: { id: n.id, label: n.label, name: n.name, display: nodeDisplayName(n) },
    ...(position ? { position } : {}),
  };
}

export function edgeElement(e: GraphEdgeLite): cytoscape.ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      // Cytoscape selectors cannot match null; use '' for "no role".
      role: e.role ?? '',
      display: edgeLabel(e),
    },
  };
}

export function layoutOptions(name: LayoutName, nodeCount: number, opts: { randomize: boolean }): cytoscape.LayoutOptions {
  const animate = nodeCount <= 150;
  if (name === 'dagre') {
    if (nodeCount > DAGRE_LIMIT) {
      // Too big for dagre on the main thread: breadthfirst gives a layered view in linear time.
      return { name: 'breadthfirst', directed: true, animate: false, fit: true, padding: 30, spacingFactor: 0.9, avoidOverlap: false } as cytoscape.LayoutOptions;
    }
    return {
      name: 'dagre',
      rankDir: 'LR',
      nodeSep: 18,
      rankSep: 90,
      edgeSep: 8,
      animate,
      animationDuration: 300,
      fit: true,
      padding: 40,
      nodeDimensionsIncludeLabels: true,
    } as cytoscape.LayoutOptions;
  }
  if (name === 'concentric') {
    return {
      name: 'concentric',
      animate,
      animationDuration: 300,
      fit: true,
      padding: 40,
      minNodeSpacing: 18,
      avoidOverlap: true,
      // Most connected in the centre.
      concentric: (node: cytoscape.NodeSingular) => node.degree(false),
      levelWidth: () => 2,
    } as cytoscape.LayoutOptions;
  }
  const draft = nodeCount > DRAFT_THRESHOLD;
  return {
    name: 'fcose',
    quality: draft ? 'draft' : 'default',
    // fcose's draft quality is its spectral step, which needs randomize: with randomize false it
    // throws (relocateComponent of undefined) once components are packed. Big canvases re-lay out.
    randomize: draft ? true : opts.randomize,
    animate,
    animationDuration: 400,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: true,
    nodeRepulsion: () => 16000,
    gravity: 0.12,
    gravityRange: 3.0,
    // Leaves around a hub need room for their labels: longer edges at high-degree nodes.
    idealEdgeLength: (edge: cytoscape.EdgeSingular) => 80 + Math.min(240, 4 * Math.max(edge.source().degree(false), edge.target().degree(false))),
    edgeElasticity: () => 0.45,
    numIter: draft ? 600 : 2500,
    packComponents: true,
  } as cytoscape.LayoutOptions;
}
