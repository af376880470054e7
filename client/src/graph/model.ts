// The canvas content as immutable app state: what is on the graph, independent of Cytoscape.
// Subgraphs from the API merge in; the view (GraphView) diffs this state into its `cy` instance.
import type { GraphEdgeLite, GraphNodeLite, Subgraph } from '../api.ts';

export interface GraphState {
  nodes: ReadonlyMap<string, GraphNodeLite>;
  edges: ReadonlyMap<string, GraphEdgeLite>;
}

export const EMPTY_GRAPH: GraphState = { nodes: new Map(), edges: new Map() };

export interface MergeResult {
  graph: GraphState;
  addedNodes: number;
  addedEdges: number;
}

/**
 * Merges nodes and edges into the graph. Returns the same state object when nothing is new,
 * so React skips a re-render. Edges whose endpoints are absent (from both the graph and the
 * subgraph) are dropped: Cytoscape rejects dangling edges.
 */
export function mergeSubgraph(
  graph: GraphState,
  sub: Pick<Subgraph, 'nodes' | 'edges'>,
): MergeResult {
  let nodes: Map<string, GraphNodeLite> | null = null;
  let edges: Map<string, GraphEdgeLite> | null = null;
  let addedNodes = 0;
  let addedEdges = 0;
  for (const n of sub.nodes) {
    if (graph.nodes.has(n.id) || nodes?.has(n.id)) continue;
    nodes ??= new Map(graph.nodes);
    nodes.set(n.id, n);
    addedNodes++;
  }
  const has = (id: string) => (nodes ?? graph.nodes).has(id);
  for (const e of sub.edges) {
    if (graph.edges.has(e.id) || edges?.has(e.id)) continue;
    if (!has(e.source) || !has(e.target)) continue;
    edges ??= new Map(graph.edges);
    edges.set(e.id, e);
    addedEdges++;
  }
  if (!nodes && !edges) return { graph, addedNodes: 0, addedEdges: 0 };
  return { graph: { nodes: nodes ?? graph.nodes, edges: edges ?? graph.edges }, addedNodes, addedEdges };
}

/** Removes nodes (and their incident edges). */
export function removeNodes(graph: GraphState, ids: Iterable<string>): GraphState {
  const drop = new Set(ids);
  if (![...drop].some((id) => graph.nodes.has(id))) return graph;
  const nodes = new Map([...graph.nodes].filter(([id]) => !drop.has(id)));
  const edges = new Map([...graph.edges].filter(([, e]) => !drop.has(e.source) && !drop.has(e.target)));
  return { nodes, edges };
}

/** Removes edges by id (their nodes stay). */
export function removeEdges(graph: GraphState, ids: Iterable<string>): GraphState {
  const drop = new Set(ids);
  if (![...drop].some((id) => graph.edges.has(id))) return graph;
  return { nodes: graph.nodes, edges: new Map([...graph.edges].filter(([id]) => !drop.has(id))) };
}
