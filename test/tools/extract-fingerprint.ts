// Output-identity check for ingest performance work: extracts every document of seeds/, every
// ingestible file under test/fixtures/ (truth-blind, truth-blind2, truth-heldout, genre, read, …)
// and a small generated corpus (bench/generate-corpus.ts), and hashes each full result (the batch:
// nodes, edges, evidence, basis, confidence; and the report) as JSON, in the pipeline's own order.
// A failure (an IngestError) is hashed as its code and message. Byte-identical output ⇔ same hashes.
//
//   npx tsx test/tools/extract-fingerprint.ts --out /tmp/before.txt     # record
//   npx tsx test/tools/extract-fingerprint.ts --check /tmp/before.txt   # compare: exit 1 and the
//                                                                       # documents that differ
// Options: --corpus-mb N (default 2; 0 skips the corpus), --dump DIR (writes each result as JSON,
// to diff one document's output), --pool (extract through the ingest worker pool, as `kg ingest`
// does, instead of in this thread).
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { describeError } from '../../server/src/errors.ts';
import { createIngestContext, ingestFile } from '../../server/src/ingest/index.ts';
import { formatOf } from '../../server/src/ingest/read/index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (formatOf(e.name)) out.push(p);
  }
  return out;
}

const corpusMb = Number(arg('--corpus-mb') ?? 2);
const dumpDir = arg('--dump');
const usePool = process.argv.includes('--pool');
const files = [...(await walk(path.join(ROOT, 'seeds'))), ...(await walk(path.join(ROOT, 'test/fixtures')))];
const tmp = await mkdtemp(path.join(os.tmpdir(), 'kg-fingerprint-'));
try {
  if (corpusMb > 0) files.push(...(await generateCorpus(tmp, corpusMb * 1024 * 1024)).files);
  if (dumpDir) await mkdir(dumpDir, { recursive: true });

  const ctx = createIngestContext();
  type Outcome = { batch: unknown; report: unknown } | { error: { code: string; message: string } };
  let extract: (f: string) => Promise<Outcome>;
  let close = async () => {};
  if (usePool) {
    const { ingestQueue, closeIngestQueue } = await import('../../server/src/ingest-worker/queue.ts');
    extract = (f) => ingestQueue().run({ kind: 'file', path: f, report: true });
    close = closeIngestQueue;
  } else {
    extract = async (f) => {
      const { batch, report } = await ingestFile(f, ctx);
      return { batch, report };
    };
  }
  const t0 = performance.now();
  // in this thread one at a time; through the pool a few in flight (its queue refuses more than 16)
  const outcomes: Outcome[] = new Array(files.length);
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const i = next++;
      outcomes[i] = await extract(files[i]!).catch((e: unknown) => {
        const d = describeError(e);
        return { error: { code: d.code, message: e instanceof Error ? e.message : String(e) } };
      });
    }
  };
  await Promise.all(Array.from({ length: usePool ? 8 : 1 }, lane));
  const ms = performance.now() - t0;
  await close();

  const lines: string[] = [];
  const all = createHash('sha256');
  for (let i = 0; i < files.length; i++) {
    const json = JSON.stringify(outcomes[i]);
    const h = createHash('sha256').update(json).digest('hex').slice(0, 16);
    all.update(h);
    const rel = path.relative(ROOT, files[i]!).startsWith('..') ? `corpus/${path.basename(files[i]!)}` : path.relative(ROOT, files[i]!);
    lines.push(`${h}  ${rel}`);
    if (dumpDir) await writeFile(path.join(dumpDir, rel.replace(/[/\\]/g, '__') + '.json'), JSON.stringify(outcomes[i], null, 1));
  }
  const total = all.digest('hex').slice(0, 16);
  lines.push(`${total}  TOTAL (${files.length} documents)`);
  console.error(`${files.length} documents extracted in ${(ms / 1000).toFixed(1)} s; total ${total}`);

  const out = arg('--out');
  if (out) await writeFile(out, lines.join('\n') + '\n');
  const check = arg('--check');
  if (check) {
    const want = new Map((await readFile(check, 'utf8')).trim().split('\n').map((l) => [l.slice(18), l.slice(0, 16)] as const));
    const got = new Map(lines.map((l) => [l.slice(18), l.slice(0, 16)] as const));
    const differ = [...new Set([...want.keys(), ...got.keys()])].filter((k) => want.get(k) !== got.get(k));
    if (differ.length > 0) {
      console.error(`DIFFERENT: ${differ.length} entries`);
      for (const k of differ) console.error(`  ${want.get(k) ?? '(absent)'} → ${got.get(k) ?? '(absent)'}  ${k}`);
      process.exitCode = 1;
    } else {
      console.error(`IDENTICAL to ${check}`);
    }
  }
  if (!out && !check) console.log(lines.join('\n'));
} finally {
  await rm(tmp, { recursive: true, force: true });
}
