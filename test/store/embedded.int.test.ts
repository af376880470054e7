import { mkdtemp, readdir, rm, writeFile, readFile } from 'node:fs/promises';
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
  it('detects a corrupted batch file by checksum instead of loading it', async () => {
    const dir = await tempDir();
    const s = await EmbeddedStore.open({ dir });
    await s.replaceDocument(fixture().a);
    await s.close();
    const [file] = await readdir(path.join(dir, 'batches'));
    const p = path.join(dir, 'batches', file!);
    const buf = await readFile(p, 'utf8');
    await writeFile(p, buf.replace('信创', '信仓'));
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
