// Clauses, enumerations and name candidates.
// Genre conventions: lists joined by 、 (and 和/及/与 between complete names) that close with
// 等 + a category word (企业, 高校, 院所, 平台, 载体 …) typing the items; names introduced by
// trigger verbs (依托, 支持, 以 … 为创新源头, 由 … 牵头); names typed by suffix (…公司, …研究院, …产业园).
import type { OrgLabel } from '../lexicon/index.ts';
import type { LexiconIndex, LexMatch } from '../lexicon/match.ts';
import { isCjk } from '../names.ts';
import { BOUND_WORDS, nameStarts, weakNameStarts, insideWords, words } from './segment.ts';
import { isGenericName, isGenericWord, ORG_SUFFIX_WORDS, typeByCategory, typeBySuffix } from './typing.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Clause extends Span {
  text: string;
}

export type MentionLabel = 'Industry' | OrgLabel;

export interface Mention extends Span {
  surface: string;
  label: MentionLabel;
  kind?: string;
  /** Index of the enumeration (within the sentence) the mention belongs to. */
  list?: number;
  lex?: LexMatch;
  /** A known field's product line (光伏|硅片, 光伏|材料): kept wherever a lexicon name is kept. */
  headed?: boolean;
  /** low: typed by context only (no suffix, no lexicon). */
  confidence: 'high' | 'low';
  /** Alias given in brackets right after the name: 中国医学科学院血液学研究所（血液病医院）. */
  alias?: string;
  /**
   * Named in a benchmarking or linking clause (对标A, 学习借鉴A, 与A相比, 缺乏类似A, 链接A): not an
   * organisation of the document's area; it is mentioned, nothing more.
   */
  foreign?: boolean;
  /** The name to resolve instead of the surface: 合肥高新区 for a bare 高新区 in a 合肥 document. */
  name?: string;
}

export interface Enumeration extends Span {
  index: number;
  clause: Clause;
  /** Text before the first item within the clause (contains the trigger verb). */
  before: string;
  /** Text after the last item up to the clause end (等 + category, 为创新源头 …). */
  after: string;
  items: Span[];
  /** A list of application fields (在A、B等领域开展应用), not of industries. */
  application?: boolean;
  /** The objects of a lab's research (以L为创新源头，服务X和Y研发; 依托L开展X攻关): what the lab innovates for. */
  research?: boolean;
  /** Firms right before the verb that opens their products' list (支持A、B|研发X、Y和Z): A and B. */
  actors?: boolean;
  /** The products' list a firm's verb opens (支持A、B研发|X、Y和Z): X, Y and Z. */
  products?: boolean;
}

/** Split into clauses at , ; : 。 ! ? and newlines, not inside brackets. */
/** Characters that end a clause outside brackets (by code: no one-character string per position). */
// (| and ｜: the cells of a flattened table row, 园区｜主导产业｜企业, are clauses of their own)
const CLAUSE_ENDS = new Set([...',;:。!?\n，；：！？|｜'].map((ch) => ch.charCodeAt(0)));
const [OPEN, OPEN_FULL, CLOSE, CLOSE_FULL, DUN] = [...'(（)）、'].map((ch) => ch.charCodeAt(0));

export function clauses(text: string, offset: number): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN || c === OPEN_FULL) depth++;
    else if ((c === CLOSE || c === CLOSE_FULL) && depth > 0) depth--;
    const end = i === text.length || (depth === 0 && CLAUSE_ENDS.has(c));
    if (end) {
      if (i > start) out.push({ start: offset + start, end: offset + i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return out;
}

/** Trigger words that introduce names (longest first). 和/与/及 are handled as list joiners. */
const TRIGGERS = [
  '链主企业', '龙头企业', '骨干企业', '领军企业', '配套企业', '重点企业', '头部企业', '重点支持', '重点发展', '重点建设', '重点布局', '重点引进', '积极支持', '积极推动', '积极引进', '积极对接', '大力发展',
  '大力引进', '加快推进', '加快建设', '加快布局', '加快推动', '深度对接', '充分发挥', '高标准建设', '主动参与', '持续提升',
  '着力提升', '推进建设', '依托', '借重', '借助', '立足', '支持', '推进', '推动', '鼓励', '发挥', '联合', '集聚', '引进', '招引',
  '加快', '加强', '建设', '打造', '整合', '服务好', '围绕', '对接', '引导', '包括', '培育', '建立', '布局', '发展', '聚焦',
  '成立', '设立', '组建', '形成', '建成', '提升', '承接', '链接', '合作', '落实', '利用', '推荐', '面向', '导入', '牵头',
  '用好', '开展', '参与', '引聚', '做强', '完善', '盘活', '优化', '争取', '申报', '共建', '合建', '配合', '实现', '做好',
  '举办', '推广', '扶持', '扩大', '拓展', '开拓', '重点突破', '突破', '共建共管', '共管', '壮大', '附属', '新建', '扩建', '等', '健全', '规范', '满足', '构建', '增强', '缺乏类似', '类似', '入驻', '落户', '其中', '同时', '通过', '结合', '按照', '重点', '积极', '大力', '全面', '进一步',
  '促进', '紧扣', '贯彻', '做优', '持续', '关于', '印发', '作为', '立足', '加大', '设立', '培养', '带动', '辐射', '支撑', '吸引', '通过', '探索', '积极争取', '力争', '发挥好', '、', '“', '”', '《', '》', '—', '现有', '已有', '以', '由', '在', '将', '为', '对', '与', '和', '及',
];
TRIGGERS.sort((a, b) => b.length - a.length);
/** Triggers by first character's code (longest first), so a scan tries only the few that can match. */
const TRIGGERS_BY_FIRST = new Map<number, string[]>();
for (const t of TRIGGERS) TRIGGERS_BY_FIRST.set(t.charCodeAt(0), [...(TRIGGERS_BY_FIRST.get(t.charCodeAt(0)) ?? []), t]);

/** Positions just after each trigger occurrence in `s` (ascending). */
/**
 * `inside`: positions inside a dictionary noun of `s`. A one-character trigger (以, 在, 将, 为, 对 …) the segmenter reads
 * as the first character of a longer noun it knows opens that noun, it introduces nothing: 在|将军庙产业园, not
 * 在将|军庙产业园 (a word the segmenter only guessed, 以崖州湾, or a position word, 以西|王集团, does not count).
 */
function triggerCuts(s: string, inside?: ReadonlySet<number>): number[] {
  const cuts = new Set<number>();
  // (招引|聚光科技: a trigger opening inside another one, 引聚 in 招引聚, is not there — the first one ends where it ends)
  let covered = 0;
  for (let i = 0; i < s.length; i++) {
    const ts = TRIGGERS_BY_FIRST.get(s.charCodeAt(i));
    if (!ts) continue;
    for (const t of ts) {
      if (s.startsWith(t, i)) {
        if (i < covered && i + t.length > covered && t.length >= 2) break;
        // 泛在|感知: a one-character trigger closing a word that opens a noun phrase cuts nothing
        if (t.length === 1 && i > 0 && BOUND_WORDS.has(s.slice(i - 1, i + 1))) break;
        // (成都纺织高等|专科学校: the 等 of a college's rank, 高等专科学校, closes no list)
        if (t === '等' && s[i - 1] === '高' && s.startsWith('专科学校', i + 1)) break;
        if (inside && t.length === 1 && /[\u3400-\u9fff]/.test(t) && inside.has(i + 1)) break;
        // 支持正和集团, 、中和集团: a joiner after a lone character, right before a firm's legal word, is inside the
        // trade name (a joiner between two names has a name before it, not one character)
        if (/^[和与及]$/.test(t) && /^(?:集团|公司|股份|控股)/.test(s.slice(i + 1)) && /[\u3400-\u9fff]/.test(s[i - 1] ?? '') && (i === 1 || !/[\u3400-\u9fff]/.test(s[i - 2]!) || TRIGGERS.some((g) => g.length >= 2 && s.slice(0, i - 1).endsWith(g)))) break;
        // (在|和田经济技术开发区, 建设|和田肉苁蓉产业园, 、和林格尔新区: a joiner with nothing to join on its left — at the
        // start, or right after a trigger — that opens a proper noun the segmenter knows, a place's or a name's, is that
        // noun's first character)
        if (inside && /^[和与及]$/.test(t) && (i === 0 || cuts.has(i)) && properOpening(s.slice(i, i + 14), t)) break;
        cuts.add(i + t.length);
        if (t.length >= 2) covered = Math.max(covered, i + t.length);
        break;
      }
    }
  }
  return [...cuts].sort((a, b) => a - b);
}

/**
 * Does `s` open with a proper noun of two characters or more that begins with the joiner `j` (和田, 和林格尔, 和平) and is
 * followed by a level or a zone's word (和田市, 和田经济技术开发区, 和林格尔新区)? Without one (…开发区和顺安食品产业园) the
 * joiner joins: places.ts keeps such a name whole only when the document writes the place with its level elsewhere.
 */
function properOpening(s: string, j: string): boolean {
  const w = words(s.slice(0, 6))[0];
  if (!w || w.word.length < 2 || !w.word.startsWith(j) || !/^(ns|nz|nr|nrt)$/.test(w.tag)) return false;
  return LEVEL_AFTER.test(s.slice(w.word.length));
}
const LEVEL_AFTER = /^(?:市|县|区|旗|州|盟|地区|新区|经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|开发区|工业园区|综合保税区)/;

/** Find enumerations (2+ items joined by 、, or one item closed by 等) in a clause; a 等 closes a list. */
export function enumerations(cl: Clause, startIndex: number, index?: LexiconIndex): Enumeration[] {
  const out: Enumeration[] = [];
  let from = 0;
  const t = cl.text;
  const verbCuts = actorVerbCuts(t, index);
  /** The verb a piece opens with, after a cut of verbCuts: its first item starts after it. */
  let verb = '';
  const opened = (en: Enumeration, at: number, closed = false): void => {
    const first = en.items[0]!;
    if (!verb || first.start !== cl.start + at || !t.startsWith(verb, at) || first.end - first.start <= verb.length) return;
    first.start += verb.length;
    en.start = first.start;
    // (研发蒸镀、检测、搬运等核心装备: a list closed by 等 and its kind is left to that kind — the verb makes no
    // industries of processes)
    en.before = closed ? '' : verb;
    if (!closed) en.products = true;
  };
  for (let i = 0; i <= t.length; i++) {
    const v = verbCuts.get(i);
    if (v && i > from) {
      // 支持A、B研发X、Y和Z: the firms' list ends before the verb, the goods' list opens with it
      const piece: Clause = { start: cl.start + from, end: cl.start + i, text: t.slice(from, i) };
      for (const en of enumerationsInPiece(piece, startIndex + out.length, index, '')) {
        opened(en, from);
        en.after = t.slice(i);
        en.actors = true;
        en.clause = cl;
        out.push(en);
      }
      from = i;
      verb = v;
    }
    if (i < t.length && t[i] !== '等') continue;
    // piece [from, i] including the 等 (if any); the after-text runs to the clause end
    const piece: Clause = { start: cl.start + from, end: cl.start + Math.min(t.length, i + 1), text: t.slice(from, Math.min(t.length, i + 1)) };
    for (const en of enumerationsInPiece(piece, startIndex + out.length, index, i < t.length ? t.slice(i + 1) : '')) {
      opened(en, from, i < t.length);
      if (i < t.length) en.after = t.slice(i + 1);
      en.clause = cl;
      out.push(en);
    }
    verb = '';
    from = i + 1;
  }
  return out;
}

/** Verbs by which firms act on their product lines (支持A、B研发X、Y和Z). */
const ACTOR_VERB = /(研发|开发|研制|发展|拓展|扩大|布局|延伸|做强|做大|做优)/g;
/** What after such a verb makes it part of a longer word or a phrase of no product (开发区, 发展壮大, 发展水平). */
const NOT_PRODUCT_AFTER = /^(?:区|性|的|了|和|及|与|壮大|示范|模式|水平|质量|规划|战略|方向|改革|基金|中心|基地|平台|体系|项目|机遇|理念|空间|潜力|能力|环境|需求|成果|银行|研究|格局|动能|需要|要求|阶段|目标|速度|态势|趋势|基础|路径|新|一批|更多|各类|相关)/;
/**
 * A run after the verb that opens with another verb is a list of actions, not of products (商贸企业做大做强、建设优质商业
 * 配套项目、引入知名商业品牌: no 做强 and no 引入知名商业品牌 as industries).
 */
const ACTION_AFTER = /^(?:做[大强优精]|建设|引[入进]|提升|推动|加快|加强|打造|培育|推进|实施|开展|强化|完善|优化|促进|拓展|扩大|发展|开拓|参与)/;
/**
 * Positions in a clause where a list of firms meets the verb that opens a list of their products, inside one run of
 * 、 (鼓励福建顺竹科技、顺昌竹韵家居研发竹制餐具、竹缠绕复合管和竹基包装材料; 支持罗田大别山甜柿科技开发柿饼、柿子醋和
 * 冻干甜柿): read as one list, the verb's item joins a firm and a product (顺昌竹韵家居研发竹制餐具) and both lists are
 * lost. The text before the verb, from the last 、 or from the clause's trigger, must read as a firm: a firm's suffix,
 * or (after a 、) a bare name of four characters or more that is no industry nor a generic word; the products must
 * continue the run of 、 or 和 after the verb.
 */
const MAX_CUT_CLAUSE = 4000;
function actorVerbCuts(t: string, index?: LexiconIndex): Map<number, string> {
  const cuts = new Map<number, string>();
  // (a clause longer than any list of firms and products the genre writes is read as one list: the checks per verb
  // below look back and ahead in the clause, so their work grows with its square)
  if (!t.includes('、') || t.length > MAX_CUT_CLAUSE) return cuts;
  // The first 、 that closes a piece shorter than two characters: every piece up to a 、 before it is long enough
  // (computed once: a check per verb over the text before it grew with the square of a long list).
  let shortSep = -1;
  for (let i = 0, from = 0; i < t.length; i++) {
    if (t[i] !== '、') continue;
    if (i - from < 2) {
      shortSep = i;
      break;
    }
    from = i + 1;
  }
  for (const m of t.matchAll(ACTOR_VERB)) {
    const at = m.index!;
    const rest = t.slice(at + m[0].length);
    const obj = /^[^，,。；;：:、等（(]{2,}/.exec(rest);
    if (!obj || NOT_PRODUCT_AFTER.test(rest) || ACTION_AFTER.test(rest)) continue;
    // the products' list: a 、 in the run after the verb, or the verb's object joined by 和/及 to another
    if (!/^[^，,。；;：:]*?、/.test(rest) && !/[和及与]/.test(obj[0])) continue;
    const dun = t.lastIndexOf('、', at);
    // (the first item from the actor's verb: 支持罗田大别山甜柿科技|开发…)
    const seg = dun >= 0 ? t.slice(dun + 1, at) : t.slice(0, at).replace(/^.*(?:支持|鼓励|引导|推动|依托)/, '');
    // (…等企业研发X、Y和Z / 支持竹笋加工企业开发X、Y和Z: firms by their kind)
    const kind = /(?:^|等)[\u3400-\u9fff]{0,8}?(?:企业|厂商)$/.exec(t.slice(Math.max(0, dun + 1, t.lastIndexOf('，', at) + 1), at));
    if (kind && !/[，,。；;：:]/.test(kind[0]) && !/^[^，,。；;：:]*等/.test(rest)) {
      cuts.set(at, m[0]);
      continue;
    }
    if (/[，,。；;：:等]/.test(seg) || seg.length < 2) continue;
    // (菏泽天香牡丹农业开发推广X: 开发 closing a firm's trade word, 农业开发, is its name's — a verb follows it)
    if (m[0] === '开发' && (/(农业|科技|旅游|地产|资源|实业|建设)$/.test(seg) || /^(推广|应用|利用|建设)/.test(rest))) continue;
    const ty = typeBySuffix(seg);
    const trade = index?.lexicon.tradeWords.find((w) => w.length >= 2 && seg.endsWith(w) && seg.length - w.length >= 2);
    const firm = (ty && ty.label === 'Enterprise' && !ty.weak) || (!!index && regionalFirmName(seg, index)) || (!!trade && seg.length <= 12 && /^[\u3400-\u9fff]+$/.test(seg) && !index?.isIndustryTerm(seg.slice(0, -trade.length)) && !/(产业|企业|领域|行业|技术|平台|中心|基地|园区)/.test(seg));
    const bare = dun >= 0 && seg.length >= 4 && seg.length <= 10 && plausibleBareName(seg) && !index?.isIndustryTerm(seg) && !isGenericName(seg, '', (x) => !!index?.isIndustryTerm(x)) && /^[\u3400-\u9fff]+$/.test(seg);
    // (a firm's list with a 、 before the verb, or one firm named with its suffix right before the verb)
    if (firm || (bare && (shortSep < 0 || shortSep > dun))) cuts.set(at, m[0]);
  }
  return cuts;
}

/** After 等: a kind of firm (等电极箔企业, 等运动品牌企业) — the items before it are firms or kinds of firm. */
const FIRM_KIND_AFTER = /^[^，,。；;、等]{0,10}?(?:企业|厂商)/;
/** An invitation verb closing the text before a list's first item (重点招引, 引进). */
const INVITE_CUT = /(?:招引|引进)$/;

function enumerationsInPiece(cl: Clause, startIndex: number, index?: LexiconIndex, afterDeng = ''): Enumeration[] {
  const t = cl.text;
  // top-level 、 positions
  const seps: number[] = [];
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === OPEN || c === OPEN_FULL) depth++;
    else if ((c === CLOSE || c === CLOSE_FULL) && depth > 0) depth--;
    else if (depth === 0 && c === DUN) seps.push(i);
  }
  const dengIdx = lastTopLevel(t, '等');
  if (seps.length === 0 && dengIdx < 0) return [];
  // first item: from clause start, trimmed after the last trigger
  const firstEnd = seps.length ? seps[0]! : dengIdx;
  let firstStart = 0;
  const head = t.slice(0, firstEnd);
  const weak = weakNameStarts(head);
  // (天和磁材、…: a joiner after one character opening the clause is inside the name, no list joiner)
  // (依托纵横|股份: a cut that leaves only a legal or trade word — 股份, 实业, 科技 — is inside a firm's name;
  // 依托得利|斯: so is one that leaves a single character after a content word)
  const headTriggers = triggerCuts(head);
  const cuts = [...new Set([...headTriggers, ...nameStarts(head).filter((c) => !weak.has(c))])].filter((c) => c > 0 && c < head.length && !/^[\u3400-\u9fff]和$/.test(head.slice(0, c)) && !FIELD_WORDS_ONLY.test(head.slice(c)) && !(head.length - c === 1 && /[\u3400-\u9fff]/.test(head[c]!) && /[\u3400-\u9fff]/.test(head[c - 1]!) && !/[以由在和与及对向将为、]/.test(head[c - 1]!))).sort((a, b) => a - b);
  // (重点招引申洲国际: the segmenter read the trigger's last character and the name's first as one word, 引申; the
  // cut one character after the trigger, made by segmentation alone, is no start of the name)
  const straddling = new Set<number>();
  let at = 0;
  for (const w of words(head)) {
    const end = at + w.word.length;
    // a word that opens inside a trigger and ends one character after it (招|引申|洲国际)
    if (w.word.length >= 2 && headTriggers.includes(end - 1) && at < end - 1 && /^[\u3400-\u9fff]+$/.test(w.word)) straddling.add(end);
    at = end;
  }
  for (let j = cuts.length - 1; j >= 0; j--) if (straddling.has(cuts[j]!) && !headTriggers.includes(cuts[j]!)) cuts.splice(j, 1);
  // (依托大连|光洋科技集团: a city the segmenter read as an adverb opens the firm's name, no cut after it)
  if (index) for (let j = cuts.length - 1; j >= 0; j--) if (endsWithRegion(index, head.slice(j > 0 ? cuts[j - 1]! : 0, cuts[j]!)) && !headTriggers.includes(cuts[j]!)) cuts.splice(j, 1);
  if (cuts.length) firstStart = cuts[cuts.length - 1]!;
  // (服务光电信息、新型显示… / 重点投向人形机器人、低空经济…: a verb of service or investment the segmenter
  // left inside the first item opens the list)
  const served = SERVICE_OPENING.exec(head);
  if (served && firstStart < served[0].length && head.length - served[0].length >= 2) firstStart = served[0].length;
  // 布局聚变能源和深空探测等: a conjunction joins two items; the list starts at the cut before it
  // (…等X企业和B等Y企业: the 和 after a typed list's kind word opens the next list)
  if (cuts.length > 1 && /[和与及]$/.test(head.slice(0, firstStart)) && !/(参与|给与|以及|涉及|惠及)$/.test(head.slice(0, firstStart)) && !/(企业|厂商|公司|机构|院所|高校|合作社)[和与及]$/.test(head.slice(0, firstStart))) firstStart = cuts[cuts.length - 2]!;
  // (…等锂盐企业和富临精工、…: after a typed list's kind word and 和 the next list's first name is whole,
  // however the segmenter splits it: 富临|精工)
  const kindJoin = [...head.matchAll(/(?:^|等)[^、，,等]{0,10}?(?:企业|厂商|公司)[和及]/g)].pop();
  if (kindJoin && plausibleBareName(head.slice(kindJoin.index! + kindJoin[0].length))) firstStart = kindJoin.index! + kindJoin[0].length;
  // Don't cut inside 联合研究院 etc.: prefer a cut that leaves a typed name, if one exists.
  for (let j = cuts.length - 1; j >= 0; j--) {
    const rest = head.slice(cuts[j]!);
    const ty = typeBySuffix(rest);
    if (ty && rest.length > ty.suffix.length + 1) {
      firstStart = cuts[j]!;
      break;
    }
  }
  // 招引安踏体育等运动品牌企业: right after an invitation verb and before 等X企业 the first item is one name from the
  // verb on — a cut the segmenter alone made inside it (安踏/v|体育) opens no name (a kind of firm is whole too)
  const invitedAt = headTriggers.filter((c) => INVITE_CUT.test(head.slice(0, c))).pop();
  if (invitedAt !== undefined && invitedAt < firstStart && !headTriggers.some((c) => c > invitedAt) && head.length - invitedAt <= 8 && /^[\u3400-\u9fff]+$/.test(head.slice(invitedAt)) && dengIdx === t.length - 1 && FIRM_KIND_AFTER.test(afterDeng)) firstStart = invitedAt;
  // (重点招引以岭药业、华润三九等…, 依托以岭药业发展…: a 以 right after a trigger, read by the segmenter as the first
  // character of a word it does not know or a place's, with no 为 after it in the clause, is no preposition — the name opens with it)
  if (firstStart >= 2 && head[firstStart - 1] === '以' && (headTriggers.includes(firstStart - 1) || firstStart === 1) && !/为/.test(t.slice(firstStart)) && !/为/.test(afterDeng)) {
    const w = words(head.slice(firstStart - 1, firstStart + 5))[0];
    if (w && w.word.length >= 2 && /^(x|ns|nz|nr|nrt)$/.test(w.tag)) firstStart -= 1;
  }
  const items: Span[] = [];
  let prev = firstStart;
  for (const s of seps) {
    items.push({ start: prev, end: s });
    prev = s + 1;
  }
  // last item: up to 等 (after the last 、) or trimmed
  let lastEnd: number;
  let after: string;
  const deng = t.indexOf('等', prev);
  if (deng >= 0) {
    lastEnd = deng;
    after = t.slice(deng + 1);
  } else {
    const tail = t.slice(prev);
    const cut = tailCut(tail);
    lastEnd = prev + cut;
    after = t.slice(lastEnd);
  }
  if (lastEnd > prev) items.push({ start: prev, end: lastEnd });
  const good = items.filter((it) => it.end > it.start);
  if (!good.length) return [];
  return [
    {
      index: startIndex,
      clause: cl,
      start: cl.start + good[0]!.start,
      end: cl.start + good[good.length - 1]!.end,
      before: t.slice(0, firstStart),
      after,
      items: good.map((it) => ({ start: cl.start + it.start, end: cl.start + it.end })),
    },
  ];
}

/** A verb of service or investment opening a clause's first list item (服务, 服务于, 重点投向, 赋能). */
const SERVICE_OPENING = /^(?:重点|主要|优先)?(?:服务于|服务|投向|赋能)/;

function lastTopLevel(t: string, ch: string): number {
  return t.lastIndexOf(ch);
}

/**
 * Where the last item of a list without 等 ends: before 两大/为代表/牵头/的/verbs …, and before the place
 * the firms are to settle in (支持A、B在我省布局X / 招引A、B来宜布局X).
 */
const TAIL_STOP =
  /([两三四五六七八九十]大|[两三四五六七八九十]条(?:重点|主导|特色|优势)?(?:产业链|链条)|[两三四五六七八九十]个(?:园区|产业园|片区|组团|环节|领域|板块|方向|细分领域)|在(?:我|本)[省市区县]|(?<!未)[在来](?=[\u4e00-\u9fff]{1,4}(?:布局|投资|落户|设立|建厂|设厂|发展))|为代表|为主体|为重点|为依托|为创新|为产业|为载体|为基础|为龙头|为链主|牵头|落户|入驻|进驻|位于|坐落|作用|建成|申报|设立|组建|优势|技术储备|研发实力|的|发挥|建设|重点|加快|提升|联合|开展|推进|布局|发展|打造|等|提供|参与|实施|搭建|承担|做大|开放|引领|协同|项目|研制|拓展|扩大|向(?=[^，,。；;、]{1,12}?(?:升级|转型|延伸|集聚|聚集|迈进|转移)(?:$|[，,。；;]))|短板$)/;
/** Adverbs between a list's subjects and their verb (A、B均位于P, A、B分别牵头): no part of the last name. */
const ADVERB_BEFORE_STOP = /(?:均已|均|都|分别|也|皆|已经|已)$/;
function tailCut(tail: string): number {
  const m = TAIL_STOP.exec(tail);
  if (!m) return tail.length;
  // keep suffix words that contain a stop word (…联合研究院, 建设银行 is not ours)
  const adv = m[0] !== '的' && m[0] !== '等' ? ADVERB_BEFORE_STOP.exec(tail.slice(0, m.index)) : null;
  return adv && m.index - adv[0].length >= 2 ? m.index - adv[0].length : m.index;
}

/** The joiners 和, 及, 与 by code. */
const [HE, JI, YU] = [...'和及与'].map((c) => c.charCodeAt(0));

/**
 * Split an item at 和/及/与 when both sides are complete names (typed by suffix or lexicon), or,
 * in a list typed by its category word (…和光迅科技等企业), when the left side is a name and the
 * right side a plausible bare name.
 */
export function splitJoined(text: string, span: Span, offset: number, index: LexiconIndex, typedList = false): Span[] {
  const s = text.slice(span.start - offset, span.end - offset);
  for (let i = 1; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c !== HE && c !== JI && c !== YU) continue;
    const left = s.slice(0, i);
    const right = s.slice(i + 1);
    const named = (x: string) => !!typeBySuffix(x) || index.lookup(x)?.type === 'org';
    if (named(left) && (named(right) || (typedList && !typeBySuffix(left)?.weak && plausibleBareName(right) && right.length >= 2))) {
      return [
        { start: span.start, end: span.start + i },
        ...splitJoined(text, { start: span.start + i + 1, end: span.end }, offset, index, typedList),
      ];
    }
  }
  return [span];
}

const regionSets = new WeakMap<LexiconIndex, Set<string>>();
/** A place name of the lexicon's regions (包头, 芜湖): cities open the names of their zones. */
function isRegion(index: LexiconIndex, w: string): boolean {
  let set = regionSets.get(index);
  if (!set) regionSets.set(index, (set = new Set(index.lexicon.regions ?? [])));
  return w.length >= 2 && set.has(w);
}

/** Does `s` end with a place name of the lexicon's regions (中国科学院大连, 依托大连)? Two to four characters. */
function endsWithRegion(index: LexiconIndex, s: string): boolean {
  for (let k = 2; k <= Math.min(4, s.length); k++) if (isRegion(index, s.slice(-k))) return true;
  return false;
}

/** A state zone's kind without its place: 经济开发区, 高新技术产业开发区 (not 园区 or 工业园区, which a field word may open). */
// (not the short 高新区/经开区: bare, they are the document's own zone — places.ts — and a verb before them,
// 具有高新区特色, opens nothing)
const BARE_ZONE_KIND = /^(?:经济开发区|经济技术开发区|高新技术产业开发区)$/;
/** Words before a zone's kind that are no place: 全市|经济开发区, 各类|工业园区, 省级|开发区. */
const NOT_A_PLACE_BEFORE_ZONE = /^(?:全|各|本|我|该|其|现有|所有|其他|相关|重点|主要|国家|省|市|县|区|新|老|原|一批|若干|两个|三个|多个|具有|拥有|具备|作为|成为|属于|进入|升级|创建|申报|获批|批准)|(?:级|类|地|个|批|些|家|为|有)$/;

/**
 * Suffix-typed names inside a span of free text: for each suffix occurrence, the name runs from
 * the last trigger before it. Returns the candidates that are not generic.
 */
/** A lab's rank and kind alone (国家重点实验室, 教育部重点实验室, 省部共建重点实验室): who approved it, no name. */
const RANK_ONLY_LAB = /^(?:国家|省级?|市级?|教育部|工信部|农业农村部|省部共建|部省共建|国家地方联合)?(?:重点)?(?:重点实验室|工程研究中心|工程技术研究中心|技术创新中心|工程实验室|实验室)$/;

/** A school's kind with no proper part: 职业技术大学, 理工学院, 高等专科学校. */
const SCHOOL_KIND_ONLY = /^(?:职业技术|职业|技术|理工|科技|工业|工程|师范|医科|医学|农业|农林|财经|交通|建筑|高等)+(?:大学|学院|专科学校)$/;

export function suffixNames(text: string, span: Span, offset: number, index: LexiconIndex): Mention[] {
  const s = text.slice(span.start - offset, span.end - offset);
  const out: Mention[] = [];
  let from = 0;
  for (let end = 1; end <= s.length; end++) {
    const ending = SUFFIXES_BY_LAST.get(s.charCodeAt(end - 1));
    if (!ending) continue;
    const suf = ending.find((w) => s.startsWith(w, end - w.length) && end - w.length >= from);
    if (!suf) continue;
    // the name must end here: next char is not a continuation of a longer suffix (产业园区, 研究院所)
    const nextCh = s[end];
    if (nextCh && LONGER_SUFFIXES.get(suf)!.some((w) => s.startsWith(w, end - suf.length))) continue;
    if (suf === '中心' && nextCh === '项') continue;
    // 庆阳数据中心|集群, 创新平台集群: a cluster of centres is no centre (and no lab)
    if (/^(中心|平台|基地)$/.test(suf) && s.startsWith('集群', end)) continue;
    // 苏州工业园|区: the name runs on to 园区 (苏州工业园区, 某某产业园区)
    if (/园$/.test(suf) && nextCh === '区') continue;
    if (/(城|谷)$/.test(suf) && /[市县镇乡]/.test(nextCh ?? '')) continue; // (方城县, 城市, 府谷县: a place name, not a 城 or 谷)
    // (漳湾临港工业区, 科学城产业园: a place word followed by a park's own ending is inside the park's name)
    if (/(港|城|谷|湾|岛)$/.test(suf) && /^(工业区|工业园区|工业园|化工园|产业园区|产业园|产业区|经济开发区|开发区|经济区|片区|园区)/.test(s.slice(end))) continue;
    // (浙江岚纺城集团, 岚谷股份: a place word followed by a firm's legal word is inside the firm's name)
    if (/(城|园|港|谷|基地|中心)$/.test(suf) && /^(集团|股份|有限公司|有限责任公司|公司)/.test(s.slice(end))) continue;
    // (吉林碳谷碳纤维、…, 呼和浩特云谷数据科技,…: a 谷 followed by a line of business up to the name's end is a firm's trade name)
    if (/谷$/.test(suf) && FIRM_AFTER_VALLEY.test(s.slice(end, end + 10))) continue;
    // (年产谷氨酸, 谷物: a 谷 the segmenter reads as the first character of a longer word ends no valley)
    if (suf === '谷' && /^[\u4e00-\u9fff]/.test(nextCh ?? '') && (words(s.slice(end - 1, end + 4))[0]?.word.length ?? 1) > 1) continue;
    // (山东阳谷电缆集团, 潮阳谷饶恒泰服饰: a place whose name ends in 谷 — 阳谷, 平谷, 谷饶 — opens a firm's name that runs
    // on to its legal word; no verb between the 谷 and that word, so 光谷建设某某集团总部 keeps its 光谷)
    if (/谷$/.test(suf) && firmRunsOnAfterValley(s.slice(end, end + 12))) continue;
    // (支持海南乐城康源医疗科技拓展…: a 城 followed by a trade name and its line of business is inside a firm's name)
    if (suf === '城' && FIRM_AFTER_CITY.test(s.slice(end, end + 12))) continue;
    if (/港$/.test(suf) && /[口区湾务]/.test(nextCh ?? '')) continue; // (氢能港口, 港区, 港务: the word runs on)
    const longer = LONGER_NAME.exec(s.slice(end, end + 18));
    // (but 公主岭汽车零部件产业园与深圳坪山…产业园: a park or firm suffix before 与/和 ends that name)
    const endsBeforeJoin = !!longer && /^[与和及]/.test(longer[0]) && /(产业园|工业园|园区|科技园|开发区|高新区|经开区|新区|片区|公司|集团)$/.test(suf);
    // (no trigger between the two: 大学建设…研究院 is two names; the further suffix's own words — 创新发展基地 — are no trigger)
    if (longer && !endsBeforeJoin && triggerCuts(longer[0].slice(0, longer[0].length - longer[1]!.length).replace(/[与和及]/g, '·')).length === 0) continue;
    if (/^(前|生|毕业|校|所|外国语学校|学校|幼儿园|小学|中学|医院|管委会|管理委员会|政府|局|办公室|委员会|领导小组)/.test(s.slice(end, end + 5))) continue;
    // (the name runs back at most NAME_WINDOW characters, from a character the segmenter splits at, so a long
    // run of text with no name in it — 落户园区落户园区… — is not segmented again, whole, at each suffix)
    const at = windowStart(s, from, end);
    const chunk = s.slice(at, end);
    const trig = new Set([0, ...triggerCuts(chunk, insideWords(chunk)), ...copulaCuts(chunk, index)]);
    // a name may start right after an opening bracket: 滨江区（杭州高新区）
    const brackets = chunk.includes('(') || chunk.includes('（') ? [...chunk.matchAll(/[(（]/g)].map((b) => b.index! + 1).filter((c) => !/[)）]/.test(chunk.slice(c))) : [];
    const cuts = [...new Set([...trig, ...nameStarts(chunk), ...brackets, ...quantityCuts(chunk), /^\s*(?:[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|\d{1,2}[.．、](?!\d))\s*/.exec(chunk)?.[0].length ?? 0])].filter((c) => c <= chunk.length - suf.length).sort((a, b) => a - b);
    let best: Mention | undefined;
    let joinedAt = -1;
    let rankTail = -1;
    for (let j = cuts.length - 1; j >= 0; j--) {
      // 规划建设|培育|钻石产业园: a verb that also qualifies a product (培育钻石), right after a verb that
      // opens the name, is part of it
      if (j > 0 && NOUN_VERBS.has(chunk.slice(cuts[j - 1]!, cuts[j]!)) && trig.has(cuts[j - 1]!) && /(建设|打造|建成|布局|规划建设|筹建|新建)$/.test(chunk.slice(0, cuts[j - 1]!))) continue;
      // 在包头|稀土高新区: a place name the segmenter read as a word of its own (包头 as a verb) opens the name
      // (依托大连|光洋科技集团: so does a city before a firm's or a lab's name)
      // (中国科学院大连|化学物理研究所: the city may follow an owner's name the segmenter did not cut)
      // (、开封|大学: so does a city, read as a verb, before a university named by it alone)
      if (j > 0 && !trig.has(cuts[j]!) && (isRegion(index, chunk.slice(cuts[j - 1]!, cuts[j]!)) || endsWithRegion(index, chunk.slice(cuts[j - 1]!, cuts[j]!))) && (typeBySuffix(chunk.slice(cuts[j]!)) || /^(?:大学|学院)$/.test(chunk.slice(cuts[j]!)))) continue;
      const name = chunk.slice(cuts[j]!).replace(/^[“"(（]+/, '');
      // 浙江广厦建设|职业技术大学: a school's kind alone (职业技术大学, 理工学院) after a verb is no school; where a proper
      // noun opens the text before the verb, the verb is a word of the school's name
      if (j > 0 && trig.has(cuts[j]!) && SCHOOL_KIND_ONLY.test(name) && /^(?:ns|nz|nt|nr)$/.test(words(chunk.slice(cuts[j - 1]!))[0]?.tag ?? '')) continue;
      // 进贤|经济开发区, 辛集|经济开发区: a zone's kind alone is no zone's name; a place the segmenter read as a
      // word of its own (进贤 as a verb) before it opens the name, where no trigger made the cut
      if (j > 0 && !trig.has(cuts[j]!) && BARE_ZONE_KIND.test(name) && /^[\u3400-\u9fff]{2,3}$/.test(chunk.slice(cuts[j - 1]!, cuts[j]!)) && !NOT_A_PLACE_BEFORE_ZONE.test(chunk.slice(cuts[j - 1]!, cuts[j]!))) continue;
      // too short after this cut (联合|研究院): try a longer name
      if (name.length - suf.length < 2 && !/^[A-Za-z0-9]/.test(name)) {
        const before = chunk.slice(0, cuts[j]!);
        // a cut made by segmentation alone (not a trigger verb) is unreliable: try a longer name
        if (j > 0 && (NAME_INTERNAL.test(before) || (!trig.has(cuts[j]!) && weakNameStarts(chunk).has(cuts[j]!) && typeBySuffix(name)?.kind !== 'zone'))) continue;
        break;
      }
      // 楚天显示|技术研究院, 钱塘细胞治疗|技术有限公司: only a field word left after a segmentation cut
      if (j > 0 && !trig.has(cuts[j]!) && weakNameStarts(chunk).has(cuts[j]!)) {
        const core = name.slice(0, name.length - suf.length);
        const zone = typeBySuffix(name)?.kind === 'zone';
        if (((!core || core === '产业') && !zone) || FIELD_WORDS_ONLY.test(core) || (core.length <= 2 && core && !isGenericWord(core))) continue;
      }
      // (新疆如意|纺织服装有限公司, 超聚变|数字技术有限公司: a segmentation cut that leaves only common nouns before a firm's legal word cut its trade name)
      if (j > 0 && !trig.has(cuts[j]!) && /^(?:股份有限公司|有限责任公司|有限公司)$/.test(suf) && words(name.slice(0, -suf.length)).every((w) => /^(n|vn)$/.test(w.tag))) continue;
      const typed = typeBySuffix(name);
      if (!typed) break;
      // 哈尔滨工程大学青岛创新发展基地: a university's or institute's base is a lab's, not a park
      // (not 中国医学科学院细胞产业转化基地 / …科学试验基地: a base for industrialising or trials is a place)
      const ty = typed.label === 'Park' && /(?:创新发展|创新|研发)基地$/.test(name) && /(大学|学院|研究院|研究所)/.test(name.slice(0, -typed.suffix.length)) ? { ...typed, label: 'Lab' as const, kind: 'platform' } : typed;
      // 与/和/及 inside a name (脑科学与类脑研究中心) unless the left side is itself a name
      const cj = chunk[cuts[j]! - 1];
      if (cj && '与和及'.includes(cj) && j > 0 && !['参与', '给与', '以及', '涉及', '惠及'].includes(chunk.slice(cuts[j]! - 2, cuts[j]!))) {
        // (资源保护|与|利用重点实验室: the segmenter cut after a verb too, right before the joiner; the left side is
        // the word before that cut)
        let k = j - 1;
        while (k > 0 && cuts[k]! >= cuts[j]! - 1) k--;
        const left = chunk.slice(cuts[k]!, cuts[j]! - 1).replace(/^[、，,]/, '');
        // (推动|与|广州开发区, 同时|与|…研究所: a verb or an adverb alone before the joiner opens no name)
        const adjacent = k < j - 1;
        // (…等铜基材料企业和马钢集团: a typed list's kind word on the left closes that list; the name starts here)
        if (left && (!adjacent || left.length >= 4) && !typeBySuffix(left) && index.lookup(left)?.type !== 'org' && !/(企业|厂商|机构)$/.test(left)) {
          joinedAt = cuts[j]! - 1;
          continue;
        }
      }
      // (the cut right before a joiner the name runs across is passed over too)
      // (…but not 和田经济技术开发区 after 在 or at the start: a proper noun opening with the joiner's character)
      if (/^[与和及]/.test(name) && !((cuts[j] === 0 || trig.has(cuts[j]!)) && properOpening(name, name[0]!))) {
        if (cuts[j] === joinedAt) continue;
        break;
      }
      // 高等|级生物安全防护实验室: a name does not start with a classifier
      if (/^[级等类型]/.test(name)) break;
      if ((name.match(/[(（]/g) ?? []).length !== (name.match(/[)）]/g) ?? []).length) break;
      if (/^[)）]/.test(name) || /\+|[\u3400-\u9fff]-|-[\u3400-\u9fff]/.test(name)) break;
      // (冶金减排与资源综合利用|教育部重点实验室, 化工绿色过程省部|共建|重点实验室, 钛材料重点|实验室楚雄分中心: a trigger
      // inside the field's words left only the lab's rank and kind before its suffix, or a lab's kind word opening the
      // name of its branch; the name runs further back)
      // (not 依托|国家重点实验室, 建设|省级重点实验室: a verb alone before the rank opens no name)
      if (j > 0 && ty.label === 'Lab' && (RANK_ONLY_LAB.test(name) || (/^(?:实验室|研究院|研究所|研究中心)/.test(name) && name.length > 5)) && !TRIGGERS.includes(chunk.slice(cuts[j - 1]!, cuts[j]!).replace(/^[、，,：:]/, ''))) {
        if (rankTail < 0) rankTail = name.length;
        continue;
      }
      // (…the field before the rank is words of a discipline: no verb opening it, no other lab or joiner in it —
      // not 争创|国家重点实验室, 省级重点实验室和|工程研究中心)
      if (rankTail >= 0) {
        const field = name.slice(0, name.length - rankTail);
        if (!/^[\u3400-\u9fff]{2,20}$/.test(field) || /(实验室|中心|研究院|研究所|大学|学院|平台)|[和与及]$/.test(field) || /^(v|vn|d|p|c)$/.test(words(field)[0]?.tag ?? '') || /(争创|创建|申报|建设|组建|争取|打造|依托|支持|推动|鼓励|建成|获批|认定|企业|高校)/.test(field)) break;
      }
      if (isGenericName(name, ty.suffix, (x) => index.isIndustryTerm(x) || industryish(x), ty.weak)) {
        // 中国工程科技发展|战略天津研究院: a name-internal word made the cut; try the longer name
        if (j > 0 && NAME_INTERNAL.test(chunk.slice(0, cuts[j]!))) continue;
        break;
      }
      if (ty.weak && ty.label === 'Lab' && !WEAK_LAB_MARKER.test(name.slice(0, -ty.suffix.length))) break;
      // (在P建设碳中和先行区: a pilot zone is named after its place, 博鳌乐城国际医疗旅游先行区; a theme alone is a designation)
      if (ty.suffix === '先行区' && !/^(ns|nr|nt)$/.test(words(name)[0]?.tag ?? '') && !isRegion(index, words(name)[0]?.word ?? '')) break;
      // (支持秦丰种业与西北农林科技大学共建…, 共建联合实验室和产业学院: a university's name holds no joiner, so the
      // words before one are another party — the university is what follows it, and a generic one is none)
      let uname = name;
      if ((ty.suffix === '大学' || ty.suffix === '学院') && /[与和及]/.test(name)) {
        uname = name.slice(Math.max(name.lastIndexOf('与'), name.lastIndexOf('和'), name.lastIndexOf('及')) + 1);
        // (榆林学院设立化学与化工学院: a field alone before 学院 after the joiner is a school of a university, no university)
        const core = uname.slice(0, -ty.suffix.length);
        if (core.length < 2 || isGenericName(uname, ty.suffix, () => false) || words(core).every((w) => /^(n|vn)$/.test(w.tag))) break;
      }
      const m: Mention = {
        start: span.start + end - uname.length,
        end: span.start + end,
        surface: uname,
        label: ty.label,
        confidence: ty.weak ? 'low' : 'high',
      };
      if (ty.kind) m.kind = ty.kind;
      best = m;
      break;
    }
    if (best) {
      out.push(best);
      from = end;
    }
  }
  return out;
}

/**
 * How far back from its suffix a name is looked for (characters). The longest names of the genre are some forty
 * characters (中国电子科技集团公司第五十八研究所 is seventeen); the window is several times that.
 */
export const NAME_WINDOW = 200;
/**
 * A character the segmenter never joins to a word (punctuation, brackets, spaces, symbols): it segments the text
 * on each side apart, so the words after it are the same whether the text before it is there or not.
 */
const SEGMENT_BREAK = /[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffa-zA-Z0-9+#&._%-]/;

/**
 * Where the text a name is looked for in starts: `from` when the name could reach back no further than
 * NAME_WINDOW characters; else the first segmenter break inside the window (the words after it are the ones
 * the whole text gives), or the window's start when the window holds no break.
 */
export function windowStart(s: string, from: number, end: number): number {
  const min = end - NAME_WINDOW;
  if (from >= min) return from;
  for (let k = min; k < end; k++) if (SEGMENT_BREAK.test(s[k]!)) return k;
  return min;
}

/**
 * 建设50万亩|三七种植基地, 连片500亩以上|标准化基地: an amount with its unit (and 以上/以下 after it) is no part of
 * a name; a name may start right after it.
 */
// (not a count of things, 3家|市级大学科技园: a count before a kind names a category, which isGenericName reads whole)
const QUANTITY_LEAD = /[\d０-９.]+\s*[万亿千百]*(?:亩|平方米|平方公里|公顷|吨|元)(?:以上|以下|左右)?/g;
function quantityCuts(chunk: string): number[] {
  if (!/[\d０-９]/.test(chunk)) return [];
  return [...chunk.matchAll(QUANTITY_LEAD)].map((m) => m.index! + m[0].length);
}

/** Trigger verbs that also qualify a product in a name (培育钻石产业园). */
const NOUN_VERBS = new Set(['培育']);

/** Last characters of the suffix words: only there can a name end. */
/** Suffix words by their last character's code (in ORG_SUFFIX_WORDS order: longest first; a number key, no one-character string per position). */
const SUFFIXES_BY_LAST = new Map<number, string[]>();
for (const w of ORG_SUFFIX_WORDS) SUFFIXES_BY_LAST.set(w.charCodeAt(w.length - 1), [...(SUFFIXES_BY_LAST.get(w.charCodeAt(w.length - 1)) ?? []), w]);
/** For each suffix word, the longer ones that begin with it (研究院 → 研究院所). */
const LONGER_SUFFIXES = new Map(ORG_SUFFIX_WORDS.map((w) => [w, ORG_SUFFIX_WORDS.filter((x) => x.length > w.length && x.startsWith(w))]));

/** A firm's line of business right after a 谷, up to the end of the name (碳纤维、, 数据科技,). */
const FIRM_AFTER_VALLEY = /^[\u4e00-\u9fff]{0,5}?(科技|碳纤维|纤维|新材料|材料|实业|能源|电子|生物|医药|制药|药业|装备|机械|电气|化工|服饰|针织|纺织)(?=[、，,。；;为等和与及（(\s]|$)/;
/** A trade name and a firm's legal word right after a 谷 (电缆集团, 恒泰服饰股份): the 谷 ends a place inside the firm's name. */
const LEGAL_AFTER_VALLEY = /^([\u4e00-\u9fff]{1,6}?)(?:集团|股份有限公司|有限公司|股份|公司)/;
function firmRunsOnAfterValley(after: string): boolean {
  const m = LEGAL_AFTER_VALLEY.exec(after);
  // (航恒创新谷平台公司, 生物医药谷建设发展有限公司: the valley's own platform or developer keeps the valley as a park)
  return !!m && triggerCuts(m[1]!).length === 0 && !/(平台|建设|发展|投资|开发|运营|管理|服务)/.test(m[1]!);
}

/** A trade name and a firm's line of business after a 城, closing the name (康源医疗科技拓展, 康源医疗科技、). */
const FIRM_AFTER_CITY = /^[\u4e00-\u9fff]{2,6}?(科技|药业|制药|实业|电子|生物)(?=[、，,。；;为等和与及（(\s]|$|发展|布局|研发|拓展|扩大|建设|开展)/;

/** Words that end a trigger-like cut but also occur inside names. */
const NAME_INTERNAL = /(联合|合作|协同|创新|研发|国际|工程|重点|国家|技术|企业|发展|利用|研究)$/;

/** What is left of a name that needs a qualifier before it: 技术研究院, 技术有限公司, 科技集团. */
const FIELD_WORDS_ONLY = /^(技术|科技|工程|工程技术|产业技术|技术创新|科学技术|研究|实业|控股|股份)+$/;

/**
 * Text right after a suffix that continues the same name up to a further suffix (中车某某研究所有限公司,
 * 某某检测中心有限公司, 某某东谷实业股份有限公司: a firm named after its institute, centre or place).
 */
const LONGER_NAME = /^[^、，,。;；:：\s“”"等的和及\d()（）]{0,14}?(科技园|产业园|化工园|分院|研究院|研究所|实验室|创新中心|研究中心|研发中心|技术中心|医学部|医学院|学院|校区|分校|分中心|研究设施|试验基地|转化基地|孵化基地|创新发展基地|研发基地|创新基地|片区|先行区|新城|科技城|工业园|经济技术开发区|高新技术产业开发区|经开区|高新区|分公司|有限责任公司|股份有限公司|有限公司)(?!所)/;

/**
 * 生物医药是园区重点培育的主导产业: a copula after an industry term ends a clause's subject, so a name
 * starts after it (not 是德科技研究院, where 是 opens a name).
 */
function copulaCuts(s: string, index: LexiconIndex): number[] {
  const out: number[] = [];
  for (let i = s.indexOf('是'); i > 1; i = s.indexOf('是', i + 1)) {
    // (吉利商用车是开发区…骨干企业: a copula before a bare zone word — the document's own zone — opens it)
    if (/^(?:开发区|高新区|经开区|园区|新区)/.test(s.slice(i + 1)) && /[\u3400-\u9fffA-Za-z0-9]{2}$/.test(s.slice(0, i))) {
      out.push(i + 1);
      continue;
    }
    for (let k = Math.max(0, i - 10); k <= i - 2; k++) {
      if (index.isIndustryTerm(s.slice(k, i))) {
        out.push(i + 1);
        break;
      }
    }
  }
  return out;
}

/** A weak Lab suffix (中心, 平台) needs a research-ish word before it. */
const WEAK_LAB_MARKER = /(研究|研发|创新|技术|工程|实验|计算|数据|科学|试验|转化|孵化|检测|超算|测试|评审|验证)/;

/** Rough test for an industry-like phrase (used to reject 工业互联网平台-style generic names). */
function industryish(s: string): boolean {
  return /^(人工智能|大数据|云计算|物联网|工业互联网|区块链|信息|数据|数字|智能|网络|软件|金融|科技|知识产权|技术转移|成果转化|公共服务|孵化|双创|创业|人才|科普|职工|党群|社区|文化|体育|医疗|教育|交易)/.test(s) && s.length <= 6;
}

/** Does the text right after an enumeration type its items? (等企业, 等高校, 等为创新源头 …) */
export function categoryOf(after: string): { label: OrgLabel; kind?: string; byKind?: true } | undefined {
  const a = after.replace(/^[“”"]+/, '');
  return typeByCategory(a);
}

/** Misconduct a penalty clause names: these open no firm's name. */
export const PENALTY_WORDS = /(弄虚作假|骗取|套取|骗领|冒领|虚报|瞒报|挪用|截留|侵占|违规|违法|失信|造假|欺诈|虚假|不合格|不达标|偷税|漏税|拖欠|安全事故|环境污染)/;

/** A plausible bare name (no suffix): short, no verbs or generic words. */
/**
 * A firm's name opening with a region of the lexicon, a trade name of two characters or more after it, a trade
 * word (服务, 科技, 资源…) at its end allowed: 珠海九洲航空服务, 青海东台吉乃尔锂资源. Only where the text already
 * says the item is a firm (a firm label, …等企业).
 */
export function regionalFirmName(s: string, index: LexiconIndex): boolean {
  if (s.length < 5 || s.length > 14 || !/^[\u3400-\u9fff]+$/.test(s)) return false;
  if (/(领域|产业|发展|建设|推进|推动|促进|培育|打造|支持|加快|提升|实施|高质量|项目|政策|体系|企业|机构|平台|基地|园区|中心)/.test(s)) return false;
  // (哈尔滨市培育…: the region as a city, province or district, then a verb — the government, no firm)
  return (index.lexicon.regions ?? []).some((r) => r.length >= 2 && s.startsWith(r) && s.length - r.length >= 3 && !/^[市省县区州]/.test(s.slice(r.length)));
}

export function plausibleBareName(s: string): boolean {
  if (s.length < 2 || s.length > 12) return false;
  if (/地区|行业|城市|\d{4}年|\d+年|\d+(米|级|英寸|个)|获得|分别|国家|了|总部|项目|部门|单位|[局委办]$|[+\-]/.test(s)) return false;
  if (!/^[\u3400-\u9fffA-Za-z0-9]/.test(s)) return false;
  // shares and figures (约占全国的40%), and the misconduct a penalty clause names (对弄虚作假、骗取奖补资金的企业)
  if (/[%‰]|^[\d.]+$/.test(s) || PENALTY_WORDS.test(s)) return false;
  // (依托现有开发区统筹布局: a planning phrase, no name)
  if (/^(现有|已有|原有|上述|相关)|统筹|开发区|园区/.test(s)) return false;
  if (/(领域|产业|发展|建设|推进|支持|加快|提升|实施|项目|政策|体系|能力|水平|资源|环节|方向|市场|环境|行动|机制|人才|基金|经济|集群|赛道|技术|应用|研发|服务|产品|领先|龙头|企业|机构|、)/.test(s)) return false;
  return [...s].some((c) => isCjk(c) || /[A-Za-z0-9]/.test(c));
}
