// review19 H1: a 630 KB anonymous query, `nodes(first:200){ edges{ node{ edges(first:100, types:$t){ id } } } }` with
// $t = 70,000 × HOSTS, held the event loop 24 s (/healthz waited) and ended in TIMEOUT. Every list a request passes
// (arguments, input-object fields) now has a length bound (server/src/graphql/list-args.ts) checked before execution:
// refused at once with BAD_USER_INPUT and one bilingual line naming the bound; enum lists may repeat values up to
// that bound and reach the resolvers (and the store) with each value once. A test walks schema.graphql and fails on a
// list argument or input field without a bound.
// review19 L1: properties nested 50,000 deep answered "Maximum call stack size exceeded" (a query with such variables:
// HTTP 500), Apollo's CSRF refusal and graphql-js's "Maximum introspection depth exceeded" were English only: each is
// one bilingual line naming the limit now, the deep variables refused before anything recursive reads them.
import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, getNullableType, isInputObjectType, isListType, isObjectType, isInterfaceType, isEnumType, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthStore } from '../../server/src/auth/users.ts';
import { SCHEMA_PATH, complexityMessage } from '../../server/src/graphql/handler.ts';
import { ENUM_LIST_MAX, LIST_ARG_MAX, MAX_INPUT_DEPTH, listArgMax } from '../../server/src/graphql/list-args.ts';
import { LIMITS } from '../../server/src/graphql/limits.ts';
import { createApp, type App } from '../../server/src/http/app.ts';
import type { GraphEdge, GraphNode } from '../../server/src/model.ts';
import type { EdgeQuery, GraphStore } from '../../server/src/store/port.ts';
import { fakeStore } from '../fixtures/store-doubles.ts';

const schema = buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));
const hasList = (t: GraphQLInputType): boolean => isListType(getNullableType(t));

describe('every list argument has a bound (schema walk)', () => {
  it('each list argument of every field and each list field of every input object has an entry in LIST_ARG_MAX', () => {
    const uncovered: string[] = [];
    const covered: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const f of Object.values(type.getFields())) {
          for (const a of f.args) {
            if (!hasList(a.type)) continue;
            const key = `${type.name}.${f.name}.${a.name}`;
            (listArgMax(schema, type.name, f.name, a.name) === undefined ? uncovered : covered).push(key);
          }
        }
      }
      if (isInputObjectType(type)) {
        for (const f of Object.values(type.getFields())) {
          if (!hasList(f.type)) continue;
          const key = `${type.name}.${f.name}`;
          (LIST_ARG_MAX[key] === undefined ? uncovered : covered).push(key);
        }
      }
    }
    expect(uncovered).toEqual([]);
    // Node.edges.types on the interface and its 7 implementations, search, neighborhood ×3, reviewQueue ×2, parkMatrix, 3 alias lists
    expect(covered.length).toBeGreaterThanOrEqual(18);
    expect(covered).toContain('Industry.edges.types');
    expect(covered).toContain('NodeEditInput.addAliases');
    // enum lists: the bound is on entries (duplicates allowed up to it), far above the enum's size
    for (const a of ['Node.edges.types', 'Query.neighborhood.types', 'Query.search.labels']) expect(LIST_ARG_MAX[a]).toBe(ENUM_LIST_MAX);
    expect(Object.values(schema.getTypeMap()).filter(isEnumType).find((e) => e.name === 'RelType')!.getValues().length).toBeLessThan(ENUM_LIST_MAX);
    expect(LIST_ARG_MAX['Query.neighborhood.ids']).toBe(LIMITS.ids);
    expect(getNamedType(schema.getQueryType()!.getFields().neighborhood!.args[0]!.type).name).toBe('ID');
  });
});

// ---- through HTTP, against a store of 200 nodes with 100 HOSTS edges each (the review's shape) ----

const N = 200;
const PER = 100;
const seenTypes: (string[] | undefined)[] = [];
function hostsStore(): GraphStore {
  const node = (id: string): GraphNode => ({ id, label: 'Park', name: id, aliases: [], properties: {} }) as GraphNode;
  const overrides: Partial<GraphStore> = {
    ping: async () => undefined,
    listNodes: async () => ({ nodes: Array.from({ length: N }, (_, i) => node(`p${i}`)), total: N }) as never,
    edgesOf: async (q: EdgeQuery) => {
      seenTypes.push(q.types);
      return q.ids.flatMap((id) => Array.from({ length: PER }, (_, k): GraphEdge => ({ id: `HOSTS:${id}->i${k}`, type: 'HOSTS', source: id, target: `i${k}`, properties: {}, evidence: [] }) as GraphEdge));
    },
    getNodes: async (ids: string[]) => ids.map(node),
    // (fix33's nested-list loader counts several nodes' edges before reading them)
    countEdges: async (q: EdgeQuery) => {
      seenTypes.push(q.types);
      return q.ids.map(() => PER);
    },
  };
  return fakeStore(overrides);
}

const auth = {
  tokenPrincipal: async (t: string) => (t === 'editor-token' ? { name: 'ed', role: 'editor', via: 'token' } : null),
  sessionPrincipal: async () => null,
} as unknown as AuthStore;

let app: App;
let base = '';
beforeAll(async () => {
  app = await createApp({ store: hostsStore(), auth, log: () => undefined });
  base = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
});
afterAll(async () => {
  await app.close();
});

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[] };
}
async function post(body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}
const gql = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => post(JSON.stringify({ query, variables }), headers);
const bilingual = (m: string) => /[\u4e00-\u9fff]/.test(m) && /\/ [a-z]/i.test(m);

const H1 = 'query($t:[RelType!]){ nodes(first:200){ edges{ node{ edges(first:100, types:$t){ id } } } } }';

describe('list arguments over HTTP (review19 H1)', () => {
  it('the 630 KB query (70,000 × HOSTS) is refused before execution: BAD_USER_INPUT naming the bound; /healthz answers meanwhile', async () => {
    const body = JSON.stringify({ query: H1, variables: { t: Array(70_000).fill('HOSTS') } });
    expect(body.length).toBeGreaterThan(500_000); // 630 KB as the review's Python wrote it (with spaces)
    const before = seenTypes.length;
    const pending = post(body);
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const r = await pending;
    expect(r.status).toBe(200);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors).toHaveLength(1);
    const e = r.body.errors![0]!;
    expect(e.extensions!.code).toBe('BAD_USER_INPUT');
    expect(e.extensions!.max).toBe(ENUM_LIST_MAX);
    expect(e.extensions!.got).toBe(70_000);
    expect(e.message).toContain('Node.edges.types');
    expect(e.message).toContain(`${ENUM_LIST_MAX}`);
    expect(bilingual(e.message)).toBe(true);
    // nothing ran: the store was never asked
    expect(seenTypes.length).toBe(before);
  });

  it('the same list as a literal, in a fragment, and under graphql-response+json (400) is refused alike', async () => {
    const lit = `{ nodes(first:2){ edges{ node{ ...E } } } } fragment E on Node { edges(first:1, types:[${Array(101).fill('HOSTS').join(',')}]){ id } }`;
    const r = await gql(lit);
    expect(r.body.errors?.map((x) => x.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const strict = await gql(H1, { t: Array(101).fill('HOSTS') }, { accept: 'application/graphql-response+json' });
    expect(strict.status).toBe(400);
    expect(strict.body.errors?.map((x) => x.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('repeated enum values up to the bound are answered as the list without repeats, and the store sees each value once', async () => {
    const q = 'query($t:[RelType!]){ nodes(first:3){ edges{ node{ edges(first:2, types:$t){ id } } } } }';
    const once = await gql(q, { t: ['HOSTS'] });
    expect(once.body.errors).toBeUndefined();
    seenTypes.length = 0;
    const many = await gql(q, { t: Array(ENUM_LIST_MAX).fill('HOSTS') });
    expect(many.body.errors).toBeUndefined();
    expect(many.body.data).toEqual(once.body.data);
    expect(seenTypes.length).toBeGreaterThan(0);
    expect(seenTypes.every((t) => Array.isArray(t) && t.length === 1 && t[0] === 'HOSTS')).toBe(true);
  });

  it('id lists (neighborhood.ids), string lists (reviewQueue.basis) and input-object lists (addNode aliases) are capped', async () => {
    const ids = await gql('query($ids:[ID!]!){ neighborhood(ids:$ids){ truncated } }', { ids: Array.from({ length: LIMITS.ids + 1 }, (_, i) => `n${i}`) });
    expect(ids.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(ids.body.errors?.[0]?.message).toContain('Query.neighborhood.ids');
    const basis = await gql('query($b:[String!]){ reviewQueue(basis:$b){ totalCount } }', { b: Array(10_000).fill('listed') });
    expect(basis.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(basis.body.errors?.[0]?.message).toContain('Query.reviewQueue.basis');
    const add = await gql(
      'mutation($n: NewNodeInput!){ addNode(node:$n, note:"x"){ change { id } } }',
      { n: { label: 'Industry', name: '测试产业', aliases: Array.from({ length: 50_000 }, (_, i) => `别名${i}`) } },
      { authorization: 'Bearer editor-token' },
    );
    expect(add.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(add.body.errors?.[0]?.message).toContain('NewNodeInput.aliases');
    expect(bilingual(add.body.errors![0]!.message)).toBe(true);
  });
});

describe('bilingual limit messages (review19 L1)', () => {
  const deep = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

  it('properties nested 50,000 deep (addNode) are refused before recursion: BAD_USER_INPUT naming the depth', async () => {
    const body = `{"query":"mutation($p:JSON){ addNode(node:{label:Industry,name:\\"x\\",properties:$p}, note:\\"n\\"){ change{id} } }","variables":{"p":${deep(50_000)}}}`;
    const r = await post(body, { authorization: 'Bearer editor-token' });
    expect(r.status).toBe(200);
    const e = r.body.errors![0]!;
    expect(e.extensions!.code).toBe('BAD_USER_INPUT');
    expect(e.extensions!.maxDepth).toBe(MAX_INPUT_DEPTH);
    expect(e.message).not.toMatch(/call stack/i);
    expect(e.message).toContain(`${MAX_INPUT_DEPTH}`);
    expect(bilingual(e.message)).toBe(true);
    // a query with such variables was an HTTP 500 (the response cache's key)
    const q = await post(`{"query":"query($p:JSON){ me { name } }","variables":{"p":${deep(50_000)}}}`);
    expect(q.status).toBe(200);
    expect(q.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    // and over GET
    const get = await fetch(`${base}/graphql?query=${encodeURIComponent('query($p:JSON){ me { name } }')}&variables=${encodeURIComponent(`{"p":${deep(100)}}`)}`, { headers: { 'apollo-require-preflight': '1' } });
    const gb = (await get.json()) as Answer['body'];
    expect(gb.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    // ordinary nesting goes on to validation (the variable is unused there: that is the only error)
    const ok = await gql('query($p:JSON){ me { name } }', { p: JSON.parse(deep(20)) });
    expect(ok.body.errors?.map((x) => x.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it("Apollo's CSRF refusal of a text/plain POST is one bilingual line naming what to send", async () => {
    const r = await post(JSON.stringify({ query: '{ me { name } }' }), { 'content-type': 'text/plain' });
    expect(r.status).toBe(400);
    const e = r.body.errors![0]!;
    expect(e.extensions!.code).toBe('BAD_REQUEST');
    expect(e.message).toContain('CSRF');
    expect(e.message).toContain('application/json');
    expect(e.message).toContain('apollo-require-preflight');
    expect(e.message.split('\n')).toHaveLength(1);
    expect(bilingual(e.message)).toBe(true);
  });

  it('introspection depth, query depth and aliases: QUERY_TOO_COMPLEX with one bilingual line naming the limit', async () => {
    const intro = await gql('{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }');
    expect(intro.body.errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(intro.body.errors![0]!.message).toMatch(/内省.*3 层.*\/ introspection too deep.*3 levels/);
    const hop = (n: number): string => (n === 0 ? 'id' : `edges(first:1){ source { ${hop(n - 1)} } }`);
    const depth = await gql(`{ node(id:"p1"){ ${hop(6)} } }`);
    expect(depth.body.errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(depth.body.errors![0]!.message).toMatch(/至多 12 层.*\/ query too deep: at most 12 levels/);
    const aliases = await gql(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: me { name }`).join(' ')} }`);
    expect(aliases.body.errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(aliases.body.errors![0]!.message).toMatch(/至多 30 个.*\/ too many aliases: at most 30/);
    for (const m of [intro, depth, aliases].map((r) => r.body.errors![0]!.message)) expect(bilingual(m)).toBe(true);
    expect(bilingual(complexityMessage('Maximum call stack size exceeded'))).toBe(true);
  });
});
