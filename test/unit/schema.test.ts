// The GraphQL schema is a contract for researchers' scripts: snapshot it, pin the root fields the
// issue names, and require a Chinese and English description on every type and field.
import { readFileSync } from 'node:fs';
import { buildSchema, isInterfaceType, isObjectType, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH } from '../../server/src/graphql/handler.ts';

const schema = buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));

describe('GraphQL schema', () => {
  it('matches the checked-in snapshot (update deliberately with vitest -u)', async () => {
    await expect(printSchema(schema)).toMatchFileSnapshot('__snapshots__/schema.graphql.snap');
  });

  it('keeps the contract root fields and their arguments', () => {
    const q = schema.getQueryType()!.getFields();
    const sig = (name: string) => q[name]!.args.length === 0 ? `${name}: ${q[name]!.type}` : `${name}(${q[name]!.args.map((a) => `${a.name}: ${a.type}${a.defaultValue !== undefined ? ` = ${JSON.stringify(a.defaultValue)}` : ''}`).join(', ')}): ${q[name]!.type}`;
    expect(sig('node')).toBe('node(id: ID!): Node');
    expect(sig('search')).toBe('search(text: String!, labels: [Label!], first: Int = 20): [Node!]!');
    expect(sig('neighborhood')).toBe('neighborhood(ids: [ID!]!, depth: Int = 1, labels: [Label!], types: [RelType!], limit: Int = 200): Subgraph!');
    expect(sig('shortestPaths')).toBe('shortestPaths(from: ID!, to: ID!, maxLength: Int = 6, first: Int = 5): [Path!]!');
    // Compatible extensions: every list takes `first` (issue 10, bounded by construction).
    expect(sig('parksForIndustry')).toBe('parksForIndustry(id: ID!, first: Int = 200): [Park!]!');
    expect(sig('industryChain')).toBe('industryChain(id: ID!): IndustryChain!');
    expect(sig('relatedEnterprises')).toBe('relatedEnterprises(id: ID!, first: Int = 20): [RelatedEnterprise!]!');
    expect(sig('departmentWorkload')).toBe('departmentWorkload(jurisdiction: String, first: Int = 500): [DepartmentLoad!]!');
    expect(sig('documents')).toBe('documents(first: Int = 500): [Document!]!');
    expect(sig('stats')).toBe('stats: Stats!');
    const node = schema.getType('Node');
    expect(isInterfaceType(node) && Object.keys(node.getFields()).slice(0, 4)).toEqual(['id', 'label', 'name', 'aliases']);
  });

  it('describes every type and field in Chinese and English', () => {
    const missing: string[] = [];
    const bilingual = (d: string | null | undefined) => !!d && /[\u4e00-\u9fff]/.test(d) && /[A-Za-z]/.test(d);
    for (const t of Object.values(schema.getTypeMap())) {
      if (t.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name)) continue;
      if (!bilingual(t.description)) missing.push(t.name);
      if (isObjectType(t) || isInterfaceType(t)) {
        for (const f of Object.values(t.getFields())) if (!bilingual(f.description)) missing.push(`${t.name}.${f.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
