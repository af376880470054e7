// The ingest pipeline: one document's bytes → the GraphBatch it contributes, and a report. Stages run
// once each, in one direction (docs/architecture.md):
//
//   read → structure → responsibilities → entities → relations → resolve → validate → batch
//
// Every stage takes what the one before gave and the IngestContext (context.ts: the lexicon loaded
// once, the default jurisdiction, options); none touches a store, GraphQL or the file system (read's
// readSource and read/files.ts are the command line's helpers). The CLI, `npm start`, uploads and the
// ingest worker all go through runPipeline / ingestFile.
import { basename, dirname, resolve } from 'node:path';
import type { GraphBatch } from '../model.ts';
import { assembleBatch } from './batch/index.ts';
import { makeReport, type IngestReport } from './batch/report.ts';
import type { IngestContext } from './context.ts';
import { findEntities } from './entities/index.ts';
import { decodeSource, readSource } from './read/index.ts';
import { loadCuratedMeta } from './read/files.ts';
import { findRelations } from './relations/index.ts';
import { resolveEntities, type ResolvedEntities } from './resolve/index.ts';
import { assignResponsibilities } from './responsibilities/index.ts';
import { structureDocument } from './structure/index.ts';
import type { DocumentMeta, SourceDocument, StructuredDoc } from './types.ts';
import { validateBatch } from './validate/index.ts';

export { createIngestContext, type IngestContext, type IngestContextInit } from './context.ts';
export type { IngestReport, LowConfidenceItem } from './batch/report.ts';
export { collectInputFiles, loadCuratedMeta } from './read/files.ts';
export { decodeSource, readSource } from './read/index.ts';

export interface PipelineInput {
  /** File name as ingested (its base name becomes the document id and Document.properties.file). */
  file: string;
  bytes: Uint8Array;
  /** Curated metadata (meta.json) that wins over what the text says. */
  curatedMeta?: Partial<DocumentMeta>;
}

export interface PipelineResult {
  batch: GraphBatch;
  report: IngestReport;
}

/**
 * The pure entry point: a file's name and bytes in, its batch and report out (no store, no GraphQL,
 * no file system). Throws IngestError for a file it cannot read (UNSUPPORTED_TYPE, BAD_ENCODING …).
 */
export async function runPipeline(input: PipelineInput, ctx: IngestContext): Promise<PipelineResult> {
  const source = await decodeSource(input.file, input.bytes, ctx.options.maxTextChars);
  const { batch, report } = extractDocument(source, ctx, input.curatedMeta);
  return { batch, report };
}

/** The command line's helper: a file on disk with the curated metadata beside it (meta.json). */
export async function ingestFile(path: string, ctx: IngestContext): Promise<PipelineResult & { doc: StructuredDoc }> {
  const source = await readSource(path, ctx.options.maxTextChars);
  const curated = (await loadCuratedMeta(dirname(resolve(path))))[basename(path)];
  return extractDocument(source, ctx, curated);
}

/** Every stage after read, once each, on a decoded document. */
export function extractDocument(source: SourceDocument, ctx: IngestContext, curatedMeta?: Partial<DocumentMeta>): PipelineResult & { doc: StructuredDoc } {
  const doc = parseDocument(source, ctx, curatedMeta);
  const entities = extractEntities(doc, ctx);
  const batch = assembleBatch(doc, entities);
  const violations = validateBatch(batch, source.text);
  return { doc, batch, report: makeReport(doc, batch, entities.lowConfidence, violations) };
}

/** structure → responsibilities: the document's measures and who is responsible for each. */
export function parseDocument(source: SourceDocument, ctx: IngestContext, curatedMeta?: Partial<DocumentMeta>): StructuredDoc {
  return assignResponsibilities(structureDocument(source, ctx, curatedMeta), ctx);
}

/** entities → relations → resolve: the industries, organisations and places, and their edges. */
export type Extraction = ResolvedEntities;
export function extractEntities(doc: StructuredDoc, ctx: IngestContext): Extraction {
  const found = findEntities(doc, ctx);
  return resolveEntities(found, findRelations(doc, found, ctx), ctx);
}
