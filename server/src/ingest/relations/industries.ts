// Edges between measures and industries and among industries:
//   SUPPORTS   a measure → the industries its title or sentences name (an untitled measure's first
//              sentence may be its title: 2.支持电动垂直起降航空器研发。)
//   PART_OF    a segment → its parent: the lexicon's parent when both are in view; the items of a list
//              of segments (重点支持A、B等细分领域 / 重点发展A、B和C) → the industry of the sentence's
//              context or the document's subject
//   UPSTREAM_OF the lexicon's chain order when the text lists segments in that order; A—B—C
import { JUDGED, listed } from './judge.ts';
import type { Entity, EntityTable } from '../entities/table.ts';
import type { SentenceEntities } from '../entities/index.ts';
import type { Enumeration } from '../entities/enumerations.ts';
import { chainTitleIndustry, headingPhrase, stripNumbering } from '../entities/context.ts';
import { industryOf } from '../entities/index.ts';
import type { IndustryEntry } from '../lexicon/index.ts';
import type { LexiconIndex } from '../lexicon/match.ts';
import { dashChains } from './patterns.ts';
import { plausibleIndustry } from '../entities/list-items.ts';
import { isGenericWord, typeBySuffix } from '../entities/typing.ts';
import { entityOf, type SentenceScope } from './scope.ts';

/** A quality a heading gives a group of industries (（一）做强优势领域), no industry itself. */
export const QUALITY = /^(?:优势|特色|重点|主导|新兴|传统|支柱|战略性新兴|未来|核心|关键|基础|前沿|先导|优势特色|特色优势|高端|新兴优势)$/;

/**
 * The development verbs a measure title and a section heading both open with before the level they name (1．做强A /
 * （一）突破基础软件). One vocabulary: TITLE_LEAD and HEADING_LEAD add only what is peculiar to each.
 */
const DEVELOP_LEAD = ['做强', '做优', '做大', '做精', '做好', '突破', '发展', '提升', '前瞻布局', '布局', '壮大', '培育', '补齐', '补强', '夯实', '拓展', '巩固', '稳定', '延伸', '加快发展', '大力发展', '打造', '振兴', '传承'];
const leadPattern = (extra: string[]) => new RegExp(`^(?:${[...DEVELOP_LEAD, ...extra].sort((a, b) => b.length - a.length).join('|')})+`);

/** The verbs a measure title opens with before the industries it names (1．做强A / 2．建设B产业集群 / 5．集聚C). */
const TITLE_LEAD = leadPattern(['做实', '加快布局', '强化', '建设', '引育', '集聚']);

/**
 * The industries a measure title names in the document's own words, found among the industries the document has
 * named so far (1．做强低聚糖 after 中游为功能糖，包括低聚糖、糖醇和稀少糖; 2．做优糖醇和稀少糖; 1．建设卫星互联网产业集群):
 * at most two, each a whole part of the title after its verb. Only when the entity reader read none from it.
 */
/** Whether `text` lists `a` and `b` as items of one list (A、B和C / B、A), nothing but items and joiners between them. */
function listedTogether(text: string, a: string, b: string): boolean {
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const between = '(?:[、和及与][^、，,。；;：:和及与\\s]{2,12}?)*?[、和及与]';
  return new RegExp(`${esc(a)}${between}${esc(b)}|${esc(b)}${between}${esc(a)}`).test(text);
}

export function titleLevels(scope: SentenceScope): Entity[] {
  const { doc, se, table } = scope;
  const mi = se.sentence.measureIndex;
  const mu = mi !== undefined ? doc.measures[mi] : undefined;
  if (!mu?.title || se.context.measureTitleIndustries.length || se.context.industries.length) return [];
  const t = stripNumbering(mu.title);
  const lead = TITLE_LEAD.exec(t);
  if (!lead) return [];
  // (3．延伸铅锌产业链: the chain extended, in the document's own words, is the measure's target, no level of its links)
  const extended = chainTitleIndustry(t, scope.ctx.index, '', true);
  if (extended && !extended.entry) return [];
  // (3．补齐电磁材料短板: the gap a title closes is the level it names)
  // (提升化学药和中药优势: the quality a title seeks is no part of the industries it names)
  // (做强上游核心零部件: the position the document gave the link is no part of its name)
  const rest = t.slice(lead[0].length).replace(/^(?:上游|中游|下游)(?:环节)?/, '').replace(/(?:优势|品牌|竞争力|能级|地位)$/, '').replace(/(?:短板|弱项)$/, '').replace(/(?:产业集群|产业链|产业|集群|新赛道|赛道|领域)$/, '');
  if (rest.length < 2 || rest.length > 16 || /[，,、；;。()（）“”"的]/.test(rest)) return [];
  const parts = rest.split(/[和与及]/);
  if (parts.length > 2 || parts.some((p) => p.length < 2)) return [];
  const found = parts.map((p) => table.find('Industry', p));
  if (found.some((e) => !e || e.properties.level === 'system')) return [];
  return uniqEntities(found as Entity[]);
}

/** The verbs of DEVELOP_LEAD that develop the level a title names (4．突破功率半导体 / 2|提升化工新材料), none that builds a thing. */
const NAMED_TITLE_LEAD = /^(?:做强|做优|做大|做精|突破|发展|提升|壮大|培育|加快发展|大力发展|前瞻布局|布局)/;

/**
 * A measure title naming one level the document has not read yet (4．突破功率半导体。以A为龙头，发展IGBT芯片和碳化硅功率
 * 器件。在株洲高新区建设功率半导体产业园 / 2|提升化工新材料。以齐鲁石化为龙头，发展高端聚烯烃和特种橡胶): a development
 * verb, then a name the document uses again outside the title (a park, firms or an 产业 of it, or a later sentence), no
 * quality, stage (精深加工, 材料配套, 综合利用, 稀贵金属回收), product or technique word (做优特钢产品, 布局下一代显示技术) or kind of body,
 * and only for a development list of two items or more under it. Only where titleLevels found none and nothing else names the sentence's context.
 */
export function titleNamedLevel(scope: SentenceScope, list: Enumeration | undefined): Entity[] {
  const { doc, se, table } = scope;
  // (only for a list of two items or more after a development verb: the level is read for its parts, nowhere else)
  if (!list || list.items.length < 2 || !DEV_UNDER_HEADING.test(list.before)) return [];
  const mi = se.sentence.measureIndex;
  const mu = mi !== undefined ? doc.measures[mi] : undefined;
  if (!mu?.title || se.context.measureTitleIndustries.length || se.context.industries.length) return [];
  const t = stripNumbering(mu.title).replace(/[。.]$/, '');
  const lead = NAMED_TITLE_LEAD.exec(t);
  if (!lead) return [];
  const rest = t.slice(lead[0].length).replace(/(?:产业集群|产业链|产业|集群)$/, '');
  if (rest.length < 3 || rest.length > 8 || /[，,、；;。()（）“”"的和与及]/.test(rest)) return [];
  if (QUALITY.test(rest) || isGenericWord(rest) || !plausibleIndustry(rest) || typeBySuffix(rest) || /(?:能力|水平|能级|规模|优势|品牌|质量|效益|短板|支撑|保障|平台|环境|体系|创新|服务|技术|产品|配套|营销|推广|综合利用|回收|加工)$/.test(rest)) return [];
  if (/^(?:设计|制造|封测|封装|测试|研发|生产|应用|服务|销售|集成|运营)+$/.test(rest)) return [];
  const le = scope.ctx.index.lookup(rest);
  if (le && le.type !== 'industry') return [];
  if (le && (le.entry as IndustryEntry).level === 'system') return [];
  // (named again outside the title: the measure's own body or any other sentence of the document)
  // (the title's own mention is the first at or after the measure's start)
  const norm = doc.source.norm;
  const own = norm.indexOf(rest, mu.start);
  const first = norm.indexOf(rest);
  if (first < 0 || (first === own && norm.indexOf(rest, own + 1) < 0)) return [];
  return [table.find('Industry', rest) ?? table.industry(rest, le ? (le.entry as IndustryEntry) : undefined, 'segment')];
}

/** Heads too generic to say what a list's items are kinds of (A服务、B服务 under 发展X服务 may be anything's). */
const GENERIC_HEAD = /^(?:产业|领域|环节|服务|技术|产品|项目|应用|业务|平台|中心|能力|水平)$/;

/**
 * A measure title naming, in words the document has not used before, the kind its list's items are (5．发展热带特色种苗。
 * …发展热带水果种苗和热带花卉种苗 / 3．培育功能性面料。…布局抗菌面料和阻燃面料): the title's industry and every item
 * end in one head word of two characters or more; the title names their whole. Only when nothing else names the level.
 */
export function headTitleLevel(scope: SentenceScope, items: Entity[]): Entity | undefined {
  const { doc, se, table } = scope;
  const mi = se.sentence.measureIndex;
  const mu = mi !== undefined ? doc.measures[mi] : undefined;
  if (!mu?.title || items.length < 2 || se.context.measureTitleIndustries.length || se.context.industries.length) return undefined;
  const t = stripNumbering(mu.title);
  const lead = TITLE_LEAD.exec(t);
  if (!lead) return undefined;
  const rest = t.slice(lead[0].length).replace(/(?:产业化|产业集群|产业|集群|品牌|产品线|能力|水平|优势|规模|新赛道)$/, '');
  if (rest.length < 3 || rest.length > 10 || /[，,、；;。()（）“”"的和与及]/.test(rest) || !plausibleIndustry(rest) || isGenericWord(rest)) return undefined;
  let head = rest;
  for (const x of items) {
    let k = 0;
    while (k < head.length && k < x.name.length && head[head.length - 1 - k] === x.name[x.name.length - 1 - k]) k++;
    head = head.slice(head.length - k);
  }
  if (head.length < 2 || GENERIC_HEAD.test(head) || items.some((x) => x.name === rest || x.name.length <= head.length)) return undefined;
  return table.find('Industry', rest) ?? table.industry(rest, undefined, 'segment');
}

/**
 * What a measure's sentence is about when only its title says it, in the document's own words (titleLevels,
 * headTitleLevel): the one title industry, or of two the one every item shares a word or character with.
 */
export function titleAbout(scope: SentenceScope, items: Entity[]): Entity[] {
  const levels = titleLevels(scope);
  if (levels.length === 1) return levels;
  if (levels.length === 2) {
    const picks = uniqEntities(items.map((x) => joinedLevel(`${levels[0]!.name}与${levels[1]!.name}`, x, (n) => levels.find((l) => l.name === n))).filter((e): e is Entity => !!e));
    return picks.length === 1 && items.every((x) => joinedLevel(`${levels[0]!.name}与${levels[1]!.name}`, x, (n) => levels.find((l) => l.name === n))) ? picks : [];
  }
  const head = headTitleLevel(scope, items);
  return head ? [head] : [];
}

/** Verbs before a list of segments of the context industry. */
const DEV_STRONG = /(重点发展|重点支持|重点布局|前瞻布局|大力发展|积极发展|聚焦发展|加快发展)$/;
/** Verbs before a list of segments of the document's own industry (a document about one industry). */
const SUBJECT_DEV = /(重点发展|重点支持|重点布局|前瞻布局|大力发展|积极发展|聚焦发展|加快发展|重点突破|突破|培育|发展|布局|延伸发展)$/;
/** A segment of the document's industry by a development list (no heading or lead says whose). */
const SUBJECT_SEGMENT = { basis: 'stated', confidence: 0.75 } as const;
/**
 * A document that names its industry's branches as a counted list (LED半导体照明、移动智能终端和虚拟现实三大优势领域 /
 * 炼化一体化、化工新材料和精细化学品三大方向): the text of each such list. What a development list names elsewhere in it
 * is a part of one of the branches (or of a zone's own focus) as often as of the document's industry, and position
 * alone does not say which; in a document about one undivided industry it is the industry's.
 */
const BRANCH_LIST = /([^，,。；;：:“”"\n]{4,80}?)[两三四五六七八九十]大(?:优势|主导|重点|支柱|特色|新兴|战略性新兴)?(?:产业|领域|方向|板块|集群)/g;
const branchLists = new WeakMap<object, string[]>();
export function documentBranches(doc: { source: { text: string } }): string[] {
  let r = branchLists.get(doc);
  if (!r) {
    r = [...doc.source.text.matchAll(BRANCH_LIST)].map((m) => m[1]!).filter((t) => /[、]|[^、]{2,}[和及与][^、]{2,}/.test(t));
    branchLists.set(doc, r);
  }
  return r;
}
/** The branches a document names (the items of its counted lists), by name. */
export function branchNames(doc: { source: { text: string } }): string[] {
  const names = documentBranches(doc).flatMap((t) => t.replace(/^.*?(?:形成了?|包括|涵盖|聚焦|围绕|推动|发展|打造|培育)/, '').split(/[、，,]|和|及|与/));
  return [...new Set(names.map((n) => n.trim().replace(/(产业|板块|领域)$/, '')).filter((n) => n.length >= 2 && n.length <= 12))];
}
/**
 * The branch a sentence's own heading, measure title or text names (（三）壮大生物技术服务板块。…发展合同研发 /
 * 2．提升血液净化和骨科植入水平。依托A发展血液透析器): the item's parent, where position alone said the document's industry.
 * Of two named, the one sharing a word with the item.
 */
function namedBranch(scope: SentenceScope, item: Entity): Entity | undefined {
  const { doc, se } = scope;
  const mi = se.sentence.measureIndex;
  // (the heading and the measure title only: the sentence's own text names a branch as often beside the item, 重点发展石油装备和
  // 化工新材料, or inside a park's name, 建设新能源汽车零部件产业园)
  const where = [se.sentence.sectionPath[se.sentence.sectionPath.length - 1] ?? '', mi !== undefined ? (doc.measures[mi]?.title ?? '') : ''].join('\n');
  const branches = branchNames(doc);
  // (a heading that joins a branch with something else, 培育特色：虚拟现实和临空电子, is about both: no branch of its own)
  const joinedWithOther = (b: string) =>
    [...where.matchAll(new RegExp(`${escapeRe(b)}[和与及、]([^，,。；;\\s]{2,8})|([^：:，,。；;\\s]{2,8})[和与及、]${escapeRe(b)}`, 'g'))].some((m) => !branches.some((o) => o !== b && (m[1] ?? m[2] ?? '').includes(o)));
  const named = branches.filter((b) => b !== item.name && where.includes(b));
  if (named.some(joinedWithOther)) return undefined;
  const pick = named.length === 1 ? named[0] : named.filter((b) => sharesWord(b, item.name)).length === 1 ? named.find((b) => sharesWord(b, item.name)) : undefined;
  const e = pick ? scope.table.find('Industry', pick) : undefined;
  return e && e.id !== item.id ? e : undefined;
}
/** A segment of the document's industry by position alone, in a document that names its branches: unsure. */
export function branchedSubject(doc: { source: { text: string } }, item: string): boolean {
  const lists = documentBranches(doc);
  return lists.length > 0 && !lists.some((t) => t.includes(item));
}
/** Under an industry heading (（二）储运环节。发展A、B和C / 加快A、B等产业化) a bare 发展/布局/加快 is enough. */
// (…and so is the genre's 依托A发展X / 以B为载体发展Y, the single firm or place before the verb no intent of its own — 支持A发展X
// is, and stays out; and 延伸发展X, the products a section's industry extends to; and 重点突破X, （一）第三代半导体。重点突破A、B和C —
// blind15 r04, blind18 r04, blind20 r04, heldout h03)
const DEV_UNDER_HEADING = /(重点发展|重点支持|重点突破|重点布局|前瞻布局|大力发展|积极发展|聚焦发展|加快发展|加速布局|加快布局|延伸发展|(?:^|[，,。；;])(?:发展|布局|加快)|(?:^|[，,。；;])依托[^，,。；;、等]{2,30}(?:发展|布局))$/;

function uniqEntities(es: Entity[]): Entity[] {
  return es.filter((e, i) => es.findIndex((f) => f.id === e.id) === i);
}

/** A list closed by a word of relation, not of kind: 等关联产业, 等相关产业, 等衍生产业 (等配套产业 are a chain's suppliers: parts). */
const RELATED_KIND = /^等?(关联|相关|周边|衍生|其他|其它)(产业|行业|领域|业态)/;

/**
 * Another kind of the parent's own category (工业机器人, 服务机器人 beside 人形机器人, which the lexicon places
 * under 机器人): a name ending with the category the lexicon gives the parent is a sibling of the parent as
 * often as a part of it. Names the lexicon does not place (手性药物中间体 under 生物医药中间体) are left alone.
 */
export function siblingKind(a: string, b: string, index: LexiconIndex): boolean {
  const x = a.replace(/(产业|领域|环节)$/, '');
  const category = index.industryByName.get(b)?.parent;
  if (!category || category.length < 2 || x === category || x.includes(b) || b.includes(x)) return false;
  return x.endsWith(category) && x.length > category.length;
}

/** Two names share a two-character word (航空维修, 维修保障), generic heads aside. */
function sharesWord(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) {
    const w = a.slice(i, i + 2);
    if (/^(产业|领域|环节|材料|设备|产品|技术|服务|系统|制造|应用)$/.test(w)) continue;
    if (/^[\u3400-\u9fff]{2}$/.test(w) && b.includes(w)) return true;
  }
  return false;
}

/** A sentence setting what it names apart from the document's industry: beside it, not in it. */
const APART = /错位(?:布局|发展)|不纳入|不属于|不计入|区别于/;

/** Work counted, not timed (test/unit/fix20-linear.test.ts): the mentions and offsets hierarchyEdges looks at. */
export const hierarchyWork = { steps: 0 };

/** PART_OF and UPSTREAM_OF among the industries in view (the sentence's, its context's, the subject). */
export function hierarchyEdges(scope: SentenceScope): void {
  const { doc, se, inds, ctxInds, subject, edges } = scope;
  const { text, ev, lists, context, sentence: s } = se;
  const index = scope.ctx.index;
  const present = industriesInView(scope);
  // (per list, its items' entities and their ids, once: a list of n items read item by item cost O(n²) — a 20 KB
  // sentence of one list took 15 s)
  const perList = new Map<number, { items: Entity[]; ids: Set<string> }>();
  const listOf = (l: number | undefined) => {
    if (l === undefined) return undefined;
    let v = perList.get(l);
    if (!v) {
      const items = uniqEntities(inds.filter((j) => j.list === l).map((j) => entityOf(scope, j)));
      perList.set(l, (v = { items, ids: new Set(items.map((e) => e.id)) }));
    }
    return v;
  };
  // (the mentions of each industry, and the ids of the mentions ending and starting at each offset, once per sentence:
  // a mention looked at every mention of its parent, and the lists were copied a mention at a time — a 200 K character
  // line of one clause repeated took 16 s)
  const byId = new Map<string, typeof inds>();
  const endsAt = new Map<number, Set<string>>();
  const startsAt = new Map<number, Set<string>>();
  for (const j of inds) {
    const id = entityOf(scope, j).id;
    const same = byId.get(id);
    if (same) same.push(j);
    else byId.set(id, [j]);
    (endsAt.get(j.end) ?? endsAt.set(j.end, new Set()).get(j.end)!).add(id);
    (startsAt.get(j.start) ?? startsAt.set(j.start, new Set()).get(j.start)!).add(id);
  }
  const listByIndex = new Map<number, (typeof lists)[number]>();
  for (const l of lists) if (!listByIndex.has(l.index)) listByIndex.set(l.index, l);
  const JOINER = /[\s和与及、]/;
  /** A mention of `id` other than i in i's list, or beside it with nothing but joiners (和与及、 and blanks) between. */
  const beside = (i: (typeof inds)[number], id: string): boolean => {
    hierarchyWork.steps++;
    if (i.list !== undefined) {
      if (id !== entityOf(scope, i).id) {
        if (listOf(i.list)!.ids.has(id)) return true;
      } else if (byId.get(id)!.some((j) => j !== i && j.list === i.list)) return true;
    }
    for (let k = i.start - s.start - 1; k >= 0 && JOINER.test(text[k]!); k--) {
      hierarchyWork.steps++;
      if (endsAt.get(s.start + k)?.has(id)) return true;
    }
    for (let k = i.end - s.start; k < text.length && JOINER.test(text[k]!); k++) {
      hierarchyWork.steps++;
      if (startsAt.get(s.start + k + 1)?.has(id)) return true;
    }
    return false;
  };
  for (const i of inds) {
    const x = entityOf(scope, i);
    const le = index.industryByName.get(x.name);
    const lexParent0 = le?.parent ? present.get(le.parent) : undefined;
    // (生物医药和高端医疗器械产业 / 聚焦A、B等领域: an industry named beside its lexicon parent, as its sibling, is no part of
    // it by this sentence)
    const besideParent = !!lexParent0 && byId.has(lexParent0.id) && beside(i, lexParent0.id);
    // (…and once the document has named them side by side, nowhere after: 泰州市关于加快生物医药和高端医疗器械产业… then
    // 全市生物医药产业营业收入…，医疗器械产业营业收入…)
    if (besideParent && scope.siblings) {
      scope.siblings.set(x.name, (scope.siblings.get(x.name) ?? new Set()).add(lexParent0.name));
      scope.siblings.set(lexParent0.name, (scope.siblings.get(lexParent0.name) ?? new Set()).add(x.name));
    }
    const lexParent = besideParent || (!!lexParent0 && !!scope.siblings?.get(x.name)?.has(lexParent0.name)) ? undefined : lexParent0;
    if (lexParent) edges.add('PART_OF', x.id, lexParent.id, ev, JUDGED.lexiconParent);
    else if (i.list !== undefined) {
      // 重点支持A、B等细分领域 / 重点发展A、B和C under an industry measure, lead or heading: A is a segment
      // of it; 聚焦A、B、C三大领域 in a document about one industry: of the document's industry
      // a title naming several segments (发展商业航天和维修保障): an item goes with the one it shares a word
      // with (航空维修 → 维修保障); with none, with the first (the title's order is the measure's)
      const several = uniqEntities(ctxInds).length >= 2;
      // (or, under a heading, the only one it shares a character with: LNG运输船 under 船舶与海工材料)
      // (…and so does a section heading read here, not by the entity reader: index.ts sectionContext)
      // (…or read in place of a shorter term the reader took from the heading: 第二节　新能源电池 → not 新能源)
      const sectionRead = ctxInds.length > 0 && !context.industries.some((r) => industryOf(scope.table, r).id === ctxInds[0]!.id);
      const byChar = several && (context.industries[0]?.source === 'heading' || sectionRead) ? uniqEntities(ctxInds).filter((c) => [...c.name].some((ch) => /[\u4e00-\u9fff]/.test(ch) && x.name.includes(ch))) : [];
      const sharing = several ? (ctxInds.find((c) => sharesWord(c.name, x.name)) ?? (byChar.length === 1 ? byChar[0] : undefined)) : undefined;
      // with no context of its own, an item goes under the level its section heading names (（一）做强新型显示
      // → 光学膜 under 新型显示, not only the document's 光电), else under the document's industry
      // (a measure title in the document's own words names the level: 1．做强低聚糖 / 发展低聚果糖和低聚半乳糖)
      // (not when the list names the title's industries itself: 补强A和B / 重点发展A、B和C lists siblings)
      const levels0 = ctxInds.length ? [] : titleLevels(scope).length ? titleLevels(scope) : titleNamedLevel(scope, listByIndex.get(i.list));
      const levels = levels0.some((l) => !!listOf(i.list)?.ids.has(l.id)) ? [] : levels0;
      const listItems = listOf(i.list)?.items ?? [];
      const headLevel = ctxInds.length || levels0.length ? undefined : headTitleLevel(scope, listItems);
      const titleJoined = levels.length === 2 ? joinedLevel(`${levels[0]!.name}与${levels[1]!.name}`, x, (n) => levels.find((l) => l.name === n)) : undefined;
      // (a title joining two levels, 2、做优糖醇和稀少糖 / 4．培育电子信息和新型显示, with an item it does not say which of
      // the two it goes with, 阿洛酮糖 / 柔性线路板: the first, as a measure title read as context does — less sure)
      const titleFirst = levels.length === 2 && !titleJoined && !/[与和及]/.test(x.name) ? levels[0] : undefined;
      const titleLevel = levels.length === 1 ? levels[0] : levels.length === 2 ? (titleJoined ?? titleFirst) : headLevel;
      if (headLevel && se.measureId) edges.add('SUPPORTS', se.measureId, headLevel.id, ev, JUDGED.title);
      // a measure title joining two segments (2．做优A和B) read as the sentence's context: an item goes with the one it
      // shares a word, a head or a character with (joinedLevel: 植物蛋白饮料 → 功能饮品), else with the first
      const ctxPair = context.industries[0]?.source === 'measure' ? uniqEntities(ctxInds) : [];
      const joined = ctxPair.length === 2 ? joinedLevel(`${ctxPair[0]!.name}与${ctxPair[1]!.name}`, x, (n) => ctxPair.find((l) => l.name === n)) : undefined;
      const parent = joined ?? sharing ?? ctxInds[0] ?? titleLevel ?? (subject ? (headingLevel(scope, x) ?? subject) : undefined);
      const list = i.list === undefined ? undefined : listByIndex.get(i.list);
      // industries the lexicon places elsewhere (信创, 新能源汽车) are not segments of the context
      // (a chain of the lexicon may still be a segment of a chain the text lays out under a heading:
      // （二）中游：核心零部件 / 重点发展动力电池、驱动电机和电控系统)
      const lead = context.industries[0];
      const placed = le && le.level !== 'segment' && le.level !== 'track' && !(le.level === 'chain' && ((lead?.source === 'heading' && !lead.entry) || sectionRead));
      // under a heading that names an industry or segment, a bare 发展/布局 lists its segments too:
      // （二）储运环节。发展高压气态储氢、液态储氢和管道输氢
      // …and so does a measure whose title names segments (（一）做强整机总装。发展航空整机和航空发动机总装)
      const devVerb = lead?.source === 'heading' || sectionRead || (lead?.source === 'measure' && context.measureTitleIndustries.length > 0) || !!titleLevel ? DEV_UNDER_HEADING : DEV_STRONG;
      // a list of siblings is no hierarchy: 聚焦信创、生物医药等领域 makes neither part of the other, and
      // a top-level industry of the lexicon (a member of a system: 信创, 生物医药 of 113X) is part of no other
      const topLevel = !!le && (le.level === 'system' || (le.level === 'industry' && !!le.parent && index.industryByName.get(le.parent)?.level === 'system'));
      const parentListed = !!parent && !!listOf(i.list)?.ids.has(parent.id);
      // in a document about one industry (its title), what a development list names is its segments:
      // 宁波市新能源汽车产业链…计划 / 重点发展正极材料、负极材料、电解液和隔膜
      // (…unless the sentence sets them apart from it: 重点发展汽车零部件，与纺织板块错位布局，…不纳入本规划纺织产业统计口径)
      const ofSubject = !ctxInds[0] && !!subject && SUBJECT_DEV.test(list?.before ?? '') && !APART.test(text);
      // 引进…证券投资基金管理、小额贷款等领域的创新型金融机构: kinds of institution to attract, no segments
      const institutions = !!list && /^等?(领域|行业)的[^，,。；;]{0,10}(机构|企业|主体)/.test(list.after);
      // 引进存储设备和网络通信设备企业 under a segment's title or heading: kinds of firm it lacks, its segments
      const lastItem = list?.items[list.items.length - 1];
      const tailText = list && lastItem ? text.slice(lastItem.end - s.start) : '';
      const attracted = !!list && /(引进|引进培育|招引|培育引进|招大引强)$/.test(list.before) && (/^等?(企业|厂商)/.test(list.after) || /^(企业|厂商)/.test(text.slice(i.end - s.start)) || /^等?(企业|厂商)/.test(tailText));
      // 充换电服务 under a title about 充换电: the same field by another word, no part of it
      const sameField = !!parent && x.name.startsWith(parent.name) && /^(服务|产品|产业|行业|领域|业务)$/.test(x.name.slice(parent.name.length));
      // 统筹发展航天文旅、航天育种等关联产业: industries the text calls related to its own are beside it, not in it
      const related = !!list && RELATED_KIND.test(list.after);
      // 中游为动力电池、驱动电机、电控系统 then, under 突破动力电池, 布局驱动电机和电控系统: items the document laid out as
      // the parent's siblings (parts of one level) stay its siblings
      // (laid out: by the chain's structure, not by another development list of the document's industry — 珠海高新区重点
      // 发展飞控系统… makes 飞控系统 no sibling of 关键零部件, which a later 补强关键零部件 measure develops it under)
      // (发展现状：… / 发展目标：…: a label of a key-value line is no item of a development list)
      const label = /^\s*[:：]/.test(text.slice(i.end - s.start)) || /^(?:现状|基础|问题|短板|前景|趋势|情况|目标|方向|定位|思路|原则|成效|优势)$/.test(x.name);
      // (以A为链主，带动B、C和D三个环节: a list closed by its count of links, after a verb that develops them, names the parts
      // of what the sentence is under — not where the sentence names their whole itself, LED照明产业包括A、B和C三个环节
      // (that whole's, chains.ts), nor the ways of a plan, 按照强链、补链、延链五个方向)
      const countedLinks = !!list && /^[两三四五六七八九十]个(?:细分)?(?:领域|赛道|环节|方向)/.test(list.after) && /(?:带动|发展|培育|布局|延伸|拓展|壮大|做强|做优|做大|打通|贯通)$/.test(list.before);
      const laidOut = (a: string, b: string) => (edges.get('PART_OF', a, b)?.evidence ?? []).some((e) => (e.confidence ?? 0) > SUBJECT_SEGMENT.confidence);
      const laidOutSibling = !!parent && edges.targets('PART_OF', x.id).some((t) => t !== parent.id && laidOut(x.id, t) && edges.has('PART_OF', parent.id, t));
      // (…and so do items the document listed together before, under a measure title that names one of them: 农产品电商包括
      // 直播电商、跨境电商和电商物流, then 4|壮大直播电商。鼓励A布局跨境电商 — 跨境电商 is no part of 直播电商)
      const listedSibling = !!parent && (lead?.source === 'measure' || parent === titleLevel) && listedTogether(doc.source.norm.slice(0, s.start), parent.name, x.name);
      // (三是布局光伏组件和风电整机。 read as the heading's 光伏 and 风电: a heading that names the item itself, in full, is
      // about the item, and the shorter name read inside it is no whole the item is a part of)
      const lastHeading = s.sectionPath.length ? s.sectionPath[s.sectionPath.length - 1]! : '';
      const headingIsItem = lead?.source === 'heading' && !!parent && ctxInds.some((c) => c.id === parent.id) && x.name.length > parent.name.length && x.name.startsWith(parent.name) && lastHeading.includes(x.name);
      if (parent && parent.id !== x.id && !headingIsItem && !label && !sameField && !related && !laidOutSibling && !listedSibling && list && !list.application && !institutions && !topLevel && !parentListed && (/^(细分|核心)?(领域|赛道|环节)|^[两三四五六七八九十]大/.test(list.after) || countedLinks || (!placed && ctxInds[0] && (devVerb.test(list.before) || (attracted && lead?.source !== 'clause' && lead?.source !== 'lead'))) || (!placed && !!titleLevel && parent.id === titleLevel.id && (devVerb.test(list.before) || titleLevel === headLevel)) || (!placed && ofSubject))) {
        // an industry the lexicon knows as one of its own (人工智能, 集成电路) is a segment of the context
        // only by this list: several documents list it under several industries
        const standalone = le?.level === 'industry';
        // …and so is another kind of the parent's own category (工业机器人, 协作机器人 under 人形机器人, a kind of
        // 机器人 in the lexicon): siblings as often as parts, the list alone decides nothing
        const sibling = siblingKind(x.name, parent.name, index);
        // (a heading naming two segments, （二）中游：乙烯与丙烯, says nothing of which one an item is part of)
        const unsure = several && !sharing && lead?.source === 'heading';
        const firstOfTwo = !!titleFirst && parent.id === titleFirst.id && !ctxInds[0];
        // (a list the text closes with its kind, 发展油田化学品、催化剂和助剂等专用化学品: the items are the kind's
        // (kindListEdges) and the kind is the document's segment, not each item directly)
        const kindAfter = ofSubject && list.items.length >= 2 ? kindClosing(scope, list) : undefined;
        if (kindAfter && kindAfter.id !== parent.id) {
          edges.add('PART_OF', kindAfter.id, parent.id, ev, SUBJECT_SEGMENT);
          continue;
        }
        // (in a document that names its branches, a segment put under the document's industry by position alone is unsure)
        const branched = ofSubject && parent.id === subject?.id && branchedSubject(doc, x.name);
        const branch = branched ? namedBranch(scope, x) : undefined;
        if (branch) {
          edges.add('PART_OF', x.id, branch.id, ev, SUBJECT_SEGMENT);
          continue;
        }
        edges.add('PART_OF', x.id, parent.id, ev, standalone || sibling || unsure || branched ? listed(4) : ofSubject ? SUBJECT_SEGMENT : firstOfTwo ? JUDGED.firstOfTwo : JUDGED.context);
        // （一）上游：海工材料与核心配套 / 重点发展船用高强钢、…和甲板机械: which of the two an item is part of the heading
        // does not say, but both are the document's industry's: the item is part of that
        if (unsure && !standalone && !sibling && subject && subject.id !== x.id && subject.id !== parent.id && !x.name.includes(subject.name)) edges.add('PART_OF', x.id, subject.id, ev, SUBJECT_SEGMENT);
      }
    }
  }
  for (const x of ctxInds) {
    const parentName = index.industryByName.get(x.name)?.parent;
    const parent = parentName ? present.get(parentName) : undefined;
    if (parent) edges.add('PART_OF', x.id, parent.id, ev, JUDGED.lexiconParent);
  }
  kindListEdges(scope);
  attractLabelEdges(scope);
  ledOnEdges(scope);
  subjectLedEdges(scope);
  topicLedLists(scope);
  headingSegmentEdges(scope);
  titleUnderHeadingEdges(scope);
  lexiconOrderEdges(scope, present);
  for (const [a, b] of dashChains(inds, text, s.start)) edges.add('UPSTREAM_OF', entityOf(scope, a).id, entityOf(scope, b).id, ev, JUDGED.structure);
}

/** Scope words that may open a clause before the industry it is about (我市医用卫材产业…). */
const SCOPE_WORD = '(?:我市|全市|本市|我区|全区|本区|我县|全县|我省|全省|全盟|全州|我州)?';
/** Umbrellas that open a clause without being a whole of what follows (制造业以A为龙头, 工业以B为主). */
const UMBRELLA_SUBJECT = /^(?:先进制造业?|制造业?|工业|服务业|现代服务业|战略性新兴产业|新兴产业|未来产业|主导产业|传统产业|优势产业|特色产业|重点产业|产业)$/;
/**
 * A clause whose subject is an industry, then what it consists of (新一代电子信息以海信电子为龙头，发展智能终端和新型显示模组 /
 * 我市医用卫材产业同样基础雄厚，以驼人集团为龙头，发展A、B和C / 锌基新材料：以F为龙头，发展A和B / 新材料以有色金属新材料和电池材料为主 /
 * 中医药产业以骨科中成药和中药饮片为主): the products the clause develops around its leading firm, or the ones it says the industry
 * is mainly made of, are that industry's (stated, as the text lays it out). The subject must be an industry mention right at the
 * clause's start (after a scope word), no firm, park or umbrella (制造业, 工业); a place or a park opening the clause hosts them
 * instead (茌平经济开发区以信发集团为链主…). 重点发展 after the subject is chains.ts's (clauseLeadParts).
 */
function subjectLedEdges(scope: SentenceScope): void {
  const { se, inds, edges, table } = scope;
  const { text, ev, sentence: s } = se;
  if (!/为(?:龙头|链主|主|重点)/.test(text)) return;
  const re = new RegExp(`(?:^|[，,；;。])\\s*(?:[一二三四五六七八九十]是)?${SCOPE_WORD}([^，,。；;：:]{2,14}?(?:[：:])?(?:[^，,。；;：:]{0,12}[，,])?)以(?:[^，,。；;]{2,40}?为(?:龙头|链主)[，,](?:重点|加快|大力)?(?:发展|做强|做优|做大|开发|打造|布局)([^，,。；;]{2,60})|([^，,。；;]{2,40}?)为(?:主|重点|主导)(?![体要导])(?:[，,。；;]|$))`, 'g');
  for (const m of text.matchAll(re)) {
    const head = m[1]!;
    const hs = s.start + m.index! + m[0].indexOf(head);
    // (the subject: the longest industry the clause opens with, what follows it no more than its kind word and a remark)
    let whole: Entity | undefined;
    let len = 0;
    for (let n = Math.min(14, head.length); n >= 2 && !whole; n--) {
      if (!/^(?:产业链|产业集群|产业|集群|板块)?(?:[：:]|(?:同样|也|已)?[^，,。；;：:]{0,12}[，,])?$/.test(head.slice(n))) continue;
      const x = head.slice(0, n);
      const here = inds.find((i) => i.start === hs && i.end === hs + n);
      whole = here ? entityOf(scope, here) : table.find('Industry', x);
      len = n;
    }
    if (!whole || scope.orgs.some((o) => o.start < hs + len && hs < o.end)) continue;
    if (UMBRELLA_SUBJECT.test(whole.name) || isGenericWord(whole.name) || whole.properties.level === 'system') continue;
    const body = m[2] ?? m[3]!;
    const bodyStart = s.start + m.index! + m[0].lastIndexOf(body);
    const named = inds.filter((i) => i.start >= bodyStart && i.end <= bodyStart + body.length).map((i) => entityOf(scope, i));
    // (items no mention reads here, the document named before: 以骨科中成药和中药饮片为主 after 中药饮片 was read)
    const known = body.replace(/等.*$/, '').split(/[、和及与]/).map((x) => x.trim()).filter((x) => x.length >= 2 && !inds.some((i) => i.start >= bodyStart && i.end <= bodyStart + body.length && i.surface.includes(x))).map((x) => table.find('Industry', x)).filter((e): e is Entity => !!e);
    for (const p of uniqEntities([...named, ...known])) {
      if (p.id === whole.id || p.properties.level === 'system' || whole.name.includes(p.name)) continue;
      edges.add('PART_OF', p.id, whole.id, ev, JUDGED.context);
    }
  }
}

/** The verbs before a development list in a sentence about one industry (…，重点发展A和B / …，重点补齐A和B环节). */
const TOPIC_DEV = /(?:^|[，,])[^，,；;。]{0,16}?(?:重点发展|大力发展|加快发展|重点补齐|重点培育|重点布局|延伸发展|发展)$/;

/**
 * A sentence opening with an industry named as one (光伏材料集群已集聚A、B等企业，…，金山高新区重点发展单晶硅片和石英坩埚 / 中医药
 * 产业链构建“…”链条，重点发展黄芩、苍术等道地药材): the development lists of its clauses, up to the sentence's first ；, are the
 * industry's parts, a park that develops them in between no whole of its own (it hosts them: parks.ts). The industry must
 * open the sentence with its 产业/产业链/集群/板块 word, so that it is the sentence's topic, and not as what the sentence
 * says it is (X产业是…, X产业包括… are chains.ts's and the lead's).
 */
function topicLedLists(scope: SentenceScope): void {
  const { se, inds, edges } = scope;
  const { text, ev, lists, sentence: s } = se;
  const m = new RegExp(`^\\s*${SCOPE_WORD}([\\u3400-\\u9fffA-Za-z0-9]{2,12}?)(产业链|产业集群|产业|集群|板块)(?!园|基地|区|是|为|包括|主要包括|涵盖|由|作为|以[^，,。；;]{0,40}为(?:主|重点))`).exec(text);
  if (!m) return;
  const xs = s.start + m[0].length - m[1]!.length - m[2]!.length;
  const here = inds.find((i) => i.start === xs && (i.end === xs + m[1]!.length || i.end === xs + m[1]!.length + m[2]!.length));
  const whole = here ? entityOf(scope, here) : scope.table.find('Industry', m[1]!);
  if (!whole || scope.orgs.some((o) => o.start < xs + m[1]!.length && xs < o.end)) return;
  if (UMBRELLA_SUBJECT.test(whole.name) || isGenericWord(whole.name) || whole.properties.level === 'system') return;
  const stop = text.search(/[；;]/);
  for (const list of lists) {
    const first = list.items[0];
    if (!first || list.application || first.start - s.start < m[0].length || (stop >= 0 && first.start - s.start > stop) || !TOPIC_DEV.test(list.before)) continue;
    for (const i of inds) {
      if (i.list !== list.index) continue;
      const p = entityOf(scope, i);
      if (p.id === whole.id || p.properties.level === 'system' || whole.name.includes(p.name)) continue;
      edges.add('PART_OF', p.id, whole.id, ev, JUDGED.context);
    }
  }
}

/** The industry named right after a list's 等 (…和助剂等专用化学品), when it is a name of its own (no kind of firm or place). */
function kindClosing(scope: SentenceScope, list: Enumeration): Entity | undefined {
  const { se, inds } = scope;
  const s = se.sentence;
  const last = list.items[list.items.length - 1];
  if (!last || se.text[last.end - s.start] !== '等') return undefined;
  const k = inds.find((m) => m.list !== list.index && m.start === last.end + 1);
  // (a position or quality before a generic head, 等上游材料 / 等关键设备, names no kind of its own)
  if (!k || GENERIC_KIND.test(k.surface) || /(产业|方向|企业|机构|园区|基地|平台|项目)$/.test(k.surface) || /^(?:上游|中游|下游|前端|后端|核心|关键|重点|高端|先进|主要|新型|优势|基础|配套)/.test(k.surface)) return undefined;
  if (!/^(?:产业|行业|领域|产品)?(?:[，,。；;]|$)/.test(se.text.slice(k.end - s.start))) return undefined;
  const e = entityOf(scope, k);
  return e.properties.level === 'system' ? undefined : e;
}

/** The industries in view, by name: the subject, the sentence's, and every context one (headings too). */
function industriesInView(scope: SentenceScope): Map<string, Entity> {
  const { se, inds, subject, table } = scope;
  const present = new Map<string, Entity>();
  if (subject) present.set(subject.name, subject);
  for (const i of inds) {
    const e = entityOf(scope, i);
    present.set(e.name, e);
  }
  const index = scope.ctx.index;
  // (a heading term the section's whole name holds, 新能源 of 第二节　新能源电池 (index.ts sectionContext), is not in view)
  const inside = (e: Entity) => scope.ctxInds.some((c) => c.id !== e.id && c.name.includes(e.name));
  const all: Entity[] = se.context.industries.map((r) => industryOf(table, r)).filter((e) => !inside(e));
  for (const r of se.context.measureTitleIndustries) all.push(industryOf(table, r));
  for (const h of se.sentence.sectionPath) {
    // a known term inside the heading's own industry is part of it: （二）培育海洋生物医药产业 → 海洋生物医药 only
    const own = headingPhrase(stripNumbering(h))?.phrase;
    for (const m of index.scan(h)) {
      if (m.ref.type !== 'industry') continue;
      const bare = m.surface.replace(/(产业链|产业|领域)$/, '');
      if (own && own !== bare && own.includes(bare) && !index.isIndustryTerm(own)) continue;
      // (…and so is one inside the heading's industry the context holds: 第二节　新能源电池 → 新能源电池, not 新能源)
      if (scope.ctxInds.some((c) => c.name !== bare && c.name.includes(bare) && h.includes(c.name))) continue;
      all.push(table.industry(m.surface, m.ref.entry));
    }
  }
  for (const e of all) present.set(e.name, e);
  return present;
}

/** Chain order from the lexicon (its `order` column), when the text lists the segments in that order. */
function lexiconOrderEdges(scope: SentenceScope, present: Map<string, Entity>): void {
  const { se, inds, edges } = scope;
  const index = scope.ctx.index;
  const byParent = new Map<string, { m: (typeof inds)[number]; e: IndustryEntry; order: number }[]>();
  const ordered = inds
    .map((m) => ({ m, e: index.industryByName.get(entityOf(scope, m).name) }))
    .sort((a, b) => a.m.start - b.m.start);
  for (const { m, e } of ordered) {
    if (!e || e.order === undefined || !e.parent || !present.has(e.parent)) continue;
    byParent.set(e.parent, [...(byParent.get(e.parent) ?? []), { m, e, order: e.order }]);
  }
  for (const group of byParent.values()) {
    const seen = group.filter((g, i) => group.findIndex((h) => h.e.name === g.e.name) === i);
    seen.forEach((a, i) => {
      const b = seen[i + 1];
      if (b && a.order < b.order) edges.add('UPSTREAM_OF', entityOf(scope, a.m).id, entityOf(scope, b.m).id, se.ev, JUDGED.lexiconOrder);
    });
  }
}

/** Kinds a 等 closes a list with that name no segment: 等领域, 等产品, 等环节. */
const GENERIC_KIND = /^(领域|产品|环节|行业|方向|赛道|技术|业态|场景|材料|设备|服务)$/;

/**
 * A development list closed by the kind it belongs to: 重点发展电子特气、湿电子化学品和光刻胶等集成电路材料 /
 * 大力发展云计算、大数据、信息安全等信息技术服务. Each item is part of the kind the text names (stated:
 * the text lays the structure out), not only of the section's industry.
 */
function kindListEdges(scope: SentenceScope): void {
  const { se, inds, edges, table } = scope;
  const { lists, ev, sentence: s, text } = se;
  for (const list of lists) {
    if (list.application) continue;
    const items = inds.filter((m) => m.list === list.index);
    if (items.length < 1) continue;
    const lastEnd = Math.max(...items.map((m) => m.end)) - s.start;
    // (or closed by their count before the kind: 重点培育A、B和C三大未来产业 — only a kind read as an industry)
    const counted = /^[两二三四五六七八九十]大/.test(text.slice(lastEnd));
    if (text[lastEnd] !== '等' && !counted) continue;
    const kindAt = lastEnd + (counted ? 2 : 1);
    // the kind: a mention right after 等, or the clause's tail when it is a name (等信息技术服务，…)
    const kindM = inds.find((m) => m.list !== list.index && m.start - s.start === kindAt);
    const tail = !counted && /^[\u3400-\u9fffA-Za-z0-9]{2,12}$/.test(list.after) && text.slice(lastEnd + 1).startsWith(list.after) ? list.after.replace(/(产业|行业|领域|环节|产品|项目)$/, '') : undefined;
    const surface = kindM?.surface ?? tail;
    if (!surface) continue;
    // (one item closed by its kind, 适度发展聚氯乙烯等氯碱化工产品: only a kind the document names as an industry, or
    // whose products the text says the item is)
    if (items.length === 1 && !kindM && !table.find('Industry', surface) && !/产品$/.test(list.after)) continue;
    const afterKind = text.slice(kindAt + surface.length);
    if (GENERIC_KIND.test(surface) || !plausibleIndustry(surface) || isGenericWord(surface) || RELATED_KIND.test(list.after)) continue;
    // a clause that goes on to judge the items (等环节短板明显, 等领域仍较薄弱) names no kind
    // categories and framework words (等未来产业, 等重点产业链, 等产业方向, 等先进技术跨界融合) and a bare
    // quality before a generic head (等核心设备, 等关键材料) name no segment
    // (未来产业 is the umbrella the genre's future-industry plans name their tracks under: 聚焦A、B、C等未来产业)
    const umbrella = !!kindM && /^未来产业$/.test(surface);
    if ((/(产业|方向|融合|跨界|供应商|服务商|等)/.test(surface) && !umbrella) || /^(核心|关键|重点|高端|先进|主要|新型|优势)(设备|材料|产品|部件|器件|技术|装备)$/.test(surface)) continue;
    if (/^(环节|领域|产品|方面|行业|方向|赛道)/.test(surface) || /(短板|薄弱|不足|明显|缺乏|亟待|有待|滞后|较弱|较少|为主|为重点|突出)/.test(surface)) continue;
    // a kind of firm, institution or place (等信息技术服务企业, 等特色园区) lists no segment's parts
    if (/(企业|机构|厂商|主体|平台|项目|园区|基地|中心|集群|体系|能力|水平|应用|场景|市场|需求)$/.test(surface)) continue;
    // (等化纤原料项目: the projects of a kind are that kind's)
    // (the umbrella may go on: 推动A、B等未来产业从技术突破走向规模应用; not into a kind of firm or place: 等未来产业企业)
    if (!/^(?:产业|行业|领域|环节|产品|项目)?(?:[，,。；;、]|以及|$)/.test(afterKind) && !(umbrella && !/^(?:企业|机构|平台|园区|基地|先导区|集群|集聚区|示范区|方向|赛道)/.test(afterKind))) continue;
    const kind = kindM ? entityOf(scope, kindM) : table.industry(surface, undefined, 'segment');
    for (const m of items) {
      const x = entityOf(scope, m);
      if (x.id !== kind.id) edges.add('PART_OF', x.id, kind.id, ev, JUDGED.structure);
    }
  }
}

/**
 * A label of the kinds a section seeks to attract, written inside its paragraph (…已集聚A、B等企业。招商方向：储能电池、氢能装备、
 * 风电运维服务 / 招引方向为汽车用钢深加工和风电塔筒 / 招商重点为石英石台面、岩板深加工和石材智能装备，… / 招引重点：全钒液流电池、
 * 钒电解液企业，…), the 招商图谱's other way of writing the 招引方向 line field-blocks.ts reads: the kinds are parts of the
 * industry the section is about — its one context industry, else the document's. A clause typed by its kind (招引重点：压裂泵、
 * 连续油管等压裂装备制造企业；氢气、甲醇等天然气化工企业) files its items under that kind. Only a clause that is nothing but
 * industries and joiners (the label's list, not a sentence about firms or projects). blind30 r06, blind31 r06, blind35 r06,
 * blind36 r07.
 */
const ATTRACT_LABEL = /(?:^|[。；;，,\s])\s*(?:重点)?(?:招引|招商|引进)(?:重点|方向)(?:主要)?(?:为|是|[:：])\s*/g;
const ATTRACT_GOES_ON = /(?:招引|招商|引进)(?:重点|方向)(?:主要)?(?:为|是|[:：])[^。，,\n]*[；;]\s*$/;
/** Words that make a piece of a label's list no kind of industry: a firm, a project, a task. */
const NOT_KIND = /(?:企业|厂商|机构|单位|项目|平台|中心|园区|基地|资金|人才|政策|服务商|供应商|头部|龙头|^(?:推动|加强|加快|支持|鼓励|引导|推进|提升|打造|建设|实施|引进|招引|发展|布局))/;
/** A piece of a list read off the text that names a kind of industry (no firm, project, task or generic word). */
const kindOk = (p: string): boolean => p.length >= 2 && p.length <= 16 && /^[\u3400-\u9fffA-Za-z0-9]+$/.test(p) && plausibleIndustry(p) && !isGenericWord(p) && !NOT_KIND.test(p);
/** A list's pieces as written: A、B和C → A, B, C. */
function listPieces(body: string): string[] {
  const chunks = body.split('、');
  const last = chunks.pop()!;
  return [...chunks, ...last.split(/和|及|与/)].map((p) => p.trim());
}

function attractLabelEdges(scope: SentenceScope): void {
  const { se, edges, ctxInds, subject, table } = scope;
  const { text, ev, sentence: s } = se;
  // (a label's list goes on after its ；, which may end a sentence: 招引重点：A、B等X企业；C、D等Y企业。)
  const norm = scope.doc.source.norm;
  const lineStart = norm.lastIndexOf('\n', s.start - 1) + 1;
  // (a line of its own opened by 招引方向：/招商方向：/引进方向： is a field block's line, field-blocks.ts's: under a heading joining
  // two levels, 动力电池及电驱系统, it files each kind under its own)
  const blockLine = (at: number) => /^[\s\u3000]*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])?\s*(?:招引|招商|引进)方向\s*[:：]/.test(norm.slice(lineStart, at + 12)) && !/[。；;，,]/.test(norm.slice(lineStart, at));
  const before = norm.slice(Math.max(lineStart, s.start - 200), s.start);
  const cont = ATTRACT_GOES_ON.test(before) && !blockLine(s.start - before.length + before.search(/(?:招引|招商|引进)(?:重点|方向)/));
  if (!cont && !/(?:招引|招商|引进)(?:重点|方向)/.test(text)) return;
  const ctx = uniqEntities(ctxInds);
  const whole = ctx.length === 1 ? ctx[0] : ctx.length === 0 ? subject : undefined;
  const labels = [...text.matchAll(ATTRACT_LABEL)].filter((m) => !blockLine(s.start + m.index! + m[0].search(/(?:重点)?(?:招引|招商|引进)/)));
  for (const at of [...(cont ? [0] : []), ...labels.map((m) => m.index! + m[0].length)]) {
    const rest = text.slice(at);
    const stop = rest.search(/[，,。]|以及/);
    for (const raw of (stop < 0 ? rest : rest.slice(0, stop)).split(/[；;]/)) {
      const clause = raw.trim();
      // (…等压裂装备制造企业: the kind of firm the clause closes with types its items)
      const typed = /^(.+)等([\u3400-\u9fffA-Za-z0-9]{2,12})(?:企业|厂商)$/.exec(clause);
      const body = typed ? typed[1]! : clause.replace(/(?:等)?(?:企业|厂商|项目)$/, '').replace(/等([\u3400-\u9fffA-Za-z0-9]{2,8})$/, '');
      const parts = listPieces(body);
      if (parts.length < 2 || !parts.every(kindOk)) continue;
      const kind = typed && kindOk(typed[2]!) ? (table.find('Industry', typed[2]!) ?? table.industry(typed[2]!, undefined, 'segment')) : undefined;
      const to = kind ?? whole;
      if (!to || to.properties.level === 'system' || isGenericWord(to.name)) continue;
      for (const p of parts) {
        const x = table.find('Industry', p) ?? table.industry(p, undefined, 'segment');
        if (x.id !== to.id) edges.add('PART_OF', x.id, to.id, ev, kind ? JUDGED.structure : JUDGED.context);
      }
    }
  }
}

/**
 * The segments a lead firm drives, in a section about one industry (（一）深地深海装备。…以A为龙头，带动隧道掘进机和地下空间智能装备
 * 发展 / 以A为龙头，带动精密光学元件、光学镜头和光电显示器件协同发展 / 以A为龙头，带动风电叶片和主轴轴承配套企业集聚): parts of the
 * section's one context industry, else of the document's, as the segments it develops are. Only a list closed by the growth
 * it drives (发展, 协同发展, 配套, 集聚), every piece a kind of industry; not 带动A向B延伸, not a counted list of links (带动A、B和C
 * 三个环节, read with its mentions). blind31 r04, blind35 r01, blind39 r04; the genre's 以A为链主，带动… across 18 sets.
 */
const LED_ON = /以[^，,。；;]{2,30}为(?:龙头|链主|引领)[，,]?带动([^，,。；;向]{4,60}?)(?:等?(?:配套)?企业)?(?:协同|集聚|配套|延链|加快|快速)?(?:发展|配套|集聚|做大|做强)/g;
function ledOnEdges(scope: SentenceScope): void {
  const { se, edges, ctxInds, subject, table } = scope;
  const { text, ev } = se;
  if (!text.includes('带动')) return;
  const ctx = uniqEntities(ctxInds);
  const whole = ctx.length === 1 ? ctx[0] : ctx.length === 0 ? subject : undefined;
  if (!whole || whole.properties.level === 'system' || isGenericWord(whole.name)) return;
  for (const m of text.matchAll(LED_ON)) {
    const body = m[1]!.replace(/等$/, '');
    // (带动A、B等整机企业协同发展: a list typed as firms names firms, no segments)
    if (/[两三四五六七八九十]个|[“”"（）()]|等/.test(body)) continue;
    const from = se.sentence.start + m.index!;
    if (scope.orgs.some((o) => o.end > from + m[0].indexOf('带动') && o.start < from + m[0].length)) continue;
    const parts = listPieces(body);
    if (parts.length < 2 || !parts.every(kindOk)) continue;
    for (const p of parts) {
      const x = table.find('Industry', p) ?? table.industry(p, undefined, 'segment');
      if (x.id !== whole.id && !whole.name.includes(x.name)) edges.add('PART_OF', x.id, whole.id, ev, JUDGED.context);
    }
  }
}

/** Verbs that open a section heading before the level it names: （一）突破基础软件, （二）壮大光学影像, （三）做深X. */
const HEADING_LEAD = leadPattern(['做深', '培育壮大', '发展壮大', '稳固']);

/** 第三章 / 第二节 / 第一部分: a chapter's or section's number (the province plan's headings). */
const CHAPTER_NUMBER = /^\s*第[一二三四五六七八九十百零\d]+[章节篇部分]+\s*/;

/** Two names a heading joins (延伸钠盐化工与硼化工): the one an item shares a word with, else the only one it shares a character with. */
export function joinedLevel(rest: string, x: Entity | undefined, find: (n: string) => Entity | undefined): Entity | undefined {
  const m = /^([^，,、和与及的]{2,8})[与和及]([^，,、和与及的]{2,8})$/.exec(rest);
  // (an item that joins two names itself, 纯碱与硼酸, says nothing of which goes with which)
  if (!m || !x || /[与和及]/.test(x.name)) return undefined;
  const parts = [find(m[1]!), find(m[2]!)].filter((e): e is Entity => !!e);
  if (parts.length !== 2) return undefined;
  const byWord = parts.filter((p) => sharesWord(p.name, x.name));
  if (byWord.length === 1) return byWord[0];
  // (种子进出口贸易 under 发展种子加工和种业贸易: sharing a word with both, it is a kind of the one whose head it ends with)
  const byHead = byWord.filter((p) => p.name.length >= 2 && x.name.endsWith(p.name.slice(-2)));
  if (byHead.length === 1) return byHead[0];
  if (byWord.length) return undefined;
  const byChar = parts.filter((p) => [...p.name].some((ch) => /[\u4e00-\u9fff]/.test(ch) && !/[化工业产材料品]/.test(ch) && x.name.includes(ch)));
  return byChar.length === 1 ? byChar[0] : undefined;
}

/**
 * The industry a section heading of a document about one industry names, when the document or the
 * lexicon knows it as a segment or chain below the document's industry (not the document's own, not a
 * lexicon top level): （一）做强新型显示 in a 光电 document, （一）突破基础软件 in a 软件 document.
 */
export function headingLevel(scope: SentenceScope, item?: Entity): Entity | undefined {
  const { se, subject, table } = scope;
  if (!subject) return undefined;
  const index = scope.ctx.index;
  const path = se.sentence.sectionPath;
  for (let d = path.length - 1; d >= 0; d--) {
    // (第一节 稳定钾肥生产: the chapter's number and the making of it are no part of the level's name)
    const t = stripNumbering(path[d]!.replace(CHAPTER_NUMBER, ''));
    const led = t.replace(HEADING_LEAD, '');
    // (（一）补齐印染短板: the gap a heading closes is the level it names)
    let rest = led.replace(/(生产|供给)$/, '').replace(/(?:短板|弱项)$/, '').replace(/(产业链|产业|领域|环节|集群|特色集群)$/, '');
    if (rest === t) continue;
    // (做大锂产业: a one-character element names its industry with 产业)
    if (rest.length === 1 && /^[\u4e00-\u9fff](?:产业|产业链)$/.test(led)) rest = `${rest}产业`;
    if (/[和与及]/.test(rest)) {
      const j = joinedLevel(rest, item, (n) => table.find('Industry', n));
      if (j && j.id !== subject.id) return j;
      continue;
    }
    if (rest.length < 2 || rest.length > 10 || /[，,、和与及的]/.test(rest)) continue;
    // stages without an object (制造封测, 研发设计) are no level of their own
    // (nor is a quality before a chain word: 二、重点产业链环节 names no level)
    if (/^(?:设计|制造|封测|封装|测试|研发|生产|应用|服务|销售|集成|运营)+$/.test(rest) || QUALITY.test(rest) || QUALITY.test(rest.replace(/(产业链|产业|领域|环节)$/, ''))) return undefined;
    const e = table.find('Industry', rest);
    const le = index.industryByName.get(e?.name ?? '') ?? (index.lookup(rest)?.type === 'industry' ? (index.lookup(rest)!.entry as IndustryEntry) : undefined);
    if (le && (le.level === 'system' || le.level === 'industry')) return undefined;
    if (!e || e.id === subject.id) return undefined;
    return e;
  }
  return undefined;
}

/**
 * Segments a measure title names (1．发展操作系统和数据库) under a section heading naming their level
 * (（一）突破基础软件): parts of that level.
 */
function titleUnderHeadingEdges(scope: SentenceScope): void {
  const { se, table, edges } = scope;
  const titles = se.context.measureTitleIndustries;
  if (!titles.length) {
    joinedTitleUnderHeading(scope);
    return;
  }
  // (a document about two industries has no subject: （一）做强生物医药产业 / 2．突破生物药 → the heading's one industry)
  const heading = !scope.subject && se.context.heading.length === 1 ? industryOf(table, se.context.heading[0]!) : undefined;
  const level = headingLevel(scope) ?? (heading && heading.properties.level !== 'system' ? heading : undefined);
  if (!level) return;
  const index = scope.ctx.index;
  for (const r of titles) {
    const x = industryOf(table, r);
    const le = index.industryByName.get(x.name);
    if (x.id === level.id || (le && le.level !== 'segment' && le.level !== 'track')) continue;
    if (x.name.includes(level.name) || level.name.includes(x.name)) continue;
    edges.add('PART_OF', x.id, level.id, se.ev, JUDGED.context);
  }
}

/**
 * A section heading that names one segment in the document's own words or the lexicon's (（一）做大算力基础设施,
 * （二）壮大数据要素产业) in a document about one industry: the segment is part of the document's industry
 * (stated on the heading line: the document lays its structure out), and every measure under the heading
 * targets it (planned, on the measure's title). Industries the lexicon places elsewhere are left alone.
 */
function headingSegmentEdges(scope: SentenceScope): void {
  const { se, subject, table, edges } = scope;
  const refs = se.context.heading;
  if (!subject || refs.length !== 1) return;
  const r = refs[0]!;
  if (!r.own) return;
  if (r.entry && r.entry.level !== 'segment' && r.entry.level !== 'track') return;
  const h = industryOf(table, r);
  if (h.id === subject.id || h.name.includes(subject.name) || subject.name.includes(h.name)) return;
  const s = se.sentence;
  const last = s.sectionPath[s.sectionPath.length - 1] ?? '';
  if (s.measureIndex === undefined) {
    // the heading line itself
    if (se.text.includes(r.surface) && stripNumbering(se.text).length <= stripNumbering(last).length + 2) edges.add('PART_OF', h.id, subject.id, se.ev, JUDGED.context);
    return;
  }
  const mu = scope.doc.measures[s.measureIndex];
  if (se.measureId && mu && s.start <= mu.start + 8) edges.add('SUPPORTS', se.measureId, h.id, se.ev, JUDGED.planned);
}

/** The document develops or lists `name` in a sentence of its own (重点发展A和B / 服务A和B / A、B) or calls it an 产业: not a heading only. */
function developedElsewhere(norm: string, name: string): boolean {
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:发展|布局|服务|做强|壮大|培育|聚焦|[、和与及])${esc}(?:产业)?(?:[、，,。；;和与及等]|$)|${esc}产业`).test(norm);
}

/** A name ending like a place (产业园, 片区, 科学城, 小镇): a park's heading, not an industry's. */
const PLACE_END = /(?:园|园区|区|基地|城|港|谷|小镇|走廊|中心|平台|组团)$/;

/** The word a section heading closes the industry it develops with: 一、做强智能电气集群 / 四、提升时尚鞋服集群. */
const SECTION_CLOSE = /(?:产业集群|集群|产业链|产业)$/;

/**
 * The industries a section heading of a document about several industries (no subject) names, where the entity reader
 * read none from it or only one of the two it joins: 一、做强智能电气集群 → 智能电气; 二、壮大汽车零部件和新材料集群 →
 * 汽车零部件, 新材料. The heading must open with a development verb and close with its industry (集群, 产业, 产业链), or
 * name industries the document or the lexicon knows; a quality (做强优势产业) or a framework label names none.
 */
export function sectionIndustries(se: SentenceEntities, table: EntityTable, index: LexiconIndex, norm: string): Entity[] {
  const path = se.sentence.sectionPath;
  const h = path[path.length - 1];
  if (!h) return [];
  const t = stripNumbering(h.replace(CHAPTER_NUMBER, '')).trim();
  const led = t.replace(HEADING_LEAD, '');
  // (a heading without a verb, 第一节　超高清视频显示, names an industry only where the document develops it by that name
  // elsewhere too: …重点发展超高清视频显示和智能终端; 第三章　空间布局 is named once)
  const bare = led === t;
  const closed = SECTION_CLOSE.test(led);
  const rest = led.replace(SECTION_CLOSE, '');
  if (rest.length < 2 || rest.length > 18 || /[，,、；;。()（）“”"的]/.test(rest)) return [];
  const known = (n: string) => table.find('Industry', n) ?? (index.lookup(n)?.type === 'industry' ? table.industry(n, index.lookup(n)!.entry as IndustryEntry) : undefined);
  // (软件和信息服务: a joined name the document or the lexicon knows as one field stays one)
  const whole = known(rest);
  // (…and so does one whose half is a two-character word, 软件和信息技术服务: a field and its head, no pair of industries)
  const halves = rest.split(/[和与及]/);
  const parts = whole || halves.some((h) => h.length < 3) ? [rest] : halves;
  // (a park's heading, （三）智能装备产业园, names a place, no industry)
  if (parts.length > 2 || parts.some((p) => p.length < 2 || p.length > 10 || QUALITY.test(p) || isGenericWord(p) || !plausibleIndustry(p) || !!typeBySuffix(p) || PLACE_END.test(p))) return [];
  if (!closed && !bare && parts.some((p) => !known(p))) return [];
  if (bare && parts.some((p) => !known(p) && !developedElsewhere(norm, p))) return [];
  const found = parts.map((p) => known(p) ?? table.industry(p, undefined, 'industry'));
  if (found.some((e) => e.properties.level === 'system')) return [];
  return uniqEntities(found);
}

/**
 * The verbs of DEVELOP_LEAD that develop what follows them (3．做强核医学与辐照加工), not those that build or raise a
 * thing for it (提升X能级, 打造X高地, 建设X载体): a title joining two segments only after these.
 */
const JOINED_TITLE_LEAD = /^(?:做强|做优|做大|做精|壮大|发展|突破|培育|布局|前瞻布局|加快布局|拓展|延伸|大力发展|加快发展|补齐|补强)/;

/**
 * A measure title joining two segments the entity reader did not read (3．做强核医学与辐照加工 / 4．发展核仪器与核检测 /
 * 5．发展卫星互联网与北斗应用) under a section heading naming one industry ((二)核技术应用): each part is a segment of the
 * heading's industry (stated: the document lays its structure out) and the measure targets it (planned, on its title).
 * One of the two must be an industry the document or the lexicon knows, or one the measure's body names; the other a
 * plausible name of one.
 */
function joinedTitleUnderHeading(scope: SentenceScope): void {
  const { doc, se, table, edges, ctxInds } = scope;
  const s = se.sentence;
  const mi = s.measureIndex;
  const mu = mi !== undefined ? doc.measures[mi] : undefined;
  if (!mu?.title || !se.measureId || s.start > mu.start + 8 || uniqEntities(ctxInds).length !== 1) return;
  if (se.context.industries.some((r) => r.source !== 'heading')) return;
  const level = ctxInds[0]!;
  if (level.properties.level === 'system') return;
  const t = stripNumbering(mu.title);
  const lead = JOINED_TITLE_LEAD.exec(t);
  if (!lead) return;
  const rest = t.slice(lead[0].length).replace(/(?:产业|业)$/, '');
  // (three characters a part at least: 软件和信息服务业 is one field, not 软件 and 信息服务业)
  const m = /^([^，,、；;。()（）“”"的和与及]{3,10})[与和及]([^，,、；;。()（）“”"的和与及]{3,10})$/.exec(rest);
  if (!m) return;
  const index = scope.ctx.index;
  if (table.find('Industry', rest) || index.lookup(rest)?.type === 'industry' || index.lookup(`${rest}业`)?.type === 'industry') return;
  const known = (n: string) => table.find('Industry', n) ?? (index.lookup(n)?.type === 'industry' ? table.industry(n, index.lookup(n)!.entry as IndustryEntry) : undefined);
  const names = [m[1]!, m[2]!];
  // (…or that the measure's body develops by name: 3．做强核医学与辐照加工。依托…发展医用同位素和辐照加工)
  const body = doc.source.norm.slice(s.end, mu.end);
  if (names.some((n) => QUALITY.test(n) || isGenericWord(n) || !plausibleIndustry(n) || n === level.name) || !names.some((n) => known(n) || body.includes(n))) return;
  // (a part the lexicon places at the top or elsewhere, 人工智能, is no segment of the heading's industry by a title)
  const parts = names.map((n) => known(n) ?? table.industry(n, undefined, 'segment'));
  if (parts.some((p) => { const le = index.industryByName.get(p.name); return !!le && le.level !== 'segment' && le.level !== 'track'; })) return;
  for (const p of parts) {
    if (p.id === level.id || p.name.includes(level.name) || level.name.includes(p.name)) continue;
    edges.add('PART_OF', p.id, level.id, se.ev, JUDGED.context);
    edges.add('SUPPORTS', se.measureId, p.id, se.ev, JUDGED.title);
  }
}

/** A name from the document as a literal inside a pattern (a branch named 3D打印+ or C++ must neither throw nor widen it). */
function escapeRe(x: string): string {
  return x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
