// Crash safety of group commits: a writer hands the embedded store up to 12 operations at once
// (replacements commit as groups of documents, one manifest record and fsync per group; removals
// sit between them) and is SIGKILLed at random points. Every restart must load (checksums
// verified) the state after some prefix of the operations: at least every acknowledged one, at
// most every one handed over, never a later operation without an earlier one (a group is
// all-or-nothing), and every stored document exactly the batch its hash names.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { groupOp, MAX_WINDOW, stateAfter } from './group-crash-batches.ts';
import { runWriterAndKill } from './kill-writer.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const KILLS = Number(process.env.CRASH_KILLS ?? 30);
let dir = '';
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('embedded store: group commits survive crashes', () => {
  it(`restarts into a prefix of the operations after ${KILLS} SIGKILLs`, async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kg-groupcrash-'));
    let next = 0;
    let seed = 4242;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let beyondAck = 0;
    let groupRecords = 0;
    const key = (state: Record<string, string>) => JSON.stringify(Object.entries(state).sort());
    for (let k = 0; k < KILLS; k++) {
      const last = await runWriterAndKill(path.join(here, 'group-crash-writer.ts'), dir, next, Math.floor(rand() * 150));
      // Manifest records naming several documents: groups were committed (close folds the log, so each line is counted once).
      const log = await readFile(path.join(dir, 'manifest.log'), 'utf8').catch(() => '');
      for (const line of log.split('\n').slice(1)) if (line.length > 17 && Object.keys((JSON.parse(line.slice(17)) as { set?: object }).set ?? {}).length > 1) groupRecords++;
      const store = await EmbeddedStore.open({ dir }); // throws STORE_CORRUPT on a checksum mismatch
      expect(store.warnings()).toEqual([]);
      const records = Object.fromEntries((await store.listDocumentRecords()).map((r) => [r.documentId, r.sourceHash]));
      // The operations after `last` the writer may have handed over: at most one window.
      let matches: number | null = null;
      for (let j = last; j <= last + MAX_WINDOW && matches === null; j++) if (key(records) === key(stateAfter(j))) matches = j;
      expect(matches, `after kill ${k}: stored ${JSON.stringify(records)}, acknowledged up to ${last}`).not.toBeNull();
      if (matches! > last) beyondAck++;
      for (const [docId, hash] of Object.entries(records)) {
        const i = Number(hash.slice(1));
        const b = groupOp(i).batch!;
        expect(b.documentId).toBe(docId);
        const [docNode] = await store.getNodes([docId]);
        expect(docNode?.properties.version).toBe(i);
        const [e] = await store.getEdges([b.edges[5]!.id]);
        expect(e?.properties.version).toBe(i);
      }
      expect((await store.stats()).documents).toBe(Object.keys(records).length);
      await store.close();
      next = matches! + 1;
    }
    expect(next).toBeGreaterThan(KILLS);
    expect(groupRecords).toBeGreaterThan(0);
    console.log(`group crash test: ${KILLS} kills, ${next} operations committed, ${beyondAck} kills after a commit point before its acknowledgement, ${groupRecords} multi-document manifest records seen`);
  }, 600_000);
});
