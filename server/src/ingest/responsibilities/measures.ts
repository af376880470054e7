// Which blocks of the outline are measures, and the clauses each carries:
//   an item (1. / （1） / 第三条) is a measure; a leaf heading is one when it assigns responsibility;
//   a measure without a bracket or label may assign inside its sentences (由A牵头，会同B…), unless its
//   section describes rather than assigns (发展基础, 指导思想 …); sub-items ((1) … ①) with no clause
//   of their own are read the same way;
//   titles: the short lead clause of an item ("1.强化….。…"), when the document titles most items so;
//   a clause's mentions go to its measure, quoted with the sentence before the bracket; a note after
//   a run of measures (以上条款责任部门：区科委) goes to the measures of its section since the last note.
import { isDepartmentName } from '../departments/names.ts';
import type { IngestContext } from '../context.ts';
import { isBlank } from '../structure/lines.ts';
import type { DocumentOutline, MeasureBlock, MeasureUnit, ResponsibilityMention, Sentence, Span } from '../types.ts';
import { findResponsibilities } from './find.ts';
import { BACKGROUND_SECTION, findInlineAssignments } from './inline.ts';
import type { ResponsibilityClause } from './lists.ts';

/** A measure while its responsibilities are gathered (departments are identified at the end). */
export interface DraftMeasure extends Omit<MeasureUnit, 'responsibilities'> {
  responsibilities: ResponsibilityMention[];
}

export function newMeasure(number: string, title: string, start: number, end: number, sectionPath: string[]): DraftMeasure {
  return { number, title, start, end, sectionPath, responsibilities: [], collectives: [], evidenceSpans: [] };
}

const found = (cls: ResponsibilityClause[]) => cls.some((cl) => cl.mentions.length + cl.collectives.length > 0);

/** The measures of the outline with their clauses, and the sentences with their measure. */
export function measuresOf(outline: DocumentOutline, ctx: IngestContext): { measures: DraftMeasure[]; sentences: Sentence[] } {
  const { text, norm } = outline.source;
  const measures: DraftMeasure[] = [];
  const clausesOf: ResponsibilityClause[][] = [];
  const numbered: DraftMeasure[] = [];
  for (const b of outline.blocks) {
    const clauses = blockClauses(text, norm, b, ctx);
    if (b.kind === 'leaf' && !found(clauses)) continue;
    const title = b.kind === 'item' ? measureTitle(text, norm, b.textStart, b.end, clauses) : (b.heading?.title ?? '');
    const m = newMeasure(b.number, title, b.start, b.end, b.sectionPath);
    if (b.kind === 'item') numbered.push(m);
    measures.push(m);
    clausesOf.push(clauses);
  }
  // titles are a document-wide style (000/004 "1.强化….。"): a lead clause in a minority of the
  // numbered measures is just a short first sentence
  if (numbered.filter((m) => m.title).length * 2 < numbered.length) for (const m of numbered) m.title = '';
  const sentences = withMeasures(outline.sentences, measures);
  applyClauses(measures, clausesOf, sentences);
  return { measures, sentences };
}

function blockClauses(text: string, norm: string, b: MeasureBlock, ctx: IngestContext): ResponsibilityClause[] {
  const isDept = (name: string) => isDepartmentName(name, ctx.lexicon);
  const inline = (from: number, to: number, path: string[]): ResponsibilityClause[] =>
    path.some((p) => BACKGROUND_SECTION.test(p)) ? [] : findInlineAssignments(text, norm, from, to, isDept, ctx.lexicon.stems);
  const clauses = findResponsibilities(text, norm, b.start, b.end, ctx.lexicon);
  if (b.kind === 'item') {
    if (!found(clauses)) return inline(b.start, b.end, b.sectionPath);
    return [...clauses, ...subItemInline(norm, b, clauses, inline)];
  }
  // (a whole top-level chapter, 四、保障措施 with a paragraph below it, is not a measure of its own;
  // a top-level item carrying its text on its own line, 二、培育龙头企业。请…牵头…, is)
  if (!found(clauses) && (b.sectionPath.length > 0 || b.ownLine)) {
    const own = b.heading ? text.slice(b.heading.start, b.heading.end) : '';
    return inline(b.start, b.end, [...b.sectionPath, own]);
  }
  return clauses;
}

/**
 * A measure made of sub-items ((1) … (2) …, ① …) whose items carry their own assignments: an item
 * with no clause of its own is read like a measure without one.
 */
function subItemInline(
  norm: string,
  b: MeasureBlock,
  clauses: ResponsibilityClause[],
  inline: (from: number, to: number, path: string[]) => ResponsibilityClause[],
): ResponsibilityClause[] {
  const starts: number[] = [];
  for (let i = b.start; i < b.end; i = norm.indexOf('\n', i) < 0 ? b.end : norm.indexOf('\n', i) + 1) {
    if (/^[ \t]*(?:\(\d{1,2}\)|[①-⑳])/.test(norm.slice(i, Math.min(b.end, i + 8)))) starts.push(i);
  }
  const out: ResponsibilityClause[] = [];
  starts.forEach((a, j) => {
    const e = starts[j + 1] ?? b.end;
    if (clauses.some((cl) => cl.start < e && a < cl.end)) return;
    out.push(...inline(a, e, b.sectionPath));
  });
  return out;
}

/** "1.强化国家科技战略力量建设。…" → 强化国家科技战略力量建设 (a short lead clause followed by more text). */
function measureTitle(text: string, norm: string, from: number, end: number, clauses: ResponsibilityClause[]): string {
  let a = from;
  while (a < end && isBlank(norm[a] ?? '')) a++;
  const seg = norm.slice(a, Math.min(end, a + 60));
  // (a title alone on the item's line, its points on the lines below: 1. 做强莓茶产业链 / (1)…。)
  const line = /^[^\n]*/.exec(seg)![0].trim();
  if (line.length >= 2 && line.length <= 30 && line.length < seg.trim().length && !/[。!?;,:、()]/.test(line)) return text.slice(a, a + line.length);
  const stop = seg.search(/[。!?;]/);
  if (stop <= 0 || stop > 40) return '';
  const lead = seg.slice(0, stop);
  if (/[,:、()]/.test(lead)) return '';
  // there must be more than a responsibility bracket after the lead clause
  const restStart = a + stop + 1;
  let rest = norm.slice(restStart, end);
  for (const c of clauses) if (c.start >= restStart) rest = rest.replace(norm.slice(c.start, c.end), '');
  if (!rest.replace(/\s/g, '')) return '';
  return text.slice(a, a + stop);
}

/** Copies of the sentences, each with the measure it starts in (measures are in text order). */
function withMeasures(sentences: Sentence[], measures: DraftMeasure[]): Sentence[] {
  let mi = 0;
  return sentences.map((sp) => {
    const s: Sentence = { start: sp.start, end: sp.end, sectionPath: sp.sectionPath };
    while (mi < measures.length && (measures[mi]?.end ?? Infinity) <= sp.start) mi++;
    const m = measures[mi];
    if (m && sp.start >= m.start && sp.start < m.end) s.measureIndex = mi;
    return s;
  });
}

/** Each clause's mentions and collectives to its measure (or, for a note, to the measures it covers). */
function applyClauses(measures: DraftMeasure[], clausesOf: ResponsibilityClause[][], sentences: Sentence[]): void {
  let noteBoundary = -1;
  measures.forEach((m, i) => {
    for (const cl of clausesOf[i] ?? []) {
      if (cl.scope === 'preceding') {
        const ev = { start: cl.start, end: cl.end };
        const section = m.sectionPath.join('\u0000');
        for (let k = i; k > noteBoundary; k--) {
          const target = measures[k];
          if (!target || target.sectionPath.join('\u0000') !== section) break;
          target.evidenceSpans.push(ev);
          for (const mention of cl.mentions) target.responsibilities.push({ ...mention, evidence: [ev] });
          for (const col of cl.collectives) if (!target.collectives.includes(col.name)) target.collectives.push(col.name);
        }
        noteBoundary = i;
        continue;
      }
      const ev = cl.inline ? { start: cl.start, end: cl.end } : evidenceFor(sentences, m, cl);
      // (an inline assignment quotes its whole sentence, but only its assigning clauses are responsibility text: 组织A等企业
      // 参展，支持X品牌建设，由市经信局负责落实 names A and X as any measure sentence does)
      m.evidenceSpans.push(...(cl.inline && cl.parts?.length ? cl.parts : [{ start: cl.start, end: cl.end }]));
      for (const mention of cl.mentions) m.responsibilities.push({ ...mention, evidence: [ev] });
      for (const col of cl.collectives) if (!m.collectives.includes(col.name)) m.collectives.push(col.name);
    }
  });
}

/** A bracket's evidence: the bracket with the sentence right before it (within the measure). */
function evidenceFor(sentences: Sentence[], m: DraftMeasure, cl: Span): Span {
  let start = cl.start;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (!s) break;
    const prev = sentences[i - 1];
    if (s.start <= cl.start && cl.start < s.end) {
      if (s.start < cl.start) start = s.start;
      else if (prev && prev.start >= m.start) start = prev.start;
      break;
    }
    if (s.start > cl.start) {
      if (prev && prev.start >= m.start) start = prev.start;
      break;
    }
  }
  return { start, end: cl.end };
}

/** 排在第一位的为牵头单位 / 列第一位的单位为牵头单位 / 第一个单位为牵头部门 / 排在首位的为牵头单位 */
export const FIRST_LEADS = /(?:排在|排名|列在|列于|位列|列)?(?:第一位|第一个|首位|第一)的?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)/;

/**
 * Under a FIRST_LEADS note, a measure whose bodies are all listed as responsible (one 责任单位 list) has
 * its first body as lead and the others as support. Lists that state roles themselves are left alone.
 */
export function firstListedLeads(m: DraftMeasure): void {
  const own = m.responsibilities.filter((r) => r.role !== 'city');
  const first = own.reduce<ResponsibilityMention | undefined>((a, b) => (!a || b.start < a.start ? b : a), undefined);
  if (!first || own.some((r) => r.role !== 'responsible')) return;
  for (const r of own) r.role = r === first ? 'lead' : 'support';
}
