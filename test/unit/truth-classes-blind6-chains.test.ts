// Chain and industry relation classes found on the development set truth-blind6 (branch chains8): short
// documents of the genre written for these tests (places, firms and chains invented or generic); each asserts
// what the class gives and what it must not give (a sibling list is no hierarchy, a list is no cross-product),
// so no rule tuned to one fixture sentence passes.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind6: X产业链包括A、B、C… and its dash chain, whatever the links are called', () => {
  it('a link named 整机制造 or 资源保护 is a segment (机制 and 资源 inside a word are no plan words)', async () => {
    const x = await runDoc(
      '某市通航装备产业发展措施\n\n一、产业布局\n我市通航装备产业链包括航材供应、整机制造和飞行运营三个环节，形成“航材供应—整机制造—飞行运营”的链条。\n我市花卉产业链包括种质资源保护、良种选育和鲜切花销售三个环节。\n',
    );
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:整机制造 -> industry:通航装备');
    expect(part).toContain('industry:航材供应 -> industry:通航装备');
    expect(part).toContain('industry:种质资源保护 -> industry:花卉');
    const up = strong(x, 'UPSTREAM_OF');
    expect(up).toContain('industry:航材供应 -> industry:整机制造');
    expect(up).toContain('industry:整机制造 -> industry:飞行运营');
    // the links are siblings: none is part of another
    expect(part.filter((e) => /-> industry:(?:航材供应|整机制造|飞行运营)$/.test(e))).toEqual([]);
  });
  it('an element’s chain (锂产业链包括…) is that element’s industry, and its dash chain is too, not the document’s', async () => {
    const x = await runDoc(
      '某省盐湖资源开发规划\n\n第二节 做强锂产业\n锂产业链包括卤水提锂、锂盐精制和锂电池三个环节，形成“卤水提锂—锂盐精制—锂电池”的产业链条。\n',
    );
    const part = strong(x, 'PART_OF');
    for (const s of ['卤水提锂', '锂盐精制', '锂电池']) expect(part.some((e) => e.startsWith(`industry:${s} -> industry:锂`))).toBe(true);
    expect(part.filter((e) => /-> industry:盐湖/.test(e) && /卤水提锂|锂盐精制/.test(e))).toEqual([]);
  });
  it('a list joined by 和 keeps a link named with 及 whole (A、B和C及D: C及D is one link)', async () => {
    const x = await runDoc('某区锆产业招商指南\n\n一、产业概况\n锆及锆合金产业包括锆锭冶炼、锆材加工和锆制品及应用三个重点环节。\n');
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:锆制品及应用 -> industry:锆及锆合金');
    expect(part).toContain('industry:锆材加工 -> industry:锆及锆合金');
    expect(all(x, 'PART_OF').filter((e) => /industry:应用 ->/.test(e))).toEqual([]);
  });
  it('a dash chain without a whole in its sentence belongs to the whole another sentence lists its links under', async () => {
    const x = await runDoc(
      '某区锆产业招商指南\n\n一、产业概况\n我区已形成“海绵锆—锆锭冶炼—锆材加工—锆制品及应用”的完整链条。锆及锆合金产业包括锆锭冶炼、锆材加工和锆制品及应用三个重点环节。\n',
    );
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:海绵锆 -> industry:锆及锆合金');
    expect(strong(x, 'UPSTREAM_OF')).toContain('industry:海绵锆 -> industry:锆锭冶炼');
  });
});

describe('blind6: a chain laid out in levels (X产业链分为上游、中游和下游：上游为A…)', () => {
  it('each level is part of the chain the section names; 上游、中游和下游 names no segment', async () => {
    const x = await runDoc(
      '某县茶产业发展实施方案\n\n一、产业链条\n我县茶产业链分为上游、中游和下游:上游为茶园种植,包括良种茶苗和有机茶园;中游为茶叶加工,包括绿茶和红茶;下游为茶饮消费,包括新式茶饮和茶食品。形成"茶园种植—茶叶加工—茶饮消费"的产业链条。\n二、存在问题\n产品同质化、上游茶园种植附加值低等问题突出。\n',
    );
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:茶园种植 -> industry:茶');
    expect(part).toContain('industry:茶叶加工 -> industry:茶');
    expect(part).toContain('industry:茶饮消费 -> industry:茶');
    expect(part).toContain('industry:绿茶 -> industry:茶叶加工');
    const up = all(x, 'UPSTREAM_OF');
    expect(up).toContain('industry:茶园种植 -> industry:茶叶加工');
    expect(up.filter((e) => /industry:(?:下游|中游|上游)\b|附加值/.test(e))).toEqual([]);
  });
});

describe('blind6: a province plan’s 第X章/第X节 headings name the level their lists develop', () => {
  it('第一节 稳定A生产 / 第二节 做大B产业 / 第三节 延伸C与D: items go under the section’s industry, not only the document’s', async () => {
    const x = await runDoc(
      '某省海洋化工产业发展规划\n\n第三章 构建现代海洋化工产业体系\n我省海洋化工产业包括海盐、溴产业、镁系材料、钠盐化工和碘化工五大板块。\n第一节 稳定海盐生产\n发展精制海盐和低钠盐。\n第二节 做大溴产业\n发展溴化阻燃剂和溴素精制。\n第三节 延伸钠盐化工与碘化工\n发展碘化钾和元明粉。\n',
    );
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:精制海盐 -> industry:海盐');
    expect(part).toContain('industry:低钠盐 -> industry:海盐');
    expect(part.some((e) => /^industry:溴化阻燃剂 -> industry:溴/.test(e))).toBe(true);
    // a joined heading says which part only where an item shares a word or character with one of them
    expect(part).toContain('industry:碘化钾 -> industry:碘化工');
    expect(part.filter((e) => /industry:元明粉 -> industry:(?:碘化工|钠盐化工)/.test(e))).toEqual([]);
    // never across sections
    expect(part.filter((e) => /industry:精制海盐 -> industry:溴/.test(e))).toEqual([]);
  });
});

describe('blind6: a measure title in the document’s own words (1．做强A / 2．做优A和B)', () => {
  it('the title names segments the document laid out: the measure supports them, its development lists are their parts', async () => {
    const x = await runDoc(
      '某县功能食品产业实施方案\n\n一、产业链条\n我县功能食品产业链包括益生菌原料、膳食纤维和功能饮品三个环节。\n二、重点任务\n1.做强益生菌原料。以禾川生物为龙头,发展双歧杆菌粉和乳酸菌粉,对新建产线给予补助。\n2.做优膳食纤维和功能饮品。依托澄泉食品等企业,发展抗性糊精、菊粉纤维和植物蛋白饮料。\n',
    );
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:双歧杆菌粉 -> industry:益生菌原料');
    expect(part).toContain('industry:乳酸菌粉 -> industry:益生菌原料');
    expect(part).toContain('industry:菊粉纤维 -> industry:膳食纤维');
    // an item sharing a character with one title segment goes with it; one sharing nothing goes with the first (the
    // title's order, as the context rule has it: 发展商业航天和维修保障 / 布局微小卫星制造 → 商业航天), never with both
    expect(part).toContain('industry:植物蛋白饮料 -> industry:功能饮品');
    expect(part).toContain('industry:抗性糊精 -> industry:膳食纤维');
    expect(part).not.toContain('industry:抗性糊精 -> industry:功能饮品');
    const sup = strong(x, 'SUPPORTS');
    expect(sup.some((e) => /:1 -> industry:益生菌原料$/.test(e))).toBe(true);
    expect(sup.some((e) => /:2 -> industry:功能饮品$/.test(e))).toBe(true);
  });
  it('an item sharing words with both title segments is a kind of the one whose head it ends with', async () => {
    const x = await runDoc(
      '某市种业分工方案\n\n一、总体要求\n我市种业产业链包括种子加工和种业贸易两个环节。\n二、重点任务\n6．发展种子加工和种业贸易。用好自贸港政策，发展种子进出口贸易和种子包衣加工。\n',
    );
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:种子进出口贸易 -> industry:种业贸易');
    expect(part).toContain('industry:种子包衣加工 -> industry:种子加工');
    expect(part).not.toContain('industry:种子进出口贸易 -> industry:种子加工');
  });
  it('a title naming segments the list itself names again lists siblings, not parts of the title', async () => {
    const x = await runDoc('某区储能产业行动方案\n\n一、重点任务\n1.补强变流器和电池管理系统。重点发展变流器、电池管理系统和能量管理系统。\n');
    expect(strong(x, 'PART_OF').filter((e) => /-> industry:(?:变流器|电池管理系统)$/.test(e))).toEqual([]);
  });
});

describe('blind6: a chain map’s link blocks (（一）上游：A / 细分领域：… / 核心配套企业：…)', () => {
  it('细分领域 items are parts of the heading’s link (its position word no part of its name); supplier and 链主 lines are its firms', async () => {
    const x = await runDoc(
      '某市风电装备产业链图谱\n\n一、产业链图谱\n（一）上游：核心部件\n细分领域：主轴轴承、叶片模具、变桨系统\n链主企业：岚峰重工\n核心配套企业：北辰精工、澄川传动\n（二）中游：整机总装\n细分领域：陆上风机、海上风机\n核心配套企业：远岫电气（变流器）\n二、工作举措\n细分领域：不再列出\n',
    );
    const part = strong(x, 'PART_OF');
    for (const p of ['主轴轴承', '叶片模具', '变桨系统']) expect(part).toContain(`industry:${p} -> industry:核心部件`);
    expect(part).toContain('industry:海上风机 -> industry:整机总装');
    // siblings of one line are parts of neither one another nor the other link
    expect(part.filter((e) => /industry:主轴轴承 -> industry:(?:叶片模具|整机总装)/.test(e))).toEqual([]);
    const inInd = strong(x, 'IN_INDUSTRY');
    for (const f of ['岚峰重工', '北辰精工', '澄川传动']) expect(inInd).toContain(`enterprise:${f} -> industry:核心部件`);
    // a supplier typed by its bracket is its field's, not the link's by this line
    expect(inInd).toContain('enterprise:远岫电气 -> industry:变流器');
    expect(inInd).not.toContain('enterprise:远岫电气 -> industry:整机总装');
    expect(inInd.filter((e) => /北辰精工 -> industry:整机总装/.test(e))).toEqual([]);
  });
});

describe('blind6: typed firms and development lists against the chain the document laid out', () => {
  it('a kind of firm that begins a laid-out link (等选育企业 after …包括…选育创新…) is that link; another kind stays its own', async () => {
    const x = await runDoc(
      '某市花卉产业分工方案\n\n一、总体要求\n我市花卉产业链包括种质资源保护、选育创新、种苗繁育和鲜花销售四个环节。当前，花卉科技城已集聚澄田花卉、远芳园艺等选育企业和青禾种苗等种苗繁育企业。\n',
    );
    const inInd = strong(x, 'IN_INDUSTRY');
    expect(inInd).toContain('enterprise:澄田花卉 -> industry:选育创新');
    expect(inInd).toContain('enterprise:青禾种苗 -> industry:种苗繁育');
    // no cross-product: each typed group goes with its own kind
    expect(inInd).not.toContain('enterprise:青禾种苗 -> industry:选育创新');
    expect(all(x, 'IN_INDUSTRY').filter((e) => /-> industry:选育$/.test(e))).toEqual([]);
  });
  it('a segment the document’s industry develops elsewhere is still a part of the link a later measure develops it under', async () => {
    const x = await runDoc(
      '某市低空装备产业若干措施\n\n第一条 优化布局。我市低空装备产业链包括关键部件、整机制造和飞行服务三个环节。航空产业园重点发展飞控系统和机载雷达。\n第二条 补强关键部件。依托澄空航电、远翼电机等企业，发展飞控系统、航空电机和机载雷达。\n',
    );
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:飞控系统 -> industry:关键部件');
    expect(part).toContain('industry:航空电机 -> industry:关键部件');
    expect(part).toContain('industry:机载雷达 -> industry:关键部件');
    // the links themselves stay siblings
    expect(part.filter((e) => /industry:(?:整机制造|飞行服务) -> industry:关键部件/.test(e))).toEqual([]);
  });
});

describe('blind6: a measure title naming the kind its list’s items are (5．发展X种苗 / 发展A种苗和B种苗)', () => {
  it('items ending in the title’s head word are parts of the title’s industry, which the measure supports', async () => {
    const x = await runDoc(
      '某市种业工作方案\n\n二、重点任务\n5．发展高原特色种薯。依托青岚种业等企业，发展彩色马铃薯种薯和脱毒微型种薯，对新建育苗设施给予补助。\n6．发展数字服务。推动检测服务和物流服务发展。\n',
    );
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:彩色马铃薯种薯 -> industry:高原特色种薯');
    expect(part).toContain('industry:脱毒微型种薯 -> industry:高原特色种薯');
    expect(strong(x, 'SUPPORTS').some((e) => /:5 -> industry:高原特色种薯$/.test(e))).toBe(true);
    // a generic head (服务) says nothing of what the items are kinds of
    expect(part.filter((e) => /-> industry:数字服务$/.test(e))).toEqual([]);
  });
});

describe('blind6: firms a measure relies on, under a title in the document’s own words', () => {
  it('依托A、B等企业，发展X和Y under 5．发展Z (X, Y kinds of Z): A and B are in Z (stated), each item only listed', async () => {
    const x = await runDoc(
      '某市种业工作方案\n\n二、重点任务\n5．发展高原特色种薯。依托青岚种业、澄田农科等企业，发展彩色马铃薯种薯和脱毒微型种薯。\n',
    );
    const inInd = strong(x, 'IN_INDUSTRY');
    expect(inInd).toContain('enterprise:青岚种业 -> industry:高原特色种薯');
    expect(inInd).toContain('enterprise:澄田农科 -> industry:高原特色种薯');
    // two firms against two items pair nothing strongly
    expect(inInd.filter((e) => /-> industry:(?:彩色马铃薯种薯|脱毒微型种薯)$/.test(e))).toEqual([]);
  });
  it('a measure supports a segment the document named when its sentence carries it out (重点开展X / 重点承担Y)', async () => {
    const x = await runDoc(
      '某市花卉产业分工方案\n\n一、总体要求\n我市花卉产业链包括种质资源保护、选育创新和种苗繁育三个环节。\n二、重点任务\n3．加强资源保护利用。在花卉科技城建设种质资源库，重点开展种质资源保护和鉴定评价。\n4．优化布局。各县的繁育基地重点承担种苗繁育。\n',
    );
    const sup = strong(x, 'SUPPORTS');
    expect(sup.some((e) => /:3 -> industry:种质资源保护$/.test(e))).toBe(true);
    expect(sup.some((e) => /:4 -> industry:种苗繁育$/.test(e))).toBe(true);
  });
});

describe('blind6: a joined measure title seeking a quality (提升A和B优势)', () => {
  it('names both segments: the measure supports each, an item goes under the one it shares a word with', async () => {
    const x = await runDoc(
      '某市生物医药产业行动方案\n\n一、产业基础\n我市生物医药产业包括化学药、中药和医疗器械三个领域。\n二、重点任务\n1．提升化学药和中药优势。依托青禾药业发展化学仿制药和中药配方颗粒。\n',
    );
    const sup = strong(x, 'SUPPORTS');
    expect(sup.some((e) => /:1 -> industry:化学药$/.test(e))).toBe(true);
    expect(sup.some((e) => /:1 -> industry:中药$/.test(e))).toBe(true);
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:化学仿制药 -> industry:化学药');
    expect(part).toContain('industry:中药配方颗粒 -> industry:中药');
    expect(part).not.toContain('industry:中药配方颗粒 -> industry:化学药');
    expect(all(x, 'SUPPORTS').filter((e) => /优势/.test(e.split(' -> ')[1]!))).toEqual([]);
  });
});

describe('blind6: a measure supports the laid-out links its title and sentences name', () => {
  it('做强上游A (A a link) and 推动B、C向高端化升级 (B, C links named before): the measure supports A, B and C', async () => {
    const x = await runDoc(
      '某区智能家具产业措施\n\n一、产业基础\n我区智能家具产业链条完整:上游为板材和五金件;中游为定制衣柜和智能床垫。\n二、具体措施\n1.做强上游板材。以澄木集团为龙头发展环保板材。\n2.提升整装能力。推动定制衣柜、智能床垫向高端化升级。\n',
    );
    const sup = strong(x, 'SUPPORTS');
    expect(sup.some((e) => /:1 -> industry:板材$/.test(e))).toBe(true);
    expect(sup.some((e) => /:2 -> industry:定制衣柜$/.test(e))).toBe(true);
    expect(sup.some((e) => /:2 -> industry:智能床垫$/.test(e))).toBe(true);
    expect(all(x, 'SUPPORTS').filter((e) => /industry:上游/.test(e))).toEqual([]);
  });
});

describe('blind6: a measure that rewards or backs the firms of a named segment targets the segment', () => {
  it('对…的X企业给予奖励 / 支持Y企业…: SUPPORTS X and Y', async () => {
    const x = await runDoc(
      '某市茶饮产业若干措施\n\n一、产业基础\n我市茶饮产业包括新式茶饮、茶食品和茶旅融合三个领域。\n二、措施\n1．做强龙头。对年营业收入首次突破10亿元的新式茶饮企业，给予50万元奖励。\n2．培育配套。支持茶旅融合企业开展品牌建设。\n3．强化服务。为企业提供一站式服务。\n',
    );
    const sup = strong(x, 'SUPPORTS');
    expect(sup.some((e) => /:1 -> industry:新式茶饮$/.test(e))).toBe(true);
    expect(sup.some((e) => /:2 -> industry:茶旅融合$/.test(e))).toBe(true);
    expect(sup.filter((e) => /:3 -> /.test(e))).toEqual([]);
  });
});

describe('blind6: a firm’s own chain (A已在园区形成“X—Y—Z”的一体化布局)', () => {
  it('the firm is in each link; neither the firm nor its place is an industry the links are parts of', async () => {
    const x = await runDoc(
      '某市电池材料园区布局规划\n\n一、化工园\n园区重点发展净化磷酸和磷酸铁。澄湖化工股份有限公司已在园区形成“磷矿—净化磷酸—磷酸铁”的一体化布局。远岫集团已在园区形成“萤石—氢氟酸—氟化盐”的一体化布局。\n',
    );
    const inInd = strong(x, 'IN_INDUSTRY');
    expect(inInd).toContain('enterprise:澄湖化工 -> industry:磷矿');
    expect(inInd).toContain('enterprise:澄湖化工 -> industry:磷酸铁');
    expect(strong(x, 'UPSTREAM_OF')).toContain('industry:磷矿 -> industry:净化磷酸');
    expect(all(x, 'PART_OF').filter((e) => /(?:集团|化工|园区)/.test(e.split(' -> ')[1]!))).toEqual([]);
  });
});

describe('blind6: one item closed by its kind (适度发展A等X产品)', () => {
  it('the item is part of X; a quality or a generic kind after 等 gives nothing', async () => {
    const x = await runDoc('某省盐湖产业规划\n\n第四节 延伸氯碱产业\n适度发展聚氯乙烯等氯碱化工产品，推动烧碱等高端产品提质。\n');
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:聚氯乙烯 -> industry:氯碱化工');
    expect(all(x, 'PART_OF').filter((e) => /-> industry:高端/.test(e))).toEqual([]);
  });
});

describe('sibling industries are no lexicon hierarchy (生物医药和高端医疗器械)', () => {
  it('an industry the document names beside its lexicon parent is part of it nowhere in the document', async () => {
    const x = await runDoc(
      '某市关于加快生物医药和高端医疗器械产业高质量发展的实施意见\n\n一、目标\n到2028年，全市生物医药产业营业收入突破1000亿元，医疗器械产业营业收入突破300亿元。\n',
    );
    expect(all(x, 'PART_OF').filter((e) => /industry:医疗器械 -> industry:生物医药/.test(e))).toEqual([]);
  });
  it('without the sibling naming, the lexicon parent still holds where both are in view', async () => {
    const x = await runDoc('某市生物医药产业行动方案\n\n一、目标\n全市生物医药产业营业收入突破1000亿元，其中医疗器械产业营业收入突破300亿元。\n');
    expect(all(x, 'PART_OF')).toContain('industry:医疗器械 -> industry:生物医药');
  });
});

describe('blind6: firms a province plan’s section relies on (第二节 做大X产业 / 依托A、B等企业，发展…)', () => {
  it('are in the section’s industry (stated), each item only listed', async () => {
    const x = await runDoc(
      '某省海洋化工产业发展规划\n\n第三章 构建现代海洋化工产业体系\n我省海洋化工产业包括海盐、溴产业和镁系材料三大板块。\n第二节 做大溴产业\n依托澄海化工、蓝岫盐业等企业，发展溴化阻燃剂和溴素精制。\n',
    );
    const inInd = strong(x, 'IN_INDUSTRY');
    expect(inInd.some((e) => /^enterprise:澄海化工 -> industry:溴/.test(e))).toBe(true);
    expect(inInd.some((e) => /^enterprise:蓝岫盐业 -> industry:溴/.test(e))).toBe(true);
    expect(inInd.filter((e) => /-> industry:(?:溴化阻燃剂|溴素精制)$/.test(e))).toEqual([]);
  });
});

describe('blind6: a key-value label is no development item (发展现状：… under a segment heading)', () => {
  it('现状 is part of nothing; the line’s own segments keep their edges', async () => {
    const x = await runDoc('某区锆产业招商指南\n\n二、重点环节\n（一）锆材加工\n发展现状：全区锆材加工企业超过50家，产品规格齐全。\n招引方向：锆合金管材、超薄锆箔\n重点企业：澄锆科技、远岫新材\n');
    expect(all(x, 'PART_OF').filter((e) => /industry:现状 ->/.test(e))).toEqual([]);
    expect(strong(x, 'PART_OF')).toContain('industry:锆合金管材 -> industry:锆材加工');
  });
});

describe('a tiered chain (构建三级X产业链。一级为…；二级为…) and a plan’s main chains (打通“A—B—C”和“A—D—E”两条主链)', () => {
  it('each tier’s items are parts of the chain (or of the kind 等 closes them with); the main chains are ordered', async () => {
    const x = await runDoc(
      '某市现代盐化工产业规划\n\n第二章 产业链体系\n构建三级现代盐化工产业链。一级为原盐、卤水和芒硝等基础产品；二级为纯碱和烧碱等中间产品；三级为聚氯乙烯、氯化石蜡等化工新材料和精细化学品。重点打通“原盐—烧碱—聚氯乙烯”和“原盐—纯碱—玻璃”两条主链。\n',
    );
    const part = strong(x, 'PART_OF');
    for (const p of ['原盐', '卤水', '芒硝', '纯碱', '烧碱']) expect(part).toContain(`industry:${p} -> industry:现代盐化工`);
    expect(part).toContain('industry:聚氯乙烯 -> industry:化工新材料');
    // a tier's generic kind (基础产品, 中间产品) is no segment
    expect(all(x, 'PART_OF').filter((e) => /industry:(?:中间|基础)(?:产品)? /.test(e + ' '))).toEqual([]);
    const up = strong(x, 'UPSTREAM_OF');
    expect(up).toContain('industry:原盐 -> industry:烧碱');
    expect(up).toContain('industry:纯碱 -> industry:玻璃');
  });
});

describe('levels named in one run (上游A、中游B与C、下游D与E)', () => {
  it('every segment of a level feeds every one of the next when the grid is small; no level skips one', async () => {
    const x = await runDoc('某市无人机产业实施意见\n\n一、总体要求\n着力打造上游复合材料、中游飞控系统与动力系统、下游整机制造与飞行服务的完整产业链。\n');
    const up = strong(x, 'UPSTREAM_OF');
    expect(up).toContain('industry:复合材料 -> industry:飞控系统');
    expect(up).toContain('industry:复合材料 -> industry:动力系统');
    expect(up).toContain('industry:动力系统 -> industry:整机制造');
    expect(up.filter((e) => /industry:复合材料 -> industry:(?:整机制造|飞行服务)/.test(e))).toEqual([]);
  });
});
