// PART_OF classes found by parts30 (blind43/blind44 and the earlier sets): items filed under the industry their section,
// paragraph or sentence is about. Each test runs a short document written for it (names and places invented) through the
// real read, structure and extraction stages, and asserts what the class gives and what must not come.
import { describe, expect, it } from 'vitest';
import { named, runDoc } from '../fixtures/class-doc.ts';

describe('a document about an industry of one character (X产业 in the title: blind17 r07, blind35 r03, blind44 r02, dev8 r02)', () => {
  it('the title names the document\'s industry with its 产业, and the segments it lists are its parts', async () => {
    const x = await runDoc('青禾县加快梨产业高质量发展的若干措施\n\n一、重点任务\n（一）延链补链。重点发展梨膏、梨汁饮料和冻干梨片。\n');
    const part = named(x, 'PART_OF');
    // (the table keeps the name without its 产业, as the scorer matches it: 梨 = 梨产业)
    for (const k of ['梨膏', '梨汁饮料', '冻干梨片']) expect(part.some((e) => e === `${k} -> 梨产业` || e === `${k} -> 梨`)).toBe(true);
  });
  it('a numeral, a joined pair or a place word after the character names no industry', async () => {
    const x = await runDoc('青禾县新产业园区建设若干措施\n\n一、重点任务\n（一）延链补链。重点发展梨膏和梨汁饮料。\n');
    expect(named(x, 'PART_OF').filter((e) => /-> 新(?:产业)?$/.test(e))).toEqual([]);
    const y = await runDoc('青禾县梨产业和文旅产业融合发展若干措施\n\n一、重点任务\n（一）延链补链。重点发展梨膏和梨汁饮料。\n');
    expect(named(y, 'PART_OF').filter((e) => /-> 梨(?:产业)?$/.test(e))).toEqual([]);
  });
});

describe('a whole named with the document\'s own place or a heading verb before it (诸暨袜业已形成“…”, 是北京市氢能产业的核心承载区, 第四节 传承红木家具与木雕产业: blind43 r01, r02, r04)', () => {
  it('the place written with its rank, or written short before a trade named with 业, is no part of the chain\'s whole', async () => {
    const x = await runDoc('青禾市关于推动鞋业高质量发展的若干措施\n\n一、重点任务\n第一条 完善链条。青禾鞋业已形成“鞋材—制鞋—品牌营销”的完整链条，对入园企业给予补贴。\n');
    const part = named(x, 'PART_OF');
    // (merged with chains30, whose reader of a chain's subject strips the place itself and, where the rest is no industry
    // the document's table holds yet, reads no whole: the must-not below is what both versions guarantee)
    expect(part.filter((e) => /-> 青禾鞋业/.test(e))).toEqual([]);
    const y = await runDoc('青禾市关于推动制伞产业高质量发展的若干措施\n\n一、重点任务\n第二条 建设园区。青禾经济开发区是青禾市制伞产业的核心承载区。开发区已集聚青禾伞业等企业，初步形成“伞骨—伞面—成伞”的本地配套链条。\n');
    const py = named(y, 'PART_OF');
    expect(py.filter((e) => /-> 青禾市/.test(e))).toEqual([]);
  });
  it('a place\'s brand product keeps its place', async () => {
    const x = await runDoc('青禾县2026年特色农业工作要点\n\n一、重点工作\n1. 做强特色农业。青禾白鹅已形成“白鹅养殖—屠宰分割—卤鹅加工”的链条。\n');
    const part = named(x, 'PART_OF');
    expect(part.filter((e) => /-> 白鹅$/.test(e))).toEqual([]);
  });
  it('a heading that opens with 传承 names the industry after the verb', async () => {
    const x = await runDoc('青禾市制造业发展规划\n\n第四节 传承漆器产业\n以青禾漆艺等企业为骨干，发展脱胎漆器、漆画和漆艺文创产品。\n');
    const part = named(x, 'PART_OF');
    expect(part).toContain('脱胎漆器 -> 漆器');
    expect(part.filter((e) => /-> 传承/.test(e))).toEqual([]);
  });
});

describe('a numbered section heading naming a chain (第一节　苹果产业链: blind50 r01)', () => {
  it('the section\'s number is no part of the chain\'s name', async () => {
    const x = await runDoc('青禾市“十五五”林果产业发展规划\n\n第二章 重点产业链\n\n第一节　雪梨产业链\n\n以雪梨为重点，构建“标准化种植—冷链仓储—分级包装—梨膏加工”的雪梨产业链。\n');
    const part = named(x, 'PART_OF');
    expect(part.filter((e) => /-> 第一节/.test(e))).toEqual([]);
  });
});
