// Analyses behind the planner and investment-promotion fields (industryChain, parksForIndustry,
// relatedEnterprises, departmentWorkload). Written against the GraphStore port only, with
// batched edgesOf/getNodes calls (one per hop), so both adapters answer them the same way.
// GraphQL calls these; they know nothing of GraphQL.
import type { GraphEdge, GraphNode, RelType } from '../model.ts';
import type { GraphStore } from '../store/port.ts';

async function edges(store: GraphStore, ids: string[], direction: 'in' | 'out' | 'both', types: RelType[]): Promise<GraphEdge[]> {
  if (ids.length === 0) return [];
  return store.edgesOf({ ids, direction, types });
}

async function nodesById(store: GraphStore, ids: string[]): Promise<Map<string, GraphNode>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const got = await store.getNodes(unique);
  const out = new Map<string, GraphNode>();
  got.forEach((n) => n && out.set(n.id, n));
  return out;
}

const byName = (a: GraphNode, b: GraphNode) => a.name.localeCompare(b.name, 'zh-Hans-CN') || (a.id < b.id ? -1 : 1);

/** The industry and its segments (PART_OF, transitively, up to 3 levels). */
async function industryAndSegments(store: GraphStore, id: string): Promise<{ all: string[]; partOf: GraphEdge[] }> {
  const all = new Set([id]);
  const partOf: GraphEdge[] = [];
  let frontier = [id];
  for (let level = 0; level < 3 && frontier.length > 0; level++) {
    const es = await edges(store, frontier, 'in', ['PART_OF']);
    frontier = [];
    for (const e of es) {
      if (e.target && !all.has(e.source)) {
        all.add(e.source);
        frontier.push(e.source);
        partOf.push(e);
      }
    }
  }
  return { all: [...all], partOf };
}

export interface ParkForIndustry {
  park: GraphNode;
  /** The industries (the asked one or its segments) the park hosts. */
  industries: GraphNode[];
  via: GraphEdge[];
}

export async function parksForIndustry(store: GraphStore, id: string): Promise<ParkForIndustry[]> {
  const { all } = await industryAndSegments(store, id);
  const hosts = await edges(store, all, 'in', ['HOSTS']);
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

export interface ChainSegment {
  industry: GraphNode;
  /** 0-based position in chain order (upstream first); segments the text does not order share the next position. */
  position: number;
  upstream: GraphNode[];
  downstream: GraphNode[];
  enterprises: GraphNode[];
  labs: GraphNode[];
  parks: GraphNode[];
  measures: GraphNode[];
  /** No enterprise and no park: a gap to fill (补链). */
  gap: boolean;
}

export interface IndustryChain {
  industry: GraphNode;
  parent: GraphNode | null;
  segments: ChainSegment[];
  gaps: GraphNode[];
}

export async function industryChain(store: GraphStore, id: string): Promise<IndustryChain | null> {
  const root = (await nodesById(store, [id])).get(id);
  if (!root || root.label !== 'Industry') return null;
  const [childEdges, parentEdges] = await Promise.all([edges(store, [id], 'in', ['PART_OF']), edges(store, [id], 'out', ['PART_OF'])]);
  const segIds = childEdges.map((e) => e.source);
  // A chain without named segments is its own single segment.
  const members = segIds.length > 0 ? segIds : [id];
  const around = await edges(store, members, 'both', ['UPSTREAM_OF', 'IN_INDUSTRY', 'INNOVATES_FOR', 'HOSTS', 'SUPPORTS']);
  const nodes = await nodesById(store, [...members, ...around.flatMap((e) => [e.source, e.target]), ...parentEdges.map((e) => e.target)]);
  const memberSet = new Set(members);
  const up = new Map<string, Set<string>>(); // segment → its upstream segments (within the chain)
  for (const m of members) up.set(m, new Set());
  for (const e of around) if (e.type === 'UPSTREAM_OF' && memberSet.has(e.source) && memberSet.has(e.target)) up.get(e.target)!.add(e.source);
  // Longest-path layering over UPSTREAM_OF (cycles broken by the visit guard).
  const position = new Map<string, number>();
  const visit = (s: string, guard: Set<string>): number => {
    if (position.has(s)) return position.get(s)!;
    if (guard.has(s)) return 0;
    guard.add(s);
    let p = 0;
    for (const u of up.get(s) ?? []) p = Math.max(p, visit(u, guard) + 1);
    guard.delete(s);
    position.set(s, p);
    return p;
  };
  const ordered = members.some((m) => (up.get(m)?.size ?? 0) > 0 || around.some((e) => e.type === 'UPSTREAM_OF' && e.source === m && memberSet.has(e.target)));
  for (const m of members) visit(m, new Set());
  const segments: ChainSegment[] = members.map((m) => {
    const pick = (type: RelType, label: string) =>
      around
        .filter((e) => e.type === type && e.target === m)
        .map((e) => nodes.get(e.source))
        .filter((n): n is GraphNode => !!n && n.label === label)
        .sort(byName);
    const enterprises = dedupe([...pick('IN_INDUSTRY', 'Enterprise'), ...pick('INNOVATES_FOR', 'Enterprise')]);
    const parks = pick('HOSTS', 'Park');
    return {
      industry: nodes.get(m)!,
      position: ordered ? position.get(m)! : 0,
      upstream: [...(up.get(m) ?? [])].map((x) => nodes.get(x)!).sort(byName),
      downstream: members.filter((x) => up.get(x)?.has(m)).map((x) => nodes.get(x)!).sort(byName),
      enterprises,
      labs: pick('INNOVATES_FOR', 'Lab'),
      parks,
      measures: pick('SUPPORTS', 'Measure'),
      gap: enterprises.length === 0 && parks.length === 0,
    };
  });
  segments.sort((a, b) => a.position - b.position || orderOf(a.industry) - orderOf(b.industry) || byName(a.industry, b.industry));
  const parent = parentEdges.map((e) => nodes.get(e.target)).find((n): n is GraphNode => !!n) ?? null;
  return { industry: root, parent, segments, gaps: segments.filter((s) => s.gap).map((s) => s.industry) };
}

function orderOf(n: GraphNode): number {
  const o = n.properties.order;
  return typeof o === 'number' ? o : Number.MAX_SAFE_INTEGER;
}

function dedupe(ns: GraphNode[]): GraphNode[] {
  const seen = new Set<string>();
  return ns.filter((n) => (seen.has(n.id) ? false : (seen.add(n.id), true)));
}

export interface RelatedEnterprise {
  enterprise: GraphNode;
  score: number;
  reasons: string[];
  via: GraphEdge[];
}

/** Weights of each kind of relatedness; documented in the schema. */
export const RELATED_WEIGHTS = { sameSegment: 3, chainAdjacent: 2, samePark: 2, sameChain: 1, coMention: 1.5, sharedLab: 1.5 } as const;

export async function relatedEnterprises(store: GraphStore, id: string, first: number): Promise<RelatedEnterprise[] | null> {
  const self = (await nodesById(store, [id])).get(id);
  if (!self || self.label !== 'Enterprise') return null;
  const own = await edges(store, [id], 'both', ['IN_INDUSTRY', 'INNOVATES_FOR', 'LOCATED_IN', 'MENTIONS', 'LEADS']);
  const industries = own.filter((e) => (e.type === 'IN_INDUSTRY' || e.type === 'INNOVATES_FOR') && e.source === id).map((e) => e.target);
  const parks = own.filter((e) => e.type === 'LOCATED_IN' && e.source === id).map((e) => e.target);
  const measures = own.filter((e) => e.type === 'MENTIONS' && e.target === id).map((e) => e.source);
  const labs = own.filter((e) => e.type === 'LEADS' && e.source === id).map((e) => e.target);
  // Hop 2: industries' chain neighbours, and everything attached to the hubs.
  const hubEdges = await edges(store, [...industries, ...parks, ...measures, ...labs], 'both', ['IN_INDUSTRY', 'INNOVATES_FOR', 'LOCATED_IN', 'MENTIONS', 'LEADS', 'UPSTREAM_OF', 'PART_OF']);
  const adjacentInd = new Map<string, { dir: 'up' | 'down'; from: string; edge: GraphEdge }>();
  const siblingsOf = new Map<string, { chain: string; edge: GraphEdge }>();
  const chains = hubEdges.filter((e) => e.type === 'PART_OF' && industries.includes(e.source));
  for (const e of hubEdges) {
    if (e.type !== 'UPSTREAM_OF') continue;
    if (industries.includes(e.target) && !industries.includes(e.source)) adjacentInd.set(e.source, { dir: 'up', from: e.target, edge: e });
    if (industries.includes(e.source) && !industries.includes(e.target)) adjacentInd.set(e.target, { dir: 'down', from: e.source, edge: e });
  }
  // Hop 3: enterprises of adjacent segments and of sibling segments in the same chain.
  const chainIds = [...new Set(chains.map((e) => e.target))];
  const chainEdges = await edges(store, [...adjacentInd.keys(), ...chainIds], 'in', ['IN_INDUSTRY', 'PART_OF']);
  for (const e of chainEdges) {
    if (e.type === 'PART_OF' && !industries.includes(e.source) && !adjacentInd.has(e.source)) siblingsOf.set(e.source, { chain: e.target, edge: e });
  }
  const siblingEnterpriseEdges = await edges(store, [...siblingsOf.keys()], 'in', ['IN_INDUSTRY']);
  const names = await nodesById(store, [
    ...industries,
    ...parks,
    ...measures,
    ...labs,
    ...chainIds,
    ...adjacentInd.keys(),
    ...siblingsOf.keys(),
    ...hubEdges.flatMap((e) => [e.source, e.target]),
    ...chainEdges.map((e) => e.source),
    ...siblingEnterpriseEdges.map((e) => e.source),
  ]);
  const nm = (x: string) => names.get(x)?.name ?? x;
  const acc = new Map<string, RelatedEnterprise>();
  const add = (other: string, weight: number, reason: string, via: GraphEdge[]) => {
    if (other === id) return;
    const n = names.get(other);
    if (!n || n.label !== 'Enterprise') return;
    const r = acc.get(other) ?? { enterprise: n, score: 0, reasons: [], via: [] };
    if (r.reasons.includes(reason)) return;
    r.score += weight;
    r.reasons.push(reason);
    for (const v of via) if (!r.via.some((x) => x.id === v.id)) r.via.push(v);
    acc.set(other, r);
  };
  const ownEdge = (pred: (e: GraphEdge) => boolean) => own.filter(pred);
  for (const e of hubEdges) {
    if ((e.type === 'IN_INDUSTRY' || e.type === 'INNOVATES_FOR') && industries.includes(e.target)) {
      add(e.source, RELATED_WEIGHTS.sameSegment, `同属「${nm(e.target)}」环节 / same segment`, [...ownEdge((x) => x.target === e.target), e]);
    }
    if (e.type === 'LOCATED_IN' && parks.includes(e.target)) {
      add(e.source, RELATED_WEIGHTS.samePark, `同在「${nm(e.target)}」/ same park`, [...ownEdge((x) => x.target === e.target), e]);
    }
    if (e.type === 'MENTIONS' && measures.includes(e.source)) {
      add(e.target, RELATED_WEIGHTS.coMention, `同被举措「${nm(e.source)}」提及 / named in the same measure`, [...ownEdge((x) => x.source === e.source), e]);
    }
    if (e.type === 'LEADS' && labs.includes(e.target)) {
      add(e.source, RELATED_WEIGHTS.sharedLab, `共同牵头「${nm(e.target)}」/ shared lab`, [...ownEdge((x) => x.target === e.target), e]);
    }
  }
  for (const e of chainEdges) {
    if (e.type !== 'IN_INDUSTRY') continue;
    const adjInfo = adjacentInd.get(e.target);
    if (!adjInfo) continue;
    const where = adjInfo.dir === 'up' ? '上游' : '下游';
    add(e.source, RELATED_WEIGHTS.chainAdjacent, `处于「${nm(adjInfo.from)}」的${where}「${nm(e.target)}」/ ${adjInfo.dir}stream segment`, [...ownEdge((x) => x.target === adjInfo.from), adjInfo.edge, e]);
  }
  for (const e of siblingEnterpriseEdges) {
    const sib = siblingsOf.get(e.target);
    if (!sib) continue;
    add(e.source, RELATED_WEIGHTS.sameChain, `同属「${nm(sib.chain)}」产业链 / same chain`, [sib.edge, e]);
  }
  return [...acc.values()].sort((a, b) => b.score - a.score || byName(a.enterprise, b.enterprise)).slice(0, first);
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
