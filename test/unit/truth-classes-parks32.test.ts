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

describe('blind43, blind59, blind50: a layout’s list of parts (下设A、B和C / 分为A、B、C和D四个园区)', () => {
  it('the verb opens no part’s name; a name cut inside the one before it starts after the joiner', async () => {
    const x = await runDoc(
      '青岚经济开发区产业发展规划\n\n一、空间布局\n按照“一区三园”布局，开发区下设精细化工园、先进材料园和高端装备园。' +
        '园区下设白沙片区和柳溪片区。\n二、产业定位\n依托青岚文旅融合发展园和有机畜产品加工园，重点发展牦牛肉。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).toContain('精细化工园');
    expect(parks).toContain('白沙片区');
    expect(parks).toContain('有机畜产品加工园');
    expect(parks.some((p) => /下设|^园和/.test(p))).toBe(false);
  });
  it('园区按照“一区四园”布局 in a park’s own document: the parts are the title park’s, and each part’s section is its own', async () => {
    const x = await runDoc(
      '青岚文化产业园区产业发展规划\n\n一、发展基础\n青岚文化产业园区位于青岚市，规划面积10平方公里。\n二、空间布局\n' +
        '园区按照“一区三园”布局，分为青岚唐卡艺术园、民族手工艺品产业园和文旅融合发展园三个园区。\n' +
        '（一）青岚唐卡艺术园。重点发展唐卡和堆绣。\n（二）文旅融合发展园。重点发展文化演艺和研学旅游。\n',
    );
    const partOf = named(x, 'PART_OF');
    expect(partOf).toContain('青岚唐卡艺术园 -> 青岚文化产业园区');
    expect(partOf).toContain('文旅融合发展园 -> 青岚文化产业园区');
    const hosts = named(x, 'HOSTS');
    expect(hosts).toContain('青岚唐卡艺术园 -> 唐卡');
    expect(hosts).toContain('文旅融合发展园 -> 文化演艺');
  });
  it('with no park in the title, a bare 园区 opening the layout names no zone', async () => {
    const x = await runDoc(
      '青岚市文化产业发展规划\n\n一、空间布局\n园区按照“一区三园”布局，分为青岚唐卡艺术园、民族手工艺品产业园和文旅融合发展园三个园区。\n',
    );
    expect(named(x, 'PART_OF').filter((e) => /园 -> /.test(e))).toEqual([]);
  });
});

describe('blind43, blind39: a part a layout listed, named by a bare 园 ending, is found again where its field is read inside it', () => {
  it('高端装备园已集聚A、B等企业，重点发展X: the part hosts X; a park built in it is located in it', async () => {
    const x = await runDoc(
      '青岚经济开发区产业发展规划\n\n一、空间布局\n按照“一区三园”布局，开发区下设精细化工园、先进材料园和高端装备园。' +
        '高端装备园已集聚青石机电、白鹭电驱等企业，重点发展半导体装备和高效电机。\n二、重点任务\n1．建设园中园。在高端装备园建设青岚半导体装备产业园，重点发展刻蚀设备。\n',
    );
    const hosts = named(x, 'HOSTS');
    expect(hosts).toContain('高端装备园 -> 半导体装备');
    expect(hosts).toContain('高端装备园 -> 高效电机');
    expect(named(x, 'LOCATED_IN')).toContain('青岚半导体装备产业园 -> 高端装备园');
  });
});

describe('blind40: 片区已集聚A、B under a heading that is one 片区', () => {
  it('the firms are located in the heading’s 片区; a firm the section only relies on is not', async () => {
    const x = await runDoc(
      '青岚临港产业园产业发展规划\n\n一、空间布局\n（一）白沙化工新材料片区。重点发展聚碳酸酯。片区已集聚青石化学、白鹭新材料等企业。依托柳溪能源发展绿氢。\n',
    );
    const located = named(x, 'LOCATED_IN');
    expect(located).toContain('青石化学 -> 白沙化工新材料片区');
    expect(located).toContain('白鹭新材料 -> 白沙化工新材料片区');
    expect(located).not.toContain('柳溪能源 -> 白沙化工新材料片区');
  });
});

describe('blind19: a list of parks closed by 等…园区 that is its whole clause (多园还包括P、Q等县域园区，重点承接X)', () => {
  it('each park takes the next clause’s focus; a list with no 等…园区 closing it gives only its first park the focus', async () => {
    const x = await runDoc(
      '某市先进制造业发展规划\n\n一、空间布局\n多园还包括青石经济开发区、白沙经济开发区等县域园区，重点承接装备零部件和农副食品加工。\n' +
        '柳溪经济开发区、松岭经济开发区，重点发展电子材料。\n',
    );
    const hosts = named(x, 'HOSTS');
    expect(hosts).toContain('青石经济开发区 -> 装备零部件');
    expect(hosts).toContain('白沙经济开发区 -> 农副食品加工');
    expect(hosts).not.toContain('松岭经济开发区 -> 电子材料');
  });
});
