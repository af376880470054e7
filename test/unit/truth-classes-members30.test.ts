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

describe('a copula field is the product, not the firm\'s trade, standing or first deed (blind43 r01/r02/r04/r05/r07, blind44 r01/r06)', () => {
  const doc = '青川市家居产业若干措施\n\n第二条 壮大家居产业。澄江家私是国内重要的布艺沙发出口企业，青川灯饰是国内较早从事智能灯具和照明控制器研发的企业，澄川矿业是县内骨干石英砂企业，青川锻造是国内重要的大型锻件生产企业。\n';
  it('X出口企业 → X; 较早从事X和Y → X, Y; 县内骨干X → X; 大型 stays part of the product', async () => {
    const ties = strong(await runDoc(doc), 'IN_INDUSTRY');
    for (const t of ['澄江家私 -> industry:布艺沙发', '青川灯饰 -> industry:智能灯具', '青川灯饰 -> industry:照明控制器', '澄川矿业 -> industry:石英砂', '青川锻造 -> industry:大型锻件']) expect(ties).toContain(`enterprise:${t}`);
    expect(ties.filter((e) => /布艺沙发出口|较早|县内|骨干石英砂|industry:锻件$/.test(e))).toEqual([]);
  });
});

describe('a measure title joining two industries is the part the firms\' items share a word with (blind43 r07)', () => {
  it('5. 发展茶叶和花卉产业。依托A、B等企业，发展高山茶叶和茶叶文旅 → A, B in 茶叶, not in 花卉', async () => {
    const x = await runDoc('青川区高精尖产业发展工作要点\n\n一、发展特色农业\n\n5. 发展茶叶和花卉产业。以青川植物园为载体，发展花卉园艺和花卉科普。依托青川云雾茶业、澄江山茗茶业等企业，发展高山茶叶和茶叶文旅。\n');
    const ties = strong(x, 'IN_INDUSTRY');
    expect(ties).toContain('enterprise:青川云雾茶业 -> industry:茶叶');
    expect(ties.filter((e) => /industry:花卉/.test(e))).toEqual([]);
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
