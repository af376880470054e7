// Park relation classes (HOSTS, LOCATED_IN, the parts of a zone) found on the blind9 set and checked on blind8
// (branch parks11): short documents of the genre written for these tests (places and firms invented). Each
// asserts what the class gives and what it must not give.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind8 r06, blind9 r07: P是(全市)X的主要承载地 — 承载地 is 承载区', () => {
  it('the park hosts the field it is said to carry (stated), as with 承载区', async () => {
    const x = await runDoc(
      '某市能源化工产业地图\n\n一、产业布局\n【白鹭区】主导产业为煤制烯烃。白鹭工业园区是全市现代煤化工的主要承载地，青岚能源化工等企业落户于此。云杉高新技术产业开发区是全市光伏制造的核心承载区。\n',
    );
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:白鹭工业园区 -> industry:现代煤化工');
    expect(hosts).toContain('park:云杉高新技术产业开发区 -> industry:光伏制造');
    // (each park its own field: no cross-product)
    expect(hosts).not.toContain('park:白鹭工业园区 -> industry:光伏制造');
  });
  it('a place that carries a function, not a field (承接功能疏解的集中承载地), hosts nothing', async () => {
    const x = await runDoc('某新区未来产业行动方案\n\n一、基础\n白鹭新区是承接中心城区功能疏解的集中承载地。\n');
    expect(all(x, 'HOSTS').filter((e) => /白鹭新区/.test(e))).toEqual([]);
  });
});

describe('blind8 r07, r08: a park built in another after a run-in item or a decision (二是在Z建设Q / 会议同意在Z规划建设Q)', () => {
  it('Q, read as a park, hosts the next clause’s focus (planned) and lies in Z; Z does not host it by this rule', async () => {
    const x = await runDoc(
      '某县丝网产业发展专题会议纪要\n\n一、会议议定事项\n会议同意在白鹭经济开发区规划建设白鹭高端过滤材料产业园，重点发展烧结网、金属纤维毡和汽车过滤器。\n',
    );
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:白鹭高端过滤材料产业园 -> industry:烧结网');
    expect(hosts).toContain('park:白鹭高端过滤材料产业园 -> industry:金属纤维毡');
    expect(hosts).toContain('park:白鹭高端过滤材料产业园 -> industry:汽车过滤器');
    expect(strong(x, 'LOCATED_IN')).toContain('park:白鹭高端过滤材料产业园 -> park:白鹭经济开发区');
  });
  it('二是在Z建设Q with Q read as a park: the same', async () => {
    const x = await runDoc('某市碳纤维产业政策解读\n\n二、重点任务\n二是在白鹭经济技术开发区建设云杉碳纤维产业园，重点发展风电叶片主梁和储氢气瓶。\n');
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:云杉碳纤维产业园 -> industry:风电叶片主梁');
    expect(hosts).toContain('park:云杉碳纤维产业园 -> industry:储氢气瓶');
  });
  it('a decision about firms, not about building a park (会议同意…企业向P集中), gives Q no focus of another clause', async () => {
    const x = await runDoc('某县丝网产业发展专题会议纪要\n\n一、会议议定事项\n会议同意支持青岚丝网在白鹭经济开发区扩建生产线，重点发展烧结网。\n');
    expect(all(x, 'HOSTS').filter((e) => /生产线/.test(e))).toEqual([]);
  });
});

describe('blind9 r04: a bare 开发区 when the document names several zones so — the one its title names', () => {
  it('开发区包括P、Q和R三个园区 in 某某经济技术开发区产业发展规划 → the parks are parts of the title’s zone, not of a neighbour zone the document also names', async () => {
    const x = await runDoc(
      '白鹭经济技术开发区产业发展规划\n\n第一章　总体定位\n\n白鹭经济技术开发区与相邻的云杉经济技术开发区共建产业协作区，云杉经济技术开发区重点发展光伏组件。\n\n第二章　空间布局\n\n开发区包括新能源汽车产业园、电子信息产业园和食品科技产业园三个园区。\n',
    );
    const parts = strong(x, 'PART_OF');
    expect(parts).toContain('park:新能源汽车产业园 -> park:白鹭经济技术开发区');
    expect(parts).toContain('park:电子信息产业园 -> park:白鹭经济技术开发区');
    expect(parts).toContain('park:食品科技产业园 -> park:白鹭经济技术开发区');
    expect(parts.filter((e) => /云杉/.test(e))).toEqual([]);
  });
  it('with no zone in the title and two named, a bare 开发区 stays unresolved', async () => {
    const x = await runDoc(
      '某市产业发展规划\n\n一、布局\n白鹭经济技术开发区和云杉经济技术开发区协同发展。开发区包括新能源汽车产业园和电子信息产业园两个园区。\n',
    );
    expect(strong(x, 'PART_OF').filter((e) => /产业园 -> park:(白鹭|云杉)/.test(e))).toEqual([]);
  });
});

describe('blind5 r01, blind4 r06, blind9 r08: a layout named before its roles (构建“一核两园”布局：一核为P，重点发展X)', () => {
  it('the first role after the layout’s name is read like the others: P hosts its own focus, the next role its own', async () => {
    const x = await runDoc(
      '某市生物医药产业发展意见\n\n二、优化布局\n构建“一核两园”布局：一核为白鹭医药高新区，重点发展生物药和医疗器械；两园为云杉经济开发区和青岚经济开发区，分别重点发展现代中药和原料药。\n',
    );
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:白鹭医药高新区 -> industry:生物药');
    expect(hosts).toContain('park:白鹭医药高新区 -> industry:医疗器械');
    // (现代中药 is the lexicon's 现代中医药)
    expect(hosts.filter((e) => e.startsWith('park:云杉经济开发区 ->'))).toEqual(['park:云杉经济开发区 -> industry:现代中医药']);
    expect(hosts).toContain('park:青岚经济开发区 -> industry:原料药');
    // (one each after 分别; the 一核's focus is not the 两园's)
    expect(hosts).not.toContain('park:云杉经济开发区 -> industry:原料药');
    expect(hosts).not.toContain('park:云杉经济开发区 -> industry:生物药');
  });
});

describe('field blocks: a line’s items split outside brackets (重点企业：A（X、Y）、B / 承载园区：P（核心区、拓展区）)', () => {
  const doc =
    '某市新能源电池产业链招商图谱\n\n（一）正极材料\n\n重点企业：青岚锂能（磷酸铁锂、三元前驱体）、澄川新材（锰酸锂）。\n承载园区：白鹭经济开发区（核心区、拓展区）、云杉化工园区。\n';
  it('the products in a firm’s brackets are no firms; the firms and the parks keep the block’s segment', async () => {
    const x = await runDoc(doc);
    const firms = x.nodes.filter((n) => n.label === 'Enterprise').map((n) => n.name);
    expect(firms.filter((n) => /[()（）]|三元前驱体|磷酸铁锂/.test(n))).toEqual([]);
    expect(strong(x, 'IN_INDUSTRY')).toContain('enterprise:青岚锂能 -> industry:正极材料');
    expect(strong(x, 'IN_INDUSTRY')).toContain('enterprise:澄川新材 -> industry:正极材料');
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:白鹭经济开发区 -> industry:正极材料');
    expect(hosts).toContain('park:云杉化工园区 -> industry:正极材料');
    expect(all(x, 'HOSTS').filter((e) => /核心区|拓展区/.test(e))).toEqual([]);
  });
});
