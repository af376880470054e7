// Error classes of the chains27 round read off blind29–32 and blind35 (UPSTREAM_OF and the PART_OF a chain layout states),
// on short texts of the genre written for these tests (names and places invented). Each asserts what the class gives and
// what must not come.
import { describe, expect, it } from 'vitest';
import { runDoc, strong } from '../fixtures/class-doc.ts';

describe('a dash chain laid out with 按 (产业链按“A—B—C”布局/延伸/贯通/展开: blind35 r01 r03 r04 r05 r07 r08, blind18 r05)', () => {
  it('the links are ordered and are parts of the chain the sentence opens with', async () => {
    const x = await runDoc('青禾市纺织产业发展规划\n\n一、发展基础\n纺织服装产业链按“棉花收储—纺纱织布—印染整理—成衣制造”布局，已集聚青禾纺织等企业。\n');
    const up = strong(x, 'UPSTREAM_OF');
    expect(up).toContain('industry:棉花收储 -> industry:纺纱织布');
    expect(up).toContain('industry:纺纱织布 -> industry:印染整理');
    expect(up).toContain('industry:印染整理 -> industry:成衣制造');
    expect(strong(x, 'PART_OF')).toContain('industry:纺纱织布 -> industry:纺织服装');
  });
  it('a chain without its industry before 产业链按 still orders its links', async () => {
    const up = strong(await runDoc('青禾市竹产业行动方案\n\n一、重点任务\n产业链按“原竹采伐—竹材初加工—竹地板制造”延伸。\n'), 'UPSTREAM_OF');
    expect(up).toContain('industry:原竹采伐 -> industry:竹材初加工');
    expect(up).toContain('industry:竹材初加工 -> industry:竹地板制造');
  });
  it('a one-character industry (茶产业链按…) is named with its 产业, not as a chain word', async () => {
    const x = await runDoc('青禾县茶产业发展方案\n\n一、总体布局\n茶产业链按“茶苗繁育—鲜叶采摘—精制加工”展开。\n');
    const part = strong(x, 'PART_OF');
    expect(part.some((e) => /industry:茶苗繁育 -> industry:茶(?:产业)?$/.test(e))).toBe(true);
    expect(x.nodes.filter((n) => n.name === '茶产业链')).toEqual([]);
  });
  it('按 with a run of years or places is no chain', async () => {
    const x = await runDoc('青禾市工业方案\n\n一、总体要求\n按“2026—2028年”三年行动推进，按“青禾—白水”走向布局产业走廊。\n');
    expect(strong(x, 'UPSTREAM_OF')).toEqual([]);
  });
});

describe('a level line listing its parts after 主要包括, the sentence going on (上游：主要包括A、B和C，甲县依托…发展…: blind35 r05)', () => {
  it('every item of the list is a part of the chain, the clause after the comma none', async () => {
    const x = await runDoc('青禾市酱菜产业链链长制实施方案\n\n一、产业链图谱\n上游：主要包括萝卜种植、辣椒种植和芥菜种植，甲县依托原料基地发展订单农业。\n中游：主要包括腌制加工、酱料调配和包装灌装，其中腌制加工以传统工艺为主。\n');
    const part = strong(x, 'PART_OF');
    for (const p of ['萝卜种植', '辣椒种植', '芥菜种植', '酱料调配', '包装灌装']) expect(part.some((e) => e.startsWith(`industry:${p} -> `))).toBe(true);
    expect(x.nodes.filter((n) => /甲县依托|传统工艺|主要包括/.test(n.name))).toEqual([]);
  });
});

describe('an industry joined with its processing (钢铁及深加工: blind35 r06) stays one: processing alone is no segment', () => {
  it('the heading names one industry, and the links under it are its parts', async () => {
    const x = await runDoc('青禾市重点产业链招商图谱\n\n二、重点产业链\n（一）铝及深加工\n青禾铝业是全省重要的铝加工企业。形成“氧化铝—电解铝—铝型材”的完整链条。\n');
    const inds = x.nodes.filter((n) => n.label === 'Industry').map((n) => n.name);
    expect(inds).not.toContain('深加工');
    expect(strong(x, 'PART_OF').filter((e) => e.endsWith('-> industry:深加工'))).toEqual([]);
  });
});

describe('the directions a chain map marks outside a level paragraph (补链方向：A和B，重点引进…; （三）延链方向：向A、B和C延伸: blind29–32 r05, blind35 r05)', () => {
  it('each kind of a direction line is a part of the document’s chain, the clause after the list none', async () => {
    const x = await runDoc('青禾市陶瓷产业链链长制实施方案\n\n三、补链强链延链方向\n补链方向：陶瓷色釉料和窑炉装备，重点引进色釉料配套企业。\n延链方向：向卫浴洁具、陶瓷岩板和日用陶瓷延伸，推动产品升级。\n强链方向：重点引进建筑陶瓷和艺术陶瓷企业。\n');
    const part = strong(x, 'PART_OF');
    for (const p of ['陶瓷色釉料', '窑炉装备', '卫浴洁具', '陶瓷岩板', '日用陶瓷', '建筑陶瓷', '艺术陶瓷']) expect(part).toContain(`industry:${p} -> industry:陶瓷`);
    expect(x.nodes.filter((n) => /重点引进|推动|配套企业|向卫浴/.test(n.name))).toEqual([]);
  });
  it('direction labels run together in one paragraph (补链方向：A和B；延链方向：C和D。)', async () => {
    const part = strong(await runDoc('青禾市陶瓷产业链链长制实施方案\n\n一、产业链图谱\n产业链已形成“高岭土开采—坯料制备—陶瓷烧制”链条。补链方向：陶瓷色釉料和窑炉装备；延链方向：卫浴洁具和日用陶瓷。\n'), 'PART_OF');
    for (const p of ['陶瓷色釉料', '窑炉装备', '卫浴洁具', '日用陶瓷']) expect(part).toContain(`industry:${p} -> industry:陶瓷`);
  });
  it('a direction line inside a level’s paragraph is left to the level, and a line of verbs gives nothing', async () => {
    const x = await runDoc('青禾市陶瓷产业链链长制实施方案\n\n三、补链强链延链方向\n强链方向：推动窑炉节能改造，提升烧成良品率。\n');
    expect(strong(x, 'PART_OF')).toEqual([]);
  });
});

describe('a quoted chain whose links are lists of products (产业链条为“A—B、C—D、E—F”: blind36 r03)', () => {
  it('each link is a stage: every item upstream of every item of the next, each a part of the chain', async () => {
    const x = await runDoc('青禾市化工新材料产业发展方案\n\n一、发展基础\n化工新材料产业链条为“粗苯精制—苯酚、丙酮—双酚A—聚碳酸酯、环氧树脂”。\n');
    const up = strong(x, 'UPSTREAM_OF');
    for (const e of ['粗苯精制 -> industry:苯酚', '粗苯精制 -> industry:丙酮', '苯酚 -> industry:双酚A', '丙酮 -> industry:双酚A', '双酚A -> industry:聚碳酸酯', '双酚A -> industry:环氧树脂']) expect(up).toContain(`industry:${e}`);
    expect(up).not.toContain('industry:苯酚 -> industry:丙酮');
    expect(up).not.toContain('industry:聚碳酸酯 -> industry:环氧树脂');
    expect(strong(x, 'PART_OF')).toContain('industry:丙酮 -> industry:化工新材料');
  });
  it('a quoted list with dashes but no chain word is no chain', async () => {
    const x = await runDoc('青禾市商贸方案\n\n一、重点任务\n举办“青禾—白水、石门—东坪”商贸对接会。\n');
    expect(strong(x, 'UPSTREAM_OF')).toEqual([]);
  });
});
