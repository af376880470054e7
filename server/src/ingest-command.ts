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
  /** Longest wait of a group for more documents (default KG_INGEST_GROUP_MS or GROUP_WAIT_MS). */
  groupWaitMs?: number;
}

/**
 * Group commits: extracted documents are handed to the store GROUP_DOCS at a time (or whatever
 * is ready once the oldest has waited GROUP_WAIT_MS, KG_INGEST_GROUP_MS), all in one tick, while the next ones are
 * extracted and collected. A store that groups (the embedded one) commits them as one: one
 * manifest line and one fsync for the group, each document still its own batch, replaceable and
 * removable alone; a crash loses the group being committed and the documents extracted for the next one (never
 * anything committed before; nothing is corrupted). Other stores take them one
 * by one as before. At most one group is being committed while the next is collected. (Handing the
 * next group over while one commits would overlap its files' fsyncs with the previous apply, as the
 * write bench does; not done here: the store's work per group is small next to the extraction, and
 * a second group in the store would be lost too by a crash.)
 */
export const GROUP_DOCS = 16;
export const GROUP_WAIT_MS = 1000;

function groupWait(options: IngestOptions): number {
  const env = Number(process.env.KG_INGEST_GROUP_MS);
  const ms = options.groupWaitMs ?? (process.env.KG_INGEST_GROUP_MS && Number.isFinite(env) ? env : GROUP_WAIT_MS);
  return Math.max(0, ms);
}

type Pending =
  | { file: string; t0: number; batch: IngestResult['batch']; encoded: IngestResult['encoded']; report: IngestResult['report'] }
  | { file: string; error: unknown };

export async function ingestPaths(store: GraphStore, paths: string[], options: IngestOptions = {}): Promise<IngestOutcome> {
  const log = options.log ?? (() => undefined);
  const files = await collectInputFiles(paths);
  const known = options.skipUnchanged ? new Map((await store.listDocumentRecords()).map((r) => [r.documentId, r.sourceHash])) : null;
  const outcome: IngestOutcome = { ok: 0, failed: 0, skipped: 0, reports: [], errors: [] };
  const waitMs = groupWait(options);
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
  const failed = (file: string, err: unknown) => {
    const d = describeError(err);
    const message = d.known ? d.message : `${d.message}: ${err instanceof Error ? err.message : String(err)}`;
    outcome.failed++;
    outcome.errors.push({ file: printableName(file), code: d.code, message });
    log(`✗ 错误 / error [${d.code}] ${printableName(file)}: ${message}`);
  };
  // Outcomes are recorded in file order: a failed extraction waits in the group with the others.
  let group: Pending[] = [];
  let groupSince = 0;
  let committing: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (group.length === 0) return;
    const g = group;
    group = [];
    await committing;
    // In one tick: the store sees the group's documents together. The worker encoded each batch file.
    const commits = g.map((p) => ('batch' in p ? store.replaceDocument(p.batch, p.encoded) : null));
    for (const c of commits) c?.catch(() => undefined); // awaited below, in order
    committing = (async () => {
      for (let k = 0; k < g.length; k++) {
        const p = g[k]!;
        if (!('batch' in p)) {
          failed(p.file, p.error);
          continue;
        }
        try {
          await commits[k];
          outcome.ok++;
          outcome.reports.push({ file: p.file, documentId: p.batch.documentId, report: p.report! });
          log(`✓ ${path.basename(p.file)} → ${p.batch.documentId}: ${p.batch.nodes.length} nodes, ${p.batch.edges.length} edges (${(performance.now() - p.t0).toFixed(0)} ms)`);
        } catch (err) {
          failed(p.file, err);
        }
      }
    })();
  };
  for (let i = 0; i < Math.min(ahead, files.length); i++) start(i);
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const { t0, result } = started[i]!;
    // A group waits at most waitMs for more documents (a slow file does not hold it back).
    if (group.length > 0) {
      const left = waitMs - (performance.now() - groupSince);
      let timer: NodeJS.Timeout | undefined;
      const ready = left > 0 && (await Promise.race([result.then(() => true, () => true), new Promise<boolean>((r) => (timer = setTimeout(r, left, false)))]));
      clearTimeout(timer);
      if (!ready) await flush();
    }
    try {
      const { batch, encoded, report } = await result;
      if (known && known.get(batch.documentId) === batch.sourceHash) {
        outcome.skipped++;
        continue;
      }
      if (group.length === 0) groupSince = performance.now();
      group.push({ file, t0, batch, encoded, report });
    } catch (err) {
      if (group.length === 0) groupSince = performance.now();
      group.push({ file, error: err });
    } finally {
      started[i] = undefined;
      if (i + ahead < files.length) start(i + ahead);
    }
    if (group.length >= GROUP_DOCS || performance.now() - groupSince >= waitMs) await flush();
  }
  await flush();
  await committing;
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
