import { mkdtemp, readdir, rm, utimes, writeFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { CuratedStore } from '../../server/src/store/curated/index.ts';
import { batch, defineCurationSuite, defineGraphStoreSuite, fixture, node } from './contract.ts';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const d = await mkdtemp(path.join(os.tmpdir(), 'kg-embedded-'));
  dirs.push(d);
  return d;
}
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

defineGraphStoreSuite('embedded', async () => EmbeddedStore.open({ dir: await tempDir() }), {
  reopen: async (s) => {
    const dir = (s as EmbeddedStore).dir;
    await s.close();
    return EmbeddedStore.open({ dir });
  },
});

// The same port contract through the curation layer (empty log): it reads exactly as the adapter.
defineGraphStoreSuite('embedded + curation layer', async () => CuratedStore.open(await EmbeddedStore.open({ dir: await tempDir() })), {
  reopen: async (s) => {
    const dir = ((s as CuratedStore).inner as EmbeddedStore).dir;
    await s.close();
    return CuratedStore.open(await EmbeddedStore.open({ dir }));
  },
});

defineCurationSuite('embedded', async () => EmbeddedStore.open({ dir: await tempDir() }), {
  reopen: async (s) => {
    const dir = (s as EmbeddedStore).dir;
    await s.close();
    return EmbeddedStore.open({ dir });
  },
});

describe('embedded store on disk', () => {
  it('quarantines a corrupted batch file (checksum) and a missing one, loads the rest, and says so', async () => {
    const dir = await tempDir();
    const s = await EmbeddedStore.open({ dir });
    const { a, b } = fixture();
    await s.replaceDocument(a);
    await s.replaceDocument(b);
    await s.replaceDocument(batch('doc:c', [node('lab:c', 'Lab', '丙实验室')], []));
    await s.close();
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
    const fileA = manifest.documents['doc:a'].file as string;
    const fileC = manifest.documents['doc:c'].file as string;
    const pa = path.join(dir, 'batches', fileA);
    await writeFile(pa, (await readFile(pa, 'utf8')).replace('信创', '信仓'));
    await rm(path.join(dir, 'batches', fileC));

    const s2 = await EmbeddedStore.open({ dir });
    expect((await s2.listDocumentRecords()).map((r) => r.documentId)).toEqual(['doc:b']);
    expect((await s2.getNodes(['park:信创谷']))[0]?.name).toBe('中国信创谷');
    expect((await s2.getNodes(['measure:a:1', 'lab:c'])).every((n) => n === null)).toBe(true);
    const q = s2.quarantined();
    expect(q.map((x) => x.documentId).sort()).toEqual(['doc:a', 'doc:c']);
    expect(q.find((x) => x.documentId === 'doc:a')!.reason).toMatch(/checksum/);
    expect(q.find((x) => x.documentId === 'doc:c')!.reason).toMatch(/missing/);
    expect(s2.warnings().join('\n')).toMatch(/quarantined doc:a/);
    // The bad file is kept aside for inspection; the manifest no longer lists either.
    expect(await readdir(path.join(dir, 'quarantine'))).toEqual([fileA]);
    const m2 = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
    expect(Object.keys(m2.documents)).toEqual(['doc:b']);
    expect(Object.keys(m2.quarantined).sort()).toEqual(['doc:a', 'doc:c']);
    await s2.close();

    // Still reported after a restart, until the document is ingested again.
    const s3 = await EmbeddedStore.open({ dir });
    expect(s3.quarantined().map((x) => x.documentId).sort()).toEqual(['doc:a', 'doc:c']);
    await s3.replaceDocument(a);
    expect(await s3.removeDocument('doc:c')).toBe(true);
    expect(s3.quarantined()).toEqual([]);
    await s3.close();
    const s4 = await EmbeddedStore.open({ dir });
    expect(s4.quarantined()).toEqual([]);
    expect((await s4.listDocumentRecords()).map((r) => r.documentId)).toEqual(['doc:a', 'doc:b']);
    await s4.close();
  });

  it('refuses an unreadable manifest (the commit point itself) with STORE_CORRUPT', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'manifest.json'), '{"format":');
    await expect(EmbeddedStore.open({ dir })).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
  });

  it('ignores leftovers of an interrupted write and keeps the last committed state', async () => {
    const dir = await tempDir();
    const s = await EmbeddedStore.open({ dir });
    await s.replaceDocument(fixture().a);
    const before = await s.exportGraph();
    await s.close();
    // A writer killed after writing a new batch file and a manifest temp, before the rename.
    await writeFile(path.join(dir, 'batches', 'f'.repeat(64) + '.json'), '{"partial":');
    await writeFile(path.join(dir, 'manifest.json.123.456.tmp'), '{"format":');
    // Leftovers are collected once they are old (a young file may be a snapshot being written).
    const old = new Date(Date.now() - 3600_000);
    await utimes(path.join(dir, 'batches', 'f'.repeat(64) + '.json'), old, old);
    await utimes(path.join(dir, 'manifest.json.123.456.tmp'), old, old);
    const s2 = await EmbeddedStore.open({ dir });
    expect(await s2.exportGraph()).toEqual(before);
    await s2.replaceDocument(batch('doc:z', [node('lab:z', 'Lab', '甲实验室')], []));
    const left = await readdir(path.join(dir, 'batches'));
    expect(left).not.toContain('f'.repeat(64) + '.json');
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await s2.close();
  });

  it('curation log: a torn last line (a crash mid-append) is dropped and cut off; a bad line elsewhere is corruption', async () => {
    const dir = await tempDir();
    const s = CuratedStore.open(await EmbeddedStore.open({ dir }));
    const store = await s;
    await store.replaceDocument(fixture().b);
    const id = 'HOSTS:park:信创谷->industry:信创';
    await store.curate({ op: 'reject', kind: 'edge', id }, { name: 'a' });
    await store.close();
    const file = path.join(dir, 'curation.jsonl');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good + '{"id":"chg:torn","se');
    const again = await CuratedStore.open(await EmbeddedStore.open({ dir }));
    expect((await again.readCuration()).length).toBe(1);
    expect(await again.getEdges([id])).toEqual([null]);
    expect(await readFile(file, 'utf8')).toBe(good);
    await again.curate({ op: 'undo', change: (await again.readCuration())[0]!.id }, { name: 'a' });
    expect((await again.readCuration()).map((r) => r.seq)).toEqual([1, 2]);
    await again.close();
    await writeFile(file, 'not json\n' + good);
    await expect(EmbeddedStore.open({ dir })).rejects.toMatchObject({ code: 'STORE_CORRUPT', message: expect.stringMatching(/curation\.jsonl:1/) });
  });

  it('curation log shared by two processes on one directory: appends never reuse a seq, each reads the other', async () => {
    const dir = await tempDir();
    const a = await CuratedStore.open(await EmbeddedStore.open({ dir, command: 'A' }), { refreshMs: 1 });
    await a.replaceDocument(fixture().b);
    const b = await CuratedStore.open(await EmbeddedStore.open({ dir, command: 'B' }), { refreshMs: 1 });
    const id = 'HOSTS:park:信创谷->industry:信创';
    const r1 = await a.curate({ op: 'reject', kind: 'edge', id }, { name: 'a' });
    const r2 = await b.curate({ op: 'undo', change: r1.record.id }, { name: 'b' }); // b sees a's change
    const r3 = await a.curate({ op: 'reject', kind: 'edge', id }, { name: 'a' }); // a sees b's undo
    expect([r1.record.seq, r2.record.seq, r3.record.seq]).toEqual([1, 2, 3]);
    await new Promise((r) => setTimeout(r, 5));
    expect(await b.getEdges([id])).toEqual([null]);
    await a.close();
    await b.close();
    const lines = (await readFile(path.join(dir, 'curation.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { seq: number }).seq)).toEqual([1, 2, 3]);
    // The adapters alone, appending without reading in between: the lock and the re-read keep seqs apart.
    const ea = await EmbeddedStore.open({ dir, command: 'A' });
    const eb = await EmbeddedStore.open({ dir, command: 'B' });
    const first = (await ea.readCuration())[0]!; // a valid record to copy
    const rec = (n: number) => { const { seq: _, ...rest } = first; return { ...rest, id: `chg:test-${n}` }; };
    const seqs = await Promise.all([ea.appendCuration(rec(4)), eb.appendCuration(rec(5)), ea.appendCuration(rec(6))]);
    expect(seqs.map((r) => r.seq).sort()).toEqual([4, 5, 6]);
    await ea.close();
    await eb.close();
    const again = await EmbeddedStore.open({ dir });
    expect((await again.readCuration()).map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    await again.close();
  });

  it('refuses a batch with an edge that has no evidence and stores nothing', async () => {
    const dir = await tempDir();
    const s = await EmbeddedStore.open({ dir });
    const bad = fixture().a;
    bad.edges[0] = { ...bad.edges[0]!, evidence: [] };
    await expect(s.replaceDocument(bad)).rejects.toThrow(/no evidence/);
    expect((await s.stats()).nodes).toBe(0);
    await s.close();
  });
});
