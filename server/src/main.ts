// `npm start`: ingest seeds/ into the configured store when it is empty or the seeds changed,
// then serve the app and the API on one port (PORT, default 4000).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from './ingest-command.ts';
import { serve } from './serve.ts';
import { openStore } from './store/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function start(): Promise<void> {
  const t0 = performance.now();
  const store = await openStore({ dataDir: process.env.KG_DATA ?? path.join(root, 'data') });
  const seeds = process.env.KG_SEEDS ?? path.join(root, 'seeds');
  const outcome = await ingestPaths(store, [seeds], { skipUnchanged: true, log: (m) => console.log(m) });
  console.log(
    `种子文件：导入 ${outcome.ok}，未变 ${outcome.skipped}，失败 ${outcome.failed} / seeds: ${outcome.ok} ingested, ${outcome.skipped} unchanged, ${outcome.failed} failed (${(performance.now() - t0).toFixed(0)} ms)`,
  );
  await serve({ store, port: Number(process.env.PORT ?? 4000), host: process.env.HOST });
}

start().catch((err: Error & { code?: string }) => {
  console.error(`启动失败 / failed to start${err.code ? ` [${err.code}]` : ''}: ${err.message}`);
  process.exit(1);
});
