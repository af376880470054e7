// fixPrefixRuns (store/embedded/slot-order.ts): edge slots sorted by numeric keys (type rank, source
// id order, target id order), repaired where source ids are in a prefix relation, are in edge-id
// order — on random graphs whose node ids share prefixes continued by characters on both sides of
// '-' ('+', ',', '-', '.', letters, Chinese) — and only the runs in conflict are re-sorted.
import { describe, expect, it } from 'vitest';
import { REL_TYPES, edgeId, type RelType } from '../../server/src/model.ts';
import { cmp } from '../../server/src/store/embedded/core.ts';
import { TYPE_RANK } from '../../server/src/store/embedded/traverse.ts';
import { fixPrefixRuns } from '../../server/src/store/embedded/slot-order.ts';
import { mulberry32 } from '../../bench/generate-graph.ts';

function check(ids: string[], edges: [number, number, number][]): { resorted: number; n: number } {
  const rank = new Map([...ids.keys()].sort((a, b) => cmp(ids[a]!, ids[b]!)).map((node, r) => [node, r]));
  const idOf = (j: number) => edgeId(REL_TYPES[edges[j]![0]!] as RelType, ids[edges[j]![1]!]!, ids[edges[j]![2]!]!);
  const slots = [...edges.keys()];
  const numeric = [...slots].sort((a, b) => {
    const [ta, sa, xa] = edges[a]!;
    const [tb, sb, xb] = edges[b]!;
    return TYPE_RANK[ta]! - TYPE_RANK[tb]! || rank.get(sa)! - rank.get(sb)! || rank.get(xa)! - rank.get(xb)!;
  });
  const resorted = fixPrefixRuns(numeric, { type: (j) => edges[j]![0]!, source: (j) => edges[j]![1]!, nodeId: (n) => ids[n]!, edgeId: idOf });
  const want = [...slots].sort((a, b) => cmp(idOf(a), idOf(b)));
  expect(numeric.map(idOf)).toEqual(want.map(idOf));
  return { resorted, n: slots.length };
}

describe('read11: edge-id order from numeric keys with local repairs of prefix runs', () => {
  it('equals the id-string order on random prefix-heavy graphs', () => {
    const alphabet = ['a', 'b', '+', '-', ',', '.', '!', '信', '创', '0'];
    let conflicts = 0;
    let partial = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const r = mulberry32(seed);
      const base = ['industry:信创', 'industry:x', 'park:p'];
      const ids = new Set<string>();
      const nNodes = 3 + Math.floor(r() * 25);
      while (ids.size < nNodes) {
        let s = base[Math.floor(r() * base.length)]!;
        const len = Math.floor(r() * 3);
        for (let i = 0; i < len; i++) s += alphabet[Math.floor(r() * alphabet.length)]!;
        ids.add(s);
      }
      const list = [...ids];
      const types = [0, 1, 2, 3].map(() => Math.floor(r() * REL_TYPES.length));
      const edges = new Map<string, [number, number, number]>();
      const nEdges = 1 + Math.floor(r() * 60);
      for (let e = 0; e < nEdges; e++) {
        const t = types[Math.floor(r() * types.length)]!;
        const s = Math.floor(r() * list.length);
        const x = Math.floor(r() * list.length);
        edges.set(`${t}|${s}|${x}`, [t, s, x]);
      }
      const { resorted, n } = check(list, [...edges.values()]);
      if (resorted > 0) conflicts++;
      if (resorted > 0 && resorted < n) partial++;
    }
    // the cases the repair exists for did occur, and most were repaired without re-sorting the whole list
    expect(conflicts).toBeGreaterThan(50);
    expect(partial).toBeGreaterThan(conflicts / 2);
  });

  it('re-sorts only the run in conflict (信创 and 信创+工业互联网 among other edges)', () => {
    const ids = ['enterprise:飞腾', 'enterprise:麒麟', 'industry:信创', 'industry:信创+工业互联网', 'industry:信创产业', 'park:海洋片区', 'industry:芯片'];
    const T = REL_TYPES.indexOf('PART_OF');
    const I = REL_TYPES.indexOf('IN_INDUSTRY');
    const edges: [number, number, number][] = [
      [I, 0, 2],
      [I, 1, 2],
      [I, 0, 6],
      [T, 2, 5],
      [T, 3, 2],
      [T, 4, 2],
      [T, 2, 6],
      [T, 6, 2],
    ];
    const { resorted } = check(ids, edges);
    // the PART_OF edges from 信创, 信创+工业互联网 and 信创产业 (4), not the other 4
    expect(resorted).toBe(4);
  });
});
