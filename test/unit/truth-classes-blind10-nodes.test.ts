// Node classes found on the set blind10 (branch nodes12): short documents of the genre written for these tests
// (places, firms and labs invented); each asserts what the class gives and what it must not give.
import { describe, expect, it } from 'vitest';
import { names, runDoc } from '../fixtures/class-doc.ts';

describe('blind10 r05, blind9, blind2: a lab named “X保护与利用” runs across the joiner after a verb', () => {
  it('鹤省茶树资源保护与利用重点实验室 is one lab, no 利用重点实验室', async () => {
    const x = await runDoc(
      '某市茶产业链实施方案\n\n一、重点任务\n\n1．建设创新平台。以鹤城学院茶学研究院、鹤省茶树资源保护与利用重点实验室为创新源头，服务茶树种植。\n',
    );
    const labs = names(x, 'Lab');
    expect(labs).toContain('鹤省茶树资源保护与利用重点实验室');
    expect(labs).not.toContain('利用重点实验室');
  });
  it('a verb alone before 与 opens no name (推动与鹤城开发区共建…, 同时与鹤城研究所合作)', async () => {
    const x = await runDoc('某市汽车产业规划\n\n一、空间布局\n\n推动与鹤城开发区共建产业合作园。同时与鹤省煤炭化学研究所开展合作研发。\n');
    expect(names(x, 'Park').filter((n) => /^(推动|与)/.test(n))).toEqual([]);
    expect(names(x, 'Lab').filter((n) => /^(同时|与)/.test(n))).toEqual([]);
  });
});

describe('blind10 r05: 三七 (two digit characters) names a crop inside names, not a count', () => {
  it('三七提取物产业园, 文山学院三七研究院 and a 三七产业链 title keep 三七', async () => {
    const x = await runDoc(
      '鹤山州三七产业链高质量发展实施方案\n\n一、重点任务\n\n1．做强加工。在鹤山三七产业园区建设三七提取物产业园，重点发展三七皂苷单体。\n' +
        '2．建设平台。以鹤山学院三七研究院为创新源头，服务三七种植。\n',
    );
    expect(names(x, 'Park')).toEqual(['三七提取物产业园', '鹤山三七产业园区']);
    expect(names(x, 'Lab')).toContain('鹤山学院三七研究院');
    // (the title's subject is the crop, not the prefecture written with 州)
    expect(names(x, 'Industry')).toContain('三七');
    expect(names(x, 'Industry').filter((n) => n.startsWith('鹤山州'))).toEqual([]);
  });
});

describe('blind10 r05: an amount and its unit are no part of a base’s name', () => {
  it('对新建的连片500亩以上标准化基地 / 建设50万亩标准化种植基地 name no park', async () => {
    const x = await runDoc(
      '某州茶产业链实施方案\n\n一、重点任务\n\n1．稳定种植。建设50万亩茶叶标准化种植基地，对新建的连片500亩以上标准化基地给予每亩300元补助。\n',
    );
    expect(names(x, 'Park').filter((n) => /^(\d|上)/.test(n))).toEqual([]);
  });
});

describe('blind10 r02, blind9 r08, blind b07: 先行区 closes a zone’s name (a goal or a benchmark stays none)', () => {
  it('琼海乐城国际医疗旅游先行区重点发展… is one zone (a place opens it), no 琼海乐城 “城”; 建成…先行区 and 对标…先行区 name none', async () => {
    const x = await runDoc(
      '某省生物医药若干措施\n\n第一条　优化布局。琼海乐城国际医疗旅游先行区重点发展高端医疗器械。\n' +
        '第二条　对标鹤岭低空经济先行区，建成全国领先的数字经济先行区。\n',
    );
    expect(names(x, 'Park')).toEqual(['琼海乐城国际医疗旅游先行区']);
  });
  it('a 城 followed by a trade name and its line of business is inside a firm’s name (支持鹤南乐城康源医疗科技拓展…)', async () => {
    const x = await runDoc('某省生物医药若干措施\n\n第一条　支持鹤南乐城康源医疗科技拓展进口医疗器械注册代理服务。\n');
    expect(names(x, 'Park')).toEqual([]);
    expect(names(x, 'Enterprise')).toEqual(['鹤南乐城康源医疗科技']);
  });
});

describe('blind10 r05, r07, r08: counts, a chain’s make-up and a strength are no industry', () => {
  it('“A—B”和“C—D”两条产业链条 gives no industry 两条; 二、产业链构成 none; 杯壶优势产业 is 杯壶', async () => {
    const x = await runDoc(
      '某市五金产业调研报告\n\n一、产业链构成\n\n全市已形成“煤炭—焦炭—煤焦油”和“煤炭—焦炭—焦炉煤气”两条产业链条。\n\n' +
        '二、对策建议\n\n（一）做强门业和杯壶优势产业。建议依托甲乙安防发展智能门锁。\n',
    );
    const inds = names(x, 'Industry');
    expect(inds).not.toContain('两条');
    expect(inds).not.toContain('产业链构成');
    expect(inds.filter((n) => n.endsWith('优势'))).toEqual([]);
    expect(inds).toContain('杯壶');
  });
});

describe('blind10 r08: a bare 高新区 in a page that names no city is the zone it named in full', () => {
  it('鹤水高新技术产业开发区 … 高新区将建设… gives no lexicon zone (滨海高新区); 目前园区 names no park', async () => {
    const x = await runDoc(
      '鹤水市召开煤焦化产业新闻发布会\n\n鹤水高新技术产业开发区已集聚甲乙焦化等企业。\n\n' +
        '高新区将建设鹤水氢能产业园，重点发展氢气储运。目前园区已建成标准厂房12万平方米。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).not.toContain('滨海高新区');
    expect(parks).not.toContain('目前园区');
    expect(parks).toContain('鹤水高新技术产业开发区');
    expect(parks).toContain('鹤水氢能产业园');
  });
});

describe('blind10 r01, r03, r04, r06, r08 (and an earlier set): “A是…企业” calls the clause’s opening name a firm', () => {
  it('鹤航安吉是国内重要的航空精密铸件生产企业 names the firm 鹤航安吉; 我市/该园区是… names none', async () => {
    const x = await runDoc(
      '某市航空产业分工方案\n\n一、重点任务\n\n3. 提升铸造能力.鹤航安吉是国内重要的航空精密铸件生产企业,要支持其扩大铸件产能.\n' +
        '4. 壮大集群.该园区是全市重要的航空配套企业集聚地,我市是全国重要的航空制造企业.\n',
    );
    expect(names(x, 'Enterprise')).toEqual(['鹤航安吉']);
  });
});
