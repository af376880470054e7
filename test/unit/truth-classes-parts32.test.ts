// PART_OF and UPSTREAM_OF classes found by parts32 (blind18/20/23/44 r05 and the earlier sets). Each test runs a short
// document written for it (names and places invented) through the real read, structure and extraction stages, and asserts
// what the class gives and what must not come.
import { describe, expect, it } from 'vitest';
import { names, named, runDoc } from '../fixtures/class-doc.ts';

describe('a level line joining two segments, each level on its own line (上游：天然气开采与净化 / 下游：化肥与化工新材料: blind18, blind20, blind23, blind44 r05)', () => {
  const doc =
    '青禾市气体化工产业链链长制实施方案\n\n三、产业链图谱\n' +
    '上游：气田开采与净化。细分环节：气田开采、气田净化和硫磺回收。\n' +
    '中游：基础化工原料。细分环节：合成氨和甲醇。\n' +
    '下游：化肥与精细化学品。细分环节：尿素和电子化学品。\n';
  it('each segment of a level feeds each of the next level\'s', async () => {
    const up = named(await runDoc(doc), 'UPSTREAM_OF');
    for (const e of ['气田开采 -> 基础化工原料', '气田净化 -> 基础化工原料', '基础化工原料 -> 化肥', '基础化工原料 -> 精细化学品']) expect(up).toContain(e);
  });
  it('a second part that is only a head takes the first\'s modifier when the document writes the name (气田净化, no 净化)', async () => {
    const x = await runDoc(doc);
    expect(names(x, 'Industry')).toContain('气田净化');
    expect(names(x, 'Industry')).not.toContain('净化');
  });
  it('a second part the document never writes completed stays as written (磷矿采选和黄磷: no 磷矿黄磷)', async () => {
    const x = await runDoc('青禾市磷化工产业链招商图谱\n\n二、产业链图谱\n上游：磷矿采选和黄磷。\n中游：磷酸一铵。\n');
    expect(names(x, 'Industry')).not.toContain('磷矿黄磷');
    const up = named(x, 'UPSTREAM_OF');
    expect(up).toContain('磷矿采选 -> 磷酸一铵');
    expect(up).toContain('黄磷 -> 磷酸一铵');
  });
  it('a level line that enumerates its items (【下游】A、B和C) still orders nothing from its first item', async () => {
    const x = await runDoc('青禾市磷化工产业链招商图谱\n\n二、产业链图谱\n【上游】磷矿采选和黄磷。\n【中游】净化磷酸、磷酸一铵和磷酸二氢钾。\n');
    expect(named(x, 'UPSTREAM_OF').filter((e) => /-> 净化磷酸$/.test(e))).toEqual([]);
  });
});

describe('a level whose name joins a one-character name (中游：纸和纸板: blind23 r05)', () => {
  it('is one level, not its longer half', async () => {
    const x = await runDoc('青禾市浆纸产业链链长制实施方案\n\n二、产业链图谱\n上游：木浆原料。细分环节：进口木片和化学浆。\n中游：纸和纸板。细分环节：文化用纸和白卡纸。\n');
    const up = named(x, 'UPSTREAM_OF');
    expect(up.some((e) => /^木浆原料 -> 纸[和与]纸板$/.test(e))).toBe(true);
    expect(up).not.toContain('木浆原料 -> 纸板');
  });
});

describe('a sentence of problems naming a level (但仍存在…、下游终端产品附加值偏低等短板: blind23 r05)', () => {
  it('names no level: the level lines after it order the chain', async () => {
    const x = await runDoc(
      '青禾市浆纸产业链链长制实施方案\n\n一、产业链现状\n我市已建成浆纸一体化生产基地，但仍存在木浆原料对外依存度高、下游终端产品附加值偏低等短板。\n\n二、产业链图谱\n' +
        '上游：木浆原料。细分环节：进口木片和化学浆。\n中游：文化用纸。细分环节：静电复印纸和胶版纸。\n下游：纸制品和纸包装。细分环节：纸杯和纸箱。\n',
    );
    const up = named(x, 'UPSTREAM_OF');
    expect(up).toContain('文化用纸 -> 纸制品');
    expect(up).toContain('文化用纸 -> 纸包装');
    expect(names(x, 'Industry').some((n) => n.includes('附加值'))).toBe(false);
  });
});

describe('a level heading joining a bare level kind or a brand (（一）上游：原料与初加工 / （三）下游：成衣与品牌: blind60 r04)', () => {
  it('is one name, never two segments each ordered against the next level', async () => {
    const x = await runDoc(
      '青禾市羊绒产业链链长制实施方案\n\n二、产业链现状\n（一）上游：原料与初加工。主要包括原绒收购和羊绒分梳。\n（二）中游：羊绒纱线。主要包括粗纺纱线和精纺纱线。\n（三）下游：成衣与品牌。主要包括羊绒服装和羊绒家纺。\n',
    );
    const ind = names(x, 'Industry');
    for (const n of ['原料', '初加工', '成衣', '品牌']) expect(ind).not.toContain(n);
    expect(named(x, 'UPSTREAM_OF').filter((e) => /^(?:原料|初加工) ->|-> (?:成衣|品牌)$/.test(e))).toEqual([]);
  });
  it('a first processing beside a product (中游：初加工和提取物) is still read as a segment of its own', async () => {
    const x = await runDoc('青禾市三七产业链图谱\n\n一、产业链\n上游：种子种苗和标准化种植。\n中游：初加工和提取物。细分环节包括三七饮片和三七粉。\n');
    expect(names(x, 'Industry')).toContain('初加工');
  });
});

describe('a dash chain whose industry stands between the verb and the quote (围绕钢卷尺“…”链条 / 推动辣条产业链“…”: blind59 r01, r02)', () => {
  it('the links are parts of the industry named before the quote, not of the document\'s', async () => {
    const x = await runDoc(
      '青禾县支持五金工具产业高质量发展的若干措施\n\n第一条 培育链主企业。以青禾量具公司为链主，发展钢卷尺和游标卡尺。\n' +
        '第二条 完善产业链条。围绕钢卷尺“钢带—尺带—卷尺壳体—整尺组装”链条补齐短板，对新建配套项目给予补助。\n' +
        '第三条 推动辣味食品产业链“面粉—面筋坯料—辣味成品”各环节协同发展。\n',
    );
    const part = named(x, 'PART_OF');
    for (const p of ['钢带', '尺带', '卷尺壳体']) expect(part).toContain(`${p} -> 钢卷尺`);
    for (const p of ['面筋坯料', '辣味成品']) expect(part).toContain(`${p} -> 辣味食品`);
    expect(part.filter((e) => /^(?:钢带|尺带) -> 五金工具$/.test(e))).toEqual([]);
  });
  it('a name the document never gives as an industry, without 产业链, names no whole (推动青禾“…”)', async () => {
    const x = await runDoc('青禾县支持五金工具产业高质量发展的若干措施\n\n第二条 完善产业链条。推动青禾“钢带—尺带—卷尺壳体”链条协同发展。\n');
    expect(named(x, 'PART_OF').some((e) => e.endsWith('-> 青禾'))).toBe(false);
  });
});

describe('X包括A、B和C with a whole read nowhere before, the document typing firms by it elsewhere (银铜器包括… / …等银铜器企业: blind60 r05)', () => {
  it('the items are parts of the whole', async () => {
    const x = await runDoc(
      '青禾县民族手工艺产业招商图谱\n\n一、产业概况\n银铜器包括银饰首饰、铜器工艺品和铜质建筑装饰。依托青禾银艺公司、青禾铜器厂等银铜器企业，打造民族手工艺品集聚区。\n',
    );
    const part = named(x, 'PART_OF');
    for (const p of ['银饰首饰', '铜器工艺品', '铜质建筑装饰']) expect(part).toContain(`${p} -> 银铜器`);
  });
  it('a whole the document never names as an industry stays no whole (工作机制包括…)', async () => {
    const x = await runDoc('青禾县民族手工艺产业招商图谱\n\n一、产业概况\n银铜器包括银饰首饰、铜器工艺品和铜质建筑装饰。\n');
    expect(named(x, 'PART_OF').some((e) => e.endsWith('-> 银铜器'))).toBe(false);
  });
});

describe("the document's own place opening a chain's or a 包括 whole's name (武功县猕猴桃产业链条为… / 汝州机绣服装产业包括…: blind59 r03, blind60 r03)", () => {
  it('the whole is the industry the rest names, when the document names it as one', async () => {
    const x = await runDoc(
      '青禾县推进蓝莓和农产品电商产业高质量发展重点任务分工方案\n\n一、产业基础\n青禾县蓝莓产业链条为种苗繁育—标准化种植—冷链仓储—分选包装。青禾县农产品电商产业包括直播电商、跨境电商和电商物流。\n',
    );
    const part = named(x, 'PART_OF');
    for (const p of ['种苗繁育', '标准化种植', '冷链仓储']) expect(part).toContain(`${p} -> 蓝莓`);
    for (const p of ['直播电商', '跨境电商']) expect(part).toContain(`${p} -> 农产品电商`);
    expect(part.some((e) => e.includes('-> 青禾县'))).toBe(false);
  });
  it('a product of the place the document never names alone keeps the whole as written (青禾县黑茶产业链条为…)', async () => {
    const x = await runDoc('青禾县推进特色农业高质量发展重点任务分工方案\n\n一、产业基础\n青禾县黑茶产业链条为茶园种植—毛茶初制—黑茶压制。\n');
    expect(named(x, 'PART_OF').some((e) => e.endsWith('-> 黑茶'))).toBe(false);
  });
});
