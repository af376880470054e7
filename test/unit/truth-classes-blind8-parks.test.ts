// Park relation classes (HOSTS, LOCATED_IN) found on the blind8 set (branch parks10): short documents of the genre
// written for these tests (places and firms invented). Each asserts what the class gives and what it must not give.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind8 r01: 产业链图谱 lines “上游：X。…承载园区：P。” under a heading naming a part of the document', () => {
  const doc =
    '某市稀土功能材料产业链图谱及强链方案\n\n一、产业链图谱\n' +
    '上游：稀土分离冶炼。细分环节：稀土分离和金属冶炼。链主企业：青岚稀土集团。承载园区：白鹭经济技术开发区。\n' +
    '中游：稀土功能材料。细分环节：钕铁硼磁材和抛光粉。重点企业：澄川磁材（钕铁硼磁材）。承载园区：白鹭经济技术开发区、云杉新材料产业园。\n' +
    '二、发展现状\n全市稀土产业规模持续扩大。\n';
  it('each line’s park hosts the line’s level and its firms are of it; nothing is hosted by the heading 产业链图谱', async () => {
    const x = await runDoc(doc);
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:白鹭经济技术开发区 -> industry:稀土分离冶炼');
    expect(hosts).toContain('park:白鹭经济技术开发区 -> industry:稀土功能材料');
    expect(hosts).toContain('park:云杉新材料产业园 -> industry:稀土功能材料');
    // (a line's fields are its own level's: the 中游 park does not host the 上游 level)
    expect(hosts).not.toContain('park:云杉新材料产业园 -> industry:稀土分离冶炼');
    expect(all(x, 'HOSTS').filter((e) => /图谱/.test(e))).toEqual([]);
    expect(strong(x, 'IN_INDUSTRY')).toContain('enterprise:青岚稀土集团 -> industry:稀土分离冶炼');
    expect(strong(x, 'PART_OF')).toContain('industry:钕铁硼磁材 -> industry:稀土功能材料');
  });
  it('a stage line with a list (上游环节：A、B。) names no level: the fields keep the section’s segment', async () => {
    const x = await runDoc(
      '某市光伏产业链招商图谱\n\n（一）光伏材料\n上游环节：工业硅、多晶硅。重点企业：澄川硅业。承载园区：白鹭经济技术开发区。\n',
    );
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:白鹭经济技术开发区 -> industry:光伏材料');
    expect(hosts.filter((e) => /工业硅、/.test(e))).toEqual([]);
  });
  it('a 承载园区 block under 一、产业链图谱 alone (no stage line) hosts nothing', async () => {
    const x = await runDoc('某市新材料产业链图谱\n\n一、产业链图谱\n重点企业：澄川磁材、青岚稀土集团。\n承载园区：白鹭经济技术开发区。\n');
    expect(all(x, 'HOSTS').filter((e) => /图谱/.test(e))).toEqual([]);
    expect(all(x, 'IN_INDUSTRY').filter((e) => /图谱/.test(e))).toEqual([]);
  });
});

describe('blind8 r01, r07: 在P建设Q(…区)，重点发展X — an area built inside a park, its name ending in 区', () => {
  it('Q is a park in P (planned) and hosts the next clause’s focus; a run-in 二是 before 在 is no obstacle', async () => {
    const x = await runDoc(
      '某市新材料产业链强链方案\n\n三、强链举措\n1．延伸化学品链条。在白鹭化工循环经济产业园建设锂盐化工专区，重点发展碳酸锂和氢氧化锂。\n2．做强制品。一是在云杉碳纤维产业园建设复合材料制品区，重点发展风电叶片主梁和储氢气瓶。\n',
    );
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toContain('park:锂盐化工专区 -> park:白鹭化工循环经济产业园');
    expect(loc).toContain('park:复合材料制品区 -> park:云杉碳纤维产业园');
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:锂盐化工专区 -> industry:碳酸锂');
    expect(hosts).toContain('park:复合材料制品区 -> industry:风电叶片主梁');
    expect(hosts).toContain('park:复合材料制品区 -> industry:储氢气瓶');
    // (the built area's focus is its own: not the other area's)
    expect(hosts).not.toContain('park:锂盐化工专区 -> industry:储氢气瓶');
  });
  it('a designation built in a park (在P建设…先行区) is no park', async () => {
    const x = await runDoc('某市产业方案\n\n三、举措\n1．创新示范。在白鹭经济技术开发区建设碳中和先行区，重点发展氢能装备。\n');
    expect(all(x, 'LOCATED_IN').filter((e) => /先行区/.test(e))).toEqual([]);
  });
});

describe('dev8 r04: a 承载园区 line’s item the mention reader left, its name ending like a park', () => {
  it('is a park hosting the block’s segment; a generic word (重点园区) is none', async () => {
    const x = await runDoc(
      '某市绿色硅光伏和新能源电池链长制工作方案\n\n一、产业链图谱及分工\n\n（一）绿色硅光伏产业链\n\n链主企业：青岚绿能。\n承载园区：白鹭经济技术开发区。\n\n（二）新能源电池产业链\n\n链长：市委副书记。链主企业：澄川电池、白鹭德方纳米科技。\n补链方向：隔膜、铜箔、电池回收。\n承载园区：白鹭经济技术开发区、沾益工业园区、重点园区。\n',
    );
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:白鹭经济技术开发区 -> industry:新能源电池');
    expect(hosts).toContain('park:沾益工业园区 -> industry:新能源电池');
    // (the park line is its own block's: not the other chain's)
    expect(hosts).not.toContain('park:沾益工业园区 -> industry:绿色硅光伏');
    expect(all(x, 'HOSTS').filter((e) => /重点园区/.test(e))).toEqual([]);
  });
});

describe('blind8 r05, r07: a park written after where it lies (Z P已集聚…, 区内的P已集聚…) opening its clause', () => {
  it('Z P已集聚A、B等企业: the firms are in P, not in the zone Z', async () => {
    const x = await runDoc('某市专项资金申报指南\n\n一、支持方向\n3．新能源装备项目。重点支持光伏硅片和风电装备制造项目。白鹭高新区宏伟园区已集聚澄川晶能、岚舟风电设备等企业。\n');
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toContain('enterprise:澄川晶能 -> park:宏伟园区');
    expect(loc).toContain('enterprise:岚舟风电设备 -> park:宏伟园区');
    expect(loc).not.toContain('enterprise:澄川晶能 -> park:白鹭高新区');
  });
  it('…，区内的P已集聚A、B等企业: the firms are in P', async () => {
    const x = await runDoc(
      '某省碳纤维政策解读\n\n问一：布局如何？\n答：“一核”即白鹭经济技术开发区，是全省碳纤维产业的核心承载区，区内的云杉碳纤维产业园已集聚澄川化纤集团、岚舟碳纤维等企业。\n',
    );
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toContain('enterprise:澄川化纤集团 -> park:云杉碳纤维产业园');
    expect(loc).toContain('enterprise:岚舟碳纤维 -> park:云杉碳纤维产业园');
  });
  it('a clause that does not open with the parks places nobody (推动白鹭高新区宏伟园区集聚…)', async () => {
    const x = await runDoc('某市方案\n\n一、任务\n1．集聚发展。推动白鹭高新区宏伟园区集聚澄川晶能等企业。\n');
    expect(strong(x, 'LOCATED_IN').filter((e) => /enterprise:澄川晶能/.test(e))).toEqual([]);
  });
});
