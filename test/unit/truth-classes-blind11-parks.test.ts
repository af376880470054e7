// Place relation classes found on the set blind11 (branch parks13), each seen in two or more documents or sets:
// short documents of the genre written for these tests (places, firms and labs invented); each asserts what the
// class gives and what it must not give, so no rule tuned to one fixture sentence passes.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind11 r01, r06, blind9 r04: a bare zone word opening a sentence goes on with the park the paragraph opened with', () => {
  const doc =
    '某市新材料产业发展规划\n\n三、产业布局\n\n' +
    '甲乙经济开发区是我市新材料产业的核心承载区，重点发展高性能纤维和特种合金。园区已集聚丙丁新材料集团、戊己合金股份等骨干企业。\n' +
    '庚辛经济技术开发区重点发展电子化学品。开发区已落户壬癸理工学院，建有子丑材料研究院等创新平台。\n' +
    '寅卯高新技术产业开发区重点发展功能膜材料。\n' +
    '园区要加强安全管理，已集聚辰巳化工集团。\n';

  it('the firms and labs of 园区已集聚… / 开发区已落户…，建有… are in that park (stated)', async () => {
    const x = await runDoc(doc);
    const li = strong(x, 'LOCATED_IN');
    expect(li).toContain('enterprise:丙丁新材料集团 -> park:甲乙经济开发区');
    expect(li).toContain('enterprise:戊己合金股份 -> park:甲乙经济开发区');
    expect(li).toContain('lab:壬癸理工学院 -> park:庚辛经济技术开发区');
    expect(li).toContain('lab:子丑材料研究院 -> park:庚辛经济技术开发区');
  });

  it('not in another park of the document, and not across a line break (a new paragraph has no subject carried)', async () => {
    const x = await runDoc(doc);
    const li = all(x, 'LOCATED_IN');
    expect(li.filter((e) => /丙丁新材料集团|戊己合金股份/.test(e) && !e.endsWith('park:甲乙经济开发区'))).toEqual([]);
    expect(li.filter((e) => /壬癸理工学院|子丑材料研究院/.test(e) && !e.endsWith('park:庚辛经济技术开发区'))).toEqual([]);
    expect(li.filter((e) => /辰巳化工集团 -> park:寅卯高新技术产业开发区/.test(e))).toEqual([]);
  });
});

describe('blind11 r07, r08, blind9 r05: a park’s line or clause goes on to the firms it has (P：重点发展X，已集聚A / P重点发展X，已落户A)', () => {
  const doc =
    '某县装备制造产业链招商图谱\n\n一、承载平台\n\n' +
    '■甲乙装备产业园：重点发展数控机床和工业机器人，已集聚丙丁机床集团、戊己机器人科技等企业。\n' +
    '庚辛经济开发区重点发展农业机械，已落户壬癸农机股份。\n' +
    '子丑高新技术产业开发区重点发展智能传感器，力争引进寅卯传感科技。\n';

  it('the firms are in the park (stated)', async () => {
    const x = await runDoc(doc);
    const li = strong(x, 'LOCATED_IN');
    expect(li).toContain('enterprise:丙丁机床集团 -> park:甲乙装备产业园');
    expect(li).toContain('enterprise:戊己机器人科技 -> park:甲乙装备产业园');
    expect(li).toContain('enterprise:壬癸农机股份 -> park:庚辛经济开发区');
  });

  it('a firm the park is to attract is not in it', async () => {
    const x = await runDoc(doc);
    expect(strong(x, 'LOCATED_IN').filter((e) => e.startsWith('enterprise:寅卯传感科技'))).toEqual([]);
  });
});

describe('blind11 r06, blind9 r06: firms said to have gathered in a park (A、B等企业已在P集聚 / A、B等企业已集聚P)', () => {
  const doc =
    '某市电力装备产业发展规划\n\n二、发展基础\n\n' +
    '甲乙电气集团、丙丁开关股份等配套企业已在戊己输变电产业园集聚。\n' +
    '庚辛电缆集团、壬癸绝缘材料股份等企业已集聚子丑经济技术开发区。\n' +
    '引导寅卯电子集团、辰巳电器股份等企业在午未高新技术产业开发区集聚。\n' +
    '申酉电气、戌亥开关等配套企业已在甲子变压器产业园集聚。\n';

  it('the listed firms are in the park (stated)', async () => {
    const x = await runDoc(doc);
    const li = strong(x, 'LOCATED_IN');
    expect(li).toContain('enterprise:甲乙电气集团 -> park:戊己输变电产业园');
    expect(li).toContain('enterprise:丙丁开关股份 -> park:戊己输变电产业园');
    expect(li).toContain('enterprise:庚辛电缆集团 -> park:子丑经济技术开发区');
    expect(li).toContain('enterprise:壬癸绝缘材料股份 -> park:子丑经济技术开发区');
    // (names the mention reader leaves, typed as firms by the list's kind word)
    expect(li).toContain('enterprise:申酉电气 -> park:甲子变压器产业园');
    expect(li).toContain('enterprise:戌亥开关 -> park:甲子变压器产业园');
  });

  it('a clause of intent (引导…在P集聚) places no firm', async () => {
    const x = await runDoc(doc);
    expect(strong(x, 'LOCATED_IN').filter((e) => /寅卯电子集团|辰巳电器股份/.test(e))).toEqual([]);
  });
});

describe('blind9 r04, blind11 r06, blind8 r04: a later clause of the park’s sentence, 集聚了A、B / 建有L', () => {
  const doc =
    '甲乙经济技术开发区产业发展规划\n\n一、发展基础\n\n' +
    '开发区是国家级经济技术开发区，已形成汽车零部件和食品加工两大主导产业，集聚了丙丁汽车部件集团、戊己食品股份等重点企业。\n' +
    '庚辛产业园重点发展精密铸件，已集聚壬癸铸造集团，建有子丑铸造研究院。\n';

  it('the firms and labs of the later clauses are in the park (stated)', async () => {
    const x = await runDoc(doc);
    const li = strong(x, 'LOCATED_IN');
    expect(li).toContain('enterprise:丙丁汽车部件集团 -> park:甲乙经济技术开发区');
    expect(li).toContain('enterprise:戊己食品股份 -> park:甲乙经济技术开发区');
    expect(li).toContain('enterprise:壬癸铸造集团 -> park:庚辛产业园');
    expect(li).toContain('lab:子丑铸造研究院 -> park:庚辛产业园');
    // (no park named after the clause's words: 开发区是国家级经济技术开发区)
    expect(x.nodes.filter((n) => n.label === 'Park' && /是/.test(n.name)).flatMap((n) => all(x, 'LOCATED_IN').filter((e) => e.endsWith(n.id)))).toEqual([]);
  });
});

describe('blind11 r04, dev8 r01: 已在示范区建成… with no zone opening the sentence, the document’s one zone so named', () => {
  const doc =
    '甲乙农业高新技术产业示范区种业发展行动方案\n\n一、重点方向\n\n' +
    '甲乙农业高新技术产业示范区重点发展生物育种和种业服务。\n' +
    '丙丁种业集团、戊己农业科技已在示范区建成育繁推一体化基地。\n' +
    '鼓励庚辛种业股份在示范区建设研发基地。\n';

  it('the firms are in the zone (stated); a firm asked to build there is not', async () => {
    const x = await runDoc(doc);
    const li = strong(x, 'LOCATED_IN');
    expect(li).toContain('enterprise:丙丁种业集团 -> park:甲乙农业高新技术产业示范区');
    expect(li).toContain('enterprise:戊己农业科技 -> park:甲乙农业高新技术产业示范区');
    expect(li.filter((e) => e.startsWith('enterprise:庚辛种业股份'))).toEqual([]);
  });
});

describe('the same verbs with no firm named (已落户重点项目12个 / 已落户一批龙头企业 / 建有污水处理厂) place nothing', () => {
  const doc =
    '某市产业发展规划\n\n一、产业布局\n\n' +
    '甲乙经济开发区重点发展新能源汽车，已落户重点项目12个。\n' +
    '丙丁高新技术产业开发区重点发展智能装备，已落户企业120余家。\n' +
    '戊己产业园重点发展生物医药，已落户一批龙头企业和研发机构。\n' +
    '庚辛产业园重点发展新材料，已落户高新技术企业和专精特新企业。\n' +
    '园区已建成标准厂房50万平方米，建有污水处理厂和公共实训基地。\n';

  it('no LOCATED_IN and no firm or lab made of a count, a kind or a facility', async () => {
    const x = await runDoc(doc);
    expect(all(x, 'LOCATED_IN')).toEqual([]);
    expect(x.nodes.filter((n) => n.label === 'Enterprise' || n.label === 'Lab').map((n) => n.name)).toEqual([]);
  });
});
