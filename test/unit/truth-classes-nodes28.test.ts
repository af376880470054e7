import { describe, expect, it } from 'vitest';
import { names, runDoc, strong } from '../fixtures/class-doc.ts';

// Entity classes of blind29–32, 35, 36, 39, 40 (nodes28). Own text, invented names.

// 重点发展A和B: a pair the mention scan reads whole (A与B) beside A and B read as items — the joined name was a third
// node with the same edges (岩板与高端建筑陶瓷, 家纺与产业用纺织品, 糖果与烘焙食品, 酵母与生物发酵制品, 生丝与真丝面料,
// 沉香精油与线香: blind31, 36, 39, 40 — eight documents).
describe('a joined pair whose two parts are segments of the document already', () => {
  it('is those two segments, no third node', async () => {
    const x = await runDoc(`青禾市陶瓷产业发展规划

一、发展基础
以青禾陶瓷产业园为载体，重点发展岩板和高端建筑陶瓷，已集聚青禾恒瑞陶瓷、青禾宏宇建陶等企业。
`);
    const inds = names(x, 'Industry');
    expect(inds).toEqual(expect.arrayContaining(['岩板', '高端建筑陶瓷']));
    expect(inds.filter((n) => /[与和]/.test(n))).toEqual([]);
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:青禾陶瓷产业园 -> industry:岩板');
    expect(hosts).toContain('park:青禾陶瓷产业园 -> industry:高端建筑陶瓷');
  });
});

// Words a list, a cut or a heading leaves alone that no gold of any set names an industry (品牌 in blind31 r05 and
// blind32 r02, 规上, 集群, 出口, 流通, 保鲜, 绿色低碳, 该赛道): seeds/lexicon/not-industries.txt.
describe('generic words alone', () => {
  it('are no industry nodes', async () => {
    const x = await runDoc(`青禾市新兴产业行动方案

一、重点任务
（一）新型储能。青禾经济开发区是该赛道的核心承载区，已集聚青禾蓝海储能、青禾德润电池等企业，重点发展储能系统集成和储能电池。
（二）厨具。青禾五金产业园是全市厨具的核心承载区，已集聚青禾金辉五金、青禾日盛厨具等规上企业60家。
（三）水果。依托青禾农科院果树研究所开展保鲜技术研发，服务水果精深加工和水果冷链物流。
`);
    const inds = names(x, 'Industry');
    for (const n of ['品牌', '流通', '集群', '该赛道', '规上', '绿色低碳', '出口', '保鲜']) expect(inds).not.toContain(n);
    expect(inds).toEqual(expect.arrayContaining(['储能系统集成', '储能电池']));
  });
});

// 王守义十三香调味品集团 was cut at 十三 (a count to the segmenter) and became 香调味品集团 (blind35 r05): a bare numeral
// between a proper word and the rest of a name is inside the trade name (锦州七七七微电子, 黄山六百里猴魁 in gold too).
describe('a numeral inside a trade name', () => {
  it('keeps the name whole', async () => {
    const x = await runDoc(`青禾市调味品产业链链长制实施方案

一、基本情况
青禾经济开发区是调味品产业的核心承载区，已集聚李记十三香调味品集团、青禾中原香料等骨干企业。以李记十三香调味品集团为链主，带动香辛料加工和复合调味料发展。
`);
    const firms = names(x, 'Enterprise');
    expect(firms).toContain('李记十三香调味品集团');
    expect(firms).not.toContain('香调味品集团');
  });
  it('a count with its classifier still cuts', async () => {
    const x = await runDoc(`青禾市调味品产业链链长制实施方案

一、主要目标
到2028年，培育营业收入超50亿元的企业2家、超10亿元的企业5家，引进三家以上调味品龙头企业。
`);
    // (超10亿元 is an amount, no firm: blind35 r05)
    expect(names(x, 'Enterprise').filter((n) => /亿元|家/.test(n))).toEqual([]);
  });
});
