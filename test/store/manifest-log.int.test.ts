// The manifest's append-only log (server/src/store/embedded/manifest-log.ts): a document commit
// appends one line instead of rewriting the whole manifest; the log is folded into manifest.json
// when it grows as large and on close; a crash leaves a state that loads (a torn last line is
// ignored and cut off); a damaged log is refused; older data directories (no log) open and commit.
import { cp, mkdtemp, readFile, readdir, rm, stat, appendFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { ManifestLog } from '../../server/src/store/embedded/manifest-log.ts';
import { batch, node } from './contract.ts';

const FIXTURE_V5 = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/store-v5');
const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const d = await mkdtemp(path.join(os.tmpdir(), 'kg-manifest-log-'));
  dirs.push(d);
  return d;
}
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

const doc = (i: number) => batch(`doc:m${i}`, [node(`lab:m${i}`, 'Lab', `实验室${i}`)], []);
const ids = async (s: EmbeddedStore) => (await s.listDocumentRecords()).map((r) => r.documentId);
const want = (n: number) => Array.from({ length: n }, (_, i) => `doc:m${i}`).sort();
const entry = (i: number) => {
  const h = i.toString(16).padStart(64, '0');
  return { file: `${h}.json`, sha256: h, sourceHash: `s${i}` };
};

/** A copy of a data directory as it is on disk now: what a crash at this moment leaves. */
async function crashCopy(dir: string): Promise<string> {
  const copy = await tempDir();
  await cp(dir, copy, { recursive: true });
  await rm(path.join(copy, 'LOCK'), { force: true });
  return copy;
}

/** A store that committed documents 0..n-1 and was closed, and a copy of it taken just before the close. */
async function crashedAfter(n: number): Promise<{ dir: string; copy: string }> {
  const dir = await tempDir();
  const s = await EmbeddedStore.open({ dir });
  for (let i = 0; i < n; i++) await s.replaceDocument(doc(i));
  const copy = await crashCopy(dir);
  await s.close();
  return { dir, copy };
}

describe('embedded store: manifest log', () => {
  it('appends one short line per document commit and leaves manifest.json alone', async () => {
    const dir = await tempDir();
    const s = await EmbeddedStore.open({ dir });
    await s.replaceDocument(doc(0)); // the first commit here writes a base that names its log
    const base = await stat(path.join(dir, 'manifest.json'));
    const sizes: number[] = [];
    for (let i = 1; i <= 30; i++) {
      await s.replaceDocument(doc(i));
      sizes.push((await stat(path.join(dir, 'manifest.log'))).size);
    }
    await s.removeDocument('doc:m30');
    const after = await stat(path.join(dir, 'manifest.json'));
    expect([after.ino, after.size, after.mtimeMs]).toEqual([base.ino, base.size, base.mtimeMs]);
    // Each commit adds the same few hundred bytes, whatever the number of documents already in.
    const steps = sizes.slice(1).map((x, k) => x - sizes[k]!);
    expect(Math.max(...steps)).toBeLessThan(400);
    expect(Math.max(...steps) - Math.min(...steps)).toBeLessThan(8);
    const lines = (await readFile(path.join(dir, 'manifest.log'), 'utf8')).split('\n').filter(Boolean);
    expect(lines).toHaveLength(1 + 30 + 1);
    for (const l of lines) expect(l).toMatch(/^[0-9a-f]{16} \{.*\}$/);

    // A crash now: every commit is in the log, and the log is read on open.
    const copy = await crashCopy(dir);
    const c = await EmbeddedStore.open({ dir: copy });
    expect(await ids(c)).toEqual(want(30));
    expect((await c.getNodes(['lab:m29']))[0]?.name).toBe('实验室29');
    await c.close();

    // Closing folds the log into manifest.json: a reader that knows no log sees every document.
    await s.close();
    expect(await readdir(dir)).not.toContain('manifest.log');
    const m = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { documents: Record<string, unknown>; log?: string };
    expect(Object.keys(m.documents).sort()).toEqual(want(30));
    expect(m.log).toBeUndefined();
    const r = await EmbeddedStore.open({ dir });
    expect(await ids(r)).toEqual(want(30));
    await r.close();
  });

  it('ignores a torn last line left by a crash and cuts it off at the next commit', async () => {
    const { copy } = await crashedAfter(5);
    await appendFile(path.join(copy, 'manifest.log'), '0123456789abcdef {"g":99,"set":{"doc:x":' + 'x'.repeat(1000));
    const c = await EmbeddedStore.open({ dir: copy });
    expect(await ids(c)).toEqual(want(5));
    await c.replaceDocument(doc(5));
    const text = await readFile(path.join(copy, 'manifest.log'), 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    for (const l of text.split('\n').filter(Boolean)) expect(l).toMatch(/^[0-9a-f]{16} \{.*\}$/);
    const again = await crashCopy(copy);
    const d = await EmbeddedStore.open({ dir: again });
    expect(await ids(d)).toEqual(want(6));
    await d.close();
    await c.close();
  });

  it('refuses a log damaged before its end with STORE_CORRUPT (no commit is dropped silently)', async () => {
    const { copy } = await crashedAfter(4);
    const p = path.join(copy, 'manifest.log');
    const lines = (await readFile(p, 'utf8')).split('\n');
    lines[2] = lines[2]!.replace('doc:m', 'doc:n');
    await writeFile(p, lines.join('\n'));
    await expect(EmbeddedStore.open({ dir: copy })).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
  });

  it('ignores a log that does not extend manifest.json (rewritten by a version that knows no log)', async () => {
    const { copy } = await crashedAfter(3);
    // An older version commits doc:m9 by rewriting the whole manifest without the `log` field.
    const mp = path.join(copy, 'manifest.json');
    const m = JSON.parse(await readFile(mp, 'utf8')) as { documents: Record<string, unknown>; log?: string; generation: number };
    delete m.log;
    m.generation += 1;
    await writeFile(mp, JSON.stringify(m));
    const c = await EmbeddedStore.open({ dir: copy });
    expect(await ids(c)).toEqual(['doc:m0']);
    await c.replaceDocument(doc(1));
    await c.close();
    const d = await EmbeddedStore.open({ dir: copy });
    expect(await ids(d)).toEqual(['doc:m0', 'doc:m1']);
    await d.close();
  });

  it('recovers from a crash between writing a new manifest.json and starting its log', async () => {
    const { dir, copy } = await crashedAfter(3);
    // The new base (all three documents, naming a log that was never written) replaced the old
    // one; the old log (another id) is still there.
    const mp = path.join(copy, 'manifest.json');
    const m = JSON.parse(await readFile(mp, 'utf8')) as { documents: Record<string, unknown>; log?: string; generation: number };
    const full = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { documents: Record<string, unknown> };
    m.documents = full.documents;
    m.generation += 2;
    m.log = 'f'.repeat(16);
    await writeFile(mp, JSON.stringify(m));
    const c = await EmbeddedStore.open({ dir: copy });
    expect(await ids(c)).toEqual(want(3));
    await c.replaceDocument(doc(3));
    const after = await crashCopy(copy);
    await c.close();
    const d = await EmbeddedStore.open({ dir: after });
    expect(await ids(d)).toEqual(want(4));
    await d.close();
  });

  it('opens a data directory of an older version (no log) and commits to it', async () => {
    const dir = await tempDir();
    await cp(FIXTURE_V5, dir, { recursive: true });
    const s = await EmbeddedStore.open({ dir });
    const before = await ids(s);
    expect(before.length).toBeGreaterThan(0);
    await s.replaceDocument(doc(0));
    await s.replaceDocument(doc(1));
    const copy = await crashCopy(dir);
    await s.close();
    for (const d of [dir, copy]) {
      const r = await EmbeddedStore.open({ dir: d });
      expect(await ids(r)).toEqual([...before, 'doc:m0', 'doc:m1'].sort());
      await r.close();
    }
  });

  it('folds the log into the base once the log is as large, and readers follow across the fold', async () => {
    const dir = await tempDir();
    const w = new ManifestLog(dir);
    w.minLogBytes = 0;
    const r = new ManifestLog(dir);
    let m = await w.read();
    const baseInos = new Set<number>();
    for (let g = 1; g <= 40; g++) {
      await w.commit({ delta: { set: { [`doc:${g}`]: entry(g) }, del: g % 5 === 0 ? [`doc:${g - 1}`] : [] }, generation: g });
      baseInos.add((await stat(path.join(dir, 'manifest.json'))).ino);
      m = await r.read(); // a follower, reading only what was appended since
      expect(m.generation).toBe(g);
    }
    const expected = Array.from({ length: 40 }, (_, i) => `doc:${i + 1}`).filter((_, i) => (i + 2) % 5 !== 0);
    expect(Object.keys(m.documents).sort()).toEqual(expected.sort());
    // The base was rewritten as the log caught up with it: more than once, far less than per commit.
    expect(baseInos.size).toBeGreaterThan(1);
    expect(baseInos.size).toBeLessThan(15);
    expect(Object.keys((await new ManifestLog(dir).read()).documents).sort()).toEqual(expected.sort());
  });
});
