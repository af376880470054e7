// PART_OF classes of the thirty-second round read from headings and measure titles (relations/industries.ts), counted on
// the missed lists of the committed sets (blind4 r01, dev8 r05), one test per class, on short texts of the genre written
// for these tests (names invented). Each asserts the edges the class states and the nearest case that must not change.
import { describe, expect, it } from 'vitest';
import { named, runDoc } from '../fixtures/class-doc.ts';

const plan = (m1: string, m2 = '2．强化要素保障。设立产业链发展基金，支持企业技术改造。') =>
  `湘中市重点产业链链长制工作方案\n\n一、重点任务\n\n${m1}\n\n${m2}\n`;

describe('4．突破X。以A为龙头，发展B和C: a title naming a level the document names again elsewhere is the whole of the list under it (blind4 r01, dev8 r05)', () => {
  it('the items of the development list are parts of the level the title names (stated)', async () => {
    const x = await runDoc(plan('1．突破磁悬浮轴承。以湘中精机为龙头，发展磁浮控制器和高速电主轴。在湘中高新区建设磁悬浮轴承产业园。'));
    const parts = named(x, 'PART_OF');
    expect(parts).toContain('磁浮控制器 -> 磁悬浮轴承');
    expect(parts).toContain('高速电主轴 -> 磁悬浮轴承');
  });
  it('a title the document names nowhere else reads no level (the same list stays without a whole from the title)', async () => {
    const x = await runDoc(plan('1．突破磁悬浮轴承。以湘中精机为龙头，发展磁浮控制器和高速电主轴。'));
    expect(named(x, 'PART_OF').filter((e) => e.endsWith('-> 磁悬浮轴承'))).toEqual([]);
  });
  it('a stage without an object (做强精深加工) or a product word (做优特钢产品) is no whole, named again or not', async () => {
    const x = await runDoc(plan('1．做强精深加工。以湘中茶业为龙头，发展抹茶粉和速溶茶饮。推动精深加工向园区集中。', '2．做优特钢产品。以湘中钢铁为龙头，发展齿轮钢和轴承钢。扩大特钢产品出口。'));
    const parts = named(x, 'PART_OF');
    expect(parts.filter((e) => /-> (精深加工|特钢产品)$/.test(e))).toEqual([]);
    expect(x.nodes.filter((n) => n.label === 'Industry' && /^(精深加工|特钢产品)$/.test(n.name))).toEqual([]);
  });
  it('a list after a verb that serves (服务A和B) is no set of parts of the title\'s level', async () => {
    const x = await runDoc(plan('1．突破磁悬浮轴承。以湘中大学为创新源头，服务磁浮控制器和高速电主轴。在湘中高新区建设磁悬浮轴承产业园。'));
    expect(named(x, 'PART_OF').filter((e) => e.endsWith('-> 磁悬浮轴承'))).toEqual([]);
  });
});
