// Edges from organisations: MENTIONS (measure → organisation), IN_INDUSTRY / INNOVATES_FOR / HOSTS to
// the industries the sentence ties them to, LEADS (由E牵头建设L).
import { HOST_VERBS, leadsPairs, roleOf } from './patterns.ts';
import { entityOf, uniq, type SentenceScope } from './scope.ts';
import type { Mention } from '../entities/enumerations.ts';
import type { Entity } from '../entities/table.ts';

/** An organisation introduced by one of these verbs starts a new tie (支持A发展X，支持B发展Y). */
const NEW_SUBJECT = /(支持|依托|鼓励|推动|引导|发挥|借助|借重|对接|引进|[，,；;])$/;
/** Lists that say what is developed (重点发展A、B和C): their industries count under an industry heading too. */
const DEV_BEFORE = /(重点发展|重点支持|重点布局|前瞻布局|大力发展|积极发展|聚焦发展|加快发展|发展|布局|聚焦|培育|研发|研制)$/;

export function organisationEdges(scope: SentenceScope): void {
  const { se, orgs, edges } = scope;
  const { text, ev, lists, sentence: s } = se;
  for (const m of orgs) {
    const x = entityOf(scope, m);
    if (se.measureId) edges.add('MENTIONS', se.measureId, x.id, ev);
    const targets = targetsFor(scope, m);
    if (!targets.length) continue;
    const role = roleOf(m, lists, text, s.start);
    for (const t of targets) {
      if (m.label === 'Lab') edges.add('INNOVATES_FOR', x.id, t.id, ev);
      else if (m.label === 'Enterprise') edges.add(role === 'source' ? 'INNOVATES_FOR' : 'IN_INDUSTRY', x.id, t.id, ev);
      else if (m.label === 'Park' && (role === 'host' || role === 'basis' || HOST_VERBS.test(text) || /^\s*[(（]/.test(text))) {
        if (role !== 'source') edges.add('HOSTS', x.id, t.id, ev);
      }
    }
  }
  for (const [e, l] of leadsPairs(orgs, text, s.start)) edges.add('LEADS', entityOf(scope, e).id, entityOf(scope, l).id, ev);
}

/**
 * The industries the sentence ties an organisation to, up to the next organisation that is not
 * listed with this one (支持A发展X，支持B发展Y: A → X only); the context's industries by how the
 * context was given; the document's subject when the sentence names none.
 */
function targetsFor(scope: SentenceScope, m: Mention): Entity[] {
  const { se, orgs, inds, ctxInds, subject, table } = scope;
  const { text, lists, context, sentence: s } = se;
  const next = orgs
    .filter((o) => o.start >= m.end && (m.list === undefined || o.list !== m.list) && NEW_SUBJECT.test(text.slice(Math.max(m.end, o.start - 6) - s.start, o.start - s.start)))
    .reduce((a, o) => Math.min(a, o.start), Infinity);
  const after = inds.filter((i) => i.start >= m.end && i.start < next);
  const explicit = after.map((i) => entityOf(scope, i));
  const src = context.industries[0]?.source;
  const role = roleOf(m, lists, text, s.start);
  let out: Entity[];
  // under an industry heading, only what the sentence says it develops (重点发展A、B) adds to it
  const developed = after.filter((i) => i.list !== undefined && DEV_BEFORE.test(lists.find((l) => l.index === i.list)?.before ?? '')).map((i) => entityOf(scope, i));
  if (src === 'heading' && role !== 'none') out = uniq([...ctxInds, ...developed]);
  else if (src === 'lead' || src === 'clause') out = uniq([...explicit, ...ctxInds]);
  else out = explicit.length ? uniq(explicit) : ctxInds;
  // a park named after one of them hosts that one: 南岗生物医药产业园 → 生物医药
  if (m.label === 'Park' && out.length > 1 && !explicit.length) {
    const named = out.filter((e) => [e.name, ...e.aliases].some((a) => a.length >= 2 && m.surface.includes(a)));
    if (named.length) out = named;
  }
  // the document's own industry (宁波市新能源汽车产业链…行动计划) when the sentence names none
  if (!out.length && subject && (m.label === 'Enterprise' || role !== 'none' || (m.label === 'Park' && HOST_VERBS.test(text)))) out = [subject];
  // a park named after an industry of the document hosts it: 张北可再生能源制氢基地 → 制氢
  if (m.label === 'Park' && !explicit.length) out = uniq([...out, ...table.industriesNamedIn(m.surface)]);
  return out;
}
