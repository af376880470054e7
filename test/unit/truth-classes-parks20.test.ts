// Issue 12, the park layer (blind19, blind20): LOCATED_IN and HOSTS that unseen text of the genre states and the parks
// reader left.
// Short texts of the genre written for these tests (names invented, not in the lexicon).
import { describe, expect, it } from 'vitest';
import { runDoc, strong } from '../fixtures/class-doc.ts';

const locatedIn = (x: Awaited<ReturnType<typeof runDoc>>) => strong(x, 'LOCATED_IN').filter((e) => !e.startsWith('park:'));

describe('P：重点发展X，区内已建成A工厂和B生产基地: the firms whose works stand in P are in P (blind20 r07, r01; dev8 r01)', () => {
  const firms = '重点企业：青岚重工、朔方农机。\n';
  it('a later clause whose only subject is a word for inside the park', async () => {
    const x = await runDoc(`${firms}■赤川高新技术产业开发区：重点发展拖拉机和联合收割机，区内已建成青岚重工工厂和朔方农机生产基地。\n`);
    expect(locatedIn(x)).toEqual(['enterprise:朔方农机 -> park:赤川高新技术产业开发区', 'enterprise:青岚重工 -> park:赤川高新技术产业开发区']);
  });
  it('the park itself the subject of 已建成', async () => {
    const x = await runDoc(`${firms}赤川高新技术产业开发区已建成青岚重工工厂和朔方农机生产基地，重点发展拖拉机。\n`);
    expect(locatedIn(x)).toEqual(['enterprise:朔方农机 -> park:赤川高新技术产业开发区', 'enterprise:青岚重工 -> park:赤川高新技术产业开发区']);
  });
  it('a plan to build (力争建成, 将建成) places nothing', async () => {
    const x = await runDoc(`${firms}■赤川高新技术产业开发区：重点发展拖拉机和联合收割机，力争建成青岚重工工厂和朔方农机生产基地。\n`);
    expect(locatedIn(x)).toEqual([]);
    const y = await runDoc(`${firms}■赤川高新技术产业开发区：重点发展拖拉机和联合收割机，区内将建成青岚重工工厂和朔方农机生产基地。\n`);
    expect(locatedIn(y)).toEqual([]);
  });
});

describe('A已落户该产业园 / 已落户产业园一期: the park the sentence builds or pushes on, of that kind (blind19 r04, r08, r07; blind10 r06)', () => {
  const firms = '重点企业：青岚通信科技、朔方箱包科技。\n';
  it('在Z建设P，重点发展X，A已落户该产业园: A is in P, not in Z', async () => {
    const x = await runDoc(`${firms}在赤川高新技术产业开发区建设赤川物联网产业园，重点发展通信模组，青岚通信科技已落户该产业园。\n`);
    expect(locatedIn(x)).toEqual(['enterprise:青岚通信科技 -> park:赤川物联网产业园']);
  });
  it('推动P二期建设，重点发展X，A已落户产业园一期: A is in P', async () => {
    const x = await runDoc(`${firms}推动赤川箱包皮具产业园二期建设，重点发展智能箱包，朔方箱包科技已落户产业园一期。\n`);
    expect(locatedIn(x)).toEqual(['enterprise:朔方箱包科技 -> park:赤川箱包皮具产业园']);
  });
  it('a kind word the park’s name does not end with stands for no park (该专区 after a 产业园)', async () => {
    const x = await runDoc(`${firms}在赤川高新技术产业开发区建设赤川物联网产业园，重点发展通信模组，青岚通信科技已落户该专区。\n`);
    expect(locatedIn(x)).toEqual([]);
  });
  it('a clause of intent (鼓励A落户该产业园) places nothing', async () => {
    const x = await runDoc(`${firms}在赤川高新技术产业开发区建设赤川物联网产业园，重点发展通信模组，鼓励青岚通信科技落户该产业园。\n`);
    expect(locatedIn(x)).toEqual([]);
  });
});

describe('由高新区本部、P1和P2组成: the zone’s seat is a part of it, and hosts what it is said to develop (blind19 r06, blind20 r06)', () => {
  const parkOf = (x: Awaited<ReturnType<typeof runDoc>>) => strong(x, 'PART_OF').filter((e) => e.startsWith('park:'));
  const title = '赤川高新技术产业开发区产业发展规划\n';
  it('a zone that opens its sentence with a clause of manner (高新区实行“一区多园”管理模式，由…组成)', async () => {
    const x = await runDoc(`${title}赤川高新技术产业开发区是国家级高新区。高新区实行“一区多园”管理模式，由高新区本部、青岚装备产业园和朔方材料产业园组成。高新区本部重点发展新能源装备和数字经济，在本部建设赤川数字经济产业园。青岚装备产业园重点发展挖掘机，朔方材料产业园重点发展碳纤维。\n`);
    expect(parkOf(x)).toEqual(['park:朔方材料产业园 -> park:赤川高新技术产业开发区', 'park:青岚装备产业园 -> park:赤川高新技术产业开发区', 'park:高新区本部 -> park:赤川高新技术产业开发区']);
    expect(strong(x, 'HOSTS').filter((e) => e.startsWith('park:高新区本部'))).toEqual(['park:高新区本部 -> industry:数字经济', 'park:高新区本部 -> industry:新能源装备']);
  });
  it('the layout named before 由 (“一区两园”由高新区本部、P1和P2组成)', async () => {
    const x = await runDoc(`${title}园区实行“一区两园”发展模式，“一区两园”由高新区本部、青岚装备产业园和朔方材料产业园组成。青岚装备产业园重点发展挖掘机。朔方材料产业园重点发展碳纤维。\n`);
    expect(parkOf(x)).toEqual(['park:朔方材料产业园 -> park:赤川高新技术产业开发区', 'park:青岚装备产业园 -> park:赤川高新技术产业开发区', 'park:高新区本部 -> park:赤川高新技术产业开发区']);
  });
  it('a zone’s word before 本部 that is not the zone being split (由青岚集团本部…) makes no seat', async () => {
    const x = await runDoc(`${title}赤川高新技术产业开发区是国家级高新区。高新区实行“一区多园”管理模式，由青岚集团本部、青岚装备产业园和朔方材料产业园组成。青岚装备产业园重点发展挖掘机，朔方材料产业园重点发展碳纤维。\n`);
    expect(parkOf(x).filter((e) => e.includes('本部'))).toEqual([]);
  });
});
