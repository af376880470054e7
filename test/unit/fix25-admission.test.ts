// Admission control of expensive queries, through HTTP (review17 H4: eight expensive anonymous
// queries at once held /healthz for 11.9 s and 1.24 GB; nothing bounded how many ran at once).
// KG_ANALYSIS_CONCURRENCY expensive queries run, KG_ANALYSIS_QUEUE wait at most KG_ANALYSIS_QUEUE_MS,
// the rest are answered BUSY (503, Retry-After) without running; cheap queries and /healthz never wait.
import { describe, expect, it } from 'vitest';
import { AdmissionGate } from '../../server/src/graphql/guard.ts';
import { createApp } from '../../server/src/http/app.ts';
import { fakeStore } from '../fixtures/store-doubles.ts';
import { appPerTest } from '../fixtures/served-app.ts';


const ENV = ['KG_ANALYSIS_CONCURRENCY', 'KG_ANALYSIS_QUEUE', 'KG_ANALYSIS_QUEUE_MS'] as const;
const served = appPerTest(ENV);

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: Record<string, unknown>; errors?: { message: string; extensions: { code: string } }[] };
  ms: number;
}

async function post(url: string, query: string): Promise<Answer> {
  const t0 = performance.now();
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Answer['body'], ms: performance.now() - t0 };
}

// depth 3: an analysis (the canvas asks depth ≤ 2 with ≤ 1,000 nodes, which stays cheap)
const hood = (i: number) => `{ neighborhood(ids: ["enterprise:e${i}"], depth: 3) { truncated nodes { id } } }`;
const codes = (a: Answer) => (a.body.errors ?? []).map((e) => e.extensions.code);

describe('admission control of expensive queries (HTTP)', () => {
  it('runs KG_ANALYSIS_CONCURRENCY at once, queues KG_ANALYSIS_QUEUE, refuses the rest BUSY 503 with Retry-After; cheap queries and /healthz pass', async () => {
    process.env.KG_ANALYSIS_CONCURRENCY = '1';
    process.env.KG_ANALYSIS_QUEUE = '1';
    process.env.KG_ANALYSIS_QUEUE_MS = '400';
    const started: string[] = [];
    const finish: (() => void)[] = [];
    const store = fakeStore({
      ping: async () => undefined,
      getNodes: async (ids: string[]) => ids.map((id) => ({ id, label: 'Enterprise', name: id, aliases: [], properties: {} })) as never,
      stats: async () => ({ nodes: 7, edges: 3, byLabel: {}, byType: {} }) as never,
      // each analysis holds its slot until the test lets it finish
      neighborhood: (ids: string[]) =>
        new Promise((resolve) => {
          started.push(ids[0]!);
          finish.push(() => resolve({ nodes: [], edges: [], truncated: false }));
        }),
    });
    const { port } = await served.serve({ store, log: () => undefined, responseCache: null });
    const url = `http://127.0.0.1:${port}`;

    const first = post(url, hood(1));
    await waitFor(() => started.length === 1);
    const second = post(url, hood(2)); // waits in the queue
    await new Promise((r) => setTimeout(r, 50));
    const third = await post(url, hood(3)); // the queue is full: refused at once
    expect(third.status).toBe(503);
    expect(codes(third)).toEqual(['BUSY']);
    expect(third.body.errors![0]!.message).toMatch(/服务器正忙/);
    expect(Number(third.retryAfter)).toBeGreaterThanOrEqual(1);

    // Cheap queries and /healthz do not wait behind the analyses.
    const cheap = await post(url, '{ stats { nodes } }');
    expect(cheap.status).toBe(200);
    expect(cheap.body.data).toEqual({ stats: { nodes: 7 } });
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    const h = (await health.json()) as { admission: { running: number; queued: number; refused: number } };
    expect(h.admission).toMatchObject({ running: 1, queued: 1, refused: 1 });

    // The queued one is refused when its wait passes; it never ran.
    const second2 = await second;
    expect(second2.status).toBe(503);
    expect(codes(second2)).toEqual(['BUSY']);
    expect(second2.ms).toBeGreaterThanOrEqual(350);
    expect(started).toEqual(['enterprise:e1']);

    // The running one answers; its slot is free again.
    finish[0]!();
    const first2 = await first;
    expect(first2.status).toBe(200);
    expect(first2.body.data).toEqual({ neighborhood: { truncated: false, nodes: [] } });
    const next = post(url, hood(4));
    await waitFor(() => started.length === 2);
    finish[1]!();
    expect((await next).body.data).toEqual({ neighborhood: { truncated: false, nodes: [] } });
  });

  it('a queued query runs when a slot frees before its wait passes', async () => {
    process.env.KG_ANALYSIS_CONCURRENCY = '1';
    process.env.KG_ANALYSIS_QUEUE = '4';
    process.env.KG_ANALYSIS_QUEUE_MS = '10000';
    const started: string[] = [];
    const finish: (() => void)[] = [];
    const store = fakeStore({
      ping: async () => undefined,
      getNodes: async (ids: string[]) => ids.map((id) => ({ id, label: 'Enterprise', name: id, aliases: [], properties: {} })) as never,
      neighborhood: (ids: string[]) =>
        new Promise((resolve) => {
          started.push(ids[0]!);
          finish.push(() => resolve({ nodes: [], edges: [], truncated: false }));
        }),
    });
    const { url } = await served.serve({ store, log: () => undefined, responseCache: null });
    const a = post(url, hood(1));
    await waitFor(() => started.length === 1);
    const b = post(url, hood(2));
    await new Promise((r) => setTimeout(r, 100));
    expect(started).toEqual(['enterprise:e1']); // b waits, it does not run beside a
    finish[0]!();
    await waitFor(() => started.length === 2);
    finish[1]!();
    expect((await a).status).toBe(200);
    expect((await b).status).toBe(200);
  });

  it('classifies by the fields and their arguments or by the cost: the canvas neighbourhood passes, a deep one or a query of cost ≥ 200,000 waits (here: is refused, no queue)', async () => {
    process.env.KG_ANALYSIS_CONCURRENCY = '1';
    process.env.KG_ANALYSIS_QUEUE = '0';
    const started: string[] = [];
    const finish: (() => void)[] = [];
    const store = fakeStore({
      ping: async () => undefined,
      getNodes: async (ids: string[]) => ids.map((id) => ({ id, label: 'Enterprise', name: id, aliases: [], properties: {} })) as never,
      neighborhood: (ids: string[], o?: { depth?: number }) =>
        o?.depth === 1
          ? Promise.resolve({ nodes: [], edges: [], truncated: false })
          : new Promise((resolve) => {
              started.push(ids[0]!);
              finish.push(() => resolve({ nodes: [], edges: [], truncated: false }));
            }),
    });
    const { url } = await served.serve({ store, log: () => undefined, responseCache: null });
    const held = post(url, hood(1));
    await waitFor(() => started.length === 1);
    // the canvas's query (depth 1, 300 nodes) is cheap: answered while the slot is taken
    const canvas = await post(url, '{ neighborhood(ids: ["enterprise:e2"], depth: 1, limit: 300) { truncated } }');
    expect(canvas.body.data).toEqual({ neighborhood: { truncated: false } });
    // the same field with a variable making it deep is expensive
    const viaVar = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query($d: Int) { neighborhood(ids: ["enterprise:e3"], depth: $d) { truncated } }', variables: { d: 4 } }),
    });
    expect(viaVar.status).toBe(503);
    expect(viaVar.headers.get('retry-after')).not.toBeNull();
    // no analysis field, but up to 200 × 1,000 edges with their ends: expensive by cost
    const costly = await post(url, '{ nodes(first: 200) { nodes { id edges(first: 1000) { id source { id } } } } }');
    expect(codes(costly)).toEqual(['BUSY']);
    // a mutation is never held (here refused for want of sign-in, at once)
    const write = await post(url, 'mutation { rejectEdge(id: "x", note: "n") { change { id } } }');
    expect(codes(write)).toEqual(['UNAUTHENTICATED']);
    finish[0]!();
    expect((await held).status).toBe(200);
    expect(started).toEqual(['enterprise:e1']);
  });

  it('refuses a malformed setting at start instead of ignoring it', async () => {
    process.env.KG_ANALYSIS_CONCURRENCY = '0';
    await expect(createApp({ store: fakeStore({}), log: () => undefined })).rejects.toMatchObject({ code: 'BAD_USAGE' });
    process.env.KG_ANALYSIS_CONCURRENCY = 'two';
    await expect(createApp({ store: fakeStore({}), log: () => undefined })).rejects.toThrow(/KG_ANALYSIS_CONCURRENCY/);
  });
});

describe('AdmissionGate', () => {
  it('hands a freed slot to signed-in callers first, and a signed-in caller takes the place of the last anonymous one when the queue is full', async () => {
    const gate = new AdmissionGate(1, 2, 10_000);
    const order: string[] = [];
    const release0 = await gate.acquire(false);
    const anon1 = gate.acquire(false).then((r) => (order.push('anon1'), r));
    const anon2 = gate.acquire(false).then(
      (r) => (order.push('anon2'), r),
      (e: { code: string }) => (order.push(`anon2 ${e.code}`), () => undefined),
    );
    const user = gate.acquire(true).then((r) => (order.push('user'), r));
    await anon2; // bumped out of the full queue
    release0();
    (await user)();
    (await anon1)();
    expect(order).toEqual(['anon2 BUSY', 'user', 'anon1']);
    expect(gate.stats()).toMatchObject({ running: 0, queued: 0, refused: 1 });
  });
});

async function waitFor(cond: () => boolean, ms = 5000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 10));
  }
}
