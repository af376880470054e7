// npx tsx bench/store-ingest.ts MB
// The store's share of an ingest: a corpus from bench/generate-corpus.ts is extracted first, then
// every document is committed (durably, one by one, as `kg ingest` does) into a fresh embedded
// store. Prints the commit time, its growth (mean of the last 10% of commits / the first 10%)
// and the store's share of extraction + commits. KG_KEEP_DIR=DIR keeps the data directory.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createIngestContext } from '../server/src/ingest/context.ts';
import { ingestFile } from '../server/src/ingest/index.ts';
import type { GraphBatch } from '../server/src/model.ts';
import { EmbeddedStore } from '../server/src/store/embedded/index.ts';
import { generateCorpus } from './generate-corpus.ts';
import { timedCommits } from './store-timing.ts';

const megabytes = Number(process.argv[2] ?? 10);
const r2 = (x: number) => Math.round(x * 100) / 100;

const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-store-ingest-corpus-'));
const keep = process.env.KG_KEEP_DIR;
const dataDir = keep ?? (await mkdtemp(path.join(os.tmpdir(), 'kg-store-ingest-data-')));
try {
  const { files, bytes } = await generateCorpus(dir, megabytes * 1024 * 1024);
  const ctx = createIngestContext();
  const batches: GraphBatch[] = [];
  const t0 = performance.now();
  for (const f of files) batches.push((await ingestFile(f, ctx)).batch);
  const parseMs = performance.now() - t0;
  const store = await EmbeddedStore.open({ dir: dataDir });
  const c = await timedCommits(store, batches);
  const storeMs = c.totalMs;
  const stats = await store.stats();
  await store.close();
  console.log(
    JSON.stringify({
      megabytes: r2(bytes / 2 ** 20),
      documents: files.length,
      nodes: stats.nodes,
      edges: stats.edges,
      extractSeconds: r2(parseMs / 1000),
      storeSeconds: r2(storeMs / 1000),
      storeCpuSeconds: r2(c.cpuSeconds),
      storeShare: r2(storeMs / (parseMs + storeMs)),
      endToEndMBps: r2(bytes / 2 ** 20 / ((parseMs + storeMs) / 1000)),
      firstTenthCommitMs: r2(c.firstTenthMs),
      lastTenthCommitMs: r2(c.lastTenthMs),
      growth: r2(c.growth),
    }),
  );
} finally {
  await rm(dir, { recursive: true, force: true });
  if (!keep) await rm(dataDir, { recursive: true, force: true });
}
