// Park classes found by parks25 in blind29–30: a headed park table (园区名称 | 主导产业 | 重点企业 | 招引方向) places the
// firms of its firm column in the row's park (stated), as a headerless park table already did; the targets column and
// other rows place nothing. Synthetic documents written for the tests.
import { describe, expect, it } from 'vitest';
import { runDoc } from '../fixtures/class-doc.ts';

const located = async (doc: string): Promise<string[]> => {
  const x = await runDoc(doc);
  const name = new Map(x.nodes.map((n) => [n.id, n.name]));
  return x.edges
    .filter((e) => e.type === 'LOCATED_IN' && Number(e.properties.confidence ?? 1) >= 0.5)
    .map((e) => `${name.get(e.source)} -> ${name.get(e.target)}`)
    .sort();
};

const table = (sep: string) =>
  '某市轴承产业招商图谱\n\n一、产业概况\n\n某市轴承产业基础较好。\n\n二、重点园区一览\n\n' +
  ['园区名称', '主导产业', '重点企业', '招引方向'].join(sep) + '\n' +
  ['甲山经济开发区', '精密轴承、滚动体', '甲山精工轴承、乙河滚子', '高端轴承钢、保持架'].join(sep) + '\n' +
  ['丙湖高新技术产业开发区', '风电轴承、数控机床', '丙湖重型轴承、丁源数控', '主轴轴承、机床功能部件'].join(sep) + '\n' +
  ['戊田经济开发区', '轴承钢、锻件', '戊田特钢、己丰锻造', '轴承钢棒材、环锻件'].join(sep) + '\n\n' +
  '三、招商政策\n\n1. 对新引进的轴承项目给予奖励。\n';

describe('parks25: a headed park table places its firms in the row park', () => {
  for (const [label, sep] of [['bars', '|'], ['tabs', '\t']] as const) {
    it(`with ${label} between the cells`, async () => {
      const edges = await located(table(sep));
      for (const ok of ['甲山精工轴承 -> 甲山经济开发区', '乙河滚子 -> 甲山经济开发区', '丙湖重型轴承 -> 丙湖高新技术产业开发区', '戊田特钢 -> 戊田经济开发区'])
        expect(edges).toContain(ok);
      // crossing rows place nothing
      for (const bad of ['甲山精工轴承 -> 丙湖高新技术产业开发区', '戊田特钢 -> 甲山经济开发区', '丁源数控 -> 戊田经济开发区']) expect(edges).not.toContain(bad);
    });
  }

  it('a table of chains with a park column places no firm', async () => {
    const doc =
      '某市产业链链长制方案\n\n一、重点产业链\n\n' +
      '产业链|链主企业|重点企业|承载园区\n' +
      '精密轴承|甲山精工轴承|乙河滚子、丙湖重型轴承|甲山经济开发区\n' +
      '数控机床|丁源数控|庚辰机床、辛峰刀具|丙湖高新技术产业开发区\n' +
      '特种钢材|戊田特钢|己丰锻造、壬水钢管|戊田经济开发区\n';
    const edges = await located(doc);
    for (const bad of ['乙河滚子 -> 甲山经济开发区', '庚辰机床 -> 丙湖高新技术产业开发区']) expect(edges).not.toContain(bad);
  });
});
