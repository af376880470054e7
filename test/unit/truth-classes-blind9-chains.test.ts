// Industry relation classes found on the set blind9 (branch chains11), each seen in two or more documents or sets:
// short documents of the genre written for these tests (places, firms and chains invented or generic); each asserts
// what the class gives and what it must not give, so no rule tuned to one fixture sentence passes.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind9 r04, blind8 r04: a zone’s line per industry (煤化工产业：重点发展A、B和C)', () => {
  const doc =
    '某经济技术开发区产业发展概况\n\n一、产业布局\n\n' +
    '盐化工产业：重点发展纯碱、烧碱和聚氯乙烯，主要布局在东区。\n' +
    '新能源汽车产业：以甲乙汽车为链主，形成“电池材料—动力电池—电驱系统—整车”的产业链条。支持丙丁集团拓展电池壳体业务。\n' +
    '主导产业：绿色食品、现代物流。\n' +
    '二、工作要求\n\n各部门要按照产业布局开展招商。\n';

  it('the items a line develops and the links of its chain are parts of the industry its label names', async () => {
    const x = await runDoc(doc);
    const part = strong(x, 'PART_OF');
    for (const s of ['纯碱', '烧碱', '聚氯乙烯']) expect(part).toContain(`industry:${s} -> industry:盐化工`);
    for (const s of ['电池材料', '动力电池', '电驱系统', '整车']) expect(part).toContain(`industry:${s} -> industry:新能源汽车`);
    // a line’s items are not another line’s
    expect(all(x, 'PART_OF').filter((e) => /industry:(?:纯碱|烧碱|聚氯乙烯) -> industry:新能源汽车|industry:(?:电池材料|整车) -> industry:盐化工/.test(e))).toEqual([]);
  });

  it('a label that is a kind of industry (主导产业：…) names none: its items are parts of nothing by it', async () => {
    const x = await runDoc(doc);
    expect(all(x, 'PART_OF').filter((e) => /-> industry:主导/.test(e))).toEqual([]);
    expect(x.nodes.filter((n) => n.label === 'Industry' && n.name === '主导')).toEqual([]);
  });
});

describe('blind9 r05, dev8 r04: a map’s level lines written with a colon (■上游：A、B、C和D)', () => {
  const doc =
    '某市光学电子（光学镜头）产业链招商图谱\n\n【一、产业链全景】\n' +
    '某市光学电子产业以光学镜头为核心，产业链条为“光学玻璃—镜片—光学镜头—摄像模组”。其中：\n' +
    '■上游：光学玻璃、光学胶膜、精密模具。\n■中游：球面镜片、非球面镜片、镜头组装。\n■下游：车载摄像、安防监控、手机影像。\n\n' +
    '【二、本地企业分布】\n■上游环节：甲乙光电（光学玻璃）、丙丁材料（光学胶膜）。\n■中游环节：戊己光学（非球面镜片）。\n';

  it('every item of a level is a part of the document’s industry, the bracketed chain of the title too', async () => {
    const x = await runDoc(doc);
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:光学镜头 -> industry:光学电子');
    for (const s of ['光学玻璃', '光学胶膜', '精密模具', '球面镜片', '非球面镜片', '镜头组装', '车载摄像', '安防监控', '手机影像']) expect(part).toContain(`industry:${s} -> industry:光学电子`);
  });

  it('the chain a sentence says is its chain (产业链条为“A—B—C”) orders its links and makes them parts', async () => {
    const x = await runDoc(doc);
    const up = strong(x, 'UPSTREAM_OF');
    expect(up).toContain('industry:光学玻璃 -> industry:镜片');
    expect(up).toContain('industry:镜片 -> industry:光学镜头');
    expect(up).toContain('industry:光学镜头 -> industry:摄像模组');
    expect(strong(x, 'PART_OF')).toContain('industry:摄像模组 -> industry:光学电子');
    // (links a dash skips are not ordered)
    expect(all(x, 'UPSTREAM_OF')).not.toContain('industry:光学玻璃 -> industry:摄像模组');
  });

  it('a level’s line of firms names no segment: a firm is no part of anything', async () => {
    const x = await runDoc(doc);
    expect(all(x, 'PART_OF').filter((e) => /^enterprise:|甲乙光电|丙丁材料|戊己光学/.test(e))).toEqual([]);
  });
});

describe('blind9 r07, r08: a title’s umbrella (推进先进制造业重点产业链发展) is no subject', () => {
  it('the firms and parts of the chains are not the umbrella’s', async () => {
    const x = await runDoc(
      '某市推进先进制造业重点产业链发展工作分工方案\n\n一、总体安排\n\n聚焦装备制造、新材料两条产业链，实施链长制。\n\n' +
        '二、重点任务\n\n1．壮大装备制造。依托甲乙重工、丙丁机械等企业，发展工程机械和农业机械。\n',
    );
    expect(all(x, 'PART_OF').filter((e) => /先进制造/.test(e))).toEqual([]);
    expect(all(x, 'IN_INDUSTRY').filter((e) => /先进制造/.test(e))).toEqual([]);
  });
});

describe('blind9 r03, r05: a chain’s link joining two segments the document names apart (“A—B及C—D”)', () => {
  it('both are links in the same place of the chain; a half never named alone keeps the link whole', async () => {
    const x = await runDoc(
      '某市精细化工产业三年行动方案\n\n一、发展基础\n\n精细化工产业是我市支柱产业。产业链条呈现“基础原料—氯碱及纯碱—有机中间体—专用化学品”的特征；' +
        '光伏产业形成“工业硅—多晶硅—组件及应用”的产业链条。\n\n二、重点任务\n\n1．提升基础原料。增产氯碱、纯碱等基础化工原料。\n',
    );
    const up = strong(x, 'UPSTREAM_OF');
    for (const s of ['氯碱', '纯碱']) {
      expect(up).toContain(`industry:基础原料 -> industry:${s}`);
      expect(up).toContain(`industry:${s} -> industry:有机中间体`);
    }
    expect(strong(x, 'PART_OF')).toContain('industry:纯碱 -> industry:精细化工');
    expect(all(x, 'UPSTREAM_OF').filter((e) => /氯碱及纯碱|基础原料 -> industry:有机中间体/.test(e))).toEqual([]);
    // (应用 is never named alone: 组件及应用 stays one link)
    expect(up).toContain('industry:多晶硅 -> industry:组件及应用');
    expect(all(x, 'UPSTREAM_OF').filter((e) => /-> industry:应用$/.test(e))).toEqual([]);
  });
});

describe('blind9 r01, r03: a paragraph led by its industry (汽车产业是…) in a plan about many industries', () => {
  const doc =
    '某市国民经济和社会发展第十四个五年规划纲要（摘录）\n\n第五章　做强主导产业\n\n' +
    '船舶产业是我市的立市之本。经过多年发展，我市已形成完整体系，以甲乙重工为龙头，集聚了丙丁船舶、戊己动力等一批骨干企业。\n\n' +
    '我市海工装备产业包括船用主机、甲板机械、舱室设备三大板块。船用主机板块以戊己动力为链主；甲板机械板块已落户庚辛机械等企业。\n\n' +
    '第二节　推进数字化\n\n支持壬癸科技建设工业互联网平台。\n';

  it('the firms the paragraph gathers are in the industry that leads it', async () => {
    const x = await runDoc(doc);
    const inInd = strong(x, 'IN_INDUSTRY');
    for (const f of ['甲乙重工', '丙丁船舶', '戊己动力']) expect(inInd).toContain(`enterprise:${f} -> industry:船舶`);
    // (another paragraph, with no such lead, is not the industry's)
    expect(all(x, 'IN_INDUSTRY').filter((e) => /壬癸科技 -> industry:船舶/.test(e))).toEqual([]);
  });

  it('a clause led by a division the text listed (X板块以A为链主 / X板块已落户B等企业) puts the firms in the division', async () => {
    const x = await runDoc(doc);
    const inInd = strong(x, 'IN_INDUSTRY');
    expect(inInd).toContain('enterprise:戊己动力 -> industry:船用主机');
    expect(inInd).toContain('enterprise:庚辛机械 -> industry:甲板机械');
    expect(all(x, 'IN_INDUSTRY').filter((e) => /戊己动力 -> industry:甲板机械|庚辛机械 -> industry:船用主机/.test(e))).toEqual([]);
  });
});

describe('blind9 r05, dev8 r04: firms typed by a bracket of several segments (A（X、Y）、B（Y）)', () => {
  it('a level’s line of firms: each firm is in each segment of its own bracket, never a neighbour’s', async () => {
    const x = await runDoc(
      '某市光学电子产业链招商图谱\n\n【一、产业链全景】\n■上游：光学玻璃、光学胶膜。\n■中游：球面镜片、非球面镜片。\n\n' +
        '【二、本地企业分布】\n■上游环节：甲乙光电科技（光学玻璃、光学胶膜）、丙丁材料科技（光学胶膜）。\n■中游环节：戊己光学（非球面镜片）。\n',
    );
    const inInd = strong(x, 'IN_INDUSTRY');
    expect(inInd).toContain('enterprise:甲乙光电科技 -> industry:光学玻璃');
    expect(inInd).toContain('enterprise:甲乙光电科技 -> industry:光学胶膜');
    expect(inInd).toContain('enterprise:丙丁材料科技 -> industry:光学胶膜');
    expect(inInd).toContain('enterprise:戊己光学 -> industry:非球面镜片');
    expect(all(x, 'IN_INDUSTRY').filter((e) => /丙丁材料科技 -> industry:光学玻璃|戊己光学 -> industry:(?:光学|球面镜片)/.test(e))).toEqual([]);
  });

  it('a 代表企业 line with a bracket of two segments types the firm by both', async () => {
    const x = await runDoc(
      '某市光伏产业链链长制工作方案\n\n一、产业链图谱\n\n（一）光伏产业链\n\n中游环节：单晶硅棒、硅片、电池片。代表企业：隆基绿能（单晶硅棒、硅片）、晶澳太阳能（电池片）。\n',
    );
    const inInd = strong(x, 'IN_INDUSTRY');
    expect(inInd).toContain('enterprise:隆基绿能 -> industry:单晶硅棒');
    expect(inInd).toContain('enterprise:隆基绿能 -> industry:硅片');
    expect(all(x, 'IN_INDUSTRY').filter((e) => /隆基绿能 -> industry:电池片|晶澳太阳能 -> industry:(?:单晶硅棒|硅片)/.test(e))).toEqual([]);
  });
});

describe('blind8 r03, blind9 r01: a sentence led by a cluster (乳业集群以A、B为龙头，已形成“…”全产业链)', () => {
  it('the firms it leads with are in the cluster’s industry, and its chain is the cluster’s', async () => {
    const x = await runDoc(
      '某市2026年重点产业项目清单\n\n一、总体情况\n\n' +
        '茶叶集群以甲乙茶业、丙丁茶业为龙头，已形成“茶苗繁育—茶园种植—茶叶加工—茶饮销售”全产业链，2025年产值超过百亿元。' +
        '电机集群已集聚戊己电机、庚辛电气等企业，高新区重点发展伺服电机。\n',
    );
    const inInd = strong(x, 'IN_INDUSTRY');
    for (const f of ['甲乙茶业', '丙丁茶业']) expect(inInd).toContain(`enterprise:${f} -> industry:茶叶`);
    const part = strong(x, 'PART_OF');
    for (const s of ['茶苗繁育', '茶园种植', '茶叶加工', '茶饮销售']) expect(part).toContain(`industry:${s} -> industry:茶叶`);
    // (a cluster's firms are not another cluster's)
    expect(all(x, 'IN_INDUSTRY').filter((e) => /(?:甲乙茶业|丙丁茶业) -> industry:电机|(?:戊己电机|庚辛电气) -> industry:茶叶/.test(e))).toEqual([]);
  });
});
