// Park classes of the parks26 round (blind29–32 and the older sets), each seen in several documents and sets: short
// documents of the genre written for these tests (places, firms and parks invented); each asserts what the class gives
// and what it must not give.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind15/17/18/23/29/30/31/32: a layout counting its parks (“一区三园”) and listing them names the zone’s parts', () => {
  const doc =
    '某山高新技术产业开发区产业发展规划\n\n一、空间布局\n\n' +
    '按照“一区三园”布局，某山高新区下设精密仪表产业园、健康食品产业园和现代中药产业园。\n' +
    '“一区四园”即某山高新技术产业开发区及石岭园、松涛园、云溪园和桂湾园。\n' +
    '开发区实行“一区三园”管理体制，由东区、西区和滨河临港产业园组成。\n' +
    '推动“一区三园”协同发展，加强与甲城经济开发区、乙城产业园的合作。\n' +
    '构建“一区三园”格局，重点发展仪器仪表和现代中药两大产业。\n' +
    '按照“一区四园”布局，下设丙岭产业园和丁湖产业园。\n';

  it('each listed park is part of the zone (stated), whatever the verb (下设, 即Z及, 由…组成)', async () => {
    const x = await runDoc(doc);
    const p = strong(x, 'PART_OF');
    const zone = 'park:某山高新技术产业开发区';
    for (const part of ['精密仪表产业园', '健康食品产业园', '现代中药产业园', '石岭园', '松涛园', '云溪园', '桂湾园', '东区', '西区', '滨河临港产业园']) {
      expect(p.filter((e) => e.startsWith(`park:${part} ->`) || e.includes(`:${part} -> ${zone}`))).toContain(`park:${part} -> ${zone}`);
    }
  });

  it('no list, a list of another length, or a cooperation partner gives no part', async () => {
    const x = await runDoc(doc);
    const p = all(x, 'PART_OF');
    expect(p.filter((e) => /甲城经济开发区|乙城产业园|丙岭产业园|丁湖产业园/.test(e))).toEqual([]);
  });
});
