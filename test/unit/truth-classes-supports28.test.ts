// SUPPORTS / MENTIONS / Measure classes found by supports28 (blind29–blind40, dev sets). Each test runs a short document
// written for it (names and places invented) through the real read, structure and extraction stages, and asserts what the
// class gives and what must not come.
import { describe, expect, it } from 'vitest';
import { named, numbers, runDoc } from '../fixtures/class-doc.ts';

describe('a title-only 1. whose points (1)(2)… restart below it is the measure (工作要点: blind36 r08)', () => {
  const doc =
    '青禾市特色农业2026年工作要点\n\n一、重点工作\n1. 做强蓝莓产业链\n(1)青禾农业园是全市蓝莓加工的核心承载区，已集聚青禾蓝莓食品、白水果业等企业。\n' +
    '(2)支持青禾蓝莓食品建设蓝莓果干生产线。\n责任单位：市农业农村局\n2、培育白水葛根品牌\n(1)依托白水葛业发展葛根粉和葛根饮料。\n' +
    '(2)鼓励白水果业开拓电商渠道。\n责任单位：市商务局\n3. 推动农旅融合发展\n(1)在东山区建设青禾农旅示范园，推出精品线路3条。\n';
  it('the numbered title is measure N, its points are its content: the firms of (1)(2) are mentioned by #1, not by a #2 of points', async () => {
    const x = await runDoc(doc);
    const men = named(x, 'MENTIONS');
    expect(men).toContain('#1 -> 青禾蓝莓食品');
    expect(men).toContain('#1 -> 白水果业');
    expect(men).toContain('#2 -> 白水葛业');
    expect(men).not.toContain('#2 -> 青禾蓝莓食品');
    expect(men).not.toContain('#1 -> 白水葛业');
    expect(numbers(x.doc)).toEqual(['1', '2', '3']);
  });
  it('the title on the numbered line is the measure\'s title and names what it supports', async () => {
    const x = await runDoc(doc);
    expect(x.doc.measures.map((m) => m.title)).toEqual(['做强蓝莓产业链', '培育白水葛根品牌', '推动农旅融合发展']);
    expect(named(x, 'SUPPORTS')).toContain('#1 -> 蓝莓');
    // (an integration of two fields, X融合发展, is no industry)
    expect(x.nodes.filter((n) => n.label === 'Industry' && /融合/.test(n.name))).toEqual([]);
  });
  it('a title-only 1. with a heading-like (1) below it (short, no sentence) stays a heading', async () => {
    const x = await runDoc('青禾市新材料产业发展规划\n\n一、发展重点\n1. 先进金属材料\n(1)锆基材料\n做强锆基新材料，青禾锆业扩大产能。\n(2)钽铌材料\n发展钽铌新材料。\n');
    expect(x.doc.measures.map((m) => m.title)).not.toContain('先进金属材料');
  });
});

describe('the links of a chain a measure writes out (“A—B—C”) are its shape, not its targets (blind35 r02/r07, blind36 r02, blind39 r02/r06, blind40 r07, blind9 r02, blind16 r02, blind24 r08 …)', () => {
  it('a measure describing or extending a chain supports the chain, not each link', async () => {
    const x = await runDoc(
      '青禾市有色金属产业高质量发展若干措施\n\n一、做强产业链条\n第一条　构建完整链条。我市有色金属产业已形成“锆英砂—氧化锆—海绵锆—锆材”的产业链，拥有规上企业30余家。\n' +
        '第二条　支持龙头企业。以青禾锆业为龙头，发展核级锆材和锆合金管，按照“锆英砂—海绵锆—锆合金管”的链条推动资源就地转化。\n',
    );
    const sup = named(x, 'SUPPORTS');
    for (const link of ['锆英砂', '氧化锆', '海绵锆', '锆材']) {
      expect(sup).not.toContain(`#一 -> ${link}`);
      expect(sup).not.toContain(`#二 -> ${link}`);
    }
    // (what the measure names to develop outside the chain it still supports)
    expect(sup.filter((e) => e.startsWith('#二 -> ') && /锆合金管|核级锆材/.test(e)).length).toBeGreaterThan(0);
    expect(sup).toContain('#一 -> 有色金属');
  });
  it('a link named again outside the chain in the same sentence is supported', async () => {
    const x = await runDoc('青禾市生物基材料行动方案\n\n一、重点任务\n1．做强糠醛链条。以青禾生物为链主，发展糠醛、糠醇和呋喃树脂，产业链条按“玉米芯—糠醛—糠醇—呋喃树脂”延伸。\n');
    const sup = named(x, 'SUPPORTS');
    expect(sup).toContain('#1 -> 糠醛');
    expect(sup).toContain('#1 -> 呋喃树脂');
    expect(sup).not.toContain('#1 -> 玉米芯');
  });
  it('a chain the measure builds (构建/打通/围绕“A—B—C”) keeps its links as targets', async () => {
    const x = await runDoc('青禾市生物基材料行动方案\n\n一、重点任务\n1．完善产业链条。围绕“秸秆收储—糠醛提取—呋喃树脂”的产业链条，补齐催化剂等关键环节。\n');
    expect(named(x, 'SUPPORTS')).toContain('#1 -> 秸秆收储');
  });
});

describe('a measure title of verb, industry and what is done with it names its target (壮大蜂产品加工, 推进盐化工精细化, 米酒提质工程: blind39 r01/r05/r06, blind29 r01, blind31 r01, blind32 r01, blind35 r07, blind40 r01/r03 …)', () => {
  it('the industry between the verb and the tail is supported when the document or the lexicon knows it', async () => {
    const x = await runDoc(
      '青禾市特色食品产业2026年工作要点\n\n一、发展基础\n全市已形成黄酒、葛根粉两大特色产业。\n\n二、重点工作\n1.推进黄酒精细化。支持青禾酒业扩大产能，新增生产线2条。\n' +
        '2.葛根粉提质工程。鼓励白水葛业建设标准化车间。\n3.强化人才保障。每年引进专业人才50名。\n',
    );
    const sup = named(x, 'SUPPORTS');
    expect(sup).toContain('#1 -> 黄酒');
    expect(sup).toContain('#2 -> 葛根粉');
    expect(sup.filter((e) => e.startsWith('#3 '))).toEqual([]);
  });
  it('a title whose middle is no industry (完善创新和金融支撑, 建设创新平台) supports nothing by it', async () => {
    const x = await runDoc('青禾市特色食品产业2026年工作要点\n\n一、重点工作\n1.完善创新和金融支撑。设立规模1亿元的产业基金。\n2.建设创新平台。支持企业建设研发中心。\n');
    expect(named(x, 'SUPPORTS')).toEqual([]);
  });
});
