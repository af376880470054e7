// The client's GraphQL operations (client/src/graphql/*.graphql, compiled by codegen into typed
// document strings) must validate against the server's SDL as sent, fragments included; the
// label and relation lists must be the schema's enums, in the schema's order.
import { readFileSync, readdirSync } from 'node:fs';
import { Kind, buildSchema, parse, validate, type EnumTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as api from '../../client/src/api.ts';
import * as generated from '../../client/src/types/graphql.ts';

const sdl = readFileSync(new URL('../../server/src/graphql/schema.graphql', import.meta.url), 'utf8');
const schema = buildSchema(sdl);

const documents = Object.entries(generated).filter(([k, v]) => k.endsWith('Document') && v instanceof generated.TypedDocumentString) as [string, generated.TypedDocumentString<unknown, unknown>][];

function enumValues(name: string): string[] {
  const def = parse(sdl).definitions.find((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name);
  return def?.values?.map((v) => v.name.value) ?? [];
}

describe('client GraphQL operations', () => {
  it('generates one typed document per operation written in client/src/graphql', () => {
    const dir = new URL('../../client/src/graphql/', import.meta.url);
    const written = readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .flatMap((f) => [...readFileSync(new URL(f, dir), 'utf8').matchAll(/^(?:query|mutation)\s+(\w+)/gm)].map((m) => `${m[1]}Document`));
    expect(written.length).toBeGreaterThanOrEqual(13);
    expect(documents.map(([k]) => k).sort()).toEqual(written.sort());
  });

  for (const [name, doc] of documents) {
    it(`${name} validates against schema.graphql as sent (with its fragments)`, () => {
      const errors = validate(schema, parse(doc.toString())).map((e) => e.message);
      expect(errors).toEqual([]);
    });
  }

  it('takes the label and relation lists from the schema enums, in schema order', () => {
    expect([...api.LABELS]).toEqual(enumValues('Label'));
    expect([...api.REL_TYPES]).toEqual(enumValues('RelType'));
    expect(api.LABELS).toContain('Park');
    expect(api.isLabel('Park')).toBe(true);
    expect(api.isLabel('park')).toBe(false);
    expect(api.isRelType('HOSTS')).toBe(true);
  });

  it('opens a Document with its measures and their departments', () => {
    expect(api.initialNeighborhoodArgs({ id: 'doc:1', label: 'Document' })).toMatchObject({
      depth: 2,
      types: ['CONTAINS', 'RESPONSIBLE_FOR'],
    });
    expect(api.initialNeighborhoodArgs({ id: 'dept:a:b', label: 'Department' })).toMatchObject({ depth: 1 });
  });

  it('reads properties only when they are a JSON object', () => {
    expect(api.asRecord({ basis: 'stated' })).toEqual({ basis: 'stated' });
    expect(api.asRecord(null)).toEqual({});
    expect(api.asRecord([1])).toEqual({});
  });
});

describe('client source', () => {
  it('never parses node ids to guess labels (ids are opaque; ask for label)', () => {
    const files = readdirSync(new URL('../../client/src/', import.meta.url), { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.(ts|tsx)$/.test(f) && !f.startsWith('types'),
    );
    const offenders: string[] = [];
    for (const f of files) {
      const src = readFileSync(new URL(`../../client/src/${f}`, import.meta.url), 'utf8');
      // An id prefix as a literal (industry:, dept:, …) in a comparison or a pattern.
      if (/(startsWith|split|exec|match|test)\(\s*['"/^]*\^?(doc|measure|dept|industry|enterprise|lab|park):/.test(src)) offenders.push(f);
      if (/\/\^(doc|measure|dept|industry|enterprise|lab|park):/.test(src)) offenders.push(f);
    }
    expect(offenders).toEqual([]);
  });
});
