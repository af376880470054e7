// Bounded fan-out for analyses that go through hubs (issue 15: an industry with 50,000 enterprises
// must not be expanded per request). Written against the GraphStore port only.
//
// The pattern: ask the store how many member edges each hub has (countEdges, nothing
// materialised), expand the small hubs fully within a per-request budget, and for the hubs left
// out ("capped") take a bounded sample of members and check candidates' own edges against them,
// so that every candidate an analysis reports is scored exactly.
import { edgeId, type GraphEdge, type Label, type RelType } from '../model.ts';
import type { GraphStore } from '../store/port.ts';
import type { RelatedIndexes } from './related-index.ts';

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
export async function expandBounded(store: GraphStore, groups: HubGroup[], fanout = HUB_FANOUT, budget = FANOUT_BUDGET, hubCounts?: HubCountsAt, planned?: BoundedPlan): Promise<BoundedExpansion> {
  const { counts, chosen, capped } = planned ?? (await planBounded(store, groups, fanout, budget, hubCounts));
  const edges = await Promise.all(groups.map((g, gi) => (chosen[gi]!.length ? store.edgesOf({ ids: chosen[gi]!, direction: g.direction, types: g.types }) : Promise.resolve([] as GraphEdge[]))));
  return { edges, counts, capped };
}

/** Whether expandBounded would cap a hub of these groups (counts only: nothing is materialised). */
export async function wouldCap(store: GraphStore, groups: HubGroup[], fanout = HUB_FANOUT, budget = FANOUT_BUDGET, hubCounts?: HubCountsAt): Promise<boolean> {
  return (await planBounded(store, groups, fanout, budget, hubCounts)).capped.some((c) => c.size > 0);
}

/** What expandBounded expands and caps (counts only: nothing materialised). */
export interface BoundedPlan {
  counts: Map<string, number>;
  chosen: string[][];
  capped: Set<string>[];
}

/**
 * The hubs expandBounded would expand and cap, for the same groups, bounds and counts: a caller that
 * asked (as wouldCap does) passes it to expandBounded, which then counts and chooses nothing again.
 */
export async function planBounded(store: GraphStore, groups: HubGroup[], fanout = HUB_FANOUT, budget = FANOUT_BUDGET, hubCounts?: HubCountsAt): Promise<BoundedPlan> {
  const counted = await Promise.all(groups.map((g) => countMembers(store, g, hubCounts)));
  return choose(groups, counted, fanout, budget);
}

/** The hubs expandBounded expands (smallest first in group order, within the fan-out and the budget) and those it caps. */
function choose(groups: HubGroup[], counted: number[][], fanout: number, budget: number): { counts: Map<string, number>; chosen: string[][]; capped: Set<string>[] } {
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
  return { counts, chosen, capped };
}

/**
 * Member-edge counts of hubs (countEdges) at one data generation, shared by the requests of one
 * server: a hub's count is the same for every request until the data changes, and counting walks
 * the hub's whole incidence list (11% of relatedEnterprises' CPU at 10⁵ nodes, profiled). Emptied
 * when a request brings a newer generation; at most MAX_ENTRIES counts (then emptied).
 */
export class HubCounts {
  static readonly MAX_ENTRIES = 100_000;
  private generation = Number.NaN;
  private readonly counts = new Map<string, number>();
  /** The server's pre-aggregated memberships for relatedEnterprises (related-index.ts), when it keeps them. */
  related?: RelatedIndexes;

  /** The counts at `generation` (a request of an older or newer generation starts them afresh). */
  at(generation: number): HubCountsAt {
    return { generation, memo: this };
  }

  get(generation: number, key: string): number | undefined {
    return generation === this.generation ? this.counts.get(key) : undefined;
  }

  set(generation: number, key: string, n: number): void {
    // A request that started before the latest generation seen does not bring back older counts.
    if (generation < this.generation) return;
    if (generation !== this.generation || this.counts.size >= HubCounts.MAX_ENTRIES) {
      this.counts.clear();
      this.generation = generation;
    }
    this.counts.set(key, n);
  }

  get size(): number {
    return this.counts.size;
  }
}

/** The hub counts a request may use: the memo and the data generation the request started at. */
export interface HubCountsAt {
  generation: number;
  memo: HubCounts;
}

/** countEdges of a group's hubs, through the memo when there is one (only the hubs not in it are counted). */
async function countMembers(store: GraphStore, g: HubGroup, hubCounts: HubCountsAt | undefined): Promise<number[]> {
  if (g.ids.length === 0) return [];
  if (!hubCounts) return store.countEdges({ ids: g.ids, direction: g.direction, types: g.types });
  const { generation, memo } = hubCounts;
  const prefix = `${g.direction}|${g.types.join(',')}|`;
  const out: number[] = new Array<number>(g.ids.length);
  const missing: number[] = [];
  g.ids.forEach((id, i) => {
    const n = memo.get(generation, prefix + id);
    if (n === undefined) missing.push(i);
    else out[i] = n;
  });
  if (missing.length > 0) {
    const got = await store.countEdges({ ids: missing.map((i) => g.ids[i]!), direction: g.direction, types: g.types });
    missing.forEach((i, k) => {
      out[i] = got[k]!;
      memo.set(generation, prefix + g.ids[i]!, got[k]!);
    });
  }
  return out;
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
