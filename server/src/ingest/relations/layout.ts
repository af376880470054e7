// Spatial layouts (空间布局) of the genre: “一核两翼多园”, “一区四园”, “两镇三园”. A layout sentence
// names its places clause by clause and gives each its own focus:
//   “一核”为P（以下简称X），重点发展A及B；     → P HOSTS A, B (the clause after a “一核”为P clause is P's)
//   长春新区重点发展C和D，长春经开区聚焦E和F；  → each park hosts what its own clause names
//   “多园”包括P1、P2等，重点承接G和H配套；    → the group's members each host G, H (the plan assigns the role to the group)
//   其中，Z包括P1和P2两个片区 / 其中P1聚焦…   → P1, P2 PART_OF Z (stated)
//   规划在Z建设Q，重点引进I、J项目            → Q (the park built) hosts I, J
// Each clause pairs only its own subject with its own objects: a layout is no cross-product. HOSTS is
// `planned` (the government's plan); a measure that lays it out supports what it names.
import type { Mention } from '../entities/enumerations.ts';
import { plausibleIndustry } from '../entities/list-items.ts';
import type { Entity } from '../entities/table.ts';
import { isGenericName } from '../entities/typing.ts';
import { JUDGED } from './judge.ts';
import { knownParkAt } from './organisations.ts';
import { parkByEnding, QUARTER_NAME, withParkMentions } from './park-mentions.ts';
import { entityOf, phraseMentions, type SentenceScope } from './scope.ts';

/** Verbs that give a place its focus. */
const FOCUS = /^(?:重点发展|主要发展|重点布局|聚焦发展|聚焦|重点承接|主要承接|重点引进|承接|(?:主要|重点)?承载(?!能力|功能|区|地|力|平台|[了着])|主导产业(?:为|是|包括)|(?:重点)?集聚(?![了一])(?=[^，,；;。]{2,40}企业$))/;
/** P以X和Y为主导产业: the leading fields between 以 and 为. */
const LEADING = /^以([^，,。；;以为]{2,40})为(?:主导产业|首位产业|主攻产业|特色产业|主导方向|主攻方向)/;
/** “一核”为P / “两翼”为P和Q / 三区分别为P、Q和R / “多园”包括P、Q等 / 多园还包括P、Q等 (a layout's role opening the clause). */
const ROLE_OPENING = /^(?:[“"][^”"]{1,6}[”"]|[一二三四五六七八九十两多\d]+(?:[核翼园区镇点带城片]+|基地|组团|板块))(?:还|也|主要)?(?:分别)?(?:为|是|即|包括|[:：])/;
/** A numbered layout item opening its line: （三）多点：… / (二)两园:在Z建设Q… (the number goes, the role stays). */
const ITEM_NUMBER = /^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[\d一二三四五六七八九十]+[.．、])\s*/;
/** The layout's own name before its roles (构建“一核两园多点”布局：一核为P… / 按照“一城两区”布局：“一城”即P): it goes, the role stays. */
const LAYOUT_INTRO = /^(?:按照|构建|形成|打造|优化)?[^，,；;。：:]{0,16}?(?:空间)?(?:布局|格局)[:：]\s*/;
/** A line's label naming the carriers it lists (承载园区：P承载X，Q承载Y / 承载平台：…): it goes, the parks' clauses stay. */
const CARRIER_LABEL = /^(?:承载|重点|主要)(?:园区|平台|载体)[:：]\s*/;
/** The role label of a numbered layout item, before what it says: 两园：在Z建设Q… → 在Z建设Q…. */
const ROLE_LABEL = /^[一二三四五六七八九十两多\d]+[核翼园区镇点带城片]+[:：]/;
/** A part too general to be an item of its own when a joined name is split (金属和合金 → 合金). */
const SHARED_HEAD = /^(?:合金|材料|制品|部件|器件|装备|设备|产品|系统|服务|应用|技术|零件)$/;
/** A tail the object list ends with: 配套, 配套环节, 等环节, 项目, 产业. */
const OBJECT_TAIL = /(?:等)?(?:配套环节|配套|环节|(?:产业化|建设|制造)?项目|产业|领域|方向|企业)$/;
/**
 * The opening of a clause that builds a park in another ((规划)在Z建设Q): a run-in item (二是) or a meeting's or a plan's
 * decision (会议同意/决定) before 在 takes nothing from it.
 */
const BUILT_AT = /^(?:[一二三四五六七八九十]是)?(?:会议)?(?:同意|决定|研究决定|原则同意|建议)?(?:规划|计划|拟)?在/;
const BUILT_AT_WHOLE = new RegExp(`${BUILT_AT.source}$`);
/**
 * A zone's quarter the sentence's own 包括 clause has just named (开发区包括东区和西区两个片区，东区重点发展X): its two-character
 * name opens the clause (the park table's own lookup reads three characters and more).
 */
function knownQuarterAt(scope: SentenceScope, text: string): { entity: Entity; length: number } | undefined {
  const name = text.slice(0, 2);
  if (!QUARTER_NAME.test(name)) return undefined;
  const e = scope.table.find('Park', name);
  return e && e.label === 'Park' && e.properties.kind === 'area' ? { entity: e, length: 2 } : undefined;
}

/** 两个片区 / 三个功能区 after a list of places. */
const COUNTED_PARTS = /^(?:[一二三四五六七八九十两\d]+个)?(?:片区|功能区|园区|板块|组团|区块)?$/;

interface Clause {
  start: number;
  end: number;
  text: string;
}

function clausesOf(text: string, offset: number): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    // (a colon opening a clause that builds a park, “两园”即P和Q：在Z建设P，重点发展X: what follows is a clause of its own,
    // not more of the role's names — the role's parks take no focus the built park's clause gives)
    if (i < text.length && !/[，,；;。]/.test(text[i]!) && !(/[：:]/.test(text[i]!) && BUILT_AT.test(text.slice(i + 1)))) continue;
    if (i > start) out.push({ start: offset + start, end: offset + i, text: text.slice(start, i) });
    start = i + 1;
  }
  return out;
}

export function layoutEdges(sentenceScope: SentenceScope): void {
  const scope = withParkMentions(sentenceScope);
  const { se, orgs, edges } = scope;
  const { text, ev, sentence: s } = se;
  const parks = orgs.filter((m) => m.label === 'Park' && !m.foreign).sort((a, b) => a.start - b.start);
  // (a role naming places unread as mentions, or a count taking a group up, has no park mention of its own)
  if (!parks.length && !/(?:园|片区|组团|功能区|板块|基地)/.test(text)) return;
  const cls = clausesOf(text, s.start);
  formerLatter(scope, parks, cls);
  /** Parks a role clause named (“一核”为P / “多园”包括P、Q等): the subject of the next clause when it opens with a focus verb. */
  let carried: (Mention | Entity)[] = [];
  /** The park the previous clause was about (for 其中P…). */
  let lastSubject: Mention | undefined;
  for (const c of cls) {
    const inClause = parks.filter((p) => p.start >= c.start && p.end <= c.end);
    // (a numbered item's number, and a role label before a sentence of its own: （二）两园：在Z规划建设Q)
    let lead = c.text.replace(/^\s+/, '').replace(ITEM_NUMBER, '').replace(LAYOUT_INTRO, '').replace(CARRIER_LABEL, '');
    const labelled = ROLE_LABEL.exec(lead);
    if (labelled && /^(?:规划|计划|拟)?在/.test(lead.slice(labelled[0].length))) lead = lead.slice(labelled[0].length);
    const leadAt = c.start + (c.text.length - lead.length);
    // 其中，Z包括P1和P2两个片区 / 启东海工船舶工业园包括吕四港片区和寅阳片区
    const body = lead.replace(/^其中/, '');
    const bodyAt = leadAt + (lead.length - body.length);
    const container = inClause.find((p) => p.start === bodyAt);
    if (container) {
      const inc = /^包括/.exec(text.slice(container.end - s.start, c.end - s.start));
      const parts = inClause.filter((p) => p !== container && p.start > container.end);
      // 其中P包括七贤岭和黄泥川两个片区: areas named by their bare names, the count giving their kind
      const listed = text.slice(container.end + (inc?.[0].length ?? 0) - s.start, c.end - s.start);
      // (or with no count, names that each end in a part's kind of their own: 园区包括整车制造组团和零部件配套组团：…)
      const bare = inc && !parts.length ? (/^([\u4e00-\u9fff]{2,10}(?:[、和及与][\u4e00-\u9fff]{2,10})+)[两三四五六七八九十]个(片区|园区|组团)$/.exec(listed) ?? /^((?:[\u4e00-\u9fff]{2,8}(组团|片区))(?:[、和及与][\u4e00-\u9fff]{2,8}(?:组团|片区))+)(?=[：:]|$)/.exec(listed)) : null;
      if (bare) {
        // (a name with a place ending of its own keeps it: 红旗小镇, 零部件东区, 整车组团 of 两个组团)
        for (const name of bare[1]!.split(/[、和及与]/)) {
          const full = /(?:小镇|[东西南北中]区|片区|园区|组团|园|镇|城|港|谷)$/.test(name) || name.endsWith(bare[2]!) ? name : name + bare[2];
          edges.add('PART_OF', scope.table.org(full, 'Park', 'area').id, entityOf(scope, container).id, ev, JUDGED.structure);
        }
        // (…组团和…组团：A组团重点发展X，…: the first part's focus after the colon, in the same clause)
        const colon = listed.length > bare[0].length ? container.end + (inc?.[0].length ?? 0) + bare[0].length + 1 : -1;
        if (colon > 0) {
          const after = text.slice(colon - s.start, c.end - s.start);
          const known = knownParkAt(scope, after);
          const verb = known ? FOCUS.exec(after.slice(known.length)) : null;
          if (known && verb) hostObjects(scope, [known.entity], c, colon + known.length + verb[0].length);
        }
        carried = [];
        lastSubject = container;
        continue;
      }
      if (inc && parts.length >= 1 && partsOnly(text, s.start, container.end + inc[0].length, c.end, parts)) {
        for (const p of parts) edges.add('PART_OF', entityOf(scope, p).id, entityOf(scope, container).id, ev, JUDGED.structure);
        carried = [];
        lastSubject = container;
        continue;
      }
    }
    // A park opening the clause with the focus right after it is the clause's subject:
    // - (在)南川工业园区南城组团重点发展X: a named area written right after its park (a 组团, 拓展区 or 片区 read apart
    //   from it); the park before it only says whose area it is;
    // - 在南溪组团重点发展X: a park named whole that only the park reader read (a part the document named before), right
    //   after the 在 opening the clause (the mention reader's parks are read by organisations.ts).
    const [p0, p1] = inClause;
    const opensAt = (p: Mention, lead: RegExp) => lead.test(text.slice(bodyAt - s.start, p.start - s.start));
    const focusSubjects = [
      p0 && p1 && p0.end === p1.start && opensAt(p0, /^在?$/) && entityOf(scope, p1).properties.kind === 'area' && /(?:片区|组团|拓展区)$/.test(p1.surface) ? p1 : undefined,
      p0 && !sentenceScope.orgs.includes(p0) && p0.surface === entityOf(scope, p0).name && opensAt(p0, /^在$/) ? p0 : undefined,
    ];
    const focused = focusSubjects.map((p) => (p ? { p, verb: FOCUS.exec(text.slice(p.end - s.start, c.end - s.start)) } : undefined)).find((f) => f?.verb);
    if (focused) {
      hostObjects(scope, [focused.p], c, focused.p.end + focused.verb![0].length);
      carried = [];
      lastSubject = undefined;
      continue;
    }
    // P是全市X产业的核心承载区 / P…，是全区X的核心承载区: the park hosts X (stated: what it is now, blind6 r07)
    const coreAt = container ? container.end + (/^(?:[(（][^)）]*[)）])?/.exec(text.slice(container.end - s.start, c.end - s.start))![0].length) : bodyAt;
    const carrier = CORE_HOST.exec(text.slice(coreAt - s.start, c.end - s.start));
    const opener = parks[0] && /^\s*$/.test(text.slice(0, parks[0].start - s.start)) ? parks[0] : undefined;
    const host = container ?? (inClause.length ? undefined : (lastSubject ?? opener));
    if (carrier && host) {
      const from = coreAt + carrier[0].indexOf(carrier[1]!);
      const x = coreIndustry(scope, carrier[1]!, from);
      if (x) edges.add('HOSTS', entityOf(scope, host).id, x.id, ev, JUDGED.stated);
      if (container) {
        lastSubject = container;
        carried = [container];
      }
      continue;
    }
    // 整车组团重点发展A after 园包括整车组团和零部件组团两个组团 in the same sentence: a park the document knows (the parts
    // the sentence's own 包括 clause has just named are no mentions of it) opening its clause, with a focus of its own
    if (!container && !inClause.some((p) => p.start < bodyAt + 3)) {
      const known = knownParkAt(scope, body) ?? knownQuarterAt(scope, body);
      const verb = known ? FOCUS.exec(body.slice(known.length)) : null;
      if (known && verb) {
        hostObjects(scope, [known.entity], c, bodyAt + known.length + verb[0].length);
        carried = [];
        lastSubject = undefined;
        continue;
      }
    }
    // 其中大路片区聚焦… after a clause about 准格尔经济开发区: the area is part of that park
    if (/^其中/.test(lead) && container && lastSubject && lastSubject !== container && entityOf(scope, lastSubject).id !== entityOf(scope, container).id) {
      edges.add('PART_OF', entityOf(scope, container).id, entityOf(scope, lastSubject).id, ev, JUDGED.structure);
    }
    // 位于P1的P2重点发展A和B: the clause is P2's (P1 only says where it is), P2 in P1 (stated)
    const firstPark = container ?? inClause[0];
    const located = firstPark && /^(?:位于|地处)?$/.test(text.slice(c.start - s.start, firstPark.start - s.start).replace(/^\s+/, '').replace(/^其中/, '')) ? firstPark : undefined;
    if (located) {
      const after = text.slice(located.end - s.start, c.end - s.start);
      const gap = /^(?:内|中|境内)?的/.exec(after);
      const inner = gap ? inClause.find((p) => p.start === located.end + gap[0].length) : undefined;
      const known = gap && !inner ? knownParkAt(scope, after.slice(gap[0].length)) : undefined;
      const innerEntity = inner ? entityOf(scope, inner) : known?.entity;
      const innerEnd = inner ? inner.end : known ? located.end + gap![0].length + known.length : 0;
      if (innerEntity && innerEntity.id !== entityOf(scope, located).id) {
        edges.add('LOCATED_IN', innerEntity.id, entityOf(scope, located).id, ev, JUDGED.structure);
        const verb = FOCUS.exec(text.slice(innerEnd - s.start, c.end - s.start));
        if (verb) hostObjects(scope, [innerEntity], c, innerEnd + verb[0].length);
        carried = [];
        lastSubject = undefined;
        continue;
      }
    }
    // a belt or axis of the layout that links places (空天产业带串联P、Q，重点发展A和B): each place it links takes
    // the focus the next clause gives, as the members of a “多园” group do
    const linking = firstPark && /^[\u4e00-\u9fff“”"]{0,14}?(?:串联|串接|贯穿|贯通|连接|联动)$/.test(text.slice(bodyAt - s.start, firstPark.start - s.start));
    // “三园”为A、B和C with the places unread as mentions: items named like parks (…化工园, …工业园) are the role's places
    const role = ROLE_OPENING.exec(body);
    const named = role && !inClause.length ? namedPlaces(scope, body.slice(role[0].length)) : [];
    if (named.length) {
      if (named.length >= 2) rememberGroup(scope, named);
      carried = named;
      lastSubject = undefined;
      continue;
    }
    // 三个化工园重点承接A和B: a count of places taking up a group the layout named before (the same count and kind)
    const group = groupRef(scope, body);
    if (group) {
      // (三个园区分别重点发展A、B和C: one each, in order)
      hostObjects(scope, group.members, c, bodyAt + group.length, group.respective);
      carried = [];
      lastSubject = undefined;
      continue;
    }
    // a role clause: “一核”为P（以下简称X）, “多园”包括P、Q等
    if ((ROLE_OPENING.test(body) || linking) && inClause.length) {
      if (inClause.length >= 2) rememberGroup(scope, inClause.map((p) => entityOf(scope, p)));
      const rest = text.slice(inClause[inClause.length - 1]!.end - s.start, c.end - s.start);
      const focusHere = FOCUS.exec(rest.replace(/^[(（][^)）]*[)）]/, '').replace(/^等/, ''));
      if (focusHere) hostObjects(scope, inClause, c, inClause[inClause.length - 1]!.end + rest.indexOf(focusHere[0]) + focusHere[0].length);
      else carried = inClause;
      lastSubject = inClause.length === 1 ? inClause[0] : undefined;
      continue;
    }
    // 以P为核心，集聚X和Y企业 / 以P为核心承载区，重点发展X: a clause that is only the place the plan rests on makes it the next clause's subject
    const core = inClause.length === 1 && !container && /^以$/.test(text.slice(bodyAt - s.start, inClause[0]!.start - s.start)) && /^为(?:核心|主体|主阵地|核心区|核心承载区|主要载体|载体)$/.test(text.slice(inClause[0]!.end - s.start, c.end - s.start)) ? inClause[0] : undefined;
    if (core) {
      carried = [core];
      lastSubject = core;
      continue;
    }
    // 以P、Q和R为主要载体，重点发展X和Y: a group of parks the plan rests on, named as a list and nothing else, carries the
    // next clause's focus, each park (as the members of a “多园” group do); a pair 为核心 is left alone (a district and a
    // park may share the role: 以Z区老工业基地和P为核心)
    const carriers =
      inClause.length >= 2 && !container && /^以$/.test(text.slice(bodyAt - s.start, inClause[0]!.start - s.start)) && /^为(?:主要载体|载体|重要载体|主体|主阵地)$/.test(text.slice(inClause[inClause.length - 1]!.end - s.start, c.end - s.start)) && inClause.every((p, i) => i === 0 || /^(?:、|和|及|与|以及)$/.test(text.slice(inClause[i - 1]!.end - s.start, p.start - s.start)));
    if (carriers) {
      rememberGroup(scope, inClause.map((p) => entityOf(scope, p)));
      carried = inClause;
      lastSubject = undefined;
      continue;
    }
    // P和Q重点发展A和B / P、Q等县域园区重点承接A和B: a list of parks and nothing else opening the clause is its subject,
    // each park takes the focus (planned), as a group the layout names does
    const subjects = container ? listedParks(text, s.start, container, inClause) : [];
    if (subjects.length >= 2) {
      const at = subjects[subjects.length - 1]!.end;
      const rest = text.slice(at - s.start, c.end - s.start);
      const tail = /^(?:等[\u4e00-\u9fff]{0,6}?(?:园区|开发区|产业园|集聚区))?/.exec(rest)![0];
      const verb = FOCUS.exec(rest.slice(tail.length));
      if (verb) {
        rememberGroup(scope, subjects.map((p) => entityOf(scope, p)));
        hostObjects(scope, subjects, c, at + tail.length + verb[0].length);
        carried = [];
        lastSubject = undefined;
        continue;
      }
      // (P、Q等县域园区，重点承接A和B: the list is the whole clause; the next clause's focus is each park's, as a role's)
      if (tail && !rest.slice(tail.length).trim()) {
        rememberGroup(scope, subjects.map((p) => entityOf(scope, p)));
        carried = subjects;
        lastSubject = undefined;
        continue;
      }
    }
    // P重点发展A和B (the park opens its clause); P即Q / P已集聚…, then ，重点发展A: the next clause is P's
    if (container) {
      const after = text.slice(container.end - s.start, c.end - s.start);
      // (P：重点发展X, a park labelling its line, as 东江科技园：… / 潼湖生态智慧区：…)
      const f = /^(?:[(（][^)）]*[)）])?(?:[：:]\s*)?(?:已集聚[^，,；;。]*)?/.exec(after)!;
      const verb = FOCUS.exec(after.slice(f[0].length));
      const leading = verb ? null : LEADING.exec(after.slice(f[0].length));
      if (verb) hostObjects(scope, [container], c, container.end + f[0].length + verb[0].length);
      else if (leading) {
        const from = container.end + f[0].length + 1;
        hostObjects(scope, [container], { ...c, end: from + leading[1]!.length }, from);
      }
      lastSubject = container;
      carried = verb || leading ? [] : [container];
      continue;
    }
    // (规划)在Z建设Q, then ，重点引进A、B项目: the park built is the next clause's subject
    const built = inClause[inClause.length - 1];
    if (built && BUILT_AT.test(body) && /(?:规划建设|建设|新建|打造|布局)$/.test(text.slice(c.start - s.start, built.start - s.start)) && built.end === c.end) {
      carried = [built];
      lastSubject = undefined;
      continue;
    }
    // 支持Z建设Q，重点发展A / 推动Z规划建设Q，重点承接A: the plan asks a zone to build a park — the park is built in the zone
    // and the next clause is its focus (planned) (blind11 r07, blind23 r05); a firm asked to build (支持A在Z建设Q) is read by
    // the 在 rules, and a zone asked to build no park names none
    const asked = inClause.length === 2 && inClause[0]!.start === bodyAt + 2 && /^(?:推动|支持|鼓励|引导)$/.test(body.slice(0, 2)) ? inClause : undefined;
    if (asked && asked[1]!.end === c.end && /^(?:规划建设|建设|新建|布局建设)$/.test(text.slice(asked[0]!.end - s.start, asked[1]!.start - s.start))) {
      const [z, q] = [entityOf(scope, asked[0]!), entityOf(scope, asked[1]!)];
      if (z.id !== q.id && z.properties.kind === 'zone') {
        // (推动 is the plan's own act, planned; 支持/鼓励/引导 asks the zone to, encouraged — intent is not where the park is)
        edges.add('LOCATED_IN', q.id, z.id, ev, body.startsWith('推动') ? JUDGED.planned : JUDGED.encouraged);
        carried = [asked[1]!];
        lastSubject = undefined;
        continue;
      }
    }
    // P重点发展X，规划建设Q，重点发展A: with no 在 of its own, the park is built in the park the sentence's clauses are about
    const builtHere = inClause.length === 1 && inClause[0]!.end === c.end ? inClause[0]! : undefined;
    if (builtHere && lastSubject && /^(?:规划建设|计划建设|拟建设|建设|新建|布局建设)$/.test(text.slice(bodyAt - s.start, builtHere.start - s.start))) {
      if (entityOf(scope, builtHere).id !== entityOf(scope, lastSubject).id) edges.add('LOCATED_IN', entityOf(scope, builtHere).id, entityOf(scope, lastSubject).id, ev, JUDGED.planned);
      carried = [builtHere];
      lastSubject = undefined;
      continue;
    }
    // …and a park built there that the mention reader did not read (在滇中新区规划建设医药物流园): named by its ending
    const zone = inClause.length === 1 ? inClause[0]! : undefined;
    const newPark = zone && BUILT_AT_WHOLE.test(text.slice(bodyAt - s.start, zone.start - s.start)) ? /^(?:规划建设|建设|新建|打造|布局建设)([\u4e00-\u9fff]{2,12}(?:产业园|园区|园|基地|[\u4e00-\u9fff]区))$/.exec(text.slice(zone.end - s.start, c.end - s.start)) : null;
    // (an area built inside the park, 在P建设镍钴盐化工专区 / 复合材料制品区, is a part of it; a designation, 示范区/先行区, is none)
    if (zone && newPark && !isGenericName(newPark[1]!, /产业园|园区|基地|区$/.exec(newPark[1]!)?.[0] ?? '园', (x) => scope.ctx.index.isIndustryTerm(x)) && !/(示范|孵化|众创|中试|研发|检测|交易|先行|试验|保税|自贸|综保|(?:新|城|市|县|社)区$)/.test(newPark[1]!)) {
      const q = scope.table.org(newPark[1]!, 'Park', 'park');
      edges.add('LOCATED_IN', q.id, entityOf(scope, zone).id, ev, JUDGED.planned);
      // (a measure that builds the park names it)
      if (se.measureId) edges.add('MENTIONS', se.measureId, q.id, ev, JUDGED.mention);
      carried = [];
      const next = cls[cls.indexOf(c) + 1];
      const v = next ? FOCUS.exec(next.text.replace(/^\s+/, '')) : null;
      if (next && v) hostObjects(scope, [q], next, next.start + (next.text.length - next.text.replace(/^\s+/, '').length) + v[0].length);
      lastSubject = undefined;
      continue;
    }
    // ，分别重点发展A和B after “两园”即P和Q: one each, in order (no cross-product); a count that does not match pairs nothing
    const respective = /^分别/.exec(body);
    if (respective && carried.length >= 2) {
      const v = FOCUS.exec(body.slice(respective[0].length));
      if (v) hostObjects(scope, carried, c, bodyAt + respective[0].length + v[0].length, true);
      carried = [];
      continue;
    }
    // ，重点发展A及B: a clause of focus right after a role clause is about the parks that clause named
    const verb = FOCUS.exec(body);
    if (verb && carried.length) hostObjects(scope, carried, c, bodyAt + verb[0].length);
    // (an appositive between them keeps the subject: “一核”为P，是全市…的核心承载区，重点发展…)
    // (nor does a clause of what it has now: P位于Z，已集聚A等企业60余家，重点发展…)
    else if (carried.length && /^(?:是|为|作为|即|已|已经|现已|目前已)/.test(body) && !inClause.length) continue;
    carried = [];
  }
}

/** 是(全市)X产业的核心承载区 / 主要承载地: the field a place is said to carry, in [1]. */
const CORE_HOST = /^(?:是|为|作为)(?:全市|全区|全省|全县|全州|全旗|我市|我区|我省|我县|全国|全球)?(?:的)?([\u4e00-\u9fffA-Za-z0-9]{1,16}?)(?:产业|行业)?(?:的)?(?:核心|主要|重要|首要)?(?:集中)?承载(?:区|地)$/;

/** The industry of a 承载区 clause: the one mention covering the name (钛产业 → the lexicon's), else the name when plausible. */
function coreIndustry(scope: SentenceScope, name: string, from: number): Entity | undefined {
  const inside = scope.inds.filter((i) => i.start >= from && i.end <= from + name.length + 2);
  if (inside.length === 1 && inside[0]!.start === from) {
    const e = entityOf(scope, inside[0]!);
    return e.properties.level === 'system' ? undefined : e;
  }
  if (inside.length || name.length < 2 || !plausibleIndustry(name) || isGenericName(name, '', () => false)) return undefined;
  const lx = scope.ctx.index.lookup(name);
  if (lx && lx.type !== 'industry') return undefined;
  return scope.table.find('Industry', name) ?? scope.table.industry(name, lx?.type === 'industry' ? lx.entry : undefined, 'segment');
}

/** The groups of places a document's layout named by role (“三园”为A、B和C), the latest last. */
const groups = new WeakMap<object, Entity[][]>();

function rememberGroup(scope: SentenceScope, members: Entity[]): void {
  const list = groups.get(scope.doc) ?? [];
  list.push(members);
  groups.set(scope.doc, list);
}

const COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** 三个化工园 / 两个片区 / 三园 (then a focus verb): a count of places, its kind word before the place ending. */
const GROUP_REF = /^(?:这|该|上述)?([两二三四五六七八九十]|\d+)(?:个|大)?([\u4e00-\u9fff]{0,3}?)(园区|园|片区|组团|功能区|板块)(?:均|都|分别)?/;

/** The group a clause's opening count refers to (the latest with that many members, all of the kind named), and the length read. */
function groupRef(scope: SentenceScope, body: string): { members: Entity[]; length: number; respective: boolean } | undefined {
  const m = GROUP_REF.exec(body);
  if (!m) return undefined;
  const verb = FOCUS.exec(body.slice(m[0].length));
  if (!verb) return undefined;
  const n = COUNT[m[1]!] ?? Number(m[1]);
  const kind = m[2]! + m[3]!;
  const members = [...(groups.get(scope.doc) ?? [])].reverse().find((g) => g.length === n && g.every((e) => e.name.endsWith(kind) || (m[2] === '' && e.name.includes(m[3]!))));
  return members ? { members, length: m[0].length + verb[0].length, respective: m[0].endsWith('分别') } : undefined;
}

/** The parks of a list opening at `first` (P、Q和R): each next park joined to the one before by 、/和/及/与 alone. */
function listedParks(text: string, offset: number, first: Mention, inClause: Mention[]): Mention[] {
  const out = [first];
  for (const p of inClause) {
    if (p.start <= first.start) continue;
    if (!/^(?:、|和|及|与|以及)$/.test(text.slice(out[out.length - 1]!.end - offset, p.start - offset))) break;
    out.push(p);
  }
  return out;
}

/** The items of a role's list (A、B和C等) when every one is a place by its name's ending, as parks. */
function namedPlaces(scope: SentenceScope, list: string): Entity[] {
  const items = list.replace(/等$/, '').split(/[、和及与]/).map((x) => x.trim());
  if (!items.length || !items.every((x) => parkByEnding(x))) return [];
  return items.map((x) => scope.table.find('Park', x) ?? scope.table.org(x, 'Park', 'park'));
}

/** The park a section or a lead sentence is about, for the sentences after it (sectionFocusEdges). */
export interface FocusState {
  lead?: { park: Entity; line: number };
  /** The last offset asked for and its line: sentences come in order, so each count goes on from there. */
  counted?: { at: number; line: number };
}

/** The line number of an offset (newlines before it), counted on from the previous sentence's. */
function lineOf(norm: string, at: number, state: FocusState): number {
  const from = state.counted && state.counted.at <= at ? state.counted : { at: 0, line: 0 };
  let n = from.line;
  for (let i = norm.indexOf('\n', from.at); i >= 0 && i < at; i = norm.indexOf('\n', i + 1)) n++;
  state.counted = { at, line: n };
  return n;
}

/** A name that is only a park: the park's mention covers it whole (（一）连云港石化产业基地 / 1)羊绒纺织园。). */
function onlyPark(scope: SentenceScope, raw: string): Entity | undefined {
  // (（一）一核：哈尔滨新区 — the layout's role before the park's name goes too)
  // (the closing marks matched from the first of their run only: a long run of blanks inside a line is walked once)
  const t = raw.replace(/^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[\d一二三四五六七八九十]+[)）、.．])\s*/, '').replace(/(?<![。.．:：\s])[。.．:：\s]+$/, '').replace(ROLE_LABEL, '');
  if (t.length < 3 || t.length > 20) return undefined;
  const known = scope.table.find('Park', t);
  if (known) return known;
  const mentions = phraseMentions(scope, t);
  const p = mentions.find((m) => m.label === 'Park' && m.start === 0 && m.end === t.length && !m.foreign);
  if (p) return scope.table.org(p.surface, 'Park', p.kind, p.lex?.ref.type === 'org' ? p.lex.ref.entry : undefined);
  // a heading that is a park's name by its ending alone (（三）灌云临港产业区), not a goal or a designation
  // (打造世界级石化产业基地, 国家级示范区)
  if (parkByEnding(t)) {
    return scope.table.org(t, 'Park', 'park');
  }
  return undefined;
}

/**
 * A layout written park by park, each park a section heading or the lead of its line, the focus in the
 * sentences after it: （一）连云港石化产业基地 / 重点发展A、B和C / 1)羊绒纺织园。重点发展D和E. The park hosts
 * what a focus clause without a subject of its own names (planned, as a layout's clause).
 */
export function sectionFocusEdges(scope: SentenceScope, state: FocusState): void {
  const { se, orgs } = scope;
  const s = se.sentence;
  const norm = scope.doc.source.norm;
  const line = lineOf(norm, s.start, state);
  // the lead of a line: a sentence that is only a park's name (高峰园。 — a park the document named before, in a layout's
  // list, read where the mention reader does not read a name ending in a bare 园)
  const leadOrgs = withParkMentions(scope).orgs;
  const lead = leadOrgs.length === 1 && leadOrgs[0]!.label === 'Park' ? onlyPark(scope, se.text) : undefined;
  if (lead) {
    state.lead = { park: lead, line };
    return;
  }
  const heading = s.sectionPath[s.sectionPath.length - 1];
  const park = state.lead?.line === line ? state.lead.park : heading ? onlyPark(scope, heading) : undefined;
  if (!park) return;
  // (the parks the mention reader left count as subjects too: 在P建设Q，重点发展X is Q's focus, not the line's park's)
  const subjects = leadOrgs.length ? leadOrgs : orgs;
  for (const c of clausesOf(se.text, s.start)) {
    // (a subject of the sentence's own comes first: P重点发展… is the layout reader's)
    if (subjects.some((o) => o.start < c.end) || /^\s*(?:规划|计划|拟)?在[^，,。；;]{2,30}(?:建设|打造|布局|新建)/.test(c.text)) return;
    const body = c.text.replace(/^\s+/, '');
    const verb = FOCUS.exec(body);
    if (!verb) continue;
    hostObjects(scope, [park], c, c.start + (c.text.length - body.length) + verb[0].length);
    return;
  }
}

/** The role two parks are given before 前者…后者: carriers of the section's field (承载区, 主承载区, 载体, 主阵地). */
const CARRIER_ROLE = /(?:承载区|承载地|承载园区|载体|主阵地|核心区|集聚区)$/;

/**
 * 以P1和P2为承载区，前者重点发展X，后者重点发展Y / P1和P2是该赛道的主承载区，前者…，后者…: each of the two carriers hosts
 * what its own clause names (planned), the first what 前者's clause names, the second what 后者's does — no cross-product.
 */
function formerLatter(scope: SentenceScope, parks: Mention[], cls: Clause[]): void {
  const i = cls.findIndex((c) => /^\s*前者/.test(c.text));
  if (i < 1) return;
  const latter = cls.slice(i + 1).find((c) => /^\s*后者/.test(c.text));
  if (!latter) return;
  const role = cls[i - 1]!;
  // (P1（以下简称X）和P2…: a short name in brackets is the same park)
  const seen = new Set<string>();
  const two: Mention[] = [];
  for (const p of parks) {
    if (p.start < role.start || p.end > role.end) continue;
    const id = entityOf(scope, p).id;
    if (!seen.has(id)) two.push(p);
    seen.add(id);
  }
  const tail = scope.se.text.slice(two[1] ? two[1].end - scope.se.sentence.start : 0, role.end - scope.se.sentence.start).replace(/[(（][^)）]*[)）]/g, '');
  if (two.length !== 2 || !CARRIER_ROLE.test(tail.replace(/的?$/, ''))) return;
  [cls[i]!, latter].forEach((c, k) => {
    const body = c.text.replace(/^\s*(?:前者|后者)/, '');
    const verb = FOCUS.exec(body);
    if (verb) hostObjects(scope, [two[k]!], c, c.end - body.length + verb[0].length);
  });
}

/** A name of an industry, where a verb inside a product's name is no verb (船用推进系统, 驱动电机, 推进剂). */
function industryLike(s: string): boolean {
  return plausibleIndustry(s.replace(/(?:推进|推动|驱动|控制|提升)(?=系统|器|剂|电机|装置|模块)/g, '装置'));
}

/** Only places (and joiners, a count word) between `from` and `to`: 临港经开区和宜宾高新区两个功能区. */
function partsOnly(text: string, offset: number, from: number, to: number, parts: Mention[]): boolean {
  let rest = '';
  let at = from;
  for (const p of parts) {
    rest += text.slice(at - offset, p.start - offset);
    at = p.end;
  }
  const tail = text.slice(at - offset, to - offset);
  return /^[、和及与\s]*$/.test(rest) && COUNTED_PARTS.test(tail.replace(/^等/, ''));
}

/** The industries a focus verb's object names (A和B, A、B及C…配套), each hosted by every subject park. */
function hostObjects(scope: SentenceScope, subjects: (Mention | Entity)[], c: Clause, from: number, respective = false): void {
  const { se, edges, inds } = scope;
  const s = se.sentence;
  const obj = se.text.slice(from - s.start, c.end - s.start).replace(OBJECT_TAIL, '');
  if (!obj || /[“”"（）()]/.test(obj)) return;
  const targets: Entity[] = [];
  const end = from + obj.length;
  for (let at = from; at < end; ) {
    // (BDO及下游可降解材料 / X及下游产品: a stage word opening an item says where it lies in the chain, no part of its name;
    // an item that is a stage and a generic word only names nothing)
    const stage = /^(?:上游|中游|下游)/.exec(se.text.slice(at - s.start, end - s.start));
    if (stage) {
      const rest = /^[^、和及与]*/.exec(se.text.slice(at - s.start + 2, end - s.start))![0];
      if (!rest || /^(?:产品|产业|环节|配套|行业|领域|项目|企业|延伸|链条)$/.test(rest)) {
        at += 2 + rest.length + 1;
        continue;
      }
      const name = rest.replace(OBJECT_TAIL, '').trim();
      if (!name || !industryLike(name) || isGenericName(name, '', () => false)) return;
      const lx = scope.ctx.index.lookup(name);
      targets.push(scope.table.find('Industry', name) ?? scope.table.industry(name, lx?.type === 'industry' ? lx.entry : undefined, 'segment'));
      at += 2 + rest.length + 1;
      continue;
    }
    const pieceStart = at;
    // a known industry read whole (细胞与基因治疗), else up to the next joiner
    let known = inds.filter((i) => i.start === at && i.end <= end).sort((a, b) => b.end - a.end)[0];
    // (a known name with more words after it, 大飞机配套: the item is the whole piece, and no new name is read from it)
    if (known && known.end < end && !/[、和及与]/.test(se.text[known.end - s.start] ?? '')) known = undefined;
    let stop = known ? known.end : at;
    if (!known) while (stop < end && !/[、和及与]/.test(se.text[stop - s.start]!)) stop++;
    const piece = se.text.slice(at - s.start, stop - s.start).trim();
    const tailless = piece.replace(OBJECT_TAIL, '').trim();
    at = stop + 1;
    if (known) {
      // (a segment read across a list joiner, 面板和显示模组 as one heading's 面板与显示模组: the text lists two, each an item)
      // (not a name the lexicon knows with its joiner, 细胞与基因治疗; 与 joins names more often than it lists)
      // (nor a head the two share, 稀土金属及合金: 合金 alone is the first one's kind, no item)
      if (/[和、]/.test(known.surface)) {
        const parts = known.surface.split(/[和、]/);
        if (known.lex) return;
        if (!parts.every((x) => x.length >= 2 && industryLike(x) && !isGenericName(x, '', () => false) && !SHARED_HEAD.test(x))) return;
        for (const x of parts) targets.push(scope.table.find('Industry', x) ?? scope.table.industry(x, undefined, 'segment'));
        continue;
      }
      targets.push(entityOf(scope, known));
      continue;
    }
    // a piece with a known industry inside but not the whole (消费级脑机接口产品): no new name from it — unless it is
    // the known name and a word of its kind after it (生物医药制造, 大飞机配套): then the piece is the item
    const inner = inds.filter((i) => i.start < stop && i.end > pieceStart);
    const headed = inner.length === 1 && inner[0]!.start === pieceStart && /^(?:制造|配套|零部件|材料|装备|设备|器件)$/.test(se.text.slice(inner[0]!.end - s.start, stop - s.start));
    if (inner.length && !headed) continue;
    // (the piece whole: 大飞机配套 is the item, not 大飞机)
    const surface = headed ? piece : tailless;
    if (!surface || !industryLike(surface) || isGenericName(surface, '', () => false) || (/(研发|服务)$/.test(surface) && /技术|中试/.test(surface))) return;
    const lx = scope.ctx.index.lookup(surface);
    targets.push(scope.table.industry(surface, lx?.type === 'industry' ? lx.entry : undefined, 'segment'));
  }
  // (火箭和卫星部组件: a short item before a last one with a head of parts may share that head — 火箭部组件 — so the list
  // names no item surely)
  const names = targets.map((t) => t.name);
  const head = /(部组件|零部件|部件|组件|配套|材料|装备|设备)$/.exec(names[names.length - 1] ?? '');
  if (head && names.slice(0, -1).some((n) => n.length <= 2 && !n.endsWith(head[1]!))) return;
  if (respective && targets.length !== subjects.length) return;
  // (several places and several objects with no 分别 — “多园”包括P、Q，重点发展A和B — is the layout's plan for each
  // place: the blind sets' gold has each place host each object; reading it as listed lost recall on blind4, dev4
  // and dev5 with no precision gained)
  subjects.forEach((p, k) => {
    const x = 'surface' in p ? entityOf(scope, p) : p;
    for (const t of respective ? [targets[k]!] : targets) edges.add('HOSTS', x.id, t.id, se.ev, JUDGED.planned);
  });
  if (se.measureId) for (const t of targets) edges.add('SUPPORTS', se.measureId, t.id, se.ev, JUDGED.planned);
}
