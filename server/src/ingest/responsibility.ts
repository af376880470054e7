// Responsibility clauses: who is responsible for a measure, in every form the genre uses.
//   (责任部门:A、B)                       → responsible
//   （牵头部门：A，责任部门：B、C）          → A lead, B/C support
//   （牵头单位：A；配合单位：B）            → lead / support (also 参与/协办/协同/协助 → support)
//   （责任单位：…）                         → responsible (support when a 牵头 part is present)
//   （A、B按职责分工负责） （A负责）          → responsible
//   （A牵头，B、C配合）                     → lead / support
//   【牵头单位：A；配合单位：B】 （A、B负责，各区政府落实） （A牵头，B、C，各市人民政府参与）
// and the same without brackets: on a line of its own (责任单位：A、B), on consecutive lines
// (牵头单位：A⏎责任单位：B → B support), parts separated only by spaces (牵头单位：A  责任单位：B),
// at the tail of a measure line (…。责任单位：A、B), or in a bracket whose closing half was lost.
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
  /** 以上措施责任单位：… — the clause covers the measures listed above it, not only its own. */
  scope?: 'preceding';
}

const LEAD_WORDS = ['牵头', '主责', '主办', '组长'];
const SUPPORT_WORDS = ['配合', '协办', '参与', '协同', '协助', '协调'];
const RESPONSIBLE_WORDS = ['责任', '承办', '实施', '落实', '主体'];
/** Qualifiers a label may carry: 主要责任单位, 具体责任单位, 市级责任单位 */
const LABEL_QUALIFIER = '(?:主要|具体|其他|市级|区级|县级|省级)?';
/** 牵头 → 牵\s*头: labels typed with blanks between the characters (牵 头 单 位：) */
const spaced = (w: string) => [...w].join('\\s*');
const LABEL_SUFFIXES = ['部门', '单位', '处室', '科室', '主体', '机构'];
// groups: 1 word, 2 suffix, 3 colon after the suffix (may be lost in conversion: 牵头单位市科技局), 4 colon after a bare word
const LABEL = new RegExp(
  `${LABEL_QUALIFIER}(${[...LEAD_WORDS, ...SUPPORT_WORDS, ...RESPONSIBLE_WORDS].map(spaced).join('|')})\\s*(?:(${LABEL_SUFFIXES.map(spaced).join('|')})\\s*(:?)|(:))`,
  'g',
);
const wordOf = (m: RegExpMatchArray) => m[1]!.replace(/\s+/g, '');

function roleOfWord(word: string, hasLead: boolean): Role {
  if (LEAD_WORDS.includes(word)) return 'lead';
  if (SUPPORT_WORDS.includes(word)) return 'support';
  return hasLead ? 'support' : 'responsible';
}

/** Collective phrases: not a department (各开发区, 各相关招商部门, 区自主创新工作领导小组各成员单位 …). */
export function isCollective(name: string): boolean {
  const n = name.trim();
  if (!n) return false;
  // 各X anywhere: 各开发区, 滨海新区各开发区管委会, 省直各执法部门 (no body's own name has 各 in it)
  if (/各/.test(n)) return true;
  // 市有关部门和单位, 其他相关职能部门
  if (/(有关|相关|其他)[\u4e00-\u9fa5]{0,8}(部门|单位|机构)$/.test(n)) return true;
  if (/(成员单位|相关单位|有关单位|有关部门|相关部门|职能部门|责任单位|招商部门|相关委办局|等单位|等部门)$/.test(n)) return true;
  // 市、区两级政府
  if (/(两级|三级)/.test(n)) return true;
  if (/的.*(单位|部门|机构|企业)$/.test(n)) return true;
  return false;
}

/** Plausible as an organisation name in a list: short, no sentence punctuation. */
function plausibleName(n: string): boolean {
  return n.length >= 2 && n.length <= 30 && !/[。:!?“”"]/.test(n);
}

const ORG_END = /(局|厅|委|委员会|办|办公室|部|处|署|院|所|中心|会|组|室|队|站|公司|集团|政府|行|园|馆|台|社|庭|校|学|团|盟|区|科|人|县|市|镇|街道|分局|支队|大队|协|联|联合会|关|办事处)$/;

/** A body named only by its kind (街道办事处, 乡镇人民政府, 管委会): collective after a 各 item. */
const GENERIC_UNIT = /^(?:乡镇|乡|镇|街道|街|社区|村|园区|开发区|功能区|区|县|市|旗)?(?:[(（][^)）]*[)）])?(?:人民政府|政府|街道办事处|办事处|管委会|管理委员会|村委会|居委会|部门|单位)$/;

interface Item extends Span {
  name: string;
  /** Role marked on the item itself: 市工信局（牵头） */
  role?: Role;
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
    // a role marked after the name: 市工信局（牵头）
    let role: Role | undefined;
    const marked = norm.slice(a, b).match(/\((牵头|主责|负责|配合|参与|协办|协助)\)$/);
    if (marked && b - a - marked[0].length >= 2) {
      role = marked[1] === '牵头' || marked[1] === '主责' ? 'lead' : marked[1] === '负责' ? 'responsible' : 'support';
      b -= marked[0].length;
      while (b > a && /\s/.test(norm[b - 1]!)) b--;
    }
    // an alias in brackets after the name: 市场监管局（知识产权局）, 区科委（中关村科学城管委会）
    if (norm[b - 1] === ')') {
      const open = norm.lastIndexOf('(', b - 1);
      if (open - a >= 2 && ORG_END.test(norm.slice(a, open).trim()) && !/^各/.test(norm.slice(a, open).trim())) {
        b = open;
        while (b > a && /\s/.test(norm[b - 1]!)) b--;
      }
    }
    let raw = text.slice(a, b);
    const tail = raw.match(/等(?:部门|单位)?$/);
    if (tail && raw.length - tail[0].length >= 2) {
      b -= tail[0].length;
      raw = text.slice(a, b);
    }
    if (b <= a) return;
    // names separated only by blanks: 市工信局  市国资委 (a stray blank inside one name stays: 市 科技局)
    const parts = [...norm.slice(a, b).matchAll(/\S+/g)];
    if (parts.length > 1 && parts.every((p) => p[0].length >= 3 && ORG_END.test(p[0]) && !/(省|市|区|县|镇|乡)$/.test(p[0]))) {
      for (const p of parts) items.push({ name: text.slice(a + p.index!, a + p.index! + p[0].length), start: a + p.index!, end: a + p.index! + p[0].length });
      return;
    }
    items.push(role ? { name: raw.replace(/\s+/g, ''), start: a, end: b, role } : { name: raw.replace(/\s+/g, ''), start: a, end: b });
  };
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = norm[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '\n' || (depth === 0 && '、,;/'.includes(c))) {
      depth = 0;
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
  // zones sharing the body of the last one: 天津经济技术开发区、滨海高新区、东疆综保区管委会 /
  // 西青区、东丽区人民政府 → each zone's 管委会 / 人民政府
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (!ZONE_END.test(it.name) || isCollective(it.name) || it.name.length < 3) continue;
    for (let k = i + 1; k < items.length; k++) {
      const next = items[k]!.name;
      const m = next.match(ZONE_BODY);
      if (m && ZONE_END.test(next.slice(0, next.length - m[0].length))) {
        it.name = it.name + m[0];
        break;
      }
      if (!ZONE_END.test(next) || isCollective(next)) break;
    }
  }
  return items;
}

const ZONE_END = /(?:区|县|市|旗|新城|园区|开发区|高新区|保税区|综保区|自贸区|示范区|合作区|试验区)$/;
const ZONE_BODY = /(?:人民政府|政府|管委会|管理委员会)$/;

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
  let distributive = false;
  const markedLead = items.some((it) => it.role === 'lead');
  items.forEach((it, k) => {
    // 各乡镇人民政府、街道办事处: 各 distributes over the generic bodies that follow it
    if (isCollective(it.name) || (distributive && GENERIC_UNIT.test(it.name))) {
      if (/^各/.test(it.name)) distributive = true;
      out.collectives.push({ name: it.name, start: it.start, end: it.end });
      return;
    }
    distributive = false;
    if (!plausibleName(it.name)) return;
    // 市工信局（牵头）、市科技局: beside an item marked as lead the others assist
    const r = it.role ?? (role === 'responsible' && markedLead ? 'support' : role);
    out.mentions.push({ name: restored[k]!, surface: text.slice(it.start, it.end), role: r, start: it.start, end: it.end });
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

const VERB_INSIDE = /(?:牵头|配合|参与|协助|协同)\s*(?:[,;]|$)/;
const VERB_END = /(?:负责|落实|实施)\s*$/;
const TIME_SEG = /(?:\d{4}\s*年|年底|年内|月底|季度|长期|持续|常态化|按年度|每年)/;
/** A label that is not about departments, after a separator: ；完成时限：… ，责任领导：… */
const OTHER_LABEL = /[,;][\u4e00-\u9fa5]{2,8}\s*:/;

/** Verb-final lists at [start, end): A、B按职责分工负责 / A牵头，B、C配合. Undefined when not one. */
function parseVerbClause(text: string, norm: string, start: number, end0: number, stems: string[], strict = false): ResponsibilityClause | undefined {
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
  const VERB = /(?:按照?职责分工|按照?职责|分别|共同|具体)?(牵头负责|负责|牵头|配合|参与|协助|协同配合|协同|落实)(?:落实|实施)?\s*$/;
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
    const role: Role = verb === '牵头' || verb === '牵头负责' ? 'lead' : verb === '负责' || verb === '落实' ? 'responsible' : 'support';
    if (role === 'lead') hasLead = true;
    parsed.push({ segs: [...pending, { start: seg.start, end: seg.end - m[0].length }], role });
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

export interface BracketGroup extends Span {
  /** The closing bracket was lost: the group runs to the end of its line. */
  unclosed?: boolean;
}

/**
 * Balanced ( … ) and 【 … 】 groups (after normalisation, so （） too) inside [start, end), outermost
 * only. Brackets never span lines in this genre: a bracket still open at the end of its line (its
 * closing half lost in conversion) is returned as an unclosed group up to the line end.
 */
export function bracketGroups(norm: string, start: number, end: number): BracketGroup[] {
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

/** A department or a collective of them, as a plain sentence names it (not 成立…领导小组 or 统筹推进各项任务). */
function looksLikeBody(it: Item): boolean {
  if (it.name.length > 20 || /(成立|建立|组建|设立|推进|推动|统筹|加强|开展|组织|实施|落实|支持|鼓励|引导|完善|制定|做好|任务|工作)/.test(it.name)) return false;
  if (isCollective(it.name)) return /^各/.test(it.name) || /(有关|相关)(部门|单位)$/.test(it.name);
  return ORG_END.test(it.name);
}

/** A sentence that ends like a responsibility clause: …牵头，…配合。 / …按职责分工负责。 */
const SENTENCE_VERB = /(?:牵头|配合|参与|协助|负责|落实)[。]?\s*$/;

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

const LABEL_WORDS = `${LABEL_QUALIFIER}(?:${['牵头', '主责', '责任', ...SUPPORT_WORDS].map(spaced).join('|')})\\s*(?:${LABEL_SUFFIXES.slice(0, 5).map(spaced).join('|')})\\s*:`;
// 主办单位 is a web-page footer label, never a responsibility line
const LINE_LABEL = new RegExp(`^\\s*${LABEL_WORDS}`);
/** 以上措施责任单位：… / 上述条款牵头部门：… — a note assigning the measures listed above it */
const ABOVE_LABEL = new RegExp(`^\\s*(?:以上|上述)[\\u4e00-\\u9fa5]{0,6}?(?=${LABEL_WORDS})`);
/** A label after the last sentence of a measure line: …给予补助。责任单位：A、B */
const TAIL_LABEL = new RegExp(`[。;!?]\\s*(?=${LABEL_WORDS})`, 'g');

/**
 * All responsibility clauses inside [start, end) of a document: bracketed ones anywhere, and
 * unbracketed labelled parts: a line of its own (责任单位：A、B), consecutive labelled lines read as one
 * clause (牵头单位：A⏎责任单位：B), or the tail of a line after its last sentence. Each clause's span
 * covers its brackets.
 */
export function findResponsibilities(text: string, norm: string, start: number, end: number, stems = loadLexicon().stems): ResponsibilityClause[] {
  const clauses: ResponsibilityClause[] = [];
  const groups = bracketGroups(norm, start, end);
  for (const g of groups) {
    const c = parseClause(text, norm, g.start + 1, g.unclosed ? g.end : g.end - 1, stems);
    if (c) clauses.push({ ...c, start: g.start, end: g.end });
  }
  const inGroup = (i: number) => groups.some((g) => g.start <= i && i < g.end);
  // a plain sentence that is nothing but a responsibility clause: …扩大产能规模。县经信局牵头，县发改局配合。
  for (const sp of plainSentences(norm, start, end)) {
    if (inGroup(sp.start) || !SENTENCE_VERB.test(norm.slice(sp.start, sp.end))) continue;
    const c = parseVerbClause(text, norm, sp.start, sp.end, stems, true);
    if (c && c.mentions.length > 0) clauses.push({ ...c, start: sp.start, end: sp.end });
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

/** Department list of a table cell, all with one role (the 分工表's 责任部门 column → city). */
export function parseCell(text: string, norm: string, start: number, end: number, role: Role, stems = loadLexicon().stems): ResponsibilityClause {
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
