// Error classes of issue 12 read off blind22, blind23 and blind24 (the CHAIN layer: PART_OF), on short texts of the genre
// written for these tests (names and places invented). Each asserts what the class gives and what must not come.
import { describe, expect, it } from 'vitest';
import { runDoc, strong } from '../fixtures/class-doc.ts';

describe('a chain stated from its first stages to its last (已形成从A、B到C，再到D和E的完整链条: blind24 r01, blind8 r07, blind13 r05, dev8 r07, dev4 q02, dev5 s04, blind11 r08)', () => {
  const DOC =
    '青禾市“十四五”碳纤维新材料产业发展规划\n\n第一章 产业基础\n\n' +
    '碳纤维新材料是我市第一支柱产业，已形成从丙烯腈、原丝到碳丝，再到预浸料和复合材料的完整链条。\n\n' +
    '第二章 产业布局\n\n青禾经济开发区重点发展原丝和碳丝，配套发展丙烯腈。青禾高新区重点发展预浸料和复合材料，延伸发展碳纤维自行车。\n';
  it('every stage the document names elsewhere is part of the industry the sentence is about (stated)', async () => {
    const x = await runDoc(DOC);
    const partOf = strong(x, 'PART_OF');
    for (const item of ['丙烯腈', '原丝', '碳丝', '预浸料', '复合材料']) expect(partOf).toContain(`industry:${item} -> industry:碳纤维新材料`);
  });
  it('the stages are lists, not links: no stage is upstream of another by this sentence alone', async () => {
    const up = strong(await runDoc(DOC), 'UPSTREAM_OF');
    expect(up.filter((e) => /丙烯腈|原丝|碳丝|预浸料|复合材料/.test(e))).toEqual([]);
  });
  it('the chain the words after name is the whole (…到电池回收的动力电池产业链条)', async () => {
    const partOf = strong(
      await runDoc(
        '青禾市新能源产业发展报告\n\n一、产业基础\n我市已形成从锂电材料、电芯制造到电池回收的动力电池产业链条。\n\n二、重点方向\n重点发展锂电材料和电芯制造，布局电池回收。\n',
      ),
      'PART_OF',
    );
    for (const item of ['锂电材料', '电芯制造', '电池回收']) expect(partOf).toContain(`industry:${item} -> industry:动力电池`);
  });
  it('the reach of a chain in words the document names nowhere else is no list of stages (从牧草到餐桌, 从菌种设计到产品制造)', async () => {
    const x = await runDoc(
      '青禾市奶产业发展工作方案\n\n一、产业基础\n全市已集聚青禾乳业等乳品加工企业，初步形成从牧草到餐桌的完整链条。到2028年形成从菌种设计到产品制造的完整链条。\n',
    );
    const partOf = strong(x, 'PART_OF');
    expect(partOf.filter((e) => /牧草|餐桌|菌种设计|产品制造/.test(e))).toEqual([]);
    expect(x.nodes.filter((n) => /^(?:牧草|餐桌|菌种设计|产品制造)$/.test(n.name))).toEqual([]);
  });
});

describe('a degree word before 完整 describes a chain, names none (“A—B—C”的较完整链条: blind22 r06; 较完整 also in dev8 r02, r07)', () => {
  it('the dash chain\'s links go to the document\'s industry, not to 较完整', async () => {
    const x = await runDoc(
      '青禾市仪器仪表产业发展规划\n\n一、发展基础\n经过三十余年发展，园区已集聚青禾测控、青禾光学等骨干企业，形成了“核心元器件—整机仪器—检测服务”的较完整链条。\n',
    );
    const partOf = strong(x, 'PART_OF');
    expect(partOf.filter((e) => /较完整|相对完整/.test(e))).toEqual([]);
    expect(x.nodes.filter((n) => /较完整/.test(n.name))).toEqual([]);
    expect(partOf).toContain('industry:整机仪器 -> industry:仪器仪表');
  });
});

describe('a chain map\'s extension line inside a level\'s paragraph is that level\'s (上游：L。细分环节：…；补链方向：X、Y。 — blind22 r05, blind23 r05, blind12 r05, blind14 r05, blind16 r05, blind17 r05, blind18 r05, blind19 r05, blind20 r05)', () => {
  const MAP = (sep: string) =>
    '青禾市专用车产业链延链补链强链实施方案\n\n一、产业链图谱\n\n' +
    `上游：底盘零部件。细分环节：液压系统、车桥和取力器${sep}重点企业：青禾天力液压（液压系统）${sep}承载园区：青禾经济开发区${sep}补链方向：新能源专用底盘、电驱动桥。\n\n` +
    `中游：整车改装。细分环节：罐式车、环卫车和冷链运输车${sep}重点企业：青禾华运专用车${sep}延链方向：智能上装控制系统。\n\n` +
    '下游：后市场服务。细分环节：维修保养和融资租赁。\n\n补链方向：专用车检测认证、专用车数据服务。\n';
  for (const [sep, kind] of [['；', 'fields joined by ；'], ['。', 'a sentence per field']] as const) {
    it(`补链/延链方向 items are parts of the level the paragraph opens with (${kind})`, async () => {
      const partOf = strong(await runDoc(MAP(sep)), 'PART_OF');
      for (const item of ['新能源专用底盘', '电驱动桥']) expect(partOf).toContain(`industry:${item} -> industry:底盘零部件`);
      expect(partOf).toContain('industry:智能上装控制系统 -> industry:整车改装');
      // (never a neighbouring level's)
      expect(partOf.filter((e) => /(?:新能源专用底盘|电驱动桥) -> industry:(?:整车改装|后市场服务)/.test(e))).toEqual([]);
      expect(partOf.filter((e) => /智能上装控制系统 -> industry:(?:底盘零部件|后市场服务)/.test(e))).toEqual([]);
    });
  }
  it('a comma between digits is part of a name, no separator: no piece of 1,4-丁二醇 is read as an item (补链方向：1,4-丁二醇、乙炔 — blind20 r05)', async () => {
    const partOf = strong(
      await runDoc('青禾市天然气化工产业链实施方案\n\n一、产业链图谱\n\n中游：基础化工原料。细分环节：合成氨、甲醇。补链方向：1,4-丁二醇、乙炔。\n\n下游：化工新材料。细分环节：可降解材料。\n'),
      'PART_OF',
    );
    expect(partOf).toContain('industry:乙炔 -> industry:基础化工原料');
    expect(partOf.filter((e) => /industry:(?:4-丁二醇|1) ->/.test(e))).toEqual([]);
  });
  it('an extension line of its own after the levels stays the whole chain\'s (as before)', async () => {
    const partOf = strong(await runDoc(MAP('；')), 'PART_OF');
    expect(partOf).toContain('industry:专用车检测认证 -> industry:专用车');
    expect(partOf.filter((e) => /专用车检测认证 -> industry:(?:后市场服务|底盘零部件|整车改装)/.test(e))).toEqual([]);
  });
});
