import { mkdtemp, readdir, rm, writeFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { batch, defineGraphStoreSuite, fixture, node } from './contract.ts';

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
