// Park classes of branch parks32: short documents of the genre written for these tests (places, firms and fields
// invented). Each asserts what the class gives and what it must not give.
import { describe, expect, it } from 'vitest';
import { names, named, runDoc } from '../fixtures/class-doc.ts';

describe('5767e26 narrowed: a 示范 area the plan builds and places something in, and a park sought to be raised, stay parks', () => {
  it('建设Q示范园区，重点发展X keeps Q (in P: located in P, hosting X); 建设Q示范区，推出… does not', async () => {
    const x = await runDoc(
      '某县特色农业发展实施方案\n\n一、空间布局\n（一）建设园区载体。在青岚经济开发区建设青岚现代农业产业示范园区，重点发展热带水果和茶叶。' +
        '依托白鹭湾景区建设雨林研学示范区，推出研学线路3条。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).toContain('青岚现代农业产业示范园区');
    expect(parks).not.toContain('雨林研学示范区');
    expect(named(x, 'HOSTS')).toContain('青岚现代农业产业示范园区 -> 热带水果');
    expect(named(x, 'LOCATED_IN')).toContain('青岚现代农业产业示范园区 -> 青岚经济开发区');
  });
  it('积极争取P升级为… names the park P; 争取设立Q综合保税区 names none', async () => {
    const x = await runDoc(
      '某县开放型经济若干措施\n\n第一条 提升平台能级。积极争取青岚经济开发区升级为省级高新区。争取设立青岚综合保税区。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).toContain('青岚经济开发区');
    expect(parks).not.toContain('青岚综合保税区');
  });
});
