// Park relation classes (PART_OF between parks, HOSTS, LOCATED_IN) found on the blind12 set and checked on blind11
// (branch parks14): short documents of the genre written for these tests (places and firms invented). Each asserts
// what the class gives and what it must not give.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind12 r06, blind11 r06: Z由P1、P2、P3和P4组成 with no count word after the list', () => {
  it('高新区按照“一区四园”布局，由…组成: the bare 高新区 is the title zone written out, each park part of it (structure)', async () => {
    const x = await runDoc(
      '白鹭高新技术产业开发区产业发展规划\n\n第三章　空间布局\n\n高新区按照“一区四园”布局，由青岚电子产业园、云杉装备产业园、赤松新材料产业园和白鹭综合保税区组成。\n',
    );
    const parts = strong(x, 'PART_OF').filter((e) => e.startsWith('park:'));
    for (const p of ['青岚电子产业园', '云杉装备产业园', '赤松新材料产业园', '白鹭综合保税区']) expect(parts).toContain(`park:${p} -> park:白鹭高新技术产业开发区`);
  });
  it('“一区四园”由…组成: the layout label stands for the title zone', async () => {
    const x = await runDoc(
      '白鹭经济技术开发区产业发展规划（2026—2030年）\n\n第四章 空间布局\n\n构建“一区四园”产业空间格局。“一区四园”由青岚光伏产业园、云杉汽车产业园、赤松光学产业园和白鹭综合保税区组成,各园区主导产业见下表。\n',
    );
    const parts = strong(x, 'PART_OF').filter((e) => e.startsWith('park:'));
    for (const p of ['青岚光伏产业园', '云杉汽车产业园', '赤松光学产业园', '白鹭综合保税区']) expect(parts).toContain(`park:${p} -> park:白鹭经济技术开发区`);
  });
  it('a list with names not read as parks and no count word, or a layout of several zones (“一核两区”), gives no part', async () => {
    const x = await runDoc(
      '白鹭经济技术开发区产业发展规划\n\n第四章 空间布局\n\n“一核两区”由青岚光伏产业园和云杉汽车产业园组成。开发区产业联盟由青岚科技、云杉电子和赤松光学组成。\n',
    );
    expect(all(x, 'PART_OF').filter((e) => /-> park:白鹭经济技术开发区/.test(e))).toEqual([]);
  });
});

describe('blind12 r06: a park table pasted as one line (tabs between cells, a space where a row ended)', () => {
  const doc = (rows: string) =>
    `白鹭经济技术开发区产业发展规划\n\n第四章 空间布局\n\n各园区主导产业、重点企业和规划面积见下表。\n\n${rows}\n\n第五章 创新平台\n\n加强产学研合作。\n`;
  it('each row’s park hosts its industries (planned); the area column is no industry', async () => {
    const x = await runDoc(
      doc('园区名称\t主导产业\t重点企业\t规划面积 青岚光伏产业园\t光伏组件、储能电池\t青岚能源、云杉新能源\t12平方公里 赤松汽车产业园\t新能源商用车、汽车电子\t赤松汽车、白鹭电机\t15平方公里 白鹭综合保税区\t保税加工、跨境电商\t——\t2平方公里'),
    );
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:青岚光伏产业园 -> industry:光伏组件');
    expect(hosts).toContain('park:青岚光伏产业园 -> industry:储能电池');
    expect(hosts).toContain('park:赤松汽车产业园 -> industry:新能源商用车');
    expect(hosts).toContain('park:白鹭综合保税区 -> industry:跨境电商');
    // (a row pairs nothing across rows; a quantity is no industry)
    expect(hosts).not.toContain('park:青岚光伏产业园 -> industry:新能源商用车');
    expect(all(x, 'HOSTS').filter((e) => /平方公里/.test(e))).toEqual([]);
  });
  it('a line of tabs whose first cell is no park header (序号, 重点任务) is no park table', async () => {
    const x = await runDoc(doc('序号\t重点任务\t牵头单位\t完成时限 1\t发展光伏组件\t青岚产业园管委会\t2027年 2\t发展储能电池\t赤松产业园管委会\t2028年 3\t发展汽车电子\t白鹭产业园管委会\t2028年'));
    expect(all(x, 'HOSTS')).toEqual([]);
  });
});

describe('blind12 r06: A、B等企业已在开发区集聚 in a zone plan naming other zones so named', () => {
  it('the bare 开发区 is the zone the title names (the firms located there, stated), not a neighbour', async () => {
    const x = await runDoc(
      '白鹭经济技术开发区产业发展规划\n\n第一章 发展基础\n\n加强与青岚经济开发区的产业协作。\n\n第二章 主导产业\n\n光学产业重点发展光学镜头。赤松光学、云杉光电等光学企业已在开发区集聚。\n',
    );
    const located = strong(x, 'LOCATED_IN');
    expect(located).toContain('enterprise:赤松光学 -> park:白鹭经济技术开发区');
    expect(located).toContain('enterprise:云杉光电 -> park:白鹭经济技术开发区');
    expect(all(x, 'LOCATED_IN').filter((e) => /青岚经济开发区/.test(e))).toEqual([]);
  });
  it('with no zone in the title and two so named, the bare word places nothing', async () => {
    const x = await runDoc(
      '某市光学产业发展规划\n\n第一章 布局\n\n白鹭经济开发区重点发展光学镜头。青岚经济开发区重点发展光学元件。\n\n第二章 企业\n\n加快产业集聚，赤松光学、云杉光电等光学企业已在开发区集聚。\n',
    );
    expect(all(x, 'LOCATED_IN').filter((e) => /赤松光学|云杉光电/.test(e))).toEqual([]);
  });
});

describe('blind12 r01: 经开区已集聚A、B after a paragraph opened by one of two 经济技术开发区 the document names', () => {
  it('the bare 经开区 goes on with the paragraph’s zone (its firms located there, stated), not the other zone of the kind', async () => {
    const x = await runDoc(
      '某市电子信息产业发展规划\n\n第二节 提升两区：白鹭经济技术开发区和白鹭小蓝经济技术开发区\n\n白鹭经济技术开发区重点发展光学光电和智能穿戴设备。经开区已集聚赤松光电、云杉电子等光学光电企业，形成协同发展的格局。\n\n白鹭小蓝经济技术开发区重点发展汽车电子。\n',
    );
    const located = strong(x, 'LOCATED_IN');
    expect(located).toContain('enterprise:赤松光电 -> park:白鹭经济技术开发区');
    expect(located).toContain('enterprise:云杉电子 -> park:白鹭经济技术开发区');
    expect(all(x, 'LOCATED_IN').filter((e) => /小蓝/.test(e))).toEqual([]);
  });
});

describe('blind9 r04 (and the 两个组团 form of blind7 r05, blind10 r06, blind6 r06): 园区包括A组团和B组团：A组团重点发展X', () => {
  const doc = (s: string) => `白鹭经济技术开发区“一区多园”发展方案\n\n二、园区定位\n\n（一）青岚新能源汽车产业园。\n位于开发区东部。${s}\n`;
  it('with no count word, names that end in 组团/片区 are the park’s parts (structure), each hosting its own focus (planned)', async () => {
    const x = await runDoc(doc('园区包括整车制造组团和零部件配套组团：整车制造组团重点发展新能源乘用车，零部件配套组团重点发展车身结构件和电驱动系统。'));
    const parts = strong(x, 'PART_OF');
    expect(parts).toContain('park:整车制造组团 -> park:青岚新能源汽车产业园');
    expect(parts).toContain('park:零部件配套组团 -> park:青岚新能源汽车产业园');
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:整车制造组团 -> industry:新能源乘用车');
    expect(hosts).toContain('park:零部件配套组团 -> industry:车身结构件');
    expect(hosts).toContain('park:零部件配套组团 -> industry:电驱动系统');
    // (each part its own focus: no cross)
    expect(hosts).not.toContain('park:整车制造组团 -> industry:车身结构件');
  });
  it('a 包括 list of what the park does (names without a part’s ending) names no part', async () => {
    const x = await runDoc(doc('园区包括整车制造和零部件配套：整车制造重点发展新能源乘用车。'));
    expect(all(x, 'PART_OF').filter((e) => e.startsWith('park:'))).toEqual([]);
  });
});

describe('blind8 r04: 开发区下辖A、B和C三个产业园区 (下辖, a zone’s word for its parts, as 包括)', () => {
  it('each park of the list is part of the zone (structure)', async () => {
    const x = await runDoc(
      '白鹭经济技术开发区园区概况\n\n【园区概况】\n白鹭经济技术开发区位于省境东部。开发区下辖青岚产业园、云杉产业园和赤松产业园三个产业园区，已形成三条循环经济产业链。\n',
    );
    const parts = strong(x, 'PART_OF');
    for (const p of ['青岚产业园', '云杉产业园', '赤松产业园']) expect(parts).toContain(`park:${p} -> park:白鹭经济技术开发区`);
  });
  it('a city’s 下辖 counties and districts are no parts of a park', async () => {
    const x = await runDoc('白鹭市产业发展规划\n\n一、基础\n白鹭市下辖青岚县、云杉县和赤松区三个县区。白鹭经济技术开发区重点发展新材料。\n');
    expect(all(x, 'PART_OF').filter((e) => e.includes('park:'))).toEqual([]);
  });
});

describe('dev8 r06 (the P：重点发展X lines of dev8 r01, blind11 r08): a park labelling its line, then a park built in it', () => {
  it('the labelled park hosts the first clause’s focus (planned), the built park the later one’s', async () => {
    const x = await runDoc(
      '白鹭高新技术产业开发区产业发展规划\n\n第三章　空间布局\n\n白鹭高新区由本部和青岚生态智慧区、赤松新能源产业园等专业园区组成。\n青岚生态智慧区：重点发展汽车电子和人工智能，规划建设青岚智能网联汽车产业园，重点发展智能驾驶域控制器和车规级传感器。\n',
    );
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:青岚生态智慧区 -> industry:汽车电子');
    expect(hosts).toContain('park:青岚生态智慧区 -> industry:人工智能');
    expect(hosts).toContain('park:青岚智能网联汽车产业园 -> industry:智能驾驶域控制器');
    // (the built park's focus is its own)
    expect(hosts).not.toContain('park:青岚智能网联汽车产业园 -> industry:汽车电子');
  });
});
