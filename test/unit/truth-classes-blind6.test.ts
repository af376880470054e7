// Node classes found on the sixth blind set once it became a development set (test/fixtures/truth-blind6:
// 第X条 articles, 链长制 key-value blocks, a ｜-separated park table, a province plan, 未来产业, a 招商指南, a PDF
// paste): names, bounds and types of parks, labs, firms and industries. One describe per class, on short texts
// written for these tests (names invented; real place names only where the class is about a place). Each
// asserts what the class forbids or requires.
import { describe, expect, it } from 'vitest';
import { runDoc, names, strong, all } from '../fixtures/class-doc.ts';
import { decodeSource, parseDocument } from '../../server/src/ingest/index.ts';
import { findEntities } from '../../server/src/ingest/entities/index.ts';
import { seedsContext } from '../fixtures/ingest-context.ts';
import { parseLexicon } from '../../server/src/ingest/lexicon/index.ts';

describe('blind6 class: a key-value block’s field labels', () => {
  it('主要承载园区： / 核心配套企业： / 细分领域： are labels: no park named 主要承载园区, the items typed by the label', async () => {
    const x = await runDoc(
      '岚州市智能装备产业链工作方案\n一、产业链图谱\n（一）上游：精密部件\n细分领域：谐波减速器、伺服电机\n链主企业：岚州精工集团\n核心配套企业：岚州恒动传动、青禾伺服科技、岚州天衡机电\n主要承载园区：岚州经济技术开发区\n',
    );
    expect(names(x, 'Park')).toEqual(['岚州经济技术开发区']);
    expect(names(x, 'Enterprise')).toEqual(expect.arrayContaining(['岚州恒动传动', '青禾伺服科技', '岚州天衡机电', '岚州精工集团']));
    // the heading's chain position is no part of the segment's name
    expect(names(x, 'Industry').filter((n) => /上游/.test(n))).toEqual([]);
  });
  it('under a firm label, names without a bracket are firms too; opening with a region, a trade word may end them (X检修服务)', async () => {
    const x = await runDoc('一、链条\n（一）下游：运维服务\n重点企业：自贡清川电力工程、自贡恒安检修服务\n');
    expect(names(x, 'Enterprise')).toEqual(['自贡恒安检修服务', '自贡清川电力工程']);
  });
  it('a firm label with bracketed lines of business: the firm named by a known firm word plus a field is one firm', async () => {
    const x = await runDoc('一、链条\n（一）中游：主机\n核心配套企业：岚州汽轮叶片（燃气轮机）、青禾阀门（核电装备）\n');
    expect(names(x, 'Enterprise')).toEqual(['岚州汽轮叶片', '青禾阀门']);
    expect(strong(x, 'IN_INDUSTRY')).toEqual(expect.arrayContaining(['enterprise:岚州汽轮叶片 -> industry:燃气轮机', 'enterprise:青禾阀门 -> industry:核电装备']));
  });
});

describe('blind6 class: 园区 as a common noun after a verb, a rank or a subject', () => {
  it('优先保障园区用地 / 完成园区扩区 / 园区严格执行化工园区认定 / 达到省级化工园区标准 name no park', async () => {
    const x = await runDoc(
      '岚州市新材料产业发展方案\n一、保障\n优先保障园区用地和能耗指标。2026年重点完成园区扩区调区。园区严格执行化工园区认定管理要求。力争三个化工园均达到省级化工园区认定标准。\n',
    );
    expect(names(x, 'Park')).toEqual([]);
  });
  it('a chemical park (…化工园) is a park, a count of them (三个化工园) is none', async () => {
    const x = await runDoc('岚州市化工产业布局方案\n一、布局\n岚亭化工园重点发展精细磷化工。三个化工园要错位发展。\n');
    expect(names(x, 'Park')).toEqual(['岚亭化工园']);
    expect(strong(x, 'HOSTS')).toContain('park:岚亭化工园 -> industry:精细磷化工');
  });
  it('X产业园区布局规划 in a title names the parks of an industry, no one park; 在X产业园区布局Y does', async () => {
    const x = await runDoc('岚州市储能电池产业园区布局规划\n一、布局\n在岚东储能产业园区布局储能变流器。\n');
    expect(names(x, 'Park')).toEqual(['岚东储能产业园区']);
  });
});

describe('blind6 class: nicknames, goals and planned bases are no places', () => {
  it('被誉为“中国X谷” / 建成“Y硅谷” / 加快建设Z硅谷 name no park; 打造/在P建设 a named valley does', async () => {
    const x = await runDoc(
      '岚州市加快建设岚南种业硅谷实施方案\n一、基础\n岚州被誉为“中国锆谷”，锆材产量居全国前列。加快把岚州建成“岚南硅谷”。在岚州高新区建设岚州量子谷，集聚量子通信企业。\n',
    );
    expect(names(x, 'Park')).toEqual(['岚州量子谷', '岚州高新区']);
  });
  it('吸引企业来区建设X结构件生产基地 / 加快建设世界级Y产业基地: a product’s base to be built and a goal are no parks', async () => {
    const x = await runDoc('岚州市锆材产业招商指南\n一、招商\n吸引消费电子龙头企业来区建设锆合金结构件生产基地。加快建设世界级锆材产业基地。\n');
    expect(names(x, 'Park')).toEqual([]);
  });
  it('先后获批国家X试点园区: a title the city holds (an adverb before 获批 too), no place', async () => {
    const x = await runDoc('岚州市功能糖产业方案\n一、基础\n近年来，我市先后获批国家功能糖产业知识产权试点园区和省级特色产业集群。\n');
    expect(names(x, 'Park')).toEqual([]);
  });
});

describe('blind6 class: names joined, opened or split by the layout', () => {
  it('包括A园和B产业园两个组团: two parks, neither swallowing 和', async () => {
    const x = await runDoc('岚州新区未来产业行动方案\n一、布局\n启动区包括岚湖科学园和岚湖互联网产业园两个组团，岚湖科学园重点发展先进计算。\n');
    expect(names(x, 'Park')).toEqual(expect.arrayContaining(['岚湖科学园', '岚湖互联网产业园']));
    expect(names(x, 'Park').filter((n) => /和/.test(n))).toEqual([]);
  });
  it('a park named only by its industry keeps the bare zone word before it (高新区X产业园)', async () => {
    const x = await runDoc('岚州高新区钛产业招商指南\n一、园区\n主要分布：岚谷新材料产业园、高新区医疗器械产业园\n高新区医疗器械产业园位于岚州高新区，重点发展钛合金骨科植入物。\n');
    expect(names(x, 'Park')).toContain('高新区医疗器械产业园');
    expect(names(x, 'Park')).not.toContain('医疗器械产业园');
    expect(names(x, 'Industry')).not.toContain('医疗器械');
  });
  it('a flattened table row (园区｜主导产业｜企业): each cell is read alone, no name runs over ｜', async () => {
    const x = await runDoc('岚州市电池材料园区规划\n三、园区功能一览\n岚亭化工园｜精细磷化工、电解液｜湖北岚化集团、岚州楚磷新材料\n');
    expect(names(x, 'Enterprise')).toEqual(expect.arrayContaining(['湖北岚化集团']));
    expect(names(x, 'Enterprise').filter((n) => /[|｜]|电解液|精细/.test(n))).toEqual([]);
  });
  it('an institute’s branch (…研究院岚州分院) is one lab; a lab before 位于 is a lab, no firm', async () => {
    const x = await runDoc('岚州市钛产业方案\n一、平台\n创新平台：西岭有色金属研究院岚州分院\n岚州三峡实验室位于岚州高新区，服务磷系电池材料。\n');
    expect(names(x, 'Lab')).toEqual(expect.arrayContaining(['西岭有色金属研究院岚州分院', '岚州三峡实验室']));
    expect(names(x, 'Lab')).not.toContain('西岭有色金属研究院');
    expect(names(x, 'Enterprise')).toEqual([]);
  });
});

describe('blind6 class: firm names and the words around them', () => {
  it('a trade name jieba reads as a verb (兴发, 振华) before 集团 is the firm’s name; 现有 opens no name', async () => {
    const x = await runDoc('岚州市磷化工方案\n一、任务\n支持振岚集团牵头组建磷系材料创新中心。园区现有湖北岚化集团、岚州楚磷新材料等骨干企业。\n');
    expect(names(x, 'Enterprise')).toEqual(expect.arrayContaining(['振岚集团', '湖北岚化集团']));
    expect(names(x, 'Enterprise').filter((n) => /^现有/.test(n))).toEqual([]);
  });
  it('支持A、B在我省布局X / 招引A等企业来岚布局X: the place ends the firm’s name, X is still read whole', async () => {
    const x = await runDoc('岚州省盐湖产业规划\n一、任务\n支持岚星科技、岚海新能在我省布局储能电池。\n');
    expect(names(x, 'Enterprise')).toEqual(['岚星科技', '岚海新能']);
    expect(names(x, 'Industry')).toContain('储能电池');
    expect(names(x, 'Industry')).not.toContain('新型储能');
  });
  it('a firm’s clause read as a chain’s name (A集团已在园区形成“X—Y”) is no industry', async () => {
    const x = await runDoc('岚州市磷化工方案\n一、基础\n岚发集团已在园区形成“磷矿—湿法净化磷酸—磷酸铁”的一体化布局。\n');
    expect(names(x, 'Industry').filter((n) => /集团|公司/.test(n))).toEqual([]);
  });
});

describe('blind6 class: segment names bounded by genre words', () => {
  it('上游X附加值低 / 发展现状： — an evaluation after a segment and a field label are no part of a name', async () => {
    const x = await runDoc(
      '岚州市生物制造方案\n一、基础\n我市生物制造产业链分为上游、中游和下游：上游为玉米深加工，包括玉米淀粉。但产业仍存在上游玉米深加工附加值低等短板。\n二、环节\n（一）钛锭熔铸\n发展现状：全区钛锭熔铸产能达到8万吨。\n',
    );
    expect(names(x, 'Industry').filter((n) => /附加值|现状|^下游$|^上游$/.test(n))).toEqual([]);
  });
  it('依托L开展X制备技术攻关: the technique keeps 技术 (a technique is researched, no segment named X制备)', async () => {
    const x = await runDoc('岚州市钛产业方案\n一、创新\n依托岚州钛产业研究院开展钛合金短流程制备技术攻关。\n');
    expect(names(x, 'Industry')).not.toContain('钛合金短流程制备');
    expect(all(x, 'INNOVATES_FOR').filter((e) => /短流程制备$/.test(e))).toEqual([]);
  });
});

describe('blind6 class: names the layout or the conversion damaged', () => {
  it('a name written whole before and again with a character lost (研究□心) is that name', async () => {
    const x = await runDoc('岚州市生物制造方案\n一、基础\n岚州糖工程技术研究中心位于岚州高新区。\n二、任务\n1．培育新赛道。以岚州糖工程技术研究□心为创新源头，服务稀少糖。\n');
    expect(names(x, 'Lab')).toEqual(['岚州糖工程技术研究中心']);
    expect(strong(x, 'INNOVATES_FOR')).toContain('lab:岚州糖工程技术研究中心 -> industry:稀少糖');
  });
  it('a group’s national arm (A集团中国) is one firm; a field verb (育种, 繁育) stays inside a centre’s name', async () => {
    const x = await runDoc('岚州市种业方案\n一、任务\n已集聚岚禾种业、岚正达集团中国等育种企业。支持岚禾种业牵头组建岚南商业化育种创新中心。\n');
    expect(names(x, 'Enterprise')).toEqual(expect.arrayContaining(['岚正达集团中国']));
    expect(names(x, 'Enterprise')).not.toContain('岚正达集团');
    expect(names(x, 'Lab')).toEqual(['岚南商业化育种创新中心']);
  });
  it('P包括A和B两个片区: P, opening the sentence with its weak suffix (…科技城), is a park', async () => {
    const x = await runDoc('岚州市种业方案\n一、布局\n岚州岚湾科技城包括岚南科技城和深蓝科技城两个片区，其中岚南科技城重点发展育种创新。\n');
    expect(names(x, 'Park')).toContain('岚州岚湾科技城');
  });
});

describe('blind6 class: the subject and the goals of a plan', () => {
  it('X产业园区布局规划 has X as its subject; a known term opening X (新能源 in 新能源电池材料) is no mention of its own', async () => {
    const doc = parseDocument(await decodeSource('doc.txt', new TextEncoder().encode('岚州市新能源电池材料产业园区布局规划\n\n一、总体布局\n我市依托磷化工优势向新能源电池材料延伸。\n')), seedsContext);
    const found = findEntities(doc, seedsContext);
    expect(found.subject?.name).toBe('新能源电池材料');
    expect(found.sentences.flatMap((s) => s.mentions).filter((m) => m.label === 'Industry').map((m) => m.surface)).not.toContain('新能源');
  });
  it('建设全球X科技创新中心: a centre of global reach to build is a goal, no lab; 支持A牵头组建Y创新中心 is one', async () => {
    const x = await runDoc('岚州市种业方案\n一、任务\n对标国际种业创新高地，建设全球种业科技创新中心。支持岚禾种业牵头组建岚州种业技术创新中心。\n');
    expect(names(x, 'Lab')).toEqual(['岚州种业技术创新中心']);
  });
});

describe('blind6 class: a chain’s links counted by their number', () => {
  it('X产业链包括A、B、C和D四个环节: the items are segments, the count is no part of the last one', async () => {
    const x = await runDoc('岚州市种业行动方案\n一、基础\n我市种业产业链包括种源保护、育种研发、制种繁育和种业贸易四个环节，形成“种源保护—育种研发—制种繁育”的链条。\n');
    expect(names(x, 'Industry')).toEqual(expect.arrayContaining(['种源保护', '育种研发', '制种繁育', '种业贸易']));
    expect(names(x, 'Industry').filter((n) => /个环节/.test(n))).toEqual([]);
  });
  it('A、B等育种企业 after the chain named 育种创新 as a link: the activity names that link, no segment 育种', async () => {
    const x = await runDoc('岚州市种业行动方案\n一、基础\n我市种业产业链包括种源保护、育种创新、制种繁育和种业贸易四个环节。当前，岚南科技城已集聚岚禾种业集团、岚丰种业科技等育种企业。\n');
    expect(names(x, 'Industry')).not.toContain('育种');
    expect(all(x, 'IN_INDUSTRY')).toContain('enterprise:岚禾种业集团 -> industry:育种创新');
  });
});

describe('lexicon: short forms inside industry names (abbreviations.tsv)', () => {
  it('a segment named both short and in full in one document is one node, the short form its alias', async () => {
    const x = await runDoc('岚州市航空产业方案\n一、重点\n岚东园区重点发展通航运营。岚西园区重点发展通用航空运营和航空培训。\n');
    expect(names(x, 'Industry')).toContain('通用航空运营');
    expect(names(x, 'Industry')).not.toContain('通航运营');
    expect(x.nodes.find((n) => n.name === '通用航空运营')?.aliases ?? []).toContain('通航运营');
    expect(strong(x, 'HOSTS')).toContain('park:岚东园区 -> industry:通用航空运营');
  });
  it('a short form alone stays as written; a row whose short form is inside its full form is refused', () => {
    expect(() => parseLexicon({ 'abbreviations.tsv': 'full\tshort\n海洋工程\t海洋\n' })).toThrow(/abbreviations\.tsv:2/);
    expect(parseLexicon({ 'abbreviations.tsv': 'full\tshort\n通用航空\t通航\n' }).abbreviations).toEqual([{ full: '通用航空', shorts: ['通航'], line: 2 }]);
  });
});

describe('blind6 class: firms named by a region, a trade name and any trade word', () => {
  it('…等企业 / 依托…等企业: 珠海X航空服务, 青海X锂资源 are firms (a trade word at their end is no field)', async () => {
    const x = await runDoc('岚州市低空经济措施\n一、任务\n支持中信海直、珠海岚洲航空服务等企业开展低空物流业务。依托青海岚台锂资源等企业，发展吸附法提锂。\n');
    expect(names(x, 'Enterprise')).toEqual(expect.arrayContaining(['珠海岚洲航空服务', '青海岚台锂资源']));
  });
  it('引导A拓展X / A已落户园区: a region-opened name urged to act or settling is a firm; X市促进…发展 is the government', async () => {
    const x = await runDoc('珠海市促进低空经济高质量发展若干措施\n一、任务\n引导青海岚投碱业拓展高纯硼酸。宜昌岚江隔膜科技已落户园区。\n');
    expect(names(x, 'Enterprise')).toEqual(['宜昌岚江隔膜科技', '青海岚投碱业']);
    expect(all(x, 'IN_INDUSTRY')).toContain('enterprise:青海岚投碱业 -> industry:高纯硼酸');
  });
});

describe('blind6 class: a layout’s short-named area', () => {
  it('X区为核心 / 其中X区包括A和B两个组团: a two-character area the layout names is a park; a district in a sentence is none', async () => {
    const x = await runDoc('岚州新区未来产业行动方案\n一、布局\n构建“一核两园”空间格局，启动区为核心，重点发展卫星互联网，其中启动区包括岚湖科学园和岚湖互联网产业园两个组团。\n对落户历城区的企业给予奖励。\n');
    expect(names(x, 'Park')).toContain('启动区');
    expect(names(x, 'Park')).not.toContain('历城区');
  });
});
