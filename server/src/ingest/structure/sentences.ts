// Sentences: split at 。！？； outside brackets, each within one line, with the heading path above it
// (or the table's caption for a sentence inside a table); 目录 lines are none.
import type { Heading, Sentence, Span, Table } from '../types.ts';
import { isBlank, type Line } from './lines.ts';
import { isTocLine, SENTENCE_END } from './markers.ts';
import { readsAsText } from './table-columns.ts';
import { captionText } from './tables.ts';

const OPEN = '([《【〔{';
const CLOSE = ')]》】〕}';
/** The same characters, and the code units SENTENCE_END matches, by code (no one-character string per position). */
const OPEN_CODES = new Set([...OPEN].map((c) => c.charCodeAt(0)));
const CLOSE_CODES = new Set([...CLOSE].map((c) => c.charCodeAt(0)));
const END_CODES = new Set<number>();
for (let c = 0; c <= 0xffff; c++) if (SENTENCE_END.test(String.fromCharCode(c))) END_CODES.add(c);

function splitSentences(norm: string, span: Span, out: Span[]): void {
  let depth = 0;
  let s = span.start;
  const push = (a: number, b: number) => {
    while (a < b && isBlank(norm[a] ?? '')) a++;
    while (b > a && isBlank(norm[b - 1] ?? '')) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = span.start; i < span.end; i++) {
    const c = norm.charCodeAt(i);
    // (past the text's end, norm[i] ?? '' was '', which OPEN.includes: kept as it was)
    if (OPEN_CODES.has(c) || Number.isNaN(c)) depth++;
    else if (CLOSE_CODES.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && END_CODES.has(c)) {
      let e = i + 1;
      while (e < span.end && /[”’"']/.test(norm[e] ?? '')) e++;
      push(s, e);
      s = e;
      i = e - 1;
    }
  }
  push(s, span.end);
}

/**
 * The cells of table rows (a line's cells are sentences apart); the header and rows of a table of
 * names only (a 链主 table, read by ../relations/tables.ts) are no sentences (the caption stays one).
 */
function tableLines(tables: Table[]): { rowCells: Span[]; unread: Set<number> } {
  const rowCells: Span[] = [];
  const unread = new Set<number>();
  for (const t of tables) {
    const textual = !t.chain || readsAsText(t.header);
    if (!textual) {
      const captionLine = t.caption ? t.firstLine : -1;
      for (let i = t.firstLine; i <= t.lastLine; i++) if (i !== captionLine) unread.add(i);
      continue;
    }
    for (const r of t.rows) for (const c of r.cells) if (c.end > c.start) rowCells.push(c);
  }
  return { rowCells, unread };
}

/** Bullet glyphs that open a list line (never part of what the line says). */
const BULLET = /^[■□●○◆◇▲△▪▫•►▶★☆]$/;

/** Every sentence of the document with its section path (headings in document order). */
export function documentSentences(text: string, norm: string, lines: Line[], headings: Heading[], tables: Table[]): Sentence[] {
  const spans: Span[] = [];
  const { rowCells, unread } = tableLines(tables);
  // (a section label opening a line, 【榆阳区】主导产业为…, is a sentence apart from the text after it)
  const labelEnds = new Map<number, number>();
  for (const h of headings) if (norm[h.end - 1] === '】' && norm[h.start] === '【') labelEnds.set(h.start, h.end);
  // (so is a part's title glued to its first sentence, 二、发展布局全市按照…: the heading ends inside its
  // line at no stop or bracket, and the prose after it is the section's first sentence)
  for (const h of headings) if (/[\u4e00-\u9fa5]/.test(norm[h.end] ?? '') && /[\u4e00-\u9fa5]/.test(norm[h.end - 1] ?? '')) labelEnds.set(h.start, h.end);
  rowCells.sort((a, b) => a.start - b.start);
  let at = 0;
  for (const l of lines) {
    // (a 目录 line is no sentence of the document: its headings come again in the body)
    if (l.ce <= l.cs || unread.has(l.index) || isTocLine(norm.slice(l.cs, l.ce))) continue;
    // a table row's cells are sentences apart (重点任务 | 具体内容 | 牵头单位 on one line); cells are
    // disjoint and in order, as lines are
    while (at < rowCells.length && rowCells[at]!.end <= l.cs) at++;
    const touching: Span[] = [];
    for (let k = at; k < rowCells.length && rowCells[k]!.start < l.ce; k++) touching.push(rowCells[k]!);
    const cells = touching.map((c) => ({ start: Math.max(c.start, l.cs), end: Math.min(c.end, l.ce) })).filter((c) => c.end > c.start);
    const label = labelEnds.get(l.cs);
    // (a bullet glyph opening the line, ■梅州经济开发区：…, is list furniture: the sentence starts after it)
    const cs = BULLET.test(norm[l.cs] ?? '') ? l.cs + 1 : l.cs;
    if (cells.length) for (const c of cells) splitSentences(norm, c, spans);
    else if (label !== undefined && label < l.ce) {
      spans.push({ start: l.cs, end: label });
      splitSentences(norm, { start: label, end: l.ce }, spans);
    } else splitSentences(norm, { start: cs, end: l.ce }, spans);
  }
  const sorted = [...headings].sort((a, b) => a.start - b.start);
  // (a heading that opens inside its line — a task numbered inside a paragraph, （二）…。一是做强轨道交通装备。…
  // 二是…, see inline-items.ts — is over its paragraph only: the paragraphs after it are not read under it)
  const paragraphEnd = new Map<Heading, number>();
  for (const h of sorted) {
    const l = lines.find((x) => x.start <= h.start && h.start <= x.end);
    if (l && h.start > l.cs) paragraphEnd.set(h, l.end);
  }
  const stack: Heading[] = [];
  let next = 0;
  return spans.map((sp) => {
    for (let h = sorted[next]; h && h.start <= sp.start; h = sorted[++next]) {
      while (stack.length && (stack[stack.length - 1]?.level ?? 0) >= h.level) stack.pop();
      stack.push(h);
    }
    while (stack.length && (paragraphEnd.get(stack[stack.length - 1]!) ?? Infinity) < sp.start) stack.pop();
    const table = tables.find((t) => sp.start >= t.start && sp.start < t.end);
    const sectionPath = table ? [table.caption ? captionText(text, table.caption) : '表格'] : stack.map((h) => text.slice(h.start, h.end));
    return { start: sp.start, end: sp.end, sectionPath };
  });
}
