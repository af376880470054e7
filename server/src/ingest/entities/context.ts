// Per-sentence context: masked text (responsibility brackets are departments, not ours),
// the industry a sentence is about (clause lead "X领域，", paragraph lead "——X领域。",
// measure title "15.信创产业。", section headings "（一）生物制造") and the park a section is about.
import type { Sentence, StructuredDoc } from '../types.ts';
import type { LexiconIndex } from '../lexicon/match.ts';
import type { IndustryEntry } from '../lexicon/index.ts';
import { isGenericName } from './typing.ts';
import { productHeadAfter } from './mentions.ts';
import { bareLevel } from '../resolve/joined.ts';

export interface IndustryRef {
  surface: string;
  entry?: IndustryEntry;
  /** Where the context came from. */
  source: 'clause' | 'lead' | 'measure' | 'heading';
  /** A heading that names one segment after a growth verb (ownWordsSegment): its section is that segment's. */
  own?: true;
}

const RESP_BRACKET = /[(（](?:[^()（）]*?(?:责任部门|牵头部门|责任单位|牵头单位|配合部门)[:：][^()（）]*|[^()（）]*?按职责分工负责[^()（）]*)[)）]/g;

/** Replace responsibility brackets and measure evidence spans with newlines (same length). */
export function maskedNorm(doc: StructuredDoc): string {
  // (the blanked spans are collected, then the text is rebuilt once from slices and runs of \n)
  const norm = doc.source.norm;
  const spans: [number, number][] = [];
  const blank = (s: number, e: number) => {
    if (Math.min(e, norm.length) > s) spans.push([s, Math.min(e, norm.length)]);
  };
  for (const m of doc.source.norm.matchAll(RESP_BRACKET)) blank(m.index!, m.index! + m[0].length);
  // (①赤峰高新技术产业开发区：… / ③赛罕区: a circled number opening a line is the item's numbering, never a
  // character of the name after it — a pasted list whose markers the structure did not take as numbering)
  // (anchored at the line start, not a look-behind over the blanks: that one re-read a run of blanks from every position
  // in it, quadratic in a long run — bench/hostile.ts blanks)
  for (const m of doc.source.norm.matchAll(/^([ \t\u3000]*)[\u2460-\u2473\u2776-\u277f\u2780-\u2793]/gm)) blank(m.index! + m[1]!.length, m.index! + m[0].length);
  // titles of other documents 《…》 name no entities of this one
  for (const m of doc.source.norm.matchAll(/《[^》\n]{1,80}》/g)) blank(m.index!, m.index! + m[0].length);
  for (const mu of doc.measures) for (const sp of mu.evidenceSpans) {
    // only bracketed responsibility text; table cells are separate lines anyway
    const t = doc.source.norm.slice(sp.start, sp.end);
    if (/部门|单位|负责/.test(t) && sp.end - sp.start < 400) blank(sp.start, sp.end);
  }
  // a table's department cells (牵头单位 | 配合单位) name departments, not their zones (烟台开发区管委会)
  const inTable = (x: { start: number }) => (doc.tables ?? []).some((t) => x.start >= t.start && x.start < t.end);
  for (const mu of doc.measures) for (const r of mu.responsibilities) if (r.end > r.start && inTable(r)) blank(r.start, r.end);
  if (spans.length === 0) return norm;
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    out += norm.slice(at, from) + '\n'.repeat(e - from);
    at = e;
  }
  return out + norm.slice(at);
}

export function stripNumbering(title: string): string {
  return title
    .replace(/^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+(?:-\d+)?[、.．]?|——)\s*/, '')
    .replace(/[。.:：]\s*$/, '')
    .trim();
}

/** Industries named in a short phrase (lexicon), outside organisation names. */
function industriesIn(phrase: string, index: LexiconIndex): IndustryEntry[] {
  const ms = index.scan(phrase);
  return ms.filter((m) => m.ref.type === 'industry').map((m) => m.ref.entry as IndustryEntry);
}

// (二、主要方向 / 第二章 产业定位 / 三、重点招商方向: the plan's list of its industries, a section each, as 发展重点 is)
const HEADING_PARENT = /(发展重点|重点产业|重点领域|产业布局|空间布局|赛道|主导产业|产业方向|重点方向|重点环节|产业链|主攻方向|主攻领域|发展方向|重点板块|细分领域|主要方向|产业定位|招商方向)/;
const NOT_INDUSTRY = /(加强|推动|推进|提升|建设|实施|打造|支持|优化|完善|强化|深化|促进|构建|保障|组织|指导|目标|思想|要求|措施|任务|机制|环境|服务|创新|人才|金融|政策|领导|考评|监测|咨询)/;
/** Under a heading that announces industries (发展重点, 重点环节 …), only verbs and plan words rule a title out. */
// (（五）夯实创新支撑 / 筑牢安全底线: a task verb and what it secures; （二）两带 / （三）多园: a part of a
// spatial-layout slogan — 一核两带多园 — counted, not named; （三）灌云临港产业区: a place is never an industry)
const NOT_INDUSTRY_UNDER_PARENT = /(加强|推动|推进|提升|建设|实施|打造|支持|优化|完善|强化|深化|促进|构建|保障|组织|指导|目标|思想|要求|措施|任务|机制|环境|政策|领导|考评|监测|现状|思路|原则|布局|载体|平台|空间|^(?:发展|产业)?基础$|基础(?:条件|设施|支撑)$|^(?:夯实|筑牢|健全|营造|加大|厚植|激发|畅通|守牢|守住)|(?:支撑|底线|生态|氛围|活力)$|^(?:做强|做优|提升|培育|联动|协同|拓展|优化|壮大|带动|辐射)?[一二两三四五六七八九十多数]+(?:核|带|园|区|轴|廊|心|翼|点|片|城|港|圈|环|谷|组团|基地|走廊|廊道)$|(?:产业区|园区|片区|开发区|高新区|经开区|新区|产业园|工业园|集聚区|组团|新城|科技城)$)/;
/** Verbs that open a heading naming an industry: （一）做强光通信产业, （三）培育光电子芯片产业. */
/** Verbs that open a measure title before the industry it targets: 突破核心芯片, 做强三电系统. */
const TITLE_LEAD_VERB = /^(?:做强|做优|做大|做精|做实|突破|发展|提升|前瞻布局|加快布局|布局|壮大|培育|补齐|补强|夯实|拓展|巩固|延伸|强化|优化|加快发展|大力发展)+/;
const HEADING_VERB = /^(?:做强|做优|做大|做精|做深|培育壮大|培育|壮大|发展壮大|加快发展|大力发展|发展|提升|突破|布局|前瞻布局|巩固|拓展|延伸|振兴|传承)+/;
/** A known industry and a value-chain stage, the whole heading: 芯片设计, 整车制造, 电池封装测试. */
const STAGED_HEADING = /^([\u4e00-\u9fffA-Za-z0-9]{2,8}?)(?:设计|制造|封装测试|封测|封装|测试)$/;
/** Chain position in a heading or a sentence: （一）上游：关键材料 / 上游关键材料、中游核心零部件. */
const CHAIN_POSITION: Record<string, number> = { 上游: 1, 中游: 2, 下游: 3 };

/**
 * Words that make a cluster a kind (绿色低碳, 先进制造业, 战略性新兴) or a stage of the document's industry
 * (低空制造集群 in a 低空经济 plan), not one industry.
 */
const CLUSTER_KIND = /^(?:绿色|低碳|先进|现代|新兴|优势|特色|战略性?|重点|主导|支柱|数字|未来)|业$|(?:制造|服务|应用|运营|保障)$/;

/** An industry named by a heading's own wording, without the lexicon: 上游：关键材料 / 做强光通信产业 / 制氢环节. */
export function headingPhrase(title: string): { phrase: string; position?: number } | undefined {
  let t = title.replace(/[。.:：]\s*$/, '').trim();
  const pos = /^(上游|中游|下游)\s*[:：]?\s*(.+)$/.exec(t);
  if (pos) {
    const p = pos[2]!.replace(/(产业|领域|环节|产业链)$/, '').replace(HEADING_VERB, '');
    // (上游：原料 / 下游：深加工: a bare kind or grade names no segment; the level's items are the chain's)
    if (/^(?:上游|中游|下游)\s*[:：]/.test(t) && bareLevel(p)) return undefined;
    return plausibleHeadingIndustry(p) ? { phrase: p, position: CHAIN_POSITION[pos[1]!]! } : undefined;
  }
  const v = HEADING_VERB.exec(t);
  if (v && /(产业|产业链|领域|环节)$/.test(t)) {
    t = t.slice(v[0].length).replace(/(产业链|产业|领域|环节)$/, '');
    // (一、做强钛产业链 / 做大锂产业: a one-character element names its industry with 产业)
    if (/^[\u4e00-\u9fff]$/.test(t)) return { phrase: `${t}产业` };
    return plausibleHeadingIndustry(t) ? { phrase: t } : undefined;
  }
  // 一、做强智能电气集群 / 三、培育生命健康集群: the cluster a section grows is its industry (not a kind of
  // cluster: 绿色低碳产业集群, 先进制造业集群, 科技企业集群)
  if (v && /集群$/.test(t)) {
    const p = t.slice(v[0].length).replace(/(产业集群|集群)$/, '');
    return plausibleHeadingIndustry(p) && !CLUSTER_KIND.test(p) ? { phrase: p } : undefined;
  }
  if (/^[^，,、]{2,10}(环节|产业链)$/.test(t)) {
    const p = t.replace(/(环节|产业链)$/, '');
    return plausibleHeadingIndustry(p) ? { phrase: p } : undefined;
  }
  return undefined;
}

/** Heads that close a segment's name in a document's own words: 算力基础设施, 电子信息制造, 化纤原料, 电驱电控系统, 卫星数据应用. */
const SEGMENT_HEAD = /(?:综合利用|循环利用|高值化利用|资源化利用|基础设施|制造|服务|材料|原料|制品|精深加工|深加工|加工|装备|器件|零部件|部件|设备|终端|软件|系统|电池|芯片|整机|应用|模组|面板|化学品|仪器|机械|药物|面料|纤维|药|疫苗|耗材|器械|诊断|影像|试剂|机器人)$/;
/** What a heading or title adds after the segment it names: 做强整车龙头, 提升零部件配套能力. */
const SEGMENT_TAIL = /(?:配套能力|龙头|能力|水平|优势|配套|供给|竞争力|能级)$/;
/** Qualifiers before a segment the document names that make no narrower one: 壮大品牌服装鞋帽 → 服装鞋帽. */
const SEGMENT_QUALIFIER = /^(?:品牌|优势|特色|传统|本地)(?=[\u3400-\u9fff]{2})/;
/** The document has used `of` before on its own, not only as part of `of`+activity (面板牵引 before 做强面板制造). */
function usedAlone(of: string, activity: string, textBefore: string): boolean {
  for (let at = textBefore.indexOf(of); at >= 0; at = textBefore.indexOf(of, at + 1)) if (!textBefore.startsWith(activity, at + of.length)) return true;
  return false;
}

/** Resources and technologies whose applications are a segment of their own: 卫星数据应用, 遥感应用, 北斗应用. */
const APPLIED_RESOURCE = /(?:数据|信息|卫星|北斗|遥感|导航|空间|地理)$/;
/** Value-chain stages with no object: 制造封测, 研发设计, 封装测试 alone name the stage of the section's industry. */
const STAGES_ONLY = /^(?:设计|制造|封测|封装|测试|研发|生产|应用|服务|销售|集成|运营)+$/;
/** Two or more stages written together (制造封测, 研发设计): no one segment. */
const TWO_STAGES = /^(?:设计|制造|封测|封装|测试|研发|生产|应用|服务|销售|集成|运营){2,}$/;
/** Parts of every chain, too general to name a segment of their own with a head (整机制造, 核心装备, 关键材料). */
const GENERIC_PART = /^(?:整机|整车|零部件|部件|元器件|材料|装备|设备|产品|终端|配套|基础|核心|关键|高端|先进|新型|重点|上游|中游|下游)+$/;
/** Verbs of growth that open a heading or title naming a segment not known before (not 提升/强化/优化: tasks as often). */
const OWN_WORDS_VERB = /^(?:做强|做优|做大|做精|培育壮大|培育|壮大|发展壮大|加快发展|大力发展|发展|突破|补齐|补强|布局|前瞻布局|加快布局|拓展|延伸)+/;
/** The use a resource is put to (糖蜜综合利用, 蔗渣高值化利用, 有色金属资源循环利用): an industry of the genre, which 推进 grows as 发展 does. */
const UTILISATION = /^([\u3400-\u9fffA-Za-z0-9]{2,8}?)(?:资源)?(?:综合利用|循环利用|高值化利用|资源化利用)$/;
/** Words that make a phrase a task, an asset or a public good rather than a segment. */
const NOT_OWN_SEGMENT = /(加强|推动|推进|提升|建设|实施|打造|支持|优化|完善|强化|深化|促进|构建|保障|组织|创新|人才|金融|政策|公共|政务|场景|平台|载体|空间|布局|环境|企业|主体|机构|资金|项目|园区|基地|中心|示范|推广|市场|配套)/;

/**
 * A segment named in the document's own words by a heading or measure title (（一）做大算力基础设施,
 * 4.发展卫星数据应用, 补强电驱电控系统): a growth verb, then a name closed by a segment head, with no verb,
 * task or generic word in it; a joined name (火箭和卫星制造) only when the lexicon knows it whole.
 */
export function ownWordsSegment(title: string, index: LexiconIndex, known: KnownIndustry = () => false, textBefore = ''): string | undefined {
  // (4．推进蔗渣高值化利用: 推进 grows the use of a resource, a task before anything else)
  const v = OWN_WORDS_VERB.exec(title) ?? (UTILISATION.test(title.replace(/^推进/, '')) ? /^推进/.exec(title) : null);
  if (!v) return undefined;
  // (a chain position before the name is no part of it: 做强上游核心零部件)
  let rest = title.slice(v[0].length).replace(/^(?:上游|中游|下游)/, '').replace(/(?:产业链|产业|领域|环节)$/, '');
  if (!index.isIndustryTerm(rest) && !known(rest)) rest = rest.replace(SEGMENT_TAIL, '').replace(/(?:产业链|产业|领域|环节)$/, '');
  if (rest.length < 2 || rest.length > 10 || !/^[\u3400-\u9fffA-Za-z0-9]+$/.test(rest)) return undefined;
  // 拓展化合物半导体应用 / 做强面板制造: an activity of a known industry is that industry's (the rules after)
  const activity = /(?:应用|制造|服务)$/.exec(rest)?.[0];
  const of = activity ? rest.slice(0, -activity.length) : '';
  if (of.length >= 2 && (index.lookup(of)?.type === 'industry' || known(of) || usedAlone(of, activity!, textBefore) || index.scan(of).some((m) => m.ref.type === 'industry' && m.end === of.length))) return undefined;
  if (index.lookup(rest)?.type === 'industry' || known(rest)) return rest;
  const bare = rest.replace(SEGMENT_QUALIFIER, '');
  if (bare !== rest && (index.lookup(bare)?.type === 'industry' || known(bare))) return bare;
  if (/[和与及]/.test(rest) || NOT_OWN_SEGMENT.test(rest)) return undefined;
  const head = SEGMENT_HEAD.exec(rest)?.[0];
  const before = head ? rest.slice(0, -head.length) : '';
  // X应用 names a segment when X is a resource or technology put to use (卫星数据应用, 北斗应用); the applications
  // of an industry or service (低空物流应用, 储能应用) are that industry's (the rules after)
  if (head === '应用' && !APPLIED_RESOURCE.test(before)) return undefined;
  // (a drug by its kind is named in one character before 药: 中药, 西药; 化学药, 生物药 in two)
  // (发展马产品加工: the processing of one element's products is a stage of that element's industry, no segment of its own)
  if (/加工$/.test(head ?? '') && /^[\u4e00-\u9fff]产品$/.test(before)) return undefined;
  // (推动资源高效综合利用: the use of resources at large names no resource)
  if (/利用$/.test(head ?? '') && (!/^[\u3400-\u9fffA-Za-z0-9]{2,}$/.test(before.replace(/资源$/, '')) || /^(?:资源|高效|全面|深度|综合)/.test(before))) return undefined;
  if (!head || before.length < (head === '药' ? 1 : 2) || GENERIC_TITLE_OBJECT.test(before) || GENERIC_PART.test(before) || isGenericName(rest, '', () => false) || isGenericName(before, '', () => false)) return undefined;
  return rest;
}

/** A growth verb, an industry the document named (not the lexicon), then its making or service: 做强航空装备制造 → 航空装备. */
function madeKnownIndustry(title: string, known: KnownIndustry = () => false): string | undefined {
  const v = OWN_WORDS_VERB.exec(title);
  if (!v) return undefined;
  const m = /^([\u3400-\u9fff]{2,10}?)(?:制造|服务)(?:产业|业)?$/.exec(title.slice(v[0].length));
  return m && known(m[1]!) ? m[1] : undefined;
}

/** Two names joined by 与/和/及, one of them a generic part or a value-chain stage, the whole unknown to the lexicon. */
function genericPair(title: string, index: LexiconIndex): boolean {
  const m = /^([^与和及]{2,})[与和及]([^与和及]{2,})$/.exec(title);
  return !!m && !index.lookup(title) && [m[1]!, m[2]!].some((x) => GENERIC_PART.test(x) || STAGES_ONLY.test(x));
}

/** Words of a chain's layout, not of any industry: 产业链, 链条, 上中下游, 上下游 (and a 重点/主要 before or after). */
const CHAIN_VOCABULARY = /^(?:重点|主要|关键)?(?:产业链|产业链条|链条|全链条|上中下游|上下游|产业上下游)(?:重点|主要|关键)?$/;

function plausibleHeadingIndustry(p: string): boolean {
  // (二、产业链环节 / 二、上中下游重点环节: the chain's own vocabulary names the section's kind, no industry)
  if (CHAIN_VOCABULARY.test(p)) return false;
  return p.length >= 2 && p.length <= 12 && !NOT_INDUSTRY_UNDER_PARENT.test(p) && !/[，,、()（）“”"]/.test(p) && !/(企业|主体|人才|资金|要素|机构)/.test(p) && !isGenericName(p, '', () => false);
}

/** Does a heading join two industries before 产业, one of them `x` (培育壮大新能源和新型化工产业)? */
function pairedIn(title: string, x: string): boolean {
  const pair = /^([\u3400-\u9fff]{2,8})[和与及]([\u3400-\u9fff]{2,8})(?:产业|产业链|产业集群)$/.exec(title.trim().replace(HEADING_VERB, '').replace(TITLE_LEAD_VERB, ''));
  return !!pair && (pair[1] === x || pair[2] === x);
}

function headingIndustries(path: string[], index: LexiconIndex, known?: KnownIndustry, textBefore = ''): IndustryRef[] {
  for (let d = path.length - 1; d >= 0; d--) {
    // (第一节　苹果产业链: a chapter's or section's number is no part of the chain a heading names)
    const title = stripNumbering(path[d]!).replace(/^第[一二三四五六七八九十百零\d]+[章节篇]\s*(?=[^，,、\s]{1,10}(?:环节|产业链)$)/, '');
    // (（三）下游：深加工 / 上游：原料: a level named by a bare kind or grade names no segment — its sentences are the
    // chain's, the heading above's)
    // (only the labelled form, 上游：材料: （一）上游材料环节 names the level's segment, 材料 — genre g16)
    const level = /^(?:上游|中游|下游)\s*[:：]\s*(.+?)[。.:：]?$/.exec(title.trim());
    if (level && bareLevel(level[1]!.replace(/(产业|领域|环节|产业链)$/, ''))) continue;
    // （三）培育壮大新能源和新型化工产业 … 二是提升新型化工: a point named after one of the two industries its parent
    // heading joins is about that industry, known or not
    const sub = title.trim().replace(HEADING_VERB, '').replace(TITLE_LEAD_VERB, '');
    if (d > 0 && sub.length >= 2 && sub.length <= 8 && plausibleHeadingIndustry(sub) && !NOT_INDUSTRY.test(sub) && path.slice(0, d).some((p) => pairedIn(stripNumbering(p), sub))) {
      const r = index.lookup(sub);
      return [r?.type === 'industry' ? { surface: sub, entry: r.entry as IndustryEntry, source: 'heading' } : { surface: sub, source: 'heading' }];
    }
    const hp = headingPhrase(title);
    // （一）做强制造封测环节: stages without an object name no segment of their own (the measures under it name them)
    if (hp && TWO_STAGES.test(hp.phrase) && hp.phrase !== '封装测试') continue;
    if (hp) {
      // 下游：整车制造与后市场 names two segments
      const parts = hp.position ? hp.phrase.split(/[和与及]/).filter((x) => x.length >= 2) : [hp.phrase];
      return parts.map((ph) => {
        const r = index.lookup(ph);
        const bare = index.lookup(ph.replace(/(产业|领域)$/, ''));
        const e = r?.type === 'industry' ? r.entry : bare?.type === 'industry' ? bare.entry : undefined;
        return e ? { surface: ph, entry: e as IndustryEntry, source: 'heading' as const } : { surface: ph, source: 'heading' as const };
      });
    }
    // 推动柏堰片区建成集成电路产业集聚区: the industry a planned cluster is for
    const cluster = /(?:建成|打造|建设)([^，,。、“”"()（）的\d]{2,10}?)(?:产业(?:核心区|集聚区|聚集区|高地|集群|示范区|先导区|基地)|集聚区|聚集区)/.exec(title);
    if (cluster && !NOT_INDUSTRY.test(cluster[1]!)) {
      const r = index.lookup(cluster[1]!);
      return [r?.type === 'industry' ? { surface: cluster[1]!, entry: r.entry as IndustryEntry, source: 'heading' } : { surface: cluster[1]!, source: 'heading' }];
    }
    // （二）壮大芯片设计 / 做强整车制造: a known industry followed by the value-chain stage the heading
    // is about names that stage of it (芯片设计), not the broader industry (芯片)
    const staged = STAGED_HEADING.exec(title.replace(HEADING_VERB, '').replace(TITLE_LEAD_VERB, ''));
    if (staged && index.lookup(staged[1]!)?.type === 'industry') {
      const whole = staged[0];
      const r = index.lookup(whole);
      return [r?.type === 'industry' ? { surface: whole, entry: r.entry as IndustryEntry, source: 'heading' } : { surface: whole, source: 'heading' }];
    }
    // （二）壮大数据要素产业 / 壮大品牌服装鞋帽: a known segment after a growth verb, whatever terms sit inside it
    const own = ownWordsSegment(title, index, known, textBefore);
    const ownRef = (x: string): IndustryRef[] => {
      const r = index.lookup(x);
      return [r?.type === 'industry' ? { surface: x, entry: r.entry as IndustryEntry, source: 'heading', own: true } : { surface: x, source: 'heading', own: true }];
    };
    if (own && (index.lookup(own)?.type === 'industry' || known?.(own))) return ownRef(own);
    const found = industriesIn(title, index);
    // 一、做强航空装备制造 in a 航空装备 plan: the making of an industry the document named is that industry, even
    // where a lexicon term runs across its end (装备制造 inside 航空|装备制造 is no industry of the heading)
    const made = madeKnownIndustry(title, known);
    if (made && found.every((e) => !made.includes(e.name))) return [{ surface: made, source: 'heading' }];
    // （一）做大算力基础设施: a segment in the document's own words, where the heading names no known term
    if (own && !found.length) return ownRef(own);
    // （二）光伏材料集群: a known field written right before a product head names that product line (mentions.ts)
    const headed = found.length === 1 ? headedInTitle(title, found[0]!) : undefined;
    if (headed) return [{ surface: headed, source: 'heading' }];
    if (found.length) {
      // the most specific levels first; drop a system when industries are named too
      return dedupe(found).map((e) => ({ surface: e.name, entry: e, source: 'heading' as const }));
    }
    // (第三节 光学: a chapter or section number is no part of the name)
    const bareTitle = title.replace(/^第[一二三四五六七八九十百\d]+[章节篇]\s*/, '').replace(/^(上游|中游|下游)\s*[:：]?/, '').replace(/(环节|领域)$/, '');
    // （二）核技术应用: a heading that is, whole, an industry the document has already named (聚焦低空经济、核技术应用…)
    // names its section's industry, lexicon or not
    // (第一节 氟硅新材料: a chapter or section number is no part of it)
    const whole = bareTitle.replace(/(产业链|产业)$/, '');
    if (known && whole.length >= 2 && whole.length <= 10 && known(whole) && plausibleHeadingIndustry(whole) && !/[与和及、]/.test(whole)) return [{ surface: whole, source: 'heading' }];
    // (（二）绿色食品产业园: a park's heading named for an industry the document has named is about that industry — its
    // sentences develop the park's line; a park named for a place, 乌达产业园, or for a field the document never named
    // as such, 食品科技产业园, is about none)
    const parkOf = /^([\u3400-\u9fffA-Za-z0-9]{2,10}?)(?:产业园区|产业园)$/.exec(bareTitle)?.[1];
    if (parkOf && (known?.(parkOf) || namedAsIndustry(parkOf, textBefore)) && plausibleHeadingIndustry(parkOf) && !/[与和及、]/.test(parkOf)) return [{ surface: parkOf, source: 'heading' }];
    // (（四）装备与原辅材料 / 整机与零部件 / 设计与品牌零售: a generic part or a stage joined to another names
    // no one segment; the sentences under the heading name the segments — 合成装备, 原辅材料)
    // (第三章 优化产业布局 / 第一节 荔枝精深加工带 / 第三节 罗非鱼加工区: a belt or a zone of the layout is a place, no industry; it
    // is about the industry its name opens with when the document named that one before — 荔枝, 罗非鱼 — and no other)
    const zone = d > 0 && HEADING_PARENT.test(path[d - 1]!) ? /^([\u3400-\u9fffA-Za-z0-9]{2,10}?)(?:精深加工|深加工|加工)?(?:产业带|发展带|经济带|带|加工区|产业区)$/.exec(bareTitle) : null;
    if (zone) {
      const core = zone[1]!;
      const esc = core.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const listed = new RegExp(`${esc}、|、${esc}(?:[、和与及]|产业)`).test(textBefore);
      if ((known?.(core) || namedAsIndustry(core, textBefore) || listed) && plausibleHeadingIndustry(core) && !/[与和及、]/.test(core)) return [{ surface: core, source: 'heading' }];
      continue;
    }
    // (（三）时尚创意园 under 各园区产业定位: a place, never an industry)
    if (d > 0 && bareTitle.length >= 2 && bareTitle.length <= 8 && !NOT_INDUSTRY_UNDER_PARENT.test(bareTitle) && !/(?:园|园区|基地|集聚区|片区)$/.test(bareTitle) && HEADING_PARENT.test(path[d - 1]!) && !isGenericName(bareTitle, '', () => false) && !genericPair(bareTitle, index)) {
      return [{ surface: bareTitle, source: 'heading' }];
    }
  }
  return [];
}

/** The text before names `x` as an industry of its own: in a list (、绿色食品、) or as an 产业 (绿色食品产业以…), not its park. */
function namedAsIndustry(x: string, textBefore: string): boolean {
  const e = x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[、，,；;。：:和与及])${e}(?:产业(?!园)|[、，,；;和与及等])`).test(textBefore);
}

/** The product line a heading names with a known field's short name before a product head (光伏|材料集群). */
function headedInTitle(title: string, e: IndustryEntry): string | undefined {
  for (const n of [e.name, ...e.aliases]) {
    const at = title.indexOf(n);
    if (n.length > 3 || at < 0) continue;
    const head = productHeadAfter(title, at + n.length);
    if (head) return n + head[0];
  }
  return undefined;
}

function dedupe(es: IndustryEntry[]): IndustryEntry[] {
  const seen = new Set<string>();
  return es.filter((e) => (seen.has(e.name) ? false : (seen.add(e.name), true)));
}

/** "——动力电池领域。" at the start of the sentence's paragraph (line). */
function paragraphLead(norm: string, s: Sentence, index: LexiconIndex): IndustryRef[] {
  const ls = norm.lastIndexOf('\n', s.start - 1) + 1;
  const line = norm.slice(ls, Math.min(norm.length, ls + 80));
  const m = /^\s*——[“"]?([^。:：\n]{1,30}?)[”"]?[。:：]/.exec(line);
  if (!m) return [];
  return leadPhrase(m[1]!, index, 'lead');
}

/**
 * A run-in label opening a paragraph (石油化工。洛阳石化产业集聚区已形成… / 绿色建材。以内黄陶瓷产业园为载体，重点发展A和B): a
 * paragraph a plan writes per industry under a section heading, every sentence of the line about the industry its label
 * names, like a heading's. The label must start a paragraph (after a blank line, a heading or a closed sentence — a hard
 * wrapped line's head, 流电池。, continues the line before), be an industry of the lexicon or one the document named
 * before, and name no place (县域园区。), task (人才支持。) or quality.
 */
function runInLabel(doc: StructuredDoc, s: Sentence, index: LexiconIndex, known?: KnownIndustry): IndustryRef[] {
  const norm = doc.source.norm;
  const x = runInLabelAt(norm, norm.lastIndexOf('\n', s.start - 1) + 1);
  if (!x) return [];
  const r = index.lookup(x);
  if (r && r.type !== 'industry') return [];
  if (r?.type === 'industry') return [{ surface: x, entry: r.entry as IndustryEntry, source: 'heading' }];
  // (a name of the document's own: one it named before, or one of a series of such paragraphs — 新能源装备。… / 软件信息。…)
  return known?.(x) || runInSeries(doc) >= 2 ? [{ surface: x, source: 'heading' }] : [];
}

/** The industry label a line opens with at `ls`, when the line starts a paragraph (runInLabel). */
function runInLabelAt(norm: string, ls: number): string | undefined {
  // (二是高山富硒蔬菜带。: the count of a run of points is no part of the label)
  const m = /^[ \t\u3000]*(?:[一二三四五六七八九十]是)?([\u3400-\u9fffA-Za-z0-9]{2,10})。(?=[^\s])/.exec(norm.slice(ls, Math.min(norm.length, ls + 18)));
  if (!m) return undefined;
  const prevEnd = ls - 1;
  const prevStart = prevEnd > 0 ? norm.lastIndexOf('\n', prevEnd - 1) + 1 : 0;
  const prev = prevEnd > 0 ? norm.slice(prevStart, prevEnd).trim() : '';
  // (a line before with no closing mark is a heading only when short and unpunctuated: 第四节　提升特色产业园区)
  if (prev && !/[。；;：:！？”"]$/.test(prev) && !(prev.length <= 30 && !/[，,。；;]/.test(prev))) return undefined;
  const x = m[1]!;
  if (!plausibleHeadingIndustry(x) || NOT_INDUSTRY.test(x) || QUALITY_LABEL.test(x) || TASK_LABEL.test(x) || /(?:园|园区|区|基地|中心|平台|集群|组团|片区|港|带|廊|圈|轴|核|走廊|城|镇)$/.test(x)) return undefined;
  return x;
}

/** How many paragraphs of a document open with an industry label (runInLabelAt). */
const runInCounts = new WeakMap<StructuredDoc, number>();
function runInSeries(doc: StructuredDoc): number {
  let n = runInCounts.get(doc);
  if (n === undefined) {
    n = 0;
    const norm = doc.source.norm;
    for (let ls = 0; ls < norm.length; ls = norm.indexOf('\n', ls) + 1 || norm.length) if (runInLabelAt(norm, ls)) n++;
    runInCounts.set(doc, n);
  }
  return n;
}
/**
 * Run-in labels of a task, not of an industry: a label opening with an action verb (融入北京新经济协同。/ 强化与河北互补合作。/
 * 推进核心关键技术攻关。) names what the paragraph does; no lexicon industry opens with one of these verbs.
 */
const TASK_LABEL = /^(?:融入|强化|深化|推动|加快|构建|打造|提升|完善|实施|推进|加强|培育|壮大|优化|拓展|促进|建设|支持|鼓励|引导|积极|主动|开展|落实|健全|做强|做大|做优|聚焦|围绕|坚持|发挥|深入|全面|着力|大力)/;
/** Run-in labels of kind, not of industry: 主导产业。/ 发展目标。 */
const QUALITY_LABEL = /^(?:主导|重点|优势|特色|支柱|新兴|未来|传统|现代)(?:产业|领域)?$|(?:目标|现状|基础|方向|路径|举措|任务|原则|定位|思路|成效|问题)$/;

function leadPhrase(phrase: string, index: LexiconIndex, source: IndustryRef['source']): IndustryRef[] {
  const found = dedupe(industriesIn(phrase, index));
  const whole = phrase.replace(/(产品|服务)?(领域|产业链|产业)$/, '');
  // 前沿新材料: a modifier before a known term names a narrower industry of its own
  if (found.length === 1 && index.lookup(whole)?.type !== 'industry') {
    const ms = index.scan(whole).filter((m) => m.ref.type === 'industry');
    const m = ms.length === 1 ? ms[0]! : undefined;
    if (m && m.end === whole.length && m.start > 0 && m.start <= 4 && /^[\u3400-\u9fff]+$/.test(whole.slice(0, m.start)) && !NOT_INDUSTRY.test(whole)) return [{ surface: whole, source }];
    // 生物医药中间体: a known term followed by a head noun names a narrower industry
    const tail = m && m.start === 0 ? whole.slice(m.end) : '';
    if (m && m.start === 0 && tail.length >= 2 && tail.length <= 4 && /^[\u3400-\u9fff]+$/.test(tail) && !isGenericName(tail, '', () => false) && !NOT_INDUSTRY.test(whole) && !/(区|园|基地|核|带|圈|中心)$/.test(tail)) return [{ surface: whole, source }];
  }
  if (found.length) {
    const chain = found.find((e) => e.level === 'chain');
    const pick = chain && /产业链$/.test(phrase) ? [chain] : found.length > 1 && /领域$/.test(phrase) ? [found[found.length - 1]!] : found;
    return pick.map((e) => ({ surface: e.name, entry: e, source }));
  }
  const bare = phrase.replace(/(产品|服务)?(领域|产业链|产业)$/, '');
  // ——先进制造研发区：… names a zone, not an industry
  if (bare.length >= 2 && bare.length <= 10 && !NOT_INDUSTRY.test(bare) && !/[(（]/.test(bare) && !/(区|园|基地|带|圈|轴|核|廊|中心)$/.test(bare)) return [{ surface: bare, source }];
  return [];
}

/** "核心芯片领域，…" / "脑机交互领域，…" at the start of the sentence. */
function clauseLead(text: string, index: LexiconIndex, known?: KnownIndustry): IndustryRef[] {
  // 围绕“芯片设计—晶圆制造—封装测试”集成电路产业链，…
  const around = /^\s*(?:围绕|聚焦|立足|面向)(?:[“"][^”"]{2,40}[”"])?([^,，。:：“”"、]{2,12}?)(?:全产业链|产业链|产业集群|产业)[,，:：]/.exec(text);
  if (around) {
    const r = leadPhrase(around[1]!, index, 'clause');
    if (r.length) return r;
  }
  const m = /^\s*([^,，。:：]{2,16}?)领域[,，:：]/.exec(text);
  if (!m) {
    // 数字经济方面，在承德高新区建设…，重点发展A、B和C: an industry the lexicon or the document knows, only (人才方面，/
    // 区位优势方面，/ 跨区域合作方面，name a topic, no industry)
    const f = /^\s*([\u3400-\u9fffA-Za-z0-9]{2,10})方面[,，:：]/.exec(text)?.[1];
    if (!f || NOT_INDUSTRY.test(f) || /(?:优势|合作|交流|保障|支撑|开放|招商|区位|资源|要素|生态)$/.test(f)) return [];
    const r = index.lookup(f);
    if (r?.type === 'industry') return [{ surface: f, entry: r.entry as IndustryEntry, source: 'clause' }];
    return known?.(f) ? [{ surface: f, source: 'clause' }] : [];
  }
  if (/^(产业延伸|产业链延展|行业应用|军民融合行业应用)/.test(m[1]!)) return leadPhrase(m[1]! + '领域', index, 'clause').filter((r) => r.entry);
  return leadPhrase(m[1]! + '领域', index, 'clause');
}

export interface SentenceContext {
  section: string;
  /** Most specific industry context first. */
  industries: IndustryRef[];
  measureTitleIndustries: IndustryRef[];
  /** What the sentence's nearest section heading names (（一）做大算力基础设施), measure title or not. */
  heading: IndustryRef[];
}

// (文山州三七产业链…: an autonomous prefecture written with 州 alone; not the 州 of a city's name, 福州市)
// (阿拉善盟, 鄂托克旗: Inner Mongolia's league and banner are places of the same rank)
const PLACE_PREFIX = /^(?:[\u3400-\u9fff]{1,8}?(?:省|市|自治区|自治州|州(?![市省区县])|区|县|新区|高新区|开发区|园区|盟(?![员友])|旗(?![舰帜下])))+/;
const TITLE_VERBS = /^(?:关于)?(?:印发)?(?:加快|推动|促进|支持|培育|打造|推进|做强|做大|做优|壮大|发展)*/;
// (工业经济和新材料: the economy of industry is every industry, no subject)
const NOT_SUBJECT = /^(重点|未来|战略性新兴|新兴|主导|现代|优势|特色|科技|创新|科技创新|产业|实体经济|数字|国民经济|经济社会|社会|工业|工业经济|经济)$/;

/**
 * The industry a whole document is about, from its title: 宁波市新能源汽车产业链高质量发展行动计划 →
 * 新能源汽车; 深圳市宝安区低空经济高质量发展若干措施 → 低空经济 (a lexicon industry). Systems
 * (113X产业体系, 未来产业) and generic words (重点产业) are not subjects.
 */
export function documentSubject(title: string, index: LexiconIndex): IndustryRef | undefined {
  let t = title.replace(/[\s“”"《》]/g, '').replace(/^[\u3400-\u9fff]{2,24}?(?:人民政府|政府|管委会|管理委员会|委员会)(?:办公厅|办公室)?(?=关于)/, '').replace(/^关于(?:印发)?/, '');
  // (广州开发区（黄埔区）促进…: a place's other name in brackets goes with the place)
  // (…打造世界级智能物联产业集群: a rank is no part of the industry's name)
  t = t.replace(PLACE_PREFIX, '').replace(/^[（(][^（()）]{1,12}[)）]/, '').replace(TITLE_VERBS, '').replace(PLACE_PREFIX, '').replace(/^(?:世界级|国际级|国家级|全国一流|国内一流|万亿级|千亿级|百亿级)/, '');
  // (三七产业链: two digit characters with no 十 are a crop's name, not a number)
  // 常州市“十四五”新能源产业发展规划: a plan period is no part of the industry's name
  // (汉中市2026年航空装备产业发展工作要点, 浏阳市2024年烟花爆竹产业…: the year of a yearly plan likewise)
  // (2026年嘉峪关市工业经济…要点: the place may follow the year)
  t = t.replace(/^(?:十[一二三四五六七八九十]五|\d{4}[—–-]\d{4}年?|\d{4}年度?)(?:时期|期间)?/, '').replace(PLACE_PREFIX, '').replace(TITLE_VERBS, '');
  // …高新技术产业开发区 is a zone's name, not an industry (but X产业园区布局规划 lays out the parks of X: X is the subject)
  // (小龙虾全产业链: 全 describes the chain's reach, no part of the industry's name)
  // (个旧市锡产业链招商图谱, 顺昌县加快竹产业高质量发展的若干措施, 吴忠市推进奶产业…: an industry of one character — an element,
  // a crop, a produce — is named with its 产业, as the document writes it in its headings and chains)
  const one = /^([\u3400-\u9fff])(?:全产业链|产业链|产业)(?!开发区|园|基地|区|集聚区|示范区|和|与|及|、)/.exec(t)?.[1];
  if (one && !/[一二三四五六七八九十百千万〇零新旧大小本全各该其某]/.test(one)) {
    const r = index.lookup(`${one}产业`);
    return r?.type === 'industry' ? ((r.entry as IndustryEntry).level === 'system' ? undefined : { surface: `${one}产业`, entry: r.entry as IndustryEntry, source: 'heading' }) : { surface: `${one}产业`, source: 'heading' };
  }
  // (南雄产业转移工业园产业发展规划: 产业转移 opens a kind of park — the place before it is no industry)
  const m = /^([\u3400-\u9fffA-Za-z0-9]{2,12}?)(全产业链|全链条|产业链|产业集群|产业|领域)(?!开发区|园区(?!布局)|园(?!区布局)|基地|区|集聚区|示范区|转移)/.exec(t);
  const head = m?.[1] ?? /^([\u3400-\u9fffA-Za-z0-9]{3,11}?(?:服务|制造|工)业)(?:高质量|创新|融合|集群)?发展/.exec(t)?.[1] ?? /^([\u3400-\u9fffA-Za-z0-9]{2,8}?)(?:高质量|创新|融合|集群)?发展/.exec(t)?.[1];
  // (信息服务业 is a sector: 服务 at its end is no task word)
  if (!head || NOT_SUBJECT.test(head) || NOT_INDUSTRY.test(head.replace(/服务业?$/, '')) || /[和与及的]$/.test(head) || /(高新|开发|天津|北京|上海|转移)/.test(head) || /(?:工业园|产业园|科技园|园区)$/.test(head) || (/^[一二三四五六七八九十〇零百千\d]+$/.test(head) && !/^[一二三四五六七八九]{2}$/.test(head))) return undefined;
  const r = index.lookup(head);
  if (r?.type === 'industry') {
    const e = r.entry as IndustryEntry;
    return e.level === 'system' ? undefined : { surface: head, entry: e, source: 'heading' };
  }
  // 半导体和集成电路产业 / 软件和信息服务业: a title joining two words into the sector it is about names that
  // sector (one subject, the document's own industry); a list of three or more (A、B和C产业) names none
  if (/、/.test(head)) return undefined;
  if (/[和与及]/.test(head)) {
    const parts = head.split(/[和与及]/);
    if (parts.length !== 2 || parts.some((x) => x.length < 2 || NOT_SUBJECT.test(x))) return undefined;
  }
  if (m) return { surface: head, source: 'heading' };
  // 软件和信息服务业高质量发展: a sector named with 业 (not 企业/行业/就业/创业)
  const sector = /^(.{3,11}?(?:服务|制造|工))业$/.exec(head);
  return sector ? { surface: sector[1]!, source: 'heading' } : undefined;
}

/**
 * What a sentence is about: its clause lead, paragraph lead, measure title or headings. `headings`
 * keeps the industries of each section path for the document (the same for every sentence under it).
 */
export function sentenceContext(doc: StructuredDoc, s: Sentence, text: string, index: LexiconIndex, headings: Map<string, IndustryRef[]>, known?: KnownIndustry): SentenceContext {
  const section = s.sectionPath.join(' > ');
  const clause = clauseLead(text, index, known);
  const dashed = paragraphLead(doc.source.norm, s, index);
  const lead = dashed.length ? dashed : runInLabel(doc, s, index, known);
  let measure: IndustryRef[] = [];
  if (s.measureIndex !== undefined) {
    const mu = doc.measures[s.measureIndex];
    if (mu) measure = measureTitleIndustries(mu.title || untitledMeasureTitle(doc, mu), index, known, doc.source.norm.slice(0, mu.start), doc.meta?.title ?? '');
  }
  const key = s.sectionPath.join('\u0001');
  let heading = headings.get(key);
  if (!heading) {
    heading = headingIndustries(s.sectionPath, index, known, doc.source.norm.slice(0, s.start));
    headings.set(key, heading);
  }
  const industries = clause.length ? clause : lead.length ? lead : measure.length ? measure : heading;
  return { section, industries, measureTitleIndustries: measure, heading };
}

/** The first sentence of an untitled measure when it reads like a title (2.支持电动垂直起降航空器研发。). */
function untitledMeasureTitle(doc: StructuredDoc, mu: { start: number; end: number }): string {
  const t = doc.source.norm.slice(mu.start, Math.min(mu.end, mu.start + 40)).replace(/^\s*\d+(?:-\d+)?\s*[.．、]\s*/, '');
  const first = /^[^。；;\n]{2,30}(?=[。；;\n])/.exec(t)?.[0] ?? '';
  return /[，,]/.test(first) ? '' : first;
}

/** Whether the document has named this phrase as an industry or segment before (its chain, its lists). */
export type KnownIndustry = (phrase: string) => boolean;

/** Verbs that make a phrase a task rather than a segment (保障/服务 may end a segment: 维修保障). */
const TITLE_VERB_INSIDE = /(加强|推动|推进|提升|建设|实施|打造|支持|优化|完善|强化|深化|促进|构建|组织|指导)/;
/** What a measure title adds after the segments it names: 夯实原材料基础, 提升零部件配套. */
const TITLE_TAIL = /(?:基础|配套|能力|水平|优势|体系|供给|保障|能级|竞争力|短板)$/;
/** A level, a strength or a gap of a segment closing a title (提升面板制造能级, 补齐上游材料短板, 提升摄像模组竞争力): no part of its name. */
const QUALITY_TAIL = /(?:能级|竞争力|短板|核心竞争力|综合实力|水平|能力)$/;

/**
 * 做强整机总装 / 提升零部件和分系统配套 / 发展商业航天和维修保障: a lead verb before one or two
 * segments the document has already named (its chain: 上游原材料、中游零部件…; its directions:
 * 聚焦A、B和C三大方向), or the lexicon knows, joined by 和/与/及.
 */
function namedSegmentsTitle(t: string, index: LexiconIndex, known: KnownIndustry, textBefore = ''): IndustryRef[] {
  // (推进蔗渣高值化利用: the use of a resource, which 推进 grows — ownWordsSegment)
  const lv = TITLE_LEAD_VERB.exec(t) ?? (UTILISATION.test(t.replace(/^推进/, '')) ? /^推进/.exec(t) : null);
  if (!lv) return [];
  const whole = t.slice(lv[0].length);
  // 维修保障 may be the segment itself; 信息安全保障 is 信息安全 with a tail word
  const refs = segmentsOf(whole, index, known);
  const tailless = refs.length || !TITLE_TAIL.test(whole) ? refs : segmentsOf(whole.replace(TITLE_TAIL, ''), index, known);
  if (tailless.length) return tailless;
  // 补强电驱电控系统 / 发展卫星数据应用: a segment in the document's own words
  const own = ownWordsSegment(t, index, known, textBefore);
  if (own) return [{ surface: own, source: 'measure' }];
  // 发展医学影像和体外诊断 / 提升化学药和中药优势: two segments in the document's own words, each one a segment
  // by itself after the title's verb (not a stage or a generic part: 提升研发和制造水平 names none)
  const pair = /^([^和与及]{2,10})[和与及]([^和与及]{2,10})$/.exec(TITLE_TAIL.test(whole) ? whole.replace(TITLE_TAIL, '') : whole);
  if (!pair) return [];
  const parts = [pair[1]!, pair[2]!].map((x) => ownWordsSegment(lv[0] + x, index, known, textBefore));
  return parts.every((x) => x && x === pair[parts.indexOf(x) + 1]) ? parts.map((x) => ({ surface: x!, source: 'measure' as const })) : [];
}

/** A name that is two segments the document or lexicon knows, written together: 织造染整 → 织造, 染整. */
function gluedSegments(p: string, index: LexiconIndex, known: KnownIndustry): string[] | undefined {
  const ok = (x: string) => index.lookup(x)?.type === 'industry' || (known(x) && !TITLE_VERB_INSIDE.test(x));
  // (集成电路制造: an industry and its stage is one staged name, not two segments)
  for (let i = 2; i <= p.length - 2; i++) if (ok(p.slice(0, i)) && ok(p.slice(i)) && !STAGES_ONLY.test(p.slice(i))) return [p.slice(0, i), p.slice(i)];
  return undefined;
}

function segmentsOf(rest: string, index: LexiconIndex, known: KnownIndustry): IndustryRef[] {
  if (rest.length < 2 || rest.length > 16 || /[，,、；;。()（）“”"]/.test(rest)) return [];
  const parts = rest.split(/[和与及]/);
  if (parts.length > 2 || parts.some((p) => p.length < 2 || p.length > 10)) return [];
  const refs: IndustryRef[] = [];
  for (const p of parts) {
    const r = index.lookup(p);
    const q = p.replace(SEGMENT_QUALIFIER, '');
    const rq = q !== p ? index.lookup(q) : undefined;
    if (r?.type === 'industry') refs.push({ surface: p, entry: r.entry as IndustryEntry, source: 'measure' });
    else if (known(p) && !TITLE_VERB_INSIDE.test(p)) refs.push({ surface: p, source: 'measure' });
    // 壮大品牌服装鞋帽: a qualifier before a segment the document names
    else if (rq?.type === 'industry') refs.push({ surface: q, entry: rq.entry as IndustryEntry, source: 'measure' });
    else if (q !== p && known(q)) refs.push({ surface: q, source: 'measure' });
    else {
      // 提升织造染整: two segments of the document written together
      const glued = parts.length === 1 ? gluedSegments(p, index, known) : undefined;
      if (!glued) return [];
      for (const g of glued) {
        const rg = index.lookup(g);
        refs.push(rg?.type === 'industry' ? { surface: g, entry: rg.entry as IndustryEntry, source: 'measure' } : { surface: g, source: 'measure' });
      }
    }
  }
  return refs;
}

/** Words a title's verb and tail leave alone that name what is done, not an industry (终端, 适配, 配套). */
const GENERIC_TITLE_OBJECT = /^(终端|适配|国产化适配|配套|本地配套|市场|本地|产品|新产品|行业|场景|融合|示范|多元)$/;

/** Verbs that open a measure title before the chain or branch it grows (做强蓝莓全产业链 / 培育精密陶瓷板块). */
const CHAIN_TITLE_VERB = /^(?:做强|做优|做大|做精|培育|壮大|完善|发展|打造|提升|补强|拓展|强化|锻造)*/;
/** Verbs that extend a chain (延伸电子陶瓷链条): what the measure names are the chain's links before and after, no parts. */
const EXTEND_TITLE_VERB = /^(?:延伸|延长|做长)+/;
/**
 * A measure title naming one industry by its chain or branch (1. 番茄产业链。 / 做强蓝莓全产业链 / 培育精密陶瓷板块 /
 * with `extend`, 延伸电子陶瓷链条): the measure is for that industry, lexicon or not. Not a chain position or a stage
 * (延伸下游链条, 延伸乙烯下游链条, 延伸中游化学品链条), not two joined names (延伸硅材料和光伏制造链条: which of them
 * the measure grows as a whole the title does not say), not a task or a generic word, and not the short form of a
 * longer name the document used before (延伸大健康链条 after 中药大健康 only: the title does not name a field of its own).
 */
export function chainTitleIndustry(title: string, index: LexiconIndex, textBefore = '', extend = false): IndustryRef | undefined {
  const t0 = stripNumbering(title);
  const lead = (extend ? EXTEND_TITLE_VERB : CHAIN_TITLE_VERB).exec(t0)?.[0] ?? '';
  if (extend && !lead) return undefined;
  if (!extend && EXTEND_TITLE_VERB.test(t0)) return undefined;
  const m = /^([\u3400-\u9fffA-Za-z0-9]{2,10}?)(?:全产业链|产业链条|产业链|全链条|链条|板块)$/.exec(t0.slice(lead.length));
  const x = m?.[1];
  if (!x || /(?:上游|中游|下游|产业|应用|配套|[和与及])/.test(x) || NOT_INDUSTRY.test(x) || GENERIC_PART.test(x) || STAGES_ONLY.test(x) || isGenericName(x, '', () => false)) return undefined;
  const r = index.lookup(x);
  if (r?.type === 'industry') return { surface: x, entry: r.entry as IndustryEntry, source: 'measure' };
  // (every earlier use of it glued to a word before it, 中药|大健康, and not after a verb or a list mark, 推动|番茄、)
  const seen = [...textBefore.matchAll(new RegExp(x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((k) => textBefore[k.index! - 1] ?? '');
  if (seen.length && seen.every((c) => /[\u3400-\u9fff]/.test(c) && !/[、和与及为是将以向在的等对把从动展强持聚焦绕托进快育大优造设建升拓伸壮补延]/.test(c))) return undefined;
  return { surface: x, source: 'measure' };
}

/**
 * Whether a name sits inside or overlaps the joined subject of the document's title (化合物半导体 in a document on
 * 半导体和集成电路): the document is about the pair as one field, and a measure's chain of one part's kind is no
 * context of its own that would take the pair's place.
 */
export function overlapsJoinedSubject(x: string, docTitle: string, index: LexiconIndex): boolean {
  const subject = docTitle ? documentSubject(docTitle, index)?.surface : undefined;
  if (!subject || !/[和与及]/.test(subject)) return false;
  return subject.includes(x) || subject.split(/[和与及]/).some((p) => p.length >= 2 && (x.includes(p) || p.includes(x)));
}

/** A measure titled with an industry: "信创产业", "X新赛道", "新能源新材料产业". */
export function measureTitleIndustries(title: string, index: LexiconIndex, known?: KnownIndustry, textBefore = '', docTitle = ''): IndustryRef[] {
  // （一）做强海洋装备产业 → 海洋装备产业
  const t0 = stripNumbering(title);
  // (3．延伸铅锌产业链: a chain the measure extends, in the document's own words, is no level for the links it names —
  // supportEdges links the measure to it; read as known once linked, it would make those links its parts)
  const extended = chainTitleIndustry(t0, index, textBefore, true);
  if (extended && !extended.entry) return [];
  if (known) {
    const named = namedSegmentsTitle(t0, index, known, textBefore);
    if (named.length) return named;
  }
  // (完善化合物半导体产业链 in a document on 半导体和集成电路: the chain is supported — supportEdges — but no context)
  const chained = chainTitleIndustry(t0, index, textBefore);
  if (chained && !overlapsJoinedSubject(chained.surface, docTitle, index)) return [chained];
  const hv = HEADING_VERB.exec(t0);
  const lv0 = TITLE_LEAD_VERB.exec(t0);
  if (lv0 && QUALITY_TAIL.test(t0)) {
    const rest = t0.slice(lv0[0].length).replace(QUALITY_TAIL, '');
    return rest.length >= 2 ? measureTitleIndustries(rest, index, known) : [];
  }
  let t = hv && /(产业|产业链|领域)$/.test(t0) && t0.length - hv[0].length >= 2 ? t0.slice(hv[0].length) : t0;
  // 突破核心芯片 / 做强整机总装 / 发展应用软件: a verb before a known industry or segment is no part of it
  const lv = TITLE_LEAD_VERB.exec(t);
  if (lv && t.length - lv[0].length >= 2) {
    const rest = t.slice(lv[0].length);
    if (index.lookup(rest)?.type === 'industry' || (rest.length <= 8 && !NOT_INDUSTRY.test(rest) && !/[，,、的和与及]/.test(rest) && index.scan(rest).some((m) => m.ref.type === 'industry'))) t = rest;
  }
  const r = index.lookup(t);
  if (r?.type === 'industry') return [{ surface: t, entry: r.entry, source: 'measure' }];
  const bare = t.replace(/(产业|领域|新赛道)$/, '');
  const r2 = index.lookup(bare);
  if (r2?.type === 'industry') return [{ surface: bare, entry: r2.entry, source: 'measure' }];
  // An unknown industry title: short, ends with 产业, no verbs.
  if (/产业$/.test(t) && bare.length >= 2 && bare.length <= 8 && !NOT_INDUSTRY.test(bare)) return [{ surface: bare, source: 'measure' }];
  // 拓展储能应用: the applications of a known industry are that industry's (what is done with it, no segment)
  const applied = /^(.{2,10})(?:推广应用|示范应用|应用)$/.exec(t)?.[1];
  const ra = applied ? index.lookup(applied) : undefined;
  if (applied && ra?.type === 'industry') return [{ surface: applied, entry: ra.entry as IndustryEntry, source: 'measure' }];
  // 1.集成电路设计。 / 3.信创软硬件。: a short title that contains a known industry and no verb
  // (not 加快氢能装备产业化: a task verb opens it — the verb-and-tail rule below reads 氢能装备)
  if (t.length >= 3 && t.length <= 10 && /^[\u3400-\u9fffA-Za-z0-9+]+$/.test(t) && !NOT_INDUSTRY.test(t) && !/^(?:加快|促进|鼓励|引导)/.test(t) && !/(企业|人才|平台|中心|园区|基地|项目|资金|基金|政策|机构|载体)/.test(t)) {
    const known = index.scan(t).filter((m) => m.ref.type === 'industry');
    if (known.length === 1) return [{ surface: t, source: 'measure' }];
  }
  // 支持无人机整机研发制造 / 拓展低空物流应用 / 支持低空核心零部件发展: verb + industry + what is done with it
  const v = /^(?:支持|推动|加快|培育|壮大|发展|拓展|做强|做优|做大|鼓励|引导|促进|提升)+(.+?)(?:(?:研发制造|研发|制造业|产业化|产业发展|创新发展|集聚发展|发展|应用|推广应用|示范应用|产业|建设|生产|推广)[和与及、]?)+$/.exec(t);
  if (v) {
    // 支持智能算力基础设施建设 → 智能算力
    const x = v[1]!.replace(/[(（][^()（）]*[)）]/g, '').replace(/(基础设施|设施)$/, '');
    // 发展基础软件和行业应用: a tail cut off two joined names leaves neither whole (基础软件和行业)
    if (/[和与及]/.test(x)) return [];
    // 拓展终端应用 / 推进国产化适配应用: a generic word the tail leaves alone names no industry
    if (GENERIC_TITLE_OBJECT.test(x)) return [];
    const rx = index.lookup(x);
    if (rx?.type === 'industry') return [{ surface: x, entry: rx.entry as IndustryEntry, source: 'measure' }];
    // (…nor an integration of two fields, 推动茶旅融合发展 / 加快产城融合发展: 融合 like 合作 is what is done, no industry)
    if (x.length >= 2 && x.length <= 12 && !NOT_INDUSTRY.test(x) && !/(企业|机构|人才|平台|中心|园区|设施|基地|项目|场景|资金|基金|环境|体系|主体|成果|技术|能力|水平|模式|机制|载体|空间|合作|交流|融合|集群)/.test(x)) return [{ surface: x, source: 'measure' }];
  }
  return [];
}
