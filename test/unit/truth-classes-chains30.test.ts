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
