// Stage 4, entities: StructuredDoc → the industries, enterprises, labs and parks each sentence names.
// Per sentence: what it is about (context.ts: clause lead, paragraph lead, measure title, headings),
// its mentions (mentions.ts: lexicon, suffixes, enumerations typed by category word, verb or
// neighbours), names seen earlier found again (doc-names.ts), and the entity each mention denotes
// (table.ts). Responsibility brackets are masked first: departments are not ours.
//   takes: the structured document and the context (lexicon index)
//   gives: EntityFindings: per sentence its mentions, lists and their entities; the entity table;
//          the document's subject industry (宁波市新能源汽车产业链…计划 → 新能源汽车); low-confidence names
import type { Evidence } from '../../model.ts';
import type { IngestContext } from '../context.ts';
import { documentId, measureId } from '../ids.ts';
import type { Sentence, StructuredDoc } from '../types.ts';
import { boundIndustries } from './industry-bounds.ts';
import { campusNames, firmPlaceBrackets, groupSubsidiaries, joinedFirms, joinedParks, numberedInstitutes, placeBracketFirms, placeBracketTails, placeNamedFirms, labNameBounds, placeOpenedFirms, titlePlaces, universitySchools } from './org-bounds.ts';
import { documentSubject, maskedNorm, sentenceContext, type IndustryRef, type SentenceContext } from './context.ts';
import { addDocNames, rememberName, type DocNames } from './doc-names.ts';
import type { Enumeration, Mention } from './enumerations.ts';
import { hasMarkup } from './markup.ts';
import { findMentions } from './mentions.ts';
import { dropBenchmarkIndustries, dropGoalLabs, localZone, openedByDocumentPlace, screenMentions } from './places.ts';
import { words } from './segment.ts';
import { shortNameDefinitions } from './short-names.ts';
import { dropQuantities } from './quantities.ts';
import { EntityTable, type Entity } from './table.ts';

export interface LowConfidenceItem {
  label: string;
  name: string;
  reason: string;
}

/** One sentence with what it names. */
export interface SentenceEntities {
  sentence: Sentence;
  /** The sentence's normalised text with responsibility brackets masked (offsets from sentence.start). */
  text: string;
  /** The sentence as evidence (its original text and section). */
  ev: Evidence;
  context: SentenceContext;
  mentions: Mention[];
  lists: Enumeration[];
  entityOf: Map<Mention, Entity>;
  /** The measure the sentence belongs to. */
  measureId?: string;
}

export interface EntityFindings {
  sentences: SentenceEntities[];
  table: EntityTable;
  /** The industry the whole document is about, from its title, if any. */
  subject?: Entity;
  /** Names typed by their list neighbours only, by entity id. */
  low: Map<string, LowConfidenceItem>;
}

/** A context industry as an entity: a heading's or measure's industry is an industry, a lead's a segment. */
export function industryOf(table: EntityTable, r: IndustryRef): Entity {
  return table.industry(r.surface, r.entry, r.source === 'heading' || r.source === 'measure' ? 'industry' : 'segment');
}

export function findEntities(doc: StructuredDoc, ctx: IngestContext): EntityFindings {
  const index = ctx.index;
  const table = new EntityTable(index);
  const docId = documentId(doc.source.file);
  const masked = maskedNorm(doc);
  const low = new Map<string, LowConfidenceItem>();
  const subjectRef = documentSubject(doc.meta?.title ?? '', index);
  const headingIndustries = new Map<string, IndustryRef[]>();
  const docNames: DocNames = new Map();
  // short names the document defined (（以下简称汽开区）) → the entity they stand for
  const jurisdictions = jurisdictionNames(ctx);
  const homeCity = lexiconHomeCity(ctx);
  // whether the document names the lexicon's home city at all (a document of unknown place that never says 天津 means
  // no Tianjin zone by a bare 高新区)
  const mentionsHome = !homeCity || doc.source.text.includes(homeCity.replace(/市$/, ''));
  const shorts = new Map<string, { name: string; label: Mention['label']; kind?: string }>();
  // (and the county or city the title opens with, 奉节县2026年…工作要点, where the lexicon knows no jurisdiction of it)
  const ownPlaces = placeShortNames(doc.meta.city, doc.meta.jurisdiction, titlePlace(doc.meta.title));
  const placeOpener = opensWithPlace(ctx, jurisdictions);
  const sentences: SentenceEntities[] = [];
  let subject: Entity | undefined;
  for (const s of doc.sentences) {
    const text = masked.slice(s.start, s.end);
    if (!text.trim()) continue;
    table.at(s.start);
    const context = sentenceContext(doc, s, text, index, headingIndustries, (p) => !!table.find('Industry', p) || placedInChain(masked.slice(0, s.start), p) || dashChained(masked.slice(0, s.start), p));
    const ev: Evidence = { documentId: docId, section: context.section, text: doc.source.text.slice(s.start, s.end), start: s.start, end: s.end };
    if (subjectRef) subject = industryOf(table, subjectRef);
    const { mentions, lists, low: lowMs, clauses: cls } = findMentions(text, s.start, index, docNames, s.sectionPath[s.sectionPath.length - 1]);
    // (a subject that joins two industries, 生物医药和高端医疗器械, is no one name its parts hide in)
    dropInsideContext(mentions, context, text, s.start, subjectRef?.entry || /[和与及、]/.test(subjectRef?.surface ?? '') ? undefined : subjectRef?.surface);
    dropMarkup(mentions);
    dropEligibility(mentions);
    dropQuantities(mentions, lists);
    boundIndustries(mentions, text, s.start);
    campusNames(mentions, text, s.start);
    numberedInstitutes(mentions, text, s.start);
    groupSubsidiaries(mentions, text, s.start);
    firmPlaceBrackets(mentions, text, s.start);
    placeBracketFirms(mentions, text, s.start);
    joinedFirms(mentions, (x) => index.isIndustryTerm(x));
    joinedParks(mentions);
    placeNamedFirms(mentions);
    labNameBounds(mentions, text, s.start);
    universitySchools(mentions, lists, text, s.start);
    placeBracketTails(mentions, text, s.start);
    screenMentions(mentions, text, s.start, cls, s.measureIndex !== undefined, (x) => index.isIndustryTerm(x), (x) => docNames.get(x)?.label);
    dropGoalLabs(mentions, text, s.start, cls, doc.meta.city, homeCity);
    dropBenchmarkIndustries(mentions, text, s.start, cls);
    localiseZones(mentions, doc.meta.city, doc.meta.jurisdiction ?? titleZone(doc.meta.title), homeCity, table, mentionsHome);
    dropJurisdictions(mentions, jurisdictions, doc.meta.jurisdiction);
    openedByOwnPlace(mentions, text, s.start, ownPlaces, placeOpener);
    placeOpenedFirms(mentions, lists, text, s.start, [...ownPlaces, ...titlePlaces(doc.meta.title)]);
    openedByDocumentPlace(mentions, text, s.start, masked, doc);
    const defs = shortNameDefinitions(mentions, text, s.start);
    addDocNames(docNames, mentions, lists, text, s.start);
    for (const d of defs) {
      const x = entitiesOf([d.of], table).get(d.of);
      if (!x || shorts.has(d.short)) continue;
      shorts.set(d.short, d.of.kind ? { name: x.name, label: x.label as Mention['label'], kind: d.of.kind } : { name: x.name, label: x.label as Mention['label'] });
      const v = d.of.kind ? { label: d.of.label, kind: d.of.kind, name: x.name } : { label: d.of.label, name: x.name };
      docNames.set(d.short, d.short.length >= 4 ? v : { ...v, shortForm: true });
    }
    useShortNames(mentions, shorts);
    longerNamedIndustries(mentions, text, s.start, table, docIndustryNames(headingIndustries, subjectRef));
    let entityOf = entitiesOf(mentions, table, lists);
    for (const m of mentions) {
      const x = entityOf.get(m);
      if (x && m.label !== 'Industry' && !m.lex) rememberName(docNames, x.name, m);
    }
    // a name the sentence itself introduced, written again later in it (依托A、B等电池企业…，A总部位于P)
    const before = mentions.length;
    addDocNames(docNames, mentions, lists, text, s.start);
    if (mentions.length !== before) {
      useShortNames(mentions, shorts);
      entityOf = entitiesOf(mentions, table, lists);
    }
    for (const m of lowMs) {
      const x = entityOf.get(m);
      if (x) low.set(x.id, { label: x.label, name: x.name, reason: 'typed by its list neighbours only (no suffix, not in lexicon)' });
    }
    const se: SentenceEntities = { sentence: s, text, ev, context, mentions, lists, entityOf };
    if (s.measureIndex !== undefined && doc.measures[s.measureIndex]) se.measureId = measureId(doc, s.measureIndex);
    sentences.push(se);
  }
  const out: EntityFindings = { sentences, table, low };
  if (subject) out.subject = subject;
  return out;
}

/**
 * A phrase the text so far has placed in a chain by position words (上游原材料、中游零部件和分系统、
 * 下游整机总装与维修保障): a segment of the document's chain, before any relation is read.
 */
function placedInChain(before: string, phrase: string): boolean {
  // (the pattern needs the phrase and a position word in the text: most phrases are not there, and
  // the pattern scans all the text so far)
  if (phrase && (!before.includes(phrase) || !/[上中下]游/.test(before))) return false;
  const esc = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:上游|中游|下游)(?:环节)?\\s*[:：]?(?:[^，,。；;：:\\n]{0,12}?[、和与及])?${esc}(?=[、和与及，,。；;的等]|环节|$)`).test(before);
}

/** A phrase the text so far has written as a link of a dash chain (“化纤—纺纱—织造”): a segment of the document's chain. */
function dashChained(before: string, phrase: string): boolean {
  if (!/[—–]/.test(before)) return false;
  if (!phrase) return /(?:[—–](?=[—–”"」]|产业链|$)|(?:^|[“"「(（\s])(?=[—–]))/m.test(before);
  // (the pattern /(?:[—–]P(?=[—–”"」]|产业链|$)|(?:^|[“"「(（\s])P(?=[—–]))/m read at each occurrence of P,
  // not by a regex over all the text so far for every phrase)
  for (let p = before.indexOf(phrase); p >= 0; p = before.indexOf(phrase, p + 1)) {
    const prev = p > 0 ? before[p - 1]! : '';
    const q = p + phrase.length;
    const next = q < before.length ? before[q]! : '';
    if (DASH.test(prev) && (q === before.length || LINE_END.test(next) || LINK_AFTER.test(next) || before.startsWith('产业链', q))) return true;
    if ((p === 0 || LINK_BEFORE.test(prev)) && DASH.test(next)) return true;
  }
  return false;
}
const DASH = /^[—–]$/;
/** Where `$` matches in a multiline pattern: before a line terminator. */
const LINE_END = /^[\n\r\u2028\u2029]$/;
const LINK_AFTER = /^[—–”"」]$/;
/** What may open a chain's first link (`^` in a multiline pattern is after a line terminator, which \s covers). */
const LINK_BEFORE = /^[“"「(（\s]$/;

/**
 * A known term that starts inside the longer industry the sentence is about is part of it:
 * （二）培育海洋生物医药产业 names 海洋生物医药, not also 生物医药 (nor does 新能源电池材料, the subject of the
 * document, name 新能源).
 */
function dropInsideContext(mentions: Mention[], context: SentenceContext, text: string, offset: number, subject?: string): void {
  // (the document's subject too, when the lexicon does not know it: 新能源|电池材料 in a 新能源电池材料 plan)
  const ctxSurfaces = [...context.industries, ...context.measureTitleIndustries].map((r) => r.surface);
  for (const m of [...mentions]) {
    if (m.label !== 'Industry') continue;
    const at = m.start - offset;
    // (the mention starts inside an occurrence of the longer name: 海洋|生物医药产业)
    const inside = ctxSurfaces.some((n) => {
      if (n.length <= 2) return false;
      for (let p = text.indexOf(n); p >= 0 && p < at; p = text.indexOf(n, p + 1)) if (p + n.length > at) return true;
      return false;
    });
    // (inside an occurrence of the subject, opening it too: 新能源|电池材料)
    const inSubject = !!subject && subject.length > m.surface.length && (() => {
      for (let p = text.indexOf(subject); p >= 0 && p <= at; p = text.indexOf(subject, p + 1)) if (p + subject.length >= m.end - offset) return true;
      return false;
    })();
    if (inside || inSubject) mentions.splice(mentions.indexOf(m), 1);
  }
}

/**
 * The industries the document's headings named so far (（一）绿色硅光伏产业链 → 绿色硅光伏) and the parts of
 * its title's subject (绿色硅光伏和新能源电池), three characters or more.
 */
function docIndustryNames(headings: Map<string, IndustryRef[]>, subject: IndustryRef | undefined): Set<string> {
  const out = new Set<string>();
  for (const refs of headings.values()) for (const r of refs) if (r.surface.length >= 3 && !/[和与及、]/.test(r.surface)) out.add(r.surface);
  for (const p of subject?.surface.split(/[和与及]/) ?? []) if (p.length >= 3) out.add(p);
  return out;
}

/**
 * 服务绿色硅光伏和新能源电池 after the document named 绿色硅光伏: a lexicon term written inside an industry
 * the document has named before (光伏 in 绿色硅光伏) is that longer industry, as written, not the broader term.
 */
function longerNamedIndustries(mentions: Mention[], text: string, offset: number, table: EntityTable, headed: Set<string>): void {
  for (const m of [...mentions]) {
    if (m.label !== 'Industry' || !m.lex || !mentions.includes(m)) continue;
    const at = m.start - offset;
    const window = text.slice(Math.max(0, at - 8), m.end - offset + 8);
    let best: { start: number; end: number; name: string } | undefined;
    const named = [...table.industriesNamedIn(window).map((e) => e.name), ...[...headed].filter((h) => window.includes(h))];
    // (the term as the lexicon matched it may carry the word 产业 after it: 硅基|新材料产业基金 is 硅基新材料)
    const core = m.surface.replace(/(产业链|产业|行业)$/, '');
    for (const name of named) {
      const e = { name };
      if (e.name.length <= core.length || !e.name.includes(core)) continue;
      // (the occurrence of the longer name that covers this term)
      for (let k = e.name.indexOf(core); k >= 0; k = e.name.indexOf(core, k + 1)) {
        const start = at - k;
        if (start >= 0 && text.startsWith(e.name, start) && (!best || e.name.length > best.name.length)) best = { start: offset + start, end: offset + start + e.name.length, name: e.name };
      }
    }
    if (!best || mentions.some((x) => x.label !== 'Industry' && x.start < best!.end && best!.start < x.end)) continue;
    const span = best;
    // (the term itself goes too where the word 产业 after it reaches past the longer name)
    for (const x of mentions.filter((x) => x === m || (x.label === 'Industry' && x.start >= span.start && x.end <= span.end))) mentions.splice(mentions.indexOf(x), 1);
    const longer: Mention = { start: span.start, end: span.end, surface: span.name, label: 'Industry', confidence: 'high' };
    if (m.list !== undefined) longer.list = m.list;
    mentions.push(longer);
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * A bare 高新区/经开区 is the zone of the document's own city (places.ts), not the lexicon's Tianjin zone.
 * In a document that names no city or jurisdiction (a web page's 发布会实录), it is the one zone of that kind
 * the document named in full before (六盘水高新技术产业开发区 … 高新区将建设…).
 */
function localiseZones(mentions: Mention[], city: string | undefined, jurisdiction: string | undefined, homeCity: string | undefined, table?: EntityTable, mentionsHome = true): void {
  for (const m of [...mentions]) {
    if (m.label !== 'Park') continue;
    const bare = m.surface.replace(/\s/g, '');
    const named = !city && !jurisdiction && table ? namedZoneOfKind(bare, table) : undefined;
    const z = named ? { name: named } : localZone(bare, city, jurisdiction, homeCity, mentionsHome);
    if (z === 'ambiguous') mentions.splice(mentions.indexOf(m), 1);
    else if (z) {
      delete m.lex;
      m.name = table ? writtenInFull(z.name, table) : z.name;
      m.kind = 'zone';
    }
  }
}

/** The document's own city and jurisdiction without their level word (辛集市 → 辛集), two characters or more. */
function placeShortNames(...places: (string | undefined)[]): string[] {
  const out = new Set<string>();
  for (const p of places) {
    // (a zone's own document, 上饶经济技术开发区, has no place of this kind)
    if (!p || /(开发区|高新区|经开区|园区|新区|示范区|片区)$/.test(p)) continue;
    const short = p.replace(/(省|市|县|自治县|自治区|旗)$/, '');
    if (short.length >= 2 && short !== p && /^[\u3400-\u9fff]+$/.test(short)) out.add(short);
  }
  return [...out];
}

/** The city, county or district a title opens with (奉节县2026年脐橙…工作要点 → 奉节县); undefined when none. */
function titlePlace(title: string | undefined): string | undefined {
  return /^([\u3400-\u9fff]{2,3}(?:市|县|区))(?=\d|[\u3400-\u9fff])/.exec(title ?? '')?.[1];
}

/**
 * 辛集|皮革皮具产业园: the document's own place written right before a park's name opens that name (the
 * segmenter read 辛集 as a verb of its own and cut it off). A park whose name already opens with a place
 * (石家庄皮革产业园, 滨海新区产业园) is another place's park: nothing is glued before it.
 */
function openedByOwnPlace(mentions: Mention[], text: string, offset: number, places: string[], placed: (name: string) => boolean): void {
  if (!places.length) return;
  for (const m of mentions) {
    // (依托奉节|康橙食品: a firm's name too — the segmenter read 奉节 as a verb — where no place opens it already)
    if ((m.label !== 'Park' && m.label !== 'Enterprise') || m.lex || m.name) continue;
    const before = text.slice(0, m.start - offset);
    const place = places.find((p) => before.endsWith(p) && !m.surface.startsWith(p));
    if (!place || placed(m.surface)) continue;
    const start = m.start - place.length;
    if (mentions.some((x) => x !== m && x.start < m.start && x.end > start)) continue;
    m.start = start;
    m.surface = place + m.surface;
  }
}

/**
 * Does a name open with a place: a region of the lexicon (石家庄, 包头), a jurisdiction it lists, or a word the
 * segmenter tags as a place (滨海新区)?
 */
function opensWithPlace(ctx: IngestContext, jurisdictions: Set<string>): (name: string) => boolean {
  const regions = [...(ctx.lexicon.regions ?? []), ...jurisdictions].filter((r) => r.length >= 2);
  return (name) => regions.some((r) => name.startsWith(r)) || words(name)[0]?.tag === 'ns';
}

/**
 * 南昌经开区 for a bare 经开区 after the document named 南昌经济技术开发区: the zone as the document wrote it in
 * full (经开区 ↔ 经济技术开发区, 高新区 ↔ 高新技术产业开发区), where it did.
 */
function writtenInFull(name: string, table: EntityTable): string {
  const full = name.replace(/经开区$/, '经济技术开发区').replace(/高新区$/, '高新技术产业开发区');
  return full !== name && table.find('Park', full) ? full : name;
}

/** The one zone (not the lexicon's) the document named so far whose kind a bare zone word says (高新区 → …高新技术产业开发区). */
function namedZoneOfKind(bare: string, table: EntityTable): string | undefined {
  const kind = /^(?:国家)?(?:高新区|高新技术产业开发区)$/.test(bare) ? /(高新区|高新技术产业开发区)$/ : /^(?:经开区|经济技术开发区)$/.test(bare) ? /(经开区|经济技术开发区)$/ : undefined;
  if (!kind) return undefined;
  const zones = table.all().filter((e) => e.label === 'Park' && !table.fromLexicon.has(e.id) && kind.test(e.name) && e.name.length > bare.length);
  return zones.length === 1 ? zones[0]!.name : undefined;
}

/**
 * The zone a document's title opens with (盐城经济技术开发区高质量发展三年行动方案 → 盐城经济技术开发区):
 * the document's own zone when its metadata names no jurisdiction, so its bare 开发区 is that zone.
 */
function titleZone(title: string | undefined): string | undefined {
  const m = /^([\u3400-\u9fff]{2,12}?(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区|经开区))(?![\u3400-\u9fff]{0,8}(?:和|与|及|、))/.exec(title ?? '');
  return m?.[1];
}

/** A name written as a short form the document defined earlier denotes the full name's entity. */
function useShortNames(mentions: Mention[], shorts: Map<string, { name: string; label: Mention['label']; kind?: string }>): void {
  if (!shorts.size) return;
  for (const m of mentions) {
    const d = m.label === 'Industry' ? undefined : shorts.get(m.surface.replace(/\s/g, ''));
    if (!d || d.label !== m.label) continue;
    delete m.lex;
    m.name = d.name;
    if (d.kind) m.kind = d.kind;
  }
}

/**
 * The lexicon's home city: the city most of its jurisdictions belong to (天津市 for the seed lexicon, whose
 * short zone words such as 高新区 name that city's zones). Undefined for a lexicon without jurisdictions.
 */
function lexiconHomeCity(ctx: IngestContext): string | undefined {
  const n = new Map<string, number>();
  for (const j of ctx.lexicon.jurisdictions ?? []) if (j.city && j.city !== '*') n.set(j.city, (n.get(j.city) ?? 0) + 1);
  let best: string | undefined;
  for (const [c, k] of n) if (best === undefined || k > n.get(best)!) best = c;
  return best;
}

/** The names of the lexicon's jurisdictions (天津市滨海新区, 滨海新区): governments' areas, not parks. */
function jurisdictionNames(ctx: IngestContext): Set<string> {
  const out = new Set<string>();
  for (const j of ctx.lexicon.jurisdictions ?? []) for (const n of [j.canonical, ...(j.aliases ?? [])]) if (n) out.add(n);
  return out;
}

/** A 新区 that is a jurisdiction (the document's own, or one the lexicon lists) is no park. */
function dropJurisdictions(mentions: Mention[], names: Set<string>, own: string | undefined): void {
  for (const m of [...mentions]) {
    if (m.label !== 'Park' || !/(?<!高)新区$/.test(m.surface)) continue;
    const n = m.surface.replace(/\s/g, '');
    if (names.has(n) || n === own) mentions.splice(mentions.indexOf(m), 1);
  }
}

/**
 * 在桐庐县内登记注册、从事书写工具生产、具有独立法人资格的企业: the conditions a subsidy's applicant must meet, read as a
 * list of firms — registration, the line of business it engages in, legal standing. No organisation's name says them.
 */
const ELIGIBILITY = /(登记注册|依法注册|注册登记|从事|具有|具备|资格|行政区域内|[县市区]内(?:登记|注册))/;
function dropEligibility(mentions: Mention[]): void {
  for (const m of [...mentions]) if (m.label !== 'Industry' && !m.lex && ELIGIBILITY.test(m.surface)) mentions.splice(mentions.indexOf(m), 1);
}

/** Names with markup in them are none (markup.ts); an alias with markup is dropped. */
function dropMarkup(mentions: Mention[]): void {
  for (const m of [...mentions]) {
    if (hasMarkup(m.surface)) mentions.splice(mentions.indexOf(m), 1);
    else if (m.alias && hasMarkup(m.alias)) delete m.alias;
  }
}

/** The entity each mention denotes (lexicon entry, or the name as written). */
function entitiesOf(mentions: Mention[], table: EntityTable, lists: Enumeration[] = []): Map<Mention, Entity> {
  const entityOf = new Map<Mention, Entity>();
  for (const m of mentions) {
    if (m.label === 'Industry') {
      const e = m.lex?.ref.type === 'industry' ? m.lex.ref.entry : undefined;
      // the object of a lab's research (开展碳化硅功率器件关键技术攻关) is the document's segment it names
      const research = !e && m.list !== undefined && lists.find((l) => l.index === m.list)?.research ? table.namedIndustryIn(m.surface) : undefined;
      entityOf.set(m, research ?? table.industry(m.surface, e, 'segment'));
    } else {
      const oe = m.lex?.ref.type === 'org' ? m.lex.ref.entry : undefined;
      const x = table.org(m.name ?? m.surface, m.label, m.kind, oe);
      if (m.alias) x.aliases.add(m.alias);
      entityOf.set(m, x);
    }
  }
  return entityOf;
}
