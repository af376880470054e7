// Assignments written inside a measure's sentences when it has no bracket or label: 由A牵头，会同B…,
// A会同B推进…, A牵头，B配合，…, X由A负责V. Read strictly: department-like names only.
import type { Role } from '../../model.ts';
import { isBracketAlias, toMentions, type CollectiveMention, type Item, type ResponsibilityClause } from './lists.ts';
import type { Span } from '../types.ts';

export interface InlineClause extends ResponsibilityClause {
  inline: true;
}

/** What may follow a department's name in a running list or assignment. */
const FOLLOWS_NAME = /^(?:$|、|和|及|与|以及|等|\(|按照?职责|具体|要|牵头|主责|负责|会同|联合|配合|参与|参加|协助|协同|共同)/;

/** A department list in running text at `p`: 市发改委、市财政局等部门 / 县农业农村局、县供销社. */
function runningList(
  text: string,
  norm: string,
  p: number,
  limit: number,
  isDept: (name: string) => boolean,
): { items: Item[]; collectives: CollectiveMention[]; end: number } | undefined {
  const items: Item[] = [];
  const collectives: CollectiveMention[] = [];
  let i = p;
  for (;;) {
    // the shortest name that the list goes on after (、和 …, a verb, 等, its alias bracket, the clause end):
    // 市发展改革委员会 is not cut at 市发展改革委, 县投资促进中心引进… is cut after 中心
    // failing that (the last item before the action: 会同市教育局推进…), the shortest name not cut
    // inside a word (市发展改革委|员会)
    let len = 0;
    const max = Math.min(20, limit - i);
    for (let l = 3; l <= max && !len; l++) if (FOLLOWS_NAME.test(norm.slice(i + l, limit)) && isDept(norm.slice(i, i + l))) len = l;
    for (let l = 3; l <= max && !len; l++) if (!/^[员会局厅办室处心部署]/.test(norm.slice(i + l, limit)) && isDept(norm.slice(i, i + l))) len = l;
    if (!len) break;
    const item: Item = { name: norm.slice(i, i + len), start: i, end: i + len };
    item.name = text.slice(i, i + len);
    i += len;
    // an alias in brackets right after the name: 区委网信办（区互联网信息办公室）
    if (norm[i] === '(') {
      const close = norm.indexOf(')', i);
      if (close > i && close < limit && close - i <= 21) {
        const inner = text.slice(i + 1, close).replace(/\s+/g, '');
        if (isBracketAlias(inner) && isDept(inner)) {
          item.alias = inner;
          i = close + 1;
        }
      }
    }
    items.push(item);
    const sep = norm.slice(i, limit).match(/^(?:、|和|及|与|以及)/);
    if (!sep) break;
    i += sep[0].length;
  }
  if (!items.length) return undefined;
  // 等部门 / 等有关部门 / 等单位 closing the list
  const tail = norm.slice(i, limit).match(/^等(?:(?:有关|相关)?(?:部门|单位))?/);
  if (tail) {
    if (tail[0].length > 1) collectives.push({ name: text.slice(i + 1, i + tail[0].length), start: i + 1, end: i + tail[0].length });
    i += tail[0].length;
  }
  return { items, collectives, end: i };
}

/** The verbs an assigning clause carries */
const ASSIGNING_VERB = /牵头|负责|会同|主责/;

/** A clause setting up a mechanism: 建立…联席会议制度, 成立…工作专班, 组建…领导小组, 建立产业链链长制 */
const MECHANISM = /(?:建立|成立|组建|设立|健全|完善|实行|推行)[^,;。]*(?:制度|机制|长制|小组|专班|会议|工作组|委员会|指挥部)/;

/** Sections whose sentences describe, never assign: 发展基础, 指导思想, 主要目标 … */
export const BACKGROUND_SECTION = /(?:发展基础|基础条件|发展现状|现状|形势|回顾|成效|成绩|背景|指导思想|基本原则|总体要求|总体思路|发展目标|主要目标|工作目标|目标任务|面临|机遇|挑战|意义|附则)/;

/**
 * Assignments written inside a measure's sentences, when the measure has no bracket or label:
 *   由市工业和信息化局牵头，会同市发展改革委、市财政局制定… → lead + support
 *   市数据局牵头，市经信局、市网信办配合，建设…            → lead + support
 *   市科技局会同市教育局推进…                               → lead + support
 *   设立产业基金，由市国资委负责组建运营。                  → responsible
 *   在武汉等地开展示范应用，省经信厅、省交通运输厅按职责分工负责。 → responsible
 * Strict by design: the list starts a clause (at a sentence start or after a comma), every item is a
 * department by the lexicon's conventions (`isDept`), the verb follows the list directly, and the clause
 * is not narrative (…出台了…) nor a relative clause (县经信局牵头编制的规划). Text inside brackets is left
 * to the bracket forms. Mentions of bodies that assign nothing (市科技局公布的名单, 经市政府同意,
 * 对经县经信局认定的企业) never match.
 */
export function findInlineAssignments(
  text: string,
  norm: string,
  start: number,
  end: number,
  isDept: (name: string) => boolean,
  stems: string[],
): InlineClause[] {
  const out: InlineClause[] = [];
  for (const sp of depthZeroSentences(norm, start, end)) {
    // only a sentence with an assigning verb can assign (cheap test before reading names)
    if (!ASSIGNING_VERB.test(norm.slice(sp.start, sp.end))) continue;
    const clauses = depthZeroClauses(norm, sp);
    const clause: InlineClause = { start: sp.start, end: sp.end, mentions: [], collectives: [], inline: true };
    for (let k = 0; k < clauses.length; k++) {
      const a = assignmentAt(text, norm, sp, clauses, k, isDept);
      if (a === 'stop') break;
      if (!a) continue;
      // (the clauses that assign, 由市经信局、市商务局负责落实: the rest of the sentence is the measure's own text)
      (clause.parts ??= []).push({ start: clauses[k]!.start, end: clauses[a.lastClause]!.end });
      toMentions(text, a.list.items, a.role, clause, stems);
      clause.collectives.push(...a.list.collectives);
      for (const sup of a.supports) {
        toMentions(text, sup.items, 'support', clause, stems);
        clause.collectives.push(...sup.collectives);
      }
      k = a.lastClause;
    }
    if (clause.mentions.length) out.push(clause);
  }
  return out;
}

/** Sentences of [start, end) outside brackets, each within one line. */
function depthZeroSentences(norm: string, start: number, end: number): Span[] {
  const sentences: Span[] = [];
  let s = start;
  let depth = 0;
  for (let i = start; i <= end; i++) {
    const c = i < end ? (norm[i] ?? '') : '\n';
    if (c === '(' || c === '【') depth++;
    else if ((c === ')' || c === '】') && depth > 0) depth--;
    if (c === '\n' || (depth === 0 && /[。;!?]/.test(c))) {
      if (i > s) sentences.push({ start: s, end: c === '\n' ? i : i + 1 });
      s = i + 1;
      if (c === '\n') depth = 0;
    }
  }
  return sentences;
}

const MARKER = /^\s*(?:\d{1,3}(?:-\d{1,3})?\s*[.、]|\(\s*[一二三四五六七八九十\d]+\s*\)|[一二三四五六七八九十]+\s*[、.]|第[一二三四五六七八九十百\d]+条|[①-⑳])\s*/;

/** Clauses of a sentence outside brackets (its leading number marker left out). */
function depthZeroClauses(norm: string, sp: Span): Span[] {
  const clauses: Span[] = [];
  let a = sp.start;
  let depth = 0;
  for (let i = sp.start; i <= sp.end; i++) {
    const c = i < sp.end ? (norm[i] ?? '') : ',';
    if (c === '(' || c === '【') depth++;
    else if ((c === ')' || c === '】') && depth > 0) depth--;
    if (depth === 0 && /[,:。;!?]/.test(c)) {
      let b = a;
      const mk = norm.slice(b, i).match(MARKER);
      if (b === sp.start && mk) b += mk[0].length;
      while (b < i && /\s/.test(norm[b] ?? '')) b++;
      if (i > b) clauses.push({ start: b, end: i });
      a = i + 1;
    }
  }
  return clauses;
}

type RunningList = NonNullable<ReturnType<typeof runningList>>;

/** What clause k assigns: the list that leads (or is responsible), the lists that assist, the last clause used. */
interface Assignment {
  list: RunningList;
  role: Role;
  supports: RunningList[];
  lastClause: number;
}

/**
 * The assignment clause k of the sentence makes, if any; 'stop' when the sentence sets up a mechanism
 * before it (who runs a mechanism just set up is not who is responsible for the measure:
 * 建立联席会议制度，由市发展改革委牵头，相关部门参加).
 */
function assignmentAt(text: string, norm: string, sp: Span, clauses: Span[], k: number, isDept: (name: string) => boolean): Assignment | 'stop' | undefined {
  const cl = clauses[k];
  if (!cl || !ASSIGNING_VERB.test(norm.slice(cl.start, cl.end))) return undefined;
  // the closing clause of a policy names who interprets it, not who carries out its last measure, also
  // with 会同 (由省工业和信息化厅会同省药品监督管理局负责解释, 本措施由市发展和改革局会同有关部门负责解释)
  if (/负责(?:对本[\u4e00-\u9fa5]{1,4})?解释/.test(norm.slice(cl.start, cl.end))) return undefined;
  if (k > 0 && MECHANISM.test(norm.slice(sp.start, cl.start))) return 'stop';
  // (一是由A牵头…；二是B负责…: enumerated parts of one measure)
  const lead = norm.slice(cl.start, cl.end).match(/^(?:[一二三四五六七八九十]是|并|同时|另外|其中)?(?:由|请|责成)?/);
  let list = runningList(text, norm, cl.start + (lead?.[0].length ?? 0), cl.end, isDept);
  // a short subject before 由: 补助资金由市财政局负责拨付 (the verb must then be 负责/牵头)
  let subject = false;
  if (!list) {
    const by = norm.slice(cl.start, cl.end).match(/^([\u4e00-\u9fa5]{1,8}?)由/);
    if (!by || /(?:按|根据|建立|成立|组建|设立|办法|细则|措施|方案|意见|规定)/.test(by[1] ?? '')) return undefined;
    list = runningList(text, norm, cl.start + by[0].length, cl.end, isDept);
    subject = true;
  }
  if (!list) return undefined;
  const rest = norm.slice(list.end, cl.end);
  if (subject && !/^(?:具体)?(?:牵头负责|牵头|负责)/.test(rest)) return undefined;
  // 会同: the first list leads, the second assists: 市科技局会同市教育局推进… / 由A牵头，会同B
  const said = rest.match(/^(?:将|要|应|须|需)?(?:按照?职责分工|按照?职责|具体|共同|分别)?(牵头负责|牵头|主责|负责|会同)/);
  // A为牵头单位(，B为配合单位) / A为责任单位
  const named = rest.match(/^为(牵头|主责|责任)(?:单位|部门)/);
  const verb = named ? { len: named[0].length, word: named[1] === '责任' ? '负责' : '牵头' } : said ? { len: said[0].length, word: said[1] ?? '' } : undefined;
  if (!verb) return undefined;
  const after = rest.slice(verb.len);
  // narrative (出台了), a relative clause (牵头编制的规划), a past count (已…)
  // and the closing clause of a policy (由市科技局负责解释)
  // (负责本细则的组织实施 / 负责全区的… name an object, not a relative clause)
  const relative = /^[\u4e00-\u9fa5]{0,6}的/.test(after) && !/^(?:本|该|此|全|各|有关|相关)/.test(after);
  // (负责人表示, 负责同志: a person, not a task)
  if (/了/.test(norm.slice(cl.start, cl.end)) || relative || /^(?:已|解释|修订|另行|人|同志)/.test(after)) return undefined;
  const out: Assignment = { list, role: verb.word === '负责' ? 'responsible' : 'lead', supports: [], lastClause: k };
  // 由A牵头、B配合，… — the assisting list in the same clause
  if (verb.word !== '会同' && after.startsWith('、')) {
    const l2 = runningList(text, norm, list.end + verb.len + 1, cl.end, isDept);
    if (l2 && /^(?:按照?职责分工)?(?:配合|参与|参加|协助|协同)/.test(norm.slice(l2.end, cl.end))) out.supports.push(l2);
  }
  if (verb.word === '会同') {
    const second = runningList(text, norm, list.end + verb.len, cl.end, isDept);
    const coll = norm.slice(list.end + verb.len, cl.end).match(/^(?:(?:有关|相关)(?:部门|单位)|各[\u4e00-\u9fa5]{1,10}?(?:部门|单位|政府|管委会))/);
    if (second) out.supports.push(second);
    else if (!coll) return undefined;
    out.role = 'lead';
    return out;
  }
  // the clauses that follow: ，会同B、C… (right after the verb only) / ，B、C配合 / ，B、C按职责分工参与
  for (let j = k + 1; j < clauses.length; j++) {
    const nx = clauses[j];
    if (!nx) break;
    const hui = after === '' ? norm.slice(nx.start, nx.end).match(/^(?:会同|联合)/) : null;
    const l2 = runningList(text, norm, nx.start + (hui ? hui[0].length : 0), nx.end, isDept);
    if (!l2) break;
    const r2 = norm.slice(l2.end, nx.end);
    if (!hui && !/^(?:按照?职责分工)?(?:配合|参与|参加|协助|协同|协同配合|共同)|^为(?:配合|参与|参加|协办|协助|责任)(?:单位|部门)/.test(r2)) break;
    out.supports.push(l2);
    if (hui) out.role = 'lead';
    out.lastClause = j;
  }
  return out;
}
