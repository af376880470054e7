// node --import tsx bench/server-cpu.ts [--root DIR] [--runs 300] [--cache on] [--fast off] [--synthetic 100000 [--data DIR]]
// CPU per GraphQL request in process (no HTTP, response cache off), as bench/PROFILE.md measures it:
// the handler `kg serve` builds, called in a loop on the seeds, process.cpuUsage() around each call,
// after 20 warm-up runs. --root measures another checkout (a baseline) on the same machine.
// --root A,B (compare mode): A and B each in a child process of its own (this script with --worker),
// both set up and warmed, then driven in turn: per query, --rounds rounds (default 20) of runs/rounds
// requests per side, in the order A B, B A, A B, … (each round swaps which goes first), only one
// process working at a time, each timing its own share with process.cpuUsage(). Per query it prints
// the mean ms of each side, the ratio of their totals, and the ratio B / A per round as a median with
// its spread (interquartile range, min–max). Why two processes: both checkouts in one process (the
// compare mode of 2026-12-05/06) showed B 10–24% cheaper with A and B the SAME code (bench/PROFILE.md
// read12: −21%, read13: −10%), from sharing one heap, one set of inline caches and the graphql module
// between two stores; why in turn rather than one after the other: whole processes measured one after
// the other differ by up to 40% on this shared machine (read13, A against A), the load moving between
// them. --pairs P (default 4; keep it even: the pairs alternate which process is spawned first): P such pairs one after the other (a process's own heap and code layout
// weigh up to ±20% at load 17: one pair is not enough), the ratio of totals over all pairs printed
// with each pair's. Run A against A (a second copy of the same tree) to read the spread of the moment.
// --synthetic N: the 10⁵ graph of bench/server-load.ts (seed 42, 100 batches) and its requests
// (neighbourhood depth 2 limit 200 over the 30 picks, relatedEnterprises over the 20 picks, each
// pick in turn); --data DIR keeps that graph's data directory between runs (written when empty).
// --profile FILE: a V8 CPU profile (node:inspector, 100 µs sampling) of the timed runs only (not start-up,
// ingest or warm-up), written as FILE (.cpuprofile, opens in Chrome DevTools); --only SUBSTR: those queries only.
import { spawn } from 'node:child_process';
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
/** Compare mode: this many rounds, each one process for A and one for B, in turn (the order swapped every round). */
const ROUNDS = Number(flag('rounds') ?? 20);
/** Compare mode: untimed rounds of each query on both sides before its timed ones. */
const WARM_ROUNDS = Number(flag('warm-rounds') ?? 6);
/** Compare mode: pairs of processes (A's and B's, started together), one after the other. */
const PAIRS = Number(flag('pairs') ?? 4);
/** Compare mode's child: set up and warm, then run the shares the parent asks for on stdin. */
const WORKER = process.argv.includes('--worker');
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
  if (ROOTS.length === 2) return compare();
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
    if (WORKER) {
      await worker(QUERIES, call, handler as unknown as Handler);
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

type Handler = { idle?(): Promise<boolean> };
type Body = { query: string; variables?: Record<string, unknown> };

/**
 * Compare mode's child: every query warmed as in the single-root mode, then "ready" with the query
 * names; each line on stdin `q k n` runs n requests of query q from its k-th body on, answered by the
 * CPU µs they took; an empty line ends it.
 */
async function worker(queries: [string, Body[]][], call: (b: Body) => Promise<void>, handler: Handler): Promise<void> {
  for (const [, bodies] of queries) {
    for (let i = 0; i < Math.max(20, bodies.length); i++) await call(bodies[i % bodies.length]!);
    if (typeof handler.idle === 'function') while (await handler.idle()) for (let i = 0; i < 5; i++) await call(bodies[i % bodies.length]!);
  }
  process.stdout.write(`ready ${JSON.stringify(queries.map(([name]) => name))}\n`);
  const { createInterface } = await import('node:readline');
  for await (const line of createInterface({ input: process.stdin })) {
    if (!line.trim()) break;
    const [q, k, n] = line.split(' ').map(Number) as [number, number, number];
    const bodies = queries[q]![1];
    const t0 = process.cpuUsage();
    for (let i = 0; i < n; i++) await call(bodies[(k + i) % bodies.length]!);
    const d = process.cpuUsage(t0);
    process.stdout.write(`${d.user + d.system}\n`);
  }
}

/** A compare-mode child over checkout `root`: started, warmed; `run` asks it for one share. */
async function startWorker(root: string, data: string | undefined, only = ONLY): Promise<{ names: string[]; run(q: number, k: number, n: number): Promise<number>; end(): Promise<void> }> {
  const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--root', root, '--worker'];
  if (SYNTHETIC) args.push('--synthetic', String(SYNTHETIC));
  if (data) args.push('--data', data);
  if (CACHE) args.push('--cache', 'on');
  if (!FAST) args.push('--fast', 'off');
  if (only) args.push('--only', only);
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async (): Promise<string> => {
    for (;;) {
      const r = await lines.next();
      if (r.done) throw new Error(`${root}: the worker exited (${await exited})`);
      if (r.value.startsWith('ready ') || /^\d+$/.test(r.value)) return r.value;
    }
  };
  const ready = await next();
  const names = JSON.parse(ready.slice(6)) as string[];
  return {
    names,
    async run(q, k, n) {
      child.stdin!.write(`${q} ${k} ${n}\n`);
      return Number(await next());
    },
    async end() {
      child.stdin!.end('\n');
      await exited;
    },
  };
}

const quantile = (sorted: number[], q: number) => {
  const x = (sorted.length - 1) * q;
  const lo = Math.floor(x);
  return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (x - lo);
};
const pct = (r: number) => `${r >= 1 ? '+' : ''}${((r - 1) * 100).toFixed(1)}%`;

/**
 * Compare mode (--root A,B): one child process per checkout over the same data, each warmed; then per
 * query ROUNDS rounds, each a share of RUNS / ROUNDS requests on A and on B, A first in even rounds
 * and B first in odd ones (A B B A A B …), one process working at a time.
 */
async function compare(): Promise<void> {
  const [A, B] = ROOTS as [string, string];
  let data = DATA ? path.resolve(DATA) : undefined;
  let temp: string | undefined;
  if (SYNTHETIC && !data) data = temp = await mkdtemp(path.join(os.tmpdir(), 'kg-srvcpu-'));
  if (data) await mkdir(data, { recursive: true });
  try {
    // Both started at once (an empty synthetic directory is written by a first process alone): one that
    // sits idle through the other's start-up comes back dearer for minutes (A against A, started one after
    // the other: the first 10–18% dearer on the neighbourhood, with 6 untimed rounds or without).
    if (data && SYNTHETIC && (await readdir(data)).length === 0) await (await startWorker(A, data, 'none')).end();
    const per = Math.max(1, Math.round(RUNS / ROUNDS));
    console.log(`# CPU per request in process, A = ${A} → B = ${B}, ${SYNTHETIC ? `${SYNTHETIC} nodes, ` : 'seeds, '}${PAIRS} pairs of processes, per pair and query ${ROUNDS} rounds of ${per} requests per side (A B, B A, …), response cache ${CACHE ? 'on' : 'off'}, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' / ')}`);
    // per query: CPU µs per round of each side, over every pair; and each pair's ratio of totals
    const us = new Map<string, [number[], number[]]>();
    const pairRatios = new Map<string, number[]>();
    const total = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    for (let pair = 0; pair < PAIRS; pair++) {
      // A fresh pair of processes each time: one process's heap and code layout make a difference of
      // their own (A against A, one pair: up to ±20% at load 17), which only more pairs average out.
      // Spawned in the other order every other pair: the process spawned first tends to be ready first
      // and to wait for the other one; A against A with A always spawned first: A 2–12% dearer on the
      // neighbourhood in each of 3 pairs (load 20).
      const [a, b] = pair % 2 === 0 ? await Promise.all([startWorker(A, data), startWorker(B, data)]) : await Promise.all([startWorker(B, data), startWorker(A, data)]).then(([y, x]) => [x, y] as const);
      const line: string[] = [];
      for (let q = 0; q < a.names.length; q++) {
        const name = a.names[q]!;
        const mine: [number[], number[]] = [[], []];
        // Untimed rounds first: a process that sat idle while the other one set up or ran the query
        // before comes back slower for a while (A against A without them: the process started first,
        // idle during the other's start-up, came out 11–18% dearer).
        for (let round = 0; round < WARM_ROUNDS; round++) for (const side of round % 2 === 0 ? [0, 1] : [1, 0]) await (side === 0 ? a : b).run(q, round * per, per);
        for (let round = 0; round < ROUNDS; round++) {
          // the pair's first side alternates too (pair 1: A first, pair 2: B first, …)
          for (const side of (round + pair) % 2 === 0 ? [0, 1] : [1, 0]) mine[side]!.push(await (side === 0 ? a : b).run(q, round * per, per));
        }
        const all = us.get(name) ?? us.set(name, [[], []]).get(name)!;
        all[0].push(...mine[0]);
        all[1].push(...mine[1]);
        const r = total(mine[1]) / total(mine[0]);
        (pairRatios.get(name) ?? pairRatios.set(name, []).get(name)!).push(r);
        line.push(`${name.split(' (')[0]} ${(total(mine[0]) / 1000 / (per * ROUNDS)).toFixed(3)} → ${(total(mine[1]) / 1000 / (per * ROUNDS)).toFixed(3)} ms (${pct(r)})`);
      }
      await a.end();
      await b.end();
      console.log(`pair ${pair + 1}: ${line.join('; ')}; load ${os.loadavg()[0]!.toFixed(1)}`);
    }
    let sumA = 0;
    let sumB = 0;
    for (const [name, [a, b]] of us) {
      const msA = total(a) / 1000 / a.length / per;
      const msB = total(b) / 1000 / b.length / per;
      sumA += msA;
      sumB += msB;
      const ratios = a.map((x, r) => b[r]! / x).sort((x, y) => x - y);
      const pairs = pairRatios.get(name)!;
      console.log(
        `${name}: A ${msA.toFixed(3)} → B ${msB.toFixed(3)} ms, B/A ${(msB / msA).toFixed(3)} (${pct(msB / msA)}); pairs ${pairs.map((r) => r.toFixed(3)).join(' / ')}; ` +
          `per round median ${quantile(ratios, 0.5).toFixed(3)}, IQR ${quantile(ratios, 0.25).toFixed(3)}–${quantile(ratios, 0.75).toFixed(3)}, min–max ${ratios[0]!.toFixed(3)}–${ratios[ratios.length - 1]!.toFixed(3)} (${ratios.length} rounds)`,
      );
    }
    console.log(`rotation, one of each: ${sumA.toFixed(2)} → ${sumB.toFixed(2)} ms (B/A ${(sumB / sumA).toFixed(3)}); load average now ${os.loadavg().map((x) => x.toFixed(2)).join(' / ')}`);
  } finally {
    if (temp) await rm(temp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
