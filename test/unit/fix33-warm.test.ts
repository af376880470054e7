// fix33: the first 园区 or 审核 request after a start or a write paid for the park index (~30 s at 10⁵
// nodes) and the review queue (18–35 s), and answered TIMEOUT. The server now builds both in the
// background at start and after each write (graphql/warm.ts; `kg serve` unless KG_WARM=0), so users
// meet warm ones. Over HTTP, counted, not timed: the park index's build is the one read of the parks
// (listNodes of label Park on the store under the curation layer). With the warm-up, the requests after
// start and after a write read no parks themselves and the queue is not stale; without it (the old
// server) the first request builds.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateGraph } from '../../bench/generate-graph.ts';
import { resetParkIndexes } from '../../server/src/analysis/park-index.ts';
import { createApp, type App } from '../../server/src/http/app.ts';
import type { GraphBatch, GraphEdge, GraphNode } from '../../server/src/model.ts';
import { CuratedStore } from '../../server/src/store/curated/index.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { tempDir } from '../integration/helpers.ts';
import { countingParks } from '../fixtures/store-doubles.ts';

function newPark(): GraphBatch {
  const doc = 'doc:fix33-warm';
  const park: GraphNode = { id: 'park:fix33-warm', label: 'Park', name: '预热测试园', aliases: [], properties: { kind: 'park' } };
  const ind: GraphNode = { id: 'industry:fix33-warm', label: 'Industry', name: '预热测试产业', aliases: [], properties: { level: 'industry' } };
  const ev = { documentId: doc, text: '预热测试园发展预热测试产业。', start: 0, end: 14 };
  const edge: GraphEdge = { id: 'e:fix33-warm-hosts', type: 'HOSTS', source: park.id, target: ind.id, properties: {}, evidence: [ev] };
  return { documentId: doc, sourceHash: 'fix33-warm', nodes: [{ id: doc, label: 'Document', name: '预热测试文件', aliases: [], properties: {} }, park, ind], edges: [edge] };
}

let app: App | null = null;
let data: { dir: string; cleanup: () => Promise<void> } | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
  await data?.cleanup();
  data = null;
  resetParkIndexes();
});

let batches: GraphBatch[] = [];
beforeAll(() => {
  batches = generateGraph(2000, 5, 10);
});

async function serve(warm: boolean) {
  data = await tempDir('kg-fix33-warm-');
  const inner = await EmbeddedStore.open({ dir: data.dir });
  for (const b of batches) await inner.replaceDocument(b);
  const counted = countingParks(inner);
  const store = await CuratedStore.open(counted.store);
  app = await createApp({ store, log: () => undefined, responseCache: null, warm: warm ? 100 : false });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const ask = async (query: string) => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
  };
  const health = async () => (await (await fetch(`${url}/healthz`)).json()) as { warm?: { warmed: string | null } };
  /** Until /healthz says the graph as it reads now is warm. */
  const warmed = async () => {
    for (let i = 0; i < 600; i++) {
      const h = await health();
      if (h.warm?.warmed && h.warm.warmed === (await store.graphVersion())) return h.warm.warmed;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('never warm');
  };
  return { store, parkLists: counted.parkLists, ask, health, warmed };
}

const MATRIX = '{ parkMatrix { truncated rows(first: 1000) { park { id } } chains(first: 40) { industry { id } } } }';
const QUEUE = '{ reviewQueue(first: 5) { totalCount stale items { edge { id } } } }';

describe('the park index and the review queue are built in the background (HTTP)', () => {
  it('at start and after a write: the requests that follow read no parks and the queue is current', async () => {
    const s = await serve(true);
    await s.warmed();
    const built = s.parkLists();
    expect(built).toBeGreaterThan(0);
    const m = await s.ask(MATRIX);
    expect(m.errors).toBeUndefined();
    expect(m.data.parkMatrix.rows.length).toBeGreaterThan(5);
    const q = await s.ask(QUEUE);
    expect(q.errors).toBeUndefined();
    expect(q.data.reviewQueue.stale).toBe(false);
    expect(q.data.reviewQueue.totalCount).toBeGreaterThan(100);
    // the requests read no parks: the index was there
    expect(s.parkLists()).toBe(built);

    // a document written (as an ingest does): a new version, warmed without a request
    const before = await s.store.graphVersion();
    await s.store.replaceDocument(newPark());
    const after = await s.warmed();
    expect(after).not.toBe(before);
    const rebuilt = s.parkLists();
    expect(rebuilt).toBeGreaterThan(built);
    const f = await s.ask('{ parkFacts(park: "park:fix33-warm", industry: "industry:fix33-warm") { kind node { id } } }');
    expect(f.errors).toBeUndefined();
    expect(f.data.parkFacts).toEqual([{ kind: 'segment', node: { id: 'industry:fix33-warm' } }]);
    const q2 = await s.ask(QUEUE);
    expect(q2.data.reviewQueue.stale).toBe(false);
    expect(q2.data.reviewQueue.totalCount).toBe(q.data.reviewQueue.totalCount + 1);
    expect(s.parkLists()).toBe(rebuilt);
  }, 300_000);

  it('off (the server before): /healthz has no warm-up and the first request builds the index itself', async () => {
    const s = await serve(false);
    await new Promise((r) => setTimeout(r, 500));
    expect((await s.health()).warm).toBeUndefined();
    expect(s.parkLists()).toBe(0);
    const m = await s.ask(MATRIX);
    expect(m.errors).toBeUndefined();
    expect(s.parkLists()).toBeGreaterThan(0);
  }, 300_000);
});
