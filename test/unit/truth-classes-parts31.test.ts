// PART_OF classes found by parts31 (blind49/blind50 and the earlier sets). Each test runs a short document written for it
// (names and places invented) through the real read, structure and extraction stages, and asserts what the class gives
// and what must not come.
import { describe, expect, it } from 'vitest';
import { named, runDoc } from '../fixtures/class-doc.ts';

describe('a title joining two fields with 和/与 (天然橡胶和绿茶, 特色畜禽和芳香, 脐橙和特色农产品加工, 食品加工和预制菜: blind18, blind36, blind44, blind49, blind50)', () => {
  it('nothing is a part of the pair as one; a chain under a part goes to that part', async () => {
    const x = await runDoc('青禾县2026年山茶油和蓝莓产业发展工作要点\n\n一、重点工作\n1. 做强山茶油产业。依托青禾茶油公司，发展山茶籽压榨和茶油化妆品。\n2. 培育蓝莓产业。全县已形成“蓝莓种植—蓝莓分选—蓝莓果酒”的链条。\n');
    const part = named(x, 'PART_OF');
    expect(part.filter((e) => /-> 山茶油[与和]蓝莓/.test(e))).toEqual([]);
    expect(part).toContain('蓝莓果酒 -> 蓝莓');
  });
  it('a second part with a tail both share is read by its head the text writes alone (肉苁蓉和玫瑰特色健康 → 玫瑰)', async () => {
    const x = await runDoc('青禾地区推进枸杞和沙棘特色健康产业发展重点任务分工方案\n\n一、重点任务\n(一)枸杞产业。枸杞产业重点发展枸杞原浆和枸杞干果。\n(二)沙棘产业。全县已形成“沙棘种植—沙棘采摘—沙棘果汁”的完整链条。\n');
    const part = named(x, 'PART_OF');
    expect(part.filter((e) => /特色健康/.test(e))).toEqual([]);
    expect(part).toContain('沙棘果汁 -> 沙棘');
  });
  it('a pair with an umbrella (绿色石化和新材料) or two lexicon fields (半导体和集成电路) stays one', async () => {
    const x = await runDoc('青禾市推进绿色石化和新材料产业高质量发展重点任务分工方案\n\n一、重点任务\n1. 延伸链条。青禾石化区已形成“原油加工—乙烯—聚乙烯”的链条，下游新材料产值占比提高。\n');
    const part = named(x, 'PART_OF');
    expect(part.some((e) => /-> 绿色石化[和与]新材料/.test(e))).toBe(true);
    const y = await runDoc('青禾市加快半导体和集成电路产业高质量发展行动方案\n\n一、重点任务\n1．提升制造能级。青禾市已形成“芯片设计—晶圆制造—封装测试”的链条，依托青禾微电子等半导体企业发展功率器件。\n');
    expect(named(y, 'PART_OF').some((e) => /-> 半导体[和与]集成电路/.test(e))).toBe(true);
  });
});

describe('a chain level named by a bare kind or grade on its own line (（一）上游：原料。主要包括…: blind49 r05; the same-sentence form of blind36 r05)', () => {
  it('the items the level lists, and those its paragraph develops, are the chain\'s; a level naming a segment keeps them', async () => {
    const x = await runDoc('青禾市陶瓷新材料产业链链长制实施方案\n\n三、产业链图谱\n（一）上游：原料。主要包括高岭土、长石粉和锆英砂，依托青禾矿业等企业，发展精制高岭土。\n（二）中游：坯料制备。主要包括泥料制备和釉料制备。\n（三）下游：深加工。主要包括日用陶瓷、卫生陶瓷和电子陶瓷。依托青禾瓷业等企业，发展骨质瓷和陶瓷基板。\n');
    const part = named(x, 'PART_OF');
    for (const k of ['高岭土', '长石粉', '锆英砂', '精制高岭土', '日用陶瓷', '电子陶瓷', '骨质瓷']) expect(part).toContain(`${k} -> 陶瓷新材料`);
    expect(part.filter((e) => /-> (?:原料|深加工)$/.test(e))).toEqual([]);
    expect(part).toContain('泥料制备 -> 坯料制备');
  });
});

describe('a chain written after its name and 为 with no quotes or colon (仪器仪表产业链条为传感器—变送器—智能仪表: blind54 r03, r07; the quoted and colon forms of blind36, blind39)', () => {
  it('the links run from what follows 为, each a part of the chain named before it, in order', async () => {
    const x = await runDoc('青禾市2026年制造业工作要点\n\n一、重点工作\n1|做强仪表主链。智能仪表产业链条为敏感元件—信号调理模块—智能仪表整机。支持青禾仪表扩大产能。\n2|延伸管材加工。管材产业链条为聚乙烯树脂—管材挤出—管件成品,支持青禾管业扩大产能。\n');
    const part = named(x, 'PART_OF');
    for (const k of ['敏感元件', '信号调理模块', '智能仪表整机']) expect(part).toContain(`${k} -> 智能仪表`);
    for (const k of ['聚乙烯树脂', '管材挤出', '管件成品']) expect(part).toContain(`${k} -> 管材`);
    expect(part.filter((e) => /链条为|产业链/.test(e))).toEqual([]);
    const up = named(x, 'UPSTREAM_OF');
    expect(up).toContain('敏感元件 -> 信号调理模块');
    expect(up).toContain('管材挤出 -> 管件成品');
  });
});

describe('a joined section heading whose child shares no word with either part (第一节 浮标与鱼竿 … 发展碳素鱼竿和路亚竿: blind54 r02)', () => {
  it('the child goes where the siblings its sentence lists with it go', async () => {
    const x = await runDoc('青禾市“十五五”渔具产业发展规划\n\n第三章 重点产业\n\n第一节 钓线与钓钩\n\n以青禾渔具为龙头，做强尼龙钓线和碳氟钓线。依托青禾钓具等企业，发展倒刺钓钩和路亚钩。\n');
    const part = named(x, 'PART_OF');
    expect(part).toContain('路亚钩 -> 钓钩');
    expect(part).not.toContain('路亚钩 -> 钓线');
  });
});
