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
