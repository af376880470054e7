// npm run bench:server [-- --duration 10 --cache both|on|off --parts seeds,synthetic --server-root DIR[,DIR2]]
// The server parts of bench/run.ts alone, with and without the response cache (KG_RESPONSE_CACHE_MB):
//   seeds: the same 7 queries in rotation at 64 clients (autocannon) as benchServer;
//   10⁵ synthetic graph (seed 42, 100 batches): neighbourhood depth 2 (limit 200) and
//   relatedEnterprises over the same 30 / 20 picks at 16 clients, as benchSynthetic.
// Prints figures, never asserts them; prints the load average (the machine is shared).
// --server-root serves from another checkout (a baseline) against the same data directories; two
// roots separated by a comma (baseline,candidate) serve each figure from both in turn, same minutes.
// --repeat K: with two roots, K rounds of both in turn, the order swapped every round (A B, B A, …:
// a server measured right after the other one, or while the load drifts, is not always the same one).
// --data DIR: the synthetic graph's data directory, kept (written when empty; bench/server-cpu.ts
// --synthetic 100000 --data DIR writes the same graph).
import '../server/src/production.ts';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startServe, warmUp } from './serve.ts';
import { createIngestContext } from '../server/src/ingest/context.ts';
import { ingestFile } from '../server/src/ingest/index.ts';
import { EmbeddedStore } from '../server/src/store/embedded/index.ts';
import { mulberry32, syntheticGraph } from './generate-graph.ts';
import { SEEDS_ROTATION } from './seeds-rotation.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}
const DURATION = Number(flag('duration') ?? 10);
const CACHE = (flag('cache') ?? 'both') === 'both' ? ['off', 'on'] : [flag('cache')!];
const PARTS = (flag('parts') ?? 'seeds,synthetic').split(',');
const SERVER_ROOTS = (flag('server-root') ?? ROOT).split(',').map((r) => path.resolve(r));
const N = Number(flag('n') ?? 100_000);
const REPEAT = Number(flag('repeat') ?? 1);
const DATA = flag('data');
/** The roots of round k: as given, reversed every other round. */
const rootsOf = (k: number) => (k % 2 === 0 ? SERVER_ROOTS : [...SERVER_ROOTS].reverse());

const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' / ');

function rssMB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

async function run(url: string, bodies: string[], connections: number): Promise<string> {
  const requests = bodies.map((body) => ({ method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json' }, body }));
  // A fresh server compiles as it goes: its first requests, 64 at once, measured the JIT (first
  // answers after seconds, autocannon timeouts on a loaded machine), not the steady state. Warm up
  // with the same requests at 4 clients for 2 s, unmeasured (bench/run.ts warms its 64-client
  // figure with the 16-client one on the same server).
  await warmUp(url, requests);
  const res = await autocannon({ url, connections, duration: DURATION, requests });
  const bad = res.errors + res.timeouts + res.non2xx;
  return `${Math.round(res.requests.average)} req/s, p50 ${res.latency.p50} ms, p99 ${res.latency.p99} ms${bad ? `, ${bad} errors/non-2xx` : ''}`;
}

/** The response cache's counters from /healthz (hits, misses, entries, bytes). */
async function cacheLine(url: string): Promise<string> {
  const h = (await (await fetch(`${url}/healthz`)).json()) as { responseCache?: { enabled: boolean; hits: number; misses: number; entries: number; bytes: number } };
  const c = h.responseCache;
  return c?.enabled ? `; cache ${c.hits} hits / ${c.misses} misses, ${c.entries} entries, ${Math.round(c.bytes / 1024)} KB` : '';
}

async function seedsDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-srvload-seeds-'));
  const store = await EmbeddedStore.open({ dir });
  const ctx = createIngestContext();
  const seedDir = path.join(ROOT, 'seeds');
  for (const f of (await readdir(seedDir)).filter((x) => x.endsWith('.txt')).sort()) {
    await store.replaceDocument((await ingestFile(path.join(seedDir, f), ctx)).batch);
  }
  await store.close();
  return dir;
}

const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const SEEDS = SEEDS_ROTATION;

async function syntheticDir(): Promise<{ dir: string; nb: string[]; re: string[] }> {
  const dir = DATA ? path.resolve(DATA) : await mkdtemp(path.join(os.tmpdir(), 'kg-srvload-syn-'));
  const syn = syntheticGraph(N, 42, 100);
  // The picks of bench/run.ts benchSynthetic (same generator, same order of draws).
  const rand = mulberry32(3);
  const pick = (xs: string[], k: number) => Array.from({ length: k }, () => xs[Math.floor(rand() * xs.length)]!);
  const ents = syn.idsOf('Enterprise');
  const ids = [...pick(ents, 20), ...pick(syn.idsOf('Industry'), 5), ...pick(syn.idsOf('Park'), 5)];
  const enterprises = pick(ents, 20);
  if (!DATA || (await readdir(dir)).length === 0) {
    const store = await EmbeddedStore.open({ dir });
    for (let d = 0; d < syn.documents; d++) await store.replaceDocument(syn.batch(d));
    await store.close();
  }
  return {
    dir,
    nb: ids.map((id) => body('query($id:ID!){neighborhood(ids:[$id],depth:2,limit:200){nodes{id name label} edges{id type source{id} target{id}} truncated}}', { id })),
    re: enterprises.map((id) => body('query($id:ID!){relatedEnterprises(id:$id){score reasons enterprise{id name}}}', { id })),
  };
}

async function main(): Promise<void> {
  console.log(`# server load (${DURATION} s per figure, server from ${SERVER_ROOTS.join(' and ')}), load average before: ${load()}`);
  const tag = (root: string) => (SERVER_ROOTS.length > 1 ? ` [${root}]` : '');
  const dirs: string[] = [];
  try {
    if (PARTS.includes('seeds')) {
      const dir = await seedsDir();
      dirs.push(dir);
      for (const cache of CACHE) {
        for (const root of Array.from({ length: REPEAT }, (_, k) => rootsOf(k)).flat()) {
          const s = await startServe(dir, { KG_RESPONSE_CACHE_MB: cache === 'on' ? '' : '0' }, root, 'inherit');
          try {
            const r = await run(s.url, SEEDS, 64);
            console.log(`seeds, 7-query rotation, 64 clients, cache ${cache}${tag(root)}: ${r}; RSS ${rssMB(s.pid)} MB; load ${load()}${await cacheLine(s.url)}`);
          } finally {
            await s.stop();
          }
        }
      }
    }
    if (PARTS.includes('synthetic')) {
      const syn = await syntheticDir();
      if (!DATA) dirs.push(syn.dir);
      for (const cache of CACHE) {
        for (const root of Array.from({ length: REPEAT }, (_, k) => rootsOf(k)).flat()) {
          const s = await startServe(syn.dir, { KG_RESPONSE_CACHE_MB: cache === 'on' ? '' : '0' }, root, 'inherit');
          try {
            const a = await run(s.url, syn.nb, 16);
            console.log(`${N} nodes, neighborhood depth 2 limit 200, 16 clients, cache ${cache}${tag(root)}: ${a}; load ${load()}${await cacheLine(s.url)}`);
            const b = await run(s.url, syn.re, 16);
            console.log(`${N} nodes, relatedEnterprises, 16 clients, cache ${cache}${tag(root)}: ${b}; RSS ${rssMB(s.pid)} MB; load ${load()}${await cacheLine(s.url)}`);
          } finally {
            await s.stop();
          }
        }
      }
    }
  } finally {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
