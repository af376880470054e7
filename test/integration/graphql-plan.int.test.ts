// Compiled query plans (graphql/compiled.ts) answer exactly what graphql-js and Apollo answer:
// three handlers on one store of the ingested seeds (plans on; the fast path with graphql-js's
// execute; Apollo's pipeline alone) get the same requests and must give the same status, headers,
// body and store calls, byte for byte. Successes must come from a plan (else this compares
// graphql-js with itself); what plans leave alone (directives, introspection) from graphql-js; and
// every error, whichever path it starts on, is Apollo's answer.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../server/src/production.ts';
import { ChainIndex } from '../../server/src/chain-templates.ts';
import { createGraphQLHandler, type GraphQLHandler, type GraphQLHttpRequest } from '../../server/src/graphql/handler.ts';
import type { GraphStore } from '../../server/src/store/port.ts';
import { seedsStore } from './seeds-store.ts';

let dir: string;
let store: GraphStore & { close(): Promise<void> };
let planned: GraphQLHandler;
let graphqlJs: GraphQLHandler;
let apollo: GraphQLHandler;

beforeAll(async () => {
  let chains: ChainIndex;
  ({ dir, store, chains } = await seedsStore('kg-plan-'));
  planned = await createGraphQLHandler({ store, log: () => undefined, chains, responseCache: null });
  graphqlJs = await createGraphQLHandler({ store, log: () => undefined, chains, responseCache: null, queryPlans: false });
  apollo = await createGraphQLHandler({ store, log: () => undefined, chains, responseCache: null, fastPath: false });
}, 180_000);

afterAll(async () => {
  await Promise.all([planned?.stop(), graphqlJs?.stop(), apollo?.stop()]);
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const post = (body: unknown, headers: Record<string, string> = {}): GraphQLHttpRequest => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, search: '', body });

/** The three answers, compared: returns the engine of each. */
async function same(request: GraphQLHttpRequest, handlers: GraphQLHandler[] = [planned, graphqlJs, apollo]): Promise<{ engines: (string | undefined)[]; status: number; body: string }> {
  const answers = [];
  for (const h of handlers) answers.push(await h.execute(request, null));
  const [first, ...rest] = answers;
  for (const a of rest) {
    expect({ status: a.status, headers: a.headers, body: a.body, storeCalls: a.storeCalls }, JSON.stringify(request.body)).toEqual({ status: first!.status, headers: first!.headers, body: first!.body, storeCalls: first!.storeCalls });
  }
  return { engines: answers.map((a) => a.engine), status: first!.status, body: first!.body };
}

const SUCCESSES: [string, Record<string, unknown>?, string?][] = [
  // the seeds rotation of the bench (bench/seeds-rotation.ts)
  ['query($t:String!){search(text:$t){id name label}}', { t: '信创' }],
  ['query($t:String!){search(text:$t,labels:[Enterprise]){id name}}', { t: '飞腾' }],
  ['{neighborhood(ids:["enterprise:飞腾"],depth:2,limit:200){nodes{id name label} edges{id type source{id} target{id}} truncated}}'],
  ['{shortestPaths(from:"enterprise:飞腾",to:"park:海洋片区"){nodes{id name} edges{type}}}'],
  ['{relatedEnterprises(id:"enterprise:飞腾"){score reasons enterprise{name}}}'],
  ['{industryChain(id:"industry:信创"){segments{industry{name} gap enterprises{name}}}}'],
  ['{documents{id title measures(first:100){number departments(first:10){role department{name}}}}}'],
  // evidence, edges, nested loaders, JSON scalars
  ['{documents{id measures(first:3){number departments(first:2){role edge{id basis evidence{text document{id}}}}}}}'],
  ['{ node(id: "enterprise:飞腾") { __typename id ... on Enterprise { industries { name } parks { name } } properties } }'],
  ['{ me { name } stats { nodes edges } }'], // a null the schema allows (anonymous)
  // aliases, the same field twice (merged), fragments (named, inline, on an interface), __typename
  ['{ a: search(text: "信创", first: 3) { id } b: search(text: "飞腾") { id name } a: search(text: "信创", first: 3) { label } }'],
  ['fragment N on Node { __typename id name ... on Industry { level } } { search(text: "信创", first: 5) { ...N ... on Enterprise { industries { ...N } } } }'],
  ['query Q($id: ID!, $d: Int = 1, $l: [Label!]) { neighborhood(ids: [$id], depth: $d, labels: $l) { nodes { __typename id } edges { id source { __typename ... on Park { name } } } truncated } }', { id: 'enterprise:飞腾', l: ['Park', 'Industry', 'Enterprise'] }, 'Q'],
  ['query A { stats { nodes } } query B($c: Float) { relatedEnterprises(id: "enterprise:飞腾", minConfidence: $c, first: 3) { score details { kind weight sentence { text } } } }', { c: 0.3 }, 'B'],
  ['{ nodes(label: Enterprise, first: 5) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }'],
  ['{ parksForIndustry(id: "industry:基础硬件") { id name } industryChain(id: "industry:集成电路") { segments { industry { id } gap } } }'],
];

describe('compiled query plans', () => {
  it('answer successes themselves, byte for byte what graphql-js and Apollo answer, with the same store calls', async () => {
    for (const [query, variables, operationName] of SUCCESSES) {
      const r = post({ query, ...(variables ? { variables } : {}), ...(operationName ? { operationName } : {}) });
      const a = await same(r);
      expect(a.status).toBe(200);
      expect(a.body, query).not.toContain('"errors"');
      expect(a.engines, query).toEqual(['plan', 'fast', 'apollo']);
      // a second run of the same plan (its sub-selections now memoised) gives the same answer
      expect((await planned.execute(r, null)).body).toBe(a.body);
    }
  });

  it('leave directives and introspection to graphql-js', async () => {
    for (const query of ['{ search(text: "信创") { id name @include(if: false) label @skip(if: false) } }', '{ __schema { queryType { name } } }', '{ __type(name: "Node") { name kind } stats { nodes } }']) {
      const a = await same(post({ query }));
      expect(a.engines, query).toEqual(['fast', 'fast', 'apollo']);
    }
  });

  it('give up on the first error: Apollo answers it, as it answers graphql-js errors', async () => {
    const errors = [
      '{ node(id: "enterprise:不存在") { id } }', // NOT_FOUND from a resolver
      '{ node(id: "enterprise:飞腾") { id } stats { nodes } edge(id: "nope") { id } }', // partial data
      '{ industryChain(id: "industry:没有这个产业") { segments { industry { name } } } }',
      '{ relatedEnterprises(id: "industry:信创") { score } }',
      '{ search(text: "") { id } }',
      '{ neighborhood(ids: ["enterprise:飞腾"], depth: 9) { truncated } }',
      '{ documents(first: 2) { measures(first: 2) { departments(first: 100000) { role } } } }',
    ];
    let failed = 0;
    for (const query of errors) {
      const a = await same(post({ query }));
      if (a.body.includes('"errors"')) {
        failed++;
        expect(a.engines, query).toEqual(['apollo', 'apollo', 'apollo']);
      } else expect(a.engines, query).toEqual(['plan', 'fast', 'apollo']);
    }
    expect(failed).toBeGreaterThanOrEqual(errors.length - 2);
    // a variable that does not coerce
    const v = await same(post({ query: 'query($d:Int){neighborhood(ids:["enterprise:飞腾"],depth:$d){truncated}}', variables: { d: 'two' } }));
    expect(v.engines).toEqual(['apollo', 'apollo', 'apollo']);
    expect(v.body).toContain('"errors"');
  });

  it('answer a stop by the guard (response size) as the guard plugin does', async () => {
    const opts = { store, log: () => undefined, maxResponseBytes: 4096, responseCache: null };
    const hs = [await createGraphQLHandler(opts), await createGraphQLHandler({ ...opts, queryPlans: false }), await createGraphQLHandler({ ...opts, fastPath: false })];
    try {
      const a = await same(post({ query: '{documents{id title measures(first:100){number title text}}}' }), hs);
      expect(a.engines).toEqual(['plan', 'fast', 'apollo']);
      expect(a.body).toContain('RESPONSE_TOO_LARGE');
    } finally {
      await Promise.all(hs.map((h) => h.stop()));
    }
  });

  it('count the bytes of plain leaf fields (read by the plan itself) as the guard does: the same stops at every size', async () => {
    // mostly leaf fields with the default resolver (ids, names, labels, types): a plan that skipped their
    // accounting would answer where graphql-js and Apollo stop, at some size below
    const query = '{neighborhood(ids:["enterprise:飞腾"],depth:2,limit:200){nodes{id name label} edges{id type}}}';
    let stops = 0;
    for (const maxResponseBytes of [2_000, 4_000, 8_000, 12_000, 16_000, 24_000, 32_000, 48_000, 64_000]) {
      const opts = { store, log: () => undefined, maxResponseBytes, responseCache: null };
      const hs = [await createGraphQLHandler(opts), await createGraphQLHandler({ ...opts, queryPlans: false }), await createGraphQLHandler({ ...opts, fastPath: false })];
      try {
        const a = await same(post({ query }), hs);
        if (a.body.includes('RESPONSE_TOO_LARGE')) stops++;
        else expect(a.engines).toEqual(['plan', 'fast', 'apollo']);
      } finally {
        await Promise.all(hs.map((h) => h.stop()));
      }
    }
    expect(stops).toBeGreaterThan(0);
    expect(stops).toBeLessThan(9);
  });
});
