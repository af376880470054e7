// Stage 2, structure: SourceDocument → DocumentOutline. Recovers metadata, headings, sentences,
// flattened tables and the blocks that may be measures from the text of a policy document. Rules
// follow genre conventions (numbering families, front matter, table shapes), never one document's
// sentences. All matching runs on `norm`; offsets are valid in `text`.
//   takes: the source, the context (lexicon for jurisdictions, default jurisdiction), curated metadata
//   gives: DocumentOutline (no responsibilities yet: see ../responsibilities/)
import type { IngestContext } from '../context.ts';
import type { DocumentMeta, DocumentOutline, SourceDocument } from '../types.ts';
import { splitLines } from './lines.ts';
import { documentMeta, findFrontMatter } from './metadata.ts';
import { outline } from './outline.ts';
import { inlineOrdinalHeadings } from './inline-items.ts';
import { documentSentences } from './sentences.ts';
import { detectTables } from './tables.ts';

export function structureDocument(source: SourceDocument, ctx: IngestContext, curated?: Partial<DocumentMeta>): DocumentOutline {
  const { text, norm } = source;
  const lines = splitLines(text);
  const tables = detectTables(text, norm, lines);
  const fm = findFrontMatter(text, norm, lines);
  const meta = documentMeta(text, norm, lines, fm, ctx, curated);
  const { headings: outlined, blocks } = outline(text, norm, lines, tables, fm.bodyLine);
  const headings = inlineOrdinalHeadings(norm, lines, outlined);
  const sentences = documentSentences(text, norm, lines, headings, tables);
  return { source, meta, headings, sentences, blocks, tables };
}
