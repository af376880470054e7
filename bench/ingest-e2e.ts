// The ingest users run, end to end: `ingestPaths` (what `kg ingest` and `npm start` call) over a
// corpus into a fresh embedded store: files read and extracted in the ingest worker pool
// (KG_INGEST_WORKERS, one per core by default), committed durably one by one in file order while
// the next files are extracted. Shared by bench/run.ts and bench/store-ingest.ts --e2e.
// The store's share is the wall time spent in `replaceDocument` over the whole wall time; CPU
// seconds are the process's (every thread: the workers' extraction and the store's commits).
import { ingestPaths } from '../server/src/ingest-command.ts';
import { closeIngestQueue, ingestQueue } from '../server/src/ingest-worker/queue.ts';
import type { GraphBatch } from '../server/src/model.ts';
import { EmbeddedStore } from '../server/src/store/embedded/index.ts';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

export interface EndToEnd {
  workers: number;
  documents: number;
  failed: number;
  wallSeconds: number;
  cpuSeconds: number;
  storeSeconds: number;
  storeShare: number;
  /** mean commit of the last tenth of documents / the first tenth (1.0 = no growth) */
  commitGrowth: number;
  firstTenthCommitMs: number;
  lastTenthCommitMs: number;
  nodes: number;
  edges: number;
}

/** Ingest `files` into a fresh store in `dataDir` as `kg ingest` does; the pool is closed afterwards. */
export async function ingestEndToEnd(files: string[], dataDir: string): Promise<EndToEnd> {
  const store = await EmbeddedStore.open({ dir: dataDir });
  const per: number[] = [];
  const replace = store.replaceDocument.bind(store);
  // Time each commit where ingestPaths makes it (the store object itself is what it writes to).
  store.replaceDocument = async (batch: GraphBatch) => {
    const t = performance.now();
    try {
      await replace(batch);
    } finally {
      per.push(performance.now() - t);
    }
  };
  const workers = ingestQueue().workers;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let outcome;
  try {
    outcome = await ingestPaths(store, files);
  } finally {
    await closeIngestQueue();
  }
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const stats = await store.stats();
  await store.close();
  const storeMs = per.reduce((a, b) => a + b, 0);
  const tenth = Math.max(1, Math.floor(per.length / 10));
  const first = mean(per.slice(0, tenth));
  const last = mean(per.slice(-tenth));
  return {
    workers,
    documents: outcome.ok,
    failed: outcome.failed,
    wallSeconds: wallMs / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    storeSeconds: storeMs / 1000,
    storeShare: storeMs / wallMs,
    commitGrowth: last / first,
    firstTenthCommitMs: first,
    lastTenthCommitMs: last,
    nodes: stats.nodes,
    edges: stats.edges,
  };
}
