// The ingest worker thread: runs one job at a time (run.ts) and posts the batch back. Errors travel
// as {code, message, details} and become KgErrors again on the other side (queue.ts).
import { parentPort } from 'node:worker_threads';
import { describeError, isKgError } from '../errors.ts';
import { runIngest, type IngestJob } from './run.ts';

export type WorkerRequest = { id: number; job: IngestJob };
export type WorkerReply =
  | { id: number; ok: true; result: Awaited<ReturnType<typeof runIngest>> }
  | { id: number; ok: false; error: { code: string; message: string; details: Record<string, string | number | boolean> } };

const port = parentPort;
if (!port) throw new Error('ingest-worker/worker.ts runs as a worker thread only');

port.on('message', (msg: WorkerRequest) => {
  runIngest(msg.job).then(
    (result) => port.postMessage({ id: msg.id, ok: true, result } satisfies WorkerReply),
    (err: unknown) => {
      const d = describeError(err);
      const message = d.known ? d.message : `处理文件时出错 / ingest failed: ${err instanceof Error ? err.message : String(err)}`;
      port.postMessage({ id: msg.id, ok: false, error: { code: d.code, message, details: isKgError(err) ? { ...err.details } : {} } } satisfies WorkerReply);
    },
  );
});
port.postMessage({ ready: true });
