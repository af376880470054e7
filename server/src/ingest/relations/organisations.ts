// Edges from organisations: MENTIONS (measure → organisation), IN_INDUSTRY / INNOVATES_FOR / HOSTS to
// the industries the sentence ties them to, LEADS (由E牵头建设L) — each with how the sentence states
// it (judge.ts). A list sentence is not a cross-product of facts:
//   - a typed list says which firm makes what: 依托A、B等面板企业和C、D等玻璃基板企业 → A, B in 面板
//     (stated); the other industries of the sentence are not theirs by that sentence (listed);
//   - an untyped list of n organisations with a list of k industries (依托A、B，发展X、Y) pairs
//     nothing: each pair is `listed` (weak, the more pairs the weaker); one side alone (n = 1 or
//     k = 1) states the tie;
//   - intent for named actors (鼓励/支持/引导/推动 A 布局 X) is `encouraged`, not membership;
//   - to connect with (对接/链接) a firm is not to have it: its industries are `listed`;
//   - the industry the sentence sits under (a heading, a lead, a measure title) is stated for the
//     organisations it relies on.
import { developsAfter } from './supports.ts';
import type { Judged } from '../../basis.ts';
import { plausibleBareName, type Enumeration, type Mention } from '../entities/enumerations.ts';
import type { SentenceEntities } from '../entities/index.ts';
import { industryOf } from '../entities/index.ts';
import { plausibleIndustry } from '../entities/list-items.ts';
import type { Entity } from '../entities/table.ts';
import { isGenericName, typeBySuffix } from '../entities/typing.ts';
import { words } from '../entities/segment.ts';
import { joinedParts } from '../resolve/joined.ts';
import { branchedSubject, headingLevel, titleAbout } from './industries.ts';
import { JUDGED, listed } from './judge.ts';
import { HOST_VERBS, leadsPairs, roleOf } from './patterns.ts';
import { entityOf, uniq, type SentenceScope } from './scope.ts';

/** An organisation introduced by one of these verbs starts a new tie (支持A发展X，支持B发展Y; 以A为龙头发展X，以B为龙头发展Y). */
const NEW_SUBJECT = /(支持|依托|鼓励|推动|引导|发挥|借助|借重|对接|引进|在|[，,；;]以|[，,；;])$/;
/** Lists that say what is developed (重点发展A、B和C): their industries count under an industry heading too. */
const DEV_BEFORE = /(做强做优|做优做强|做大做强|做强|做优|做精|重点发展|重点支持|重点布局|前瞻布局|大力发展|积极发展|聚焦发展|加快发展|发展|布局|聚焦|培育|研发|研制|拓展|拓宽|延伸至|延伸到)$/;
/** Intent for named actors: the verb right before the organisation (or its list). */
/** Firms to be attracted (重点招引A、B等企业来X布局Y / 积极引进C): wanted, not yet there (已引进/先后引进 is what came). */
const WOOED = /(?:招引|(?:重点|积极|加快|大力|着力|定向)引进)$/;
const INTENT = new RegExp(`(?:鼓励|支持|引导|推动|推进|吸引|争取|扶持|帮助)$|${WOOED.source}`);
/**
 * A clause that opens by wooing firms (重点招引A、B等X企业来P布局Y / 引进C、D等Y企业配套项目): the firms it names are wanted,
 * however the names were read (a name read short, 聚光科技 → 光科技, leaves 招引聚 before it). Only at the clause's opening:
 * 已引进 / 先后引进 / 2023年引进 are what came.
 */
const WOOED_OPENING = /^\s*(?:重点|积极|加快|大力|着力|定向)?(?:招引|引进)(?!了)/;
/** What follows a lab's name when the name only qualifies another body's: 航天五院卫星应用产业化发展平台. */
const MODIFIER_OF = /^(?![等和及与为的、])(?:(?![等和及与为的])[\u4e00-\u9fffA-Za-z0-9]){2,14}?(平台|基地|产业园|园区)(?![\u4e00-\u9fff])/;
/** Joining others under the sentence's intent (鼓励A…，联合B…): B is as encouraged as A. */
const JOINED = /(联合|携手|会同|协同)$/;
/** Connecting with an organisation (often outside the area): its fields are not the sentence's ties. */
const LINK = /(对接|深度对接|链接|联系|对标|借鉴)$/;
/** A head the two parts of a joined name may share (火箭和卫星部组件, 质粒和病毒载体CDMO服务): one line, not two. */
const SHARED_HEAD = /(部组件|零部件|部件|组件|配件|元器件|器件|材料|装备|设备|系统|软件|芯片|模组|服务)$/;
/** Kinds of firm too general to be an industry of their own: 材料企业, 设备企业. */
const GENERIC_KIND = /^(材料|设备|装备|零部件|部件|器件|产品|原料|软件|硬件|服务|制造|生产|研发|应用)$/;
/** Words that describe a firm rather than name its industry: …等龙头企业 / 等科技型企业. */
const NOT_CATEGORY = /^(一批|一系列|各类|行业|国内|国际|知名|重点|优势|龙头|骨干|代表|代表性|核心|特色|明星|领军|头部|标杆|科技型|高新技术|创新型|专精特新|中小|大|优质|本地|外资|民营|国有|链主|配套|有潜力的|上市|平台|潜力|高成长|成长型|独角兽|瞪羚|雏鹰|小巨人|龙头骨干|重点骨干|示范|制造业|服务业|实体|生产性|相关|上下游)+$/;

/**
 * How many of a sentence's organisations get industry ties read (tiesFor scans the sentence's mentions per organisation:
 * quadratic in them). A sentence of the genre names a few dozen at most; a hostile file of one 20 KB sentence naming a
 * thousand took seconds. The rest still get their MENTIONS.
 */
const MAX_TIED_ORGS = 200;

/** A body a park's name opens (P产业投资基金, P科技企业孵化器, P创业服务中心, P众创空间), not a place it is built in (P建设…孵化器). */
const PARK_BODY = /^(?:(?!建设|设立|布局|打造|新建|组建|引进|培育|支持|依托|[内中的和与及、，,])[\u4e00-\u9fff]){0,8}?(?:基金|孵化器|众创空间|创业服务中心|加速器)/;

export function organisationEdges(scope: SentenceScope): void {
  const { se, orgs, edges } = scope;
  const { text, ev, lists, sentence: s } = se;
  let tied = 0;
  let masked: string | undefined;
  let insideLonger: ((m: Mention) => boolean) | undefined;
  for (const m of orgs) {
    const x = entityOf(scope, m);
    // 设立规模8亿元的承德高新区产业投资基金 / 依托P科技企业孵化器 / 入驻P众创空间: a park named inside the name of a fund or an
    // incubator says whose that body is; the measure names the body, not the park (nor does the park do what the body does)
    if (m.label === 'Park' && PARK_BODY.test(text.slice(m.end - s.start))) continue;
    if (se.measureId) edges.add('MENTIONS', se.measureId, x.id, ev, JUDGED.mention);
    if (m.foreign) continue;
    // 打造航天五院卫星应用产业化发展平台: a lab named inside another body's name is its modifier, not the actor
    if (m.label === 'Lab' && MODIFIER_OF.test(text.slice(m.end - s.start))) continue;
    const role = roleOf(m, lists, text, s.start);
    // 位于P1的P2重点发展X / P1内的P2…: P1 only says where P2 is; what follows is P2's, not the wider zone's
    if (m.label === 'Park' && locatesAnother(scope, m)) continue;
    // 邹平经济技术开发区铝深加工产业园: a zone's name read inside a longer park's name only says where that park is
    if (m.label === 'Park' && (insideLonger ??= longerParkCover(orgs))(m)) continue;
    // 在P建设Q园/Q专区，重点发展X: P is where the park Q is built; the focus is Q's (a project built in P, 在P建设…项目, leaves P's)
    if (m.label === 'Park' && buildsPark(scope, m)) continue;
    if (++tied > MAX_TIED_ORGS) continue;
    for (const { entity: t, judged } of tiesFor(scope, m, (masked ??= maskedText(text, orgs, s.start)))) {
      if (m.label === 'Lab') edges.add('INNOVATES_FOR', x.id, t.id, ev, judged);
      else if (m.label === 'Enterprise') edges.add(role === 'source' ? 'INNOVATES_FOR' : 'IN_INDUSTRY', x.id, t.id, ev, judged);
      else if (m.label === 'Park' && (role === 'host' || role === 'basis' || HOST_VERBS.test(text) || /^\s*[(（]/.test(text))) {
        if (role !== 'source') edges.add('HOSTS', x.id, t.id, ev, judged.basis === 'stated' ? JUDGED.planned : judged);
      }
    }
  }
  typedListEdges(scope);
  copulaFirmEdges(scope);
  respectiveCopulaEdges(scope);
  divisionFirmEdges(scope);
  bracketTypedEdges(scope);
  ledSegmentEdges(scope);
  servedLabLineEdges(scope);
  sourceMandateEdges(scope);
  const intentBefore = (e: Mention) => INTENT.test(before(scope, e));
  for (const [e, l] of leadsPairs(orgs, text, s.start)) {
    if (e.foreign || l.foreign) continue;
    edges.add('LEADS', entityOf(scope, e).id, entityOf(scope, l).id, ev, intentBefore(e) ? JUDGED.encouraged : JUDGED.stated);
  }
}

/** Work counter for tests (test/unit/fix28-*.test.ts): the parks longerParkCover looks at. */
export const parkCoverWork = { steps: 0 };

/**
 * Whether a longer park's name covers a park's (邹平经济技术开发区 inside 邹平经济技术开发区铝深加工产业园), asked of the
 * sentence's parks sorted once by start (the furthest end of those starting before, or at, the park), not of every
 * organisation for each park. A cover is longer when it starts before the park or ends after it.
 */
function longerParkCover(orgs: Mention[]): (m: Mention) => boolean {
  const parks = orgs.filter((o) => o.label === 'Park').sort((a, b) => a.start - b.start);
  parkCoverWork.steps += orgs.length;
  const starts = parks.map((p) => p.start);
  const furthest: number[] = [];
  const endAt = new Map<number, number>();
  for (const p of parks) {
    furthest.push(Math.max(furthest.at(-1) ?? -Infinity, p.end));
    endAt.set(p.start, Math.max(endAt.get(p.start) ?? -Infinity, p.end));
  }
  return (m) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      parkCoverWork.steps++;
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < m.start) lo = mid + 1;
      else hi = mid;
    }
    // (a park starting before this one and reaching its end, or one starting with it and ending after it)
    return (lo > 0 && furthest[lo - 1]! >= m.end) || (endAt.get(m.start) ?? -Infinity) > m.end;
  };
}

/**
 * A lab line saying what its labs serve (创新平台：L1、L2服务X和Y / ■创新平台：L1、L2服务X产业): the joint mandate of the labs
 * it names, each lab for each field (stated), like 以L1、L2为创新源头，服务X和Y. Only labs read before the verb, and fields
 * that read as industries.
 */
const SERVED_LAB_LINE = /^[\s■●▲◆·•]*(?:创新平台|研发平台|支撑高校|高校院所|科研院所|创新资源)\s*[:：]\s*([^:：。；;]+?)(服务于|服务|支撑|助力)([^:：。；;，,]{2,40}?)(?:产业|领域|研发|发展)*(?=[。；;]|$)/;

function servedLabLineEdges(scope: SentenceScope): void {
  const { se, table, edges } = scope;
  {
    const m = SERVED_LAB_LINE.exec(se.text.trim());
    if (!m) return;
    const itemsAt = se.sentence.start + se.text.search(/[:：]/) + 1;
    const verbAt = itemsAt + se.text.slice(itemsAt - se.sentence.start).indexOf(m[2]! + m[3]!);
    const labs = se.mentions.filter((x) => x.label === 'Lab' && !x.foreign && x.start >= itemsAt && x.end <= verbAt).map((x) => se.entityOf.get(x)).filter((x): x is Entity => x?.label === 'Lab');
    if (!labs.length) return;
    table.at(se.sentence.start);
    const fields = m[3]!.split(/[、和]/).map((x) => x.trim()).filter((x) => x.length >= 2);
    for (const f of fields) {
      const known = table.find('Industry', f);
      if (!known && (!plausibleIndustry(f) || isGenericName(f, '', () => false) || typeBySuffix(f))) continue;
      const ind = known ?? table.industry(f, undefined, 'segment');
      if (ind.properties.level === 'system') continue;
      for (const lab of labs) edges.add('INNOVATES_FOR', lab.id, ind.id, se.ev, JUDGED.stated);
    }
  }
}

/**
 * 以L1、L2为创新源头，服务X和Y两大产业 / …，服务X和Y，建设…基地: the clause right after the source labs is their joint
 * mandate, each lab for each field it names (stated), whatever clause follows — not a list cross-product, and not tied
 * to what a later clause builds (光伏与储能…人才培养基地). Only labs of the 以…为创新源头 clause. The fields are the
 * research objects the entity reader found in the clause; where it found none (a count word closing the list,
 * 两大产业 / 两个领域), the clause's items as written, each of which must read as an industry (an item joining two,
 * A及B, or naming none leaves the mandate unread).
 */
const SOURCE_MANDATE = /(?:^|[，,。；;：:])\s*以([^，,。；;：:]{2,80}?)为(?:(?:创新)?源头|(?:技术|创新|科技)?(?:支撑|依托))[，,](服务于|服务|支撑|助力)([^，,。；;：:“”"（）()|.．]{2,40})(?=[，,。；;|.．]|$)/;
/** What closes the whole mandate (its activity and the words before it): 研发, 关键技术攻关, 研发和检测. */
const MANDATE_ACT = /(研发和产业化|研发与产业化|研发和检测|研发|研究|攻关|迭代|升级|发展|关键共性技术|关键技术|共性技术|核心技术|技术|设计)$/;
/** A count closing a list of fields (两大产业, 两个领域, 三大集群). */
const MANDATE_COUNT = /[两二三四五六七八九十](?:大|个|条)(?:产业链|产业|领域|方向|板块|集群|链条)$/;

/** Where a sentence's 以L为创新源头，服务X clause puts its labs and their mandate (sentence offsets), if it has one. */
function mandateSpans(se: SentenceEntities): { labsStart: number; labsEnd: number; clauseStart: number; clauseEnd: number } | undefined {
  const m = SOURCE_MANDATE.exec(se.text);
  if (!m) return undefined;
  const labsStart = se.sentence.start + m.index + m[0].indexOf('以') + 1;
  const clauseStart = se.sentence.start + m.index + m[0].length - m[3]!.length;
  return { labsStart, labsEnd: labsStart + m[1]!.length, clauseStart, clauseEnd: clauseStart + m[3]!.length };
}

function sourceMandateEdges(scope: SentenceScope): void {
  const { se, table, edges } = scope;
  const m = SOURCE_MANDATE.exec(se.text);
  if (!m) return;
  const labsStart = se.sentence.start + m.index + m[0].indexOf('以') + 1;
  const labsEnd = labsStart + m[1]!.length;
  const labs = uniq(
    se.mentions
      .filter((x) => x.label === 'Lab' && !x.foreign && x.start >= labsStart && x.end <= labsEnd)
      .map((x) => se.entityOf.get(x))
      .filter((x): x is Entity => x?.label === 'Lab'),
  );
  if (!labs.length) return;
  const clauseStart = se.sentence.start + m.index + m[0].length - m[3]!.length;
  const clauseEnd = clauseStart + m[3]!.length;
  // the research objects the entity reader found in the mandate
  const read = se.mentions.filter((x) => x.label === 'Industry' && x.start >= clauseStart && x.end <= clauseEnd && x.list !== undefined && se.lists.find((l) => l.index === x.list)?.research);
  let inds: Entity[] = [];
  table.at(se.sentence.start);
  const field = (f: string): Entity | undefined =>
    f.length >= 2 && f.length <= 12 && !/[与和及、等]/.test(f) ? (table.find('Industry', f) ?? (plausibleIndustry(f) && !isGenericName(f, '', () => false) && !typeBySuffix(f) ? table.industry(f, undefined, 'segment') : undefined)) : undefined;
  // (each item as written, 晶硅光伏, not a shorter known term inside it, 光伏: the item names the field; an item the
  // reader left joined by 和, 轴承和智能机器人, is each of its two halves; any other item is the term read in it)
  for (const x of read) {
    const it = se.lists.find((l) => l.index === x.list)?.items.find((i) => i.start <= x.start && x.end <= i.end);
    const whole = it ? se.text.slice(it.start - se.sentence.start, it.end - se.sentence.start) : '';
    // (和 only: 细胞与基因治疗 is one field's name)
    const halves = whole.split('和');
    const own = halves.length === 2 ? halves.map(field) : [field(whole)];
    if (own.every((e) => e)) inds.push(...(own as Entity[]));
    else {
      const e = se.entityOf.get(x);
      if (e) inds.push(e);
    }
  }
  inds = uniq(inds);
  // the mandate's items as written: the activity and a count closing the list peeled off (苹果和核桃两条产业链 → 苹果, 核桃)
  let obj = m[3]!.trim();
  const count = MANDATE_COUNT.exec(obj);
  if (count) obj = obj.slice(0, obj.length - count[0].length);
  for (let t = MANDATE_ACT.exec(obj); t && obj.length > t[0].length + 1; t = MANDATE_ACT.exec(obj)) obj = obj.slice(0, obj.length - t[0].length);
  const fields = obj.split(/[、和]/).map((x) => x.trim());
  if (!read.length) {
    // (only a list of fields the count closes, or one the reader could not read for another reason: two items at most
    // without a count)
    if (fields.length < 2 || fields.some((f) => f.length < 2 || f.length > 12 || /[与及或等]/.test(f))) return;
    for (const f of fields) {
      const e = field(f);
      if (!e) return;
      inds.push(e);
    }
  } else if (count && fields.length >= 2) {
    // (a list the count closes whose other items the reader read, 服务尼龙66和尼龙6两大方向 with 尼龙66 read: an item it left
    // unread is a field of the mandate too, when it reads as one)
    const readText = read.map((x) => x.surface);
    for (const f of fields) {
      if (readText.some((r) => f.includes(r))) continue;
      const e = field(f);
      if (e) inds.push(e);
    }
  }
  inds = inds.filter((i) => i.properties.level !== 'system');
  for (const ind of inds) for (const lab of labs) edges.add('INNOVATES_FOR', lab.id, ind.id, se.ev, JUDGED.stated);
}

/**
 * A firm the sentence says is one of an industry's (A是我市X产业的龙头企业 / A是国内重要的X生产企业 / A是高新区X和Y的骨干企业 /
 * A是B在粤西布局的X生产基地): the copula names what the firm makes, so each industry read inside the clause is the
 * firm's (stated). Only the clause right after the firm, ending on its kind word (企业, 生产基地), with no verb of
 * intent or making (支持/发展) inside: A是…的重点支持对象 says nothing of the kind.
 */
const COPULA_FIRM = /^(?:[（(][^（）()]{1,12}[）)])?(?:也|还|已|已经)?(?:是|作为)([^，,。；;：:是为企等]{2,36}?)(?:企业|厂商|制造商|供应商|生产商|(?:生产|制造|研发)基地)(?=$|[，,。；;、.])/;

function copulaFirmEdges(scope: SentenceScope): void {
  const { se, orgs, table, edges } = scope;
  const { text, ev, sentence: s } = se;
  // the firms of the clause openings: the sentence's mentions, and a firm the document names that opens a clause of its
  // own (其中A是… / …，B是…: a second naming of a firm in one sentence is not always read as a mention)
  const firms: { firm: Entity; start: number; end: number }[] = orgs.filter((m) => m.label === 'Enterprise' && !m.foreign).map((m) => ({ firm: entityOf(scope, m), start: m.start - s.start, end: m.end - s.start }));
  for (const o of text.matchAll(/(?<=^|[，,。；;.．])(?:其中)?([\u4e00-\u9fffA-Za-z0-9]{2,16}?)(?=(?:也|还|已经?)?是)/g)) {
    // (a firm the document names later, 首钢水钢是…的主要生产企业 before 依托首钢水钢…, is the same firm here)
    const known = table.find('Enterprise', o[1]!) ?? table.all().find((e) => e.label === 'Enterprise' && (e.name === o[1] || e.aliases.has(o[1]!)));
    const end = o.index + o[0].length;
    if (known && !firms.some((f) => f.end === end)) firms.push({ firm: known, start: end - o[1]!.length, end });
  }
  // A、B、C是全省X产业的龙头企业: every firm of a subject joined by 、/和/与/及 is what the copula after the last one says.
  // Where each firm's run of joined firms ends, found once from the right (a list of n firms costs O(n), not O(n²)).
  const byStart = new Map(firms.map((f) => [f.start, f] as const));
  const runEnd = new Map<number, number>();
  const endOf = (own: number): number => {
    const known = runEnd.get(own);
    if (known !== undefined) return known;
    let end = own;
    const stack: number[] = [];
    for (let next; /[、和与及]/.test(text[end] ?? '') && (next = byStart.get(end + 1)) && !runEnd.has(end); end = next.end) stack.push(end);
    const last = runEnd.get(end) ?? end;
    for (const e of stack) runEnd.set(e, last);
    runEnd.set(own, last);
    return last;
  };
  for (const { firm, end: own } of firms) {
    const end = endOf(own);
    const c = COPULA_FIRM.exec(text.slice(end));
    if (!c || /(支持|鼓励|引导|推动|发展|培育|引进|招引|打造|争创|力争|建设|对标)/.test(c[1]!)) continue;
    for (const name of copulaIndustries(c[1]!)) {
      // (A是全省最大的益智加工企业 in a document about 益智: processedOf)
      const crop = processedOf(scope, name);
      if (crop) {
        edges.add('IN_INDUSTRY', firm.id, crop.id, ev, JUDGED.stated);
        continue;
      }
      const known = table.find('Industry', name);
      const lx = scope.ctx.index.lookup(name);
      if (!known && lx && lx.type !== 'industry') continue;
      if (!known && (!plausibleIndustry(name) || isGenericName(name, '', () => false) || NOT_CATEGORY.test(name))) continue;
      const ind = known ?? table.industry(name, undefined, 'segment');
      if (ind.properties.level === 'system') continue;
      edges.add('IN_INDUSTRY', firm.id, ind.id, ev, JUDGED.stated);
    }
  }
}

/**
 * Firms joined in one subject that a copula pairs one by one with the industries it names (A和B分别是X和Y生产企业 /
 * A、B和C分别为X、Y和Z的骨干企业): the i-th firm is in the i-th industry (stated); no firm is in another's (分别 says so).
 * Only where the subject is nothing but the firms joined by 、/和/与/及, ending right at 分别, and the copula names as many
 * industries as there are firms.
 */
const RESPECTIVE = /^分别(?:是|为)([^，,。；;：:是为企等]{2,40}?)(?:企业|厂商|制造商|供应商|生产商|(?:生产|制造|研发)基地)(?=$|[，,。；;、.])/;

function respectiveCopulaEdges(scope: SentenceScope): void {
  const { se, orgs, table, edges } = scope;
  const { text, ev, sentence: s } = se;
  for (const at of [...text.matchAll(/分别(?:是|为)/g)].map((x) => x.index)) {
    const c = RESPECTIVE.exec(text.slice(at));
    if (!c || /(支持|鼓励|引导|推动|发展|培育|引进|招引|打造|争创|力争|建设|对标)/.test(c[1]!)) continue;
    // the subject: firms back from 分别, each joined to the next by one joining mark, opening the clause
    // (a firm the document names in full elsewhere may stand here unread, or by its name without the place: 北人印刷机械 for
    // 陕西北人印刷机械)
    const firms: Entity[] = [];
    let end = at;
    for (;;) {
      const m = orgs.find((o) => o.label === 'Enterprise' && !o.foreign && o.end - s.start === end);
      const bare = m ? undefined : /[\u4e00-\u9fffA-Za-z0-9()（）]{4,30}$/.exec(text.slice(0, end).split(/[、和与及，,。；;：:.．\s]/).pop() ?? '')?.[0];
      const known = bare ? table.all().find((e) => e.label === 'Enterprise' && (e.name === bare || e.aliases.has(bare) || (e.name.endsWith(bare) && bare.length >= 4 && /^[\u4e00-\u9fff]{2,4}$/.test(e.name.slice(0, -bare.length))))) : undefined;
      // (…or by a bare name the subject's place gives a firm's reading: 上饶博能客车 in 爱驰汽车和上饶博能客车分别是…生产企业)
      const f = m ? entityOf(scope, m) : (known ?? (bare && plausibleBareName(bare) && !table.find('Industry', bare) && !typeBySuffix(bare) ? table.org(bare, 'Enterprise') : undefined));
      if (!f) break;
      firms.unshift(f);
      const start = m ? m.start - s.start : end - bare!.length;
      if (start > 0 && /[、和与及]/.test(text[start - 1]!)) end = start - 1;
      else {
        end = start;
        break;
      }
    }
    if (firms.length < 2 || (end > 0 && !/[，,。；;.．:：\s]/.test(text[end - 1]!))) continue;
    const names = copulaIndustries(c[1]!);
    if (names.length !== firms.length) continue;
    const inds: Entity[] = [];
    for (const name of names) {
      const known = table.find('Industry', name);
      const lx = scope.ctx.index.lookup(name);
      if (!known && lx && lx.type !== 'industry') break;
      if (!known && (!plausibleIndustry(name) || isGenericName(name, '', () => false) || NOT_CATEGORY.test(name))) break;
      const ind = known ?? table.industry(name, undefined, 'segment');
      if (ind.properties.level === 'system') break;
      inds.push(ind);
    }
    if (inds.length !== firms.length) continue;
    firms.forEach((f, i) => edges.add('IN_INDUSTRY', f.id, inds[i]!.id, ev, JUDGED.stated));
  }
}

/** Words of a firm's standing, not of its field: 龙头, 主要生产, 国内重要. */
const STANDING = /(?:链主|龙头|骨干|主要|重要|核心|领军|重点|知名|领先|最大|大型|优秀|代表性|代表|标杆|主力|配套|生产|制造|研发|供应)+$/;
/** Where the firm stands, before its field: 我市, 全市, 国内, 高新区. */
const WHERE = /^(?:我市|全市|本市|市域|我省|全省|本省|省域|我区|全区|本区|我州|全州|我县|全县|县域|国内|省内|市内|县内|区内|州内|镇内|县域内|全国|全球|国际|世界|区域|行业内|高新区|开发区|经开区|园区|新区|[\u4e00-\u9fff]{1,4}(?:省|市|县|州)(?=[\u4e00-\u9fff]{2}))/;
/** Standing or size opening the field after where (县内骨干矿产 → 矿产, 区内规模最大工业硅 → 工业硅; not 大型, a kind of product: 大型锻件). */
const LEADING_STANDING = /^(?:规模)?(?:最大|骨干|龙头|重要|主要|领先|知名|重点|核心)+/;
/** What the firm was early or first to do, opening the field (较早从事X和Y / 率先开展X研发 / 较早研制X → X). */
const EARLY_ACT = /^(?:较早|率先|最早|首家|首批|最先|专业|长期|一直)?(?:从事|研制|开展|专注于|专注|致力于|生产|研发|制造)(?=[\u4e00-\u9fffA-Za-z0-9]{2})/;
/** How the firm trades its field, closing it (X出口 / X品牌 / X产品出口 → X): a trade or a brand is no segment of its own. */
const TRADE_TAIL = /(?:产品)?(?:出口|外贸|品牌)$/;

/** The industries a copula names (我市煤炭产业的龙头 → 煤炭; 全市焦炭和钢铁的主要生产 → 焦炭, 钢铁; 国内重要的航空精密铸件生产 → 航空精密铸件). */
function copulaIndustries(phrase: string): string[] {
  const parts = phrase.split('的').map((p) => {
    const q = p.replace(STANDING, '').replace(WHERE, '').replace(LEADING_STANDING, '').replace(EARLY_ACT, '').replace(/(?:产业链|产业|行业|领域)$/, '').replace(STANDING, '');
    const t = q.replace(TRADE_TAIL, '').replace(STANDING, '');
    return t.length >= 2 ? t : q;
  });
  const field = [...parts].reverse().find((p) => p.length >= 2);
  if (!field || /[在于从向]/.test(field)) return [];
  return field.split(/[和及与、]/).map((x) => x.replace(WHERE, '').replace(/(?:产业|行业)$/, '')).filter((x) => x.length >= 2);
}

/**
 * A firm typed by a bracket of several segments (■上游环节：广东超华科技（电子铜箔、覆铜板）、梅州威利邦电子科技（覆铜板） /
 * 代表企业：隆基绿能（单晶硅棒、硅片）): the firm is in each segment its own bracket names (stated), never in a neighbour's.
 * Only brackets whose every item reads as an industry (not 下属/旗下 lists, places, abbreviations or 以下简称), closed
 * where the list item ends. (A bracket of one segment is read with the firm's kind: kindWordOf.)
 *
 * So is a firm of a list where each firm is typed by the one product its bracket names (已集聚A（铝电解电容器）、B（电极箔）等
 * 骨干企业 / 本地已有C（陶瓷膜）、D（生物填料）等配套企业 / 已集聚E(番茄制品)、F(葵花种子)等龙头企业): the list's kind word says
 * nothing (骨干, 龙头, 配套), the brackets say what each firm makes. Only where two or more firms of the sentence carry such a
 * bracket (one bracket alone may be a place, a short name or a former name), and only the firm's own bracket, read right
 * after its name (a bracket the name reader glued to the name, 湖南晶益电子(石英晶振), is a name to mend first: entities).
 */
function bracketTypedEdges(scope: SentenceScope): void {
  const { se, orgs, table, edges } = scope;
  const { text, ev, sentence: s } = se;
  const okItem = (x: string) =>
    x.length >= 2 &&
    plausibleIndustry(x) &&
    !isGenericName(x, '', () => false) &&
    !/[省市区县镇]$|有限|公司|集团|简称|下属|旗下/.test(x) &&
    scope.ctx.index.lookup(x)?.type !== 'org' &&
    !(words(x).length === 1 && /^(ns|nr)$/.test(words(x)[0]?.tag ?? ''));
  // (brackets closing list items: 艾华集团（铝电解电容器）、益阳华宇电子材料（电极箔）…等)
  const several = (text.match(/[（(][^（）()]{2,40}[）)](?=$|[、，,等和及。；;])/g) ?? []).length >= 2;
  const typed: { m: Mention; items: string[] }[] = [];
  for (const m of orgs) {
    if (m.label !== 'Enterprise' || m.foreign) continue;
    const b = /^[（(]([^（）()；;：:。]{2,40})[）)](?=$|[、，,。；;等和及])/.exec(text.slice(m.end - s.start));
    if (!b) continue;
    const items = b[1]!.split(/[、，,]/).map((x) => x.trim());
    if (/^(?:下属|旗下|含|包括|以下简称|简称)/.test(b[1]!) || !items.every(okItem)) continue;
    if (items.length >= 2 || several) typed.push({ m, items });
  }
  for (const { m, items } of typed) {
    const firm = entityOf(scope, m);
    for (const x of items) {
      const ind = table.find('Industry', x) ?? table.industry(x, undefined, 'segment');
      edges.add('IN_INDUSTRY', firm.id, ind.id, ev, JUDGED.stated);
    }
  }
}

/**
 * A leading firm and what it is to carry (以A为链主，带动X和Y发展 / 以B为龙头，带动X、Y和Z三个环节协同发展 / 以C为链主，带动X、Y和Z
 * 三个环节 / 带动X和Y两个环节做大做强 / 带动X、Y和Z三条产品线协同发展 / 带动X和Y扩产提质): the firm is in each segment the clause names (stated: one firm, its own lines, the genre's 1×n), read here
 * where the entity reader took no industry in the object (带动X和Y发展 is no development list to it). Not kinds of firm
 * (带动A、B等配套企业 / 带动X和Y配套企业协同发展: the suppliers are in those), not a bare 带动X本地配套, not under intent
 * (支持以A为龙头…), and only when every item reads as an industry.
 */
const LED_SEGMENTS = /以([^，,。；;：:]{2,40}?)为(?:链主|龙头)(?:企业)?[，,]\s*带动([^，,。；;：:]{2,60}?)(?:([两二三四五六七八九十](?:个|条|大)(?:细分领域|细分环节|环节|领域|方向|板块|产品线|系列))(?:协同|加快|集聚|融合|延链)?(?:发展|做大做强|做优做强|发展壮大|扩产提质|提质扩产|提质增效)?|(?:协同|加快|集聚|融合|延链)?(?:发展|扩产提质|提质扩产|提质增效))(?=[，,。；;]|$)/g;

function ledSegmentEdges(scope: SentenceScope): void {
  const { se, orgs, inds, table, edges } = scope;
  const { text, ev, sentence: s } = se;
  for (const m of text.matchAll(LED_SEGMENTS)) {
    const at = m.index!;
    const leadStart = s.start + at + 1;
    const leadEnd = leadStart + m[1]!.length;
    const objStart = s.start + at + m[0].indexOf('带动') + 2;
    const objEnd = objStart + m[2]!.length;
    const clauseHead = text.slice(0, at).split(/[，,。；;：:]/).at(-1) ?? '';
    if (/(支持|鼓励|引导|推动|争取|力争)/.test(clauseHead)) continue;
    const firms = orgs.filter((o) => o.label === 'Enterprise' && !o.foreign && o.start >= leadStart && o.end <= leadEnd);
    if (firms.length !== 1) continue;
    // (kinds of firm and firms are no segments)
    if (orgs.some((o) => o.start >= objStart && o.end <= objEnd)) continue;
    const obj = m[2]!;
    if (/企业|公司|集团|厂商|配套|上下游|产业链/.test(obj)) continue;
    // an item the entity reader took as an industry is that industry (the whole item, or the one industry read in it):
    // under a heading, tiesFor keeps only what the sentence develops (发展/布局…), and 带动 is no such verb to it
    const read = inds.filter((i) => i.start >= objStart && i.end <= objEnd);
    let pos = objStart;
    const items = obj.split(/([、]|和|及|与)/).flatMap((x, k) => {
      const start = pos;
      pos += x.length;
      return k % 2 === 0 ? [{ text: x.trim(), start, end: pos }] : [];
    });
    const readIn = (it: { start: number; end: number }) => uniq(read.filter((i) => i.start >= it.start && i.end <= it.end).map((i) => entityOf(scope, i)));
    const plausible = (x: string) => x.length >= 2 && plausibleIndustry(x) && !isGenericName(x, '', () => false) && !NOT_CATEGORY.test(x);
    if (items.length > 6 || !items.every((it) => readIn(it).length === 1 || plausible(it.text))) continue;
    const firm = entityOf(scope, firms[0]!);
    for (const it of items) {
      const own = readIn(it);
      const ind = table.find('Industry', it.text) ?? (own.length === 1 && !plausible(it.text) ? own[0]! : own.length === 1 && own[0]!.name === it.text ? own[0]! : table.industry(it.text, undefined, 'segment'));
      if (ind.properties.level === 'system') continue;
      edges.add('IN_INDUSTRY', firm.id, ind.id, ev, JUDGED.stated);
    }
  }
}

/**
 * A clause led by a division the document has named as an industry (发动机板块以A为链主 / 变速箱板块集聚了B、C等配套企业 /
 * 汽车电子板块已落户D等企业, after 汽车零部件产业包括发动机、车桥、变速箱、汽车电子四大板块; 乳业集群以A、B为龙头 / 光伏材料集群
 * 已集聚C、D等企业, after 以乳业、光伏材料…为主导的现代产业体系): the firms of the clause are in that
 * division (stated), whatever the section is about. Only a name read as an industry before the clause (a division the
 * text lists), and only firms of the clause itself, with no intent (支持/鼓励).
 */
const DIVISION_LEAD = /^([\u3400-\u9fffA-Za-z0-9]{2,10}?)(?:板块|产业集群|集群|产业|领域|环节|行业)(?:重点)?(以|已经?集聚了?|集聚了|已?落户了?|已?汇聚了?|拥有)/;

function divisionFirmEdges(scope: SentenceScope): void {
  const { se, orgs, table, edges } = scope;
  const { text, ev, sentence: s } = se;
  const firmsIn = (m: RegExpExecArray, start: number, clause: string) => orgs.filter((o) => o.label === 'Enterprise' && !o.foreign && o.start >= s.start + start + m[0].length && o.end <= s.start + start + clause.length);
  let clauseStart = 0;
  for (const clause of text.split(/(?<=[，,；;。])/)) {
    const start = clauseStart;
    clauseStart += clause.length;
    const m = DIVISION_LEAD.exec(clause);
    if (!m) continue;
    // (a cluster, 乳业集群, is its industry's even where no list named it before; a 板块, 产业 or 领域 must have been named:
    // 梅州电子信息产业以… opens with a place)
    const named = /集群/.test(clause.slice(m[1]!.length, m[0].length - m[2]!.length)) && plausibleIndustry(m[1]!) && !isGenericName(m[1]!, '', () => false) && !NOT_CATEGORY.test(m[1]!) && !/^(?:现代|主导|重点|优势|特色|支柱|新兴|未来|传统|首位|战略性新兴|先进制造)/.test(m[1]!);
    const division = table.find('Industry', m[1]!) ?? (named && firmsIn(m, start, clause).length ? table.industry(m[1]!, undefined, 'chain') : undefined);
    if (!division || division.properties.level === 'system') continue;
    const firms = firmsIn(m, start, clause);
    // (以A为链主/龙头: the clause says what A leads; 以A为基础 / 以A为突破口 says nothing of A's business)
    if (m[2] === '以' && !/^以[^，,；;。]{2,40}?为(?:链主|龙头|引领)/.test(clause.slice(m[0].length - m[2].length))) continue;
    for (const f of firms) edges.add('IN_INDUSTRY', entityOf(scope, f).id, division.id, ev, JUDGED.stated);
  }
}

/**
 * The kind a typed list of firms built on names (依托A、B等无人机整机企业) is an industry the sentence names: its measure
 * supports it (planned), and in a document about one industry, or under an industry's heading or
 * title, it is a segment of that industry (stated, as a development list's items are). Kinds the
 * lexicon places elsewhere (a chain or industry of its own) are left to the lexicon.
 */
function typedListEdges(scope: SentenceScope): void {
  const { se, orgs, inds, ctxInds, subject, edges } = scope;
  for (const list of se.lists) {
    const members = orgs.filter((o) => o.list === list.index && (o.label === 'Enterprise' || o.label === 'Lab') && !o.foreign);
    if (!members.length) continue;
    const kind = categoryIndustry(scope, list);
    if (!kind || kind.properties.level === 'system' || inds.some((i) => entityOf(scope, i).id === kind.id)) continue;
    // only firms the text builds on (依托A等X企业), not those it encourages or asks to lead (鼓励/发挥A等X企业的带动作用):
    // those may be of another field than the section's
    // (…和C等Y企业: a second typed list shares the first one's verb; the clause's opening says it)
    const opening = se.text.slice(list.clause.start - se.sentence.start, list.start - se.sentence.start);
    if (!/^\s*(依托|以)/.test(opening) || /(鼓励|支持|引导|推动|发挥)/.test(opening)) continue;
    if (se.measureId && !developsAfter(se.text, list.end - se.sentence.start, kind.name)) edges.add('SUPPORTS', se.measureId, kind.id, se.ev, JUDGED.planned);
    const lx = scope.ctx.index.lookup(kind.name);
    const le = lx?.type === 'industry' ? lx.entry : scope.ctx.index.industryByName.get(kind.name);
    if (le && le.level !== 'segment' && le.level !== 'track') continue;
    // (under a heading naming two segments, 上游：海工材料与核心配套, the kind goes with the one it shares a word with, else
    // with the document's industry both are parts of)
    const heads = uniq(ctxInds);
    const sharing = heads.length >= 2 ? heads.filter((h) => sharesWord(h.name, kind.name)) : heads;
    const parent = sharing.length === 1 ? sharing[0] : heads.length >= 2 ? subject : (ctxInds[0] ?? subject);
    if (!parent || parent.id === kind.id || parent.properties.level === 'system' || kind.name.includes(parent.name) || parent.name.includes(kind.name)) continue;
    if (le?.parent && le.parent !== parent.name) continue;
    // a kind the document listed beside the parent (聚焦A、B、C三大方向) is its sibling
    if (scope.siblings?.get(parent.name)?.has(le?.name ?? kind.name)) continue;
    // a kind the document has laid out as a segment of its own industry (构建“整车+核心零部件+…”) is not put under
    // another segment by a typed list in a section about that segment (依托A等整车企业… under 做强三电系统)
    if (subject && parent.id !== subject.id && edges.has('PART_OF', kind.id, subject.id)) continue;
    // (the document's industry by position alone, in a document that names its branches: unsure — industries.ts)
    const branched = parent.id === subject?.id && branchedSubject(scope.doc, kind.name);
    edges.add('PART_OF', kind.id, parent.id, se.ev, ctxInds[0] && parent.id !== subject?.id ? JUDGED.context : branched ? listed(4) : { basis: 'stated', confidence: 0.75 });
  }
}

/** 在P(规划)建设Q with Q a park (read, or named by a park's ending): P only says where Q is. */
function buildsPark(scope: SentenceScope, m: Mention): boolean {
  const { se, orgs } = scope;
  const s = se.sentence;
  if (!/在$/.test(se.text.slice(0, m.start - s.start))) return false;
  const verb = /^(?:规划建设|计划建设|拟建设|建设|新建|打造|布局建设)/.exec(se.text.slice(m.end - s.start));
  if (!verb) return false;
  const at = m.end + verb[0].length;
  if (orgs.some((o) => o.label === 'Park' && o.start === at)) return true;
  return /^[\u4e00-\u9fff]{2,12}?(?:产业园|园区|专区|片区|组团|功能区|产业基地)(?=[，,；;。]|$)/.test(se.text.slice(at - s.start));
}

/** A park named only as where the next park is: (位于)P1(内|中)?的P2. */
function locatesAnother(scope: SentenceScope, m: Mention): boolean {
  const { se, orgs } = scope;
  const rest = se.text.slice(m.end - se.sentence.start);
  const gap = /^(?:内|中|境内|范围内|辖区内)?的/.exec(rest);
  if (!gap) return false;
  const at = m.end + gap[0].length;
  return orgs.some((o) => o !== m && o.label === 'Park' && o.start === at) || !!knownParkAt(scope, rest.slice(gap[0].length));
}

/** A park the document has named before, opening `text` (its mention may not have been read here). */
export function knownParkAt(scope: SentenceScope, text: string): { entity: Entity; length: number } | undefined {
  for (let k = Math.min(16, text.length); k >= 3; k--) {
    const e = scope.table.find('Park', text.slice(0, k));
    if (e) return { entity: e, length: k };
  }
  return undefined;
}

/** The section's own heading joins two or more names (与/和/及) and one of them is this entity's. */
export function headingNames(path: string[], e: Entity): boolean {
  const h = path[path.length - 1] ?? '';
  return /[与和及、]/.test(h) && [e.name, ...e.aliases].some((a) => a.length >= 2 && h.includes(a));
}

interface Tie {
  entity: Entity;
  judged: Judged;
}

/** The clause text right before an organisation (or before its list's first item). */
function before(scope: SentenceScope, m: Mention): string {
  const { se } = scope;
  const list = m.list !== undefined ? se.lists.find((l) => l.index === m.list) : undefined;
  if (list) {
    // a list read from inside the first name (华为 + 云、中国移动等企业) still has that name's verb before it
    const first = scope.orgs.filter((o) => o.list === m.list).reduce<Mention | undefined>((a, o) => (!a || o.start < a.start ? o : a), undefined) ?? m;
    for (let k = first.surface.length - 1; k >= 1; k--) if (list.before.endsWith(first.surface.slice(0, k))) return list.before.slice(0, -k);
    return list.before;
  }
  const head = se.text.slice(0, m.start - se.sentence.start);
  const cut = Math.max(...['，', ',', '。', '；', ';', '：', ':'].map((c) => head.lastIndexOf(c)));
  return head.slice(cut + 1);
}

/**
 * The verb a typed list shares with the typed list before it in its clause (重点招引A、B等X企业和C、D等Y企业来…布局: C and D
 * are as wooed as A and B; 支持A等X企业和B等Y企业扩大…: B is as encouraged as A), or undefined when the list opens its
 * clause with its own verb.
 */
function sharedVerb(scope: SentenceScope, m: Mention): string | undefined {
  const { se, orgs } = scope;
  const s = se.sentence;
  // (the list's first item, or the firm itself when typed alone: …和宝泰隆等石墨烯企业)
  const list = m.list !== undefined ? se.lists.find((l) => l.index === m.list) : undefined;
  const first = list ? list.items[0] : m;
  if (!first) return undefined;
  const prev = se.lists.filter((l) => l.clause.start <= m.start && l.clause.end >= m.end && l.index !== m.list && (l.items.at(-1)?.end ?? Infinity) <= first.start).at(-1);
  const prevLast = prev?.items.at(-1);
  if (!prev || !prevLast) return undefined;
  // (only the join of two typed lists: …等X企业和 / …等X企业、)
  if (!/^等[^，,；;。：:、和及与等]{1,16}?(?:企业|厂商)(?:和|及|以及|与|、)$/.test(se.text.slice(prevLast.end - s.start, first.start - s.start))) return undefined;
  // (the first list's verb: its first organisation's, or the text before it when none of its items was read as one)
  const lead = orgs.find((o) => o.list === prev.index);
  return lead ? (sharedVerb(scope, lead) ?? before(scope, lead)) : prev.before;
}

/**
 * Whether the clause holding position `at` of `text` opens by wooing (WOOED_OPENING), or continues with 以及/及/和 a clause
 * that does (重点招引A、B等X企业，以及C等Y企业: C is as wooed as A).
 */
function wooedClause(text: string, at: number): boolean {
  let end = at;
  for (let k = 0; k < 3; k++) {
    const head = text.slice(0, end);
    const cut = Math.max(...['，', ',', '；', ';', '。', '：', ':'].map((c) => head.lastIndexOf(c)));
    const opening = head.slice(cut + 1);
    if (WOOED_OPENING.test(opening)) return true;
    if (cut < 0 || !/^\s*(?:以及|及|和)/.test(opening) || /[；;。：:]/.test(head[cut]!)) return false;
    end = cut;
  }
  return false;
}

/** The clause (between ，；。) of the sentence around a position. */
function clauseOf(text: string, offset: number, at: number): string {
  const i = at - offset;
  const start = Math.max(...['，', ',', '；', ';', '。', '：', ':'].map((c) => text.lastIndexOf(c, i - 1))) + 1;
  return text.slice(start, clauseEnd(text, offset, at) - offset);
}

function clauseEnd(text: string, offset: number, at: number): number {
  const ends = ['，', ',', '；', ';', '。', '：', ':'].map((c) => text.indexOf(c, at - offset)).filter((x) => x >= 0);
  return offset + (ends.length ? Math.min(...ends) : text.length);
}

/** A place's clause saying what it has already gathered, right before the firms: 开发区已集聚 / 区内已聚集了 / 园区集聚了. */
const GATHERED_BY_PLACE = /^[\u4e00-\u9fff]{1,12}?(?:已经?|先后|累计|共)(?:集聚|聚集|汇聚)了?$|^[\u4e00-\u9fff]{1,12}?(?:集聚|聚集|汇聚)了$/;

/** A park opening its sentence with what it develops: 广饶经济开发区重点发展X和Y / ■P：重点发展X和Y. */
const PARK_FOCI_VERB = /^\s*[:：]?\s*(?:重点发展|主要发展|重点布局|聚焦发展|重点承接)/;
/** A clause saying what a park has gathered: 已集聚A、B等企业 / 集聚了A / 已落户A. */
const GATHERED_CLAUSE = /^(?:园区|区内|目前|现已)?(?:已|已经)?(?:集聚了?|聚集了?|汇聚了?|落户了?|入驻了?|引进了?)/;

/**
 * The foci of the park a sentence opens with (P重点发展X和Y，…), when `m` is a firm of a later clause that says what the
 * park has gathered (…，已集聚A、B等企业 / …，A、B已落户该园); none otherwise. Not across a later clause with a subject of
 * its own (…；Q重点发展Z), nor for a park that is a foreign one (a benchmark).
 */
function gatheredByFoci(scope: SentenceScope, m: Mention): Entity[] {
  const { se, orgs, inds } = scope;
  const { text, sentence: s } = se;
  const park = orgs.find((o) => o.label === 'Park' && !o.foreign && /^[\s■●▲◆·•]*$/.test(text.slice(0, o.start - s.start)));
  if (!park || !PARK_FOCI_VERB.test(text.slice(park.end - s.start))) return [];
  const firstEnd = Math.min(...['，', ',', '；', ';', '。'].map((c) => text.indexOf(c, park.end - s.start)).map((x) => (x < 0 ? text.length : x))) + s.start;
  if (m.start <= firstEnd || m.start >= newSubjectClause(text, s.start, park.end)) return [];
  // (the firm's own clause gathers it, or its list is said to have settled there: A、B已落户该园)
  const listEnd = m.list !== undefined ? (se.lists.find((l) => l.index === m.list)?.items.at(-1)?.end ?? m.end) : m.end;
  const gathered = GATHERED_CLAUSE.test(clauseOf(text, s.start, m.start)) || /^等?(?:[\u4e00-\u9fff]{0,8}企业)?(?:已|均)?(?:落户|入驻|位于)(?:该园|园区|区内|于此|此)/.test(text.slice(listEnd - s.start));
  if (!gathered) return [];
  // (no other organisation between the first clause and this one: …，与B合作建设L，已集聚… is about L's partners too)
  if (orgs.some((o) => o !== park && o.start > firstEnd && o.start < m.start && (m.list === undefined || o.list !== m.list))) return [];
  return uniq(inds.filter((i) => i.start > park.end && i.end <= firstEnd).map((i) => entityOf(scope, i))).filter((e) => e.properties.level !== 'system');
}

/** Where a later clause of the sentence starts a statement of its own subject (X重点发展…), or Infinity. */
function newSubjectClause(text: string, offset: number, from: number): number {
  let pos = 0;
  for (const part of text.split(/(?<=[，,；;。])/)) {
    const start = offset + pos;
    pos += part.length;
    if (start <= from) continue;
    if (/^[^，,；;。]{2,16}?(重点发展|主要发展|重点布局|重点建设|重点支持)/.test(part) && !/^(重点|主要|积极|大力|加快|在|以|依托|支持|鼓励)/.test(part)) return start;
  }
  return Infinity;
}

/**
 * Where a later clause of the sentence opens a copula of a subject of its own (A是国内重要的X生产企业，B是Y企业 / …，其中B是Y
 * 企业), or Infinity: what that clause names is B's, whether or not B was read as a mention. Not a clause about the firm
 * itself (其/该公司/产品是…, 也是…) nor one whose subject is the firm's own name again.
 */
function copulaSubjectClause(text: string, offset: number, m: Mention): number {
  let pos = 0;
  for (const part of text.split(/(?<=[，,；;。])/)) {
    const start = offset + pos;
    pos += part.length;
    if (start < m.end) continue;
    const c = /^\s*(?:其中|同时)?([\u4e00-\u9fffA-Za-z0-9（）()]{2,16}?)(?:也|还|已|已经)?(?:是|为)[^，,。；;：:是为]{2,40}?(?:企业|厂商|制造商|供应商|生产商|基地)(?=$|[，,。；;、])/.exec(part);
    if (!c) continue;
    const subject = c[1]!;
    if (/^(?:其|该|本|这|此|公司|企业|集团|产品|主导产品|主要产品|主营产品|主营业务|业务)/.test(subject) || subject === m.surface || m.surface.endsWith(subject)) continue;
    return start;
  }
  return Infinity;
}

/**
 * The context industries left to a firm whose sentence goes on to type another subject (…，B是国内重要的Y企业): those the later
 * clause names are B's. Of several, the ones it does not name (if any); of one joining two parts (X与Y), the part it does
 * not name, when it names the other and the firm's own clause names neither.
 */
function notOthersTyped(scope: SentenceScope, ctx: Entity[], own: string, later: string): Entity[] {
  const named = (n: string) => n.length >= 2 && later.includes(n) && !own.includes(n);
  const all = uniq(ctx);
  if (all.length >= 2) {
    const left = all.filter((e) => ![e.name, ...e.aliases].some(named));
    return left.length && left.length < all.length ? left : ctx;
  }
  const parts = all.length === 1 ? joinedParts(all[0]!.name) : undefined;
  if (!parts || parts.some((p) => own.includes(p))) return ctx;
  const [a, b] = parts;
  const keep = named(b) && !named(a) ? a : named(a) && !named(b) ? b : undefined;
  if (!keep) return ctx;
  const known = scope.table.find('Industry', keep);
  return [known ?? scope.table.industry(keep, undefined, 'segment')];
}

/**
 * What a sentence's firms are in by its context when the sentence pairs them with items of their own: the context's
 * industry; under a measure title naming two segments (3．发展医学影像和体外诊断), the one every item shares a word
 * with, else the section heading's one industry (（二）做大高端医疗器械产业), else none (the title does not say which).
 */
function aboutOf(scope: SentenceScope, explicit: Entity[]): Entity[] {
  const about = uniq(scope.ctxInds);
  // 5. 发展葡萄酒和园艺产业。依托A、B等企业，发展酒庄葡萄酒和葡萄酒文旅: a title read as one industry joining two parts is
  // the part every item shares a word with, when only one of the two is so shared
  const parts = about.length === 1 && explicit.length ? joinedParts(about[0]!.name) : undefined;
  if (parts) {
    const fits = parts.filter((p) => explicit.every((x) => sharesWord(p, x.name)));
    if (fits.length === 1 && !explicit.some((x) => sharesWord(parts.find((p) => p !== fits[0])!, x.name))) {
      const known = scope.table.find('Industry', fits[0]!);
      return [known ?? scope.table.industry(fits[0]!, undefined, 'segment')];
    }
  }
  if (about.length < 2 || scope.se.context.industries[0]?.source !== 'measure') return about;
  const shared = explicit.map((x) => about.filter((e) => sharesWord(e.name, x.name)));
  if (shared.every((s) => s.length === 1 && s[0]!.id === shared[0]![0]!.id)) return [shared[0]![0]!];
  const heading = scope.se.context.heading.map((r) => industryOf(scope.table, r));
  return heading.length === 1 && heading[0]!.properties.level !== 'system' ? heading : [];
}

/**
 * The part of a context joining two segments (X与Y, read as one entity) that an organisation's own items all share a word
 * with, when none of them, and nothing else the sentence names, shares one with the other part; undefined otherwise (the
 * context as it is).
 */
function ownPartOf(scope: SentenceScope, ctx: Entity[], own: Entity[]): Entity[] | undefined {
  const all = uniq(ctx);
  if (all.length !== 1 || !own.length) return undefined;
  const parts = joinedParts(all[0]!.name);
  if (!parts) return undefined;
  const fits = parts.filter((p) => own.every((x) => sharesWord(p, x.name)));
  const other = parts.find((p) => p !== fits[0])!;
  // (…and only where the sentence names nothing of the other part: 做大碳化硅晶锭规模，依托A等企业发展导电型衬片 speaks of both)
  if (fits.length !== 1 || own.some((x) => sharesWord(other, x.name)) || scope.inds.some((i) => sharesWord(other, entityOf(scope, i).name))) return undefined;
  return [scope.table.find('Industry', fits[0]!) ?? scope.table.industry(fits[0]!, undefined, 'segment')];
}

/** Two names share a two-character word other than a generic head (分子诊断试剂 and 体外诊断 share 诊断). */
function sharesWord(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) {
    const w = a.slice(i, i + 2);
    if (/^(产业|领域|环节|材料|设备|产品|技术|服务|系统|制造|应用|智能)$/.test(w)) continue;
    if (/^[\u3400-\u9fff]{2}$/.test(w) && b.includes(w)) return true;
  }
  return false;
}

/** The industry a list's category word names: 等面板企业 → 面板, 等量子通信龙头企业 → 量子通信 (等水产加工企业 → 水产加工: processing names the segment). */
const CATEGORY_KIND = /^([^，,。；;、和与及的“”"()（）]{1,14}?)(?:生产|制造|研发生产|生产制造)?(?:龙头|骨干|重点|领军|头部|代表性?|核心|优势|配套|链主|品牌)*(?:企业|厂商|公司|集团)/;

/** The text after a list that names its kind: 等X企业 → X企业, 为代表的X企业 (以A、B为代表的X企业) → X企业. */
function kindText(after: string): string {
  return after.replace(/^等/, '').replace(/^为代表的/, '');
}

/** The kind CATEGORY_KIND reads, with 配套 kept after a two-character domain (海工配套企业 → 海工配套, not 海工). */
function categoryWord(after: string): string | undefined {
  const m = CATEGORY_KIND.exec(after);
  const x = m?.[1];
  if (x && x.length <= 2 && after.startsWith(x + '配套')) return x + '配套';
  return x;
}

/**
 * The kind a single organisation is typed by (以A为代表的X企业; A等X企业 where the list reader took no list):
 * the text after its name.
 */
function singleKind(se: SentenceEntities, m: Mention): string | undefined {
  const after = se.text.slice(m.end - se.sentence.start);
  const head = se.text.slice(0, m.start - se.sentence.start);
  if (/^为代表的/.test(after) && /以$/.test(head)) return kindText(after);
  // 重点企业：A（X）、B（Y）: a firm's line of business in brackets right after its name types it alone
  const bracket = m.label === 'Enterprise' ? /^[（(]([^（）()、，,。；;：:]{2,12})[）)](?=$|[、。；;，,])/.exec(after) : null;
  if (bracket) return `${bracket[1]}企业`;
  return undefined;
}

/**
 * The kind word typing one organisation of a sentence (比亚迪襄阳、骆驼集团等动力电池企业 → 动力电池;
 * 以A为代表的电驱系统企业 → 电驱系统), or undefined when its list or name is untyped.
 */
export function kindWordOf(se: SentenceEntities, m: Mention): string | undefined {
  const list = m.list !== undefined ? se.lists.find((l) => l.index === m.list) : undefined;
  let after: string | undefined;
  if (list) after = kindText(list.after);
  else after = singleKind(se, m);
  const x = after ? categoryWord(after) : undefined;
  return x && x.length >= 2 && !NOT_CATEGORY.test(x) && !GENERIC_KIND.test(x) ? x : undefined;
}

function categoryIndustry(scope: SentenceScope, list: Enumeration | string): Entity | undefined {
  const x = categoryWord(typeof list === 'string' ? list : kindText(list.after));
  if (!x || x.length < 2 || NOT_CATEGORY.test(x)) return undefined;
  const crop = processedOf(scope, x);
  if (crop) return crop;
  // a kind the sentence itself names as an industry is that industry, not a longer name of the sentence that begins with
  // it: 重点企业：A（磷酸铁）、B（磷酸铁锂） types A by 磷酸铁 alone, not by its neighbour's bracket
  // (a generic kind, 等材料企业, still reads the segment of its sentence)
  const named = scope.table.find('Industry', x);
  if (named && !GENERIC_KIND.test(x) && scope.inds.some((i) => entityOf(scope, i).id === named.id)) return named;
  // 等材料企业 next to 正负极材料—电芯制造…: a generic kind names the segment of the sentence it ends;
  // 等电芯企业 → 电芯制造 (the segment it begins)
  // (only when one segment of the sentence fits: 等面板企业 beside TFT-LCD面板和AMOLED面板 is 面板 itself)
  // (a kind that is no generic word, 等笔头企业 / 等演出服企业, is not the narrower product the sentence develops with it,
  // 不锈钢笔头 / 舞台演出服: the firms make the kind; which of the products is theirs the sentence does not say)
  const fits = uniq(scope.inds.map((i) => entityOf(scope, i))).filter((e) => e.name !== x && ((e.name.endsWith(x) && GENERIC_KIND.test(x)) || (e.name.startsWith(x) && e.name.length - x.length <= 2)));
  // (a name inside another fitting name is the same segment read twice: 负极材料 in 正负极材料)
  const outer = fits.filter((e) => !fits.some((o) => o !== e && o.name.includes(e.name)));
  if (outer.length === 1) return outer[0];
  // …or one the document named before: 等整机企业 after 发展航空整机 → 航空整机; 等设计企业 → 芯片设计
  const known = scope.table.index.lookup(x);
  // (the kind itself when the document has named it: 等预制菜企业 is 预制菜, not 蔬菜类预制菜)
  const exact = scope.table.find('Industry', x);
  if (exact) return exact;
  if (known?.type !== 'industry') {
    // the name the sentence writes with the kind after an industry the document named (its firms' names blanked):
    // 等整机企业，初步形成“液压元件—传动系统—工程机械整机” after 工程机械 → 工程机械整机; 等组件企业 beside 光伏组件
    // (before a name of an earlier sentence that ends with the kind: the sentence's own name is the one it means)
    const written = scope.table.compoundIn(x, maskedText(scope.se.text, scope.orgs, scope.se.sentence.start));
    if (written) return scope.table.industry(written, undefined, 'segment');
    const before = scope.table.industryFor(x);
    // (not a name joining two segments, 动力电池及电驱系统: 等电驱系统企业 names its second part alone)
    if (before && !/[与和及]/.test(before.name.slice(0, before.name.length - x.length))) return before;
  }
  // …or the link of the chain the document laid out that the kind begins (等育种企业 after 种业产业链包括…、育种创新、…:
  // 育种创新), when one link fits
  const link = chainLinkOf(scope, x);
  if (link) return link;
  if (GENERIC_KIND.test(x) || !plausibleIndustry(x) || isGenericName(x, '', () => false)) return undefined;
  return scope.table.industry(x, undefined, 'segment');
}

/**
 * A kind naming what the firms process (等核桃加工企业, A是全省最大的益智加工企业) in a document whose industry that crop or
 * material is (核桃产业重点发展…, （二）玫瑰产业, a segment it named): the firms are in that industry, X, not in an
 * X加工 the document never names — unless the document writes X加工 as a name of its own elsewhere (a heading 石材加工, a
 * list 发展椰子加工、…), where the kind is that segment. Only plain 加工 after a name of two characters or more (铜加工 is
 * no 铜 industry) that reads as an industry; X加工 followed by 企业 or by what a capacity is measured in (加工能力, 加工率)
 * names no segment.
 */
const PROCESSED = /^([\u4e00-\u9fff]{2,8}?)加工$/;

function processedOf(scope: SentenceScope, kind: string): Entity | undefined {
  const p = PROCESSED.exec(kind);
  if (!p) return undefined;
  const x = p[1]!;
  if (/(?:初|深|精深|分选|分级|生产|制品|产品)$/.test(x) || GENERIC_KIND.test(x) || isGenericName(x, '', () => false)) return undefined;
  const text = scope.doc.source.text;
  for (let at = text.indexOf(kind); at >= 0; at = text.indexOf(kind, at + 1)) {
    if (!/^(?:(?:龙头|骨干|重点|配套)?(?:企业|厂商)|能力|水平|率|转化率|产值|规模|量)/.test(text.slice(at + kind.length, at + kind.length + 8))) return undefined;
  }
  const known = scope.table.find('Industry', x);
  if (known) return known.properties.level === 'system' ? undefined : known;
  // (the document's own words, X产业 opening a clause or a heading or after a verb of developing: 核桃产业重点发展…, （二）玫瑰产业,
  // 做强玫瑰产业; not inside a longer name, 苹果产业 in 冰糖心苹果产业)
  if (!new RegExp(`(?:^|[^\\u4e00-\\u9fff]|发展|做强|做优|做大|壮大|培育|提升)${x}产业`, 'm').test(text)) return undefined;
  return plausibleIndustry(x) ? scope.table.industry(x, undefined, 'segment') : undefined;
}

/**
 * The one link of a chain the document laid out (a segment with a PART_OF its structure states, 包括/—/上游为) whose name
 * is the kind and at most two characters more (育种 → 育种创新, 制种 → 制种繁育); undefined when none or several fit.
 */
function chainLinkOf(scope: SentenceScope, kind: string): Entity | undefined {
  if (kind.length < 2) return undefined;
  const fits = scope.table.all().filter(
    (e) =>
      e.label === 'Industry' &&
      e.name.startsWith(kind) &&
      e.name.length > kind.length &&
      e.name.length - kind.length <= 2 &&
      scope.edges.targets('PART_OF', e.id).some((t) => (scope.edges.get('PART_OF', e.id, t)?.evidence ?? []).some((ev) => (ev.confidence ?? 0) >= JUDGED.structure.confidence)),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/** The sentence's text with its organisations blanked out, read once per sentence (not once per organisation). */
function maskedText(text: string, orgs: Mention[], start: number): string {
  const c = text.split('');
  for (const o of orgs) for (let i = Math.max(0, o.start - start); i < Math.min(c.length, o.end - start); i++) c[i] = ' ';
  return c.join('');
}

/** Per sentence, the organisation whose bracket note (A（X）) holds each industry mention, read once per sentence. */
const BRACKET_OWNERS = new WeakMap<SentenceEntities, Map<Mention, Mention>>();

function bracketOwnersOf(scope: SentenceScope): Map<Mention, Mention> {
  const { se, orgs, inds } = scope;
  let out = BRACKET_OWNERS.get(se);
  if (out) return out;
  out = new Map();
  const { text, sentence: s } = se;
  const byEnd = new Map(orgs.map((o) => [o.end - s.start, o]));
  for (const i of inds) {
    const at = i.start - s.start;
    const open = Math.max(text.lastIndexOf('（', at), text.lastIndexOf('(', at));
    if (open < 0 || Math.max(text.lastIndexOf('）', at), text.lastIndexOf(')', at)) > open) continue;
    const closes = [text.indexOf('）', i.end - s.start), text.indexOf(')', i.end - s.start)].filter((x) => x >= 0);
    const opens = [text.indexOf('（', i.end - s.start), text.indexOf('(', i.end - s.start)].filter((x) => x >= 0);
    if (!closes.length || (opens.length && Math.min(...opens) < Math.min(...closes))) continue;
    const owner = byEnd.get(open);
    if (owner) out.set(i, owner);
  }
  BRACKET_OWNERS.set(se, out);
  return out;
}

/**
 * The industries the sentence ties an organisation to, and how: up to the next organisation that is
 * not listed with this one (支持A发展X，支持B发展Y: A → X only); the context's industries by how the
 * context was given; the document's subject when the sentence names none.
 */
function tiesFor(scope: SentenceScope, m: Mention, masked: string): Tie[] {
  const { se, orgs, inds, ctxInds, subject, table } = scope;
  const { text, lists, context, sentence: s } = se;
  const laterCopula = copulaSubjectClause(text, s.start, m);
  const next = orgs
    .filter((o) => o.start >= m.end && (m.list === undefined || o.list !== m.list) && NEW_SUBJECT.test(text.slice(Math.max(m.end, o.start - 6) - s.start, o.start - s.start)))
    .reduce((a, o) => Math.min(a, o.start, laterCopula), Infinity);
  // 依托红河学院开展锡产业技能人才培训 / 依托A学院开设X专业: a school used for training teaches for an industry, it
  // is no innovation source of it (unless the same statement also gives it research work)
  if (m.label === 'Lab') {
    const rest = text.slice(m.end - s.start, Number.isFinite(next) ? next - s.start : text.length);
    if (/^(?:开展|开设|举办|组织|承担)/.test(rest) && /培训|人才培养|实训|专业/.test(rest) && !/研发|创新|攻关|研究|技术开发|中试|成果转化|孵化/.test(rest)) return [];
  }
  // 集A、B、C于一体的…区: industries that describe a zone belong to no organisation of the sentence
  const oneBody = (i: Mention) => /于一体/.test(clauseOf(text, s.start, i.start));
  // …在智能制造、供应链管理等领域应用: fields of application are no industry of the organisation
  const applied = (i: Mention) => i.list !== undefined && !!lists.find((l) => l.index === i.list)?.application;
  // 星宸科技、优迅等芯片设计企业: an industry read inside the kind word of a typed list (芯片 in 芯片设计)
  // is that kind, which categoryIndustry ties; on its own it would be a broader, wrong segment
  const kinds = lists.flatMap((l) => {
    const k = CATEGORY_KIND.exec(kindText(l.after));
    const last = l.items[l.items.length - 1];
    if (!k || !last) return [];
    const at = text.indexOf(k[1]!, last.end - s.start);
    return at < 0 ? [] : [{ start: s.start + at, end: s.start + at + k[1]!.length, list: l.index }];
  });
  const inKind = (i: Mention) => kinds.some((k) => i.start >= k.start && i.end <= k.end && i.end - i.start < k.end - k.start);
  // 依托A、B等整车企业和C、D等动力电池企业: the kind of the other typed list types that list's firms, not A and B
  // (two typed lists in one clause are two statements, never a cross-product)
  const othersKind = (i: Mention) => m.list !== undefined && kinds.some((k) => k.list !== m.list && i.start >= k.start && i.end <= k.end);
  // 建设面向人工智能大模型训练的算力平台: what a thing is built for is a served object, not the organisation's industry
  const served = (i: Mention) => /面向$/.test(text.slice(0, i.start - s.start)) || (i.list !== undefined && /面向$/.test(lists.find((l) => l.index === i.list)?.before ?? ''));
  // 依托A发展X，引进B和C配套企业: kinds of firm to attract in a clause of their own are not A's
  const toAttract = (i: Mention) => {
    const c = clauseOf(text, s.start, i.start);
    return /^(?:积极|加快|大力)?(?:引进|招引|吸引|引育|引进培育)/.test(c) && !c.includes(m.surface) && /企业/.test(c);
  };
  // 重点企业：A、B、C（X）: a bracket right after another organisation's name types that organisation alone
  const bracketOwners = bracketOwnersOf(scope);
  const othersBracket = (i: Mention) => {
    const owner = bracketOwners.get(i);
    return !!owner && owner !== m;
  };
  let after = inds.filter((i) => i.start >= m.end && i.start < next && !oneBody(i) && !applied(i) && !inKind(i) && !othersKind(i) && !served(i) && !toAttract(i) && !othersBracket(i));
  // 持续引进A、B等高能级创新平台，…，进一步优化了科技金融服务配套: what was brought in or gathered is
  // described by its own clause, not by the clauses of the sentence's other statements
  // (…and so is what a place's clause says it has gathered: 开发区已集聚A、B、C等骨干企业，光伏组件出货量…，成为全国重要的光伏产业基地 —
  // the place's later clauses describe the place, not each firm)
  const ownGathered = /^(持续|先后|累计|已|共)?(引进|集聚|聚集|汇聚|拥有|获批|落地)/.test(clauseOf(text, s.start, m.start));
  if (m.label !== 'Park' && (ownGathered || GATHERED_BY_PLACE.test(before(scope, m)))) {
    let ownEnd = clauseEnd(text, s.start, m.start);
    // (P已集聚A等企业，重点发展X和Y: a place's own clause of what it develops, right after, still reads as before)
    if (!ownGathered) while (ownEnd < s.start + text.length && /^[，,]\s*(?:重点|主要|着力|积极|加快|大力)?(?:发展|布局)/.test(text.slice(ownEnd - s.start))) ownEnd = clauseEnd(text, s.start, ownEnd + 1);
    after = after.filter((i) => i.start < ownEnd);
    // …but a sentence led by an industry as its subject (信创产业实现全链条布局，…，集聚A、B等一批龙头企业)
    // says what the gathered firms are
    const opener = inds.find((i) => i.start - s.start <= 1 && i.end <= m.start && /^(产业|领域)?(已|已经|实现|形成|加快|初步|基本|持续|不断|发展|集聚|呈现)/.test(text.slice(i.end - s.start)));
    if (opener && !after.includes(opener)) after = [opener, ...after];
  }
  /** 在P建设Q: the sentence is about Q, built in P; nothing of its context is P's by it. */
  let builtThere = false;
  if (m.label === 'Park') {
    // a park's industries are in its own clause, or in the next ones when it opens them (以P为核心，…;
    // 依托P，…; 在P…; P重点发展…), not in a clause of another verb (建好细胞谷，推动新能源…)
    const own = clauseOf(text, s.start, m.start);
    const ownEnd = clauseEnd(text, s.start, m.start);
    if (!/^(以|依托|在|围绕|立足|借助)/.test(own) && !own.startsWith(m.surface)) after = after.filter((i) => i.start < ownEnd);
    // 在九峰山片区建设合成生物产业园，重点发展X: X is the park built there, not the area's; and a
    // later clause with a subject of its own (未来科技城重点发展Y) is about that subject
    const laterParks = orgs.filter((o) => o.label === 'Park' && o !== m && o.start >= m.end);
    // (…even when the park built is no mention of its own: 在滇中新区规划建设医药物流园，重点发展X → not the 新区's)
    if (/^(?:内|中)?(?:规划建设|建设|新建|打造|规划布局|布局建设)[\u4e00-\u9fff]{1,12}(?:园|园区|基地|中心|城|港|谷|小镇)(?:[，,；;。]|$)/.test(text.slice(m.end - s.start)) && /(?:^|[，,；;])(?:规划|计划|拟)?在$/.test(text.slice(0, m.start - s.start))) {
      after = [];
      builtThere = true;
    }
    const stop = newSubjectClause(text, s.start, m.end);
    after = after.filter((i) => i.start < stop && !laterParks.some((p) => p.end <= i.start));
    // 推动电驱动、热管理等零部件企业在武进国家高新区集聚: the kinds of firm gathered in the park
    const head = text.slice(0, m.start - s.start);
    if (/企业在$/.test(head) && /^(集聚|聚集|落地|落户|发展|布局)/.test(text.slice(m.end - s.start))) {
      const clauseStart = s.start + Math.max(...['，', ',', '；', ';', '。'].map((c) => head.lastIndexOf(c))) + 1;
      after = [...after, ...inds.filter((i) => i.start >= clauseStart && i.end <= m.start)];
    }
  }
  const list = m.list !== undefined ? lists.find((l) => l.index === m.list) : undefined;
  // (依托南华大学、中核二七二铀业发展X、Y: a lab and a firm in one list are two actors of it, n = 2)
  const actors = (o: Mention) => o.label === m.label || (o.label !== 'Park' && m.label !== 'Park');
  const peers = m.list !== undefined ? orgs.filter((o) => o.list === m.list && actors(o)).length : 1;
  const single = list ? undefined : singleKind(scope.se, m);
  // 重点企业：A（X）、B（Y）: a firm typed by its bracket is tied to that kind only, not to its neighbours' brackets
  if (single && /^[（(]/.test(text.slice(m.end - s.start))) after = [];
  const typed = list ? categoryIndustry(scope, list) : single ? categoryIndustry(scope, single) : undefined;
  const verb = sharedVerb(scope, m) ?? before(scope, m);
  const wooed = WOOED.test(verb) || wooedClause(text, m.start - s.start);
  const intent = wooed || INTENT.test(verb) || (JOINED.test(verb) && /(^|[，,；;])(鼓励|支持|引导|推动)/.test(text.slice(0, m.start - s.start)));
  const link = LINK.test(verb);
  const src = context.industries[0]?.source;
  const role = roleOf(m, lists, text, s.start);
  // under an industry heading, only what the sentence says it develops (重点发展A、B) adds to it
  // (…and what a lab's research serves: 以L为创新源头，服务X和Y研发)
  const researchOf = (i: Mention) => m.label === 'Lab' && i.list !== undefined && !!lists.find((l) => l.index === i.list)?.research;
  const explicitOf = (ms: Mention[]) => uniq(ms.map((i) => servedWhole(i) ?? entityOf(scope, i))).filter((e) => e.id !== typed?.id);
  /**
   * 以L为创新源头，服务光伏新能源和光学 / 服务轴承和智能机器人: what a lab serves is each item of its mandate as written
   * (光伏新能源, 智能机器人), not a shorter known term inside it (新能源, 机器人) — the item names the field the lab
   * serves; an item joining two (A与B) or one no industry could be named by keeps the terms read in it.
   */
  function servedWhole(i: Mention): Entity | undefined {
    // (only the mandate after the source labs, 服务X和Y: the object of 依托L开展X攻关 is the segment the document named,
    // 氮化镓功率器件 → 功率器件)
    const l = researchOf(i) ? lists.find((x) => x.index === i.list) : undefined;
    if (!l || !/^(服务于|服务|支撑|助力)$/.test(l.before)) return undefined;
    const it = l.items.find((x) => x.start <= i.start && i.end <= x.end);
    if (!it) return undefined;
    // (an item the reader left joined, 轴承和智能机器人, is read by the half the term stands in)
    let whole = text.slice(it.start - s.start, it.end - s.start);
    const halves = whole.split(/[与和及]/);
    if (halves.length === 2 && halves.every((h) => h.length >= 2)) whole = i.start - it.start < halves[0]!.length ? halves[0]! : halves[1]!;
    const read = entityOf(scope, i);
    if (whole.length > 12 || /[与和及、等]/.test(whole) || !whole.includes(read.name) || [read.name, ...read.aliases].includes(whole)) return undefined;
    const known = table.find('Industry', whole);
    if (known) return known;
    return plausibleIndustry(whole) && !isGenericName(whole, '', () => false) ? table.industry(whole, undefined, 'segment') : undefined;
  }
  const developed = explicitOf(after.filter((i) => i.list !== undefined && (DEV_BEFORE.test(lists.find((l) => l.index === i.list)?.before ?? '') || researchOf(i))));
  let explicit = explicitOf(after);
  if (src === 'heading' && role !== 'none') explicit = developed;
  // ——京津冀特色细胞谷以…为载体: a paragraph led by its own subject is not about the section's industry
  const ownLead = src === 'heading' && /^\s*——/.test(text);
  const ctxAll = ownLead || builtThere ? [] : src === 'heading' && role !== 'none' ? ctxInds : src === 'lead' || src === 'clause' ? ctxInds : explicit.length || typed ? [] : ctxInds;
  // 第七条 提升铜加工和制冷配件产业。A是…精密铜管生产企业，B是国内重要的制冷配件企业: of a context naming several industries
  // (or one joining two, 铜加工与制冷配件), one a later clause's own copula subject is typed by is that subject's, not this firm's
  const ctxTyped = Number.isFinite(laterCopula) ? notOthersTyped(scope, ctxAll, text.slice(m.end - s.start, laterCopula - s.start), text.slice(laterCopula - s.start)) : ctxAll;
  // （一）浮标与鱼竿。以A为龙头，做强芦苇浮标、纳米浮标和电子夜光浮标: of a context joining two segments, the firm is in the
  // one its own items share a word with, when they share one with that part only (the text says which; A is no 鱼竿 maker)
  const ctx = ownPartOf(scope, ctxTyped, explicit) ?? ctxTyped;

  // how the explicit industries are tied
  // (a list counts all its items, known or not: 以A、B等为代表的信息安全服务、精准营销服务…)
  // (an item joining two products the resolver splits, 发展生丝和真丝面料, is two: two firms against it pair nothing)
  // (as the resolver reads a pair: parts of like length whose second names no head both may share, 生丝和真丝面料; not
  // 质粒和病毒载体CDMO服务 / 火箭和卫星部组件, one line with a shared head)
  const width = (e: Entity) => {
    const parts = joinedParts(e.name);
    if (!parts || scope.ctx.index.industryByName.has(e.name) || scope.ctx.index.lookup(e.name)?.type === 'industry') return 1;
    return parts.every((p) => table.find('Industry', p)) || (parts[1].length <= parts[0].length + 2 && !SHARED_HEAD.test(parts[1])) ? 2 : 1;
  };
  const k = Math.max(
    explicit.reduce((a, e) => a + width(e), 0),
    ...after.filter((i) => i.list !== undefined && explicit.some((e) => e.id === entityOf(scope, i).id)).map((i) => (lists.find((l) => l.index === i.list)?.items.length ?? 1) - 1 + width(entityOf(scope, i))),
  );
  // labs named together as the source of one research (以A、B为创新源头，服务X和Y研发) share its objects:
  // a joint mandate, not a list cross-product
  // (…and so do the labs of a 以L1、L2为创新源头，服务X和Y两个产业 sentence whose mandate the reader read as a plain list: the
  // count closing it leaves no research objects; sourceMandateEdges states the mandate)
  const mandate = m.label === 'Lab' ? mandateSpans(se) : undefined;
  const mandateLab = !!mandate && m.start >= mandate.labsStart && m.end <= mandate.labsEnd;
  const explicitAfter = after.filter((i) => explicit.some((e) => e.id === entityOf(scope, i).id));
  const inMandate = mandateLab && explicitAfter.length > 0 && explicitAfter.every((i) => i.start >= mandate.clauseStart && i.end <= mandate.clauseEnd);
  const jointResearch = explicit.length > 0 && (explicitAfter.every(researchOf) || inMandate);
  const pairing: Judged = link || typed ? listed(Math.max(4, peers * k)) : intent ? JUDGED.encouraged : peers >= 2 && k >= 2 && !jointResearch ? listed(peers * k) : JUDGED.stated;
  const out: Tie[] = [];
  const push = (entity: Entity, judged: Judged) => {
    // a framework label (113X产业体系, 未来产业) is no industry anything belongs to
    if (entity.properties.level === 'system') return;
    const i = out.findIndex((t) => t.entity.id === entity.id);
    if (i < 0) out.push({ entity, judged });
    else if (out[i]!.judged.confidence < judged.confidence) out[i] = { entity, judged };
  };
  // (the kind of firms to be attracted, 重点招引A、B等电池企业来X布局Y, is what they are wanted as: intent, not membership)
  // (支持A、B等整机企业在湛布局海上风电整机: a kind word read as the longer industry the intent names after it, 整机 → 海上风电整机,
  // is what the firms are urged into, not what the text says they make)
  const kindWord = list ? categoryWord(kindText(list.after)) : single ? categoryWord(single) : undefined;
  const listEnd = list?.items.at(-1)?.end ?? m.end;
  const urgedKind = intent && !!typed && !!kindWord && typed.name !== kindWord && masked.slice(listEnd - s.start, clauseEnd(text, s.start, listEnd) - s.start).includes(typed.name);
  if (typed) push(typed, wooed || urgedKind ? JUDGED.encouraged : JUDGED.stated);
  for (const e of explicit) push(e, pairing);
  // 鼓励A、B等核心芯片设计企业…布局量子通信元器件 (under 量子通信): firms the text calls something else
  // are encouraged into the context's industry, not stated to be in it
  // 聚焦信创、生物医药等领域，鼓励南大通用、360等企业…: several firms against several industries of the
  // sentence's own lead pair nothing (a heading's or measure's industry is what they all sit under)
  const leadIds = src === 'clause' || src === 'lead' ? inds.filter((i) => i.end <= m.start).map((i) => entityOf(scope, i).id) : [];
  const ctxN = Math.max(uniq(ctx).length, new Set(leadIds).size);
  // ——智能制造应用示范区：支持A、B等企业建设智能工厂: an area's name says what the area is for, not
  // what each firm in it makes
  const areaLead = src === 'lead' && m.label !== 'Park' && /^\s*——[^：:，,。]{2,20}(区|园|基地|谷|城|带|港|走廊)[：:]/.test(text);
  // （二）动力电池与储能: a heading naming several industries says which of them an organisation is in
  // only where the sentence names one (…，提升动力电池本地配套率 → 动力电池); where it names none, the
  // organisation is listed against them all (weak), not stated in each
  // (not an industry of a later clause with a copula subject of its own: A是X企业，B是Y企业 names Y for B alone)
  const sentenceIds = new Set([...inds.filter((i) => i.start < laterCopula).map((i) => entityOf(scope, i).id), ...(typed ? [typed.id] : [])]);
  const severalHeading = src === 'heading' && uniq(ctx).length >= 2;
  // (…or the one this organisation's own item ends with: 依托A发展乙烷裂解制乙烯 under （二）乙烯与丙烯 → 乙烯)
  const ownNamed = severalHeading ? uniq(ctx).filter((e) => explicit.some((x) => x.id !== e.id && x.name.endsWith(e.name))) : [];
  const headingNamed = ownNamed.length === 1 ? ownNamed : severalHeading ? uniq(ctx).filter((e) => sentenceIds.has(e.id)) : [];
  const ownEnd = Math.min(clauseEnd(text, s.start, m.end), next);
  const ownObjects = after.some((i) => i.start < ownEnd && explicit.some((e) => e.id === entityOf(scope, i).id));
  // 鼓励A、B等企业布局X和Y under a heading or measure about Z: the firms are encouraged into X and Y; that they are in Z
  // the sentence does not say (整车 makers asked to lay out parts are no parts makers). Nor does an intent that names
  // what the firm is to build or grow, read as an industry or not (支持A在P建设…生产线 / 布局智算中心 / 发展高纯金属锰 /
  // 扩大TOPCon电池产能): intent for a named actor is not membership (measured on every development set: such
  // intent-only context ties at 0.8 were 1 right / 9 wrong, blind b05, blind2 n06, blind5 r08, blind7 r01, dev5 s03,
  // blind16 r03). A bare 扩大产能 / 做大做强 under one industry still places the firms; 牵头建设L is read as before.
  // (the whole clause after the firm: 支持A在P建设… goes on past the park)
  const intentClause = text.slice(m.end - s.start, clauseEnd(text, s.start, m.end) - s.start);
  const intentObject = intent && !/牵头/.test(intentClause) && /(?:建设|布局|发展|扩大|拓展|研制|开展|延伸)(?!产能|规模|做强|壮大)[^，,；;。]{2,}/.test(intentClause);
  const ctxJudged =
    (intent && typed && !ctx.some((e) => e.id === typed.id)) || (intent && ownObjects && (src === 'heading' || src === 'measure')) || (intent && !typed && intentObject) ? JUDGED.encouraged : areaLead ? listed(4) : peers >= 2 && ctxN >= 2 && (src === 'clause' || src === 'lead') ? listed(peers * ctxN) : severalHeading && !headingNamed.length ? listed(Math.max(4, peers * ctxN)) : JUDGED.context;
  // （三）培育钻石 … 支持A、B等企业扩大培育钻石产能: where the intent names the context's industry as its
  // own object, that is what the firms are encouraged into, not a membership the heading states
  // (an industry word inside an organisation's name, 先进操作系统创新中心, is not the intent's object)
  // (only the organisation's own clause: 支持A牵头建设L，重点布局X says what L does, not what A is encouraged into)
  const intentText = masked.slice(m.end - s.start, Math.min(clauseEnd(text, s.start, m.end), next) - s.start);
  // (a heading joining two segments, （五）培育数据清洗和标注产业, is intended where the intent names one part:
  // 支持A拓展…数据标注业务)
  const partsOf = (n: string) => {
    const j = /^([^与和及]{2,12})[与和及]([^与和及]{2,12})$/.exec(n);
    return j ? [j[1]!, j[2]!.length === 2 && j[1]!.length >= 4 ? j[1]!.slice(0, -2) + j[2]! : j[2]!] : [];
  };
  const intended = (e: Entity) => intent && !typed && [e.name, ...e.aliases].flatMap((a) => [a, ...partsOf(a)]).some((a) => a.length >= 2 && intentText.includes(a));
  // （二）动力电池及电驱系统 / 以A为代表的电驱系统企业: a firm typed by one part of a heading that joins two
  // segments is in that part, not in the heading's other one
  const ownPart = !!typed && src === 'heading' && headingNames(se.sentence.sectionPath, typed);
  for (const e of headingNamed.length ? headingNamed : uniq(ctx)) if (!ownPart || e.id === typed!.id) push(e, intended(e) ? JUDGED.encouraged : ctxJudged);
  // a listed or encouraged pairing still places the organisation in what the sentence is about
  // (the heading's, the measure's or the document's industry): 依托A、B，扩大X和Y供给 in a 新型显示 plan
  // (…or, with no context read, what the measure's title names in the document's own words: 5．发展热带特色种苗。依托A、B等
  // 企业，发展热带水果种苗和热带花卉种苗 → A, B in 热带特色种苗)
  // (…or the level a section heading names, 第二节 做大锂产业, when the entity reader read no context there)
  const titleOrHeading = (): Entity[] => {
    const t = titleAbout(scope, explicit);
    if (t.length) return t;
    const h = headingLevel(scope, explicit[0]);
    return h && explicit.every((x) => headingLevel(scope, x)?.id === h.id) ? [h] : [];
  };
  const titled = ctxInds.length || !explicit.length ? [] : titleOrHeading();
  if (!ctx.length && explicit.length && !typed && pairing.basis === 'listed' && !link && m.label !== 'Park') {
    const about = ctxInds.length ? aboutOf(scope, explicit) : titled.length ? titled : subject ? [subject] : [];
    for (const e of about) if (!explicit.some((x) => x.id === e.id)) push(e, JUDGED.about);
  }
  // …and so does a firm the sentence builds the measure's industry on, one firm for its items (2．壮大航空动力产业。
  // 依托A，发展X和Y / 以A为龙头，发展X和Y): A is in what the measure develops, not only in X and Y
  // (重点以A为龙头 too; not a word ending in 以: 加以, 予以, 可以, 难以)
  const reliedOn = /(?:依托|以)$/.test(verb) && !/(?:可|加|予|难|得|足|所|用|借|据|免)以$/.test(verb);
  if (!ctx.length && explicit.length && !typed && pairing === JUDGED.stated && reliedOn && !link && m.label === 'Enterprise' && (src === 'measure' || src === 'heading' || titled.length > 0) && developed.length === explicit.length) {
    // (a title naming two segments, 3．发展医学影像和体外诊断。以A为龙头，发展分子诊断试剂…: A is in the one its items
    // share a word with, if one; the title does not say which otherwise)
    for (const e of src ? aboutOf(scope, explicit) : titled) if (!explicit.some((x) => x.id === e.id)) push(e, JUDGED.about);
  }
  // 打造京津冀特色细胞谷、智能制造应用示范区…: the section's industry a fellow park is named after is that
  // park's, not this one's
  if (m.label === 'Park' && (list?.items.length ?? 0) >= 2) {
    // (fellows are the list's other items, places or not: 智能制造应用示范区 is a designation, no Park)
    const fellows = (list?.items ?? []).filter((it) => it.end <= m.start || it.start >= m.end).map((it) => ({ surface: text.slice(it.start - s.start, it.end - s.start) }));
    // (only for a park named after an industry of its own: 细胞谷, not 南港工业区 among 空港生物制造产业园…)
    const ownNamed = scope.ctx.index.scan(m.surface).some((x) => x.ref.type === 'industry') || /[\u4e00-\u9fff]{2}谷$/.test(m.surface);
    const namedByOther = (e: Entity) => ownNamed && [e.name, ...e.aliases].some((a) => a.length >= 2 && !m.surface.includes(a) && fellows.some((o) => o.surface.includes(a)));
    for (let i = out.length - 1; i >= 0; i--) if (namedByOther(out[i]!.entity)) out.splice(i, 1);
  }
  // a park named after one of them hosts that one: 南岗生物医药产业园 → 生物医药
  if (m.label === 'Park' && out.length > 1 && !explicit.length) {
    const named = out.filter((t) => [t.entity.name, ...t.entity.aliases].some((a) => a.length >= 2 && m.surface.includes(a)));
    if (named.length) out.splice(0, out.length, ...named);
  }
  // the document's own industry (宁波市新能源汽车产业链…行动计划) when the sentence names none
  // (…not for firms a park's sentence gathers under foci of its own: 广饶经济开发区重点发展橡胶轮胎和合成橡胶，已集聚A、B等企业 —
  // the sentence says what they are in, below)
  const foci = m.label === 'Enterprise' && !explicit.length && !intent && !link ? gatheredByFoci(scope, m) : [];
  if (!out.length && !foci.length && subject && !link && (m.label === 'Enterprise' || role !== 'none' || (m.label === 'Park' && HOST_VERBS.test(text))) && (m.label !== 'Park' || !inds.length) && !mandateLab) push(subject, intent ? JUDGED.encouraged : JUDGED.about);
  // 广饶经济开发区重点发展橡胶轮胎和合成橡胶，已集聚A、B、C等企业: the firms the park's sentence says it has gathered are
  // in what the same sentence says the park develops: one focus, stated; several, a list against a list (which firm makes
  // which the sentence does not say: listed)
  if (foci.length) {
    for (const e of foci) push(e, foci.length === 1 ? JUDGED.stated : listed(Math.max(4, peers * foci.length)));
  }
  // a park named after an industry of the document hosts it: 张北可再生能源制氢基地 → 制氢
  // (稀土新材料产业园 is named after 稀土新材料, not also after the broad industry 新材料 inside that name;
  // a segment inside it still counts: 张北可再生能源制氢基地 → 可再生能源制氢 and 制氢)
  if (m.label === 'Park' && !explicit.length) {
    const named = table.industriesNamedIn(m.surface);
    const broad = (e: Entity) => /^(industry|system)$/.test(scope.ctx.index.industryByName.get(e.name)?.level ?? '');
    for (const e of named) if (!(broad(e) && named.some((o) => o !== e && o.name.length > e.name.length && o.name.includes(e.name)))) push(e, JUDGED.planned);
  }
  return out;
}
