// One test per genre convention: snippets from the seeds (seed and section named) and short
// texts of the same genre written for these tests (names that are not in the lexicon).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEntities, type Extraction } from '../../server/src/ingest/index.ts';
import { createIngestContext } from '../../server/src/ingest/context.ts';
import { loadLexicon } from '../../server/src/ingest/lexicon/index.ts';
import { parseIndustries } from '../../server/src/ingest/lexicon/industries.ts';
import { parseOrganizations } from '../../server/src/ingest/lexicon/organizations.ts';
import { seedsContext } from '../fixtures/ingest-context.ts';
import { simpleStructure } from '../fixtures/extract/simple-structure.ts';

function run(text: string): Extraction {
  const doc = simpleStructure(text, 'snippet.txt');
  const x = extractEntities(doc, seedsContext);
  for (const e of x.edges) for (const ev of e.evidence) expect(ev.text).toBe(text.slice(ev.start, ev.end));
  return x;
}
const names = (x: Extraction, label: string) => x.nodes.filter((n) => n.label === label).map((n) => n.name).sort();
const edges = (x: Extraction, type: string) => x.edges.filter((e) => e.type === type).map((e) => `${e.source} -> ${e.target}`).sort();

describe('enumerations closed by 等 + category word', () => {
  it('types the items by the category (001 三(三)1 创新药领域)', () => {
    const x = run('——创新药领域。依托天津药物研究院、中源协和、天九再生、合源生物等企业，打造细胞质控研究体系。');
    expect(names(x, 'Enterprise')).toEqual(['中源协和', '合源生物', '天九再生', '天津药物研究院']);
    expect(edges(x, 'IN_INDUSTRY')).toEqual([
      'enterprise:中源协和 -> industry:创新药', 'enterprise:合源生物 -> industry:创新药',
      'enterprise:天九再生 -> industry:创新药', 'enterprise:天津药物研究院 -> industry:创新药',
    ]);
  });
  it('依托X、Y等，重点发展Z: unknown companies without a category word (own text)', () => {
    const x = run('——储能领域。依托瀚海储能、津沽锂能等，重点发展新型储能。');
    expect(names(x, 'Enterprise')).toEqual(['津沽锂能', '瀚海储能']);
    expect(edges(x, 'IN_INDUSTRY')).toEqual(['enterprise:津沽锂能 -> industry:新型储能', 'enterprise:瀚海储能 -> industry:新型储能']);
    expect(x.lowConfidence.map((l) => l.name).sort()).toEqual(['津沽锂能', '瀚海储能']);
  });
  it('universities by 等高校 and institutes by suffix (own text)', () => {
    const x = run('联合北洋理工大学、渤海海洋研究所等高校院所，开展关键技术攻关。');
    expect(names(x, 'Lab')).toEqual(['北洋理工大学', '渤海海洋研究所']);
    const kinds = Object.fromEntries(x.nodes.map((n) => [n.name, n.properties.kind]));
    expect(kinds).toEqual({ 北洋理工大学: 'university', 渤海海洋研究所: 'institute' });
  });
  it('splits 和/与 only between complete names (002 三(七))', () => {
    const x = run('以天津理工大学、天津科技大学和中环先进材料研究院等为创新源头。');
    expect(names(x, 'Lab')).toEqual(['中环先进材料研究院', '天津理工大学', '天津科技大学']);
    const y = run('以脑机交互与人机共融海河实验室、海底管道和先进焊接制造重点实验室等为创新源头。');
    expect(names(y, 'Lab')).toEqual(['海底管道和先进焊接制造重点实验室', '脑机交互与人机共融海河实验室']);
  });
});

describe('以…为创新源头 / 为产业依托 under an industry heading', () => {
  it('002 三(一) 生物制造', () => {
    const x = run('三、空间布局\n（一）生物制造\n以天津大学、中科院工生所等为创新源头，空港生物制造产业园、南港工业区等为产业依托，打造生物制造谷等产业集聚区。');
    expect(edges(x, 'INNOVATES_FOR')).toEqual(['lab:中国科学院天津工业生物技术研究所 -> industry:生物制造', 'lab:天津大学 -> industry:生物制造']);
    expect(edges(x, 'HOSTS')).toEqual(['park:南港工业区 -> industry:生物制造', 'park:生物制造谷 -> industry:生物制造', 'park:空港生物制造产业园 -> industry:生物制造']);
  });
  it('unknown names typed by suffix (own text)', () => {
    const x = run('三、空间布局\n（二）合成生物\n以北洋合成生物研究院、海晏生物科技有限公司等为创新源头，临港合成生物产业园等为产业依托。');
    expect(names(x, 'Lab')).toEqual(['北洋合成生物研究院']);
    expect(names(x, 'Enterprise')).toEqual(['海晏生物科技']);
    expect(x.nodes.find((n) => n.name === '海晏生物科技')!.aliases).toContain('海晏生物科技有限公司');
    expect(edges(x, 'INNOVATES_FOR')).toEqual(['enterprise:海晏生物科技 -> industry:合成生物', 'lab:北洋合成生物研究院 -> industry:合成生物']);
    expect(edges(x, 'HOSTS')).toEqual(['park:临港合成生物产业园 -> industry:合成生物']);
  });
});

describe('由X牵头', () => {
  it('001 专栏1', () => {
    const x = run('国家先进计算产业创新中心由中科曙光牵头，联合26家产业上下游企业共同投资组建。先进操作系统创新中心由麒麟软件公司牵头。');
    expect(edges(x, 'LEADS')).toEqual(['enterprise:中科曙光 -> lab:国家先进计算产业创新中心', 'enterprise:麒麟软件 -> lab:先进操作系统创新中心']);
  });
  it('X牵头建设Y (own text)', () => {
    const x = run('支持天津卡达克数据有限公司牵头建设智能网联汽车创新中心。');
    expect(edges(x, 'LEADS')).toEqual(['enterprise:天津卡达克数据 -> lab:智能网联汽车创新中心']);
  });
});

describe('generic phrases are not entities', () => {
  it('000 measures 1, 4 and 12', () => {
    const x = run('支持布局国家实验室、全国重点实验室、国家技术创新中心等战略科技力量。鼓励企业建设技术研发中心、工程研究中心、天津市重点实验室等创新平台。支持龙头企业、科技型中小企业建设主题园区，支持布局一批产业特色园区。');
    expect(x.nodes.filter((n) => n.label !== 'Industry')).toEqual([]);
  });
});

describe('aliases and entity resolution', () => {
  it('bracketed aliases (002 三(二), 001 六(三))', () => {
    const x = run('以中国医学科学院血液学研究所（血液病医院）、滨江生命科学研究院（滨江研究院）等为创新源头。');
    expect(x.nodes.find((n) => n.name === '滨江生命科学研究院')!.aliases).toEqual(['滨江生命科学研究院', '滨江研究院']);
    expect(x.nodes.filter((n) => n.label === 'Lab')).toHaveLength(2);
  });
  it('one node per real thing; no merging on a shared word', () => {
    const x = run('集聚中科曙光、飞腾、麒麟、360等一批龙头企业。支持麒麟软件牵头建设先进操作系统创新中心。依托曙光发展服务器。整合天津大学、天津大学医学部、天津大学滨海工业研究院等资源。');
    expect(names(x, 'Enterprise')).toEqual(['360', '中科曙光', '飞腾', '麒麟软件']);
    expect(x.nodes.find((n) => n.name === '麒麟软件')!.aliases).toEqual(['麒麟', '麒麟软件']);
    expect(x.nodes.find((n) => n.name === '中科曙光')!.aliases).toEqual(['中科曙光', '曙光']);
    expect(names(x, 'Lab')).toEqual(['先进操作系统创新中心', '天津大学', '天津大学医学部', '天津大学滨海工业研究院']);
  });
  it('细胞和基因治疗 / 细胞与基因治疗 are one industry (000 measure 20, 002 二(二))', () => {
    const x = run('20.X新赛道。力争在脑机交互、细胞与基因治疗等未来产业领域形成新突破。\n21.支持细胞和基因治疗药物临床应用。');
    const n = x.nodes.filter((n) => n.name === '细胞与基因治疗');
    expect(n).toHaveLength(1);
    expect(n[0]!.aliases).toEqual(['细胞与基因治疗', '细胞和基因治疗']);
  });
});

describe('measures SUPPORT and MENTION', () => {
  it('000 measure 15', () => {
    const x = run('（三）促进产业集群化发展\n15.信创产业。依托先进计算与关键软件(信创)海河实验室等，高水平建设“中国信创谷”。重点支持集成电路、基础软件等细分领域。');
    expect(edges(x, 'SUPPORTS')).toEqual([
      'measure:snippet:15 -> industry:信创', 'measure:snippet:15 -> industry:基础软件', 'measure:snippet:15 -> industry:集成电路',
    ]);
    expect(edges(x, 'MENTIONS')).toEqual(['measure:snippet:15 -> lab:先进计算与关键软件(信创)海河实验室', 'measure:snippet:15 -> park:中国信创谷']);
    expect(edges(x, 'INNOVATES_FOR')).toEqual(['lab:先进计算与关键软件(信创)海河实验室 -> industry:信创']);
    expect(edges(x, 'HOSTS')).toEqual(['park:中国信创谷 -> industry:信创']);
    expect(edges(x, 'PART_OF')).toContain('industry:集成电路 -> industry:信创');
  });
  it('an industry measure not in the lexicon (own text)', () => {
    const x = run('（三）促进产业集群化发展\n16.商业航天装备产业。重点支持卫星载荷、火箭发动机等细分领域。');
    expect(edges(x, 'SUPPORTS')).toEqual([
      'measure:snippet:16 -> industry:卫星载荷', 'measure:snippet:16 -> industry:商业航天', 'measure:snippet:16 -> industry:商业航天装备', 'measure:snippet:16 -> industry:火箭发动机',
    ]);
    expect(edges(x, 'PART_OF')).toEqual(['industry:卫星载荷 -> industry:商业航天装备', 'industry:火箭发动机 -> industry:商业航天装备']);
  });
});

describe('chains and parks', () => {
  it('chain order (001 三(一)) and segments PART_OF the chain', () => {
    const x = run('（一）聚焦发展信创1大国家级创新产业\n——“芯片—整机—终端”基础硬件产业链。核心芯片领域，推进飞腾芯片研发。');
    expect(edges(x, 'UPSTREAM_OF')).toEqual(['industry:整机 -> industry:终端', 'industry:芯片 -> industry:整机']);
    expect(edges(x, 'PART_OF')).toEqual(expect.arrayContaining(['industry:芯片 -> industry:基础硬件', 'industry:基础硬件 -> industry:信创']));
  });
  it('a zone followed by an area or a park (002 三(三), 三(六))', () => {
    // (with seed 002's Tianjin title: the lexicon's bare 高新区/保税区 are Tianjin's zones in a document of 天津)
    const x = runTitled('天津市滨海新区培育新赛道打造未来产业创新高地行动方案', '在高新区华苑片区打造脑科学与智能医学等产业集聚区。在保税区临港片区建设无人机产业基地。重点建设高新区海洋科技园。');
    expect(edges(x, 'PART_OF')).toEqual(['park:临港片区 -> park:保税区', 'park:华苑片区 -> park:滨海高新区']);
    // 在保税区临港片区建设无人机产业基地: the base is built in the area (issue 12: 在P建设Q with a zone's area)
    expect(edges(x, 'LOCATED_IN')).toEqual(['park:无人机产业基地 -> park:临港片区', 'park:海洋科技园 -> park:滨海高新区']);
  });
  it('organisations inside a 片区 section are LOCATED_IN it (001 六(二))', () => {
    const x = run('六、实施空间布局优化行动\n（二）推动华苑片区建成新经济发展活力区\n依托智慧山、普天创新园、天百新经济基地等载体，加快引进企业。');
    expect(edges(x, 'LOCATED_IN')).toEqual([
      'park:天百新经济基地 -> park:华苑片区', 'park:普天创新园 -> park:华苑片区', 'park:智慧山 -> park:华苑片区',
    ]);
  });
});

describe('lexicon files', () => {
  it('parses comments, header and | aliases', () => {
    const inds = parseIndustries('# comment\nname\taliases\tparent\tlevel\torder\n锂电池\t\t\tchain\t\n电芯\t电池芯\t锂电池\tsegment\t1\n');
    expect(inds).toEqual([
      { name: '锂电池', aliases: [], level: 'chain' },
      { name: '电芯', aliases: ['电池芯'], parent: '锂电池', level: 'segment', order: 1 },
    ]);
    const orgs = parseOrganizations('# c\nname\tlabel\tkind\taliases\n某某研究院\tLab\tinstitute\t某研院|某院\n');
    expect(orgs).toEqual([{ name: '某某研究院', label: 'Lab', kind: 'institute', aliases: ['某研院', '某院'] }]);
    expect(() => parseOrganizations('name\tlabel\tkind\taliases\nX\tCompany\t\t\n')).toThrow(/unknown label/);
  });
  it('loads a user lexicon; users extend it with their own names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lex-'));
    writeFileSync(join(dir, 'industries.tsv'), 'name\taliases\tparent\tlevel\torder\n固态电池\t全固态电池\t\tindustry\t\n');
    writeFileSync(join(dir, 'organizations.tsv'), 'name\tlabel\tkind\taliases\n星河动力\tEnterprise\t\t星河\n');
    const lex = loadLexicon(dir);
    const doc = simpleStructure('——固态电池领域。支持星河加快全固态电池研发。');
    const x = extractEntities(doc, createIngestContext({ lexicon: lex }));
    expect(names(x, 'Enterprise')).toEqual(['星河动力']);
    expect(edges(x, 'IN_INDUSTRY')).toEqual(['enterprise:星河动力 -> industry:固态电池']);
    expect(loadLexicon().organizations.length).toBeGreaterThan(50);
  });
});

// Conventions added with the held-out genre set (test/fixtures/genre-entities): own short texts,
// names in neither the seeds nor the lexicon.
function runTitled(title: string, body: string): Extraction {
  const text = `${title}\n${body}`;
  const doc = simpleStructure(text, 'snippet.txt');
  doc.meta.title = title;
  const x = extractEntities(doc, seedsContext);
  for (const e of x.edges) for (const ev of e.evidence) expect(ev.text).toBe(text.slice(ev.start, ev.end));
  return x;
}
describe('chains stated in the text', () => {
  it('“A—B—C”X产业链: segments in order, part of the chain named after the quotes', () => {
    const x = run('围绕“芯片设计—晶圆制造—封装测试”集成电路产业链，依托江淮晶圆制造有限公司等链主企业，重点发展晶圆制造和封装测试。');
    expect(edges(x, 'UPSTREAM_OF')).toEqual(['industry:晶圆制造 -> industry:封装测试', 'industry:芯片设计 -> industry:晶圆制造']);
    expect(edges(x, 'PART_OF')).toEqual(expect.arrayContaining(['industry:芯片设计 -> industry:集成电路', 'industry:封装测试 -> industry:集成电路']));
    expect(edges(x, 'IN_INDUSTRY')).toContain('enterprise:江淮晶圆制造 -> industry:集成电路');
  });
  it('the chain named before it, a generic last step, and X环节包括A、B和C', () => {
    const x = run('商业航天产业链包括“卫星制造—发射服务—卫星运营—应用”四个环节。卫星制造环节包括卫星平台、卫星载荷和地面设备。');
    expect(edges(x, 'UPSTREAM_OF')).toContain('industry:卫星运营 -> industry:应用');
    expect(edges(x, 'PART_OF')).toEqual(expect.arrayContaining([
      'industry:卫星制造 -> industry:商业航天', 'industry:应用 -> industry:商业航天',
      'industry:卫星平台 -> industry:卫星制造', 'industry:地面设备 -> industry:卫星制造',
    ]));
  });
  it('a workflow in dashes is not a chain', () => {
    const x = run('打造以“智能化机器学习设计—自动化合成装配—高通量定量分析测试”为闭环的创制平台。');
    expect(edges(x, 'UPSTREAM_OF')).toEqual([]);
  });
  it('上游/中游/下游 headings order the segments of the document’s chain', () => {
    const x = runTitled('宁波市新能源汽车产业链行动计划', '二、重点环节\n（一）上游：关键材料\n重点发展正极材料、负极材料、电解液和隔膜。\n（二）中游：核心零部件\n重点发展动力电池、驱动电机和电控系统。');
    expect(edges(x, 'UPSTREAM_OF')).toEqual(['industry:关键材料 -> industry:核心零部件']);
    expect(edges(x, 'PART_OF')).toEqual(expect.arrayContaining([
      'industry:关键材料 -> industry:新能源汽车', 'industry:核心零部件 -> industry:新能源汽车',
      'industry:电解液 -> industry:关键材料', 'industry:隔膜 -> industry:关键材料', 'industry:电控系统 -> industry:核心零部件',
    ]));
  });
});

describe('industry lists without a closing category', () => {
  it('重点发展A、B和C / 发展X和Y after a company; fields of application are not industries', () => {
    const x = run('——先进基础材料。依托津西特钢集团等企业，重点发展高品质特殊钢和绿色建材。支持机器人企业在养老、物流、安防等领域开展示范应用。');
    expect(names(x, 'Industry')).toEqual(['先进基础材料', '绿色建材', '高品质特殊钢']);
    expect(edges(x, 'IN_INDUSTRY')).toEqual(['enterprise:津西特钢集团 -> industry:先进基础材料', 'enterprise:津西特钢集团 -> industry:绿色建材', 'enterprise:津西特钢集团 -> industry:高品质特殊钢']);
  });
  it('a known term inside a longer list item is not the item (AI芯片, 纳米新材料)', () => {
    const x = run('3.纳米技术应用产业。重点支持纳米新材料、微纳制造、AI芯片等领域。');
    expect(names(x, 'Industry')).toEqual(['AI芯片', '微纳制造', '纳米技术应用', '纳米新材料']);
  });
  it('支持A发展X，支持B发展Y: each company to its own industries', () => {
    const x = run('——显示面板领域。支持华星光电有限公司发展柔性显示，支持天马微电子有限公司发展Micro LED显示。');
    expect(edges(x, 'IN_INDUSTRY')).toEqual(expect.arrayContaining(['enterprise:华星光电 -> industry:柔性显示', 'enterprise:天马微电子 -> industry:MicroLED显示']));
    expect(edges(x, 'IN_INDUSTRY')).not.toContain('enterprise:华星光电 -> industry:MicroLED显示');
  });
});

describe('documents, headings and measures that name their industry', () => {
  it('the title’s industry for sources, companies and parks the sentence does not tie elsewhere', () => {
    const x = runTitled('张家口市氢能产业链发展实施方案', '二、强化创新支撑\n依托河北氢能研究院、燕山氢能技术创新中心等创新平台，开展关键技术攻关。建设张家口氢能装备产业园。');
    expect(edges(x, 'INNOVATES_FOR')).toEqual(['lab:河北氢能研究院 -> industry:氢能', 'lab:燕山氢能技术创新中心 -> industry:氢能']);
    expect(edges(x, 'HOSTS')).toEqual(['park:张家口氢能装备产业园 -> industry:氢能']);
  });
  it('（一）做强X产业 headings and 支持X研发制造 measure titles', () => {
    const x = run('二、重点任务\n（一）做强光通信产业\n依托长飞光纤、烽火通信科技股份有限公司和光迅科技等企业，建设光通信产业园。\n1.支持无人机整机研发制造。支持翼龙智飞科技有限公司扩大产能。');
    expect(edges(x, 'IN_INDUSTRY')).toEqual(expect.arrayContaining(['enterprise:光迅科技 -> industry:光通信', 'enterprise:长飞光纤 -> industry:光通信', 'enterprise:翼龙智飞科技 -> industry:无人机整机']));
    expect(edges(x, 'HOSTS')).toEqual(['park:光通信产业园 -> industry:光通信']);
    expect(edges(x, 'SUPPORTS')).toEqual(['measure:snippet:1 -> industry:无人机整机']);
    expect(names(x, 'Industry')).not.toContain('整机');
  });
});

describe('parks and leads', () => {
  it('a zone written before its park or area; 在A建设B; A入驻B; 以…为载体 places', () => {
    const x = run('以成都高新区新川创新科技园为载体，在天府新区兴隆湖片区布局示范区。在灵山湾片区建设商业航天产业基地。依托光谷生物城、光谷中心城、未来科技城等载体，布局光通信产业。华芯微电子公司入驻无锡集成电路设计产业园。');
    expect(names(x, 'Park')).toEqual(expect.arrayContaining(['成都高新区', '新川创新科技园', '天府新区', '兴隆湖片区', '光谷生物城', '光谷中心城', '未来科技城', '无锡集成电路设计产业园']));
    expect(edges(x, 'LOCATED_IN')).toEqual(expect.arrayContaining([
      'park:新川创新科技园 -> park:成都高新区', 'park:商业航天产业基地 -> park:灵山湾片区', 'enterprise:华芯微电子 -> park:无锡集成电路设计产业园',
    ]));
    expect(edges(x, 'PART_OF')).toContain('park:兴隆湖片区 -> park:天府新区');
  });
  it('由X牵头，联合…，建设L', () => {
    const x = run('由张北氢能科技股份有限公司牵头，联合张家口学院等单位，建设京张氢能产业技术研究院。');
    expect(edges(x, 'LEADS')).toEqual(['enterprise:张北氢能科技 -> lab:京张氢能产业技术研究院']);
  });
});

describe('entity resolution within a document', () => {
  it('full and short names of one company are one node; a lab and its school are two', () => {
    const x = run('集聚了长飞光纤光缆股份有限公司、锡创半导体制造有限公司等企业。依托长飞光纤、华星光电等企业发展光通信。推动锡创半导体扩建生产线。支持江南理工大学、江南理工大学集成电路学院开展人才培养。');
    expect(names(x, 'Enterprise')).toEqual(['华星光电', '锡创半导体制造', '长飞光纤光缆']);
    expect(x.nodes.find((n) => n.name === '长飞光纤光缆')!.aliases).toEqual(expect.arrayContaining(['长飞光纤', '长飞光纤光缆股份有限公司']));
    expect(x.nodes.find((n) => n.name === '锡创半导体制造')!.aliases).toContain('锡创半导体');
    expect(names(x, 'Lab')).toEqual(['江南理工大学', '江南理工大学集成电路学院']);
  });
  it('a place prefix: 武汉东湖高新区 = 东湖高新区', () => {
    const x = run('武汉东湖高新区关于加快光电子信息产业发展的意见。东湖高新区光电子信息产业集聚了锐科光电等一批龙头企业。');
    const parks = x.nodes.filter((n) => n.label === 'Park');
    expect(parks).toHaveLength(1);
    expect(parks[0]!.aliases).toEqual(expect.arrayContaining(['东湖高新区', '武汉东湖高新区']));
  });
  it('generic phrases stay out: 高能级创新平台, 龙头企业, 链主企业, 企业技术中心', () => {
    const x = run('（一）建设高能级创新平台\n鼓励龙头企业、链主企业建设企业技术中心、工程技术研究中心等创新平台。');
    expect(x.nodes.filter((n) => n.label !== 'Industry')).toEqual([]);
  });
});
