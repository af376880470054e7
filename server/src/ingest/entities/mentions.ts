// Mentions of industries and organisations in one sentence: lexicon matches, suffix-typed
// names, and enumeration items typed by their category word or by their neighbours (list-typing.ts).
import type { OrgEntry } from '../lexicon/index.ts';
import { clauses, enumerations, plausibleBareName, regionalFirmName, suffixNames, type Clause, type Enumeration, type Mention, type Span } from './enumerations.ts';
import type { LexiconIndex } from '../lexicon/match.ts';
import { MARKET_QUALIFIER, onlyGenericBeside, plausibleIndustry, splitIndustryPair, trim, trimIndustry } from './list-items.ts';
import { typeEnumeration } from './list-typing.ts';
import { addDocNames, type DocNames } from './doc-names.ts';
import { orgsOf, overlaps, within, type Scan } from './scan.ts';
import { isGenericName, typeBySuffix } from './typing.ts';
import { fieldLabel, isFirmLabel } from './labels.ts';
import { stripNumbering } from './context.ts';
import { words } from './segment.ts';
import { leadFirmName } from './org-bounds.ts';

/** The lexicon's regions of two characters or more (filtered once per lexicon, not per sentence). */
const longRegionLists = new WeakMap<LexiconIndex, string[]>();
function longRegions(index: LexiconIndex): string[] {
  let rs = longRegionLists.get(index);
  if (!rs) longRegionLists.set(index, (rs = (index.lexicon.regions ?? []).filter((r) => r.length >= 2)));
  return rs;
}

/** Triggers before a weak-suffix name (中心, 平台, 基地 …) that make it one. */
// (位于/落户…: what a firm settles in is a place, even with a weak suffix: 位于方城县产业集聚区)
const WEAK_SUPPORT = /(依托|借助|借重|立足|以|在|建设|打造|推进|支持|发挥|整合|加快|包括|位于|落户|入驻|进驻|坐落于|设在)$/;

export interface SentenceMentions {
  mentions: Mention[];
  lists: Enumeration[];
  /** Items typed by context only (no suffix, no lexicon), for the low-confidence report. */
  low: Mention[];
  /** The sentence's clauses (enumerations.ts clauses(text, offset)), split once for every reader. */
  clauses: Clause[];
}

/**
 * Every mention of one sentence, in steps: 1. lexicon names; 2. suffix-typed names in each clause;
 * 3. enumerations typed by their category word, their verb or their neighbours; then industries after
 * a development verb, planned clusters, weak names a list vouches for, 依托X alone; 4. bracketed
 * aliases.
 */
export function findMentions(text: string, offset: number, index: LexiconIndex, docNames?: DocNames, heading?: string): SentenceMentions {
  const scan: Scan = { text, offset, index, out: [], lists: [], low: [], weak: [], cls: clauses(text, offset) };
  lexiconMentions(scan);
  headedTerms(scan);
  suffixMentions(scan);
  for (const cl of scan.cls) for (const en of enumerations(cl, scan.lists.length, index)) typeEnumeration(scan, en);
  // names the document introduced before (四川岚远集团 …), found again before the verbs that act on them are read
  // (鼓励四川岚远集团拓展X: X is read only after a firm)
  if (docNames) addDocNames(docNames, scan.out, scan.lists, text, offset);
  // (链长：…；链主企业：A（下属B、C）；细分方向：X、Y和Z；承载园区：P — a paragraph of fields, each read as its own line)
  for (const f of labelledFields(scan.text, scan.offset)) {
    const sub: Scan = { ...scan, text: f.text, offset: f.offset };
    labelIndustries(sub);
    bracketTypedFirms(sub, heading);
  }
  for (const g of gatheredFirmLists(scan.text)) bracketTypedFirms({ ...scan, text: g.text, offset: scan.offset + g.at }, undefined, true);
  tradeNames(scan);
  urgedFirms(scan);
  qualifiedTerms(scan);
  verbIndustries(scan);
  researchObjects(scan);
  clusterIndustries(scan);
  weakInLists(scan);
  bareSupportNames(scan);
  placedShortZones(scan);
  bracketAliases(scan);
  orgBounds(scan);
  subsidiaryNames(scan);
  return { mentions: scan.out, lists: scan.lists, low: scan.low, clauses: scan.cls };
}

/**
 * The fields of a sentence written as semicolon-separated key-value pairs (链长：…；链主企业：…；细分方向：…),
 * each with its offset; the whole sentence when fewer than two of its parts open with a field label.
 */
function labelledFields(text: string, offset: number): { text: string; offset: number }[] {
  const parts: { text: string; offset: number }[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (i === text.length || (depth === 0 && (c === '；' || c === ';'))) {
      parts.push({ text: text.slice(from, i), offset: offset + from });
      from = i + 1;
    }
  }
  // (a part opening with any label word — 链长：, 工作专班： — counts as a field; at least two must name items)
  const labelled = parts.filter((p) => /^\s*[\u4e00-\u9fff]{2,8}\s*[:：]/.test(p.text));
  if (parts.length < 2 || labelled.length < parts.length - 1 || parts.filter((p) => fieldLabel(p.text)).length < 2) return [{ text, offset }];
  return parts;
}

/** A line's label that says its items are industries: 主导产业：A、B和C. */
const INDUSTRY_LABEL = /^\s*(?:主导产业|重点产业|首位产业|特色产业|主攻方向|产业方向|重点方向|主导方向|发展重点|重点领域|重点产业链)\s*[:：]\s*/;

/**
 * 主导产业：绿色印染、数码印花。 — a labelled line (a park's or a section's field) whose items are industries
 * by the label; every item must read as one (a sentence after the label is no list), at most eight of them.
 */
function labelIndustries(scan: Scan): void {
  const { text, offset, out, lists } = scan;
  // (细分领域：A、B / 重点产品：C — a key-value block's segment field, by the column vocabulary of labels.ts)
  const field = fieldLabel(text);
  const lab = INDUSTRY_LABEL.exec(text) ?? (field && (field.role === 'segment' || field.role === 'chain') ? [text.slice(0, field.end)] : null);
  if (!lab) return;
  const body = text.slice(lab[0].length).replace(/[。；;]\s*$/, '');
  if (!body || /[:：。；;]/.test(body)) return;
  const spans: Span[] = [];
  let pos = offset + lab[0].length;
  for (const piece of body.split(/[、，,]/)) {
    const sp = { start: pos, end: pos + piece.length };
    pos += piece.length + 1;
    for (const part of splitIndustryPair(text, trim(text, sp, offset), offset, out)) spans.push(trimIndustry(text, part, offset));
  }
  const items = spans.map((sp) => text.slice(sp.start - offset, sp.end - offset));
  if (spans.length > 8 || items.some((x) => !plausibleIndustry(x) || isGenericName(x, '', () => false) || /[与和及]$|^[与和及]/.test(x))) return;
  const en = lists.find((l) => spans.every((sp) => l.start <= sp.start && sp.end <= l.end));
  spans.forEach((sp, i) => {
    if (out.some((x) => x.label !== 'Industry' && overlaps(x, sp))) return;
    const same = out.find((x) => x.label === 'Industry' && x.start === sp.start && x.end === sp.end);
    if (same) {
      if (en && same.list === undefined) same.list = en.index;
      return;
    }
    for (const x of out.filter((x) => x.label === 'Industry' && overlaps(x, sp))) out.splice(out.indexOf(x), 1);
    const m: Mention = { ...sp, surface: items[i]!, label: 'Industry', confidence: 'low' };
    if (en) m.list = en.index;
    out.push(m);
  });
}

/**
 * 园区已集聚A（X）、B（Y）等骨干企业 / 全县拥有A（X）、B（Y）等人参企业: in running text, a list of names each with its
 * line of business in brackets, opened by a verb of gathering or having and closed by 等…企业 — the same list as a
 * 重点企业： field, its label written after it. Only the items (from the first name to the last bracket) are returned.
 */
const GATHERED_FIRMS = /(?:集聚|聚集|汇聚|拥有|培育了?|引进了?|聚集了|集聚了)((?:[^、，,。；;：:（）()“”"\s等]{2,20}[（(][^（）()，,。；;：:]{2,30}[）)]、)+[^、，,。；;：:（）()“”"\s等]{2,20}[（(][^（）()，,。；;：:]{2,30}[）)])(?=等[^，,。；;：:、（）()]{0,10}?(?:企业|厂商|公司))/g;

function gatheredFirmLists(text: string): { text: string; at: number }[] {
  return [...text.matchAll(GATHERED_FIRMS)].map((m) => ({ text: m[1]!, at: m.index! + m[0].length - m[1]!.length }));
}

/** A firm's name with its line of business in brackets after it: 岚溪古道纤维（再生纤维）. */
const TYPED_FIRM = /^([^、，,。；;：:（）()“”"\s]{2,16}?)[（(]([^（）()，,。；;：:]{2,30})[）)]$/;

/**
 * 重点企业：A（X）、B（Y）、C（Z） / a heading's 链主企业 line of such items — a list of names each with its line of
 * business in brackets: the names are firms (with a firm label before them, under a heading about firms, or
 * with a firm's suffix or known name among them), the bracketed words their industries. The bracket is never
 * part of the name.
 */
function bracketTypedFirms(scan: Scan, heading?: string, gathered = false): void {
  const { text, offset, out, index } = scan;
  // (the firm label: 重点企业：, 核心配套企业：, 链主企业： — the column vocabulary of labels.ts)
  const field = fieldLabel(text);
  const labelled = !!field && (field.role === 'enterprise' || field.role === 'target');
  const lab = [labelled ? text.slice(0, field.end) : ''];
  // (a line of bracketed items under a heading that is such a label: （一）链主企业 \n A（X）、B（Y）)
  const underFirmHeading = !labelled && !!heading && isFirmLabel(stripNumbering(heading).replace(/[:：。]\s*$/, ''));
  const body = text.slice(lab[0]!.length).replace(/[。；;]\s*$/, '').replace(/等(?:企业)?$/, '');
  // (隆基绿能（单晶硅棒、硅片）: a 、 inside a bracket separates the firm's lines of business, not firms)
  const pieces = splitTopLevel(body);
  if ((pieces.length < 2 && !labelled) || !body || /[:：。；;，,]/.test(body.replace(/[（(][^）)]*[）)]/g, ''))) return;
  const typed: { name: Span; kind?: Span; nameText: string; kindText?: string }[] = [];
  let pos = offset + lab[0]!.length;
  for (const piece of pieces) {
    const bare = piece.replace(/^(?:以及|及|和|与)/, (j) => ' '.repeat(j.length)).trimStart();
    const t = TYPED_FIRM.exec(bare);
    const lead = piece.length - piece.replace(/^(?:以及|及|和|与)/, '').length;
    const ns = pos + lead;
    // (under a firm label an item may stand without its bracket: 重点企业：A、B(X)、C)
    if (!t && labelled && /^[^（）()“”"\s]{2,16}$/.test(bare)) typed.push({ name: { start: ns, end: ns + bare.length }, nameText: bare });
    else if (!t) return;
    else typed.push({ name: { start: ns, end: ns + t[1]!.length }, kind: { start: ns + t[1]!.length + 1, end: ns + t[1]!.length + 1 + t[2]!.length }, nameText: t[1]!, kindText: t[2]! });
    pos += piece.length + 1;
  }
  if (!typed.some((x) => x.kind) && !labelled) return;
  // (gathered in running text: every item has its bracket, and a bracket is a line of business — not the firm's
  // place (天合光能（西宁）, part of its name) nor a short name given to it (以下简称…))
  const regionsAll = scan.index.lexicon.regions ?? [];
  const placeBracket = (k?: string) => !!k && regionsAll.includes(k.replace(/[省市区县]$/, ''));
  if (gathered && typed.every((x) => x.kind && placeBracket(x.kindText)) && typed.every((x) => plausibleBareName(x.nameText) || typeBySuffix(x.nameText)?.label === 'Enterprise')) {
    // (every bracket a place: each item is one firm's whole name, its place inside it — 天合光能（西宁）)
    for (const x of typed) {
      const whole = { start: x.name.start, end: x.kind!.end + 1 };
      if (out.some((m) => m.label !== 'Industry' && m.label !== 'Enterprise' && overlaps(m, whole))) continue;
      for (const m of out.filter((m) => overlaps(m, whole))) out.splice(out.indexOf(m), 1);
      out.push({ ...whole, surface: text.slice(whole.start - offset, whole.end - offset), label: 'Enterprise', confidence: 'high' });
    }
    return;
  }
  if (gathered && typed.some((x) => !x.kindText || placeBracket(x.kindText) || /简称|下称|筹|拟|在建/.test(x.kindText))) return;
  // (under a firm label, a name opening with a region may end in a trade word: 德阳恒远检修服务)
  if (!typed.every((x) => (plausibleBareName(x.nameText) || ((labelled || gathered) && regionalFirmName(x.nameText, index)) || (gathered && typeBySuffix(x.nameText)?.label === 'Enterprise' && !typeBySuffix(x.nameText)?.weak)) && !index.isIndustryTerm(x.nameText) && !isGenericName(x.nameText, '', (w) => index.isIndustryTerm(w)))) return;
  if (typed.some((x) => typeBySuffix(x.nameText) && typeBySuffix(x.nameText)!.label !== 'Enterprise')) return;
  const firmLabel = labelled || gathered || (underFirmHeading && typed.every((x) => x.kind));
  const firmish = typed.some((x) => out.some((m) => m.label === 'Enterprise' && overlaps(m, x.name)) || typeBySuffix(x.nameText)?.label === 'Enterprise');
  // (without a label or a firm among them: most names open with a region of the lexicon — 河北岚投新能源)
  const regions = longRegions(index);
  const regional = typed.filter((x) => regions.some((r) => x.nameText.startsWith(r) && x.nameText.length - r.length >= 2)).length * 2 >= typed.length;
  if (!firmLabel && !firmish && !regional) return;
  const multiKind = typed.some((x) => !!x.kindText && x.kindText.includes('、') && !SUBSIDIARY_LEAD.test(x.kindText));
  for (const x of typed) {
    const whole = x.kind ? { start: x.name.start, end: x.kind.end + 1 } : x.name;
    if (!x.kind && out.some((m) => m.label === 'Enterprise' && m.start === x.name.start && m.end === x.name.end)) continue;
    if (out.some((m) => m.label !== 'Industry' && m.label !== 'Enterprise' && overlaps(m, whole))) continue;
    for (const m of out.filter((m) => overlaps(m, whole))) out.splice(out.indexOf(m), 1);
    const firm: Mention = { ...x.name, surface: x.nameText, label: 'Enterprise', confidence: 'high' };
    out.push(firm);
    if (!x.kind || x.kindText === undefined) continue;
    // 湘电集团（下属湘电股份、湘电风能）: the bracket names the group's subsidiaries, firms of their own
    const sub = SUBSIDIARY_LEAD.exec(x.kindText);
    // (several lines of business in one bracket: the relation reader ties a firm to one bracketed kind only,
    // and would tie that firm to every industry after it — the line's kinds are left out, its firms stay)
    if (!sub && multiKind) continue;
    let at = x.kind.start + (sub ? sub[0].length : 0);
    for (const part of x.kindText.slice(sub ? sub[0].length : 0).split('、')) {
      const sp = { start: at, end: at + part.length };
      at += part.length + 1;
      if (sub) {
        if (plausibleBareName(part) && !index.isIndustryTerm(part) && !isGenericName(part, '', (w) => index.isIndustryTerm(w))) out.push({ ...sp, surface: part, label: 'Enterprise', confidence: 'high' });
      } else if (plausibleIndustry(part) && !isGenericName(part, '', () => false)) out.push({ ...sp, surface: part, label: 'Industry', confidence: 'low' });
    }
  }
}

/** What opens a bracket of subsidiaries after a group's name: 下属, 旗下, 包括, 含. */
const SUBSIDIARY_LEAD = /^(?:下属|旗下|包括|含)(?:企业|公司)?[:：]?/;

/** `s` split at each 、 outside brackets. */
function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (c === '、' && depth === 0) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}

/** 1. Lexicon names, and a direction area of a known zone (经开区西区). */
function lexiconMentions(scan: Scan): void {
  const { text, offset, index, out } = scan;
  for (const m of index.scan(text, offset)) {
    if (m.ref.type === 'org') {
      const e = m.ref.entry as OrgEntry;
      const men: Mention = { start: m.start, end: m.end, surface: m.surface, label: e.label, lex: m, confidence: 'high' };
      if (e.kind) men.kind = e.kind;
      out.push(men);
    } else if (!modifierAlias(text, m.end - offset, m.surface, m.ref.entry.name) && !verbalUse(text, m.start - offset, m.end - offset, m.surface) && !gluedJoin(text, m.start - offset, m.surface) && !DESIGNATION_AFTER.test(text.slice(m.end - offset)) && !servedObject(text, m.start - offset, m.end - offset) && !usedFor(text, m.end - offset)) out.push({ start: m.start, end: m.end, surface: m.surface, label: 'Industry', lex: m, confidence: 'high' });
  }
  // 经开区西区: a direction area of a known zone
  for (const z of [...out]) {
    if (z.label !== 'Park' || z.kind !== 'zone') continue;
    const d = /^[东西南北中]区/.exec(text.slice(z.end - offset));
    if (d) out.push({ start: z.start, end: z.end + 2, surface: z.surface + d[0], label: 'Park', kind: 'area', confidence: 'high' });
  }
}

/** Product heads a broad field's short name may be written before (光伏|硅片, 风电|装备, 光伏|材料 集群). */
const FIELD_PRODUCT_HEAD = /^(?:硅片|电池片|材料|装备|设备|组件|玻璃|支架|逆变器|辅材)/;
/** What may follow such a product line: a separator or joiner, or a word about it (集群, 制造, 项目, 企业). */
const HEADED_END = /^(?:$|[、，,。；;：:和与及等（）()\s“”"]|集群|产业|企业|项目|制造|生产|领域|环节|方向|基地|骨干|龙头|配套|完善|的)/;

/**
 * 重点支持光伏硅片、风电装备和氢能装备制造项目 / 光伏材料集群 / 围绕包装机械和光伏装备: a broad field of the
 * lexicon (a chain or an industry: 光伏, 风电, 氢能) written right before a product head names that product
 * line (光伏硅片, 风电装备, 氢能装备), not the broad field; a known term the head opens (装备制造) goes with it.
 * Not inside another name (大庆氢能装备产业园) nor where a longer known term already starts at the field.
 */
export function productHeadAfter(text: string, at: number): [string] | undefined {
  const head = FIELD_PRODUCT_HEAD.exec(text.slice(at));
  // (the product line ends at the head: 半导体设备零部件, 新能源设备保税维修 run on to a longer noun)
  return head && HEADED_END.test(text.slice(at + head[0].length)) ? [head[0]] : undefined;
}

function headedTerms(scan: Scan): void {
  const { text, offset, out } = scan;
  for (const m of [...out]) {
    if (m.label !== 'Industry' || !m.lex || m.lex.ref.type !== 'industry' || m.surface.length > 3) continue;
    const head = productHeadAfter(text, m.end - offset);
    if (!head) continue;
    const end = m.end + head[0].length;
    if (out.some((x) => x !== m && x.start <= m.start && x.end > m.end && (x.label !== 'Industry' || x.start < m.start))) continue;
    if (out.some((x) => x.label !== 'Industry' && x.start < end && x.end > m.start)) continue;
    for (const x of out.filter((x) => x !== m && x.label === 'Industry' && x.start >= m.end && x.start < end)) out.splice(out.indexOf(x), 1);
    out.splice(out.indexOf(m), 1, { start: m.start, end, surface: m.surface + head[0], label: 'Industry', confidence: 'high', headed: true });
  }
}

/** Qualifiers that name no narrower segment before a known term (高端芯片, 国产操作系统, 本地配套). */
const BROAD_QUALIFIER = /^(?:世界级|国家级|省级|市级|全国|高端|中高端|国产|新型|先进|核心|关键|重点|主要|相关|各类|一批|本地|海外|国内|国际|全球|企业|产业|行业|领域|项目|技术|产品|市场|新一代|下一代|前沿|未来|传统|优势|特色|通用|专用|配套|上下游|上游|中游|下游|龙头|骨干|智能化|数字化|绿色|自主|可控|安全|重大|大型|小型|中小|重型|轻型|中型|微型)+$/;

/** Known terms that name a product line a qualifier can narrow (操作系统, 芯片, 器件), not a field (未来产业, 生物医药). */
// (装备制造 too: 航空装备制造, 石油装备制造, 新能源装备制造 name the equipment of one field, not the broad 装备制造)
const PRODUCT_HEAD = /(?:芯片|器件|系统|软件|材料|设备|装备|装备制造|模组|模块|传感器|电池|电机|机器人|面板|零部件|部件|药物|疫苗|试剂)$/;
/** Words the segmenter may tag as nouns that still end a qualifier: plan verbs, places, directions. */
const QUALIFIER_STOP = /(投向|赋能|优化|布局|发展|助力|构筑|谋划|面向|推动|推进|加快|打造|建设|支持|引导|鼓励|培育|提升|强化|聚焦|围绕|重点|大力|积极|[区市省县谷城港湾镇]$|京津冀|长三角|珠三角|粤港澳|成渝)/;

/**
 * A known term the text narrows with a qualifier written right before it, after a verb, a list separator
 * or a joiner (开展车载操作系统…合作, 射频芯片、存储芯片, 功率半导体器件): the longer name the text states is the
 * segment, not the lexicon's broader term. Only nouns make the qualifier (no verb, place, pronoun or number),
 * two to four characters, none of them broad (高端芯片, 国产操作系统 stay the term); a known term before
 * the term makes one compound with it (人工智能|芯片 → 人工智能芯片).
 */
function qualifiedTerms(scan: Scan): void {
  const { text, offset, out } = scan;
  for (const m of [...out]) {
    if (m.label !== 'Industry' || !m.lex || !PRODUCT_HEAD.test(m.surface)) continue;
    const at = m.start - offset;
    const tail = text.slice(Math.max(0, at - 8), at);
    if (!/[\u3400-\u9fff]$/.test(tail)) continue;
    const ws = words(tail);
    let q = '';
    for (let i = ws.length - 1; i >= 0; i--) {
      const w = ws[i]!;
      if (!/^(n|nz|j|b)$/.test(w.tag) || !/^[\u3400-\u9fff]+$/.test(w.word) || QUALIFIER_STOP.test(w.word)) break;
      q = w.word + q;
    }
    // the qualifier must open after a boundary the segmenter saw (a verb, 、, 和 …), not run on from a name
    if (q.length < 2 || q.length > 5 || q.length === tail.length || BROAD_QUALIFIER.test(q) || BROAD_QUALIFIER.test(q.slice(0, 2)) || isGenericName(q, '', () => false)) continue;
    const qs = m.start - q.length;
    const prev = text[qs - offset - 1] ?? '';
    if (/[A-Za-z0-9]/.test(prev)) continue;
    // not inside another name (an organisation, a park, a lab) nor over a known term only partly
    if (out.some((x) => x !== m && x.start < m.end && x.end > qs && (x.label !== 'Industry' || x.start < qs || x.end !== m.start))) continue;
    const surface = q + m.surface;
    if (!plausibleIndustry(surface)) continue;
    for (const x of out.filter((x) => x !== m && x.label === 'Industry' && x.start === qs && x.end === m.start)) out.splice(out.indexOf(x), 1);
    out.splice(out.indexOf(m), 1, { start: qs, end: m.end, surface, label: 'Industry', confidence: 'high' });
  }
}

/**
 * 国家级智能制造示范工厂 / 服务型制造示范企业 / 绿色工厂: an industry word inside the name of a designation
 * or award is no industry of the document.
 */
const DESIGNATION_AFTER = /^(示范工厂|示范企业|示范车间|示范项目|示范场景|标杆工厂|标杆企业|灯塔工厂|优秀场景|试点示范|试点企业|揭榜)/;

/** 建设面向人工智能大模型训练的算力平台: what a facility serves (面向X…的) is no industry the text develops. */
function servedObject(text: string, at: number, end: number): boolean {
  return /面向$/.test(text.slice(0, at)) && /^[^，,。；;、]{0,12}的/.test(text.slice(end));
}

/**
 * 光伏逆变器用功率模块 / 新能源汽车用动力电池: a known term before 用 and a product names what the product is
 * for, not the industry of the sentence (the product is). Not 应用, 使用, 专用 …: those 用 are words of their own.
 */
function usedFor(text: string, end: number): boolean {
  const m = /^([\u3400-\u9fffA-Za-z0-9]{0,4}?)用(?=[\u3400-\u9fffA-Za-z]{2})/.exec(text.slice(end, end + 8));
  if (!m) return false;
  const prev = m[1] ? m[1][m[1].length - 1]! : text[end - 1] ?? '';
  return !/[应使利采运适通作试专共费信享实引租启可备选常]/.test(prev) && !/^(于|户|地|能|电|水|工|途|量|作|法|料)/.test(text.slice(end + m[0].length));
}

/** Product heads a short alias may qualify (储能|材料, 储能|系统集成, 储能|电站). */
const MODIFIED_HEAD = /^(?:材料|系统|电池|电站|电芯|变流|装备|设备|产品|项目|集成|温控|模组|器件|部件|零部件|组件)/;

/**
 * 培育储能材料初创企业 / 新建储能系统集成项目: a short alias of a broader industry (储能 for 新型储能) written
 * right before a product head qualifies that product; it does not name the industry it stands for.
 */
function modifierAlias(text: string, end: number, surface: string, canonical: string): boolean {
  return surface !== canonical && surface.length <= 2 && MODIFIED_HEAD.test(text.slice(end, end + 3));
}

/** Known terms that are also verbs (适配, 集成, 应用): a segment only where the text names it, not where it acts. */
const VERBAL_TERMS = new Set(['适配', '集成', '应用', '测试', '验证']);

/**
 * 开展适配 / 推动A与B开展适配: a verbal term used as the act (after 开展/进行/完成…, closing its clause)
 * names no segment; 适配测试, 研发、适配及集成技术 stay.
 */
function verbalUse(text: string, at: number, end: number, surface: string): boolean {
  if (!VERBAL_TERMS.has(surface)) return false;
  // (开发适配国产平台的方案 is left: the firms it names are then tied to the section's industry as stated)
  return /(开展|进行|完成|实现|做好|加强|深化|持续|全面)$/.test(text.slice(0, at)) && /^($|[，,。；;])/.test(text.slice(end));
}

/** A known term with a joiner inside that starts within a word (干|细胞和基因|编辑药物): two names, not the term. */
function gluedJoin(text: string, at: number, surface: string): boolean {
  if (!/[和与及]/.test(surface) || at < 1 || !/[\u3400-\u9fff]/.test(text[at - 1]!)) return false;
  const first = words(text.slice(at - 1, at + 3))[0];
  // (a dictionary word across the boundary, not a function word glued by the segmenter: 以|脑机交互与人机共融)
  return !!first && first.tag !== 'x' && !'以在由对为的将把被从向于与和及并或等是'.includes(text[at - 1]!) && first.word.length >= 2 && first.word.length < surface.length;
}

/** 2. Suffix-typed names in every clause (a zone written before its park is split off); industry terms inside them dropped. */
function suffixMentions(scan: Scan): void {
  const { text, offset, index, out, cls, weak } = scan;
  const idx = new MentionIndex(out);
  const subjects: Span[] = [];
  for (const cl of cls) {
    const named = suffixNames(text, cl, offset, index);
    const found: Mention[] = [];
    // 岚湖实验室位于岚城高新区: the subject of a settling verb, typed as a lab by its own suffix, is a lab too
    // (a park's subject, P位于Q, is read with its relations: ../relations/parks.ts)
    // (its industry words are no industries either: 高新区医疗器械产业园位于…)
    // (each subject found goes right before its name: one pass, not a search of the clause's names for each)
    for (const c of named) {
      const subj = settledSubject(c, cl, index, subjects);
      if (subj) found.push(subj);
      found.push(c);
    }
    for (let cand of found) {
      // an owner prefix that is a known organisation: 中科曙光国家先进计算产业创新中心
      const prefix = cand.label === 'Enterprise' ? undefined : idx.startingAt(cand.start).find((o) => o.label !== 'Industry' && o.end < cand.end && o.lex && (o.label === 'Enterprise' || o.kind === 'zone'));
      // (not 中国电子科技集团公司第五十八研究所: a company's numbered institute keeps the company's name)
      if (prefix && !/^(公司|集团|股份)/.test(text.slice(prefix.end - offset, cand.end - offset))) {
        const rest = text.slice(prefix.end - offset, cand.end - offset);
        const sub = suffixNames(rest, { start: prefix.end, end: cand.end }, prefix.end, index);
        const same = sub.find((x) => x.end === cand.end);
        if (!same) continue;
        // …but a firm's own centre keeps the firm's name (天地伟业智能安防创新中心): only a known name or a
        // national or regional one (中科曙光国家先进计算产业创新中心) stands without its owner
        // (高新区医疗器械产业园: a park named only by its industry keeps the zone's name before it)
        const sameSuffix = typeBySuffix(same.surface)?.suffix ?? '';
        const fieldOnly = same.label === 'Park' && index.isIndustryTerm(same.surface.slice(0, same.surface.length - sameSuffix.length));
        const standalone = !!index.lookup(same.surface) || /^(国家|省|市|天津|中国|京津冀)/.test(same.surface) || (prefix.kind === 'zone' && !fieldOnly);
        if (standalone) cand = same;
      }
      // 丘钛科技位于昆山高新区: a settling verb never glues its subject onto the place's name
      const settled = cand.label === 'Park' || cand.label === 'Lab' ? /^(.+?)(位于|落户|入驻|进驻|坐落于|设在)(.{2,})$/.exec(cand.surface) : null;
      if (settled) cand = { ...cand, start: cand.start + settled[1]!.length + settled[2]!.length, surface: settled[3]! };
      // (，是国家级高新技术产业开发区: a copula opening a clause is the clause's, no part of a name after it)
      const copula = cand.label === 'Park' ? /^(?:是|系)(?=.{3,})/.exec(cand.surface) : null;
      if (copula && /(?:^|[，,；;。])$/.test(text.slice(0, cand.start - offset))) cand = { ...cand, start: cand.start + copula[0].length, surface: cand.surface.slice(copula[0].length) };
      // (开发区是国家级经济技术开发区: a copula before a rank says what level the subject is — the name ends before it)
      const ranked = cand.label === 'Park' ? /^(.{2,12}?)(?:是|系)(?=国家级|省级|市级|全国|首批|国务院)/.exec(cand.surface) : null;
      if (ranked) cand = { ...cand, end: cand.start + ranked[1]!.length, surface: ranked[1]! };
      // (以位于成都科学城的…: the settling verb opening the name is the clause's, the place follows it)
      const placedIn = cand.label === 'Park' ? /^(位于|落户于?|入驻|进驻|坐落于|设在)(?=.{3,})/.exec(cand.surface) : null;
      if (placedIn) cand = { ...cand, start: cand.start + placedIn[0].length, surface: cand.surface.slice(placedIn[0].length) };
      // 科学园和互联网产业园: a place word's name (…园, …城, …谷) joined by 和 to a park is a park of its own
      const pair = cand.label === 'Park' ? /^([\u4e00-\u9fff]{2,6}?[园城谷])[和与及]([\u4e00-\u9fff]{3,})$/.exec(cand.surface) : null;
      if (pair && typeBySuffix(pair[2]!)?.label === 'Park' && !/^(?:[两二三四五六七八九十\d各该本此这其]|园区)/.test(pair[1]!)) {
        const left: Mention = { start: cand.start, end: cand.start + pair[1]!.length, surface: pair[1]!, label: 'Park', kind: 'park', confidence: 'high' };
        if (!idx.orgsOverlapping(left).length) idx.push(left);
        cand = { ...cand, start: cand.start + pair[1]!.length + 1, surface: pair[2]! };
      }
      let innerZone: Mention | undefined;
      // 成都高新区新川创新科技园 / 天府新区兴隆湖片区: a zone followed by a park or area of its own
      if (cand.label === 'Park' && !idx.orgsOverlapping(cand).length) {
        const z = /^(.{2,8}?(?:高新区|经开区|开发区|新区|保税区|综保区|工业区|自贸区))[和与及、]?(.{3,})$/.exec(cand.surface);
        const rest = z ? typeBySuffix(z[2]!) : undefined;
        // (贵安新区电子信息产业园 stays whole: a park named only by its industry needs its zone's name)
        if (z && rest?.label === 'Park' && !rest.weak && !isGenericName(z[2]!, rest.suffix, () => false)) {
          const zone: Mention = { start: cand.start, end: cand.start + z[1]!.length, surface: z[1]!, label: 'Park', kind: 'zone', confidence: 'high' };
          if (properCore(z[2]!.slice(0, -rest.suffix.length), index)) {
            idx.push(zone);
            // (长春新区和长春经济技术开发区: two zones joined by 和, the second starts after it)
            cand = { ...cand, start: zone.end + cand.surface.length - z[1]!.length - z[2]!.length, surface: z[2]! };
            if (rest.kind) cand.kind = rest.kind;
          } else innerZone = zone; // (the zone is named too: 贵安新区)
        }
      }
      // 非化工园区, 非公企业: a name negated by 非 is a category of places or firms, none of them
      if (/^非/.test(cand.surface)) continue;
      const clash = idx.orgsOverlapping(cand);
      if (clash.some((o) => within(cand, o))) continue; // inside a known name
      if (clash.some((o) => o.lex && !within(o, cand))) continue; // crosses a known name
      if (clash.some((o) => o.lex && o.end === cand.end)) continue; // a known name with words before it
      // weak suffixes (中心, 平台, 基地, 示范区, 集聚区) need a trigger right before the name
      const pre = text.slice(Math.max(0, cand.start - offset - 4), cand.start - offset);
      const subject = (cand.start === cl.start || /[,，。;；:：\n]$/.test(pre)) && /^(获批|入选|被认定|成功获批|重点发展|重点布局|重点建设|主要发展|聚焦|包括[^，,。；;]{2,30}?[两二三四五六七八九十\d]个(?:片区|园区|组团|板块|功能区))/.test(text.slice(cand.end - offset)) || (cand.label === 'Park' && (cand.start === cl.start || /[,，。;；:：\n]$/.test(pre)) && /^(?:重点承接|已形成|已集聚|是[^，,。；;]{0,16}?(?:承载区|集聚区|主阵地|核心区|主战场))/.test(text.slice(cand.end - offset)));
      // (甲乙石化产业集聚区已形成…产业链: a place opening a clause that states what it has formed or gathered; not a
      // centre — 中国电信庆阳云计算大数据中心已建成投运 is a facility)
      // 建设宝安低空经济产业园和西乡无人机测试基地: joined to a typed name of the same label
      const joined = /[和及与、]$/.test(pre) && idx.endingAt(cand.start - 1).some((o) => o.label === cand.label && o.confidence === 'high');
      // “一核”为宜宾三江新区: a layout's role names a place
      const role = /[”"](?:分别)?(?:为|是|包括)$/.test(pre);
      if (cand.confidence === 'low' && !WEAK_SUPPORT.test(pre) && !subject && !joined && !role) {
        weak.push(cand);
        continue;
      }
      // the candidate swallows known names only when it is longer and typed (…海河实验室 containing 信创)
      for (const o of clash) idx.remove(o);
      idx.push(cand);
      if (innerZone) idx.push(innerZone);
    }
  }
  idx.compact();
  // industry matches inside organisation names are not industry mentions
  const orgs = new MentionIndex(orgsOf(out));
  const subjectIndex = new MentionIndex(subjects);
  let kept = 0;
  for (const m of out) {
    if ((m.label === 'Industry' && orgs.containing(m)) || subjectIndex.containing(m)) continue;
    out[kept++] = m;
  }
  out.length = kept;
}

/**
 * 岚湖实验室位于岚城高新区: the subject of a settling verb inside a suffix name, typed as a lab by its own suffix (or a
 * park by its place word, opening its clause), as a mention of its own; a park's or a firm's subject is only noted in
 * `subjects` (its industry words are no industries). Undefined when the name has no such subject.
 */
function settledSubject(c: Mention, cl: Clause, index: LexiconIndex, subjects: Span[]): Mention | undefined {
  const st = c.label === 'Park' || c.label === 'Lab' ? /^(.+?)(位于|落户|入驻|进驻|坐落于|设在)(.{2,})$/.exec(c.surface) : null;
  const ty = st ? typeBySuffix(st[1]!) : undefined;
  if (!st || !ty || isGenericName(st[1]!, ty.suffix, (x) => index.isIndustryTerm(x))) return undefined;
  // (中国东南（福建）科学城位于福州高新区: a place-word name opening its clause and said to lie in another
  // place is a park, though its suffix alone is weak)
  const weakPark = !!ty.weak && ty.label === 'Park' && c.start === cl.start && st[1]!.length >= 4 && !/^[一二两三四五六七八九十]/.test(st[1]!);
  if (ty.weak && !weakPark) return undefined;
  if (ty.label !== 'Lab' && !weakPark) {
    subjects.push({ start: c.start, end: c.start + st[1]!.length });
    return undefined;
  }
  const subj: Mention = { start: c.start, end: c.start + st[1]!.length, surface: st[1]!, label: ty.label, confidence: 'high' };
  if (ty.kind) subj.kind = ty.kind;
  return subj;
}

/**
 * A sentence's mentions indexed by where they start and end, so that a name asks only the mentions near it
 * (overlapping it, starting or ending at a place) and not every mention of the sentence (a layout sentence of n parks
 * stays linear). Over an array it owns while in use: pushes append to it, removals are marked and made by compact(),
 * so the array keeps the order in which the mentions were found.
 */
class MentionIndex<M extends Span & { label?: string }> {
  private readonly byStart = new Map<number, M[]>();
  private readonly byEnd = new Map<number, M[]>();
  private readonly removed = new Set<M>();
  /** The longest mention indexed (a name overlapping [s, e) starts after s - longest). */
  private longest = 0;
  constructor(private readonly all: M[]) {
    for (const m of all) this.add(m);
  }
  private add(m: M): void {
    mentionIndexWork.steps++;
    const s = this.byStart.get(m.start);
    if (s) s.push(m);
    else this.byStart.set(m.start, [m]);
    const e = this.byEnd.get(m.end);
    if (e) e.push(m);
    else this.byEnd.set(m.end, [m]);
    this.longest = Math.max(this.longest, m.end - m.start);
  }
  push(m: M): void {
    this.all.push(m);
    this.add(m);
  }
  remove(m: M): void {
    this.removed.add(m);
  }
  private live(ms: M[] | undefined): M[] {
    if (!ms) return [];
    mentionIndexWork.steps += ms.length;
    return this.removed.size ? ms.filter((m) => !this.removed.has(m)) : ms;
  }
  /** The mentions starting at `at`, in the order found. */
  startingAt(at: number): M[] {
    return this.live(this.byStart.get(at));
  }
  /** The mentions ending at `at`, in the order found. */
  endingAt(at: number): M[] {
    return this.live(this.byEnd.get(at));
  }
  /** The organisations (any label but Industry) overlapping a span. */
  orgsOverlapping(sp: Span): M[] {
    const res: M[] = [];
    for (let at = sp.start - this.longest + 1; at < sp.end; at++) {
      mentionIndexWork.steps++;
      for (const o of this.live(this.byStart.get(at))) if (o.label !== 'Industry' && overlaps(o, sp)) res.push(o);
    }
    return res;
  }
  /** Whether a mention indexed covers the span (the span within it). */
  containing(sp: Span): boolean {
    for (let at = sp.end - this.longest; at <= sp.start; at++) {
      mentionIndexWork.steps++;
      for (const o of this.live(this.byStart.get(at))) if (within(sp, o)) return true;
    }
    return false;
  }
  /** Removes the mentions marked removed from the array, keeping the order of the others. */
  compact(): void {
    if (!this.removed.size) return;
    let kept = 0;
    for (const m of this.all) if (!this.removed.has(m)) this.all[kept++] = m;
    this.all.length = kept;
  }
}

/** Work counter for tests (test/unit/fix28-*.test.ts): the mentions and places suffixMentions looks at. */
export const mentionIndexWork = { steps: 0 };

/** A bare product head is no industry of its own (引育关键材料和设备企业: 设备). */
const BARE_HEAD = /^(材料|设备|装备|器件|部件|产品|硬件|系统)$/;

/**
 * Theme words a park's name is made of (零碳产业园, 低碳产业园, 数智产业园) that the segmenter does not know and
 * tags as a name: they say what kind of park it is, no place of its own.
 */
const THEME_WORD = /^(零碳|近零碳|低碳|负碳|双碳|数智|智造|绿智)$/;

/**
 * A park's name before its suffix has a proper part (新川创新, 兴隆湖, 翔安), not only industry or theme words
 * (电子信息, 零碳: 鄂尔多斯蒙苏经济开发区零碳产业园 is one park, not the zone and a 零碳产业园).
 */
function properCore(core: string, index: LexiconIndex): boolean {
  if (!core) return false;
  return words(core).some((w) => (/^(x|ns|nr|nrt)$/.test(w.tag) || (w.tag === 'nz' && !index.isIndustryTerm(w.word))) && w.word.length >= 2 && !index.isIndustryTerm(w.word) && !THEME_WORD.test(w.word));
}

/** 支持白鹭云科技发展边缘计算: trade names before a development verb, found before the verb's objects are read. */
function tradeNames(scan: Scan): void {
  const { index, out, low, text, offset } = scan;
  // 引导青海发投碱业拓展高纯硼酸 / 宜昌峡江隔膜科技已落户园区: a name opening with a region, urged to act or settling
  // in a place, is a firm's (its trade word may be any: 碱业, 隔膜科技, 锂资源)
  for (const m of text.matchAll(/(?:^|[，,；;。]|支持|鼓励|引导|推动)((?!支持|鼓励|引导|推动)[\u3400-\u9fff]{5,14}?)(?=(?:已|已经)?(?:落户|入驻|进驻)|(?:发展|布局|拓展|拓宽|延伸|扩大|做强|做大|做优)[\u3400-\u9fff])/g)) {
    const name = m[1]!;
    const start = offset + m.index! + m[0].length - name.length;
    const sp = { start, end: start + name.length };
    if (!regionalFirmName(name, index) || out.some((x) => x.label !== 'Industry' && overlaps(x, sp)) || index.isIndustryTerm(name) || typeBySuffix(name) || /^(我|本|全|该|各)/.test(name)) continue;
    // (a region and a field alone are a sector: 青海盐湖产业, 宜昌磷化工)
    if ((index.lexicon.regions ?? []).some((r) => name.startsWith(r) && index.isIndustryTerm(name.slice(r.length)))) continue;
    for (const x of out.filter((x) => x.label === 'Industry' && overlaps(x, sp))) out.splice(out.indexOf(x), 1);
    const men: Mention = { ...sp, surface: name, label: 'Enterprise', confidence: 'low' };
    out.push(men);
    low.push(men);
  }
  // 支持白鹭云科技发展边缘计算: a trade name (a word before a trade word) between 支持/鼓励 and a development verb
  for (const m of text.matchAll(/(?:支持|鼓励|引导)([^、，,。；;：:等和与及“”"（）()\s]{2,8}?(?:科技|信息|电子|光电|微电子|股份|药业|医药|制药|通信|电器|智能|软件|生物|材料))(?=发展|布局|研发|研制|拓展|拓宽|延伸|扩大|做强|做大|做优)/g)) {
    const start = offset + m.index! + 2;
    const sp = { start, end: start + m[1]!.length };
    const head = m[1]!.replace(/(科技|信息|电子|光电|微电子|股份|药业|医药|制药|通信|电器|智能|软件|生物|材料)$/, '');
    // (海洋科技, 生物科技: a common noun before the trade word is a sector, not a trade name)
    const hw = words(head);
    // (浙江岚瑞电子科技: a region, a trade name of two characters or more, then two trade words — the region and
    // the trade name make it a firm's name, not a sector)
    const placed = placedTradeName(head, index);
    if (!placed && ((hw.length === 1 && (/^(n|vn|v|a|an)$/.test(hw[0]!.tag) || SECTOR_HEAD.test(head))) || /(科技|信息|电子|光电|通信|智能|软件|生物|材料|工业|医用|基础|数据)$/.test(head))) continue;
    const core = placed ?? head;
    if (out.some((x) => overlaps(x, sp)) || !plausibleBareName(m[1]!) || index.lookup(m[1]!) || index.isIndustryTerm(m[1]!) || index.isIndustryTerm(core) || core.length < 2 || isGenericName(core, '', (x) => index.isIndustryTerm(x)) || /(企业|产业|高校|院所|平台|行业|数字|网络|信息|电子|新型|智能|现代|先进|高端)/.test(core)) continue;
    const men: Mention = { ...sp, surface: m[1]!, label: 'Enterprise', confidence: 'low' };
    out.push(men);
    low.push(men);
  }
}

/** A trade word closing a firm's short name (福光股份, 东德实业, 潜江虾乡种业). */
const TRADE_END = /(股份|科技|实业|药业|电子|光电|光学|电气|电器|机床|动力|种业|锰业|钛业|煤业|矿业|新材|材料|医疗|智能|环境|控股)$/;

/**
 * 支持A牵头组建L / 支持A在P发展X / 支持A建设L / 支持宁波韵升布局X: a name urged to lead, to settle in a
 * place or to build, before its verb, is a firm's — any name that is no generic one before 牵头组建 (only
 * a body leads the building of a centre: 瑞芯微); before the other verbs a name opening with a region
 * (宁夏天元锰业, 宁波韵升) or closed by a trade word (福光股份). Names typed by a suffix are found as such.
 */
function urgedFirms(scan: Scan): void {
  const { index, out, low, text, offset } = scan;
  const re = /(?:支持|鼓励|引导)((?!支持|鼓励|引导|推动)[^、，,。；;：:等和与及“”"（）()\s\d]{2,12}?)(?=(牵头(?:组建|建设|成立|搭建|创建))|在[\u3400-\u9fff]{2,16}?(?:发展|布局|建设|扩大|设立|投资|新建)|建设[\u3400-\u9fff]{2,}|(?:布局|研制|拓展|扩大)[\u3400-\u9fff]{2,})/g;
  const regions = longRegions(index);
  for (const m of text.matchAll(re)) {
    const name = m[1]!;
    const start = offset + m.index! + m[0].length - name.length;
    const sp = { start, end: start + name.length };
    if (out.some((x) => x.label !== 'Industry' && overlaps(x, sp)) || typeBySuffix(name) || index.lookup(name) || index.isIndustryTerm(name) || !plausibleBareName(name)) continue;
    if (isGenericName(name, '', (x) => index.isIndustryTerm(x)) || /^(我|本|全|该|各|其|企业|高校|院所|有条件|符合条件|重点|龙头|链主|骨干|领军|头部|中小)/.test(name) || /(局|委|办|政府|管委会|部门|单位|地区|城市|园区|高校|院所|企业|机构)$/.test(name)) continue;
    const w = words(name);
    if (/^(v|vd|vn|p|c|d|r|m|q|a|ad)$/.test(w[0]?.tag ?? '')) continue;
    const region = regions.find((r) => name.startsWith(r) && name.length - r.length >= 2 && !/^[市省县区州]/.test(name.slice(r.length)));
    const regionalBrand = !!region && !index.isIndustryTerm(name.slice(region.length)) && (regionalFirmName(name, index) || brandLikeRest(name.slice(region.length)));
    const leads = !!m[2];
    if (!leads && !regionalBrand && !(TRADE_END.test(name) && name.length >= 4 && !index.isIndustryTerm(name.replace(TRADE_END, '')))) continue;
    for (const x of out.filter((x) => x.label === 'Industry' && overlaps(x, sp))) out.splice(out.indexOf(x), 1);
    const men: Mention = { ...sp, surface: name, label: 'Enterprise', confidence: 'low' };
    out.push(men);
    low.push(men);
  }
}

/** A two-character trade name after a region (宁波|韵升): one word the dictionary does not know as a common noun. */
function brandLikeRest(rest: string): boolean {
  if (rest.length !== 2) return false;
  const ws = words(rest);
  return ws.length === 2 || /^(x|nr|nrt|nz|ng)$/.test(ws[0]!.tag);
}

/**
 * The trade name of a head that opens with a region of the lexicon and ends with a trade word
 * (浙江岚瑞电子 → 岚瑞), or undefined: the region and a trade name of two characters or more before the
 * trade word make a firm's name, not a sector (电子科技, 海洋科技 have no region).
 */
function placedTradeName(head: string, index: LexiconIndex): string | undefined {
  const t = /(科技|信息|电子|光电|通信|智能|软件|生物|材料)$/.exec(head);
  if (!t) return undefined;
  for (const r of index.lexicon.regions ?? []) {
    if (r.length < 2 || !head.startsWith(r)) continue;
    const core = head.slice(r.length, head.length - t[0].length);
    if (core.length >= 2 && /^[\u3400-\u9fff]+$/.test(core)) return core;
  }
  return undefined;
}

/** 重点发展晶圆制造和封装测试: one or two industries after a strong verb, without 、 or 等. */
function verbIndustries(scan: Scan): void {
  const { text, offset, out, lists, cls } = scan;
  for (const cl of cls) {
    // (拓展医疗显示和教育显示市场: the product lines whose markets are opened, not 海外市场, 终端应用市场)
    const strongVerb = /(做强|做大|做优)(?!做|发展|壮大|规模|品牌|主业)([^、等“”"()（）]{2,30})$/.exec(cl.text);
    // (鼓励A科技拓展X和Y: the product lines a firm extends into, after the firm only; not …市场/业务/渠道)
    // (鼓励A公司开发X和Y / 向下游拓展X和Y: a firm's new product lines, after the firm — 开发 too, never after a bank's
    // 机构, whose products are loans, nor as the end of a firm's name, 昊天玉米开发拓展X; the firm may face a direction
    // first, 向下游)
    const extendVerb = /(?:向(?:下游|上游|终端|高端))?(拓展|拓宽|延伸至|延伸到|开发(?!拓展|拓宽|延伸))([^、等“”"()（）]{2,30})$/.exec(cl.text);
    const extend = extendVerb && !/(市场|业务|渠道|空间|场景|应用|领域|合作|功能|范围|链条|服务网络)$/.test(extendVerb[2]!) ? extendVerb : null;
    // (延伸发展X和Y / 配套发展X: the lines a chain extends into, a plan's verb like 重点发展, no actor needed)
    // (布局/建设/引进X和Y项目 / X和Y生产线: the pair a project is built for, tried first, before 布局 takes …项目 whole)
    const project = projectObject(cl.text);
    const m = project ?? /(重点发展|重点布局|前瞻布局|大力发展|积极发展|聚焦发展|加快发展|延伸发展|配套发展|重点突破|培育壮大|发展|布局|研发|研制)([^、等“”"()（）]{2,30})$/.exec(cl.text) ?? capacityObject(cl.text) ?? marketObject(cl.text) ?? strongVerb ?? extend ?? towardObject(cl.text);
    if (!m) continue;
    const verbAt = cl.start + m.index;
    if (m === extend && !out.some((x) => x.label === 'Enterprise' && x.end === verbAt)) continue;
    if (m === extend && m[1] === '开发' && /(产品|项目|贷款|信贷|保险)$/.test(m[2]!)) continue;
    // 支持华芯微电子发展车规级芯片: a bare 发展 names industries only right after an organisation
    // (…or after an actor the sentence leads with: 以A为龙头发展X, 依托A发展X, 支持A科技发展X)
    const before = text.slice(0, verbAt - offset);
    // (做强/做大/做优 only after an actor: 支持A科技做强X, never 做强产业链 or 企业做大做强)
    if (m === strongVerb && !out.some((x) => x.label === 'Enterprise' && x.end === verbAt) && !ACTOR_BEFORE_VERB.test(before)) continue;
    // (支持A、B在我省布局X / 招引A等企业来宜布局X: the place the firms are to settle in stands between them and the verb)
    const place = /(?:在|来)[\u4e00-\u9fff]{1,4}?$/.exec(before);
    // (…来赣布局总装基地: what is laid out there is a base, no industry)
    const actorAt = place && /^(?:在|来)(?:我|本)?[\u4e00-\u9fff]{0,2}[省市区县宜]?$/.test(place[0]) && !/(基地|园区|中心|总部|项目|工厂|产线|生产线)$/.test(m[2]!) ? verbAt - place[0].length : verbAt;
    if (m !== project && /^(发展|布局|研发|研制)$/.test(m[1]!) && !out.some((x) => x.label !== 'Industry' && (x.end === verbAt || x.end === actorAt)) && !/企业$/.test(before.slice(0, actorAt - verbAt || undefined)) && !/(重点|积极|大力|加快|前瞻|聚焦|企业|公司|集团|为龙头|为链主|为牵引)$/.test(before) && !ACTOR_BEFORE_VERB.test(before) && verbAt !== cl.start) continue;
    // (the object closes the match: a direction before the verb, 向下游拓展, is no part of it)
    const start = cl.start + m.index + m[0].length - m[2]!.length;
    const whole = { start, end: start + m[2]!.length };
    if (out.some((x) => x.label !== 'Industry' && overlaps(x, whole)) || lists.some((l) => overlaps(l, whole))) continue;
    const parts = splitIndustryPair(text, whole, offset, out).map((sp) => trimIndustry(text, sp, offset));
    const items: Mention[] = [];
    /** Known terms that are the items themselves (发展智能网联汽车): the list is theirs too. */
    let known = false;
    for (const sp of parts) {
      const surface = text.slice(sp.start - offset, sp.end - offset);
      if (BARE_HEAD.test(surface)) continue;
      if (!plausibleIndustry(surface) || isGenericName(surface, '', () => false) || /技术|能力|水平|产品$/.test(surface)) {
        items.length = 0;
        break;
      }
      const inner = out.filter((x) => x.label === 'Industry' && within(x, sp));
      // two known terms side by side make one industry of their own: 人工智能|芯片 → 人工智能芯片
      const compound = inner.length >= 2 && Math.min(...inner.map((x) => x.start)) === sp.start && Math.max(...inner.map((x) => x.end)) === sp.end;
      if (inner.length && !compound && onlyGenericBeside(text, sp, inner, offset)) {
        for (const x of inner) x.list = lists.length;
        known = true;
        continue;
      }
      items.push({ ...sp, surface, label: 'Industry', list: lists.length, confidence: 'low' });
    }
    if (!items.length) {
      // (the known terms now carry this list's index: the list must exist, or a later list would take the index)
      if (known) lists.push({ index: lists.length, clause: cl, start, end: cl.end, before: m[1]!, after: '', items: parts });
      continue;
    }
    for (const it of items) {
      for (const x of out.filter((x) => x.label === 'Industry' && overlaps(x, it))) out.splice(out.indexOf(x), 1);
      out.push(it);
    }
    lists.push({ index: lists.length, clause: cl, start, end: cl.end, before: m[1]!, after: '', items: parts });
  }
}

/** What a lab's research is done on, after 服务/支撑 (以L为创新源头，服务X研发) or 依托L开展/支撑 (…X攻关). */
const RESEARCH_VERB = /^(服务于|服务|支撑|助力)/;
/** The activity that closes a research object (…研发, …技术攻关, …产业发展): at least one must be there. */
const RESEARCH_ACT = /(研发和产业化|研发与产业化|研发和检测|研发|研究|攻关|迭代|升级|发展)$/;
/** Words between the object and the activity: 关键技术, 设计, 处理, 产业, 全产业链 (peeled off one by one). */
/** A process (制备, 合成, 提纯, 工艺): its technique is a technique, not a segment. */
const PROCESS_END = /(制备|合成|提纯|提取|冶炼|熔炼|成形|成型|工艺|改性|回收利用|再生)$/;
const RESEARCH_TAIL = /(关键共性技术|关键技术|共性技术|核心技术|前沿技术|基础技术|技术|设计|处理|全产业链|产业链|产业)$/;

/**
 * 以A、B为创新源头，服务X和Y研发 / 依托L开展X关键技术攻关 / 支撑X产业发展: the objects of a lab's research
 * are industries the lab innovates for (the sentence names no other verb for them). Only clauses without
 * 、 or 等 (a list of techniques, 开展X、Y等攻关, is read as a list elsewhere); the object ends at the
 * activity (研发, 攻关, 发展…) and the words before it (关键技术, 设计, 处理, 产业); a qualifier of the
 * object's parts (化合物半导体关键材料与器件) cuts at 关键/核心.
 */
function researchObjects(scan: Scan): void {
  const { text, offset, out, lists, cls } = scan;
  for (let c = 0; c < cls.length; c++) {
    const cl = cls[c]!;
    if (/[、等“”"()（）]/.test(cl.text)) continue;
    let objStart: number;
    const served = RESEARCH_VERB.exec(cl.text);
    const prev = cls[c - 1];
    // (以L为创新源头，服务X和Y，…: the clause after the source labs is their mandate whole, activity or not)
    let mandate = false;
    if (served && prev && prev.end === cl.start - 1 && /为(?:(?:创新)?源头|(?:技术|创新|科技)?支撑)$/.test(prev.text) && out.some((o) => o.label === 'Lab' && o.start >= prev.start && o.end <= prev.end)) {
      objStart = cl.start + served[0].length;
      mandate = true;
    } else {
      // 依托L开展X攻关: the lab right before the verb
      const lab = out.find((o) => o.label === 'Lab' && o.start === cl.start + 2 && /^依托/.test(cl.text) && /^(开展|支撑|服务)/.test(text.slice(o.end - offset)));
      // (依托L，开展X和Y研究 / 依托L，推动X和Y研发: a clause of the lab alone, then the work it is relied on for)
      const alone = !lab && prev && prev.end === cl.start - 1 && /^依托/.test(prev.text) && /^(开展|推动)/.test(cl.text) ? out.find((o) => o.label === 'Lab' && o.start === prev.start + 2 && o.end === prev.end) : undefined;
      if (!lab && !alone) continue;
      objStart = lab ? lab.end + 2 : cl.start + 2;
    }
    let obj = text.slice(objStart - offset, cl.end - offset);
    const act = RESEARCH_ACT.exec(obj);
    if (!act && !mandate) continue;
    if (act) obj = obj.slice(0, obj.length - act[0].length);
    // (纺织品数字化设计: design after a -化 word is the object itself, no word between it and the activity)
    for (let t = RESEARCH_TAIL.exec(obj); t && obj.length > t[0].length; t = RESEARCH_TAIL.exec(obj)) {
      if (t[0] === '设计' && /化$/.test(obj.slice(0, obj.length - t[0].length))) break;
      // (磷酸铁锂低成本制备技术: a process's technique is what is researched, named with 技术, no segment)
      if (/技术$/.test(t[0]) && PROCESS_END.test(obj.slice(0, obj.length - t[0].length))) break;
      // (高性能轴承钢热处理技术攻关 / 极薄铜箔表面处理: 热处理 and 表面处理 are processes whose 处理 is part of the word —
      // peeling it left 轴承钢热, 铜箔表面)
      if (t[0] === '处理' && /(热|表面)$/.test(obj.slice(0, obj.length - t[0].length))) break;
      obj = obj.slice(0, obj.length - t[0].length);
    }
    const whole = { start: objStart, end: objStart + obj.length };
    if (obj.length < 2 || out.some((x) => x.label !== 'Industry' && overlaps(x, whole)) || lists.some((l) => overlaps(l, whole))) continue;
    const parts = splitIndustryPair(text, whole, offset, out).map((sp) => {
      const key = /(关键|核心)/.exec(text.slice(sp.start - offset, sp.end - offset));
      return trimIndustry(text, key && key.index >= 2 ? { start: sp.start, end: sp.start + key.index } : sp, offset);
    });
    const items: Mention[] = [];
    const known: Mention[] = [];
    for (const sp of parts) {
      const surface = text.slice(sp.start - offset, sp.end - offset);
      if (BARE_HEAD.test(surface)) continue;
      const inner = out.filter((x) => x.label === 'Industry' && within(x, sp));
      // (a joined phrase left whole, 低空经济动力与飞控, is no one industry: only the known terms in it)
      if (inner.length && (onlyGenericBeside(text, sp, inner, offset) || /[与和及]/.test(surface))) {
        known.push(...inner);
        continue;
      }
      if (/[与和及]/.test(surface)) continue;
      if (!plausibleIndustry(surface) || isGenericName(surface, '', () => false) || /(人才|能力|水平|标准|服务体系)$/.test(surface)) {
        items.length = 0;
        known.length = 0;
        break;
      }
      items.push({ ...sp, surface, label: 'Industry', list: lists.length, confidence: 'low' });
    }
    if (!items.length && !known.length) continue;
    for (const x of known) x.list = lists.length;
    for (const it of items) {
      for (const x of out.filter((x) => x.label === 'Industry' && overlaps(x, it))) out.splice(out.indexOf(x), 1);
      out.push(it);
    }
    lists.push({ index: lists.length, clause: cl, start: whole.start, end: cl.end, before: text.slice(cl.start - offset, objStart - offset), after: '', items: parts, research: true });
  }
}

/** Sector words that open 海洋科技, 生物科技, 数字科技: no trade name. */
const SECTOR_HEAD = /^(海洋|生物|数字|智慧|智能|网络|医药|能源|新能源|新材料|航空|航天|环保|农业|文化|金融|海事|科学|未来)$/;

/** An actor right before a bare development verb: 依托A发展, 支持A科技发展 (a name, no verb, no comma). */
const ACTOR_BEFORE_VERB = /依托(?![^，,、。；;]*(企业|高校|院所|平台|载体|资源|优势|基础|项目|产业))[^，,、。；;：:的和与及等\s]{2,8}$|(企业|公司|集团)在[^，,、。；;：:的等\s]{2,16}$/;

/** 扩大新能源乘用车产能 / 提升动力电池本地配套率: the industry whose capacity or supply is raised (as a verb match). */
function capacityObject(clause: string): RegExpExecArray | null {
  const m =
    /(扩大|提升|提高|壮大|做大|做强)([^、等“”"()（），,]{2,16}?)(产能|生产能力|规模|(?:本地)?(?:配套率|配套能力|供给))$/.exec(clause) ??
    // 集聚基础软件和应用软件企业: the kinds of firm gathered are industries
    /(集聚|聚集|引进培育|培育引进|引育|引进|吸引|招引)([^、等“”"()（），,]{2,16}?)(企业|厂商)$/.exec(clause);
  if (!m || /^(配套|龙头|骨干|重点|相关|上下游|优质|科技型|高新技术|创新型|中小|领军|头部|一批|各类)+$/.test(m[2]!)) return null;
  // (扩大高效曝气设备和脱硫脱硝装备产能: a long object joins two lines; 扩大X机组在我区的配套产能 names a place, no line)
  if (m[2]!.length > 12 && !/^[^在的]+[和及与][^在的]+$/.test(m[2]!)) return null;
  // shaped like the verb match: [verb, object]; the object is the industry
  const r = [m[0].slice(0, m[0].length - m[3]!.length), m[1]!, m[2]!] as unknown as RegExpExecArray;
  r.index = m.index;
  return r;
}

/**
 * 向X和Y延伸 / 由A向B拓展: the product lines a chain or a firm extends into, shaped like a verb match (向 as the verb,
 * the object before 延伸). Not 面向/方向/导向…, and not directions or degrees (向下游延伸, 向高端化转型: generic, left to
 * the item checks), markets, fields or scenes (向政务、金融领域延伸: the items are where things go).
 */
function towardObject(clause: string): RegExpExecArray | null {
  // (加快向两高之间延伸拓展: the verbs may come twice; a place between or along things is where, not what)
  const m = /(?<![面导方走转倾意志动趋取纵横指一])(向)([^、等“”"()（），,向]{2,30}?)(?:延伸|拓展|延展)+$/.exec(clause);
  if (!m || /(市场|领域|场景|环节|两端|方向|应用|化|端|级|链|服务商|提供商|上下游|下游|上游|中游|成品|集成|之间|沿线|周边|地区|区域|片区|一带)$/.test(m[2]!) || /^(产业链|价值链|上下游|下游|上游|中游|高端|中高端|服务|精深加工|深加工|高附加值)/.test(m[2]!)) return null;
  const r = [m[1]! + m[2]!, m[1]!, m[2]!] as unknown as RegExpExecArray;
  r.index = m.index;
  return r;
}

/**
 * 布局X和Y项目 / 建设(年产N吨)X和Y生产线 / 引进(一批|的)X和Y(重大)项目 / (对)投资N亿元以上的X和Y项目: the two
 * product lines a project or a production line is for, shaped like a verb match (the object is the pair, without
 * 项目/生产线). Pairs only (a single 建设X项目 names the project more often than a line); not lines of work or
 * processes (研发和生产, 化工和冶炼, 智能化改造, 精深加工, 回收利用和高端应用: rejected by the item checks or here), nor
 * plants and centres (零碳电池工厂和储能电池生产线, 污水处理厂和固废处置中心).
 */
function projectObject(clause: string): RegExpExecArray | null {
  const m = /((?:重点|前瞻|加快|积极)?(?:布局|建设|新建|建成|引进|招引|谋划)(?:一批|了|的)?|(?:固定资产)?投资[\d.]+(?:亿|万)元(?:及)?以上的)(?:年产[\d.]+[万千亿]?(?:吨|台|套|件|辆|片|支|头份|瓶))?(?:高附加值|高技术含量|高品质)?([^、等“”"()（），,。;；]{4,26}?)(配套)?(?:重大|重点|出口)?(?:项目|生产线|产线)$/.exec(clause);
  // (零部件和大部件配套项目: what is supplied to a chain, its items read either way — left alone)
  if (!m || m[3] || !/[和及与]/.test(m[2]!) || /(改造|加工|处理|处置|利用|应用|工厂|厂|中心|基地|线|园|研发|生产|制造|标准|定位|升级|建设)(和|及|与|$)/.test(m[2]!)) return null;
  // (锂电材料及电池项目: a bare class head as the second item is the first item's kind restated, no line of its own)
  if (/[和及与](电池|材料|装备|设备|器件|部件|零部件|产品|芯片|软件|配件)$/.test(m[2]!)) return null;
  // (扁锭熔铸和高端模具, 电渣重熔和连铸圆坯: a process is a technique, not a line; PROCESS_END and the metal works)
  if (m[2]!.split(/[和及与]/).some((p) => PROCESS_END.test(p) || /(熔铸|重熔|铸造|锻造|采选|冶炼)$/.test(p))) return null;
  const r = [m[0].slice(0, m[0].indexOf(m[2]!, m[1]!.length) + m[2]!.length), m[1]!, m[2]!] as unknown as RegExpExecArray;
  r.index = m.index;
  return r;
}

/** 拓展/开拓 X(和Y)市场: the products whose market a firm or the city opens, shaped like a verb match. */
function marketObject(clause: string): RegExpExecArray | null {
  const m = /(拓展|开拓|抢占|进军)([^、等“”"()（），,]{2,16}?)市场$/.exec(clause);
  if (!m || MARKET_QUALIFIER.test(m[2]!)) return null;
  const r = [m[0].slice(0, -2), m[1]!, m[2]!] as unknown as RegExpExecArray;
  r.index = m.index;
  return r;
}


/** 建成量子信息产业核心区 / 打造具身智能产业高地: the industry of a planned cluster. */
function clusterIndustries(scan: Scan): void {
  const { text, offset, out } = scan;
  for (const m of text.matchAll(/(?:建成|打造|建设|培育|形成|发展成为|建设成为)([^，,。；;、“”"()（）的\d]{2,10}?)(?:产业(?:核心区|集聚区|聚集区|高地|集群|示范区|先导区|发展高地|创新高地|新高地|增长极|引领区)|(?:集聚区|聚集区|产业集群))/g)) {
    const surface = m[1]!;
    const start = offset + m.index! + m[0].indexOf(surface, 2);
    const sp = { start, end: start + surface.length };
    if (out.some((x) => overlaps(x, sp)) || !plausibleIndustry(surface) || isGenericName(surface, '', () => false) || /^(未来|新兴|主导|特色|优势|重点|现代|战略性新兴|高端|先进|新|全|多)|[亿级型]|规模/.test(surface)) continue;
    out.push({ ...sp, surface, label: 'Industry', confidence: 'low' });
  }
}

/** A weak-suffix name (中心, 平台, 基地 …) in a list whose other items are typed names. */
function weakInLists(scan: Scan): void {
  const { out, lists, weak } = scan;
  for (const w of weak) {
    const en = lists.find((l) => l.items.some((it) => within(w, it) || within(it, w)));
    if (!en) continue;
    const strong = out.some((m) => m.label !== 'Industry' && m.confidence === 'high' && en.items.some((it) => within(m, it)));
    const sameLabel = out.some((m) => m.label === w.label && m.confidence === 'high' && en.items.some((it) => within(m, it)));
    const inds = out.filter((m) => m.label === 'Industry' && overlaps(m, w));
    if (strong && (sameLabel || !inds.length) && !out.some((m) => m.label !== 'Industry' && overlaps(m, w))) {
      // industry words inside the name (合肥医疗器械产业基地) are part of it
      for (const x of out.filter((m) => m.label === 'Industry' && overlaps(m, w))) out.splice(out.indexOf(x), 1);
      // …、国家网络信息安全适配基地等高能级创新平台: a 基地 the list calls a platform is one
      const platform = w.label === 'Park' && /^(一批|各类)?(重要|高能级|重大)?(创新平台|研发平台)/.test(en.after);
      out.push(platform ? { ...w, label: 'Lab', kind: 'platform', list: en.index } : { ...w, list: en.index });
    }
  }
}

/** 依托X，… : a bare name as the whole clause after 依托/借重; 以X为龙头/链主: a firm that leads. */
function bareSupportNames(scan: Scan): void {
  const { index, out, low, cls, text, offset } = scan;
  // (以A为代表的X企业: one firm typed by the kind it stands for, like a list of one)
  for (const m of text.matchAll(/以([^、，,。；;：:以和与及“”"（）()]{2,12})为(?:龙头|链主|代表的[^，,。；;、“”"（）()]{1,14}?(?:企业|厂商))/g)) {
    const start = offset + m.index! + 1;
    const sp = { start, end: start + m[1]!.length };
    if (out.some((x) => x.label !== 'Industry' && overlaps(x, sp)) || !leadFirmName(m[1]!, (x) => index.isIndustryTerm(x)) || index.lookup(m[1]!)?.type === 'industry' || isGenericName(m[1]!, '', (x) => index.isIndustryTerm(x))) continue;
    for (const x of out.filter((x) => x.label === 'Industry' && overlaps(x, sp))) out.splice(out.indexOf(x), 1);
    const men: Mention = { ...sp, surface: m[1]!, label: 'Enterprise', confidence: 'low' };
    out.push(men);
    low.push(men);
  }
  // 依托吉利汽车发展智能网联汽车: a bare name between 依托 and a development verb
  for (const m of text.matchAll(/依托([^、，,。；;：:等和与及“”"（）()]{2,8}?)(?=发展|建设|打造|提升|推进|布局)/g)) {
    const start = offset + m.index! + 2;
    const sp = { start, end: start + m[1]!.length };
    if (out.some((x) => overlaps(x, sp)) || !plausibleBareName(m[1]!) || index.lookup(m[1]!) || isGenericName(m[1]!, '', (x) => index.isIndustryTerm(x)) || /(高校|院所|大学|平台|载体|资源|优势|基础|项目)/.test(m[1]!)) continue;
    // (依托吴忠现代物□园发展…: a name whose kind word lost a character is of that kind, no firm)
    const ty = /[\u25a1\ufffd]/.test(m[1]!) ? typeBySuffix(m[1]!) : undefined;
    const men: Mention = { ...sp, surface: m[1]!, label: ty && ty.label !== 'Enterprise' ? ty.label : 'Enterprise', ...(ty?.kind && ty.label !== 'Enterprise' ? { kind: ty.kind } : {}), confidence: 'low' };
    out.push(men);
    low.push(men);
  }
  // 凤竹纺织位于晋江经济开发区: a bare name opening its clause, settled in a place the clause names
  for (const cl of cls) {
    // (2.对落户…园区的项目: an item's number opens the clause, not a name; what follows it is read)
    const item = ITEM_NUMBER.exec(cl.text)?.[0].length ?? 0;
    const m = /^([^、，,。；;：:等和与及“”"（）()\s]{3,8}?)(?:已|现)?(?:位于|落户于?|坐落于|入驻)/.exec(cl.text.slice(item));
    if (!m) continue;
    const sp = { start: cl.start + item, end: cl.start + item + m[1]!.length };
    const place = out.some((x) => x.label === 'Park' && x.start >= sp.end + 2 && x.end <= cl.end);
    if (!place || out.some((x) => overlaps(x, sp)) || !plausibleBareName(m[1]!) || index.lookup(m[1]!) || index.isIndustryTerm(m[1]!) || isGenericName(m[1]!, '', (x) => index.isIndustryTerm(x)) || /^(我|本|该|其|全|各|这|此|上述)/.test(m[1]!) || /^(v|vd|vi|p|c|d|r)$/.test(words(m[1]!)[0]?.tag ?? '') || /(园|区|城|港|基地|中心|总部|工厂|镇|县|市|省|村|街道)$/.test(m[1]!)) continue;
    const men: Mention = { ...sp, surface: m[1]!, label: 'Enterprise', confidence: 'low' };
    out.push(men);
    low.push(men);
  }
  // 航空工业安吉是国内重要的航空精密铸件生产企业 / 甲乙能源是我市氢能产业的链主企业: a bare name opening its
  // clause that the clause calls a firm (…企业 closing it) is one
  for (const cl of cls) {
    const item = ITEM_NUMBER.exec(cl.text)?.[0].length ?? 0;
    const m = /^([^、，,。；;：:等和与及“”"（）()\s]{3,10}?)是[^，,。；;：:、]{2,30}?(?:龙头|骨干|链主|重点|主要|配套|代表性?)?(?:生产|制造)?(?:企业|厂商)$/.exec(cl.text.slice(item));
    if (!m) continue;
    const sp = { start: cl.start + item, end: cl.start + item + m[1]!.length };
    if (out.some((x) => x.label !== 'Industry' && overlaps(x, sp)) || !plausibleBareName(m[1]!) || index.lookup(m[1]!) || index.isIndustryTerm(m[1]!) || isGenericName(m[1]!, '', (x) => index.isIndustryTerm(x)) || /^(我|本|该|其|全|各|这|此|上述|目前|现有)/.test(m[1]!) || /^(v|vd|vi|p|c|d|r|t)$/.test(words(m[1]!)[0]?.tag ?? '') || /(园|区|城|港|基地|中心|总部|工厂|镇|县|市|省|村|街道|产业|行业)$/.test(m[1]!)) continue;
    for (const x of out.filter((x) => x.label === 'Industry' && overlaps(x, sp))) out.splice(out.indexOf(x), 1);
    const men: Mention = { ...sp, surface: m[1]!, label: 'Enterprise', confidence: 'low' };
    out.push(men);
    low.push(men);
  }
  for (const cl of cls) {
    const m = /^(依托|借重)([^、,，等\s]{2,8})$/.exec(cl.text);
    if (!m) continue;
    const start = cl.start + m[1]!.length;
    const sp = { start, end: cl.end };
    if (out.some((x) => overlaps(x, sp)) || !plausibleBareName(m[2]!) || index.lookup(m[2]!) || isGenericName(m[2]!, '', (x) => index.isIndustryTerm(x))) continue;
    const men: Mention = { ...sp, surface: m[2]!, label: 'Enterprise', confidence: 'low' };
    out.push(men);
    low.push(men);
  }
}

/** An item's number opening a line (1. 2、 3． 4) （5）): a list marker, no part of a name. */
const ITEM_NUMBER = /^\s*(?:[0-9０-９]{1,2}(?![0-9０-９])\s*[.．、)）](?![0-9０-９])|[（(][0-9０-９一二三四五六七八九十]{1,2}[)）])\s*/;

/** Two characters that make no zone's own name before 城/区/片区 (城区, 全区, 产业区, 自贸区 …). */
const NOT_ZONE_CORE = /^(?:产业|工业|城市|主城|老城|县城|本区|全区|全市|辖区|市区|园区|景区|社区|矿区|林区|港区|功能|核心|重点|示范|先导|试验|自贸|保税|综保|开发|经开|各个|其他|相关|周边|毗邻|农村|城乡|中心|老旧|新建|现有|上述|该|本|各|这|那)$/;

/**
 * 在知识城建设新型储能产业园 / 科学城重点发展X / 其中高新片区重点发展Y / “一核”为科创区: a short zone name
 * (two characters before 城, 区, 片区, 新城) that the clause places something in is one of the document's
 * own zones, though its words alone read as generic (知识, 科学, 科创, 高新).
 */
/** 包括A和B两个组团: what follows a place made of counted parts. */
const LAYOUT_PARTS = /^包括[^，,。；;]{2,30}?[两二三四五六七八九十\d]个(?:片区|园区|组团|板块|功能区)/;
function placedShortZones(scan: Scan): void {
  const { text, offset, out } = scan;
  const re = /(?:^|[，,；;。：:“”"、]|在|为)(?:其中)?([\u4e00-\u9fff]{2}(?:片区|新城|城|区))(?=(?:重点|主要|集中)?(?:发展|布局|承接)|(?:规划)?建设|集聚了?|为核心|包括|[，,；;。]|$)/g;
  for (const m of text.matchAll(re)) {
    const name = m[1]!;
    const at = m.index! + m[0].length - name.length;
    const before = text.slice(Math.max(0, at - 1), at);
    const after = text.slice(at + name.length);
    const core = name.replace(/(片区|新城|城|区)$/, '');
    if (NOT_ZONE_CORE.test(core) || /^[一二两三四五六七八九十多]/.test(core)) continue;
    // (启动区为核心 / 启动区包括A和B两个组团: a layout's part, its core or a place made of counted parts)
    const layout = /^为核心/.test(after) || LAYOUT_PARTS.test(after);
    // where it is placed: 在X建设/发展…, X(重点)发展…, “一核”为X (the layout's part), not a bare word in a sentence
    const placed = layout || (before === '在' && /^(?:规划)?(?:建设|布局|重点发展|集聚|发展)/.test(after)) || (before !== '在' && before !== '为' && /^(?:重点|主要|集中)?(?:发展|布局|承接)/.test(after)) || (before === '为' && /[”"]为$/.test(text.slice(0, at)) && /^[，,；;。]/.test(after));
    // (a two-character name before 区 is most often a district — 蕉城区, 历城区 —, no park: only a layout's part
    // (“一核”为科创区) or an area the text lists as the zone's own (其中科创区重点发展…) counts)
    const district = /(?<!片)区$/.test(name) && !(before === '为' || /其中$/.test(text.slice(0, at)) || layout);
    if (!placed || district) continue;
    const sp = { start: offset + at, end: offset + at + name.length };
    if (out.some((x) => overlaps(x, sp) && (x.label !== 'Industry' || x.start < sp.start || x.end > sp.end))) continue;
    for (const x of out.filter((x) => x.label === 'Industry' && overlaps(x, sp))) out.splice(out.indexOf(x), 1);
    out.push({ ...sp, surface: name, label: 'Park', kind: 'area', confidence: 'low' });
  }
}

/** （六安） right after a lab's name: a place of two to four characters, not followed by more of a name (…）研究院). */
const LAB_PLACE_BRACKET = /^[(（]([\u3400-\u9fff]{2,4})[)）](?![\u3400-\u9fff]{0,8}?(?:研究院|研究所|中心|实验室|公司|集团|大学|学院))/;

/** A college's industry programme: 电子信息产业学院, 光伏材料现代产业学院 (optional at most in the gold, never a lab). */
const INDUSTRY_COLLEGE = /产业学院$/;

/** Kinds of firm, not names: 链主, 龙头, 重点 (三、链主和重点企业). */
const FIRM_KIND_WORD = /^(链主|龙头|重点|骨干|配套|领军|头部|核心|代表|本地|中小)$/;

/**
 * 5. The bounds of organisation names: a list joiner (以及) opening a name is the list's; a bracket closing a
 * name that is no name itself (…通航学院（人才培养）: a role, a line of business) is a note after it; a kind of
 * firm closed by a joiner (链主和…) names none.
 */
function orgBounds(scan: Scan): void {
  const { out, text, offset } = scan;
  for (const m of [...out]) {
    // 先正达集团中国、… / A集团（中国）: a group's national arm is named by the group and the country after it
    if (m.label === 'Enterprise' && /(集团|公司)$/.test(m.surface)) {
      const arm = /^(中国|国际|亚太|全球)(?=[、，,。；;等和与及|]|$)/.exec(text.slice(m.end - offset));
      if (arm && !out.some((o) => o !== m && o.start < m.end + arm[0].length && m.end < o.end)) {
        m.end += arm[0].length;
        m.surface += arm[0];
        delete m.lex;
      }
    }
    if (m.label === 'Industry' || m.lex) continue;
    // 电子信息产业学院 / 仪器仪表现代产业学院: a college's industry programme (the ministry's 现代产业学院 designation) trains
    // people for an industry; it is no research body and no lab (its industry words stay no industry of the sentence)
    if (m.label === 'Lab' && INDUSTRY_COLLEGE.test(m.surface)) {
      out.splice(out.indexOf(m), 1);
      continue;
    }
    // 国家羽绒制品质量检验检测中心（六安） / 数字中国研究院（福建）: a national or provincial body's local seat is written
    // with its place in brackets after the name, and the bracket is part of the name (like a university's campus,
    // org-bounds.ts campusNames) — only a place of the lexicon's regions, and not the opening of a longer name
    // (长三角（嘉兴）纳米应用技术研究院 is read whole by its suffix)
    if (m.label === 'Lab' && !/(大学|学院)$/.test(m.surface)) {
      const pb = LAB_PLACE_BRACKET.exec(text.slice(m.end - offset));
      if (pb && (scan.index.lexicon.regions ?? []).includes(pb[1]!.replace(/[省市区县]$/, '')) && !out.some((o) => o !== m && o.label !== 'Industry' && o.start >= m.end && o.start < m.end + pb[0].length)) {
        for (const x of out.filter((x) => x !== m && x.label === 'Industry' && x.start >= m.end && x.end <= m.end + pb[0].length)) out.splice(out.indexOf(x), 1);
        m.surface += pb[0];
        m.end += pb[0].length;
        continue;
      }
    }
    const j = /^(以及|及其|并且)/.exec(m.surface);
    if (j && m.surface.length - j[0].length >= 4) {
      m.start += j[0].length;
      m.surface = m.surface.slice(j[0].length);
    }
    const b = /[（(]([^（）()]{2,10})[）)]$/.exec(m.surface);
    if (b && b.index >= 4 && !typeBySuffix(b[1]!) && typeBySuffix(m.surface.slice(0, b.index)) && !(scan.index.lexicon.regions ?? []).includes(b[1]!.replace(/[省市区县]$/, ''))) {
      m.end -= m.surface.length - b.index;
      m.surface = m.surface.slice(0, b.index);
    }
    // 在岚城区建设量子精密测量产业园: the place and the verb that open the name are the clause's; the park is what is built
    const built = m.label === 'Park' ? /^在[\u4e00-\u9fff]{2,10}?(?:规划建设|建设|打造|布局|新建|筹建)/.exec(m.surface) : null;
    if (built && m.surface.length - built[0].length >= 4 && typeBySuffix(m.surface.slice(built[0].length))?.label === 'Park') {
      m.start += built[0].length;
      m.surface = m.surface.slice(built[0].length);
    }
    if (m.label === 'Enterprise' && /[和与及]$/.test(m.surface) && FIRM_KIND_WORD.test(m.surface.slice(0, -1))) out.splice(out.indexOf(m), 1);
  }
}

/** A subsidiary's own part after its parent's 集团: a region then a trade name (宁夏煤业), or a name closed by a share or trade word. */
const SUBSIDIARY_REST = /^[\u3400-\u9fff]{2,8}?(?:股份|控股|实业|煤业|矿业|钢铁|钢业|化工|能源|有限公司|公司|分公司)$/;
/** What may close a firm's name in running text: a list mark, a joiner, 等, 为 (…为链主), a bracket. */
const NAME_CLOSE = /^[、，,。；;等为和与及（(]/;

/**
 * 国家能源集团宁夏煤业 / 攀钢集团钒钛资源股份: a subsidiary named after its parent — the parent's name
 * (…集团) then the subsidiary's own part, up to where a name closes — is the subsidiary, one firm; the
 * parent alone is not what the text names. The part must read as a firm's: a region of the lexicon
 * opening it (宁夏煤业), or a share or trade word closing it (钒钛资源股份).
 */
function subsidiaryNames(scan: Scan): void {
  const { out, text, offset, index } = scan;
  const regions = longRegions(index);
  for (const m of out) {
    if (m.label !== 'Enterprise' || !/集团$/.test(m.surface)) continue;
    const tail = text.slice(m.end - offset, m.end - offset + 16);
    // (the shortest run of characters that a name's close follows)
    let run = '';
    for (let k = 0; k < tail.length && k < 10; k++) {
      if (!/[\u3400-\u9fff]/.test(tail[k]!)) break;
      if (k >= 1 && (k + 1 === tail.length || NAME_CLOSE.test(tail.slice(k + 1)))) {
        run = tail.slice(0, k + 1);
        break;
      }
    }
    if (!run) continue;
    const rest = run;
    const regional = regions.some((r) => rest.startsWith(r) && rest.length - r.length >= 2 && !/^[市省县区州]/.test(rest.slice(r.length)));
    if (!regional && !SUBSIDIARY_REST.test(rest)) continue;
    if (index.isIndustryTerm(rest) || typeBySuffix(rest)?.label === 'Lab' || typeBySuffix(rest)?.label === 'Park' || isGenericName(rest, '', (x) => index.isIndustryTerm(x))) continue;
    const end = m.end + run.length;
    if (out.some((o) => o !== m && o.label !== 'Industry' && o.start < end && o.end > m.end)) continue;
    for (const x of out.filter((x) => x.label === 'Industry' && x.start >= m.end && x.end <= end)) out.splice(out.indexOf(x), 1);
    m.end = end;
    m.surface = text.slice(m.start - offset, end - offset);
    delete m.lex;
  }
}

/** 4. Bracketed aliases: 中国医学科学院血液学研究所（血液病医院）, 细胞谷起步区(渤龙产业园). */
function bracketAliases(scan: Scan): void {
  const { text, offset, out } = scan;
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.label === 'Industry' || b.label !== a.label) continue;
    const between = text.slice(a.end - offset, b.start - offset);
    const closing = text[b.end - offset];
    if (/^[(（]$/.test(between) && /[)）]/.test(closing ?? '')) {
      a.alias = b.surface;
      if (b.list !== undefined && a.list === undefined) a.list = b.list;
      out.splice(i + 1, 1);
    }
  }
}
