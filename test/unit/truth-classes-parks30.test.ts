// Park and Lab classes of branch parks30: short documents of the genre written for these tests (places, firms and
// fields invented). Each asserts what the class gives and what it must not give.
import { describe, expect, it } from 'vitest';
import { names, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind8, blind18, blind39, blind44: the document’s own county, read as a verb, opens the park it stands before', () => {
  it('a place the document writes with its level or zone elsewhere (安定县, 平定新区) holds the park’s name together', async () => {
    const x = await runDoc(
      '安定县海洋产业招商图谱\n\n一、产业基础\n安定县地处青岚湾北岸。平定新区位于县城西部。\n' +
        '二、重点方向\n1．海洋装备。在安定金港经济开发区建设安定海洋装备产业园，重点发展深远海养殖平台和渔业运维服务。' +
        '平定数字医疗产业园重点发展智慧医疗。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).toContain('安定海洋装备产业园');
    expect(parks).toContain('平定数字医疗产业园');
    expect(parks).not.toContain('海洋装备产业园');
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:安定海洋装备产业园 -> industry:深远海养殖平台');
    expect(hosts).toContain('park:平定数字医疗产业园 -> industry:智慧医疗');
  });
  it('a verb or a preposition before a bare level word (依托县职教中心, 已在新区) is no place; nor is a park’s own opening', async () => {
    const x = await runDoc(
      '某县纺织产业发展要点\n\n一、重点任务\n依托县职教中心培养纺织技工。依托羊绒小镇发展羊绒制品。部分企业已在新区落户。' +
        '已在临港经济开发区布局纺织机械。奉安工业园区重点发展棉纺。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).toContain('羊绒小镇');
    expect(parks.some((p) => p.startsWith('依托') || p.startsWith('已在'))).toBe(false);
  });
});

describe('blind32, blind43 (+ must-nots of 9 sets): platforms of information and ranks of designation are no labs', () => {
  it('an internet, information or supervision platform, a trade-field platform to be built and a ranked category name no lab', async () => {
    const x = await runDoc(
      '某市纺织产业发展措施\n\n第一条 建设鞋业创新平台。以青岚纺织研究院为创新源头，服务织造和印染。' +
        '建设纺织工业互联网平台，接入企业50家以上。建设冷链物流信息平台。对新认定的省级以上纺机研发平台给予50万元奖励。\n',
    );
    expect(names(x, 'Lab')).toEqual(['青岚纺织研究院']);
  });
  it('a research platform with its owner stays a lab', async () => {
    const x = await runDoc('某市纺织产业发展措施\n\n一、重点任务\n依托白鹭纺织中试验证平台和青岚纺织研究院，服务织造和印染。\n');
    expect(names(x, 'Lab')).toContain('青岚纺织研究院');
  });
});
