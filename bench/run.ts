// npm run bench [-- --quick]
// Prints figures (never asserts timings) and writes bench/results/<date>.json and bench/RESULTS.md.
//   1. ingest throughput (MB/s, documents/s) on a synthetic corpus made from the seeds;
//   2. store query latency (p50/p99) on the seeds and on a synthetic graph, and the ratio of
//      GraphQL-over-HTTP latency to the bare store call.
import '../server/src/production.ts'; // first, as in the server's entry points: graphql in production mode
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import autocannon from 'autocannon';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIngestContext } from '../server/src/ingest/context.ts';
import { ingestFile } from '../server/src/ingest/index.ts';
import { EmbeddedStore } from '../server/src/store/embedded/index.ts';
import { createApp } from '../server/src/http/app.ts';
import { relatedEnterprises } from '../server/src/analysis/index.ts';
import type { GraphStore } from '../server/src/store/port.ts';
import { CuratedStore } from '../server/src/store/curated/index.ts';
import { reviewQueue } from '../server/src/analysis/review.ts';
import { generateGraph, mulberry32, syntheticGraph } from './generate-graph.ts';
import { generateCorpus } from './generate-corpus.ts';
import { SEEDS_ROTATION } from './seeds-rotation.ts';
import { loadInFreshProcess, timedCommits } from './store-timing.ts';
import { ingestEndToEnd } from './ingest-e2e.ts';
import { startServe, warmUp } from './serve.ts';

/** One lexicon for every ingest of the run (loaded once, as the CLI does). */
const ingestContext = createIngestContext();

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const QUICK = process.argv.includes('--quick');
/** `--only ingest,seeds,server,synthetic,ui,registry,curation` runs a subset (curation only when named; `--only targets` runs nothing and rebuilds the targets table); `--scales 10000,100000` picks graph sizes. */
function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}
const ONLY = flag('only')?.split(',') ?? null;
const runs = (part: string) => !ONLY || ONLY.includes(part);
const SCALES = flag('scales')?.split(',').map(Number) ?? (QUICK ? [10_000] : [10_000, 100_000, 1_000_000]);
const results: Record<string, unknown> = {};
const lines: string[] = [];
/** Markdown of each part run in this process; a full-size run (not --quick) stores each part's section. */
const sections = new Map<string, string[]>();
let section = 'header';
function beginSection(name: string): void {
  section = name;
  sections.set(name, []);
}

function log(s = ''): void {
  console.log(s);
  lines.push(s);
  if (!sections.has(section)) sections.set(section, []);
  sections.get(section)!.push(s);
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const r = await fn();
  return [performance.now() - t0, r];
}

async function latency(n: number, fn: (i: number) => Promise<unknown>): Promise<{ p50: number; p99: number; n: number }> {
  for (let i = 0; i < Math.min(5, n); i++) await fn(i); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < n; i++) xs.push((await time(() => fn(i)))[0]);
  return { p50: round(pct(xs, 50)), p99: round(pct(xs, 99)), n };
}

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
const mb = (b: number) => round(b / 1024 / 1024, 1);

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

// ---- 1. ingest ------------------------------------------------------------------------------

async function benchIngestSize(megabytes: number): Promise<Record<string, unknown>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-bench-corpus-'));
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kg-bench-data-'));
  try {
    const { files, bytes } = await generateCorpus(dir, megabytes * 1024 * 1024);
    global.gc?.();
    peakRss = process.memoryUsage().rss;
    const rss0 = peakRss;
    // End to end as users run it (`kg ingest`: ingestPaths, the worker pool, durable commits in order).
    const e = await ingestEndToEnd(files, dataDir);
    const peak = peakRss;
    // Reference: extraction alone, one document at a time in this thread (no pool, no store).
    let parseMs = 0;
    const c0 = process.cpuUsage();
    for (const f of files) parseMs += (await time(() => ingestFile(f, ingestContext)))[0];
    const c1 = process.cpuUsage(c0);
    return {
      targetMB: megabytes,
      documents: files.length,
      megabytes: mb(bytes),
      extractMBps: round(bytes / 1024 / 1024 / (parseMs / 1000), 2),
      extractDocsPerSec: round(files.length / (parseMs / 1000), 1),
      extractCpuSeconds: round((c1.user + c1.system) / 1e6, 1),
      workers: e.workers,
      endToEndMBps: round(bytes / 1024 / 1024 / e.wallSeconds, 2),
      endToEndSeconds: round(e.wallSeconds, 1),
      endToEndCpuSeconds: round(e.cpuSeconds, 1),
      storeWriteShare: round(e.storeShare, 2),
      commitGrowth: round(e.commitGrowth, 2),
      failed: e.failed,
      rssBeforeMB: mb(rss0),
      peakRssMB: mb(peak),
      graph: { nodes: e.nodes, edges: e.edges },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function benchIngest(): Promise<void> {
  const sizes = QUICK ? [1] : [1, 10, 100];
  const rows: Record<string, unknown>[] = [];
  for (const size of sizes) {
    const r = await benchIngestSize(size);
    rows.push(r);
    console.error(`ingest ${size} MB: ${JSON.stringify(r)}`);
  }
  results.ingest = rows;
  log('## Ingest throughput (corpus generated from the seeds: `bench/generate-corpus.ts`)');
  log('');
  log('End to end: each corpus ingested as `kg ingest` does it (`ingestPaths`: read + structure + extraction in the ingest worker pool, `KG_INGEST_WORKERS`, then durable group commits in file order, up to 16 documents per commit, each document its own batch file) into a fresh embedded store; store share = wall time during which a commit is outstanding / wall time. Reference: extraction alone, one document at a time in one thread (no pool, no store).');
  log('');
  log('| corpus | documents | workers | end-to-end MB/s | total s | CPU s | store share | last/first tenth commit | extract MB/s, one thread | extract docs/s | peak RSS MB | graph |');
  log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows as { megabytes: number; documents: number; workers: number; extractMBps: number; extractDocsPerSec: number; endToEndMBps: number; endToEndSeconds: number; endToEndCpuSeconds: number; storeWriteShare: number; commitGrowth: number; peakRssMB: number; graph: { nodes: number; edges: number } }[]) {
    log(`| ${r.megabytes} MB | ${r.documents} | ${r.workers} | ${r.endToEndMBps} | ${r.endToEndSeconds} | ${r.endToEndCpuSeconds} | ${Math.round(r.storeWriteShare * 100)}% | ${r.commitGrowth} | ${r.extractMBps} | ${r.extractDocsPerSec} | ${r.peakRssMB} | ${r.graph.nodes} nodes, ${r.graph.edges} edges |`);
  }
  if (rows.length > 1) {
    const a = rows[0] as { endToEndMBps: number };
    const b = rows[rows.length - 1] as { endToEndMBps: number };
    log('');
    log(`Throughput at the largest corpus is ${round(b.endToEndMBps / a.endToEndMBps, 2)}× that at the smallest (1.0 = linear cost in corpus size).`);
  }
  log('');
}

// ---- 2. queries -----------------------------------------------------------------------------

type Lat = { p50: number; p99: number; n: number };
interface Picks {
  search: string[];
  ids: string[];
  enterprises: string[];
}

async function storeLatencies(store: GraphStore, picks: Picks, n: number): Promise<Record<string, Lat>> {
  const r: Record<string, Lat> = {};
  r.search = await latency(n, (i) => store.search(picks.search[i % picks.search.length]!, { first: 20 }));
  r.searchZh = await latency(n, (i) => store.search(SEARCH_ZH[i % SEARCH_ZH.length]!, { first: 20 }));
  r.neighborhood1 = await latency(n, (i) => store.neighborhood([picks.ids[i % picks.ids.length]!], { depth: 1, limit: 200 }));
  r.neighborhood2 = await latency(n, (i) => store.neighborhood([picks.ids[i % picks.ids.length]!], { depth: 2, limit: 200 }));
  r.shortestPaths = await latency(n, (i) => store.shortestPaths(picks.ids[i % picks.ids.length]!, picks.ids[(i * 7 + 3) % picks.ids.length]!, { maxLength: 6, first: 5 }));
  r.relatedEnterprises = await latency(n, (i) => relatedEnterprises(store, picks.enterprises[i % picks.enterprises.length]!, 20));
  r.nodesFirstPage = await latency(n, () => store.listNodes({ label: 'Enterprise', first: 50 }));
  return r;
}

async function graphqlLatencies(store: GraphStore, picks: Picks, n: number): Promise<Record<string, Lat>> {
  // Measure slow queries to their end: the server's 15 s execution deadline would cut the 10^6 shortestPaths.
  process.env.KG_QUERY_TIMEOUT_MS ??= '600000';
  const app = await createApp({ store, log: () => undefined });
  const port = await app.listen(0, '127.0.0.1');
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const g: Record<string, Lat> = {};
  try {
    g.search = await latency(n, (i) => gql('query($t:String!){search(text:$t){id name label}}', { t: picks.search[i % picks.search.length] }));
    g.searchZh = await latency(n, (i) => gql('query($t:String!){search(text:$t){id name label}}', { t: SEARCH_ZH[i % SEARCH_ZH.length] }));
    g.neighborhood1 = await latency(n, (i) => gql('query($id:ID!){neighborhood(ids:[$id],depth:1,limit:200){nodes{id name label} edges{id type source{id} target{id}} truncated}}', { id: picks.ids[i % picks.ids.length] }));
    g.neighborhood2 = await latency(n, (i) => gql('query($id:ID!){neighborhood(ids:[$id],depth:2,limit:200){nodes{id name label} edges{id type source{id} target{id}} truncated}}', { id: picks.ids[i % picks.ids.length] }));
    g.shortestPaths = await latency(n, (i) => gql('query($a:ID!,$b:ID!){shortestPaths(from:$a,to:$b){nodes{id name} edges{id type}}}', { a: picks.ids[i % picks.ids.length], b: picks.ids[(i * 7 + 3) % picks.ids.length] }));
    g.relatedEnterprises = await latency(n, (i) => gql('query($id:ID!){relatedEnterprises(id:$id){score reasons enterprise{id name}}}', { id: picks.enterprises[i % picks.enterprises.length] }));
    g.nodesFirstPage = await latency(n, () => gql('{nodes(label:Enterprise,first:50){totalCount pageInfo{endCursor hasNextPage} nodes{id name}}}', {}));
  } finally {
    await app.close();
  }
  return g;
}

function latencyTable(name: string, n: number, r: Record<string, Lat>, g: Record<string, Lat>, neo?: Record<string, Lat>): void {
  log(`### ${name} (ms, ${n} runs each)`);
  log('');
  log(`| query | store p50 | store p99 | GraphQL p50 | GraphQL p99 | GraphQL/store (p50) |${neo ? ' Neo4j p50 | Neo4j p99 | Neo4j/embedded (p50) |' : ''}`);
  log(`|---|---|---|---|---|---|${neo ? '---|---|---|' : ''}`);
  for (const k of Object.keys(r)) {
    const s = r[k]!;
    const q = g[k]!;
    const x = neo?.[k];
    log(`| ${k} | ${s.p50} | ${s.p99} | ${q.p50} | ${q.p99} | ${round(q.p50 / Math.max(s.p50, 0.001), 1)}× |${x ? ` ${x.p50} | ${x.p99} | ${round(x.p50 / Math.max(s.p50, 0.001), 1)}× |` : ''}`);
  }
  log('');
}

async function benchSeeds(): Promise<string> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kg-bench-seeds-'));
  const store = await EmbeddedStore.open({ dir: dataDir });
  const seedDir = path.join(ROOT, 'seeds');
  for (const f of (await readdir(seedDir)).filter((x) => x.endsWith('.txt')).sort()) {
    await store.replaceDocument((await ingestFile(path.join(seedDir, f), ingestContext)).batch);
  }
  const g = await store.exportGraph();
  const ents = g.nodes.filter((x) => x.label === 'Enterprise').map((x) => x.id);
  const picks = {
    search: ['科技局', '信创', '飞腾', '海洋', '天津大学', '生物', '园区', '局', 'xc', 'feiteng'],
    ids: g.nodes.filter((x) => x.label !== 'Document').map((x) => x.id).filter((_, i) => i % 7 === 0),
    enterprises: ents.length ? ents : ['enterprise:none'],
  };
  const n = QUICK ? 30 : 200;
  const r = await storeLatencies(store, picks, n);
  const q = await graphqlLatencies(store, picks, n);
  results['queries:seeds'] = { store: r, graphql: q, graph: { nodes: g.nodes.length, edges: g.edges.length } };
  log(`## Query latency on the seeds (${g.nodes.length} nodes, ${g.edges.length} edges)`);
  log('');
  latencyTable('embedded store vs the same query through GraphQL over HTTP (loopback)', n, r, q);
  await store.close();
  return dataDir; // kept for the server load test, removed by main()
}

async function maybeNeo4j(): Promise<GraphStore | null> {
  if (!process.env.NEO4J_URI) return null;
  const mod = await import('../server/src/store/neo4j/index.ts');
  const store = await mod.createNeo4jStore(mod.neo4jConfigFromEnv(process.env));
  await (store as GraphStore & { migrate?: () => Promise<void> }).migrate?.();
  return store;
}

/** Heap plus typed-array memory (the compact store keeps its columns in ArrayBuffers). */
function mem(): number {
  global.gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** 1–4 Chinese characters, as people type them (the search target is stated for these). */
const SEARCH_ZH = ['园', '芯', '信创', '海洋', '智能', '天津', '生物医药', '细胞基因', '集成电路', '新能源', '科技', '滨海'];

interface Reference {
  buildSeconds: number;
  heapMB: number;
  twoHop: Lat;
  path: Lat;
  scanSearch: Lat;
}

/**
 * The reference of the issue's targets: graphology (a well-kept graph library, already a
 * dependency) holding the same graph with the same attributes, built in memory (no disk), and
 * the bare operations on it: a 2-hop expansion (limit 200), a bidirectional shortest path, and a
 * full scan with the same search ranking.
 */
async function graphologyReference(n: number, picks: Picks, runs: number): Promise<Reference> {
  const { MultiUndirectedGraph } = await import('graphology');
  const { bidirectional } = (await import('graphology-shortest-path/unweighted.js')) as { bidirectional: (g: unknown, a: string, b: string) => string[] | null };
  const { matchKey, rankMatch } = await import('../server/src/store/search-rank.ts');
  const syn = syntheticGraph(n, 42, QUICK ? 20 : 100);
  const h0 = mem();
  const t0 = performance.now();
  const g = new MultiUndirectedGraph({ allowSelfLoops: true });
  for (let d = 0; d < syn.documents; d++) {
    const b = syn.batch(d);
    for (const x of b.nodes) if (!g.hasNode(x.id)) g.addNode(x.id, { label: x.label, name: x.name, aliases: x.aliases, properties: x.properties });
    for (const e of b.edges) {
      if (!g.hasNode(e.source)) g.addNode(e.source, {});
      if (!g.hasNode(e.target)) g.addNode(e.target, {});
      g.addEdgeWithKey(e.id, e.source, e.target, { type: e.type, properties: e.properties, evidence: e.evidence });
    }
  }
  const buildSeconds = round((performance.now() - t0) / 1000, 2);
  const heapMB = mb(mem() - h0);
  const twoHop = await latency(runs, async (i) => {
    const seen = new Set([picks.ids[i % picks.ids.length]!]);
    let frontier = [...seen];
    for (let d = 0; d < 2 && seen.size < 200; d++) {
      const next: string[] = [];
      for (const u of frontier) {
        g.forEachNeighbor(u, (v: string) => {
          if (seen.size < 200 && !seen.has(v)) {
            seen.add(v);
            next.push(v);
          }
        });
      }
      frontier = next;
    }
    return seen.size;
  });
  const path = await latency(runs, async (i) => bidirectional(g, picks.ids[i % picks.ids.length]!, picks.ids[(i * 7 + 3) % picks.ids.length]!));
  const rows: { name: string; aliases: string[]; len: number; id: string }[] = [];
  g.forEachNode((id: string, a: Record<string, unknown>) => rows.push({ id, name: matchKey(a.name as string), aliases: (a.aliases as string[]).map(matchKey), len: (a.name as string).length }));
  const scanSearch = await latency(Math.min(runs, 10), async (i) => {
    const q = matchKey(SEARCH_ZH[i % SEARCH_ZH.length]!);
    const hits: { r: (typeof rows)[number]; rank: number }[] = [];
    for (const r of rows) {
      const rank = rankMatch(q, r.name, r.aliases);
      if (rank !== null) hits.push({ r, rank });
    }
    hits.sort((a, b) => a.rank - b.rank || a.r.len - b.r.len || (a.r.id < b.r.id ? -1 : 1));
    return hits.slice(0, 20);
  });
  g.clear();
  return { buildSeconds, heapMB, twoHop, path, scanSearch };
}

/** `kg serve` on a data directory, as a child process; resolves with its URL. */
/** p50/p99 of one GraphQL query mix over HTTP with `connections` concurrent clients (autocannon). */
async function concurrentLatency(url: string, bodies: string[], connections: number, duration: number): Promise<{ requestsPerSec: number; p50ms: number; p99ms: number; errors: number; non2xx: number }> {
  const requests = bodies.map((body) => ({ method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json' }, body }));
  // (unmeasured: the JIT's first requests and the background work they start, e.g. relatedEnterprises' index)
  await warmUp(url, requests);
  const res = await autocannon({ url, connections, duration, requests });
  return { requestsPerSec: round(res.requests.average, 1), p50ms: res.latency.p50, p99ms: res.latency.p99, errors: res.errors + res.timeouts, non2xx: res.non2xx };
}

async function benchSynthetic(n: number, neo: GraphStore | null): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kg-bench-syn-'));
  try {
    const h0 = mem();
    const syn = syntheticGraph(n, 42, QUICK ? 20 : 100);
    const rand = mulberry32(3);
    const pick = (xs: string[], k: number) => Array.from({ length: k }, () => xs[Math.floor(rand() * xs.length)]!);
    const ents = syn.idsOf('Enterprise');
    const picks: Picks = {
      search: ['信创', '海洋', '智能', '芯片', '天津', '细胞基因', '园', '公司1', 'xinchuang', 'tj'],
      ids: [...pick(ents, 20), ...pick(syn.idsOf('Industry'), 5), ...pick(syn.idsOf('Park'), 5)],
      enterprises: pick(ents, 20),
    };
    const generatorMB = mb(mem() - h0);
    // Write from scratch: every batch committed durably (built one at a time, as an ingest
    // produces them; the next handed over while the previous commits, so that its batch file is
    // written meanwhile; each acknowledged once durable and applied), then close (the final snapshot).
    let writer: EmbeddedStore | null = await EmbeddedStore.open({ dir: dataDir });
    const { totalMs: commitMs } = await timedCommits(writer, (function* () {
      for (let d = 0; d < syn.documents; d++) yield syn.batch(d);
    })(), 2);
    const stats = await writer.stats();
    const [closeMs] = await time(() => writer!.close());
    // Unreachable before measuring (a closed writer still held made the 10^4 figure negative).
    writer = null;
    await new Promise((r) => setTimeout(r, 50));
    const docIds = Array.from({ length: syn.documents }, (_, d) => `doc:syn${d}`);
    const neoBatches = neo && n <= 100_000 ? syn : null;
    // Load on restart, as a restart does it: a fresh process (bench/load-probe.ts), so the heap and
    // the peak RSS are the store's, not this long process's leftovers.
    const probe = await loadInFreshProcess(dataDir);
    // This process opens it too, for the latency figures below.
    const reopened = await EmbeddedStore.open({ dir: dataDir });
    const diskBytes = await dirBytes(dataDir);
    const info = {
      nodes: stats.nodes,
      edges: stats.edges,
      writeSeconds: round((commitMs + closeMs) / 1000, 2),
      commitSeconds: round(commitMs / 1000, 2),
      snapshotOnCloseSeconds: round(closeMs / 1000, 2),
      loadSeconds: round(probe.loadMs / 1000, 2),
      loadFromSnapshot: probe.fromSnapshot,
      heapMB: mb(probe.heldBytes),
      heapBytesPerElement: Math.round(probe.heldBytes / (stats.nodes + stats.edges)),
      loadPeakRssMB: mb(probe.maxRss),
      loadPeakRssGrowthMB: mb(probe.maxRss - probe.rssBefore),
      diskBytesPerElement: Math.round(diskBytes / (stats.nodes + stats.edges)),
      generatorMB,
    };
    console.error(`synthetic ${n}: ${JSON.stringify(info)}`);
    const runs = QUICK ? 30 : n >= 1_000_000 ? 100 : n >= 100_000 ? 200 : 200;
    const r = await storeLatencies(reopened, picks, runs);
    const q = await graphqlLatencies(reopened, picks, runs);
    await reopened.close();
    // 16 concurrent clients over HTTP against `kg serve` on this data directory.
    const duration = QUICK ? 3 : 10;
    const nbBodies = picks.ids.map((id) => JSON.stringify({ query: 'query($id:ID!){neighborhood(ids:[$id],depth:2,limit:200){nodes{id name label} edges{id type source{id} target{id}} truncated}}', variables: { id } }));
    const reBodies = picks.enterprises.map((id) => JSON.stringify({ query: 'query($id:ID!){relatedEnterprises(id:$id){score reasons enterprise{id name}}}', variables: { id } }));
    const spBodies = picks.ids.map((id, i) => JSON.stringify({ query: 'query($a:ID!,$b:ID!){shortestPaths(from:$a,to:$b){nodes{id name} edges{id type}}}', variables: { a: id, b: picks.ids[(i * 7 + 3) % picks.ids.length] } }));
    // The three queries at 16 clients against one `kg serve`; run with the response cache off
    // (KG_RESPONSE_CACHE_MB=0: every request computed) and as shipped (cache on).
    const http16Load = async (env: Record<string, string>): Promise<Record<string, unknown>> => {
      const srv = await startServe(dataDir, env);
      try {
        return {
          neighborhood2: await concurrentLatency(srv.url, nbBodies, 16, duration),
          relatedEnterprises: await concurrentLatency(srv.url, reBodies, 16, duration),
          shortestPaths: await concurrentLatency(srv.url, spBodies, 16, duration),
        };
      } finally {
        await srv.stop();
      }
    };
    const http16Uncached = await http16Load({ KG_RESPONSE_CACHE_MB: '0' });
    const http16 = await http16Load({});
    const ref = await graphologyReference(n, picks, runs);
    let neoLat: Record<string, Lat> | undefined;
    if (neo && neoBatches) {
      const [neoWriteMs] = await time(async () => {
        for (let d = 0; d < neoBatches.documents; d++) await neo.replaceDocument(neoBatches.batch(d));
      });
      neoLat = await storeLatencies(neo, picks, runs);
      for (const id of docIds) await neo.removeDocument(id); // leave the user's Neo4j as it was
      (info as Record<string, unknown>).neo4jWriteSeconds = round(neoWriteMs / 1000, 2);
    }
    results[`synthetic:${n}`] = { ...info, store: r, graphql: q, http16, http16Uncached, reference: ref, ...(neoLat ? { neo4j: neoLat } : {}) };
    log(`## Synthetic graph: ${info.nodes} nodes, ${info.edges} edges (\`bench/generate-graph.ts\`, seed 42)`);
    log('');
    log('Reference: graphology 0.26 holding the same graph with the same attributes, built in memory from the batches (no disk), in this run.');
    log('');
    log(`| figure | embedded store | graphology | store / graphology |${neo && neoBatches ? ' Neo4j |' : ''}`);
    log(`|---|---|---|---|${neo && neoBatches ? '---|' : ''}`);
    log(`| write from scratch (${docIds.length} batches, each durable, + snapshot on close) | ${info.writeSeconds} s (commits ${info.commitSeconds} s + snapshot ${info.snapshotOnCloseSeconds} s) | ${ref.buildSeconds} s (build in memory) | ${round(info.writeSeconds / Math.max(ref.buildSeconds, 0.01), 1)}× |${neo && neoBatches ? ` ${(info as Record<string, unknown>).neo4jWriteSeconds} s |` : ''}`);
    log(`| load on restart | ${info.loadSeconds} s (${info.loadFromSnapshot ? 'snapshot' : 'replay'}) | ${ref.buildSeconds} s (build in memory) | ${round(info.loadSeconds / Math.max(ref.buildSeconds, 0.01), 1)}× |${neo && neoBatches ? ' – |' : ''}`);
    log(`| memory held (heap + typed arrays) | ${info.heapMB} MB (${info.heapBytesPerElement} B per node+edge) | ${ref.heapMB} MB | ${round(info.heapMB / Math.max(ref.heapMB, 0.1), 2)}× |${neo && neoBatches ? ' – |' : ''}`);
    log(`| peak RSS while loading | ${info.loadPeakRssMB} MB (+${info.loadPeakRssGrowthMB} MB) | – | – |${neo && neoBatches ? ' – |' : ''}`);
    log(`| disk | ${info.diskBytesPerElement} B per node+edge | – | – |${neo && neoBatches ? ' – |' : ''}`);
    log(`| search p50 / p99, 1–4 Chinese characters | ${r.searchZh!.p50} / ${r.searchZh!.p99} ms | ${ref.scanSearch.p50} / ${ref.scanSearch.p99} ms (scan) | ${round(r.searchZh!.p99 / Math.max(ref.scanSearch.p99, 0.001), 3)}× (p99) |${neo && neoBatches ? ' – |' : ''}`);
    log(`| neighborhood depth 2 (limit 200) p50 / p99 | ${r.neighborhood2!.p50} / ${r.neighborhood2!.p99} ms | ${ref.twoHop.p50} / ${ref.twoHop.p99} ms (2-hop) | ${round(r.neighborhood2!.p99 / Math.max(ref.twoHop.p99, 0.001), 1)}× (p99) |${neo && neoBatches ? ' – |' : ''}`);
    log(`| shortestPaths p50 / p99 | ${r.shortestPaths!.p50} / ${r.shortestPaths!.p99} ms | ${ref.path.p50} / ${ref.path.p99} ms (one path) | ${round(r.shortestPaths!.p99 / Math.max(ref.path.p99, 0.001), 1)}× (p99) |${neo && neoBatches ? ' – |' : ''}`);
    const rowsHttp16 = [...Object.entries(http16).map(([k, v]) => [`${k} (response cache on)`, v]), ...Object.entries(http16Uncached).map(([k, v]) => [`${k} (response cache off)`, v])];
    for (const [k, v] of rowsHttp16 as [string, { requestsPerSec: number; p50ms: number; p99ms: number; errors: number; non2xx: number }][]) {
      log(`| ${k}, 16 clients over HTTP (\`kg serve\`, ${duration} s) p50 / p99 | ${v.p50ms} / ${v.p99ms} ms, ${v.requestsPerSec} req/s${v.errors || v.non2xx ? `, ${v.errors} errors, ${v.non2xx} non-2xx` : ''} | – | – |${neo && neoBatches ? ' – |' : ''}`);
    }
    log('');
    latencyTable(`latency at ${info.nodes} nodes, one client`, runs, r, q, neoLat);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += (await stat(path.join(e.parentPath, e.name))).size;
  }
  return total;
}

// ---- curation layer ------------------------------------------------------------------------------

/**
 * The cost of reading through the curation layer: the same queries on the bare embedded store and
 * on the curated store over it with 0, 100 and 1000 changes (60% rejected edges, 20% merges,
 * 20% added edges, spread over the graph), and the review queue.
 */
async function benchCuration(n: number): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kg-bench-cur-'));
  try {
    let batches = generateGraph(n, 42, QUICK ? 20 : 100);
    const rand = mulberry32(5);
    const byLabel = (label: string) => batches.flatMap((b) => b.nodes.filter((x) => x.label === label).map((x) => x.id));
    const pick = (xs: string[], k: number) => Array.from({ length: k }, () => xs[Math.floor(rand() * xs.length)]!);
    const ents = byLabel('Enterprise');
    const inds = byLabel('Industry');
    const picks: Picks = { search: ['信创', '海洋', '智能', '芯片', '天津', '园', '公司1'], ids: [...pick(ents, 20), ...pick(inds, 5), ...pick(byLabel('Park'), 5)], enterprises: pick(ents, 20) };
    const plain = await EmbeddedStore.open({ dir: dataDir });
    for (const b of batches) await plain.replaceDocument(b);
    const edgeIds = [...new Set(batches.flatMap((b) => b.edges.filter((e) => e.type !== 'CONTAINS').map((e) => e.id)))];
    batches = [];
    const runsN = QUICK ? 30 : n >= 100_000 ? 60 : 150;
    const table: Record<string, Record<string, Lat>> = { plain: await storeLatencies(plain, picks, runsN) };
    const curated = await CuratedStore.open(plain);
    const actor = { name: 'bench' };
    const writeMs: Record<string, number> = {};
    let made = 0;
    for (const target of [0, 100, 1000]) {
      const t0 = performance.now();
      const before = made;
      while (made < target) {
        const r = rand();
        try {
          if (r < 0.6) await curated.curate({ op: 'reject', kind: 'edge', id: edgeIds[Math.floor(rand() * edgeIds.length)]! }, actor);
          else if (r < 0.8) await curated.curate({ op: 'merge', from: ents[Math.floor(rand() * ents.length)]!, into: ents[Math.floor(rand() * ents.length)]! }, actor);
          else await curated.curate({ op: 'add', kind: 'edge', edge: { type: 'IN_INDUSTRY', source: ents[Math.floor(rand() * ents.length)]!, target: inds[Math.floor(rand() * inds.length)]! }, note: 'bench' }, actor);
          made++;
        } catch {
          // already rejected, merged into itself, exists: draw again
        }
      }
      if (made > before) writeMs[String(target)] = round((performance.now() - t0) / (made - before), 2);
      table[`curated, ${target} changes`] = await storeLatencies(curated, picks, runsN);
      table[`curated, ${target} changes`]!.reviewQueue = await latency(QUICK ? 3 : 5, () => reviewQueue(curated));
    }
    await curated.close();
    results[`curation:${n}`] = { table, msPerChange: writeMs };
    log(`## Curation layer on ${n} nodes (\`bench/generate-graph.ts\`, seed 42)`);
    log('');
    const ops = Object.keys(table.plain!);
    log(`| p50 / p99 ms | ${ops.join(' | ')} | reviewQueue |`);
    log(`|---|${ops.map(() => '---|').join('')}---|`);
    for (const [row, lat] of Object.entries(table)) {
      const ratio = (op: string) => (row === 'plain' ? '' : ` (×${round(lat[op]!.p50 / Math.max(0.001, table.plain![op]!.p50), 1)})`);
      log(`| ${row} | ${ops.map((op) => `${lat[op]!.p50} / ${lat[op]!.p99}${ratio(op)}`).join(' | ')} | ${lat.reviewQueue ? `${lat.reviewQueue.p50} / ${lat.reviewQueue.p99}` : ''} |`);
    }
    log('');
    log(`Making a change (validate, fold, append with fsync): ${Object.entries(writeMs).map(([k, v]) => `${v} ms each up to ${k}`).join(', ')}.`);
    log('');
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

// ---- 3. server under load ---------------------------------------------------------------------

function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}

async function benchServer(dataDir: string): Promise<void> {
  const requests = SEEDS_ROTATION.map((b) => ({ method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json' }, body: b }));
  const duration = QUICK ? 4 : 20;
  const rows: Record<string, unknown>[] = [];
  // With the response cache off (KG_RESPONSE_CACHE_MB=0: every request computed), then as shipped (on).
  for (const cache of ['off', 'on'] as const) {
    const server = await startServe(dataDir, cache === 'off' ? { KG_RESPONSE_CACHE_MB: '0' } : {});
    try {
      for (const connections of [16, 64]) {
        const rssBefore = rssOf(server.pid);
        const res = await autocannon({ url: server.url, connections, duration, requests });
        const rssAfter = rssOf(server.pid);
        rows.push({
          cache,
          connections,
          requestsPerSec: round(res.requests.average, 1),
          p50ms: res.latency.p50,
          p99ms: res.latency.p99,
          total: res.requests.total,
          errors: res.errors + res.timeouts,
          non2xx: res.non2xx,
          rssBeforeMB: mb(rssBefore),
          rssAfterMB: mb(rssAfter),
        });
      }
    } finally {
      await server.stop();
    }
  }
  results.server = { durationSeconds: duration, requests: requests.length, rows };
  log(`## Server under load (GraphQL over HTTP, seeds, ${requests.length} queries in rotation, ${duration} s each, autocannon in the same machine)`);
  log('');
  log('| response cache | concurrent clients | requests/s | p50 ms | p99 ms | requests | errors | non-2xx | server RSS before → after |');
  log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows as { cache: string; connections: number; requestsPerSec: number; p50ms: number; p99ms: number; total: number; errors: number; non2xx: number; rssBeforeMB: number; rssAfterMB: number }[]) {
    log(`| ${r.cache} | ${r.connections} | ${r.requestsPerSec} | ${r.p50ms} | ${r.p99ms} | ${r.total} | ${r.errors} | ${r.non2xx} | ${r.rssBeforeMB} → ${r.rssAfterMB} MB |`);
  }
  log('');
}

// ---- 4. client in Chromium ----------------------------------------------------------------------

async function benchClient(): Promise<void> {
  const ui = path.join(ROOT, 'bench/ui.ts');
  if (!existsSync(ui)) return;
  const mod = (await import(ui)) as { benchUi?: (o: { quick: boolean }) => Promise<Record<string, unknown>> };
  if (!mod.benchUi) return;
  try {
    const r = await mod.benchUi({ quick: QUICK });
    results.ui = r;
    log('## Client in headless Chromium (`bench/ui.ts`)');
    log('');
    log('```json');
    log(JSON.stringify(r, null, 1));
    log('```');
    log('');
  } catch (e) {
    log(`## Client in headless Chromium: skipped (${(e as Error).message.split('\n')[0]})`);
    log('');
  }
}

/**
 * RESULTS.md is assembled from the latest full-size section of every part, so `--only ui`
 * refreshes one part without rerunning the rest; each section says when and where it ran. Called
 * after every part (and every graph size), so a long run that is stopped keeps what it measured.
 */
async function persistSections(machine: { cores: number; memoryGB: number; cpu: string; node: string }): Promise<void> {
  if (QUICK || flag('scales')) return;
  const outDir = path.join(ROOT, 'bench/results');
  const secDir = path.join(outDir, 'sections');
  await mkdir(secDir, { recursive: true });
  const when = `_Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine.cores} cores, ${machine.memoryGB} GiB, ${machine.cpu}, Node ${machine.node}._`;
  for (const [name, body] of sections) {
    if (name === 'header') continue;
    await writeFile(path.join(secDir, `${name}.md`), [...body, when, ''].join('\n'));
  }
  const order = ['targets', 'ingest', 'seeds', 'server', 'synthetic', 'curation', 'ui', 'registry'];
  const parts = ['# Benchmarks', '', 'Reproduce everything with `npm run bench` (about an hour on 2 cores: the 10⁶-node graph dominates), one part with `npm run bench -- --only ingest|seeds|server|synthetic|ui|registry|curation`, a smoke run with `npm run bench -- --quick` (under 2 minutes). Timings vary with the machine and its load; compare the ratios measured within one run. Raw figures: `bench/results/*.json`.', ''];
  for (const name of order) {
    const f = path.join(secDir, `${name}.md`);
    if (existsSync(f)) parts.push(readFileSync(f, 'utf8'));
  }
  await writeFile(path.join(ROOT, 'bench/RESULTS.md'), parts.join('\n'));
}

type Row = Record<string, unknown>;
const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);
function dig(o: unknown, ...keys: string[]): unknown {
  let x = o;
  for (const k of keys) x = x && typeof x === 'object' ? (x as Row)[k] : undefined;
  return x;
}

/** The parts the targets table reads; each row comes from the newest run that measured its part. */
const TARGET_PARTS = ['synthetic:10000', 'synthetic:100000', 'synthetic:1000000', 'server', 'ingest'] as const;
type TargetPart = (typeof TARGET_PARTS)[number];

/**
 * For each part of the targets table, its newest measurement (this run's, or the newest
 * bench/results/*.json that has it) and the one before, with the run each came from. A partial
 * run (`--only ingest,server`) so refreshes its own rows, and every other row says when it was
 * measured instead of passing an older figure off as this run's.
 */
function measurements(stamp: string): { latest: Row; previous: Row; latestRun: Record<string, string>; previousRun: Record<string, string> } {
  const dir = path.join(ROOT, 'bench/results');
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.includes('quick') && !f.startsWith(stamp)).sort().reverse();
  } catch {
    files = [];
  }
  const label = (f: string) => f.slice(0, 16).replace(/T(\d\d)-(\d\d)/, ' $1:$2');
  const sources: { data: Row; run: string }[] = [{ data: results, run: `${label(stamp)} (this run)` }];
  for (const f of files) sources.push({ data: JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Row, run: label(f) });
  const latest: Row = {};
  const previous: Row = {};
  const latestRun: Record<string, string> = {};
  const previousRun: Record<string, string> = {};
  for (const part of TARGET_PARTS) {
    const found = sources.filter((x) => x.data[part] !== undefined);
    if (found[0]) [latest[part], latestRun[part]] = [found[0].data[part], found[0].run];
    if (found[1]) [previous[part], previousRun[part]] = [found[1].data[part], found[1].run];
  }
  return { latest, previous, latestRun, previousRun };
}

/**
 * Issue 15's targets, each at its latest measurement, with the measurement before it, the
 * reference (graphology, same run as the figure) and how far from the target.
 */
function targetsSection(stamp: string): void {
  const { latest: L, previous: P, latestRun, previousRun } = measurements(stamp);
  const fmt = (x: number | undefined, unit: string, d = 2) => (x === undefined ? '–' : `${round(x, d)} ${unit}`.trim());
  const verdict = (x: number | undefined, target: number, atMost: boolean, unit: string) => {
    if (x === undefined) return 'not measured';
    const ok = atMost ? x <= target : x >= target;
    return ok ? 'met' : `missed by ${round(atMost ? x - target : target - x, 2)} ${unit} (${round(atMost ? x / target : target / x, 2)}×)`;
  };
  const s6 = (k: string) => dig(L, 'synthetic:1000000', k);
  const p6 = (k: string) => dig(P, 'synthetic:1000000', k);
  const rows: string[][] = [];
  // Each row says which part it reads, so the table can say when that part was measured.
  const rowParts: TargetPart[] = [];
  const add = (part: TargetPart, cells: string[]) => {
    rows.push(cells);
    rowParts.push(part);
  };
  const heap6 = num(s6('heapMB'));
  const refHeap6 = num(dig(L, 'synthetic:1000000', 'reference', 'heapMB'));
  add('synthetic:1000000', ['10⁶ nodes / 5×10⁶ edges: load on restart', '≤ 30 s', fmt(num(p6('loadSeconds')), 's'), fmt(num(s6('loadSeconds')), 's'), fmt(num(dig(L, 'synthetic:1000000', 'reference', 'buildSeconds')), 's (graphology build)'), verdict(num(s6('loadSeconds')), 30, true, 's')]);
  add('synthetic:1000000', ['same: memory (heap + typed arrays)', '≤ 2.5 GB and ≤ 1.5× graphology', fmt(num(p6('heapMB')), 'MB', 0), `${fmt(heap6, 'MB', 0)}${heap6 && refHeap6 ? ` (${round(heap6 / refHeap6, 2)}× graphology)` : ''}`, fmt(refHeap6, 'MB', 0), heap6 === undefined ? 'not measured' : heap6 <= 2560 && (!refHeap6 || heap6 <= 1.5 * refHeap6) ? 'met' : verdict(heap6, 2560, true, 'MB')]);
  add('synthetic:1000000', ['same: write from scratch', '≤ 60 s', fmt(num(p6('writeSeconds')), 's'), fmt(num(s6('writeSeconds')), 's'), '–', verdict(num(s6('writeSeconds')), 60, true, 's')]);
  add('synthetic:1000000', ['`search` p99 at 10⁶, 1–4 Chinese characters', '≤ 20 ms', fmt(num(dig(P, 'synthetic:1000000', 'store', 'search', 'p99')), 'ms (mixed queries)'), fmt(num(dig(L, 'synthetic:1000000', 'store', 'searchZh', 'p99')), 'ms'), fmt(num(dig(L, 'synthetic:1000000', 'reference', 'scanSearch', 'p99')), 'ms (scan)'), verdict(num(dig(L, 'synthetic:1000000', 'store', 'searchZh', 'p99')), 20, true, 'ms')]);
  add('synthetic:100000', ['`neighborhood` depth 2 (limit 200) p99 at 10⁵, 16 clients over HTTP', '≤ 10 ms', fmt(num(dig(P, 'synthetic:100000', 'graphql', 'neighborhood2', 'p99')), 'ms (one client)'), fmt(num(dig(L, 'synthetic:100000', 'http16', 'neighborhood2', 'p99ms')), 'ms'), fmt(num(dig(L, 'synthetic:100000', 'reference', 'twoHop', 'p99')), 'ms (bare 2-hop)'), verdict(num(dig(L, 'synthetic:100000', 'http16', 'neighborhood2', 'p99ms')), 10, true, 'ms')]);
  add('synthetic:100000', ['`relatedEnterprises` p99 at 10⁵, 16 clients over HTTP', '≤ 10 ms', fmt(num(dig(P, 'synthetic:100000', 'graphql', 'relatedEnterprises', 'p99')), 'ms (one client)'), fmt(num(dig(L, 'synthetic:100000', 'http16', 'relatedEnterprises', 'p99ms')), 'ms'), '–', verdict(num(dig(L, 'synthetic:100000', 'http16', 'relatedEnterprises', 'p99ms')), 10, true, 'ms')]);
  add('synthetic:100000', ['`shortestPaths` p99 at 10⁵ (store call)', '≤ 50 ms', fmt(num(dig(P, 'synthetic:100000', 'store', 'shortestPaths', 'p99')), 'ms'), fmt(num(dig(L, 'synthetic:100000', 'store', 'shortestPaths', 'p99')), 'ms'), fmt(num(dig(L, 'synthetic:100000', 'reference', 'path', 'p99')), 'ms (one path)'), verdict(num(dig(L, 'synthetic:100000', 'store', 'shortestPaths', 'p99')), 50, true, 'ms')]);
  // As shipped (response cache on); rows of runs before the cache have no `cache` field.
  const srv = (dig(L, 'server', 'rows') as Row[] | undefined)?.find((x) => x.connections === 64 && x.cache !== 'off');
  const psrv = (dig(P, 'server', 'rows') as Row[] | undefined)?.find((x) => x.connections === 64 && x.cache !== 'off');
  add('server', ['server on the seeds, 7 queries, 64 clients', '≥ 1,500 req/s, p99 ≤ 50 ms', psrv ? `${psrv.requestsPerSec} req/s, p99 ${psrv.p99ms} ms` : '–', srv ? `${srv.requestsPerSec} req/s, p99 ${srv.p99ms} ms` : '–', '–', srv ? (num(srv.requestsPerSec)! >= 1500 && num(srv.p99ms)! <= 50 ? 'met' : `${verdict(num(srv.requestsPerSec), 1500, false, 'req/s')}; p99 ${verdict(num(srv.p99ms), 50, true, 'ms')}`) : 'not measured']);
  // The cached rows above are a cache's best case (the bench repeats 30 picks / 7 queries): the same
  // figures with every request computed, so the table never hides the uncached cost.
  const srvOff = (dig(L, 'server', 'rows') as Row[] | undefined)?.find((x) => x.connections === 64 && x.cache === 'off');
  const psrvOff = (dig(P, 'server', 'rows') as Row[] | undefined)?.find((x) => x.connections === 64 && x.cache === 'off');
  for (const q of ['neighborhood2', 'relatedEnterprises'] as const) {
    const v = num(dig(L, 'synthetic:100000', 'http16Uncached', q, 'p99ms'));
    add('synthetic:100000', [`\`${q === 'neighborhood2' ? 'neighborhood' : q}\` p99 at 10⁵, 16 clients, response cache off`, '≤ 10 ms', fmt(num(dig(P, 'synthetic:100000', 'http16Uncached', q, 'p99ms')), 'ms'), fmt(v, 'ms'), '–', verdict(v, 10, true, 'ms')]);
  }
  add('server', ['server on the seeds, 64 clients, response cache off', '≥ 1,500 req/s, p99 ≤ 50 ms', psrvOff ? `${psrvOff.requestsPerSec} req/s, p99 ${psrvOff.p99ms} ms` : '–', srvOff ? `${srvOff.requestsPerSec} req/s, p99 ${srvOff.p99ms} ms` : '–', '–', srvOff ? (num(srvOff.requestsPerSec)! >= 1500 && num(srvOff.p99ms)! <= 50 ? 'met' : `${verdict(num(srvOff.requestsPerSec), 1500, false, 'req/s')}; p99 ${verdict(num(srvOff.p99ms), 50, true, 'ms')}`) : 'not measured']);
  const ing = (L.ingest as Row[] | undefined)?.find((x) => x.targetMB === 100);
  const ping = (P.ingest as Row[] | undefined)?.find((x) => x.targetMB === 100);
  add('ingest', ['ingest, 100 MB corpus, end to end', '≥ 2 MB/s, store share ≤ 20%', ping ? `${ping.endToEndMBps} MB/s, store ${Math.round(num(ping.storeWriteShare)! * 100)}%` : '–', ing ? `${ing.endToEndMBps} MB/s with ${ing.workers ?? 1} worker(s) (extraction alone, one thread, ${ing.extractMBps} MB/s), store ${Math.round(num(ing.storeWriteShare)! * 100)}%` : '–', '–', ing ? `${verdict(num(ing.endToEndMBps), 2, false, 'MB/s')}; store share ${num(ing.storeWriteShare)! <= 0.2 ? 'met' : 'missed'}` : 'not measured']);
  const growth = (k: string, to = 1_000_000) => {
    const a = num(dig(L, 'synthetic:10000', k));
    const b = num(dig(L, `synthetic:${to}`, k));
    return a && b ? round(b / a / (to / 10_000), 2) : undefined;
  };
  beginSection('targets');
  log('## Targets of issue 15 (latest measurement of each)');
  log('');
  log("Each row is its part's newest measurement (`measured`: this run, or the run of `bench/results/` it comes from) beside the measurement before it (`previous`). Reference: graphology on the same graph in the same run as the figure. Timings vary with the machine's load; the ratios within one run are what compares.");
  log('');
  log('| figure | target | previous | latest | measured | reference | verdict |');
  log('|---|---|---|---|---|---|---|');
  rows.forEach((r, i) => {
    const part = rowParts[i]!;
    const when = latestRun[part] ? `${latestRun[part]}${previousRun[part] ? ` (previous: ${previousRun[part]})` : ''}` : '–';
    log(`| ${[...r.slice(0, 4), when, ...r.slice(4)].join(' | ')} |`);
  });
  log('');
  const gm = growth('loadPeakRssGrowthMB');
  const gh = growth('heapMB');
  const gl = growth('loadSeconds');
  log(`Growth from 10⁴ to 10⁶ (value at 10⁶ / value at 10⁴ / 100; 1.0 = linear): memory held ${gh ?? '–'}, peak RSS growth while loading ${gm ?? '–'}, load time ${gl ?? '–'}.`);
  log(`Growth from 10⁴ to 10⁵ (value at 10⁵ / value at 10⁴ / 10; 1.0 = linear): memory held ${growth('heapMB', 100_000) ?? '–'}, peak RSS growth while loading ${growth('loadPeakRssGrowthMB', 100_000) ?? '–'}, load time ${growth('loadSeconds', 100_000) ?? '–'}, write ${growth('writeSeconds', 100_000) ?? '–'}.`);
  log('');
  // The machine's load is part of every timing above: say what it was.
  const la = os.loadavg().map((x) => x.toFixed(1)).join(' / ');
  log(`Machine load when this table was written (1 / 5 / 15 min load average on ${os.cpus().length} cores): ${la}. Why each missed target is missed, with profiles: \`bench/PROFILE.md\`.`);
  log('');
}

async function main(): Promise<void> {
  const machine = { cores: os.cpus().length, memoryGB: round(os.totalmem() / 1024 ** 3, 1), cpu: os.cpus()[0]?.model ?? '?', node: process.version, quick: QUICK, gc: !!global.gc };
  results.machine = machine;
  const t0 = performance.now();
  log(`# Benchmarks${QUICK ? ' (quick)' : ''}`);
  log('');
  log(`Machine: ${machine.cores} cores, ${machine.memoryGB} GiB, ${machine.cpu}, Node ${machine.node}. Run: \`npm run bench${QUICK ? ' -- --quick' : ''}\` (figures vary with the machine and its load; compare ratios within one run). Generated ${new Date().toISOString().slice(0, 10)}.`);
  log('');
  if (runs('ingest')) {
    beginSection('ingest');
    await benchIngest();
    await persistSections(machine);
  }
  if (runs('seeds') || runs('server')) {
    beginSection('seeds');
    const seedsDir = await benchSeeds();
    try {
      if (runs('server')) {
        beginSection('server');
        await benchServer(seedsDir);
      }
    } finally {
      await rm(seedsDir, { recursive: true, force: true });
    }
    await persistSections(machine);
  }
  if (runs('synthetic')) beginSection('synthetic');
  const neo = runs('synthetic') ? await maybeNeo4j() : null;
  if (!neo && runs('synthetic')) {
    log('_Neo4j: not measured in this run (set `NEO4J_URI` to add Neo4j columns with the ratio to the embedded store)._');
    log('');
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const outDir = path.join(ROOT, 'bench/results');
  await mkdir(outDir, { recursive: true });
  for (const n of runs('synthetic') ? SCALES : []) {
    await benchSynthetic(n, neo);
    console.error(`synthetic ${n} done at ${round((performance.now() - t0) / 1000, 1)} s`);
    // Targets and raw figures after every size, so a long run that is stopped keeps them.
    if (!QUICK) {
      targetsSection(stamp);
      section = 'synthetic';
    }
    await writeFile(path.join(outDir, `${stamp}${QUICK ? '-quick' : ''}.json`), JSON.stringify(results, null, 1));
    await persistSections(machine);
  }
  await neo?.close();
  if (ONLY?.includes('curation')) {
    beginSection('curation');
    for (const n of flag('scales') ? SCALES : QUICK ? [10_000] : [10_000, 100_000]) await benchCuration(n);
    await persistSections(machine);
  }
  if (runs('ui')) {
    beginSection('ui');
    await benchClient();
    await persistSections(machine);
  }
  if (runs('registry')) {
    beginSection('registry');
    const { benchRegistry } = await import('./registry.ts');
    results.registry = await benchRegistry({ quick: QUICK, log });
    await persistSections(machine);
  }
  clearInterval(sampler);
  console.log(`Total bench time: ${round((performance.now() - t0) / 1000, 1)} s.`);
  // Every full-size run rebuilds the targets table: its own parts' rows are refreshed, the others
  // keep their newest earlier measurement and say when it was taken.
  if (!QUICK && !flag('scales')) targetsSection(stamp);
  // `--only targets` measures nothing: it only rebuilds the table from bench/results/.
  const measured = Object.keys(results).some((k) => k !== 'machine');
  if (measured) await writeFile(path.join(outDir, `${stamp}${QUICK ? '-quick' : ''}.json`), JSON.stringify(results, null, 1));
  await persistSections(machine);
  const wrote = [...(measured ? [`bench/results/${stamp}${QUICK ? '-quick' : ''}.json`] : []), ...(QUICK || flag('scales') ? [] : ['bench/RESULTS.md'])];
  console.log(`\nresults → ${wrote.join(' and ') || 'stdout only'}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
