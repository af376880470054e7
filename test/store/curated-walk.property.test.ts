// The curated layer's traversals on random graphs agree with the adapter's own on the graph the
// curation describes: a random graph is curated (edges rejected, nodes merged, edges added) in one
// store, and the equivalent graph (rejected edges left out, merged ends renamed, added edges put
// in) is ingested into a plain embedded store. neighborhood and shortestPaths must answer the
// same node and edge ids, in the same order, with the same truncation.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeId, type GraphBatch, type GraphEdge } from '../../server/src/model.ts';
import { CuratedStore } from '../../server/src/store/curated/index.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';

const ev = [{ documentId: 'doc:p', text: 'x', start: 0, end: 1 }];
const nid = (i: number) => `industry:n${i}`;
const up = (a: string, b: string): GraphEdge => ({ id: edgeId('UPSTREAM_OF', a, b), type: 'UPSTREAM_OF', source: a, target: b, properties: {}, evidence: ev });

function graph(n: number, pairs: [number, number][]): GraphBatch {
  const edges = new Map<string, GraphEdge>();
  for (const [a, b] of pairs) if (a !== b) edges.set(edgeId('UPSTREAM_OF', nid(a), nid(b)), up(nid(a), nid(b)));
  return {
    documentId: 'doc:p',
    sourceHash: 'x',
    nodes: Array.from({ length: n }, (_, i) => ({ id: nid(i), label: 'Industry' as const, name: `n${i}`, aliases: [], properties: {} })),
    edges: [...edges.values()],
  };
}

describe('curated traversals (property-based)', () => {
  it('match the adapter on the graph the curation describes', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-cw-'));
    const actor = { name: 'prop' };
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 3, max: 9 }).chain((n) =>
            fc.record({
              n: fc.constant(n),
              pairs: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 2 * n }),
              reject: fc.array(fc.nat(), { maxLength: 4 }),
              merges: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 2 }),
              adds: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 3 }),
              seeds: fc.array(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: 2 }),
              depth: fc.integer({ min: 1, max: 3 }),
              limit: fc.integer({ min: 1, max: 12 }),
              from: fc.integer({ min: 0, max: n - 1 }),
              to: fc.integer({ min: 0, max: n - 1 }),
            }),
          ),
          async (p) => {
            const base = graph(p.n, p.pairs);
            const curated = await CuratedStore.open(await EmbeddedStore.open({ dir: await mkdtemp(path.join(dir, 'c-')) }));
            const plain = await EmbeddedStore.open({ dir: await mkdtemp(path.join(dir, 'p-')) });
            try {
              await curated.replaceDocument(base);
              // What the curation says, applied by hand to build the expected graph.
              const rejected = new Set<string>();
              for (const r of p.reject) {
                const e = base.edges[r % Math.max(1, base.edges.length)];
                if (!e || rejected.has(e.id)) continue;
                await curated.curate({ op: 'reject', kind: 'edge', id: e.id }, actor);
                rejected.add(e.id);
              }
              const into = new Map<string, string>();
              const resolve = (id: string): string => (into.has(id) ? resolve(into.get(id)!) : id);
              for (const [a, b] of p.merges) {
                const [ra, rb] = [resolve(nid(a)), resolve(nid(b))];
                if (ra === rb) continue;
                await curated.curate({ op: 'merge', from: ra, into: rb }, actor);
                into.set(ra, rb);
              }
              const edges = new Map<string, GraphEdge>();
              for (const e of base.edges) {
                if (rejected.has(e.id)) continue;
                const [s, t] = [resolve(e.source), resolve(e.target)];
                if (s === t) continue;
                const moved = up(s, t);
                if (!rejected.has(moved.id)) edges.set(moved.id, moved);
              }
              for (const [a, b] of p.adds) {
                const [s, t] = [resolve(nid(a)), resolve(nid(b))];
                const e = up(s, t);
                if (s === t || edges.has(e.id) || rejected.has(e.id)) continue;
                await curated.curate({ op: 'add', kind: 'edge', edge: { type: 'UPSTREAM_OF', source: s, target: t }, note: 'p' }, actor);
                edges.set(e.id, e);
              }
              const alive = base.nodes.filter((x) => resolve(x.id) === x.id);
              await plain.replaceDocument({ ...base, nodes: alive, edges: [...edges.values()] });

              const seeds = [...new Set(p.seeds.map((i) => resolve(nid(i))))];
              const opts = { depth: p.depth, limit: p.limit };
              const got = await curated.neighborhood(seeds, opts);
              const want = await plain.neighborhood(seeds, opts);
              expect({ nodes: got.nodes.map((x) => x.id), edges: got.edges.map((x) => x.id), truncated: got.truncated }).toEqual({
                nodes: want.nodes.map((x) => x.id),
                edges: want.edges.map((x) => x.id),
                truncated: want.truncated,
              });
              const [f, t] = [resolve(nid(p.from)), resolve(nid(p.to))];
              const sp = (ps: { nodes: { id: string }[]; edges: { id: string }[] }[]) => ps.map((x) => [x.nodes.map((y) => y.id), x.edges.map((y) => y.id)]);
              expect(sp(await curated.shortestPaths(f, t, { maxLength: 6, first: 100 }))).toEqual(sp(await plain.shortestPaths(f, t, { maxLength: 6, first: 100 })));
              // Edge counts (countEdges: what analyses weigh hubs by) agree with edgesOf through the
              // overlay, for every id (merged-away ones read as their target), and with the plain graph.
              const allIds = base.nodes.map((x) => x.id);
              const aliveIds = alive.map((x) => x.id);
              for (const direction of ['out', 'in', 'both'] as const) {
                const counts = await curated.countEdges({ ids: allIds, direction });
                const each = await Promise.all(allIds.map(async (id) => (await curated.edgesOf({ ids: [id], direction })).length));
                expect(counts, direction).toEqual(each);
                expect(await curated.countEdges({ ids: aliveIds, direction }), direction).toEqual(await plain.countEdges({ ids: aliveIds, direction }));
              }
              // The whole graph agrees too.
              const g = await curated.exportGraph();
              expect(g.edges.map((e) => e.id)).toEqual((await plain.exportGraph()).edges.map((e) => e.id));
              expect(await curated.stats()).toMatchObject({ nodes: alive.length, edges: edges.size });
            } finally {
              await curated.close();
              await plain.close();
            }
          },
        ),
        { numRuns: 300, seed: 20260301 },
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
