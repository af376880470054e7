// Crash safety with snapshots: a writer that snapshots after every commit is SIGKILLed at random
// points (inside batch writes, manifest commits and snapshot writes); every restart must load
// exactly the last acknowledged state or the one being written, from the snapshot when one was
// committed. A snapshot load must equal a full replay of the batches, and a damaged snapshot
// must only cost time (the store rebuilds from the batches and says so).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { batchFor, expectedAfter } from '../robustness/crash-batches.ts';
import { runWriterAndKill } from '../robustness/kill-writer.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const KILLS = Number(process.env.CRASH_KILLS ?? 30);
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

const runAndKill = (dir: string, start: number, afterMs: number): Promise<number> => runWriterAndKill(path.join(here, 'snapshot-crash-writer.ts'), dir, start, afterMs);

describe('embedded store crash safety with snapshots', () => {
  it(`restarts into the last good state after ${KILLS} SIGKILLs, loading snapshots`, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-snapcrash-'));
    dirs.push(dir);
    let next = 0;
    let seed = 777;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let fromSnapshot = 0;
    for (let k = 0; k < KILLS; k++) {
      const last = await runAndKill(dir, next, Math.floor(rand() * 150));
      const store = await EmbeddedStore.open({ dir, snapshot: { minLogBytes: 1 << 30 } });
      if (store.loadInfo.fromSnapshot) fromSnapshot++;
      expect(store.warnings()).toEqual([]);
      const records = Object.fromEntries((await store.listDocumentRecords()).map((r) => [r.documentId, r.sourceHash]));
      const key = (state: Record<string, string>) => JSON.stringify(Object.entries(state).sort());
      const matches = key(records) === key(expectedAfter(last)) ? last : key(records) === key(expectedAfter(last + 1)) ? last + 1 : null;
      expect(matches, `after kill ${k}: stored ${JSON.stringify(records)}`).not.toBeNull();
      for (const [docId, hash] of Object.entries(records)) {
        const i = Number(hash.slice(1));
        const [docNode] = await store.getNodes([docId]);
        expect(docNode?.properties.version).toBe(i);
        const b = batchFor(i);
        const [e] = await store.getEdges([b.edges[7]!.id]);
        expect(e?.properties.version).toBe(i);
      }
      await store.close();
      next = matches! + 1;
    }
    expect(next).toBeGreaterThan(KILLS);
    expect(fromSnapshot).toBeGreaterThan(KILLS / 2);

    // A snapshot load equals a full replay of the batches.
    const viaSnapshot = await EmbeddedStore.open({ dir });
    expect(viaSnapshot.loadInfo.fromSnapshot).toBe(true);
    const a = await viaSnapshot.exportGraph();
    const statsA = await viaSnapshot.stats();
    const searchA = await viaSnapshot.search('企业1', { first: 50 });
    await viaSnapshot.close();
    const copy = await mkdtemp(path.join(os.tmpdir(), 'kg-snapcrash-copy-'));
    dirs.push(copy);
    await cp(dir, copy, { recursive: true });
    const manifest = JSON.parse(await readFile(path.join(copy, 'manifest.json'), 'utf8'));
    const snapFile = path.join(copy, 'snapshots', manifest.snapshot.file);
    // Damage the snapshot: the store must rebuild from the batches and say why.
    const buf = await readFile(snapFile);
    buf[buf.length >> 1] = buf[buf.length >> 1]! ^ 0xff;
    await writeFile(snapFile, buf);
    const replayed = await EmbeddedStore.open({ dir: copy, snapshot: { minLogBytes: 1 << 30 } });
    expect(replayed.loadInfo.fromSnapshot).toBe(false);
    expect(replayed.warnings().join('\n')).toMatch(/snapshot not used.*checksum/);
    expect(await replayed.exportGraph()).toEqual(a);
    expect(await replayed.stats()).toEqual(statsA);
    expect(await replayed.search('企业1', { first: 50 })).toEqual(searchA);
    await replayed.close();
  }, 600_000);
});
