// Chain-layout classes found by chains29 (blind29–blind40). Each test runs a short document written for it (names and
// places invented) through the real read, structure and extraction stages, and asserts what the class gives and what
// must not come.
import { describe, expect, it } from 'vitest';
import { named, runDoc } from '../fixtures/class-doc.ts';

describe('a chain the sentence names before saying the links are it (X产业链为：A—B—C / X产业链条为“A—B—C”: blind36 r02, blind39 r05/r06)', () => {
  it('the links are parts of the named chain, not of the document\'s industry', async () => {
    const x = await runDoc(
      '青禾县建材产业发展规划\n\n一、发展重点\n以建材为基础，构建产业体系。竹木板材产业链为：毛竹采伐—竹材初加工—竹集成材—竹木家居。' +
        '陶瓷制品产业链条为“瓷土开采—坯料制备—日用陶瓷”。\n',
    );
    const part = named(x, 'PART_OF');
    for (const p of ['毛竹采伐', '竹材初加工', '竹集成材', '竹木家居']) expect(part).toContain(`${p} -> 竹木板材`);
    for (const p of ['瓷土开采', '坯料制备', '日用陶瓷']) expect(part).toContain(`${p} -> 陶瓷制品`);
    expect(part).not.toContain('毛竹采伐 -> 建材');
    expect(named(x, 'UPSTREAM_OF')).toContain('竹材初加工 -> 竹集成材');
  });
});

describe('a chain with no whole in its clause, heading or document: the industry its sentence names before it (blind30 r08)', () => {
  it('the only industry an earlier clause names, else the one a link\'s name opens', async () => {
    const x = await runDoc(
      '白水经济开发区产业发展规划\n\n一、园区布局\n' +
        '东山园。园内已集聚白水盐业公司、白水碱业公司等盐化工企业，以白水盐业公司为龙头，形成卤水开采—精制盐—烧碱—氯化钙的循环链条。\n' +
        '西山园。重点发展煤化工和新材料，构建焦炉煤气—甲醇—甲醛—聚甲醛产业链。\n',
    );
    const part = named(x, 'PART_OF');
    for (const p of ['卤水开采', '精制盐', '烧碱', '氯化钙']) expect(part).toContain(`${p} -> 盐化工`);
    for (const bad of ['甲醇 -> 新材料', '甲醛 -> 新材料', '甲醇 -> 煤化工']) expect(part).not.toContain(bad);
  });
});
