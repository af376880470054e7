// Edges between places: an area of a zone (高新区华苑片区 → PART_OF), a park in a zone (LOCATED_IN), a
// park built inside another (在灵山湾片区建设…基地), organisations settled in a park (入驻/落户/位于),
// and organisations named inside a park's section (（二）推动华苑片区建成… → LOCATED_IN 华苑片区).
import { JUDGED, listed } from './judge.ts';
import type { OrgEntry } from '../lexicon/index.ts';
import { entityOf, phraseMentions, type SentenceScope } from './scope.ts';

/** A firm (or its headquarters, base, plant) settled in a park; a firm's R&D centre is a lab of its own. */
const SETTLED = /^(?:的)?(?:[\u3400-\u9fff]{0,6}(?:总部|基地|生产基地|工厂|项目))?(?:均|都|也|已|分别|现)?(?:已|已经)?(入驻|落户|落地|进驻|位于|坐落于|设在|建在)$/;

export function parkEdges(scope: SentenceScope): void {
  const { se, orgs, edges } = scope;
  const { text, ev, sentence: s } = se;
  const kindOf = (m: (typeof orgs)[number]) => entityOf(scope, m).properties.kind;
  const parks = orgs.filter((m) => m.label === 'Park').sort((a, b) => a.start - b.start);
  // parks side by side: 高新区华苑片区 (area of a zone), 高新区海洋科技园 (park in a zone)
  parks.forEach((a, i) => {
    const b = parks[i + 1];
    if (!b || a.end !== b.start || kindOf(a) !== 'zone') return;
    edges.add(kindOf(b) === 'area' ? 'PART_OF' : 'LOCATED_IN', entityOf(scope, b).id, entityOf(scope, a).id, ev, JUDGED.byName);
  });
  for (const b of parks) {
    // 经开区西区: a name that starts with a zone's name
    const a = parks.find((p) => p !== b && kindOf(p) === 'zone' && b.surface.startsWith(p.surface) && b.surface.length > p.surface.length);
    if (a) edges.add('PART_OF', entityOf(scope, b).id, entityOf(scope, a).id, ev, JUDGED.byName);
  }
  // 在灵山湾片区建设商业航天产业基地 (a park built inside another)
  for (const b of parks) {
    const before = (p: typeof b) => text.slice(Math.max(0, p.start - s.start - 1), p.start - s.start);
    const between = (p: typeof b) => text.slice(p.end - s.start, b.start - s.start);
    // the nearest container: 在保税区临港片区建设… is in 临港片区 (itself in 保税区, by name)
    const opensAt = (p: typeof b) => /^在$/.test(before(p)) || parks.some((z) => z.end === p.start && /^在$/.test(before(z)));
    const noParkBetween = (p: typeof b) => !parks.some((q) => q !== p && q !== b && q.start >= p.end && q.end <= b.start);
    const a = parks.find(
      (p) =>
        p.end < b.start &&
        noParkBetween(p) &&
        ((opensAt(p) && /^(?:[\u3400-\u9fff]{0,4}(?:核心区|片区|园区|周边|内))?(建设|打造|布局|建成|规划建设|新建|设立)$/.test(between(p))) ||
          // 以北辰经济技术开发区为核心，建设北辰生物制造产业园 (clauses may come between)
          (/^以$/.test(before(p)) && /^为(核心|主体|重点|载体|依托|支撑|补充|龙头)(?:[,，][^。；;]{0,40}?)?[,，]?(建设|打造|布局|规划建设|新建)$/.test(between(p)))),
    );
    if (a && entityOf(scope, a).id !== entityOf(scope, b).id) edges.add('LOCATED_IN', entityOf(scope, b).id, entityOf(scope, a).id, ev, JUDGED.planned);
  }
  // A、B入驻C产业园
  for (const p of parks) {
    for (const o of orgs) {
      if (o.end >= p.start || o === p) continue;
      const between = text.slice(o.end - s.start, p.start - s.start);
      const same = o.list !== undefined && orgs.some((q) => q.list === o.list && q.end <= p.start && SETTLED.test(text.slice(q.end - s.start, p.start - s.start)));
      // (力量钻石、惠丰钻石落户P: fellow items of the subject list may be names not read as such)
      const fellows = o.label !== 'Park' && /^(?:、[^，,。；;、和与及等]{2,12}){1,6}(?:均|都|也|已|分别)?(?:已|已经)?(入驻|落户|落地|进驻|位于|坐落于|设在)$/.test(between);
      // A、B等笔记本电脑整机企业在P形成了较大规模 / A等企业在P集聚发展: the firms the clause gathers in P
      // (A、B等X企业和C、D等Y企业已在P设立区域总部: two typed lists joined by 和 share the clause's place)
      const gathered =
        o.label !== 'Park' &&
        !o.foreign &&
        (/^(?:、[^，,。；;、]{2,12}){0,8}等?[^，,。；;]{0,12}(?:企业|厂商|龙头)(?:均|都|也)?(?:已|已经)?在$/.test(between) || typedListsBefore(scope, o, p)) &&
        /^(?:已|已经)?(?:形成了?(?:较大|一定|相当)?规模|集聚发展|集群发展|形成了?[^，,。；;]{0,6}集群|设有(?:总部|基地|生产基地)|(?:设立|设有|建设|建立)[^，,。；;]{0,8}(?:总部|基地|工厂))/.test(text.slice(p.end - s.start)) &&
        !/(鼓励|支持|引导|推动|吸引|引进)[^，,。；;]*$/.test(text.slice(0, o.start - s.start));
      if (gathered) edges.add('LOCATED_IN', entityOf(scope, o).id, entityOf(scope, p).id, ev, JUDGED.settled);
      if (SETTLED.test(between) || same || fellows) edges.add('LOCATED_IN', entityOf(scope, o).id, entityOf(scope, p).id, ev, JUDGED.settled);
      // A位于两江新区鱼复工业园: settled in the innermost of parks written one inside the other
      const outer = parks.filter((q) => q.start > o.end && q.end <= p.start);
      const chained = outer.length > 0 && outer.every((q, i) => (outer[i + 1] ?? p).start === q.end);
      if (chained && o.label !== 'Park' && SETTLED.test(text.slice(o.end - s.start, outer[0]!.start - s.start))) edges.add('LOCATED_IN', entityOf(scope, o).id, entityOf(scope, p).id, ev, JUDGED.settled);
    }
  }
  // P1和P2均为P的重要片区 / P1是P的核心区: the parks the clause opens with are areas of P
  for (const p of parks) {
    const before = text.slice(0, p.start - s.start);
    const m = /(?:均|都|也)?(?:为|是|属于)$/.exec(before);
    if (!m || !/^(?:的)?(?:重要|核心|主要)?(?:片区|组成部分|功能区|核心区|承载区|分园)/.test(text.slice(p.end - s.start))) continue;
    const clauseStart = Math.max(...['，', ',', '；', ';', '。'].map((c) => before.lastIndexOf(c))) + 1;
    const subjects = parks.filter((q) => q !== p && q.start - s.start >= clauseStart && q.end - s.start <= m.index);
    // the subjects are a list of parks and nothing else: P1和P2均为…
    const rest = subjects.reduce((t, q) => t.replace(q.surface, ''), text.slice(clauseStart, m.index));
    if (!subjects.length || !/^[、和与及\s]*$/.test(rest)) continue;
    for (const q of subjects) if (entityOf(scope, q).id !== entityOf(scope, p).id) edges.add('PART_OF', entityOf(scope, q).id, entityOf(scope, p).id, ev, JUDGED.structure);
  }
  // P以Q为核心，重点发展…: the park a zone is built around is part of it
  for (const p of parks) {
    const head = text.slice(0, p.start - s.start);
    if (!/(^|[，,；;。：:])\s*$/.test(head)) continue;
    const q = parks.find((x) => x.start === p.end + 1 && text[p.end - s.start] === '以');
    if (!q || !/^为(?:核心|主体|主阵地|核心区)/.test(text.slice(q.end - s.start))) continue;
    if (kindOf(p) !== 'zone' || entityOf(scope, q).id === entityOf(scope, p).id) continue;
    edges.add('PART_OF', entityOf(scope, q).id, entityOf(scope, p).id, ev, JUDGED.structure);
  }
  // P集聚了A、B等企业 / P已汇聚A、B: a park, as its clause's subject, states the firms and labs it has
  for (const p of parks) {
    const head = text.slice(0, p.start - s.start);
    if (!/(^|[，,；;。：:])\s*$/.test(head)) continue;
    const rest = text.slice(p.end - s.start);
    const verb = /^(?:已|已经|目前已)?(?:集聚了|聚集了|汇聚了|吸引了|拥有|已集聚|已聚集|已汇聚|集聚|聚集|汇聚)/.exec(rest);
    if (!verb || (!/了|已|拥有/.test(verb[0]) && !/^(?:已|已经)/.test(rest))) continue;
    const end = clauseStop(text, p.end - s.start + verb[0].length);
    for (const o of orgs) {
      if (o.label === 'Park' || o.foreign || o.start < p.end + verb[0].length || o.end - s.start > end) continue;
      edges.add('LOCATED_IN', entityOf(scope, o).id, entityOf(scope, p).id, ev, JUDGED.settled);
    }
  }
}

/**
 * A、B等X企业和C、D等Y企业(已)在P: the organisation is in one of typed lists of firms joined by 和/与/及 that
 * together make the subject of 在P (nothing but names, list joiners and 等…企业 between it and P).
 */
function typedListsBefore(scope: SentenceScope, o: { start: number; end: number }, p: { start: number }): boolean {
  const { se, orgs } = scope;
  const s = se.sentence;
  let rest = se.text.slice(o.end - s.start, p.start - s.start);
  for (const q of orgs) if (q.start >= o.end && q.end <= p.start) rest = rest.replace(q.surface, '|');
  return /^(?:[、和与及|]|等[^，,。；;、和与及等]{0,12}?(?:企业|厂商)(?=[和与及]))*等[^，,。；;、和与及等]{0,12}?(?:企业|厂商)(?:均|都|也)?(?:已|已经)?在$/.test(rest);
}

/** The end of the clause starting at `from` (the next ，；。). */
function clauseStop(text: string, from: number): number {
  const ends = ['，', ',', '；', ';', '。'].map((c) => text.indexOf(c, from)).filter((x) => x >= 0);
  return ends.length ? Math.min(...ends) : text.length;
}

export type HeadingPark = { surface: string; kind: string; entry?: OrgEntry } | undefined;

/** Organisations named inside a park's section (001 六: （二）推动华苑片区建成…) are located in it. */
export function sectionParkEdges(scope: SentenceScope, headingParks: Map<string, HeadingPark>): void {
  const { se, orgs, table, edges } = scope;
  const s = se.sentence;
  const pathKey = s.sectionPath.join('\u0001');
  if (!headingParks.has(pathKey)) headingParks.set(pathKey, headingPark(s.sectionPath, scope));
  const hp = headingParks.get(pathKey);
  const isArea = (kind: unknown) => ['area', 'zone'].includes(String(kind ?? ''));
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

/** The area/zone a section is about: （二）推动华苑片区建成新经济发展活力区. */
function headingPark(path: string[], scope: SentenceScope): HeadingPark {
  for (let d = path.length - 1; d >= 0; d--) {
    const mentions = phraseMentions(scope, path[d] ?? '');
    const p = mentions.find((m) => m.label === 'Park' && (m.kind === 'area' || (m.lex?.ref.type === 'org' && m.lex.ref.entry.kind === 'area')));
    if (p) {
      const hp: { surface: string; kind: string; entry?: OrgEntry } = { surface: p.surface, kind: p.kind ?? 'area' };
      if (p.lex?.ref.type === 'org') hp.entry = p.lex.ref.entry;
      return hp;
    }
  }
  return undefined;
}
