// review18 H1: automatic persisted queries (a hash with no `query` text, POST or GET) went past admission control:
// isExpensive saw no query string, and Apollo looked the text up and ran it. Thirty ran at once. The client and the
// docs never send persisted queries, so they are off: a hash-only request is refused before anything runs, and a
// request carrying the text with a persistedQuery extension is refused the same way (nothing is registered).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fakeStore } from '../fixtures/store-doubles.ts';
import { appPerTest } from '../fixtures/served-app.ts';


const served = appPerTest();

const QUERY = 'query H($id: ID!) { neighborhood(ids: [$id], depth: 3) { truncated } }';
const hash = createHash('sha256').update(QUERY).digest('hex');
const pq = { persistedQuery: { version: 1, sha256Hash: hash } };

describe('automatic persisted queries (HTTP)', () => {
  it('are refused, POST and GET, with the text or without: no analysis runs outside the admission gate', async () => {
    const started: string[] = [];
    const store = fakeStore({
      ping: async () => undefined,
      getNodes: async (ids: string[]) => ids.map((id) => ({ id, label: 'Enterprise', name: id, aliases: [], properties: {} })) as never,
      neighborhood: async (ids: string[]) => {
        started.push(ids[0]!);
        return { nodes: [], edges: [], truncated: false };
      },
    });
    const { url } = await served.serve({ store, log: () => undefined, responseCache: null, admission: { concurrency: 1, queue: 0 } });
    const post = async (body: unknown) => {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] } };
    };
    // registering (text + hash)
    const reg = await post({ query: QUERY, variables: { id: 'enterprise:e1' }, extensions: pq });
    expect(reg.body.data ?? null).toBeNull();
    expect(reg.body.errors?.map((e) => e.extensions.code)).toEqual(['BAD_REQUEST']);
    expect(reg.body.errors?.[0]?.message).toMatch(/不支持持久化查询/);
    // hash only, POST
    const replay = await post({ variables: { id: 'enterprise:e2' }, extensions: pq });
    expect(replay.body.data ?? null).toBeNull();
    expect(replay.body.errors?.map((e) => e.extensions.code)).toEqual(['BAD_REQUEST']);
    // hash only, GET
    const search = new URLSearchParams({ variables: JSON.stringify({ id: 'enterprise:e3' }), extensions: JSON.stringify(pq) });
    const res = await fetch(`${url}/graphql?${search}`, { headers: { 'apollo-require-preflight': 'true', accept: 'application/json' } });
    const get = (await res.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
    expect(get.data ?? null).toBeNull();
    expect(get.errors?.map((e) => e.extensions.code)).toEqual(['BAD_REQUEST']);
    expect(started).toEqual([]);
    // the same query as text runs (through the gate)
    const text = await post({ query: QUERY, variables: { id: 'enterprise:e4' } });
    expect(text.body.data).toEqual({ neighborhood: { truncated: false } });
    expect(started).toEqual(['enterprise:e4']);
  });
});
