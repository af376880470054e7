// A 分工表 (table of who does what) read against the body: which column is who (序号, the measure's
// text, 牵头/责任/配合 columns, upper-level columns → city), which body measure each row is (by number,
// sub-number, or text similarity; a row with no counterpart is a measure of its own), and its
// department cells: upper-level bodies are added, the issuer's own fill a measure the body leaves
// without, and where the body names them too the two are compared once departments are identified
// (a TableBodyCheck, settled in departments.ts).
import type { Role } from '../../model.ts';
import type { IngestContext } from '../context.ts';
import { captionText } from '../structure/tables.ts';
import type { ResponsibilityMention, Sentence, Span, StructureWarning, Table, TableCell } from '../types.ts';
import { parseCell } from './clauses.ts';
import { newMeasure, type DraftMeasure } from './measures.ts';

export interface TableColumnRoles {
  num?: number;
  text?: number;
  /** A second text column after a short task column (重点任务 | 具体内容): the task names the row's measure. */
  content?: number;
  /** Department columns with their role; `upper` = bodies above the issuer (role city). */
  depts: { col: number; role: Role; upper: boolean }[];
}

export function tableColumns(header: string[]): TableColumnRoles {
  const out: TableColumnRoles = { depts: [] };
  header.forEach((h, i) => {
    if (/^(序号|编号|序)$/.test(h)) out.num = i;
  });
  const after = out.num ?? -1;
  const textCols = header.map((h, i) => ({ h, i })).filter(({ h, i }) => i > after && /(举措|措施|任务|内容|事项|工作|项目)/.test(h) && !/(部门|单位)/.test(h));
  if (textCols.length) out.text = textCols[0]!.i;
  if (textCols.length >= 2 && /(任务|事项|工作)$/.test(textCols[0]!.h) && /(内容|举措|措施)$/.test(textCols[1]!.h)) out.content = textCols[1]!.i;
  // 责任部门（单位） carries its alternative in brackets
  const deptRe = /(牵头|主责|主办|责任|配合|协办|参与|参加|协同|协助)?(部门|单位|处室|主体)(?:[(（](?:部门|单位)[)）])?$/;
  const found = header
    .map((h, i) => ({ h, i, m: h.match(deptRe) }))
    .filter((x) => x.m && !/(举措|措施|任务|内容)/.test(x.h));
  const hasLead = found.some((x) => x.m![1] === '牵头' || x.m![1] === '主责' || x.m![1] === '主办');
  // a column named for a level or a zone (高新区责任部门, 区级责任单位), not a bare role word the
  // pattern does not know (参加单位 is a role, not a prefix)
  const LEVEL_COLUMN = /^(?:省级?|市级?|区级?|县级?|镇级?|街道|国家|上级|[\u4e00-\u9fa5]{1,8}(?:省|市|区|县|新区|园区|开发区))$/;
  const prefixed = found.some((x) => x.m!.index! > 0 && LEVEL_COLUMN.test(x.h.slice(0, x.m!.index)));
  for (const x of found) {
    const word = x.m![1] ?? '责任';
    const role: Role = ['牵头', '主责', '主办'].includes(word) ? 'lead' : ['配合', '协办', '参与', '参加', '协同', '协助'].includes(word) ? 'support' : hasLead ? 'support' : 'responsible';
    // with a zone-prefixed column (高新区责任部门) present, the plain column names upper-level bodies;
    // so does a column of a higher level beside a lower one (市级责任单位 beside 区级责任单位)
    const prefix = x.h.slice(0, x.m!.index);
    const higher = /^(省级?|市级?|国家|上级)$/.test(prefix) && found.some((y) => /^(区级?|县级?|镇级?|街道|[\u4e00-\u9fa5]{1,6}区)$/.test(y.h.slice(0, y.m!.index)));
    const upper = (prefixed && x.m!.index === 0) || higher;
    out.depts.push({ col: x.i, role, upper });
  }
  return out;
}

function bigrams(s: string): Set<string> {
  const t = s.replace(/[\s\p{P}]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

/** Dice coefficient of character bigrams (punctuation and blanks ignored). */
function similarity(a: string, b: string): number {
  const A = bigrams(a);
  const B = bigrams(b);
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const x of A) if (B.has(x)) n++;
  return (2 * n) / (A.size + B.size);
}

/**
 * A table column of the issuer's own departments for a measure whose body names them too: compared
 * after department resolution; a difference becomes a TABLE_BODY_DISAGREE warning at this place.
 */
export interface TableBodyCheck {
  measureIndex: number;
  column: string;
  /** Department names of the cell, as written. */
  tableNames: string[];
  /** Collectives of the cell. */
  tableCollectives: string[];
  /** The measure's own (non-city) department names and its collectives when the row was read. */
  bodyNames: string[];
  bodyCollectives: string[];
}

/** Warnings in the order they were noticed; table/body checks wait for department resolution. */
export type PendingWarning = StructureWarning | TableBodyCheck;

/** One logical row: a numbered row with the unnumbered rows below it that continue it. */
interface Row {
  number: string;
  text: TableCell;
  /** Where the row's first cell starts (its number). */
  start: number;
  depts: (TableCell | undefined)[];
  /** A department cell taken from the row above (an upper-level column left blank below). */
  inherited: boolean[];
}

export function applyTables(
  text: string,
  norm: string,
  tables: Table[],
  measures: DraftMeasure[],
  sentences: Sentence[],
  ctx: IngestContext,
): PendingWarning[] {
  const warnings: PendingWarning[] = [];
  for (const t of tables) {
    const cols = tableColumns(t.header);
    if (cols.text === undefined || cols.depts.length === 0) continue;
    const rows = tableRows(text, norm, t, cols, cols.text, warnings);
    const header = t.header[cols.text] ?? '';
    const projectTable = /项目/.test(header) && !/(举措|措施|任务)/.test(header);
    // (numbers of the measures before this table: rows that become measures do not count)
    const byNumber = new Map<string, number>();
    measures.forEach((m, i) => {
      if (!byNumber.has(m.number)) byNumber.set(m.number, i);
    });
    const seen = new Map<string, number>();
    const first = measures.length;
    for (const row of rows) {
      const k = seen.get(row.number) ?? 0;
      seen.set(row.number, k + 1);
      const numbered = projectTable ? undefined : byNumber.get(row.number);
      const mi = rowMeasure(text, t, cols, row, k, numbered, projectTable, measures, sentences, warnings);
      if (mi !== undefined) applyRow(text, norm, t, cols, row, mi, measures, warnings, ctx);
    }
    if (!projectTable) leadTitles(text, norm, measures.slice(first));
  }
  return warnings;
}

const cellText = (text: string, c: TableCell | undefined) => (c ? text.slice(c.start, c.end).trim() : '');

/**
 * The measures a table's rows made, each from its one task cell (4|提升特种电缆。以A为链主，带动…|县经信局|…): a short
 * lead clause before more text titles its measure, as a lead clause titles a numbered item of the body
 * (measures.ts), when most of the table's rows open so (a table of plain tasks, 1|对新落户的…项目给予奖励。|…, has none).
 */
function leadTitles(text: string, norm: string, made: DraftMeasure[]): void {
  const leads = made.map((m) => (m.title ? '' : cellLead(text, norm, m.start, m.end)));
  if (leads.filter(Boolean).length * 2 < made.length || made.length < 2) return;
  made.forEach((m, i) => {
    if (leads[i]) m.title = leads[i]!;
  });
}

/** A cell's lead clause (2–20 characters up to 。 or a full stop, no comma or list mark) with more of the cell after it. */
function cellLead(text: string, norm: string, from: number, to: number): string {
  const cell = /^[^|\n]*/.exec(norm.slice(from, to))![0];
  const lead = /^\s*([^。.!?;|]{2,20}?)(?:。|\.(?!\d)|!|\?|;)/.exec(cell);
  if (!lead || /[,:、()“”"\s]/.test(lead[1]!.trim()) || cell.slice(lead[0].length).replace(/\s/g, '').length < 4) return '';
  const at = from + lead[0].indexOf(lead[1]!);
  return text.slice(at, at + lead[1]!.trim().length);
}

/** Rows grouped by number; a row without a number but with its own text continues the previous one. */
function tableRows(text: string, norm: string, t: Table, cols: TableColumnRoles, textCol: number, warnings: PendingWarning[]): Row[] {
  const width = t.header.length;
  const rows: Row[] = [];
  for (const r0 of t.rows) {
    const cells = r0.cells.length > width ? mergeWrappedCells(norm, r0.cells, width) : r0.cells;
    if (cells.length !== width) {
      if (cells.length > 1) warnings.push({ code: 'TABLE_ROW_SHAPE', message: `表格行的单元格数 ${cells.length} ≠ 表头 ${width}：${cellText(text, cells[0]).slice(0, 20)}… / table row has ${cells.length} cells, header has ${width}` });
      continue;
    }
    // (the number as written in half-width: a row numbered ４ is measure 4)
    const number = cols.num !== undefined ? cellText(norm, cells[cols.num]) : '';
    const txt = cells[textCol];
    if (!txt || (!number && !cellText(text, txt))) continue;
    const prev = rows[rows.length - 1];
    const depts = cols.depts.map((d) => (cellText(text, cells[d.col]) ? cells[d.col] : undefined));
    const inherited = depts.map(() => false);
    let num = number;
    if (!number && prev) {
      num = prev.number;
      cols.depts.forEach((d, i) => {
        if (!depts[i] && d.upper && prev.depts[i]) {
          depts[i] = prev.depts[i];
          inherited[i] = true;
        }
      });
    }
    rows.push({ number: num, text: txt, start: Math.min(...cells.filter((c) => c.end > c.start).map((c) => c.start), txt.start), depts, inherited });
  }
  return rows;
}

/**
 * The body measure a row is about: by its number (the k-th row with a number is its k-th sub-measure
 * 5-1, 5-2 …), else the most similar measure text; a row with no counterpart becomes a measure.
 * A table of projects (项目名称 / 重点项目) lists projects, not the body's numbered measures: its rows
 * are measures of their own unless their text is a body measure's.
 */
function rowMeasure(
  text: string,
  t: Table,
  cols: TableColumnRoles,
  row: Row,
  k: number,
  numbered: number | undefined,
  projectTable: boolean,
  measures: DraftMeasure[],
  sentences: Sentence[],
  warnings: PendingWarning[],
): number | undefined {
  let mi = numbered;
  if (!projectTable && (mi === undefined || k > 0)) {
    const subs = measures.map((m, i) => ({ m, i })).filter(({ m }) => new RegExp(`^${row.number}-\\d+$`).test(m.number));
    const sub = subs[k];
    if (sub) mi = sub.i;
    else if (k > 0) mi = undefined;
  }
  const rowText = cellText(text, row.text);
  if (mi === undefined) {
    // fall back to the most similar body measure
    let best = -1;
    let bestScore = 0.6;
    measures.forEach((m, i) => {
      const s = similarity(rowText, text.slice(m.start, m.end));
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    });
    if (best >= 0) mi = best;
    else {
      // a 分工表 without a body counterpart: the row itself is the measure
      if (!rowText) return undefined;
      const caption = t.caption ? captionText(text, t.caption) : '表格';
      const last = t.rows.find((r) => r.cells.includes(row.text));
      // a task column beside the content one titles the measure (重点任务 | 具体内容: 2 | 突破储运装备 | 以A为龙头…);
      // the measure starts with the row (its number), so the row's first sentence is the measure's
      const title = cols.content !== undefined ? cellText(text, row.text) : '';
      const m = newMeasure(row.number || String(measures.length + 1), title, cols.content !== undefined ? row.start : row.text.start, Math.max(row.text.end, last ? last.end : row.text.end), [caption]);
      mi = measures.length;
      measures.push(m);
      for (const s of sentences) if (s.measureIndex === undefined && s.start >= m.start && s.start < m.end) s.measureIndex = mi;
      // (the row is the measure's text: nothing to compare it with)
      return mi;
    }
  }
  const at = measures[mi];
  let sim = at ? similarity(rowText, text.slice(at.start, at.end)) : 0;
  if (sim < 0.3) {
    // the number points at an unrelated measure: prefer a clearly better text match
    measures.forEach((x, i) => {
      const s2 = similarity(rowText, text.slice(x.start, x.end));
      if (s2 >= 0.6 && s2 > sim) {
        sim = s2;
        mi = i;
      }
    });
  }
  const m = measures[mi];
  if (m && sim < 0.5) {
    warnings.push({
      code: 'TABLE_TEXT_MISMATCH',
      measureIndex: mi,
      message: `举措 ${m.number}：分工表中的文字与正文不一致（相似度 ${sim.toFixed(2)}）/ measure ${m.number}: table text differs from the body (similarity ${sim.toFixed(2)})`,
    });
  }
  return mi;
}

/**
 * The row's department cells for measure `mi`: upper-level columns add their bodies (role city); the
 * issuer's own columns fill a measure the body leaves without, else they are checked against the
 * body (authoritative) once departments are identified.
 */
function applyRow(text: string, norm: string, t: Table, cols: TableColumnRoles, row: Row, mi: number, measures: DraftMeasure[], warnings: PendingWarning[], ctx: IngestContext): void {
  const m = measures[mi];
  if (!m) return;
  const bodyNames = m.responsibilities.filter((r) => r.role !== 'city').map((r) => r.name);
  cols.depts.forEach((d, i) => {
    const cell = row.depts[i];
    if (!cell) return;
    const clause = parseCell(text, norm, cell.start, cell.end, d.upper ? 'city' : d.role, ctx.lexicon.stems);
    const evidence: Span[] = row.inherited[i]
      ? [
          { start: row.text.start, end: row.text.end },
          { start: cell.start, end: cell.end },
        ]
      : [{ start: Math.min(row.text.start, cell.start), end: Math.max(row.text.end, cell.end) }];
    const add = () => {
      for (const x of clause.mentions) addMention(m, { ...x, evidence });
      for (const c of clause.collectives) if (!m.collectives.includes(c.name)) m.collectives.push(c.name);
    };
    if (d.upper) {
      add();
      m.evidenceSpans.push(...evidence);
    } else if (!bodyNames.length) {
      add();
      if (clause.mentions.length) m.evidenceSpans.push(...evidence);
    } else {
      warnings.push({
        measureIndex: mi,
        column: t.header[d.col] ?? '',
        tableNames: clause.mentions.map((x) => x.name),
        tableCollectives: clause.collectives.map((c) => c.name),
        bodyNames,
        bodyCollectives: [...m.collectives],
      });
    }
  });
}

/**
 * A row of a one-cell-per-line table with more lines than columns: a cell was wrapped over lines.
 * A line ending in a clause-continuing mark (，、；：) joins the next one; failing that nothing is
 * guessed (the row keeps its shape and is reported).
 */
function mergeWrappedCells(norm: string, cells: TableCell[], width: number): TableCell[] {
  const out = cells.map((c) => ({ ...c }));
  while (out.length > width) {
    const k = out.findIndex((c, i) => i + 1 < out.length && /[,、;:，；：]$/.test(norm.slice(c.start, c.end).trim()));
    const [a, b] = [out[k], out[k + 1]];
    if (!a || !b) break;
    a.end = b.end;
    out.splice(k + 1, 1);
  }
  return out;
}

function addMention(m: DraftMeasure, x: ResponsibilityMention): void {
  if (m.responsibilities.some((r) => r.name === x.name && r.role === x.role && r.start === x.start)) return;
  m.responsibilities.push(x);
}
