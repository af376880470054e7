// npx tsx bench/store-write.ts N [--docs 100] [--in-flight 2] [--dir DIR] [--phase write|load|both]
// The embedded store's write from scratch and load on restart on the synthetic graph alone
// (what `npm run bench -- --only synthetic` measures, without the query part), with the time
// of every commit: prints the growth ratio (mean of the last tenth of commits / the first tenth).
// For profiling: node --cpu-prof --import tsx bench/store-write.ts 100000
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedStore } from '../server/src/store/embedded/index.ts';
import { syntheticGraph } from './generate-graph.ts';
import { loadInFreshProcess, timedCommits } from './store-timing.ts';

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
const r2 = (x: number) => Math.round(x * 100) / 100;

async function main(): Promise<void> {
  const dir = keep ?? (await mkdtemp(path.join(os.tmpdir(), 'kg-store-write-')));
  try {
    if (phase !== 'load') {
      const syn = syntheticGraph(n, 42, docs);
      const store = await EmbeddedStore.open({ dir });
      const c = await timedCommits(store, (function* () {
        for (let d = 0; d < syn.documents; d++) yield syn.batch(d);
      })(), inFlight);
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
          nodes: stats.nodes,
          edges: stats.edges,
          commitSeconds: r2(commitMs / 1000),
          commitCpuSeconds: r2(c.cpuSeconds),
          commitOnlyCpuSeconds: r2(c.commitOnlyCpuSeconds),
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
