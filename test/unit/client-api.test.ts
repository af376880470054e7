// The client's GraphQL operations must validate against the server's SDL (catches field
// conflicts like Document.title String! vs Measure.title String in one selection).
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as api from '../../client/src/api.ts';

const schema = buildSchema(readFileSync(new URL('../../server/src/graphql/schema.graphql', import.meta.url), 'utf8'));

const operations = Object.entries(api).filter(([k, v]) => k.endsWith('_QUERY') && typeof v === 'string') as [string, string][];

describe('client GraphQL operations', () => {
  it('exports the operations it uses', () => {
    expect(operations.map(([k]) => k).sort()).toEqual([
      'CHAIN_GAPS_QUERY',
      'CHAIN_QUERY',
      'DOCUMENTS_QUERY',
      'DOCUMENT_QUERY',
      'DOCUMENT_TEXT_QUERY',
      'EDGE_QUERY',
      'INDUSTRIES_QUERY',
      'NAMES_QUERY',
      'NEIGHBORHOOD_QUERY',
      'NODE_QUERY',
      'NODE_REF_QUERY',
      'PARKS_QUERY',
      'PATHS_QUERY',
      'REGISTRIES_QUERY',
      'RELATED_QUERY',
      'SEARCH_QUERY',
      'STATS_QUERY',
    ]);
  });

  for (const [name, query] of operations) {
    it(`${name} validates against schema.graphql`, () => {
      const errors = validate(schema, parse(query)).map((e) => e.message);
      expect(errors).toEqual([]);
    });
  }

  it('opens a Document with its measures and their departments', () => {
    expect(api.initialNeighborhoodArgs({ id: 'doc:1', label: 'Document', name: 'd' })).toMatchObject({
      depth: 2,
      types: ['CONTAINS', 'RESPONSIBLE_FOR'],
    });
    expect(api.initialNeighborhoodArgs({ id: 'dept:a:b', label: 'Department', name: 'b' })).toMatchObject({ depth: 1 });
  });
});
