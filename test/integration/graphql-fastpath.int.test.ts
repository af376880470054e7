// The GraphQL handler's fast path (graphql/handler.ts) answers exactly what Apollo's pipeline
// answers: two handlers on one store of the ingested seeds, one with the fast path and one without,
// get the same requests (successes, every kind of error, media types, operation names, variables,
// mutations, GET) and must give the same status, headers and body byte for byte. The fast path must
// also have answered the successes itself (else this compares Apollo with Apollo).
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../server/src/production.ts';
import { ChainIndex } from '../../server/src/chain-templates.ts';
import { createGraphQLHandler, type GraphQLHandler, type GraphQLHttpRequest } from '../../server/src/graphql/handler.ts';
import type { GraphStore } from '../../server/src/store/port.ts';
import { seedsStore } from './seeds-store.ts';

let dir: string;
let store: GraphStore & { close(): Promise<void> };
let fast: GraphQLHandler;
let apollo: GraphQLHandler;

beforeAll(async () => {
  let chains: ChainIndex;
  ({ dir, store, chains } = await seedsStore('kg-fastpath-'));
  fast = await createGraphQLHandler({ store, log: () => undefined, chains, responseCache: null });
  apollo = await createGraphQLHandler({ store, log: () => undefined, chains, responseCache: null, fastPath: false });
}, 180_000);

afterAll(async () => {
  await fast?.stop();
  await apollo?.stop();
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const post = (body: unknown, headers: Record<string, string> = {}): GraphQLHttpRequest => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, search: '', body });

async function same(h1: GraphQLHandler, h2: GraphQLHandler, request: GraphQLHttpRequest): Promise<{ engine: string | undefined; status: number; body: string }> {
  const want = await h2.execute(request, null);
  expect(want.engine).toBe('apollo');
  const got = await h1.execute(request, null);
  expect({ status: got.status, headers: got.headers, body: got.body }).toEqual({ status: want.status, headers: want.headers, body: want.body });
  return { engine: got.engine, status: got.status, body: got.body };
}

describe('GraphQL fast path', () => {
  it('answers successes itself, byte for byte what Apollo answers, with the same store calls', async () => {
    const successes: GraphQLHttpRequest[] = [
      post({ query: 'query($t:String!){search(text:$t){id name label}}', variables: { t: '信创' } }),
      post({ query: '{neighborhood(ids:["enterprise:飞腾"],depth:2,limit:200){nodes{id name label} edges{id type source{id} target{id}} truncated}}' }),
      post({ query: '{shortestPaths(from:"enterprise:飞腾",to:"park:海洋片区"){nodes{id name} edges{type}}}' }),
      post({ query: '{relatedEnterprises(id:"enterprise:飞腾"){score reasons enterprise{name}}}' }),
      post({ query: '{industryChain(id:"industry:信创"){segments{industry{name} gap enterprises{name}}}}' }),
      post({ query: '{documents{id title measures(first:100){number departments(first:10){role department{name}}}}}' }),
      post({ query: '{documents{id measures(first:3){number departments(first:2){role edge{id basis evidence{text document{id}}}}}}}' }),
      post({ query: 'query A { stats { nodes edges } } query B { parksForIndustry(id: "industry:基础硬件") { id name } }', operationName: 'B', variables: null }),
      post({ query: '{ node(id: "enterprise:飞腾") { __typename id ... on Enterprise { industries { name } parks { name } } properties } }' }),
      post({ query: '{ __schema { queryType { name } } }' }),
      post({ query: '{ me { name } }' }),
      post({ query: '{ stats { nodes } }' }, { 'content-type': 'application/json; charset=utf-8' }),
    ];
    for (const r of successes) {
      const a = await same(fast, apollo, r);
      expect(a.status).toBe(200);
      expect(a.body).not.toContain('"errors"');
      expect(['plan', 'fast']).toContain(a.engine); // a compiled plan (compiled.ts) or graphql-js's execute
      // store calls are counted the same way on both paths
      expect((await fast.execute(r, null)).storeCalls).toBe((await apollo.execute(r, null)).storeCalls);
    }
  });

  it('leaves every error, mutation, GET and unknown media type to Apollo, with the same answer', async () => {
    const others: GraphQLHttpRequest[] = [
      post({ query: '{ node(id: "enterprise:不存在") { id } }' }), // NOT_FOUND from a resolver
      post({ query: '{ node(id: "enterprise:飞腾") { id } stats { nodes } edge(id: "nope") { id } }' }), // partial data
      post({ query: '{ search(text: "信创" ' }), // parse error
      post({ query: '{ nosuchfield }' }), // validation error
      post({ query: 'query($t:String!){search(text:$t){id}}' }), // a variable that does not coerce
      post({ query: '{ documents { measures { departments { department { name } } } } }' }), // cost guard
      post({ query: '{ search(text: "信创", first: 100000) { id } }' }), // argument bound
      post({ query: `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: stats { nodes }`).join(' ')} }` }), // alias limit
      post({ query: `{ node(id: "enterprise:飞腾") { ${'... on Enterprise { industries { parks { '.repeat(5)}id${' } } }'.repeat(5)} } }` }), // depth limit
      post({ query: 'query A { stats { nodes } } query B { stats { edges } }' }), // no operationName
      post({ query: '{ stats { nodes } }', operationName: 'Nope' }),
      post({ query: 'mutation { acceptFact(id: "x") { ok } }' }),
      post({ query: '{ stats { nodes } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } }),
      post({ query: '{ stats { nodes } }', variables: 'x' }),
      post([{ query: '{ stats { nodes } }' }]),
      post({ query: '{ stats { nodes } }' }, { accept: 'text/html' }),
      post({ query: '{ stats { nodes } }' }, { 'content-type': 'text/plain' }),
      { method: 'GET', headers: {}, search: '?query=%7Bstats%7Bnodes%7D%7D', body: undefined },
    ];
    for (const r of others) {
      const a = await same(fast, apollo, r);
      expect(a.engine, JSON.stringify(r)).toBe('apollo');
    }
  });

  it('learns the media type Apollo chose for an Accept header, then answers that header itself', async () => {
    for (const accept of ['application/graphql-response+json', 'application/json', '*/*', 'application/graphql-response+json, application/json;q=0.9']) {
      const r = post({ query: '{ stats { nodes edges } }' }, { accept });
      const first = await same(fast, apollo, r);
      const second = await same(fast, apollo, r);
      expect([first.engine, second.engine]).toContain('plan');
      expect(second.engine).toBe('plan');
      // an error with that media type still comes from Apollo, with its status
      const bad = await same(fast, apollo, post({ query: '{ node(id: "enterprise:不存在") { id } }' }, { accept }));
      expect(bad.engine).toBe('apollo');
    }
  });

  it('answers a stop by the guard (deadline, response size) as the guard plugin does', async () => {
    const hang: GraphStore = new Proxy({} as GraphStore, {
      get: (_t, k) => (k === 'close' ? async () => undefined : k === 'stats' ? () => new Promise(() => undefined) : undefined),
    });
    const f = await createGraphQLHandler({ store: hang, log: () => undefined, deadlineMs: 100, responseCache: null });
    const a = await createGraphQLHandler({ store: hang, log: () => undefined, deadlineMs: 100, responseCache: null, fastPath: false });
    const big = await createGraphQLHandler({ store, log: () => undefined, maxResponseBytes: 4096, responseCache: null });
    const bigA = await createGraphQLHandler({ store, log: () => undefined, maxResponseBytes: 4096, responseCache: null, fastPath: false });
    try {
      for (const accept of ['application/json', 'application/graphql-response+json']) {
        // teach both Accept headers to the fast handlers first (a success through Apollo)
        await f.execute(post({ query: '{ me { name } }' }, { accept }), null);
        await big.execute(post({ query: '{ me { name } }' }, { accept }), null);
        const t = await same(f, a, post({ query: '{ stats { nodes } }' }, { accept }));
        expect(t.engine).toBe('plan');
        expect(t.body).toContain('TIMEOUT');
        const s = await same(big, bigA, post({ query: '{documents{id title measures(first:100){number title text}}}' }, { accept }));
        expect(s.engine).toBe('plan');
        expect(s.body).toContain('RESPONSE_TOO_LARGE');
      }
    } finally {
      await Promise.all([f.stop(), a.stop(), big.stop(), bigA.stop()]);
    }
  });
});
