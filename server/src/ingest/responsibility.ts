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
// Labels alone in brackets with the list after them: 【牵头单位】A【配合单位】B、C (参加 counts as 配合).
// An alias in brackets after a name (市场监管局（知识产权局）) is kept on the mention (→ Department aliases).
// A measure with none of these may assign inside its sentences (findInlineAssignments: 由A牵头，会同B…,
// A会同B推进…, A牵头，B配合，…, X由A负责V), read strictly: department-like names only.
// Collective phrases (各开发区, …成员单位, 各相关招商部门) are not departments: they are returned apart.
// All matching runs on `norm` (half-width punctuation); offsets are valid in `text`.
import type { Role } from '../model.ts';
import { isDepartmentName, restoreElided, splitFunctionalName } from './departments.ts';
import type { Lexicon } from './lexicon/index.ts';
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
  /** Found inside running text (findInlineAssignments): the span is the whole sentence, quoted as evidence. */
  inline?: true;
}

const LEAD_WORDS = ['牵头', '主责', '主办', '组长'];
const SUPPORT_WORDS = ['配合', '协办', '参与', '参加', '协同', '协助', '协调'];
const RESPONSIBLE_WORDS = ['责任', '负责', '承办', '实施', '落实', '主体'];
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
  /** Another name of the body, in brackets after it: 市场监管局（知识产权局） → 知识产权局 */
  alias?: string;
}

/** Bracket text that names the same body again (知识产权局, 区互联网信息办公室), not a note or a list. */
function isBracketAlias(inner: string): boolean {
  return inner.length >= 2 && inner.length <= 20 && ORG_END.test(inner) && !/[、,，;；:：。]/.test(inner) && !isCollective(inner) && !/^(含|包括|即|原|下同|简称)/.test(inner);
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
    const marked = norm.slice(a, b).match(/\((牵头|主责|负责|配合|参与|参加|协办|协助)\)$/);
    if (marked && b - a - marked[0].length >= 2) {
      role = marked[1] === '牵头' || marked[1] === '主责' ? 'lead' : marked[1] === '负责' ? 'responsible' : 'support';
      b -= marked[0].length;
      while (b > a && /\s/.test(norm[b - 1]!)) b--;
    }
    // an alias in brackets after the name: 市场监管局（知识产权局）, 区科委（中关村科学城管委会）: the
    // name is the item, the bracket text one more name of the same body (kept as an alias)
    let alias: string | undefined;
    if (norm[b - 1] === ')') {
      const open = norm.lastIndexOf('(', b - 1);
      if (open - a >= 2 && ORG_END.test(norm.slice(a, open).trim()) && !/^各/.test(norm.slice(a, open).trim())) {
        const inner = text.slice(open + 1, b - 1).replace(/\s+/g, '');
        if (isBracketAlias(inner)) alias = inner;
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
    const item: Item = { name: raw.replace(/\s+/g, ''), start: a, end: b };
    if (role) item.role = role;
    if (alias) item.alias = alias;
    items.push(item);
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

/**
 * The alias with the level prefix of the name it follows when it was left out:
 * 市市场监管局（知识产权局） → 市知识产权局; 区委网信办（区互联网信息办公室） stays as written. The mention
 * keeps both the alias as written and this form.
 */
export function bracketAlias(name: string, alias: string, stems: string[]): string {
  const own = splitFunctionalName(alias, stems);
  if (!own || own.prefix) return alias;
  // a party organ's prefix (市委组织部（人才办）) is not carried: its alias may be a government office
  const prefix = splitFunctionalName(name, stems)?.prefix;
  if (!prefix || !/^(省|市|区|县)$/.test(prefix)) return alias;
  return prefix + alias;
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
    const mention: ResponsibilityMention = { name: restored[k]!, surface: text.slice(it.start, it.end), role: r, start: it.start, end: it.end };
    if (it.alias) mention.aliases = [...new Set([it.alias, bracketAlias(restored[k]!, it.alias, stems)])];
    out.mentions.push(mention);
  });
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
  // (上述措施由市科技局: a subject and 由 in front of the body, not a body)
  if (it.name.length > 20 || /(成立|建立|组建|设立|推进|推动|统筹|加强|开展|组织|实施|落实|支持|鼓励|引导|完善|制定|做好|任务|工作|措施|条款|事项)/.test(it.name) || /.由/.test(it.name)) return false;
  if (isCollective(it.name)) return /^各/.test(it.name) || /(有关|相关)(部门|单位)$/.test(it.name);
  return ORG_END.test(it.name);
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

// ---------------------------------------------------------------- assignments inside a measure's sentences

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
  // sentences at depth 0, within one line
  const sentences: Span[] = [];
  let s = start;
  let depth = 0;
  for (let i = start; i <= end; i++) {
    const c = i < end ? norm[i]! : '\n';
    if (c === '(' || c === '【') depth++;
    else if ((c === ')' || c === '】') && depth > 0) depth--;
    if (c === '\n' || (depth === 0 && /[。;!?]/.test(c))) {
      if (i > s) sentences.push({ start: s, end: c === '\n' ? i : i + 1 });
      s = i + 1;
      if (c === '\n') depth = 0;
    }
  }
  const MARKER = /^\s*(?:\d{1,3}(?:-\d{1,3})?\s*[.、]|\(\s*[一二三四五六七八九十\d]+\s*\)|[一二三四五六七八九十]+\s*[、.]|第[一二三四五六七八九十百\d]+条|[①-⑳])\s*/;
  for (const sp of sentences) {
    // only a sentence with an assigning verb can assign (cheap test before reading names)
    if (!ASSIGNING_VERB.test(norm.slice(sp.start, sp.end))) continue;
    // clauses at depth 0
    const clauses: Span[] = [];
    let a = sp.start;
    depth = 0;
    for (let i = sp.start; i <= sp.end; i++) {
      const c = i < sp.end ? norm[i]! : ',';
      if (c === '(' || c === '【') depth++;
      else if ((c === ')' || c === '】') && depth > 0) depth--;
      if (depth === 0 && /[,:。;!?]/.test(c)) {
        let b = a;
        const mk = norm.slice(b, i).match(MARKER);
        if (b === sp.start && mk) b += mk[0].length;
        while (b < i && /\s/.test(norm[b]!)) b++;
        if (i > b) clauses.push({ start: b, end: i });
        a = i + 1;
      }
    }
    const clause: InlineClause = { start: sp.start, end: sp.end, mentions: [], collectives: [], inline: true };
    for (let k = 0; k < clauses.length; k++) {
      const cl = clauses[k]!;
      if (!ASSIGNING_VERB.test(norm.slice(cl.start, cl.end))) continue;
      // who runs a mechanism just set up is not who is responsible for the measure:
      // 建立联席会议制度，由市发展改革委牵头，相关部门参加
      if (k > 0 && MECHANISM.test(norm.slice(sp.start, cl.start))) break;
      let p = cl.start;
      // (一是由A牵头…；二是B负责…: enumerated parts of one measure)
      const lead = norm.slice(p, cl.end).match(/^(?:[一二三四五六七八九十]是|并|同时|另外|其中)?(?:由|请|责成)?/);
      p += lead![0].length;
      let list = runningList(text, norm, p, cl.end, isDept);
      // a short subject before 由: 补助资金由市财政局负责拨付 (the verb must then be 负责/牵头)
      let subject = false;
      if (!list) {
        const by = norm.slice(cl.start, cl.end).match(/^([\u4e00-\u9fa5]{1,8}?)由/);
        if (!by || /(?:按|根据|建立|成立|组建|设立|办法|细则|措施|方案|意见|规定)/.test(by[1]!)) continue;
        list = runningList(text, norm, cl.start + by[0].length, cl.end, isDept);
        subject = true;
      }
      if (!list) continue;
      const rest = norm.slice(list.end, cl.end);
      if (subject && !/^(?:具体)?(?:牵头负责|牵头|负责)/.test(rest)) continue;
      // 会同: the first list leads, the second assists: 市科技局会同市教育局推进… / 由A牵头，会同B
      let verb = rest.match(/^(?:将|要|应|须|需)?(?:按照?职责分工|按照?职责|具体|共同|分别)?(牵头负责|牵头|主责|负责|会同)/);
      // A为牵头单位(，B为配合单位) / A为责任单位
      const named = rest.match(/^为(牵头|主责|责任)(?:单位|部门)/);
      if (named) verb = Object.assign([named[0], named[1] === '责任' ? '负责' : '牵头'], { index: 0, input: rest }) as unknown as RegExpMatchArray;
      if (!verb) continue;
      const after = rest.slice(verb[0].length);
      // narrative (出台了), a relative clause (牵头编制的规划), a past count (已…)
      // and the closing clause of a policy (由市科技局负责解释)
      // (负责本细则的组织实施 / 负责全区的… name an object, not a relative clause)
      const relative = /^[\u4e00-\u9fa5]{0,6}的/.test(after) && !/^(?:本|该|此|全|各|有关|相关)/.test(after);
      // (负责人表示, 负责同志: a person, not a task)
      if (/了/.test(norm.slice(cl.start, cl.end)) || relative || /^(?:已|解释|修订|另行|人|同志)/.test(after)) continue;
      let role: Role = verb[1] === '负责' ? 'responsible' : 'lead';
      const supports: { items: Item[]; collectives: CollectiveMention[] }[] = [];
      // 由A牵头、B配合，… — the assisting list in the same clause
      if (verb[1] !== '会同' && after.startsWith('、')) {
        const l2 = runningList(text, norm, list.end + verb[0].length + 1, cl.end, isDept);
        if (l2 && /^(?:按照?职责分工)?(?:配合|参与|参加|协助|协同)/.test(norm.slice(l2.end, cl.end))) supports.push(l2);
      }
      if (verb[1] === '会同') {
        const second = runningList(text, norm, list.end + verb[0].length, cl.end, isDept);
        const coll = norm.slice(list.end + verb[0].length, cl.end).match(/^(?:(?:有关|相关)(?:部门|单位)|各[\u4e00-\u9fa5]{1,10}?(?:部门|单位|政府|管委会))/);
        if (second) supports.push(second);
        else if (!coll) continue;
        role = 'lead';
      } else {
        // the clauses that follow: ，会同B、C… (right after the verb only) / ，B、C配合 / ，B、C按职责分工参与
        for (let j = k + 1; j < clauses.length; j++) {
          const nx = clauses[j]!;
          const hui = after === '' ? norm.slice(nx.start, nx.end).match(/^(?:会同|联合)/) : null;
          const l2 = runningList(text, norm, nx.start + (hui ? hui[0].length : 0), nx.end, isDept);
          if (!l2) break;
          const r2 = norm.slice(l2.end, nx.end);
          if (!hui && !/^(?:按照?职责分工)?(?:配合|参与|参加|协助|协同|协同配合|共同)|^为(?:配合|参与|参加|协办|协助|责任)(?:单位|部门)/.test(r2)) break;
          supports.push(l2);
          if (hui) role = 'lead';
          k = j;
        }
      }
      const supportRole: Role = 'support';
      toMentions(text, list.items, role, clause, stems);
      clause.collectives.push(...list.collectives);
      for (const sup of supports) {
        toMentions(text, sup.items, supportRole, clause, stems);
        clause.collectives.push(...sup.collectives);
      }
    }
    if (clause.mentions.length) out.push(clause);
  }
  return out;
}
