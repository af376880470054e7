// node --import tsx bench/server-cpu.ts [--root DIR] [--runs 300] [--cache on] [--fast off] [--synthetic 100000 [--data DIR]]
// CPU per GraphQL request in process (no HTTP, response cache off), as bench/PROFILE.md measures it:
// the handler `kg serve` builds, called in a loop on the seeds, process.cpuUsage() around each call,
// after 20 warm-up runs. --root measures another checkout (a baseline) on the same machine, same minutes;
// --root A,B measures both in one process, their runs alternated in --rounds rounds (default 10). Measured
// 2026-12-06: the second checkout (B) came out up to 20–24% faster on some queries whichever code it held
// (seeds neighbourhood, 10⁵ relatedEnterprises): run both orders (A,B and B,A) and read the two together.
// --synthetic N: the 10⁵ graph of bench/server-load.ts (seed 42, 100 batches) and its requests
// (neighbourhood depth 2 limit 200 over the 30 picks, relatedEnterprises over the 20 picks, each
// pick in turn); --data DIR keeps that graph's data directory between runs (written when empty).
// --profile FILE: a V8 CPU profile (node:inspector, 100 µs sampling) of the timed runs only (not start-up,
// ingest or warm-up), written as FILE (.cpuprofile, opens in Chrome DevTools); --only SUBSTR: those queries only.
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}
/** --root A,B: both checkouts in one process, over the same data directory, their requests alternated (compare mode). */
const ROOTS = (flag('root') ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..')).split(',').map((r) => path.resolve(r));
const ROOT = ROOTS[0]!;
/** Compare mode: the runs of each query are split into this many rounds, A and B in turn (the order swapped every round). */
const ROUNDS = Number(flag('rounds') ?? 10);
const RUNS = Number(flag('runs') ?? 300);
/** --cache on: the response cache on (every timed run is a hit). */
const CACHE = flag('cache') === 'on';
/** --fast off: every request through Apollo's pipeline (handler.ts fastPath: false). */
const FAST = flag('fast') !== 'off';
const SYNTHETIC = flag('synthetic') ? Number(flag('synthetic')) : 0;
const DATA = flag('data');
const PROFILE = flag('profile');
const ONLY = flag('only');
const mod = (p: string, root = ROOT) => import(pathToFileURL(path.join(root, p)).href);
const body = (query: string, variables: Record<string, unknown> = {}) => ({ query, variables });

const SEED_QUERIES: [string, { query: string; variables?: Record<string, unknown> }[]][] = [
  ['search 信创', [body('{search(text:"信创"){id name label}}')]],
  ['search 飞腾 (Enterprise)', [body('{search(text:"飞腾",labels:[Enterprise]){id name}}')]],
  ['neighborhood depth 2', [body('{neighborhood(ids:["enterprise:飞腾"],depth:2,limit:200){nodes{id name label} edges{id type source{id} target{id}} truncated}}')]],
  ['shortestPaths', [body('{shortestPaths(from:"enterprise:飞腾",to:"park:海洋片区"){nodes{id name} edges{type}}}')]],
  ['relatedEnterprises', [body('{relatedEnterprises(id:"enterprise:飞腾"){score reasons enterprise{name}}}')]],
  ['industryChain 信创', [body('{industryChain(id:"industry:信创"){segments{industry{name} gap enterprises{name}}}}')]],
  ['documents', [body('{documents{id title measures(first:100){number departments(first:10){role department{name}}}}}')]],
];

/** The 10⁵ graph's data directory (written unless `dir` already holds a store) and bench/server-load.ts's picks. */
async function synthetic(dir: string, EmbeddedStore: { open(o: { dir: string }): Promise<{ replaceDocument(b: unknown): Promise<unknown>; close(): Promise<void> }> }) {
  const { mulberry32, syntheticGraph } = await mod('bench/generate-graph.ts');
  const syn = syntheticGraph(SYNTHETIC, 42, 100);
  const rand = mulberry32(3);
  const pick = (xs: string[], k: number) => Array.from({ length: k }, () => xs[Math.floor(rand() * xs.length)]!);
  const ents = syn.idsOf('Enterprise');
  const ids = [...pick(ents, 20), ...pick(syn.idsOf('Industry'), 5), ...pick(syn.idsOf('Park'), 5)];
  const enterprises = pick(ents, 20);
  if ((await readdir(dir)).length === 0) {
    const store = await EmbeddedStore.open({ dir });
    for (let d = 0; d < syn.documents; d++) await store.replaceDocument(syn.batch(d));
    await store.close();
  }
  return [
    ['neighborhood depth 2 limit 200 (30 picks)', ids.map((id: string) => body('query($id:ID!){neighborhood(ids:[$id],depth:2,limit:200){nodes{id name label} edges{id type source{id} target{id}} truncated}}', { id }))],
    ['relatedEnterprises (20 picks)', enterprises.map((id: string) => body('query($id:ID!){relatedEnterprises(id:$id){score reasons enterprise{id name}}}', { id }))],
  ] as [string, { query: string; variables?: Record<string, unknown> }[]][];
}

type Profile = { nodes: { id: number; callFrame: unknown; children?: number[] }[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };
const profiles: Profile[] = [];
/** Several CPU profiles as one (node ids renumbered per profile, samples and time deltas concatenated). */
function mergeProfiles(ps: Profile[]): Profile {
  const out: Profile = { nodes: [], samples: [], timeDeltas: [], startTime: ps[0]?.startTime ?? 0, endTime: 0 };
  let base = 0;
  for (const p of ps) {
    let max = 0;
    for (const n of p.nodes) {
      out.nodes.push({ ...n, id: n.id + base, children: n.children?.map((c) => c + base) });
      max = Math.max(max, n.id);
    }
    out.samples.push(...p.samples.map((s) => s + base));
    out.timeDeltas.push(...p.timeDeltas);
    out.endTime += p.endTime - p.startTime;
    base += max;
  }
  out.endTime += out.startTime;
  return out;
}

async function main(): Promise<void> {
  await mod('server/src/production.ts');
  const { EmbeddedStore } = await mod('server/src/store/embedded/index.ts');
  const { CuratedStore } = await mod('server/src/store/curated/index.ts');
  const { createGraphQLHandler } = await mod('server/src/graphql/handler.ts');
  const { createIngestContext } = await mod('server/src/ingest/context.ts');
  const { ingestFile } = await mod('server/src/ingest/index.ts');
  const { ChainIndex } = await mod('server/src/chain-templates.ts');
  const { loadLexicon } = await mod('server/src/ingest/lexicon/index.ts');
  const dir = DATA ? path.resolve(DATA) : await mkdtemp(path.join(os.tmpdir(), 'kg-srvcpu-'));
  if (DATA) await mkdir(dir, { recursive: true });
  try {
    let QUERIES = SEED_QUERIES;
    if (SYNTHETIC) QUERIES = await synthetic(dir, EmbeddedStore);
    else {
      const writer = await EmbeddedStore.open({ dir });
      const ctx = createIngestContext();
      const seeds = path.join(ROOT, 'seeds');
      for (const f of (await readdir(seeds)).filter((x: string) => x.endsWith('.txt')).sort()) await writer.replaceDocument((await ingestFile(path.join(seeds, f), ctx)).batch);
      await writer.close();
    }
    const store = await CuratedStore.open(await EmbeddedStore.open({ dir }), { refreshMs: 2000 });
    const handler = await createGraphQLHandler({ store, log: () => undefined, chains: new ChainIndex(loadLexicon().chains), responseCache: CACHE ? { maxBytes: 64 * 2 ** 20 } : null, ...(FAST ? {} : { fastPath: false }) });
    let bytes = 0;
    const call = async (b: { query: string; variables?: Record<string, unknown> }) => {
      const r = await handler.execute({ method: 'POST', headers: { 'content-type': 'application/json' }, search: '', body: b }, null);
      if (r.status !== 200 || r.body.includes('"errors"')) throw new Error(`${b.query}: ${r.body.slice(0, 300)}`);
      bytes += r.body.length;
    };
    let sum = 0;
    if (ONLY) QUERIES = QUERIES.filter(([name]) => name.includes(ONLY));
    if (ROOTS.length === 2) {
      await compare(dir, QUERIES, handler);
      await handler.stop();
      await store.close();
      return;
    }
    const session = PROFILE ? new (await import('node:inspector')).Session() : null;
    const post = (method: string, params: object = {}) => new Promise<{ profile: Profile }>((resolve, reject) => session!.post(method, params, (err, res) => (err ? reject(err) : resolve(res as unknown as { profile: Profile }))));
    if (session) {
      session.connect();
      await post('Profiler.enable');
      await post('Profiler.setSamplingInterval', { interval: 100 });
    }
    console.log(`# CPU per request in process, ${ROOT}, ${SYNTHETIC ? `${SYNTHETIC} nodes, ` : 'seeds, '}${RUNS} runs each, response cache ${CACHE ? 'on' : 'off'}, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' / ')}`);
    for (const [name, bodies] of QUERIES) {
      for (let i = 0; i < Math.max(20, bodies.length); i++) await call(bodies[i % bodies.length]!);
      // background work the warm-up started (relatedEnterprises' index build) is not timed
      // (until a request starts none: a build the data generation outran is discarded and started again)
      if (typeof handler.idle === 'function') {
        while (await handler.idle()) for (let i = 0; i < 5; i++) await call(bodies[i % bodies.length]!);
      }
      bytes = 0;
      if (session) await post('Profiler.start');
      const t0 = process.cpuUsage();
      for (let i = 0; i < RUNS; i++) await call(bodies[i % bodies.length]!);
      const d = process.cpuUsage(t0);
      if (session) profiles.push((await post('Profiler.stop')).profile);
      const ms = (d.user + d.system) / 1000 / RUNS;
      sum += ms;
      console.log(`${name}: ${ms.toFixed(3)} ms (${(bytes / RUNS / 1024).toFixed(1)} KB)`);
    }
    if (session && PROFILE) {
      // One profile: the timed loops of every query, each stopped and started around its runs, merged by
      // concatenating samples (node ids are per profile, so keep the largest: the runs are what matters).
      await (await import('node:fs/promises')).writeFile(PROFILE, JSON.stringify(mergeProfiles(profiles)));
      session.disconnect();
    }
    console.log(`rotation, one of each: ${sum.toFixed(2)} ms (mean ${(sum / QUERIES.length).toFixed(3)} ms per request)`);
    if (typeof handler.indexStats === "function") console.log("relatedEnterprises index:", JSON.stringify(handler.indexStats()));
    await handler.stop();
    await store.close();
  } finally {
    if (!DATA) await rm(dir, { recursive: true, force: true });
  }
}

type Handler = { execute(r: object, u: null): Promise<{ status: number; body: string }>; idle?(): Promise<boolean>; stop(): Promise<void> };

/**
 * Compare mode (--root A,B): B's handler beside A's in this process over the same data directory
 * (reads take no lock), each query warmed on both, then its runs in ROUNDS rounds, A's share and
 * B's share in turn (B first every other round), process.cpuUsage() around each share. On a loaded
 * machine the two sides see the same minutes, within seconds of each other.
 */
async function compare(dir: string, queries: [string, { query: string; variables?: Record<string, unknown> }[]][], a: Handler): Promise<void> {
  const other = ROOTS[1]!;
  const { EmbeddedStore } = await mod('server/src/store/embedded/index.ts', other);
  const { CuratedStore } = await mod('server/src/store/curated/index.ts', other);
  const { createGraphQLHandler } = await mod('server/src/graphql/handler.ts', other);
  const { ChainIndex } = await mod('server/src/chain-templates.ts', other);
  const { loadLexicon } = await mod('server/src/ingest/lexicon/index.ts', other);
  const storeB = await CuratedStore.open(await EmbeddedStore.open({ dir }), { refreshMs: 2000 });
  const b = (await createGraphQLHandler({ store: storeB, log: () => undefined, chains: new ChainIndex(loadLexicon().chains), responseCache: CACHE ? { maxBytes: 64 * 2 ** 20 } : null, ...(FAST ? {} : { fastPath: false }) })) as Handler;
  const sides = [a, b];
  const call = async (h: Handler, body: { query: string; variables?: Record<string, unknown> }) => {
    const r = await h.execute({ method: 'POST', headers: { 'content-type': 'application/json' }, search: '', body }, null);
    if (r.status !== 200 || r.body.includes('"errors"')) throw new Error(`${body.query}: ${r.body.slice(0, 300)}`);
  };
  console.log(`# CPU per request in process, A = ${ROOTS[0]} → B = ${other}, ${SYNTHETIC ? `${SYNTHETIC} nodes, ` : 'seeds, '}${RUNS} runs each in ${ROUNDS} rounds alternated, response cache ${CACHE ? 'on' : 'off'}, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' / ')}`);
  const sums = [0, 0];
  for (const [name, bodies] of queries) {
    for (const h of sides) {
      for (let i = 0; i < Math.max(20, bodies.length); i++) await call(h, bodies[i % bodies.length]!);
      if (typeof h.idle === 'function') while (await h.idle()) for (let i = 0; i < 5; i++) await call(h, bodies[i % bodies.length]!);
    }
    const us = [0, 0];
    const per = Math.max(1, Math.round(RUNS / ROUNDS));
    let k = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of round % 2 === 0 ? [0, 1] : [1, 0]) {
        const t0 = process.cpuUsage();
        for (let i = 0; i < per; i++) await call(sides[side]!, bodies[(k + i) % bodies.length]!);
        const d = process.cpuUsage(t0);
        us[side]! += d.user + d.system;
      }
      k += per;
    }
    const ms = us.map((x) => x / 1000 / (per * ROUNDS));
    sums[0]! += ms[0]!;
    sums[1]! += ms[1]!;
    console.log(`${name}: ${ms[0]!.toFixed(3)} → ${ms[1]!.toFixed(3)} ms (${(((ms[1]! - ms[0]!) / ms[0]!) * 100).toFixed(0)}%)`);
  }
  console.log(`rotation, one of each: ${sums[0]!.toFixed(2)} → ${sums[1]!.toFixed(2)} ms (mean ${(sums[0]! / queries.length).toFixed(3)} → ${(sums[1]! / queries.length).toFixed(3)} ms per request); load average now ${os.loadavg().map((x) => x.toFixed(2)).join(' / ')}`);
  await b.stop();
  await storeB.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
