// Shared by the store benchmarks (bench/run.ts, bench/store-write.ts, bench/store-ingest.ts):
// durable commits timed one by one, and a load on restart measured in a fresh process.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance as nodePerf } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { GraphBatch } from '../server/src/model.ts';
import type { EmbeddedStore } from '../server/src/store/embedded/index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

export interface TimedCommits {
  /** wall time of every commit, in order (ms) */
  perCommitMs: number[];
  totalMs: number;
  /** CPU of the whole loop, building each batch included (the synthetic generator: ~8% at 10⁶). */
  cpuSeconds: number;
  /** CPU of the loop without building the batches (the generator's CPU subtracted). */
  commitOnlyCpuSeconds: number;
  /** mean of the last tenth of commits / the first tenth (1.0 = no growth with the store) */
  growth: number;
  firstTenthMs: number;
  lastTenthMs: number;
  decileMeansMs: number[];
  /** Seconds the writer's event loop sat idle during the commits (waiting for fsyncs and the thread pool). */
  idleSeconds?: number;
}

/**
 * Commit each batch durably (replaceDocument), timing each acknowledgement; batches are built one at
 * a time. `inFlight` documents are handed over before the oldest is awaited (1, the default: one
 * after another; 2: the next is handed over while the previous commits, so the store can write its
 * file while the previous one is applied). perCommitMs holds the time between acknowledgements.
 */
export async function timedCommits(store: EmbeddedStore, batches: Iterable<GraphBatch>, inFlight = 1): Promise<TimedCommits> {
  const per: number[] = [];
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let generatorCpu = 0;
  let last = t0;
  const pending: Promise<void>[] = [];
  const elu0 = nodePerf.eventLoopUtilization();
  const acknowledged = async () => {
    await pending.shift();
    const now = performance.now();
    per.push(now - last);
    last = now;
  };
  const it = batches[Symbol.iterator]();
  for (;;) {
    const g = process.cpuUsage();
    const next = it.next();
    const d = process.cpuUsage(g);
    generatorCpu += d.user + d.system;
    if (next.done) break;
    const p = store.replaceDocument(next.value);
    p.catch(() => undefined); // awaited in order below
    pending.push(p);
    if (pending.length >= Math.max(1, inFlight)) await acknowledged();
  }
  while (pending.length > 0) await acknowledged();
  const idleSeconds = nodePerf.eventLoopUtilization(elu0).idle / 1000;
  const c1 = process.cpuUsage(c0);
  const cpu = (c1.user + c1.system) / 1e6;
  return { ...summarise(per, performance.now() - t0, cpu, cpu - generatorCpu / 1e6), idleSeconds };
}

/** The figures of a run of timed commits (per commit or per group). */
function summarise(per: number[], totalMs: number, cpuSeconds: number, commitOnlyCpuSeconds: number): TimedCommits {
  const tenth = Math.max(1, Math.floor(per.length / 10));
  const firstTenthMs = mean(per.slice(0, tenth));
  const lastTenthMs = mean(per.slice(-tenth));
  return {
    perCommitMs: per,
    totalMs,
    cpuSeconds,
    commitOnlyCpuSeconds,
    growth: lastTenthMs / firstTenthMs,
    firstTenthMs,
    lastTenthMs,
    decileMeansMs: Array.from({ length: 10 }, (_, k) => Math.round(mean(per.slice((k * per.length) / 10, ((k + 1) * per.length) / 10)))),
  };
}

/** As timedCommits, with the batches handed over `size` at a time (group commits); per-group figures. */
export async function groupedCommits(store: EmbeddedStore, batches: Iterable<GraphBatch>, size: number): Promise<TimedCommits> {
  const groups: GraphBatch[][] = [];
  let cur: GraphBatch[] = [];
  for (const b of batches) {
    cur.push(b);
    if (cur.length === size) {
      groups.push(cur);
      cur = [];
    }
  }
  if (cur.length > 0) groups.push(cur);
  const per: number[] = [];
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const g of groups) {
    const t = performance.now();
    await Promise.all(g.map((b) => store.replaceDocument(b)));
    per.push(performance.now() - t);
  }
  const c1 = process.cpuUsage(c0);
  const cpu = (c1.user + c1.system) / 1e6;
  return summarise(per, performance.now() - t0, cpu, cpu);
}

export interface LoadProbe {
  loadMs: number;
  heldBytes: number;
  rssBefore: number;
  maxRss: number;
  fromSnapshot: boolean;
  nodes: number;
  edges: number;
}

/** Open a data directory in a fresh process (bench/load-probe.ts) and read its figures. */
export async function loadInFreshProcess(dataDir: string): Promise<LoadProbe> {
  const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=16384', '--import', 'tsx', path.join(ROOT, 'bench/load-probe.ts'), dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`bench/load-probe.ts exited ${code}`);
  return JSON.parse(out.trim().split('\n').pop()!) as LoadProbe;
}
