// Mentions of industries and organisations in one sentence: lexicon matches, suffix-typed
// names, and enumeration items typed by their category word or by their neighbours.
import type { OrgEntry } from '../lexicon/index.ts';
import {
  categoryOf,
  clauses,
  enumerations,
  type Clause,
  plausibleBareName,
  splitJoined,
  suffixNames,
  type Enumeration,
  type Mention,
  type Span,
} from './enumerations.ts';
import type { LexiconIndex } from '../lexicon/match.ts';
import { onlyGenericBeside, plausibleIndustry, splitIndustryPair, trim, trimIndustry } from './list-items.ts';
import { isStageOnly } from './words.ts';
import { isGenericName, typeBySuffix } from './typing.ts';

export interface SentenceMentions {
  mentions: Mention[];
  lists: Enumeration[];
  /** Items typed by context only (no suffix, no lexicon), for the low-confidence report. */
  low: Mention[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const within = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start >= b.start && a.end <= b.end;

/** Category words that may sit in a list of carriers without being names: 高校、研究院和各镇街等载体. */
const CARRIER_WORDS = /^(各)?(高校|院所|研究院|科研院所|企业|镇街|街镇|园区|基地|平台|楼宇|社区|孵化器|众创空间)$/;
/** Place-like endings of a carrier's bare name: 纳米城, 光谷中心城, 科教创新区. */
const PLACE_END = /(城|港|湾|岛|谷|镇|园|区|山|湖|坊|街区)$/;
const WEAK_SUPPORT = /(依托|借助|借重|立足|以|在|建设|打造|推进|支持|发挥|整合|加快|包括)$/;
const ORG_SUBJECT_AFTER = /^(建成|牵头|做大|发挥|开展|申报|参与|率先|设立|组建)/;
const INDUSTRY_LIST_AFTER = /^(细分|核心|新兴|重点|前沿|未来)?(领域|产业(?![创高园基集区])|赛道|方向|产业方向|产业领域|环节)|^[两三四五六七八九十]大(领域|产业|核心|细分|方向|板块|赛道)/;
const INDUSTRY_LIST_BEFORE = /(重点发展|重点支持|聚焦|布局|大力发展|积极发展|发展|支持|培育|前瞻布局|围绕)$/;
/** Verbs after which a list names industries or segments even when none of them is known. */
const STRONG_INDUSTRY_BEFORE = /(重点发展|重点布局|前瞻布局|大力发展|积极发展|聚焦发展|加快发展|重点突破|培育壮大|重点培育|做强做优|发展|布局|研发|研制)$/;
/** What follows 等 in an industry list when it names the list's own parent: 等先进封装技术, 等可再生能源制氢. */
const GENERIC_AFTER = /^(关键|核心|重点|前沿|新兴|基础|共性|底层|新型|高端|先进|相关|主要|重要|特色|优势)?(材料|技术|产品|装备|设备|器件|领域|环节|方向|产业|赛道|服务|应用|项目|企业|业态|模式)$/;
/** A list item that names a government body: 科技局, 市发展改革委, 海泰派出所, 组织人事部. */
const DEPT_ITEM = /(局|委|办|厅|办公室|管委会|政府|派出所|小组)$|[^学]部$/;
/** Lists of application fields, not industries: 在养老、物流等领域开展应用 / 面向金融、医疗等行业. */
const APPLICATION_BEFORE = /(在|面向|应用于|服务于|服务|拓展至|延伸至|赋能)$/;
const APPLICATION_AFTER = /^(等)?(领域|行业|场景)?的?(开展|应用|推广|示范|落地|部署|延伸|融合|赋能)|^(等)?([两三四五六七八九十]大|重点|关键|支柱)?(领域|行业)的?(市场|需求|场景|用户|公共资源|公共数据|数据资源|数据)/;
/** …等领域布局一批开放共享的重大应用场景: fields where scenes are opened are fields of application. */
const SCENE_AFTER = /^等?(领域|行业)[^，,。；;]{0,16}场景/;

/** The state of one sentence's scan: what has been found so far, step by step. */
interface Scan {
  text: string;
  offset: number;
  index: LexiconIndex;
  out: Mention[];
  lists: Enumeration[];
  low: Mention[];
  /** Names with a weak suffix (中心, 平台, 基地 …) and no trigger: kept only when a list vouches for them. */
  weak: Mention[];
  cls: Clause[];
}

const orgsOf = (out: Mention[]) => out.filter((m) => m.label !== 'Industry');

/**
 * Every mention of one sentence, in steps: 1. lexicon names; 2. suffix-typed names in each clause;
 * 3. enumerations typed by their category word, their verb or their neighbours; then industries after
 * a development verb, planned clusters, weak names a list vouches for, 依托X alone; 4. bracketed
 * aliases.
 */
export function findMentions(text: string, offset: number, index: LexiconIndex): SentenceMentions {
  const scan: Scan = { text, offset, index, out: [], lists: [], low: [], weak: [], cls: clauses(text, offset) };
  lexiconMentions(scan);
  suffixMentions(scan);
  for (const cl of scan.cls) for (const en of enumerations(cl, scan.lists.length)) typeEnumeration(scan, en);
  verbIndustries(scan);
  clusterIndustries(scan);
  weakInLists(scan);
  bareSupportNames(scan);
  bracketAliases(scan);
  return { mentions: scan.out, lists: scan.lists, low: scan.low };
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
    } else out.push({ start: m.start, end: m.end, surface: m.surface, label: 'Industry', lex: m, confidence: 'high' });
  }
  // 经开区西区: a direction area of a known zone
  for (const z of [...out]) {
    if (z.label !== 'Park' || z.kind !== 'zone') continue;
    const d = /^[东西南北中]区/.exec(text.slice(z.end - offset));
    if (d) out.push({ start: z.start, end: z.end + 2, surface: z.surface + d[0], label: 'Park', kind: 'area', confidence: 'high' });
  }
}

/** 2. Suffix-typed names in every clause (a zone written before its park is split off); industry terms inside them dropped. */
function suffixMentions(scan: Scan): void {
  const { text, offset, index, out, cls, weak } = scan;
  const orgs = () => orgsOf(out);
  for (const cl of cls) {
    for (let cand of suffixNames(text, cl, offset, index)) {
      // an owner prefix that is a known organisation: 中科曙光国家先进计算产业创新中心
      const prefix = cand.label === 'Enterprise' ? undefined : orgs().find((o) => o.start === cand.start && o.end < cand.end && o.lex && (o.label === 'Enterprise' || o.kind === 'zone'));
      if (prefix) {
        const rest = text.slice(prefix.end - offset, cand.end - offset);
        const sub = suffixNames(rest, { start: prefix.end, end: cand.end }, prefix.end, index);
        const same = sub.find((x) => x.end === cand.end);
        if (!same) continue;
        cand = same;
      }
      // 成都高新区新川创新科技园 / 天府新区兴隆湖片区: a zone followed by a park or area of its own
      if (cand.label === 'Park' && !orgs().some((o) => overlaps(o, cand))) {
        const z = /^(.{2,8}?(?:高新区|经开区|开发区|新区|保税区|综保区|工业区|自贸区))(.{3,})$/.exec(cand.surface);
        const rest = z ? typeBySuffix(z[2]!) : undefined;
        if (z && rest?.label === 'Park' && !rest.weak && !isGenericName(z[2]!, rest.suffix, () => false)) {
          const zone: Mention = { start: cand.start, end: cand.start + z[1]!.length, surface: z[1]!, label: 'Park', kind: 'zone', confidence: 'high' };
          out.push(zone);
          cand = { ...cand, start: zone.end, surface: z[2]! };
          if (rest.kind) cand.kind = rest.kind;
        }
      }
      const clash = orgs().filter((o) => overlaps(o, cand));
      if (clash.some((o) => within(cand, o))) continue; // inside a known name
      if (clash.some((o) => o.lex && !within(o, cand))) continue; // crosses a known name
      if (clash.some((o) => o.lex && o.end === cand.end)) continue; // a known name with words before it
      // weak suffixes (中心, 平台, 基地, 示范区, 集聚区) need a trigger right before the name
      const pre = text.slice(Math.max(0, cand.start - offset - 4), cand.start - offset);
      const subject = (cand.start === cl.start || /[,，。;；:：\n]$/.test(pre)) && /^(获批|入选|被认定|成功获批|重点发展|重点布局|重点建设|主要发展|聚焦)/.test(text.slice(cand.end - offset));
      // 建设宝安低空经济产业园和西乡无人机测试基地: joined to a typed name of the same label
      const joined = /[和及与、]$/.test(pre) && out.some((o) => o.label === cand.label && o.confidence === 'high' && o.end === cand.start - 1);
      if (cand.confidence === 'low' && !WEAK_SUPPORT.test(pre) && !subject && !joined) {
        weak.push(cand);
        continue;
      }
      // the candidate swallows known names only when it is longer and typed (…海河实验室 containing 信创)
      for (const o of clash) out.splice(out.indexOf(o), 1);
      out.push(cand);
    }
  }
  // industry matches inside organisation names are not industry mentions
  for (const m of [...out]) {
    if (m.label === 'Industry' && orgs().some((o) => within(m, o))) out.splice(out.indexOf(m), 1);
  }
}

/** Flags of one enumeration that decide how its items are typed. */
interface ListKind {
  cat: ReturnType<typeof categoryOf>;
  spans: Span[];
  /** Mentions already found inside (or around) each item. */
  known: Mention[][];
  knownOrgs: Mention[];
  entCount: number;
  indCount: number;
  representative: boolean;
  placeList: boolean;
  application: boolean;
  confirmed: boolean;
  indList: boolean;
}

/** 3. One enumeration: what kind of list it is, then each item typed. */
function typeEnumeration(scan: Scan, en: Enumeration): void {
  const { text, offset, index, out, lists } = scan;
  const cat = categoryOf(en.after);
  const spans = en.items.flatMap((it) => splitJoined(text, trim(text, it, offset), offset, index, !!cat && cat.label === 'Enterprise'));
  en.items = spans;
  const known = spans.map((sp) => out.filter((m) => within(m, sp) || within(sp, m)));
  const knownOrgs = known.flat().filter((m) => m.label !== 'Industry');
  const entCount = knownOrgs.filter((m) => m.label === 'Enterprise').length;
  const indCount = known.filter((ms, i) => ms.some((m) => m.label === 'Industry' && m.start <= spans[i]!.start && m.end >= spans[i]!.end)).length;
  const representative = /^为代表/.test(en.after);
  // a list of carriers most of whose items are places (光谷生物城、光谷中心城、未来科技城等载体), not 小学、酒店…
  const placeList = spans.filter((sp) => PLACE_END.test(text.slice(sp.start - offset, sp.end - offset)) || typeBySuffix(text.slice(sp.start - offset, sp.end - offset))?.label === 'Park').length * 2 >= spans.length;
  const application = APPLICATION_BEFORE.test(en.before) || APPLICATION_AFTER.test(en.after) || SCENE_AFTER.test(text.slice(en.end - offset, en.clause.end - offset));
  if (application) en.application = true;
  const confirmed = INDUSTRY_LIST_AFTER.test(en.after) || (indCount > 0 && INDUSTRY_LIST_BEFORE.test(en.before));
  // a bare 发展/布局 introduces industries only in a list closed by 等 or of three items or more
  const strongBefore = STRONG_INDUSTRY_BEFORE.exec(en.before);
  const plainVerb = strongBefore && /^(发展|布局|研发|研制)$/.test(strongBefore[1]!) && !/(重点|积极|大力|加快|前瞻|聚焦)$/.test(en.before.slice(0, -strongBefore[1]!.length));
  const joinedLast = /[和及]/.test(text.slice(spans[spans.length - 1]!.start - offset, spans[spans.length - 1]!.end - offset));
  // …等企业研发A、B / 支持X公司发展A、B: a bare verb right after the organisations that do it
  const afterOrg = plainVerb && (/(企业|公司|集团)(发展|布局|研发|研制)$/.test(en.before) || out.some((x) => x.label !== 'Industry' && x.end === en.start - strongBefore![1]!.length));
  const byVerb = !!strongBefore && (!plainVerb || afterOrg || spans.length >= 3 || (spans.length >= 2 && joinedLast) || /等$/.test(en.clause.text.slice(0, en.end - en.clause.start + 1)));
  // lists that name no industries (industry-guard.ts): value-chain stages (布局研发设计、小试中试、集成服务等
  // 高附加值产业环节 / 融合研发、创意、设计、中试、无污染生产等产业功能), government bodies (a
  // responsibility cell: 科技发展局、海泰派出所、人社局), kinds of institution (…等科技服务机构), projects
  const itemText = spans.map((sp) => text.slice(sp.start - offset, sp.end - offset));
  const stageList = itemText.filter((x) => isStageOnly(x)).length * 2 >= itemText.length;
  const bodyList = itemText.filter((x) => DEPT_ITEM.test(x)).length * 3 >= itemText.length;
  const institutionList = /^(?![^，,。；;]*领域)[^，,。；;]{0,8}机构/.test(en.after);
  // …等产业化项目 / 等重大工程: the items are projects (量子应用产品开发、量子产业带动等产业化项目)
  const projectList = /^(产业化|重大|重点|示范|标志性)?(项目|工程)/.test(en.after);
  const notIndustries = stageList || bodyList || institutionList || projectList;
  if (notIndustries) {
    for (const m of [...out]) if (m.label === 'Industry' && !m.lex && spans.some((sp) => within(m, sp) || within(sp, m))) out.splice(out.indexOf(m), 1);
    for (const ms of known) for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.label === 'Industry' && !ms[i]!.lex) ms.splice(i, 1);
  }
  const indList = !notIndustries && !application && knownOrgs.length === 0 && !cat && (confirmed || byVerb);
  if (indList) {
    // the last item of an industry list may join two: 创新药、医疗器械和体外诊断
    const last = spans[spans.length - 1]!;
    const parts = splitIndustryPair(text, last, offset, out);
    if (parts.length === 2) {
      spans.splice(spans.length - 1, 1, ...parts);
      known.splice(known.length - 1, 1, ...parts.map((sp) => out.filter((m) => within(m, sp) || within(sp, m))));
      en.items = spans;
    }
  }
  const kind: ListKind = { cat, spans, known, knownOrgs, entCount, indCount, representative, placeList, application, confirmed, indList };
  spans.forEach((sp, i) => typeItem(scan, en, kind, sp, known[i] ?? []));
  // 发展系统级封装、晶圆级封装等先进封装技术: the phrase after 等 names the list's own industry
  if (indList && /^[^，,。；;]/.test(en.after)) {
    const ph = /^([^，,。；;、和与及的等]{2,12}?)(技术|产品|领域|产业|环节)?$/.exec(en.after.split(/[，,。；;]/)[0]!);
    const core = ph?.[1];
    const at = en.end + 1 + (text.slice(en.end - offset + 1).startsWith(core ?? '\u0000') ? 0 : -1);
    if (core && plausibleIndustry(core) && !GENERIC_AFTER.test(en.after.split(/[，,。；;]/)[0]!) && !INDUSTRY_LIST_AFTER.test(en.after) && !isGenericName(core, '', () => false) && text.slice(at - offset, at - offset + core.length) === core) {
      const sp = { start: at, end: at + core.length };
      if (!out.some((x) => x.label !== 'Industry' && overlaps(x, sp))) {
        for (const x of out.filter((x) => x.label === 'Industry' && overlaps(x, sp))) out.splice(out.indexOf(x), 1);
        out.push({ ...sp, surface: core, label: 'Industry', confidence: 'low' });
      }
    }
  }
  // a list of departments (科技局、经发局、国资公司 …) names no organisations of ours
  const deptItems = spans.filter((sp) => DEPT_ITEM.test(text.slice(sp.start - offset, sp.end - offset))).length;
  if (deptItems > 0 && deptItems >= spans.length / 3) {
    for (const m of [...out]) if (m.label !== 'Industry' && !m.lex && spans.some((sp) => within(m, sp))) out.splice(out.indexOf(m), 1);
  }
  lists.push(en);
}

/** One item of an enumeration: a longer industry, an application field, a name typed by the list. */
function typeItem(scan: Scan, en: Enumeration, kind: ListKind, sp: Span, ms: Mention[]): void {
  const { text, offset, index, out, low } = scan;
  const { cat, spans, knownOrgs, entCount, indCount, representative, placeList, application, confirmed, indList } = kind;
  for (const m of ms) m.list = en.index;
  const surface = text.slice(sp.start - offset, sp.end - offset);
  // an industry list item longer than the known term inside it is its own industry: AI芯片, 纳米新材料
  if (indList && ms.length && ms.every((m) => m.label === 'Industry') && !ms.some((m) => m.start <= sp.start && m.end >= sp.end) && plausibleIndustry(surface) && !isGenericName(surface, '', () => false) && !onlyGenericBeside(text, sp, ms, offset)) {
    for (const m of ms) out.splice(out.indexOf(m), 1);
    const tsp = trimIndustry(text, sp, offset);
    out.push({ ...tsp, surface: text.slice(tsp.start - offset, tsp.end - offset), label: 'Industry', list: en.index, confidence: 'low' });
    return;
  }
  if (application && ms.length && ms.every((m) => m.label === 'Industry')) {
    // 在医药、化工等领域应用: fields of application, not industries of the document
    for (const m of ms) if (m.confidence === 'low') out.splice(out.indexOf(m), 1);
    return;
  }
  const orgCat = (cat && cat.label !== 'Park' && cat.kind !== 'platform') || (!cat && /(依托|借重|借助)$/.test(en.before) && /^([,，]|$)/.test(en.after));
  if (ms.length && orgCat && ms.every((m) => m.label === 'Industry' && !(m.start === sp.start && m.end === sp.end)) && plausibleBareName(surface)) {
    // 智清新材料 in "…等有潜力的企业": the industry word is part of a company name
    for (const m of ms) out.splice(out.indexOf(m), 1);
  } else if (ms.length) return;
  // a carrier with a place-like ending in a list of carriers: 光谷中心城, 未来科技城
  if (cat?.label === 'Park' && placeList && /^(专业|重要|主要|创新)?载体/.test(en.after) && typeBySuffix(surface)?.label === 'Park' && PLACE_END.test(surface) && plausibleBareName(surface) && (surface.length >= 4 || !isGenericName(surface, typeBySuffix(surface)!.suffix, () => false)) && !out.some((x) => x.label !== 'Industry' && overlaps(x, sp))) {
    for (const x of out.filter((x) => x.label === 'Industry' && overlaps(x, sp))) out.splice(out.indexOf(x), 1);
    out.push({ ...sp, surface, label: 'Park', kind: typeBySuffix(surface)!.kind ?? 'park', list: en.index, confidence: 'high' });
    return;
  }
  // 深水半潜式钻井平台 in 重点发展A、B和C: a weak suffix does not make an industry item a name
  if (typeBySuffix(surface) && !(indList && typeBySuffix(surface)!.weak && typeBySuffix(surface)!.label === 'Lab')) return; // generic suffix names were rejected on purpose
  // typed by the category word
  if (cat && cat.label !== 'Park' && cat.kind !== 'platform' && plausibleBareName(surface) && !isGenericName(surface, '', (x) => index.isIndustryTerm(x))) {
    const m: Mention = { ...sp, surface, label: cat.label, list: en.index, confidence: 'high' };
    if (cat.kind) m.kind = cat.kind;
    out.push(m);
    return;
  }
  // typed by neighbours: 依托A、B等 where A is a known enterprise; 以A、B为代表的…
  const orgList = entCount > 0 && (entCount >= indCount || representative);
  // 支持A、B建成…平台: unknown names as the subject of an organisation's verb
  const subjectList = entCount === 0 && indCount === 0 && spans.length >= 2 && /(支持|鼓励)$/.test(en.before) && ORG_SUBJECT_AFTER.test(text.slice(en.end - offset));
  if (!cat && (orgList || subjectList) && plausibleBareName(surface) && surface.length <= 8) {
    const m: Mention = { ...sp, surface, label: 'Enterprise', list: en.index, confidence: 'low' };
    out.push(m);
    low.push(m);
    return;
  }
  // 依托X、Y等，重点发展Z (the genre's way of naming the companies behind a segment)
  if (!cat && indCount === 0 && /(依托|借重|借助)$/.test(en.before) && /^([,，]|$)/.test(en.after) && plausibleBareName(surface) && surface.length <= 8 && !isGenericName(surface, '', (x) => index.isIndustryTerm(x))) {
    const m: Mention = { ...sp, surface, label: 'Enterprise', list: en.index, confidence: 'low' };
    out.push(m);
    low.push(m);
    return;
  }
  // bare names in a list of carriers: 依托智慧山、普天创新园…等载体 / 依托纳米城、独墅湖科教创新区等载体
  if (cat?.label === 'Park' && /^(专业|重要|主要|创新)?载体/.test(en.after) && plausibleBareName(surface) && !isGenericName(surface, '', (x) => index.isIndustryTerm(x)) && !CARRIER_WORDS.test(surface) && (surface.length <= 6 && knownOrgs.some((m) => m.label === 'Park') || (placeList && PLACE_END.test(surface)))) {
    out.push({ ...sp, surface, label: 'Park', kind: 'park', list: en.index, confidence: 'low' });
    return;
  }
  // industry lists: 重点支持A、B等细分领域 / 重点发展A、B、C三大领域 / 重点发展A、B和C
  if (indList && plausibleIndustry(surface) && (confirmed || !isGenericName(surface, '', () => false))) {
    const tsp = trimIndustry(text, sp, offset);
    const m: Mention = { ...tsp, surface: text.slice(tsp.start - offset, tsp.end - offset), label: 'Industry', list: en.index, confidence: 'low' };
    out.push(m);
  }
}

/** 重点发展晶圆制造和封装测试: one or two industries after a strong verb, without 、 or 等. */
function verbIndustries(scan: Scan): void {
  const { text, offset, out, lists, cls } = scan;
  for (const cl of cls) {
    const m = /(重点发展|重点布局|前瞻布局|大力发展|积极发展|聚焦发展|加快发展|重点突破|培育壮大|发展|布局|研发|研制)([^、等“”"()（）]{2,30})$/.exec(cl.text);
    if (!m) continue;
    const verbAt = cl.start + m.index;
    // 支持华芯微电子发展车规级芯片: a bare 发展 names industries only right after an organisation
    if (/^(发展|布局|研发|研制)$/.test(m[1]!) && !out.some((x) => x.label !== 'Industry' && x.end === verbAt) && !/(重点|积极|大力|加快|前瞻|聚焦)$/.test(text.slice(0, verbAt - offset)) && verbAt !== cl.start) continue;
    const start = cl.start + m.index + m[1]!.length;
    const whole = { start, end: cl.end };
    if (out.some((x) => x.label !== 'Industry' && overlaps(x, whole)) || lists.some((l) => overlaps(l, whole))) continue;
    const parts = splitIndustryPair(text, whole, offset, out).map((sp) => trimIndustry(text, sp, offset));
    const items: Mention[] = [];
    for (const sp of parts) {
      const surface = text.slice(sp.start - offset, sp.end - offset);
      if (!plausibleIndustry(surface) || surface.length > 12 || isGenericName(surface, '', () => false) || /技术|能力|水平|产品$/.test(surface)) {
        items.length = 0;
        break;
      }
      const inner = out.filter((x) => x.label === 'Industry' && within(x, sp));
      if (inner.length && onlyGenericBeside(text, sp, inner, offset)) {
        for (const x of inner) x.list = lists.length;
        continue;
      }
      items.push({ ...sp, surface, label: 'Industry', list: lists.length, confidence: 'low' });
    }
    if (!items.length) continue;
    for (const it of items) {
      for (const x of out.filter((x) => x.label === 'Industry' && overlaps(x, it))) out.splice(out.indexOf(x), 1);
      out.push(it);
    }
    lists.push({ index: lists.length, clause: cl, start, end: cl.end, before: m[1]!, after: '', items: parts });
  }
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
      out.push({ ...w, list: en.index });
    }
  }
}

/** 依托X，… : a bare name as the whole clause after 依托/借重. */
function bareSupportNames(scan: Scan): void {
  const { index, out, low, cls } = scan;
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
