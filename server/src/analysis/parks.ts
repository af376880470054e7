// 园区 analyses for planners: which park hosts which chain (the park × chain matrix), one chain's
// segments in chain order against the parks (drill-down), and two parks compared (错位发展).
// Over the GraphStore port only, batched (one edgesOf/getNodes call per hop, about ten per
// request), every list bounded (PARK_LIMITS). GraphQL calls these; they know nothing of GraphQL.
//
// A fact is one thing a park hosts of a chain, with the edges behind it:
//   segment     Park -HOSTS-> Industry
//   enterprise  Enterprise -LOCATED_IN-> Park and Enterprise -IN_INDUSTRY|INNOVATES_FOR-> Industry
//   lab         Lab -LOCATED_IN-> Park and Lab -INNOVATES_FOR-> Industry
// Its basis and confidence are those of its weakest edge (properties.basis / properties.confidence;
// an edge without them reads as `stated`, confidence 1). Facts below minConfidence are kept and
// flagged weak; the hierarchy (park containment, industry PART_OF) uses strong edges only.
import type { GraphEdge, GraphNode, RelType } from '../model.ts';
import type { GraphStore } from '../store/port.ts';
import { industryChain } from './index.ts';

export const PARK_LIMITS = { parks: 1000, chains: 100, factsPerCell: 500, industryDepth: 6, segmentsPerSide: 500 } as const;
export const DEFAULT_MIN_CONFIDENCE = 0.5;

/** Strongest first; unknown bases rank lowest. */
export const BASIS_RANK: Readonly<Record<string, number>> = { curated: 7, stated: 6, registry: 5, lexicon: 4, planned: 3, encouraged: 2, listed: 1 };

export function edgeBasis(e: GraphEdge): string {
  const b = e.properties.basis;
  return typeof b === 'string' && b ? b : 'stated';
}

export function edgeConfidence(e: GraphEdge): number {
  const c = e.properties.confidence;
  return typeof c === 'number' && Number.isFinite(c) ? Math.min(1, Math.max(0, c)) : 1;
}

export type FactKind = 'segment' | 'enterprise' | 'lab';

export interface ParkFact {
  kind: FactKind;
  /** The park it sits in (the row's park, or a park inside it when rolled up). */
  park: GraphNode;
  /** The industry hosted (segment), or the enterprise / lab. */
  node: GraphNode;
  /** The industry concerned. */
  segment: GraphNode;
  basis: string;
  confidence: number;
  weak: boolean;
  via: GraphEdge[];
}

export interface ParkRow {
  park: GraphNode;
  parent: GraphNode | null;
  depth: number;
  zone: GraphNode;
  via: GraphEdge | null;
}

export interface ParkOptions {
  minConfidence?: number;
  /** A row's facts include those of the parks inside it. */
  rollup?: boolean;
}

const byName = (a: GraphNode, b: GraphNode) => a.name.localeCompare(b.name, 'zh-Hans-CN') || (a.id < b.id ? -1 : 1);
/** Most specific first: a park inside an area inside a zone. */
const KIND_LEVEL: Record<string, number> = { zone: 0, area: 1, park: 2, base: 2, cluster: 2 };
const kindLevel = (n: GraphNode) => KIND_LEVEL[String(n.properties.kind)] ?? 2;
const KIND_ORDER: Record<FactKind, number> = { segment: 0, enterprise: 1, lab: 2 };

function weakest(edges: GraphEdge[], min: number): { basis: string; confidence: number; weak: boolean } {
  let basis = 'stated';
  let confidence = 1;
  let rank = Infinity;
  for (const e of edges) {
    const c = edgeConfidence(e);
    const b = edgeBasis(e);
    const r = BASIS_RANK[b] ?? 0;
    if (c < confidence || (c === confidence && r < rank)) {
      confidence = c;
      basis = b;
      rank = r;
    }
  }
  return { basis, confidence, weak: confidence < min };
}

async function nodeMap(store: GraphStore, ids: Iterable<string>): Promise<Map<string, GraphNode>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, GraphNode>();
  if (unique.length === 0) return out;
  (await store.getNodes(unique)).forEach((n) => n && out.set(n.id, n));
  return out;
}

async function edgesOf(store: GraphStore, ids: string[], direction: 'in' | 'out' | 'both', types: RelType[]): Promise<GraphEdge[]> {
  return ids.length ? store.edgesOf({ ids, direction, types }) : [];
}

/** Everything the park analyses read: parks, their containment, their facts and the industry tree above them. */
export class ParkWorld {
  readonly parks = new Map<string, GraphNode>();
  readonly parentOf = new Map<string, { parent: string; edge: GraphEdge }>();
  readonly industries = new Map<string, GraphNode>();
  /** Strong PART_OF parents of each industry. */
  readonly upOf = new Map<string, Set<string>>();
  /** Facts by the park they sit in. */
  readonly factsByPark = new Map<string, ParkFact[]>();
  truncated = false;
  private readonly topsMemo = new Map<string, Set<string>>();
  private readonly ancestorsMemo = new Map<string, Set<string>>();

  constructor(readonly minConfidence: number) {}

  static async load(store: GraphStore, opts: ParkOptions = {}): Promise<ParkWorld> {
    const w = new ParkWorld(opts.minConfidence ?? DEFAULT_MIN_CONFIDENCE);
    const min = w.minConfidence;
    let after: string | undefined;
    while (w.parks.size < PARK_LIMITS.parks) {
      const page = await store.listNodes({ label: 'Park', first: Math.min(500, PARK_LIMITS.parks - w.parks.size), ...(after ? { after } : {}) });
      for (const n of page.nodes) w.parks.set(n.id, n);
      if (!page.hasNextPage || page.nodes.length === 0) break;
      after = page.nodes[page.nodes.length - 1]!.id;
      if (w.parks.size >= PARK_LIMITS.parks) w.truncated = true;
    }
    const parkIds = [...w.parks.keys()];
    const around = await edgesOf(store, parkIds, 'both', ['PART_OF', 'LOCATED_IN', 'HOSTS']);
    const memberIds = around.filter((e) => e.type === 'LOCATED_IN' && w.parks.has(e.target) && !w.parks.has(e.source)).map((e) => e.source);
    const members = await nodeMap(store, memberIds);
    const memberEdges = await edgesOf(store, [...members.keys()], 'out', ['IN_INDUSTRY', 'INNOVATES_FOR']);
    w.pickParents(around.filter((e) => (e.type === 'PART_OF' || e.type === 'LOCATED_IN') && w.parks.has(e.source) && w.parks.has(e.target) && e.source !== e.target && edgeConfidence(e) >= min));

    // The industry tree above every industry a fact touches (strong PART_OF only).
    const touched = new Set([...around.filter((e) => e.type === 'HOSTS').map((e) => e.target), ...memberEdges.map((e) => e.target)]);
    let frontier = [...touched];
    for (let d = 0; d < PARK_LIMITS.industryDepth && frontier.length; d++) {
      const ups = await edgesOf(store, frontier, 'out', ['PART_OF']);
      frontier = [];
      for (const e of ups) {
        if (edgeConfidence(e) < min || e.source === e.target) continue;
        const set = w.upOf.get(e.source) ?? new Set<string>();
        set.add(e.target);
        w.upOf.set(e.source, set);
        if (!touched.has(e.target)) {
          touched.add(e.target);
          frontier.push(e.target);
        }
      }
    }
    for (const [id, n] of await nodeMap(store, touched)) if (n.label === 'Industry') w.industries.set(id, n);

    const add = (f: Omit<ParkFact, 'basis' | 'confidence' | 'weak'>) => {
      const list = w.factsByPark.get(f.park.id) ?? [];
      list.push({ ...f, ...weakest(f.via, min) });
      w.factsByPark.set(f.park.id, list);
    };
    for (const e of around) {
      if (e.type !== 'HOSTS') continue;
      const park = w.parks.get(e.source);
      const ind = w.industries.get(e.target);
      if (park && ind) add({ kind: 'segment', park, node: ind, segment: ind, via: [e] });
    }
    const membership = new Map<string, GraphEdge[]>();
    for (const e of memberEdges) membership.set(e.source, [...(membership.get(e.source) ?? []), e]);
    for (const loc of around) {
      if (loc.type !== 'LOCATED_IN' || !w.parks.has(loc.target)) continue;
      const m = members.get(loc.source);
      if (!m || (m.label !== 'Enterprise' && m.label !== 'Lab')) continue;
      for (const e of membership.get(m.id) ?? []) {
        const ind = w.industries.get(e.target);
        if (!ind || (m.label === 'Lab' && e.type !== 'INNOVATES_FOR')) continue;
        add({ kind: m.label === 'Lab' ? 'lab' : 'enterprise', park: w.parks.get(loc.target)!, node: m, segment: ind, via: [loc, e] });
      }
    }
    return w;
  }

  /** One parent per park: the most specific containing park (a 片区 before its zone), no cycles. */
  private pickParents(edges: GraphEdge[]): void {
    const candidates = new Map<string, GraphEdge[]>();
    for (const e of edges) candidates.set(e.source, [...(candidates.get(e.source) ?? []), e]);
    for (const [child, es] of candidates) {
      const self = this.parks.get(child)!;
      const ranked = es
        .filter((e) => kindLevel(this.parks.get(e.target)!) <= kindLevel(self) || es.length === 1)
        .sort((a, b) => {
          const pa = this.parks.get(a.target)!;
          const pb = this.parks.get(b.target)!;
          // Contained in the other candidate → more specific.
          const inside = (x: string, y: string) => candidates.get(x)?.some((c) => c.target === y) ?? false;
          if (inside(a.target, b.target)) return -1;
          if (inside(b.target, a.target)) return 1;
          return kindLevel(pb) - kindLevel(pa) || (a.type === b.type ? 0 : a.type === 'PART_OF' ? -1 : 1) || edgeConfidence(b) - edgeConfidence(a) || byName(pa, pb);
        });
      const best = ranked[0];
      if (best) this.parentOf.set(child, { parent: best.target, edge: best });
    }
    // Break cycles: walk up from each park; a park met twice loses its parent link.
    for (const start of [...this.parentOf.keys()]) {
      const seen = new Set<string>([start]);
      let cur = this.parentOf.get(start)?.parent;
      while (cur) {
        if (seen.has(cur)) {
          this.parentOf.delete(cur);
          break;
        }
        seen.add(cur);
        cur = this.parentOf.get(cur)?.parent;
      }
    }
  }

  ancestors(industryId: string): Set<string> {
    const hit = this.ancestorsMemo.get(industryId);
    if (hit) return hit;
    const out = new Set<string>();
    const stack = [...(this.upOf.get(industryId) ?? [])];
    while (stack.length) {
      const x = stack.pop()!;
      if (out.has(x) || x === industryId) continue;
      out.add(x);
      stack.push(...(this.upOf.get(x) ?? []));
    }
    this.ancestorsMemo.set(industryId, out);
    return out;
  }

  /** Whether `industryId` is `of` or lies under it (PART_OF, transitively). */
  within(industryId: string, of: string): boolean {
    return industryId === of || this.ancestors(industryId).has(of);
  }

  private isSystem(id: string): boolean {
    return this.industries.get(id)?.properties.level === 'system';
  }

  /** A framework's own member (信创 in "113X产业体系"): a chain head whatever else the text put it under. */
  private underFramework(id: string): boolean {
    for (const p of this.upOf.get(id) ?? []) if (this.isSystem(p)) return true;
    return false;
  }

  /** A parentless industry heads a chain when it is an industry, chain or track, or has segments. */
  private canHead(id: string): boolean {
    const level = this.industries.get(id)?.properties.level;
    if (level === 'industry' || level === 'chain' || level === 'track') return true;
    for (const ups of this.upOf.values()) if (ups.has(id)) return true;
    return false;
  }

  /**
   * The chains an industry belongs to: walking up PART_OF, the first framework member (信创 under
   * "113X产业体系", even if a sibling list also put it under 生物医药) or else the topmost industry.
   * Framework nodes themselves and stray parentless segments head no chain.
   */
  topsOf(industryId: string): Set<string> {
    const hit = this.topsMemo.get(industryId);
    if (hit) return hit;
    const out = new Set<string>();
    const seen = new Set<string>();
    const stack = [industryId];
    while (stack.length) {
      const x = stack.pop()!;
      if (seen.has(x) || !this.industries.has(x) || this.isSystem(x)) continue;
      seen.add(x);
      if (this.underFramework(x)) {
        out.add(x);
        continue;
      }
      const parents = [...(this.upOf.get(x) ?? [])].filter((p) => this.industries.has(p) && !this.isSystem(p));
      if (parents.length) stack.push(...parents);
      else if (this.canHead(x)) out.add(x);
    }
    this.topsMemo.set(industryId, out);
    return out;
  }

  /** Parks in containment order (pre-order: a zone, then its areas and their parks), each with its depth and zone. */
  rows(): ParkRow[] {
    const children = new Map<string, GraphNode[]>();
    const roots: GraphNode[] = [];
    for (const p of this.parks.values()) {
      const up = this.parentOf.get(p.id);
      if (up) children.set(up.parent, [...(children.get(up.parent) ?? []), p]);
      else roots.push(p);
    }
    // Zones before areas before parks; busier first (facts in the subtree), then by name.
    const weight = new Map<string, number>();
    const facts = (id: string): number => {
      if (!weight.has(id)) weight.set(id, this.subtree(id).reduce((n, x) => n + (this.factsByPark.get(x)?.length ?? 0), 0));
      return weight.get(id)!;
    };
    const order = (a: GraphNode, b: GraphNode) => kindLevel(a) - kindLevel(b) || facts(b.id) - facts(a.id) || byName(a, b);
    const out: ParkRow[] = [];
    const visit = (p: GraphNode, depth: number, zone: GraphNode) => {
      const up = this.parentOf.get(p.id);
      out.push({ park: p, parent: up ? this.parks.get(up.parent)! : null, depth, zone, via: up?.edge ?? null });
      for (const c of (children.get(p.id) ?? []).sort(order)) visit(c, depth + 1, zone);
    };
    // Top-level groups: the busiest first (a 片区 the text never placed in its zone still leads if it hosts much).
    for (const r of roots.sort((a, b) => facts(b.id) - facts(a.id) || order(a, b))) visit(r, 0, r);
    return out;
  }

  private childrenMemo: Map<string, string[]> | null = null;

  /** Parks inside `parkId`, itself included. */
  subtree(parkId: string): string[] {
    if (!this.childrenMemo) {
      this.childrenMemo = new Map();
      for (const [c, up] of this.parentOf) this.childrenMemo.set(up.parent, [...(this.childrenMemo.get(up.parent) ?? []), c]);
    }
    const out = [parkId];
    const seen = new Set(out);
    for (let i = 0; i < out.length; i++) {
      for (const c of this.childrenMemo.get(out[i]!) ?? []) if (!seen.has(c)) (seen.add(c), out.push(c));
    }
    return out;
  }

  /** The facts of a park (and of the parks inside it when rolling up). */
  factsOf(parkId: string, rollup: boolean): ParkFact[] {
    const ids = rollup ? this.subtree(parkId) : [parkId];
    return ids.flatMap((id) => this.factsByPark.get(id) ?? []);
  }
}

export function sortFacts(facts: ParkFact[]): ParkFact[] {
  return facts.sort(
    (a, b) =>
      Number(a.weak) - Number(b.weak) ||
      (BASIS_RANK[b.basis] ?? 0) - (BASIS_RANK[a.basis] ?? 0) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      byName(a.segment, b.segment) ||
      byName(a.node, b.node) ||
      byName(a.park, b.park),
  );
}

export interface MatrixChain {
  industry: GraphNode;
  segmentCount: number;
  parkCount: number;
}

export interface ParkCell {
  park: GraphNode;
  /** The chain (matrix) or the segment (drill-down) of the column. */
  industry: GraphNode;
  facts: ParkFact[];
  factCount: number;
}

export interface ParkMatrix {
  rows: ParkRow[];
  chains: MatrixChain[];
  cells: ParkCell[];
  minConfidence: number;
  truncated: boolean;
}

export interface MatrixOptions extends ParkOptions {
  /** Columns to show; default: every top-level chain a park hosts something of. */
  chains?: string[];
  maxChains?: number;
  factsPerCell?: number;
}

/** Park × chain: every park (rows in containment order) against the top-level chains. */
export async function parkMatrix(store: GraphStore, opts: MatrixOptions = {}): Promise<ParkMatrix> {
  const w = await ParkWorld.load(store, opts);
  const asked = opts.chains?.length ? await nodeMap(store, opts.chains) : null;
  const perCell = opts.factsPerCell ?? 50;
  const cellMap = new Map<string, ParkCell>();
  const rows = w.rows();
  for (const row of rows) {
    for (const f of w.factsOf(row.park.id, opts.rollup ?? false)) {
      const columns = asked ? [...asked.keys()].filter((c) => w.within(f.segment.id, c)) : [...w.topsOf(f.segment.id)];
      for (const c of columns) {
        const industry = asked?.get(c) ?? w.industries.get(c);
        if (!industry) continue;
        const key = `${row.park.id}\u0000${c}`;
        const cell = cellMap.get(key) ?? { park: row.park, industry, facts: [], factCount: 0 };
        cell.facts.push(f);
        cell.factCount++;
        cellMap.set(key, cell);
      }
    }
  }
  const stats = new Map<string, { parks: Set<string>; strong: number }>();
  for (const c of cellMap.values()) {
    const s = stats.get(c.industry.id) ?? { parks: new Set<string>(), strong: 0 };
    s.parks.add(c.park.id);
    s.strong += c.facts.filter((f) => !f.weak).length;
    stats.set(c.industry.id, s);
  }
  const segmentCount = (id: string) => [...w.industries.keys()].filter((x) => x !== id && w.within(x, id)).length;
  let chainIds = asked ? [...asked.keys()].filter((id) => asked.get(id)!.label === 'Industry') : [...stats.keys()];
  if (!asked) chainIds.sort((a, b) => stats.get(b)!.parks.size - stats.get(a)!.parks.size || stats.get(b)!.strong - stats.get(a)!.strong || byName(w.industries.get(a)!, w.industries.get(b)!));
  const maxChains = Math.min(opts.maxChains ?? 40, PARK_LIMITS.chains);
  const truncated = w.truncated || chainIds.length > maxChains;
  chainIds = chainIds.slice(0, maxChains);
  const keep = new Set(chainIds);
  const chains = chainIds.map((id) => ({ industry: asked?.get(id) ?? w.industries.get(id)!, segmentCount: segmentCount(id), parkCount: stats.get(id)?.parks.size ?? 0 }));
  const cells = [...cellMap.values()]
    .filter((c) => keep.has(c.industry.id))
    .map((c) => ({ ...c, facts: sortFacts(c.facts).slice(0, perCell) }));
  return { rows, chains, cells, minConfidence: w.minConfidence, truncated };
}

/** The facts of one park concerning one industry or any industry under it (a matrix or drill-down cell). */
export async function parkFacts(store: GraphStore, parkId: string, industryId: string, opts: ParkOptions = {}): Promise<ParkFact[] | null> {
  const w = await ParkWorld.load(store, opts);
  if (!w.parks.has(parkId)) return null;
  return sortFacts(w.factsOf(parkId, opts.rollup ?? false).filter((f) => w.within(f.segment.id, industryId))).slice(0, PARK_LIMITS.factsPerCell);
}

export interface ChainParkSegment {
  industry: GraphNode;
  position: number;
  /** No park hosts it and no enterprise or lab in a park belongs to it (strong facts). */
  missing: boolean;
  parkCount: number;
}

export interface ChainParks {
  chain: GraphNode;
  segments: ChainParkSegment[];
  rows: ParkRow[];
  cells: ParkCell[];
  minConfidence: number;
  truncated: boolean;
}

/** One chain's segments in chain order against the parks: where each stage sits, and where it is missing. */
export async function chainParks(store: GraphStore, chainId: string, opts: ParkOptions & { factsPerCell?: number } = {}): Promise<ChainParks | null> {
  const chain = await industryChain(store, chainId);
  if (!chain) return null;
  const w = await ParkWorld.load(store, opts);
  const segs: { industry: GraphNode; position: number }[] = chain.segments.map((s) => ({ industry: s.industry, position: s.position }));
  const perCell = opts.factsPerCell ?? 50;
  // Facts on the chain itself (a park hosting 信创 as a whole) form their own first column.
  if (!segs.some((s) => s.industry.id === chainId)) segs.unshift({ industry: chain.industry, position: -1 });
  const cells: ParkCell[] = [];
  const rowsWith = new Set<string>();
  const parksOf = new Map<string, Set<string>>();
  const allRows = w.rows();
  for (const row of allRows) {
    const facts = w.factsOf(row.park.id, opts.rollup ?? false).filter((f) => w.within(f.segment.id, chainId));
    if (!facts.length) continue;
    rowsWith.add(row.park.id);
    for (const s of segs) {
      const mine = facts.filter((f) => (s.position === -1 ? f.segment.id === chainId : w.within(f.segment.id, s.industry.id)));
      if (!mine.length) continue;
      cells.push({ park: row.park, industry: s.industry, facts: sortFacts(mine).slice(0, perCell), factCount: mine.length });
      if (mine.some((f) => !f.weak)) parksOf.set(s.industry.id, (parksOf.get(s.industry.id) ?? new Set()).add(row.park.id));
    }
  }
  // Keep ancestors of rows with facts, so every row sits under its zone.
  const keep = new Set<string>();
  for (const id of rowsWith) for (let cur: string | undefined = id; cur && !keep.has(cur); cur = w.parentOf.get(cur)?.parent) keep.add(cur);
  return {
    chain: chain.industry,
    // The whole-chain column only when some park hosts the chain as a whole.
    segments: segs
      .filter((s) => s.position !== -1 || cells.some((c) => c.industry.id === chainId))
      .map((s) => ({ industry: s.industry, position: s.position, missing: !parksOf.has(s.industry.id), parkCount: parksOf.get(s.industry.id)?.size ?? 0 })),
    rows: allRows.filter((r) => keep.has(r.park.id)),
    cells,
    minConfidence: w.minConfidence,
    truncated: w.truncated,
  };
}

export interface ComparedSegment {
  segment: GraphNode;
  chains: GraphNode[];
  factsA: ParkFact[];
  factsB: ParkFact[];
}

export interface ParkComparison {
  a: GraphNode;
  b: GraphNode;
  shared: ComparedSegment[];
  onlyA: ComparedSegment[];
  onlyB: ComparedSegment[];
  minConfidence: number;
  truncated: boolean;
}

/** Two parks side by side, segment by segment: what both host, what only one does (错位发展). */
export async function compareParks(store: GraphStore, a: string, b: string, opts: ParkOptions & { includeWeak?: boolean } = {}): Promise<ParkComparison | null> {
  const w = await ParkWorld.load(store, opts);
  const pa = w.parks.get(a);
  const pb = w.parks.get(b);
  if (!pa || !pb) return null;
  const rollup = opts.rollup ?? true;
  const bySegment = (park: string) => {
    const m = new Map<string, ParkFact[]>();
    for (const f of w.factsOf(park, rollup)) {
      if (f.weak && !opts.includeWeak) continue;
      if (w.topsOf(f.segment.id).size === 0) continue; // framework nodes
      m.set(f.segment.id, [...(m.get(f.segment.id) ?? []), f]);
    }
    return m;
  };
  const A = bySegment(a);
  const B = bySegment(b);
  const item = (id: string): ComparedSegment => {
    const segment = w.industries.get(id)!;
    const chains = [...w.topsOf(id)].map((c) => w.industries.get(c)!).filter(Boolean).sort(byName);
    return { segment, chains, factsA: sortFacts(A.get(id) ?? []).slice(0, 20), factsB: sortFacts(B.get(id) ?? []).slice(0, 20) };
  };
  const order = (x: ComparedSegment, y: ComparedSegment) => byName(x.chains[0] ?? x.segment, y.chains[0] ?? y.segment) || byName(x.segment, y.segment);
  const cap = (xs: ComparedSegment[]) => xs.sort(order).slice(0, PARK_LIMITS.segmentsPerSide);
  const shared = cap([...A.keys()].filter((id) => B.has(id)).map(item));
  const onlyA = cap([...A.keys()].filter((id) => !B.has(id)).map(item));
  const onlyB = cap([...B.keys()].filter((id) => !A.has(id)).map(item));
  const truncated = w.truncated || [A.size, B.size].some((n) => n > PARK_LIMITS.segmentsPerSide);
  return { a: pa, b: pb, shared, onlyA, onlyB, minConfidence: w.minConfidence, truncated };
}
