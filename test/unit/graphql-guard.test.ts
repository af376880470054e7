// The execution guard through the GraphQL handler (no HTTP): the deadline reaches a store call that
// never returns and answers TIMEOUT at the deadline; the response-size cap stops execution early
// with RESPONSE_TOO_LARGE instead of building the whole answer; KG_READS=signed-in closes reads.
import { describe, expect, it } from 'vitest';
import { createGraphQLHandler, type GraphQLHttpRequest } from '../../server/src/graphql/handler.ts';
import type { GraphNode } from '../../server/src/model.ts';
import { fakeStore } from '../fixtures/store-doubles.ts';


const post = (query: string, accept = 'application/json'): GraphQLHttpRequest => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', accept },
  search: '',
  body: { query },
});

const node = (i: number): GraphNode => ({ id: `enterprise:e${i}`, label: 'Enterprise', name: `企业${i}`.repeat(20), aliases: [], properties: { note: 'x'.repeat(200) } });

describe('execution guard', () => {
  it('answers TIMEOUT at the deadline while a store call hangs, not when the call returns', async () => {
    let called = 0;
    const store = fakeStore({ stats: () => (called++, new Promise(() => undefined)) });
    const h = await createGraphQLHandler({ store, log: () => undefined, deadlineMs: 150 });
    try {
      const t0 = performance.now();
      const r = await h.execute(post('{ stats { nodes } }'), null);
      const ms = performance.now() - t0;
      const body = JSON.parse(r.body) as { data?: unknown; errors: { extensions: { code: string } }[] };
      expect(called).toBe(1);
      expect(body.errors.map((e) => e.extensions.code)).toEqual(['TIMEOUT']);
      expect(body.data).toBeUndefined();
      expect(r.status).toBe(200); // application/json: errors in a 200
      expect(ms).toBeLessThan(10_000); // a hang guard: without the deadline this never returns
      const strict = await h.execute(post('{ stats { nodes } }', 'application/graphql-response+json'), null);
      expect(strict.status).toBe(503);
    } finally {
      await h.stop();
    }
  });

  it('stops building an answer past the response-size cap: RESPONSE_TOO_LARGE, one error, early', async () => {
    // Count how many nodes' properties the resolvers read: the answer must stop well before 5,000.
    let read = 0;
    const all = Array.from({ length: 5000 }, (_, i) => {
      const n = node(i);
      const props = n.properties;
      return Object.defineProperty(n, 'properties', { get: () => (read++, props), enumerable: true });
    });
    const store = fakeStore({
      search: async (_t: string, o?: { first?: number }) => all.slice(0, o?.first ?? 20),
      getNodes: async (ids: string[]) => ids.map((id) => all.find((n) => n.id === id) ?? null),
      neighborhood: async () => ({ nodes: all, edges: [], truncated: false }),
    });
    const h = await createGraphQLHandler({ store, log: () => undefined, maxResponseBytes: 200_000 });
    try {
      const r = await h.execute(post('{ neighborhood(ids: ["enterprise:e1"], limit: 5000) { nodes { id name aliases properties } } }'), null);
      const body = JSON.parse(r.body) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]!.extensions.code).toBe('RESPONSE_TOO_LARGE');
      expect(body.errors[0]!.message).toMatch(/响应过大/);
      expect(r.body.length).toBeLessThan(2000);
      expect(read).toBeGreaterThan(0);
      expect(read).toBeLessThan(2500); // ~600 bytes a node: the 200 KB cap is passed after a few hundred
      // A small answer still goes through.
      const ok = await h.execute(post('{ search(text: "企业", first: 3) { id } }'), null);
      expect(JSON.parse(ok.body)).toMatchObject({ data: { search: [{ id: 'enterprise:e0' }, { id: 'enterprise:e1' }, { id: 'enterprise:e2' }] } });
    } finally {
      await h.stop();
    }
  });

  it('cuts every list to its first and refuses a first above the maximum', async () => {
    const edges = Array.from({ length: 300 }, (_, i) => ({ id: `e${i}`, type: 'MENTIONS' as const, source: 'enterprise:e1', target: `x${i}`, properties: {}, evidence: [] }));
    const store = fakeStore({
      getNodes: async (ids: string[]) => ids.map((id) => (id === 'enterprise:e1' ? node(1) : null)),
      edgesOf: async () => edges,
    });
    const h = await createGraphQLHandler({ store, log: () => undefined });
    try {
      const r = JSON.parse((await h.execute(post('{ node(id: "enterprise:e1") { edges { id } } }'), null)).body) as { data: { node: { edges: unknown[] } } };
      expect(r.data.node.edges).toHaveLength(100); // the schema default
      const few = JSON.parse((await h.execute(post('{ node(id: "enterprise:e1") { edges(first: 7) { id } } }'), null)).body) as { data: { node: { edges: unknown[] } } };
      expect(few.data.node.edges).toHaveLength(7);
      const over = JSON.parse((await h.execute(post('{ node(id: "enterprise:e1") { edges(first: 1001) { id } } }'), null)).body) as { errors: { extensions: { code: string } }[]; data?: unknown };
      expect(over.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
      expect(over.data).toBeUndefined();
    } finally {
      await h.stop();
    }
  });

  it('with reads closed answers anonymous queries UNAUTHENTICATED (401) but still says who is signed in', async () => {
    const store = fakeStore({ stats: async () => ({ nodes: 1, edges: 0, byLabel: {}, byType: {}, documents: 0 }) });
    const h = await createGraphQLHandler({ store, log: () => undefined, readsOpen: false });
    try {
      const anon = await h.execute(post('{ stats { nodes } }'), null);
      expect(anon.status).toBe(401);
      expect(JSON.parse(anon.body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(JSON.parse((await h.execute(post('{ me { name } }'), null)).body)).toEqual({ data: { me: null } });
      const viewer = await h.execute(post('{ stats { nodes } me { name role } }'), { name: 'v', role: 'viewer', via: 'token' });
      expect(JSON.parse(viewer.body)).toEqual({ data: { stats: { nodes: 1 }, me: { name: 'v', role: 'viewer' } } });
    } finally {
      await h.stop();
    }
  });

  it('answers an unknown mutation with a validation error and logs nothing', async () => {
    const logged: string[] = [];
    const h = await createGraphQLHandler({ store: fakeStore({}), log: (m) => logged.push(m) });
    try {
      // The schema has mutations (curation, issue 13): `mutation { __typename }` is a valid no-op.
      expect(JSON.parse((await h.execute(post('mutation { __typename }'), null)).body)).toEqual({ data: { __typename: 'Mutation' } });
      const r = await h.execute(post('mutation { dropEverything }'), null);
      expect(JSON.parse(r.body).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.status).toBe(200);
      expect((await h.execute(post('mutation { dropEverything }', 'application/graphql-response+json'), null)).status).toBe(400);
      expect(logged).toEqual([]);
    } finally {
      await h.stop();
    }
  });
});
