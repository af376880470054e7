// Node classes of issue 12 read from blind29 and blind30 (and counted over every truth set): the two product lines a
// project or a production line is built for (布局/建设/引进X和Y项目, 建设X和Y生产线), on short texts of the genre written
// for these tests (names invented, not in the lexicon).
import { describe, expect, it } from 'vitest';
import { runSnippet as run, names } from '../fixtures/class-doc.ts';

describe('the pair a project or a production line is for (nodes25 class 1)', () => {
  it('A公司布局X和Y项目: both products are industries, 项目 is not', () => {
    const x = run('一、做强半导体。支持澄江微电子公司布局碳化铌衬底和氮化镓外延晶片项目。');
    expect(names(x, 'Industry')).toEqual(expect.arrayContaining(['碳化铌衬底', '氮化镓外延晶片']));
    expect(names(x, 'Industry').filter((n) => /项目/.test(n))).toEqual([]);
  });
  it('A公司建设年产N吨X和Y生产线: the capacity and 生产线 are cut off', () => {
    const x = run('一、壮大生物发酵。支持岚川生物科技有限公司建设年产10万吨赖氨酸和海藻胶生产线。');
    expect(names(x, 'Industry')).toEqual(expect.arrayContaining(['赖氨酸', '海藻胶']));
  });
  it('lines of work, processes, plants and a restated class head are no industries', () => {
    const x = run('一、壮大锂电。支持岚川新能源公司新建研发和生产项目，建设零碳电池工厂和储能电池生产线，引进钠电材料及电池项目，实施智能化改造和绿色化改造项目。');
    const ind = names(x, 'Industry');
    expect(ind.filter((n) => /^(研发|生产|电池|零碳电池工厂)$|改造|项目|生产线/.test(n))).toEqual([]);
  });
});
