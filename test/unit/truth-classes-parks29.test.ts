// Park classes of branch parks29: short documents of the genre written for these tests (places, firms and fields
// invented). Each asserts what the class gives and what it must not give.
import { describe, expect, it } from 'vitest';
import { names, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind12, blind20, blind39, blind40, blind9, dev8: a category of parks or a town district is no park', () => {
  it('a standing or a quality before a kind of park (省重点产业园区, 低效园区, 同质化工业园区, 现代化…产业园区) names no park', async () => {
    const x = await runDoc(
      '某市临港产业发展规划\n\n一、发展基础\n白鹭临港产业园是青岚省重点产业园区，重点发展船舶配套和海工装备。\n' +
        '二、重点任务\n推动低效园区提质增效，不再新设同质化工业园区。建立市领导挂点联系重点园区制度。建设绿色低碳的现代化临港产业园区。\n',
    );
    expect(names(x, 'Park')).toEqual(['白鹭临港产业园']);
    expect(strong(x, 'HOSTS')).toContain('park:白鹭临港产业园 -> industry:船舶配套');
  });
  it('a 城 right before 区 is a town’s urban district (白鹭市城区, 新城区), no park; the zone placed there stays', async () => {
    const x = await runDoc(
      '某市盐化工产业发展规划\n\n一、发展基础\n白鹭经济开发区位于白鹭市城区东部，重点发展盐化工和石膏建材。建设高品质现代化新城区。\n',
    );
    expect(names(x, 'Park')).toEqual(['白鹭经济开发区']);
    expect(strong(x, 'LOCATED_IN')).toEqual([]);
    expect(strong(x, 'HOSTS')).toContain('park:白鹭经济开发区 -> industry:盐化工');
  });
});

describe('blind4, blind36, blind39, blind40, blind44, heldout: a zone named 经济区 or 合作区 after its place is a park', () => {
  it('X经济区 / X经济合作区 / X经济特别合作区 host what they develop and the firms gathered there', async () => {
    const x = await runDoc(
      '某市海洋产业发展规划\n\n三、空间布局\n白鹭渔港经济区重点发展水产品加工，已集聚白鹭鲜海水产、青岚海味食品等企业。' +
        '以青岚经济特别合作区为承载区，重点发展钠离子电池。' +
        '海洋产业带串联白鹭航空经济区和青岚东部新区，重点发展航空维修。' +
        '在青岚边境经济合作区建设白鹭海产品加工园。\n',
    );
    const parks = names(x, 'Park');
    for (const n of ['白鹭渔港经济区', '青岚经济特别合作区', '白鹭航空经济区', '青岚边境经济合作区']) expect(parks).toContain(n);
    expect(parks.some((n) => n.includes('串联'))).toBe(false);
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:白鹭渔港经济区 -> industry:水产品加工');
    expect(hosts).toContain('park:青岚经济特别合作区 -> industry:钠离子电池');
    expect(strong(x, 'LOCATED_IN')).toContain('enterprise:白鹭鲜海水产 -> park:白鹭渔港经济区');
    expect(strong(x, 'LOCATED_IN')).toContain('park:白鹭海产品加工园 -> park:青岚边境经济合作区');
  });
  it('a region a place 地处, a region across provinces and a partner zone named 经济区 are no parks', async () => {
    const x = await runDoc(
      '某市磷化工产业发展规划\n\n一、发展基础\n本市地处黔西经济区，磷矿资源丰富。加强与北部湾经济区的产业协作。与白鹭经济开发区开展原料互供和产品配套。\n',
    );
    expect(names(x, 'Park')).toEqual([]);
  });
});

describe('blind40: a place and a dash before a park name open it (广西—东盟经济技术开发区)', () => {
  it('the joined name is one park; a chain’s dash is no part of a name', async () => {
    const x = await runDoc(
      '某市未来产业发展行动方案\n\n二、重点方向\n（二）生物制造。重点发展生物基材料和酶制剂。以青海—东盟经济技术开发区为主承载区，已集聚白鹭生物等企业。' +
        '打通“非粮淀粉—生物发酵—生物基材料”链条。\n',
    );
    expect(names(x, 'Park')).toEqual(['青海—东盟经济技术开发区']);
    expect(strong(x, 'LOCATED_IN')).toContain('enterprise:白鹭生物 -> park:青海—东盟经济技术开发区');
  });
});

describe('blind39 (and the mustNot service bases of two more sets): a service base to be built is a function, no park', () => {
  it('依托P建设X出口服务基地 names no park; the park it is built on stays, and a named base stated as a fact stays', async () => {
    const x = await runDoc(
      '某市农机产业招商图谱\n\n三、招商方向\n依托白鹭粮机产业园建设粮机出口服务基地，支持企业参加展会。青岚数字服务基地获批市级服务业集聚示范区。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).toContain('白鹭粮机产业园');
    expect(parks).not.toContain('粮机出口服务基地');
  });
});
