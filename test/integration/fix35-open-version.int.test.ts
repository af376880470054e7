// fix35: the curated store's graph version moved once, about refreshMs (2 s in `kg serve`) after it
// opened, without any write: its periodic refresh compared the document list with an empty print
// on its first run and took the difference for another process's documents. Every per-version
// cache (the response cache, the park index, the review queue) was built twice after a start. Now
// opening reads the print, so the first refresh finds nothing changed.
//
// Over HTTP as the server runs (createApp over an embedded store behind the curation layer, the
// warm-up on), with a short refresh period so the test waits a few of them instead of seconds.
import { afterEach, describe, expect, it } from 'vitest';
import { generateGraph } from '../../bench/generate-graph.ts';
import { resetParkIndexes } from '../../server/src/analysis/park-index.ts';
import { createApp } from '../../server/src/http/app.ts';
import { CuratedStore } from '../../server/src/store/curated/index.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { tempDir } from './helpers.ts';

const REFRESH_MS = 300;

/** What a test opened, closed after it in the reverse order (the app, then the store, then its directory). */
const opened: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of opened.splice(0).reverse()) await close();
  resetParkIndexes();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Health {
  responseCache: { generation: number | null; hits: number; misses: number };
  warm?: { warmed: string | null; parkIndexes: { version: string }[]; reviewQueue: { version: string | null } };
}

describe('opening the curated store settles its version (HTTP)', () => {
  it('no write, several refresh periods: the version, the cache generation and the warm-up stay as they were at open', async () => {
    const data = await tempDir('kg-fix35-open-');
    opened.push(data.cleanup);
    const writer = await EmbeddedStore.open({ dir: data.dir });
    for (const b of generateGraph(300, 7, 10)) await writer.replaceDocument(b);
    await writer.close();

    const store = await CuratedStore.open(await EmbeddedStore.open({ dir: data.dir }), { refreshMs: REFRESH_MS });
    opened.push(() => store.close());
    const atOpen = await store.graphVersion();
    const generationAtOpen = await store.dataGeneration();
    const logs: string[] = [];
    const app = await createApp({ store, log: (m) => logs.push(m), warm: 50 });
    opened.push(() => app.close());
    const url = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
    const health = async () => (await (await fetch(`${url}/healthz`)).json()) as Health;
    const ask = async (query: string) => {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
      return res.headers.get('x-cache');
    };
    const QUERY = '{ stats { nodes edges documents } }';
    expect(await ask(QUERY)).toBe('miss');

    // several refresh periods and warm-up polls, with requests in between (each read may refresh)
    let warmed: string | null = null;
    for (let i = 0; i < 40 && (warmed === null || i < 12); i++) {
      await sleep(REFRESH_MS / 2);
      await ask('{ nodes(label: Park, first: 1) { totalCount } }');
      warmed = (await health()).warm?.warmed ?? null;
    }
    expect(warmed).toBe(atOpen);
    expect(await store.graphVersion()).toBe(atOpen);
    expect(await store.dataGeneration()).toBe(generationAtOpen);

    // the answer given before the refreshes is still the cached one
    expect(await ask(QUERY)).toBe('hit');
    const h = await health();
    expect(h.responseCache.generation).toBe(generationAtOpen);
    expect(h.warm?.parkIndexes.map((p) => p.version)).toEqual([atOpen]);
    expect(h.warm?.reviewQueue.version).toBe(atOpen);
    // one warm-up round, for the version of the open store
    expect(logs.filter((m) => m.includes('预热完成'))).toEqual([expect.stringContaining(atOpen)]);
  }, 120_000);

  it('another process writes a document: the refresh still sees it (the version moves once)', async () => {
    const data = await tempDir('kg-fix35-open-');
    opened.push(data.cleanup);
    const batches = generateGraph(300, 7, 10);
    const writer = await EmbeddedStore.open({ dir: data.dir });
    for (const b of batches.slice(0, -1)) await writer.replaceDocument(b);
    await writer.close();

    const inner = await EmbeddedStore.open({ dir: data.dir });
    const store = await CuratedStore.open(inner, { refreshMs: REFRESH_MS });
    opened.push(() => store.close());
    inner.startFollowing(50);
    const atOpen = await store.graphVersion();
    await sleep(REFRESH_MS * 2);
    expect(await store.graphVersion()).toBe(atOpen);

    const other = await EmbeddedStore.open({ dir: data.dir });
    await other.replaceDocument(batches[batches.length - 1]!);
    await other.close();
    let moved = atOpen;
    for (let i = 0; i < 100 && moved === atOpen; i++) {
      await sleep(50);
      moved = await store.graphVersion();
    }
    expect(moved).not.toBe(atOpen);
    await sleep(REFRESH_MS * 2);
    expect(await store.graphVersion()).toBe(moved);
  }, 120_000);
});
