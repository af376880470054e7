// Entity and relation extraction (Industry, Enterprise, Lab, Park and their relations).
//
// Organisation of the extractor:
//   lexicon-match.ts  longest-match scan of the user lexicon (seeds/lexicon/*.tsv)
//   typing.ts         suffix typing (…公司/…研究院/…产业园), category words (等企业/等高校), generic names
//   enumerations.ts   clauses, 、-lists closed by 等+category, trigger verbs, suffix-typed names
//   mentions.ts       all mentions of one sentence, with bracketed aliases
//   context.ts        what a sentence is about (clause/paragraph lead, measure title, headings)
//   patterns.ts       relation patterns (创新源头, 产业依托, 依托, 由X牵头, chains)
//   resolve.ts        canonical names, aliases, one node per real thing; edges with evidence
import type { Evidence, GraphEdge, GraphNode } from '../../model.ts';
import { documentId, measureId } from '../ids.ts';
import { loadLexicon, type IndustryEntry, type Lexicon } from '../lexicon.ts';
import type { StructuredDoc } from '../types.ts';
import { maskedNorm, sentenceContext, type IndustryRef } from './context.ts';
import type { Mention } from './enumerations.ts';
import { LexiconIndex } from './lexicon-match.ts';
import { findMentions } from './mentions.ts';
import { dashChains, HOST_VERBS, leadsPairs, roleOf } from './patterns.ts';
import { Registry, type Entity } from './resolve.ts';

export interface Extraction {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Items extracted with low confidence, for `ingest --report`. */
  lowConfidence: { label: string; name: string; reason: string }[];
}

export interface ExtractOptions {
  /** A lexicon to use instead of seeds/lexicon/ (tests, users' own lexicons). */
  lexicon?: Lexicon;
  lexiconDir?: string;
}

const indexCache = new WeakMap<Lexicon, LexiconIndex>();
function indexFor(lex: Lexicon): LexiconIndex {
  let ix = indexCache.get(lex);
  if (!ix) {
    ix = new LexiconIndex(lex);
    indexCache.set(lex, ix);
  }
  return ix;
}

export function extractEntities(doc: StructuredDoc, opts: ExtractOptions = {}): Extraction {
  const lex = opts.lexicon ?? loadLexicon(opts.lexiconDir);
  const index = indexFor(lex);
  const reg = new Registry(index);
  const docId = documentId(doc.source.file);
  const masked = maskedNorm(doc);
  const low = new Map<string, { label: string; name: string; reason: string }>();
  const measureTitleDone = new Set<number>();

  for (const s of doc.sentences) {
    const text = masked.slice(s.start, s.end);
    if (!text.trim()) continue;
    const ctx = sentenceContext(doc, s, text, index);
    const ev: Evidence = { documentId: docId, section: ctx.section, text: doc.source.text.slice(s.start, s.end), start: s.start, end: s.end };
    const { mentions, lists, low: lowMs } = findMentions(text, s.start, index);
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
    for (const m of lowMs) {
      const x = ent.get(m);
      if (!x) continue;
      low.set(x.id, { label: x.label, name: x.name, reason: 'typed by its list neighbours only (no suffix, not in lexicon)' });
    }
    const orgs = mentions.filter((m) => m.label !== 'Industry');
    const inds = mentions.filter((m) => m.label === 'Industry');
    // industries enumerated as a list (围绕A、B、C等重点产业链) are kept as nodes even without an edge
    for (const l of lists) {
      const items = inds.filter((i) => i.list === l.index);
      if (items.length >= 2 && !orgs.some((o) => o.list === l.index)) for (const i of items) reg.keep(ent.get(i)!.id);
    }

    // context industries as entities
    const ctxInds = ctx.industries.map((r) => industryOf(reg, r));

    // targets: industries the sentence ties its organisations to
    const targetsFor = (m: Mention): Entity[] => {
      const explicit = inds.filter((i) => i.start >= m.end).map((i) => ent.get(i)!);
      const src = ctx.industries[0]?.source;
      const role = roleOf(m, lists, text, s.start);
      if (src === 'heading' && role !== 'none') return ctxInds;
      if (src === 'lead' || src === 'clause') return uniq([...explicit, ...ctxInds]);
      return explicit.length ? uniq(explicit) : ctxInds;
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
    // organisations named inside a park's section (001 六: （二）推动华苑片区建成…)
    const hp = headingPark(s.sectionPath, index);
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
    for (const i of inds) present.set(ent.get(i)!.name, ent.get(i)!);
    for (const e of allCtx) present.set(e.name, e);
    for (const i of inds) {
      const x = ent.get(i)!;
      const le = index.industryByName.get(x.name);
      if (le?.parent && present.has(le.parent)) reg.edge('PART_OF', x.id, present.get(le.parent)!.id, ev);
      else if (!le?.parent && ctxInds[0] && ctxInds[0].id !== x.id && i.list !== undefined) {
        // 重点支持A、B等细分领域 under an industry measure / lead: A is a segment of it
        const list = lists.find((l) => l.index === i.list);
        if (list && /^(细分|核心)?(领域|赛道|环节)|^[两三四五六七八九十]大/.test(list.after)) reg.edge('PART_OF', x.id, ctxInds[0].id, ev);
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
  }

  const { nodes, edges } = reg.result();
  const ids = new Set(nodes.map((n) => n.id));
  const lowConfidence = [...low.entries()].filter(([id]) => ids.has(id)).map(([, v]) => v);
  return { nodes, edges, lowConfidence };
}

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
    for (const m of index.scan(h)) if (m.ref.type === 'industry') out.push(reg.industry(m.surface, m.ref.entry as IndustryEntry));
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
