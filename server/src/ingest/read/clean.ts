// Text clean-up done before `text` exists, so that every later offset is consistent.
import { CSV_ROW } from '../structure/markers.ts';

/**
 * Line endings → \n, docx `[bookmark: …]` artefacts and NBSP/zero-width characters removed, BOM dropped.
 * Done before `text` exists, so every later offset is consistent.
 */
export function cleanText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\[bookmark:[^\]\n]*\]/gi, '')
    // Word/pandoc anchors left by conversion: [_Toc152630411], [_Hlk123], [_GoBack], {#bookmark1}
    .replace(/\[_(?:Toc|Hlk|Ref|GoBack)[A-Za-z0-9_]*\]/g, '')
    // (pandoc writes a docx bookmark as an empty span with attributes: []{#_Hlk158723301 .anchor})
    .replace(/(?:\[\])?\{#[A-Za-z_][\w.:-]*(?:[ \t]+(?:\.[A-Za-z_][\w-]*|[A-Za-z_][\w-]*="[^"\n}]*"))*\}/g, '')
    .replace(/[\u200B\u200C\u200D\u2060\uFEFF]/g, '')
    .replace(/\u00A0/g, ' ')
    // (a document converted to markdown and pasted as text: its markup is furniture, not words)
    .replace(MD_STRONG, '$1$2')
    .replace(MD_HEADING, '')
    .replace(MD_QUOTE, '')
    .replace(MD_HARD_BREAK, '')
    .replace(MD_ESCAPE, '$1')
    .split('\n')
    .flatMap(unflattenRows)
    .reduce<string[]>(unwrap, [])
    .filter((l) => l !== PAGE_BREAK)
    .join('\n')
    .replace(LOST_GLYPH, restoreLostGlyph);
}

/**
 * Markdown left by a converter (pandoc's docx → markdown) in a pasted text: **bold** runs (**一、总体要求**, **1.做强龙头企业。**),
 * ATX headings (# 一、总体要求), block quotes (> …, pandoc's indented paragraphs), a hard break's backslash at a
 * line's end, and backslash escapes of ASCII punctuation (1\. 2\. — pandoc's escape of a number that opens a line).
 * Each form is markup only, and only where markup stands: ** opening a line (a masked name in the middle of one,
 * 山东**化工有限公司, stays), a # then a blank, a > then a blank at a line's opening (>10万吨 stays a comparison), or a
 * backslash before punctuation. An escaped bar (\|, a bar inside a table's cell) stays escaped.
 */
const MD_STRONG = /^([ \t]*)\*\*(?=\S)([^*\n]{1,200}?)\*\*/gm;
const MD_HEADING = /^[ \t]*#{1,6}[ \t]+(?=\S)/gm;
const MD_QUOTE = /^[ \t]*(?:>[ \t])+(?=\S)/gm;
const MD_HARD_BREAK = /\\$/gm;
const MD_ESCAPE = /\\([!-/:-@[\]^_`{}~])/g;

/** A header cell of a table: a short column word (园区名称, 主导产业, 重点企业 …), no digit, no blank. */
const COLUMN_WORD = /^[\u4e00-\u9fa5（）()“”]{2,8}$/;

/**
 * A table pasted as ONE line, its cells apart by tabs (or bars) and its rows by a blank
 * (园区名称⇥主导产业⇥重点企业⇥规划面积 光伏产业园⇥电池片、组件⇥甲能源⇥12平方公里 乙产业园⇥…): split back into
 * one line per row. What the table's shape guarantees, and nothing else, decides: a header of w ≥ 3 short
 * column words, then the cells at every (w−1)-th separator hold exactly one blank run, the end of one row
 * and the first cell of the next, and the cells add up to whole rows (two data rows at least). A line of
 * prose with tabs has no such rhythm; a table already one row per line has no blank inside its last cells. A
 * caption written before the header on the same line (…一览表：) is split off as its own line.
 */
function unflattenRows(line: string): string[] {
  const rows = blankApartRows(line);
  return rows.length > 1 ? rows : runOnRows(line);
}

function blankApartRows(line: string): string[] {
  const sep = line.includes('\t') ? '\t' : /[|｜]/.test(line) ? /[|｜]/ : undefined;
  if (!sep) return [line];
  const cells = line.trim().split(sep);
  // (a caption before the header on the same line, 重点园区一览表：园区名称⇥…, goes on a line of its own)
  // (one blank run only, owned by no two quantifiers at once: a hostile run of blanks stays linear; a first cell longer
  // than a caption and a header word is no caption; the caption ends in 表/一览/清单/如下 with a colon or a blank, so the
  // 表 inside a column word such as 代表企业 opens none)
  const first = cells[0]!.trim();
  const captioned = first.length > 60 ? null : /^(.{1,40}?(?:表|一览|清单|如下)(?:[ \u3000]*[:：]|[ \u3000]+))[ \u3000]*([\u4e00-\u9fa5（）()“”]{2,8})$/.exec(first);
  const caption = captioned ? [captioned[1]!.trimEnd()] : [];
  if (captioned) cells[0] = captioned[2]!;
  // the header ends at the first cell that holds a blank (its last word, then the first row's first cell)
  const w = cells.findIndex((c) => /[ \u3000]/.test(c.trim())) + 1;
  if (w < 3 || (cells.length - 1) % (w - 1) !== 0) return [line];
  const rows = (cells.length - 1) / (w - 1);
  if (rows < 3) return [line];
  const gap = /[ \u3000]+/;
  const header = [...cells.slice(0, w - 1), cells[w - 1]!.trim().split(gap)[0]!];
  if (!header.every((c) => COLUMN_WORD.test(c.trim()))) return [line];
  // (each boundary cell: exactly one blank run between two non-blank parts)
  for (let k = 1; k < rows; k++) if (cells[k * (w - 1)]!.trim().split(gap).length !== 2) return [line];
  const glue = typeof sep === 'string' ? sep : (line.match(sep)?.[0] ?? '|');
  const out: string[] = [];
  let row: string[] = [];
  cells.forEach((c, i) => {
    if (i > 0 && i % (w - 1) === 0 && i < cells.length - 1) {
      const [end, next] = c.trim().split(gap) as [string, string];
      out.push([...row, end].join(glue));
      row = [next];
    } else row.push(c);
  });
  out.push(row.join(glue));
  return [...caption, ...out];
}

/** A table's caption as a cell of its own before the header: 表1 重点园区一季度情况 / 重点园区一览表 / …情况如下： */
const CAPTION_CELL = /^(?:表\s*[0-9０-９一二三四五六七八九十]{1,3}(?:[\s\u3000.．、:：-]|$)|.{1,30}(?:表|一览|清单|情况|如下)[:：]?$)/;

/**
 * A table pasted as ONE line with the same bar (or tab) between every two cells, rows included (表1 重点园区一季度情况 |
 * 园区名称 | 主导产业 | 新开工项目 | 阿克苏纺织工业城 | 棉纺、印染 | 12个 | 库尔勒经济技术开发区 | …): split back into
 * one line per row. The shape decides again: after an optional caption cell, a header of w ≥ 3 column words,
 * then whole rows of w short cells (two at least), no cell empty or holding a sentence, and each column's
 * cells alike in whether they hold a figure (so a first row's name that is itself a short word, 阿克苏纺织工业城,
 * is not taken for a header cell: 15 cells are 1 + 3 × 5, never 4 × …), and no data row of column words only. A
 * line of prose with bars, a list of short words apart by bars (新技术|新产品|新业态|…) or a markdown row already on
 * its own line has no such shape.
 */
function runOnRows(line: string): string[] {
  // (tabs between the cells, or bars where the line has no tab: a markdown row's outer bars are no cells' separators)
  const tab = line.includes('\t');
  const sep = tab ? /\t/ : /[|｜]/;
  const body = tab ? line.trim() : line.trim().replace(/^[|｜]|[|｜]$/g, '');
  const bar = body.match(sep)?.[0];
  if (!bar) return [line];
  const glue = tab ? '\t' : ` ${bar} `;
  const cells = body.split(sep).map((c) => c.trim());
  if (cells.length < 9 || cells.some((c) => !c || c.length > 40 || /[。；;]/.test(c))) return [line];
  const caption = !COLUMN_WORD.test(cells[0]!) && CAPTION_CELL.test(cells[0]!) ? [cells.shift()!] : [];
  let words = 0;
  while (words < cells.length && COLUMN_WORD.test(cells[words]!)) words++;
  const figure = (c: string) => /[0-9０-９]/.test(c);
  for (let w = words; w >= 3; w--) {
    if (cells.length % w !== 0 || cells.length / w < 3) continue;
    const rows: string[][] = [];
    for (let k = 0; k < cells.length; k += w) rows.push(cells.slice(k, k + w));
    const alike = rows[0]!.every((_, j) => rows.slice(2).every((r) => figure(r[j]!) === figure(rows[1]![j]!)));
    if (!alike || rows[0]!.some(figure) || rows.slice(1).some((r) => r.every((c) => COLUMN_WORD.test(c)))) continue;
    return [...caption, ...rows.map((r) => r.join(glue))];
  }
  return [line];
}

/** The mark a conversion or a web page leaves for a character it could not show: □ (U+25A1), � (U+FFFD). */
const LOST_GLYPH = /[\u25a1\ufffd]/g;
/**
 * The kind words that end the names of zones and institutions (three characters or more, so that two
 * characters around a lost one pin it down): 潜江经济开□区 → 开发区, 国家重点实□室 → 实验室, 研究□心 → 研究中心.
 */
const DESIGNATIONS = [
  '开发区', '经开区', '高新区', '产业园', '工业园', '产业区', '工业区', '示范区', '保税区', '综保区', '自贸区', '试验区', '合作区', '集聚区', '产业基地',
  '实验室', '研究院', '研究所', '研究中心', '创新中心', '技术中心', '工程中心', '检测中心', '孵化器', '有限公司', '股份公司',
];

/**
 * A lost character inside a designation word is restored when exactly one character fills it to spell
 * one, the longest such word deciding (开□区 → 开发区; □业园 is 工业园 or 产业园: kept as written). Elsewhere the mark stays (王□, 督查□、).
 */
function restoreLostGlyph(mark: string, at: number, s: string): string {
  // (the longest word spelled wins: 研究□心 is 研究中心, not 研究院 or 研究所 with a 心 after it)
  let known = 0;
  const fills = new Set<string>();
  for (const word of DESIGNATIONS) {
    for (let k = 0; k < word.length && k <= at; k++) {
      if (s.slice(at - k, at) !== word.slice(0, k) || s.slice(at + 1, at + word.length - k) !== word.slice(k + 1)) continue;
      if (word.length - 1 > known) fills.clear();
      if (word.length - 1 >= known) {
        known = word.length - 1;
        fills.add(word[k]!);
      }
    }
  }
  return fills.size === 1 ? [...fills][0]! : mark;
}

/** A page number alone on its line: - 1 - / — 2 — / 第3页 / 第 3 页 共 12 页 / 3/12. */
const PAGE_NUMBER = /^[\s\u3000]*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})[\s\u3000]*$/;
/** A running header: an issuer or title, a wide gap, a date (攀枝花市人民政府办公室        2026年3月). */
const PAGE_HEADER = /^[\s\u3000]*\S[^\t]{1,40}?[ \u3000]{4,}(?:\d{4}|[0-9０-９]{4})\s*年\s*[0-9０-９]{1,2}\s*月(?:\s*[0-9０-９]{1,2}\s*日)?[\s\u3000]*$/;
const BLANK = /^[\s\u3000]*$/;
/** Where a sentence may stop at a line's end (a line ending otherwise goes on, if it reads as wrapped prose). */
const LINE_STOP = /[。！？；：.!?;:）)】〕」』]$/;
const PROSE = /[，,、。；;]/;
const SENTENCE_INSIDE = /(?:[。！？；;]|[\u4e00-\u9fa5][.!?])[^。！？；;.!?]*[\u4e00-\u9fa5]{2}$/;
/** (a number of four digits too, as markers.ts reads up to 9999．, but not a year, 2024、 or 2024.12: fix30, lines from 1000 on were glued to 999) */
const MARKER_START = /^(?:第[一二三四五六七八九十百零〇\d]+[编篇章节条部]|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d０-９]+[)）]|[\d０-９]{1,3}\s*[.、．)）]|(?!19|20|１９|２０)[\d０-９]{4}\s*(?:[、．)）]|\.(?![\d０-９]))|[①-⑳]|[-—•·●■◆▪*#|])/;
/** A "label：…" line (责任单位：… 重点企业：…), which starts its own line in a key-value block. */
const LABEL_START = /^[\u4e00-\u9fa5A-Za-z]{2,10}[:：]/;

/**
 * Page furniture and hard line breaks of text pasted from a PDF, line by line (`out` holds the lines
 * kept so far): a page number line, the running header right after it, and the blank lines around them
 * are dropped; a line that goes on a sentence broken at the page's or the line's width is joined to the
 * line before it ("…以攀钢集团⏎钒钛资源股份为链主" → one sentence, one name). A line is joined when the one
 * before it is prose cut mid-sentence (it ends with a comma, or it is long, has prose punctuation and
 * ends without a stop) and it starts flush (no indent: an indented line opens a paragraph) with no
 * numbering or label; table rows (tabs, |, column gaps, a 序号 and commas) are never joined.
 */
function unwrap(out: string[], line: string): string[] {
  const last = out.length - 1;
  if (PAGE_NUMBER.test(line)) {
    // (the page number and the blank lines before it: the page's content ends at the last line kept)
    while (out.length && BLANK.test(out[out.length - 1]!)) out.pop();
    out.push(PAGE_BREAK);
    return out;
  }
  if (out[last] === PAGE_BREAK) {
    if (BLANK.test(line) || PAGE_HEADER.test(line)) return out;
    out.pop();
    const before = out[out.length - 1];
    if (before !== undefined && !joins(before, line)) out.push('');
  }
  const prev = out[out.length - 1];
  if (prev !== undefined && joins(prev, line)) out[out.length - 1] = prev.replace(/[ \t\u3000]+$/, '') + line;
  else out.push(line);
  return out;
}
const PAGE_BREAK = '\u0000page';
/** A table row: a tab or a | anywhere (a row's cell may start with a tab); column gaps inside the line: a run of spaces or one space between two Chinese characters. */
const COLUMNS = /[\t|｜]/;
const INTERIOR_GAP = /\S[ \u3000]{2,}\S|[\u4e00-\u9fa5][ \u3000][\u4e00-\u9fa5]/;

function joins(prev: string, line: string): boolean {
  const a = prev.trim();
  if (!a || !line || /^[\s\u3000]/.test(line) || BLANK.test(line)) return false;
  if (COLUMNS.test(prev) || COLUMNS.test(line) || INTERIOR_GAP.test(a) || INTERIOR_GAP.test(line.trim())) return false;
  if (LINE_STOP.test(a) || MARKER_START.test(line) || CSV_ROW.test(line) || LABEL_START.test(line)) return false;
  // a short line without any punctuation reads as a title of its own (保障措施), not a sentence's tail
  if (line.trim().length <= 20 && !/[，,、。；;：:！？!?.]/.test(line)) return false;
  if (/[，,、]$/.test(a)) return true;
  if (!/[\u4e00-\u9fa5\d%”"’》]$/.test(a)) return false;
  // a sentence that starts after a stop inside the line and runs to its end without one is cut
  // ("（二）锂离子电池.依托天能帅⏎福得发展…"); a long line of prose without a stop is too
  return SENTENCE_INSIDE.test(a) || (a.length >= 30 && PROSE.test(a));
}

const CJK = '\\u3400-\\u9fff';
/**
 * A half-width '.' that ends a Chinese sentence (after a Chinese character, or after a closing bracket
 * or quote that follows one) → '。', char for char, so that documents typed with half-width marks
 * split into sentences as those typed with 。 do ("编制本规划.规划期为…"). Kept: numbering markers
 * ("1." "一." at a line's opening, "1)X." is a heading title and ends like a sentence), decimals (3.5),
 * abbreviations and Latin text (Co.Ltd., a.m.), and a '.' run (省略号 "..."). Applied to `norm` only.
 */
export function sentenceStops(norm: string): string {
  // (…约占全国的40%.开发区已集聚…: a share closing a sentence ends it too)
  const re = new RegExp(`(?<=[${CJK}]|[${CJK}][)"”’》]|\\d[%％‰])\\.(?![.\\d])`, 'g');
  return norm.replace(re, (dot, at: number, s: string) => {
    if (s[at - 1] === '.') return dot;
    // 一. / 十二. / 第三. opening a line: a numbering marker
    const line = s.lastIndexOf('\n', at - 1) + 1;
    if (/^\s*(?:第)?[一二三四五六七八九十百]{1,3}$/.test(s.slice(line, at))) return dot;
    return '。';
  });
}
