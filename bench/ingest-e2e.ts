// The ingest users run, end to end: `ingestPaths` (what `kg ingest` and `npm start` call) over a
// corpus into a fresh embedded store: files read and extracted in the ingest worker pool
// (KG_INGEST_WORKERS, one per core by default), committed durably in file order, a group of documents
// per commit (ingest-command.ts), while the next files are extracted. Shared by bench/run.ts and bench/store-ingest.ts --e2e.
// The store's share is the wall time during which a commit is outstanding over the whole wall time; CPU
// seconds are the process's (every thread: the workers' extraction and the store's commits).
import { ingestPaths } from '../server/src/ingest-command.ts';
import { closeIngestQueue, ingestQueue } from '../server/src/ingest-worker/queue.ts';
import type { EncodedBatch } from '../server/src/batch-codec.ts';
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
  /** Snapshots the store wrote during the ingest (when a burst paused), and their wall seconds (inside storeSeconds when a commit waited for one). */
  snapshots: number;
  snapshotSeconds: number;
  /** mean commit of the last tenth of documents / the first tenth (1.0 = no growth) */
  commitGrowth: number;
  firstTenthCommitMs: number;
  lastTenthCommitMs: number;
  nodes: number;
  edges: number;
  /** CPU seconds per thread of the process (Linux: /proc/self/task), read before the pool closes, busiest first. */
  threads?: { name: string; cpuSeconds: number }[];
}

/** CPU seconds of each live thread of this process, by its name (Linux only; [] elsewhere). */
export async function threadCpu(): Promise<{ name: string; cpuSeconds: number }[]> {
  const { readdir, readFile } = await import('node:fs/promises');
  const tick = 100; // USER_HZ
  const out: { name: string; cpuSeconds: number }[] = [];
  try {
    for (const tid of await readdir('/proc/self/task')) {
      const stat = await readFile(`/proc/self/task/${tid}/stat`, 'utf8').catch(() => '');
      const close = stat.lastIndexOf(')');
      if (close < 0) continue;
      const name = `${stat.slice(stat.indexOf('(') + 1, close)}#${Number(tid) - process.pid}`;
      const f = stat.slice(close + 2).split(' ');
      out.push({ name, cpuSeconds: (Number(f[11]) + Number(f[12])) / tick });
    }
  } catch {
    return [];
  }
  return out.filter((t) => t.cpuSeconds > 0).sort((a, b) => b.cpuSeconds - a.cpuSeconds);
}

/** Ingest `files` into a fresh store in `dataDir` as `kg ingest` does; the pool is closed afterwards. */
export async function ingestEndToEnd(files: string[], dataDir: string): Promise<EndToEnd> {
  const store = await EmbeddedStore.open({ dir: dataDir });
  const per: number[] = [];
  const replace = store.replaceDocument.bind(store);
  // The store is busy from the moment a document is handed to it until every document handed
  // so far is committed: ingestPaths hands over a group at a time (group commits), so the busy
  // time is the union of those intervals, not the sum per document (which would count a group's
  // commit once per document). per[] holds each group's (busy interval's) wall time per document.
  // Snapshots written during the ingest (a private method: this bench looks inside on purpose).
  const inner = store as unknown as { snapshotNow: () => Promise<void> };
  const snap = inner.snapshotNow.bind(store);
  let snapshots = 0;
  let snapshotMs = 0;
  inner.snapshotNow = async () => {
    const t = performance.now();
    try {
      await snap();
    } finally {
      snapshots++;
      snapshotMs += performance.now() - t;
    }
  };
  let outstanding = 0;
  let busySince = 0;
  let busyDocs = 0;
  let storeMs = 0;
  // The worker's encoded batch file goes on to the store, as in `kg ingest` (dropping it made the
  // store encode every batch again on this thread).
  store.replaceDocument = async (batch: GraphBatch, encoded?: EncodedBatch) => {
    if (outstanding++ === 0) {
      busySince = performance.now();
      busyDocs = 0;
    }
    busyDocs++;
    try {
      await replace(batch, encoded);
    } finally {
      if (--outstanding === 0) {
        const d = performance.now() - busySince;
        storeMs += d;
        for (let k = 0; k < busyDocs; k++) per.push(d / busyDocs);
      }
    }
  };
  const workers = ingestQueue().workers;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let outcome;
  let threads: EndToEnd['threads'];
  try {
    outcome = await ingestPaths(store, files);
    threads = await threadCpu();
  } finally {
    await closeIngestQueue();
  }
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const stats = await store.stats();
  const during = { snapshots, snapshotSeconds: snapshotMs / 1000 };
  await store.close();
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
    ...during,
    commitGrowth: last / first,
    firstTenthCommitMs: first,
    lastTenthCommitMs: last,
    nodes: stats.nodes,
    edges: stats.edges,
    threads,
  };
}

// CLI: `npx tsx bench/ingest-e2e.ts --dir DIR [--keep DATADIR]` ingests the files of DIR (e.g. what
// bench/generate-corpus.ts wrote) end to end into a fresh store and prints the figures as JSON, with
// CPU seconds per MB (the figure to compare on a loaded machine). --keep leaves the data directory.
if (process.argv[1] && (await import('node:path')).resolve(process.argv[1]) === (await import('node:url')).fileURLToPath(import.meta.url)) {
  const { mkdtemp, readdir, rm, stat } = await import('node:fs/promises');
  const os = await import('node:os');
  const path = await import('node:path');
  const arg = (k: string) => {
    const i = process.argv.indexOf(k);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const dir = arg('--dir');
  if (!dir) {
    console.error('用法 / usage: tsx bench/ingest-e2e.ts --dir <corpus dir> [--keep <data dir>]');
    process.exit(2);
  }
  const files = (await readdir(dir)).sort().map((f) => path.join(dir, f));
  let bytes = 0;
  for (const f of files) bytes += (await stat(f)).size;
  const keep = arg('--keep');
  const dataDir = keep ?? (await mkdtemp(path.join(os.tmpdir(), 'kg-ingest-e2e-')));
  try {
    const e = await ingestEndToEnd(files, dataDir);
    const mb = bytes / 2 ** 20;
    const r3 = (x: number) => Math.round(x * 1000) / 1000;
    console.log(JSON.stringify({ megabytes: r3(mb), workers: e.workers, documents: e.documents, failed: e.failed, nodes: e.nodes, edges: e.edges, wallSeconds: r3(e.wallSeconds), MBps: r3(mb / e.wallSeconds), cpuSeconds: r3(e.cpuSeconds), cpuSecondsPerMB: r3(e.cpuSeconds / mb), storeShare: r3(e.storeShare), threads: e.threads?.map((t) => `${t.name} ${t.cpuSeconds}`) }));
  } finally {
    if (!keep) await rm(dataDir, { recursive: true, force: true });
  }
}
