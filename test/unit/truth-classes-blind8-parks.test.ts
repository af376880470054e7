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
