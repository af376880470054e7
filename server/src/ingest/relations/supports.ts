// SUPPORTS: a measure → the industries its title or sentences name (an untitled measure's first sentence may be
// its title: 2.支持电动垂直起降航空器研发。), and the industries the document named before, written again in its sentences.
import { JUDGED } from './judge.ts';
import { chainTitleIndustry, measureTitleIndustries, overlapsJoinedSubject } from '../entities/context.ts';
import { industryOf } from '../entities/index.ts';
import { titleLevels } from './industries.ts';
import type { Entity, EntityTable } from '../entities/table.ts';
import type { Mention } from '../entities/enumerations.ts';
import { plausibleIndustry } from '../entities/list-items.ts';
import { isGenericWord } from '../entities/typing.ts';
import { entityOf, type SentenceScope } from './scope.ts';

/** SUPPORTS from the sentence's measure; `titled` keeps the measures whose title industries are done. */
export function supportEdges(scope: SentenceScope, titled: Set<number>): void {
  const { doc, se, inds, table, edges } = scope;
  const { text, ev, context, measureId: mid, sentence: s } = se;
  const mi = s.measureIndex;
  const mu = mi !== undefined ? doc.measures[mi] : undefined;
  if (!mid || mi === undefined || !mu) return;
  namedAgainMentions(scope, mid);
  if (!titled.has(mi) && !context.measureTitleIndustries.length && !mu.title && s.start <= mu.start + 8) {
    // an untitled measure: its first sentence may be its title (2.支持电动垂直起降航空器研发。)
    const first = /^[^。；;]{2,30}/.exec(text.replace(/^\s*\d+(?:-\d+)?\s*[.．、]\s*/, ''))?.[0] ?? '';
    const rs = /[，,]/.test(first) ? [] : measureTitleIndustries(first, scope.ctx.index);
    if (rs.length) {
      for (const r of rs) edges.add('SUPPORTS', mid, industryOf(table, r).id, ev, JUDGED.title);
      titled.add(mi);
    }
  }
  if (!titled.has(mi) && context.measureTitleIndustries.length) {
    if (text.includes(mu.title.slice(0, Math.min(6, mu.title.length))) || s.start <= mu.start + 8) {
      for (const r of context.measureTitleIndustries) edges.add('SUPPORTS', mid, industryOf(table, r).id, ev, JUDGED.title);
      titled.add(mi);
    }
  }
  if (!titled.has(mi)) {
    const levels = titleLevels(scope);
    for (const e of levels) edges.add('SUPPORTS', mid, e.id, ev, JUDGED.title);
    if (levels.length) titled.add(mi);
  }
  // (5．延伸电子陶瓷链条: the chain a measure extends is its target; the links it names are no parts of it)
  if (!titled.has(mi) && mu.title && (text.includes(mu.title.slice(0, Math.min(6, mu.title.length))) || s.start <= mu.start + 8)) {
    const before = doc.source.norm.slice(0, mu.start);
    // (完善化合物半导体产业链 in a document on 半导体和集成电路: a chain inside the joined subject is supported, no context)
    const grown = chainTitleIndustry(mu.title, scope.ctx.index, before);
    const x = chainTitleIndustry(mu.title, scope.ctx.index, before, true) ?? (grown && overlapsJoinedSubject(grown.surface, doc.meta?.title ?? '', scope.ctx.index) ? grown : undefined);
    if (x) {
      edges.add('SUPPORTS', mid, industryOf(table, x).id, ev, JUDGED.title);
      titled.add(mi);
    }
  }
  // (a title of verb, industry and what is done with it, 壮大蜂产品加工 / 做优铟产业 / 米酒提质工程 / 建设机器人产业园: the
  // industry the document or the lexicon knows is the measure's target)
  if (!titled.has(mi) && mu.title) {
    const named = titleNamedIndustries(scope, mu.title);
    for (const e of named) edges.add('SUPPORTS', mid, e.id, ev, JUDGED.title);
    if (named.length) titled.add(mi);
  }
  // (a link of a chain the sentence writes out, “磷矿—黄磷—精细磷酸盐”, is the chain's shape, not what the measure targets:
  // the measure supports the links it names again outside the chain, 发展糠醛、糠醇…，打造“玉米芯—糠醛—糠醇”产业链)
  const links = chainSpans(text);
  const inChain = (a: number, b: number) => links.some(([x, y]) => a >= x && b <= y);
  // (…nor is an industry of a benchmarking clause: 对标A、B的X产业集群 / 学习借鉴C发展Y的经验 is admired elsewhere)
  const bench = benchSpans(text);
  const skip = (a: number, b: number) => inChain(a, b) || bench.some(([x, y]) => a >= x && b <= y);
  for (const i of inds) {
    if (skip(i.start - s.start, i.end - s.start)) continue;
    for (const e of mentionTargets(scope, i)) edges.add('SUPPORTS', mid, e.id, ev, JUDGED.planned);
  }
  mandateSupports(scope, mid);
  namedAgainSupports(scope, mid, skip);
}

/**
 * The spans of a sentence's benchmarking clauses (对标深圳、杭州的未来产业布局 / 学习借鉴宁夏银川的光伏产业招商经验), from
 * the verb to the clause's end: what they name is a model found elsewhere, not what the measure targets.
 */
function benchSpans(text: string): (readonly [number, number])[] {
  const out: (readonly [number, number])[] = [];
  for (const m of text.matchAll(/(?:对标|学习借鉴|借鉴|比肩|看齐)[^，,。；;]*/g)) out.push([m.index!, m.index! + m[0].length] as const);
  return out;
}

/**
 * The spans of a sentence's chains written out link by link (A—B—C, A→B→C: three links or more) that the sentence
 * describes (已形成“A—B—C”的产业链, 链条为A—B—C, 按“A—B—C”延伸), not those it builds (构建/打通/围绕“A—B—C”…: a
 * measure building a chain targets its links, chainBuilt).
 */
function chainSpans(text: string): (readonly [number, number])[] {
  const out: (readonly [number, number])[] = [];
  for (const m of text.matchAll(/[^—→“”"「」，,。；;：:、\s]{1,16}(?:(?:—{1,2}|→)[^—→“”"「」，,。；;：:、\s]{1,16}){2,}/g)) {
    if (!chainBuilt(text, m.index!)) out.push([m.index!, m.index! + m[0].length] as const);
  }
  return out;
}

/** Whether the chain written out at `at` is one the sentence builds: a building verb right before it (构建“A—B—C”). */
export function chainBuilt(text: string, at: number): boolean {
  return /(?:构建|打通|围绕|打造|完善|贯通|畅通|补齐|构筑|建设)(?:了)?[“"「]?$/.test(text.slice(Math.max(0, at - 6), at));
}

/** A half of a joined pair that names no line of its own (整机和零部件, 整机和关键部件): the pair stays whole. */
const BARE_HALF = /^(?:整机|零部件|关键部件|部件|配件|配套|应用|服务|产品|设备|材料|装备|系统|终端|中心)$/;

/** Heads a joined pair's second half may share with its first: the pair stays whole. */
// (…or a stage, 船舶和海工装备总装: the stage completes the first, 船舶总装, which the entity reader does)
const SHARED_HEAD = /(?:部组件|组件|部件|零部件|配件|服务|设备|装备|系统|材料|产品|器件|模块|整机|总装|制造|加工|生产|研发|维修|回收|组装|集成)$/;

/**
 * The industries one industry mention of a measure's sentence names for the measure: its entity, or — where the entity
 * reader kept two items the text joins with 和 as one (拓展奶酪和婴幼儿配方奶粉 → 奶酪与婴幼儿配方奶粉, 布局铜管和精密铜棒)
 * — each of the two: a joined pair names two segments (the gold rules for joined items). Not a known
 * compound or the lexicon's name, not a market or field (开拓汽车和轨道交通市场), not a pair with a bare half
 * (整机和零部件), not the document's subject.
 */
function mentionTargets(scope: SentenceScope, m: Mention): Entity[] {
  const { se, table, ctx, subject } = scope;
  const e = entityOf(scope, m);
  const at = se.sentence.start;
  const written = se.text.slice(m.start - at, m.end - at);
  if (!/.和./.test(written) || !/[与和]/.test(e.name) || m.lex || ctx.index.industryByName.has(e.name) || e === subject) return [e];
  if (/^(?:等)?(?:市场|领域|场景|行业|方向)/.test(se.text.slice(m.end - at))) return [e];
  // (和 only: 及 joins inside names as often, 稀土金属及合金, 锂电材料及电池)
  const joiners = [...written.matchAll(/和/g)];
  if (joiners.length !== 1) return [e];
  const j = joiners[0]!.index!;
  const pos = m.start + j;
  // (a known term across the joiner keeps the pair one name: 细胞和基因治疗)
  if (se.mentions.some((x) => x !== m && x.label === 'Industry' && x.start < pos && x.end > pos + 1)) return [e];
  const names = [written.slice(0, j), written.slice(j + 1)];
  if (names.some((n) => n.length < 2 || !plausibleIndustry(n) || BARE_HALF.test(n) || isGenericWord(n))) return [e];
  // (a second half closed by a head the first may share, 火箭和卫星部组件 / 质粒和病毒载体CDMO服务, is one line's parts)
  // (…and a second half shorter than the first is the first's kind cut short, 金刚石单晶和微粉)
  if (SHARED_HEAD.test(names[1]!) || names[1]!.length < names[0]!.length) return [e];
  // (…and a second half opening with a field the lexicon knows, whose rest both share: 核电和风电大型锻件)
  const second = names[1]!;
  for (let k = 2; k <= second.length - 2; k++) if (ctx.index.isIndustryTerm(second.slice(0, k))) return [e];
  const halves = names.map((n) => table.find('Industry', n) ?? table.industry(n, undefined, 'segment'));
  return halves.some((h) => h.id === e.id) ? [e] : halves;
}

/** A measure's source labs and the fields they serve: 以L1、L2为创新源头，服务X和Y (支撑/助力/服务于); also 为(技术)支撑 / 为技术依托. */
const SOURCE_SERVES = /为(?:创新|技术)?(?:源头|支撑|依托)[，,]\s*(?:服务于|服务|支撑|助力)/;

/**
 * The fields a measure's source labs are to serve (以L1、L2为创新源头，服务X和Y) are what the measure targets, each as
 * the lab edges read it (organisations.ts: the item as written, 铜基新材料 rather than the 新材料 inside it, and
 * short items the lexicon does not know, 番茄和葵花): the fields this sentence gives its labs.
 */
function mandateSupports(scope: SentenceScope, mid: string): void {
  const { se, orgs, edges, table } = scope;
  const serves = SOURCE_SERVES.exec(se.text);
  if (!serves) return;
  // (only the fields the mandate clause writes: not the document's subject a lab edge may add, 以L为创新源头，服务番茄和葵花
  // in a 农畜产品精深加工 plan)
  const clause = /^[^，,。；;]*/.exec(se.text.slice(serves.index + serves[0].length))?.[0] ?? '';
  for (const m of orgs) {
    const lab = m.label === 'Lab' && !m.foreign ? se.entityOf.get(m) : undefined;
    if (!lab) continue;
    for (const t of edges.targets('INNOVATES_FOR', lab.id)) {
      const e = edges.get('INNOVATES_FOR', lab.id, t);
      const name = table.ofKind('Industry').find((x) => x.id === t)?.name ?? '';
      if (name && clause.includes(name) && e?.evidence.some((v) => v.start === se.ev.start && v.end === se.ev.end)) edges.add('SUPPORTS', mid, t, se.ev, JUDGED.planned);
    }
  }
}

/**
 * An industry the document has named before, written again in a measure's sentence where the mention
 * reader did not read it (以美芝为龙头发展变频压缩机 after 上游为变频压缩机…): the measure targets it too.
 * Not inside another name (an organisation, a park, a longer industry), not a kind of firm
 * (…等整机企业), not after intent or application words; a two-character name the lexicon does not know (袜业, 荔枝, 丝网)
 * under the same checks, but not as a task word (强链), a generic word or the head of a longer token (尼龙66).
 */
function namedAgainSupports(scope: SentenceScope, mid: string, skip: (a: number, b: number) => boolean): void {
  const { se, table, edges } = scope;
  const { text, ev, sentence: s, mentions } = se;
  const index = scope.ctx.index;
  const spans = mentions.map((m) => [m.start - s.start, m.end - s.start] as const);
  for (const e of table.industriesNamedIn(text)) {
    if (edges.has('SUPPORTS', mid, e.id)) continue;
    // (a short name the lexicon does not know only where it names a line of its own: not a task word, 1、强链。, nor a
    // generic word, nor the head of a longer token, 尼龙66)
    const short = e.name.length < 3 && !index.industryByName.has(e.name);
    if (short && (/链$/.test(e.name) || isGenericWord(e.name) || !plausibleIndustry(e.name) || text.replace(/^\s*[\d一二三四五六七八九十]+\s*[.．、)）]?\s*|[。；;\s]+$/g, '') === e.name)) continue;
    for (let at = text.indexOf(e.name); at >= 0; at = text.indexOf(e.name, at + 1)) {
      const end = at + e.name.length;
      if (skip(at, end)) continue;
      if (short && /^[0-9A-Za-z]/.test(text.slice(end))) continue;
      const after = text.slice(end);
      const before = text.slice(0, at);
      const founded = foundsFor(before, after);
      // (a shorter term read inside it, 储能 in 储能电芯, does not hide the name the document gave; a lab read over it,
      // 组建P X创新中心, is the lab's: the gold reads such centres both ways, blind32 r04 and blind31 r02)
      if (spans.some(([a, b]) => a < end && b > at && !(a >= at && b <= end && b - a < end - at))) continue;
      // inside a longer word: 智能家电 in 智能家电产业园 is the park's; a kind of firm is who, not what
      // (…but a measure that rewards or backs the firms of a segment the document named targets that segment:
      // 对年营业收入首次突破10亿元的预制菜企业给予奖励 / 支持智能控制器、传感器企业…)
      // (a firm described as what it is, A是国内重要的X企业 / A是较早研制X的企业: X is the firm's industry, no target)
      // (…or a place described as a base of it, P是全国重要的X生产基地)
      if (/(?<!特别|尤其|还|但|或|就|即|而|都|正|也)是[^，,。；;]*$/.test(before) && /^[^，,。；;]*?(?:企业|厂商|厂家|生产基地)/.test(after)) continue;
      // (…and so does a recruitment of its firms, 招引A、B等X企业来P布局: the firms are sought for X)
      // (…unless the sentence goes on to what they are to make there, 招引A等X企业来P布局Y: Y is the target, X who they are)
      const recruited = /等$/.test(before) && RECRUIT_BEFORE.test(before) && !MAKES_AFTER.test(after);
      const firmsOfIt = /^(?:企业|厂商)/.test(after) && (recruited || /(?:对|支持|鼓励|奖励|培育|扶持|引进|招引|推动|推进|的|、|和)$/.test(before)) && !/^(?:企业|厂商)(?:家|户|个)/.test(after);
      // (a body a measure founds for it, 组建P X创新中心 / 建设X中试基地 / 设立X产业发展基金, serves it: the measure targets it)
      if (!firmsOfIt && !founded && /^(?:产业园|园区|基地|集聚区|示范区|企业|厂商|龙头|协会|联盟|研究院|中心|实验室|平台|集团|公司|有限|股份)/.test(after)) continue;
      // (a capacity or a phase between the verb and the name is the project's, 建设年产10万吨X项目 / 建设二期X项目)
      const verbBefore = before.replace(CAPACITY_BEFORE, '');
      if (!founded && /[\u3400-\u9fffA-Za-z0-9]$/.test(verbBefore) && !/(发展|布局|突破|做强|壮大|培育|推动|提升|支持|引进|聚焦|围绕|推进|加快|拓展|重点|投向|打造|建设|新建|扩建|完善|延伸|强化|做大|补齐|补强|深耕|服务|覆盖|涵盖|承接|承担|开展|招引|开发|研发|研制|扩大|带动|和|与|及|的|在|向|为|对|等)$/.test(verbBefore)) continue;
      // (…the carrier or highland a measure builds for it is for it too: 6．建设空天信息载体 / 打造低空飞行器研制高地;
      // and the last of the segments a sentence counts, 带动X和Y两个细分领域发展 / X、Y和Z三个环节)
      if (!founded && /^[\u3400-\u9fffA-Za-z]/.test(after) && !/^(?:产业|领域|环节|行业|和|与|及|、|等|的|企业|集群|产品|项目|发展|产能|市场|能力|水平|配套|供应链|产业链|技术|研发|研制|制造|应用|升级|重大|载体(?:[。；;，,]|$)|(?:[一二三四五]期)?(?:生产线|产线|生产基地|装置|项目)|(?:研制|创新|制造)?高地(?:[。；;，,]|$)|向(?:高端|智能|绿色|价值链|产业链)|迈向|[两二三四五六七八九十]个(?:细分领域|环节|领域|方向|板块|产业|细分)|[两二三四五六七八九十]大(?:环节|领域|方向|板块|产业))/.test(after)) continue;
      // one item of a list whose fellows are no industries (做好科技金融、绿色金融、普惠金融…五篇大文章): a list
      // of something else
      const fellow = /^、([^、，,。；;和与及等]{2,8})/.exec(after)?.[1] ?? /([^、，,。；;和与及]{2,8})、$/.exec(before)?.[1];
      // (a fellow read up to the next mark may run on: 、厨房电器向高端化, 推动定制衣柜、 — a known name at its edge is enough)
      const fellowKnown = (f: string) => !!table.find('Industry', f) || index.isIndustryTerm(f) || table.industriesNamedIn(f).some((o) => o.name.length >= 2 && (f.startsWith(o.name) || f.endsWith(o.name)));
      if (fellow && !fellowKnown(fellow)) continue;
      edges.add('SUPPORTS', mid, e.id, ev, JUDGED.planned);
      break;
    }
  }
}

/** A recruitment verb in the clause before a typed list of firms (重点招引A、B等 / 引进C等). */
const RECRUIT_BEFORE = /(?:招引|引进|吸引|招商|引育)[^，,。；;]*等$/;
/** A product the recruited firms are to make, later in the sentence (来P布局Y / 发展Y): not a seat (布局研发总部 / 设立区域总部). */
const MAKES_AFTER = /(?:布局|发展|生产|投资|建设)(?!研发总部|区域总部|总部|研发中心)[\u3400-\u9fffA-Za-z]{2}/;

/**
 * Whether an industry written between `before` and `after` names the body a measure founds for it: a centre of
 * innovation or a pilot base built or sought for it (组建淮南X创新中心, 建设X中试基地; a place of up to three characters may
 * stand between verb and name), or a fund set up for it (设立规模5亿元的X产业发展基金).
 */
function foundsFor(before: string, after: string): boolean {
  // (not a goal sought, 争创国家X制造业创新中心, whose field is often the nation's wider one; a place of three characters
  // at most, 组建湖南X创新中心, not a longer name the industry ends, 组建湖南省钨铋新材料创新中心)
  if (/^(?:技术|制造业|产业)?创新中心|^(?:工程)?技术研究中心|^中试(?:基地|平台)|^概念验证中心/.test(after)) return /(?:组建|建设|筹建|建立)[\u3400-\u9fff]{0,3}$/.test(before);
  if (/^产业(?:发展|投资)*(?:基金|专项资金)/.test(after)) return /设立[^，,。；;]*$/.test(before);
  return false;
}

/** The organisations' names of a table (4+ Han characters) by their first two characters, with how many entities were read. */
interface OrgNames {
  count: number;
  byHead: Map<string, { name: string; entity: Entity }[]>;
}
const orgNames = new WeakMap<EntityTable, OrgNames>();
const ORG_LABELS = ['Enterprise', 'Lab', 'Park'] as const;

function orgNamesOf(table: EntityTable): OrgNames {
  const count = ORG_LABELS.reduce((n, l) => n + table.ofKind(l).length, 0);
  let ix = orgNames.get(table);
  if (ix && ix.count === count) return ix;
  ix = { count, byHead: new Map() };
  for (const l of ORG_LABELS) {
    for (const entity of table.ofKind(l)) {
      for (const name of new Set([entity.name, ...entity.aliases])) {
        if (name.replace(/[^\u3400-\u9fff]/g, '').length < 4) continue;
        const k = name.slice(0, 2);
        (ix.byHead.get(k) ?? ix.byHead.set(k, []).get(k)!).push({ name, entity });
      }
    }
  }
  for (const v of ix.byHead.values()) v.sort((a, b) => b.name.length - a.name.length);
  orgNames.set(table, ix);
  return ix;
}

/** Where a measure sentence's own text ends and its responsibility part begins (责任单位：… / |县工信局|…): that part mentions no one. */
function measureTextEnd(text: string): number {
  const label = text.search(/(?:责任|牵头|配合|参与)(?:单位|部门)\s*[:：]/);
  const cell = /(?:^|\|)[^|]{6,}\|/.exec(text);
  const cut = cell ? cell.index + cell[0].length - 1 : -1;
  return Math.min(label < 0 ? text.length : label, cut < 0 ? text.length : cut);
}

/**
 * An organisation the document names (a firm, a lab, a park), written again whole in a measure's sentence where no
 * mention was read (支持青禾锆业上市融资 after 以青禾锆业为龙头…): the measure names it. At a word's edge only (after a
 * mark or a word that introduces a name: 支持/依托/和/、…), not inside another organisation's name, not a park named
 * inside a fund's or incubator's name, not in the responsibility part of the measure.
 */
function namedAgainMentions(scope: SentenceScope, mid: string): void {
  const { se, table, edges } = scope;
  const { text, ev, sentence: s, mentions } = se;
  const { byHead } = orgNamesOf(table);
  if (!byHead.size) return;
  const taken = mentions.filter((m) => m.label !== 'Industry').map((m) => [m.start - s.start, m.end - s.start] as [number, number]);
  const end = measureTextEnd(text);
  for (let i = 0; i + 4 <= end; i++) {
    const cands = byHead.get(text.slice(i, i + 2));
    if (!cands) continue;
    const hit = cands.find((c) => text.startsWith(c.name, i) && i + c.name.length <= end);
    if (!hit) continue;
    const j = i + hit.name.length;
    if (taken.some(([a, b]) => a < j && b > i)) continue;
    if (/[\u3400-\u9fff]/.test(text[i - 1] ?? '') && !/[以由在和与及的对向、持托动励导合请织助引进]/.test(text[i - 1]!)) continue;
    if (hit.entity.label === 'Park' && PARK_BODY_AFTER.test(text.slice(j))) continue;
    // (a zone's administration is a department, and a bracket of who leads and who helps is the responsibility part:
    // (市经济和信息化局牵头,钒钛高新区管委会配合))
    if (/^(?:管委会|管理委员会|管理局|管理机构)/.test(text.slice(j)) || inDutyBracket(text, i)) continue;
    if (!edges.has('MENTIONS', mid, hit.entity.id)) edges.add('MENTIONS', mid, hit.entity.id, ev, JUDGED.mention);
    taken.push([i, j]);
    i = j - 1;
  }
}

/** Whether `at` is inside a bracket naming who leads or helps (（市发展改革委牵头，各县区配合）). */
function inDutyBracket(text: string, at: number): boolean {
  const open = Math.max(text.lastIndexOf('(', at), text.lastIndexOf('（', at));
  if (open < 0) return false;
  const close = text.slice(open).search(/[)）]/);
  return close > 0 && open + close > at && /牵头|配合|负责|责任/.test(text.slice(open, open + close));
}

/** A body a park's name opens (P产业投资基金, P科技企业孵化器): the measure names the body, not the park. */
const PARK_BODY_AFTER = /^[\u4e00-\u9fff]{0,8}?(?:基金|孵化器|众创空间|创业服务中心|加速器)/;

/** A capacity or a phase written between a verb and a product (建设年产10万吨…, 建设二期…, 第8.5代…). */
const CAPACITY_BEFORE = /(?:(?:年产|新增)?[\d.]+(?:万|亿)?(?:吨|台|套|辆|件|只|头|片|平方米)|[一二三四五]期|第[\d.]+代)$/;

/** Verbs that open a measure title before what it targets (壮大, 做优, 推进, 建设 …). */
const TITLE_VERB = /^(?:关于)?(?:做强|保障|做优|做大|做精|做实|做深|壮大|培育|发展|提升|推进|推动|支持|巩固|延伸|完善|补齐|补强|突破|打造|建设|加快|扩大|稳定|规范|推广|拓展|深耕|强化|提高|优化|加强|实施|聚焦|引育|布局)+/;
/** What a title says is done with its industry, after it (加工, 提质工程, 产业链条, 品牌, 产业园 …). */
// (…and a task noun before 工程/行动, 绿橙品质提升工程 / 蜂产业壮大工程 / 南药产业化工程 / 唐卡数字化工程)
const TITLE_TAIL =
  /(?:品质提升|质量提升|提升|壮大|振兴|产业化|数字化|标准化|行动|产业链条|产业链|产业集群|产业园|产业|链条|集群|提质增效|提质工程|扩能工程|高端化工程|升级工程|提质|延链|扩能|精细化|高端化|智能化|优势|产品|品牌|品质|精深加工|加工|制造|短板|升级|做大做强|示范|规模|基地建设|基地|能级|价值|供给|配套|核心区|业务|工程|项目|发展|突破|主链|环节|大品种|水平|种植基地|方向|种植面积|基础|网络|国产化|运营|牵引|产业园区)$/;

/**
 * The industries a measure title names between a verb and what is done with them (壮大蜂产品加工 → 蜂产品, 推进盐化工精细化
 * → 盐化工, 培育医疗器械和健康食品 → both): each an industry the document has named or the lexicon knows; nothing when a
 * part is neither (完善创新和金融支撑, 强化人才保障: no industry between verb and tail).
 */
function titleNamedIndustries(scope: SentenceScope, title: string): Entity[] {
  const { table } = scope;
  const index = scope.ctx.index;
  const core = title.trim().replace(TITLE_VERB, '');
  if (/[，,：:、()（）“”"\s]/.test(core)) return [];
  const parts = core.split(/[和与及]/);
  if (parts.length > 2) return [];
  const out: Entity[] = [];
  for (const whole of parts) {
    // (the part as written, else without what is done with it: 铜材加工 when the document names it, else 铜材; a name
    // the document has given before one only the lexicon knows)
    const forms = [whole];
    for (let p = whole; forms.length < 4 && TITLE_TAIL.test(p); ) forms.push((p = p.replace(TITLE_TAIL, '')));
    const ok = forms.filter((p) => p.length >= 2 && !isGenericWord(p) && plausibleIndustry(p));
    const found = ok.map((p) => table.find('Industry', p)).find((x) => x);
    const known = found ? undefined : ok.find((p) => index.lookup(p)?.type === 'industry');
    const e = found ?? (known ? table.industry(known) : undefined);
    // (a title that is a name alone, 1、强链。, is left to the title readers: a verb or a tail makes it a task on a name)
    if (e && core === title.trim() && parts.length === 1 && (found ? e.name === whole || [...e.aliases].includes(whole) : known === whole)) return [];
    if (!e) return [];
    out.push(e);
  }
  return out;
}

/**
 * A sentence that goes on, after a typed list of firms, to develop something (依托A等X企业和B等Y企业，发展P和Q): the measure
 * targets P, Q; X, Y say who the firms are. With the list's `kind`, also a sentence that goes on to local supply only and
 * names no X again (依托A等X企业和B等Y企业，提升本地配套率 / 完善本地配套 / 推动上下游就近配套): the firms are the suppliers it
 * relies on, not what it grows (提高本地面料和印花配套比例 names them again: they are its target).
 */
export function developsAfter(text: string, from: number, kind?: string): boolean {
  // (from after the last typed list of the run, 和C等Y企业: a firm's name, 祁门红茶发展集团, develops nothing)
  const rest = text.slice(from).replace(/^[^。；;]*?等[^，,。；;等]{1,12}企业(?!.*等[^，,。；;等]{1,12}企业)/, '');
  if (/(?:发展|布局|拓展)[^，,。；;、]{2}|开展[^，,。；;]{2,20}研发/.test(rest)) return true;
  // (a kind of the run named again, whole or by its head, 泳装面料企业 … 提高本地面料配套比例, or 船舶总装企业 … 推动总装企业向本地
  // 配套企业开放供应链: the firms are the rest's subject, not suppliers)
  if (!kind || !/配套/.test(rest)) return false;
  const kinds = [kind, ...[...text.matchAll(/等([^，,。；;、等]{2,12})企业/g)].map((m) => m[1]!)];
  return !kinds.some((k) => rest.includes(k) || (k.length > 2 && rest.includes(k.slice(-2))));
}
