// npm run bench [-- --quick]
// Prints figures (never asserts timings) and writes bench/results/<date>.json and bench/RESULTS.md.
//   1. ingest throughput (MB/s, documents/s) on a synthetic corpus made from the seeds;
//   2. store query latency (p50/p99) on the seeds and on a synthetic graph, and the ratio of
//      GraphQL-over-HTTP latency to the bare store call.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
import { generateGraph, mulberry32 } from './generate-graph.ts';
import { generateCorpus } from './generate-corpus.ts';

/** One lexicon for every ingest of the run (loaded once, as the CLI does). */
const ingestContext = createIngestContext();

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const QUICK = process.argv.includes('--quick');
/** `--only ingest,seeds,server,synthetic,ui,registry,curation` runs a subset (curation only when named); `--scales 10000,100000` picks graph sizes. */
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
    let parseMs = 0;
    let storeMs = 0;
    const store = await EmbeddedStore.open({ dir: dataDir });
    for (const f of files) {
      const [t, { batch }] = await time(() => ingestFile(f, ingestContext));
      parseMs += t;
      storeMs += (await time(() => store.replaceDocument(batch)))[0];
    }
    const stats = await store.stats();
    await store.close();
    return {
      targetMB: megabytes,
      documents: files.length,
      megabytes: mb(bytes),
      extractMBps: round(bytes / 1024 / 1024 / (parseMs / 1000), 2),
      extractDocsPerSec: round(files.length / (parseMs / 1000), 1),
      endToEndMBps: round(bytes / 1024 / 1024 / ((parseMs + storeMs) / 1000), 2),
      endToEndSeconds: round((parseMs + storeMs) / 1000, 1),
      storeWriteShare: round(storeMs / (parseMs + storeMs), 2),
      rssBeforeMB: mb(rss0),
      peakRssMB: mb(peakRss),
      graph: { nodes: stats.nodes, edges: stats.edges },
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
  log('Each corpus is ingested file by file into a fresh embedded store: read + structure + extraction, then a durable per-document write.');
  log('');
  log('| corpus | documents | extract MB/s | extract docs/s | end-to-end MB/s | total s | store share | peak RSS MB | graph |');
  log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows as { megabytes: number; documents: number; extractMBps: number; extractDocsPerSec: number; endToEndMBps: number; endToEndSeconds: number; storeWriteShare: number; peakRssMB: number; graph: { nodes: number; edges: number } }[]) {
    log(`| ${r.megabytes} MB | ${r.documents} | ${r.extractMBps} | ${r.extractDocsPerSec} | ${r.endToEndMBps} | ${r.endToEndSeconds} | ${Math.round(r.storeWriteShare * 100)}% | ${r.peakRssMB} | ${r.graph.nodes} nodes, ${r.graph.edges} edges |`);
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

async function benchSynthetic(n: number, neo: GraphStore | null): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kg-bench-syn-'));
  try {
    let batches = generateGraph(n, 42, QUICK ? 20 : 100);
    const rand = mulberry32(3);
    const byLabel = (label: string) => batches.flatMap((b) => b.nodes.filter((x) => x.label === label).map((x) => x.id));
    const pick = (xs: string[], k: number) => Array.from({ length: k }, () => xs[Math.floor(rand() * xs.length)]!);
    const ents = byLabel('Enterprise');
    const picks: Picks = {
      search: ['信创', '海洋', '智能', '芯片', '天津', '细胞基因', '园', '公司1', 'xinchuang', 'tj'],
      ids: [...pick(ents, 20), ...pick(byLabel('Industry'), 5), ...pick(byLabel('Park'), 5)],
      enterprises: pick(ents, 20),
    };
    global.gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    const store = await EmbeddedStore.open({ dir: dataDir });
    const [writeMs] = await time(async () => {
      for (const b of batches) await store.replaceDocument(b);
    });
    const stats = await store.stats();
    await store.close();
    const docIds = batches.map((b) => b.documentId);
    const neoBatches = neo && n <= 100_000 ? batches : null;
    batches = [];
    global.gc?.();
    const heap1 = process.memoryUsage().heapUsed;
    const [loadMs, reopened] = await time(() => EmbeddedStore.open({ dir: dataDir }));
    global.gc?.();
    const heap2 = process.memoryUsage().heapUsed;
    const diskBytes = await dirBytes(dataDir);
    const info = {
      nodes: stats.nodes,
      edges: stats.edges,
      writeSeconds: round(writeMs / 1000, 2),
      loadSeconds: round(loadMs / 1000, 2),
      heapBytesPerElement: Math.round((heap2 - heap1) / (stats.nodes + stats.edges)),
      diskBytesPerElement: Math.round(diskBytes / (stats.nodes + stats.edges)),
      heapMB: mb(heap2 - heap0),
    };
    const runs = QUICK ? 30 : n >= 1_000_000 ? 30 : n >= 100_000 ? 100 : 200;
    const r = await storeLatencies(reopened, picks, runs);
    const q = await graphqlLatencies(reopened, picks, runs);
    await reopened.close();
    let neoLat: Record<string, Lat> | undefined;
    if (neo && neoBatches) {
      const [neoWriteMs] = await time(async () => {
        for (const b of neoBatches) await neo.replaceDocument(b);
      });
      neoLat = await storeLatencies(neo, picks, runs);
      for (const id of docIds) await neo.removeDocument(id); // leave the user's Neo4j as it was
      (info as Record<string, unknown>).neo4jWriteSeconds = round(neoWriteMs / 1000, 2);
    }
    results[`synthetic:${n}`] = { ...info, store: r, graphql: q, ...(neoLat ? { neo4j: neoLat } : {}) };
    log(`## Synthetic graph: ${info.nodes} nodes, ${info.edges} edges (\`bench/generate-graph.ts\`, seed 42)`);
    log('');
    log(`| write into the store | load on restart | heap per node+edge | disk per node+edge | heap total |${neo && neoBatches ? ' Neo4j write |' : ''}`);
    log(`|---|---|---|---|---|${neo && neoBatches ? '---|' : ''}`);
    log(`| ${info.writeSeconds} s | ${info.loadSeconds} s | ${info.heapBytesPerElement} B | ${info.diskBytesPerElement} B | ${info.heapMB} MB |${neo && neoBatches ? ` ${(info as Record<string, unknown>).neo4jWriteSeconds} s |` : ''}`);
    log('');
    latencyTable(`latency at ${info.nodes} nodes`, runs, r, q, neoLat);
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
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/src/cli.ts'), 'serve', '--port', '0', '--host', '127.0.0.1', '--data', dataDir], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.setEncoding('utf8');
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const t = setTimeout(() => reject(new Error('server did not start')), 60_000);
    child.stdout!.on('data', (d: string) => {
      out += d;
      const m = /http:\/\/localhost:(\d+)/.exec(out);
      if (m) {
        clearTimeout(t);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    });
    child.on('exit', (c) => reject(new Error(`server exited ${c}`)));
  });
  const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
  // A mix of what the three kinds of users send.
  const requests = [
    body('query($t:String!){search(text:$t){id name label}}', { t: '信创' }),
    body('query($t:String!){search(text:$t,labels:[Enterprise]){id name}}', { t: '飞腾' }),
    body('{neighborhood(ids:["enterprise:飞腾"],depth:2,limit:200){nodes{id name label} edges{id type source{id} target{id}} truncated}}'),
    body('{shortestPaths(from:"enterprise:飞腾",to:"park:海洋片区"){nodes{id name} edges{type}}}'),
    body('{relatedEnterprises(id:"enterprise:飞腾"){score reasons enterprise{name}}}'),
    body('{industryChain(id:"industry:信创"){segments{industry{name} gap enterprises{name}}}}'),
    body('{documents{id title measures{number departments{role department{name}}}}}'),
  ].map((b) => ({ method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json' }, body: b }));
  const duration = QUICK ? 4 : 20;
  const rows: Record<string, unknown>[] = [];
  try {
    for (const connections of [16, 64]) {
      const rssBefore = rssOf(child.pid!);
      const res = await autocannon({ url, connections, duration, requests });
      const rssAfter = rssOf(child.pid!);
      rows.push({
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
    child.kill('SIGTERM');
  }
  results.server = { durationSeconds: duration, requests: requests.length, rows };
  log(`## Server under load (GraphQL over HTTP, seeds, ${requests.length} queries in rotation, ${duration} s each, autocannon in the same machine)`);
  log('');
  log('| concurrent clients | requests/s | p50 ms | p99 ms | requests | errors | non-2xx | server RSS before → after |');
  log('|---|---|---|---|---|---|---|---|');
  for (const r of rows as { connections: number; requestsPerSec: number; p50ms: number; p99ms: number; total: number; errors: number; non2xx: number; rssBeforeMB: number; rssAfterMB: number }[]) {
    log(`| ${r.connections} | ${r.requestsPerSec} | ${r.p50ms} | ${r.p99ms} | ${r.total} | ${r.errors} | ${r.non2xx} | ${r.rssBeforeMB} → ${r.rssAfterMB} MB |`);
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
  const order = ['ingest', 'seeds', 'server', 'synthetic', 'curation', 'ui', 'registry'];
  const parts = ['# Benchmarks', '', 'Reproduce everything with `npm run bench` (about an hour on 2 cores: the 10⁶-node graph dominates), one part with `npm run bench -- --only ingest|seeds|server|synthetic|ui|registry|curation`, a smoke run with `npm run bench -- --quick` (under 2 minutes). Timings vary with the machine and its load; compare the ratios measured within one run. Raw figures: `bench/results/*.json`.', ''];
  for (const name of order) {
    const f = path.join(secDir, `${name}.md`);
    if (existsSync(f)) parts.push(readFileSync(f, 'utf8'));
  }
  await writeFile(path.join(ROOT, 'bench/RESULTS.md'), parts.join('\n'));
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
  for (const n of runs('synthetic') ? SCALES : []) {
    await benchSynthetic(n, neo);
    console.error(`synthetic ${n} done at ${round((performance.now() - t0) / 1000, 1)} s`);
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
  const outDir = path.join(ROOT, 'bench/results');
  await mkdir(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  await writeFile(path.join(outDir, `${stamp}${QUICK ? '-quick' : ''}.json`), JSON.stringify(results, null, 1));
  await persistSections(machine);
  console.log(`\nresults → bench/results/${stamp}${QUICK ? '-quick' : ''}.json${QUICK || flag('scales') ? '' : ' and bench/RESULTS.md'}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
