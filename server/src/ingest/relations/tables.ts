// Rows of 产业链 / 链主 tables (structure/chain-tables.ts, table-columns.ts) as typed facts. A row is
// typed by its header, so it is no list cross-product: each firm of a firm column is in the row's
// chain or segment (stated), each park of a park column carries it (planned: an assignment by the
// government), each platform of a platform column innovates for it (stated), a segment column beside
// a chain column makes the segment part of the chain. Nothing pairs across rows; firms are not placed
// in the row's park (the table does not say they are there). A cell naming several chains or
// segments states no pairing with one of them: those ties are only `listed`. Department columns have
// no edge here (a 链主 row is no measure; a 分工表's departments are read by ../responsibilities/).
// Lines of the form "X产业链：链主企业A；重点企业B、C；承载园区P" are such rows written out.
// The row's text is the evidence.
import type { Judged } from '../../basis.ts';
import type { Evidence } from '../../model.ts';
import type { IngestContext } from '../context.ts';
import { plausibleBareName } from '../entities/enumerations.ts';
import { plausibleIndustry } from '../entities/list-items.ts';
import { withoutNotes } from '../entities/org-bounds.ts';
import type { Entity, EntityTable } from '../entities/table.ts';
import { isGenericName, typeBySuffix } from '../entities/typing.ts';
import { documentId, measureId } from '../ids.ts';
import { chainColumns, columnRole, readsAsText, type ColumnRole } from '../structure/table-columns.ts';
import type { Span, StructuredDoc } from '../types.ts';
import type { EdgeSet } from './edges.ts';
import { JUDGED, listed } from './judge.ts';
import { lineBody } from './patterns.ts';
import { parkCell, placeParkRowFirms } from './park-rows.ts';

/** The confidence of each fact a row's columns type. */
export const TABLE_JUDGED = {
  member: { basis: 'stated', confidence: 0.9 },
  host: { basis: 'planned', confidence: 0.8 },
  platform: { basis: 'stated', confidence: 0.85 },
  /** A firm to attract (招商目标企业): of the field, but not here; below the threshold. */
  target: { basis: 'listed', confidence: 0.3 },
  /**
   * A firm filed in a row of two or three chains or segments (园区 | 电子信息、生物医药 | A、B): in one of them, the row
   * not saying which — the annotators' alternatives (A IN_INDUSTRY 电子信息|生物医药). A tie to each, at the threshold's
   * edge; a firm the document ties to one of them elsewhere is in that one, and one its bracket types keeps the others
   * listed (over 11 招商图谱 tables of 10 sets: 23 gold ties gained, 1 wrong; a row of four or more stays listed).
   */
  oneOfRow: { basis: 'stated', confidence: 0.55 },
} as const satisfies Record<string, Judged>;

/** One row as cells by role (the text of each cell as written, with its span). */
interface RowCells {
  span: Span;
  /** The measure the row is (a 分工表 that names each row's chain: 序号 | 产业链 | 链主企业 | 重点任务 | 牵头单位). */
  measureId?: string;
  section: string;
  cells: { role: ColumnRole; text: string; start: number }[];
  /** (for a chain and a segment column: which cell is which) */
  chainAt?: number;
  segmentAt?: number;
  /** A labelled line's chain without 产业链/产业 after it must be an industry the lexicon or the document knows. */
  knownChain?: true;
  /** Cells of a column of the kinds to attract (招引方向): parts of the row's chain, as a 招引方向 line is (field-blocks.ts). */
  kinds?: string[];
}

/** A column of the kinds of the row's chain to attract or add (招引方向, 补链方向), which a table's roles leave aside. */
const KIND_HEADER = /^(?:重点)?(?:招引|招商|引进|补链|延链)方向$/;

export function tableEdges(doc: StructuredDoc, table: EntityTable, edges: EdgeSet, ctx: IngestContext): void {
  const { text, norm } = doc.source;
  const docId = documentId(doc.source.file);
  for (const t of doc.tables ?? []) {
    if (!t.chain || !t.rowCells) continue;
    const cols = chainColumns(t.header);
    if (!cols) continue;
    const section = t.caption ? text.slice(t.caption.start, t.caption.end).replace(/^\s*附(?:件|表)\s*[\d一二三四五六七八九十]*\s*[:：]?\s*/, '') : '表格';
    let prev: RowCells | undefined;
    for (const r of t.rowCells) {
      if (r.cells.length !== t.header.length) continue;
      const row: RowCells = {
        span: { start: r.start, end: r.end },
        section,
        cells: r.cells.map((c, i) => ({ role: cols.roles[i] ?? 'other', text: norm.slice(c.start, c.end).trim(), start: c.start })),
      };
      if (cols.chain !== undefined) row.chainAt = cols.chain;
      const kinds = t.header.flatMap((h, i) => (cols.roles[i] === 'other' && KIND_HEADER.test(h.replace(/\s/g, '')) ? [row.cells[i]!.text] : []));
      if (kinds.length) row.kinds = kinds;
      const mi = doc.measures.findIndex((m) => m.start <= r.end && r.start < m.end && r.cells.some((c) => c.start >= m.start && c.end <= m.end && c.end > c.start));
      if (readsAsText(t.header) && mi >= 0) row.measureId = measureId(doc, mi);
      if (cols.segment !== undefined) row.segmentAt = cols.segment;
      // a merged chain cell (the first rows of a group name it, the rest leave it empty) is the row above's
      for (const at of [row.chainAt, row.segmentAt]) {
        if (at === undefined || row.cells[at]?.text || !prev?.cells[at]?.text) continue;
        row.cells[at] = { ...prev.cells[at]! };
      }
      readRow(row, docId, text, table, edges, ctx);
      prev = row;
    }
  }
  for (const row of labelledRows(doc)) readRow(row, docId, text, table, edges, ctx);
}

/** Items of a cell: split at 、，；/ and blanks, without 等 and bracketed notes (a place bracket of a firm's name stays). */
function cellItems(cell: string): string[] {
  return withoutNotes(cell)
    .split(/[、,，;；/／\s]+|(?<=[\u4e00-\u9fff])和(?=[\u4e00-\u9fff]{2,}(?:企业|公司|集团|大学|学院|研究院|园区|开发区|高新区)$)/)
    .map((x) => x.replace(/^(以及|及|和)/, '').replace(/等(\d+|[一二三四五六七八九十]+)?[家个所]?(企业|单位|园区|平台)?$/, '').trim())
    .filter((x) => x && !/^(—+|-+|无|暂无|待定|待培育|待引进|空缺|若干家?|多家|一批|\d+[家个]?|[一二三四五六七八九十两]+[家个])$/.test(x));
}

function readRow(row: RowCells, docId: string, text: string, table: EntityTable, edges: EdgeSet, ctx: IngestContext): void {
  const ev: Evidence = { documentId: docId, section: row.section, text: text.slice(row.span.start, row.span.end), start: row.span.start, end: row.span.end };
  table.at(row.span.start);
  const industries = (at: number | undefined, level: string) => {
    const cell = at === undefined ? undefined : row.cells[at];
    if (!cell) return [];
    const out: Entity[] = [];
    for (const item of cellItems(cell.text)) {
      const name = item.replace(/(产业链|产业集群|产业链条|链条|集群)$/, '') || item;
      const lx = ctx.index.lookup(name);
      if (lx && lx.type !== 'industry') continue;
      // (a cell of a chain column is a chain by the column's header: 航空动力, though 动力 alone reads as a quality)
      if (!lx && !plausibleIndustry(name) && !(level === 'industry' && /^[\u4e00-\u9fffA-Za-z0-9]{2,12}$/.test(name) && !/(企业|公司|集团|单位|部门|合计|小计|其他)$/.test(name))) continue;
      if (!lx && row.knownChain && !table.find('Industry', name)) continue;
      out.push(table.industry(name, lx?.type === 'industry' ? lx.entry : undefined, level));
    }
    return out;
  };
  const chains = industries(row.chainAt, 'industry');
  const segments = industries(row.segmentAt, 'segment');
  // a segment column beside a chain column: each segment is a part of the row's chain
  if (chains.length === 1) for (const s of segments) edges.add('PART_OF', s.id, chains[0]!.id, ev, JUDGED.structure);
  // a column of kinds to attract (招引方向): parts of the row's chain (stated for one chain; under a row of several, of one of
  // them, which the row does not say: listed), hosted by no park of the row (what it seeks is not what it has)
  for (const cell of row.kinds ?? []) {
    for (const item of cellItems(cell)) {
      const lx = ctx.index.lookup(item);
      if (lx && lx.type !== 'industry') continue;
      if (!lx && (!plausibleIndustry(item) || isGenericName(item, '', () => false) || typeBySuffix(item))) continue;
      const x = table.industry(item, lx?.type === 'industry' ? lx.entry : undefined, 'segment');
      for (const c of chains) if (x.id !== c.id) edges.add('PART_OF', x.id, c.id, ev, chains.length === 1 ? JUDGED.stated : listed(chains.length));
    }
  }
  // a row about a park (园区名称 | 主导产业 | 细分方向 | 重点企业 …): what the park hosts and what its firms and platforms are
  // of is the row's chain; the segment column lists the chain's parts (above), not the park's assignment
  const parkRow = row.cells.find((c) => c.role !== 'number' && c.role !== 'other')?.role === 'park';
  const targets = segments.length && !(parkRow && chains.length) ? segments : chains;
  // a row that is a measure: the measure targets the row's chain or segment and names its organisations
  if (row.measureId) for (const tg of targets) edges.add('SUPPORTS', row.measureId, tg.id, ev, JUDGED.planned);
  if (!targets.length && !row.measureId) return;
  // a row about a firm (企业名称 | 所属产业 | 所在园区): its park column places the firm, it assigns the park nothing
  const firmRow = row.cells.find((c) => c.role !== 'number' && c.role !== 'other')?.role === 'enterprise';
  const judge = (j: Judged, n: number): Judged => (targets.length === 1 ? j : j.basis === 'listed' ? j : listed(n * targets.length));
  // a firm in a row of two or three items: in one of them (see TABLE_JUDGED.oneOfRow) — each, when nothing else types it;
  // the one item the document's own ties name, when they name one (A是全市重要的肉牛企业 in a row 肉牛屠宰加工、玉米深加工);
  // none, when its bracket types it or its ties name several
  const oneOfRow = (f: Entity): Set<string> => {
    if (targets.length < 2 || targets.length > 3 || bracketTyped.has(f.id)) return new Set();
    const typed = typedItems(f, targets, edges, table);
    return new Set((typed.length === 0 ? targets : typed.length === 1 ? typed : []).map((x) => x.id));
  };
  const rowFirms: Entity[] = [];
  // (firms typed in their own bracket, A（动力电池）: of that item, not one of the row's)
  const bracketTyped = new Set<string>();
  for (const cell of row.cells) {
    if (!['enterprise', 'target', 'park', 'lab'].includes(cell.role)) continue;
    const items = cellItems(cell.text);
    const orgs: Entity[] = [];
    for (const item of items) {
      const o = org(item, cell.role, table, ctx);
      if (o) orgs.push(o);
    }
    if (cell.role === 'enterprise') rowFirms.push(...orgs.filter((o) => o.label === 'Enterprise'));
    // a firm typed in brackets (亿纬动力(动力电池)、格林美(三元前驱体)): of that item (stated), whatever else the row pairs
    if (cell.role === 'enterprise') {
      for (const m of cell.text.matchAll(/([^、,，;；/／\s()（）]{2,40})[(（]([^()（）]{2,12})[)）]/g)) {
        const f = orgs.find((o) => o.label === 'Enterprise' && (o.name === m[1] || o.aliases.has(m[1]!)));
        const lx = ctx.index.lookup(m[2]!);
        if (!f || (lx && lx.type !== 'industry') || (!lx && (!plausibleIndustry(m[2]!) || isGenericName(m[2]!, '', () => false)))) continue;
        const kind = table.industry(m[2]!, lx?.type === 'industry' ? lx.entry : undefined, 'segment');
        edges.add('IN_INDUSTRY', f.id, kind.id, ev, TABLE_JUDGED.member);
        bracketTyped.add(f.id);
      }
    }
    if (firmRow && cell.role === 'park' && orgs.length === 1) {
      for (const f of rowFirms) edges.add('LOCATED_IN', f.id, orgs[0]!.id, ev, JUDGED.settled);
    }
    for (const o of orgs) {
      if (row.measureId && cell.role !== 'target') edges.add('MENTIONS', row.measureId, o.id, ev, JUDGED.mention);
      // (judged before the row's own ties: the first of them is no typing from elsewhere)
      const alternatives = cell.role === 'enterprise' && o.label === 'Enterprise' ? oneOfRow(o) : new Set<string>();
      for (const tg of targets) {
        if (cell.role === 'enterprise' && o.label === 'Enterprise') edges.add('IN_INDUSTRY', o.id, tg.id, ev, alternatives.has(tg.id) ? TABLE_JUDGED.oneOfRow : judge(TABLE_JUDGED.member, orgs.length));
        else if (cell.role === 'target' && o.label === 'Enterprise') edges.add('IN_INDUSTRY', o.id, tg.id, ev, TABLE_JUDGED.target);
        // (one park and the row's several industries, 丹阳经济开发区 | 光学眼镜、眼视光医疗器械: the park hosts each, 1×k; only
        // several parks against several industries pair nothing)
        else if (cell.role === 'park' && o.label === 'Park' && !firmRow) edges.add('HOSTS', o.id, tg.id, ev, orgs.length === 1 ? TABLE_JUDGED.host : judge(TABLE_JUDGED.host, orgs.length));
        else if (cell.role === 'lab' && o.label === 'Lab') edges.add('INNOVATES_FOR', o.id, tg.id, ev, judge(TABLE_JUDGED.platform, orgs.length));
      }
    }
  }
  if (parkRow && !firmRow) placeParkRowFirms(row.cells, rowFirms, table, edges, ev);
}

/**
 * The items of a row the document already ties a firm to, at or above the threshold, elsewhere: an item itself or one
 * whose name holds the tie's or is held by it (肉牛 for 肉牛屠宰加工, 光学 for both 光学镜头 and 光学元件).
 */
function typedItems(firm: Entity, items: Entity[], edges: EdgeSet, table: EntityTable): Entity[] {
  const names = (e: Entity) => [e.name, ...e.aliases].filter((n) => n.length >= 2);
  const out = new Set<Entity>();
  for (const id of edges.targets('IN_INDUSTRY', firm.id)) {
    if (!edges.get('IN_INDUSTRY', firm.id, id)?.evidence.some((v) => (v.confidence ?? 0) >= 0.5)) continue;
    const t = table.ofKind('Industry').find((x) => x.id === id);
    if (!t) continue;
    for (const x of items) if (x.id === id || names(x).some((a) => names(t).some((b) => a.includes(b) || b.includes(a)))) out.add(x);
  }
  return [...out];
}

/**
 * The organisation one item of a typed column names, or none: the column types bare names of firms
 * (罗特艾德); parks and platforms need a name of their kind (…开发区, …园, …大学, …实验室); a name the
 * lexicon or its suffix gives another label keeps that label; generic words (龙头企业, 重点园区) are none.
 */
function org(item: string, role: ColumnRole, table: EntityTable, ctx: IngestContext): Entity | undefined {
  if (item.length < 2 || item.length > 40 || /(局|委|办|管委会|政府)$/.test(item)) return undefined;
  const lx = ctx.index.lookup(item);
  if (lx?.type === 'industry') return undefined;
  if (lx?.type === 'org') return table.org(item, lx.entry.label, undefined, lx.entry);
  const typed = typeBySuffix(item);
  if (typed) {
    if (isGenericName(item, typed.suffix, (s) => ctx.index.isIndustryTerm(s), typed.weak)) return undefined;
    // (a weak suffix — 中心, 平台, 基地 — types a name only in a column of its kind)
    const want = role === 'park' ? 'Park' : role === 'lab' ? 'Lab' : 'Enterprise';
    if (typed.weak && typed.label !== want) return undefined;
    return table.org(item, typed.label, typed.kind);
  }
  if ((role === 'enterprise' || role === 'target') && plausibleBareName(item)) return table.org(item, 'Enterprise');
  if (role === 'park') return parkCell(item, table);
  return undefined;
}

/** Column words of a labelled row (链主企业：A；重点企业：B、C；承载园区：P). */
const LABEL = /(链主企业|龙头企业|重点企业|骨干企业|核心企业|配套企业|核心配套企业|重点配套企业|代表企业|领军企业|招商目标企业|目标企业|承载园区|主要承载园区|承载载体|主要载体|重点园区|集聚区|创新平台|研发平台|支撑高校|高校院所|科研院所)\s*[:：为]\s*/g;
/** The row's chain at the opening of the line: （一）工程机械产业链： / 1.光伏产业： / 集成电路材料： */
const OPENING = /^\s*(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）.、．]\s*)?([\u4e00-\u9fffA-Za-z0-9]{2,14}?)(产业链|产业集群|产业|集群|链)?\s*[:：。.]\s*/;

/** A chain alone on its line, the record's head: （一）工程机械产业链 / 2.光伏产业： */
const HEAD = /^\s*(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）.、．]\s*)?([\u4e00-\u9fffA-Za-z0-9]{2,14}?)(产业链|产业集群|产业|集群|链)?(?:\s*[:：])?\s*$/;
/** One labelled cell alone on its line: 链主企业：徐工集团 */
const LABEL_LINE = new RegExp(`^${LABEL.source.replace(/\\s\*\[:：为\]\\s\*$/, '')}\\s*[:：]\\s*(\\S.*)$`);

/**
 * Lines that write a 链主 table's rows out: "X产业链：链主企业A；重点企业B、C；承载园区P" — an opening
 * naming the chain, then two or more labelled cells (one label alone is a sentence, read as one) —
 * or a record: the chain alone on a line, then two or more lines of one labelled cell each.
 */
function labelledRows(doc: StructuredDoc): RowCells[] {
  const { norm } = doc.source;
  const out: RowCells[] = [];
  const lines: { text: string; start: number }[] = [];
  let at = 0;
  for (const text of norm.split('\n')) {
    lines.push({ text, start: at });
    at += text.length + 1;
  }
  for (let li = 0; li < lines.length; li++) {
    const { text: line, start } = lines[li]!;
    // a record: the head line, then its labelled lines
    const head = HEAD.exec(line);
    if (head) {
      const cells: RowCells['cells'] = [];
      let k = li + 1;
      for (; k < lines.length; k++) {
        const m = LABEL_LINE.exec(lineBody(lines[k]!.text, /[;；。.]$/));
        if (!m) break;
        const from = lines[k]!.start + lines[k]!.text.indexOf(m[2]!, m[1]!.length);
        cells.push({ role: columnRole(m[1]!), text: m[2]!, start: from });
      }
      if (cells.length >= 2) {
        const name = head[1]! + (head[2] ?? '');
        const last = lines[k - 1]!;
        const row: RowCells = { span: { start: start + line.search(/\S/), end: last.start + last.text.trimEnd().length }, section: name, cells: [{ role: 'chain', text: name, start }, ...cells], chainAt: 0 };
        if (!head[2]) row.knownChain = true;
        out.push(row);
        li = k - 1;
        continue;
      }
    }
    const open = OPENING.exec(line);
    if (!open) continue;
    const labels = [...line.matchAll(LABEL)];
    if (labels.length < 2 || labels[0]!.index !== open[0].length) continue;
    const cells: RowCells['cells'] = [{ role: 'chain', text: open[1]! + (open[2] ?? ''), start: start + (open.index ?? 0) }];
    labels.forEach((m, i) => {
      const from = m.index! + m[0].length;
      const to = i + 1 < labels.length ? labels[i + 1]!.index! : line.length;
      const cellText = line.slice(from, to).replace(/[;；。.,，]\s*$/, '');
      cells.push({ role: columnRole(m[1]!), text: cellText, start: start + from });
    });
    // (each label's cell must end at a clause mark: a label inside a sentence is no cell)
    const clean = labels.every((m, i) => i === 0 || /[;；。]\s*$/.test(line.slice(0, m.index!)));
    if (!clean) continue;
    const row: RowCells = { span: { start: start + line.search(/\S/), end: start + line.trimEnd().length }, section: open[1]! + (open[2] ?? ''), cells, chainAt: 0 };
    if (!open[2]) row.knownChain = true;
    out.push(row);
  }
  return out;
}
