// Tables flattened into the text: one cell per line (from docx/html, tab-led rows) or one row per line
// with cells separated by runs of blanks (pasted from PDF). Only tables of the 分工表 kind are looked
// for: a header with 序号 and a department column. Their meaning (which column is who) is read by
// the responsibility stage (responsibilities/tables.ts).
import type { Span, Table, TableCell, TableRow } from '../types.ts';
import { detectChainTables } from './chain-tables.ts';
import { lineText, type Line } from './lines.ts';
import { chainColumns, readsAsText } from './table-columns.ts';

const HEADER_CELL = /^[\u4e00-\u9fa5A-Za-z（）()]{1,12}$/;
/** A rule line under a table's header: |---|:---:| (markdown) or ----  ---- (a plain-text table). */
const RULE = /^[\s|:\-—–=+]+$/;

export function detectTables(text: string, norm: string, lines: Line[]): Table[] {
  const tables: Table[] = [];
  let i = 0;
  while (i < lines.length) {
    // a run of ≥3 consecutive short header-like lines containing 序号 and a department column
    let j = i;
    while (j < lines.length && lines[j]!.ce > lines[j]!.cs && HEADER_CELL.test(lineText(norm, lines[j]!))) j++;
    // short lines right above the header (附件, the caption …表/清单) are not columns
    while (i < j - 1 && /^(附件\s*\d*[:]?|附表\s*\d*[:]?|.*(表|清单|一览))$/.test(lineText(norm, lines[i]!))) i++;
    const run = lines.slice(i, j).map((l) => lineText(norm, l));
    if (
      run.length >= 3 &&
      run.some((c) => /^(序号|编号|序)$/.test(c)) &&
      run.some((c) => /(责任|牵头|配合|参与|参加)(部门|单位|处室|主体)?(?:[(（](?:部门|单位)[)）])?$|^(部门|单位)$/.test(c))
    ) {
      const t = parseTable(text, norm, lines, i, j, run);
      tables.push(t);
      i = t.lastLine + 1;
      continue;
    }
    i = Math.max(j, i + 1);
  }
  for (const t of detectSpacedTables(norm, lines)) {
    if (!tables.some((x) => x.firstLine <= t.lastLine && t.firstLine <= x.lastLine)) tables.push(t);
  }
  // 产业链 / 链主 tables (chain-tables.ts); a 分工表 whose header also names each row's chain is one too
  for (const t of tables) {
    if (!chainColumns(t.header)) continue;
    t.chain = true;
    // (a 分工表 that also names each row's chain keeps its rows as the responsibility stage reads them)
    if (readsAsText(t.header)) continue;
    // one cell per line without blank lines between rows: every header-width cells are a row
    const w = t.header.length;
    t.rows = t.rows.flatMap((r) =>
      r.cells.length > w && r.cells.length % w === 0
        ? Array.from({ length: r.cells.length / w }, (_, k) => {
            const cells = r.cells.slice(k * w, k * w + w);
            return { start: cells[0]!.start, end: cells[w - 1]!.end, cells };
          })
        : [r],
    );
    // the rows end at the first one of another shape (one cell per line runs on into the text below)
    const bad = t.rows.findIndex((r) => r.cells.length !== w);
    if (bad >= 0) {
      t.rows = t.rows.slice(0, bad);
      const last = t.rows[t.rows.length - 1];
      const at = last ? lines.findIndex((l) => l.start <= last.end && last.end <= l.end) : -1;
      if (last && at >= 0) {
        t.lastLine = at;
        t.end = lines[at]!.end;
      } else delete t.chain;
    }
  }
  for (const t of detectChainTables(norm, lines)) {
    if (!tables.some((x) => x.firstLine <= t.lastLine && t.firstLine <= x.lastLine)) tables.push(t);
  }
  return tables.sort((a, b) => a.start - b.start);
}

/** Cells of one line split at runs of ≥2 blanks or tabs (a table row pasted from PDF or a web page). */
export function spacedCells(norm: string, l: Line): TableCell[] {
  const cells: TableCell[] = [];
  let s = l.cs;
  for (let i = l.cs; i < l.ce; i++) {
    if (norm[i] === '\t' || (norm[i] === ' ' && norm[i + 1] === ' ') || (norm[i] === ' ' && norm[i + 1] === '\t')) {
      if (i > s) cells.push({ start: s, end: i });
      while (i < l.ce && (norm[i] === ' ' || norm[i] === '\t')) i++;
      s = i;
    }
  }
  if (l.ce > s) cells.push({ start: s, end: l.ce });
  return cells;
}

/** Cells of one line split at | (｜ in the text): a table flattened with bars. */
function barCells(norm: string, l: Line): TableCell[] {
  const cells: TableCell[] = [];
  let s = l.cs;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(norm[a] ?? '')) a++;
    while (b > a && /\s/.test(norm[b - 1] ?? '')) b--;
    cells.push({ start: a, end: b });
  };
  for (let i = l.cs; i < l.ce; i++) {
    if (norm[i] !== '|') continue;
    push(s, i);
    s = i + 1;
  }
  push(s, l.ce);
  // (a leading or trailing bar frames the row: | 序号 | … |)
  if (norm[l.cs] === '|') cells.shift();
  if (norm[l.ce - 1] === '|' && l.ce - 1 > l.cs) cells.pop();
  return cells;
}

/**
 * Tables whose rows are single lines with cells separated by runs of spaces or tabs, or by bars:
 *   序号  重点任务  牵头单位  责任单位  完成时限
 *   1  建设软件产业园…  区工信局  区投资促进局、区商务局  2024年12月
 *   序号|重点任务|牵头单位|配合单位|完成时限
 * A row is a line with as many cells as the header (or one fewer: an empty last column); with bars, a
 * row broken across lines inside a cell (fewer cells, then a line whose first cell goes on the last
 * one) is joined; the first other non-blank line ends the table.
 */
function detectSpacedTables(norm: string, lines: Line[]): Table[] {
  const out: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.ce === l.cs) continue;
    const bar = /\S\s*\|\s*\S/.test(norm.slice(l.cs, l.ce));
    const cellsOf = bar ? barCells : spacedCells;
    const hc = cellsOf(norm, l);
    if (hc.length < 3) continue;
    const header = hc.map((c) => norm.slice(c.start, c.end));
    if (!header.every((h) => HEADER_CELL.test(h))) continue;
    if (!header.some((c) => /^(序号|编号|序)$/.test(c))) continue;
    if (!header.some((c) => /(责任|牵头|配合|参与|参加)(部门|单位|处室|主体)?(?:[(（](?:部门|单位)[)）])?$|^(部门|单位)$/.test(c))) continue;
    const rows: TableRow[] = [];
    let last = i;
    const w = header.length;
    for (let k = i + 1; k < lines.length; k++) {
      const r = lines[k]!;
      if (r.ce === r.cs) continue;
      // (a rule under a markdown or plain-text header, |---|:---:| / -----  -----, or between a grid table's rows,
      // +----+----+, is no row: a converter's furniture, as chain-tables.ts reads it)
      if (RULE.test(lineText(norm, r))) {
        last = k;
        continue;
      }
      const open = bar ? rows[rows.length - 1] : undefined;
      let cells = cellsOf(norm, r);
      if (bar && cells.length === 1 && !(open && open.cells.length < w)) {
        // a row of a bar table that lost its bars to tabs when pasted (4⇥发展…⇥北湖区人民政府⇥…): read
        // at its tabs when it has the header's width and its 序号 goes on from the row above
        // (one cell fewer only when the one missing is the last, a time column the row leaves blank: a row whose last
        // cell is a time has lost a middle one, and its cells cannot be placed — prose)
        const tabbed = spacedCells(norm, r);
        const blankTime = tabbed.length === w - 1 && /(?:时限|时间|期限)$/.test(header[w - 1]!) && !/^\s*(?:\d{4}|\d{1,2}月|年[底内前]|持续|长期|常态化|每年)/.test(norm.slice(tabbed[w - 2]!.start, tabbed[w - 2]!.end));
        if ((tabbed.length === w || blankTime) && continuesNumbering(norm, rows, tabbed[0]!)) cells = tabbed;
      }
      if (open && open.cells.length < w && cells.length > 1 && open.cells.length + cells.length - 1 <= w) {
        // the rest of a row broken inside a cell: its first cell goes on the open row's last one
        open.cells[open.cells.length - 1]!.end = cells[0]!.end;
        open.cells.push(...cells.slice(1));
        open.end = r.ce;
        last = k;
        continue;
      }
      if (open && open.cells.length < w) {
        // a row still open: a line of one cell goes on its last cell
        if (cells.length === 1) {
          open.cells[open.cells.length - 1]!.end = cells[0]!.end;
          open.end = r.ce;
          last = k;
          continue;
        }
        break;
      }
      const brokenRow = bar && cells.length >= 2 && cells.length < w - 1 && /^\d{1,3}$/.test(norm.slice(cells[0]!.start, cells[0]!.end));
      if (cells.length !== w && cells.length !== w - 1 && !brokenRow) break;
      if (!brokenRow) while (cells.length < w) cells.push({ start: r.ce, end: r.ce });
      rows.push({ start: r.cs, end: r.ce, cells });
      last = k;
    }
    // (a row left open at the end is given its empty cells)
    const tail = rows[rows.length - 1];
    if (tail && tail.cells.length < w - 1) rows.pop();
    else if (tail) while (tail.cells.length < w) tail.cells.push({ start: tail.end, end: tail.end });
    if (!rows.length) continue;
    let caption: Span | undefined;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const c = lines[k]!;
      if (c.ce === c.cs) continue;
      if (/(表|清单|一览)$/.test(lineText(norm, c)) && c.ce - c.cs <= 80) caption = { start: c.cs, end: c.ce };
      break;
    }
    const t: Table = { start: caption ? caption.start : l.cs, end: lines[last]!.end, header, rows, firstLine: i, lastLine: last };
    if (caption) {
      t.caption = caption;
      t.firstLine = lines.findIndex((x) => x.cs === caption!.start);
    }
    out.push(t);
    i = last;
  }
  return out;
}

/** Does `cell` hold the number after the last row's 序号 (the first row's when none is above)? */
function continuesNumbering(norm: string, rows: TableRow[], cell: TableCell): boolean {
  const n = norm.slice(cell.start, cell.end);
  if (!/^\d{1,3}$/.test(n)) return false;
  const prev = rows[rows.length - 1];
  const p = prev ? norm.slice(prev.cells[0]!.start, prev.cells[0]!.end) : '0';
  return /^\d{1,3}$/.test(p) && Number(n) === Number(p) + 1;
}

function parseTable(text: string, norm: string, lines: Line[], hi: number, hj: number, header: string[]): Table {
  const tabbed = text[lines[hi]!.start] === '\t';
  // caption: the nearest non-blank line above, when it names a table (…表 / …清单)
  let caption: Span | undefined;
  for (let k = hi - 1; k >= 0 && k >= hi - 3; k--) {
    const l = lines[k]!;
    if (l.ce === l.cs) continue;
    if (/(表|清单|一览)$/.test(lineText(norm, l)) && l.ce - l.cs <= 80) caption = { start: l.cs, end: l.ce };
    break;
  }
  const rows: TableRow[] = [];
  let cur: TableCell[] = [];
  let lastLine = hj - 1;
  const flush = () => {
    if (cur.length) rows.push({ start: cur[0]!.start, end: cur[cur.length - 1]!.end, cells: cur });
    cur = [];
  };
  let k = hj;
  for (; k < lines.length; k++) {
    const l = lines[k]!;
    const raw = text.slice(l.start, l.end);
    if (tabbed) {
      if (raw === '' || (!raw.startsWith('\t') && l.ce === l.cs)) {
        flush();
        continue;
      }
      if (raw.startsWith('\t')) {
        cur.push({ start: l.cs === l.ce ? l.start + 1 : l.cs, end: l.cs === l.ce ? l.start + 1 : l.ce });
        lastLine = k;
        continue;
      }
      if (cur.length === 0) break; // a plain line where a row should start: the table is over
      cur[cur.length - 1]!.end = l.ce; // continuation of the previous cell
      lastLine = k;
    } else {
      if (l.ce === l.cs) {
        flush();
        continue;
      }
      // untabbed: one cell per line; a long paragraph line ends the table
      if (l.ce - l.cs > 200 && cur.length === 0) break;
      cur.push({ start: l.cs, end: l.ce });
      lastLine = k;
    }
  }
  flush();
  const start = caption ? caption.start : lines[hi]!.cs;
  const table: Table = { start, end: lines[lastLine]!.end, header, rows, firstLine: hi, lastLine };
  if (caption) table.caption = caption;
  // a caption line belongs to the table region
  if (caption) table.firstLine = lines.findIndex((l) => l.cs === caption.start);
  return table;
}

/** A table's caption as a section name, without the attachment label: 附件：重点任务分工表 → 重点任务分工表. */
export function captionText(text: string, caption: Span): string {
  return text.slice(caption.start, caption.end).replace(/^\s*附(?:件|表)\s*[\d一二三四五六七八九十]*\s*[:：]?\s*/, '') || text.slice(caption.start, caption.end);
}
