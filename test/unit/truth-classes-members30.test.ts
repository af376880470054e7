// Membership classes of the thirtieth round (IN_INDUSTRY / INNOVATES_FOR, firm names), read from the wrong and missed
// lists of the development sets, one test per class, on short texts of the genre written for these tests (names
// invented, not in the lexicon). Each asserts the edges the class states and what it must not add.
import { describe, expect, it } from 'vitest';
import { runDoc, strong } from '../fixtures/class-doc.ts';

describe('A是…X企业，B是…Y企业: a later copula clause of another subject types that subject, not the first firm (blind43 r02)', () => {
  const doc = (title: string) => `青川市有色金属产业若干措施\n\n第三条 ${title}。青川铝业集团是全国领先的高端铝板带生产企业，澄江环境是省内重要的汽车轮毂企业。\n`;
  it('of a measure title joining two industries, the firm keeps the one the other subject is not typed by', async () => {
    const ties = strong(await runDoc(doc('提升铝加工和汽车轮毂产业')), 'IN_INDUSTRY').filter((e) => e.startsWith('enterprise:青川铝业集团 '));
    expect(ties).toContain('enterprise:青川铝业集团 -> industry:高端铝板带');
    expect(ties).toContain('enterprise:青川铝业集团 -> industry:铝加工');
    expect(ties).not.toContain('enterprise:青川铝业集团 -> industry:汽车轮毂');
  });
  it('a title of one industry still places the firm in it', async () => {
    const ties = strong(await runDoc(doc('提升铝加工产业')), 'IN_INDUSTRY').filter((e) => e.startsWith('enterprise:青川铝业集团 '));
    expect(ties).toContain('enterprise:青川铝业集团 -> industry:铝加工');
    expect(ties).not.toContain('enterprise:青川铝业集团 -> industry:汽车轮毂');
  });
});

describe('a body of a university written after its name is the Lab (blind43 r04/r08, blind44 r04, blind17 r04)', () => {
  it('X大学附属Y医院 / X大学（P）高等研究院 / X大学P科创中心 are read whole', async () => {
    const x = await runDoc('青川区生物医药产业发展工作要点\n\n一、发展细胞治疗\n\n1. 建设研发平台。以青川大学附属第一医院和澄江大学（青川）高等研究院为创新源头，服务细胞治疗和基因检测。以澄江大学青川国际科创中心为支撑，服务合成生物。\n');
    const labs = x.nodes.filter((n) => n.label === 'Lab').map((n) => n.name);
    expect(labs).toEqual(expect.arrayContaining(['青川大学附属第一医院', '澄江大学(青川)高等研究院', '澄江大学青川国际科创中心']));
    expect(labs).not.toContain('青川大学');
    expect(labs.filter((n) => n === '澄江大学' || n === '澄江大学(青川)')).toEqual([]);
  });
  it('a body the university is to build is no part of its name (依托A大学建设X研究中心 / A大学在P设立X研究院)', async () => {
    const x = await runDoc('青川区生物医药产业发展工作要点\n\n一、发展细胞治疗\n\n1. 建设研发平台。依托青川大学建设细胞治疗工程技术研究中心。支持澄江大学在青川设立合成生物研究院。\n');
    const labs = x.nodes.filter((n) => n.label === 'Lab').map((n) => n.name);
    expect(labs.filter((n) => /青川大学建设|澄江大学在/.test(n))).toEqual([]);
  });
});
