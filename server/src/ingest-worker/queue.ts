// Ingest off the event loop: every ingest (uploads, `kg ingest`, the seeds at `npm start`) runs in
// a worker thread, queued. A pool of workers (one per core by default: documents are independent,
// so a 2-core machine extracts ~2× as fast) takes the jobs in arrival order; each caller gets its own
// job's result, so a caller that commits in its own order (ingest-command.ts) stays deterministic.
// Each worker has a memory cap (resourceLimits) and each job a deadline: a hostile file that would
// exhaust the heap or run for minutes kills its worker — answered as TOO_LARGE or TIMEOUT — never
// the server or the other workers, and /healthz keeps answering meanwhile. Workers stay warm between
// jobs (loading the pipeline takes ~0.5 s) and are unref'd while idle.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { KgError, isErrorCode } from '../errors.ts';
import type { IngestJob, IngestResult } from './run.ts';
import type { WorkerReply } from './worker.ts';

export interface IngestQueueOptions {
  /** Deadline of one job (ms). */
  timeoutMs: number;
  /** Old-generation heap of each worker (MB); a 16 MB docx part needs ~1 GB in mammoth. */
  memoryMb: number;
  /** Jobs waiting (not yet running) beyond this are refused with BUSY. */
  maxPending: number;
  /** Worker threads running jobs at once (default 1 here; ingestOptionsFromEnv: one per core). */
  workers?: number;
}

/** Workers by default: one per core, at most 4 (each may hold up to `memoryMb` of heap). */
export const DEFAULT_INGEST_WORKERS = Math.max(1, Math.min(4, availableParallelism()));

export const DEFAULT_INGEST_OPTIONS: IngestQueueOptions = { timeoutMs: 300_000, memoryMb: 3072, maxPending: 16, workers: DEFAULT_INGEST_WORKERS };

function envInt(v: string | undefined, fallback: number): number {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Options from KG_INGEST_TIMEOUT_MS, KG_INGEST_MEMORY_MB, KG_INGEST_QUEUE, KG_INGEST_WORKERS. */
export function ingestOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): IngestQueueOptions {
  return {
    timeoutMs: envInt(env.KG_INGEST_TIMEOUT_MS, DEFAULT_INGEST_OPTIONS.timeoutMs),
    memoryMb: envInt(env.KG_INGEST_MEMORY_MB, DEFAULT_INGEST_OPTIONS.memoryMb),
    maxPending: envInt(env.KG_INGEST_QUEUE, DEFAULT_INGEST_OPTIONS.maxPending),
    workers: envInt(env.KG_INGEST_WORKERS, DEFAULT_INGEST_WORKERS),
  };
}

interface Pending {
  job: IngestJob;
  resolve(r: IngestResult): void;
  reject(e: unknown): void;
}

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

function jobName(job: IngestJob): string {
  return job.kind === 'file' ? job.path : job.file;
}

/** One worker thread of the pool and whether it runs a job. */
interface Slot {
  worker: Worker | null;
  ready: Promise<Worker> | null;
  busy: boolean;
}

export class IngestQueue {
  private readonly slots: Slot[] = [];
  private readonly waiting: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly options: IngestQueueOptions = ingestOptionsFromEnv()) {}

  /** Worker threads that may run jobs at once. */
  get workers(): number {
    return Math.max(1, Math.floor(this.options.workers ?? 1));
  }

  /** Jobs queued or running. */
  get size(): number {
    return this.waiting.length + this.slots.filter((s) => s.busy).length;
  }

  run(job: IngestJob): Promise<IngestResult> {
    if (this.closed) return Promise.reject(new KgError('BUSY', '导入队列已关闭 / the ingest queue is closed'));
    if (this.waiting.length >= this.options.maxPending) {
      return Promise.reject(new KgError('BUSY', `正在处理的文件过多（${this.size} 个），请稍后再试 / too many documents in the ingest queue (${this.size}): try again later`));
    }
    return new Promise<IngestResult>((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      this.pump();
    });
  }

  /** Stops the workers; queued jobs are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.waiting.splice(0)) p.reject(new KgError('BUSY', '导入队列已关闭 / the ingest queue is closed'));
    const ws = this.slots.map((s) => s.worker);
    for (const s of this.slots) {
      s.worker = null;
      s.ready = null;
    }
    await Promise.all(ws.map((w) => w?.terminate()));
  }

  /** Starts waiting jobs, in arrival order, on idle workers. */
  private pump(): void {
    while (this.waiting.length > 0) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.workers) {
        slot = { worker: null, ready: null, busy: false };
        this.slots.push(slot);
      }
      if (!slot) return;
      const next = this.waiting.shift()!;
      slot.busy = true;
      const s = slot;
      this.exec(s, next.job).then(next.resolve, next.reject).finally(() => {
        s.busy = false;
        if (this.waiting.length > 0) this.pump();
        else s.worker?.unref();
      });
    }
  }

  private spawn(slot: Slot): Promise<Worker> {
    if (slot.ready) return slot.ready;
    const w = new Worker(ENTRY, {
      // Old generation only: a young generation larger than a small old one makes V8 abort the whole process.
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb, stackSizeMb: 8 },
      // The worker must not inherit the parent's --max-old-space-size and friends.
      execArgv: [],
      stdout: false,
      stderr: false,
    });
    slot.worker = w;
    const ready = new Promise<Worker>((resolve, reject) => {
      const onMessage = (m: unknown) => {
        if ((m as { ready?: boolean }).ready) {
          w.off('message', onMessage);
          w.off('error', onError);
          w.off('exit', onExit);
          resolve(w);
        }
      };
      const onError = (e: Error) => reject(new KgError('INTERNAL_SERVER_ERROR', `导入进程启动失败 / the ingest worker failed to start: ${e.message}`, { cause: e }));
      const onExit = (code: number) => reject(new KgError('INTERNAL_SERVER_ERROR', `导入进程启动失败 / the ingest worker exited with ${code} while starting`));
      w.on('message', onMessage);
      w.once('error', onError);
      w.once('exit', onExit);
    });
    w.once('exit', () => {
      if (slot.worker === w) {
        slot.worker = null;
        slot.ready = null;
      }
    });
    slot.ready = ready;
    ready.catch(() => {
      if (slot.ready === ready) slot.ready = null;
    });
    return ready;
  }

  private async exec(slot: Slot, job: IngestJob): Promise<IngestResult> {
    const w = await this.spawn(slot);
    w.ref();
    const id = this.nextId++;
    const name = jobName(job);
    return new Promise<IngestResult>((resolve, reject) => {
      let settled = false;
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        fn();
      };
      const kill = () => {
        if (slot.worker === w) {
          slot.worker = null;
          slot.ready = null;
        }
        void w.terminate();
      };
      const timer = setTimeout(() => {
        finish(() => {
          kill();
          reject(new KgError('TIMEOUT', `处理文件超时（超过 ${Math.round(this.options.timeoutMs / 1000)} 秒）：${name} / ingest took longer than ${Math.round(this.options.timeoutMs / 1000)} s: ${name}`, { details: { file: name } }));
        });
      }, this.options.timeoutMs);
      const onMessage = (m: WorkerReply) => {
        if (m.id !== id) return;
        finish(() => {
          if (m.ok) resolve(m.result);
          else reject(new KgError(isErrorCode(m.error.code) ? m.error.code : 'INTERNAL_SERVER_ERROR', m.error.message, { details: m.error.details }));
        });
      };
      const onError = (e: Error & { code?: string }) => {
        finish(() => {
          kill();
          if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
            reject(new KgError('TOO_LARGE', `文件处理所需内存超过上限（${this.options.memoryMb} MB）：${name} / ingest needs more than ${this.options.memoryMb} MB of memory: ${name}`, { details: { file: name } }));
          } else {
            reject(new KgError('INTERNAL_SERVER_ERROR', `导入进程出错 / the ingest worker failed on ${name}: ${e.message}`, { cause: e }));
          }
        });
      };
      const onExit = (code: number) => {
        finish(() => reject(new KgError('INTERNAL_SERVER_ERROR', `导入进程意外退出（${code}）/ the ingest worker exited (${code}) on ${name}`)));
      };
      w.on('message', onMessage);
      w.once('error', onError);
      w.once('exit', onExit);
      w.postMessage({ id, job });
    });
  }
}

let shared: IngestQueue | null = null;

/** The process-wide queue (one pool per process: the server or one CLI run). */
export function ingestQueue(): IngestQueue {
  shared ??= new IngestQueue();
  return shared;
}

/** Closes the process-wide queue, if one was started. */
export async function closeIngestQueue(): Promise<void> {
  const q = shared;
  shared = null;
  await q?.close();
}
