// Edges between places: an area of a zone (高新区华苑片区 → PART_OF), a park in a zone (LOCATED_IN), a
// park built inside another (在灵山湾片区建设…基地), organisations settled in a park (入驻/落户/位于),
// and organisations named inside a park's section (（二）推动华苑片区建成… → LOCATED_IN 华苑片区).
import { JUDGED, listed } from './judge.ts';
import { plausibleBareName } from '../entities/enumerations.ts';
import { plausibleIndustry } from '../entities/list-items.ts';
import { isGenericName, typeBySuffix } from '../entities/typing.ts';
import { words } from '../entities/segment.ts';
import type { Entity } from '../entities/table.ts';
import { knownParkAt } from './organisations.ts';
import { lineBody } from './patterns.ts';
import { headingPark, labelPark, openingParkName, paragraphPark, QUARTER_NAME, titleZone, withParkMentions, type HeadingPark } from './park-mentions.ts';
import { entityOf, type SentenceScope } from './scope.ts';

/** The verbs of settling: a firm (its list, its base) is in the park written after them (A、B落户P / A位于P). */
const SETTLE_VERB = '入驻|落户|落地|进驻|位于|坐落于|设在';
/** A firm (or its headquarters, base, plant) settled in a park; a firm's R&D centre is a lab of its own. */
const SETTLED = new RegExp(`^(?:的)?(?:[\\u3400-\\u9fff]{0,6}(?:总部|基地|生产基地|工厂|项目))?(?:均|都|也|已|分别|现)?(?:已|已经)?(${SETTLE_VERB}|建在)$`);

/** Between a listed firm and a park: the list's other names (|), its kind word, then settling (等企业已落户 / 等龙头企业均布局在). */
const LIST_SETTLED = new RegExp(`^(?:[、和与及|])*等?[^，,。；;、和与及等|]{0,12}?(?:企业|厂商|公司|集团|药企|龙头)(?:均|都|也|已|已经|先后|相继|纷纷|目前已|现已)*(?:${SETTLE_VERB}|布局在|布局于|集聚在|聚集在|集中在|集中布局在|扎根|(?<=已|已经)(?:集聚|聚集))$`);
/** A firm's fellow items before the verb (、B、C均落户…): names the mention reader may have left. */
const FELLOWS_SETTLED = new RegExp(`^(?:、[^，,。；;、和与及等]{2,12}){1,6}(?:均|都|也|已|分别)?(?:已|已经)?(${SETTLE_VERB})$`);
/** A clause whose subject is a list of names settled in the park after it (其中A、B均落户…): the list in [1]. */
const LIST_SUBJECT_SETTLED = new RegExp(`^(?:其中|目前|当前|现)?[，,]?\\s*([^，,。；;]+?)(?:均|都|也|分别)?(?:已|已经)?(?:${SETTLE_VERB})$`);
/** The end of LIST_SUBJECT_SETTLED: a verb of settling (at most 3 characters). */
const SETTLE_VERB_END = new RegExp(`(?:${SETTLE_VERB})$`);
/** Asking firms to settle (鼓励A落户P): encouragement, not where they are (推动A落户P is the plan's, planned). */
const ASKED_BEFORE = /(鼓励|支持|引导|吸引|争取|招引|欢迎)/;
/** Between 在P and the lab it builds there: the verb of building, and nothing else (在P内建设L / 在P规划建设L). */
const BUILT_IN = /^(?:内|中)?(?:规划建设|建设|新建|布局建设|组建|设立)$/;
/** A clause of intent before the firms: what it asks them to do is not where they are. */
const INTENT_BEFORE = /(鼓励|支持|引导|推动|吸引|引进|争取|力争|招引|促进|加快|推进)/;

export function parkEdges(sentenceScope: SentenceScope): void {
  const scope = withParkMentions(sentenceScope);
  const { se, orgs, edges } = scope;
  const { text, ev, sentence: s } = se;
  // a measure names the parks the document has named that its sentence writes out whole, read here and not by the
  // mention reader (启动区, a 组团 a 包括 clause named): not a bare 园区 or 区内 standing for one
  if (se.measureId) {
    for (const m of orgs) {
      if (sentenceScope.orgs.includes(m)) continue;
      const e = entityOf(scope, m);
      if (m.surface === e.name || e.aliases.has(m.surface)) edges.add('MENTIONS', se.measureId, e.id, ev, JUDGED.mention);
    }
  }
  const kindOf = (m: (typeof orgs)[number]) => entityOf(scope, m).properties.kind;
  const parks = orgs.filter((m) => m.label === 'Park').sort((a, b) => a.start - b.start);
  // parks side by side: 高新区华苑片区 (area of a zone), 高新区海洋科技园 (park in a zone)
  parks.forEach((a, i) => {
    const b = parks[i + 1];
    // (福鼎工业园区龙安片区: a named area written right after a park of any kind is an area of it)
    // (南川工业园区龙岩组团, 合川工业园区草街拓展区: so is a 组团 or 拓展区 the park reader read after it)
    if (!b || a.end !== b.start || (kindOf(a) !== 'zone' && !(kindOf(b) === 'area' && NAMED_PART.test(b.surface)))) return;
    // (a park the document has said is part of the zone — Z包括P和Q两个片区 — is not also located in it)
    // (铜梁高新区蒲吕园区, 大庆高新区宏伟园区: a 园区 named by a place word alone, written right after its zone, is a part of
    // the zone like a 片区; a park named by its field, 高新区医疗器械产业园, is one built in it)
    const type = kindOf(b) === 'area' || placeNamedPart(scope, b.surface) || edges.has('PART_OF', entityOf(scope, b).id, entityOf(scope, a).id) ? 'PART_OF' : 'LOCATED_IN';
    edges.add(type, entityOf(scope, b).id, entityOf(scope, a).id, ev, JUDGED.byName);
  });
  // (the zones asked once, not once per pair of parks)
  const zones = parks.filter((p) => kindOf(p) === 'zone');
  for (const b of parks) {
    // 经开区西区: a name that starts with a zone's name
    const a = zones.find((p) => p !== b && b.surface.startsWith(p.surface) && b.surface.length > p.surface.length);
    if (a) edges.add('PART_OF', entityOf(scope, b).id, entityOf(scope, a).id, ev, JUDGED.byName);
  }
  // 綦江工业园区桥河片区 / 禄丰产业园区勤丰片区 read as one name: the named area is part of the park its name opens with
  for (const b of parks) {
    const m = AREA_OF_PARK.exec(b.surface);
    if (!m || kindOf(b) !== 'area' || parks.some((a) => a.end === b.start)) continue;
    const ty = typeBySuffix(m[1]!);
    if (ty?.label !== 'Park' || BARE_ZONE.test(m[1]!) || isGenericName(m[1]!, '', () => false)) continue;
    const known = scope.table.find('Park', m[1]!);
    const a = known?.label === 'Park' ? known : scope.table.org(m[1]!, 'Park', ty.kind ?? 'park');
    if (a.label === 'Park' && a.id !== entityOf(scope, b).id) edges.add('PART_OF', entityOf(scope, b).id, a.id, ev, JUDGED.byName);
  }
  // 在灵山湾片区建设商业航天产业基地 (a park built inside another)
  for (const b of parks) {
    const before = (p: typeof b) => text.slice(Math.max(0, p.start - s.start - 1), p.start - s.start);
    const between = (p: typeof b) => text.slice(p.end - s.start, b.start - s.start);
    // the nearest container: 在保税区临港片区建设… is in 临港片区 (itself in 保税区, by name)
    const opensAt = (p: typeof b) => /^在$/.test(before(p)) || parks.some((z) => z.end === p.start && /^在$/.test(before(z)));
    const noParkBetween = (p: typeof b) => !parks.some((q) => q !== p && q !== b && q.start >= p.end && q.end <= b.start);
    // (both patterns read at most BUILT_WINDOW characters between: only the parks ending that close to b are asked)
    const a = nearBefore(parks, b.start, BUILT_WINDOW).find(
      (p) =>
        p.end < b.start &&
        // (在高新区本部建设Q: the zone's main body is the zone)
        ((/^(?:[\u3400-\u9fff]{0,4}(?:核心区|片区|园区|周边|内)|本部(?:内)?)?(建设|打造|布局|建成|规划建设|新建|设立)$/.test(between(p)) && opensAt(p)) ||
          // 以北辰经济技术开发区为核心，建设北辰生物制造产业园 (clauses may come between)
          (/^以$/.test(before(p)) && /^为(核心|主体|重点|载体|依托|支撑|补充|龙头)(?:[,，][^。；;]{0,40}?)?[,，]?(建设|打造|布局|规划建设|新建)$/.test(between(p)))) &&
        // (the walks over every park last: a sentence listing many parks asks this of every pair)
        noParkBetween(p),
    );
    if (a && entityOf(scope, a).id !== entityOf(scope, b).id) edges.add('LOCATED_IN', entityOf(scope, b).id, entityOf(scope, a).id, ev, JUDGED.planned);
  }
  // 在博鳌乐城先行区建设海南真实世界数据研究中心 / 在经开区建设南京工业软件适配验证中心: a lab the plan builds in a park
  // is planned there (the park opens its clause by 在; the lab is the object right after the verb, no other verb between)
  for (const l of orgs) {
    if (l.label !== 'Lab' || l.foreign) continue;
    const p = parks.find((q) => q.end < l.start && /^在$/.test(text.slice(q.start - s.start - 1, q.start - s.start)) && opensClause(text, q.start - s.start - 1));
    if (!p || !BUILT_IN.test(text.slice(p.end - s.start, l.start - s.start))) continue;
    if (entityOf(scope, l).label !== 'Lab') continue;
    edges.add('LOCATED_IN', entityOf(scope, l).id, entityOf(scope, p).id, ev, JUDGED.planned);
  }
  // 已落户P的A是… / 以位于P的L为创新源头: a firm or a lab that a relative clause of fact places in a park (stated); a clause
  // of intent (拟落户, 鼓励…落户P的) says nothing of where it is
  for (const p of parks) {
    const rel = /(?:位于|坐落于|(?:已|已经)(?:落户|入驻|落户于|入驻于))$/.exec(text.slice(Math.max(0, p.start - s.start - 5), p.start - s.start));
    if (!rel || text[p.end - s.start] !== '的') continue;
    if (INTENT_BEFORE.test(clauseBefore(text.slice(0, p.start - s.start)))) continue;
    const o = orgs.find((x) => x.start === p.end + 1 && (x.label === 'Enterprise' || x.label === 'Lab') && !x.foreign);
    // (a name the document reads elsewhere, left unread here: the longest known firm or lab right after 的)
    const known = o ? entityOf(scope, o) : knownOrgAt(scope, text.slice(p.end - s.start + 1, p.end - s.start + 31));
    if (known && (known.label === 'Enterprise' || known.label === 'Lab')) edges.add('LOCATED_IN', known.id, entityOf(scope, p).id, ev, JUDGED.settled);
  }
  // A、B入驻C产业园
  const typedMemo = new Map<object, TypedSubject>();
  const facts = sentenceFacts(scope);
  for (const p of parks) {
    // (whether an item of a list settles in P is read once per list, not once per item; and only the names ending within
    // PAIR_WINDOW characters of P, the lists settling in P, and — for a firm — a 在 or a chain of parks before P can make a
    // pair: a list of many parks is read in time linear in the sentence, not square)
    const listSettles = new Map<(typeof orgs)[number]['list'], boolean>();
    for (const o of facts.candidates(p)) {
      if (o.end >= p.start || o === p) continue;
      const between = text.slice(o.end - s.start, p.start - s.start);
      if (o.list !== undefined && !listSettles.has(o.list)) listSettles.set(o.list, facts.listSettlesIn(o.list, p));
      const same = o.list !== undefined && listSettles.get(o.list)!;
      // (力量钻石、惠丰钻石落户P: fellow items of the subject list may be names not read as such)
      const fellows = o.label !== 'Park' && p.start - o.end <= PAIR_WINDOW && FELLOWS_SETTLED.test(between);
      // A、B等笔记本电脑整机企业在P形成了较大规模 / A等企业在P集聚发展: the firms the clause gathers in P
      // (A、B等X企业和C、D等Y企业已在P设立区域总部: two typed lists joined by 和 share the clause's place)
      const gathered =
        o.label !== 'Park' &&
        !o.foreign &&
        facts.gathersAfter(p) &&
        ((p.start - o.end <= PAIR_WINDOW && /^(?:、[^，,。；;、]{2,12}){0,8}等?[^，,。；;]{0,12}(?:企业|厂商|龙头)(?:均|都|也)?(?:已|已经)?在$/.test(between)) || typedListsBefore(scope, o, p, typedMemo)) &&
        !facts.wordInClause('gather', o.start - s.start);
      if (gathered) edges.add('LOCATED_IN', entityOf(scope, o).id, entityOf(scope, p).id, ev, JUDGED.settled);
      // (not what a clause of intent asks for: 鼓励A落户P)
      const opensAt = o.list !== undefined ? (facts.lists.get(o.list)?.start ?? o.start) : o.start;
      const asked = o.label !== 'Park' && facts.wordInClause('asked', opensAt - s.start);
      if (((p.start - o.end <= PAIR_WINDOW && SETTLED.test(between)) || same || fellows) && !asked) edges.add('LOCATED_IN', entityOf(scope, o).id, entityOf(scope, p).id, ev, JUDGED.settled);
      // A位于两江新区鱼复工业园: settled in the innermost of parks written one inside the other (at most MAX_CHAIN of them)
      const outer = o.label !== 'Park' ? facts.parksBetween(o.end, p.start) : [];
      const chained = outer.length > 0 && outer.every((q, i) => (outer[i + 1] ?? p).start === q.end);
      if (chained && o.label !== 'Park' && SETTLED.test(text.slice(o.end - s.start, outer[0]!.start - s.start))) edges.add('LOCATED_IN', entityOf(scope, o).id, entityOf(scope, p).id, ev, JUDGED.settled);
    }
  }
  // P1和P2均为P的重要片区 / P1是P的核心区: the parks the clause opens with are areas of P
  for (const p of parks) {
    const before = text.slice(0, p.start - s.start);
    // (read on the last 4 characters: the longest match, 均属于, is 3)
    const tail = Math.max(0, before.length - 4);
    const m = /(?:均|都|也)?(?:为|是|属于)$/.exec(before.slice(tail));
    if (m) m.index += tail;
    if (!m || !/^(?:的)?(?:重要|核心|主要)?(?:片区|组成部分|功能区|核心区|承载区|分园)/.test(text.slice(p.end - s.start))) continue;
    const clauseStart = before.length - clauseBefore(before).length;
    const subjects = parks.filter((q) => q !== p && q.start - s.start >= clauseStart && q.end - s.start <= m.index);
    // the subjects are a list of parks and nothing else: P1和P2均为…
    const rest = subjects.reduce((t, q) => t.replace(q.surface, ''), text.slice(clauseStart, m.index));
    if (!subjects.length || !/^[、和与及\s]*$/.test(rest)) continue;
    for (const q of subjects) if (entityOf(scope, q).id !== entityOf(scope, p).id) edges.add('PART_OF', entityOf(scope, q).id, entityOf(scope, p).id, ev, JUDGED.structure);
  }
  // A、B等企业已落户P / A、B、C等龙头企业均布局在P: the firms a clause settles in P, a list and its kind word
  // between (not what a clause of intent asks for: 引导A、B等企业落户P)
  for (const p of parks) {
    // (only a verb of settling right before P ends such a clause; each list's names blanked once per park, not once per
    // name of it: a sentence naming n firms blanked every name for each of them)
    if (!LIST_SETTLED_END.test(text.slice(Math.max(0, p.start - s.start - 6), p.start - s.start))) continue;
    const perList = new Map<number, TypedSubject>();
    for (const o of orgs) {
      if (o.label === 'Park' || o.foreign || o.end > p.start || o.list === undefined) continue;
      let read = perList.get(o.list);
      if (!read) perList.set(o.list, (read = settledSubject(scope, p, o.list)));
      typedListWork.steps++;
      let settled = o.end >= s.start ? read(o.end) : undefined;
      if (settled === undefined) {
        let between = text.slice(o.end - s.start, p.start - s.start);
        for (const q of orgs) if (q !== o && q.list === o.list && q.start >= o.end && q.end <= p.start) between = between.replace(q.surface, '|');
        settled = LIST_SETTLED.test(between);
      }
      if (!settled) continue;
      if (INTENT_BEFORE.test(clauseBefore(text.slice(0, o.start - s.start)))) continue;
      edges.add('LOCATED_IN', entityOf(scope, o).id, entityOf(scope, p).id, ev, JUDGED.settled);
    }
  }
  gatheredKinds(scope, parks);
  // Z包括P1、P2和P3三个园区 / Z包括A和B两个片区: the parts a zone is said to consist of (structure); a list of places
  // the zone has, not a list of what it does (Z包括X、Y等产业 names no park)
  includedParks(scope, parks);
  // “一区三园”…下设P1、P2和P3 / “一区五园”即Z及P1…P5: the parts a layout counts, listed after it
  layoutParts(scope, parks);
  // P以Q为核心，重点发展…: the park a zone is built around is part of it
  for (const p of parks) {
    if (text[p.end - s.start] !== '以' || !opensAfterBlanks(text, p.start - s.start)) continue;
    const q = parks.find((x) => x.start === p.end + 1);
    if (!q || !/^为(?:核心|主体|主阵地|核心区)/.test(text.slice(q.end - s.start))) continue;
    if (kindOf(p) !== 'zone' || entityOf(scope, q).id === entityOf(scope, p).id) continue;
    edges.add('PART_OF', entityOf(scope, q).id, entityOf(scope, p).id, ev, JUDGED.structure);
  }
  // P集聚了A、B等企业 / P已汇聚A、B: a park, as its clause's subject, states the firms and labs it has
  // (其中P已集聚… too; and P位于Q，已集聚A、B: the next clause without a subject of its own goes on with P's)
  // (P may open the sentence unread as a mention: 连云港石化产业基地位于徐圩新区，已集聚… — a place named like a park
  // and said to lie in another is a park, located there)
  // (by the sentence's own mentions: a park this reader added at the opening is still read off it, 位于开发区东部)
  const opening = sentenceScope.orgs.some((p) => p.label === 'Park' && p.start === s.start) ? undefined : (openingPark(scope) ?? knownParkAt(scope, text));
  const subjects: { start: number; end: number; id: string }[] = parks.map((p) => ({ start: p.start, end: p.end, id: entityOf(scope, p).id }));
  if (opening) subjects.push({ start: s.start, end: s.start + opening.length, id: opening.entity.id });
  // (1. P。重点发展X，已集聚A、B等企业: a sentence with no subject of its own after its line's label, a park, goes on with it)
  else if (!orgs.some((o) => o.start - s.start <= text.search(/\S/))) {
    // (P重点发展X，以A为龙头…。产业链条为…。已集聚B、C、D。: a sentence opening on what is gathered now, with no subject of its
    // own, goes on with the one park the nearest earlier sentence of its line names)
    const label = /^\s*(?:重点|主要|着力|已|已经|目前已|现已|现有|集聚了|拥有|位于|地处|坐落于)/.test(text) ? (labelPark(scope) ?? (GATHERED_OPENING.test(text) ? lineParkBefore(scope) : undefined)) : undefined;
    if (label) subjects.push({ start: s.start, end: s.start, id: label.id });
    // ((一）盐化工园。位于开发区东部，重点发展X、Y: the label park is where it lies and what it is for)
    if (label && /^\s*(?:位于|地处|坐落于)[^，,。；;]{1,20}[，,]/.test(text)) focusClauses(scope, label, 0);
  }
  // (开发区已集聚A、B…: a bare zone word is the document's own zone, else the zone so named that opened an earlier sentence
  // of the paragraph: P重点发展X。开发区已落户L，建有M)
  // (区内已集聚A、B…: the document's one zone, by any zone word)
  // (我区已集聚A、B… in a zone's own document, 秦皇岛经济技术开发区产业发展规划: the zone its title names; in a district's
  // document, 某某区…, no zone is titled and 我区 names none)
  // (P是…核心承载区。集聚区已集聚A…: a bare 集聚区 goes on with the one park that opened an earlier sentence of the line)
  for (const b of text.matchAll(/(开发区|经开区|高新区|示范区|新区|集聚区|区内|我区)(?=已|目前已|集聚了|聚集了|汇聚了|建有|是)(?<=(?:^|[，,；;。：:]\s*(?:其中|目前|当前)?)\1)/g)) {
    // (the paragraph's zone of that kind first: 南昌经济技术开发区重点发展X。经开区已集聚A、B — the bare word goes on with the
    // paragraph's subject, not with a zone the reader named after the city from the bare word itself)
    const zone = b[1] === '区内' || b[1] === '我区' ? titleZone(scope) : b[1] === '集聚区' ? paragraphPark(scope, b[1]) : (paragraphPark(scope, b[1]!) ?? ownZone(scope, b[1]!));
    if (!zone) continue;
    // (a park mention read from the same bare word on, 开发区是国家级经济技术开发区, is the bare word's subject, not its own)
    const at = s.start + b.index!;
    for (let k = subjects.length - 1; k >= 0; k--) if (subjects[k]!.start === at && subjects[k]!.id !== zone.id) subjects.splice(k, 1);
    subjects.push({ start: at, end: at + b[1]!.length, id: zone.id });
  }
  let stops: { next: Int32Array; last: Int32Array } | undefined;
  let starts: number[] | undefined;
  for (const p of subjects) {
    stops ??= clauseStops(text);
    // (白鹭高新区宏伟园区已集聚A… / 区内的P已集聚A…: the zone P is written in, before it, only says where P is)
    const zoneBefore = parks.find((q) => q.end === p.start && entityOf(scope, q).id !== p.id);
    // (what is read of the head lies after its last clause mark: read from there, not from the sentence's start)
    const headEnd = (zoneBefore ? zoneBefore.start : p.start) - s.start;
    // (the head's patterns below all end on a mark, a bullet, 其中/目前/当前/现, 的 or 即/为/是 and blanks: a head ending
    // otherwise is not read — a subject in a long clause with no mark read its whole clause with four patterns)
    // ((1)P是…承载区，已集聚A、B / 2．P已集聚A: an item number opening the sentence is no part of the head)
    // (以P为载体，重点发展X，已集聚A、B等企业 / X产业以P为核心承载区，已集聚… / 依托P发展X，已集聚A等企业: the park a clause
    // takes as its carrier is the subject a later clause of what is gathered now goes on with)
    const carrierHead = p.end > p.start ? CARRIER_HEAD.exec(text.slice(Math.max(0, stops.last[headEnd]!), headEnd)) : null;
    const carrier = carrierHead ? (carrierHead[1] === '以' ? CARRIER_AS : CARRIER_BY).exec(text.slice(p.end - s.start)) : null;
    const numbered = ITEM_NUMBER_HEAD.exec(text.slice(0, headEnd))?.[0].length === headEnd;
    if (!carrier && !numbered && !HEAD_ENDS.test(lastNonBlank(text, headEnd, Math.max(0, stops.last[headEnd]!)))) continue;
    const head = numbered || carrier ? '' : text.slice(Math.max(0, stops.last[headEnd]!), headEnd).replace(/(?<=[，,；;。：:]|^)\s*(?:园区|区)内的$/, '');
    // (位于Z的P已集聚A…: the place before 的 only says where P is)
    const placed = /(?:^|[，,；;。：:])\s*位于([^，,；;。]{2,20}?)的$/.exec(head);
    // (■P：… / ● P…: a line's bullet before the park)
    // (“一核”即P，是…核心承载区，已集聚A、B: the place a layout's role names is its clause's subject)
    if (!/(^\s*[■□●○◆◇▲△▶►•·▪]|^|[，,；;。：:])\s*(?:其中|目前|当前|现)?[，,]?\s*$/.test(head) && !placed && !ROLE_HEAD.test(head)) continue;
    let restAt = p.end - s.start + (carrier?.[0].length ?? 0);
    // (P：重点发展X，已集聚A、B: a park labelling its line)
    if (/^[：:]/.test(text.slice(restAt))) restAt += 1;
    const located = /^(?:位于|地处|坐落于)[^，,。；;]{1,20}[，,]/.exec(text.slice(restAt));
    if (located) restAt += located[0].length;
    let verb = GATHER_VERB.exec(text.slice(restAt));
    // P重点发展X和Y，已集聚A、B等企业: a later clause with no subject of its own goes on with P (up to the first ；,
    // and up to the next subject: 开发区是…，开发区是… each walk their own clauses only)
    starts ??= subjects.map((q) => q.start - s.start).sort((a, b) => a - b);
    const walkEnd = starts.find((x) => x > p.start - s.start) ?? text.length;
    for (let at = stops.next[restAt]!; !verb && at + 1 < walkEnd && /[，,]/.test(text[at]!); at = stops.next[at + 1]!) {
      GATHER_VERB_AT.lastIndex = at + 1;
      INSIDE_BUILT_AT.lastIndex = at + 1;
      // (…，区内已建成A工厂和B生产基地 / 园区内已建成L: the works or labs a clause says stand inside the park now, the clause's
      // only subject a word for inside it)
      const next = GATHER_VERB_AT.exec(text) ?? INSIDE_BUILT_AT.exec(text);
      // (…，已形成X主导产业，集聚了A、B: a verb of what is there now, by 已 or 了, or 建有)
      if (next && (/^(?:(?:区|园|园区)内)?(?:已|已经|目前已|现已|现有|建有)/.test(next[0]) || /了$/.test(next[0]))) {
        verb = next;
        restAt = at + 1;
      }
      if (orgs.some((o) => o.start - s.start === at + 1)) break;
    }
    if (!verb) continue;
    const rest = text.slice(restAt);
    const end = clauseStop(text, restAt + verb[0].length);
    const inClause = orgs.filter((o) => o.label !== 'Park' && !o.foreign && o.start - s.start >= restAt + verb[0].length && o.end - s.start <= end);
    // a bare 集聚 states what the park has when it names firms in a typed list (威海高新区集聚威高集团等医疗器械生产企业),
    // not a plan (…集聚一批…)
    const typedList = inClause.length > 0 && /^[^，,。；;]*?等[^，,。；;、]{0,12}?(?:企业|厂商|机构)/.test(text.slice(restAt + verb[0].length, end));
    if (!/了|已|拥有|现有|建有/.test(verb[0]) && !/^(?:已|已经)/.test(rest) && !typedList) continue;
    for (const o of inClause) edges.add('LOCATED_IN', entityOf(scope, o).id, p.id, ev, JUDGED.settled);
    knownFirms(scope, text.slice(restAt + verb[0].length, end), p.id);
    // (P重点发展X，已落户A: what a park says has settled in it are firms or labs, named or not)
    if (/落户|入驻/.test(verb[0])) unreadFirms(scope, text.slice(restAt + verb[0].length, end).replace(/等[^、，,。；;]{0,12}$/, '').split(/[、和及与]/).map((x) => x.trim()), p.id);
    // (P重点发展X，已集聚A、B。: an untyped list of two or more bare names that the park has gathered, no field among them and
    // no kind word closing it, names its firms — the names the document reads as firms only later, A是…企业)
    else if (/已|了/.test(verb[0])) {
      const listed = text.slice(restAt + verb[0].length, end);
      const items = listed.split(/、/).map((x) => x.trim());
      if (items.length >= 2 && !/[等的和及与]/.test(listed) && items.every((x) => plausibleBareName(x) && nameLike(scope, x) && scope.ctx.index.lookup(x)?.type !== 'industry' && !scope.inds.some((i) => i.surface === x) && scope.table.find('Industry', x)?.label !== 'Industry')) unreadFirms(scope, items, p.id);
    }
    // P已集聚A、B等企业，建有L、M等创新平台: the next clauses that open on such a verb go on with P
    for (let at = end; at < text.length && /[，,]/.test(text[at]!); ) {
      // (…等LED企业，以及C、D等整机企业: a typed list after 以及 is more of what the verb before gathered)
      const more = /^(?:并|还|同时)?(?:已|已经)?(?:建有|拥有|集聚了|聚集了|汇聚了|引进了|入驻了|已集聚|已聚集|已落户|已入驻)|^以及(?=[^，,。；;]*?等[^，,。；;、]{0,12}?(?:企业|厂商))/.exec(text.slice(at + 1));
      if (!more) break;
      const stop = clauseStop(text, at + 1 + more[0].length);
      for (const o of orgs) if (o.label !== 'Park' && !o.foreign && o.start - s.start >= at + 1 + more[0].length && o.end - s.start <= stop) edges.add('LOCATED_IN', entityOf(scope, o).id, p.id, ev, JUDGED.settled);
      knownFirms(scope, text.slice(at + 1 + more[0].length, stop), p.id);
      if (more[0] === '以及') unreadFirms(scope, typedListItems(text.slice(at + 1 + more[0].length, stop)), p.id);
      at = stop;
    }
    unreadFirms(scope, typedListItems(text.slice(restAt + verb[0].length, end)), p.id);
    // P已集聚X企业40余家 / 集聚了一批X企业: no firm named, the kind of firm the park has now is what it hosts
    if (!inClause.length && /了|已|拥有|现有/.test(verb[0] + rest.slice(0, 2)) && !/建成/.test(verb[0])) kindHosted(scope, p.id, s.start + restAt + verb[0].length, s.start + end);
  }
  // P重点发展X，A、B已落户该园 / P是…的主要承载地，A、B等企业落户于此: the park a later clause settles firms in by a word
  // standing for it is the park that opened an earlier clause of the sentence (up to the first ；)
  settledHere(scope, parks);
  // P是国家级高新区，已形成X、Y和Z三大主导产业: the counted industries a park has formed are what it hosts now (stated)
  for (const p of subjects) formedIndustries(scope, p);
  // A、B已在P建成…基地 / A已在园区形成…布局 / A的一期项目已在P建成投产: firms with works in P now (not what a clause of
  // intent asks for)
  for (const p of parks) {
    const after = text.slice(p.end - s.start).replace(/^[(（][^)）]*[)）]/, '');
    if (!/^(?:内)?(?:建成|投产|形成|集中布局|布局|设立|设有|建有|落地|投资建设|建设了|开工|集聚(?=$|[，,。；;]))/.test(after)) continue;
    for (const o of orgs) {
      if (o.label === 'Park' || o.foreign || o.end > p.start || p.start - o.end > PAIR_WINDOW) continue;
      const between = text.slice(o.end - s.start, p.start - s.start);
      const m = /^((?:、[^，,。；;、]{2,12}){0,8})(?:[^，,。；;、]{0,10}(?:项目|基地|工厂|总部))?(?:均|都|也)?(?:已|已经)在$/.exec(between);
      if (!m || INTENT_BEFORE.test(clauseBefore(text.slice(0, o.start - s.start)))) continue;
      edges.add('LOCATED_IN', entityOf(scope, o).id, entityOf(scope, p).id, ev, JUDGED.settled);
      unreadFirms(scope, m[1]!.split('、').map((x) => x.trim()).filter(Boolean), entityOf(scope, p).id);
    }
    // (the clause's subject a list of names none of which was read: 隆基绿能、东方日升已在区内建成…)
    const head = clauseBefore(text.slice(0, p.start - s.start));
    const subject = /^\s*([^，,。；;]+?)(?:均|都|也)?(?:已|已经)在$/.exec(head);
    if (subject && !INTENT_BEFORE.test(subject[1]!) && !orgs.some((o) => o.label !== 'Park' && o.start - s.start >= p.start - s.start - head.length && o.end <= p.start)) {
      // (A、B等配套企业已在P集聚: the list before its kind word)
      unreadFirms(scope, subject[1]!.replace(/等[^、，,。；;等]{0,12}?(?:企业|厂商|公司)$/, '').split(/[、和与及]/).map((x) => x.trim()), entityOf(scope, p).id);
    }
  }
  // A、B位于P / A、B均落户P, one of the firms read and a fellow item left unread (格兰仕、海信家电位于…): the fellow too
  for (const p of parks) {
    // (only a verb of settling right before P ends such a clause: the clause is not read for every park of a list)
    if (!SETTLE_VERB_END.test(text.slice(Math.max(0, p.start - s.start - 3), p.start - s.start))) continue;
    const head = clauseBefore(text.slice(0, p.start - s.start));
    const m = LIST_SUBJECT_SETTLED.exec(head);
    if (!m || ASKED_BEFORE.test(m[1]!)) continue;
    const from = p.start - s.start - head.length + (m[0].length - m[0].trimStart().length);
    const items = m[1]!.split(/[、和与及]/).map((x) => x.trim());
    const read = orgs.filter((o) => o.label !== 'Park' && !o.foreign && o.start - s.start >= from && o.end <= p.start);
    // (one of the list read as a firm, or none read at all: 捷泰科技已落户区内)
    if (read.length ? items.length < 2 || !read.some((o) => o.label === 'Enterprise') : /[等的]/.test(m[1]!)) continue;
    unreadFirms(scope, items, entityOf(scope, p).id);
  }
}

/** A sentence opening on what is gathered or settled now: 已集聚A、B / 目前已落户A. */
const GATHERED_OPENING = /^\s*(?:目前|现)?[，,]?\s*(?:已|已经)(?:集聚|聚集|汇聚|落户|入驻)/;

/**
 * The one park the nearest earlier sentence of the same line names (up to four sentences back): 先进材料产业园重点发展X…。
 * 产业链条为…。已集聚A、B — a sentence naming two parks or more, or none in the line, gives none.
 */
function lineParkBefore(scope: SentenceScope): Entity | undefined {
  const { doc, se } = scope;
  const all = doc.sentences;
  const text = doc.source.text;
  let i = all.indexOf(se.sentence);
  if (i < 0) i = all.findIndex((x) => x.start === se.sentence.start);
  for (let k = i - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
    const prev = all[k]!;
    if (text.slice(prev.end, all[k + 1]!.start).includes('\n') || text.slice(prev.start, prev.end).includes('\n') || prev.end - prev.start > 300) return undefined;
    const named = new Map<string, Entity>();
    const t = text.slice(prev.start, prev.end);
    for (let at = 0; at < t.length; at++) {
      const p = knownParkAt(scope, t.slice(at, at + 16));
      if (!p || p.entity.label !== 'Park') continue;
      named.set(p.entity.id, p.entity);
      at += p.length - 1;
    }
    if (named.size === 1) return [...named.values()][0];
    if (named.size > 1) return undefined;
  }
  return undefined;
}

/**
 * A settling verb and a word standing for the park the sentence is about: 落户于此, 已落户该园, 入驻园内; a park's kind word
 * after 该 or before a phase (已落户该产业园, 位于该专区, 已落户产业园一期: [1], the park's name must end so).
 */
const SETTLED_HERE = /(?:均|都|也|已|已经|先后|相继)*(?:(?:落户|入驻|进驻|落地|扎根)(?:于此|在此|此地|该园区|该园|该区|该基地|园内)|(?:落户|入驻|进驻|落地|扎根|位于)(?:该(产业园|专区|片区|工业园)|(产业园|工业园|园区)[一二三四五]期))/g;

/** A verb whose object is the park a clause builds or pushes on (在Z建设P, 推动P二期建设). */
const BUILT_BEFORE = /(?:建设|打造|建成|推动|推进)$/;

/** Whether offset k opens a clause: only blanks and 其中/目前/当前 between the previous clause stop (or the start) and k.
 * (A bounded look back: a regex over the whole prefix per park and per match made one long sentence cubic.) */
/** Whether only blanks lie between offset k and the start or the clause mark (，；。：) before it (/(^|[，,；;。：:])\s*$/). */
function opensAfterBlanks(text: string, k: number): boolean {
  let i = k;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i === 0 || /[，,；;。：:]/.test(text[i - 1]!);
}

/** The last character before offset k and from `from` on that is no blank ('' when there is none). */
function lastNonBlank(text: string, k: number, from: number): string {
  let i = k;
  while (i > from && /\s/.test(text[i - 1]!)) i--;
  return i > from ? text[i - 1]! : '';
}

/** The last character of a head the subjects' patterns can read (HEAD and ROLE_HEAD, 园区内的, 位于Q的); '' an empty one. */
/** A clause opening that takes a park as its carrier: 以P为载体 / X产业以P为核心承载区 / 依托P发展X ([1] the word before P). */
const CARRIER_HEAD = /(?:^|[，,；;。：:])\s*(?:[^，,；;。：:以]{1,10}?)?(以|依托)$/;
/** What follows P in 以P为载体 (the role, up to the clause's end). */
const CARRIER_AS = /^为(?:主要|核心|重要|主)?(?:载体|承载区|承载地|主阵地|核心区|承载平台)(?=[，,])/;
/** What follows P in 依托P发展X: a verb of developing, no more (the clause walk goes on from its end). */
const CARRIER_BY = /^(?=(?:重点|主要|大力|加快)?发展)/;
/** An item number opening a sentence, (1) / （2） / 3． / 4、, and the blanks after it. */
const ITEM_NUMBER_HEAD = /^\s*(?:[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|\d{1,2}[.．、](?!\d))\s*/;
const HEAD_ENDS = /^(?:|[，,；;。：:■□●○◆◇▲△▶►•·▪中前现的即为是])$/;

function opensClause(text: string, k: number): boolean {
  let i = k;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  if (i >= 2 && /^(?:其中|目前|当前)$/.test(text.slice(i - 2, i))) i -= 2;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i === 0 || /[，,；;。]/.test(text[i - 1]!);
}

function settledHere(scope: SentenceScope, parks: SentenceScope['orgs']): void {
  const { se, orgs, edges } = scope;
  const { text, ev, sentence: s } = se;
  for (const v of text.matchAll(SETTLED_HERE)) {
    const at = v.index!;
    const head = text.slice(0, at);
    const clause = clauseBefore(head);
    const from = at - clause.length;
    if (INTENT_BEFORE.test(clause) || ASKED_BEFORE.test(clause)) continue;
    // the park: the last one opening a clause before this one, within the sentence up to its first ；
    const semi = Math.max(head.lastIndexOf('；'), head.lastIndexOf(';'));
    // (by a kind word, 该产业园 / 产业园一期: also the park the sentence builds or pushes, 在Z建设P，…，A已落户该产业园 /
    // 推动P二期建设，…，A已落户产业园一期, of that kind)
    const kind = v[1] ?? v[2];
    const host = parks
      .filter((p) => p.start - s.start > semi && p.end - s.start <= from)
      .filter((p) => opensClause(text, p.start - s.start) || (kind !== undefined && BUILT_BEFORE.test(text.slice(Math.max(0, p.start - s.start - 4), p.start - s.start))))
      .sort((a, b) => b.start - a.start)[0];
    if (!host || (kind !== undefined && !entityOf(scope, host).name.endsWith(kind))) continue;
    const parkId = entityOf(scope, host).id;
    const firms = orgs.filter((o) => o.label !== 'Park' && !o.foreign && o.start - s.start >= from && o.end - s.start <= at);
    for (const o of firms) edges.add('LOCATED_IN', entityOf(scope, o).id, parkId, ev, JUDGED.settled);
    // (the clause's subject list, names the mention reader left too: 小鹏汽车、星驰汽车部件已落户该园)
    const list = /^\s*(?:其中|目前)?[，,]?\s*([^，,。；;]+?)(?:等[^，,。；;、等]{0,12}?(?:企业|厂商|公司))?$/.exec(clause);
    if (list && (firms.length || /等[^，,。；;、等]{0,12}?(?:企业|厂商|公司)$/.test(clause))) unreadFirms(scope, list[1]!.split(/[、和与及]/).map((x) => x.trim()), parkId);
  }
}

/** A clause of the park's sentence with no subject of its own saying which counted industries it has formed (已形成…三大主导产业). */
const FORMED = /^(?:经过[^，,。；;]{0,12}[，,])?(?:目前|现)?(?:已|已经|初步|基本)+形成了?([^，,。；;：:“”]{4,80}?)[两三四五六七八九十]大(?:主导|支柱|优势|特色|重点|核心|首位)(?:产业|产业集群|集群|板块)/;

function formedIndustries(scope: SentenceScope, p: { start: number; end: number; id: string }): void {
  const { se, inds, orgs, edges } = scope;
  const { text, sentence: s } = se;
  const head = text.slice(0, p.start - s.start);
  // (经过多年发展，高新区已形成…: a clause of time before the subject is no subject of its own)
  if (!/^(?:|[。；;，,中前])$/.test(lastNonBlank(text, head.length, 0))) return;
  if (!/(^|[。；;])\s*(?:其中|目前|当前|(?:经过|历经)[^，,。；;]{1,12}(?:发展|建设|培育)[，,]|近年来[，,])?\s*$/.test(head)) return;
  // (a name read across a copula, 开发区是国家级经济技术开发区, is no park's: nothing to host)
  if (/是/.test(se.text.slice(p.start - s.start, p.end - s.start))) return;
  // (the park's own sentence up to its first ；: the clauses after the subject, none opened by another organisation)
  const stop = text.slice(p.end - s.start).search(/[；;。]/);
  const limit = stop < 0 ? text.length : p.end - s.start + stop;
  for (let at = p.end - s.start; at < limit; at = clauseStop(text, at + 1)) {
    const from = /^[，,]/.test(text.slice(at)) ? at + 1 : at;
    // (P（以下简称高新区）是…: the bracket after the name is the name's)
    const clause = text.slice(from, limit).replace(/^[（(][^）)]*[）)]/, '');
    const skipped = text.slice(from, limit).length - clause.length;
    if (orgs.some((o) => o.start - s.start === from + skipped && o.label !== 'Park')) return;
    const m = FORMED.exec(clause);
    if (!m) continue;
    // the items of the list, each by the industries read in it, else by its words when they name one the mention reader
    // left (…、金属新材料和电子信息三大主导产业); a joined item (新能源汽车及动力电池) only by what was read in it
    let a = s.start + from + skipped + m.index + m[0].indexOf(m[1]!);
    for (const item of m[1]!.split(/(?<=[、，,和])|(?=[、，,和])/)) {
      const b = a + item.length;
      const read = inds.filter((i) => i.start >= a && i.end <= b);
      const name = item.trim();
      let xs = read.map((i) => entityOf(scope, i));
      // (one industry read inside a longer item, LED半导体照明 → 半导体: the item the list counts is the whole name)
      const part = read.length === 1 && read[0]!.end - read[0]!.start < name.length && !/[及与和、，,]/.test(name) ? read[0]! : undefined;
      if (part && plausibleIndustry(name) && !isGenericName(name, '', () => false) && !/(?:产业|行业|领域)$/.test(name.replace(read[0]!.surface, ''))) {
        const lx = scope.ctx.index.lookup(name);
        if (!lx || lx.type === 'industry') xs = [scope.table.find('Industry', name) ?? scope.table.industry(name, lx?.type === 'industry' ? lx.entry : undefined, 'segment')];
      }
      if (!read.length && !/^[、，,和]$/.test(name) && !/[及与]/.test(name) && name.length >= 2 && plausibleIndustry(name) && !isGenericName(name, '', () => false)) {
        const lx = scope.ctx.index.lookup(name);
        if (!lx || lx.type === 'industry') xs = [scope.table.find('Industry', name) ?? scope.table.industry(name, lx?.type === 'industry' ? lx.entry : undefined, 'segment')];
      }
      for (const x of xs) if (x.properties.level !== 'system') edges.add('HOSTS', p.id, x.id, se.ev, JUDGED.stated);
      a = b;
    }
    return;
  }
}

/** A clause naming only a kind of firm and a count: (了)(一批)X企业(40余家), the kind in [1]. */
const KIND_ONLY = /^了?(?:一批|一大批|大批|众多)?(?:规模以上|规上)?([\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?:上下游|相关)?(?:企业|厂商)(?:\d+|[一二三四五六七八九十百千]+)?(?:余|多)?家?$/;
/** Kinds that describe firms rather than name a field: 龙头企业, 科技型企业. */
const FIRM_QUALITY = /^(?:高新技术|科技型|专精特新|龙头|骨干|重点|知名|优质|外资|民营|国有|中小|上市|各类|配套|工业|制造业|服务业|创新型|领军|头部|链主)+$/;

function kindHosted(scope: SentenceScope, parkId: string, from: number, to: number): void {
  const { se, inds, table, edges, ctx } = scope;
  const m = KIND_ONLY.exec(se.text.slice(from - se.sentence.start, to - se.sentence.start));
  if (!m) return;
  const word = m[1]!;
  if (FIRM_QUALITY.test(word) || !plausibleIndustry(word) || isGenericName(word, '', () => false)) return;
  const at = from + m[0].indexOf(word);
  const whole = inds.find((i) => i.start === at && i.end === at + word.length);
  const lx = ctx.index.lookup(word);
  if (lx && lx.type !== 'industry') return;
  const x = whole ? entityOf(scope, whole) : (table.find('Industry', word) ?? table.industry(word, lx?.type === 'industry' ? lx.entry : undefined, 'segment'));
  if (x.properties.level !== 'system') edges.add('HOSTS', parkId, x.id, se.ev, JUDGED.stated);
}

/** The items of the typed lists of firms a clause names: A、B等X企业和C等Y企业 → A, B, C. */
function typedListItems(clause: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of clause.matchAll(/等[^，,。；;、等]{0,12}?(?:企业|厂商)/g)) {
    // (the list runs from the clause's last mark, or the end of the list before it and its joiner: A等X企业和B、C等Y企业)
    const head = clause.slice(from, m.index);
    from = m.index + m[0].length;
    const list = head.slice(Math.max(...['，', ',', '。', '；', ';'].map((c) => head.lastIndexOf(c))) + 1).replace(/^\s*(?:以及|和|及|与)/, '');
    // (a 和 inside a name, 正和集团, joins nothing: an item is split at 和/及/与 only between two names of two characters or more)
    // (found by one search from the third character on: no pattern that backtracks over a long item)
    for (const raw of list.split('、')) {
      const item = raw.trim();
      const k = item.slice(2).search(/以及|和|及|与/);
      const at = k < 0 ? -1 : k + 2;
      const len = at >= 0 && item.startsWith('以及', at) ? 2 : 1;
      out.push(...(at >= 0 && item.length - at - len >= 2 ? [item.slice(0, at), item.slice(at + len)] : [item]));
    }
  }
  return out.filter(Boolean);
}

/**
 * Firms of a clause that places them in a park (P已集聚A、B等X企业 / A、B位于P) that the mention reader left, unread or
 * read as an industry (福州软件园已集聚网龙、新大陆、星网锐捷等软件和信息服务企业): an item of the list is a firm by the list's
 * kind word or by its read fellows, when it is a plausible name and no industry the lexicon knows; settled there.
 */
/** A bare item that reads as a name: it opens with a region (河源绿野饮品) or holds a proper or unknown word (慈利杜仲生物, 揭阳华塑新材料). */
function nameLike(scope: SentenceScope, item: string): boolean {
  if ((scope.ctx.index.lexicon.regions ?? []).some((r) => r.length >= 2 && item.startsWith(r) && item.length - r.length >= 2)) return true;
  return words(item).some((w) => w.word.length >= 2 && /^(?:ns|nr|nrt|nrfg|nz|x)$/.test(w.tag) && !scope.ctx.index.isIndustryTerm(w.word));
}
function unreadFirms(scope: SentenceScope, items: string[], parkId: string): void {
  const { se, orgs, table, edges, ctx } = scope;
  for (const name of items) {
    if (orgs.some((o) => o.label !== 'Park' && (o.surface === name || o.surface.includes(name) || name.includes(o.surface)))) continue;
    if (!plausibleBareName(name) || ctx.index.lookup(name)?.type === 'industry' || ctx.index.isIndustryTerm(name)) continue;
    // (no place, body, pronoun or preposition's object: 我市, 该企业, 滁州市, 领导小组办公室, 对…; nor a name its ending types
    // otherwise: 中国东南(福建)科学城, …检验检测中心)
    if (/^(?:我|本|全|各|该|其|此|这|上述|对|向|为|把|将|由|经|按|给|与|\d)|(?:[省市县区镇乡村]|政府|办公室|小组)$|[.．]/.test(name) || INTENT_BEFORE.test(name) || /重点|力争/.test(name)) continue;
    // (a firm's base is the firm's: 金力永磁包头基地位于P)
    const typed = typeBySuffix(name);
    if ((typed && typed.label !== 'Enterprise' && typed.suffix !== '基地') || /(?:城|园|区|港|谷|岛|湾|中心|平台|院|所|室|馆|站)$/.test(name)) continue;
    const f = table.find('Enterprise', name) ?? table.org(name, 'Enterprise');
    if (f.label !== 'Enterprise') continue;
    edges.add('LOCATED_IN', f.id, parkId, se.ev, JUDGED.settled);
    if (se.measureId) edges.add('MENTIONS', se.measureId, f.id, se.ev, JUDGED.mention);
  }
}

/** A firm's works after its name (A工厂, B生产基地, A项目（一期）): the firm's. */
const FIRM_WORKS = /(?:生产基地|制造基地|生产线|工厂|基地|项目)(?:[（(][^）)]{1,8}[）)])?$/;

/**
 * The items of a park's gathering clause (P已集聚A、B / P：…，已集聚A、B等企业) that the document has read as firms elsewhere
 * (the 上游 line named them) but this sentence's mention reader left: settled there too. Only names already typed as
 * firms: an unknown item is unreadFirms' to judge.
 */
function knownFirms(scope: SentenceScope, clause: string, parkId: string): void {
  const { se, orgs, table, edges } = scope;
  const list = clause.replace(/等[^、，,。；;]{0,12}$/, '');
  for (const raw of list.split(/[、和及与]/)) {
    // (a firm's works named after it, 已建成A工厂和B生产基地: the firm is there)
    const name = raw.trim().replace(FIRM_WORKS, '');
    if (name.length < 2 || orgs.some((o) => o.label !== 'Park' && (o.surface === name || o.surface.includes(name) || name.includes(o.surface)))) continue;
    const f = table.find('Enterprise', name);
    if (!f || f.label !== 'Enterprise') continue;
    edges.add('LOCATED_IN', f.id, parkId, se.ev, JUDGED.settled);
    if (se.measureId) edges.add('MENTIONS', se.measureId, f.id, se.ev, JUDGED.mention);
  }
}

/** 推动X、Y等零部件企业在P集聚 / 引导X企业向P集聚: the kinds of firm a clause gathers in P (no firm named). */
const GATHER_IN = /^(?:集聚|聚集|集中|集聚发展|集群发展|集中布局)/;
/** Asking rather than planning (鼓励/引导…企业向P集聚): encouraged. */
const ENCOURAGED_BEFORE = /(鼓励|引导|支持|吸引|欢迎)/;

function gatheredKinds(scope: SentenceScope, parks: SentenceScope['orgs']): void {
  const { se, inds, orgs, edges } = scope;
  const { text, ev, sentence: s } = se;
  for (const p of parks) {
    if (!GATHER_IN.test(text.slice(p.end - s.start)) || !/(?:企业|厂商)(?:向|在)$/.test(text.slice(Math.max(0, p.start - s.start - 3), p.start - s.start))) continue;
    const clause = clauseBefore(text.slice(0, p.start - s.start));
    const from = p.start - clause.length;
    // the kinds: industries of the clause before 企业, and no firm or other place named there
    if (orgs.some((o) => o !== p && o.start >= from && o.end <= p.start)) continue;
    const kinds = inds.filter((i) => i.start >= from && i.end <= p.start);
    if (!kinds.length) continue;
    const judged = ENCOURAGED_BEFORE.test(clause) ? JUDGED.encouraged : JUDGED.planned;
    for (const k of kinds) {
      const x = entityOf(scope, k);
      if (x.properties.level !== 'system') edges.add('HOSTS', entityOf(scope, p).id, x.id, ev, judged);
    }
  }
}

/** A park's clause saying what it has now: (已)集聚了A、B / 已入驻A等企业 / 已落户A / 现有A、B等骨干企业 / 拥有A / 建有L / 已建成A工厂. */
const GATHER_VERB = /^(?:已|已经|目前已|现已)(?:建成了?(?!投产|达产|运营|使用|通车))|^(?:已|已经|目前已|现已)?(?:集聚了|聚集了|汇聚了|吸引了|引进了|入驻了|落户了|拥有|建有|已集聚|已聚集|已汇聚|已入驻|已落户|集聚|聚集|汇聚|入驻)|^现有(?=[^，,。；;]*?等[^，,。；;、]{0,12}?(?:企业|厂商|机构))/;
/** GATHER_VERB read at a position (lastIndex) of the whole sentence, not of a copy of its rest. */
const GATHER_VERB_AT = new RegExp(GATHER_VERB.source.replace(/^\^/, '').replace(/\|\^/g, '|'), 'y');
/**
 * A later clause of a park's sentence whose only subject is a word for inside it, saying what stands there now: 区内已建成A工厂
 * 和B生产基地 / 园区内已集聚A、B (read at a position, lastIndex, of the whole sentence). Plans (将建成, 力争建成) are
 * not read: the verb must follow 已.
 */
const INSIDE_BUILT_AT = /(?:(?:区|园|园区)内)(?:已|已经|目前已|现已)(?:建成了?(?!投产|达产|运营|使用|通车)|建有|集聚了?|聚集了?|汇聚了?|入驻了?|落户了?)/y;

/**
 * The document's own zone a bare zone word stands for (开发区 → 清河经济开发区): the one such the document has named, else,
 * of several, the one its title names (淮安经济技术开发区产业发展规划: 开发区包括… is that zone's, not a neighbour's).
 */
function ownZone(scope: SentenceScope, word: string): Entity | undefined {
  const own = scope.table.all().filter((e) => e.label === 'Park' && e.name.length > word.length && e.name.endsWith(word));
  if (own.length === 1) return own[0];
  const titled = own.length > 1 ? titleZone(scope) : undefined;
  return titled && own.includes(titled) ? titled : undefined;
}


/**
 * P位于Q… opening a sentence, P unread as a mention: P is a park (or the one the document named), located in the first
 * park of its clause, or in the document's own zone when the clause names it bare (位于开发区东部).
 */
function openingPark(scope: SentenceScope): { entity: Entity; length: number } | undefined {
  const { se, orgs, table, edges } = scope;
  const s = se.sentence;
  const m = openingParkName(se.text);
  if (!m) return undefined;
  // (a park read inside the opening, 位于鱼山岛的舟山绿色石化基地, is the subject the other readers take)
  const name = m[1]!;
  if (orgs.some((o) => o.label === 'Park' && o.start - s.start < m[0].length && o.start - s.start !== m[0].length - name.length)) return undefined;
  const p = table.find('Park', name) ?? table.org(name, 'Park', 'park');
  if (p.label !== 'Park') return undefined;
  const at = m[0].length;
  const end = clauseStop(se.text, at);
  const q = orgs.find((o) => o.label === 'Park' && o.start - s.start >= at && o.end - s.start <= end);
  let zone = q ? entityOf(scope, q) : undefined;
  const bare = /^(?:位于|地处|坐落于)(开发区|经开区|高新区|新区|园区)/.exec(se.text.slice(at));
  if (!zone && bare) zone = ownZone(scope, bare[1]!);
  if (zone && zone.id !== p.id) edges.add('LOCATED_IN', p.id, zone.id, se.ev, JUDGED.settled);
  focusClauses(scope, p, end);
  return { entity: p, length: m[0].length };
}

/** …，重点发展X、Y: a later clause of the sentence (from `end` on) with no subject of its own says what P is for. */
function focusClauses(scope: SentenceScope, p: Entity, end: number): void {
  const { se, edges } = scope;
  const s = se.sentence;
  let pos = end;
  for (const part of se.text.slice(end).split(/(?<=[，,；;])/)) {
    const from = pos;
    pos += part.length;
    if (!/^[，,；;]?(?:重点|主要|着力|加快)?(?:发展|布局|打造)/.test(part)) continue;
    for (const i of scope.inds) {
      const x = entityOf(scope, i);
      // (an industry read inside a longer item, 大飞机 in 大飞机配套, is not the item)
      if (!/^(?:[、和及与，,；;。等]|$)/.test(se.text.slice(i.end - s.start, i.end - s.start + 1))) continue;
      if (i.start - s.start >= from && i.end - s.start <= pos && x.properties.level !== 'system') edges.add('HOSTS', p.id, x.id, se.ev, JUDGED.planned);
    }
  }
}

/** The zone the title names when a bare zone word is short for its kind (高新区 → 衡阳高新技术产业开发区, 经开区 → …经济技术开发区). */
function titleZoneOfKind(scope: SentenceScope, word: string): Entity | undefined {
  const z = titleZone(scope);
  if (!z) return undefined;
  const kind: Record<string, RegExp> = { 高新区: /高新(?:技术产业开发)?区$/, 经开区: /(?:经济技术开发区|经开区)$/, 开发区: /开发区$/, 新区: /新区$/ };
  return kind[word]?.test(z.name) ? z : undefined;
}

/** 包括 and the parts' count or kind after the list: 五个园区, 两个片区, 等园区. */
const PARTS_AFTER = /^(?:[一二两三四五六七八九十\d]+个|等)?(?:园区|片区|功能区|产业园|分园|板块|组团|区块|产业片区|专业园区|特色园区)/;
/** A bare zone word standing for the document's own zone: 开发区包括… (以下简称开发区). */
const BARE_ZONE = /^(?:开发区|经开区|高新区|新区|示范区|新城|园区|产业园|试验区|自贸区|保税区|综保区)$/;

/** A layout's role naming one place, before it: “一核”即 / 一城为 / “主园”是. */
const ROLE_HEAD = /(?:^|[，,；;。：:])\s*(?:[“"][^”"]{1,6}[”"]|[一二两三四五六七八九十多]+[核园区镇点带城片翼])(?:即|为|是)$/;
/** The bare zone words a paragraph's zone goes on with (开发区 → …经济技术开发区). */
const BARE_ZONE_WORD = /^(?:开发区|经开区|高新区|新区)$/;
/** The count of a zone's parts and their kind, closing the list: 两个片区, 三个组团. */
const COUNTED_KIND = /^[两二三四五六七八九十]个(片区|组团)/;

/**
 * A zone's quarter the document names bare (东区 of 东区和西区两个片区): an area of the zone, named so; of 组团 the kind
 * goes with the name (北区和南区两个组团 → 北区组团, 北区 its alias), as the document goes on to write it.
 */
function quarter(scope: SentenceScope, name: string, kind: string): Entity {
  if (kind !== '组团') return scope.table.org(name, 'Park', 'area');
  const e = scope.table.org(name + kind, 'Park', 'area');
  e.aliases.add(name);
  return e;
}

function includedParks(scope: SentenceScope, parks: SentenceScope['orgs']): void {
  const { se, table, edges } = scope;
  const { text, ev, sentence: s } = se;
  // (下辖, the zone's own word for its parts: 开发区下辖A、B…和E五个产业园区)
  for (const inc of text.matchAll(/包括|下辖/g)) {
    const at = inc.index!;
    const head = text.slice(0, at).replace(/(?:本部|主要|共|具体|目前)$/, '');
    const clause = clauseBefore(head, true).replace(/^\s*(?:其中|目前|现)?/, '');
    const whole = parks.find((p) => p.end - s.start === head.length && p.start - s.start === head.length - clause.length);
    let zone = whole ? entityOf(scope, whole) : clause.length >= 3 ? table.find('Park', clause) : undefined;
    // (开发区包括东区和西区两个片区 after a sentence of the paragraph that opened with a zone so named: that zone)
    if (!zone && BARE_ZONE.test(clause)) zone = (BARE_ZONE_WORD.test(clause) ? paragraphPark(scope, clause, true) : undefined) ?? ownZone(scope, clause);
    // (P是全市X产业的核心承载区，包括A和B两个片区: 包括 opening the clause after P's copula goes on with P, the sentence's
    // subject; a clause of anything else between, 重点发展X，包括…, is not P's)
    const copula = !zone && clause.trim() === '' ? parks.find((p) => p.start - s.start === text.search(/\S/)) : undefined;
    if (copula && /^是[^，,。；;]{1,40}[，,]$/.test(text.slice(copula.end - s.start, at))) zone = entityOf(scope, copula);
    if (!zone) continue;
    // the items: parks of the list right after 包括, up to the clause's end, closed by the parts' count or kind
    const end = clauseStop(text, at);
    const items = parks.filter((p) => p.start - s.start >= at + 2 && p.end - s.start <= end);
    let rest = text.slice(at + 2, end);
    for (const p of items) rest = rest.replace(p.surface, '|');
    // (names between that were not read as parks are still items: 、青岚智造园三个园区)
    const tail = /^(?:[、和与及]?(?:\||(?![一二两三四五六七八九十\d]+个)[\u4e00-\u9fffA-Za-z0-9]{2,14}?(?=[、和与及]|[一二两三四五六七八九十\d]+个|等)))+/.exec(rest);
    // (or, with no such word, a list of nothing but parts the document reads as parks closing the clause: 包括A片区和B片区。)
    const onlyParks = !!tail && items.length > 0 && /^[|、和与及]+$/.test(tail[0]) && rest.slice(tail[0].length).trim() === '';
    if (!tail || (!PARTS_AFTER.test(rest.slice(tail[0].length)) && !onlyParks)) continue;
    const parts = items.map((p) => entityOf(scope, p));
    // (a part the mention reader left, named like a place: 和西岭片区两个片区 → 西岭片区; a zone's bare quarter with the
    // count of its kind after the list, 东区和西区两个片区 → 东区)
    const counted = COUNTED_KIND.exec(rest.slice(tail[0].length));
    for (const name of tail[0].split(/[|、和与及]/)) {
      if (/^[\u4e00-\u9fff]{2,10}(?:片区|园区|产业园|集聚区)$/.test(name) && !BARE_ZONE.test(name)) parts.push(table.org(name, 'Park', name.endsWith('片区') ? 'area' : 'park'));
      else if (counted && QUARTER_NAME.test(name)) parts.push(quarter(scope, name, counted[1]!));
    }
    for (const x of parts) if (x.id !== zone.id) edges.add('PART_OF', x.id, zone.id, ev, JUDGED.structure);
  }
  // Z(按照“一区多园”布局，)由本部和P1、P2…四个专业园区组成: the same parts, written the other way round; Z opens the
  // sentence (its clause, or the first clause when 由 opens a later one)
  for (const m of text.matchAll(/由(?:本部|核心区|主园区)?[和、及与]?/g)) {
    const at = m.index!;
    const end = clauseStop(text, at);
    const close = /(组成|构成)$/.exec(text.slice(at, end));
    if (!close) continue;
    const head = text.slice(0, at);
    const clause = clauseBefore(head);
    const opener = parks.find((p) => p.start - s.start === text.search(/\S/) && p.end - s.start <= at);
    // (the zone is the clause's subject, or the sentence's when 由 opens its clause after a clause of manner: 按照…布局，由…)
    const own = clause.trim() === '' || /^(?:按照|依照|依据|实行|采取)/.test(clause.trim());
    let zone: Entity | undefined;
    if (opener && (text.slice(opener.end - s.start, at).trim() === '' || own || /^(?:[(（][^)）]*[)）])?(?:[，,][^，,。；;]*)*[，,]$/.test(text.slice(opener.end - s.start, at)))) zone = entityOf(scope, opener);
    if (!zone) {
      const bare = /^\s*(开发区|经开区|高新区|新区)(?=由|按照|实行|采取|采用|[，,])/.exec(text);
      // (高新区按照…, 高新区 short for the title's 衡阳高新技术产业开发区: the one zone the title names, of that kind)
      if (bare) zone = ownZone(scope, bare[1]!) ?? titleZoneOfKind(scope, bare[1]!);
    }
    // (“一区四园”由P1、P2…组成: the layout's one 区 is the document's own zone, the one its title names)
    if (!zone && /^\s*[“"]一区[一二两三四五六七八九十多]+园[”"]\s*$/.test(clause)) zone = titleZone(scope);
    if (!zone) continue;
    const stop = end - close[0].length;
    const items = parks.filter((p) => p.start - s.start >= at + m[0].length && p.end - s.start <= stop);
    let rest = text.slice(at + m[0].length, stop);
    // (the zone's own seat by its bare zone word, 由高新区本部、P1和P2组成: the bare word read as the zone, and 本部 after it,
    // is a part of its own named so)
    const seats: Entity[] = [];
    for (const p of items) {
      const seat = text.startsWith('本部', p.end - s.start) && entityOf(scope, p).id === zone.id && BARE_ZONE.test(p.surface);
      if (seat) seats.push(table.find('Park', `${p.surface}本部`) ?? table.org(`${p.surface}本部`, 'Park', 'area'));
      rest = rest.replace(seat ? `${p.surface}本部` : p.surface, '|');
    }
    // (names between that were not read as parks are items when named like a place: 、潼湖生态智慧区、)
    const list = /^(?:[、和与及]?(?:\||[\u4e00-\u9fff]{2,14}?(?:园|区|城|谷|港)(?=[、和与及]|[一二两三四五六七八九十\d]+个|等)))+/.exec(rest);
    // (closed by the parts' count or kind, 四个专业园区组成; or, with no such word, a list of nothing but parts the
    // document reads as parks, 由P1、P2、P3和P4组成)
    const after = rest.slice(list?.[0].length ?? 0);
    const onlyParks = !!list && /^[|、和与及]+$/.test(list[0]) && after.trim() === '';
    // (由北区和南区两个组团组成: a zone's bare quarters, none a mention, with the count of their kind after them)
    const counted = COUNTED_KIND.exec(after);
    const quarters = !items.length && !!list && !!counted && after.replace(COUNTED_KIND, '').trim() === '' && list[0].split(/[、和与及]/).every((x) => QUARTER_NAME.test(x));
    if (!list || (!items.length && !quarters) || ((!PARTS_AFTER.test(after) || after.replace(PARTS_AFTER, '').trim() !== '') && !onlyParks)) continue;
    const parts = [...items.filter((p) => entityOf(scope, p).id !== zone.id).map((p) => entityOf(scope, p)), ...seats.filter((x) => x.label === 'Park')];
    for (const name of list[0].split(/[|、和与及]/)) {
      if (quarters) {
        parts.push(quarter(scope, name, counted[1]!));
        continue;
      }
      if (!name || BARE_ZONE.test(name) || isGenericName(name, '', () => false)) continue;
      const q = table.find('Park', name) ?? table.org(name, 'Park', 'park');
      if (q.label === 'Park') parts.push(q);
    }
    for (const x of parts) if (x.id !== zone.id) edges.add('PART_OF', x.id, zone.id, ev, JUDGED.structure);
  }
}

/** A named area written right after its park's name: 龙安片区, 南溪组团, 草街拓展区. */
const NAMED_PART = /(?:片区|组团|拓展区)$/;

/** 蒲吕园区, 宏伟园区: a 园区 named by a place word of two characters, no field, kind or function word. */
function placeNamedPart(scope: SentenceScope, surface: string): boolean {
  const m = /^([\u4e00-\u9fff]{2})园区$/.exec(surface);
  if (!m || /[的和与及等在为是个各该本其]/.test(m[1]!) || isGenericName(m[1]!, '', () => false)) return false;
  return !scope.ctx.index.isIndustryTerm(m[1]!) && !/^(?:产业|工业|科技|化工|物流|商贸|综合|重点|特色|核心|配套|专业|现代|创新|生态|农业|食品|医药|制造|加工)$/.test(m[1]!);
}

/** A park's name and a named area of it written as one name (綦江工业园区|桥河片区): the park in [1]. */
const AREA_OF_PARK = /^([\u4e00-\u9fff]{2,14}?(?:工业园区|产业园区|园区|产业园|工业园|经济技术开发区|经济开发区|开发区|高新区|经开区|新区))[\u4e00-\u9fff]{2,5}片区$/;

/** A layout counting one zone and its parks: “一区三园”, 一区五园, “一区多园” (the count in [1]). */
const LAYOUT_COUNT = /[“"]?一区([二两三四五六七八九十]|多)园[”"]?/;
/** What opens the list of a layout's parts after its count (and an optional subject): 由…组成, 下设, 下辖, 即. */
const LAYOUT_INTRO = /(由|下设|下辖|包括|包含|规划建设|分为|即)/;
/** Between a layout's count and its list: the words of a layout (布局，管理体制，空间格局，) and its zone, nothing else. */
const LAYOUT_BETWEEN = /^(?:(?:的)?(?:总体)?(?:布局|管理体制|管理模式|发展模式|空间格局|格局|体制|架构)?(?:[，,]\s*)?)$/;
const CN_COUNT: Record<string, number> = { 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** A part of a layout named like a place (高峰园, 北区工业园, 东区, 红山片区), not a kind of park alone. */
const LAYOUT_ITEM = /^[\u4e00-\u9fff]{1,14}(?:园|园区|片区|区|基地|城|港|谷|组团)$/;

/**
 * The one park the document's title names (黄南藏族自治州热贡文化产业园区产业发展规划): names of it written one inside
 * another (with and without its prefecture) are one park, the shortest the name the body writes.
 */
function titlePark(scope: SentenceScope): Entity | undefined {
  const title = scope.doc.source.norm.trimStart().split('\n')[0] ?? '';
  const named = scope.table.ofKind('Park').filter((e) => e.label === 'Park' && e.name.length >= 4 && title.includes(e.name)).sort((a, b) => a.name.length - b.name.length);
  return named.length && named.every((e) => e.name.includes(named[0]!.name)) ? named[0] : undefined;
}

/**
 * Z按照“一区三园”布局，下设P1、P2和P3 / 开发区实行“一区三园”管理体制，由东区、西区和P组成 / “一区五园”即Z及P1、…和P5: a
 * layout that counts its parks and lists them names the zone's parts (structure). The list must hold as many names as the
 * count (the zone itself and its 本部 aside), each named like a place: a layout slogan with no list, or a list of another
 * length, gives nothing. The zone is the one 即 names before 及, the subject before the list's verb or opening the
 * sentence (a bare zone word: the document's own), else the one zone the title names.
 */
function layoutParts(scope: SentenceScope, parks: SentenceScope['orgs']): void {
  const { se, table, edges } = scope;
  const { text, ev, sentence: s } = se;
  const count = LAYOUT_COUNT.exec(text);
  if (!count) return;
  const afterCount = count.index + count[0].length;
  const intro = LAYOUT_INTRO.exec(text.slice(afterCount));
  if (!intro) return;
  const introAt = afterCount + intro.index;
  // (the subject between: 按照“一区三园”布局，泰安高新区由… — a park mention, or a bare zone word)
  let between = text.slice(afterCount, introAt);
  const subjectPark = parks.find((p) => p.end - s.start === introAt && p.start - s.start >= afterCount);
  if (subjectPark) between = between.slice(0, subjectPark.start - s.start - afterCount);
  // (a zone's short name the mention reader left, 某山高新区: the title's zone of that kind, when it opens with the same place)
  const bareSubject = subjectPark ? undefined : /([\u4e00-\u9fff]{2,6}?)?(开发区|经开区|高新区|新区)$/.exec(between);
  if (bareSubject) between = between.slice(0, bareSubject.index);
  if (!LAYOUT_BETWEEN.test(between)) return;
  const listAt = introAt + intro[1]!.length;
  let end = clauseStop(text, listAt);
  if (intro[1] === '由') {
    const close = /(?:组成|构成)/.exec(text.slice(listAt, end));
    if (!close) return;
    end = listAt + close.index;
  }
  const body = text.slice(listAt, end).replace(/(?:[一二两三四五六七八九十\d]+个|等)(?:专业|特色)?(?:园区|产业园|片区|组团|板块)$/, '');
  let items = body.split(/[、和及与]/).map((x) => x.trim());
  let zone: Entity | undefined;
  const zoneOf = (name: string): Entity | undefined => {
    const named = parks.find((p) => p.surface === name && p.start - s.start >= listAt);
    if (named) return entityOf(scope, named);
    if (/^(?:开发区|经开区|高新区|新区)$/.test(name)) return ownZone(scope, name) ?? titleZoneOfKind(scope, name);
    const e = table.find('Park', name);
    return e?.label === 'Park' ? e : undefined;
  };
  // (即Z及P1、P2…: the zone, then its parts)
  if (intro[1] === '即') {
    const m = /^([^、和及与]{2,20})及/.exec(body);
    if (!m) return;
    zone = zoneOf(m[1]!);
    items = body.slice(m[0].length).split(/[、和及与]/).map((x) => x.trim());
  }
  zone ??= subjectPark ? entityOf(scope, subjectPark) : undefined;
  if (!zone && bareSubject) {
    const [, place, word] = bareSubject;
    const known = place ? table.find('Park', place + word) : undefined;
    const titled = titleZoneOfKind(scope, word!);
    zone = known?.label === 'Park' ? known : place ? (titled && titled.name.startsWith(place) ? titled : undefined) : (ownZone(scope, word!) ?? titled);
    if (!zone) return;
  }
  if (!zone) {
    const opening = /^\s*(开发区|经开区|高新区|新区)(?=按照|实行|采取|采用|是|[，,])/.exec(text);
    const first = parks.find((p) => p.start - s.start === text.search(/\S/));
    zone = opening ? (ownZone(scope, opening[1]!) ?? titleZoneOfKind(scope, opening[1]!)) : first && first.end - s.start <= count.index ? entityOf(scope, first) : undefined;
  }
  // (园区按照“一区四园”布局，分为… in a park's own document, 某某产业园区产业发展规划: the park its title names)
  if (!zone && /^\s*园区(?=按照|实行|采取|采用|[，,])/.test(text)) zone = titlePark(scope);
  zone ??= titleZone(scope);
  if (!zone || zone.label !== 'Park') return;
  // (the zone's own seat, 本部 or Z本部, is its 一区, no counted 园)
  const named = items.filter((x) => x && !/^(?:[\u4e00-\u9fff]{0,12})?本部$/.test(x) && x !== zone!.name && !zone!.aliases.has(x));
  const n = count[1] === '多' ? undefined : CN_COUNT[count[1]!];
  if (named.length < 2 || (n !== undefined && named.length !== n)) return;
  if (!named.every((x) => LAYOUT_ITEM.test(x) && !BARE_ZONE.test(x) && !isGenericName(x, '', () => false))) return;
  for (const name of named) {
    const known = table.find('Park', name);
    const x = known?.label === 'Park' && (known.name === name || known.aliases.has(name)) ? known : QUARTER_NAME.test(name) ? quarter(scope, name, '片区') : table.org(name, 'Park', /片区$/.test(name) ? 'area' : 'park');
    if (x.label === 'Park' && x.id !== zone.id) edges.add('PART_OF', x.id, zone.id, ev, JUDGED.structure);
  }
}

/**
 * The most characters the bounded patterns of the pair loop read between a name and a park: SETTLED (17), FELLOWS_SETTLED
 * (84), A、B等X企业已在 (123). A name further from the park makes a pair only by its list, a 在 before the park or a chain.
 */
const PAIR_WINDOW = 160;
/** The most characters between a park and the one built in it its two patterns read (为核心，…，建设: 49). */
const BUILT_WINDOW = 64;
/** At most so many parks written one inside another between a firm and the innermost (两江新区鱼复工业园: 2). */
const MAX_CHAIN = 8;

/** Work counted, not timed (test/unit/fix26-park-list.test.ts): the names the pair loop of parkEdges looks at. */
export const pairWork = { steps: 0 };

const CLAUSE_WORDS = {
  asked: ['鼓励', '支持', '引导', '吸引', '争取', '招引', '欢迎'],
  gather: ['鼓励', '支持', '引导', '推动', '吸引', '引进'],
  intent: ['鼓励', '支持', '引导', '推动', '吸引', '引进', '争取', '力争', '招引', '促进', '加快', '推进'],
} as const;

type Org = SentenceScope['orgs'][number];

/** The first index of `xs` (sorted by key) whose key is at least k. */
function lowerBound<T>(xs: readonly T[], key: (x: T) => number, k: number): number {
  let [a, b] = [0, xs.length];
  while (a < b) {
    const m = (a + b) >> 1;
    if (key(xs[m]!) < k) a = m + 1;
    else b = m;
  }
  return a;
}

const longestPark = new WeakMap<readonly Org[], number>();
/** The parks (sorted by start) that end at or after `at - window` and start before `at`, in their order. */
function nearBefore(parks: readonly Org[], at: number, window: number): Org[] {
  let longest = longestPark.get(parks);
  if (longest === undefined) longestPark.set(parks, (longest = parks.reduce((n, p) => Math.max(n, p.end - p.start), 0)));
  const out: Org[] = [];
  for (let i = lowerBound(parks, (p) => p.start, at - window - longest); i < parks.length && parks[i]!.start < at; i++) if (parks[i]!.end >= at - window) out.push(parks[i]!);
  return out;
}

/**
 * What the pair loop of parkEdges asks of a sentence, read once (a sentence listing n parks asked each of them of every
 * name before it, each by a slice and a pattern over it: cubic in the sentence).
 */
function sentenceFacts(scope: SentenceScope) {
  const { se, orgs } = scope;
  const { text, sentence: s } = se;
  const parks = orgs.filter((m) => m.label === 'Park').sort((a, b) => a.start - b.start);
  const order = new Map(orgs.map((o, i) => [o, i]));
  const byEnd = [...orgs].sort((a, b) => a.end - b.end);
  const lists = new Map(se.lists.map((l) => [l.index, l]));
  // a firm's first park after it (the chains it may open), by that park's index
  const chainOpeners = new Map<number, Org[]>();
  for (const o of orgs) {
    if (o.label === 'Park') continue;
    const i = lowerBound(parks, (p) => p.start, o.end + 1);
    if (i >= parks.length) continue;
    if (!chainOpeners.has(i)) chainOpeners.set(i, []);
    chainOpeners.get(i)!.push(o);
  }
  const firms = orgs.filter((o) => o.label !== 'Park' && !o.foreign);
  const members = new Map<number, Org[]>();
  for (const o of orgs) {
    if (o.list === undefined) continue;
    if (!members.has(o.list)) members.set(o.list, []);
    members.get(o.list)!.push(o);
  }
  const { last } = clauseStops(text);
  const lastWord = new Map<keyof typeof CLAUSE_WORDS, Int32Array>();
  const gathers = new Map<Org, boolean>();
  const settling = new Map<Org, Set<number>>();
  const windowOf = (p: Org) => {
    const out: Org[] = [];
    for (let i = lowerBound(byEnd, (o) => o.end, p.start - PAIR_WINDOW); i < byEnd.length && byEnd[i]!.end <= p.start; i++) out.push(byEnd[i]!);
    return out;
  };
  const settlingLists = (p: Org) => {
    let got = settling.get(p);
    if (!got) {
      settling.set(p, (got = new Set()));
      for (const q of windowOf(p)) if (q.list !== undefined && !got.has(q.list) && SETTLED.test(text.slice(q.end - s.start, p.start - s.start))) got.add(q.list);
    }
    return got;
  };
  const facts = {
    lists,
    /** Whether a clause-of-intent word of `kind` is in the clause before offset k (clauseBefore(text.slice(0, k))). */
    wordInClause(kind: keyof typeof CLAUSE_WORDS, k: number): boolean {
      if (k < 0 || k > text.length) return new RegExp(CLAUSE_WORDS[kind].join('|')).test(clauseBefore(text.slice(0, k)));
      let at = lastWord.get(kind);
      if (!at) {
        // at[k]: the start of the last word ending at or before k, else -1
        at = new Int32Array(text.length + 1).fill(-1);
        for (let j = 1; j <= text.length; j++) {
          at[j] = at[j - 1]!;
          for (const w of CLAUSE_WORDS[kind]) if (j >= w.length && text.startsWith(w, j - w.length)) at[j] = Math.max(at[j]!, j - w.length);
        }
        lastWord.set(kind, at);
      }
      return at[k]! > (k > 0 ? last[k]! : -1);
    },
    /** 形成规模 / 集聚发展 / 设立总部 right after P (the clause that gathers firms in P). */
    gathersAfter(p: Org): boolean {
      let v = gathers.get(p);
      if (v === undefined)
        gathers.set(
          p,
          (v = /^(?:已|已经)?(?:形成了?(?:较大|一定|相当)?规模|集聚发展|集群发展|集聚(?=$|[，,。；;])|形成了?[^，,。；;]{0,6}集群|设有(?:总部|基地|生产基地)|(?:设立|设有|建设|建立)[^，,。；;]{0,8}(?:总部|基地|工厂))/.test(text.slice(p.end - s.start))),
        );
      return v;
    },
    /** Whether an item of the list settles in P by SETTLED right before it (only names within the window can). */
    listSettlesIn(list: number, p: Org): boolean {
      return settlingLists(p).has(list);
    },
    /** The parks after `from` and ending by `to` (none when more than MAX_CHAIN start between). */
    parksBetween(from: number, to: number): Org[] {
      const [i, j] = [lowerBound(parks, (p) => p.start, from + 1), lowerBound(parks, (p) => p.start, to)];
      return j - i > MAX_CHAIN ? [] : parks.slice(i, j).filter((q) => q.end <= to);
    },
    /** The names that may make a pair with P, in the sentence's order. */
    candidates(p: Org): Org[] {
      const got = new Set<Org>(windowOf(p));
      for (const l of settlingLists(p)) for (const o of members.get(l) ?? []) if (o.end < p.start) got.add(o);
      if (text[p.start - s.start - 1] === '在' && facts.gathersAfter(p)) for (const o of firms) if (o.end < p.start) got.add(o);
      const j = lowerBound(parks, (q) => q.start, p.start);
      for (let i = Math.max(0, j - MAX_CHAIN); i < j; i++) for (const o of chainOpeners.get(i) ?? []) got.add(o);
      pairWork.steps += got.size + 1;
      return [...got].sort((a, b) => order.get(a)! - order.get(b)!);
    },
  };
  return facts;
}

/** Work counted, not timed (test/unit/fix20-linear.test.ts): the characters and names typedListsBefore reads. */
export const typedListWork = { steps: 0 };

/** The end of LIST_SETTLED (its verbs, at most 5 characters) and its part after the list's joiners. */
const LIST_SETTLED_END = new RegExp(`(?:${SETTLE_VERB}|布局在|布局于|集聚在|聚集在|集中在|集中布局在|扎根|集聚|聚集)$`);
const LIST_SETTLED_TAIL = new RegExp(LIST_SETTLED.source.replace('^(?:[、和与及|])*', '^'));

/** Joined typed lists ending in 在 (the whole of what lies between a listed firm and P, the names blanked to |). */
const TYPED_LISTS = /^(?:[、和与及|]|等[^，,。；;、和与及等]{0,12}?(?:企业|厂商)(?=[和与及]))*等[^，,。；;、和与及等]{0,12}?(?:企业|厂商)(?:均|都|也)?(?:已|已经)?在$/;
/** The last part of TYPED_LISTS (等…企业(已)在, at most 19 characters) and one typed list joined before it (等…企业). */
const TYPED_TAIL = /^等[^，,。；;、和与及等]{0,12}?(?:企业|厂商)(?:均|都|也)?(?:已|已经)?在$/;
const TYPED_JOINED = /^等[^，,。；;、和与及等]{0,12}?(?:企业|厂商)$/;

/** For one park: whether TYPED_LISTS matches from each offset of the sentence before it, the names blanked to |. */
type TypedSubject = (offset: number) => boolean | undefined;

/**
 * What lies before P, the names ending before it blanked to | (each at its place, a name inside one blanked before it
 * left), and for each offset whether TYPED_LISTS matches from there to P: one pass over the sentence per park, not
 * one per listed firm (a sentence naming n firms blanked every name for each of them: O(n²) replaces).
 */
function typedSubject(scope: SentenceScope, p: { start: number }): TypedSubject {
  const { at, blanked } = blankedBefore(scope, p, () => true);
  // ok[b]: TYPED_LISTS matches blanked.slice(b) (its star read from the end: a joiner, or 等…企业 before 和与及)
  const n = blanked.length;
  const ok = new Uint8Array(n + 1);
  for (let b = n - 1; b >= 0; b--) {
    const c = blanked[b]!;
    if (b >= n - 19 && c === '等' && TYPED_TAIL.test(blanked.slice(b))) ok[b] = 1;
    else if ('、和与及|'.includes(c)) ok[b] = ok[b + 1]!;
    else if (c === '等')
      for (let j = b + 3; j <= Math.min(n - 1, b + 15); j++)
        if (ok[j] && '和与及'.includes(blanked[j]!) && TYPED_JOINED.test(blanked.slice(b, j))) {
          ok[b] = 1;
          break;
        }
  }
  const s = scope.se.sentence;
  return (offset) => (at[offset - s.start]! < 0 ? undefined : ok[at[offset - s.start]!] === 1);
}

/** The same for LIST_SETTLED, one list's names blanked (A、B等企业已落户P): a joiner, or its last part from there. */
function settledSubject(scope: SentenceScope, p: { start: number }, list: number): TypedSubject {
  const { at, blanked } = blankedBefore(scope, p, (q) => q.list === list);
  const n = blanked.length;
  const ok = new Uint8Array(n + 1);
  for (let b = n - 1; b >= 0; b--) {
    typedListWork.steps++;
    ok[b] = ('、和与及|'.includes(blanked[b]!) && ok[b + 1]) || LIST_SETTLED_TAIL.test(blanked.slice(b)) ? 1 : 0;
  }
  const s = scope.se.sentence;
  return (offset) => (at[offset - s.start]! < 0 ? undefined : ok[at[offset - s.start]!] === 1);
}

/**
 * The sentence before P, the names `which` keeps that end before P blanked to | (each at its place; a name inside one
 * blanked before it left), and at[k], the offset in it of offset k of the sentence (-1 inside a blanked name).
 */
function blankedBefore(scope: SentenceScope, p: { start: number }, which: (q: SentenceScope['orgs'][number]) => boolean): { at: Int32Array; blanked: string } {
  const { se, orgs } = scope;
  const s = se.sentence;
  const stop = p.start - s.start;
  const names = orgs.filter((q) => q.start >= s.start && q.end <= p.start && which(q)).sort((a, b) => a.start - b.start || b.end - a.end);
  const at = new Int32Array(stop + 1).fill(-1);
  const parts: string[] = [];
  let length = 0;
  let k = 0;
  const keep = (to: number) => {
    for (let j = k; j <= to && j <= stop; j++) at[j] = length + j - k;
    if (to > k) parts.push(se.text.slice(k, to));
    length += Math.max(0, to - k);
  };
  for (const q of names) {
    const a = q.start - s.start;
    if (a < k) continue;
    keep(a);
    parts.push('|');
    length += 1;
    k = q.end - s.start;
  }
  keep(stop);
  typedListWork.steps += stop + 1;
  return { at, blanked: parts.join('') };
}

/**
 * A、B等X企业和C、D等Y企业(已)在P: the organisation is in one of typed lists of firms joined by 和/与/及 that
 * together make the subject of 在P (nothing but names, list joiners and 等…企业 between it and P). `memo` keeps each
 * park's reading (typedSubject) for the other firms of its sentence.
 */
function typedListsBefore(scope: SentenceScope, o: { start: number; end: number }, p: { start: number }, memo?: Map<object, TypedSubject>): boolean {
  const { se, orgs } = scope;
  const s = se.sentence;
  // (only a 在 right before P ends such a subject: a long line naming many parks and firms is not blanked for each pair)
  if (se.text[p.start - s.start - 1] !== '在') return false;
  typedListWork.steps++;
  if (memo && o.end >= s.start && o.end <= p.start) {
    let read = memo.get(p);
    if (!read) memo.set(p, (read = typedSubject(scope, p)));
    const v = read(o.end);
    if (v !== undefined) return v;
  }
  // (a firm whose end falls inside another name: each name blanked where it is first found, as it was)
  let rest = se.text.slice(o.end - s.start, p.start - s.start);
  for (const q of orgs) if (q.start >= o.end && q.end <= p.start) rest = rest.replace(q.surface, '|');
  return TYPED_LISTS.test(rest);
}

/** The clause that ends `head` (after its last ，；。, or ：too when `colon`). */
/** The firm or lab the document has read whose name opens `at` (the longest), or none. */
function knownOrgAt(scope: SentenceScope, at: string): Entity | undefined {
  for (let n = at.length; n >= 4; n--) {
    const name = at.slice(0, n);
    const e = scope.table.find('Enterprise', name) ?? scope.table.find('Lab', name);
    if (e && (e.name === name || e.aliases.has(name))) return e;
  }
  return undefined;
}

function clauseBefore(head: string, colon = false): string {
  const marks = colon ? ['，', ',', '；', ';', '。', '：', ':'] : ['，', ',', '；', ';', '。'];
  return head.slice(Math.max(...marks.map((c) => head.lastIndexOf(c))) + 1);
}

/** The end of the clause starting at `from` (the next ，；。). */
/**
 * clauseStop for every position of a sentence at once (one pass, not five indexOf a step): next[i] = clauseStop(text, i);
 * last[i] = the last clause mark before i, else -1.
 */
function clauseStops(text: string): { next: Int32Array; last: Int32Array } {
  const next = new Int32Array(text.length + 2);
  const last = new Int32Array(text.length + 1);
  next[text.length] = next[text.length + 1] = text.length;
  for (let i = text.length - 1; i >= 0; i--) next[i] = '，,；;。'.includes(text[i]!) ? i : next[i + 1]!;
  last[0] = -1;
  for (let i = 1; i <= text.length; i++) last[i] = '，,；;。'.includes(text[i - 1]!) ? i - 1 : last[i - 1]!;
  return { next, last };
}

function clauseStop(text: string, from: number): number {
  const ends = ['，', ',', '；', ';', '。'].map((c) => text.indexOf(c, from)).filter((x) => x >= 0);
  return ends.length ? Math.min(...ends) : text.length;
}

export type { HeadingPark };

/** Words saying a park has firms now (集聚了A、B / 现有基础：已集聚A、B等X企业 / 园区拥有A). */
const GATHERED = /(集聚|聚集|汇聚|拥有|入驻|落户|引进了|吸引了)/;
/** A line saying what a park hosts: 主导产业：X、Y / 重点产业：X和Y. */
const HOSTS_LINE = /^(?:主导产业|重点产业|主攻产业|产业定位|主导方向|主攻方向|首位产业|特色产业)\s*[:：]\s*(\S.*)$/;
/** A line of a park's firms: 重点企业：A（X）、B（Y）. */
const FIRMS_LINE = /^\s*(?:重点企业|龙头企业|骨干企业|代表企业|入驻企业|链主企业)\s*[:：]/;

/**
 * A section whose heading is one park (（一）印染产业集聚区 / （四）智能装备产业园), the 一区多园 定位 shape: its
 * 主导产业 line says what it hosts (stated); the firms its sentences say it has gathered (集聚了A、B / 现有基础：已集聚A、B
 * 等X企业 / 园区集聚了以A为代表的X企业) are located in it (stated), and so, less surely, are the firms of its
 * 重点企业 line. Firms it relies on, asks or links to (依托/鼓励/对接A) are not placed by the section.
 */
function parkSectionEdges(scope: SentenceScope, hp: NonNullable<HeadingPark>): void {
  const { se, orgs, inds, table, edges } = scope;
  const s = se.sentence;
  const park = table.org(hp.surface, 'Park', hp.kind, hp.entry);
  const line = HOSTS_LINE.exec(lineBody(se.text));
  if (line) {
    const named = new Set<string>();
    const hosted: Entity[] = [];
    for (const m of inds) {
      const x = entityOf(scope, m);
      if (x.properties.level === 'system') continue;
      named.add(m.surface);
      hosted.push(x);
    }
    // (items the mention reader left: 主导产业：绿色印染、数码印花 → 数码印花)
    for (const item of line[1]!.split(/[、，,和及与]/).map((x) => x.trim().replace(/^等|等$/g, ''))) {
      if (item.length < 2 || item.length > 10 || [...named].some((n) => n.includes(item) || item.includes(n)) || !plausibleIndustry(item) || isGenericName(item, '', () => false)) continue;
      hosted.push(table.find('Industry', item) ?? table.industry(item, undefined, 'segment'));
    }
    const { subject } = scope;
    for (const x of hosted) {
      edges.add('HOSTS', park.id, x.id, se.ev, JUDGED.stated);
      // in a document about one industry, a park's leading fields are its segments (the lexicon's own industries aside)
      const le = scope.ctx.index.industryByName.get(x.name);
      if (subject && x.id !== subject.id && !x.name.includes(subject.name) && (!le || le.level === 'segment' || le.level === 'track') && !(le?.parent && le.parent !== subject.name)) edges.add('PART_OF', x.id, subject.id, se.ev, { basis: 'stated', confidence: 0.75 });
    }
    return;
  }
  const firmsLine = FIRMS_LINE.test(se.text);
  // (a sentence about another park of the section — Z包括P和Q；P重点发展X，已集聚A — places its firms there, not in Z)
  if (orgs.some((o) => o.label === 'Park' && !o.foreign && o.start === s.start && entityOf(scope, o).id !== park.id)) return;
  for (const m of orgs) {
    if (m.label === 'Park' || m.foreign) continue;
    const x = entityOf(scope, m);
    const list = m.list !== undefined ? se.lists.find((l) => l.index === m.list) : undefined;
    const head = se.text.slice(0, (list ? list.start : m.start) - s.start);
    const clause = clauseBefore(head, true);
    // (the clause's subject is the section's park or none: 园区集聚了…, 已集聚…, 现有基础：集聚了…, 片区已集聚… under （一）P片区)
    const gathered = GATHERED.test(clause) && !INTENT_BEFORE.test(clause) && /^(?:目前|现已|现有|已经|已|本园|园区|该园|集聚区|片区|该片区)?\s*(?:已经|已)?(?:集聚|聚集|汇聚|拥有|入驻|落户|引进了|吸引了)/.test(clause);
    if (gathered) edges.add('LOCATED_IN', x.id, park.id, se.ev, JUDGED.settled);
    else if (firmsLine) edges.add('LOCATED_IN', x.id, park.id, se.ev, JUDGED.section);
  }
}

/** Organisations named inside a park's section (001 六: （二）推动华苑片区建成…) are located in it. */
export function sectionParkEdges(scope: SentenceScope, headingParks: Map<string, HeadingPark>): void {
  const { se, orgs, table, edges } = scope;
  const s = se.sentence;
  const pathKey = s.sectionPath.join('\u0001');
  if (!headingParks.has(pathKey)) headingParks.set(pathKey, headingPark(s.sectionPath, scope));
  const hp = headingParks.get(pathKey);
  const isArea = (kind: unknown) => ['area', 'zone'].includes(String(kind ?? ''));
  if (hp?.whole) {
    parkSectionEdges(scope, hp);
    return;
  }
  if (!hp || orgs.some((p) => p.label === 'Park' && isArea(entityOf(scope, p).properties.kind))) return;
  const area = table.org(hp.surface, 'Park', hp.kind, hp.entry);
  for (const m of orgs) {
    const x = entityOf(scope, m);
    if (x.id === area.id || m.foreign) continue;
    if (m.label === 'Park' && isArea(x.properties.kind)) continue;
    const list = m.list !== undefined ? se.lists.find((l) => l.index === m.list) : undefined;
    // owners of projects built there (腾讯IDC数据中心等项目) are not placed by it
    if (list && /^(产业化|重大|重点)?(项目|工程)/.test(list.after)) continue;
    // what the area's plan relies on (依托A、B等企业) may be elsewhere: weak
    const before = list ? list.before : se.text.slice(0, m.start - s.start);
    edges.add('LOCATED_IN', x.id, area.id, se.ev, m.label !== 'Park' && /(依托|借助|借重|联合|对接)[^，,。；;]{0,2}$/.test(before) ? listed(4) : JUDGED.section);
  }
}
