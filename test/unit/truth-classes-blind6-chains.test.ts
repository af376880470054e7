// Chain and industry relation classes found on the development set truth-blind6 (branch chains8): short
// documents of the genre written for these tests (places, firms and chains invented or generic); each asserts
// what the class gives and what it must not give (a sibling list is no hierarchy, a list is no cross-product),
// so no rule tuned to one fixture sentence passes.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind6: X产业链包括A、B、C… and its dash chain, whatever the links are called', () => {
  it('a link named 整机制造 or 资源保护 is a segment (机制 and 资源 inside a word are no plan words)', async () => {
    const x = await runDoc(
      '某市通航装备产业发展措施\n\n一、产业布局\n我市通航装备产业链包括航材供应、整机制造和飞行运营三个环节，形成“航材供应—整机制造—飞行运营”的链条。\n我市花卉产业链包括种质资源保护、良种选育和鲜切花销售三个环节。\n',
    );
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:整机制造 -> industry:通航装备');
    expect(part).toContain('industry:航材供应 -> industry:通航装备');
    expect(part).toContain('industry:种质资源保护 -> industry:花卉');
    const up = strong(x, 'UPSTREAM_OF');
    expect(up).toContain('industry:航材供应 -> industry:整机制造');
    expect(up).toContain('industry:整机制造 -> industry:飞行运营');
    // the links are siblings: none is part of another
    expect(part.filter((e) => /-> industry:(?:航材供应|整机制造|飞行运营)$/.test(e))).toEqual([]);
  });
  it('an element’s chain (锂产业链包括…) is that element’s industry, and its dash chain is too, not the document’s', async () => {
    const x = await runDoc(
      '某省盐湖资源开发规划\n\n第二节 做强锂产业\n锂产业链包括卤水提锂、锂盐精制和锂电池三个环节，形成“卤水提锂—锂盐精制—锂电池”的产业链条。\n',
    );
    const part = strong(x, 'PART_OF');
    for (const s of ['卤水提锂', '锂盐精制', '锂电池']) expect(part.some((e) => e.startsWith(`industry:${s} -> industry:锂`))).toBe(true);
    expect(part.filter((e) => /-> industry:盐湖/.test(e) && /卤水提锂|锂盐精制/.test(e))).toEqual([]);
  });
  it('a list joined by 和 keeps a link named with 及 whole (A、B和C及D: C及D is one link)', async () => {
    const x = await runDoc('某区锆产业招商指南\n\n一、产业概况\n锆及锆合金产业包括锆锭冶炼、锆材加工和锆制品及应用三个重点环节。\n');
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:锆制品及应用 -> industry:锆及锆合金');
    expect(part).toContain('industry:锆材加工 -> industry:锆及锆合金');
    expect(all(x, 'PART_OF').filter((e) => /industry:应用 ->/.test(e))).toEqual([]);
  });
  it('a dash chain without a whole in its sentence belongs to the whole another sentence lists its links under', async () => {
    const x = await runDoc(
      '某区锆产业招商指南\n\n一、产业概况\n我区已形成“海绵锆—锆锭冶炼—锆材加工—锆制品及应用”的完整链条。锆及锆合金产业包括锆锭冶炼、锆材加工和锆制品及应用三个重点环节。\n',
    );
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:海绵锆 -> industry:锆及锆合金');
    expect(strong(x, 'UPSTREAM_OF')).toContain('industry:海绵锆 -> industry:锆锭冶炼');
  });
});

describe('blind6: a chain laid out in levels (X产业链分为上游、中游和下游：上游为A…)', () => {
  it('each level is part of the chain the section names; 上游、中游和下游 names no segment', async () => {
    const x = await runDoc(
      '某县茶产业发展实施方案\n\n一、产业链条\n我县茶产业链分为上游、中游和下游:上游为茶园种植,包括良种茶苗和有机茶园;中游为茶叶加工,包括绿茶和红茶;下游为茶饮消费,包括新式茶饮和茶食品。形成"茶园种植—茶叶加工—茶饮消费"的产业链条。\n二、存在问题\n产品同质化、上游茶园种植附加值低等问题突出。\n',
    );
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:茶园种植 -> industry:茶');
    expect(part).toContain('industry:茶叶加工 -> industry:茶');
    expect(part).toContain('industry:茶饮消费 -> industry:茶');
    expect(part).toContain('industry:绿茶 -> industry:茶叶加工');
    const up = all(x, 'UPSTREAM_OF');
    expect(up).toContain('industry:茶园种植 -> industry:茶叶加工');
    expect(up.filter((e) => /industry:(?:下游|中游|上游)\b|附加值/.test(e))).toEqual([]);
  });
});
