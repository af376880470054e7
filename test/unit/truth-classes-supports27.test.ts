// SUPPORTS classes found by supports27 (blind18–blind32, dev sets). Each test runs a short document written for it (names
// and places invented) through the real read, structure and extraction stages, and asserts what the class gives and what
// must not come.
import { describe, expect, it } from 'vitest';
import { named, runDoc } from '../fixtures/class-doc.ts';

describe('the fields a measure\'s source labs serve (以L1、L2为创新源头，服务X和Y: blind18 r07, blind20 r02/r05, blind22 r03/r08, blind24 r02/r03/r08, blind31 r07, blind7 r08, dev8 r04)', () => {
  it('each field as written is supported, not only a shorter known term inside it', async () => {
    const x = await runDoc(
      '青禾省有色金属产业高质量发展实施意见\n\n一、总体要求\n推动有色金属产业沿“采选—冶炼—精深加工—新材料”方向延伸。\n\n二、重点任务\n' +
        '1．做强锆基新材料。青禾锆业扩大产能。\n2．强化科技创新。以青禾理工大学、青禾冶金研究院为创新源头，服务锆基新材料和钽铌新材料。\n',
    );
    const sup = named(x, 'SUPPORTS');
    expect(named(x, 'INNOVATES_FOR')).toContain('青禾理工大学 -> 锆基新材料');
    expect(sup).toContain('#2 -> 锆基新材料');
    expect(sup).toContain('#2 -> 钽铌新材料');
    // (the labs are no targets of the measure)
    expect(sup.filter((e) => /大学|研究院/.test(e))).toEqual([]);
  });
  it('short fields the lexicon does not know (服务沙棘和枸杞) are supported as the labs serve them', async () => {
    const x = await runDoc('白水市农产品精深加工2026年工作要点\n\n一、重点工作\n1．做强番茄制品。白水番茄公司扩大番茄酱产能。\n2．建设创新平台。以白水学院、白水农牧科学院为创新源头，服务沙棘和枸杞。\n');
    const sup = named(x, 'SUPPORTS');
    expect(sup).toContain('#2 -> 沙棘');
    expect(sup).toContain('#2 -> 枸杞');
  });
  it('a lab named in passing (依托L开展…), with no 为创新源头 mandate, gives the measure nothing through this rule', async () => {
    const x = await runDoc('青禾市新材料产业行动方案\n\n一、重点任务\n1．建设创新平台。青禾理工大学与青禾冶金研究院开展合作交流。\n');
    expect(named(x, 'SUPPORTS').filter((e) => /大学|研究院|合作/.test(e))).toEqual([]);
  });
});

describe('two items the text joins with 和 read as one name (拓展奶酪和婴幼儿配方奶粉 → 奶酪与婴幼儿配方奶粉: blind20 r03, blind12 r03, blind4 r02, blind7 r01)', () => {
  it('the measure supports each of the two, not the joined name', async () => {
    const x = await runDoc(
      '青禾市乳业高质量发展分工方案\n\n一、重点任务\n1．发展高端乳制品。支持青禾乳业、白水乳业拓展奶酪和婴幼儿配方奶粉。\n' +
        '2．延伸铜加工。重点招引青禾铜业等铜加工企业来青禾布局铜管和精密铜棒。\n',
    );
    const sup = named(x, 'SUPPORTS');
    expect(sup).toContain('#1 -> 奶酪');
    expect(sup).toContain('#1 -> 婴幼儿配方奶粉');
    expect(sup).toContain('#2 -> 铜管');
    expect(sup).toContain('#2 -> 精密铜棒');
    expect(sup.filter((e) => /[与和]/.test(e))).toEqual([]);
  });
  it('a market (开拓汽车和轨道交通市场), a bare half (整机和关键部件) or a shared head (火箭和卫星部组件, 核电和风电大型锻件) is not split', async () => {
    const x = await runDoc(
      '青禾市先进制造业行动方案\n\n一、重点任务\n1．培育铝加工企业。支持铝加工企业开拓汽车和轨道交通市场。\n2．做强整机。提升整机和关键部件配套能力。\n' +
        '3．建设航天城。集聚火箭和卫星部组件企业。\n4．做优特钢。支持青禾特钢扩大核电和风电大型锻件产能。\n',
    );
    const sup = named(x, 'SUPPORTS');
    for (const bad of ['#1 -> 汽车', '#1 -> 轨道交通', '#2 -> 整机', '#2 -> 关键部件', '#3 -> 火箭', '#3 -> 卫星部组件', '#4 -> 核电', '#4 -> 风电大型锻件']) expect(sup).not.toContain(bad);
  });
});
