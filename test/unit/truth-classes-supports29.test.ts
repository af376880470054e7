// SUPPORTS / MENTIONS classes found by supports29 (blind29–blind40 and every earlier truth set). Each test runs a short
// document written for it (names and places invented) through the real read, structure and extraction stages, and
// asserts what the class gives and what must not come.
import { describe, expect, it } from 'vitest';
import { named, runDoc } from '../fixtures/class-doc.ts';

describe('an industry named in a benchmarking clause (对标/学习借鉴 … 的X产业集群/经验) is no target of the measure (blind6 r04, blind11 r02, blind18 r02/r07, blind22 r06, blind24 r06, blind31 r07)', () => {
  const doc =
    '青禾市先进制造业2026年工作要点\n\n一、发展基础\n全市已形成智能农机、锆材、储能电池三大产业。\n\n二、重点工作\n' +
    '1.做强智能农机产业。支持青禾农机扩大产能，对标江南省白沙市、北川省红石市的锆材产业集群，学习借鉴东岭县发展储能电池的经验。\n' +
    '2.做强锆材产业。支持青禾锆业建设锆材深加工车间。\n';
  it('the measure supports what it develops, not what its benchmark clause names', async () => {
    const x = await runDoc(doc);
    const sup = named(x, 'SUPPORTS');
    expect(sup).toContain('#1 -> 智能农机');
    expect(sup).not.toContain('#1 -> 锆材');
    expect(sup).not.toContain('#1 -> 储能电池');
    expect(sup).toContain('#2 -> 锆材');
  });
});

describe('an organisation the document named, written again whole in a measure where no mention was read, is mentioned by it (blind2, 3, 4, 5, 8, 9, 12, 17, 18, 19, 23, 30, 31, 35, 36, 40, dev4, dev5)', () => {
  const doc =
    '青禾市锆材产业高质量发展若干措施\n\n一、做强链条\n第一条　培育链主。以青禾锆业为链主，带动海绵锆和锆材协同发展。\n' +
    '第二条　加大金融支持。支持青禾锆业上市融资，对完成股改的企业给予100万元奖励。\n' +
    '第三条　强化园区承载。白水经济开发区重点发展锆材深加工。设立白水经济开发区产业投资基金。（市工信局牵头，白水经济开发区管委会配合）\n';
  it('the firm and the zone named again are mentioned', async () => {
    const x = await runDoc(doc);
    const men = named(x, 'MENTIONS');
    expect(men).toContain('#一 -> 青禾锆业');
    expect(men).toContain('#二 -> 青禾锆业');
    expect(men).toContain('#三 -> 白水经济开发区');
  });
});

describe('a product the document named, written again as the object of a line, a project or a plant the measure backs, is its target (建设X生产线 / 建设年产N吨X项目 / 研发X / 推动X企业…: blind4, 8, 11, 19, 23, 24, 29, 30, 31, 32, 36, 40)', () => {
  const doc =
    '青禾市锆材产业2026年工作要点\n\n一、发展基础\n全市已形成海绵锆、核级锆管、锆合金粉三大产品，青禾锆业年产海绵锆5000吨。\n\n二、重点工作\n' +
    '1.推进技术改造。支持青禾锆业建设核级锆管生产线，对技术改造投资给予最高500万元补助。\n' +
    '2.扩大有效投资。支持白水锆材建设年产2万吨海绵锆项目。\n' +
    '3.加强品牌建设。支持青禾锆业研发锆合金粉，推动锆合金粉企业开展品牌化营销。\n';
  it('each measure supports the product of its line, project or research', async () => {
    const x = await runDoc(doc);
    const sup = named(x, 'SUPPORTS');
    expect(sup).toContain('#1 -> 核级锆管');
    expect(sup).toContain('#2 -> 海绵锆');
    expect(sup).toContain('#3 -> 锆合金粉');
    expect(sup).not.toContain('#1 -> 海绵锆');
  });
});

describe('a firm described as what it is (A是国内重要的X企业 / A是较早研制X的企业) gives its measure no target X (blind31 r03, blind35 r07, blind43 r02/r03/r07)', () => {
  it('the described industry is the firm\'s, not the measure\'s; a segment the measure develops is still its target', async () => {
    const x = await runDoc(
      '青禾市锆材产业2026年工作要点\n\n一、发展基础\n全市已形成海绵锆、核级锆管两大产品。\n\n二、重点工作\n' +
        '1.做强龙头企业。青禾锆业是国内重要的海绵锆企业，白水锆材是较早研制核级锆管的企业。支持青禾锆业扩大核级锆管产能。\n',
    );
    const sup = named(x, 'SUPPORTS');
    expect(sup).not.toContain('#1 -> 海绵锆');
    expect(sup).toContain('#1 -> 核级锆管');
  });
});
