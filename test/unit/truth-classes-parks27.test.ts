// Park classes of branch parks27: short documents of the genre written for these tests (places, firms and fields
// invented). Each asserts what the class gives and what it must not give.
import { describe, expect, it } from 'vitest';
import { names, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind8, blind15, blind29, blind31, blind32, blind35, blind36, dev8: a base named by its field or function alone is no park', () => {
  it('goal, project and resource bases with no place opening their names are not parks, nor do they host', async () => {
    const x = await runDoc(
      '某市特色产业发展行动方案\n\n二、重点任务\n' +
        '以青岚精工为链主，重点发展精密轴承和数控刀具，打造高端轴承钢材料基地。' +
        '推进油茶生态种植基地建设，新增茶园2万亩。' +
        '全市具备建设千万吨级储氢基地的资源条件。' +
        '北岭县依托绿色原料基地发展菌菇订单种植。' +
        '立足山地资源和清洁能源基地优势，发展抽水蓄能。\n',
    );
    const parks = names(x, 'Park');
    for (const n of ['高端轴承钢材料基地', '油茶生态种植基地', '千万吨级储氢基地', '绿色原料基地', '山地资源和清洁能源基地']) expect(parks).not.toContain(n);
    expect(strong(x, 'HOSTS').filter((e) => /基地/.test(e))).toEqual([]);
  });
  it('a base whose name opens with its place stays a park, and so does a field-named base the text places things in', async () => {
    const x = await runDoc(
      '某市石化产业发展规划\n\n二、空间布局\n白鹭湾绿色石化基地重点发展乙烯和芳烃。青岚化工、北岭化学等企业已落户精细化工基地。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).toContain('白鹭湾绿色石化基地');
    expect(parks).toContain('精细化工基地');
    expect(strong(x, 'HOSTS').filter((e) => /白鹭湾绿色石化基地/.test(e)).length).toBeGreaterThan(0);
  });
});
