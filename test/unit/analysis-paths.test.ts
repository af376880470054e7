// shortestPaths over strong edges (analysis/paths.ts) on a real embedded store, against a brute-force
// oracle on random graphs: a weak shortcut is not a step by default, and with minConfidence 0 it is.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortestPaths } from '../../server/src/analysis/paths.ts';
import type { GraphEdge, GraphNode } from '../../server/src/model.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';

const node = (i: number): GraphNode => ({ id: `industry:n${i}`, label: 'Industry', name: `n${i}`, aliases: [], properties: {} });
const ev = [{ documentId: 'doc:p', text: 's', start: 0, end: 1 }];

async function withGraph(n: number, links: [number, number, number][], fn: (s: EmbeddedStore) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'paths-'));
  const store = await EmbeddedStore.open({ dir });
  const edges: GraphEdge[] = links.map(([a, b, c]) => ({ id: `UPSTREAM_OF:${node(a).id}->${node(b).id}`, type: 'UPSTREAM_OF', source: node(a).id, target: node(b).id, properties: { basis: c >= 0.5 ? 'stated' : 'listed', confidence: c }, evidence: ev }));
  await store.replaceDocument({ documentId: 'doc:p', sourceHash: 'h', nodes: Array.from({ length: n }, (_, i) => node(i)), edges });
  try {
    await fn(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Length of a shortest undirected path using edges ≥ min (Infinity when none). */
function oracle(n: number, links: [number, number, number][], a: number, b: number, min: number): number {
  const dist = new Array<number>(n).fill(Infinity);
  dist[a] = 0;
  const q = [a];
  while (q.length) {
    const v = q.shift()!;
    for (const [x, y, c] of links) {
      if (c < min) continue;
      for (const [p, w] of [[x, y], [y, x]] as const) if (p === v && dist[w] === Infinity) ((dist[w] = dist[v]! + 1), q.push(w));
    }
  }
  return dist[b]!;
}

describe('shortestPaths over strong edges', () => {
  it('does not step over a weak shortcut by default, and does with minConfidence 0', async () => {
    await withGraph(5, [[0, 4, 0.3], [0, 1, 0.9], [1, 2, 0.9], [2, 4, 0.9]], async (s) => {
      const strong = await shortestPaths(s, 'industry:n0', 'industry:n4');
      expect(strong.map((p) => p.nodes.map((x) => x.name).join('-'))).toEqual(['n0-n1-n2-n4']);
      const all = await shortestPaths(s, 'industry:n0', 'industry:n4', { minConfidence: 0 });
      expect(all.map((p) => p.nodes.map((x) => x.name).join('-'))).toEqual(['n0-n4']);
    });
    await withGraph(3, [[0, 1, 0.9], [1, 2, 0.2]], async (s) => {
      expect(await shortestPaths(s, 'industry:n0', 'industry:n2')).toEqual([]);
    });
  });

  it('agrees with a brute-force search on random graphs (lengths, and every step strong)', async () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
    for (let round = 0; round < 12; round++) {
      const n = 8 + Math.floor(rnd() * 10);
      const links: [number, number, number][] = [];
      for (let i = 0; i < n * 1.6; i++) {
        const a = Math.floor(rnd() * n);
        const b = Math.floor(rnd() * n);
        if (a !== b && !links.some(([x, y]) => (x === a && y === b) || (x === b && y === a))) links.push([a, b, rnd() < 0.4 ? 0.3 : 0.9]);
      }
      await withGraph(n, links, async (s) => {
        for (let t = 1; t < n; t += 3) {
          const want = oracle(n, links, 0, t, 0.5);
          const got = await shortestPaths(s, 'industry:n0', `industry:n${t}`, { maxLength: 10, first: 50 });
          if (want === Infinity) expect(got, `round ${round} → n${t}`).toEqual([]);
          else {
            expect(got.length, `round ${round} → n${t}`).toBeGreaterThan(0);
            for (const p of got) {
              expect(p.edges.length).toBe(want);
              expect(p.edges.every((e) => (e.properties.confidence as number) >= 0.5)).toBe(true);
              expect(p.nodes[0]!.id).toBe('industry:n0');
              expect(p.nodes[p.nodes.length - 1]!.id).toBe(`industry:n${t}`);
            }
          }
        }
      });
    }
  });
});
