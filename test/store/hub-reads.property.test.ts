// Reads of the embedded store around hubs against the reference implementation (reference-store.ts):
// nodes with more incident edges than the store's typed-incidence threshold (traverse.ts groups a
// hub's edges by direction and type) and member ids that are prefixes of one another with every
// kind of next character (edge-id order without building the ids, index.ts sortSlots: "a->…" before
// "a1->…" and "a中->…", but after "a b->…" and "a!->…", and "a-b" decided after the dash), edges with ids of their own, self-loops on
// a hub, members nobody states (their edges hidden) and documents removed. edgesOf, countEdges and
// neighborhood must answer exactly as the reference, in the same order.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeId, type GraphBatch, type GraphEdge, type GraphNode, type RelType } from '../../server/src/model.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { ReferenceStore } from './reference-store.ts';

const STEMS = ['a', 'a b', 'a!', 'a,x', 'a-', 'a-b', 'a.', 'a1', 'a12', 'ab', 'a中', '飞腾', '飞腾信息', '飞腾-1', 'b'];
/** 74 member ids: every stem, alone and with suffixes that make more prefixes ("a-" + "0" = "a" + "-0": once). */
const MEMBERS = [...new Set(STEMS.flatMap((s) => ['', '0', ' 0', '-0', '00'].map((x) => `enterprise:${s}${x}`)))];
const HUBS = ['industry:h', 'industry:h-', 'park:p'];
const MEMBER_TYPES: RelType[] = ['IN_INDUSTRY', 'INNOVATES_FOR', 'LOCATED_IN', 'MENTIONS'];
const DOCS = ['doc:a', 'doc:b', 'doc:c'];

const docArb = fc.record({
  doc: fc.constantFrom(...DOCS),
  // which members this document states (the others are ghosts unless another document states them)
  stated: fc.array(fc.boolean(), { minLength: MEMBERS.length, maxLength: MEMBERS.length }),
  // per member: -1 = no edge, else a type; edges go member → hub (MENTIONS: hub → member)
  ties: fc.array(fc.integer({ min: -1, max: MEMBER_TYPES.length - 1 }), { minLength: MEMBERS.length, maxLength: MEMBERS.length }),
  hub: fc.array(fc.integer({ min: 0, max: HUBS.length - 1 }), { minLength: MEMBERS.length, maxLength: MEMBERS.length }),
  custom: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: MEMBERS.length, maxLength: MEMBERS.length }),
  loop: fc.boolean(),
  upstream: fc.boolean(),
});
const opArb = fc.oneof({ weight: 4, arbitrary: fc.record({ op: fc.constant('replace' as const), d: docArb }) }, { weight: 1, arbitrary: fc.record({ op: fc.constant('remove' as const), doc: fc.constantFrom(...DOCS) }) });

type Doc = typeof docArb extends fc.Arbitrary<infer T> ? T : never;

function batch(d: Doc): GraphBatch {
  const nodes: GraphNode[] = HUBS.map((id) => ({ id, label: id.startsWith('park:') ? 'Park' : 'Industry', name: id, aliases: [], properties: {} }));
  const edges: GraphEdge[] = [];
  const ev = [{ documentId: d.doc, text: '句子', start: 0, end: 2 }];
  MEMBERS.forEach((m, i) => {
    if (d.stated[i]) nodes.push({ id: m, label: 'Enterprise', name: m, aliases: [], properties: {} });
    if (d.ties[i]! < 0) return;
    const type = MEMBER_TYPES[d.ties[i]!]!;
    const hub = HUBS[d.hub[i]!]!;
    const [source, target] = type === 'MENTIONS' ? [hub, m] : [m, hub];
    // one edge in ten has an id of its own
    edges.push({ id: d.custom[i] === 0 ? `custom:${i}` : edgeId(type, source, target), type, source, target, properties: {}, evidence: ev });
  });
  if (d.loop) edges.push({ id: edgeId('PART_OF', 'industry:h', 'industry:h'), type: 'PART_OF', source: 'industry:h', target: 'industry:h', properties: {}, evidence: ev });
  if (d.upstream) edges.push({ id: edgeId('UPSTREAM_OF', 'industry:h', 'industry:h-'), type: 'UPSTREAM_OF', source: 'industry:h', target: 'industry:h-', properties: {}, evidence: ev });
  return { documentId: d.doc, sourceHash: 'h', nodes, edges };
}

async function compare(store: EmbeddedStore, ref: ReferenceStore, where: string): Promise<void> {
  const typeSets: (RelType[] | undefined)[] = [undefined, ['IN_INDUSTRY'], ['IN_INDUSTRY', 'MENTIONS', 'PART_OF'], ['UPSTREAM_OF', 'PART_OF'], ['HOSTS']];
  for (const direction of ['out', 'in', 'both'] as const) {
    for (const types of typeSets) {
      for (const ids of [[HUBS[0]!], HUBS, [HUBS[0]!, MEMBERS[0]!, MEMBERS[7]!], MEMBERS.slice(0, 30)]) {
        const q = { ids, direction, ...(types ? { types } : {}) };
        const got = await store.edgesOf(q);
        expect(got, `${where} edgesOf ${JSON.stringify(q)}`).toEqual(await ref.edgesOf(q));
        const each = await Promise.all(ids.map(async (id) => (await ref.edgesOf({ ...q, ids: [id] })).length));
        expect(await store.countEdges(q), `${where} countEdges ${JSON.stringify(q)}`).toEqual(each);
      }
    }
  }
  for (const seeds of [[HUBS[0]!], HUBS, [MEMBERS[0]!], [MEMBERS[40]!, HUBS[2]!]]) {
    for (const o of [{ depth: 1 }, { depth: 2, limit: 500 }, { depth: 1, limit: 12, types: ['IN_INDUSTRY', 'INNOVATES_FOR'] as RelType[], labels: ['Enterprise' as const] }, { depth: 2, limit: 30, types: ['MENTIONS', 'PART_OF', 'UPSTREAM_OF'] as RelType[] }]) {
      expect(await store.neighborhood(seeds, o), `${where} nb ${seeds} ${JSON.stringify(o)}`).toEqual(await ref.neighborhood(seeds, o));
    }
  }
}

describe('embedded store reads around hubs vs the reference (property-based)', () => {
  it('edgesOf, countEdges and neighborhood of hubs and prefix-sharing members answer like the reference', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'kg-hub-prop-'));
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 5 }), async (ops) => {
          const store = await EmbeddedStore.open({ dir: path.join(root, `r${run++}`), snapshot: { minLogBytes: 1 << 30 } });
          const ref = new ReferenceStore();
          try {
            for (const [i, op] of ops.entries()) {
              if (op.op === 'replace') {
                const b = batch(op.d);
                await store.replaceDocument(b);
                ref.replaceDocument(b);
              } else expect(await store.removeDocument(op.doc)).toBe(ref.removeDocument(op.doc));
              await compare(store, ref, `step ${i} (${op.op})`);
            }
          } finally {
            await store.close();
          }
        }),
        { numRuns: 25, seed: 20261205 },
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 120_000);

  it('a hub of the property above really is over the typed-incidence threshold, and prefixes of every kind meet', async () => {
    // Guards the test's reach: with every member tied to one hub, the hub has 74 incident edges
    // (the threshold is 48) and its in-edges' sources include "a" with "a b", "a!", "a-b", "a1", "a中".
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-hub-reach-'));
    const store = await EmbeddedStore.open({ dir });
    try {
      const all: Doc = { doc: 'doc:a', stated: MEMBERS.map(() => true), ties: MEMBERS.map(() => 0), hub: MEMBERS.map(() => 0), custom: MEMBERS.map(() => 1), loop: true, upstream: true };
      const b = batch(all);
      await store.replaceDocument(b);
      const ref = new ReferenceStore();
      ref.replaceDocument(b);
      expect(await store.countEdges({ ids: ['industry:h'], direction: 'in', types: ['IN_INDUSTRY'] })).toEqual([MEMBERS.length]);
      const got = await store.edgesOf({ ids: ['industry:h'], direction: 'in' });
      expect(got.map((e) => e.id)).toEqual((await ref.edgesOf({ ids: ['industry:h'], direction: 'in' })).map((e) => e.id));
      // "a b->" sorts before "a->" (a space is before '-'), "a1->" after it
      const ids = got.map((e) => e.id);
      expect(ids.indexOf('IN_INDUSTRY:enterprise:a b->industry:h')).toBeLessThan(ids.indexOf('IN_INDUSTRY:enterprise:a->industry:h'));
      expect(ids.indexOf('IN_INDUSTRY:enterprise:a->industry:h')).toBeLessThan(ids.indexOf('IN_INDUSTRY:enterprise:a1->industry:h'));
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
