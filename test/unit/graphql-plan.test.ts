// QueryPlan (graphql/compiled.ts) on a small schema of its own: the same data as graphql-js's
// execute for successes (sync and async resolvers, lists of promises, interfaces, aliases,
// fragments, variables), null (give up) for every error without an unhandled rejection, and
// constant arguments that one request cannot change for the next.
import { buildSchema, execute, getOperationAST, parse, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { QueryPlan } from '../../server/src/graphql/compiled.ts';

const schema: GraphQLSchema = buildSchema(`
  interface Thing { id: ID! name: String }
  type Firm implements Thing { id: ID! name: String size: Int tags(first: Int = 2): [String!]! }
  type Park implements Thing { id: ID! name: String firms(labels: [String!] = ["a"]): [Firm!]! }
  type Query {
    things(ids: [ID!]!): [Thing]!
    park(id: ID!): Park
    boom: String
    strict: Firm!
    echo(list: [String!]!): [String!]!
  }
`);
type Row = { id: string; name: string; kind: 'Firm' | 'Park'; size?: number };
const rows: Record<string, Row> = {
  f1: { id: 'f1', name: '飞腾', kind: 'Firm', size: 3 },
  f2: { id: 'f2', name: '麒麟', kind: 'Firm' },
  p1: { id: 'p1', name: '海洋片区', kind: 'Park' },
};
const later = <T>(v: T) => new Promise<T>((r) => setImmediate(() => r(v)));
const q = schema.getQueryType()!;
q.getFields().things!.resolve = (_s, a: { ids: string[] }) => later(a.ids.map((id) => (id === 'gone' ? null : later(rows[id] ?? null))));
q.getFields().park!.resolve = (_s, a: { id: string }) => rows[a.id] ?? null;
q.getFields().boom!.resolve = () => Promise.reject(new Error('boom'));
q.getFields().strict!.resolve = () => null;
q.getFields().echo!.resolve = (_s, a: { list: string[] }) => {
  const out = [...a.list];
  a.list.push('changed'); // a resolver that changes its argument in place
  return out;
};
(schema.getType('Thing') as unknown as { resolveType: (r: Row) => string }).resolveType = (r) => r.kind;
(schema.getType('Firm') as GraphQLObjectType).getFields().tags!.resolve = (r: Row, a: { first: number }) => ['x', 'y', 'z'].slice(0, a.first).map((t) => `${r.id}${t}`);
(schema.getType('Park') as GraphQLObjectType).getFields().firms!.resolve = (_r, a: { labels: string[] }) => later([rows.f1, later(rows.f2)].slice(0, a.labels.length + 1));

async function both(query: string, variables?: Record<string, unknown>) {
  const document = parse(query);
  const plan = QueryPlan.compile(schema, document, getOperationAST(document)!);
  expect(plan, query).not.toBeNull();
  const mine = await plan!.execute({}, variables);
  const theirs = await execute({ schema, document, contextValue: {}, variableValues: variables });
  return { mine, theirs, plan: plan! };
}

describe('QueryPlan', () => {
  it('gives the data graphql-js gives, key order included', async () => {
    const queries: [string, Record<string, unknown>?][] = [
      ['{ things(ids: ["f1", "p1", "f2", "gone", "nope"]) { __typename id ... on Firm { size tags } ... on Park { name firms { name } } } }'],
      ['fragment F on Firm { id t: tags(first: 1) } query($id: ID!, $l: [String!]) { a: park(id: $id) { firms(labels: $l) { ...F name ...F } } b: park(id: "zz") { id } }', { id: 'p1', l: ['a', 'b'] }],
      ['query($id: ID! = "p1") { park(id: $id) { __typename firms { id } } }'],
    ];
    for (const [query, variables] of queries) {
      const { mine, theirs } = await both(query, variables);
      expect(theirs.errors, query).toBeUndefined();
      expect(JSON.stringify(mine), query).toBe(JSON.stringify(theirs.data));
    }
  });

  it('leaves a __proto__ alias to graphql-js (a plain result object would swallow it) and passes arguments of the prototype graphql-js gives', async () => {
    for (const query of ['{ __proto__: park(id: "p1") { id } }', '{ x: park(id: "p1") { __proto__: name id } }']) {
      const document = parse(query);
      const plan = QueryPlan.compile(schema, document, getOperationAST(document)!);
      const theirs = await execute({ schema, document, contextValue: {} });
      expect(JSON.stringify(theirs.data), query).toContain('"__proto__"');
      expect(plan === null || (await plan.execute({}, undefined)) === null, query).toBe(true);
    }
    const seen: (object | null)[] = [];
    const tags = (schema.getType('Firm') as GraphQLObjectType).getFields().tags!;
    const before = tags.resolve!;
    tags.resolve = (r, a, c, i) => (seen.push(Object.getPrototypeOf(a) as object | null), before(r, a, c, i));
    try {
      const { mine, theirs } = await both('{ things(ids: ["f1"]) { ... on Firm { tags t: tags(first: 1) } } }');
      expect(JSON.stringify(mine)).toBe(JSON.stringify(theirs.data));
      expect(seen.length).toBe(4);
      // (the plan's two calls first, then graphql-js's)
      expect(seen.slice(0, 2)).toEqual(seen.slice(2));
    } finally {
      tags.resolve = before;
    }
  });

  it('gives up on any error, rejected or thrown, and leaves no rejection unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      for (const query of ['{ things(ids: ["f1"]) { id } boom }', '{ strict { id } }', '{ things(ids: ["f1", "p1"]) { id } park(id: "p1") { firms { id } } boom }']) {
        const { mine, theirs } = await both(query);
        expect(theirs.errors?.length, query).toBeGreaterThan(0);
        expect(mine, query).toBeNull();
      }
      // a variable that does not coerce
      const document = parse('query($id: ID!) { park(id: $id) { id } }');
      expect(await QueryPlan.compile(schema, document, getOperationAST(document)!)!.execute({}, { id: { no: 1 } })).toBeNull();
      await later(null);
      await later(null);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });

  it('keeps constant arguments from one request to the next', async () => {
    const { mine, plan } = await both('{ echo(list: ["a", "b"]) }');
    // the shared argument is frozen: the resolver that changes it fails and the plan gives up
    // (the caller then executes it with graphql-js, whose arguments are fresh per call)
    expect(mine).toBeNull();
    expect(await plan.execute({}, undefined)).toBeNull();
    const { mine: withVariable } = await both('query($l: [String!]!) { echo(list: $l) }', { l: ['a', 'b'] });
    expect(withVariable).toEqual({ echo: ['a', 'b'] });
  });

  it('leaves directives, introspection and mutations to graphql-js', () => {
    for (const query of ['{ park(id: "p1") { id @skip(if: true) } }', '{ __schema { queryType { name } } }', '{ __type(name: "Firm") { name } }', 'mutation { x }']) {
      const document = parse(query);
      expect(QueryPlan.compile(schema, document, getOperationAST(document)!), query).toBeNull();
    }
  });
});
