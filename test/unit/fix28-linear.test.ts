// A layout sentence placing industries in n parks (bench/hostile.ts parklist) grows the resolve and mention stages with
// the document, not with its square (a small hostile file must never take the server down). Work is counted, never
// timed, at n and 2n parks: the names each stage compares a name with may double, about, not quadruple.
import { describe, expect, it } from 'vitest';
import { nameMergeWork } from '../../server/src/ingest/resolve/merge.ts';
import { runDoc } from '../fixtures/class-doc.ts';

const layout = (n: number) =>
  `某市产业园区发展规划\n\n一、空间布局\n生物医药、新能源、集成电路、人工智能产业分别布局在${Array.from({ length: n }, (_, i) => `第${i}产业园`).join('、')}等园区。\n`;

async function run(text: string, counter: { steps: number }) {
  counter.steps = 0;
  const x = await runDoc(text);
  return { steps: counter.steps, nodes: x.nodes, edges: x.edges.map((e) => `${e.type} ${e.source} -> ${e.target}`) };
}

describe('names written in full and short (resolve/merge.ts nameMerges)', () => {
  it('第0产业园、第1产业园…: each name is compared with the names it could be short for, not with every name', async () => {
    const [small, large] = [await run(layout(300), nameMergeWork), await run(layout(600), nameMergeWork)];
    expect(small.steps).toBeGreaterThan(0);
    // (old code: every park's name compared with every other name of the document — 4× per doubling)
    expect(large.steps / small.steps).toBeLessThanOrEqual(2.5);
    expect(large.nodes.filter((x) => x.label === 'Park').length).toBe(600);
  });

  it('a short name still merges into its one full name, firm and park alike', async () => {
    const doc =
      '某市产业发展规划\n\n一、发展基础\n支持长飞光纤光缆股份有限公司建设研发中心。长飞光纤光缆在武汉东湖高新区建设基地。东湖高新区重点发展光通信。\n';
    const x = await runDoc(doc);
    const n = (label: string) => x.nodes.filter((m) => m.label === label).map((m) => m.name).sort();
    expect(n('Park').filter((p) => p.includes('东湖'))).toEqual(['武汉东湖高新区']);
    expect(n('Enterprise').filter((p) => p.includes('长飞'))).toHaveLength(1);
  });
});
