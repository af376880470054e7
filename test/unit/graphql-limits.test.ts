// Bounded by construction (issue 10): every list of objects in the schema has a bound the cost
// model can read, the cost model multiplies nested list sizes (the 190-byte 5-hop query is refused,
// the same query with first: 5 per hop is not), and every query the client and the GraphQL IDE
// send stays within the limit.
import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, getNullableType, isLeafType, isListType, isObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '../../client/src/types/graphql.ts';
import { EXAMPLES } from '../../client/src/graphiql/examples.ts';
import { queryCost } from '../../server/src/graphql/cost.ts';
import { SCHEMA_PATH } from '../../server/src/graphql/handler.ts';
import { FIXED_SIZE, GRAPHQL_LIMITS, PARENT_BOUNDED } from '../../server/src/graphql/limits.ts';

const schema = buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));
const cost = (q: string, vars: Record<string, unknown> = {}) => queryCost(schema, parse(q), undefined, vars);

const HOP5 = '{ node(id:"industry:信创") { edges { source { edges { source { edges { source { edges { source { edges { source { id } } } } } } } } } } } }';

describe('every list is bounded', () => {
  it('every field returning a list of objects takes `first`, or is bounded by its parent, or has a fixed size', () => {
    const unbounded: string[] = [];
    let lists = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const f of Object.values(type.getFields())) {
        if (!isListType(getNullableType(f.type)) || isLeafType(getNamedType(f.type))) continue;
        lists++;
        const key = `${type.name}.${f.name}`;
        if (!f.args.some((a) => a.name === 'first' && a.defaultValue !== undefined) && !PARENT_BOUNDED[key] && FIXED_SIZE[key] === undefined) unbounded.push(key);
      }
    }
    expect(lists).toBeGreaterThan(50);
    expect(unbounded).toEqual([]);
  });
});

describe('cost model', () => {
  it('refuses the 190-byte 5-hop query of issue 10 and answers it with first: 5 per hop', () => {
    expect(HOP5.length).toBeLessThan(200);
    expect(cost(HOP5).cost).toBeGreaterThan(GRAPHQL_LIMITS.maxCost * 1000);
    const small = HOP5.replace(/edges \{/g, 'edges(first: 5) {');
    expect(cost(small).cost).toBeLessThan(GRAPHQL_LIMITS.maxCost);
    expect(cost(small).cost).toBeGreaterThan(5 ** 5); // still counts every hop
  });

  it('multiplies by first, by variables, and by the parent argument of bounded lists', () => {
    const one = cost('{ search(text: "x", first: 10) { id } }').cost;
    const two = cost('query($n: Int) { search(text: "x", first: $n) { id } }', { n: 20 }).cost;
    expect(two).toBe(2 * one);
    const nb = (limit: number) => cost(`{ neighborhood(ids: ["a"], limit: ${limit}) { nodes { id } } }`).cost;
    expect(nb(1000)).toBeGreaterThan(5 * nb(100));
  });

  it('counts an interface by its most expensive implementation, not by the sum of fragments', () => {
    const q = '{ node(id: "a") { ... on Industry { parks(first: 100) { id } } ... on Park { enterprises(first: 10) { id } } } }';
    const c = cost(q).cost;
    expect(c).toBeGreaterThan(100 * 2);
    expect(c).toBeLessThan(110 * 2 + 10);
  });

  it('reports arguments above their maximum, before execution', () => {
    expect(cost('{ search(text: "x", first: 100000) { id } }').overLimit).toMatchObject([{ field: 'Query.search', arg: 'first', max: 200 }]);
    expect(cost('{ node(id: "a") { edges(first: 5000) { id } } }').overLimit[0]).toMatchObject({ arg: 'first', value: 5000 });
    expect(cost('{ neighborhood(ids: ["a"], limit: 100000) { truncated } }').overLimit[0]).toMatchObject({ arg: 'limit', max: 5000 });
  });

  it('costs a chain of fragments that spread each other twice in linear time', () => {
    const n = 40;
    const frags = Array.from({ length: n }, (_, i) => `fragment F${i} on Industry { a${i}: parks(first: 1) { id } ...F${i + 1} ...F${i + 1} }`);
    frags.push(`fragment F${n} on Industry { id }`);
    const t0 = performance.now();
    const r = cost(`{ node(id: "x") { ...F0 } } ${frags.join(' ')}`);
    expect(performance.now() - t0).toBeLessThan(2000); // a hang guard: 2^40 without memoisation
    expect(r.cost).toBeGreaterThan(2 ** 30); // the fragments really do multiply
  });

  it('lets every operation of the client and every saved IDE example through', () => {
    // The variables the client sends at most (api.ts): search 30, related 30, paths 6/5, canvas 5000.
    const vars = { text: '信创', id: 'x', ids: ['x'], first: 200, limit: 5000, depth: 4, maxLength: 10, from: 'a', to: 'b', offset: 0 };
    // Every operation the client sends: the generated typed documents (client/src/graphql/*.graphql).
    const ops = Object.entries(generated)
      .filter(([k, v]) => k.endsWith('Document') && v instanceof generated.TypedDocumentString)
      .map(([k, v]) => [k, String(v)] as [string, string]);
    expect(ops.length).toBeGreaterThan(10);
    for (const [name, q] of ops) {
      const r = cost(q, name === 'PathsDocument' ? { ...vars, first: 50 } : { ...vars, park: 'x', industry: 'x', chain: 'x', a: 'x', b: 'x', maxChains: 100 });
      expect(r.overLimit, name).toEqual([]);
      expect(r.cost, name).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxCost);
    }
    for (const e of EXAMPLES) expect(cost(e.query, e.variables ?? {}).cost, e.title).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxCost);
  });
});
