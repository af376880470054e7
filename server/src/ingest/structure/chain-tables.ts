// 产业链 / 链主 tables flattened into the text (no 序号 or department column needed): a header whose
// cells name each row's chain or segment and its firms, parks or platforms (table-columns.ts), in
// the forms a paste from docx, PDF or a web page leaves:
//   - one row per line, cells split by tabs, runs of blanks or ｜/| (a single blank splits too when
//     every header token is a column word: 产业链 链主企业 核心配套企业 主要承载园区);
//   - one cell per line (header cells on lines of their own), rows apart by blank lines or, without
//     them, every `width` lines.
// Rows must have the header's number of cells (a row one cell short has an empty last cell in the
// tab and pipe forms; a tab-led row keeps its empty leading cells); the first other line ends the table.
import type { Span, Table, TableCell, TableRow } from '../types.ts';
import { lineText, type Line } from './lines.ts';
import { markerOf, SENTENCE_END } from './markers.ts';
import { chainColumns, isColumnWord } from './table-columns.ts';

type Splitter = (norm: string, l: Line) => TableCell[];

/** Cells at tabs, runs of 2+ blanks or pipes (|, ｜ in the text), leading/trailing pipes dropped. */
const wideCells: Splitter = (norm, l) => splitAt(norm, l, (c, n) => c === '\t' || c === '|' || (c === ' ' && (n === ' ' || n === '\t')), true);
/** Cells at single blanks (only for headers made of column words). */
const narrowCells: Splitter = (norm, l) => splitAt(norm, l, (c) => c === ' ' || c === '\t' || c === '|', false);

function splitAt(norm: string, l: Line, sep: (c: string, next: string) => boolean, keepEmpty: boolean): TableCell[] {
  const cells: TableCell[] = [];
  const piped = norm[l.cs] === '|';
  // (a tab-led row keeps its empty leading cells: a merged cell of the row above)
  const from = keepEmpty && norm[l.start] === '\t' ? l.start : l.cs;
  let s = from;
  let i = from;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(norm[a]!)) a++;
    while (b > a && /\s/.test(norm[b - 1]!)) b--;
    if (b > a || keepEmpty) cells.push({ start: a, end: b });
  };
  while (i < l.ce) {
    if (sep(norm[i]!, norm[i + 1] ?? '')) {
      push(s, i);
      // a run of blanks is one separator; a tab or a pipe is one each (an empty cell between two)
      if (norm[i] === ' ') while (i < l.ce && norm[i] === ' ') i++;
      else {
        i++;
        while (i < l.ce && norm[i] === ' ') i++;
      }
      s = i;
      continue;
    }
    i++;
  }
  push(s, l.ce);
  // |a|b| → a, b (the empty cells outside the pipes are none); a tab-led row keeps its leading empties
  if (piped && cells.length && cells[0]!.start === cells[0]!.end) cells.shift();
  if (norm[l.ce - 1] === '|' && cells.length && cells[cells.length - 1]!.start === cells[cells.length - 1]!.end) cells.pop();
  return cells;
}

const headerText = (norm: string, cells: TableCell[]) => cells.map((c) => norm.slice(c.start, c.end).trim());
const HEADER_CELL = /^[\u4e00-\u9fa5A-Za-z（）()“”"/／、]{1,16}$/;
/** A markdown rule under the header: |---|:---:| */
const RULE = /^[\s|:\-—]+$/;

export function detectChainTables(norm: string, lines: Line[]): Table[] {
  const out: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.ce === l.cs) continue;
    const t = rowTable(norm, lines, i) ?? cellPerLineTable(norm, lines, i);
    if (!t) continue;
    out.push(t);
    i = t.lastLine;
  }
  return out;
}

/** A header line with its cells split on one line, and the rows below it of the same width. */
function rowTable(norm: string, lines: Line[], i: number): Table | undefined {
  const l = lines[i]!;
  for (const split of [wideCells, narrowCells]) {
    const hc = split(norm, l).filter((c) => c.end > c.start);
    if (hc.length < 2) continue;
    const header = headerText(norm, hc);
    if (!header.every((h) => HEADER_CELL.test(h))) continue;
    // (split at single blanks only when every token is a column word: no title line splits so)
    if (split === narrowCells && !header.every(isColumnWord)) continue;
    if (!chainColumns(header)) continue;
    const rows: TableRow[] = [];
    let last = i;
    for (let k = i + 1; k < lines.length; k++) {
      const r = lines[k]!;
      if (r.ce === r.cs) continue;
      if (RULE.test(lineText(norm, r))) {
        last = k;
        continue;
      }
      const cells = split(norm, r);
      const width = header.length;
      const filled = cells.filter((c) => c.end > c.start).length;
      // a group label across the table (先进制造业 above its chains' rows) is passed over when a row follows
      if (filled === 1 && lineText(norm, r).length <= 16 && !SENTENCE_END.test(lineText(norm, r)) && fits(norm, lines, k + 1, split, width)) continue;
      if (cells.length > width || filled < 2 || cells.length < width - (split === narrowCells ? 0 : 1) || SENTENCE_END.test(lineText(norm, r).replace(/;/g, ''))) break;
      // (one fewer: the last cell was left empty)
      while (cells.length < width) cells.push({ start: r.ce, end: r.ce });
      rows.push({ start: r.cs, end: r.ce, cells });
      last = k;
    }
    if (!rows.length) continue;
    return withCaption(norm, lines, { start: l.cs, end: lines[last]!.end, header, rows, firstLine: i, lastLine: last, chain: true });
  }
  return undefined;
}

/** The next non-blank line after `k` is a row of `width` cells. */
function fits(norm: string, lines: Line[], k: number, split: Splitter, width: number): boolean {
  while (k < lines.length && lines[k]!.ce === lines[k]!.cs) k++;
  const l = lines[k];
  if (!l) return false;
  const cells = split(norm, l);
  return cells.length === width && cells.filter((c) => c.end > c.start).length >= 2;
}

/** Header cells on lines of their own (column words only), then one cell per line. */
function cellPerLineTable(norm: string, lines: Line[], i: number): Table | undefined {
  const header: string[] = [];
  let j = i;
  while (j < lines.length && lines[j]!.ce > lines[j]!.cs && isColumnWord(lineText(norm, lines[j]!)) && HEADER_CELL.test(lineText(norm, lines[j]!))) {
    header.push(lineText(norm, lines[j]!));
    j++;
  }
  if (header.length < 2 || !chainColumns(header)) return undefined;
  const width = header.length;
  // cells: short lines without sentence punctuation; blank lines part rows when the text has them
  const groups: TableCell[][] = [[]];
  let last = j - 1;
  let blanks = 0;
  for (let k = j; k < lines.length; k++) {
    const r = lines[k]!;
    if (r.ce === r.cs) {
      if (++blanks >= 2) break;
      if (groups[groups.length - 1]!.length) groups.push([]);
      continue;
    }
    const t = lineText(norm, r);
    // (a heading after the table ends it: 二、保障措施)
    if (t.length > 60 || SENTENCE_END.test(t.replace(/;/g, '')) || markerOf(t)) break;
    blanks = 0;
    groups[groups.length - 1]!.push({ start: r.cs, end: r.ce });
    last = k;
  }
  const cells = groups.filter((g) => g.length);
  let rows: TableCell[][];
  if (cells.length > 1 && cells.every((g) => g.length === width)) rows = cells;
  else if (cells.length === 1 && cells[0]!.length % width === 0) {
    rows = [];
    for (let k = 0; k < cells[0]!.length; k += width) rows.push(cells[0]!.slice(k, k + width));
  } else return undefined; // merged or missing cells: which cell is whose cannot be told
  if (!rows.length) return undefined;
  const tr: TableRow[] = rows.map((c) => ({ start: c[0]!.start, end: c[c.length - 1]!.end, cells: c }));
  return withCaption(norm, lines, { start: lines[i]!.cs, end: lines[last]!.end, header, rows: tr, firstLine: i, lastLine: last, chain: true });
}

/** The nearest non-blank line above naming a table (…表 / …清单 / …一览, a colon after it allowed) is its caption. */
function withCaption(norm: string, lines: Line[], t: Table): Table {
  for (let k = t.firstLine - 1; k >= 0 && k >= t.firstLine - 3; k--) {
    const c = lines[k]!;
    if (c.ce === c.cs) continue;
    if (/(表|清单|一览|名单)\s*[:：]?$/.test(lineText(norm, c)) && c.ce - c.cs <= 80) {
      const caption: Span = { start: c.cs, end: c.ce };
      t.caption = caption;
      t.start = caption.start;
      t.firstLine = k;
    }
    break;
  }
  return t;
}
