// The review queue: which extracted facts a person should check first. A fact's priority is how
// doubtful it is times how much rides on it:
//
//   priority = doubt × weight(type) × log2(1 + dependents)
//   doubt    = 1 − confidence (an edge without confidence counts as 1, basis `stated`), at least
//              0.05 so that equally certain facts still come in order of what depends on them;
//   weight   = HOSTS, PART_OF 3 (a park under a chain, a segment under a chain: every chain answer
//              repeats them); UPSTREAM_OF 2; IN_INDUSTRY, INNOVATES_FOR, LOCATED_IN 1.5;
//              SUPPORTS, LEADS 1; MENTIONS 0.5;
//   dependents = the answers that repeat the fact: for an edge into an industry, that industry and
//              every chain above it (parksForIndustry, industryChain and relatedEnterprises of
//              each); for a PART_OF, the facts hanging under the segment times the chains above;
//              for a park inside a park, the firms and labs located in it.
// Facts a person has already decided (basis `curated`) leave the queue. Document structure
// (CONTAINS) and responsibilities (RESPONSIBLE_FOR, not inferred) are not in it.
import type { GraphEdge, GraphNode, RelType } from '../model.ts';
import type { GraphStore } from '../store/port.ts';

export const REVIEW_WEIGHTS: Readonly<Partial<Record<RelType, number>>> = {
  HOSTS: 3,
  PART_OF: 3,
  UPSTREAM_OF: 2,
  IN_INDUSTRY: 1.5,
  INNOVATES_FOR: 1.5,
  LOCATED_IN: 1.5,
  SUPPORTS: 1,
  LEADS: 1,
  MENTIONS: 0.5,
};

export const MIN_DOUBT = 0.05;

/**
 * Bounds of the walks that count dependents (real chains are a few levels deep with tens to hundreds
 * of segments, and are counted exactly; a pathological PART_OF web would otherwise cost
 * industries × industries). log2 flattens what lies beyond.
 */
const MAX_ANCESTORS = 64;
const MAX_SUBTREE = 1000;

const BASIS_ZH: Record<string, string> = { stated: '明确陈述', planned: '规划', encouraged: '鼓励', listed: '并列提及', lexicon: '词表', registry: '登记信息', curated: '人工确认' };

export interface ReviewItem {
  edge: GraphEdge;
  priority: number;
  confidence: number;
  basis: string;
  /** Answers that repeat this fact. */
  dependents: number;
  /** Why it is where it is, in Chinese and English. */
  readonly reason: string;
  /** The edge's two end nodes, as the queue was computed. */
  readonly ends: readonly (GraphNode | undefined)[];
}

type Scope =
  | { kind: 'none' }
  | { kind: 'segment'; above: number; below: number }
  | { kind: 'park'; inside: number }
  | { kind: 'order'; chains: number }
  | { kind: 'industry'; name: string; above: number };

/** A queue entry; its reason is worded only when read (a page, not the whole queue). */
class Item implements ReviewItem {
  constructor(
    readonly edge: GraphEdge,
    readonly priority: number,
    readonly confidence: number,
    readonly basis: string,
    readonly dependents: number,
    private readonly scope: Scope,
    /** The edge's two end nodes (for the name filter). */
    readonly ends: readonly (GraphNode | undefined)[],
  ) {}

  get reason(): string {
    const sc = this.scope;
    const [zh, en] =
      sc.kind === 'segment'
        ? [`下挂 ${sc.below} 条事实 × 上级 ${sc.above} 个产业`, `${sc.below} facts below × ${sc.above} chains above`]
        : sc.kind === 'park'
          ? [`园区内 ${sc.inside} 家企业与机构`, `${sc.inside} firms and labs inside`]
          : sc.kind === 'order'
            ? [`${sc.chains} 条产业链的链序`, `the order of ${sc.chains} chains`]
            : sc.kind === 'industry'
              ? sc.above > 0
                ? [`「${sc.name}」及其上级 ${sc.above} 个产业`, `${sc.name} and ${sc.above} industries above it`]
                : [`「${sc.name}」`, sc.name]
              : ['', ''];
    const c = this.confidence.toFixed(2);
    return (
      `置信度 ${c}（${BASIS_ZH[this.basis] ?? this.basis}）· 影响 ${this.dependents} 个回答${zh ? '：' + zh : ''}` +
      ` / confidence ${c} (${this.basis}), ${this.dependents} answers depend on it${en ? ': ' + en : ''}`
    );
  }
}

export interface ReviewFilter {
  /** Only facts with a sentence from this document. */
  documentId?: string;
  types?: RelType[];
  /** Only these bases (`stated`, `planned`, `encouraged`, `listed`, `lexicon`, `registry`, `curated`). */
  basis?: string[];
  /** Only facts with an end whose name contains this text. */
  nameContains?: string;
  /** Include facts already decided by a person (basis `curated`). */
  includeCurated?: boolean;
}

export function confidenceOf(e: GraphEdge): number {
  const c = e.properties.confidence;
  return typeof c === 'number' && Number.isFinite(c) ? Math.max(0, Math.min(1, c)) : 1;
}

export function basisOf(e: GraphEdge): string {
  return typeof e.properties.basis === 'string' ? e.properties.basis : 'stated';
}

/** Sort key of the queue: priority descending, then edge id. */
export function compareItems(a: { priority: number; edge: { id: string } }, b: { priority: number; edge: { id: string } }): number {
  return b.priority - a.priority || (a.edge.id < b.edge.id ? -1 : a.edge.id > b.edge.id ? 1 : 0);
}

/** The queue, filtered. (`allReviewItems` + `filterQueue`: callers that cache keep the first.) */
export async function reviewQueue(store: GraphStore, filter: ReviewFilter = {}): Promise<ReviewItem[]> {
  return filterQueue(await allReviewItems(store), filter);
}

/** Items filtered as `filter` says, in queue order. */
export function filterQueue(items: readonly ReviewItem[], filter: ReviewFilter): ReviewItem[] {
  const types = filter.types && filter.types.length > 0 ? new Set<string>(filter.types) : null;
  const bases = filter.basis && filter.basis.length > 0 ? new Set(filter.basis) : null;
  const needle = filter.nameContains?.trim().toLowerCase() || null;
  return items.filter((it) => {
    const e = it.edge;
    if (it.basis === 'curated' && !filter.includeCurated && !bases?.has('curated')) return false;
    if (types && !types.has(e.type)) return false;
    if (bases && !bases.has(it.basis)) return false;
    if (filter.documentId && !e.evidence.some((ev) => ev.documentId === filter.documentId)) return false;
    if (needle && !it.ends.some((n) => !!n && (n.name.toLowerCase().includes(needle) || n.aliases.some((a) => a.toLowerCase().includes(needle))))) return false;
    return true;
  });
}

/** Every inferred edge of the graph as a queue item, decided ones included, in queue order. */
export async function allReviewItems(store: GraphStore): Promise<ReviewItem[]> {
  const { nodes, edges } = await store.exportGraph();
  const names = new Map(nodes.map((n) => [n.id, n]));
  const parents = new Map<string, string[]>(); // industry → PART_OF parents
  const children = new Map<string, string[]>();
  const hanging = new Map<string, number>(); // industry → facts pointing at it (HOSTS, IN_INDUSTRY, INNOVATES_FOR, SUPPORTS)
  const locatedIn = new Map<string, number>(); // park → firms and labs located in it
  for (const e of edges) {
    if (e.type === 'PART_OF' && names.get(e.source)?.label === 'Industry') {
      (parents.get(e.source) ?? parents.set(e.source, []).get(e.source)!).push(e.target);
      (children.get(e.target) ?? children.set(e.target, []).get(e.target)!).push(e.source);
    }
    if (e.type === 'HOSTS' || e.type === 'IN_INDUSTRY' || e.type === 'INNOVATES_FOR' || e.type === 'SUPPORTS') hanging.set(e.target, (hanging.get(e.target) ?? 0) + 1);
    if (e.type === 'LOCATED_IN' && names.get(e.source)?.label !== 'Park') locatedIn.set(e.target, (locatedIn.get(e.target) ?? 0) + 1);
  }
  const ancestorsMemo = new Map<string, Set<string>>();
  const ancestors = (id: string): Set<string> => {
    const hit = ancestorsMemo.get(id);
    if (hit) return hit;
    const out = new Set<string>();
    const stack = [...(parents.get(id) ?? [])];
    while (stack.length > 0 && out.size < MAX_ANCESTORS) {
      const p = stack.pop()!;
      if (p === id || out.has(p)) continue;
      out.add(p);
      stack.push(...(parents.get(p) ?? []));
    }
    ancestorsMemo.set(id, out);
    return out;
  };
  const subtreeMemo = new Map<string, number>();
  const subtreeFacts = (id: string): number => {
    const hit = subtreeMemo.get(id);
    if (hit !== undefined) return hit;
    let n = 0;
    const seen = new Set<string>([id]);
    const stack = [id];
    while (stack.length > 0 && seen.size < MAX_SUBTREE) {
      const x = stack.pop()!;
      n += hanging.get(x) ?? 0;
      for (const c of children.get(x) ?? []) if (!seen.has(c)) (seen.add(c), stack.push(c), n++);
    }
    subtreeMemo.set(id, n);
    return n;
  };

  const out: ReviewItem[] = [];
  for (const e of edges) {
    const weight = REVIEW_WEIGHTS[e.type];
    if (weight === undefined) continue;
    const basis = basisOf(e);
    let dependents = 1;
    let scope: Scope = { kind: 'none' };
    const targetIsIndustry = names.get(e.target)?.label === 'Industry';
    if (e.type === 'PART_OF' && targetIsIndustry) {
      const above = 1 + ancestors(e.target).size;
      const below = subtreeFacts(e.source);
      dependents = above * (1 + below);
      scope = { kind: 'segment', above, below };
    } else if (e.type === 'PART_OF') {
      dependents = 1 + (locatedIn.get(e.source) ?? 0);
      scope = { kind: 'park', inside: dependents - 1 };
    } else if (e.type === 'UPSTREAM_OF') {
      dependents = 1 + ancestors(e.source).size;
      scope = { kind: 'order', chains: dependents - 1 };
    } else if (targetIsIndustry) {
      const above = ancestors(e.target).size;
      dependents = 1 + above;
      scope = { kind: 'industry', name: names.get(e.target)?.name ?? e.target, above };
    }
    const confidence = confidenceOf(e);
    const doubt = Math.max(MIN_DOUBT, 1 - confidence);
    const priority = Math.round(doubt * weight * Math.log2(1 + dependents) * 1000) / 1000;
    out.push(new Item(e, priority, confidence, basis, dependents, scope, [names.get(e.source), names.get(e.target)]));
  }
  return out.sort(compareItems);
}
