// PART_OF of list items to the industry their paragraph or section is about (parts26): run-in paragraph labels, a
// heading's one-character element, a park's heading named for an industry the document named, a clause lead
// 「X方面，」, a list closed by its count (三个环节), 依托A发展X under an industry heading and a title's own 制品 line.
// Short documents of the genre written for these tests (firms and places invented), each with the must-not edges of
// the class beside it.
import { describe, expect, it } from 'vitest';
import { runDoc, strong } from '../fixtures/class-doc.ts';

const partsOf = (x: { edges: { type: string; source: string; target: string; properties: { confidence?: unknown } }[] }, parent: string) =>
  strong(x as never, 'PART_OF').filter((e) => e.endsWith(` -> industry:${parent}`)).map((e) => e.replace(/^industry:/, '').replace(/ -> .*$/, ''));

describe('a paragraph opening with its industry as a run-in label (石油化工。…)', () => {
  it('the items its sentences develop are parts of the label’s industry', async () => {
    const x = await runDoc(
      '某市制造业发展规划\n\n第四节 壮大特色产业\n\n' +
        '智能家居。以华宇家居为龙头，重点发展智能门锁和智能窗帘。依托华宇家居发展智能照明和智能晾衣架。\n\n' +
        '精制茶饮。茗川茶业是本市茶饮龙头企业，重点发展冷泡茶和茶浓缩液。\n',
    );
    expect(partsOf(x, '智能家居')).toEqual(expect.arrayContaining(['智能门锁', '智能窗帘', '智能照明', '智能晾衣架']));
    expect(partsOf(x, '精制茶饮')).toEqual(expect.arrayContaining(['冷泡茶', '茶浓缩液']));
  });
  it('a counted point naming a belt, a park’s label and a hard-wrapped line’s head are no labels', async () => {
    const x = await runDoc(
      '某县特色农业规划\n\n二、空间布局\n\n' +
        '二是沿江香菇产业带。以东坪镇为主体，发展干香菇和香菇酱。\n\n' +
        '县域园区。东坪工业集中区重点发展竹木家具和竹纤维。\n\n' +
        '推动全县食用菌由鲜销向加工转变，重点发展菌菇\n酱料。在东坪工业集中区建设食用菌加工中心，发展即食菌菇和菌菇脆片。\n',
    );
    const parts = strong(x, 'PART_OF');
    expect(parts.filter((e) => /产业带|县域园区|-> industry:酱料/.test(e))).toEqual([]);
  });
});

describe('a heading naming a one-character element (一、做强钛产业链)', () => {
  it('names the element’s industry: the items under it are its parts', async () => {
    const x = await runDoc('某州有色金属工作要点\n\n一、做强锂产业链\n\n1. 推动锂产业链延伸。以赣川锂业为龙头，发展碳酸锂、氢氧化锂和金属锂。\n');
    // (the element's industry is named 锂产业, read as 锂: the scorer and the store match either)
    expect(partsOf(x, '锂')).toEqual(expect.arrayContaining(['碳酸锂', '氢氧化锂', '金属锂']));
  });
  it('after 振兴 too; a title on the element’s product processing (发展驼产品加工) names no segment of its own', async () => {
    const x = await runDoc('某盟畜牧业工作要点\n\n二、振兴驼产业链\n\n3．发展驼产品加工。以阿拉善驼业协会会员企业为依托，发展驼奶粉、驼奶片和驼绒被。\n');
    expect(partsOf(x, '驼')).toEqual(expect.arrayContaining(['驼奶粉', '驼奶片', '驼绒被']));
    expect(strong(x, 'PART_OF').filter((e) => /振兴|驼产品加工/.test(e))).toEqual([]);
  });
});

describe('a measure title naming a product line in the document’s own words (培育X制品)', () => {
  it('the items its sentences develop are parts of the line; a market the firms are encouraged into is not', async () => {
    const x = await runDoc(
      '某州钨产业工作要点\n\n一、做强钨产业链\n\n2、培育硬质合金制品。在东岭产业园重点发展硬质合金刀具、硬质合金模具和硬质合金球齿。鼓励企业拓展航空航天和海洋工程用硬质合金市场。\n',
    );
    expect(partsOf(x, '硬质合金制品')).toEqual(expect.arrayContaining(['硬质合金刀具', '硬质合金模具', '硬质合金球齿']));
    expect(strong(x, 'PART_OF').filter((e) => /航空航天|海洋工程/.test(e))).toEqual([]);
  });
});

describe('a park’s heading named for an industry the document named (（二）X产业园。)', () => {
  it('its sentences develop the industry’s parts, its 三个环节 too; a park named for a place develops none', async () => {
    const x = await runDoc(
      '某高新区产业发展规划\n\n一、发展基础\n\n高新区已形成精密仪器、特色食品、现代中药三大主导产业。\n\n二、空间布局\n\n' +
        '（一）特色食品产业园。重点发展核桃乳、沙棘饮品和枸杞原浆。以绿原食品为链主，带动核桃种植、核桃乳灌装和核桃蛋白粉三个环节。\n\n' +
        '（二）北岭产业园。重点发展铸造件和锻造件。\n',
    );
    expect(partsOf(x, '特色食品')).toEqual(expect.arrayContaining(['核桃乳', '沙棘饮品', '枸杞原浆', '核桃种植', '核桃乳灌装', '核桃蛋白粉']));
    expect(strong(x, 'PART_OF').filter((e) => /北岭/.test(e))).toEqual([]);
  });
});

describe('a clause lead naming an industry by 方面 (数字经济方面，…)', () => {
  it('its list is the industry’s; a topic by 方面 (人才方面，) is no industry', async () => {
    const x = await runDoc(
      '某高新区产业发展规划\n\n二、重点产业\n\n数字经济方面，在高新区建设云岭大数据产业园，重点发展数据标注、算力租赁和工业软件。\n\n' +
        '三、保障措施\n\n人才方面，重点发展职业培训和技能认证。\n',
    );
    expect(partsOf(x, '数字经济')).toEqual(expect.arrayContaining(['数据标注', '算力租赁']));
    expect(strong(x, 'PART_OF').filter((e) => /人才/.test(e))).toEqual([]);
  });
});

describe('依托A发展X under a section heading naming an industry', () => {
  it('the items are the heading’s industry’s parts; 支持A发展X stays intent', async () => {
    const x = await runDoc(
      '某市国民经济和社会发展第十五个五年规划纲要（节选）\n\n第一节 做强先进材料产业\n\n' +
        '依托南岭冶炼厂发展铅锌冶炼、锗深加工和锌合金。支持北江铝业发展铝箔坯料和电池铝箔。\n',
    );
    expect(partsOf(x, '先进材料')).toEqual(expect.arrayContaining(['铅锌冶炼', '锗深加工', '锌合金']));
    expect(partsOf(x, '先进材料').filter((n) => /铝/.test(n))).toEqual([]);
  });
});

describe('a heading naming a processing line in the document’s own words (一、做强X深加工)', () => {
  it('the items its measures develop, and 延伸发展 extends to, are the line’s parts', async () => {
    const x = await runDoc(
      '某市工业工作要点\n\n一、做强钨钼深加工\n\n1. 发挥链主带动作用。以金堆钼业为链主，重点发展钼粉、钼条和钼靶材，延伸发展钼坩埚和钼电极。\n',
    );
    expect(partsOf(x, '钨钼深加工')).toEqual(expect.arrayContaining(['钼粉', '钼条', '钼靶材', '钼坩埚', '钼电极']));
  });
});

describe('the document’s subject read off a title with a league, a banner or a year before the place', () => {
  it('阿巴嘎盟沙棘产业链…方案: the league is no part of the subject the lists’ items are parts of', async () => {
    const x = await runDoc('阿巴嘎盟沙棘产业链链长制实施方案\n\n一、发展目标\n\n全盟重点发展沙棘原浆、沙棘籽油和沙棘黄酮。\n');
    expect(partsOf(x, '沙棘')).toEqual(expect.arrayContaining(['沙棘原浆', '沙棘籽油', '沙棘黄酮']));
    expect(strong(x, 'PART_OF').filter((e) => /阿巴嘎盟/.test(e))).toEqual([]);
  });
  it('2026年某市工业经济和新材料产业…要点: the place after the year and the economy of industry name no subject', async () => {
    const x = await runDoc('2026年临河市工业经济和新材料产业发展工作要点\n\n一、做强铜箔深加工\n\n1. 发挥链主作用。以临河铜业为链主，重点发展锂电铜箔和电子铜箔。\n');
    expect(strong(x, 'PART_OF').filter((e) => /工业经济|临河市/.test(e))).toEqual([]);
    expect(partsOf(x, '铜箔深加工')).toEqual(expect.arrayContaining(['锂电铜箔', '电子铜箔']));
  });
});
