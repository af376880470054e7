// byName is the analyses' total order on nodes (name by the zh collator, then id). A node compared with itself must be
// equal: it answered 1, so Array#sort could not rely on it and ties broken by it (facts of one segment, by firm) came
// out in an order that depended on the sort's internals (found by fix19).
import { describe, expect, it } from 'vitest';
import { byName } from '../../server/src/analysis/common.ts';
import type { GraphNode } from '../../server/src/model.ts';

const n = (id: string, name: string): GraphNode => ({ id, label: 'Enterprise', name, aliases: [], properties: {} });

describe('byName', () => {
  it('is 0 for a node and itself, antisymmetric otherwise', () => {
    const a = n('enterprise:甲', '合纵电力');
    const b = n('enterprise:乙', '高能智核');
    const twin = n('enterprise:丙', '合纵电力');
    expect(byName(a, a)).toBe(0);
    expect(byName(a, { ...a })).toBe(0);
    expect(Math.sign(byName(a, b))).toBe(-Math.sign(byName(b, a)));
    expect(Math.sign(byName(a, twin))).toBe(-Math.sign(byName(twin, a)));
    expect(byName(a, twin)).not.toBe(0);
  });

  it('sorts a list holding the same node twice into one order, whatever the input order', () => {
    const nodes = ['高能智核', '合纵电力', '安泰科技', '合纵电力', '北方华创'].map((name, i) => n(`enterprise:${name}${i % 2}`, name));
    const once = [...nodes, nodes[0]!].sort(byName).map((x) => x.id);
    const again = [nodes[0]!, ...[...nodes].reverse()].sort(byName).map((x) => x.id);
    expect(again).toEqual(once);
  });
});
