// Industry relation classes found on the set blind8 (branch chains10): short documents of the genre written for these
// tests (places, firms and chains invented or generic); each asserts what the class gives and what it must not give
// (a map's heading or a title's year names no industry; a level's lines are the level's, not the section heading's),
// so no rule tuned to one fixture sentence passes.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind8: a document’s own kind or period is no industry anything belongs to', () => {
  it('a title’s year before a generic word (2026年重点产业项目清单) is no subject: the list items are not its parts', async () => {
    const x = await runDoc(
      '某市2026年重点产业项目清单（第一批）\n\n为加快构建以乳业和光伏材料为主导的现代产业体系，现将清单予以公布。\n\n' +
        '一、产业布局\n\n乳业集群以甲乙乳业为龙头，重点发展高端乳制品和乳业精深加工。光伏材料集群已集聚丙丁硅业等企业，重点发展单晶硅片和石英坩埚。\n',
    );
    expect(all(x, 'PART_OF').filter((e) => /2026/.test(e))).toEqual([]);
    expect(all(x, 'IN_INDUSTRY').filter((e) => /2026/.test(e))).toEqual([]);
    expect(all(x, 'HOSTS').filter((e) => /2026/.test(e))).toEqual([]);
  });

  it('a title’s year before 先进制造业 (2026年度先进制造业发展专项资金申报指南) is no subject either', async () => {
    const x = await runDoc(
      '某市2026年度先进制造业发展专项资金项目申报指南\n\n为加快构建以石油化工和化工新材料为支撑的现代化产业体系，现将有关事项通知如下。\n\n' +
        '一、支持方向\n\n1．化工新材料项目。重点支持工程塑料、特种橡胶项目。依托甲乙化工等企业，发展聚碳酸酯和丁腈橡胶。\n',
    );
    expect(all(x, 'PART_OF').filter((e) => /2026|先进制造/.test(e))).toEqual([]);
    expect(all(x, 'IN_INDUSTRY').filter((e) => /2026|先进制造/.test(e))).toEqual([]);
  });
});

describe('a title’s year before the industry (某市2024年烟花爆竹产业转型升级工作要点) is the plan period', () => {
  it('the subject is the industry without its year: what the document develops is its part', async () => {
    const x = await runDoc('某市2024年烟花爆竹产业转型升级工作要点\n\n一、推进产业集聚\n\n1．推进产品升级。重点发展冷光焰火和环保礼花弹，推动产品向高端化发展。\n');
    expect(all(x, 'PART_OF').filter((e) => /2024/.test(e))).toEqual([]);
    const part = all(x, 'PART_OF');
    expect(part).toContain('industry:冷光焰火 -> industry:烟花爆竹');
    expect(part).toContain('industry:环保礼花弹 -> industry:烟花爆竹');
  });
});

describe('blind8: a chain map written a paragraph per level (上游：X。细分环节：…。链主企业：…。)', () => {
  const doc =
    '某市铜基新材料产业链图谱及强链工作方案\n\n为推动铜基新材料产业链延伸，编制本图谱。\n\n一、产业链图谱\n\n' +
    '上游：铜矿采选冶炼。细分环节：铜矿采选、铜精矿冶炼和电解铜。链主企业：甲乙铜业。配套企业：丙丁矿业、戊己冶金。承载园区：某市经济技术开发区。\n\n' +
    '中游：铜加工材。细分环节：铜板带、铜箔和铜线杆。重点企业：庚辛铜材（铜箔）、壬癸线缆（铜线杆）。承载园区：某市有色金属产业园。\n\n' +
    '延伸方向：铜合金材料、铜基粉体材料。\n\n' +
    '创新平台：某市铜基材料重点实验室、某某大学。\n\n' +
    '二、工作要求\n\n各部门要按照图谱明确的方向开展精准招商。\n';

  it('the fields of a level paragraph are the level’s: parts, firms, host parks', async () => {
    const x = await runDoc(doc);
    const part = strong(x, 'PART_OF');
    for (const s of ['铜矿采选', '铜精矿冶炼', '电解铜']) expect(part).toContain(`industry:${s} -> industry:铜矿采选冶炼`);
    for (const s of ['铜板带', '铜箔', '铜线杆']) expect(part).toContain(`industry:${s} -> industry:铜加工材`);
    const inInd = strong(x, 'IN_INDUSTRY');
    for (const f of ['甲乙铜业', '丙丁矿业', '戊己冶金']) expect(inInd).toContain(`enterprise:${f} -> industry:铜矿采选冶炼`);
    // a firm typed by its bracket is in the level too, and never in the other level
    expect(inInd).toContain('enterprise:庚辛铜材 -> industry:铜加工材');
    expect(all(x, 'IN_INDUSTRY').filter((e) => /enterprise:(?:庚辛铜材|壬癸线缆) -> industry:铜矿采选冶炼/.test(e))).toEqual([]);
    expect(all(x, 'PART_OF').filter((e) => /industry:(?:铜板带|铜箔|铜线杆) -> industry:铜矿采选冶炼/.test(e))).toEqual([]);
  });

  it('the map’s heading (一、产业链图谱) is no industry: nothing is filed under it', async () => {
    const x = await runDoc(doc);
    for (const t of ['PART_OF', 'IN_INDUSTRY', 'HOSTS', 'INNOVATES_FOR']) expect(all(x, t).filter((e) => /图谱/.test(e))).toEqual([]);
  });

  it('a paragraph without a level after the levels (延伸方向 / 创新平台) is the whole chain’s', async () => {
    const x = await runDoc(doc);
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:铜合金材料 -> industry:铜基新材料');
    expect(part).toContain('industry:铜基粉体材料 -> industry:铜基新材料');
    expect(all(x, 'PART_OF').filter((e) => /industry:铜合金材料 -> industry:铜加工材/.test(e))).toEqual([]);
    expect(strong(x, 'INNOVATES_FOR').filter((e) => /-> industry:铜基新材料$/.test(e)).length).toBeGreaterThanOrEqual(1);
  });

  it('a stage line listing several items (上游环节：A、B) names no level', async () => {
    const x = await runDoc(
      '某市光伏产业链招商图谱\n\n一、光伏产业链\n\n上游环节：工业硅、多晶硅。代表企业：甲乙硅材料。\n\n下游环节：光伏组件、光伏电站运维。代表企业：丙丁新能源。\n',
    );
    expect(x.nodes.filter((n) => n.label === 'Industry' && /、/.test(n.name))).toEqual([]);
    expect(all(x, 'IN_INDUSTRY').filter((e) => /industry:(?:工业硅、多晶硅|光伏组件、光伏电站运维)/.test(e))).toEqual([]);
  });
});

describe('blind8: firms to be attracted (重点招引A、B等X企业来…布局Y) are wanted, not members', () => {
  const conf = (x: Awaited<ReturnType<typeof runDoc>>, edge: string): number | undefined => {
    const e = x.edges.find((g) => g.type === 'IN_INDUSTRY' && `${g.source} -> ${g.target}` === edge);
    return e ? Number(e.properties.confidence ?? 1) : undefined;
  };

  it('neither the kind they are typed by nor what they would build is stated', async () => {
    const x = await runDoc(
      '某市储能产业发展方案\n\n一、重点任务\n\n1．补齐下游终端环节。在某市经济技术开发区规划建设储能电池产业园，重点发展储能电池和电池管理系统。重点招引甲乙锂电、丙丁能源等电池企业来某市布局储能电池。\n\n' +
        '2．延伸风电叶片链条。积极引进戊己复材、庚辛风能等叶片企业来某市布局碳纤维风电叶片。\n',
    );
    const strongIn = strong(x, 'IN_INDUSTRY');
    expect(strongIn.filter((e) => /enterprise:(?:甲乙锂电|丙丁能源|戊己复材|庚辛风能) ->/.test(e))).toEqual([]);
    // still read, below the line, as intent
    const weak = x.edges.filter((g) => g.type === 'IN_INDUSTRY' && /甲乙锂电|戊己复材/.test(g.source));
    expect(weak.length).toBeGreaterThan(0);
    for (const e of weak) expect(Number(e.properties.confidence)).toBeLessThan(0.5);
    for (const e of weak) expect(e.properties.basis).toBe('encouraged');
  });

  it('firms the text relies on as X firms (依托A、B等X企业) are still X firms', async () => {
    const x = await runDoc('某市储能产业发展方案\n\n一、重点任务\n\n1．壮大储能电池。依托甲乙锂电、丙丁能源等电池企业，发展储能电池和电池管理系统。\n');
    expect(conf(x, 'enterprise:甲乙锂电 -> industry:电池') ?? conf(x, 'enterprise:甲乙锂电 -> industry:储能电池') ?? 0).toBeGreaterThanOrEqual(0.5);
  });
});

describe('blind8: a dash chain written without quotes (形成A—B—C产业链)', () => {
  it('orders its links without the verb before the first or the chain word after the last', async () => {
    const x = await runDoc(
      '某市能源化工产业地图\n\n【甲县】主导产业为金属镁。甲县高新技术产业开发区已集聚甲乙镁业、丙丁煤化等企业，形成兰炭—硅铁—原镁—镁合金产业链。\n',
    );
    const up = all(x, 'UPSTREAM_OF');
    expect(up).toContain('industry:兰炭 -> industry:硅铁');
    expect(up).toContain('industry:硅铁 -> industry:原镁');
    expect(up).toContain('industry:原镁 -> industry:镁合金');
    expect(x.nodes.filter((n) => n.label === 'Industry' && /^形成|产业链$/.test(n.name))).toEqual([]);
  });

  it('places lined up without a chain word (已形成郑州—许昌—商丘—南阳超硬材料产业带) are no chain', async () => {
    const x = await runDoc('某省超硬材料产业发展规划\n\n一、发展基础\n\n我省已形成郑州—许昌—商丘—南阳超硬材料产业带，金刚石产量居全国前列。\n');
    expect(all(x, 'UPSTREAM_OF')).toEqual([]);
  });
});
