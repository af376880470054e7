// Batch files on disk across the format change of #15 (manifest industry-kg/embedded@1 → @2, JSON
// batch files → binary .kgb): an older directory opens with nothing lost and keeps working; new
// commits write binary files; a torn binary file is caught and quarantined like a torn JSON one;
// a manifest from a newer version is refused with a clear error.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { batch, fixture, node } from './contract.ts';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/store-v5');
const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const d = await mkdtemp(path.join(os.tmpdir(), 'kg-batch-format-'));
  dirs.push(d);
  return d;
}
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

interface ManifestLike {
  format: string;
  documents: Record<string, { file: string }>;
  snapshot?: unknown;
}
const readManifest = async (dir: string) => JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as ManifestLike;

describe('embedded store: batch file format', () => {
  it('opens a format-@1 directory of JSON batch files (without its snapshot: a full replay), adds binary batches beside them, and loses nothing', async () => {
    const dir = await tempDir();
    await cp(FIXTURE, dir, { recursive: true });
    const m0 = await readManifest(dir);
    expect(m0.format).toBe('industry-kg/embedded@1');
    delete m0.snapshot; // replay every JSON batch file
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(m0));
    const s = await EmbeddedStore.open({ dir });
    const before = await s.exportGraph();
    expect(s.loadInfo).toMatchObject({ fromSnapshot: false, replayed: 6 });
    expect(before.edges.length).toBeGreaterThan(0);
    await s.replaceDocument(batch('doc:new', [node('lab:new', 'Lab', '新实验室')], []));
    // The first commit rewrites manifest.json whole (not a manifest.log line on an @1 base): a version
    // that reads only manifest.json refuses the directory from here on instead of missing doc:new.
    const committed = await readManifest(dir);
    expect(committed.format).toBe('industry-kg/embedded@2');
    expect(committed.documents['doc:new']?.file).toMatch(/\.kgb$/);
    await s.close();

    const m1 = await readManifest(dir);
    expect(m1.format).toBe('industry-kg/embedded@2');
    const files = Object.entries(m1.documents);
    expect(files.filter(([id]) => id.startsWith('doc:v5-')).every(([, e]) => e.file.endsWith('.json'))).toBe(true);
    expect(m1.documents['doc:new']!.file).toMatch(/^[0-9a-f]{64}\.kgb$/);

    const s2 = await EmbeddedStore.open({ dir });
    const after = await s2.exportGraph();
    expect(after.nodes.filter((n) => n.id !== 'lab:new')).toEqual(before.nodes);
    expect(after.edges).toEqual(before.edges);
    expect((await s2.getNodes(['lab:new']))[0]?.name).toBe('新实验室');
    // Removing an old document deletes its JSON file like any batch file.
    const old = m1.documents['doc:v5-0']!.file;
    expect(await s2.removeDocument('doc:v5-0')).toBe(true);
    await s2.close();
    expect(await readdir(path.join(dir, 'batches'))).not.toContain(old);
  });

  it('writes binary batch files that replay to the same graph, and quarantines a torn one', async () => {
    const dir = await tempDir();
    const s = await EmbeddedStore.open({ dir, snapshot: { minLogBytes: Number.MAX_SAFE_INTEGER } });
    const { a, b } = fixture();
    await s.replaceDocument(a);
    await s.replaceDocument(b);
    const graph = await s.exportGraph();
    await s.close();
    const m = await readManifest(dir);
    expect(m.snapshot).toBeUndefined();
    expect(Object.values(m.documents).every((e) => e.file.endsWith('.kgb'))).toBe(true);
    const s2 = await EmbeddedStore.open({ dir });
    expect(s2.loadInfo).toMatchObject({ fromSnapshot: false, replayed: 2 });
    expect(await s2.exportGraph()).toEqual(graph);
    await s2.close();

    // A crash that left a batch file short (its manifest entry already written): caught by the
    // checksum, the document quarantined, the rest loaded.
    const fa = path.join(dir, 'batches', m.documents['doc:a']!.file);
    const bytes = await readFile(fa);
    await writeFile(fa, bytes.subarray(0, bytes.length - 7));
    const s3 = await EmbeddedStore.open({ dir });
    expect((await s3.listDocumentRecords()).map((r) => r.documentId)).toEqual(['doc:b']);
    expect(s3.quarantined()).toMatchObject([{ documentId: 'doc:a', reason: expect.stringMatching(/checksum/) }]);
    await s3.close();
  });

  it('a replay of the batch files keeps the basis and confidence of evidence on an edge stated by several documents', async () => {
    // Before: reading a batch from disk dropped evidence fields beyond the five for edges another
    // document already stated (a full replay, or a server following the CLI's commits).
    const dir = await tempDir();
    const s = await EmbeddedStore.open({ dir, snapshot: { minLogBytes: Number.MAX_SAFE_INTEGER } });
    const doc = (d: string) =>
      batch(
        d,
        [node('park:p', 'Park', '信创园'), node('industry:i', 'Industry', '信创')],
        [
          {
            id: 'HOSTS:park:p->industry:i',
            type: 'HOSTS',
            source: 'park:p',
            target: 'industry:i',
            properties: { basis: 'listed', confidence: 0.6 },
            evidence: [{ documentId: d, text: '信创园发展信创等产业。', start: 0, end: 11, basis: 'listed', confidence: 0.6 }],
          },
        ],
      );
    await s.replaceDocument(doc('doc:a'));
    await s.replaceDocument(doc('doc:b'));
    const live = await s.exportGraph();
    await s.close();
    const s2 = await EmbeddedStore.open({ dir });
    expect(s2.loadInfo.fromSnapshot).toBe(false);
    const replayed = await s2.exportGraph();
    expect(replayed).toEqual(live);
    expect(replayed.edges[0]!.evidence.map((e) => e.basis)).toEqual(['listed', 'listed']);
    await s2.close();
  });

  it('refuses a manifest of a newer format with a clear STORE_CORRUPT error, touching nothing', async () => {
    const dir = await tempDir();
    const s = await EmbeddedStore.open({ dir });
    await s.replaceDocument(fixture().a);
    await s.close();
    const m = await readManifest(dir);
    const text = JSON.stringify({ ...m, format: 'industry-kg/embedded@9' });
    await writeFile(path.join(dir, 'manifest.json'), text);
    await expect(EmbeddedStore.open({ dir })).rejects.toMatchObject({ code: 'STORE_CORRUPT', message: expect.stringMatching(/embedded@9.*upgrade/) });
    expect(await readFile(path.join(dir, 'manifest.json'), 'utf8')).toBe(text);
  });
});
