// `kg ingest` killed mid-way (SIGKILL at random moments while it extracts and group-commits a
// directory of documents): the restart loads without warnings, holds exactly the documents of a
// prefix of the file order (every one the CLI acknowledged with ✓, a group all-or-nothing), each
// as a clean ingest stores it; a re-run of the same ingest completes the store to the graph of a
// clean ingest.
import { spawn } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { CLI, runCli, SEEDS, tempDir } from '../integration/helpers.ts';

const KILLS = Number(process.env.INGEST_KILLS ?? 5);
const SOURCES = ['000_3f4638d7d7188070.txt', '004_fdc6922baeda3b1e.txt'];
const FILES = Array.from({ length: 9 }, (_, k) => `d${String(k).padStart(2, '0')}.txt`);
let work: { dir: string; cleanup: () => Promise<void> };
let input = '';

beforeAll(async () => {
  work = await tempDir('kg-ingestcrash-');
  input = path.join(work.dir, 'in');
  await mkdir(input);
  for (const [k, f] of FILES.entries()) await copyFile(path.join(SEEDS, SOURCES[k % SOURCES.length]!), path.join(input, f));
});
afterAll(async () => {
  await work?.cleanup();
});

/**
 * `kg ingest input --data dir` (groups close as soon as their oldest document is ready, so there are several even on a quiet machine), SIGKILLed `afterMs` after it
 * acknowledged its `afterAcks`-th document (counted, not timed from the first: on a quiet machine the whole
 * directory commits within a fixed delay after the first ✓, and no kill would land mid-way); the files it acknowledged.
 */
function ingestAndKill(dir: string, afterAcks: number, afterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'ingest', input, '--data', dir], { env: { ...process.env, NEO4J_URI: '', KG_INGEST_GROUP_MS: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    let armed = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => {
      err += d;
      if (!armed && (err.match(/✓/g)?.length ?? 0) >= afterAcks) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), afterMs);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) return reject(new Error(`kg ingest exited ${code}: ${err}`));
      resolve([...err.matchAll(/✓ (\S+) →/g)].map((m) => m[1]!));
    });
  });
}

const docId = (f: string) => `doc:${f.replace(/\.txt$/, '')}`;

describe('kg ingest: crash during group commits', () => {
  it(`restarts into a prefix of the files after ${KILLS} SIGKILLs, and a re-run completes it`, async () => {
    const clean = path.join(work.dir, 'clean');
    expect((await runCli(['ingest', input, '--data', clean])).code).toBe(0);
    const reference = await EmbeddedStore.open({ dir: clean });
    const full = await reference.exportGraph();
    let seed = 99;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const seen = new Set<number>();
    for (let k = 0; k < KILLS; k++) {
      const dir = path.join(work.dir, `run${k}`);
      const acked = await ingestAndKill(dir, 1 + Math.floor(rand() * (FILES.length - 2)), Math.floor(rand() * 150));
      const store = await EmbeddedStore.open({ dir });
      expect(store.warnings()).toEqual([]);
      const stored = (await store.listDocumentRecords()).map((r) => r.documentId);
      const p = stored.length;
      seen.add(p);
      expect(stored, `kill ${k}: acknowledged ${acked.join(' ')}`).toEqual(FILES.slice(0, p).map(docId));
      expect(p).toBeGreaterThanOrEqual(acked.length);
      expect(acked).toEqual(FILES.slice(0, acked.length));
      // Each stored document is what the clean ingest stored for it.
      for (const id of stored) {
        const [a] = await store.getNodes([id]);
        const [b] = await reference.getNodes([id]);
        expect(a).toEqual(b);
        const ea = await store.edgesOf({ ids: [id], direction: 'out' });
        const eb = await reference.edgesOf({ ids: [id], direction: 'out' });
        expect(ea.length).toBe(eb.length);
      }
      await store.close();
      if (k === KILLS - 1) {
        // The same ingest again completes the store: the clean graph.
        expect((await runCli(['ingest', input, '--data', dir])).code).toBe(0);
        const done = await EmbeddedStore.open({ dir });
        expect(await done.exportGraph()).toEqual(full);
        await done.close();
      }
    }
    await reference.close();
    // Some kill landed mid-way (neither before the first commit nor after the last).
    expect([...seen].some((p) => p > 0 && p < FILES.length)).toBe(true);
    console.log(`ingest crash test: ${KILLS} kills, documents stored at the kills: ${[...seen].sort((a, b) => a - b).join(', ')} of ${FILES.length}`);
  }, 600_000);
});
