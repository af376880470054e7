// Park classes of branch parks31: short documents of the genre written for these tests (places, firms and fields
// invented). Each asserts what the class gives and what it must not give.
import { describe, expect, it } from 'vitest';
import { names, named, runDoc } from '../fixtures/class-doc.ts';

describe('blind50, blind8: a place whose name opens with a joiner (和田, 和平) is not cut at the joiner', () => {
  it('the document writes the place with its level elsewhere: the park keeps its first character', async () => {
    const x = await runDoc(
      '和顺地区特色食品发展分工方案\n\n一、总体要求\n和顺市是全省重要的核桃产区。\n二、空间布局\n' +
        '和顺经济技术开发区重点发展核桃乳和核桃油。在和顺经济技术开发区建设和顺坚果产业园，重点发展坚果炒货。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).toContain('和顺经济技术开发区');
    expect(parks).toContain('和顺坚果产业园');
    expect(parks).not.toContain('顺经济技术开发区');
    expect(parks).not.toContain('顺坚果产业园');
    const hosts = named(x, 'HOSTS');
    expect(hosts).toContain('和顺经济技术开发区 -> 核桃乳');
    expect(hosts).toContain('和顺坚果产业园 -> 坚果炒货');
  });
  it('a joiner before a park with no such place in the document stays a joiner', async () => {
    const x = await runDoc('某县食品发展方案\n\n一、空间布局\n依托青石经济开发区和顺安食品产业园，发展坚果炒货。\n');
    expect(names(x, 'Park')).toContain('顺安食品产业园');
    expect(names(x, 'Park')).not.toContain('和顺安食品产业园');
  });
});

describe('blind49 (3 documents), blind8: a named part written right after its park (P龙岩组团, P草街拓展区, 高新区蒲吕园区)', () => {
  it('the part is a park of its own, part of the park before it, and the focus of its clause is the part’s', async () => {
    const x = await runDoc(
      '某区食品产业发展分工方案\n\n一、空间布局\n青石工业园区是全区食品产业的核心承载区。在青石工业园区白沙组团建设青石休闲食品产业园，重点发展烘焙食品。' +
        '在青石工业园区柳溪组团重点发展调味品和火锅底料。推进青石工业园区石门拓展区标准厂房建设，在石门拓展区重点发展冷链物流。' +
        '在青石高新区松岭园区重点发展乳制品。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).toEqual(expect.arrayContaining(['白沙组团', '柳溪组团', '石门拓展区', '松岭园区']));
    const partOf = named(x, 'PART_OF');
    expect(partOf).toContain('白沙组团 -> 青石工业园区');
    expect(partOf).toContain('柳溪组团 -> 青石工业园区');
    expect(partOf).toContain('石门拓展区 -> 青石工业园区');
    expect(partOf.some((e) => e.startsWith('松岭园区 -> '))).toBe(true);
    const hosts = named(x, 'HOSTS');
    expect(hosts).toContain('柳溪组团 -> 调味品');
    expect(hosts).toContain('柳溪组团 -> 火锅底料');
    expect(hosts).toContain('石门拓展区 -> 冷链物流');
    expect(hosts).toContain('青石休闲食品产业园 -> 烘焙食品');
    expect(hosts).not.toContain('白沙组团 -> 烘焙食品');
    expect(named(x, 'LOCATED_IN')).toContain('青石休闲食品产业园 -> 白沙组团');
    // (a park named by its field in a zone is built in it, not a part of it)
    expect(named(x, 'LOCATED_IN').some((e) => e.startsWith('松岭园区 -> '))).toBe(false);
  });
  it('a count of 组团, a 组团 named by its field and a verb before 组团 are no named parts', async () => {
    const x = await runDoc(
      '某区汽车产业发展方案\n\n一、空间布局\n青石汽车产业园包括整车组团和零部件组团两个组团。组织青石工业园区企业组团参加广交会。青石工业园区两个组团协同发展。\n',
    );
    const parks = names(x, 'Park');
    expect(parks.some((p) => /企业组团|两个组团|参加/.test(p))).toBe(false);
  });
});

describe('blind43, blind49: a headed park table’s park cell no name ending types (…加工园, P人和组团)', () => {
  it('the cell is a park: it hosts the row’s industries, its firms stand in it, and a part is part of its park', async () => {
    const x = await runDoc(
      '某县特色食品招商图谱\n\n一、重点园区一览\n园区名称\t主导产业\t重点企业\t招引方向\n' +
        '青石工业园区白沙组团\t面条加工、食品包装\t青石面业科技、白沙食品机械\t冻干面\n' +
        '柳溪农产品加工园\t板栗加工、蜂蜜加工\t柳溪栗业食品、青石蜂业科技\t果脯\n',
    );
    const parks = names(x, 'Park');
    expect(parks).toEqual(expect.arrayContaining(['白沙组团', '柳溪农产品加工园']));
    const hosts = named(x, 'HOSTS');
    expect(hosts).toContain('白沙组团 -> 面条加工');
    expect(hosts).toContain('柳溪农产品加工园 -> 板栗加工');
    expect(hosts).not.toContain('柳溪农产品加工园 -> 果脯');
    expect(named(x, 'PART_OF')).toContain('白沙组团 -> 青石工业园区');
    expect(named(x, 'LOCATED_IN')).toContain('柳溪栗业食品 -> 柳溪农产品加工园');
  });
});

describe('blind43, blind49, blind50 (9 documents): a park named …加工园 is a park', () => {
  it('it hosts what it develops and its firms stand in it; 加工园区 stays one name', async () => {
    const x = await runDoc(
      '某县特色农业发展要点\n\n一、重点任务\n1. 建设加工载体。柳溪镇农产品加工园已集聚青石栗业食品等企业，重点发展板栗加工和蜂蜜加工。' +
        '青石县森林食品加工园区重点发展山野菜。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).toContain('柳溪镇农产品加工园');
    expect(parks).toContain('青石县森林食品加工园区');
    expect(parks).not.toContain('青石县森林食品加工园');
    expect(named(x, 'HOSTS')).toContain('柳溪镇农产品加工园 -> 板栗加工');
    expect(named(x, 'LOCATED_IN')).toContain('青石栗业食品 -> 柳溪镇农产品加工园');
  });
});

describe('blind3, blind4, blind14, blind15, blind50 (9 documents): goals and designations are no parks', () => {
  it('a 示范 base or area the plan builds, the base a document’s purpose names, a zone sought and a free trade port', async () => {
    const x = await runDoc(
      '某县特色产业若干措施\n\n为加快建设青岚热带特色水果加工基地，推动水果产业集聚发展，制定以下措施。\n' +
        '第一条 建设示范载体。在青岚县建设青岚芒果标准化种植示范基地，推广水肥一体化模式。依托白鹭湾景区建设雨林研学示范区，推出研学线路3条。\n' +
        '第二条 拓展外贸。借助海南自由贸易港零关税政策进口原料。争取设立青岚综合保税区。\n',
    );
    const parks = names(x, 'Park');
    expect(parks.some((p) => /示范基地|示范区|自由贸易港|综合保税区|加工基地/.test(p))).toBe(false);
  });
});

describe('blind53, blind54: a training college is no lab; a zone’s rank after its copula is no park', () => {
  it('共建X工匠学院 / X产业学院 give no lab; P是省级经济开发区 gives no park 是省级经济开发区', async () => {
    const x = await runDoc(
      '某县装备产业发展规划\n\n一、发展基础\n青岚经济开发区是省级经济开发区，已集聚青岚轴承科技等企业。\n' +
        '二、保障措施\n与职业院校共建青岚装备工匠学院，建设青岚装备产业学院，依托青岚装备研究院开展攻关。\n',
    );
    expect(names(x, 'Lab')).toEqual(['青岚装备研究院']);
    expect(names(x, 'Park')).toEqual(['青岚经济开发区']);
  });
});
