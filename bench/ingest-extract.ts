// Extraction alone, one document at a time in this thread (no pool, no store): read + decode +
// every stage (ingestFile), over a corpus from bench/generate-corpus.ts. Prints CPU seconds of the
// process and CPU seconds per MB (the figure to compare on a loaded machine), wall seconds and MB/s.
//   npx tsx bench/ingest-extract.ts MB            # a fresh corpus of MB megabytes (seed 7)
//   npx tsx bench/ingest-extract.ts --dir DIR     # the files of DIR (e.g. one generate-corpus.ts wrote)
// Profile: node --cpu-prof --cpu-prof-dir D --import tsx bench/ingest-extract.ts --dir DIR
// --warm N: extract the first N files once before timing (JIT and jieba warm-up left out of the figure).
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createIngestContext, ingestFile } from '../server/src/ingest/index.ts';

const arg = (k: string) => {
  const i = process.argv.indexOf(k);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dirArg = arg('--dir');
const warm = Number(arg('--warm') ?? 0);
const tmp = dirArg ? undefined : await mkdtemp(path.join(os.tmpdir(), 'kg-ingest-extract-'));
try {
  let files: string[];
  if (dirArg) files = (await readdir(dirArg)).sort().map((f) => path.join(dirArg, f));
  else files = (await (await import('./generate-corpus.ts')).generateCorpus(tmp!, Number(process.argv[2] ?? 5) * 2 ** 20)).files;
  let bytes = 0;
  for (const f of files) bytes += (await stat(f)).size;
  const ctx = createIngestContext();
  for (const f of files.slice(0, warm)) await ingestFile(f, ctx);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const f of files) await ingestFile(f, ctx);
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  const mb = bytes / 2 ** 20;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  console.log(JSON.stringify({ documents: files.length, megabytes: r3(mb), cpuSeconds: r3(cpu), cpuSecondsPerMB: r3(cpu / mb), MBperCpuSecond: r3(mb / cpu), wallSeconds: r3(wall), MBps: r3(mb / wall) }));
} finally {
  if (tmp) await rm(tmp, { recursive: true, force: true });
}
