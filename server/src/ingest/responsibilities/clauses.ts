// One responsibility clause read from its words: labelled (牵头部门：A，责任部门：B、C), verb-final
// (A牵头，B、C配合 / A、B按职责分工负责), or a 分工表 cell. Roles: lead, support, responsible (and city,
// given by a table column).
import type { Role } from '../../model.ts';
import { isCollective, ORG_END, plausibleName, splitList, toMentions, type Item, type ResponsibilityClause } from './lists.ts';
import type { Span } from '../types.ts';

export const LEAD_WORDS = ['牵头', '主责', '主办', '组长'];
export const SUPPORT_WORDS = ['配合', '协办', '参与', '参加', '协同', '协助', '协调'];
const RESPONSIBLE_WORDS = ['责任', '负责', '承办', '实施', '落实', '主体'];
/** Qualifiers a label may carry: 主要责任单位, 具体责任单位, 市级责任单位 */
export const LABEL_QUALIFIER = '(?:主要|具体|其他|市级|区级|县级|省级)?';
/** 牵头 → 牵\s*头: labels typed with blanks between the characters (牵 头 单 位：) */
export const spaced = (w: string) => [...w].join('\\s*');
export const LABEL_SUFFIXES = ['部门', '单位', '处室', '科室', '主体', '机构'];
// groups: 1 word, 2 suffix, 3 colon after the suffix (may be lost in conversion: 牵头单位市科技局), 4 colon after a bare word
const LABEL = new RegExp(
  `${LABEL_QUALIFIER}(${[...LEAD_WORDS, ...SUPPORT_WORDS, ...RESPONSIBLE_WORDS].map(spaced).join('|')})\\s*(?:(${LABEL_SUFFIXES.map(spaced).join('|')})\\s*(:?)|(:))`,
  'g',
);
const wordOf = (m: RegExpMatchArray) => m[1]!.replace(/\s+/g, '');

export function roleOfWord(word: string, hasLead: boolean): Role {
  if (LEAD_WORDS.includes(word)) return 'lead';
  if (SUPPORT_WORDS.includes(word)) return 'support';
  return hasLead ? 'support' : 'responsible';
}

/**
 * Parses the content of one clause (inside a bracket or a whole line) at [start, end).
 * Returns undefined when the content is not a responsibility clause (e.g. （社会服务机构）, （高新区、经开区）).
 */
export function parseClause(text: string, norm: string, start: number, end: number, stems: string[]): ResponsibilityClause | undefined {
  const content = norm.slice(start, end);
  const out: ResponsibilityClause = { start, end, mentions: [], collectives: [] };

  // 1. labelled: 牵头部门：A，责任部门：B、C / 牵头单位：A；配合单位：B
  let labels = [...content.matchAll(LABEL)].filter((m) => {
    // a label starts the content or follows a separator
    const before = content.slice(0, m.index);
    return before.trim() === '' || /[,;，；、\s]$/.test(before);
  });
  // a label whose colon was lost (牵头单位市工信局) counts only when what follows is a list of bodies
  const colonless = (m: RegExpMatchArray) => m[2] !== undefined && !m[3];
  if (labels.some(colonless)) {
    const ok = labels.every((m, i) => {
      if (!colonless(m)) return true;
      const a = start + m.index! + m[0].length;
      const b = i + 1 < labels.length ? start + labels[i + 1]!.index! : end;
      const items = splitList(text, norm, a, b).filter((it) => !/^[,;\s]*$/.test(it.name));
      return items.length > 0 && items.every((it) => isCollective(it.name) || (plausibleName(it.name) && ORG_END.test(it.name.replace(/[,;，；。]+$/, ''))));
    });
    if (!ok) labels = labels.filter((m) => !colonless(m));
  }
  if (labels.length > 0) {
    const hasLead = labels.some((m) => LEAD_WORDS.includes(wordOf(m)));
    labels.forEach((m, i) => {
      const segStart = start + m.index! + m[0].length;
      let segEnd = i + 1 < labels.length ? start + labels[i + 1]!.index! : end;
      // another kind of label (完成时限：…, 责任领导：…) ends the list
      const other = norm.slice(segStart, segEnd).match(OTHER_LABEL);
      if (other) segEnd = segStart + other.index! + 1;
      let e = segEnd;
      while (e > segStart && /[,;\s]/.test(norm[e - 1]!)) e--;
      const labelRole = roleOfWord(wordOf(m), hasLead);
      // 责任单位：A牵头，B、C配合 / 责任单位：A、B按职责分工负责 — the list carries its own verbs
      const seg = norm.slice(segStart, e);
      if (VERB_INSIDE.test(seg) || VERB_END.test(seg)) {
        const inner = parseVerbClause(text, norm, segStart, e, stems);
        if (inner) {
          const own = !LEAD_WORDS.includes(wordOf(m)) && !SUPPORT_WORDS.includes(wordOf(m));
          for (const x of inner.mentions) out.mentions.push({ ...x, role: own && x.role !== 'responsible' ? x.role : labelRole });
          out.collectives.push(...inner.collectives);
          return;
        }
      }
      toMentions(text, splitList(text, norm, segStart, e), labelRole, out, stems);
    });
    return out.mentions.length + out.collectives.length > 0 ? out : undefined;
  }
  return parseVerbClause(text, norm, start, end, stems);
}

const VERB_INSIDE = /(?:牵头|配合|参与|参加|协助|协同)\s*(?:[,;]|$)/;
const VERB_END = /(?:负责|落实|实施)\s*$/;
const TIME_SEG = /(?:\d{4}\s*年|年底|年内|月底|季度|长期|持续|常态化|按年度|每年)/;
/** A label that is not about departments, after a separator: ；完成时限：… ，责任领导：… */
const OTHER_LABEL = /[,;][\u4e00-\u9fa5]{2,8}\s*:/;

/** Verb-final lists at [start, end): A、B按职责分工负责 / A牵头，B、C配合. Undefined when not one. */
export function parseVerbClause(text: string, norm: string, start: number, end0: number, stems: string[], strict = false): ResponsibilityClause | undefined {
  const out: ResponsibilityClause = { start, end: end0, mentions: [], collectives: [] };
  // （A、B按职责分工负责。）: sentence punctuation before the closing bracket
  let end = end0;
  while (end > start && /[\s。.;,]/.test(norm[end - 1]!)) end--;

  // 2. verb-final segments: A、B按职责分工负责 / A负责 / A牵头，B、C配合 / A、B负责，各区政府落实.
  // A segment without its own verb shares the verb of the next one (A牵头，B、C，各市人民政府参与).
  const segs: Span[] = [];
  let s = start;
  let depth = 0;
  for (let i = start; i <= end; i++) {
    const c = norm[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (i === end || (depth === 0 && (c === ';' || c === ','))) {
      if (i > s) segs.push({ start: s, end: i });
      s = i + 1;
    }
  }
  const VERB = /(?:(?:按照?|依照?|根据|依据)(?:各自)?(?:职责分工|职能分工|职责|职能|分工)|分别|共同|具体|各自)?(牵头负责|负责|牵头|配合|参与|参加|协助|协同配合|协同|落实|各负其责)(?:落实|实施)?\s*$/;
  const parsed: { segs: Span[]; role: Role; implied?: boolean }[] = [];
  let pending: Span[] = [];
  let hasLead = false;
  for (const seg of segs) {
    const segText = norm.slice(seg.start, seg.end).trim();
    // 完成时限：持续推进 and the like
    if (/^[\u4e00-\u9fa5]{2,8}\s*:/.test(segText)) continue;
    // a deadline after the bodies: 2024年底前完成, 长期坚持, 持续推进
    if (TIME_SEG.test(segText) && !ORG_END.test(segText)) continue;
    const m = norm.slice(seg.start, seg.end).match(VERB);
    if (!m) {
      pending.push(seg);
      continue;
    }
    const verb = m[1]!;
    const role: Role = verb === '牵头' || verb === '牵头负责' ? 'lead' : verb === '负责' || verb === '落实' || verb === '各负其责' ? 'responsible' : 'support';
    if (role === 'lead') hasLead = true;
    const body = { start: seg.start, end: seg.end - m[0].length };
    // A会同B负责: A leads, B assists
    const with_ = norm.indexOf('会同', body.start);
    if (with_ > body.start && with_ + 2 < body.end) {
      hasLead = true;
      parsed.push({ segs: [...pending, { start: body.start, end: with_ }], role: 'lead' });
      parsed.push({ segs: [{ start: with_ + 2, end: body.end }], role: 'support' });
    } else parsed.push({ segs: [...pending, body], role });
    pending = [];
  }
  // （A牵头，B、C）: the bodies listed after a lead without a verb of their own assist it
  if (pending.length > 0 && hasLead) {
    parsed.push({ segs: pending, role: 'support', implied: true });
    pending = [];
  }
  // every list must end with its verb, else this is not a responsibility clause
  if (parsed.length === 0 || pending.length > 0) return undefined;
  for (const p of parsed) {
    const items = p.segs.flatMap((sg) => splitList(text, norm, sg.start, sg.end));
    // every item must look like a name, and most like an organisation (not a clause such as 由企业自主负责);
    // a verbless tail after a lead that is not a list of bodies is just dropped
    const names = items.length > 0 && items.every((it) => isCollective(it.name) || plausibleName(it.name));
    const orgCount = items.filter((it) => isCollective(it.name) || ORG_END.test(it.name)).length;
    // strict (a plain sentence, no bracket or label to vouch for it): every item is a body, named as such
    const orgs = strict ? items.every(looksLikeBody) : orgCount * 2 >= items.length;
    if (!names || !orgs) {
      if (strict) return undefined;
      if (p.implied) continue;
      return undefined;
    }
    toMentions(text, items, p.role === 'responsible' && hasLead ? 'support' : p.role, out, stems);
  }
  return out.mentions.length + out.collectives.length > 0 ? out : undefined;
}

/** A department or a collective of them, as a plain sentence names it (not 成立…领导小组 or 统筹推进各项任务). */
function looksLikeBody(it: Item): boolean {
  // (上述措施由市科技局: a subject and 由 in front of the body, not a body)
  if (it.name.length > 20 || /(成立|建立|组建|设立|推进|推动|统筹|加强|开展|组织|实施|落实|支持|鼓励|引导|完善|制定|做好|任务|工作|措施|条款|事项)/.test(it.name) || /.由/.test(it.name)) return false;
  if (isCollective(it.name)) return /^各/.test(it.name) || /(有关|相关)(部门|单位)$/.test(it.name);
  return ORG_END.test(it.name);
}

/** Department list of a table cell, all with one role (the 分工表's 责任部门 column → city). */
export function parseCell(text: string, norm: string, start: number, end: number, role: Role, stems: string[]): ResponsibilityClause {
  // a cell that says who leads: 省工业和信息化厅牵头，省发展改革委、省财政厅配合 / A、B按职责分工负责
  let e = end;
  while (e > start && /[\s。.;,]/.test(norm[e - 1]!)) e--;
  const cell = norm.slice(start, e);
  if (VERB_INSIDE.test(cell) || VERB_END.test(cell)) {
    const inner = parseVerbClause(text, norm, start, e, stems);
    if (inner) {
      const roleOf = (r: Role): Role => (role === 'city' ? 'city' : r === 'responsible' ? role : r);
      return { start, end, mentions: inner.mentions.map((x) => ({ ...x, role: roleOf(x.role) })), collectives: inner.collectives };
    }
  }
  const out: ResponsibilityClause = { start, end, mentions: [], collectives: [] };
  toMentions(text, splitList(text, norm, start, end), role, out, stems);
  return out;
}
