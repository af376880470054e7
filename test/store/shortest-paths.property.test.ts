// shortestPaths on random graphs agrees with a brute-force enumeration of all simple paths:
// same length, every returned path is a real shortest path, and they come in the order both
// stores promise: by the node-id sequence read backwards from the target (the Neo4j adapter
// sorts allShortestPaths' rows the same way).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeId, type GraphBatch } from '../../server/src/model.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';

function allShortest(pairs: [number, number][], from: number, to: number, maxLength: number): string[][] {
  const adj = new Map<number, Set<number>>();
  for (const [a, b] of pairs) {
    if (a === b) continue;
    (adj.get(a) ?? adj.set(a, new Set()).get(a)!).add(b);
    (adj.get(b) ?? adj.set(b, new Set()).get(b)!).add(a);
  }
  const out: number[][] = [];
  const walk = (p: number[]) => {
    const last = p[p.length - 1]!;
    if (last === to) return void out.push(p);
    if (p.length > maxLength) return;
    for (const x of adj.get(last) ?? []) if (!p.includes(x)) walk([...p, x]);
  };
  walk([from]);
  if (out.length === 0) return [];
  const best = Math.min(...out.map((p) => p.length));
  const key = (p: string[]) => [...p].reverse().join('\u0000');
  return out.filter((p) => p.length === best).map((p) => p.map((i) => `enterprise:n${i}`)).sort((a, b) => (key(a) < key(b) ? -1 : 1));
}

describe('embedded shortestPaths (property-based)', () => {
  it('matches brute force on random graphs', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-sp-'));
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 2, max: 9 }).chain((n) =>
            fc.record({
              n: fc.constant(n),
              // sparse graphs: long shortest paths with several ties are the interesting case
              pairs: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 2 * n }),
              from: fc.integer({ min: 0, max: n - 1 }),
              to: fc.integer({ min: 0, max: n - 1 }),
            }),
          ),
          async ({ n, pairs, from, to }) => {
            fc.pre(from !== to);
            const store = await EmbeddedStore.open({ dir: await mkdtemp(path.join(dir, 'g-')) });
            try {
              const ids = Array.from({ length: n }, (_, i) => `enterprise:n${i}`);
              const batch: GraphBatch = {
                documentId: 'doc:p',
                sourceHash: 'x',
                nodes: ids.map((id) => ({ id, label: 'Enterprise', name: id, aliases: [], properties: {} })),
                edges: pairs
                  .filter(([a, b]) => a !== b)
                  .map(([a, b]) => ({ id: edgeId('LEADS', ids[a]!, ids[b]!), type: 'LEADS' as const, source: ids[a]!, target: ids[b]!, properties: {}, evidence: [{ documentId: 'doc:p', text: 'x', start: 0, end: 1 }] })),
              };
              // Parallel edges (a→b and b→a) are kept: paths must not repeat because of them.
              batch.edges = [...new Map(batch.edges.map((e) => [e.id, e])).values()];
              await store.replaceDocument(batch);
              const want = allShortest(pairs, from, to, 6);
              const got = (await store.shortestPaths(ids[from]!, ids[to]!, { maxLength: 6, first: 100 })).map((p) => p.nodes.map((x) => x.id));
              expect(got).toEqual(want);
            } finally {
              await store.close();
            }
          },
        ),
        {
          numRuns: 400,
          seed: 20261123,
          // two 3-hop paths whose forward and backward orders disagree
          examples: [[{ n: 6, pairs: [[0, 1], [1, 4], [4, 5], [0, 2], [2, 3], [3, 5]], from: 0, to: 5 }]],
        },
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
