// Chain-layout classes found by chains30 (blind43/44 and the earlier sets). Each test runs a short document written for it
// (names and places invented) through the real read, structure and extraction stages, and asserts what the class gives and
// what must not come.
import { describe, expect, it } from 'vitest';
import { named, runDoc } from '../fixtures/class-doc.ts';

describe("the document's own place opening a chain's subject or a carried industry (诸暨袜业已形成“…” / 是北京市氢能产业的核心承载区: blind43 r02, r04, r06)", () => {
  it('the industry the rest names is the whole, when the document names it as one', async () => {
    const x = await runDoc(
      '青禾市关于推动袜业、珍珠和铜加工产业高质量发展的若干措施\n\n' +
        '第二条 完善袜业链条。青禾袜业已形成“原料纱线—织袜—印染定型—袜品包装”的完整链条，白石镇是全国重要的袜子生产基地。鼓励袜业企业发展高端运动袜。\n' +
        '第三条 延伸珍珠产业链。推动“珍珠养殖—珍珠加工—珍珠首饰”链条向文创延伸。\n',
    );
    const part = named(x, 'PART_OF');
    for (const p of ['原料纱线', '织袜', '印染定型']) expect(part).toContain(`${p} -> 袜业`);
    expect(part.some((e) => e.endsWith('-> 青禾袜业'))).toBe(false);
  });
  it('a product of the place (青禾茯苓) is no whole: the heading\'s chain is', async () => {
    const x = await runDoc(
      '青禾县特色农产品精深加工产业链招商图谱\n\n一、重点产业链\n（一）中药材产业链。\n' +
        '青禾县是全国重要的茯苓产区。青禾茯苓已形成“茯苓种植—茯苓饮片—茯苓多糖—保健食品”的链条。\n',
    );
    const part = named(x, 'PART_OF');
    for (const p of ['茯苓种植', '茯苓饮片', '保健食品']) expect(part).toContain(`${p} -> 中药材`);
    expect(part.some((e) => /-> (?:青禾茯苓|茯苓)$/.test(e))).toBe(false);
  });
  it('是青禾市氢能产业的核心承载区: the park carries 氢能, its chain is 氢能\'s', async () => {
    const x = await runDoc(
      '青禾市白石区未来产业培育行动方案\n\n一、重点方向\n（一）氢能。白石氢能示范区是青禾市氢能产业的核心承载区，已集聚甲乙氢能公司、丙丁储运公司等企业。' +
        '依托甲乙氢能公司等企业，打通“制氢—储运—加注—燃料电池汽车”链条。\n',
    );
    const part = named(x, 'PART_OF');
    for (const p of ['制氢', '储运', '加注', '燃料电池汽车']) expect(part).toContain(`${p} -> 氢能`);
    expect(part.some((e) => e.endsWith('-> 青禾市氢能'))).toBe(false);
  });
});

describe('a dash chain\'s link joining two steps of a like length with 与/和 (“瓷土开采和釉料配制—坯体成型—柴烧与电烧—…”: blind44 r08, blind22 r03, blind5 r06)', () => {
  it('is two segments, each ordered as the link', async () => {
    const x = await runDoc(
      '青禾县陶瓷产业发展规划\n\n一、发展重点\n（一）紫砂陶瓷。紫砂陶瓷产业链为“泥料开采和釉料配制—坯体成型—窑烧与电烧—文创销售”。\n',
    );
    const up = named(x, 'UPSTREAM_OF');
    for (const e of ['泥料开采 -> 坯体成型', '釉料配制 -> 坯体成型', '坯体成型 -> 窑烧', '坯体成型 -> 电烧', '窑烧 -> 文创销售']) expect(up).toContain(e);
    expect(up.some((e) => e.includes('窑烧与电烧'))).toBe(false);
  });
  it('a name with a shorter head after it (稀土金属及合金) or a kind closing it (钛制品及应用) stays one', async () => {
    const x = await runDoc('青禾市稀土产业发展规划\n\n一、发展重点\n构建“稀土冶炼分离—稀土金属及合金—磁性材料—永磁电机”产业链。延伸“海绵钛—钛材加工—钛制品及应用”产业链条。\n');
    const up = named(x, 'UPSTREAM_OF');
    expect(up).toContain('稀土冶炼分离 -> 稀土金属及合金');
    expect(up).toContain('钛材加工 -> 钛制品及应用');
  });
});

describe('a chain named by the opening of the heading\'s industry (建盏产业链为“…” under （二）建盏陶瓷: blind44 r08)', () => {
  it('the links are parts of the heading\'s industry, not of a new one', async () => {
    const x = await runDoc(
      '青禾经济开发区产业发展规划\n\n一、主导产业\n（二）紫砂陶瓷。紫砂是国家地理标志产品。紫砂产业链为“泥料开采—坯体成型—窑烧—文创销售”。\n',
    );
    const part = named(x, 'PART_OF');
    for (const p of ['泥料开采', '坯体成型', '窑烧']) expect(part).toContain(`${p} -> 紫砂陶瓷`);
    expect(part.some((e) => e.endsWith('-> 紫砂'))).toBe(false);
  });
});

describe('a composite named with a slash inside a link (碳纤维—碳/碳复合材料—…: blind39 r04)', () => {
  it('the slash joins one link\'s name, no stop between links', async () => {
    const x = await runDoc('青禾省未来产业培育行动方案\n\n一、重点方向\n（二）先进碳材料。产业链条为：碳纤维—碳/碳复合材料—热场部件—航空制动材料。\n');
    const up = named(x, 'UPSTREAM_OF');
    for (const e of ['碳纤维 -> 碳/碳复合材料', '碳/碳复合材料 -> 热场部件', '热场部件 -> 航空制动材料']) expect(up).toContain(e);
  });
});

describe('a forest\'s or seedlings\' rearing as a chain\'s first link, and a verb before 链条 (“竹林培育—…”延伸链条: blind44 r02, blind40 r05)', () => {
  it('竹林培育 is a link; 延伸 names no chain', async () => {
    const x = await runDoc(
      '青禾县加快竹产业高质量发展的若干措施\n\n第一条 支持竹材精深加工。竹产业按照“竹林培育—竹材初加工—竹制品精深加工”延伸链条，重点发展重组竹和竹集成材。\n',
    );
    expect(named(x, 'UPSTREAM_OF')).toContain('竹林培育 -> 竹材初加工');
    const part = named(x, 'PART_OF');
    expect(part.some((e) => e.endsWith('-> 延伸'))).toBe(false);
    expect(part.some((e) => e.startsWith('竹林培育 -> '))).toBe(true);
  });
});

describe('a level\'s body runs to its stop, not sixteen characters (下游主要包括智能家居系统和家电回收再利用: blind39 r03/r07/r08, blind35 r01)', () => {
  it('the last name of a long level is whole', async () => {
    const x = await runDoc(
      '青禾县石材产业链链长制工作方案\n\n一、产业链图谱\n石材产业链上游主要包括荒料开采和矿山绿色开采装备，中游主要包括大板加工和人造石，下游主要包括石材护理剂和智能石材养护系统。\n',
    );
    const nodes = x.nodes.filter((n) => n.label === 'Industry').map((n) => n.name);
    expect(nodes).toContain('矿山绿色开采装备');
    expect(nodes).toContain('智能石材养护系统');
    expect(nodes.some((n) => n === '矿山绿色开采装' || n === '智能石材养护系')).toBe(false);
    expect(named(x, 'PART_OF')).toContain('矿山绿色开采装备 -> 石材');
  });
  it('a long run that is a clause (上游原料|依托A发展B和C) names no level', async () => {
    const x = await runDoc('青禾县陶瓷产业发展规划\n\n一、发展重点\n上游原料|依托青禾金岩高岭土公司发展陶瓷原料精制和煅烧高岭土。\n');
    expect(named(x, 'UPSTREAM_OF').some((e) => e.includes('煅烧高岭土'))).toBe(false);
  });
});
