// read13: the 10⁵ neighbourhood's read path made cheaper without changing an answer.
// 1. The neighbourhood's "edges among the nodes reached" (traverse.ts edgesAmong) reads targets without
//    a visibility check and walks small nodes' linked lists itself: on random graphs with self-loops on
//    small and large nodes, several types between the same two nodes, members no document states any
//    more (hidden edges) and removed documents, every neighbourhood (depths, limits, type and label
//    filters) equals the reference implementation's.
// 2. fixPrefixRuns skips the id strings of a source whose successor in the id order does not continue
//    its id by a character at or before '-' (IdOrder.prefixesNext): with that filter the order equals
//    the id-string order on prefix-heavy random lists, and the filter does skip most string reads.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/generate-graph.ts';
import { REL_TYPES, edgeId, type GraphBatch, type GraphEdge, type GraphNode, type Label, type RelType } from '../../server/src/model.ts';
import { cmp } from '../../server/src/store/embedded/core.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { fixPrefixRuns } from '../../server/src/store/embedded/slot-order.ts';
import { TYPE_RANK } from '../../server/src/store/embedded/traverse.ts';
import { ReferenceStore } from '../store/reference-store.ts';

const TYPES: RelType[] = ['IN_INDUSTRY', 'LOCATED_IN', 'MENTIONS', 'UPSTREAM_OF', 'PART_OF', 'HOSTS'];

/** A random document: firms, industries and parks with ids that share prefixes; some edges are self-loops. */
function randomBatch(r: () => number, doc: string, nodeIds: string[]): GraphBatch {
  const stated = nodeIds.filter(() => r() < 0.8);
  const label = (id: string): Label => (id.startsWith('industry:') ? 'Industry' : id.startsWith('park:') ? 'Park' : 'Enterprise');
  const nodes: GraphNode[] = stated.map((id) => ({ id, label: label(id), name: id, aliases: [], properties: {} }));
  const ev = [{ documentId: doc, text: '句子', start: 0, end: 2 }];
  const edges = new Map<string, GraphEdge>();
  const n = 20 + Math.floor(r() * 120);
  for (let k = 0; k < n; k++) {
    const type = TYPES[Math.floor(r() * TYPES.length)]!;
    // one node in five draws a third of the edges: some nodes pass the typed-incidence threshold
    const end = () => (r() < 0.35 ? nodeIds[Math.floor(r() * 5)]! : nodeIds[Math.floor(r() * nodeIds.length)]!);
    const source = end();
    const target = r() < 0.08 ? source : end();
    const id = edgeId(type, source, target);
    edges.set(id, { id, type, source, target, properties: {}, evidence: ev });
  }
  return { documentId: doc, sourceHash: `${doc}-${n}`, nodes, edges: [...edges.values()] };
}

describe('read13: neighbourhood edges among the reached nodes', () => {
  it('equal the reference on random graphs with self-loops, hidden edges and removed documents', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'kg-read13-'));
    let compared = 0;
    let loopsSeen = 0;
    try {
      for (let seed = 1; seed <= 12; seed++) {
        const r = mulberry32(seed);
        const nodeIds = [...new Set(Array.from({ length: 40 }, (_, i) => `${['enterprise:a', 'industry:h', 'park:p'][i % 3]}${['', '1', '-', '中', ' b', '12'][Math.floor(r() * 6)]}${i % 7}`))];
        const store = await EmbeddedStore.open({ dir: path.join(root, `s${seed}`) });
        const ref = new ReferenceStore();
        try {
          for (let step = 0; step < 4; step++) {
            const doc = `doc:${Math.floor(r() * 3)}`;
            if (step === 3 && r() < 0.6) expect(await store.removeDocument(doc)).toBe(ref.removeDocument(doc));
            else {
              const b = randomBatch(r, doc, nodeIds);
              await store.replaceDocument(b);
              ref.replaceDocument(b);
            }
            for (const seeds of [[nodeIds[0]!], [nodeIds[7]!, nodeIds[1]!], nodeIds.slice(10, 14)]) {
              for (const o of [{ depth: 1 }, { depth: 2, limit: 500 }, { depth: 2, limit: 9 }, { depth: 2, types: ['IN_INDUSTRY', 'PART_OF', 'HOSTS'] as RelType[] }, { depth: 3, labels: ['Enterprise', 'Industry'] as Label[] }]) {
                const want = await ref.neighborhood(seeds, o);
                expect(await store.neighborhood(seeds, o), `seed ${seed} step ${step} ${seeds} ${JSON.stringify(o)}`).toEqual(want);
                compared++;
                loopsSeen += want.edges.filter((e) => e.source === e.target).length;
              }
            }
          }
        } finally {
          await store.close();
        }
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
    expect(compared).toBe(12 * 4 * 3 * 5);
    // the self-loops the edge pass must list once did occur among the answers
    expect(loopsSeen).toBeGreaterThan(20);
  }, 120_000);
});

describe('read13: fixPrefixRuns with the successor filter', () => {
  it('gives the id-string order and reads the id strings of few sources', () => {
    const alphabet = ['a', 'b', '+', '-', ',', '.', '!', '信', '创', '0'];
    let stringReads = 0;
    let withoutFilter = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const r = mulberry32(seed);
      const base = ['industry:信创', 'industry:x', 'park:p'];
      const set = new Set<string>();
      const nNodes = 3 + Math.floor(r() * 25);
      while (set.size < nNodes) {
        let s = base[Math.floor(r() * base.length)]!;
        const len = Math.floor(r() * 3);
        for (let i = 0; i < len; i++) s += alphabet[Math.floor(r() * alphabet.length)]!;
        set.add(s);
      }
      const ids = [...set];
      const byId = [...ids.keys()].sort((a, b) => cmp(ids[a]!, ids[b]!));
      const rank = new Map(byId.map((node, k) => [node, k]));
      // IdOrder.prefixesNext, over this list: the id right after n continues n's id by a character ≤ '-'
      const mayPrefix = (n: number) => {
        const z = ids[byId[rank.get(n)! + 1] ?? -1] ?? '';
        const x = ids[n]!;
        return z.length > x.length && z.startsWith(x) && z.charCodeAt(x.length) <= 45;
      };
      const types = [0, 1, 2].map(() => Math.floor(r() * REL_TYPES.length));
      const edges = new Map<string, [number, number, number]>();
      for (let e = 0; e < 1 + Math.floor(r() * 60); e++) {
        const t = types[Math.floor(r() * types.length)]!;
        const s = Math.floor(r() * ids.length);
        const x = Math.floor(r() * ids.length);
        edges.set(`${t}|${s}|${x}`, [t, s, x]);
      }
      const list = [...edges.values()];
      const idOf = (j: number) => edgeId(REL_TYPES[list[j]![0]] as RelType, ids[list[j]![1]]!, ids[list[j]![2]]!);
      const numeric = () =>
        [...list.keys()].sort((a, b) => {
          const [ta, sa, xa] = list[a]!;
          const [tb, sb, xb] = list[b]!;
          return TYPE_RANK[ta]! - TYPE_RANK[tb]! || rank.get(sa)! - rank.get(sb)! || rank.get(xa)! - rank.get(xb)!;
        });
      const filtered = numeric();
      fixPrefixRuns(filtered, {
        type: (j) => list[j]![0],
        source: (j) => list[j]![1],
        nodeId: (n) => (stringReads++, ids[n]!),
        edgeId: idOf,
        mayPrefix,
      });
      const plain = numeric();
      fixPrefixRuns(plain, { type: (j) => list[j]![0], source: (j) => list[j]![1], nodeId: (n) => (withoutFilter++, ids[n]!), edgeId: idOf });
      const want = [...list.keys()].sort((a, b) => cmp(idOf(a), idOf(b)));
      expect(filtered.map(idOf), `seed ${seed}`).toEqual(want.map(idOf));
      expect(plain.map(idOf)).toEqual(want.map(idOf));
    }
    // the filter skips most of the string reads the repair made without it
    expect(stringReads).toBeLessThan(withoutFilter / 2);
  });
});
