// Analyses behind the planner and investment-promotion fields (industryChain, parksForIndustry,
// relatedEnterprises, shortestPaths, departmentWorkload). Written against the GraphStore port only,
// with batched edgesOf/getNodes calls (one per hop), so both adapters answer them the same way.
// GraphQL calls these; they know nothing of GraphQL. Every analysis over inferred edges reads only
// edges at or above a confidence threshold (default 0.5, ARCHITECTURE.md "Confidence and basis"):
// what users see by default is what the texts state or plan, not what a list merely puts side by side.
import type { GraphEdge, GraphNode } from '../model.ts';
import type { GraphStore } from '../store/port.ts';
import { byName, edgesAbove, minConfidenceOf, nodesById, type AnalysisOptions } from './common.ts';

export type { AnalysisOptions } from './common.ts';
export { industryChain, type ChainSegment, type ChainStageView, type IndustryChain, type StageSegment } from './chain.ts';
export { RELATED_WEIGHTS, relatedEnterprises, type RelatedEnterprise, type RelatedReason } from './related.ts';
export { shortestPaths, type PathOptions } from './paths.ts';
export { HubCounts, type HubCountsAt } from './fanout.ts';
export { RelatedIndexes } from './related-index.ts';

async function edges(store: GraphStore, ids: string[], direction: 'in' | 'out' | 'both', types: GraphEdge['type'][]): Promise<GraphEdge[]> {
  if (ids.length === 0) return [];
  return store.edgesOf({ ids, direction, types });
}

/** The industry and its segments (strong PART_OF, transitively, up to 3 levels). */
async function industryAndSegments(store: GraphStore, id: string, min: number): Promise<string[]> {
  const all = new Set([id]);
  let frontier = [id];
  for (let level = 0; level < 3 && frontier.length > 0; level++) {
    const es = await edgesAbove(store, frontier, 'in', ['PART_OF'], min);
    frontier = [];
    for (const e of es) {
      if (!all.has(e.source)) {
        all.add(e.source);
        frontier.push(e.source);
      }
    }
  }
  return [...all];
}

export interface ParkForIndustry {
  park: GraphNode;
  /** The industries (the asked one or its segments) the park hosts. */
  industries: GraphNode[];
  via: GraphEdge[];
}

/** Parks hosting the industry or one of its segments, by HOSTS edges at or above the threshold. */
export async function parksForIndustry(store: GraphStore, id: string, opts: AnalysisOptions = {}): Promise<ParkForIndustry[]> {
  const min = minConfidenceOf(opts);
  const all = await industryAndSegments(store, id, min);
  const hosts = await edgesAbove(store, all, 'in', ['HOSTS'], min);
  const nodes = await nodesById(store, [...hosts.map((e) => e.source), ...all]);
  const byPark = new Map<string, ParkForIndustry>();
  for (const e of hosts) {
    const park = nodes.get(e.source);
    const ind = nodes.get(e.target);
    if (!park || park.label !== 'Park' || !ind) continue;
    const entry = byPark.get(park.id) ?? { park, industries: [], via: [] };
    if (!entry.industries.some((x) => x.id === ind.id)) entry.industries.push(ind);
    entry.via.push(e);
    byPark.set(park.id, entry);
  }
  return [...byPark.values()].sort((a, b) => b.industries.length - a.industries.length || byName(a.park, b.park));
}

export interface DepartmentLoad {
  department: GraphNode;
  lead: number;
  support: number;
  responsible: number;
  city: number;
  total: number;
}

export async function departmentWorkload(store: GraphStore, jurisdiction: string | null): Promise<DepartmentLoad[]> {
  const depts: GraphNode[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.listNodes({ label: 'Department', first: 1000, ...(jurisdiction ? { jurisdiction } : {}), ...(after ? { after } : {}) });
    depts.push(...page.nodes);
    if (!page.hasNextPage || page.nodes.length === 0) break;
    after = page.nodes[page.nodes.length - 1]!.id;
  }
  const rf = await edges(store, depts.map((d) => d.id), 'out', ['RESPONSIBLE_FOR']);
  const load = new Map(depts.map((d) => [d.id, { department: d, lead: 0, support: 0, responsible: 0, city: 0, total: 0 }]));
  for (const e of rf) {
    const l = load.get(e.source);
    if (!l) continue;
    const role = e.properties.role;
    if (role === 'lead' || role === 'support' || role === 'responsible' || role === 'city') l[role]++;
    l.total++;
  }
  return [...load.values()].sort((a, b) => b.total - a.total || b.lead - a.lead || byName(a.department, b.department));
}
