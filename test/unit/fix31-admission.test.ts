// review18 H2, M1, L2: admission control with a share per client and for anonymous callers, one analysis per request, and a
// BUSY message naming the limit actually hit. Through HTTP: two addresses (127.0.0.1 and 127.0.0.2 on the loopback), an
// editor by API token, a fake store whose analyses hold their slot until the test lets them finish.
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import type { AuthStore } from '../../server/src/auth/users.ts';
import { AdmissionGate } from '../../server/src/graphql/guard.ts';
import { admissionFromEnv } from '../../server/src/graphql/limits.ts';
import { fakeStore } from '../fixtures/store-doubles.ts';
import { appPerTest } from '../fixtures/served-app.ts';


const served = appPerTest();

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions: { code: string; limit?: string } }[] };
}

/** One GraphQL POST from `from` (a loopback address), as the editor when `token` is given. */
function post(port: number, query: string, from = '127.0.0.1', token?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify({ query });
    const req = http.request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', localAddress: from, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...(token ? { authorization: `Bearer ${token}` } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, retryAfter: (res.headers['retry-after'] as string | undefined) ?? null, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer['body'] }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

const hood = (i: number) => `{ neighborhood(ids: ["enterprise:e${i}"], depth: 3) { truncated } }`;
const codes = (a: Answer) => (a.body.errors ?? []).map((e) => `${e.extensions.code} ${e.extensions.limit ?? ''}`.trim());

function heldStore() {
  const started: string[] = [];
  const finish: (() => void)[] = [];
  const store = fakeStore({
    ping: async () => undefined,
    stats: async () => ({ nodes: 7, edges: 3, byLabel: {}, byType: {} }) as never,
    getNodes: async (ids: string[]) => ids.map((id) => ({ id, label: 'Enterprise', name: id, aliases: [], properties: {} })) as never,
    neighborhood: (ids: string[]) =>
      new Promise((resolve) => {
        started.push(ids[0]!);
        finish.push(() => resolve({ nodes: [], edges: [], truncated: false }));
      }),
  });
  return { store, started, finish };
}

const auth = {
  tokenPrincipal: async (t: string) => (t === 'editor-token' ? { name: 'ed', role: 'editor', via: 'token' } : null),
  sessionPrincipal: async () => null,
} as unknown as AuthStore;

describe('fair admission (HTTP)', () => {
  it('anonymous callers never hold every slot, one client runs one analysis, an editor gets the slot kept for signed-in callers', async () => {
    const { store, started, finish } = heldStore();
    const { port } = await served.serve({ store, auth, log: () => undefined, responseCache: null, admission: { concurrency: 2, queue: 8, queueMs: 300, clientQueue: 2 } });

    const a1 = post(port, hood(1), '127.0.0.1');
    await waitFor(() => started.length === 1);
    // a second anonymous client waits: the other slot is not for anonymous callers; its wait passes, BUSY names that limit
    const b1 = await post(port, hood(2), '127.0.0.2');
    expect(b1.status).toBe(503);
    expect(codes(b1)).toEqual(['BUSY KG_ANALYSIS_ANONYMOUS']);
    expect(b1.body.errors![0]!.message).toMatch(/未登录用户同时最多 1 个/);
    expect(b1.body.errors![0]!.message).not.toMatch(/排队/);
    expect(Number(b1.retryAfter)).toBeGreaterThanOrEqual(1);
    // the first client's further analyses: two may wait (its own share is taken), the third is refused at once
    const a2 = post(port, hood(3), '127.0.0.1');
    const a3 = post(port, hood(4), '127.0.0.1');
    await waitFor(async () => ((await health(port)).queued as number) === 2);
    const a4 = await post(port, hood(5), '127.0.0.1');
    expect(codes(a4)).toEqual(['BUSY KG_ANALYSIS_CLIENT_QUEUE']);
    expect(a4.body.errors![0]!.message).toMatch(/本客户端已有 1 个分析查询在执行、2 个在等待/);
    // the editor runs at once beside the anonymous one
    const ed = post(port, hood(6), '127.0.0.2', 'editor-token');
    await waitFor(() => started.length === 2);
    expect(started).toEqual(['enterprise:e1', 'enterprise:e6']);
    expect(await health(port)).toMatchObject({ running: 2, runningAnonymous: 1, anonymous: 1, perClient: 1 });
    // the waiting ones of the first client are refused for its own share
    for (const w of await Promise.all([a2, a3])) expect(codes(w)).toEqual(['BUSY KG_ANALYSIS_PER_CLIENT']);
    finish[1]!();
    expect((await ed).body.data).toEqual({ neighborhood: { truncated: false } });
    finish[0]!();
    expect((await a1).body.data).toEqual({ neighborhood: { truncated: false } });
    // free again: the second address runs
    const b2 = post(port, hood(7), '127.0.0.2');
    await waitFor(() => started.length === 3);
    finish[2]!();
    expect((await b2).status).toBe(200);
  });

  it('one request selects at most one analysis (aliases count): thirty aliases are refused before anything runs', async () => {
    const { store, started, finish } = heldStore();
    const { port } = await served.serve({ store, log: () => undefined, responseCache: null, admission: { concurrency: 2, queue: 8, queueMs: 300, clientQueue: 2 } });
    const aliased = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: neighborhood(ids: ["enterprise:e${i}"], depth: 3) { truncated }`).join(' ')} }`;
    const r = await post(port, aliased);
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX KG_ANALYSIS_PER_REQUEST']);
    expect(r.body.errors![0]!.message).toMatch(/最多包含 1 个分析字段（含别名），收到 30 个（neighborhood×30）/);
    expect(started).toEqual([]);
    // one analysis beside cheap fields, or the same field twice under one key (it runs once), passes
    const one = post(port, '{ stats { nodes } neighborhood(ids: ["enterprise:e1"], depth: 3) { truncated } neighborhood(ids: ["enterprise:e1"], depth: 3) { truncated } }', '127.0.0.1');
    await waitFor(() => started.length === 1);
    finish[0]!();
    const got = await one;
    expect(codes(got)).toEqual([]);
    expect(got.body.data).toEqual({ stats: { nodes: 7 }, neighborhood: { truncated: false } });
  });

  it('refuses KG_ANALYSIS_ANONYMOUS above KG_ANALYSIS_CONCURRENCY, and defaults it to one slot fewer', () => {
    expect(admissionFromEnv({ KG_ANALYSIS_CONCURRENCY: '4' })).toMatchObject({ concurrency: 4, anonymous: 3, perClient: 1, clientQueue: 8, perRequest: 1 });
    expect(admissionFromEnv({ KG_ANALYSIS_CONCURRENCY: '1' })).toMatchObject({ anonymous: 1 });
    expect(() => admissionFromEnv({ KG_ANALYSIS_CONCURRENCY: '2', KG_ANALYSIS_ANONYMOUS: '3' })).toThrow(/KG_ANALYSIS_ANONYMOUS/);
    expect(() => admissionFromEnv({ KG_ANALYSIS_PER_CLIENT: '0' })).toThrow(/KG_ANALYSIS_PER_CLIENT/);
  });
});

describe('AdmissionGate messages (review18 L2)', () => {
  it('names the limit hit with the real counts: a full queue, a wait that passed', async () => {
    const gate = new AdmissionGate({ concurrency: 1, queue: 1, queueMs: 50 });
    const r0 = await gate.acquire({ client: 'x', signedIn: true });
    const waiting = gate.acquire({ client: 'y', signedIn: true }).catch((e: Error & { details: { limit: string } }) => e);
    const full = await gate.acquire({ client: 'z', signedIn: true }).catch((e: Error & { details: { limit: string } }) => e);
    expect(full).toMatchObject({ code: 'BUSY', details: { limit: 'KG_ANALYSIS_QUEUE' } });
    expect((full as Error).message).toMatch(/等待队列已满（1 个排队，上限 1；1 个执行中）/);
    const timedOut = (await waiting) as Error & { details: { limit: string } };
    expect(timedOut.details.limit).toBe('KG_ANALYSIS_CONCURRENCY');
    expect(timedOut.message).toMatch(/仍无空位（1 个分析查询执行中，上限 1）/);
    expect(timedOut.message).not.toMatch(/排队/);
    r0();
    expect(gate.stats()).toMatchObject({ running: 0, queued: 0, refused: 2 });
  });
});

async function health(port: number): Promise<Record<string, unknown>> {
  const res = await fetch(`http://127.0.0.1:${port}/healthz`);
  return ((await res.json()) as { admission: Record<string, unknown> }).admission;
}

async function waitFor(cond: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const t0 = Date.now();
  while (!(await cond())) {
    if (Date.now() - t0 > ms) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 10));
  }
}
