// Membership classes of issue 12 read from blind29–blind36 (members27), on short documents of the genre written for
// these tests (names invented). The blind fixtures (truth-blind.test.ts) measure the same classes on whole documents.
import { describe, expect, it } from 'vitest';
import { all, names, runDoc, strong } from '../fixtures/class-doc.ts';

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

describe('a park named inside a fund’s or an incubator’s name (设立P产业投资基金 / 依托P科技企业孵化器) is not named by the measure', () => {
  const doc = [
    '青川高新技术产业开发区光电产业发展行动方案',
    '',
    '1．壮大光电产业。青川高新技术产业开发区重点发展光学镜头和激光器件。',
    '2．建设孵化载体。依托青川高新区科技企业孵化器培育光电初创企业，对新认定的省级孵化器给予100万元奖励。',
    '3．强化金融支持。设立规模10亿元的青川高新区产业投资基金，重点投向光电项目。',
    '4．建设双创空间。在青川高新区建设光电众创空间，对入驻团队给予房租补贴。',
    '',
  ].join('\n');
  it('keeps the MENTIONS of a measure that names the park as a place, and drops those naming only a body of it', async () => {
    const x = await runDoc(doc);
    const named = all(x, 'MENTIONS').filter((e) => e.endsWith(' -> park:青川高新技术产业开发区'));
    expect(named).toEqual(['measure:doc:1 -> park:青川高新技术产业开发区', 'measure:doc:4 -> park:青川高新技术产业开发区']);
  });
});

describe('a firm’s local company written with its place in brackets (以A（福建）机械为链主 / 支持B食品（四川）扩大…) is one firm', () => {
  const doc = [
    '青川市装备和食品产业若干措施',
    '',
    '第一条　支持链主企业做大做强。以禾丰（福建）机械为链主，发展装载机和叉车。支持川味坊食品（四川）扩大方便面产能。',
    '第二条　举办中国（四川）食品博览会，推动中科（广东）炼化一期工程建成投产。',
    '',
  ].join('\n');
  it('reads the whole name with its bracket as the firm, in a leading firm’s slot and after an intent verb', async () => {
    const x = await runDoc(doc);
    const firms = names(x, 'Enterprise');
    expect(firms).toContain('禾丰(福建)机械');
    expect(firms).toContain('川味坊食品(四川)');
    expect(strong(x, 'IN_INDUSTRY')).toContain('enterprise:禾丰(福建)机械 -> industry:装载机');
  });
  it('reads no firm in an event or a project named with a place bracket', async () => {
    const x = await runDoc(doc);
    expect(names(x, 'Enterprise').filter((n) => /博览会|一期|工程/.test(n))).toEqual([]);
  });
});

describe('two firms joined by 与 in one slot (组织A科技与B供电公司开展…) are two firms', () => {
  const doc = ['青川市新能源产业工作要点', '', '1．开展供需对接。组织禾丰科技与国网青川供电公司开展风储一体化示范；组织川源新材料与中国邮政青川分公司开展绿色包装试点。', ''].join('\n');
  it('splits the joined name at 与 where the left part ends in a trade word and the right part is a firm of its own', async () => {
    const x = await runDoc(doc);
    const firms = names(x, 'Enterprise');
    expect(firms).toContain('禾丰科技');
    expect(firms).toContain('川源新材料');
    expect(firms.some((n) => n.startsWith('中国邮政'))).toBe(true);
    expect(firms.filter((n) => /与/.test(n))).toEqual([]);
  });
});
