// Stage 5, relations: the entities of each sentence → the edges the sentence states, each with the
// sentence as evidence. Patterns of the genre: what an organisation is for (创新源头, 产业依托/载体,
// 依托 …: patterns.ts) and the industries it is tied to (organisations.ts); places in places
// (parks.ts); measures and industries, segments and chains (industries.ts, chains.ts). The
// industries a sentence's context or a chain names are added to the entity table here.
//   takes: the structured document, the entity findings, the context
//   gives: RelationFindings: the document's edges (before resolution: ../resolve/)
import type { IngestContext } from '../context.ts';
import type { EntityFindings, SentenceEntities } from '../entities/index.ts';
import type { Entity, EntityTable } from '../entities/table.ts';
import { documentSubject } from '../entities/context.ts';
import { industryOf } from '../entities/index.ts';
import { documentId } from '../ids.ts';
import { halfWidth } from '../../text.ts';
import { JUDGED } from './judge.ts';
import { plausibleIndustry } from '../entities/list-items.ts';
import { bareStage } from '../resolve/joined.ts';
import { isGenericWord } from '../entities/typing.ts';
import type { IndustryEntry } from '../lexicon/index.ts';
import type { StructuredDoc } from '../types.ts';
import { ChainState, chainEdges, chainOrderAcrossHeadings } from './chains.ts';
import { EdgeSet } from './edges.ts';
import { fieldBlockEdges } from './field-blocks.ts';
import { hierarchyEdges, joinedLevel, QUALITY, sectionIndustries } from './industries.ts';
import { supportEdges } from './supports.ts';
import { organisationEdges } from './organisations.ts';
import { layoutEdges, sectionFocusEdges, type FocusState } from './layout.ts';
import { parkEdges, sectionParkEdges, type HeadingPark } from './parks.ts';
import { parkRowEdges } from './park-rows.ts';
import { entityOf, type SentenceScope } from './scope.ts';
import { levelParagraphEdges, segmentLineEdges, stageFirmLineEdges } from './segment-lines.ts';
import { tableEdges } from './tables.ts';

/**
 * The parts of a spatial layout's slogan (一核, 两带, 多园, 三区, 一城两区): places by number, never industries; nor is
 * a name ending like a zone (灌云临港产业区, …开发区, …片区) read as a heading's industry.
 */
export const LAYOUT_SLOGAN = /^(?:[一二两三四五六七八九十多]+[核带园区城翼轴心廊环极点片镇组团谷港链])+$|(?:产业区|园区|开发区|高新区|经开区|片区|新区|产业园)$/;

/**
 * A name that is the document's own kind or period, not a field: a map or list of a chain (一、产业链图谱, 重点项目清单)
 * or a title's year before a generic word (2026年重点产业项目清单 → 2026年重点, 2026年度先进制造业…专项资金 →
 * 2026年度先进制造). Nothing is a part, a firm or a host of it.
 */
export const DOCUMENT_WORD = /(?:图谱|清单|名录|目录|地图|路线图)$|^(?:\d{2,4}|[〇零一二三四五六七八九]{4})年度?/;
/** A title's year (2024年烟花爆竹产业…要点 read as 2024年烟花爆竹): the plan period, no part of the subject's name. */
const TITLE_YEAR = /^(?:\d{2,4}|[〇零一二三四五六七八九]{4})年度?/;
/** Umbrella words a title's year may stand before (2026年重点产业…, 2026年度先进制造业…): every industry, no subject. */
const UMBRELLA = /^(?:重点|先进制造|制造|现代|新兴|战略性新兴|优势|特色|主导|未来|传统)$/;

/**
 * The document's subject industry without its title's year (2024年烟花爆竹 → 烟花爆竹); none where the year stands before an
 * umbrella word (2026年重点, 2026年度先进制造: a list or a fund over several industries).
 */
function subjectWithoutYear(subject: Entity, table: EntityTable, ctx: IngestContext): Entity | undefined {
  const year = TITLE_YEAR.exec(subject.name);
  if (!year) return subject;
  const rest = subject.name.slice(year[0].length);
  if (rest.length < 2 || UMBRELLA.test(rest)) return undefined;
  const entry = ctx.index.lookup(rest);
  table.at(0);
  return table.find('Industry', rest) ?? table.industry(rest, entry?.type === 'industry' ? (entry.entry as IndustryEntry) : undefined);
}

/**
 * A title's umbrella before a kind word (自贡市推进先进制造业重点产业链发展… → 先进制造业重点; 未来产业 / 制造业): the
 * document is about several chains under it, and nothing is a part, a firm or a host of the umbrella.
 */
const UMBRELLA_SUBJECT = /^(?:先进制造业?|制造业?|现代产业|未来产业|战略性新兴产业|新兴产业|工业)?(?:重点|主导|优势|特色|支柱|新兴|首位)?$|(?:重点|主导|优势|特色|支柱|首位)$/;

/**
 * The subject of a title that names a chain inside its industry in brackets (梅州市电子信息（印制电路板）产业链招商图谱):
 * the industry before the brackets is the document's, the chain in them is a part of it (stated by the title). Read
 * where the title gave no subject as written (the brackets stand between the industry and 产业链).
 */
function bracketSubject(doc: StructuredDoc, table: EntityTable, ctx: IngestContext, edges: EdgeSet): Entity | undefined {
  const title = doc.meta?.title ?? '';
  const m = /([\u3400-\u9fffA-Za-z0-9]{2,10})[（(]([\u3400-\u9fffA-Za-z0-9]{2,10})[)）](?:全产业链|产业链|产业集群|产业)/.exec(title);
  if (!m) return undefined;
  const outer = documentSubject(title.replace(m[0], m[1]! + m[0].slice(m[0].lastIndexOf(m[2]!) + m[2]!.length + 1)), ctx.index);
  const inner = m[2]!;
  if (!outer || !plausibleIndustry(inner) || isGenericWord(inner) || UMBRELLA_SUBJECT.test(inner)) return undefined;
  // (the title is quoted from the text as written, full-width brackets and all; it is found in the half-width
  // copy, whose offsets are the text's, and quoted from the text)
  const at = doc.source.norm.indexOf(halfWidth(m[0]));
  if (at < 0) return undefined;
  table.at(at);
  const whole = industryOf(table, outer);
  const innerEntry = ctx.index.lookup(inner);
  if (innerEntry && innerEntry.type !== 'industry') return undefined;
  const part = table.find('Industry', inner) ?? table.industry(inner, innerEntry?.type === 'industry' ? (innerEntry.entry as IndustryEntry) : undefined, 'chain');
  // (the evidence is the title's line)
  const norm = doc.source.norm;
  const start = norm.lastIndexOf('\n', at) + 1;
  const end = norm.indexOf('\n', at) < 0 ? norm.length : norm.indexOf('\n', at);
  if (part.id !== whole.id) edges.add('PART_OF', part.id, whole.id, { documentId: documentId(doc.source.file), text: doc.source.text.slice(start, end), start, end }, JUDGED.structure);
  return whole;
}

/**
 * A document subject that joins two industries the text also names apart (支持海洋工程装备和高技术船舶产业
 * 高质量发展 with …聚焦高技术船舶和船用配套设备… elsewhere): the document is about two industries, and
 * nothing is a part, a firm or a host of the pair as one. (半导体和集成电路 named only together stays one.)
 * Shorter names (森林食品和北药, 光电子和汽车电子, 人参和矿泉水) split only where EACH is named on its own as an
 * industry (全市北药产业…, …等汽车电子企业, （二）矿泉水产业链) or the lexicon knows it as one and the text names it
 * apart: a short name is often a field's head or a longer name's tail (化合物半导体产业链 is not 半导体's own).
 * Joined by 和/与 only: 及 after a short name joins a field and its extension (碳纤维及复合材料).
 */
function twoIndustries(name: string, text: string, ctx: IngestContext): boolean {
  // (two full names, not a field and its head: 软件和信息服务, 半导体和集成电路 are one field each; nor a
  // compound the lexicon knows, 细胞与基因治疗)
  const m = /^([^与和及]{2,12})[与和及]([^与和及]{2,12})$/.exec(name.replace(/(产业链|产业|行业)$/, ''));
  if (!m || ctx.index.lookup(name)?.type === 'industry' || ctx.index.lookup(m[0])?.type === 'industry') return false;
  // (the pair itself, written with any joiner, is not a part named on its own)
  const rest = [`${m[1]}与${m[2]}`, `${m[1]}和${m[2]}`, `${m[1]}及${m[2]}`].reduce((t, j) => t.split(j).join('\u0000'), text);
  const parts = [m[1]!, m[2]!];
  if (parts.every((p) => p.length >= 4)) {
    // a part named on its own somewhere, as a whole word (…聚焦高技术船舶和船用配套设备…)
    if (parts.some((p) => rest.split(p).slice(1).some((after) => /^(?:[、，,。；;和与及等]|产业|企业|领域|项目|基地)/.test(after)))) return true;
  }
  // (A及B with a short name is a field and its extension, 碳纤维及复合材料, 锂电材料及电池, 磷化工及新能源材料)
  if (/及/.test(m[0].slice(m[1]!.length, m[1]!.length + 1))) return false;
  if (parts.every((p) => p.length < 4) && parts.every((p) => namedAsIndustry(p, rest, ctx))) return true;
  return titledPair(parts, rest, ctx);
}

/**
 * A title's two industries joined by 和/与 (天然橡胶和绿茶, 特色畜禽和芳香, 脐橙和特色农产品加工, 食品加工和预制菜, 肉苁蓉和玫瑰
 * 特色健康): in the genre's titles two fields of one plan, each with its own sections and firms — the gold of every set
 * splits them (blind18, blind36, blind44, blind49, blind50) — unless a part is a bare stage or an umbrella with no
 * field of its own (绿色石化和新材料, 工业和新材料: 新材料 is the downstream of the first, 工业 every industry), or
 * neither part is written outside the pair (one may be: 脐橙和特色农产品加工 writes only 脐橙 apart). The second part may carry a tail both share (肉苁蓉和玫瑰特色健康): its head,
 * written alone as an industry (（二）玫瑰产业), is the part.
 */
function titledPair(parts: string[], rest: string, ctx: IngestContext): boolean {
  if (parts.some((p) => bareStage(p) || PAIR_UMBRELLA.test(p) || isGenericWord(p) || !plausibleIndustry(p))) return false;
  // (two fields the lexicon knows side by side, 半导体和集成电路, are one field and its core: the README's own industry)
  if (parts.every((p) => ctx.index.lookup(p)?.type === 'industry')) return false;
  return parts.some((p, i) => !!apartName(p, rest, i === 1));
}

/**
 * Umbrella words no title pair splits off as a field of its own (工业和新材料, 绿色石化和新材料), and the service umbrella
 * of 软件和信息服务 (one sector, GB/T 4754 I65 软件和信息技术服务业).
 */
const PAIR_UMBRELLA = /^(?:新材料|工业|工业经济|经济|制造业?|服务业|现代服务业|新兴产业|未来产业|信息化|信息|信息服务|信息技术服务|社会发展|社会事业|数字经济|实体经济)$/;

/**
 * The name a title part goes by in the text outside the pair: the part itself, written apart at least once, or — for
 * the second part, `tailed` — its longest head written apart as an industry (玫瑰特色健康 → 玫瑰 in （二）玫瑰产业).
 */
function apartName(part: string, rest: string, tailed: boolean): string | undefined {
  if (rest.includes(part)) return part;
  if (!tailed) return undefined;
  for (let n = part.length - 1; n >= 2; n--) {
    const head = part.slice(0, n);
    if (new RegExp(`${escapeRe(head)}(?:产业(?!园)|行业)`).test(rest)) return head;
  }
  return undefined;
}

/** The two industries of a subject twoIndustries splits, as the document names them apart. */
function pairOf(name: string, text: string, ctx: IngestContext): string[] {
  if (!twoIndustries(name, text, ctx)) return [];
  const m = /^([^与和及]{2,12})[与和及]([^与和及]{2,12})$/.exec(name.replace(/(产业链|产业|行业)$/, ''));
  if (!m) return [];
  // (the second part by the head the text writes apart: 肉苁蓉和玫瑰特色健康 → 肉苁蓉, 玫瑰)
  const rest = [`${m[1]}与${m[2]}`, `${m[1]}和${m[2]}`, `${m[1]}及${m[2]}`].reduce((t, j) => t.split(j).join('\u0000'), text);
  return [m[1]!, apartName(m[2]!, rest, true) ?? m[2]!];
}

/**
 * A short name written on its own as an industry: before 产业/产业链/企业/行业 (not 产业园, a park's name) and after a
 * word's edge — a non-Han character (a heading's number, a bracket, a space) or a function or place word's last
 * character (全市, 其中, 等, 的) — not inside a longer name (化合物半导体产业链); or a lexicon industry the text names
 * apart, as a whole word.
 */
function namedAsIndustry(part: string, rest: string, ctx: IngestContext): boolean {
  const chunks = rest.split(part);
  const edge = (before: string) => !/[\u3400-\u9fff]$/.test(before) || /[市县区省州镇等的和与及中在为是将对把大各个其]$/.test(before);
  if (chunks.slice(1).some((after, i) => /^(?:产业(?!园)|企业|行业)/.test(after) && edge(chunks[i]!))) return true;
  return ctx.index.lookup(part)?.type === 'industry' && chunks.slice(1).some((after, i) => /^(?:[、，,。；;和与及等]|产业(?!园)|企业|领域)/.test(after) && edge(chunks[i]!));
}

/**
 * The industries a sentence of a document about several industries is about: what the entity reader read from its
 * context, or — where it read none, or one of the two a section heading joins — the section heading's
 * (sectionIndustries: 一、做强智能电气集群 → 智能电气). Of two joined ones (二、壮大汽车零部件和新材料集群), the one the
 * sentence's measure title names (3．提升汽车零部件配套水平 → 汽车零部件), else both; and the heading's whole name where the
 * reader read a shorter term inside it (第二节　新能源电池 → 新能源电池, not 新能源).
 */
function sectionContext(doc: StructuredDoc, se: SentenceEntities, read: Entity[], table: EntityTable, ctx: IngestContext): Entity[] {
  if (se.context.industries.some((r) => r.source !== 'heading')) return read;
  const section = sectionIndustries(se, table, ctx.index, doc.source.norm);
  if (!section.length) return read;
  // (第二节　新能源电池 read as 新能源, a shorter term inside it: the heading's whole name is its industry)
  if (section.length === 1 && read.length && read.every((e) => section[0]!.name.includes(e.name) && section[0]!.id !== e.id)) return section;
  if (read.length && (section.length <= read.length || !read.every((e) => section.some((x) => x.id === e.id)))) return read;
  if (section.length === 1) return section;
  const mi = se.sentence.measureIndex;
  const title = mi !== undefined ? (doc.measures[mi]?.title ?? '') : '';
  const named = section.filter((e) => title.includes(e.name));
  return named.length === 1 ? named : section;
}

/** Field labels written like an industry's line (主导产业：A、B / 重点产业：…): a kind of industry, none by name. */
const LABEL_KIND = /^(?:主导|重点|优势|特色|支柱|新兴|未来|首位|传统|现代|战略性新兴|其他|相关|配套|关联|招商|目标|培育|发展|特色优势|传统优势|新兴优势|先进制造|制造)$/;

/**
 * The industry a line opens with as its label (or, with `lead`, as its subject: 汽车产业是…) (煤化工产业：重点发展A、B和C / 新能源汽车产业：以比亚迪为链主，形成“…”的产业
 * 链条): a zone's or a plan's section written a line per industry, each line about the industry its label names, like a
 * heading (every sentence of the line; the label's kind words, 主导产业：…, name none).
 */
function lineIndustry(se: SentenceEntities, norm: string, table: EntityTable, ctx: IngestContext, lead = false): Entity | undefined {
  const lineStart = norm.lastIndexOf('\n', se.sentence.start - 1) + 1;
  const m = (lead ? /^[\s　]*([\u3400-\u9fffA-Za-z0-9]{2,10}?)(?:产业|行业)(?:是|作为)/ : /^[\s　]*([\u3400-\u9fffA-Za-z0-9]{2,10}?)(?:产业链|产业|行业)[：:]/).exec(norm.slice(lineStart, se.sentence.end));
  if (!m) return undefined;
  const x = m[1]!;
  if (LABEL_KIND.test(x) || !plausibleIndustry(x) || isGenericWord(x) || LAYOUT_SLOGAN.test(x) || DOCUMENT_WORD.test(x)) return undefined;
  const entry = ctx.index.lookup(x);
  if (entry && entry.type !== 'industry') return undefined;
  table.at(lineStart);
  return table.find('Industry', x) ?? table.industry(x, entry?.type === 'industry' ? (entry.entry as IndustryEntry) : undefined, 'chain');
}

/**
 * A term read off a heading across the document's own industry (一、做强航空装备制造 in a 航空装备 plan read as 装备制造): the
 * heading names the document's industry and its making, not the shorter lexicon term that straddles the name — every
 * place the heading holds the term overlaps the subject's name there without lying inside it.
 */
function acrossSubject(path: string[], term: string, subjectName: string): boolean {
  if (term.length < 2 || subjectName.length < 2 || term === subjectName || subjectName.includes(term) || term.includes(subjectName)) return false;
  const h = [...path].reverse().find((x) => x.includes(term));
  if (!h) return false;
  const own: [number, number][] = [];
  for (let i = h.indexOf(subjectName); i >= 0; i = h.indexOf(subjectName, i + 1)) own.push([i, i + subjectName.length]);
  if (!own.length) return false;
  for (let i = h.indexOf(term); i >= 0; i = h.indexOf(term, i + 1)) {
    const [a, b] = [i, i + term.length];
    if (!own.some(([p, q]) => a < q && p < b && !(a >= p && b <= q))) return false;
  }
  return true;
}

/**
 * A document titled with two industries joined (磷化工及新能源材料产业招商图谱), each of which it names as an industry of its own:
 * the genre's two roots, not one. A segment the passes put under the joined name goes under the half it shares a word, a
 * head or a character with (净化磷酸 → 磷化工); one that fits neither or both stays under the joined name.
 */
function joinedSubjectParts(subject: Entity, table: EntityTable, edges: EdgeSet, norm: string): void {
  const m = /^([\u3400-\u9fffA-Za-z0-9]{2,10})[及和与]([\u3400-\u9fffA-Za-z0-9]{2,10})$/.exec(subject.name.replace(/(?:产业链|产业|行业)$/, ''));
  if (!m) return;
  // (each half an industry or a kind of firm of its own somewhere, as a whole word: 等磷化工企业和…等新能源材料企业 / 我市磷化工
  // 产业; 半导体和集成电路 whose 半导体 stands alone only inside 化合物半导体 is one field)
  const rest = [`${m[1]}与${m[2]}`, `${m[1]}和${m[2]}`, `${m[1]}及${m[2]}`].reduce((t, j) => t.split(j).join('\u0000'), norm);
  const apart = (x: string) => new RegExp(`(?:^|[^\\u3400-\\u9fffA-Za-z0-9\\u0000]|等|的|是|对|我市|本市|全市|我省|全省|我区|全区|[和及与、])${escapeRe(x)}(?:产业|企业)`).test(rest);
  if (![m[1]!, m[2]!].every(apart)) return;
  const halves = [table.find('Industry', m[1]!), table.find('Industry', m[2]!)];
  if (halves.some((h) => !h || h.id === subject.id)) return;
  const find = (n: string) => halves.find((h) => h!.name === n);
  const byId = new Map(table.ofKind('Industry').map((x) => [x.id, x]));
  for (const e of edges.all()) {
    if (e.type !== 'PART_OF' || e.target !== subject.id || halves.some((h) => h!.id === e.source)) continue;
    const x = byId.get(e.source);
    const pick = x ? joinedLevel(`${m[1]}与${m[2]}`, x, find) : undefined;
    if (pick) edges.retarget('PART_OF', e.source, subject.id, pick.id);
  }
}

/** A name from the document as a literal inside a pattern. */
function escapeRe(x: string): string {
  return x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The umbrella a future-industry plan is titled with (某区未来产业培育发展行动方案): its tracks are its parts. */
const FUTURE_UMBRELLA = /未来产业(?:先导|培育|发展|创新|高质量)*(?:发展)?(?:三年)?(?:行动方案|行动计划|实施方案|规划|方案|计划|若干措施|措施)/;

/**
 * A future-industry plan's tracks named as a counted list with no context of their own (聚焦氢能、新型储能和合成生物三大方向 in
 * 某区未来产业培育发展行动方案): each is a part of the umbrella the title names (stated), as …三大未来产业 says in words. A
 * list a heading, a measure or a lead industry governs is that industry's, not the umbrella's.
 */
function umbrellaTrackEdges(scope: SentenceScope, umbrella: Entity): void {
  const { se, inds, edges } = scope;
  if (scope.ctxInds.length) return;
  for (const list of se.lists) {
    if (list.application || !/^[两三四五六七八九十]大(?:重点)?(?:方向|领域|赛道|板块)/.test(list.after)) continue;
    // (review15 G: the plan lays out its own tracks — 聚焦A、B和C三大方向 — not a list it merges with or builds on)
    if (!/(?:聚焦|瞄准|布局|培育|抢占|谋划|前瞻布局|重点发展)$/.test(list.before.trim())) continue;
    const items = uniq(inds.filter((m) => m.list === list.index).map((m) => entityOf(scope, m)));
    if (items.length < 2) continue;
    for (const x of items) if (x.id !== umbrella.id) edges.add('PART_OF', x.id, umbrella.id, se.ev, JUDGED.structure);
  }
}

/** Entities once each, in order. */
function uniq(es: Entity[]): Entity[] {
  return es.filter((e, i) => es.findIndex((f) => f.id === e.id) === i);
}

export interface RelationFindings {
  edges: EdgeSet;
  /** The document's headings and measure titles, and its normalised text (joined names: ../resolve/joined.ts). */
  titles: string[];
  text: string;
}

/** Industries named in one list of a sentence are siblings (聚焦A、B、C三大方向), by canonical name. */
function rememberSiblings(scope: SentenceScope, siblings: Map<string, Set<string>>): void {
  const byList = new Map<number, string[]>();
  for (const m of scope.inds) {
    if (m.list === undefined) continue;
    const names = byList.get(m.list) ?? [];
    names.push(scope.se.entityOf.get(m)!.name);
    byList.set(m.list, names);
  }
  // (pairs grow with the square of a list: a list longer than any the genre writes — a hostile or broken text of
  // thousands of items — is remembered by none of its pairs)
  for (const ids of byList.values()) {
    if (ids.length > MAX_SIBLING_LIST) continue;
    for (const a of ids) for (const b of ids) if (a !== b) siblings.set(a, (siblings.get(a) ?? new Set()).add(b));
  }
}
const MAX_SIBLING_LIST = 200;

export function findRelations(doc: StructuredDoc, found: EntityFindings, ctx: IngestContext): RelationFindings {
  const edges = new EdgeSet();
  const { table } = found;
  // (nor is a layout slogan read off the title, 某区“一区三园”产业定位, an industry anything belongs to)
  const bracketed = found.subject ? undefined : bracketSubject(doc, table, ctx, edges);
  const yearless = found.subject ? subjectWithoutYear(found.subject, table, ctx) : bracketed;
  const subject = yearless && !twoIndustries(yearless.name, doc.source.norm, ctx) && !LAYOUT_SLOGAN.test(yearless.name) && !DOCUMENT_WORD.test(yearless.name) && !UMBRELLA_SUBJECT.test(yearless.name) ? yearless : undefined;
  /** Measures whose title industries have been linked (SUPPORTS) already. */
  const titled = new Set<number>();
  /** The area each section is about, per section path (headings repeat for every sentence under them). */
  const headingParks = new Map<string, HeadingPark>();
  /** Segments placed by 上游/中游/下游, wholes and chains, for chain structure across sentences. */
  const chains = new ChainState();
  if (yearless && !subject) chains.pair = pairOf(yearless.name, doc.source.norm, ctx);
  const siblings = new Map<string, Set<string>>();
  const focus: FocusState = {};
  // (某区未来产业培育发展行动方案: a plan titled with the umbrella of future industries, read as no subject)
  const umbrella = !subject && FUTURE_UMBRELLA.test(doc.meta.title) ? table.find('Industry', '未来产业') : undefined;
  for (const se of found.sentences) {
    table.at(se.sentence.start);
    const read = uniq(se.context.industries.filter((r) => r.entry || !QUALITY.test(r.surface.replace(/(产业链|产业|领域|行业)$/, ''))).map((r) => (subject && r.source === 'heading' && acrossSubject(se.sentence.sectionPath, r.surface, subject.name) ? subject : industryOf(table, r))).filter((e) => !LAYOUT_SLOGAN.test(e.name) && !DOCUMENT_WORD.test(e.name)));
    const labelled = lineIndustry(se, doc.source.norm, table, ctx);
    // (a paragraph opening with its industry as the subject, 汽车产业是十堰的立市之本。…以A为龙头，集聚了B、C: its
    // sentences that name no context of their own are about it, in a document about no one industry)
    const led = labelled || subject || read.length ? undefined : lineIndustry(se, doc.source.norm, table, ctx, true);
    table.at(se.sentence.start);
    const scope: SentenceScope = {
      doc,
      ctx,
      se,
      orgs: se.mentions.filter((m) => m.label !== 'Industry'),
      inds: se.mentions.filter((m) => m.label === 'Industry'),
      // (a layout's slogan read as the lead of its clause, “两带”即… / “多园”包括…, is no industry anything is part of)
      // (nor a quality read off a heading, （一）做强优势领域 → 优势: no industry unless the lexicon knows it)
      ctxInds: labelled ? [labelled] : subject ? read : led ? [led] : sectionContext(doc, se, read, table, ctx),
      table,
      edges,
      siblings,
      ...(subject ? { subject } : {}),
    };
    rememberSiblings(scope, siblings);
    organisationEdges(scope);
    parkEdges(scope);
    layoutEdges(scope);
    sectionFocusEdges(scope, focus);
    sectionParkEdges(scope, headingParks);
    supportEdges(scope, titled);
    hierarchyEdges(scope);
    if (umbrella) umbrellaTrackEdges(scope, umbrella);
    chainEdges(scope, chains);
  }
  chainOrderAcrossHeadings(chains, edges);
  // (a map's level paragraphs, 上游：X。细分环节：…。链主企业：…, are read as the level's: their lines are no block of
  // the section heading's, 一、产业链图谱)
  const levelLines = levelParagraphEdges(found.sentences, table, edges, doc.source.norm, subject);
  // (nor are the lines under a heading about the chain's make-up, 二、产业链构成: a block there names no segment)
  // (under a heading about the chain's make-up, 二、产业链构成, field-blocks.ts reads the heading as a part of the document,
  // naming no segment: its level lines' parks host their items)
  fieldBlockEdges(found.sentences.filter((se) => !levelLines.has(se)), table, edges, subject, doc.source.norm);
  segmentLineEdges(found.sentences, table, edges, levelLines);
  stageFirmLineEdges(found.sentences, table, edges);
  tableEdges(doc, table, edges, ctx);
  parkRowEdges(doc, table, edges, ctx);
  if (subject) joinedSubjectParts(subject, table, edges, doc.source.norm);
  const titles = [...doc.headings.map((h) => h.title), ...doc.measures.map((m) => m.title)];
  return { edges, titles, text: doc.source.norm };
}
