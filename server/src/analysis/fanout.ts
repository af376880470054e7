// Bounded fan-out for analyses that go through hubs (issue 15: an industry with 50,000 enterprises
// must not be expanded per request). Written against the GraphStore port only.
//
// The pattern: ask the store how many member edges each hub has (countEdges, nothing
// materialised), expand the small hubs fully within a per-request budget, and for the hubs left
// out ("capped") take a bounded sample of members and check candidates' own edges against them,
// so that every candidate an analysis reports is scored exactly.
import { edgeId, type GraphEdge, type Label, type RelType } from '../model.ts';
import type { GraphStore } from '../store/port.ts';

/** A hub with more member edges than this is never expanded whole. */
export const HUB_FANOUT = 200;
/** Member edges expanded per request, over all hubs together. */
export const FANOUT_BUDGET = 500;
/** With capped hubs, the best `COMPLETE_FACTOR × first` candidates are scored exactly against them. */
export const COMPLETE_FACTOR = 3;

/** One kind of hub: its ids, the direction and types of its member edges, seen from the hub. */
export interface HubGroup {
  ids: string[];
  direction: 'in' | 'out';
  types: RelType[];
}

export interface BoundedExpansion {
  /** Member edges of the expanded hubs, per group (in the order given). */
  edges: GraphEdge[][];
  /** Member-edge count of every hub (countEdges), expanded or not. */
  counts: Map<string, number>;
  /** Hubs not expanded (over HUB_FANOUT, or past the budget), per group. */
  capped: Set<string>[];
}

/**
 * Expands the groups' hubs, smallest first in group order (put the most telling group first),
 * while each hub has at most `fanout` member edges and the total stays within `budget`. One
 * countEdges and at most one edgesOf call per group, whatever the data.
 */
export async function expandBounded(store: GraphStore, groups: HubGroup[], fanout = HUB_FANOUT, budget = FANOUT_BUDGET): Promise<BoundedExpansion> {
  const counted = await Promise.all(groups.map((g) => (g.ids.length ? store.countEdges({ ids: g.ids, direction: g.direction, types: g.types }) : Promise.resolve([] as number[]))));
  const counts = new Map<string, number>();
  let left = budget;
  const chosen: string[][] = [];
  const capped: Set<string>[] = [];
  groups.forEach((g, gi) => {
    const order = g.ids.map((id, i) => ({ id, n: counted[gi]![i]! })).sort((a, b) => a.n - b.n || (a.id < b.id ? -1 : 1));
    const take: string[] = [];
    const skip = new Set<string>();
    for (const { id, n } of order) {
      counts.set(id, n);
      if (n === 0) continue;
      if (n <= fanout && n <= left) {
        take.push(id);
        left -= n;
      } else skip.add(id);
    }
    chosen.push(take);
    capped.push(skip);
  });
  const edges = await Promise.all(groups.map((g, gi) => (chosen[gi]!.length ? store.edgesOf({ ids: chosen[gi]!, direction: g.direction, types: g.types }) : Promise.resolve([] as GraphEdge[]))));
  return { edges, counts, capped };
}

/**
 * Up to `limit` members (of `label`) of the given hubs, with the member edges: a bounded sample
 * through the store's bounded neighbourhood (which hubs' members come first is the store's order).
 */
export async function sampleMembers(store: GraphStore, hubs: Iterable<string>, types: RelType[], label: Label, limit: number): Promise<GraphEdge[]> {
  const ids = [...new Set(hubs)];
  if (ids.length === 0 || limit <= 0) return [];
  const hubSet = new Set(ids);
  const sub = await store.neighborhood(ids, { depth: 1, types, labels: [label], limit: ids.length + limit });
  return sub.edges.filter((e) => hubSet.has(e.source) !== hubSet.has(e.target));
}

/**
 * The edges between candidate members and the capped hubs of each group, found by their derived
 * ids (edge lookups: nothing is expanded and only existing edges are materialised). Past
 * `maxLookups` pairs it reads the candidates' own edges instead (a member is no hub).
 */
export async function tiesToCapped(store: GraphStore, candidates: string[], groups: HubGroup[], capped: Set<string>[], maxLookups = 2000): Promise<GraphEdge[]> {
  const pairs = groups.reduce((n, g, gi) => n + capped[gi]!.size * g.types.length, 0) * candidates.length;
  if (pairs === 0) return [];
  if (pairs > maxLookups) {
    const types = [...new Set(groups.flatMap((g, gi) => (capped[gi]!.size ? g.types : [])))];
    const cand = new Set(candidates);
    const found = await store.edgesOf({ ids: candidates, direction: 'both', types });
    return found.filter((e) => groups.some((g, gi) => g.types.includes(e.type) && (g.direction === 'in' ? capped[gi]!.has(e.target) && cand.has(e.source) : capped[gi]!.has(e.source) && cand.has(e.target))));
  }
  const ids = new Set<string>();
  groups.forEach((g, gi) => {
    for (const hub of capped[gi]!) for (const t of g.types) for (const c of candidates) ids.add(g.direction === 'in' ? edgeId(t, c, hub) : edgeId(t, hub, c));
  });
  return (await store.getEdges([...ids])).filter((e): e is GraphEdge => !!e);
}
