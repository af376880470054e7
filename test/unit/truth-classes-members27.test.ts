// Membership classes of issue 12 read from blind29–blind36 (members27), on short documents of the genre written for
// these tests (names invented). The blind fixtures (truth-blind.test.ts) measure the same classes on whole documents.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

describe('以A为链主/龙头，带动X、Y和Z三个环节: the one leading firm is in each link it is to carry', () => {
  const doc = (body: string) =>
    ['青川市特色食品产业链发展方案', '', '一、重点方向', '（一）特色食品。', body, '', '二、保障措施', '加强组织领导。', ''].join('\n');
  it('ties the firm to every link the clause names, also where the entity reader took the links as industries', async () => {
    const x = await runDoc(doc('以青川禾丰食品为链主，带动核桃种植、核桃乳灌装和核桃蛋白粉三个环节发展。青川市核桃种植面积达到十万亩。'));
    const ties = strong(x, 'IN_INDUSTRY');
    for (const s of ['核桃种植', '核桃乳灌装', '核桃蛋白粉']) expect(ties).toContain(`enterprise:青川禾丰食品 -> industry:${s}`);
    const one = x.edges.find((e) => e.type === 'IN_INDUSTRY' && e.source === 'enterprise:青川禾丰食品' && e.target === 'industry:核桃种植')!;
    expect(one.properties.basis).toBe('stated');
  });
  it('ties nothing to kinds of firm the clause carries (带动A、B等配套企业), nor under intent (支持以A为链主…)', async () => {
    const x = await runDoc(doc('以青川禾丰食品为链主，带动核桃种植和核桃乳灌装等配套企业协同发展。支持以青川山泉饮品为龙头，带动果汁灌装和果蔬脆片两个环节发展。'));
    const ties = all(x, 'IN_INDUSTRY');
    expect(ties.filter((e) => e.startsWith('enterprise:青川禾丰食品 ') && /核桃种植|核桃乳灌装/.test(e))).toEqual([]);
    expect(strong(x, 'IN_INDUSTRY').filter((e) => e.startsWith('enterprise:青川山泉饮品 ') && /果汁灌装|果蔬脆片/.test(e))).toEqual([]);
  });
});
