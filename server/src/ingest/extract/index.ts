// Entity and relation extraction (Industry, Enterprise, Lab, Park and their relations).
//
// Organisation of the extractor:
//   lexicon-match.ts  longest-match scan of the user lexicon (seeds/lexicon/*.tsv)
//   typing.ts         suffix typing (…公司/…研究院/…产业园), category words (等企业/等高校), generic names
//   enumerations.ts   clauses, 、-lists closed by 等+category, trigger verbs, suffix-typed names
//   mentions.ts       all mentions of one sentence, with bracketed aliases
//   context.ts        what a sentence is about (clause/paragraph lead, measure title, headings)
//   patterns.ts       relation patterns (创新源头, 产业依托, 依托, 由X牵头, chains)
//   chains.ts         chains the text states: “A—B—C”X产业链, 上游/中游/下游, X环节包括A、B和C
//   resolve.ts        canonical names, aliases, one node per real thing (full/short names, place
//                     prefixes); edges with evidence
//   industry-guard.ts the last check on industries: no government bodies, funds/plans, category
//                     qualifiers (等高附加值产业环节) or bare value-chain stages (研发设计, 中试); the
//                     user's stop words (lexicon not-industries.txt). An industry with no edge is no node.
// Also per document: the title's industry (宁波市新能源汽车产业链…计划 → 新能源汽车) as the subject of
// sentences that name none, and names seen earlier found again when written bare (华芯微电子).
// Held-out genre texts with hand-made gold: test/fixtures/genre-entities, test/unit/genre-entities.test.ts.
import type { Evidence, GraphEdge, GraphNode } from '../../model.ts';
import { documentId, measureId } from '../ids.ts';
import type { IngestContext } from '../context.ts';
import type { IndustryEntry } from '../lexicon/index.ts';
import type { StructuredDoc } from '../types.ts';
import { chainPositions, dashChains as textChains, includesParts } from './chains.ts';
import { documentSubject, headingPhrase, maskedNorm, measureTitleIndustries, sentenceContext, stripNumbering, type IndustryRef } from './context.ts';
import type { Enumeration, Mention } from './enumerations.ts';
import type { LexiconIndex } from '../lexicon/match.ts';
import { findMentions } from './mentions.ts';
import { dashChains, HOST_VERBS, leadsPairs, roleOf } from './patterns.ts';
import { Registry, type Entity } from './resolve.ts';

export interface Extraction {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Items extracted with low confidence, for `ingest --report`. */
  lowConfidence: { label: string; name: string; reason: string }[];
}

/** Entities and relations of one structured document (runs once per document). */
export function extractEntities(doc: StructuredDoc, ctx: IngestContext): Extraction {
  const index = ctx.index;
  const reg = new Registry(index);
  const docId = documentId(doc.source.file);
  const masked = maskedNorm(doc);
  const low = new Map<string, { label: string; name: string; reason: string }>();
  const measureTitleDone = new Set<number>();
  const subjectRef = documentSubject(doc.meta?.title ?? '', index);
  /** The area each section is about, per section path (headings repeat for every sentence under them). */
  const headingParks = new Map<string, ReturnType<typeof headingPark>>();
  /** Organisations named earlier in the document (canonical and short names), found again when written bare. */
  const docNames = new Map<string, { label: Mention['label']; kind?: string }>();
  /** Segments placed by 上游/中游/下游, for chain order across headings. */
  const positioned: { position: number; entity: Entity; ev: Evidence }[] = [];

  for (const s of doc.sentences) {
    const text = masked.slice(s.start, s.end);
    if (!text.trim()) continue;
    const ctx = sentenceContext(doc, s, text, index);
    const ev: Evidence = { documentId: docId, section: ctx.section, text: doc.source.text.slice(s.start, s.end), start: s.start, end: s.end };
    const subject = subjectRef ? industryOf(reg, subjectRef) : undefined;
    const { mentions, lists, low: lowMs } = findMentions(text, s.start, index);
    // a known term that starts inside the longer industry the sentence is about is part of it:
    // （二）培育海洋生物医药产业 names 海洋生物医药, not also 生物医药
    const ctxSurfaces = [...ctx.industries, ...ctx.measureTitleIndustries].map((r) => r.surface);
    for (const m of [...mentions]) {
      if (m.label !== 'Industry') continue;
      const at = m.start - s.start;
      // (the mention starts inside an occurrence of the longer name: 海洋|生物医药产业)
      const inside = ctxSurfaces.some((n) => {
        if (n.length <= 2) return false;
        for (let p = text.indexOf(n); p >= 0 && p < at; p = text.indexOf(n, p + 1)) if (p + n.length > at) return true;
        return false;
      });
      if (inside) mentions.splice(mentions.indexOf(m), 1);
    }
    addDocNames(docNames, mentions, lists, text, s.start);
    const mid = s.measureIndex !== undefined && doc.measures[s.measureIndex] ? measureId(doc, s.measureIndex) : undefined;

    // entities
    const ent = new Map<Mention, Entity>();
    for (const m of mentions) {
      if (m.label === 'Industry') {
        const e = m.lex?.ref.type === 'industry' ? (m.lex.ref.entry as IndustryEntry) : undefined;
        ent.set(m, reg.industry(m.surface, e, 'segment'));
      } else {
        const oe = m.lex?.ref.type === 'org' ? m.lex.ref.entry : undefined;
        const x = reg.org(m.surface, m.label, m.kind, oe as never);
        if (m.alias) x.aliases.add(m.alias);
        ent.set(m, x);
      }
    }
    for (const m of mentions) {
      if (m.label === 'Industry' || m.lex) continue;
      const x = ent.get(m)!;
      rememberName(docNames, x.name, m);
    }
    for (const m of lowMs) {
      const x = ent.get(m);
      if (!x) continue;
      low.set(x.id, { label: x.label, name: x.name, reason: 'typed by its list neighbours only (no suffix, not in lexicon)' });
    }
    const orgs = mentions.filter((m) => m.label !== 'Industry');
    const inds = mentions.filter((m) => m.label === 'Industry');

    // context industries as entities
    const ctxInds = ctx.industries.map((r) => industryOf(reg, r));

    // targets: industries the sentence ties its organisations to, up to the next organisation that
    // is not listed with this one (支持A发展X，支持B发展Y: A → X only)
    const targetsFor = (m: Mention): Entity[] => {
      const next = orgs
        .filter((o) => o.start >= m.end && (m.list === undefined || o.list !== m.list) && NEW_SUBJECT.test(text.slice(Math.max(m.end, o.start - 6) - s.start, o.start - s.start)))
        .reduce((a, o) => Math.min(a, o.start), Infinity);
      const after = inds.filter((i) => i.start >= m.end && i.start < next);
      const explicit = after.map((i) => ent.get(i)!);
      const src = ctx.industries[0]?.source;
      const role = roleOf(m, lists, text, s.start);
      let out: Entity[];
      // under an industry heading, only what the sentence says it develops (重点发展A、B) adds to it
      const developed = after.filter((i) => i.list !== undefined && DEV_BEFORE.test(lists.find((l) => l.index === i.list)?.before ?? '')).map((i) => ent.get(i)!);
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
      if (m.label === 'Park' && !explicit.length) out = uniq([...out, ...reg.industriesNamedIn(m.surface)]);
      return out;
    };

    for (const m of orgs) {
      const x = ent.get(m)!;
      if (mid) reg.edge('MENTIONS', mid, x.id, ev);
      const targets = targetsFor(m);
      if (!targets.length) continue;
      const role = roleOf(m, lists, text, s.start);
      for (const t of targets) {
        if (m.label === 'Lab') reg.edge('INNOVATES_FOR', x.id, t.id, ev);
        else if (m.label === 'Enterprise') reg.edge(role === 'source' ? 'INNOVATES_FOR' : 'IN_INDUSTRY', x.id, t.id, ev);
        else if (m.label === 'Park' && (role === 'host' || role === 'basis' || HOST_VERBS.test(text) || /^\s*[(（]/.test(text))) {
          if (role !== 'source') reg.edge('HOSTS', x.id, t.id, ev);
        }
      }
    }

    // LEADS
    for (const [e, l] of leadsPairs(orgs, text, s.start)) reg.edge('LEADS', ent.get(e)!.id, ent.get(l)!.id, ev);

    // Parks side by side: 高新区华苑片区 (area of a zone), 高新区海洋科技园 (park in a zone)
    const parks = orgs.filter((m) => m.label === 'Park').sort((a, b) => a.start - b.start);
    for (let i = 0; i + 1 < parks.length; i++) {
      const a = parks[i]!;
      const b = parks[i + 1]!;
      const ak = ent.get(a)!.properties.kind;
      if (a.end !== b.start || ak !== 'zone') continue;
      const bk = ent.get(b)!.properties.kind;
      reg.edge(bk === 'area' ? 'PART_OF' : 'LOCATED_IN', ent.get(b)!.id, ent.get(a)!.id, ev);
    }
    for (const b of parks) {
      // 经开区西区: a name that starts with a zone's name
      const a = parks.find((p) => p !== b && ent.get(p)!.properties.kind === 'zone' && b.surface.startsWith(p.surface) && b.surface.length > p.surface.length);
      if (a) reg.edge('PART_OF', ent.get(b)!.id, ent.get(a)!.id, ev);
    }
    // 在灵山湾片区建设商业航天产业基地 (a park built inside another) / A、B入驻C产业园
    for (const b of parks) {
      const a = parks.find(
        (p) =>
          p.end < b.start &&
          ((/^在$/.test(text.slice(Math.max(0, p.start - s.start - 1), p.start - s.start)) && /^(建设|打造|布局|建成|规划建设|新建|设立)$/.test(text.slice(p.end - s.start, b.start - s.start))) ||
            // 以北辰经济技术开发区为核心，建设北辰生物制造产业园
            (/^以$/.test(text.slice(Math.max(0, p.start - s.start - 1), p.start - s.start)) && /^为(核心|主体|重点|载体|依托|支撑|补充|龙头)[,，]?(建设|打造|布局|规划建设|新建)$/.test(text.slice(p.end - s.start, b.start - s.start)))),
      );
      if (a && ent.get(a)!.id !== ent.get(b)!.id) reg.edge('LOCATED_IN', ent.get(b)!.id, ent.get(a)!.id, ev);
    }
    for (const p of parks) {
      for (const o of orgs) {
        if (o.end >= p.start || o === p) continue;
        const between = text.slice(o.end - s.start, p.start - s.start);
        const same = o.list !== undefined && orgs.some((q) => q.list === o.list && q.end <= p.start && /^(入驻|落户|落地|进驻|位于|坐落于)$/.test(text.slice(q.end - s.start, p.start - s.start)));
        if (/^(入驻|落户|落地|进驻|位于|坐落于)$/.test(between) || same) reg.edge('LOCATED_IN', ent.get(o)!.id, ent.get(p)!.id, ev);
      }
    }
    // organisations named inside a park's section (001 六: （二）推动华苑片区建成…)
    const pathKey = s.sectionPath.join('\u0001');
    if (!headingParks.has(pathKey)) headingParks.set(pathKey, headingPark(s.sectionPath, index));
    const hp = headingParks.get(pathKey);
    if (hp && !parks.some((p) => ['area', 'zone'].includes(String(ent.get(p)!.properties.kind ?? '')))) {
      const area = reg.org(hp.surface, 'Park', hp.kind, hp.entry as never);
      for (const m of orgs) {
        const x = ent.get(m)!;
        if (x.id === area.id) continue;
        if (m.label === 'Park' && ['zone', 'area'].includes(String(x.properties.kind ?? ''))) continue;
        reg.edge('LOCATED_IN', x.id, area.id, ev);
      }
    }

    // industries: SUPPORTS, PART_OF, UPSTREAM_OF
    if (mid) {
      const mi = s.measureIndex!;
      if (!measureTitleDone.has(mi) && !ctx.measureTitleIndustries.length && !doc.measures[mi]!.title && s.start <= doc.measures[mi]!.start + 8) {
        // an untitled measure: its first sentence may be its title (2.支持电动垂直起降航空器研发。)
        const first = /^[^。；;]{2,30}/.exec(text.replace(/^\s*\d+(?:-\d+)?\s*[.．、]\s*/, ''))?.[0] ?? '';
        const rs = /[，,]/.test(first) ? [] : measureTitleIndustries(first, index);
        if (rs.length) {
          for (const r of rs) reg.edge('SUPPORTS', mid, industryOf(reg, r).id, ev);
          measureTitleDone.add(mi);
        }
      }
      if (!measureTitleDone.has(mi) && ctx.measureTitleIndustries.length) {
        const mu = doc.measures[mi]!;
        if (text.includes(mu.title.slice(0, Math.min(6, mu.title.length))) || s.start <= mu.start + 8) {
          for (const r of ctx.measureTitleIndustries) reg.edge('SUPPORTS', mid, industryOf(reg, r).id, ev);
          measureTitleDone.add(mi);
        }
      }
      for (const i of inds) reg.edge('SUPPORTS', mid, ent.get(i)!.id, ev);
    }
    const allCtx = allContextIndustries(doc, s, ctx, reg, index);
    const present = new Map<string, Entity>();
    if (subject) present.set(subject.name, subject);
    for (const i of inds) present.set(ent.get(i)!.name, ent.get(i)!);
    for (const e of allCtx) present.set(e.name, e);
    for (const i of inds) {
      const x = ent.get(i)!;
      const le = index.industryByName.get(x.name);
      if (le?.parent && present.has(le.parent)) reg.edge('PART_OF', x.id, present.get(le.parent)!.id, ev);
      else if (i.list !== undefined) {
        // 重点支持A、B等细分领域 / 重点发展A、B和C under an industry measure, lead or heading: A is a segment
        // of it; 聚焦A、B、C三大领域 in a document about one industry: of the document's industry
        const parent = ctxInds[0] ?? subject;
        const list = lists.find((l) => l.index === i.list);
        // industries the lexicon places elsewhere (信创, 新能源汽车) are not segments of the context
        // (a chain of the lexicon may still be a segment of a chain the text lays out under a heading:
        // （二）中游：核心零部件 / 重点发展动力电池、驱动电机和电控系统)
        const placed = le && le.level !== 'segment' && le.level !== 'track' && !(le.level === 'chain' && ctx.industries[0]?.source === 'heading' && !ctx.industries[0].entry);
        // under a heading that names an industry or segment, a bare 发展/布局 lists its segments too:
        // （二）储运环节。发展高压气态储氢、液态储氢和管道输氢
        const devVerb = ctx.industries[0]?.source === 'heading' ? DEV_UNDER_HEADING : DEV_STRONG;
        if (parent && parent.id !== x.id && list && !list.application && (/^(细分|核心)?(领域|赛道|环节)|^[两三四五六七八九十]大/.test(list.after) || (!placed && ctxInds[0] && devVerb.test(list.before)))) {
          reg.edge('PART_OF', x.id, parent.id, ev);
        }
      }
    }
    for (const x of ctxInds) {
      const le = index.industryByName.get(x.name);
      if (le?.parent && present.has(le.parent) && inds.length + 1 > 0) reg.edge('PART_OF', x.id, present.get(le.parent)!.id, ev);
    }
    // chain order from the lexicon, when the text lists the segments in that order
    const ordered = inds
      .map((i) => ({ m: i, e: index.industryByName.get(ent.get(i)!.name) }))
      .filter((x) => x.e?.order !== undefined && x.e.parent && present.has(x.e.parent))
      .sort((a, b) => a.m.start - b.m.start);
    const byParent = new Map<string, typeof ordered>();
    for (const o of ordered) byParent.set(o.e!.parent!, [...(byParent.get(o.e!.parent!) ?? []), o]);
    for (const group of byParent.values()) {
      const seen = group.filter((g, i) => group.findIndex((h) => h.e!.name === g.e!.name) === i);
      for (let i = 0; i + 1 < seen.length; i++) {
        if (seen[i]!.e!.order! < seen[i + 1]!.e!.order!) reg.edge('UPSTREAM_OF', ent.get(seen[i]!.m)!.id, ent.get(seen[i + 1]!.m)!.id, ev);
      }
    }
    for (const [a, b] of dashChains(inds, text, s.start)) reg.edge('UPSTREAM_OF', ent.get(a)!.id, ent.get(b)!.id, ev);

    // chains the text states: “A—B—C”X产业链, 上游/中游/下游, X环节包括A、B和C
    for (const ch of textChains(text, s.start)) {
      const segs = ch.segments.map((g) => reg.industry(g.surface, undefined, 'segment'));
      for (let i = 0; i + 1 < segs.length; i++) reg.edge('UPSTREAM_OF', segs[i]!.id, segs[i + 1]!.id, ev);
      const named = ch.parent ? reg.industry(ch.parent.surface, undefined, 'chain') : undefined;
      const other = inds.map((i) => ent.get(i)!).find((e) => !segs.includes(e) && !ch.segments.some((g) => e.aliases.has(g.surface)));
      const parent = named ?? other ?? ctxInds[0] ?? subject;
      if (parent) for (const g of segs) reg.edge('PART_OF', g.id, parent.id, ev);
    }
    const pos = chainPositions(text, s.start);
    for (const p of pos) {
      for (const g of p.segments) {
        const e = reg.industry(g.surface, undefined, 'segment');
        positioned.push({ position: p.position, entity: e, ev });
        if (subject && subject.id !== e.id) reg.edge('PART_OF', e.id, subject.id, ev);
      }
    }
    if (pos.length > 1) {
      const sorted = [...pos].sort((a, b) => a.position - b.position);
      for (let i = 0; i + 1 < sorted.length; i++) {
        if (sorted[i]!.position === sorted[i + 1]!.position) continue;
        for (const a of sorted[i]!.segments.slice(0, 1)) for (const b of sorted[i + 1]!.segments.slice(0, 1)) {
          reg.edge('UPSTREAM_OF', reg.industry(a.surface).id, reg.industry(b.surface).id, ev);
        }
      }
    }
    for (const inc of includesParts(text, s.start)) {
      const w = reg.find('Industry', inc.whole.surface);
      if (!w) continue;
      for (const p of inc.parts) reg.edge('PART_OF', reg.industry(p.surface, undefined, 'segment').id, w.id, ev);
    }
  }

  // chain order across headings: （一）上游：… （二）中游：… （三）下游：…
  const firstAt = new Map<number, { entity: Entity; ev: Evidence }>();
  for (const p of positioned) if (!firstAt.has(p.position)) firstAt.set(p.position, p);
  const ps = [...firstAt.keys()].sort();
  for (let i = 0; i + 1 < ps.length; i++) {
    const a = firstAt.get(ps[i]!)!;
    const b = firstAt.get(ps[i + 1]!)!;
    if (!reg.hasEdge('UPSTREAM_OF', a.entity.id, b.entity.id)) reg.edge('UPSTREAM_OF', a.entity.id, b.entity.id, b.ev);
  }

  const { nodes, edges } = reg.result();
  const ids = new Set(nodes.map((n) => n.id));
  const lowConfidence = [...low.entries()].filter(([id]) => ids.has(id)).map(([, v]) => v);
  return { nodes, edges, lowConfidence };
}

/** Remember an organisation's name and its short form (华芯微电子股份有限公司 → 华芯微电子; 锡创半导体制造 → 锡创半导体). */
function rememberName(names: Map<string, { label: Mention['label']; kind?: string }>, name: string, m: Mention): void {
  const cjk = (s: string) => s.replace(/[^\u3400-\u9fff]/g, '').length;
  if (m.confidence !== 'high') return;
  const v = m.kind ? { label: m.label, kind: m.kind } : { label: m.label };
  if (cjk(name) >= 4) names.set(name, v);
  if (m.label === 'Enterprise') {
    const short = name.replace(/(制造|科技|技术|实业|控股|股份|集团|发展)+$/, '');
    if (short !== name && cjk(short) >= 4) names.set(short, v);
  }
}

/** Mentions of names remembered from earlier sentences that no rule found here: 支持华芯微电子重点发展… */
function addDocNames(names: Map<string, { label: Mention['label']; kind?: string }>, mentions: Mention[], lists: Enumeration[], text: string, offset: number): void {
  if (!names.size) return;
  for (const [name, v] of [...names].sort((a, b) => b[0].length - a[0].length)) {
    let from = 0;
    for (let i = text.indexOf(name, from); i >= 0; i = text.indexOf(name, from)) {
      from = i + name.length;
      const sp = { start: offset + i, end: offset + i + name.length };
      if (mentions.some((m) => m.label !== 'Industry' && m.start < sp.end && sp.start < m.end)) continue;
      // a longer word goes on (华芯微电子材料…): only at a boundary or before a verb
      if (/[\u3400-\u9fff]/.test(text[i - 1] ?? '') && !/[以由在和与及的对向、支持依托推动鼓励引导联合]/.test(text[i - 1]!)) continue;
      for (const m of mentions.filter((m) => m.label === 'Industry' && m.start < sp.end && sp.start < m.end)) mentions.splice(mentions.indexOf(m), 1);
      const list = lists.find((l) => l.items.some((it) => it.start <= sp.start && it.end >= sp.end));
      const men: Mention = { ...sp, surface: name, label: v.label, confidence: 'high' };
      if (v.kind) men.kind = v.kind;
      if (list) men.list = list.index;
      mentions.push(men);
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Verbs before a list of segments of the context industry. */
const DEV_STRONG = /(重点发展|重点支持|重点布局|前瞻布局|大力发展|积极发展|聚焦发展|加快发展)$/;
/** Under an industry heading (（二）储运环节。发展A、B和C / 加快A、B等产业化) a bare 发展/布局/加快 is enough. */
const DEV_UNDER_HEADING = /(重点发展|重点支持|重点布局|前瞻布局|大力发展|积极发展|聚焦发展|加快发展|加速布局|加快布局|(?:^|[，,。；;])(?:发展|布局|加快))$/;
/** An organisation introduced by one of these verbs starts a new tie (支持A发展X，支持B发展Y). */
const NEW_SUBJECT = /(支持|依托|鼓励|推动|引导|发挥|借助|借重|对接|引进|[，,；;])$/;
/** Lists that say what is developed (重点发展A、B和C): their industries count under an industry heading too. */
const DEV_BEFORE = /(重点发展|重点支持|重点布局|前瞻布局|大力发展|积极发展|聚焦发展|加快发展|发展|布局|聚焦|培育|研发|研制)$/;

function industryOf(reg: Registry, r: IndustryRef): Entity {
  return reg.industry(r.surface, r.entry, r.source === 'heading' || r.source === 'measure' ? 'industry' : 'segment');
}

function uniq(es: Entity[]): Entity[] {
  const seen = new Set<string>();
  return es.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}

/** Every industry the sentence sits under (clause lead, paragraph lead, measure title, all headings). */
function allContextIndustries(doc: StructuredDoc, s: { start: number; sectionPath: string[]; measureIndex?: number }, ctx: ReturnType<typeof sentenceContext>, reg: Registry, index: LexiconIndex): Entity[] {
  const out: Entity[] = ctx.industries.map((r) => industryOf(reg, r));
  for (const r of ctx.measureTitleIndustries) out.push(industryOf(reg, r));
  for (const h of s.sectionPath) {
    // a known term inside the heading's own industry is part of it: （二）培育海洋生物医药产业 → 海洋生物医药 only
    const own = headingPhrase(stripNumbering(h))?.phrase;
    for (const m of index.scan(h)) {
      if (m.ref.type !== 'industry') continue;
      const bare = m.surface.replace(/(产业链|产业|领域)$/, '');
      if (own && own !== bare && own.includes(bare) && !index.isIndustryTerm(own)) continue;
      out.push(reg.industry(m.surface, m.ref.entry as IndustryEntry));
    }
  }
  void doc;
  return out;
}

/** The area/zone a section is about: （二）推动华苑片区建成新经济发展活力区. */
function headingPark(path: string[], index: LexiconIndex) {
  for (let d = path.length - 1; d >= 0; d--) {
    const { mentions } = findMentions(path[d]!, 0, index);
    const p = mentions.find((m) => m.label === 'Park' && (m.kind === 'area' || (m.lex?.ref.type === 'org' && m.lex.ref.entry.kind === 'area')));
    if (p) return { surface: p.surface, kind: p.kind ?? 'area', entry: p.lex?.ref.type === 'org' ? p.lex.ref.entry : undefined };
  }
  return undefined;
}
