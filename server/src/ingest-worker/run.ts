// The one place that calls into the ingest pipeline (server/src/ingest/): bytes or a file in,
// a GraphBatch (and, when asked, its report) out. Runs inside the ingest worker thread.
import type { GraphBatch } from '../model.ts';
import { createIngestContext, ingestFile, runPipeline, type IngestReport } from '../ingest/index.ts';
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
  report: IngestReport | null;
  /** The import's summary, for a registry job. */
  registry?: ImportResult;
}

export async function runIngest(job: IngestJob): Promise<IngestResult> {
  if (job.kind === 'registry') {
    const { batch, result } = await buildRegistryImport({ file: job.file, bytes: job.bytes }, job.context, { source: job.source, map: new Map(job.map) });
    return { batch, report: null, registry: result };
  }
  // the lexicon is read and checked for each job: an edit of seeds/lexicon/ counts from the next file on
  const ctx = createIngestContext();
  const { batch, report } = job.kind === 'file' ? await ingestFile(job.path, ctx) : await runPipeline({ file: job.file, bytes: job.bytes }, ctx);
  return { batch, report: job.report ? report : null };
}

/** The id a document gets from its file name (doc:<stem>), to check for a conflict before ingesting. */
export { documentId as documentIdFor } from '../ingest/ids.ts';
