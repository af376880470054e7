// Helpers shared by the analyses: batched store reads, the confidence threshold, ordering.
import { DEFAULT_MIN_CONFIDENCE, edgeConfidence } from '../basis.ts';
import type { ChainIndex } from '../chain-templates.ts';
import type { GraphEdge, GraphNode, RelType } from '../model.ts';
import type { GraphStore } from '../store/port.ts';
import type { HubCountsAt } from './fanout.ts';

export interface AnalysisOptions {
  /** Edges below this confidence are left out (default 0.5: what users see by default). */
  minConfidence?: number;
  /** Chain templates of the lexicon (chains.tsv), for chain stages and 补链 gaps. */
  templates?: ChainIndex;
  /** Bounds of hub expansion (analysis/fanout.ts); tests pass Infinity for the full expansion. */
  fanout?: { hub?: number; budget?: number };
  /** Hub member counts remembered per data generation (fanout.ts HubCounts); absent: counted per request. */
  hubCounts?: HubCountsAt;
  /** Throws when the request must stop (its deadline passed: TIMEOUT); called at the analysis's turns of the event loop. */
  check?: () => void;
}

export const minConfidenceOf = (opts: AnalysisOptions): number => opts.minConfidence ?? DEFAULT_MIN_CONFIDENCE;

/** Edges of the given nodes and types at or above the threshold (edges without a confidence count as 1). */
export async function edgesAbove(store: GraphStore, ids: string[], direction: 'in' | 'out' | 'both', types: RelType[], min: number): Promise<GraphEdge[]> {
  if (ids.length === 0) return [];
  const es = await store.edgesOf({ ids, direction, types });
  return min <= 0 ? es : es.filter((e) => edgeConfidence(e.properties) >= min);
}

export async function nodesById(store: GraphStore, ids: string[]): Promise<Map<string, GraphNode>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const got = await store.getNodes(unique);
  const out = new Map<string, GraphNode>();
  got.forEach((n) => n && out.set(n.id, n));
  return out;
}

/** One collator (String#localeCompare with a locale builds its comparison per call: slow on hundreds of names). */
const zhCollator = new Intl.Collator('zh-Hans-CN');
export const byName = (a: GraphNode, b: GraphNode): number => zhCollator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * byName over a known set of nodes as ranks: the collator sorts the set once, then comparing two
 * of its nodes is comparing two numbers. Gives byName's order exactly (byName is a total order);
 * a node outside the set is compared by byName.
 */
export function nameOrder(nodes: Iterable<GraphNode>): (a: GraphNode, b: GraphNode) => number {
  const rank = new Map<GraphNode, number>();
  [...nodes].sort(byName).forEach((n, i) => rank.set(n, i));
  return (a, b) => {
    const x = rank.get(a);
    const y = rank.get(b);
    return x !== undefined && y !== undefined ? x - y : byName(a, b);
  };
}

export function dedupeNodes(ns: GraphNode[]): GraphNode[] {
  const seen = new Set<string>();
  return ns.filter((n) => (seen.has(n.id) ? false : (seen.add(n.id), true)));
}
