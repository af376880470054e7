// 园区 analyses for planners: which park hosts which chain (the park × chain matrix), one chain's
// segments in chain order against the parks (drill-down), and two parks compared (错位发展).
// Over the GraphStore port only, batched (one edgesOf/getNodes call per hop, about ten per
// request), every list bounded (PARK_LIMITS) while it is collected, the request deadline checked
// in every long loop (ParkOptions.check). GraphQL calls these; they know nothing of GraphQL.
//
// A fact is one thing a park hosts of a chain, with the edges behind it:
//   segment     Park -HOSTS-> Industry
//   enterprise  Enterprise -LOCATED_IN-> Park and Enterprise -IN_INDUSTRY|INNOVATES_FOR-> Industry
//   lab         Lab -LOCATED_IN-> Park and Lab -INNOVATES_FOR-> Industry
// Its basis and confidence are those of its weakest edge (properties.basis / properties.confidence;
// an edge without them reads as `stated`, confidence 1). Facts below minConfidence are kept and
// flagged weak; the hierarchy (park containment, industry PART_OF) uses strong edges only.
import type { GraphNode } from '../model.ts';
import type { GraphStore } from '../store/port.ts';
import { industryChain } from './index.ts';
import { matrixStats, type ParkIndex } from './park-index.ts';
import { DEFAULT_MIN_CONFIDENCE, PARK_LIMITS, Pace, ParkWorld, byName, byNode, factOrder, keepBest, nodeMap, sortFacts, sortPaced, type ParkFact, type ParkOptions, type ParkRow } from './park-world.ts';

export { BASIS_RANK, DEFAULT_MIN_CONFIDENCE, PARK_LIMITS, edgeBasis, edgeConfidence, sortFacts } from './park-world.ts';
export type { FactKind, ParkFact, ParkOptions, ParkRow } from './park-world.ts';

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
  /** Rows that match parkNameContains (every row read without it), before firstParks cuts them. */
  rowCount: number;
  /** Columns that match chainNameContains (every candidate column without it), before maxChains cuts them. */
  chainCount: number;
}

export interface MatrixOptions extends ParkOptions {
  /** Columns to show; default: every top-level chain a park hosts something of. */
  chains?: string[];
  maxChains?: number;
  factsPerCell?: number;
  /**
   * The parks with the most facts (their subtree's with rollup), at most this many, with the parks
   * containing them (so each sits under its zone); default: every park. A bounded view, not a limit
   * of what is read: `truncated` does not change, rowCount says how many there were.
   */
  firstParks?: number;
  /** Only parks whose name contains this text (and the parks containing them). */
  parkNameContains?: string;
  /** Only columns whose chain's name contains this text. */
  chainNameContains?: string;
}

/** What the park analyses read: a request's options may carry the shared index of the graph version. */
export interface IndexedOptions extends ParkOptions {
  index?: ParkIndex;
}

/**
 * The world an analysis reads: the shared index's when it holds the parks the request names at its
 * threshold (the same world a load would give), else one loaded for the request.
 */
async function worldOf(store: GraphStore, opts: IndexedOptions, include: string[] = []): Promise<{ w: ParkWorld; index: ParkIndex | null }> {
  const ix = opts.index;
  if (ix && ix.world.minConfidence === (opts.minConfidence ?? DEFAULT_MIN_CONFIDENCE) && ix.holds(include)) return { w: ix.world, index: ix };
  const { index: _unused, ...rest } = opts;
  return { w: await ParkWorld.load(store, include.length ? { ...rest, include } : rest), index: null };
}

const contains = (name: string, text: string | undefined): boolean => !text || name.toLocaleLowerCase().includes(text.toLocaleLowerCase());

/** Park × chain: every park (rows in containment order) against the top-level chains. */
export async function parkMatrix(store: GraphStore, opts: MatrixOptions & IndexedOptions = {}): Promise<ParkMatrix> {
  const { w, index } = await worldOf(store, opts);
  const pace = new Pace(opts.check);
  const names = index?.names ?? (await w.nameOrder());
  const asked = opts.chains?.length ? await nodeMap(store, opts.chains) : null;
  const perCell = opts.factsPerCell ?? 50;
  const rollup = opts.rollup ?? false;
  let truncated = w.truncated;
  const rows = index?.rows ?? w.rows();
  // The columns a segment falls in and, per column, the parks with a fact of it: the same for every
  // request of a graph version without asked chains (kept in the index, per rollup).
  const { columnsMemo, stats } = (!asked && index?.matrix[rollup ? 1 : 0]) || (await matrixStats(w, rows, rollup, asked, pace));
  const columnsOf = (segment: string): string[] => columnsMemo.get(segment) ?? [];
  let chainIds = asked ? [...asked.keys()].filter((id) => asked.get(id)!.label === 'Industry') : [...stats.keys()];
  if (!asked) chainIds.sort((a, b) => stats.get(b)!.parks - stats.get(a)!.parks || stats.get(b)!.strong - stats.get(a)!.strong || byName(w.industries.get(a)!, w.industries.get(b)!));
  if (opts.chainNameContains) chainIds = chainIds.filter((id) => contains((asked?.get(id) ?? w.industries.get(id))?.name ?? '', opts.chainNameContains));
  const chainCount = chainIds.length;
  const maxChains = Math.min(opts.maxChains ?? 40, PARK_LIMITS.chains);
  if (chainIds.length > maxChains) truncated = true;
  chainIds = chainIds.slice(0, maxChains);
  const keep = new Set(chainIds);
  const { shown, rowCount } = await shownRows(w, rows, opts, pace);
  // Second pass: the cells of the columns kept, each keeping its best facts as they come.
  const cells: ParkCell[] = [];
  let placed = 0;
  fill: for (const row of shown) {
    const mine = new Map<string, ParkCell>();
    for (const f of w.factsOf(row.park.id, rollup)) {
      if (pace.due()) await pace.pause();
      for (const c of columnsOf(f.segment.id)) {
        if (!keep.has(c)) continue;
        if (++placed > PARK_LIMITS.placements) {
          truncated = true;
          break fill;
        }
        let cell = mine.get(c);
        if (!cell) {
          cell = { park: row.park, industry: asked?.get(c) ?? w.industries.get(c)!, facts: [], factCount: 0 };
          mine.set(c, cell);
          cells.push(cell);
        }
        cell.facts.push(f);
        cell.factCount++;
        keepBest(cell.facts, perCell, names);
      }
    }
  }
  const segmentCount = (id: string) => {
    let n = 0;
    for (const x of w.descendants(id)) if (x !== id && w.industries.has(x)) n++;
    return n;
  };
  const chains = chainIds.map((id) => ({ industry: asked?.get(id) ?? w.industries.get(id)!, segmentCount: segmentCount(id), parkCount: stats.get(id)?.parks ?? 0 }));
  for (const c of cells) {
    if (pace.due()) await pace.pause();
    c.facts = sortFacts(c.facts, names).slice(0, perCell);
  }
  return { rows: shown, chains, cells, minConfidence: w.minConfidence, truncated, rowCount, chainCount };
}

/**
 * The rows a matrix shows: those whose park's name matches, the `firstParks` with the most facts
 * among them (ties in containment order), and the parks containing them; in containment order.
 */
async function shownRows(w: ParkWorld, rows: ParkRow[], opts: MatrixOptions, pace: Pace): Promise<{ shown: ParkRow[]; rowCount: number }> {
  const matching = opts.parkNameContains ? rows.filter((r) => contains(r.park.name, opts.parkNameContains)) : rows;
  const first = opts.firstParks;
  if (matching === rows && (first === undefined || first >= rows.length)) return { shown: rows, rowCount: rows.length };
  let picked = matching;
  if (first !== undefined && first < matching.length) {
    const rollup = opts.rollup ?? false;
    const weight = new Map<string, number>();
    for (const r of matching) {
      if (pace.due(16)) await pace.pause();
      let n = 0;
      for (const id of rollup ? w.subtree(r.park.id) : [r.park.id]) n += w.factsByPark.get(id)?.length ?? 0;
      weight.set(r.park.id, n);
    }
    // Array.prototype.sort is stable: ties keep containment order.
    picked = [...matching].sort((a, b) => weight.get(b.park.id)! - weight.get(a.park.id)!).slice(0, first);
  }
  const keep = new Set<string>();
  for (const r of picked) for (let cur: string | undefined = r.park.id; cur && !keep.has(cur); cur = w.parentOf.get(cur)?.parent) keep.add(cur);
  return { shown: rows.filter((r) => keep.has(r.park.id)), rowCount: matching.length };
}

/** The facts of one park concerning one industry or any industry under it (a matrix or drill-down cell). */
export async function parkFacts(store: GraphStore, parkId: string, industryId: string, opts: IndexedOptions = {}): Promise<ParkFact[] | null> {
  return (await parkFactList(store, parkId, industryId, opts))?.facts ?? null;
}

export interface ParkFactList {
  /** The strongest PARK_LIMITS.factsPerCell facts (sortFacts order). */
  facts: ParkFact[];
  /** Facts of the park concerning the industry, all of them (before the cut). */
  totalCount: number;
  /** The list holds fewer than totalCount, or the park world was cut by its limits (PARK_LIMITS). */
  truncated: boolean;
}

/** parkFacts with what the list leaves out: its total and whether it was cut. */
export async function parkFactList(store: GraphStore, parkId: string, industryId: string, opts: IndexedOptions = {}): Promise<ParkFactList | null> {
  const { w, index } = await worldOf(store, opts, [parkId]);
  if (!w.parks.has(parkId)) return null;
  const pace = new Pace(opts.check);
  const facts: ParkFact[] = [];
  for (const f of w.factsOf(parkId, opts.rollup ?? false)) {
    if (pace.due()) await pace.pause();
    if (w.within(f.segment.id, industryId)) facts.push(f);
  }
  // The index's name ranks order the world's nodes as byNode does (a loaded world sorts by byNode).
  const kept = (await sortPaced(facts, factOrder(index?.names), pace)).slice(0, PARK_LIMITS.factsPerCell);
  return { facts: kept, totalCount: facts.length, truncated: w.truncated || kept.length < facts.length };
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
export async function chainParks(store: GraphStore, chainId: string, opts: IndexedOptions & { factsPerCell?: number } = {}): Promise<ChainParks | null> {
  // The chain's columns: its segments in chain order (industryChain) and, per segment met, the columns
  // it falls in. Kept in the park index of the graph version (fix33: the same for every request of a
  // version, whatever the threshold, rollup or cut; the first request of a chain computes them).
  const columns = opts.index?.chainColumns(chainId) ?? (await chainColumnsOf(store, chainId, opts.check));
  if (!columns) return null;
  if (opts.index && !opts.index.chainColumns(chainId)) opts.index.keepChainColumns(chainId, columns);
  const { w, index } = await worldOf(store, opts);
  const { chain, segs, columnsMemo } = columns;
  const perCell = opts.factsPerCell ?? 50;
  const cells: ParkCell[] = [];
  const rowsWith = new Set<string>();
  const parksOf = new Map<string, Set<string>>();
  const allRows = index?.rows ?? w.rows();
  const pace = new Pace(opts.check);
  const names = index?.names ?? (await w.nameOrder());
  // Each column's industries below it (a walk of the industry tree each, kept in the world): walked
  // here with turns between, not all at once in the first columnsOf (2 s in one block at 10⁵ nodes).
  for (const s of segs) {
    if (pace.due(1024)) await pace.pause();
    if (s.position !== -1) w.descendants(s.industry.id);
  }
  let truncated = w.truncated;
  let placed = 0;
  // The columns (indexes into segs) a segment falls in, once per segment (per graph version with an index).
  const columnsOf = (segment: string): number[] => {
    let cols = columnsMemo.get(segment);
    if (!cols) {
      cols = [];
      for (let i = 0; i < segs.length; i++) {
        const s = segs[i]!;
        if (s.position === -1 ? segment === chainId : w.within(segment, s.industry.id)) cols.push(i);
      }
      columnsMemo.set(segment, cols);
    }
    return cols;
  };
  fill: for (const row of allRows) {
    const mine = new Map<number, { cell: ParkCell; strong: boolean }>();
    for (const f of w.factsOf(row.park.id, opts.rollup ?? false)) {
      if (pace.due(columnsMemo.has(f.segment.id) ? 1 : 64)) await pace.pause();
      if (!w.within(f.segment.id, chainId)) continue;
      rowsWith.add(row.park.id);
      const cols = columnsOf(f.segment.id);
      // each placement is work (and now and then a trim of the cell): weighed in the pace
      if (pace.due(cols.length)) await pace.pause();
      for (const i of cols) {
        if (++placed > PARK_LIMITS.placements) {
          truncated = true;
          break fill;
        }
        let at = mine.get(i);
        if (!at) {
          at = { cell: { park: row.park, industry: segs[i]!.industry, facts: [], factCount: 0 }, strong: false };
          mine.set(i, at);
        }
        at.cell.facts.push(f);
        at.cell.factCount++;
        if (!f.weak) at.strong = true;
        keepBest(at.cell.facts, perCell, names);
      }
    }
    // Cells of a row in chain order.
    for (let i = 0; i < segs.length; i++) {
      const at = mine.get(i);
      if (!at) continue;
      if (pace.due(at.cell.facts.length * 8)) await pace.pause();
      at.cell.facts = sortFacts(at.cell.facts, names).slice(0, perCell);
      cells.push(at.cell);
      const s = segs[i]!;
      if (at.strong) parksOf.set(s.industry.id, (parksOf.get(s.industry.id) ?? new Set()).add(row.park.id));
    }
  }
  // Keep ancestors of rows with facts, so every row sits under its zone.
  const keep = new Set<string>();
  for (const id of rowsWith) for (let cur: string | undefined = id; cur && !keep.has(cur); cur = w.parentOf.get(cur)?.parent) keep.add(cur);
  return {
    chain,
    // The whole-chain column only when some park hosts the chain as a whole.
    segments: segs
      .filter((s) => s.position !== -1 || cells.some((c) => c.industry.id === chainId))
      .map((s) => ({ industry: s.industry, position: s.position, missing: !parksOf.has(s.industry.id), parkCount: parksOf.get(s.industry.id)?.size ?? 0 })),
    rows: allRows.filter((r) => keep.has(r.park.id)),
    cells,
    minConfidence: w.minConfidence,
    truncated,
  };
}

/** A chain's columns for chainParks: the chain, its segments in chain order, the columns of each segment met. */
export interface ChainColumns {
  chain: GraphNode;
  segs: { industry: GraphNode; position: number }[];
  columnsMemo: Map<string, number[]>;
}

async function chainColumnsOf(store: GraphStore, chainId: string, check?: () => void): Promise<ChainColumns | null> {
  // industryChain without templates and without its lists: the segments and their order (its
  // UPSTREAM_OF layers) are all chainParks reads (the lists' edges are not read).
  const chain = await industryChain(store, chainId, { ...(check ? { check } : {}), select: { stages: false, segment: new Set() } });
  if (!chain) return null;
  const segs: { industry: GraphNode; position: number }[] = chain.segments.map((s) => ({ industry: s.industry, position: s.position }));
  // Facts on the chain itself (a park hosting 信创 as a whole) form their own first column.
  if (!segs.some((s) => s.industry.id === chainId)) segs.unshift({ industry: chain.industry, position: -1 });
  return { chain: chain.industry, segs, columnsMemo: new Map() };
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
export async function compareParks(store: GraphStore, a: string, b: string, opts: IndexedOptions & { includeWeak?: boolean } = {}): Promise<ParkComparison | null> {
  const { w, index } = await worldOf(store, opts, [a, b]);
  const pace = new Pace(opts.check);
  const pa = w.parks.get(a);
  const pb = w.parks.get(b);
  if (!pa || !pb) return null;
  const rollup = opts.rollup ?? true;
  const bySegment = async (park: string) => {
    const m = new Map<string, ParkFact[]>();
    for (const f of w.factsOf(park, rollup)) {
      if (pace.due()) await pace.pause();
      if (f.weak && !opts.includeWeak) continue;
      if (w.topsOf(f.segment.id).size === 0) continue; // framework nodes
      const list = m.get(f.segment.id);
      if (list) list.push(f);
      else m.set(f.segment.id, [f]);
    }
    return m;
  };
  const A = await bySegment(a);
  const B = await bySegment(b);
  // Each segment's first 20 facts of each side, by a paced sort (review17 H3: these sorts held the
  // event loop for seconds on a busy park); the facts' order as sortFacts gives it.
  const byFact = factOrder(index?.names);
  // byName's order: the index's ranks (the same order, numbers compared) when there is one.
  const nm = index?.names ?? byNode;
  const top = async (facts: ParkFact[] | undefined) => (facts?.length ? (await sortPaced(facts, byFact, pace)).slice(0, 20) : []);
  const item = async (id: string): Promise<ComparedSegment> => {
    if (pace.due(16)) await pace.pause();
    const segment = w.industries.get(id)!;
    const chains = [...w.topsOf(id)].map((c) => w.industries.get(c)!).filter(Boolean).sort(nm);
    return { segment, chains, factsA: await top(A.get(id)), factsB: await top(B.get(id)) };
  };
  const order = (x: ComparedSegment, y: ComparedSegment) => nm(x.chains[0] ?? x.segment, y.chains[0] ?? y.segment) || nm(x.segment, y.segment);
  const cap = async (ids: string[]) => {
    const xs: ComparedSegment[] = [];
    for (const id of ids) xs.push(await item(id));
    return (await sortPaced(xs, order, pace)).slice(0, PARK_LIMITS.segmentsPerSide);
  };
  const shared = await cap([...A.keys()].filter((id) => B.has(id)));
  const onlyA = await cap([...A.keys()].filter((id) => !B.has(id)));
  const onlyB = await cap([...B.keys()].filter((id) => !A.has(id)));
  const truncated = w.truncated || [A.size, B.size].some((n) => n > PARK_LIMITS.segmentsPerSide);
  return { a: pa, b: pb, shared, onlyA, onlyB, minConfidence: w.minConfidence, truncated };
}
