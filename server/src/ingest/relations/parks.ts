// Edges between places: an area of a zone (高新区华苑片区 → PART_OF), a park in a zone (LOCATED_IN), a
// park built inside another (在灵山湾片区建设…基地), organisations settled in a park (入驻/落户/位于),
// and organisations named inside a park's section (（二）推动华苑片区建成… → LOCATED_IN 华苑片区).
import { findMentions } from '../entities/mentions.ts';
import type { OrgEntry } from '../lexicon/index.ts';
import type { LexiconIndex } from '../lexicon/match.ts';
import { entityOf, type SentenceScope } from './scope.ts';

const SETTLED = /^(入驻|落户|落地|进驻|位于|坐落于)$/;

export function parkEdges(scope: SentenceScope): void {
  const { se, orgs, edges } = scope;
  const { text, ev, sentence: s } = se;
  const kindOf = (m: (typeof orgs)[number]) => entityOf(scope, m).properties.kind;
  const parks = orgs.filter((m) => m.label === 'Park').sort((a, b) => a.start - b.start);
  // parks side by side: 高新区华苑片区 (area of a zone), 高新区海洋科技园 (park in a zone)
  parks.forEach((a, i) => {
    const b = parks[i + 1];
    if (!b || a.end !== b.start || kindOf(a) !== 'zone') return;
    edges.add(kindOf(b) === 'area' ? 'PART_OF' : 'LOCATED_IN', entityOf(scope, b).id, entityOf(scope, a).id, ev);
  });
  for (const b of parks) {
    // 经开区西区: a name that starts with a zone's name
    const a = parks.find((p) => p !== b && kindOf(p) === 'zone' && b.surface.startsWith(p.surface) && b.surface.length > p.surface.length);
    if (a) edges.add('PART_OF', entityOf(scope, b).id, entityOf(scope, a).id, ev);
  }
  // 在灵山湾片区建设商业航天产业基地 (a park built inside another)
  for (const b of parks) {
    const before = (p: typeof b) => text.slice(Math.max(0, p.start - s.start - 1), p.start - s.start);
    const between = (p: typeof b) => text.slice(p.end - s.start, b.start - s.start);
    const a = parks.find(
      (p) =>
        p.end < b.start &&
        ((/^在$/.test(before(p)) && /^(建设|打造|布局|建成|规划建设|新建|设立)$/.test(between(p))) ||
          // 以北辰经济技术开发区为核心，建设北辰生物制造产业园
          (/^以$/.test(before(p)) && /^为(核心|主体|重点|载体|依托|支撑|补充|龙头)[,，]?(建设|打造|布局|规划建设|新建)$/.test(between(p)))),
    );
    if (a && entityOf(scope, a).id !== entityOf(scope, b).id) edges.add('LOCATED_IN', entityOf(scope, b).id, entityOf(scope, a).id, ev);
  }
  // A、B入驻C产业园
  for (const p of parks) {
    for (const o of orgs) {
      if (o.end >= p.start || o === p) continue;
      const between = text.slice(o.end - s.start, p.start - s.start);
      const same = o.list !== undefined && orgs.some((q) => q.list === o.list && q.end <= p.start && SETTLED.test(text.slice(q.end - s.start, p.start - s.start)));
      if (SETTLED.test(between) || same) edges.add('LOCATED_IN', entityOf(scope, o).id, entityOf(scope, p).id, ev);
    }
  }
}

export type HeadingPark = { surface: string; kind: string; entry?: OrgEntry } | undefined;

/** Organisations named inside a park's section (001 六: （二）推动华苑片区建成…) are located in it. */
export function sectionParkEdges(scope: SentenceScope, headingParks: Map<string, HeadingPark>): void {
  const { se, orgs, table, edges } = scope;
  const s = se.sentence;
  const pathKey = s.sectionPath.join('\u0001');
  if (!headingParks.has(pathKey)) headingParks.set(pathKey, headingPark(s.sectionPath, scope.ctx.index));
  const hp = headingParks.get(pathKey);
  const isArea = (kind: unknown) => ['area', 'zone'].includes(String(kind ?? ''));
  if (!hp || orgs.some((p) => p.label === 'Park' && isArea(entityOf(scope, p).properties.kind))) return;
  const area = table.org(hp.surface, 'Park', hp.kind, hp.entry);
  for (const m of orgs) {
    const x = entityOf(scope, m);
    if (x.id === area.id) continue;
    if (m.label === 'Park' && isArea(x.properties.kind)) continue;
    edges.add('LOCATED_IN', x.id, area.id, se.ev);
  }
}

/** The area/zone a section is about: （二）推动华苑片区建成新经济发展活力区. */
function headingPark(path: string[], index: LexiconIndex): HeadingPark {
  for (let d = path.length - 1; d >= 0; d--) {
    const { mentions } = findMentions(path[d] ?? '', 0, index);
    const p = mentions.find((m) => m.label === 'Park' && (m.kind === 'area' || (m.lex?.ref.type === 'org' && m.lex.ref.entry.kind === 'area')));
    if (p) {
      const hp: { surface: string; kind: string; entry?: OrgEntry } = { surface: p.surface, kind: p.kind ?? 'area' };
      if (p.lex?.ref.type === 'org') hp.entry = p.lex.ref.entry;
      return hp;
    }
  }
  return undefined;
}
