// Ingest off the event loop: every ingest (uploads, `kg ingest`, the seeds at `npm start`) runs in
// a worker thread, one job at a time, queued. The worker has a memory cap (resourceLimits) and each
// job a deadline: a hostile file that would exhaust the heap or run for minutes kills the worker —
// answered as TOO_LARGE or TIMEOUT — never the server, and /healthz keeps answering meanwhile.
// The worker stays warm between jobs (loading the pipeline takes ~0.5 s) and is unref'd while idle.
import { Worker } from 'node:worker_threads';
import { KgError, isErrorCode } from '../errors.ts';
import type { IngestJob, IngestResult } from './run.ts';
import type { WorkerReply } from './worker.ts';

export interface IngestQueueOptions {
  /** Deadline of one job (ms). */
  timeoutMs: number;
  /** Old-generation heap of the worker (MB); a 16 MB docx part needs ~1 GB in mammoth. */
  memoryMb: number;
  /** Jobs waiting beyond this are refused with BUSY. */
  maxPending: number;
}

export const DEFAULT_INGEST_OPTIONS: IngestQueueOptions = { timeoutMs: 300_000, memoryMb: 3072, maxPending: 16 };

function envInt(v: string | undefined, fallback: number): number {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Options from KG_INGEST_TIMEOUT_MS, KG_INGEST_MEMORY_MB, KG_INGEST_QUEUE. */
export function ingestOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): IngestQueueOptions {
  return {
    timeoutMs: envInt(env.KG_INGEST_TIMEOUT_MS, DEFAULT_INGEST_OPTIONS.timeoutMs),
    memoryMb: envInt(env.KG_INGEST_MEMORY_MB, DEFAULT_INGEST_OPTIONS.memoryMb),
    maxPending: envInt(env.KG_INGEST_QUEUE, DEFAULT_INGEST_OPTIONS.maxPending),
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

export class IngestQueue {
  private worker: Worker | null = null;
  private ready: Promise<Worker> | null = null;
  private readonly waiting: Pending[] = [];
  private running = false;
  private nextId = 1;
  private closed = false;

  constructor(readonly options: IngestQueueOptions = ingestOptionsFromEnv()) {}

  /** Jobs queued or running. */
  get size(): number {
    return this.waiting.length + (this.running ? 1 : 0);
  }

  run(job: IngestJob): Promise<IngestResult> {
    if (this.closed) return Promise.reject(new KgError('BUSY', '导入队列已关闭 / the ingest queue is closed'));
    if (this.waiting.length >= this.options.maxPending) {
      return Promise.reject(new KgError('BUSY', `正在处理的文件过多（${this.size} 个），请稍后再试 / too many documents in the ingest queue (${this.size}): try again later`));
    }
    return new Promise<IngestResult>((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      void this.pump();
    });
  }

  /** Stops the worker; queued jobs are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.waiting.splice(0)) p.reject(new KgError('BUSY', '导入队列已关闭 / the ingest queue is closed'));
    const w = this.worker;
    this.worker = null;
    this.ready = null;
    if (w) await w.terminate();
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    const next = this.waiting.shift();
    if (!next) return;
    this.running = true;
    try {
      next.resolve(await this.exec(next.job));
    } catch (e) {
      next.reject(e);
    } finally {
      this.running = false;
      if (this.waiting.length > 0) void this.pump();
      else this.worker?.unref();
    }
  }

  private spawn(): Promise<Worker> {
    if (this.ready) return this.ready;
    const w = new Worker(ENTRY, {
      // Old generation only: a young generation larger than a small old one makes V8 abort the whole process.
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb, stackSizeMb: 8 },
      // The worker must not inherit the parent's --max-old-space-size and friends.
      execArgv: [],
      stdout: false,
      stderr: false,
    });
    this.worker = w;
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
      if (this.worker === w) {
        this.worker = null;
        this.ready = null;
      }
    });
    this.ready = ready;
    ready.catch(() => {
      if (this.ready === ready) this.ready = null;
    });
    return ready;
  }

  private async exec(job: IngestJob): Promise<IngestResult> {
    const w = await this.spawn();
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
        if (this.worker === w) {
          this.worker = null;
          this.ready = null;
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

/** The process-wide queue (one worker per process: the server or one CLI run). */
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
