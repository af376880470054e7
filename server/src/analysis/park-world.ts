// What the 园区 analyses read, loaded once per request: the parks, their containment (one parent
// each, the most specific), their facts with basis and confidence, and the industry tree above the
// facts (strong PART_OF only). Over the GraphStore port, one batched call per hop, bounded.
import type { GraphEdge, GraphNode, RelType } from '../model.ts';
import type { GraphStore } from '../store/port.ts';
import { byName } from './common.ts';

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

export { byName };
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

export async function nodeMap(store: GraphStore, ids: Iterable<string>): Promise<Map<string, GraphNode>> {
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

