// Error classes of issue 12 read off blind17 and blind18 (the CHAIN layer: PART_OF and UPSTREAM_OF), on short texts
// of the genre written for these tests (names invented). Each asserts what the class forbids and what must survive.
import { describe, expect, it } from 'vitest';
import { linkOfHeading } from '../../server/src/ingest/relations/segment-lines.ts';
import { runDoc, all } from '../fixtures/class-doc.ts';

describe('a heading naming the section of the chain\'s links names no link (blind18 r05: 二、产业链环节)', () => {
  it('产业链环节 / 产业环节 / 重点产业链环节 leave only the chain word: no link', () => {
    for (const h of ['二、产业链环节', '（二）产业环节', '二、重点产业链环节', '三、产业链']) expect(linkOfHeading(h)).toBeUndefined();
  });
  it('a heading naming a link still names it', () => {
    expect(linkOfHeading('（一）上游：关键基础件')).toBe('关键基础件');
    expect(linkOfHeading('（三）钛制品及应用')).toBe('钛制品及应用');
    expect(linkOfHeading('（二）锂电池材料环节')).toBe('锂电池材料');
  });
  it('the level lines under 产业链环节 put their items under the levels, none under 产业链', async () => {
    const x = await runDoc(
      '清河市现代农业产业链延链补链强链实施方案\n\n一、组织体系\n\n全市现代农业产业链按“种苗繁育—农产品加工—冷链物流—农产品销售”主链条布局。\n\n二、产业链环节\n\n上游：种苗繁育与农产品加工。细分环节：蔬菜育苗、净菜加工和速冻食品。重点企业：清河丰禾种业（蔬菜育苗）。承载园区：清河农业科技园区。\n\n下游：冷链物流与农产品销售。细分环节：冷库仓储和生鲜电商。重点企业：清河鲜达物流。\n',
    );
    const partOf = all(x, 'PART_OF');
    expect(partOf.filter((e) => /-> [a-z]+:产业链$/.test(e))).toEqual([]);
    // (the node itself still comes from field-blocks.ts's segmentTitle, which strips 环节 the same way: members19's file)
    // the levels' items are still read
    expect(partOf).toEqual(expect.arrayContaining(['industry:速冻食品 -> industry:农产品加工', 'industry:蔬菜育苗 -> industry:种苗繁育']));
  });
});
