// `npm start`: ingest seeds/ into the configured store when it is empty or the seeds changed,
// then serve the app and the API on one port (PORT, default 4000). Unchanged seeds are skipped
// only while the extraction is the same too: a fingerprint of the lexicon and the ingest code is
// kept beside the data, so editing seeds/lexicon/ (or upgrading) re-extracts on the next start.
import './production.ts'; // first: before graphql is loaded
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverConfig } from './config.ts';
import { describeError } from './errors.ts';
import { ingestPaths } from './ingest-command.ts';
import { DEFAULT_LEXICON_DIR } from './ingest/lexicon/index.ts';
import { serve } from './serve.ts';
import { openStore } from './store/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** sha256 over the lexicon files and the ingest code, in a stable order. */
async function extractionFingerprint(seeds: string): Promise<string> {
  const h = createHash('sha256');
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else files.push(p);
    }
  };
  // The lexicon the pipeline reads (the repository's seeds/lexicon) and, when KG_SEEDS points
  // elsewhere, that folder's lexicon/ too (the pipeline does not read it yet: see docs/architecture.md).
  const dirs = new Set([path.resolve(DEFAULT_LEXICON_DIR), path.resolve(seeds, 'lexicon')]);
  for (const d of dirs) await walk(d);
  await walk(path.join(root, 'server/src/ingest'));
  for (const f of files.sort()) h.update(path.relative(root, f)).update('\0').update(await readFile(f)).update('\0');
  return h.digest('hex');
}

async function start(): Promise<void> {
  const t0 = performance.now();
  // The same parser as `kg serve`: data directory, PORT and HOST (loopback unless set) agree.
  const config = serverConfig();
  const dataDir = config.dataDir;
  const store = await openStore({ dataDir });
  const seeds = process.env.KG_SEEDS ?? path.join(root, 'seeds');
  const stampFile = path.join(dataDir, '.extraction-fingerprint');
  const fingerprint = await extractionFingerprint(seeds);
  const same = (await readFile(stampFile, 'utf8').catch(() => '')).trim() === fingerprint;
  if (!same) console.log('词表或抽取规则已变，重新抽取种子文件 / lexicon or extraction changed: re-extracting the seeds');
  const outcome = await ingestPaths(store, [seeds], { skipUnchanged: same, log: (m) => console.log(m) });
  if (outcome.failed === 0) {
    await mkdir(dataDir, { recursive: true });
    await writeFile(stampFile, fingerprint + '\n');
  }
  console.log(
    `种子文件：导入 ${outcome.ok}，未变 ${outcome.skipped}，失败 ${outcome.failed} / seeds: ${outcome.ok} ingested, ${outcome.skipped} unchanged, ${outcome.failed} failed (${(performance.now() - t0).toFixed(0)} ms)`,
  );
  await serve({ store, config });
}

start().catch((err: unknown) => {
  const d = describeError(err);
  console.error(`启动失败 / failed to start [${d.code}]: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(d.exit);
});
