// Ingest files into a store: shared by the CLI, `npm start` and the upload endpoint.
// A file that fails is reported with its reason and leaves the store untouched; the others go on.
// Every file is read and extracted in the ingest worker pool (ingest-worker/queue.ts), off the
// caller's event loop, with a memory cap and a deadline; only the store write happens here. A few
// files are extracted ahead (two per worker) while earlier ones are committed, always in the order of
// the file list, so the store sees the same sequence of commits however the workers interleave.
import path from 'node:path';
import { describeError } from './errors.ts';
import { assertFileName, printableName } from './filenames.ts';
import { ingestQueue } from './ingest-worker/queue.ts';
import type { IngestResult } from './ingest-worker/run.ts';
import { collectInputFiles, type IngestReport } from './ingest/index.ts';
import type { GraphStore } from './store/port.ts';

export interface IngestOutcome {
  ok: number;
  failed: number;
  skipped: number;
  reports: { file: string; documentId: string; report: IngestReport }[];
  errors: { file: string; code: string; message: string }[];
}

export interface IngestOptions {
  log?: (msg: string) => void;
  /** Skip files whose source hash matches what the store already has. */
  skipUnchanged?: boolean;
}

export async function ingestPaths(store: GraphStore, paths: string[], options: IngestOptions = {}): Promise<IngestOutcome> {
  const log = options.log ?? (() => undefined);
  const files = await collectInputFiles(paths);
  const known = options.skipUnchanged ? new Map((await store.listDocumentRecords()).map((r) => [r.documentId, r.sourceHash])) : null;
  const outcome: IngestOutcome = { ok: 0, failed: 0, skipped: 0, reports: [], errors: [] };
  const queue = ingestQueue();
  const ahead = Math.max(1, Math.min(queue.workers * 2, queue.options.maxPending));
  const started: ({ t0: number; result: Promise<IngestResult> } | undefined)[] = [];
  const start = (i: number) => {
    const file = files[i]!;
    const t0 = performance.now();
    const result = (async () => {
      assertFileName(path.basename(file));
      return queue.run({ kind: 'file', path: file, report: true });
    })();
    result.catch(() => undefined); // awaited below, in order
    started[i] = { t0, result };
  };
  for (let i = 0; i < Math.min(ahead, files.length); i++) start(i);
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const { t0, result } = started[i]!;
    try {
      const { batch, report } = await result;
      if (known && known.get(batch.documentId) === batch.sourceHash) {
        outcome.skipped++;
        continue;
      }
      await store.replaceDocument(batch);
      outcome.ok++;
      outcome.reports.push({ file, documentId: batch.documentId, report: report! });
      log(`✓ ${path.basename(file)} → ${batch.documentId}: ${batch.nodes.length} nodes, ${batch.edges.length} edges (${(performance.now() - t0).toFixed(0)} ms)`);
    } catch (err) {
      const d = describeError(err);
      const message = d.known ? d.message : `${d.message}: ${err instanceof Error ? err.message : String(err)}`;
      outcome.failed++;
      outcome.errors.push({ file: printableName(file), code: d.code, message });
      log(`✗ 错误 / error [${d.code}] ${printableName(file)}: ${message}`);
    } finally {
      started[i] = undefined;
      if (i + ahead < files.length) start(i + ahead);
    }
  }
  return outcome;
}

export function printReport(reports: IngestOutcome['reports'], out: (s: string) => void): void {
  for (const { file, documentId, report } of reports) {
    out(`\n# ${path.basename(file)} (${documentId})\n`);
    out(`  节点 / nodes: ${fmtCounts(report.nodesByLabel)}\n`);
    out(`  关系 / edges: ${fmtCounts(report.edgesByType)}\n`);
    if (report.lowConfidence.length > 0) {
      out(`  低置信度 / low confidence (${report.lowConfidence.length}):\n`);
      for (const item of report.lowConfidence) out(`    - [${item.label}] ${item.name}: ${item.reason}\n`);
    }
  }
}

function fmtCounts(c: Record<string, number>): string {
  const entries = Object.entries(c).sort((a, b) => b[1] - a[1]);
  return entries.length ? entries.map(([k, v]) => `${k} ${v}`).join(', ') : '—';
}
