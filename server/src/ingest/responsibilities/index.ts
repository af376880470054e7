// Stage 3, responsibilities: DocumentOutline → StructuredDoc. Decides which blocks are measures and who
// is responsible for each, in every form the genre uses (see find.ts, clauses.ts, inline.ts, tables.ts),
// then identifies each department once for the whole document (departments.ts): scoped by
// jurisdiction, abbreviations expanded from the names the document itself uses.
//   takes: the outline and the context (lexicon: stems, department abbreviations, jurisdictions)
//   gives: StructuredDoc: measures with their responsibilities (role, evidence, department), the
//          sentences with their measure, warnings (table/body disagreements …)
//
// The forms the genre uses to say who is responsible for a measure:
//   (责任部门:A、B)                       → responsible
//   （牵头部门：A，责任部门：B、C）          → A lead, B/C support
//   （牵头单位：A；配合单位：B）            → lead / support (also 参与/协办/协同/协助 → support)
//   （责任单位：…）                         → responsible (support when a 牵头 part is present)
//   （A、B按职责分工负责） （A负责）          → responsible
//   （A牵头，B、C配合）                     → lead / support
//   【牵头单位：A；配合单位：B】 （A、B负责，各区政府落实） （A牵头，B、C，各市人民政府参与）
// and the same without brackets: on a line of its own (责任单位：A、B), on consecutive lines
// (牵头单位：A⏎责任单位：B → B support), parts separated only by spaces (牵头单位：A  责任单位：B),
// at the tail of a measure line (…。责任单位：A、B), or in a bracket whose closing half was lost.
// Labels alone in brackets with the list after them: 【牵头单位】A【配合单位】B、C (参加 counts as 配合).
// An alias in brackets after a name (市场监管局（知识产权局）) is kept on the mention (→ Department aliases).
// A measure with none of these may assign inside its sentences (inline.ts: 由A牵头，会同B…,
// A会同B推进…, A牵头，B配合，…, X由A负责V), read strictly: department-like names only.
// Collective phrases (各开发区, …成员单位, 各相关招商部门) are not departments: they are returned apart.
// All matching runs on `norm` (half-width punctuation); offsets are valid in `text`.
import type { IngestContext } from '../context.ts';
import type { DocumentOutline, StructuredDoc } from '../types.ts';
import { identifyDepartments, settleWarnings } from './departments.ts';
import { FIRST_LEADS, firstListedLeads, measuresOf } from './measures.ts';
import { applyTables } from './tables.ts';

export function assignResponsibilities(outline: DocumentOutline, ctx: IngestContext): StructuredDoc {
  const { source, meta, headings, tables } = outline;
  const { measures: drafts, sentences } = measuresOf(outline, ctx);
  // tables: upper-level bodies (city), cross-check and fill the issuer's own departments
  const pending = applyTables(source.text, source.norm, tables, drafts, sentences, ctx);
  // a document-wide note: 责任单位中排在第一位的为牵头单位 — the first body of each list leads
  if (FIRST_LEADS.test(source.norm)) for (const m of drafts) firstListedLeads(m);
  const { measures, resolver } = identifyDepartments(meta, ctx.lexicon, drafts);
  const doc: StructuredDoc = { source, meta, headings, sentences, measures };
  if (tables.length) doc.tables = tables.map((t) => ({ start: t.start, end: t.end, header: t.header, rows: t.rows.length, ...(t.chain ? { chain: t.chain, rowCells: t.rows, ...(t.caption ? { caption: t.caption } : {}) } : {}) }));
  const warnings = settleWarnings(pending, measures, resolver);
  if (warnings.length) doc.warnings = warnings;
  return doc;
}
