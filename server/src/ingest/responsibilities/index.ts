// Stage 3, responsibilities: DocumentOutline → StructuredDoc. Decides which blocks are measures and who
// is responsible for each, in every form the genre uses (see find.ts, clauses.ts, inline.ts, tables.ts),
// then identifies each department once for the whole document (departments.ts): scoped by
// jurisdiction, abbreviations expanded from the names the document itself uses.
//   takes: the outline and the context (lexicon: stems, department abbreviations, jurisdictions)
//   gives: StructuredDoc: measures with their responsibilities (role, evidence, department), the
//          sentences with their measure, warnings (table/body disagreements …)
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
  if (tables.length) doc.tables = tables.map((t) => ({ start: t.start, end: t.end, header: t.header, rows: t.rows.length }));
  const warnings = settleWarnings(pending, measures, resolver);
  if (warnings.length) doc.warnings = warnings;
  return doc;
}
