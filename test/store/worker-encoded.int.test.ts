// The ingest worker encodes each batch's file (server/src/batch-codec.ts encodeBatchFile) and the
// embedded store writes those bytes as given (#15: encoding off the writer's thread). What must hold:
// the bytes are exactly the file the writer would have encoded from the batch it received, so an
// ingest through the worker leaves the same batch files, manifest and graph as one without it.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { encodeBatchFile } from '../../server/src/batch-codec.ts';
import { ingestPaths } from '../../server/src/ingest-command.ts';
import { closeIngestQueue, ingestQueue } from '../../server/src/ingest-worker/queue.ts';
import { runIngest } from '../../server/src/ingest-worker/run.ts';
import { collectInputFiles } from '../../server/src/ingest/index.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { tempDir } from '../integration/helpers.ts';

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});
afterAll(async () => {
  await closeIngestQueue();
});

async function freshDir(): Promise<string> {
  const t = await tempDir('kg-wenc-');
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('batch files encoded in the ingest worker', () => {
  it('are byte for byte what the writer encodes from the batch it receives', async () => {
    const file = path.join(seeds, (await readdir(seeds)).find((f) => f.endsWith('.txt'))!);
    const r = await ingestQueue().run({ kind: 'file', path: file });
    expect(r.encoded).toBeDefined();
    const here = encodeBatchFile(r.batch); // r.batch is the structured clone the main thread got
    expect(r.encoded!.format).toBe('kgb');
    expect(r.encoded!.sha256).toBe(here.sha256);
    expect(Buffer.from(r.encoded!.data).equals(Buffer.from(here.data))).toBe(true);
  });

  it('an ingest through the worker leaves the files, records and graph of one encoded by the writer', async () => {
    const dirA = await freshDir();
    const a = await EmbeddedStore.open({ dir: dirA });
    const outcome = await ingestPaths(a, [seeds]);
    expect(outcome.failed).toBe(0);
    expect(outcome.ok).toBeGreaterThanOrEqual(5);
    // The same files extracted in this thread, each batch encoded by the writer itself (no second argument).
    const b = await EmbeddedStore.open({ dir: await freshDir() });
    for (const f of await collectInputFiles([seeds])) await b.replaceDocument((await runIngest({ kind: 'file', path: f })).batch);
    expect(await b.exportGraph()).toEqual(await a.exportGraph());
    expect(await b.listDocumentRecords()).toEqual(await a.listDocumentRecords());
    const filesA = (await readdir(path.join(dirA, 'batches'))).sort();
    const filesB = (await readdir(path.join(b.dir, 'batches'))).sort();
    expect(filesA).toEqual(filesB);
    await a.close();
    const reopened = await EmbeddedStore.open({ dir: dirA });
    expect(reopened.warnings()).toEqual([]);
    expect(await reopened.exportGraph()).toEqual(await b.exportGraph());
    await reopened.close();
    await b.close();
  });
});
