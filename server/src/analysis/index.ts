// Analyses behind the planner and investment-promotion fields (industryChain, parksForIndustry,
// relatedEnterprises, departmentWorkload). Written against the GraphStore port only, with
// batched edgesOf/getNodes calls (one per hop), so both adapters answer them the same way.
// GraphQL calls these; they know nothing of GraphQL.
import type { GraphEdge, GraphNode, RelType } from '../model.ts';
import type { GraphStore } from '../store/port.ts';
import { COMPLETE_FACTOR, expandBounded, HUB_FANOUT, sampleMembers, tiesToCapped, type HubGroup } from './fanout.ts';

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

/** One collator (String#localeCompare with a locale builds its comparison per call: slow on hundreds of candidates). */
const zhCollator = new Intl.Collator('zh-Hans-CN');
const byName = (a: GraphNode, b: GraphNode) => zhCollator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);

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

/** Member edges of each kind of context, seen from the context. */
const MEMBER_EDGES = {
  industry: { direction: 'in', types: ['IN_INDUSTRY', 'INNOVATES_FOR'] },
  park: { direction: 'in', types: ['LOCATED_IN'] },
  measure: { direction: 'out', types: ['MENTIONS'] },
  lab: { direction: 'in', types: ['LEADS'] },
  segment: { direction: 'in', types: ['IN_INDUSTRY'] },
} as const satisfies Record<string, { direction: 'in' | 'out'; types: RelType[] }>;

/**
 * Enterprises related to `id`, ranked by the sum of RELATED_WEIGHTS over distinct reasons, then
 * by name. Hubs are never expanded whole (fanout.ts): contexts (the firm's segments, parks,
 * measures, labs, neighbouring and sibling segments) with more than HUB_FANOUT member edges, or
 * past the per-request FANOUT_BUDGET, contribute a bounded sample of members, and every candidate
 * is scored exactly against all contexts from its own edges. On graphs whose contexts are within
 * the bounds (the seeds) the answer is the full one; beyond them, a firm whose only ties are to
 * capped hubs is listed only if sampled.
 */
export async function relatedEnterprises(store: GraphStore, id: string, first: number): Promise<RelatedEnterprise[] | null> {
  const self = (await nodesById(store, [id])).get(id);
  if (!self || self.label !== 'Enterprise') return null;
  const own = await edges(store, [id], 'both', ['IN_INDUSTRY', 'INNOVATES_FOR', 'LOCATED_IN', 'MENTIONS', 'LEADS']);
  const industries = [...new Set(own.filter((e) => (e.type === 'IN_INDUSTRY' || e.type === 'INNOVATES_FOR') && e.source === id).map((e) => e.target))];
  const parks = [...new Set(own.filter((e) => e.type === 'LOCATED_IN' && e.source === id).map((e) => e.target))];
  const measures = [...new Set(own.filter((e) => e.type === 'MENTIONS' && e.target === id).map((e) => e.source))];
  const labs = [...new Set(own.filter((e) => e.type === 'LEADS' && e.source === id).map((e) => e.target))];
  const industrySet = new Set(industries);
  // Chain structure around the firm's segments (industry-to-industry edges only, no members); an
  // industry with more than HUB_FANOUT chain neighbours or segments is a hub and not expanded.
  const within = async (ids: string[], direction: 'in' | 'out' | 'both', types: RelType[]) => {
    if (ids.length === 0) return [];
    const n = await store.countEdges({ ids, direction, types });
    return ids.filter((_, i) => n[i]! <= HUB_FANOUT);
  };
  const [upDown, partOf] = await Promise.all([within(industries, 'both', ['UPSTREAM_OF']).then((ids) => edges(store, ids, 'both', ['UPSTREAM_OF'])), edges(store, industries, 'out', ['PART_OF'])]);
  const adjacentInd = new Map<string, { dir: 'up' | 'down'; from: string; edge: GraphEdge }>();
  for (const e of upDown) {
    if (industrySet.has(e.target) && !industrySet.has(e.source)) adjacentInd.set(e.source, { dir: 'up', from: e.target, edge: e });
    if (industrySet.has(e.source) && !industrySet.has(e.target)) adjacentInd.set(e.target, { dir: 'down', from: e.source, edge: e });
  }
  const chainIds = [...new Set(partOf.map((e) => e.target))];
  const siblingsOf = new Map<string, { chain: string; edge: GraphEdge }>();
  // (as before issue 15: segments PART_OF an adjacent industry count as that industry's chain too)
  for (const e of await edges(store, await within([...chainIds, ...adjacentInd.keys()], 'in', ['PART_OF']), 'in', ['PART_OF'])) {
    if (!industrySet.has(e.source) && !adjacentInd.has(e.source)) siblingsOf.set(e.source, { chain: e.target, edge: e });
  }
  // Members of every context, bounded: most telling kinds first (weight, then fewest members).
  const groups: HubGroup[] = [
    { ids: industries, ...MEMBER_EDGES.industry, types: [...MEMBER_EDGES.industry.types] },
    { ids: parks, ...MEMBER_EDGES.park, types: [...MEMBER_EDGES.park.types] },
    { ids: [...adjacentInd.keys()], ...MEMBER_EDGES.segment, types: [...MEMBER_EDGES.segment.types] },
    { ids: measures, ...MEMBER_EDGES.measure, types: [...MEMBER_EDGES.measure.types] },
    { ids: labs, ...MEMBER_EDGES.lab, types: [...MEMBER_EDGES.lab.types] },
    { ids: [...siblingsOf.keys()], ...MEMBER_EDGES.segment, types: [...MEMBER_EDGES.segment.types] },
  ];
  const expansion = await expandBounded(store, groups);
  const anyCapped = expansion.capped.some((c) => c.size > 0);
  const memberEdges = expansion.edges.flat();
  const memberOf = (e: GraphEdge) => (e.type === 'MENTIONS' ? e.target : e.source);
  const candidates = new Set(memberEdges.map(memberOf));
  // Capped contexts: a bounded sample of their members becomes candidates too (group by group,
  // while fewer than `first` candidates are known).
  for (let gi = 0; gi < groups.length && candidates.size <= first; gi++) {
    if (expansion.capped[gi]!.size === 0) continue;
    const sample = await sampleMembers(store, expansion.capped[gi]!, groups[gi]!.types, 'Enterprise', first + 1);
    for (const e of sample) candidates.add(memberOf(e));
  }
  candidates.delete(id);
  const names = await nodesById(store, [...industries, ...parks, ...measures, ...labs, ...chainIds, ...adjacentInd.keys(), ...siblingsOf.keys(), ...candidates]);
  const nm = (x: string) => names.get(x)?.name ?? x;
  const parkSet = new Set(parks);
  const measureSet = new Set(measures);
  const labSet = new Set(labs);
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
  const score = (ties: GraphEdge[]) => {
    for (const e of ties) {
      if ((e.type === 'IN_INDUSTRY' || e.type === 'INNOVATES_FOR') && industrySet.has(e.target)) {
        add(e.source, RELATED_WEIGHTS.sameSegment, `同属「${nm(e.target)}」环节 / same segment`, [...ownEdge((x) => x.target === e.target), e]);
      }
      if (e.type === 'LOCATED_IN' && parkSet.has(e.target)) {
        add(e.source, RELATED_WEIGHTS.samePark, `同在「${nm(e.target)}」/ same park`, [...ownEdge((x) => x.target === e.target), e]);
      }
      if (e.type === 'MENTIONS' && measureSet.has(e.source)) {
        add(e.target, RELATED_WEIGHTS.coMention, `同被举措「${nm(e.source)}」提及 / named in the same measure`, [...ownEdge((x) => x.source === e.source), e]);
      }
      if (e.type === 'LEADS' && labSet.has(e.target)) {
        add(e.source, RELATED_WEIGHTS.sharedLab, `共同牵头「${nm(e.target)}」/ shared lab`, [...ownEdge((x) => x.target === e.target), e]);
      }
    }
    for (const e of ties) {
      if (e.type !== 'IN_INDUSTRY') continue;
      const adjInfo = adjacentInd.get(e.target);
      if (!adjInfo) continue;
      const where = adjInfo.dir === 'up' ? '上游' : '下游';
      add(e.source, RELATED_WEIGHTS.chainAdjacent, `处于「${nm(adjInfo.from)}」的${where}「${nm(e.target)}」/ ${adjInfo.dir}stream segment`, [...ownEdge((x) => x.target === adjInfo.from), adjInfo.edge, e]);
    }
    for (const e of ties) {
      if (e.type !== 'IN_INDUSTRY') continue;
      const sib = siblingsOf.get(e.target);
      if (!sib) continue;
      add(e.source, RELATED_WEIGHTS.sameChain, `同属「${nm(sib.chain)}」产业链 / same chain`, [sib.edge, e]);
    }
  };
  score(memberEdges);
  const ranked = () => [...acc.values()].sort((a, b) => b.score - a.score || byName(a.enterprise, b.enterprise));
  if (!anyCapped) return ranked().slice(0, first);
  // Capped contexts: the best COMPLETE_FACTOR × first candidates so far (sampled ones included)
  // get their ties to the capped contexts by edge lookups, so every listed score is exact.
  const best = ranked().slice(0, first * COMPLETE_FACTOR).map((r) => r.enterprise.id);
  const shortlist = [...new Set([...best, ...[...candidates].filter((c) => !acc.has(c))])].slice(0, first * COMPLETE_FACTOR + first + 1);
  const seen = new Set(memberEdges.map((e) => e.id));
  score((await tiesToCapped(store, shortlist, groups, expansion.capped)).filter((e) => !seen.has(e.id)));
  const keep = new Set(shortlist);
  return ranked().filter((r) => keep.has(r.enterprise.id)).slice(0, first);
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
