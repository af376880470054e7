// Responsibility clauses: who is responsible for a measure, in every form the genre uses.
//   (责任部门:A、B)                       → responsible
//   （牵头部门：A，责任部门：B、C）          → A lead, B/C support
//   （牵头单位：A；配合单位：B）            → lead / support (also 参与/协办/协同/协助 → support)
//   （责任单位：…）                         → responsible (support when a 牵头 part is present)
//   （A、B按职责分工负责） （A负责）          → responsible
//   （A牵头，B、C配合）                     → lead / support
// and the same without brackets on a line of its own (责任单位：A、B).
// Collective phrases (各开发区, …成员单位, 各相关招商部门) are not departments: they are returned apart.
// All matching runs on `norm` (half-width punctuation); offsets are valid in `text`.
import type { Role } from '../model.ts';
import { loadLexicon, restoreElided } from './departments.ts';
import type { ResponsibilityMention } from './types.ts';

export interface Span {
  start: number;
  end: number;
}

export interface CollectiveMention extends Span {
  name: string;
}

export interface ResponsibilityClause extends Span {
  mentions: ResponsibilityMention[];
  collectives: CollectiveMention[];
}

const LEAD_WORDS = ['牵头', '主责', '主办', '组长'];
const SUPPORT_WORDS = ['配合', '协办', '参与', '协同', '协助', '协调'];
const RESPONSIBLE_WORDS = ['责任', '承办', '实施', '落实', '主体'];
const LABEL = new RegExp(
  `(${[...LEAD_WORDS, ...SUPPORT_WORDS, ...RESPONSIBLE_WORDS].join('|')})(?:部门|单位|处室|科室|主体|机构)?\\s*[:]`,
  'g',
);

function roleOfWord(word: string, hasLead: boolean): Role {
  if (LEAD_WORDS.includes(word)) return 'lead';
  if (SUPPORT_WORDS.includes(word)) return 'support';
  return hasLead ? 'support' : 'responsible';
}

/** Collective phrases: not a department (各开发区, 各相关招商部门, 区自主创新工作领导小组各成员单位 …). */
export function isCollective(name: string): boolean {
  const n = name.trim();
  if (!n) return false;
  if (/^各/.test(n)) return true;
  if (/(成员单位|各单位|各部门|相关单位|有关单位|有关部门|相关部门|职能部门|责任单位|招商部门|相关委办局|各委办局|各街镇|各镇街|等单位|等部门)$/.test(n)) return true;
  if (/各(相关|有关|级|类)/.test(n)) return true;
  if (/的.*(单位|部门|机构|企业)$/.test(n)) return true;
  return false;
}

/** Plausible as an organisation name in a list: short, no sentence punctuation. */
function plausibleName(n: string): boolean {
  return n.length >= 2 && n.length <= 30 && !/[。:!?“”"]/.test(n);
}

const ORG_END = /(局|厅|委|委员会|办|办公室|部|处|署|院|所|中心|会|组|室|队|站|公司|集团|政府|行|园|馆|台|社|庭|校|学|团|盟|区|科|人|县|市|镇|街道|分局|支队|大队|协|联|联合会)$/;

interface Item extends Span {
  name: string;
}

/**
 * Splits a department list at [start, end) of the document into items with offsets:
 * separators 、，,；; and line breaks; trailing 等/等部门 trimmed; 北辰、南开、武清区政府 completed.
 */
export function splitList(text: string, norm: string, start: number, end: number): Item[] {
  const items: Item[] = [];
  let s = start;
  const flush = (e: number) => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(norm[a]!)) a++;
    while (b > a && /\s/.test(norm[b - 1]!)) b--;
    if (norm.startsWith('由', a) && b - a > 3) a++;
    let raw = text.slice(a, b);
    const tail = raw.match(/等(?:部门|单位)?$/);
    if (tail && raw.length - tail[0].length >= 2) {
      b -= tail[0].length;
      raw = text.slice(a, b);
    }
    if (b > a) items.push({ name: raw.replace(/\s+/g, ''), start: a, end: b });
  };
  for (let i = start; i < end; i++) {
    if ('、,;/\n'.includes(norm[i]!)) {
      flush(i);
      s = i + 1;
    }
  }
  flush(end);
  // suffix shared by a list: 北辰、南开、武清区政府 → 北辰区政府、南开区政府、武清区政府
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (ORG_END.test(it.name) || it.name.length > 4 || isCollective(it.name)) continue;
    for (let k = i + 1; k < items.length; k++) {
      const m = items[k]!.name.match(/(区|县|市|镇|乡)(人民政府|政府|管委会)$/);
      if (m && items[k]!.name.length - m[0].length >= 2) {
        it.name = it.name + m[0];
        break;
      }
      if (ORG_END.test(items[k]!.name)) break;
    }
  }
  return items;
}

function toMentions(
  text: string,
  items: Item[],
  role: Role,
  out: ResponsibilityClause,
  stems: string[],
): void {
  const restored = restoreElided(
    items.map((i) => i.name),
    stems,
  );
  items.forEach((it, k) => {
    if (isCollective(it.name)) {
      out.collectives.push({ name: it.name, start: it.start, end: it.end });
      return;
    }
    if (!plausibleName(it.name)) return;
    out.mentions.push({ name: restored[k]!, surface: text.slice(it.start, it.end), role, start: it.start, end: it.end });
  });
}

/**
 * Parses the content of one clause (inside a bracket or a whole line) at [start, end).
 * Returns undefined when the content is not a responsibility clause (e.g. （社会服务机构）, （高新区、经开区）).
 */
export function parseClause(text: string, norm: string, start: number, end: number, stems = loadLexicon().stems): ResponsibilityClause | undefined {
  const content = norm.slice(start, end);
  const out: ResponsibilityClause = { start, end, mentions: [], collectives: [] };

  // 1. labelled: 牵头部门：A，责任部门：B、C / 牵头单位：A；配合单位：B
  const labels = [...content.matchAll(LABEL)].filter((m) => {
    // a label starts the content or follows a separator
    const before = content.slice(0, m.index).trimEnd();
    return before === '' || /[,;，；、\s]$/.test(before);
  });
  if (labels.length > 0) {
    const hasLead = labels.some((m) => LEAD_WORDS.includes(m[1]!));
    labels.forEach((m, i) => {
      const segStart = start + m.index! + m[0].length;
      const segEnd = i + 1 < labels.length ? start + labels[i + 1]!.index! : end;
      let e = segEnd;
      while (e > segStart && /[,;\s]/.test(norm[e - 1]!)) e--;
      toMentions(text, splitList(text, norm, segStart, e), roleOfWord(m[1]!, hasLead), out, stems);
    });
    return out.mentions.length + out.collectives.length > 0 ? out : undefined;
  }

  // 2. verb-final segments: A、B按职责分工负责 / A负责 / A牵头，B、C配合
  const segs: Span[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || norm[i] === ';' || norm[i] === ',') {
      if (i > s) segs.push({ start: s, end: i });
      s = i + 1;
    }
  }
  const VERB = /(?:按照?职责分工|按照?职责|分别|共同|具体)?(负责|牵头|配合|参与|协助|协同配合|协同)(?:落实|实施)?\s*$/;
  const parsed: { seg: Span; role: Role }[] = [];
  let hasLead = false;
  for (const seg of segs) {
    const m = norm.slice(seg.start, seg.end).match(VERB);
    if (!m) return undefined; // every segment must carry its verb, else this is not a responsibility clause
    const verb = m[1]!;
    const role: Role = verb === '牵头' ? 'lead' : verb === '负责' ? 'responsible' : 'support';
    if (role === 'lead') hasLead = true;
    parsed.push({ seg: { start: seg.start, end: seg.end - m[0].length }, role });
  }
  if (parsed.length === 0) return undefined;
  for (const p of parsed) {
    const items = splitList(text, norm, p.seg.start, p.seg.end);
    // every item must look like a name, and most like an organisation (not a clause such as 由企业自主负责)
    if (items.length === 0 || !items.every((it) => isCollective(it.name) || plausibleName(it.name))) return undefined;
    if (items.filter((it) => isCollective(it.name) || ORG_END.test(it.name)).length * 2 < items.length) return undefined;
    toMentions(text, items, p.role === 'responsible' && hasLead ? 'support' : p.role, out, stems);
  }
  return out.mentions.length + out.collectives.length > 0 ? out : undefined;
}

/** Balanced ( … ) groups (after normalisation, so （） too) inside [start, end), outermost only. */
export function bracketGroups(norm: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let open = -1;
  for (let i = start; i < end; i++) {
    const c = norm[i];
    if (c === '(') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === ')' && depth > 0) {
      depth--;
      if (depth === 0) out.push({ start: open, end: i + 1 });
    } else if (c === '\n') {
      depth = 0; // brackets never span lines in this genre; recover from unbalanced ones
    }
  }
  return out;
}

// 主办单位 is a web-page footer label, never a responsibility line
const LINE_LABEL = new RegExp(`^\\s*(?:牵头|主责|责任|${SUPPORT_WORDS.join('|')})(?:部门|单位|处室|科室)\\s*:`);

/**
 * All responsibility clauses inside [start, end) of a document: bracketed ones anywhere, and
 * unbracketed labelled lines (责任单位：A、B). Each clause's span covers its brackets.
 */
export function findResponsibilities(text: string, norm: string, start: number, end: number, stems = loadLexicon().stems): ResponsibilityClause[] {
  const clauses: ResponsibilityClause[] = [];
  const groups = bracketGroups(norm, start, end);
  for (const g of groups) {
    const c = parseClause(text, norm, g.start + 1, g.end - 1, stems);
    if (c) clauses.push({ ...c, start: g.start, end: g.end });
  }
  // unbracketed labelled lines (or line tails)
  let ls = start;
  while (ls < end) {
    let le = norm.indexOf('\n', ls);
    if (le < 0 || le > end) le = end;
    const line = norm.slice(ls, le);
    const m = line.match(LINE_LABEL);
    if (m && !groups.some((g) => g.start <= ls + m.index! && ls + m.index! < g.end)) {
      let a = ls;
      while (a < le && /\s/.test(norm[a]!)) a++;
      let b = le;
      while (b > a && /[\s。.;]/.test(norm[b - 1]!)) b--;
      const c = parseClause(text, norm, a, b, stems);
      if (c) clauses.push(c);
    }
    ls = le + 1;
  }
  return clauses.sort((a, b) => a.start - b.start);
}

/** Department list of a table cell, all with one role (the 分工表's 责任部门 column → city). */
export function parseCell(text: string, norm: string, start: number, end: number, role: Role, stems = loadLexicon().stems): ResponsibilityClause {
  const out: ResponsibilityClause = { start, end, mentions: [], collectives: [] };
  toMentions(text, splitList(text, norm, start, end), role, out, stems);
  return out;
}
