// Pure mapping from app graph state to Cytoscape element definitions and layout options.
import type cytoscape from 'cytoscape';
import type { GraphEdgeLite, GraphNodeLite } from '../api.ts';
import { edgeLabel, nodeDisplayName } from '../labels.ts';

export type LayoutName = 'fcose' | 'concentric';

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
  return {
    name: 'fcose',
    quality: nodeCount > DRAFT_THRESHOLD ? 'draft' : 'default',
    randomize: opts.randomize,
    animate,
    animationDuration: 400,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: true,
    nodeRepulsion: () => 16000,
    gravity: 0.12,
    gravityRange: 3.0,
    idealEdgeLength: () => 85,
    edgeElasticity: () => 0.45,
    numIter: 2500,
    packComponents: true,
  } as cytoscape.LayoutOptions;
}
