// Load on restart, measured in a fresh process (bench/run.ts spawns this after writing a store):
// the heap of a long bench process holds the generator, the graphology reference and garbage of
// earlier parts whose ArrayBuffer memory is freed after a delay, which made the in-process
// "memory held" figure negative at 10⁴ and 10⁵ on 2026-12-05. A restart is a fresh process anyway.
// Prints one JSON line: load seconds, memory held by the loaded store (heap + ArrayBuffers after a
// full GC, minus the same before opening), resident set before and at its peak (getrusage maxRSS,
// which sees the peak inside the synchronous decode that a timer cannot sample).
import '../server/src/production.ts';
import { EmbeddedStore } from '../server/src/store/embedded/index.ts';

const dir = process.argv[2];
if (!dir || !global.gc) {
  console.error('usage: node --expose-gc --import tsx bench/load-probe.ts DATA_DIR');
  process.exit(2);
}
const gc = global.gc;
const held = (): number => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const settle = () => new Promise((r) => setTimeout(r, 100));
await settle();
const before = held();
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const store = await EmbeddedStore.open({ dir });
const loadMs = performance.now() - t0;
const maxRss = process.resourceUsage().maxRSS * 1024;
await settle();
const after = held();
const stats = await store.stats();
const fromSnapshot = store.loadInfo.fromSnapshot;
await store.close();
console.log(JSON.stringify({ loadMs, heldBytes: after - before, rssBefore, maxRss, fromSnapshot, nodes: stats.nodes, edges: stats.edges }));
