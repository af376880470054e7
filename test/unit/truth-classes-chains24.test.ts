// Error classes of issue 12 read off blind22, blind23 and blind24 (the CHAIN layer, third pass), on short texts of the
// genre written for these tests (names and places invented). Each asserts what the class gives and what must not come.
import { describe, expect, it } from 'vitest';
import { runDoc, strong } from '../fixtures/class-doc.ts';

const MAP =
  '青禾市冷凝器产业链高质量发展实施方案\n\n一、基本情况\n冷凝器产业是我市的优势产业，以青禾冷能科技有限公司为链主企业。\n\n二、产业链图谱\n\n' +
  '上游：原材料和零部件。主要包括铝合金带材、铜管、密封胶条和焊丝。补链方向：铜管和高强铝箔本地化供应。\n\n' +
  '中游：冷凝器整机与机组。主要包括微通道冷凝器、翅片式冷凝器和冷凝机组。强链方向：大型蒸发式冷凝器和船用冷凝器。\n\n' +
  '下游：系统集成与运维服务。主要包括冷站系统集成和冷站运维服务。延链方向：储能温控和液冷散热，逐步由设备商向服务商转型。\n';

describe('a level line joining a bare kind is one level, and the paragraph\'s 主要包括 list and gap lines are the chain\'s (原材料和零部件: blind24 r05; 燃料电池及应用: blind5 r03; 细分环节包括 after 初加工和提取物: blind10 r05)', () => {
  it('原材料和零部件, 冷凝器整机与机组 and 系统集成与运维服务 are not split into bare stages', async () => {
    const x = await runDoc(MAP);
    const partOf = strong(x, 'PART_OF');
    for (const bare of ['原材料', '零部件', '机组', '系统集成', '运维服务']) expect(partOf.filter((e) => e.startsWith(`industry:${bare} `))).toEqual([]);
  });
  it('the items a level paragraph says it includes are parts of the chain', async () => {
    const partOf = strong(await runDoc(MAP), 'PART_OF');
    for (const item of ['铝合金带材', '铜管', '密封胶条', '焊丝', '微通道冷凝器', '翅片式冷凝器', '冷凝机组', '冷站系统集成', '冷站运维服务']) expect(partOf).toContain(`industry:${item} -> industry:冷凝器`);
  });
  it('the gap lines of such a paragraph are the chain\'s too, without the local-supply words or the clause after them', async () => {
    const x = await runDoc(MAP);
    const partOf = strong(x, 'PART_OF');
    for (const item of ['高强铝箔', '大型蒸发式冷凝器', '船用冷凝器', '储能温控', '液冷散热']) expect(partOf).toContain(`industry:${item} -> industry:冷凝器`);
    expect(x.nodes.filter((n) => /本地化供应|转型/.test(n.name))).toEqual([]);
  });
  it('a level line naming one segment keeps its 主要包括 list as that level\'s parts', async () => {
    const partOf = strong(
      await runDoc('青禾市冷凝器产业链图谱\n\n一、产业链图谱\n\n上游：换热铝材。主要包括铝合金带材、高强铝箔和复合铝板。\n\n中游：冷凝器整机。主要包括微通道冷凝器和翅片式冷凝器。\n'),
      'PART_OF',
    );
    for (const item of ['铝合金带材', '高强铝箔', '复合铝板']) expect(partOf).toContain(`industry:${item} -> industry:换热铝材`);
  });
  it('a 包括 sentence of another paragraph names no level\'s parts', async () => {
    const partOf = strong(await runDoc('青禾市冷凝器产业链图谱\n\n一、产业链图谱\n\n上游：原材料和零部件。\n\n重点企业主要包括青禾冷能、青禾铝业和青禾铜材。\n'), 'PART_OF');
    expect(partOf.filter((e) => /青禾/.test(e))).toEqual([]);
  });
});

describe('the first of two dash chains a sentence counts (构建“A—B—C”和“D—E—F”两条链条: blind24 r06; 两条产业链条 blind10 r08; 两条特色链条 blind16 r06)', () => {
  it('both chains are ordered and parts of the section\'s industry', async () => {
    const x = await runDoc('青禾经济技术开发区产业发展规划\n\n一、主导产业\n（一）盐化工。构建“岩盐—纯碱—玻璃原料”和“卤水—溴素—阻燃剂”两条链条，以青禾盐化集团为链主。\n');
    const up = strong(x, 'UPSTREAM_OF');
    expect(up).toContain('industry:岩盐 -> industry:纯碱');
    expect(up).toContain('industry:纯碱 -> industry:玻璃原料');
    expect(up).toContain('industry:卤水 -> industry:溴素');
    const partOf = strong(x, 'PART_OF');
    for (const item of ['岩盐', '纯碱', '玻璃原料', '卤水', '溴素', '阻燃剂']) expect(partOf).toContain(`industry:${item} -> industry:盐化工`);
  });
  it('a people-ladder in quotes with no chain word is no chain', async () => {
    const x = await runDoc('青禾市科技创新行动方案\n\n一、培育创新主体\n加大“科技型中小企业—高新技术企业—领军企业”和“创新型中小企业—专精特新企业—单项冠军企业”梯度培育力度。\n');
    expect(strong(x, 'UPSTREAM_OF')).toEqual([]);
  });
});

describe('a level\'s name labelling the list of its parts (【上游】人参种植：林下参、园参种植和人参种苗繁育；: blind22 r07)', () => {
  const DOC =
    '青禾县松茸产业链招商图谱（2026年版）\n\n一、产业概况\n全县已形成“松茸采集—松茸精深加工—松茸商贸流通”的产业链。\n\n二、产业链图谱\n' +
    '【上游】松茸采集：野生松茸、人工促繁松茸和松茸菌种繁育；重点企业：青禾山珍集团。\n' +
    '【中游】松茸精深加工：松茸冻干片、松茸酱和松茸多糖提取；\n' +
    '【下游】松茸商贸流通：松茸电商销售、冷链配送和瓶罐和礼盒包装；\n';
  it('each item is a part of the level its line names', async () => {
    const partOf = strong(await runDoc(DOC), 'PART_OF');
    for (const item of ['野生松茸', '人工促繁松茸', '松茸菌种繁育']) expect(partOf).toContain(`industry:${item} -> industry:松茸采集`);
    for (const item of ['松茸冻干片', '松茸酱', '松茸多糖提取']) expect(partOf).toContain(`industry:${item} -> industry:松茸精深加工`);
  });
  it('a pair left joined in the list is no part', async () => {
    const partOf = strong(await runDoc(DOC), 'PART_OF');
    expect(partOf.filter((e) => /瓶罐[和与]礼盒/.test(e))).toEqual([]);
  });
});

describe('a dash chain whose only whole is the X全产业链 its measure\'s title names (1.做强蓝莓全产业链。…构建“蓝莓种植—鲜果冷藏—…”产业链条: blind24 r08)', () => {
  it('the links are parts of the title\'s chain when a link is named after it', async () => {
    const x = await runDoc('青禾市林下经济工作要点\n\n一、重点任务\n1.做强榛子全产业链。以青禾榛业集团为链主，构建“榛子种植—榛果烘焙—榛子油压榨”产业链条。\n');
    const partOf = strong(x, 'PART_OF');
    for (const item of ['榛子种植', '榛果烘焙', '榛子油压榨']) expect(partOf).toContain(`industry:${item} -> industry:榛子`);
  });
  it('a title naming another chain than the links gives no whole', async () => {
    const x = await runDoc('青禾市林下经济工作要点\n\n一、重点任务\n1.做强林下全产业链。以青禾集团为链主，构建“菌种繁育—菌包生产—鲜品销售”产业链条。\n');
    expect(strong(x, 'PART_OF').filter((e) => /-> industry:林下$/.test(e))).toEqual([]);
  });
});
