// Stage 2: structure. Recovers metadata, headings, sentences, measures and flattened tables from the
// text of a policy document. Rules follow genre conventions (numbering families, bracket forms, table
// shapes), never one document's sentences. All matching runs on `norm`; offsets are valid in `text`.
import type { Role } from '../model.ts';
import { DepartmentResolver, inferJurisdiction, isDepartmentName } from './departments.ts';
import type { IngestContext } from './context.ts';
import type { Lexicon } from './lexicon/index.ts';
import { BACKGROUND_SECTION, findInlineAssignments, findResponsibilities, parseCell, type ResponsibilityClause } from './responsibility.ts';
import type {
  DocumentMeta,
  Heading,
  MeasureUnit,
  ResponsibilityMention,
  Sentence,
  SourceDocument,
  StructureWarning,
  StructuredDoc,
} from './types.ts';

interface Span {
  start: number;
  end: number;
}

interface Line extends Span {
  index: number;
  /** First / last non-blank character of the line (cs === ce for a blank line). */
  cs: number;
  ce: number;
}

// ---------------------------------------------------------------- numerals

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, O: 0, o: 0, '○': 0, '0': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十九 → 29, 一百零三 → 103; arabic strings pass through. */
export function chineseToNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s || !/^[〇零O○一二两三四五六七八九十百]+$/.test(s)) return undefined;
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (cur || 1) * 100;
      cur = 0;
    } else if (ch === '十') {
      total += (cur || 1) * 10;
      cur = 0;
    } else cur = CN_DIGIT[ch] ?? 0;
  }
  return total + cur;
}

export function numberToChinese(n: number): string {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n]!;
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  if (n < 100) return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
  return String(n);
}

/** Year written digit by digit: 二〇二五 → 2025. */
function digitsYear(s: string): number | undefined {
  if (/^\d{4}$/.test(s)) return Number(s);
  if (s.length !== 4) return undefined;
  let out = 0;
  for (const ch of s) {
    const v = CN_DIGIT[ch];
    if (v === undefined) return undefined;
    out = out * 10 + v;
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Finds a date in a string: 2025年9月29日 / 二〇二五年九月二十九日 / 2021-07-31 / 2021.7.31 → ISO. */
export function parseDate(s: string): string | undefined {
  const n = s.replace(/\s+/g, '');
  let m = n.match(/(\d{4})年(\d{1,2})月(\d{1,2})日/);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!);
  m = n.match(/([〇零O○0一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/);
  if (m) {
    const y = digitsYear(m[1]!);
    const mo = chineseToNumber(m[2]!);
    const d = chineseToNumber(m[3]!);
    if (y && mo && d) return valid(y, mo, d);
  }
  m = s.match(/(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)/);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!);
  return undefined;
}

function valid(y: number, m: number, d: number): string | undefined {
  if (y < 1949 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

// ---------------------------------------------------------------- lines

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let cs = start;
    while (cs < end && isBlank(text[cs]!)) cs++;
    let ce = end;
    while (ce > cs && isBlank(text[ce - 1]!)) ce--;
    lines.push({ index: index++, start, end, cs, ce });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\r' || ch === '\f' || ch === '\v';
}

const lineText = (text: string, l: Line) => text.slice(l.cs, l.ce);

// ---------------------------------------------------------------- markers

type Family = 'bian' | 'zhang' | 'jie' | 'cn' | 'pcn' | 'tiao' | 'ar' | 'par' | 'circ';
const FAMILY_RANK: Family[] = ['bian', 'zhang', 'jie', 'cn', 'pcn', 'tiao', 'ar', 'par', 'circ'];

interface Marker {
  family: Family;
  number: string;
  value: number;
  /** offset (in the line) where the text after the marker starts */
  rest: number;
  /** lost opening bracket: ")着力发展…" */
  lost?: boolean;
}

const CN_NUM = '[一二三四五六七八九十百〇零]+';
const RE_CHAPTER = new RegExp(`^第(${CN_NUM}|\\d+)(编|篇|章|节|部分)\\s*`);
/** 第三条 支持… — articles of a 条款式 document are its measures */
const RE_TIAO = new RegExp(`^第(${CN_NUM}|\\d+)条\\s*`);
const RE_CN = new RegExp(`^(${CN_NUM})\\s*[、.]\\s*`);
const RE_PCN = new RegExp(`^\\((${CN_NUM})\\)\\s*`);
const RE_AR = /^(\d{1,3}(?:\s?[-—–]\s?\d{1,3})?)\s*(?:[.、](?!\d)|\s(?=[^\d\s]))\s*/;
const RE_PAR = /^\((\d{1,3})\)\s*/;
const RE_CIRC = /^([①-⑳])\s*/;
const RE_LOST = /^\)\s*(?=[\u4e00-\u9fa5])/;

function markerOf(normLine: string): Marker | undefined {
  let m = normLine.match(RE_CHAPTER);
  if (m) {
    const fam: Family = m[2] === '章' ? 'zhang' : m[2] === '节' ? 'jie' : 'bian';
    return { family: fam, number: m[1]!, value: chineseToNumber(m[1]!) ?? 0, rest: m[0].length };
  }
  m = normLine.match(RE_TIAO);
  if (m) return { family: 'tiao', number: m[1]!, value: chineseToNumber(m[1]!) ?? 0, rest: m[0].length };
  m = normLine.match(RE_PCN);
  if (m) return { family: 'pcn', number: m[1]!, value: chineseToNumber(m[1]!) ?? 0, rest: m[0].length };
  m = normLine.match(RE_PAR);
  if (m) return { family: 'par', number: m[1]!, value: Number(m[1]), rest: m[0].length };
  m = normLine.match(RE_CN);
  if (m && !/^[一二三四五六七八九十]+[、.]\s*$/.test(normLine)) {
    const v = chineseToNumber(m[1]!);
    if (v !== undefined && v > 0) return { family: 'cn', number: m[1]!, value: v, rest: m[0].length };
  }
  m = normLine.match(RE_AR);
  if (m && normLine.length > m[0].length) {
    const number = m[1]!.replace(/\s/g, '').replace(/[—–]/g, '-');
    const value = parseInt(number, 10);
    // a year or an amount is not a marker (2035年 has no marker anyway; 2025. would be odd)
    if (value > 0 && value < 400) return { family: 'ar', number, value, rest: m[0].length };
  }
  m = normLine.match(RE_CIRC);
  if (m) return { family: 'circ', number: String(m[1]!.charCodeAt(0) - 0x2460 + 1), value: m[1]!.charCodeAt(0) - 0x2460 + 1, rest: m[0].length };
  m = normLine.match(RE_LOST);
  if (m) return { family: 'pcn', number: '', value: 0, rest: m[0].length, lost: true };
  return undefined;
}

const SENTENCE_END = /[。!?;]/;

// ---------------------------------------------------------------- tables

export interface TableColumnRoles {
  num?: number;
  text?: number;
  /** Department columns with their role; `upper` = bodies above the issuer (role city). */
  depts: { col: number; role: Role; upper: boolean }[];
}

interface Cell extends Span {}

interface TableRow extends Span {
  cells: Cell[];
}

interface Table extends Span {
  caption?: Span;
  header: string[];
  rows: TableRow[];
  firstLine: number;
  lastLine: number;
}

const HEADER_CELL = /^[\u4e00-\u9fa5A-Za-z（）()]{1,12}$/;

function detectTables(text: string, norm: string, lines: Line[]): Table[] {
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
  return tables.sort((a, b) => a.start - b.start);
}

/** Cells of one line split at runs of ≥2 blanks or tabs (a table row pasted from PDF or a web page). */
function spacedCells(norm: string, l: Line): Cell[] {
  const cells: Cell[] = [];
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

/**
 * Tables whose rows are single lines with cells separated by runs of spaces or tabs:
 *   序号  重点任务  牵头单位  责任单位  完成时限
 *   1  建设软件产业园…  区工信局  区投资促进局、区商务局  2024年12月
 * A row is a line with as many cells as the header (or one fewer: an empty last column); the first
 * other non-blank line ends the table.
 */
function detectSpacedTables(norm: string, lines: Line[]): Table[] {
  const out: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.ce === l.cs) continue;
    const hc = spacedCells(norm, l);
    if (hc.length < 3) continue;
    const header = hc.map((c) => norm.slice(c.start, c.end));
    if (!header.every((h) => HEADER_CELL.test(h))) continue;
    if (!header.some((c) => /^(序号|编号|序)$/.test(c))) continue;
    if (!header.some((c) => /(责任|牵头|配合|参与|参加)(部门|单位|处室|主体)?(?:[(（](?:部门|单位)[)）])?$|^(部门|单位)$/.test(c))) continue;
    const rows: TableRow[] = [];
    let last = i;
    for (let k = i + 1; k < lines.length; k++) {
      const r = lines[k]!;
      if (r.ce === r.cs) continue;
      const cells = spacedCells(norm, r);
      if (cells.length !== header.length && cells.length !== header.length - 1) break;
      while (cells.length < header.length) cells.push({ start: r.ce, end: r.ce });
      rows.push({ start: r.cs, end: r.ce, cells });
      last = k;
    }
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
  let cur: Cell[] = [];
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

export function tableColumns(header: string[]): TableColumnRoles {
  const out: TableColumnRoles = { depts: [] };
  header.forEach((h, i) => {
    if (/^(序号|编号|序)$/.test(h)) out.num = i;
  });
  const after = out.num ?? -1;
  const textCols = header.map((h, i) => ({ h, i })).filter(({ h, i }) => i > after && /(举措|措施|任务|内容|事项|工作|项目)/.test(h) && !/(部门|单位)/.test(h));
  if (textCols.length) out.text = textCols[0]!.i;
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

// ---------------------------------------------------------------- sentences

const OPEN = '([《【〔{';
const CLOSE = ')]》】〕}';

function splitSentences(norm: string, span: Span, out: Span[]): void {
  let depth = 0;
  let s = span.start;
  const push = (a: number, b: number) => {
    while (a < b && isBlank(norm[a]!)) a++;
    while (b > a && isBlank(norm[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = span.start; i < span.end; i++) {
    const c = norm[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && SENTENCE_END.test(c)) {
      let e = i + 1;
      while (e < span.end && /[”’"']/.test(norm[e]!)) e++;
      push(s, e);
      s = e;
      i = e - 1;
    }
  }
  push(s, span.end);
}

// ---------------------------------------------------------------- metadata

const ORG_NAME = /(人民政府|政府|办公室|办公厅|委员会|管委会|管理委员会|局|厅|委|办|部|署|中心|院)$/;
const DATE_LINE = /^(?:\d{4}年\d{1,2}月\d{1,2}日|[〇零O○0一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/;
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,16}[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*第?\s*\d{1,4}\s*号/;
const BOILERPLATE = /^(当前位置|首页|字号|扫一扫|分享|打印|关闭|发布日期|发布时间|来源|信息来源|浏览次数|索引号|主办单位|网站标识码|备案序号|联系方式|【|•|·)/;

interface FrontMatter {
  /** first line index of the body */
  bodyLine: number;
  noticeTitle?: string;
  noticeLines?: [number, number];
  dateLine?: number;
}

function findFrontMatter(text: string, norm: string, lines: Line[]): FrontMatter {
  const nonEmpty = lines.filter((l) => l.ce > l.cs);
  const head = nonEmpty.slice(0, 12);
  let fm: FrontMatter = { bodyLine: 0 };
  const k1 = head.findIndex((l) => /关于/.test(lineText(norm, l)) && l.ce - l.cs <= 80);
  if (k1 < 0) return fm;
  let k2 = -1;
  for (let k = k1; k < Math.min(head.length, k1 + 4); k++) {
    if (/(通知|通告|批复|决定|意见|函)$/.test(lineText(norm, head[k]!))) {
      k2 = k;
      break;
    }
  }
  if (k2 < 0) return fm;
  const noticeTitle = head
    .slice(k1, k2 + 1)
    .map((l) => lineText(text, l))
    .join('');
  fm = { bodyLine: head[k2]!.index + 1, noticeTitle, noticeLines: [head[k1]!.index, head[k2]!.index] };
  // the notice ends with its date (and 此件主动公开 / 附件 lines); the attached policy follows
  for (let i = head[k2]!.index + 1; i < Math.min(lines.length, head[k2]!.index + 40); i++) {
    const t = lineText(norm, lines[i]!).replace(/\s/g, '');
    if (/^[一二三四五六七八九十]+、|^第[一二三四五六七八九十]+章/.test(t)) break;
    if (DATE_LINE.test(t)) {
      fm.dateLine = i;
      let b = i + 1;
      while (b < lines.length) {
        const u = lineText(norm, lines[b]!).replace(/\s/g, '');
        if (u === '' || /^\(此件.*\)$/.test(u) || /^附件\d*[:]?$/.test(u) || /^(抄送|印发|联系人|联系电话)/.test(u)) b++;
        else break;
      }
      fm.bodyLine = b;
      break;
    }
  }
  return fm;
}

function inferMeta(text: string, norm: string, lines: Line[], fm: FrontMatter, lexicon: Lexicon): DocumentMeta {
  const lt = (i: number) => lineText(norm, lines[i]!);
  const first = lines.slice(0, 40).filter((l) => l.ce > l.cs);

  // title
  let title = '';
  if (fm.noticeTitle) {
    const quoted = fm.noticeTitle.match(/关于(?:印发|转发|发布|颁布)《(.+)》/);
    const plain = fm.noticeTitle.match(/关于(?:印发|转发|发布|颁布)(.+?)的(?:通知|通告)$/);
    title = quoted ? quoted[1]! : plain ? plain[1]! : fm.noticeTitle;
  }
  if (!title) {
    // the first heading lines (titles are often broken over 2–3 lines)
    const parts: string[] = [];
    for (const l of first) {
      const t = lineText(norm, l);
      if (BOILERPLATE.test(t) || /文件$/.test(t) || DOC_NUMBER.test(t)) {
        if (parts.length) break;
        continue;
      }
      if (t.length > 60 || SENTENCE_END.test(t) || markerOf(t)) break;
      parts.push(lineText(text, l));
      const next = lines[l.index + 1];
      if (!next || next.ce === next.cs || parts.length >= 3) break;
    }
    title = parts.join('');
  }
  title = title.replace(/\s{2,}/g, ' ').trim();

  // issuer
  let issuer: string | undefined;
  if (fm.dateLine !== undefined) {
    for (let i = fm.dateLine - 1; i >= 0 && i >= fm.dateLine - 4; i--) {
      const t = lt(i);
      if (!t) continue;
      if (t.length <= 30 && ORG_NAME.test(t) && !/[,:;。]/.test(t)) issuer = t;
      break;
    }
  }
  if (!issuer) {
    const f = first.slice(0, 3).map((l) => lineText(norm, l)).find((t) => /^[\u4e00-\u9fa5]{4,30}文件$/.test(t));
    if (f) issuer = f.replace(/文件$/, '');
  }
  if (!issuer && fm.noticeTitle) {
    const m = fm.noticeTitle.match(/^(.{2,30}?)关于/);
    if (m && ORG_NAME.test(m[1]!)) issuer = m[1]!.trim();
  }
  if (!issuer) {
    for (const l of first.slice(0, 15)) {
      const m = lineText(norm, l).match(/(?:来源|发布机构|发文机关|发文单位)\s*[:]\s*([\u4e00-\u9fa5（）()]{2,30})/);
      if (m) {
        issuer = m[1]!;
        break;
      }
    }
  }

  // date
  let date: string | undefined;
  if (fm.dateLine !== undefined) date = parseDate(lt(fm.dateLine));
  if (!date) {
    for (const l of first.slice(0, 20)) {
      const m = lineText(norm, l).match(/(?:发布日期|成文日期|印发日期|发文日期|日期)\s*[:]\s*(.+)$/);
      if (m && (date = parseDate(m[1]!))) break;
    }
  }
  if (!date) {
    for (let i = lines.length - 1; i >= 0 && i >= lines.length - 30; i--) {
      const t = lt(i).replace(/\s/g, '');
      if (DATE_LINE.test(t)) {
        date = parseDate(t);
        if (!issuer && i > 0) {
          const s = lt(i - 1);
          if (s.length <= 30 && ORG_NAME.test(s)) issuer = s;
        }
        break;
      }
    }
  }

  // 文号: a line of its own near the top, or labelled
  let docNumber: string | undefined;
  for (const l of first.slice(0, 15)) {
    const t = lineText(text, l);
    const n = lineText(norm, l);
    const lab = n.match(/文号\s*[:]\s*(.+)$/);
    if (lab && DOC_NUMBER.test(lab[1]!)) {
      docNumber = lab[1]!.match(DOC_NUMBER)![0];
      break;
    }
    const m = t.match(DOC_NUMBER);
    if (m && m[0].length >= t.length - 2) {
      docNumber = m[0];
      break;
    }
  }

  const meta: DocumentMeta = { title };
  if (issuer) meta.issuer = issuer;
  if (date) meta.date = date;
  if (docNumber) meta.docNumber = docNumber.replace(/\s/g, '');
  const j = inferJurisdiction([issuer, title, fm.noticeTitle, first.slice(0, 6).map((l) => lineText(norm, l)).join('\n')], lexicon);
  if (j.jurisdiction) meta.jurisdiction = j.jurisdiction;
  if (j.city) meta.city = j.city;
  return meta;
}

// ---------------------------------------------------------------- main

interface Candidate {
  line: Line;
  marker: Marker;
  family: Family;
  /** heading or numbered measure */
  kind: 'heading' | 'measure';
  /** end of the heading text (lead clause) */
  titleEnd: number;
}

/** Lines that end a measure: signature date, 附件, 此件公开, 抄送. */
function isEndMatter(t: string): boolean {
  const u = t.replace(/\s/g, '');
  return (
    DATE_LINE.test(u) ||
    /^\(此件.*\)$/.test(u) ||
    /^附件\d*[:]?/.test(u) ||
    /^(抄送|印发)[:]/.test(u) ||
    /^(主办单位|承办单位|网站标识码|备案序号|联系方式|版权所有|技术支持|网站地图)[:]?/.test(u)
  );
}

export function parseDocument(source: SourceDocument, ctx: IngestContext, metaOverride?: Partial<DocumentMeta>): StructuredDoc {
  const lexicon = ctx.lexicon;
  const { text, norm } = source;
  const lines = splitLines(text);
  const tables = detectTables(text, norm, lines);
  const inTable = new Set<number>();
  for (const t of tables) for (let i = t.firstLine; i <= t.lastLine; i++) inTable.add(i);
  const fm = findFrontMatter(text, norm, lines);

  const inferred = inferMeta(text, norm, lines, fm, lexicon);
  const meta: DocumentMeta = { ...inferred };
  for (const [k, v] of Object.entries(metaOverride ?? {})) if (v !== undefined && v !== null && v !== '') (meta as unknown as Record<string, unknown>)[k] = v;
  if (metaOverride?.jurisdiction && !metaOverride.city && !inferred.city) {
    const j = inferJurisdiction([metaOverride.jurisdiction], lexicon);
    if (j.city) meta.city = j.city;
  }

  // body title lines right after the front matter (short lines without sentence punctuation)
  const skip = new Set<number>();
  {
    let i = fm.bodyLine;
    while (i < lines.length && lines[i]!.ce === lines[i]!.cs) i++;
    let n = 0;
    while (i < lines.length && n < 4) {
      const t = lineText(norm, lines[i]!);
      if (!t || t.length > 40 || SENTENCE_END.test(t) || markerOf(t) || /[,:]/.test(t)) break;
      skip.add(i);
      i++;
      n++;
    }
  }

  // 1. candidates
  const cands: Candidate[] = [];
  for (let i = fm.bodyLine; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.ce === l.cs || inTable.has(i) || skip.has(i)) continue;
    const nl = lineText(norm, l);
    const marker = markerOf(nl);
    if (!marker) continue;
    const rest = nl.slice(marker.rest);
    if (!rest.trim()) continue;
    const stop = rest.search(SENTENCE_END);
    const hasBracketClause = /\((?:[^()]*?(?:部门|单位)\s*:|[^()]*负责\))/.test(rest);
    if (marker.family === 'tiao') {
      cands.push({ line: l, marker, family: 'tiao', kind: 'measure', titleEnd: l.ce });
      continue;
    }
    if (marker.family === 'par' && (stop >= 0 || rest.length > 30)) {
      // （1）支持企业…。（责任单位…）: a measure of its own, unless it is an item inside a numbered
      // measure (1.…：（1）…（2）…), whose content it then stays
      const prev = cands[cands.length - 1];
      if (!prev || prev.kind !== 'measure' || prev.family === 'par') {
        cands.push({ line: l, marker, family: 'par', kind: 'measure', titleEnd: l.ce });
      }
      continue;
    }
    if (marker.family === 'ar') {
      const titleOnly = stop < 0 && rest.length <= 30 && !hasBracketClause && !/[,]/.test(rest);
      cands.push({ line: l, marker, family: 'ar', kind: titleOnly ? 'heading' : 'measure', titleEnd: l.ce });
      continue;
    }
    if (marker.family === 'circ' || marker.family === 'par') {
      // deeper items: headings when short, otherwise plain content of the enclosing block/measure
      if (stop >= 0 || rest.length > 30) continue;
    }
    if (marker.lost && (stop >= 0 || rest.length > 40)) continue;
    // heading: the lead clause when the line goes on with sentences
    const titleEnd = stop >= 0 && stop <= 40 ? l.cs + marker.rest + stop : l.ce;
    if (stop > 40 && marker.family !== 'cn' && marker.family !== 'zhang' && marker.family !== 'jie' && marker.family !== 'bian') continue;
    cands.push({ line: l, marker, family: marker.family, kind: 'heading', titleEnd: Math.min(l.ce, titleEnd) });
  }

  // 2. promotions: （2） written where （二） was expected; lost openings; 1、 used for the top level
  let lastPcn: Candidate | undefined;
  let lastPar: Candidate | undefined;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    if (c.kind !== 'heading') continue;
    if (c.family === 'cn' || c.family === 'zhang' || c.family === 'jie' || c.family === 'bian') {
      lastPcn = undefined;
      lastPar = undefined;
    } else if (c.family === 'pcn') {
      if (c.marker.lost) {
        const v = (lastPcn?.marker.value ?? 0) + 1;
        c.marker = { ...c.marker, value: v, number: numberToChinese(v) };
      }
      lastPcn = c;
      lastPar = undefined;
    } else if (c.family === 'par') {
      const contin = lastPcn && lastPcn.marker.value === c.marker.value - 1 && !(lastPar && lastPar.marker.value === c.marker.value - 1);
      if (contin) {
        c.family = 'pcn';
        lastPcn = c;
      } else lastPar = c;
    }
  }
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    if (c.kind === 'heading' && c.family === 'ar') {
      // a title line followed directly (no content in between) by a （一） heading is its parent: it is
      // numbered 1、 where 一、 was expected
      const next = cands[k + 1];
      if (next && next.kind === 'heading' && next.family === 'pcn' && !text.slice(c.line.end, next.line.start).trim()) c.family = 'cn';
    }
  }

  // 3. levels: dense rank of the families present
  const present = FAMILY_RANK.filter((f) => cands.some((c) => c.kind === 'heading' && c.family === f));
  const levelOf = (f: Family) => present.indexOf(f) + 1;

  // region ends: next structural element, table start, end matter
  const tableStarts = tables.map((t) => t.start).sort((a, b) => a - b);
  const endMatter = lines.filter((l) => l.index >= fm.bodyLine && l.ce > l.cs && isEndMatter(lineText(norm, l))).map((l) => l.start);
  const regionEnd = (from: number, k: number): number => {
    let e = k + 1 < cands.length ? cands[k + 1]!.line.start : text.length;
    for (const ts of tableStarts) if (ts > from && ts < e) e = ts;
    // end matter inside the region (binary search over the sorted end-matter line starts)
    let lo = 0;
    let hi2 = endMatter.length;
    while (lo < hi2) {
      const mid = (lo + hi2) >> 1;
      if (endMatter[mid]! <= from) lo = mid + 1;
      else hi2 = mid;
    }
    if (lo < endMatter.length && endMatter[lo]! < e) e = endMatter[lo]!;
    while (e > from && /\s/.test(text[e - 1]!)) e--;
    return e;
  };

  // 4. headings, measures
  const headings: Heading[] = [];
  const headingOfCand = new Map<number, Heading>();
  const measures: MeasureUnit[] = [];
  const stack: Heading[] = [];
  const pathOf = (hs: Heading[]) => hs.map((h) => text.slice(h.start, h.end));
  const clausesOf = new Map<number, ResponsibilityClause[]>();
  const blockMeasure = new Set<number>();
  const isDept = (name: string) => isDepartmentName(name, lexicon);
  const found = (cls: ResponsibilityClause[]) => cls.some((cl) => cl.mentions.length + cl.collectives.length > 0);
  // a measure without a bracket or label may assign inside its sentences (由A牵头，会同B…), unless its
  // section describes rather than assigns (发展基础, 指导思想, 主要目标 …)
  const inline = (from: number, to: number, path: string[]): ResponsibilityClause[] =>
    path.some((p) => BACKGROUND_SECTION.test(p)) ? [] : findInlineAssignments(text, norm, from, to, isDept, lexicon.stems);
  // a measure made of sub-items ((1) … (2) …, ① …) whose items carry their own assignments: an item
  // with no clause of its own is read like a measure without one
  const subItemInline = (from: number, to: number, cls: ResponsibilityClause[], path: string[]): ResponsibilityClause[] => {
    const starts: number[] = [];
    for (let i = from; i < to; i = norm.indexOf('\n', i) < 0 ? to : norm.indexOf('\n', i) + 1) {
      if (/^[ \t]*(?:\(\d{1,2}\)|[①-⑳])/.test(norm.slice(i, Math.min(to, i + 8)))) starts.push(i);
    }
    const out: ResponsibilityClause[] = [];
    starts.forEach((a, j) => {
      const b = j + 1 < starts.length ? starts[j + 1]! : to;
      if (cls.some((cl) => cl.start < b && a < cl.end)) return;
      out.push(...inline(a, b, path));
    });
    return out;
  };

  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    if (c.kind === 'heading') {
      const h: Heading = {
        level: levelOf(c.family),
        number: c.marker.number,
        title: text.slice(c.line.cs + c.marker.rest, c.titleEnd).trim(),
        start: c.line.cs,
        end: c.titleEnd,
      };
      while (stack.length && stack[stack.length - 1]!.level >= h.level) stack.pop();
      const parents = [...stack];
      stack.push(h);
      headings.push(h);
      headingOfCand.set(k, h);
      // a leaf block (next element is not deeper) carrying a responsibility clause is a measure
      const next = cands[k + 1];
      const deeper = next && (next.kind === 'measure' || levelOf(next.family) > h.level);
      if (!deeper) {
        const end = regionEnd(c.line.start, k);
        let clauses = findResponsibilities(text, norm, h.start, end, lexicon);
        // (a whole top-level chapter, 四、保障措施 with a paragraph below it, is not a measure of its own;
        // a top-level item carrying its text on its own line, 二、培育龙头企业。请…牵头…, is)
        const ownLine = c.titleEnd < c.line.ce && !!norm.slice(c.titleEnd + 1, c.line.ce).trim();
        if (!found(clauses) && (parents.length > 0 || ownLine)) clauses = inline(h.start, end, [...pathOf(parents), text.slice(h.start, h.end)]);
        if (found(clauses)) {
          clausesOf.set(measures.length, clauses);
          blockMeasure.add(measures.length);
          measures.push(newMeasure(h.number, h.title, h.start, end, pathOf(parents)));
        }
      }
    } else {
      const end = regionEnd(c.line.start, k);
      const start = c.line.cs;
      let clauses = findResponsibilities(text, norm, start, end, lexicon);
      if (!found(clauses)) clauses = inline(start, end, pathOf(stack));
      else clauses.push(...subItemInline(start, end, clauses, pathOf(stack)));
      clausesOf.set(measures.length, clauses);
      measures.push(newMeasure(c.marker.number, measureTitle(text, norm, start + c.marker.rest, end, clauses), start, end, pathOf(stack)));
    }
  }

  // titles are a document-wide style (000/004 "1.强化….。"): a lead clause in a minority of the
  // numbered measures is just a short first sentence
  const numbered = measures.filter((_, i) => !blockMeasure.has(i));
  if (numbered.filter((m) => m.title).length * 2 < numbered.length) for (const m of numbered) m.title = '';

  // 5. sentences
  const spans: Span[] = [];
  for (const l of lines) if (l.ce > l.cs) splitSentences(norm, { start: l.cs, end: l.ce }, spans);
  const sentences: Sentence[] = [];
  const sortedHeadings = [...headings].sort((a, b) => a.start - b.start);
  let hi = 0;
  const hstack: Heading[] = [];
  let mi = 0;
  for (const sp of spans) {
    while (hi < sortedHeadings.length && sortedHeadings[hi]!.start <= sp.start) {
      const h = sortedHeadings[hi++]!;
      while (hstack.length && hstack[hstack.length - 1]!.level >= h.level) hstack.pop();
      hstack.push(h);
    }
    const table = tables.find((t) => sp.start >= t.start && sp.start < t.end);
    const s: Sentence = {
      start: sp.start,
      end: sp.end,
      sectionPath: table ? [table.caption ? captionText(text, table.caption) : '表格'] : pathOf(hstack),
    };
    while (mi < measures.length && measures[mi]!.end <= sp.start) mi++;
    const m = measures[mi];
    if (m && sp.start >= m.start && sp.start < m.end) s.measureIndex = mi;
    sentences.push(s);
  }

  // 6. responsibilities from brackets, evidence = bracket + the sentence right before it
  // A note after a run of measures (以上条款责任部门：区科委) covers the measures of its section listed
  // since the previous such note; its evidence is the note itself.
  let noteBoundary = -1;
  measures.forEach((m, i) => {
    for (const cl of clausesOf.get(i) ?? []) {
      if (cl.scope === 'preceding') {
        const ev = { start: cl.start, end: cl.end };
        const section = m.sectionPath.join('\u0000');
        for (let k = i; k > noteBoundary && measures[k]!.sectionPath.join('\u0000') === section; k--) {
          const target = measures[k]!;
          target.evidenceSpans.push(ev);
          for (const mention of cl.mentions) target.responsibilities.push({ ...mention, evidence: [ev] });
          for (const col of cl.collectives) if (!target.collectives.includes(col.name)) target.collectives.push(col.name);
        }
        noteBoundary = i;
        continue;
      }
      const ev = cl.inline ? { start: cl.start, end: cl.end } : evidenceFor(sentences, m, cl);
      m.evidenceSpans.push({ start: cl.start, end: cl.end });
      for (const mention of cl.mentions) m.responsibilities.push({ ...mention, evidence: [ev] });
      for (const col of cl.collectives) if (!m.collectives.includes(col.name)) m.collectives.push(col.name);
    }
  });

  const warnings: StructureWarning[] = [];
  const doc: StructuredDoc = { source, meta, headings, sentences, measures };
  // 7. tables: upper-level bodies (city), cross-check and fill the issuer's own departments
  for (const t of tables) applyTable(doc, t, warnings, lexicon);
  if (tables.length) doc.tables = tables.map((t) => ({ start: t.start, end: t.end, header: t.header, rows: t.rows.length }));
  // 8. a document-wide note: 责任单位中排在第一位的为牵头单位 — the first body of each list leads
  if (FIRST_LEADS.test(norm)) for (const m of measures) firstListedLeads(m);
  if (warnings.length) doc.warnings = warnings;
  return doc;
}

/** 排在第一位的为牵头单位 / 列第一位的单位为牵头单位 / 第一个单位为牵头部门 / 排在首位的为牵头单位 */
const FIRST_LEADS = /(?:排在|排名|列在|列于|位列|列)?(?:第一位|第一个|首位|第一)的?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)/;

/**
 * Under a FIRST_LEADS note, a measure whose bodies are all listed as responsible (one 责任单位 list) has
 * its first body as lead and the others as support. Lists that state roles themselves are left alone.
 */
function firstListedLeads(m: MeasureUnit): void {
  const own = m.responsibilities.filter((r) => r.role !== 'city');
  if (!own.length || own.some((r) => r.role !== 'responsible')) return;
  const first = own.reduce((a, b) => (b.start < a.start ? b : a));
  for (const r of own) r.role = r === first ? 'lead' : 'support';
}

/** A table's caption as a section name, without the attachment label: 附件：重点任务分工表 → 重点任务分工表. */
function captionText(text: string, caption: Span): string {
  return text.slice(caption.start, caption.end).replace(/^\s*附(?:件|表)\s*[\d一二三四五六七八九十]*\s*[:：]?\s*/, '') || text.slice(caption.start, caption.end);
}

function newMeasure(number: string, title: string, start: number, end: number, sectionPath: string[]): MeasureUnit {
  return { number, title, start, end, sectionPath, responsibilities: [], collectives: [], evidenceSpans: [] };
}

/** "1.强化国家科技战略力量建设。…" → 强化国家科技战略力量建设 (a short lead clause followed by more text). */
function measureTitle(text: string, norm: string, from: number, end: number, clauses: ResponsibilityClause[]): string {
  let a = from;
  while (a < end && isBlank(norm[a]!)) a++;
  const seg = norm.slice(a, Math.min(end, a + 60));
  const stop = seg.search(/[。!?;]/);
  if (stop <= 0 || stop > 40) return '';
  const lead = seg.slice(0, stop);
  if (/[,:、()]/.test(lead)) return '';
  // there must be more than a responsibility bracket after the lead clause
  const restStart = a + stop + 1;
  let rest = norm.slice(restStart, end);
  for (const c of clauses) if (c.start >= restStart) rest = rest.replace(norm.slice(c.start, c.end), '');
  if (!rest.replace(/\s/g, '')) return '';
  return text.slice(a, a + stop);
}

function evidenceFor(sentences: Sentence[], m: MeasureUnit, cl: Span): Span {
  let start = cl.start;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.start <= cl.start && cl.start < s.end) {
      if (s.start < cl.start) start = s.start;
      else if (i > 0 && sentences[i - 1]!.start >= m.start) start = sentences[i - 1]!.start;
      break;
    }
    if (s.start > cl.start) {
      if (i > 0 && sentences[i - 1]!.start >= m.start) start = sentences[i - 1]!.start;
      break;
    }
  }
  return { start, end: cl.end };
}

// ---------------------------------------------------------------- table ↔ body

function bigrams(s: string): Set<string> {
  const t = s.replace(/[\s\p{P}]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

export function similarity(a: string, b: string): number {
  const A = bigrams(a);
  const B = bigrams(b);
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const x of A) if (B.has(x)) n++;
  return (2 * n) / (A.size + B.size);
}

function applyTable(doc: StructuredDoc, t: Table, warnings: StructureWarning[], lexicon: Lexicon): void {
  const { text, norm } = doc.source;
  const cols = tableColumns(t.header);
  if (cols.text === undefined || cols.depts.length === 0) return;
  const width = t.header.length;
  const cellText = (c: Cell | undefined) => (c ? text.slice(c.start, c.end).trim() : '');
  const stems = lexicon.stems;

  // rows → groups by number; a row without a number but with its own text is a sub-row of the previous
  interface Row {
    number: string;
    text: Cell;
    depts: (Cell | undefined)[];
    inherited: boolean[];
  }
  const rows: Row[] = [];
  for (const r0 of t.rows) {
    const r = r0.cells.length > width ? { ...r0, cells: mergeWrappedCells(norm, r0.cells, width) } : r0;
    if (r.cells.length !== width) {
      if (r.cells.length > 1) warnings.push({ code: 'TABLE_ROW_SHAPE', message: `表格行的单元格数 ${r.cells.length} ≠ 表头 ${width}：${cellText(r.cells[0]).slice(0, 20)}… / table row has ${r.cells.length} cells, header has ${width}` });
      continue;
    }
    const number = cols.num !== undefined ? cellText(r.cells[cols.num]) : '';
    const txt = r.cells[cols.text]!;
    if (!number && !cellText(txt)) continue;
    const prev = rows[rows.length - 1];
    const depts = cols.depts.map((d) => (cellText(r.cells[d.col]) ? r.cells[d.col] : undefined));
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
    rows.push({ number: num, text: txt, depts, inherited });
  }

  // row → measure
  const byNumber = new Map<string, number>();
  doc.measures.forEach((m, i) => {
    if (!byNumber.has(m.number)) byNumber.set(m.number, i);
  });
  const seen = new Map<string, number>();
  const projectTable = /项目/.test(t.header[cols.text]!) && !/(举措|措施|任务)/.test(t.header[cols.text]!);
  const resolver = new DepartmentResolver(
    doc.meta,
    lexicon,
    doc.measures.flatMap((m) => m.responsibilities.map((r) => ({ name: r.name, aliases: r.aliases }))),
  );
  for (const row of rows) {
    const k = seen.get(row.number) ?? 0;
    seen.set(row.number, k + 1);
    // a table of projects (项目名称 / 重点项目) lists projects, not the body's numbered measures: its
    // rows are measures of their own unless their text is a body measure's
    let mi = projectTable ? undefined : byNumber.get(row.number);
    if (!projectTable && (mi === undefined || k > 0)) {
      const subs = doc.measures.map((m, i) => ({ m, i })).filter(({ m }) => new RegExp(`^${row.number}-\\d+$`).test(m.number));
      if (subs[k]) mi = subs[k]!.i;
      else if (k > 0) mi = undefined;
    }
    const rowText = cellText(row.text);
    if (mi === undefined) {
      // fall back to the most similar body measure
      let best = -1;
      let bestScore = 0.6;
      doc.measures.forEach((m, i) => {
        const s = similarity(rowText, text.slice(m.start, m.end));
        if (s > bestScore) {
          bestScore = s;
          best = i;
        }
      });
      if (best < 0) {
        // a 分工表 without a body counterpart: the row itself is the measure
        if (!rowText) continue;
        const caption = t.caption ? captionText(text, t.caption) : '表格';
        const last = t.rows.find((r) => r.cells.includes(row.text));
        const m = newMeasure(row.number || String(doc.measures.length + 1), '', row.text.start, Math.max(row.text.end, last ? last.end : row.text.end), [caption]);
        mi = doc.measures.length;
        doc.measures.push(m);
        for (const s of doc.sentences) if (s.measureIndex === undefined && s.start >= m.start && s.start < m.end) s.measureIndex = mi;
      } else mi = best;
    }
    let sim = similarity(rowText, text.slice(doc.measures[mi]!.start, doc.measures[mi]!.end));
    if (sim < 0.3) {
      // the number points at an unrelated measure: prefer a clearly better text match
      doc.measures.forEach((x, i) => {
        const s2 = similarity(rowText, text.slice(x.start, x.end));
        if (s2 >= 0.6 && s2 > sim) {
          sim = s2;
          mi = i;
        }
      });
    }
    const m = doc.measures[mi]!;
    if (sim < 0.5) {
      warnings.push({
        code: 'TABLE_TEXT_MISMATCH',
        measureIndex: mi,
        message: `举措 ${m.number}：分工表中的文字与正文不一致（相似度 ${sim.toFixed(2)}）/ measure ${m.number}: table text differs from the body (similarity ${sim.toFixed(2)})`,
      });
    }
    const bodyNames = new Set(m.responsibilities.filter((r) => r.role !== 'city').map((r) => resolver.canonical(r.name)));
    const hadBody = bodyNames.size > 0;
    cols.depts.forEach((d, i) => {
      const cell = row.depts[i];
      if (!cell) return;
      const clause = parseCell(text, norm, cell.start, cell.end, d.upper ? 'city' : d.role, stems);
      const evidence: Span[] = row.inherited[i]
        ? [
            { start: row.text.start, end: row.text.end },
            { start: cell.start, end: cell.end },
          ]
        : [{ start: Math.min(row.text.start, cell.start), end: Math.max(row.text.end, cell.end) }];
      if (d.upper) {
        for (const x of clause.mentions) addMention(m, { ...x, evidence });
        for (const c of clause.collectives) if (!m.collectives.includes(c.name)) m.collectives.push(c.name);
        m.evidenceSpans.push(...evidence);
        return;
      }
      // the issuer's own departments: cross-check against the body bracket (authoritative)
      const tableNames = clause.mentions.map((x) => resolver.canonical(x.name));
      if (!hadBody) {
        for (const x of clause.mentions) addMention(m, { ...x, evidence });
        for (const c of clause.collectives) if (!m.collectives.includes(c.name)) m.collectives.push(c.name);
        if (clause.mentions.length) m.evidenceSpans.push(...evidence);
        return;
      }
      const missing = tableNames.filter((n) => !bodyNames.has(n));
      const extra = [...bodyNames].filter((n) => !tableNames.includes(n));
      const bodyColl = new Set(m.collectives);
      const missingColl = clause.collectives.map((c) => c.name).filter((n) => !bodyColl.has(n));
      if (missing.length || extra.length || missingColl.length) {
        warnings.push({
          code: 'TABLE_BODY_DISAGREE',
          measureIndex: mi,
          message:
            `举措 ${m.number}：分工表「${t.header[d.col]}」与正文责任部门不一致 / measure ${m.number}: table column 「${t.header[d.col]}」 disagrees with the body` +
            (missing.length ? `；仅表中 only in table: ${[...missing, ...missingColl].join('、')}` : missingColl.length ? `；仅表中 only in table: ${missingColl.join('、')}` : '') +
            (extra.length ? `；仅正文 only in body: ${extra.join('、')}` : ''),
        });
      }
    });
  }
}

/**
 * A row of a one-cell-per-line table with more lines than columns: a cell was wrapped over lines.
 * A line ending in a clause-continuing mark (，、；：) joins the next one; failing that nothing is
 * guessed (the row keeps its shape and is reported).
 */
function mergeWrappedCells(norm: string, cells: Cell[], width: number): Cell[] {
  const out = cells.map((c) => ({ ...c }));
  while (out.length > width) {
    const k = out.findIndex((c, i) => i + 1 < out.length && /[,、;:，；：]$/.test(norm.slice(c.start, c.end).trim()));
    if (k < 0) break;
    out[k]!.end = out[k + 1]!.end;
    out.splice(k + 1, 1);
  }
  return out;
}

function addMention(m: MeasureUnit, x: ResponsibilityMention): void {
  if (m.responsibilities.some((r) => r.name === x.name && r.role === x.role && r.start === x.start)) return;
  m.responsibilities.push(x);
}
