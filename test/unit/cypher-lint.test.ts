// Lints every Cypher file the Neo4j adapter runs (cypher/schema.cypher, cypher/ingest/*,
// cypher/queries/*) with the Neo4j language service: syntax, semantic analysis (undefined
// variables, type errors), and our schema: an unknown label, relationship type, property key,
// function or procedure (APOC excluded: it is not required) is reported. Any diagnostic fails.
import { describe, expect, it } from 'vitest';
import { lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import {
  collectParams,
  listCypherFiles,
  loadCypher,
  renderCypher,
  labelToken,
  relTypeToken,
  boundedInt,
} from '../../server/src/store/neo4j/cypher-files.ts';
import { SCHEMA_LABELS, SCHEMA_PROPERTY_KEYS, SCHEMA_REL_TYPES } from '../../server/src/store/neo4j/schema-names.ts';
import { LABELS, REL_TYPES } from '../../server/src/model.ts';

type Registry = Record<string, { name: string }>;

/** Built-in functions/procedures of Neo4j 5 (the language service's catalogue), minus APOC. */
function withoutApoc<T extends Registry>(r: T | undefined): T {
  return Object.fromEntries(Object.entries(r ?? {}).filter(([k]) => !k.startsWith('apoc.'))) as T;
}

const mock = testData.mockSchema as DbSchema;

function schemaFor(text: string): DbSchema {
  const parameters: Record<string, unknown> = {};
  for (const p of collectParams(text)) parameters[p] = null;
  return {
    labels: [...SCHEMA_LABELS],
    relationshipTypes: [...SCHEMA_REL_TYPES],
    propertyKeys: [...SCHEMA_PROPERTY_KEYS],
    parameters,
    functions: { 'CYPHER 5': withoutApoc(mock.functions?.['CYPHER 5']) },
    procedures: { 'CYPHER 5': withoutApoc(mock.procedures?.['CYPHER 5']) },
    defaultLanguage: 'CYPHER 5',
  };
}

function lint(text: string): string[] {
  const { diagnostics } = lintCypherQuery(text, schemaFor(text));
  return diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

const files = ['schema', ...listCypherFiles()];

describe('cypher/*.cypher lint', () => {
  it('finds the files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s.cypher has no diagnostics', (name) => {
    expect(lint(loadCypher(name).text)).toEqual([]);
  });

  it('slot-rendered variants lint clean (every label, every relationship type)', () => {
    for (const name of ['ingest/upsert-nodes', 'ingest/create-nodes', 'queries/count-label']) {
      const f = loadCypher(name);
      for (const l of LABELS) expect(lint(renderCypher(f, { label: labelToken(l) })), `${name} ${l}`).toEqual([]);
    }
    const create = loadCypher('ingest/create-edges');
    for (const t of REL_TYPES) expect(lint(renderCypher(create, { type: relTypeToken(t) }))).toEqual([]);
    const sp = loadCypher('queries/shortest-paths');
    expect(lint(renderCypher(sp, { maxLength: boundedInt('maxLength', 12, 1, 12) }))).toEqual([]);
  });

  it('every combination of optional lines lints clean (list-nodes: one statement per filter combination)', () => {
    let combos = 0;
    for (const name of listCypherFiles()) {
      const f = loadCypher(name);
      if (f.conditions.size === 0) continue;
      const conds = [...f.conditions];
      // Every combination of lines (unlabelled), and every label with all lines: the label slot
      // and the optional lines are independent.
      const variants: [Set<string>, string][] = [];
      for (let mask = 0; mask < 1 << conds.length; mask++) variants.push([new Set(conds.filter((_, i) => mask & (1 << i))), 'KgNode']);
      if (f.slots.has('label')) for (const l of LABELS) variants.push([new Set(conds), l]);
      for (const [when, label] of variants) {
        const slots: Record<string, ReturnType<typeof labelToken>> = f.slots.has('label') ? { label: label as ReturnType<typeof labelToken> } : {};
        expect(lint(renderCypher(f, slots, when)), `${name} ${[...when].join('+')} ${label}`).toEqual([]);
        combos++;
      }
    }
    expect(combos).toBe(16 + 7 + 8 + 7);
  });
});

describe('the lint catches mistakes', () => {
  it('a syntax error', () => {
    const errs = lint('MATCH (n:KgNode WHERE n.id = $id RETURN n.id');
    expect(errs.length).toBeGreaterThan(0);
    expect(errs.join('\n')).toMatch(/Invalid input/);
  });

  it('an unknown label', () => {
    const errs = lint('MATCH (n:Compnay) WHERE n.id = $id RETURN n.id');
    expect(errs.join('\n')).toMatch(/Label Compnay is not present/);
  });

  it('an unknown relationship type and property key', () => {
    expect(lint('MATCH (a:KgNode)-[r:SUPPLIES]->(b:KgNode) RETURN r.id').join('\n')).toMatch(/SUPPLIES/);
    expect(lint('MATCH (n:KgNode) RETURN n.nmae').join('\n')).toMatch(/nmae is not present/);
  });

  it('an undefined variable, an APOC function, an undeclared parameter', () => {
    expect(lint('MATCH (n:KgNode) RETURN m').join('\n')).toMatch(/Variable `m` not defined/);
    expect(lint("RETURN apoc.text.join(['a'], ',') AS s").join('\n')).toMatch(/apoc\.text\.join is not present/);
    const { diagnostics } = lintCypherQuery('RETURN $nope AS x', { ...schemaFor(''), parameters: {} });
    expect(diagnostics.map((d) => d.message).join('\n')).toMatch(/Parameter \$nope is not defined/);
  });
});
