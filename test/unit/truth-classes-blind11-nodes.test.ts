// Node classes found on blind11 (branches nodes11 and nodes13): short documents of the genre written for these tests
// (places, firms and parks invented); each asserts what the class gives and what it must not give. The first: a
// two-character dictionary noun opened by a trigger's character (以利/ns in 以利华益集团为龙头) does not keep the trigger
// inside the name — found when blind11 (hidden all session) was scored at the end: nodes11's rule for 将军庙 (a noun
// of three characters, 在将军庙产业园) had made 以利华益集团 a firm (blind11 r01: 3 wrong edges, 3 missed).
import { describe, expect, it } from 'vitest';
import { all, names, runDoc } from '../fixtures/class-doc.ts';

describe('blind11 r01: 以 + a firm whose first two characters make a dictionary word', () => {
  it('cuts after 以 (利华益集团), and still keeps a three-character noun whole after 在 (将军庙产业园)', async () => {
    const x = await runDoc('某市高端石化产业发展规划\n\n一、重点任务\n\n以利华益集团为龙头，延伸苯酚丙酮、双酚A产业链。支持甲乙化工在将军庙产业园建设新材料项目。\n');
    expect(names(x, 'Enterprise')).toContain('利华益集团');
    expect(names(x, 'Enterprise')).not.toContain('以利华益集团');
    expect(names(x, 'Park')).toContain('将军庙产业园');
  });
});

describe('blind11 r01, blind9 r03 mustNot (国家级绿色化工园区): a qualifier and a field before the bare word 园区 name a category of parks', () => {
  it('合规化工园区 / 全市化工园区 / 专业化工园区 / 国家级绿色化工园区 are no parks; 鹤城化工园区 is one', async () => {
    const x = await runDoc(
      '某市高端石化产业发展规划\n\n第一节　总体布局\n\n推动全市高端石化产业向合规化工园区集中。全市化工园区以外的化工企业基本完成搬迁入园。\n\n' +
        '第二节　多点：专业化工园区\n\n鹤城化工园区重点发展精细化工和高分子材料。支持鹤城化工园区创建国家级绿色化工园区。\n',
    );
    expect(names(x, 'Park')).toEqual(['鹤城化工园区']);
    expect(all(x, 'HOSTS').filter((e) => !e.startsWith('park:鹤城化工园区'))).toEqual([]);
  });

  it('a place-named park with the bare word 园区 stays (鹤城循环经济园区), and an industry before 产业园 names one (高端化工新材料产业园)', async () => {
    const x = await runDoc('某市化工产业规划\n\n一、空间布局\n\n建设鹤城循环经济园区，重点发展资源再生。在东港建设高端化工新材料产业园，重点发展聚碳酸酯。\n');
    const parks = names(x, 'Park');
    expect(parks).toContain('鹤城循环经济园区');
    expect(parks).toContain('高端化工新材料产业园');
  });
});

describe('blind11 r02, blind10/blind9/blind4 texts: a title the state awards firms is no firm', () => {
  it('对首次入选国家级制造业单项冠军、专精特新“小巨人”的企业 gives no enterprise and no MENTIONS', async () => {
    const x = await runDoc(
      '某市电力装备产业若干政策\n\n第一条　支持链主企业做大做强。对甲乙电气等链主企业给予奖励。对首次入选国家级制造业单项冠军、专精特新“小巨人”的企业，分别给予200万元、100万元奖励。\n' +
        '第二条　对首次入选国家级专精特新“小巨人”的企业，给予一百万元奖励。\n',
    );
    expect(names(x, 'Enterprise')).toEqual(['甲乙电气']);
    expect(all(x, 'MENTIONS').filter((e) => /小巨人|冠军/.test(e))).toEqual([]);
  });
});

describe('blind11 r04: a known lab the place bids for (争创) in a document of no city is a goal', () => {
  it('争创国家合成生物技术创新中心 in a zone’s plan gives no lab', async () => {
    const x = await runDoc('某示范区未来产业行动方案\n\n二、重点任务\n\n2．建设合成生物中试平台。对中试平台设备投资给予30%补助。争创国家合成生物技术创新中心。\n');
    expect(names(x, 'Lab')).toEqual([]);
  });
  it('the same known lab relied on (依托…开展研发) stays', async () => {
    const x = await runDoc('某示范区未来产业行动方案\n\n二、重点任务\n\n2．依托国家合成生物技术创新中心开展菌种研发。\n');
    expect(names(x, 'Lab')).toEqual(['国家合成生物技术创新中心']);
  });
});

describe('blind11 r02/r04: a joiner before a university’s name ends the other party', () => {
  it('支持甲乙种业与鹤城农林科技大学共建…联合实验室: the university alone; 联合实验室和产业学院 names none', async () => {
    const x = await runDoc(
      '某市种业行动方案\n\n一、重点任务\n\n1．支持甲乙种业与鹤城农林科技大学共建小麦分子育种联合实验室。\n2．支持企业与高校共建联合实验室和产业学院。\n',
    );
    const labs = names(x, 'Lab');
    expect(labs).toContain('鹤城农林科技大学');
    expect(labs.filter((n) => /[与和]/.test(n))).toEqual([]);
    expect(labs.filter((n) => /产业学院/.test(n))).toEqual([]);
  });
  it('a field alone before 学院 after the joiner is a school of a university (鹤城学院设立化学与化工学院)', async () => {
    const x = await runDoc('某市能化产业地图\n\n一、创新\n\n鹤城学院设立化学与化工学院，为全市培养技能人才。\n');
    expect(names(x, 'Lab')).toEqual(['鹤城学院']);
  });
  it('two universities joined by 和 are both read (鹤城大学和鹤城理工学院为创新源头)', async () => {
    const x = await runDoc('某市装备产业规划\n\n一、创新体系\n\n以鹤城大学和鹤城理工学院为创新源头，服务数控机床。\n');
    expect(names(x, 'Lab')).toEqual(['鹤城大学', '鹤城理工学院']);
  });
});

describe('blind11 r02 and another set’s 创业中心: a centre said to incubate start-ups is an incubator, no lab', () => {
  it('依托鹤城·中关村创新中心孵化初创企业 gives no lab and no MENTIONS of it', async () => {
    const x = await runDoc('某市电力装备若干政策\n\n第五条　依托鹤城·中关村创新中心孵化初创企业，对入驻初创企业给予三年房租减免。\n');
    expect(names(x, 'Lab')).toEqual([]);
    expect(all(x, 'MENTIONS')).toEqual([]);
  });
  it('a centre that does research is still a lab (依托鹤城电力装备创新中心开展联合攻关)', async () => {
    const x = await runDoc('某市电力装备若干政策\n\n第五条　依托鹤城电力装备创新中心开展联合攻关，给予补助。\n');
    expect(names(x, 'Lab')).toEqual(['鹤城电力装备创新中心']);
  });
});

describe('blind11 r02/r03: a degree word makes no segment of its own (高效, 精, 综合)', () => {
  it('白银精深加工 and 白银深加工, 稀贵金属综合回收 and 稀贵金属回收, 高效光伏组件 and 光伏组件: one node each', async () => {
    const x = await runDoc(
      '某市有色金属产业分工方案\n\n一、空间布局\n\n鹤城经济开发区重点发展稀贵金属综合回收和白银深加工；鹤城光伏产业园重点发展光伏组件。\n\n' +
        '二、重点任务\n\n1．做强稀贵金属回收。依托甲乙银业发展白银精深加工和铂族金属回收。\n2．支持丙丁光伏发展高效光伏组件和光伏背板膜。\n',
    );
    const inds = names(x, 'Industry');
    expect(inds.filter((n) => /白银/.test(n))).toHaveLength(1);
    expect(inds.filter((n) => /稀贵金属/.test(n))).toHaveLength(1);
    expect(inds.filter((n) => /光伏组件/.test(n))).toHaveLength(1);
    const silver = x.nodes.find((n) => n.label === 'Industry' && /白银/.test(n.name))!;
    expect([...silver.aliases].sort()).toEqual(['白银深加工', '白银精深加工']);
  });
  it('a different process stays apart (白银深加工 and 白银回收; 精密加工 is no 密加工)', async () => {
    const x = await runDoc('某市有色金属产业分工方案\n\n一、空间布局\n\n鹤城经济开发区重点发展白银深加工、白银回收和精密加工。\n');
    expect(names(x, 'Industry')).toEqual(expect.arrayContaining(['白银深加工', '白银回收', '精密加工']));
  });
});

describe('blind9 r04 mustNot (飞地园区, 南北共建园区): an enclave (飞地园区) is a kind of park, none named', () => {
  it('探索共建“飞地园区” gives no park', async () => {
    const x = await runDoc('某经开区发展方案\n\n一、开放合作\n\n深化与鹤城汽车城的产业合作，探索共建“飞地园区”。\n');
    expect(names(x, 'Park').filter((n) => /飞地/.test(n))).toEqual([]);
  });
});
