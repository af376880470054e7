// Group commits of the embedded store (replaceDocument calls made while a write is queued commit
// together): one manifest line and one generation for the group, yet every document keeps its own
// batch file, so each stays removable and replaceable alone; order with removals is kept; a bad
// document fails alone; a restart (snapshot or replay) gives the same graph.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphBatch } from '../../server/src/model.ts';
import { EmbeddedStore, GROUP_MAX_DOCS } from '../../server/src/store/embedded/index.ts';
import { tempDir } from '../integration/helpers.ts';
import { groupDoc } from './group-docs.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function freshDir(): Promise<string> {
  const t = await tempDir('kg-group-');
  cleanups.push(t.cleanup);
  return t.dir;
}

const doc = (d: number, v = 1): GraphBatch => groupDoc('g', d, v);

async function generation(dir: string): Promise<number> {
  // The manifest's generation as committed: the base plus its log's records.
  const base = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { generation?: number };
  let g = base.generation ?? 0;
  const log = await readFile(path.join(dir, 'manifest.log'), 'utf8').catch(() => '');
  for (const line of log.split('\n').slice(1)) if (line.length > 17) g = Math.max(g, (JSON.parse(line.slice(17)) as { g: number }).g);
  return g;
}

async function logRecords(dir: string): Promise<{ g: number; set?: Record<string, unknown>; del?: string[] }[]> {
  const log = await readFile(path.join(dir, 'manifest.log'), 'utf8').catch(() => '');
  return log
    .split('\n')
    .slice(1)
    .filter((l) => l.length > 17)
    .map((l) => JSON.parse(l.slice(17)) as { g: number; set?: Record<string, unknown>; del?: string[] });
}

const records = async (s: EmbeddedStore) => Object.fromEntries((await s.listDocumentRecords()).map((r) => [r.documentId, r.sourceHash]));

describe('embedded store: group commits', () => {
  it('documents handed over in one tick commit as one manifest record, each with its own batch file', async () => {
    const dir = await freshDir();
    const s = await EmbeddedStore.open({ dir });
    await s.replaceDocument(doc(0)); // alone: its own commit
    const g0 = await generation(dir);
    await Promise.all([1, 2, 3, 4, 5].map((d) => s.replaceDocument(doc(d))));
    expect(await generation(dir)).toBe(g0 + 1);
    const recs = await logRecords(dir);
    expect(Object.keys(recs[recs.length - 1]!.set ?? {}).sort()).toEqual(['doc:g1', 'doc:g2', 'doc:g3', 'doc:g4', 'doc:g5']);
    expect((await readdir(path.join(dir, 'batches'))).length).toBe(6);
    expect(await records(s)).toEqual({ 'doc:g0': 'g0v1', 'doc:g1': 'g1v1', 'doc:g2': 'g2v1', 'doc:g3': 'g3v1', 'doc:g4': 'g4v1', 'doc:g5': 'g5v1' });
    expect((await s.edgesOf({ ids: ['industry:hub'] })).length).toBe(18);

    // Provenance per document: one member of the group is removed, another replaced, alone.
    expect(await s.removeDocument('doc:g3')).toBe(true);
    await s.replaceDocument(doc(4, 2));
    expect((await s.getNodes(['enterprise:g3-0', 'enterprise:g2-0'])).map((n) => n?.id ?? null)).toEqual([null, 'enterprise:g2-0']);
    expect((await s.getNodes(['enterprise:g4-1']))[0]?.properties.version).toBe(2);
    expect((await readdir(path.join(dir, 'batches'))).length).toBe(5);
    const before = await s.exportGraph();
    await s.close();

    // Restart: replayed from the batches (no snapshot at this size) gives the same graph.
    const r = await EmbeddedStore.open({ dir });
    expect(r.warnings()).toEqual([]);
    expect(await r.exportGraph()).toEqual(before);
    expect(await records(r)).toEqual({ 'doc:g0': 'g0v1', 'doc:g1': 'g1v1', 'doc:g2': 'g2v1', 'doc:g4': 'g4v2', 'doc:g5': 'g5v1' });
    await r.close();
  });

  it('a group equals the same documents committed one by one (graph, records, snapshot and replay)', async () => {
    const one = await EmbeddedStore.open({ dir: await freshDir() });
    for (let d = 0; d < 20; d++) await one.replaceDocument(doc(d % 7, d));
    const dirG = await freshDir();
    const grouped = await EmbeddedStore.open({ dir: dirG, snapshot: { minLogBytes: 0, idleMs: 0 } });
    // The same sequence, handed over in one tick: a document given twice closes the group, so
    // later statements still win.
    await Promise.all(Array.from({ length: 20 }, (_, d) => grouped.replaceDocument(doc(d % 7, d))));
    expect(await grouped.exportGraph()).toEqual(await one.exportGraph());
    expect(await records(grouped)).toEqual(await records(one));
    await grouped.close();
    const reopened = await EmbeddedStore.open({ dir: dirG });
    expect(reopened.loadInfo.fromSnapshot).toBe(true);
    expect(await reopened.exportGraph()).toEqual(await one.exportGraph());
    await reopened.close();
    await one.close();
  });

  it('keeps the order of writes: a removal queued between replacements is neither overtaken nor skipped', async () => {
    const s = await EmbeddedStore.open({ dir: await freshDir() });
    const ops = [s.replaceDocument(doc(1, 1)), s.replaceDocument(doc(2, 1)), s.removeDocument('doc:g1'), s.replaceDocument(doc(2, 2)), s.replaceDocument(doc(3, 1))];
    await Promise.all(ops);
    expect(await records(s)).toEqual({ 'doc:g2': 'g2v2', 'doc:g3': 'g3v1' });
    const again = [s.replaceDocument(doc(1, 5)), s.removeDocument('doc:g1')];
    expect(await Promise.all(again)).toEqual([undefined, true]);
    expect(await records(s)).toEqual({ 'doc:g2': 'g2v2', 'doc:g3': 'g3v1' });
    await s.close();
  });

  it('a bad document fails alone; the rest of its group commits', async () => {
    const s = await EmbeddedStore.open({ dir: await freshDir() });
    const bad = doc(2);
    bad.edges[0] = { ...bad.edges[0]!, evidence: [] };
    const results = await Promise.allSettled([s.replaceDocument(doc(1)), s.replaceDocument(bad), s.replaceDocument(doc(3))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toContain('has no evidence');
    expect(await records(s)).toEqual({ 'doc:g1': 'g1v1', 'doc:g3': 'g3v1' });
    await s.close();
  });

  it(`a group holds at most ${GROUP_MAX_DOCS} documents`, async () => {
    const dir = await freshDir();
    const s = await EmbeddedStore.open({ dir });
    const n = GROUP_MAX_DOCS + 6;
    await s.replaceDocument(doc(n)); // the first commit writes the manifest's base, the next ones its log
    await Promise.all(Array.from({ length: n }, (_, d) => s.replaceDocument(doc(d))));
    const sizes = (await logRecords(dir)).map((r) => Object.keys(r.set ?? {}).length);
    expect(sizes).toEqual([GROUP_MAX_DOCS, 6]);
    expect(Object.keys(await records(s)).length).toBe(n + 1);
    await s.close();
  });
});
