// SUPPORTS / MENTIONS / Measure classes found by supports31 (blind49/blind50 and every earlier truth set). Each test runs
// a short document written for it (names and places invented) through the real read, structure and extraction stages,
// and asserts what the class gives and what must not come.
import { describe, expect, it } from 'vitest';
import { named, numbers, runDoc, structure } from '../fixtures/class-doc.ts';

describe('a project title of an industry and a task noun before 工程 (X品质提升工程 / X壮大工程 / X产业化工程 / X数字化工程) targets the industry (blind50 r07/r08; blind29 r08, blind36 r01, blind40 r01 optional)', () => {
  const doc =
    '青禾县特色农业发展规划\n\n一、产业基础\n全县已形成蜜柚、山茶油、土蜂蜜三大特色产业，青禾蜜柚专业合作社是全县最大的蜜柚种植主体。\n\n二、重点工程\n' +
    '1、蜜柚品质提升工程。改造老果园2万亩，对标准化果园给予每亩800元补助。\n' +
    '2、山茶油产业化工程。对新建压榨生产线的企业给予设备投资额10%的补助。\n' +
    '3、土蜂蜜壮大工程。对新增蜂群给予每箱80元补助。\n' +
    '4、精深加工提升工程。对年加工鲜果超过1万吨的企业给予最高50万元奖励。\n' +
    '5、龙头企业提升工程。对首次进入全省农业产业化龙头企业名单的企业给予20万元奖励。\n';
  it('the industry before the task noun is the measure\'s target; a stage or a kind of firm before it is none', async () => {
    const x = await runDoc(doc);
    const sup = named(x, 'SUPPORTS');
    expect(sup).toContain('#1 -> 蜜柚');
    expect(sup).toContain('#2 -> 山茶油');
    expect(sup).toContain('#3 -> 土蜂蜜');
    expect(sup.filter((s) => s.startsWith('#4 ') || s.startsWith('#5 '))).toEqual([]);
  });
});

describe('a （1）（2） run outside a document\'s 1.–n. measures (补链/强链/延链 lines before the tasks, 保障措施 points after them) is content, not measures (blind50 r04; blind30 r05, blind44 r05)', () => {
  const doc =
    '青禾州肉牛产业链链长制实施方案\n\n一、产业链现状\n全州已形成“良种繁育—肉牛育肥—屠宰分割—牛肉精深加工”的产业链条，青禾牧业是全州最大的牛肉加工企业。\n\n二、补链强链延链方向\n' +
    '（1）补链方向：引进牛骨胶原蛋白等生物制品项目，填补副产物利用空白。\n' +
    '（2）强链方向：支持青禾牧业扩大牛肉精深加工能力，鼓励白水乳业研发牦牛奶酪。\n\n三、重点任务\n' +
    '1. 建设标准化养殖基地。推广舍饲养殖模式，到2028年肉牛出栏率提高到50%。\n' +
    '2. 提升加工能级。支持红石食品发展风干牛肉和牛肉预制菜。\n' +
    '3. 强化金融支持。设立规模2亿元的青禾州肉牛产业发展基金。\n\n四、保障措施\n' +
    '（1）加强组织领导。链长每半年召开一次推进会，协调解决重大问题。\n' +
    '（2）强化要素保障。优先保障产业链重点项目用地和用能。\n';
  it('the tasks 1.–3. are the only measures, and the firms of the （2） line are no measure\'s', async () => {
    expect(numbers(await structure(doc))).toEqual(['1', '2', '3']);
    const x = await runDoc(doc);
    const men = named(x, 'MENTIONS');
    expect(men.filter((s) => /青禾牧业|白水乳业/.test(s))).toEqual([]);
  });
  it('a （1） run that is a document\'s only numbered items stays its measures', async () => {
    const only =
      '青禾州山羊产业发展若干措施\n\n一、支持政策\n' +
      '（1）支持青禾牧业扩大羊肉精深加工能力，对新建生产线给予设备投资额10%的补助。\n' +
      '（2）鼓励白水绒业研发羊绒针织品，对新产品给予最高50万元奖励。\n' +
      '（3）设立规模2亿元的青禾州山羊产业发展基金。\n';
    expect(numbers(await structure(only))).toEqual(['1', '2', '3']);
  });
});

describe('the first item a 链主 or 龙头 is to carry along (以A为链主，带动X、Y和Z三个环节发展) is the measure\'s target like the others (blind19 r02, blind22 r01/r02/r03/r06/r08)', () => {
  const doc =
    '青禾市竹制品产业链发展行动方案\n\n一、发展基础\n青禾经济开发区是全市竹制品产业的核心承载区，重点发展竹纤维餐具、竹炭制品和竹编工艺品。园区已集聚青禾竹业、白水竹艺等企业。\n\n二、重点任务\n' +
    '1．培育链主企业。以青禾竹业为链主，带动竹纤维餐具和竹炭制品两个细分领域发展，支持其开展并购重组。\n' +
    '2．强化要素保障。对新建竹制品项目优先保障用地，带动农户就业5000人。\n';
  it('the item right after 带动 is supported with its fellows', async () => {
    const x = await runDoc(doc);
    const sup = named(x, 'SUPPORTS');
    expect(sup).toContain('#1 -> 竹纤维餐具');
    expect(sup).toContain('#1 -> 竹炭制品');
  });
});
