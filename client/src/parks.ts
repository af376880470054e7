// The 园区 view's model, pure and unit-tested: a grid of parks (rows, in containment order) ×
// columns (chains, or one chain's segments), each cell a list of facts; filtering by zone, column,
// basis and strength; row orders; cell summaries; keyboard moves of the grid; CSV export.
import type { NodeRef } from './api.ts';
import type { ChainParksData, ParkFact, ParkMatrixData, ParkRowData } from './api-parks.ts';
import { toCsv } from './export.ts';
import type { BasisFilter, ParksSort } from './route.ts';

export interface GridRow {
  id: string;
  name: string;
  node: NodeRef;
  kind: string | null;
  depth: number;
  parentId: string | null;
  zoneId: string;
  zoneName: string;
}

export interface GridColumn {
  id: string;
  name: string;
  node: NodeRef;
  /** A header above the column (the chain position in the drill-down). */
  group?: string;
  /** No park holds this segment (drill-down). */
  missing?: boolean;
  /** Short note under the name (e.g. how many parks). */
  note?: string;
}

export interface GridCell {
  facts: ParkFact[];
  factCount: number;
}

export interface GridModel {
  rows: GridRow[];
  columns: GridColumn[];
  cells: ReadonlyMap<string, GridCell>;
}

export const cellKey = (row: string, col: string) => `${row}\u0000${col}`;

/** Bases that state a present fact (a person, a registry or the text says so). */
export const STATED_BASES: ReadonlySet<string> = new Set(['stated', 'curated', 'registry']);

export interface FactFilter {
  basis: BasisFilter;
  /** Include facts below the confidence threshold. */
  weak: boolean;
}

export function factVisible(f: Pick<ParkFact, 'basis' | 'weak'>, filter: FactFilter): boolean {
  if (f.weak && !filter.weak) return false;
  if (filter.basis === 'stated') return STATED_BASES.has(f.basis);
  if (filter.basis === 'planned') return f.basis === 'planned';
  return true;
}

export type Tone = 'stated' | 'planned' | 'other' | 'weak' | 'none';

export interface CellSummary {
  /** Distinct segments hosted (HOSTS), enterprises and labs located in the park. */
  segments: number;
  enterprises: number;
  labs: number;
  /** Visible facts. */
  total: number;
  /** How the strongest visible fact is stated: stated > planned > other strong > weak only. */
  tone: Tone;
  /** Visible facts per basis. */
  bases: Record<string, number>;
  weak: number;
  /** The cell holds more facts than were read (the API returns the strongest first). */
  more: boolean;
}

export function summarize(facts: readonly ParkFact[], filter: FactFilter): CellSummary {
  const seen = { segment: new Set<string>(), enterprise: new Set<string>(), lab: new Set<string>() };
  const bases: Record<string, number> = {};
  let total = 0;
  let weak = 0;
  let stated = false;
  let planned = false;
  let other = false;
  for (const f of facts) {
    if (!factVisible(f, filter)) continue;
    total++;
    bases[f.basis] = (bases[f.basis] ?? 0) + 1;
    if (f.kind === 'segment' || f.kind === 'enterprise' || f.kind === 'lab') seen[f.kind].add(f.node.id);
    if (f.weak) weak++;
    else if (STATED_BASES.has(f.basis)) stated = true;
    else if (f.basis === 'planned') planned = true;
    else other = true;
  }
  const tone: Tone = stated ? 'stated' : planned ? 'planned' : other ? 'other' : weak ? 'weak' : 'none';
  return { segments: seen.segment.size, enterprises: seen.enterprise.size, labs: seen.lab.size, total, tone, bases, weak, more: false };
}

/** Intensity of a cell's tint by its number of visible facts: 0 (none) … 3 (ten or more). */
export function intensity(total: number): 0 | 1 | 2 | 3 {
  return total === 0 ? 0 : total < 3 ? 1 : total < 10 ? 2 : 3;
}

export interface ViewOptions extends FactFilter {
  zone: string | null;
  /** Columns to show (empty: all). */
  columns: readonly string[];
  /** Keep rows with no visible fact. */
  empty: boolean;
  sort: ParksSort;
}

export interface GridView {
  rows: GridRow[];
  columns: GridColumn[];
  /** Summaries of the visible cells. */
  summary(row: string, col: string): CellSummary;
  /** Flat (sorted) rather than the containment tree. */
  flat: boolean;
  rowTotal(row: string): number;
  colTotal(col: string): number;
}

/**
 * The rows and columns a planner sees: the zone's rows, the chosen columns, empty rows dropped
 * (a park's containing parks stay, so the tree reads), in tree order or sorted.
 */
export function gridView(m: GridModel, o: ViewOptions): GridView {
  const colSet = new Set(o.columns);
  const columns = o.columns.length ? m.columns.filter((c) => colSet.has(c.id)) : m.columns;
  const memo = new Map<string, CellSummary>();
  const summary = (row: string, col: string) => {
    const k = cellKey(row, col);
    let s = memo.get(k);
    if (!s) {
      const cell = m.cells.get(k);
      s = summarize(cell?.facts ?? [], o);
      if (cell && cell.factCount > cell.facts.length) s.more = true;
      memo.set(k, s);
    }
    return s;
  };
  const rowTotal = (row: string) => columns.reduce((n, c) => n + summary(row, c.id).total, 0);
  const colTotal = (col: string) => m.rows.reduce((n, r) => n + summary(r.id, col).total, 0);
  let rows = o.zone ? m.rows.filter((r) => r.zoneId === o.zone) : m.rows;
  if (!o.empty) {
    const keep = new Set<string>();
    const parent = new Map(m.rows.map((r) => [r.id, r.parentId]));
    for (const r of rows) {
      if (rowTotal(r.id) === 0) continue;
      for (let cur: string | null | undefined = r.id; cur && !keep.has(cur); cur = parent.get(cur)) keep.add(cur);
    }
    rows = rows.filter((r) => keep.has(r.id));
  }
  const flat = o.sort !== 'tree';
  if (flat && !o.empty) rows = rows.filter((r) => rowTotal(r.id) > 0);
  if (flat) {
    const byName = (a: GridRow, b: GridRow) => a.name.localeCompare(b.name, 'zh-Hans-CN');
    const key = o.sort === 'name' ? null : o.sort === 'total' ? rowTotal : (r: string) => summary(r, o.sort).total;
    rows = [...rows].sort((a, b) => (key ? key(b.id) - key(a.id) : 0) || byName(a, b));
  }
  return { rows, columns, summary, flat, rowTotal, colTotal };
}

// ---------------------------------------------------------------------------
// Models from the API's answers.

function gridRows(rows: readonly ParkRowData[]): GridRow[] {
  return rows.map((r) => ({
    id: r.park.id,
    name: r.park.name,
    node: { id: r.park.id, label: r.park.label, name: r.park.name },
    kind: r.park.kind,
    depth: r.depth,
    parentId: r.parent?.id ?? null,
    zoneId: r.zone.id,
    zoneName: r.zone.name,
  }));
}

function gridCells(cells: ParkMatrixData['cells']): Map<string, GridCell> {
  return new Map(cells.map((c) => [cellKey(c.park.id, c.industry.id), { facts: c.facts, factCount: c.factCount }]));
}

/** Parks × chains. */
export function matrixModel(d: ParkMatrixData, note: (parks: number) => string): GridModel {
  return {
    rows: gridRows(d.rows),
    columns: d.chains.map((c) => ({ id: c.industry.id, name: c.industry.name, node: c.industry, note: note(c.parkCount) })),
    cells: gridCells(d.cells),
  };
}

/** Parks × one chain's segments, in chain order, grouped by chain position. */
export function drillModel(d: ChainParksData, group: (position: number) => string, note: (parks: number) => string): GridModel {
  return {
    rows: gridRows(d.rows),
    columns: d.segments.map((s) => ({ id: s.industry.id, name: s.industry.name, node: s.industry, group: group(s.position), missing: s.missing, note: note(s.parkCount) })),
    cells: gridCells(d.cells),
  };
}

// ---------------------------------------------------------------------------
// Keyboard: a grid of (rows + 1 header row) × (columns + 1 row-header column).

export interface GridPos {
  r: number;
  c: number;
}

/** The position a key moves the focus to (null: the key is not a grid move). */
export function moveFocus(p: GridPos, key: string, ctrl: boolean, nRows: number, nCols: number, page = 10): GridPos | null {
  const maxR = nRows; // row 0 is the header
  const maxC = nCols; // column 0 is the row header
  const clamp = (r: number, c: number) => ({ r: Math.max(0, Math.min(maxR, r)), c: Math.max(0, Math.min(maxC, c)) });
  switch (key) {
    case 'ArrowUp':
      return clamp(p.r - 1, p.c);
    case 'ArrowDown':
      return clamp(p.r + 1, p.c);
    case 'ArrowLeft':
      return clamp(p.r, p.c - 1);
    case 'ArrowRight':
      return clamp(p.r, p.c + 1);
    case 'Home':
      return ctrl ? { r: 0, c: 0 } : clamp(p.r, 0);
    case 'End':
      return ctrl ? { r: maxR, c: maxC } : clamp(p.r, maxC);
    case 'PageUp':
      return clamp(p.r - page, p.c);
    case 'PageDown':
      return clamp(p.r + page, p.c);
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------
// Export.

export const BASIS_ORDER = ['curated', 'stated', 'registry', 'lexicon', 'planned', 'encouraged', 'listed'];

/**
 * The grid as CSV (UTF-8 BOM, CRLF; formula-looking text neutralised): one row per park, per column
 * the segments, enterprises and labs it hosts and the bases of those facts.
 */
export function gridCsv(v: GridView, basisName: (b: string) => string, parentName: (id: string | null) => string): string {
  const header = ['园区', '园区ID', '类别', '上级园区', '所属区域'];
  for (const c of v.columns) header.push(`${c.name}·环节`, `${c.name}·企业`, `${c.name}·机构`, `${c.name}·依据`);
  const rows = v.rows.map((r) => {
    const out: unknown[] = [r.name, r.id, r.kind ?? '', parentName(r.parentId), r.zoneName];
    for (const c of v.columns) {
      const s = v.summary(r.id, c.id);
      const bases = Object.entries(s.bases)
        .sort((a, b) => BASIS_ORDER.indexOf(a[0]) - BASIS_ORDER.indexOf(b[0]))
        .map(([b, n]) => `${basisName(b)} ${n}`)
        .join('；');
      out.push(s.segments || '', s.enterprises || '', s.labs || '', bases);
    }
    return out;
  });
  return toCsv(header, rows);
}

interface ComparedLike {
  segment: { id: string; name: string };
  chains: readonly { name: string }[];
  factsA: readonly { kind: string; basis: string; node: { name: string } }[];
  factsB: readonly { kind: string; basis: string; node: { name: string } }[];
}

/** Two parks compared as CSV: one row per segment, which side has it, and the facts of each side with their basis. */
export function comparisonCsv(
  c: { a: { name: string }; b: { name: string }; shared: readonly ComparedLike[]; onlyA: readonly ComparedLike[]; onlyB: readonly ComparedLike[] },
  basisName: (b: string) => string,
): string {
  const facts = (fs: ComparedLike['factsA']) => [...new Set(fs.map((f) => `${f.node.name}（${basisName(f.basis)}）`))].join('；');
  const rows: unknown[][] = [];
  const add = (xs: readonly ComparedLike[], where: string) => {
    for (const x of xs) rows.push([x.chains.map((ch) => ch.name).join('、'), x.segment.name, x.segment.id, where, facts(x.factsA), facts(x.factsB)]);
  };
  add(c.shared, '两者都有');
  add(c.onlyA, `仅${c.a.name}`);
  add(c.onlyB, `仅${c.b.name}`);
  return toCsv(['产业链', '环节', '环节ID', '分布', `${c.a.name}·事实`, `${c.b.name}·事实`], rows);
}

/** What the 园区 legend says was cut, beyond the home bounds (which HomeBounds explains). */
export type Truncation = 'collected' | 'cells' | null;

/**
 * Why a matrix (or drill-down) is incomplete, if it is: `cells` when the client's list of cells was
 * cut at `maxCells`; `collected` when the server's summing stopped at one of its maxima (parks,
 * enterprises and labs, facts, placements). The server's `truncated` also says "more chains than
 * maxChains": that is the bounded home view, told with its counts and 「显示更多」 by the bounds note,
 * not a cut to warn about. (When the chains are bounded, a collection cut cannot be told apart.)
 */
export function truncationOf(d: { truncated: boolean; cells: readonly unknown[]; chains?: readonly unknown[]; chainCount?: number } | null, maxCells: number): Truncation {
  if (!d) return null;
  if (d.cells.length >= maxCells) return 'cells';
  const chainsBounded = d.chains !== undefined && d.chainCount !== undefined && d.chainCount > d.chains.length;
  if (d.truncated && !chainsBounded) return 'collected';
  return null;
}
