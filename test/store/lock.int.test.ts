// One writer per data directory (issue 10): the lock file, its messages, stale-lock recovery, and
// two stores sharing one directory (each commit re-reads the manifest under the lock and catches
// up with the other's documents; nothing is lost or swept by the other writer).
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DirLock, processStartTime } from '../../server/src/store/embedded/lock.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { batch, edge, ev, node } from './contract.ts';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const d = await mkdtemp(path.join(os.tmpdir(), 'kg-lock-'));
  dirs.push(d);
  return d;
}
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** The pid of a process that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

function docBatch(i: number) {
  const id = `doc:t${i}`;
  return batch(id, [node(id, 'Document', `文件${i}`), node(`enterprise:e${i}`, 'Enterprise', `企业${i}`), node('industry:信创', 'Industry', '信创', [`别名${i}`])], [
    edge('MENTIONS', id, `enterprise:e${i}`, [ev(id, `企业${i}的句子。`)]),
    edge('IN_INDUSTRY', `enterprise:e${i}`, 'industry:信创', [ev(id, `企业${i}属于信创。`, 20)]),
  ]);
}

describe('data directory lock', () => {
  it('a second writer waits, then gets STORE_LOCKED naming the holder', async () => {
    const dir = await tempDir();
    const a = new DirLock(dir, 'kg serve');
    await a.acquire();
    const b = new DirLock(dir, 'kg ingest', { timeoutMs: 150 });
    const t0 = Date.now();
    const err = await b.acquire().then(
      () => null,
      (e: unknown) => e as Error & { code?: string },
    );
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    expect(err?.code).toBe('STORE_LOCKED');
    expect(err?.message).toContain(`pid ${process.pid} on ${os.hostname()} (kg serve`);
    expect(err?.message).toContain(dir);
    expect(await b.tryAcquire()).toBe(false);
    await a.release();
    expect(await b.tryAcquire()).toBe(true);
    await b.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('breaks a stale lock whose process is gone', async () => {
    const dir = await tempDir();
    const pid = deadPid();
    await writeFile(path.join(dir, 'LOCK'), JSON.stringify({ pid, host: os.hostname(), startedAt: new Date(0).toISOString(), command: 'kg ingest', nonce: 'old' }));
    const l = new DirLock(dir, 'kg ingest', { timeoutMs: 2000 });
    await l.acquire();
    expect(JSON.parse(await readFile(path.join(dir, 'LOCK'), 'utf8')).pid).toBe(process.pid);
    await l.release();
  });

  it('breaks a lock whose pid was reused by another process (start time differs)', async () => {
    const dir = await tempDir();
    const start = processStartTime(process.pid);
    if (start === undefined) return; // not Linux: the start time is not available
    await writeFile(path.join(dir, 'LOCK'), JSON.stringify({ pid: process.pid, host: os.hostname(), procStart: String(Number(start) - 1), startedAt: '?', command: 'x', nonce: 'n' }));
    const l = new DirLock(dir, 'kg ingest', { timeoutMs: 2000 });
    await l.acquire();
    await l.release();
  });

  it('does not break a lock held on another host; the message says how to clear it', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'LOCK'), JSON.stringify({ pid: 1, host: 'other-host.example', startedAt: new Date().toISOString(), command: 'kg serve', nonce: 'n' }));
    const err = await new DirLock(dir, 'kg ingest', { timeoutMs: 50 }).acquire().then(
      () => null,
      (e: unknown) => e as Error & { code?: string },
    );
    expect(err?.code).toBe('STORE_LOCKED');
    expect(err?.message).toMatch(/other-host\.example/);
    expect(err?.message).toContain(`delete ${path.join(dir, 'LOCK')}`);
  });

  it('many concurrent acquirers: each gets the lock alone', async () => {
    const dir = await tempDir();
    let inside = 0;
    let maxInside = 0;
    await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const l = new DirLock(dir, `w${i}`, { timeoutMs: 10_000 });
        for (let k = 0; k < 5; k++) {
          await l.acquire();
          inside++;
          maxInside = Math.max(maxInside, inside);
          await new Promise((r) => setTimeout(r, 2));
          inside--;
          await l.release();
        }
      }),
    );
    expect(maxInside).toBe(1);
  });
});

describe('two stores on one data directory', () => {
  it('each commit catches up with the other writer; nothing is lost or swept', async () => {
    const dir = await tempDir();
    const a = await EmbeddedStore.open({ dir, command: 'A' });
    const b = await EmbeddedStore.open({ dir, command: 'B' });
    await Promise.all([
      (async () => {
        for (let i = 0; i < 20; i += 2) await a.replaceDocument(docBatch(i));
      })(),
      (async () => {
        for (let i = 1; i < 20; i += 2) await b.replaceDocument(docBatch(i));
      })(),
    ]);
    await a.removeDocument('doc:t1'); // written by B
    await b.replaceDocument(docBatch(3)); // unchanged: a no-op for the graph
    // B caught up with A's documents at its own commits; A follows B's without writing.
    await a.followOnce();
    const want = Array.from({ length: 20 }, (_, i) => `doc:t${i}`).filter((d) => d !== 'doc:t1').sort();
    for (const s of [a, b]) {
      expect((await s.listDocumentRecords()).map((r) => r.documentId)).toEqual(want);
      const [ind] = await s.getNodes(['industry:信创']);
      expect(ind?.aliases).toHaveLength(19);
      expect((await s.stats()).edges).toBe(38);
    }
    await a.close();
    await b.close();
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
    const files = (Object.values(manifest.documents) as { file: string }[]).map((e) => e.file).sort();
    expect((await readdir(path.join(dir, 'batches'))).sort()).toEqual(files);
    expect(await readdir(dir)).not.toContain('LOCK');
    const c = await EmbeddedStore.open({ dir });
    expect((await c.listDocumentRecords()).map((r) => r.documentId)).toEqual(want);
    expect(c.quarantined()).toEqual([]);
    await c.close();
  });

  it('a writer that finds the lock held by a live process waits and then says who holds it', async () => {
    const dir = await tempDir();
    const holder = new DirLock(dir, 'kg serve');
    await holder.acquire();
    const s = await EmbeddedStore.open({ dir, lockTimeoutMs: 100 });
    await expect(s.replaceDocument(docBatch(1))).rejects.toMatchObject({ code: 'STORE_LOCKED', message: expect.stringContaining('kg serve') });
    expect(await s.listDocumentRecords()).toEqual([]);
    await holder.release();
    await s.replaceDocument(docBatch(1));
    expect((await s.listDocumentRecords()).map((r) => r.documentId)).toEqual(['doc:t1']);
    await s.close();
  });
});
