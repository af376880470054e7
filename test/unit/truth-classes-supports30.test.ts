// SUPPORTS / MENTIONS classes found by supports30 (blind43/blind44 and every earlier truth set). Each test runs a short
// document written for it (names and places invented) through the real read, structure and extraction stages, and
// asserts what the class gives and what must not come.
import { describe, expect, it } from 'vitest';
import { named, runDoc } from '../fixtures/class-doc.ts';

describe('a measure sentence closing with who carries it out (…，由A、B负责落实) still names its firms and targets (blind43 r01; the assigning clause alone is responsibility text)', () => {
  const doc =
    '青禾市锆材产业发展规划\n\n一、发展基础\n全市已形成海绵锆、核级锆管、锆合金粉三大产品，青禾锆业是国内重要的海绵锆企业。\n\n二、重点工程\n' +
    '1．锆材强链工程。支持白水锆材建设核级锆管生产线。\n' +
    '2．锆材焕新工程。组织青禾锆业等企业参加国际锆材展，设立规模5亿元的青禾市产业发展基金，推动锆合金粉产业发展，由市经信局、市商务局负责落实。\n';
  it('the firm and the product of the sentence are the measure\'s; the departments stay its responsible bodies', async () => {
    const x = await runDoc(doc);
    expect(named(x, 'MENTIONS')).toContain('#2 -> 青禾锆业');
    expect(named(x, 'SUPPORTS')).toContain('#2 -> 锆合金粉');
    const m2 = x.doc.measures.find((m) => m.number === '2')!;
    expect(m2.responsibilities.map((r) => r.name).sort()).toEqual(['市商务局', '市经信局']);
    // (the departments are no organisations the measure mentions)
    expect(named(x, 'MENTIONS').filter((s) => s.startsWith('#2') && /局/.test(s))).toEqual([]);
  });
});

describe('a measure relying on typed lists of firms for local supply only (依托A等X企业和B等Y企业，提升本地配套率) supports no X, Y; named again they are its target (blind35 r02, blind39 r02, blind43 r02/r07 wrong; blind29 r02, blind32 r02/r03, blind dev4 q03 kept)', () => {
  const doc =
    '青禾市锆材产业高质量发展若干措施\n\n一、做强链条\n' +
    '第一条 完善本地配套。依托青禾锆业、白水锆材等海绵锆企业和青禾精工等锆合金管材企业，提升本地配套率，对本地配套采购额超过1000万元的企业给予20万元奖励。\n' +
    '第二条 提升配套比例。依托东岭锆粉等锆合金粉企业和红石新材等锆靶材企业，提高本地锆合金粉和锆靶材配套比例。\n';
  it('the kinds of the suppliers are no targets; the kinds the sentence names again are', async () => {
    const x = await runDoc(doc);
    const sup = named(x, 'SUPPORTS');
    expect(sup).not.toContain('#一 -> 海绵锆');
    expect(sup).not.toContain('#一 -> 锆合金管材');
    expect(sup).toContain('#二 -> 锆合金粉');
    expect(sup).toContain('#二 -> 锆靶材');
    // (the firms keep their kinds)
    expect(named(x, 'IN_INDUSTRY')).toContain('青禾锆业 -> 海绵锆');
  });
});

describe('labs a measure takes as its technical support, serving named fields (以L1、L2为技术支撑，服务X和Y两个产业), give the measure those fields as 为创新源头 does (blind29 r01, blind35 r06/r08, blind36 r04, blind39 r04, blind44 r08, blind50 r02/r05/r06)', () => {
  const doc =
    '青禾县食品产业发展若干措施\n\n一、做强链条\n' +
    '第一条 建设创新平台。以青禾大学食品科学与工程学院、青禾农业科学院农产品加工研究所为技术支撑，服务粽子和腊味两个产业。对新认定的省级以上研发平台给予100万元奖励。\n';
  it('the measure supports the fields its labs serve', async () => {
    const x = await runDoc(doc);
    const sup = named(x, 'SUPPORTS');
    expect(named(x, 'INNOVATES_FOR')).toContain('青禾农业科学院农产品加工研究所 -> 粽子');
    expect(sup).toContain('#一 -> 粽子');
    expect(sup).toContain('#一 -> 腊味');
  });
});

describe('a two-character industry the document named, written again in a measure (重点投向袜业、珍珠和X项目 / 对丝网企业…), is its target; task words and heads of longer tokens are not (blind5, 8, 9, 14, 29, 30, 31, 32, 36, 39, 43, 50, dev4, 6 r03 强链)', () => {
  const doc =
    '青禾县关于推动袜业、珍珠和锆材产业高质量发展的若干措施\n\n为加快传统优势产业转型升级，制定以下措施。\n\n一、做强产业\n\n' +
    '第一条 做强袜业和珍珠产业。以青禾理工大学袜业研究院为创新源头，服务袜业和珍珠。\n\n' +
    '第二条 强链。\n\n' +
    '二、强化要素保障\n\n' +
    '第三条 加大金融支持。设立规模10亿元的青禾县产业发展基金，重点投向袜业、珍珠和锆材新材料项目。\n\n' +
    '第四条 补齐原料。支持企业建设年产1万吨袜业66专用纱项目。\n';
  it('the fund measure supports the short names; the bare task title and the longer token give nothing', async () => {
    const x = await runDoc(doc);
    const sup = named(x, 'SUPPORTS');
    expect(sup).toContain('#三 -> 袜业');
    expect(sup).toContain('#三 -> 珍珠');
    expect(sup.filter((s) => s.startsWith('#二'))).toEqual([]);
    expect(sup).not.toContain('#四 -> 袜业');
  });
});
