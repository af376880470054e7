// npx tsx bench/store-ingest.ts MB [--pool | --e2e]
// --e2e: the ingest users run (`kg ingest`: ingestPaths, the worker pool, commits in file order
// while later files are extracted; bench/ingest-e2e.ts), printed with the worker count, wall and
// CPU seconds, the store's share of the wall time and the commit growth. Without it:
// The store's share of an ingest: a corpus from bench/generate-corpus.ts is extracted first, then
// every document is committed (durably, one by one, as `kg ingest` does) into a fresh embedded
// store. Prints the commit time, its growth (mean of the last 10% of commits / the first 10%)
// and the store's share of extraction + commits. KG_KEEP_DIR=DIR keeps the data directory.
// --group N: see below. --pool extracts through the ingest worker pool as `kg ingest` does (one worker per core,
// KG_INGEST_WORKERS; two files per worker in flight) instead of one document at a time in this
// thread; the batches are the same, extractSeconds is then wall time across the workers.
// KG_BATCH_CACHE=FILE: the extracted batches (and the extraction time) are read from FILE when it
// exists, else written to it: to time or profile the store's part again without re-extracting
// (the cache is only as current as the extractor that wrote it).
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { closeIngestQueue, ingestQueue } from '../server/src/ingest-worker/queue.ts';
import { createIngestContext } from '../server/src/ingest/context.ts';
import { ingestFile } from '../server/src/ingest/index.ts';
import type { GraphBatch } from '../server/src/model.ts';
import { EmbeddedStore } from '../server/src/store/embedded/index.ts';
import { generateCorpus } from './generate-corpus.ts';
import { ingestEndToEnd } from './ingest-e2e.ts';
import { groupedCommits, timedCommits } from './store-timing.ts';

const megabytes = Number(process.argv[2] ?? 10);
const pool = process.argv.includes('--pool');
// --group N: the cached batches are handed to the store N at a time, in one tick (what ingestPaths
// does with GROUP_DOCS), so that they commit as groups; the figures are per group, not per document.
const groupArg = process.argv.indexOf('--group');
const group = groupArg >= 0 ? Number(process.argv[groupArg + 1]) : 1;
const r2 = (x: number) => Math.round(x * 100) / 100;

const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-store-ingest-corpus-'));
const keep = process.env.KG_KEEP_DIR;
const dataDir = keep ?? (await mkdtemp(path.join(os.tmpdir(), 'kg-store-ingest-data-')));
try {
  if (process.argv.includes('--e2e')) {
    const corpus = await generateCorpus(dir, megabytes * 1024 * 1024);
    const e = await ingestEndToEnd(corpus.files, dataDir);
    const mbs = corpus.bytes / 2 ** 20;
    console.log(
      JSON.stringify({
        megabytes: r2(mbs),
        extraction: `worker pool (${e.workers})`,
        workers: e.workers,
        documents: e.documents,
        failed: e.failed,
        nodes: e.nodes,
        edges: e.edges,
        endToEndSeconds: r2(e.wallSeconds),
        endToEndMBps: r2(mbs / e.wallSeconds),
        cpuSeconds: r2(e.cpuSeconds),
        cpuMBps: r2(mbs / e.cpuSeconds),
        storeSeconds: r2(e.storeSeconds),
        storeShare: r2(e.storeShare),
        snapshotsDuringIngest: e.snapshots,
        snapshotSecondsDuringIngest: r2(e.snapshotSeconds),
        firstTenthCommitMs: r2(e.firstTenthCommitMs),
        lastTenthCommitMs: r2(e.lastTenthCommitMs),
        growth: r2(e.commitGrowth),
      }),
    );
  } else {
  const cache = process.env.KG_BATCH_CACHE;
  let files: string[];
  let bytes: number;
  let batches: GraphBatch[] = [];
  let parseMs: number;
  let workers = 0;
  if (cache && existsSync(cache)) {
    const c = JSON.parse(await readFile(cache, 'utf8')) as { documents: number; bytes: number; parseMs: number; batches: GraphBatch[] };
    files = new Array<string>(c.documents);
    bytes = c.bytes;
    parseMs = c.parseMs;
    batches = c.batches;
  } else {
    const corpus = await generateCorpus(dir, megabytes * 1024 * 1024);
    files = corpus.files;
    bytes = corpus.bytes;
    const ctx = createIngestContext();
    const t0 = performance.now();
    if (pool) {
      const q = ingestQueue();
      workers = q.workers;
      const ahead = q.workers * 2;
      const inFlight = files.slice(0, ahead).map((f) => q.run({ kind: 'file', path: f }));
      for (let i = 0; i < files.length; i++) {
        batches.push((await inFlight[i]!).batch);
        if (i + ahead < files.length) inFlight[i + ahead] = q.run({ kind: 'file', path: files[i + ahead]! });
      }
      await closeIngestQueue();
    } else for (const f of files) batches.push((await ingestFile(f, ctx)).batch);
    parseMs = performance.now() - t0;
    if (cache) await writeFile(cache, JSON.stringify({ documents: files.length, bytes, parseMs, batches }));
  }
  const store = await EmbeddedStore.open({ dir: dataDir });
  const c = group > 1 ? await groupedCommits(store, batches, group) : await timedCommits(store, batches);
  const storeMs = c.totalMs;
  const stats = await store.stats();
  await store.close();
  console.log(
    JSON.stringify({
      megabytes: r2(bytes / 2 ** 20),
      extraction: pool ? `worker pool (${workers})` : 'this thread',
      documents: files.length,
      nodes: stats.nodes,
      edges: stats.edges,
      extractSeconds: r2(parseMs / 1000),
      extractMBps: r2(bytes / 2 ** 20 / (parseMs / 1000)),
      storeSeconds: r2(storeMs / 1000),
      storeCpuSeconds: r2(c.cpuSeconds),
      // per MB of corpus: equal at 10 and 30 MB when the store's work is linear in the corpus
      storeSecondsPerMB: r2(storeMs / 1000 / (bytes / 2 ** 20)),
      storeCpuSecondsPerMB: r2(c.cpuSeconds / (bytes / 2 ** 20)),
      storeShare: r2(storeMs / (parseMs + storeMs)),
      endToEndMBps: r2(bytes / 2 ** 20 / ((parseMs + storeMs) / 1000)),
      firstTenthCommitMs: r2(c.firstTenthMs),
      lastTenthCommitMs: r2(c.lastTenthMs),
      growth: r2(c.growth),
    }),
  );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
  if (!keep) await rm(dataDir, { recursive: true, force: true });
}
