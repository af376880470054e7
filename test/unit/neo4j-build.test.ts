// The Neo4j adapter's query builders, without a database: every statement's parameters match
// its .cypher file, caller text travels only in parameters, and the one thing spliced into
// Cypher text (variable-length bounds, model labels/types) is validated first.
import { describe, expect, it } from 'vitest';
import * as S from '../../server/src/store/neo4j/statements.ts';
import {
  boundedInt,
  labelToken,
  listCypherFiles,
  loadCypher,
  relTypeToken,
  splitStatements,
  statement,
} from '../../server/src/store/neo4j/cypher-files.ts';
import { encodeProperty, nodeProps, edgeProps } from '../../server/src/store/neo4j/mapping.ts';
import { toParams } from '../../server/src/store/neo4j/executor.ts';
import { neo4jConfigFromEnv } from '../../server/src/store/neo4j/config.ts';
import { versionSupported } from '../../server/src/store/neo4j/store.ts';
import { StoreConfigError, redactUri } from '../../server/src/store/neo4j/errors.ts';

const HOSTILE = "芯片'}) DETACH DELETE n //\n` MATCH (x) $q";

describe('variable-length bound (shortestPaths maxLength)', () => {
  it('substitutes a validated integer, and bounds the enumeration of parallel-edge combinations', () => {
    const st = S.shortestPaths('a', 'b', 4, 5);
    expect(st.cypher).toContain('[*..4]');
    expect(st.cypher).not.toContain('/*@');
    expect(st.params).toEqual({ from: 'a', to: 'b', first: 5, scan: S.PATH_SCAN_LIMIT });
    // Read at most $scan paths, then distinct node sequences, ordered, the first $first.
    expect(st.cypher).toMatch(/LIMIT \$scan\s+WITH DISTINCT nodeIds[\s\S]*ORDER BY reverse\(nodeIds\)\s+LIMIT \$first/);
  });

  it.each([0, 13, -1, 2.5, Number.NaN, Infinity])('rejects %s', (n) => {
    expect(() => S.shortestPaths('a', 'b', n, 5)).toThrow(RangeError);
  });

  it('boundedInt refuses anything that is not an integer in range', () => {
    expect(() => boundedInt('n', '3' as unknown as number, 1, 5)).toThrow(/integer from 1 to 5/);
    expect(() => boundedInt('n', '3) RETURN 1 //' as unknown as number, 1, 5)).toThrow(RangeError);
    expect(boundedInt('n', 5, 1, 5)).toBe('5');
  });
});

describe('label and type slots', () => {
  it('accept only the model lists', () => {
    expect(S.upsertNodes('Industry', []).cypher).toMatch(/SET n = row\.props, n:Industry\s*$/);
    expect(S.createEdges('SUPPORTS', []).cypher).toContain('[r:SUPPORTS]');
    expect(() => labelToken('Industry) DETACH DELETE (n')).toThrow(RangeError);
    expect(() => relTypeToken('KNOWS')).toThrow(RangeError);
    expect(() => S.upsertNodes('Person' as never, [])).toThrow(RangeError);
  });
});

describe('user text goes in parameters only', () => {
  const built = [
    S.search(HOSTILE, ['Industry'], 10),
    S.listNodes({ label: 'Park', contains: HOSTILE, jurisdiction: HOSTILE, ids: [HOSTILE], after: HOSTILE }, 6),
    S.listNodesCount({ label: null, contains: HOSTILE, jurisdiction: HOSTILE, ids: [HOSTILE], after: null }),
    S.documentNodes(HOSTILE),
    S.contribsOfSource(HOSTILE),
    S.writeContribs('node', [{ key: HOSTILE, element: HOSTILE, source: HOSTILE, value: HOSTILE }]),
    S.edgesBetween([[HOSTILE, HOSTILE]]),
    S.nodesById([HOSTILE]),
    S.edgesById([HOSTILE]),
    S.edgesOf([HOSTILE], 'both', ['SUPPORTS']),
    S.countEdges([HOSTILE], 'in', ['HOSTS']),
    S.neighborhoodStep([HOSTILE], undefined, [HOSTILE], ['Park'], 5),
    S.edgesAmong([HOSTILE], ['HOSTS']),
    S.shortestPaths(HOSTILE, HOSTILE, 3, 5),
    S.lockRecord(HOSTILE),
    S.lockNodes([HOSTILE]),
    S.lockEdges([HOSTILE]),
    S.writeRecord(HOSTILE, HOSTILE),
    S.upsertNodes('Measure', [{ id: HOSTILE, props: { name: HOSTILE } }]),
    S.createEdges('MENTIONS', [{ source: HOSTILE, target: HOSTILE, props: { id: HOSTILE } }]),
  ];
  it.each(built.map((b) => [b.name, b] as const))('%s', (_name, st) => {
    expect(st.cypher).not.toContain('芯片');
    expect(st.cypher).not.toContain('DETACH DELETE n //');
    expect(JSON.stringify(st.params)).toContain('芯片');
    // Rendered text equals the file (less optional lines not asked for) with slots replaced:
    // nothing else was spliced in.
    const lines = loadCypher(st.name).text.split('\n');
    const rendered = st.cypher.split('\n');
    const kept = lines.filter((l) => !/\/\/@when /.test(l) || rendered.includes(l));
    const file = kept.join('\n').replace(/\/\*@[A-Za-z0-9]+\*\/[A-Za-z0-9_]+/g, '§');
    const pattern = new RegExp('^' + file.split('§').map(escapeRe).join('[A-Za-z0-9_]+') + '$');
    expect(st.cypher).toMatch(pattern);
  });
});

describe('list-nodes: one statement per filter combination', () => {
  const base = { label: null, contains: null, jurisdiction: null, ids: null, after: null } as S.ListNodesParams;
  it('keeps only the predicates asked for, so no $x IS NULL OR … defeats an index', () => {
    const plain = S.listNodes(base, 51);
    const code = (c: string) => c.replace(/\/\/[^\n]*/g, '');
    expect(code(plain.cypher)).not.toMatch(/IS NULL OR/);
    expect(code(plain.cypher)).not.toContain('$contains');
    expect(code(plain.cypher)).not.toContain('$after');
    expect(plain.params).toEqual({ limit: 51 });
    const page = S.listNodes({ ...base, label: 'Industry', contains: '芯', after: 'industry:a' }, 11);
    expect(page.cypher).toMatch(/MATCH \(n:Industry\)/);
    expect(page.cypher).toContain('n.id > $after');
    expect(page.cypher).toMatch(/ORDER BY n\.id\s+LIMIT \$limit/);
    expect(page.params).toEqual({ contains: '芯', after: 'industry:a', limit: 11 });
    expect(() => S.listNodes({ ...base, label: 'Bogus' as never }, 5)).toThrow(RangeError);
  });

  it('counts from the count store when only a label (or nothing) filters', () => {
    expect(S.listNodesCount({ ...base, label: 'Park' }).name).toBe('queries/count-label');
    expect(S.listNodesCount({ ...base, label: 'Park' }).cypher).toMatch(/^MATCH \(n:Park\)\s+RETURN count\(n\) AS total\s*$/m);
    expect(S.listNodesCount(base).name).toBe('queries/count-live-nodes');
    expect(S.listNodesCount({ ...base, jurisdiction: 'x' }).name).toBe('queries/list-nodes-count');
  });
});

describe('statement() checks parameters against the file', () => {
  it('refuses missing, extra and undefined parameters', () => {
    expect(() => statement('queries/nodes-by-id', {})).toThrow(/missing ids/);
    expect(() => statement('queries/nodes-by-id', { ids: [], idz: [] })).toThrow(/unexpected idz/);
    expect(() => statement('queries/nodes-by-id', { ids: undefined })).toThrow(/undefined/);
    expect(() => statement('queries/ping', {}, { maxLength: boundedInt('m', 2, 1, 3) })).toThrow(/no slot/);
    expect(() => statement('queries/shortest-paths', { from: 'a', to: 'b' })).toThrow(/slot maxLength not filled/);
  });

  it('every file loads, and only the known slots exist', () => {
    for (const name of listCypherFiles()) {
      const f = loadCypher(name);
      for (const s of f.slots) expect(['label', 'type', 'maxLength']).toContain(s);
      for (const c of f.conditions) expect(['after', 'contains', 'jurisdiction', 'documentId']).toContain(c);
    }
    expect(() => loadCypher('../package')).toThrow(/bad cypher file name/);
  });

  it('schema.cypher splits into statements, each IF NOT EXISTS or the index wait', () => {
    const stmts = splitStatements(loadCypher('schema').text);
    expect(stmts.length).toBeGreaterThan(20);
    for (const s of stmts) expect(s).toMatch(/IF NOT EXISTS|db\.awaitIndexes/);
    expect(stmts.some((s) => /FULLTEXT INDEX[\s\S]*'cjk'/.test(s))).toBe(true);
  });
});

describe('property encoding', () => {
  it('keeps primitives and homogeneous lists, JSON-encodes the rest', () => {
    expect(encodeProperty('天津市')).toEqual(['天津市', false]);
    expect(encodeProperty(3)).toEqual([3, false]);
    expect(encodeProperty(['a', 'b'])).toEqual([['a', 'b'], false]);
    expect(encodeProperty([1, 2])).toEqual([[1, 2], false]);
    expect(encodeProperty([1, 2.5])).toEqual(['[1,2.5]', true]);
    expect(encodeProperty(null)).toEqual(['null', true]);
    expect(encodeProperty({ a: 1 })).toEqual(['{"a":1}', true]);
    expect(encodeProperty([])).toEqual(['[]', true]);
  });

  it('node projection: search keys, reserved keys skipped, _jsonKeys listed, merged value', () => {
    const p = nodeProps({ id: 'n1', label: 'Park', name: 'ＡＢ 园区', aliases: ['x\tY'], properties: { kind: 'park', name: 'clash', extra: { a: 1 } } });
    expect(p).toMatchObject({ id: 'n1', name: 'ＡＢ 园区', _nameKey: 'ab 园区', _aliasKeys: ['x y'], _aliasText: 'x y', kind: 'park' });
    expect(p._jsonKeys).toEqual(['extra']);
    expect(p.extra).toBe('{"a":1}');
    expect(JSON.parse(p._value as string)).toEqual({ label: 'Park', name: 'ＡＢ 园区', aliases: ['x\tY'], properties: { kind: 'park', name: 'clash', extra: { a: 1 } } });
    const e = edgeProps({ id: 'e', type: 'SUPPORTS', source: 'a', target: 'b', properties: { role: 'lead' }, evidence: [{ documentId: 'd', text: 't', start: 0, end: 1 }] });
    expect(e).toMatchObject({ id: 'e', role: 'lead', evidence: '[{"documentId":"d","text":"t","start":0,"end":1}]' });
  });

  it('parameters: safe integers become Cypher INTEGER, floats stay floats', () => {
    const out = toParams({ first: 20, f: 1.5, rows: [{ n: 2 }] }) as Record<string, unknown>;
    expect((out.first as { toNumber(): number }).toNumber()).toBe(20);
    expect(out.f).toBe(1.5);
    expect(((out.rows as Record<string, { toNumber(): number }>[])[0]!.n)!.toNumber()).toBe(2);
  });
});

describe('server version check (CALL (x) { … } needs Neo4j ≥ 5.23)', () => {
  it.each([
    ['5.22.0', false],
    ['5.23.0', true],
    ['5.26.4', true],
    ['5.26.0-aura', true],
    ['2025.01.0', true],
    ['4.4.30', false],
    ['', false],
    ['dev', false],
  ])('%s → %s', (v, ok) => {
    expect(versionSupported(v)).toBe(ok);
  });
});

describe('config from env', () => {
  it('reads and validates', () => {
    expect(neo4jConfigFromEnv({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_PASSWORD: 'p', NEO4J_BATCH_SIZE: '200' })).toEqual({
      uri: 'neo4j+s://x.databases.neo4j.io',
      user: 'neo4j',
      password: 'p',
      batchSize: 200,
    });
    expect(() => neo4jConfigFromEnv({})).toThrow(StoreConfigError);
    expect(() => neo4jConfigFromEnv({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/scheme http:/);
    expect(() => neo4jConfigFromEnv({ NEO4J_URI: 'bolt://h', NEO4J_BATCH_SIZE: '1.5' })).toThrow(/NEO4J_BATCH_SIZE/);
  });

  it('never shows a password', () => {
    expect(redactUri('bolt://neo4j:s3cret@db:7687')).toBe('bolt://db:7687');
    let msg = '';
    try {
      neo4jConfigFromEnv({ NEO4J_URI: 'http://neo4j:s3cret@db:7687' });
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).not.toContain('s3cret');
  });
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
