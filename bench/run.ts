// npm run bench [-- --quick]
// Prints figures (never asserts timings) and writes bench/results/<date>.json and bench/RESULTS.md.
//   1. ingest throughput (MB/s, documents/s) on a synthetic corpus made from the seeds;
//   2. store query latency (p50/p99) on the seeds and on a synthetic graph, and the ratio of
//      GraphQL-over-HTTP latency to the bare store call.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFile } from '../server/src/ingest/pipeline.ts';
import { EmbeddedStore } from '../server/src/store/embedded/index.ts';
import { createApp } from '../server/src/graphql/server.ts';
import { relatedEnterprises } from '../server/src/graphql/analysis.ts';
import type { GraphStore } from '../server/src/store/port.ts';
import { generateGraph, mulberry32 } from './generate-graph.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const QUICK = process.argv.includes('--quick');
const results: Record<string, unknown> = {};
const lines: string[] = [];

function log(s = ''): void {
  console.log(s);
  lines.push(s);
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

/** A corpus in the genre: the seeds recombined, with numbered names so entities differ per copy. */
async function makeCorpus(dir: string, targetBytes: number): Promise<{ files: string[]; bytes: number }> {
  const seedDir = path.join(ROOT, 'seeds');
  const seeds = (await readdir(seedDir)).filter((f) => f.endsWith('.txt')).sort();
  const texts = await Promise.all(seeds.map((f) => readFile(path.join(seedDir, f), 'utf8')));
  const rand = mulberry32(7);
  const files: string[] = [];
  let bytes = 0;
  for (let k = 0; bytes < targetBytes; k++) {
    const i = Math.floor(rand() * texts.length);
    const text = texts[i]!.replace(/(中科曙光|飞腾|麒麟|华苑|渤龙湖|海河)/g, (m) => `${m}${k}`);
    const file = path.join(dir, `syn_${String(k).padStart(5, '0')}_${seeds[i]}`);
    await writeFile(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}

async function benchIngest(): Promise<void> {
  const target = QUICK ? 2 * 1024 * 1024 : 24 * 1024 * 1024;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-bench-corpus-'));
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kg-bench-data-'));
  try {
    const { files, bytes } = await makeCorpus(dir, target);
    peakRss = process.memoryUsage().rss;
    let parseMs = 0;
    let storeMs = 0;
    const store = await EmbeddedStore.open({ dir: dataDir });
    for (const f of files) {
      const [t, { batch }] = await time(() => ingestFile(f));
      parseMs += t;
      storeMs += (await time(() => store.replaceDocument(batch)))[0];
    }
    const stats = await store.stats();
    await store.close();
    const r = {
      documents: files.length,
      megabytes: mb(bytes),
      extractMBps: round(bytes / 1024 / 1024 / (parseMs / 1000), 2),
      extractDocsPerSec: round(files.length / (parseMs / 1000), 1),
      endToEndMBps: round(bytes / 1024 / 1024 / ((parseMs + storeMs) / 1000), 2),
      storeWriteShare: round(storeMs / (parseMs + storeMs), 2),
      peakRssMB: mb(peakRss),
      graph: { nodes: stats.nodes, edges: stats.edges },
    };
    results.ingest = r;
    log(`## Ingest (${r.documents} documents, ${r.megabytes} MB made from the seeds)`);
    log('');
    log('| figure | value |');
    log('|---|---|');
    log(`| read + structure + extract | ${r.extractMBps} MB/s, ${r.extractDocsPerSec} documents/s |`);
    log(`| end to end incl. durable store writes | ${r.endToEndMBps} MB/s (store writes ${Math.round(r.storeWriteShare * 100)}% of the time) |`);
    log(`| peak RSS | ${r.peakRssMB} MB |`);
    log(`| resulting graph | ${r.graph.nodes} nodes, ${r.graph.edges} edges |`);
    log('');
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
}

// ---- 2. queries -----------------------------------------------------------------------------

async function queryBench(name: string, store: GraphStore, picks: { search: string[]; ids: string[]; enterprises: string[] }): Promise<void> {
  const n = QUICK ? 30 : 200;
  const calls = { count: 0 };
  const r: Record<string, { p50: number; p99: number; n: number }> = {};
  r.search = await latency(n, (i) => store.search(picks.search[i % picks.search.length]!, { first: 20 }));
  r.neighborhood2 = await latency(n, (i) => store.neighborhood([picks.ids[i % picks.ids.length]!], { depth: 2, limit: 200 }));
  r.shortestPaths = await latency(n, (i) => store.shortestPaths(picks.ids[i % picks.ids.length]!, picks.ids[(i * 7 + 3) % picks.ids.length]!, { maxLength: 6, first: 5 }));
  r.relatedEnterprises = await latency(n, (i) => relatedEnterprises(store, calls, picks.enterprises[i % picks.enterprises.length]!, 20));
  // The same through GraphQL over HTTP (in-process server, loopback).
  const app = await createApp({ store, log: () => undefined });
  const port = await app.listen(0, '127.0.0.1');
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const g: Record<string, { p50: number; p99: number; n: number }> = {};
  g.search = await latency(n, (i) => gql('query($t:String!){search(text:$t){id name label}}', { t: picks.search[i % picks.search.length] }));
  g.neighborhood2 = await latency(n, (i) => gql('query($id:ID!){neighborhood(ids:[$id],depth:2,limit:200){nodes{id name label} edges{id type source{id} target{id}} truncated}}', { id: picks.ids[i % picks.ids.length] }));
  g.shortestPaths = await latency(n, (i) => gql('query($a:ID!,$b:ID!){shortestPaths(from:$a,to:$b){nodes{id name} edges{id type}}}', { a: picks.ids[i % picks.ids.length], b: picks.ids[(i * 7 + 3) % picks.ids.length] }));
  g.relatedEnterprises = await latency(n, (i) => gql('query($id:ID!){relatedEnterprises(id:$id){score reasons enterprise{id name}}}', { id: picks.enterprises[i % picks.enterprises.length] }));
  await app.close();
  results[`queries:${name}`] = { store: r, graphql: g };
  log(`## Query latency: ${name} (ms, ${n} runs each)`);
  log('');
  log('| query | store p50 | store p99 | GraphQL p50 | GraphQL p99 | GraphQL/store (p50) |');
  log('|---|---|---|---|---|---|');
  for (const k of Object.keys(r)) {
    const s = r[k]!;
    const q = g[k]!;
    log(`| ${k} | ${s.p50} | ${s.p99} | ${q.p50} | ${q.p99} | ${round(q.p50 / Math.max(s.p50, 0.001), 1)}× |`);
  }
  log('');
}

async function benchSeeds(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kg-bench-seeds-'));
  try {
    const store = await EmbeddedStore.open({ dir: dataDir });
    const seedDir = path.join(ROOT, 'seeds');
    for (const f of (await readdir(seedDir)).filter((x) => x.endsWith('.txt')).sort()) {
      await store.replaceDocument((await ingestFile(path.join(seedDir, f))).batch);
    }
    const g = await store.exportGraph();
    const ents = g.nodes.filter((x) => x.label === 'Enterprise').map((x) => x.id);
    await queryBench('seeds', store, {
      search: ['科技局', '信创', '飞腾', '海洋', '天津大学', '生物', '园区', '局'],
      ids: g.nodes.filter((x) => x.label !== 'Document').map((x) => x.id).filter((_, i) => i % 7 === 0),
      enterprises: ents.length ? ents : ['enterprise:none'],
    });
    await store.close();
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function benchSynthetic(n: number): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kg-bench-syn-'));
  try {
    const batches = generateGraph(n, 42, QUICK ? 20 : 100);
    global.gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    const store = await EmbeddedStore.open({ dir: dataDir });
    const [writeMs] = await time(async () => {
      for (const b of batches) await store.replaceDocument(b);
    });
    const stats = await store.stats();
    global.gc?.();
    const heap1 = process.memoryUsage().heapUsed;
    await store.close();
    const [loadMs, reopened] = await time(() => EmbeddedStore.open({ dir: dataDir }));
    const info = {
      nodes: stats.nodes,
      edges: stats.edges,
      writeSeconds: round(writeMs / 1000, 2),
      loadSeconds: round(loadMs / 1000, 2),
      bytesPerElement: Math.round((heap1 - heap0) / (stats.nodes + stats.edges)),
    };
    results[`synthetic:${n}`] = info;
    log(`## Synthetic graph: ${info.nodes} nodes, ${info.edges} edges`);
    log('');
    log(`ingest into the store ${info.writeSeconds} s; load from disk on restart ${info.loadSeconds} s; heap ≈ ${info.bytesPerElement} bytes per node+edge${global.gc ? '' : ' (run with --expose-gc for a cleaner figure)'}`);
    log('');
    const rand = mulberry32(3);
    const g = await reopened.exportGraph();
    const pick = (label: string, k: number) => {
      const xs = g.nodes.filter((x) => x.label === label);
      return Array.from({ length: k }, () => xs[Math.floor(rand() * xs.length)]!.id);
    };
    await queryBench(`synthetic ${info.nodes} nodes / ${info.edges} edges`, reopened, {
      search: ['信创', '海洋', '智能', '芯片', '天津', '细胞基因', '园', '公司1'],
      ids: [...pick('Enterprise', 20), ...pick('Industry', 5), ...pick('Park', 5)],
      enterprises: pick('Enterprise', 20),
    });
    await reopened.close();
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const machine = { cores: os.cpus().length, memoryGB: round(os.totalmem() / 1024 ** 3, 1), cpu: os.cpus()[0]?.model ?? '?', node: process.version, quick: QUICK };
  results.machine = machine;
  log(`# Benchmarks${QUICK ? ' (quick)' : ''}`);
  log('');
  log(`Machine: ${machine.cores} cores, ${machine.memoryGB} GiB, ${machine.cpu}, Node ${machine.node}. Run: \`npm run bench${QUICK ? ' -- --quick' : ''}\`.`);
  log('');
  await benchIngest();
  await benchSeeds();
  await benchSynthetic(QUICK ? 10_000 : 100_000);
  clearInterval(sampler);
  const outDir = path.join(ROOT, 'bench/results');
  await mkdir(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  await writeFile(path.join(outDir, `${stamp}${QUICK ? '-quick' : ''}.json`), JSON.stringify(results, null, 1));
  if (!QUICK) await writeFile(path.join(ROOT, 'bench/RESULTS.md'), lines.join('\n') + '\n');
  console.log(`\nresults → bench/results/${stamp}${QUICK ? '-quick' : ''}.json${QUICK ? '' : ' and bench/RESULTS.md'}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
