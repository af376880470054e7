// Pipelined group commits of the embedded store (#15): batch files are written as soon as a document
// is handed over, before its group's turn and without the directory lock; only the manifest line
// waits. What must hold: a document is acknowledged only once its line is durable and it is applied;
// a failure (its file, the group's commit, its apply in memory) is reported for the documents it
// concerns and no others, truthfully; a file that an earlier commit orphaned meanwhile is written
// again under the lock, so the manifest never names a missing file.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GraphBatch } from '../../server/src/model.ts';
import { GraphCore } from '../../server/src/store/embedded/core.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { ManifestLog } from '../../server/src/store/embedded/manifest-log.ts';
import { DiskLayout } from '../../server/src/store/embedded/persist.ts';
import { tempDir } from '../integration/helpers.ts';
import { groupDoc } from './group-docs.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const c of cleanups.splice(0)) await c();
});

async function freshDir(): Promise<string> {
  const t = await tempDir('kg-pipe-');
  cleanups.push(t.cleanup);
  return t.dir;
}

const doc = (d: number, v = 1): GraphBatch => groupDoc('p', d, v);

const records = async (s: EmbeddedStore) => Object.fromEntries((await s.listDocumentRecords()).map((r) => [r.documentId, r.sourceHash]));

/** The documents the manifest on disk names (base plus log), as a fresh process would read them. */
async function onDisk(dir: string): Promise<Record<string, string>> {
  const m = await new ManifestLog(dir).read();
  return Object.fromEntries(Object.entries(m.documents).map(([id, e]) => [id, e.sourceHash]));
}

describe('embedded store: pipelined group commits', () => {
  it('an apply that fails in memory fails its document alone, says it is committed, and the next write re-reads it from disk', async () => {
    const dir = await freshDir();
    const s = await EmbeddedStore.open({ dir });
    await s.replaceDocument(doc(0));
    const real = GraphCore.prototype.apply;
    vi.spyOn(GraphCore.prototype, 'apply').mockImplementation(function (this: GraphCore, info, batch, opts) {
      if (batch && info.id === 'doc:p2') throw new RangeError('injected apply failure');
      return real.call(this, info, batch, opts);
    });
    const results = await Promise.allSettled([1, 2, 3].map((d) => s.replaceDocument(doc(d))));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const err = (results[1] as PromiseRejectedResult).reason as { message: string; details: Record<string, unknown> };
    expect(err.message).toContain('doc:p2 is committed durably');
    expect(err.message).toContain('injected apply failure');
    expect(err.details).toEqual({ documentId: 'doc:p2', committed: true });
    // Durable: the manifest names all three; in memory: the two that applied.
    expect(await onDisk(dir)).toEqual({ 'doc:p0': 'p0v1', 'doc:p1': 'p1v1', 'doc:p2': 'p2v1', 'doc:p3': 'p3v1' });
    expect(await records(s)).toEqual({ 'doc:p0': 'p0v1', 'doc:p1': 'p1v1', 'doc:p3': 'p3v1' });
    expect((await s.getNodes(['enterprise:p1-0', 'enterprise:p3-0'])).map((n) => n?.id)).toEqual(['enterprise:p1-0', 'enterprise:p3-0']);

    // The next write catches up with the disk first: doc:p2 is applied from its batch file.
    vi.mocked(GraphCore.prototype.apply).mockRestore();
    await s.replaceDocument(doc(4));
    expect(await records(s)).toEqual({ 'doc:p0': 'p0v1', 'doc:p1': 'p1v1', 'doc:p2': 'p2v1', 'doc:p3': 'p3v1', 'doc:p4': 'p4v1' });
    expect((await s.edgesOf({ ids: ['industry:hub'] })).length).toBe(15);
    const graph = await s.exportGraph();
    await s.close();
    const r = await EmbeddedStore.open({ dir });
    expect(r.warnings()).toEqual([]);
    expect(await r.exportGraph()).toEqual(graph);
    await r.close();
  });

  it('after an apply that failed part-way, no snapshot saves the half document: a crash then replays it whole', async () => {
    const dir = await freshDir();
    // a snapshot after every commit, at once
    const s = await EmbeddedStore.open({ dir, snapshot: { minLogBytes: 0, afterCommitRatio: 0, idleMs: 0 } });
    await s.replaceDocument(doc(0));
    // doc:p2 fails once, after its nodes and before its edges are in memory (a transient failure: re-reading it works)
    const real = GraphCore.prototype.apply;
    let failures = 0;
    vi.spyOn(GraphCore.prototype, 'apply').mockImplementation(function (this: GraphCore, info, batch, opts) {
      if (batch && info.id === 'doc:p2' && failures++ === 0) {
        real.call(this, info, { ...batch, edges: [] }, opts);
        throw new RangeError('injected failure part-way');
      }
      return real.call(this, info, batch, opts);
    });
    const results = await Promise.allSettled([1, 2, 3].map((d) => s.replaceDocument(doc(d))));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    vi.mocked(GraphCore.prototype.apply).mockRestore();
    // (the group's after-commit work, a due snapshot included, runs in the store's write queue: wait for it)
    await (s as unknown as { serialise(f: () => Promise<void>): Promise<void> }).serialise(async () => undefined);
    // a crash: no close (close would write a snapshot after re-reading the disk)
    const r = await EmbeddedStore.open({ dir });
    const hub = await r.edgesOf({ ids: ['industry:hub'] });
    expect(hub.filter((e) => e.source.startsWith('enterprise:p2')).length).toBe(3);
    expect(hub.length).toBe(12);
    await r.close();
    await s.close();
  });

  it('a batch file that cannot be written fails its document alone; the rest of the group commits', async () => {
    const dir = await freshDir();
    const s = await EmbeddedStore.open({ dir });
    const real = DiskLayout.prototype.writeBatch;
    let calls = 0;
    vi.spyOn(DiskLayout.prototype, 'writeBatch').mockImplementation(function (this: DiskLayout, p) {
      if (++calls === 2) return Promise.reject(Object.assign(new Error('ENOSPC: no space left on device (injected)'), { code: 'ENOSPC' }));
      return real.call(this, p);
    });
    const results = await Promise.allSettled([1, 2, 3].map((d) => s.replaceDocument(doc(d))));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toContain('ENOSPC');
    expect(await onDisk(dir)).toEqual({ 'doc:p1': 'p1v1', 'doc:p3': 'p3v1' });
    expect(await records(s)).toEqual({ 'doc:p1': 'p1v1', 'doc:p3': 'p3v1' });
    expect((await readdir(path.join(dir, 'batches'))).filter((f) => !f.endsWith('.tmp')).length).toBe(2);
    await s.close();
  });

  it('a group whose commit fails is not acknowledged; the group pre-written behind it commits on its own', async () => {
    const dir = await freshDir();
    const s = await EmbeddedStore.open({ dir });
    await s.replaceDocument(doc(0)); // the first commit writes the manifest's base, the next ones its log
    const real = ManifestLog.prototype.commit;
    let calls = 0;
    vi.spyOn(ManifestLog.prototype, 'commit').mockImplementation(function (this: ManifestLog, change) {
      if (++calls === 1) return Promise.reject(new Error('EIO: i/o error (injected) while appending the manifest line'));
      return real.call(this, change);
    });
    // Group A = p1, p2 (handed over in one tick); p1 again closes it, so group B = p1 v2, p3. B's files
    // are written while A commits.
    const ops = [s.replaceDocument(doc(1)), s.replaceDocument(doc(2)), s.replaceDocument(doc(1, 2)), s.replaceDocument(doc(3))];
    const results = await Promise.allSettled(ops);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'fulfilled', 'fulfilled']);
    expect(String((results[0] as PromiseRejectedResult).reason)).toContain('EIO');
    expect(await onDisk(dir)).toEqual({ 'doc:p0': 'p0v1', 'doc:p1': 'p1v2', 'doc:p3': 'p3v1' });
    expect(await records(s)).toEqual({ 'doc:p0': 'p0v1', 'doc:p1': 'p1v2', 'doc:p3': 'p3v1' });
    expect(await s.getNodes(['enterprise:p2-0'])).toEqual([null]);
    await s.close();
    const r = await EmbeddedStore.open({ dir });
    expect(r.warnings()).toEqual([]);
    expect(await records(r)).toEqual({ 'doc:p0': 'p0v1', 'doc:p1': 'p1v2', 'doc:p3': 'p3v1' });
    expect((await r.getNodes(['enterprise:p1-0']))[0]?.properties.version).toBe(2);
    await r.close();
  });

  it('a file an earlier commit orphans after it was pre-written is written again under the lock', async () => {
    const dir = await freshDir();
    const s = await EmbeddedStore.open({ dir });
    await s.replaceDocument(doc(1, 1)); // file H1
    // Handed over in one tick: v2 (its own group), then v1 again (the next group). v1's pre-write
    // finds H1 intact and keeps it; v2's commit then orphans and deletes H1; v1's commit must not
    // name a file that is gone.
    await Promise.all([s.replaceDocument(doc(1, 2)), s.replaceDocument(doc(1, 1))]);
    expect(await records(s)).toEqual({ 'doc:p1': 'p1v1' });
    const files = await readdir(path.join(dir, 'batches'));
    const named = (await new ManifestLog(dir).read()).documents['doc:p1']!.file;
    expect(files).toContain(named);
    await s.close();
    const r = await EmbeddedStore.open({ dir });
    expect(r.warnings()).toEqual([]);
    expect(r.quarantined()).toEqual([]);
    expect((await r.getNodes(['enterprise:p1-0']))[0]?.properties.version).toBe(1);
    await r.close();
  });

  it('writes the batch files before the group takes the lock', async () => {
    const dir = await freshDir();
    const s = await EmbeddedStore.open({ dir });
    await s.replaceDocument(doc(0));
    const lockFile = path.join(dir, 'LOCK');
    const heldDuringWrite: boolean[] = [];
    const real = DiskLayout.prototype.writeBatch;
    vi.spyOn(DiskLayout.prototype, 'writeBatch').mockImplementation(async function (this: DiskLayout, p) {
      await real.call(this, p);
      heldDuringWrite.push(await readFile(lockFile).then(() => true, () => false));
    });
    await Promise.all([1, 2, 3].map((d) => s.replaceDocument(doc(d))));
    expect(heldDuringWrite).toEqual([false, false, false]);
    expect(await records(s)).toEqual({ 'doc:p0': 'p0v1', 'doc:p1': 'p1v1', 'doc:p2': 'p2v1', 'doc:p3': 'p3v1' });
    await s.close();
  });
});
