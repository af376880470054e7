// node --import tsx bench/server-profile.ts --data DIR --load seeds|neighborhood|related [--duration 10] [--out DIR] [--cache on]
// A CPU profile of `kg serve` under the load of bench/server-load.ts: the server runs with
// `--cpu-prof` (V8's profiler from process start, written when it exits), gets a 2 s warm-up at
// 4 clients, then the bench's requests (seeds: the 7-query rotation at 64 clients; neighborhood /
// related: the 10⁵ graph's picks at 16 clients), then SIGTERM. The .cpuprofile lands in --out
// (default: a new directory under the OS temp dir) and opens in Chrome DevTools; start-up is in it
// (module loading, snapshot decoding), so run long enough for the load to dominate.
// --data: a data directory the load fits (seeds: the ingested seeds; neighborhood / related: the
// 10⁵ synthetic graph of bench/server-load.ts, seed 42, 100 batches, e.g. from
// `bench/server-cpu.ts --synthetic 100000 --data DIR`). Response cache off unless --cache on.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { mulberry32, syntheticGraph } from './generate-graph.ts';
import { SEEDS_ROTATION } from './seeds-rotation.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}
const DATA = flag('data');
const LOAD = flag('load') ?? 'seeds';
const DURATION = Number(flag('duration') ?? 10);
const CACHE = flag('cache') === 'on';
const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

/** The request bodies and client count of bench/server-load.ts for one load. */
function requestsFor(load: string): { bodies: string[]; connections: number } {
  if (load === 'seeds') return { bodies: SEEDS_ROTATION, connections: 64 };
  const syn = syntheticGraph(100_000, 42, 100);
  const rand = mulberry32(3);
  const pick = (xs: string[], k: number) => Array.from({ length: k }, () => xs[Math.floor(rand() * xs.length)]!);
  const ents = syn.idsOf('Enterprise');
  const ids = [...pick(ents, 20), ...pick(syn.idsOf('Industry'), 5), ...pick(syn.idsOf('Park'), 5)];
  const enterprises = pick(ents, 20);
  if (load === 'neighborhood') return { bodies: ids.map((id) => body('query($id:ID!){neighborhood(ids:[$id],depth:2,limit:200){nodes{id name label} edges{id type source{id} target{id}} truncated}}', { id })), connections: 16 };
  if (load === 'related') return { bodies: enterprises.map((id) => body('query($id:ID!){relatedEnterprises(id:$id){score reasons enterprise{id name}}}', { id })), connections: 16 };
  throw new Error(`--load seeds|neighborhood|related, got ${load}`);
}

async function main(): Promise<void> {
  if (!DATA) throw new Error('--data DIR is required');
  const out = path.resolve(flag('out') ?? (await mkdtemp(path.join(os.tmpdir(), 'kg-srvprof-'))));
  const { bodies, connections } = requestsFor(LOAD);
  const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir', out, '--import', 'tsx', path.join(ROOT, 'server/src/cli.ts'), 'serve', '--port', '0', '--host', '127.0.0.1', '--data', path.resolve(DATA)], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: '', KG_RESPONSE_CACHE_MB: CACHE ? '' : '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout!.setEncoding('utf8');
  const exited = new Promise<void>((r) => child.on('exit', () => r()));
  const url = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout!.on('data', (d: string) => {
      text += d;
      const m = /http:\/\/localhost:(\d+)/.exec(text);
      if (m) resolve(`http://127.0.0.1:${m[1]}`);
    });
    child.on('exit', (c) => reject(new Error(`server exited ${c}`)));
  });
  const requests = bodies.map((b) => ({ method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json' }, body: b }));
  await autocannon({ url, connections: 4, duration: 2, requests });
  const res = await autocannon({ url, connections, duration: DURATION, requests });
  console.log(`${LOAD}, ${connections} clients, ${DURATION} s, cache ${CACHE ? 'on' : 'off'}: ${Math.round(res.requests.average)} req/s, p50 ${res.latency.p50} ms, p99 ${res.latency.p99} ms, ${res.errors + res.timeouts + res.non2xx} errors/non-2xx; load average ${os.loadavg().map((x) => x.toFixed(2)).join(' / ')}`);
  child.kill('SIGTERM');
  await exited;
  const files = (await readdir(out)).filter((f) => f.endsWith('.cpuprofile'));
  console.log(`profile: ${files.map((f) => path.join(out, f)).join(', ')}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
