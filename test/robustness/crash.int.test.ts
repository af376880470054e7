// Crash safety of the embedded store: SIGKILL a writer at random points, 50 times; every restart
// must load (checksums verified) exactly the last acknowledged state or the one being written.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { batchFor, expectedAfter } from './crash-batches.ts';
import { runWriterAndKill } from './kill-writer.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const KILLS = Number(process.env.CRASH_KILLS ?? 50);
let dir = '';
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Run the writer from operation `start`, kill it after `afterMs`, return the last acknowledged op. */
const runAndKill = (start: number, afterMs: number): Promise<number> => runWriterAndKill(path.join(here, 'crash-writer.ts'), dir, start, afterMs);

describe('embedded store crash safety', () => {
  it(`restarts into the last good state after ${KILLS} SIGKILLs at random points`, async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kg-crash-'));
    let next = 0;
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let sawInFlight = 0;
    for (let k = 0; k < KILLS; k++) {
      const last = await runAndKill(next, Math.floor(rand() * 120));
      const store = await EmbeddedStore.open({ dir }); // throws STORE_CORRUPT on a checksum mismatch
      const records = Object.fromEntries((await store.listDocumentRecords()).map((r) => [r.documentId, r.sourceHash]));
      const key = (state: Record<string, string>) => JSON.stringify(Object.entries(state).sort());
      const acknowledged = expectedAfter(last);
      const matches = key(records) === key(acknowledged) ? last : key(records) === key(expectedAfter(last + 1)) ? last + 1 : null;
      expect(matches, `after kill ${k}: stored ${JSON.stringify(records)}, acknowledged ${JSON.stringify(acknowledged)}`).not.toBeNull();
      if (matches === last + 1) sawInFlight++;
      // The content of every stored document is exactly the batch its hash names.
      for (const [docId, hash] of Object.entries(records)) {
        const i = Number(hash.slice(1));
        const [docNode] = await store.getNodes([docId]);
        expect(docNode?.properties.version).toBe(i);
        expect(batchFor(i).documentId).toBe(docId);
      }
      const stats = await store.stats();
      expect(stats.documents).toBe(Object.keys(records).length);
      await store.close();
      next = matches! + 1;
    }
    // The writes must actually have been interrupted at different points over the run.
    expect(next).toBeGreaterThan(KILLS);
    console.log(`crash test: ${KILLS} kills, ${next} operations committed, ${sawInFlight} kills landed after the commit point but before the acknowledgement`);
  }, 600_000);
});
