// SUPPORTS class measured by supports28 and landed by the lead (all 35 sets scored: 6 wrong edges fewer in blind2, blind24,
// blind35 and heldout, no right edge lost): in a measure "依托A、B等X企业…，发展P和Q", X says who the firms are and
// P, Q are what the measure supports. A short document written for the test (names invented) runs through the real stages.
import { describe, expect, it } from 'vitest';
import { named, runDoc } from '../fixtures/class-doc.ts';

describe('a typed list of firms followed by what the measure develops (依托A等X企业，发展P)', () => {
  it('the measure supports what it develops, not the kind of the firms it relies on', async () => {
    const x = await runDoc(
      '青禾市新材料产业若干措施\n\n第一条　做强碳基材料。依托青禾碳素、白水石墨等石墨电极企业，发展等静压石墨和碳纤维复合材料，对新建项目给予补助。\n',
    );
    const sup = named(x, 'SUPPORTS');
    expect(sup).toContain('#一 -> 碳基材料');
    expect(sup).not.toContain('#一 -> 石墨电极');
    // (the firms still belong to their kind)
    expect(named(x, 'IN_INDUSTRY')).toContain('青禾碳素 -> 石墨电极');
  });
  it('a typed list with no development after it keeps its kind as the measure\'s target', async () => {
    const x = await runDoc(
      '青禾市新材料产业若干措施\n\n第一条　壮大骨干企业。依托青禾碳素、白水石墨等石墨电极企业，对年产值首次超过10亿元的给予奖励。\n',
    );
    expect(named(x, 'SUPPORTS')).toContain('#一 -> 石墨电极');
  });
});

describe('a research body named before its kind (labNameBounds): no verb and no counted category becomes a lab (seeds audit, 004)', () => {
  const doc = (s: string) => `青禾市某区2026年工作要点\n\n一、科技创新\n${s}\n`;
  it('a verb of taking part (主动参与, 参与, 融入, 对接) opens the clause, it is no part of the lab\'s name', async () => {
    const x = await runDoc(doc('1．建强协同创新载体。用好飞地创新中心，主动参与青禾国家技术创新中心白水分中心建设。'));
    const labs = x.nodes.filter((n) => n.label === 'Lab').map((n) => n.name);
    expect(labs).toContain('青禾国家技术创新中心白水分中心');
    expect(labs.filter((n) => /参与/.test(n))).toEqual([]);
  });
  it('a level and a kind of holder before the kind (市级企业重点实验室5家) is a counted category, no lab', async () => {
    const x = await runDoc(doc('到2027年，累计培育市级企业技术中心45家，市级企业重点实验室5家，市级工程研究中心6家。'));
    expect(x.nodes.filter((n) => n.label === 'Lab').map((n) => n.name)).toEqual([]);
  });
  it('a field or a university before the kind still names a body', async () => {
    const x = await runDoc(doc('依托青禾大学碳材料教育部重点实验室、青禾市石墨烯工程技术研究中心，服务碳基材料产业。'));
    const labs = x.nodes.filter((n) => n.label === 'Lab').map((n) => n.name);
    expect(labs).toEqual(expect.arrayContaining(['青禾大学碳材料教育部重点实验室', '青禾市石墨烯工程技术研究中心']));
  });
});
