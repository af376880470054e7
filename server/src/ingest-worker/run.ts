// The one place that calls into the ingest pipeline (server/src/ingest/): bytes or a file in,
// a GraphBatch (and, when asked, its report) out. Runs inside the ingest worker thread.
import { encodeBatchFile, type EncodedBatch } from '../batch-codec.ts';
import type { GraphBatch } from '../model.ts';
import { createIngestContext, ingestFile, runPipeline, type IngestContext, type IngestReport } from '../ingest/index.ts';
import { DEFAULT_LEXICON_DIR, LEXICON_FILES, parseLexicon, readLexiconFiles } from '../ingest/lexicon/index.ts';
import { buildRegistryImport, type ImportResult, type RegistryContext } from '../registry/build.ts';
import type { Field } from '../registry/fields.ts';

export type IngestJob =
  /** A file on disk (the CLI, `npm start`): read, decoded, with the curated meta.json beside it. */
  | { kind: 'file'; path: string; report?: boolean }
  /** Uploaded bytes under a file name (the name decides the format). */
  | { kind: 'bytes'; file: string; bytes: Uint8Array; report?: boolean }
  /** An uploaded enterprise registry (CSV/XLSX), built against what the store knows (registry/build.ts). */
  | { kind: 'registry'; file: string; bytes: Uint8Array; source: string; map: [string, Field | null][]; context: RegistryContext };

export interface IngestResult {
  batch: GraphBatch;
  /** The batch's file for the embedded store, encoded here, off the writer's thread (GraphStore.replaceDocument). */
  encoded?: EncodedBatch;
  report: IngestReport | null;
  /** The import's summary, for a registry job. */
  registry?: ImportResult;
}

export async function runIngest(job: IngestJob): Promise<IngestResult> {
  if (job.kind === 'registry') {
    const { batch, result } = await buildRegistryImport({ file: job.file, bytes: job.bytes }, job.context, { source: job.source, map: new Map(job.map) });
    return { batch, report: null, registry: result };
  }
  const ctx = currentContext();
  const { batch, report } = job.kind === 'file' ? await ingestFile(job.path, ctx) : await runPipeline({ file: job.file, bytes: job.bytes }, ctx);
  return { batch, encoded: encodeBatchFile(batch), report: job.report ? report : null };
}

let cached: { files: (string | undefined)[]; ctx: IngestContext } | undefined;

/**
 * The lexicon's files are read for each job, so an edit of seeds/lexicon/ counts from the next file
 * on; they are parsed and compiled again only when their contents changed (that costs ~20 ms, as much
 * as extracting a 40 KB document).
 */
function currentContext(): IngestContext {
  const files = readLexiconFiles(DEFAULT_LEXICON_DIR);
  const contents = LEXICON_FILES.map((f) => files[f]);
  if (cached && cached.files.every((c, i) => c === contents[i])) return cached.ctx;
  const ctx = createIngestContext({ lexicon: parseLexicon(files, DEFAULT_LEXICON_DIR) });
  cached = { files: contents, ctx };
  return ctx;
}

/** The id a document gets from its file name (doc:<stem>), to check for a conflict before ingesting. */
export { documentId as documentIdFor } from '../ingest/ids.ts';
