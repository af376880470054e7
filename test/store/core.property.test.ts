// The compact embedded store against the reference implementation (reference-store.ts) on random
// histories: documents replaced and removed in any order, nodes stated by several documents with
// different names, aliases and properties, edges with non-derived ids (also reused with another
// type or endpoints), edges to nodes nobody states (hidden, and back when the node is), self-loops,
// duplicate evidence, and restarts from snapshots with batches replayed on top. After every step
// the graph, the counts, search, pages, neighbourhoods, paths and incident edges must be equal.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeId, LABELS, REL_TYPES, type Json, type Evidence, type GraphBatch, type GraphEdge, type GraphNode, type Label, type RelType } from '../../server/src/model.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { ReferenceStore } from './reference-store.ts';

const IDS: [string, Label][] = [
  ['enterprise:e0', 'Enterprise'],
  ['enterprise:e1', 'Enterprise'],
  ['enterprise:e2', 'Enterprise'],
  ['industry:i0', 'Industry'],
  ['industry:i1', 'Industry'],
  ['park:p0', 'Park'],
  ['park:p1', 'Park'],
  ['lab:l0', 'Lab'],
  ['dept:d0', 'Department'],
];
const NAMES = ['信创', '信创谷', '中国信创谷', '芯片', '芯片设计', '海洋装备', 'ＡＢ园区', 'ab园区', '信息技术应用创新', '飞腾', '飞腾信息'];
const ALIASES = ['信创', '飞腾', '芯', '海洋', 'AB', '园区', '谷'];
const PROPS: Record<string, Json>[] = [{}, { level: 'chain' }, { kind: 'park', n: 1 }, { jurisdiction: '滨海高新区' }, { jurisdiction: '津南区', extra: [1, 2] }];
const DOCS = ['doc:a', 'doc:b', 'doc:c', 'doc:d'];

const nodeArb = fc.record({
  k: fc.integer({ min: 0, max: IDS.length - 1 }),
  name: fc.constantFrom(...NAMES),
  aliases: fc.array(fc.constantFrom(...ALIASES), { maxLength: 3 }),
  props: fc.integer({ min: 0, max: PROPS.length - 1 }),
  relabel: fc.boolean(),
});

const edgeArb = fc.record({
  type: fc.integer({ min: 0, max: REL_TYPES.length - 1 }),
  s: fc.integer({ min: 0, max: IDS.length }), // IDS.length = the document node itself
  t: fc.integer({ min: 0, max: IDS.length }),
  custom: fc.integer({ min: -6, max: 2 }), // ≥ 0: a non-derived id shared across documents
  ev: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
  props: fc.integer({ min: 0, max: PROPS.length - 1 }),
});

/**
 * Nodes that documents mostly state alike (two names, no aliases, two property sets): the store
 * keeps a node whose sources all agree as a run of sources (MULTI_SAME in core.ts), and turns it
 * into per-source values at the first disagreeing statement; these histories exercise both ways.
 */
const alikeNodeArb = fc.record({
  k: fc.constantFrom(0, 0, 3, 3, 5, 8),
  name: fc.constantFrom(NAMES[0]!, NAMES[0]!, NAMES[0]!, NAMES[0]!, NAMES[0]!, NAMES[3]!),
  aliases: fc.constant<string[]>([]),
  props: fc.constantFrom(0, 0, 0, 0, 0, 1),
  relabel: fc.constantFrom(false, false, false, false, false, false, false, true),
});

const opsOf = (nodes: typeof nodeArb) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.record({ op: fc.constant('replace' as const), doc: fc.constantFrom(...DOCS), nodes: fc.array(nodes, { maxLength: 6 }), edges: fc.array(edgeArb, { maxLength: 8 }) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('remove' as const), doc: fc.constantFrom(...DOCS, 'doc:none') }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('reopen' as const) }) },
  );
const opArb = opsOf(nodeArb);

type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

function buildBatch(op: Extract<Op, { op: 'replace' }>, version: number): GraphBatch {
  const doc = op.doc;
  const nodes: GraphNode[] = [{ id: doc, label: 'Document', name: `文件${doc}`, aliases: [], properties: { version } }];
  for (const n of op.nodes) {
    const [id, label] = IDS[n.k]!;
    nodes.push({ id, label: n.relabel ? (LABELS[(LABELS.indexOf(label) + 1) % LABELS.length] as Label) : label, name: n.name, aliases: n.aliases, properties: { ...PROPS[n.props]! } });
  }
  const idOf = (i: number) => (i === IDS.length ? doc : IDS[i]![0]);
  const edges: GraphEdge[] = op.edges.map((e) => {
    const type = REL_TYPES[e.type] as RelType;
    const source = idOf(e.s);
    const target = idOf(e.t);
    const evidence: Evidence[] = e.ev.map((k) => ({ documentId: doc, ...(k % 2 ? { section: '一、' } : {}), text: `句子${k}`, start: k * 10, end: k * 10 + 3 }));
    return { id: e.custom >= 0 ? `custom:${e.custom}` : edgeId(type, source, target), type, source, target, properties: { ...PROPS[e.props]! }, evidence };
  });
  return { documentId: doc, sourceHash: `h${version}`, nodes, edges };
}

/** What a document states of each node: its last statement of each id, aliases sorted and unique. */
function statedNodes(b: GraphBatch): Record<string, GraphNode> {
  const out: Record<string, GraphNode> = {};
  for (const n of b.nodes) out[n.id] = { ...n, aliases: [...new Set(n.aliases)].sort() };
  return out;
}

async function compare(store: EmbeddedStore, ref: ReferenceStore, where: string, written?: Map<string, GraphBatch>): Promise<void> {
  if (written) {
    // Each source's contribution as the store keeps it (kg copy rebuilds batches from it).
    const kept = new Map([...store.sourceBatches()].map((b) => [b.documentId, statedNodes(b)]));
    expect([...kept.keys()].sort(), where).toEqual([...written.keys()].sort());
    for (const [doc, b] of written) expect(kept.get(doc), `${where} contribution of ${doc}`).toEqual(statedNodes(b));
  }
  const g = await store.exportGraph();
  expect(g, where).toEqual(await ref.exportGraph());
  expect(await store.stats(), where).toEqual({ ...(await ref.stats()) });
  expect((await store.listDocumentRecords()).map((r) => r.documentId), where).toEqual(ref.documents());
  const ids = [...IDS.map((x) => x[0]), ...DOCS, 'nope'];
  expect(await store.getNodes(ids), where).toEqual(await ref.getNodes(ids));
  const eids = g.edges.map((e) => e.id).concat(['custom:0', 'custom:1', 'SUPPORTS:x->y']);
  expect(await store.getEdges(eids), where).toEqual(await ref.getEdges(eids));
  for (const q of ['信创', '信', '谷', '芯片', 'ab', 'ＡＢ', '园区', '飞腾', 'x', '文件']) {
    expect(await store.search(q), `${where} search ${q}`).toEqual(await ref.search(q));
    expect(await store.search(q, { first: 2, labels: ['Park', 'Industry'] }), `${where} search ${q} labelled`).toEqual(await ref.search(q, { first: 2, labels: ['Park', 'Industry'] }));
  }
  for (const opts of [{ first: 3 }, { label: 'Enterprise' as const }, { nameContains: '信' }, { jurisdiction: '滨海高新区' }, { documentId: 'doc:b', first: 2 }, { first: 2, after: 'enterprise:e1' }]) {
    expect(await store.listNodes(opts), `${where} list ${JSON.stringify(opts)}`).toEqual(await ref.listNodes(opts));
  }
  for (const seed of [['enterprise:e0'], ['industry:i0', 'park:p1'], ['doc:a']]) {
    for (const o of [{ depth: 2 }, { depth: 3, limit: 4 }, { depth: 2, types: ['IN_INDUSTRY', 'HOSTS', 'CONTAINS'] as RelType[] }, { depth: 2, labels: ['Park', 'Enterprise'] as Label[] }]) {
      expect(await store.neighborhood(seed, o), `${where} nb ${seed} ${JSON.stringify(o)}`).toEqual(await ref.neighborhood(seed, o));
    }
  }
  for (const [a, b] of [['enterprise:e0', 'park:p1'], ['doc:a', 'industry:i1'], ['lab:l0', 'enterprise:e2'], ['dept:d0', 'dept:d0']]) {
    expect(await store.shortestPaths(a!, b!, { first: 20 }), `${where} paths ${a} ${b}`).toEqual(await ref.shortestPaths(a!, b!, { first: 20 }));
    expect(await store.shortestPaths(a!, b!, { maxLength: 2, first: 1 }), `${where} paths2 ${a} ${b}`).toEqual(await ref.shortestPaths(a!, b!, { maxLength: 2, first: 1 }));
  }
  for (const dir of ['out', 'in', 'both'] as const) {
    const q = { ids: ['industry:i0', 'enterprise:e1', 'doc:c'], direction: dir, types: dir === 'in' ? (['HOSTS', 'IN_INDUSTRY'] as RelType[]) : undefined };
    expect(await store.edgesOf(q), `${where} edgesOf ${dir}`).toEqual(await ref.edgesOf(q));
  }
}

describe('compact embedded store vs the reference (property-based)', () => {
  it.each([
    ['any statements', opArb, 120],
    ['statements mostly alike', opsOf(alikeNodeArb), 60],
  ] as const)('answers exactly like the reference after every step of random histories, across restarts (%s)', async (_name, ops, numRuns) => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'kg-core-prop-'));
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(ops as typeof opArb, { minLength: 1, maxLength: 14 }), fc.boolean(), async (ops, eagerSnapshots) => {
          const dir = path.join(root, `r${run++}`);
          // eager: a snapshot after nearly every commit, so restarts load snapshots and replay a little.
          const snapshot = eagerSnapshots ? { minLogBytes: 0, afterCommitRatio: 0.3, onCloseRatio: 0, idleMs: 0 } : { minLogBytes: 1 << 30 };
          let store = await EmbeddedStore.open({ dir, snapshot });
          const ref = new ReferenceStore();
          const written = new Map<string, GraphBatch>();
          try {
            let version = 0;
            for (const [i, op] of ops.entries()) {
              const where = `step ${i} (${op.op})`;
              if (op.op === 'replace') {
                const b = buildBatch(op, ++version);
                await store.replaceDocument(b);
                ref.replaceDocument(b);
                written.set(b.documentId, b);
              } else if (op.op === 'remove') {
                expect(await store.removeDocument(op.doc), where).toBe(ref.removeDocument(op.doc));
                written.delete(op.doc);
              } else {
                await store.close();
                store = await EmbeddedStore.open({ dir, snapshot });
                if (eagerSnapshots && ref.documents().length > 0) expect(store.loadInfo.fromSnapshot, where).toBe(true);
              }
              await compare(store, ref, where, written);
            }
          } finally {
            await store.close();
          }
        }),
        { numRuns, seed: 20261124 },
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 300_000);
});

describe('compact embedded store vs the reference at a few thousand nodes', () => {
  it('agrees after bulk writes (indexes rebuilt), small changes (merged in) and a restart', async () => {
    const { generateGraph } = await import('../../bench/generate-graph.ts');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-core-bulk-'));
    const batches = generateGraph(4000, 7, 12);
    let store = await EmbeddedStore.open({ dir, snapshot: { minLogBytes: 0, idleMs: 0 } });
    const ref = new ReferenceStore();
    const queries = ['园', '信创', '芯片', '科技有限公司1', '天津滨海', '局', 'syn1', 'x'];
    const check = async (where: string) => {
      for (const q of queries) {
        expect(await store.search(q, { first: 50 }), `${where} ${q}`).toEqual(await ref.search(q, { first: 50 }));
        expect(await store.search(q, { first: 7, labels: ['Park', 'Lab'] }), `${where} ${q} labels`).toEqual(await ref.search(q, { first: 7, labels: ['Park', 'Lab'] }));
      }
      for (const o of [{ nameContains: '信创', first: 30 }, { label: 'Industry' as const, first: 40, after: 'industry:syn3000' }, { documentId: 'doc:syn3', first: 25 }]) {
        expect(await store.listNodes(o), `${where} ${JSON.stringify(o)}`).toEqual(await ref.listNodes(o));
      }
      expect(await store.stats(), where).toEqual(await ref.stats());
    };
    try {
      for (const b of batches) {
        await store.replaceDocument(b);
        ref.replaceDocument(b);
      }
      await check('after bulk');
      // A few small changes, merged into the indexes.
      const b0 = batches[0]!;
      const changed = { ...b0, sourceHash: 'changed', nodes: b0.nodes.slice(0, 50).map((n) => ({ ...n, name: `${n.name}信创新名` })), edges: [] };
      await store.replaceDocument(changed);
      ref.replaceDocument(changed);
      expect(await store.removeDocument('doc:syn5')).toBe(ref.removeDocument('doc:syn5'));
      await check('after small changes');
      await store.close();
      store = await EmbeddedStore.open({ dir });
      expect(store.loadInfo.fromSnapshot).toBe(true);
      await check('after restart');
      expect(await store.exportGraph()).toEqual(await ref.exportGraph());
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

/**
 * A bare GraphCore that compacts its evidence rows at every chance, a reference store beside it, and the core's
 * visible edges in id order (for the compaction properties).
 */
async function compactingCore() {
  const { GraphCore } = await import('../../server/src/store/embedded/core.ts');
  const core = new GraphCore();
  core.compactEvidenceAt = 1;
  const ref = new ReferenceStore();
  const info = (id: string) => ({ id, sourceHash: 'h', file: 'f', kind: 'document' });
  const exportCore = () => {
    const edges = [];
    for (let j = 0; j < core.edgeHigh; j++) if (core.eType[j] !== 255 && core.edgeVisible(j)) edges.push(core.edge(j));
    return edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  };
  return { core, ref, info, exportCore };
}

describe('evidence rows compaction', () => {
  it('searches like the reference after a bulk write that left the search index to a rebuild, and keeps it up after', async () => {
    const { generateGraph } = await import('../../bench/generate-graph.ts');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-core-defer-'));
    const batches = generateGraph(4000, 11, 8);
    const store = await EmbeddedStore.open({ dir }); // default policy: no snapshot (and no rebuild) during the writes
    const ref = new ReferenceStore();
    const index = (store as unknown as { searchIndex: { deferred: boolean } }).searchIndex;
    const check = async (where: string) => {
      for (const q of ['园', '信创', '芯片', '科技有限公司2', 'syn1', 'x']) {
        expect(await store.search(q, { first: 40 }), `${where} ${q}`).toEqual(await ref.search(q, { first: 40 }));
      }
      expect(await store.listNodes({ nameContains: '芯片', first: 30 }), where).toEqual(await ref.listNodes({ nameContains: '芯片', first: 30 }));
    };
    try {
      for (const b of batches) {
        await store.replaceDocument(b);
        ref.replaceDocument(b);
      }
      expect(index.deferred, 'a bulk write stops the per-node upkeep').toBe(true);
      await check('after bulk');
      expect(index.deferred, 'the first read rebuilt the index').toBe(false);
      // Small changes after the rebuild are merged in, not deferred.
      const b1 = batches[1]!;
      const renamed = { ...b1, sourceHash: 'renamed', nodes: b1.nodes.slice(0, 20).map((n) => ({ ...n, name: `芯片${n.name}` })), edges: [] };
      await store.replaceDocument(renamed);
      ref.replaceDocument(renamed);
      expect(index.deferred).toBe(false);
      await check('after a small change');
      await store.removeDocument(batches[2]!.documentId);
      ref.removeDocument(batches[2]!.documentId);
      await check('after a removal');
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('keeps every edge its evidence when garbage rows are compacted away', async () => {
    const { core, ref, info, exportCore } = await compactingCore();
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
        let version = 0;
        for (const op of ops) {
          if (op.op === 'replace') {
            const b = buildBatch(op, ++version);
            core.apply(info(b.documentId), b);
            ref.replaceDocument(b);
          } else if (op.op === 'remove') {
            core.apply(info(op.doc), null);
            ref.removeDocument(op.doc);
          }
          expect(exportCore()).toEqual((await ref.exportGraph()).edges);
        }
        // Everything written so far was rewritten at least once by the compactions.
        expect(core.ev.garbageRows * 2).toBeLessThanOrEqual(core.ev.rowHigh + 2);
        for (const d of DOCS) {
          core.apply(info(d), null);
          ref.removeDocument(d);
        }
      }),
      { numRuns: 60, seed: 4242 },
    );
  }, 120_000);

  it('gives an edge read before a commit the evidence of that moment, read after the commit and its compactions', async () => {
    // A reader that holds an edge across a write (an ongoing request) must still see what was stored
    // when it read the edge, whatever Core.edge leaves to be decoded later (each sentence's text is).
    const { core, ref, info, exportCore } = await compactingCore();
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
        let version = 0;
        for (const op of ops) {
          const held = exportCore(); // nothing of their evidence read yet
          const want = JSON.parse(JSON.stringify((await ref.exportGraph()).edges)) as GraphEdge[];
          if (op.op === 'replace') {
            const b = buildBatch(op, ++version);
            core.apply(info(b.documentId), b);
            ref.replaceDocument(b);
          } else if (op.op === 'remove') {
            core.apply(info(op.doc), null);
            ref.removeDocument(op.doc);
          }
          // spread (as the curated layer copies edges) and JSON (as answers are written) both read it
          expect(JSON.parse(JSON.stringify(held.map((e) => ({ ...e }))))).toEqual(want);
          checked += held.length;
        }
        for (const d of DOCS) {
          core.apply(info(d), null);
          ref.removeDocument(d);
        }
      }),
      { numRuns: 60, seed: 4343 },
    );
    expect(checked).toBeGreaterThan(100);
  }, 120_000);
});
