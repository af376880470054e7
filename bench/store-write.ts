// npx tsx bench/store-write.ts N [--docs 100] [--keep DIR]
// The embedded store's write from scratch and load on restart on the synthetic graph alone
// (what `npm run bench -- --only synthetic` measures, without the query part), with the time
// of every commit: prints the growth ratio (mean of the last 10 commits / the first 10).
// For profiling: node --cpu-prof --import tsx bench/store-write.ts 100000
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedStore } from '../server/src/store/embedded/index.ts';
import { syntheticGraph } from './generate-graph.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const n = Number(process.argv[2] ?? 100_000);
const docs = Number(arg('docs') ?? 100);
const phase = arg('phase') ?? 'both'; // write | load | both
const keep = arg('dir');
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const r2 = (x: number) => Math.round(x * 100) / 100;

async function main(): Promise<void> {
  const dir = keep ?? (await mkdtemp(path.join(os.tmpdir(), 'kg-store-write-')));
  try {
    if (phase !== 'load') {
      const syn = syntheticGraph(n, 42, docs);
      const store = await EmbeddedStore.open({ dir });
      const per: number[] = [];
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (let d = 0; d < syn.documents; d++) {
        const b = syn.batch(d);
        const t = performance.now();
        await store.replaceDocument(b);
        per.push(performance.now() - t);
      }
      const commitMs = performance.now() - t0;
      const c1 = process.cpuUsage(c0);
      const stats = await store.stats();
      const t1 = performance.now();
      await store.close();
      const closeMs = performance.now() - t1;
      const first = mean(per.slice(0, 10));
      const last = mean(per.slice(-10));
      console.log(
        JSON.stringify({
          n,
          nodes: stats.nodes,
          edges: stats.edges,
          commitSeconds: r2(commitMs / 1000),
          commitCpuSeconds: r2((c1.user + c1.system) / 1e6),
          snapshotOnCloseSeconds: r2(closeMs / 1000),
          writeSeconds: r2((commitMs + closeMs) / 1000),
          first10CommitMs: r2(first),
          last10CommitMs: r2(last),
          growth: r2(last / first),
          decileMeansMs: Array.from({ length: 10 }, (_, k) => Math.round(mean(per.slice((k * per.length) / 10, ((k + 1) * per.length) / 10)))),
        }),
      );
    }
    if (phase !== 'write') {
      (globalThis as { gc?: () => void }).gc?.();
      const rss0 = process.memoryUsage().rss;
      let peak = rss0;
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
      const c0 = process.cpuUsage();
      const t = performance.now();
      const s = await EmbeddedStore.open({ dir });
      const ms = performance.now() - t;
      const c1 = process.cpuUsage(c0);
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss);
      (globalThis as { gc?: () => void }).gc?.();
      const st = await s.stats();
      console.log(
        JSON.stringify({
          loadSeconds: r2(ms / 1000),
          loadCpuSeconds: r2((c1.user + c1.system) / 1e6),
          fromSnapshot: s.loadInfo.fromSnapshot,
          replayed: s.loadInfo.replayed,
          nodes: st.nodes,
          edges: st.edges,
          heapMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
          peakRssMB: Math.round(peak / 2 ** 20),
        }),
      );
      await s.close();
    }
  } finally {
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
}

await main();
