// The snapshot on close exports the search postings without first making the index ready for
// queries (write11): after a bulk write the index waits for a rebuild, and on close the postings
// are built straight into the export. The export must be the one a rebuild gives (same maps, keys
// in the same order, same slots), a store reopened from it must rank every search as a store that
// rebuilt its index, and an index exported that way must still answer queries (it rebuilds).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/generate-graph.ts';
import type { GraphBatch, GraphNode, Label } from '../../server/src/model.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import type { PostingsData } from '../../server/src/store/embedded/search-index.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
async function tmp(): Promise<string> {
  const d = await mkdtemp(path.join(os.tmpdir(), 'kg-write11-'));
  dirs.push(d);
  return d;
}

// Units that exercise the key normalisation (upper case, full-width forms, spaces) and shared
// prefixes, pairs and aliases across many names.
const UNITS = ['新', '能', '源', '汽', '车', '芯', '片', '智', '造', '园', 'A', 'b', 'Ｘ', '１', ' ', '区', '天', '津', '公', '司'];
const LABELS: Label[] = ['Enterprise', 'Industry', 'Park', 'Department'];

function batches(nodes: number, docs: number, seed: number): GraphBatch[] {
  const rand = mulberry32(seed);
  const word = (max: number) => Array.from({ length: 1 + Math.floor(rand() * max) }, () => UNITS[Math.floor(rand() * UNITS.length)]!).join('');
  const all: GraphNode[] = Array.from({ length: nodes }, (_, k) => ({
    id: `n${(k * 7919) % nodes}`,
    label: LABELS[k % LABELS.length]!,
    name: rand() < 0.05 ? '新能源' : word(6),
    aliases: rand() < 0.3 ? Array.from({ length: 1 + Math.floor(rand() * 3) }, () => word(4)) : [],
    properties: {},
  }));
  return Array.from({ length: docs }, (_, d) => ({
    documentId: `doc:w11-${d}`,
    sourceHash: `h${d}`,
    nodes: all.filter((_, k) => k % docs === d),
    edges: [],
  }));
}

const QUERIES = ['新', '新能', '新能源', '能源汽车', 'a', 'AB', 'ｘ', 'x1', '园区', '津', '公司', '片智', 'zz', ' '];

async function answers(store: EmbeddedStore): Promise<string[][]> {
  return Promise.all(QUERIES.map(async (q) => (await store.search(q, { first: 200 })).map((n) => n.id)));
}

const postings = (s: EmbeddedStore, discard = false): PostingsData[] =>
  (s as unknown as { searchIndex: { exportPostings(d?: boolean): PostingsData[] } }).searchIndex.exportPostings(discard);
const deferred = (s: EmbeddedStore): boolean => (s as unknown as { searchIndex: { deferred: boolean } }).searchIndex.deferred;

async function written(dir: string, bs: GraphBatch[]): Promise<EmbeddedStore> {
  const s = await EmbeddedStore.open({ dir, snapshot: { idleMs: 60_000, minLogBytes: 0 } });
  for (const b of bs) await s.replaceDocument(b);
  return s;
}

describe('search postings in the snapshot on close (write11)', () => {
  it('a store reopened from the snapshot written on close holds the postings a rebuild gives and ranks alike', async () => {
    const bs = batches(4000, 4, 11);
    // Rebuilt for queries (the reference).
    const ref = await written(await tmp(), bs);
    expect(deferred(ref)).toBe(true); // a bulk write: the index waits for a rebuild
    const expected = await answers(ref);
    expect(deferred(ref)).toBe(false);
    const expectedPostings = postings(ref);
    expect(expectedPostings.reduce((a, d) => a + d.ids.length, 0)).toBeGreaterThan(4000 * 3);

    // Closed while the index waits: the snapshot on close takes the export-only path.
    const dir = await tmp();
    const w = await written(dir, bs);
    expect(deferred(w)).toBe(true);
    await w.close();
    const reopened = await EmbeddedStore.open({ dir });
    expect(reopened.loadInfo.fromSnapshot).toBe(true);
    expect(reopened.loadInfo.replayed).toBe(0);
    expect(postings(reopened)).toEqual(expectedPostings);
    expect(await answers(reopened)).toEqual(expected);
    // Every query above returned something for most units: the comparison is not of empty lists.
    expect(expected.filter((a) => a.length > 0).length).toBeGreaterThan(QUERIES.length / 2);
    await reopened.close();
    await ref.close();
  });

  it('after an export-only build the index still answers queries, by rebuilding', async () => {
    const bs = batches(3000, 3, 5);
    const ref = await written(await tmp(), bs);
    const expected = await answers(ref);
    const s = await written(await tmp(), bs);
    expect(deferred(s)).toBe(true);
    const exported = postings(s, true);
    expect(deferred(s)).toBe(true); // left waiting for its rebuild
    expect(exported).toEqual(postings(ref));
    expect(await answers(s)).toEqual(expected);
    // A later change is indexed as usual.
    await s.replaceDocument({ documentId: 'doc:late', sourceHash: 'x', nodes: [{ id: 'late', label: 'Enterprise', name: '新能源', aliases: ['迟到'], properties: {} }], edges: [] });
    await ref.replaceDocument({ documentId: 'doc:late', sourceHash: 'x', nodes: [{ id: 'late', label: 'Enterprise', name: '新能源', aliases: ['迟到'], properties: {} }], edges: [] });
    expect(await answers(s)).toEqual(await answers(ref));
    expect((await s.search('迟到')).map((n) => n.id)).toEqual(['late']);
    await s.close();
    await ref.close();
  });

  it('an index kept up to date (no rebuild pending) is exported as before on close', async () => {
    const dir = await tmp();
    const s = await written(dir, batches(3000, 3, 8));
    const before = await answers(s); // rebuilds: from here on the index is kept up to date
    await s.replaceDocument({ documentId: 'doc:one', sourceHash: 'y', nodes: [{ id: 'one', label: 'Park', name: '新能源汽车园', aliases: [], properties: {} }], edges: [] });
    expect(deferred(s)).toBe(false);
    const live = postings(s);
    const after = await answers(s);
    expect(after).not.toEqual(before);
    await s.close();
    const reopened = await EmbeddedStore.open({ dir });
    expect(reopened.loadInfo.fromSnapshot).toBe(true);
    expect(postings(reopened)).toEqual(live);
    expect(await answers(reopened)).toEqual(after);
    await reopened.close();
  });
});
