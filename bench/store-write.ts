// npx tsx bench/store-write.ts N [--docs 100] [--in-flight 2] [--producer main|worker] [--dir DIR] [--phase write|load|both]
// The embedded store's write from scratch and load on restart on the synthetic graph alone
// (what `npm run bench -- --only synthetic` measures, without the query part), with the time
// of every commit: prints the growth ratio (mean of the last tenth of commits / the first tenth).
// --producer worker: the batches are built and their files encoded in a worker thread and handed to
// the writer with their bytes (replaceDocument's second argument), as `kg ingest`'s workers do;
// main (default): built and encoded on the writer's thread, as `npm run bench` measures it.
// For profiling: node --cpu-prof --import tsx bench/store-write.ts 100000
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedStore } from '../server/src/store/embedded/index.ts';
import { syntheticGraph } from './generate-graph.ts';
import { Worker } from 'node:worker_threads';
import type { EncodedBatch } from '../server/src/batch-codec.ts';
import type { GraphBatch } from '../server/src/model.ts';
import { loadInFreshProcess, timedCommits, type TimedCommits } from './store-timing.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const n = Number(process.argv[2] ?? 100_000);
const docs = Number(arg('docs') ?? 100);
const phase = arg('phase') ?? 'both'; // write | load | both
const keep = arg('dir');
// Documents handed over before the oldest is acknowledged (1: one after another, as before #15's write9).
const inFlight = Number(arg('in-flight') ?? 2);
const producer = arg('producer') ?? 'main';
const r2 = (x: number) => Math.round(x * 100) / 100;

/** The batches come from bench/synthetic-producer.mjs (built and encoded there); `inFlight` of them committing at once. */
async function workerCommits(store: EmbeddedStore): Promise<TimedCommits> {
  const w = new Worker(new URL('./synthetic-producer.mjs', import.meta.url), { workerData: { n, seed: 42, docs } });
  const incoming: { batch: GraphBatch; encoded: EncodedBatch }[] = [];
  let wake: (() => void) | null = null;
  let done = false;
  w.on('message', (m: { done?: boolean; batch?: GraphBatch; encoded?: EncodedBatch }) => {
    if (m.done) done = true;
    else incoming.push({ batch: m.batch!, encoded: m.encoded! });
    wake?.();
  });
  // The producer keeps one batch ready beyond those committing.
  for (let k = 0; k <= inFlight; k++) w.postMessage('next');
  const next = async () => {
    while (incoming.length === 0 && !done) await new Promise<void>((r) => (wake = r));
    wake = null;
    const item = incoming.shift();
    if (item) w.postMessage('next');
    return item;
  };
  const per: number[] = [];
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let last = t0;
  const pending: Promise<void>[] = [];
  const ack = async () => {
    await pending.shift();
    const now = performance.now();
    per.push(now - last);
    last = now;
  };
  for (let item = await next(); item; item = await next()) {
    const p = store.replaceDocument(item.batch, item.encoded);
    p.catch(() => undefined);
    pending.push(p);
    if (pending.length >= Math.max(1, inFlight)) await ack();
  }
  while (pending.length > 0) await ack();
  await w.terminate();
  const c1 = process.cpuUsage(c0);
  // Process CPU: the producer thread's included.
  const cpu = (c1.user + c1.system) / 1e6;
  const tenth = Math.max(1, Math.floor(per.length / 10));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const first = mean(per.slice(0, tenth));
  const lastT = mean(per.slice(-tenth));
  return { perCommitMs: per, totalMs: performance.now() - t0, cpuSeconds: cpu, commitOnlyCpuSeconds: cpu, growth: lastT / first, firstTenthMs: first, lastTenthMs: lastT, decileMeansMs: Array.from({ length: 10 }, (_, k) => Math.round(mean(per.slice((k * per.length) / 10, ((k + 1) * per.length) / 10)))) };
}

async function main(): Promise<void> {
  const dir = keep ?? (await mkdtemp(path.join(os.tmpdir(), 'kg-store-write-')));
  try {
    if (phase !== 'load') {
      const store = await EmbeddedStore.open({ dir });
      let c: TimedCommits;
      if (producer === 'worker') c = await workerCommits(store);
      else {
        const syn = syntheticGraph(n, 42, docs);
        c = await timedCommits(store, (function* () {
          for (let d = 0; d < syn.documents; d++) yield syn.batch(d);
        })(), inFlight);
      }
      const commitMs = c.totalMs;
      const stats = await store.stats();
      const t1 = performance.now();
      const c1 = process.cpuUsage();
      await store.close();
      const closeMs = performance.now() - t1;
      const closeCpu = process.cpuUsage(c1);
      console.log(
        JSON.stringify({
          n,
          inFlight,
          producer,
          nodes: stats.nodes,
          edges: stats.edges,
          commitSeconds: r2(commitMs / 1000),
          commitCpuSeconds: r2(c.cpuSeconds),
          commitOnlyCpuSeconds: r2(c.commitOnlyCpuSeconds),
          commitIdleSeconds: r2(c.idleSeconds ?? NaN),
          snapshotOnCloseSeconds: r2(closeMs / 1000),
          snapshotOnCloseCpuSeconds: r2((closeCpu.user + closeCpu.system) / 1e6),
          writeSeconds: r2((commitMs + closeMs) / 1000),
          firstTenthCommitMs: r2(c.firstTenthMs),
          lastTenthCommitMs: r2(c.lastTenthMs),
          growth: r2(c.growth),
          decileMeansMs: c.decileMeansMs,
        }),
      );
    }
    if (phase !== 'write') {
      // a restart is a fresh process: the figures of bench/load-probe.ts (peak RSS from getrusage)
      const p = await loadInFreshProcess(dir);
      console.log(
        JSON.stringify({
          loadSeconds: r2(p.loadMs / 1000),
          fromSnapshot: p.fromSnapshot,
          nodes: p.nodes,
          edges: p.edges,
          heldMB: Math.round(p.heldBytes / 2 ** 20),
          peakRssMB: Math.round(p.maxRss / 2 ** 20),
        }),
      );
    }
  } finally {
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
}

await main();
