// Node classes found on the set blind9 (branch nodes11): short documents of the genre written for these tests
// (places, firms and parks invented); each asserts what the class gives and what it must not give.
import { describe, expect, it } from 'vitest';
import { all, names, runDoc } from '../fixtures/class-doc.ts';

describe('blind9: a firm’s plant written as the firm, a place and 基地 is the firm, no park', () => {
  it('甲乙新能源鹤城基地 after the document named 甲乙新能源: one enterprise, no park, no HOSTS from it', async () => {
    const x = await runDoc(
      '某市新能源汽车产业发展规划\n\n一、发展基础\n\n全市已集聚甲乙新能源、丙丁汽车部件等重点企业。\n\n' +
        '二、空间布局\n\n（一）鹤城汽车产业园。园区已集聚甲乙新能源鹤城基地、戊己电子等企业。重点发展动力电池和电驱动系统。\n' +
        '（二）建设甲乙新能源重卡基地，重点发展氢燃料电池重卡。\n',
    );
    const parks = names(x, 'Park');
    expect(parks.filter((n) => /基地/.test(n))).toEqual([]);
    expect(parks).toContain('鹤城汽车产业园');
    const firms = names(x, 'Enterprise');
    expect(firms).toContain('甲乙新能源');
    expect(firms.filter((n) => /基地/.test(n))).toEqual([]);
    const firm = x.nodes.find((n) => n.name === '甲乙新能源')!;
    expect(firm.aliases).toContain('甲乙新能源鹤城基地');
    // (what only a park has — HOSTS, a park's LOCATED_IN — goes with the base)
    expect(all(x, 'HOSTS').filter((e) => e.startsWith('enterprise:'))).toEqual([]);
    expect(all(x, 'LOCATED_IN').filter((e) => /-> enterprise:/.test(e))).toEqual([]);
  });

  it('a base that opens with no firm’s name stays a park (某市汽车零部件基地), and a university’s base is no firm’s', async () => {
    const x = await runDoc(
      '某市汽车产业发展规划\n\n一、空间布局\n\n依托甲乙汽车等企业，建设鹤城汽车零部件基地，重点发展车身结构件。\n',
    );
    expect(names(x, 'Park')).toContain('鹤城汽车零部件基地');
  });
});

describe('blind9, dev8: an item’s number before 对落户/对入驻 is no firm', () => {
  it('2.对落户P的项目 (招商政策 items) names the park only, no enterprise “2.对”', async () => {
    const x = await runDoc(
      '某市电子信息产业链招商图谱\n\n【五、招商政策】\n1.对新落户的电子信息企业，给予奖励。\n' +
        '2.对落户鹤城高新技术产业园区的IC封装基板项目，给予厂房租金优惠。\n3.对入驻鹤城经济开发区、符合园区主导产业定位的项目，按投资额给予奖励。\n',
    );
    expect(names(x, 'Enterprise')).toEqual([]);
    expect(names(x, 'Park')).toEqual(['鹤城经济开发区', '鹤城高新技术产业园区']);
  });

  it('a firm after the item’s number that settles in a park is still read (3、甲乙纺织位于P)', async () => {
    const x = await runDoc('某市纺织产业工作要点\n\n一、重点任务\n\n3、甲乙纺织位于鹤城经济开发区，重点发展功能性面料。\n');
    expect(names(x, 'Enterprise')).toContain('甲乙纺织');
  });
});

describe('blind8: a county named like a valley (府谷县) is no park', () => {
  it('【府谷县】主导产业为… gives no park 府谷 or 【府谷', async () => {
    const x = await runDoc('某市能源化工产业地图\n\n【府谷县】主导产业为金属镁和兰炭。府谷高新技术产业开发区已集聚甲乙镁业等企业。\n');
    expect(names(x, 'Park')).toEqual(['府谷高新技术产业开发区']);
  });
  it('a 谷 that is a park’s own name still is one (鹤城光谷)', async () => {
    const x = await runDoc('某市光电产业规划\n\n一、空间布局\n\n加快建设鹤城光谷，重点发展光通信器件。\n');
    expect(names(x, 'Park')).toContain('鹤城光谷');
  });
});

describe('blind9 (and the must-not lists of most sets): carriers that incubate firms are no industry', () => {
  it('构建“众创空间—孵化器—加速器”全链条孵化体系 gives no industry and no chain', async () => {
    const x = await runDoc(
      '某开发区产业发展规划\n\n一、创新体系\n\n支持鹤城科技创业园建设众创空间和科技企业孵化器，构建“众创空间—孵化器—加速器”全链条孵化体系。' +
        '重点发展动力电池，构建“正极材料—电芯—电池包”产业链。\n',
    );
    const inds = names(x, 'Industry');
    expect(inds.filter((n) => /孵化器|众创空间|加速器/.test(n))).toEqual([]);
    expect(all(x, 'UPSTREAM_OF').filter((e) => /孵化器|众创空间|加速器/.test(e))).toEqual([]);
    expect(all(x, 'UPSTREAM_OF')).toContain('industry:正极材料 -> industry:电芯');
  });
  it('a product named 加速器 (医用直线加速器) stays an industry', async () => {
    const x = await runDoc('某市医疗器械产业行动方案\n\n一、重点任务\n\n重点发展医用直线加速器和质子治疗系统。\n');
    expect(names(x, 'Industry')).toContain('医用直线加速器');
  });
});

describe('blind8: a one-character trigger that opens a word the segmenter knows (将军庙) introduces nothing', () => {
  it('、将军庙产业园 and 在将军庙产业园… name 将军庙产业园, not 军庙产业园', async () => {
    const x = await runDoc('某开发区园区介绍\n\n一、园区\n\n开发区下辖五彩湾产业园、大井产业园、将军庙产业园。煤化工主要布局在将军庙产业园和大井产业园，重点发展煤制烯烃。\n');
    const parks = names(x, 'Park');
    expect(parks).toContain('将军庙产业园');
    expect(parks.filter((n) => n.startsWith('军庙'))).toEqual([]);
  });
  it('a trigger the segmenter keeps apart still cuts (将打造P, 以P为), and so does one it joined to a guessed word (以崖州湾…)', async () => {
    const x = await runDoc('某市规划\n\n一、布局\n\n我市将打造鹤城智能制造产业园。以崖州湾国家实验室为创新源头，服务生物育种。\n');
    expect(names(x, 'Park')).toContain('鹤城智能制造产业园');
    expect(names(x, 'Lab')).toEqual(['崖州湾国家实验室']);
  });
});
