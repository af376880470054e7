// One embedded store of the ingested seeds in a temporary directory, reopened behind the curation
// layer as the server opens it: the ground the GraphQL handler tests (fast path, compiled plans)
// compare their handlers on.
import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ChainIndex } from '../../server/src/chain-templates.ts';
import { createIngestContext } from '../../server/src/ingest/context.ts';
import { ingestFile } from '../../server/src/ingest/index.ts';
import { loadLexicon } from '../../server/src/ingest/lexicon/index.ts';
import { CuratedStore } from '../../server/src/store/curated/index.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import type { GraphStore } from '../../server/src/store/port.ts';
import { SEEDS } from './helpers.ts';

export async function seedsStore(prefix: string): Promise<{ dir: string; store: GraphStore & { close(): Promise<void> }; chains: ChainIndex }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  const writer = await EmbeddedStore.open({ dir });
  const ctx = createIngestContext();
  for (const f of (await readdir(SEEDS)).filter((x) => x.endsWith('.txt')).sort()) await writer.replaceDocument((await ingestFile(path.join(SEEDS, f), ctx)).batch);
  await writer.close();
  const store = await CuratedStore.open(await EmbeddedStore.open({ dir }), { refreshMs: 60_000 });
  return { dir, store, chains: new ChainIndex(loadLexicon().chains) };
}
