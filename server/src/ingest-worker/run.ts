// The one place that calls into the ingest pipeline (server/src/ingest/): bytes or a file in,
// a GraphBatch (and, when asked, its report) out. Runs inside the ingest worker thread.
import type { GraphBatch } from '../model.ts';
import { createIngestContext, ingestFile, runPipeline, type IngestReport } from '../ingest/index.ts';

export type IngestJob =
  /** A file on disk (the CLI, `npm start`): read, decoded, with the curated meta.json beside it. */
  | { kind: 'file'; path: string; report?: boolean }
  /** Uploaded bytes under a file name (the name decides the format). */
  | { kind: 'bytes'; file: string; bytes: Uint8Array; report?: boolean };

export interface IngestResult {
  batch: GraphBatch;
  report: IngestReport | null;
}

export async function runIngest(job: IngestJob): Promise<IngestResult> {
  // the lexicon is read and checked for each job: an edit of seeds/lexicon/ counts from the next file on
  const ctx = createIngestContext();
  const { batch, report } = job.kind === 'file' ? await ingestFile(job.path, ctx) : await runPipeline({ file: job.file, bytes: job.bytes }, ctx);
  return { batch, report: job.report ? report : null };
}

/** The id a document gets from its file name (doc:<stem>), to check for a conflict before ingesting. */
export { documentId as documentIdFor } from '../ingest/ids.ts';
