// PART_OF of items to the industry their clause, paragraph or section is about (parts27): a clause whose subject is an
// industry, then its leading firm and the products it develops (X以F为龙头，发展A和B) or what it mainly consists of
// (X产业以A和B为主). Short documents of the genre written for these tests (firms and places invented), each with the
// must-not edges of the class beside it.
import { describe, expect, it } from 'vitest';
import { runDoc, strong } from '../fixtures/class-doc.ts';

const partsOf = (x: { edges: { type: string; source: string; target: string; properties: { confidence?: unknown } }[] }, parent: string) =>
  strong(x as never, 'PART_OF').filter((e) => e.endsWith(` -> industry:${parent}`)).map((e) => e.replace(/^industry:/, '').replace(/ -> .*$/, ''));

describe('a clause whose subject is an industry, then its leading firm (X以F为龙头，发展A和B)', () => {
  it('the products developed around the firm are parts of the subject industry', async () => {
    const x = await runDoc(
      '某市制造业高质量发展规划\n\n二、产业布局\n\n' +
        '全市已形成智能装备、食品饮料和现代纺织三大产业。智能装备以恒川重工为龙头，发展盾构机和隧道掘进装备；' +
        '我市食品饮料产业同样基础扎实，以青禾乳业为龙头，发展低温酸奶和奶酪棒。\n\n' +
        '现代纺织：以锦程纺织为链主，发展功能面料和家纺面料。\n',
    );
    expect(partsOf(x, '智能装备')).toEqual(expect.arrayContaining(['盾构机', '隧道掘进装备']));
    expect(partsOf(x, '食品饮料')).toEqual(expect.arrayContaining(['低温酸奶', '奶酪棒']));
    expect(partsOf(x, '现代纺织')).toEqual(expect.arrayContaining(['功能面料', '家纺面料']));
  });
  it('a park or an umbrella opening the clause is no whole of the products', async () => {
    const x = await runDoc(
      '某市工业发展规划\n\n二、产业布局\n\n' +
        '东岭经济开发区以华曜铝业为链主，发展氧化铝、电解铝和高端铝材。制造业以恒川重工为龙头，发展盾构机和隧道掘进装备。\n',
    );
    const parts = strong(x, 'PART_OF');
    expect(parts.filter((e) => /东岭|-> industry:制造业|华曜|恒川/.test(e))).toEqual([]);
  });
});

describe('a clause saying what an industry mainly consists of (X产业以A和B为主)', () => {
  it('the items the document named are parts of the industry; a park it rests on is not', async () => {
    const x = await runDoc(
      '某高新区产业发展规划\n\n一、发展基础\n\n' +
        '高新区已形成精密仪器、绿色食品两大主导产业，重点发展智能水表、分析仪器和杏仁饮料。精密仪器产业以智能水表和分析仪器为主，云岭仪表是区内骨干企业；' +
        '绿色食品产业以东岭工业园为主要载体。\n',
    );
    expect(partsOf(x, '精密仪器')).toEqual(expect.arrayContaining(['智能水表', '分析仪器']));
    expect(strong(x, 'PART_OF').filter((e) => /东岭|云岭/.test(e))).toEqual([]);
  });
});

describe('a sentence opening with an industry as its topic (X集群已集聚…，某园区重点发展A和B)', () => {
  it('the development lists of its clauses are the industry’s parts, a park developing them in between or not', async () => {
    const x = await runDoc(
      '某市重点产业集群发展规划\n\n二、产业布局\n\n全市已形成生物医药、森林食品两大特色产业。' +
        '生物医药集群已集聚金川药业、北岭生物等企业，东岭经济开发区重点发展益生菌和酶制剂。' +
        '森林食品产业链构建“林下采集—初加工—精深加工”链条，重点发展蓝莓饮料和坚果食品。\n',
    );
    expect(partsOf(x, '生物医药')).toEqual(expect.arrayContaining(['益生菌', '酶制剂']));
    expect(partsOf(x, '森林食品')).toEqual(expect.arrayContaining(['蓝莓饮料', '坚果食品']));
  });
  it('a sentence saying what the industry is, or a list after the first ；, is left to other readers', async () => {
    const x = await runDoc(
      '某市重点产业集群发展规划\n\n二、产业布局\n\n全市已形成生物医药、森林食品两大特色产业。' +
        '生物医药集群已集聚金川药业等企业；东岭经济开发区重点发展精密铸件和数控机床。\n',
    );
    expect(strong(x, 'PART_OF').filter((e) => /精密铸件|数控机床/.test(e) && /生物医药/.test(e))).toEqual([]);
  });
});

describe('a belt or a zone of a layout chapter named for an industry (第一节 荔枝精深加工带 / 第三节 罗非鱼加工区)', () => {
  it('is a place, no industry: its items are parts of the industry its name opens with, which the document named', async () => {
    const x = await runDoc(
      '某市农产品精深加工业发展规划\n\n第三章 优化产业布局\n\n坚持“一带一区”总体布局，推动蓝莓、肉牛两大特色产业由卖原料向卖产品转变。\n\n' +
        '第一节 蓝莓精深加工带\n\n以北岭果业为龙头，发展蓝莓果干、冻干蓝莓和蓝莓果汁。\n\n' +
        '第二节 肉牛加工区\n\n在东岭工业园重点发展冷鲜牛肉、牛肉干和牛骨汤料。\n\n' +
        '第三节 沿江物流带\n\n重点发展冷链仓储和城乡配送。\n',
    );
    expect(partsOf(x, '蓝莓')).toEqual(expect.arrayContaining(['蓝莓果干', '冻干蓝莓', '蓝莓果汁']));
    expect(partsOf(x, '肉牛')).toEqual(expect.arrayContaining(['冷鲜牛肉', '牛肉干', '牛骨汤料']));
    expect(strong(x, 'PART_OF').filter((e) => /加工带|加工区|物流带/.test(e))).toEqual([]);
  });
});
