// Park relation classes (HOSTS, LOCATED_IN) found on the blind10 set and checked on blind9 (branch parks12): short
// documents of the genre written for these tests (places and firms invented). Each asserts what the class gives and
// what it must not give.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind10 r05, r06: P已集聚A、B等企业 with P opening the sentence unread as a mention', () => {
  it('a name ending like a park that gathers firms is a park, and the firms are located in it (stated)', async () => {
    const x = await runDoc(
      '某州三七产业链实施方案\n\n一、发展现状\n白鹭三七产业园区已集聚青岚制药、云杉三七科技、赤松花业等企业，三七产业综合产值突破300亿元。\n',
    );
    const located = strong(x, 'LOCATED_IN');
    expect(located).toContain('enterprise:青岚制药 -> park:白鹭三七产业园区');
    expect(located).toContain('enterprise:云杉三七科技 -> park:白鹭三七产业园区');
    expect(located).toContain('enterprise:赤松花业 -> park:白鹭三七产业园区');
  });
  it('a firm list asked to gather in a park (引导A、B等企业向P集聚) places no firm', async () => {
    const x = await runDoc('某州三七产业链实施方案\n\n一、重点任务\n引导青岚制药、云杉三七科技等企业向白鹭三七产业园区集聚。\n');
    expect(all(x, 'LOCATED_IN')).toEqual([]);
  });
});

describe('blind10 r06, blind9 r04: P是国家级高新区，已形成X、Y和Z三大主导产业', () => {
  it('the park hosts each counted industry (stated), the items the mention reader left too', async () => {
    const x = await runDoc(
      '白鹭高新技术产业开发区产业发展规划\n\n第一章　发展基础\n\n白鹭高新技术产业开发区（以下简称高新区）是国家级高新区，经过多年发展，已形成新能源汽车及动力电池、金属新材料和电子信息三大主导产业，是全省产业集聚度最高的园区之一。\n',
    );
    const hosts = all(x, 'HOSTS').filter((e) => e.includes('白鹭高新技术产业开发区'));
    expect(hosts.length).toBeGreaterThanOrEqual(4);
    for (const i of ['新能源汽车', '动力电池', '金属新材料', '电子信息']) {
      expect(strong(x, 'HOSTS')).toContain(`park:白鹭高新技术产业开发区 -> industry:${i}`);
    }
    // (the count and the framing are no industries)
    expect(hosts.filter((e) => /主导产业|三大|园区之一/.test(e))).toEqual([]);
  });
  it('another subject before 已形成 (我市已形成…) or a plan (力争形成…) gives the park nothing', async () => {
    const x = await runDoc(
      '某市产业发展规划\n\n一、基础\n白鹭经济开发区是省级开发区。我市已形成电子信息、食品加工两大主导产业。白鹭经济开发区力争形成装备制造、新材料两大主导产业。\n',
    );
    expect(all(x, 'HOSTS').filter((e) => /电子信息|食品加工/.test(e))).toEqual([]);
    // (a goal is no present fact: whatever ties the plan gives, none is stated)
    const stated = x.edges.filter((e) => e.type === 'HOSTS' && e.properties.basis === 'stated').map((e) => e.target);
    expect(stated.filter((t) => /装备制造|新材料/.test(t))).toEqual([]);
  });
});
