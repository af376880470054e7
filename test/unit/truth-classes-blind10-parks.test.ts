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

describe('blind10 r06, dev8 r06: Z由本部和P1、P2…N个专业园区组成 (一区多园 written the other way round)', () => {
  it('each park of the list is part of the zone (structure), a park the mention reader left too; 本部 is no park of the list', async () => {
    const x = await runDoc(
      '白鹭高新技术产业开发区产业发展规划\n\n第三章　空间布局\n\n白鹭高新区按照“一区多园”布局，由本部和青岚科技园、云杉生态智慧区、赤松新能源产业园三个专业园区组成。\n',
    );
    const parts = strong(x, 'PART_OF').filter((e) => e.startsWith('park:'));
    expect(parts).toContain('park:青岚科技园 -> park:白鹭高新技术产业开发区');
    expect(parts).toContain('park:云杉生态智慧区 -> park:白鹭高新技术产业开发区');
    expect(parts).toContain('park:赤松新能源产业园 -> park:白鹭高新技术产业开发区');
    expect(parts.filter((e) => /本部/.test(e))).toEqual([]);
  });
  it('由…组成 naming no places (由A、B两部分组成 / 由企业和高校组成的联盟) gives no part', async () => {
    const x = await runDoc('白鹭高新技术产业开发区产业发展规划\n\n第三章　组织\n\n白鹭高新技术产业开发区产业联盟由青岚科技、云杉电子等企业组成。\n');
    expect(all(x, 'PART_OF').filter((e) => e.startsWith('park:') || e.startsWith('enterprise:'))).toEqual([]);
  });
});

describe('blind10 r06, blind8 r06: a word standing for the park after a settling verb (已落户该园 / 等企业落户于此)', () => {
  it('the firms of the clause are located in the park that opened an earlier clause of the sentence (stated)', async () => {
    const x = await runDoc(
      '某高新区产业发展规划\n\n第三章　空间布局\n\n白鹭新能源汽车产业园重点发展智能网联整车和汽车零部件，青岚汽车、云杉汽车部件等企业已落户该园。赤松工业区是全市现代煤化工的主要承载地，白鹭能源化工、青岚化工等企业落户于此，赤松工业区北区重点发展高端聚烯烃。\n',
    );
    const located = strong(x, 'LOCATED_IN');
    expect(located).toContain('enterprise:青岚汽车 -> park:白鹭新能源汽车产业园');
    expect(located).toContain('enterprise:云杉汽车部件 -> park:白鹭新能源汽车产业园');
    expect(located).toContain('enterprise:白鹭能源化工 -> park:赤松工业区');
    expect(located).toContain('enterprise:青岚化工 -> park:赤松工业区');
    // (each firm in its own sentence's park)
    expect(located).not.toContain('enterprise:青岚汽车 -> park:赤松工业区');
  });
  it('firms asked to settle there (鼓励A、B落户该园) are not placed', async () => {
    const x = await runDoc('某高新区产业发展规划\n\n第三章　空间布局\n\n白鹭新能源汽车产业园重点发展智能网联整车，鼓励青岚汽车、云杉汽车部件落户该园。\n');
    expect(all(x, 'LOCATED_IN')).toEqual([]);
  });
});

describe('blind10 r05, dev8 r04: a chain level line naming items, no one segment (下游：A、B和C。…承载园区：P。)', () => {
  const doc =
    '某州三七产业链实施方案\n\n二、产业链构成\n\n中游：初加工和提取物。细分环节包括三七饮片、三七粉和三七总皂苷提取。重点企业：青岚制药、云杉三七科技。承载园区：白鹭三七产业园区。\n\n下游：中成药、保健食品和日化产品。重点企业：赤松药业（中成药）。承载园区：白鹭三七产业园区、云杉工业园区。\n';
  it('the parks of the line host its items — the 细分环节 items when the line gives them — and no heading or joined level', async () => {
    const x = await runDoc(doc);
    const hosts = strong(x, 'HOSTS');
    for (const i of ['三七饮片', '三七粉', '三七总皂苷提取', '中成药', '保健食品', '日化产品']) expect(hosts).toContain(`park:白鹭三七产业园区 -> industry:${i}`);
    for (const i of ['中成药', '保健食品', '日化产品']) expect(hosts).toContain(`park:云杉工业园区 -> industry:${i}`);
    // (each level's parks their own level's items; the section heading 产业链构成 and the bare stage words are no segment)
    expect(hosts).not.toContain('park:云杉工业园区 -> industry:三七粉');
    expect(all(x, 'HOSTS').filter((e) => /产业链构成|初加工与提取物|初加工和提取物/.test(e))).toEqual([]);
    expect(all(x, 'IN_INDUSTRY').filter((e) => /产业链构成/.test(e))).toEqual([]);
  });
  it('a level line naming one segment (上游：镍钴采选冶炼。…承载园区：P。) still gives that segment', async () => {
    const x = await runDoc('某市镍钴产业链图谱\n\n一、产业链图谱\n\n上游：镍钴采选冶炼。细分环节：镍矿采选、钴矿采选。链主企业：青岚集团。承载园区：白鹭经济技术开发区。\n');
    expect(strong(x, 'HOSTS')).toContain('park:白鹭经济技术开发区 -> industry:镍钴采选冶炼');
  });
});

describe('blind10 r07: 建议在Z建设Q，重点发展X和Y in a 调研报告 — the suggestion opens the clause like a decision (会议同意在Z建设Q)', () => {
  it('Q lies in Z and hosts the next clause’s focus (planned), not the document’s industry alone', async () => {
    const x = await runDoc('某市五金产业发展调研报告\n\n四、对策建议\n\n建议在白鹭高新技术产业园区建设白鹭园林机械产业园，重点发展锂电园林工具和智能割草机器人。\n');
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:白鹭园林机械产业园 -> industry:锂电园林工具');
    expect(hosts).toContain('park:白鹭园林机械产业园 -> industry:智能割草机器人');
    expect(strong(x, 'LOCATED_IN')).toContain('park:白鹭园林机械产业园 -> park:白鹭高新技术产业园区');
    // (the zone it is built in does not host the new park's focus by this rule)
    expect(hosts).not.toContain('park:白鹭高新技术产业园区 -> industry:锂电园林工具');
  });
});
