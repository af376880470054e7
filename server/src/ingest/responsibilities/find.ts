// Where responsibility clauses are in a measure's text: in brackets anywhere (（责任单位：…）, 【牵头单位】A),
// at the end of a line with no role word (（市发改局、市工信局） / ——市工信局), as a plain sentence
// (县经信局牵头，县发改局配合。), and unbracketed labelled parts (a line of its own, consecutive
// labelled lines read as one clause, or the tail of a line after its last sentence), including notes
// on the measures above (以上措施责任单位：…).
import { isDepartmentName } from '../departments/names.ts';
import type { Lexicon } from '../lexicon/index.ts';
import type { Span } from '../types.ts';
import { LABEL_QUALIFIER, LEAD_WORDS, parseClause, parseVerbClause, roleOfWord, spaced, SUPPORT_WORDS, LABEL_SUFFIXES } from './clauses.ts';
import { isCollective, splitList, toMentions, type ResponsibilityClause } from './lists.ts';

export interface BracketGroup extends Span {
  /** The closing bracket was lost: the group runs to the end of its line. */
  unclosed?: boolean;
}

/**
 * Balanced ( … ) and 【 … 】 groups (after normalisation, so （） too) inside [start, end), outermost
 * only. Brackets never span lines in this genre: a bracket still open at the end of its line (its
 * closing half lost in conversion) is returned as an unclosed group up to the line end.
 */
function bracketGroups(norm: string, start: number, end: number): BracketGroup[] {
  const out: BracketGroup[] = [];
  let depth = 0;
  let open = -1;
  const closeLine = (i: number) => {
    if (depth > 0 && open >= 0) {
      let e = i;
      while (e > open + 1 && /[\s。.;]/.test(norm[e - 1]!)) e--;
      if (e > open + 1) out.push({ start: open, end: e, unclosed: true });
    }
    depth = 0;
  };
  for (let i = start; i < end; i++) {
    const c = norm[i];
    if (c === '(' || c === '【') {
      if (depth === 0) open = i;
      depth++;
    } else if ((c === ')' || c === '】') && depth > 0) {
      depth--;
      if (depth === 0) out.push({ start: open, end: i + 1 });
    } else if (c === '\n') {
      closeLine(i);
    }
  }
  closeLine(end);
  return out;
}

/** A sentence that ends like a responsibility clause: …牵头，…配合。 / …按职责分工负责。 */
const SENTENCE_VERB = /(?:牵头|配合|参与|参加|协助|负责|落实)[。]?\s*$/;

/** Sentences of [start, end) outside brackets, each within one line, ≤ 80 characters, ending in 。 */
function plainSentences(norm: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = norm[i]!;
    if (c === '(' || c === '【') depth++;
    else if ((c === ')' || c === '】') && depth > 0) depth--;
    else if (c === '\n') {
      depth = 0;
      s = i + 1;
    } else if (depth === 0 && (c === '。' || c === ';' || c === '!' || c === '?')) {
      let a = s;
      while (a < i && /\s/.test(norm[a]!)) a++;
      // only a whole sentence: it starts a line or follows another sentence
      if (i - a > 3 && i - a <= 80 && c === '。') out.push({ start: a, end: i + 1 });
      s = i + 1;
    }
  }
  return out;
}

const LABEL_WORDS = `${LABEL_QUALIFIER}(?:${['牵头', '主责', '责任', '负责', ...SUPPORT_WORDS].map(spaced).join('|')})\\s*(?:${LABEL_SUFFIXES.slice(0, 5).map(spaced).join('|')})\\s*:`;
// 主办单位 is a web-page footer label, never a responsibility line
const LINE_LABEL = new RegExp(`^\\s*${LABEL_WORDS}`);
/** 以上措施责任单位：… / 上述条款牵头部门：… — a note assigning the measures listed above it */
const ABOVE_LABEL = new RegExp(`^\\s*(?:以上|上述)[\\u4e00-\\u9fa5]{0,6}?(?=${LABEL_WORDS})`);
/** 以上措施由 / 上述条款由 / 上述任务 — the subject of a verb-form note on the measures above (on a line of its own) */
const ABOVE_VERB = /^(?:以上|上述)[\u4e00-\u9fa5]{0,6}?(?:措施|条款|任务|事项|政策|工作)(?:均)?由?/;
/** A label after the last sentence of a measure line: …给予补助。责任单位：A、B */
const TAIL_LABEL = new RegExp(`[。;!?]\\s*(?=${LABEL_WORDS})`, 'g');

/**
 * Bodies named at the end of a measure's line with no word of their role, in brackets or after a dash:
 *   推进产业园区建设，新入园企业20家。（市发改局、市工信局）   推动技术改造。——市工信局
 * → responsible. Every item must be a department by the lexicon's conventions (isDepartmentName), so a
 * bracketed example (依托龙头企业（庆泰科技）) or a place (（高新区、经开区）) is never read as one.
 */
function attributionClauses(
  text: string,
  norm: string,
  start: number,
  end: number,
  groups: BracketGroup[],
  found: ResponsibilityClause[],
  lex: Lexicon,
): ResponsibilityClause[] {
  const out: ResponsibilityClause[] = [];
  const lineEndAfter = (i: number) => {
    const e = norm.indexOf('\n', i);
    return e < 0 || e > end ? end : e;
  };
  const take = (a: number, b: number, span: Span) => {
    const items = splitList(text, norm, a, b);
    if (!items.length || !items.every((it) => isCollective(it.name) || isDepartmentName(it.name, lex))) return;
    if (!items.some((it) => !isCollective(it.name))) return;
    const c: ResponsibilityClause = { start: span.start, end: span.end, mentions: [], collectives: [] };
    toMentions(text, items, 'responsible', c, lex.stems);
    if (c.mentions.length) out.push(c);
  };
  for (const g of groups) {
    if (g.unclosed || norm[g.start] !== '(' || found.some((c) => c.start <= g.start && g.start < c.end)) continue;
    if (norm.slice(g.end, lineEndAfter(g.end)).trim().replace(/^[。.;]/, '').trim()) continue;
    // the bracket closes a sentence: 。（A、B） / …20家（A、B）。
    if (!/[。.;]\s*$/.test(norm.slice(Math.max(start, g.start - 2), g.start)) && !/^\)\s*[。.]/.test(norm.slice(g.end - 1, g.end + 2))) continue;
    take(g.start + 1, g.end - 1, g);
  }
  for (let ls = start; ls < end; ) {
    const le = lineEndAfter(ls);
    const dash = norm.slice(ls, le).match(/[。.;]\s*(?:——|--|—)\s*([^—\-]+?)\s*$/);
    if (dash) {
      const a = ls + dash.index! + dash[0].length - dash[1]!.length - (dash[0].length - dash[0].trimEnd().length);
      const b = a + dash[1]!.length;
      if (!found.some((c) => c.start <= a && a < c.end)) take(a, b, { start: a, end: b });
    }
    ls = le + 1;
  }
  return out;
}

/** A label standing alone in its brackets: 【牵头单位】, 【责任单位】, 〔配合部门〕 */
const BRACKET_LABEL = new RegExp(`^\\s*${LABEL_QUALIFIER}(${['牵头', '主责', '责任', '负责', ...SUPPORT_WORDS].map(spaced).join('|')})\\s*(?:${LABEL_SUFFIXES.slice(0, 5).map(spaced).join('|')})\\s*$`);

/**
 * Labels written in brackets with the list after them, on one line (web-page task lists):
 * 【牵头单位】区科技局【配合单位】区经信局、区财政局 / 【责任单位】区科技局. Each list runs to the next
 * bracket on its line (another label, 【完成时限】 …) or the line end.
 */
function bracketLabelClauses(text: string, norm: string, groups: BracketGroup[], end: number, stems: string[]): ResponsibilityClause[] {
  const out: ResponsibilityClause[] = [];
  const labelled = groups
    .map((g, i) => ({ g, i, m: g.unclosed ? null : norm.slice(g.start + 1, g.end - 1).match(BRACKET_LABEL) }))
    .filter((x) => x.m);
  let k = 0;
  while (k < labelled.length) {
    // the labels of one line
    const lineEnd = (() => {
      const e = norm.indexOf('\n', labelled[k]!.g.start);
      return e < 0 || e > end ? end : e;
    })();
    const run = [];
    while (k < labelled.length && labelled[k]!.g.start < lineEnd) run.push(labelled[k++]!);
    const words = run.map((x) => x.m![1]!.replace(/\s+/g, ''));
    const hasLead = words.some((w) => LEAD_WORDS.includes(w));
    const clause: ResponsibilityClause = { start: run[0]!.g.start, end: run[0]!.g.end, mentions: [], collectives: [] };
    run.forEach((x, j) => {
      const a = x.g.end;
      // the next 【…】 on the line ends the list; a (…) after a name is its alias or role mark
      const next = groups.slice(x.i + 1).find((g) => norm[g.start] === '【' || labelled.some((l) => l.g === g));
      let b = next && next.start < lineEnd ? next.start : lineEnd;
      while (b > a && /[\s。.;,]/.test(norm[b - 1]!)) b--;
      if (b <= a) return;
      toMentions(text, splitList(text, norm, a, b), roleOfWord(words[j]!, hasLead), clause, stems);
      clause.end = b;
    });
    if (clause.mentions.length + clause.collectives.length > 0) out.push(clause);
  }
  return out;
}

/**
 * All responsibility clauses inside [start, end) of a document: bracketed ones anywhere, and
 * unbracketed labelled parts: a line of its own (责任单位：A、B), consecutive labelled lines read as one
 * clause (牵头单位：A⏎责任单位：B), or the tail of a line after its last sentence. Each clause's span
 * covers its brackets.
 */
export function findResponsibilities(text: string, norm: string, start: number, end: number, lex: Lexicon): ResponsibilityClause[] {
  const stems = lex.stems;
  const clauses: ResponsibilityClause[] = [];
  const groups = bracketGroups(norm, start, end);
  for (const g of groups) {
    const c = parseClause(text, norm, g.start + 1, g.unclosed ? g.end : g.end - 1, stems);
    if (c) clauses.push({ ...c, start: g.start, end: g.end });
  }
  clauses.push(...bracketLabelClauses(text, norm, groups, end, stems));
  clauses.push(...attributionClauses(text, norm, start, end, groups, clauses, lex));
  const inGroup = (i: number) => groups.some((g) => g.start <= i && i < g.end);
  // a plain sentence that is nothing but a responsibility clause: …扩大产能规模。县经信局牵头，县发改局配合。
  for (const sp of plainSentences(norm, start, end)) {
    if (inGroup(sp.start) || !SENTENCE_VERB.test(norm.slice(sp.start, sp.end))) continue;
    // 上述措施由市科技创新局牵头，市财政局配合。 — a note assigning the measures listed above it
    const above = norm.slice(sp.start, sp.end).match(ABOVE_VERB);
    const c = parseVerbClause(text, norm, sp.start + (above ? above[0].length : 0), sp.end, stems, true);
    if (c && c.mentions.length > 0) clauses.push(above ? { ...c, start: sp.start, end: sp.end, scope: 'preceding' } : { ...c, start: sp.start, end: sp.end });
  }
  // unbracketed labelled parts, one per line at most: [a, b) with the line they end on
  const parts: { a: number; b: number; lineStart: number; lineEnd: number; own: boolean; above: boolean }[] = [];
  let ls = start;
  while (ls < end) {
    let le = norm.indexOf('\n', ls);
    if (le < 0 || le > end) le = end;
    const line = norm.slice(ls, le);
    let a = -1;
    let above = false;
    const m = line.match(LINE_LABEL);
    const ab = m ? null : line.match(ABOVE_LABEL);
    if (m && !inGroup(ls + m.index!)) {
      a = ls;
      while (a < le && /\s/.test(norm[a]!)) a++;
    } else if (ab && !inGroup(ls)) {
      a = ls + ab[0].length;
      above = true;
    } else {
      for (const t of line.matchAll(TAIL_LABEL)) {
        const at = ls + t.index! + t[0].length;
        if (!inGroup(at)) {
          a = at;
          break;
        }
      }
    }
    if (a >= 0) {
      let b = le;
      while (b > a && /[\s。.;]/.test(norm[b - 1]!)) b--;
      if (b > a) parts.push({ a, b, lineStart: ls, lineEnd: le, own: a === ls || !norm.slice(ls, a).trim(), above });
    }
    ls = le + 1;
  }
  // a labelled line right after another one continues its clause (the lead named on the line above)
  for (let i = 0; i < parts.length; ) {
    let j = i;
    while (j + 1 < parts.length && parts[j + 1]!.own && parts[j + 1]!.lineStart === parts[j]!.lineEnd + 1) j++;
    const c = parseClause(text, norm, parts[i]!.a, parts[j]!.b, stems);
    if (c && parts[i]!.above) {
      // the note's span starts at its line (以上条款责任部门：…), so the evidence quotes it whole
      let ls0 = parts[i]!.lineStart;
      while (ls0 < parts[i]!.a && /\s/.test(norm[ls0]!)) ls0++;
      clauses.push({ ...c, start: ls0, scope: 'preceding' });
    } else if (c) clauses.push(c);
    i = j + 1;
  }
  return clauses.sort((a, b) => a.start - b.start);
}
