// SUPPORTS classes found by supports32 across the 43 committed sets. Each test runs a short document written for it
// (names invented) through the real read, structure and extraction stages.
import { describe, expect, it } from 'vitest';
import { named, runDoc } from '../fixtures/class-doc.ts';

const TABLE_HEAD = '某县仪表产业2026年重点任务分工\n\n为加快仪表产业集群发展，现将重点任务分解如下。仪器仪表产业链条为传感器—变送器—智能仪表—控制系统。全县现有特种电缆企业一百余家。\n\n重点任务分工表\n序号|重点任务|牵头单位|配合单位|完成时限\n';

describe('a flattened task table whose rows open with a short lead clause titles its measures (blind54 r03, blind50 r03, blind49 r03, blind44 r03, dev8 r05)', () => {
  const doc =
    TABLE_HEAD +
    '1|做强智能仪表主链。以甲仪表集团为龙头，带动压力变送器向智能化升级。|县经信局|甲镇人民政府|2026年12月\n' +
    '2|提升特种电缆。以乙电缆公司为链主，发展光伏电缆和充电桩电缆。|乙镇人民政府|县发改委|2026年11月\n' +
    '3|强化创新支撑。支持丙研究院开展共性技术攻关。|县科技局|县财政局|2026年12月\n';

  it('reads each lead clause as its measure title and supports the industry it names', async () => {
    const x = await runDoc(doc);
    expect(x.doc.measures.map((m) => m.title)).toEqual(['做强智能仪表主链', '提升特种电缆', '强化创新支撑']);
    const s = named(x, 'SUPPORTS');
    expect(s).toContain('#1 -> 智能仪表');
    expect(s).toContain('#2 -> 特种电缆');
    expect(s.filter((e) => e.startsWith('#3 '))).toEqual([]);
  });

  it('titles no row of a table of plain tasks, whose cells open with a long clause', async () => {
    const x = await runDoc(
      TABLE_HEAD +
        '1|对新落户的智能仪表项目，固定资产投资达到五千万元以上的，按投资额的3%给予奖励。|县经信局|县财政局|2026年12月\n' +
        '2|对年出口额首次超过一千万美元的特种电缆企业给予二十万元奖励。|县商务局|县财政局|2026年12月\n',
    );
    expect(x.doc.measures.map((m) => m.title)).toEqual(['', '']);
  });
});

describe('a measure title of a verb and an industry with a tail the reader did not know (保障X供给, 关于推动X国产化, 做强X主链, 提升X水平: blind18 r03, blind19 r03, blind8 r08, blind9 r07, blind44 r06)', () => {
  const doc =
    '某市丝网产业发展会议纪要\n\n全市丝网产业重点发展丝网机械、陶瓷原料和绿色电力配套。\n\n' +
    '1. 关于推动丝网机械国产化。会议要求加快丝网机械整机研制。\n' +
    '2. 保障陶瓷原料。会议要求统筹原料收储和调配。\n' +
    '3. 保障绿色电力供给。会议要求协调电网企业做好供电服务。\n' +
    '4. 强化人才保障。会议要求加快引进高层次人才。\n';

  it('links each such title to the industry the document named', async () => {
    const s = named(await runDoc(doc), 'SUPPORTS');
    expect(s).toContain('#1 -> 丝网机械');
    expect(s).toContain('#2 -> 陶瓷原料');
    expect(s).toContain('#3 -> 绿色电力');
    expect(s.filter((e) => e.startsWith('#4 '))).toEqual([]);
  });
});

describe('a recruitment of the firms of a segment targets the segment, unless the sentence says what they are to make (blind15 r04/r08, blind23 r02/r04/r05, blind30 r04)', () => {
  const head = '某市未来产业培育行动方案\n\n一、重点任务\n\n';

  it('supports the kind of firms recruited to set up a seat', async () => {
    const x = await runDoc(head + '1. 精准招商引资。重点招引甲量子、乙量子等量子计算企业来本市布局研发总部。\n2. 强化要素保障。设立规模10亿元的产业基金。\n');
    expect(named(x, 'SUPPORTS')).toContain('#1 -> 量子计算');
  });

  it('supports what the recruited firms are to make there, not the kind of firm', async () => {
    const x = await runDoc(head + '1. 精准招商引资。重点招引甲乳业、乙乳业等乳品企业来本市布局奶酪和婴幼儿配方奶粉。\n2. 强化要素保障。设立规模10亿元的产业基金。\n');
    const s = named(x, 'SUPPORTS');
    expect(s).toContain('#1 -> 奶酪');
    expect(s).not.toContain('#1 -> 乳品');
  });
});

describe('a body a measure founds for a segment (a centre of innovation, a pilot base, a fund) targets the segment (blind10 r04, blind20 r02, blind32 r04, blind39 r04, blind19 r08)', () => {
  const head = '某市先进材料产业发展若干措施\n\n为推动先进材料产业发展，制定以下措施。全市重点发展碳纤维复合材料、芳纶纤维和玄武岩纤维。\n\n';

  it('supports the segment of a pilot base the measure sets up, and of a fund it sets up', async () => {
    const x = await runDoc(head + '1. 建设创新平台。支持甲材料公司牵头建设碳纤维复合材料中试基地。\n2. 强化金融支持。设立规模5亿元的先进材料产业发展基金。\n');
    const s = named(x, 'SUPPORTS');
    expect(s).toContain('#1 -> 碳纤维复合材料');
    expect(s).toContain('#2 -> 先进材料');
  });

  it('does not read a goal sought (争创国家X制造业创新中心) nor a centre already there as the target', async () => {
    const x = await runDoc(head + '1. 建设创新平台。支持甲材料公司开展共性技术攻关，争创国家碳纤维复合材料制造业创新中心。\n2. 强化人才支撑。依托先进材料创新中心引进高层次人才。\n');
    const s = named(x, 'SUPPORTS');
    expect(s).not.toContain('#1 -> 碳纤维复合材料');
    expect(s).not.toContain('#2 -> 先进材料');
  });
});

describe('a task row titled with one of the items the document listed together keeps the others its siblings (blind60 r03)', () => {
  const head =
    '某县新能源汽车产业重点任务分工方案\n\n新能源汽车核心部件包括动力电池、驱动电机和电控系统。\n\n重点任务分工表\n序号|重点任务|牵头单位|配合单位|完成时限\n';

  it('does not make a sibling listed before a part of the title industry, and keeps a new item its part', async () => {
    const x = await runDoc(
      head +
        '1|做强动力电池。支持甲电池公司发展固态电池和驱动电机。|县工信局|县财政局|2026年12月\n' +
        '2|强化创新支撑。支持乙研究院开展共性技术攻关。|县科技局|县财政局|2026年12月\n',
    );
    const partOf = named(x, 'PART_OF');
    expect(partOf).not.toContain('驱动电机 -> 动力电池');
    expect(partOf).toContain('固态电池 -> 动力电池');
  });
});
