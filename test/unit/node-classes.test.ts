// Node classes of issue 12 (recall and precision of industries, enterprises, labs and parks on unseen
// genre documents). One describe per class; every sentence is written for these tests (invented firm
// names, not in the lexicon unless said), so a rule tuned to one fixture sentence does not pass them.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../server/src/ingest/entities/mentions.ts';
import { seedsContext } from '../fixtures/ingest-context.ts';
import { runSnippet as run, names } from '../fixtures/class-doc.ts';

/** Mentions of one sentence as label:surface (what the entity stage reads, before relations need them). */
const mentions = (s: string) =>
  findMentions(s, 0, seedsContext.index)
    .mentions.map((m) => `${m.label}:${m.surface}`)
    .sort();

describe('segments after growth and intent verbs (class 1)', () => {
  it('扩大A和B等…产能: the items whose capacity is raised are segments, not the capacity', () => {
    expect(mentions('支持龙湾微电子扩大射频前端和光耦器件等特色工艺产能')).toEqual(['Enterprise:龙湾微电子', 'Industry:光耦器件', 'Industry:射频前端'].sort());
    expect(mentions('扩大汽车板、镀锌板等高端产品产能')).toEqual(['Industry:汽车板', 'Industry:镀锌板']);
  });
  it('拓展A和B市场: the product lines whose markets are opened; market qualifiers are none', () => {
    expect(mentions('鼓励企业拓展工业相机和激光雷达市场')).toEqual(['Industry:工业相机', 'Industry:激光雷达']);
    expect(mentions('拓展智能厨电、净水设备等市场')).toEqual(['Industry:净水设备', 'Industry:智能厨电']);
    expect(mentions('积极拓展海外市场')).toEqual([]);
    expect(mentions('积极拓展国际、国内等市场')).toEqual([]);
    expect(mentions('拓展终端应用市场')).toEqual([]);
  });
});

describe('segments after an actor and a bare development verb (class 1)', () => {
  it('以A为龙头发展X / 依托A发展X / 支持A科技发展X: the verb after an actor names segments', () => {
    expect(mentions('以澳菱为龙头发展无刷电机')).toEqual(['Enterprise:澳菱', 'Industry:无刷电机']);
    expect(mentions('依托金鹭电器发展净水机和洗碗机')).toEqual(['Enterprise:金鹭电器', 'Industry:洗碗机', 'Industry:净水机'].sort());
    expect(mentions('支持青岚云科技发展边缘计算和云渲染服务')).toEqual(['Enterprise:青岚云科技', 'Industry:云渲染服务', 'Industry:边缘计算'].sort());
    // (a sector word before the trade word is no firm: 支持电子信息发展, 支持数字科技发展)
    expect(mentions('支持数字科技发展')).toEqual([]);
  });
  it('支持A科技做强X / 聚焦A、B等…类工业软件: a strong verb after a trade name, and a kind of product after 等', () => {
    expect(mentions('支持青岚科技做强工业仿真软件')).toEqual(['Enterprise:青岚科技', 'Industry:工业仿真软件']);
    expect(mentions('做强产业链')).toEqual([]);
    expect(mentions('支持光电材料发展')).toEqual([]);
    expect(mentions('聚焦结构分析、流体仿真和电路仿真等仿真类工业软件').filter((m) => m.startsWith('Industry'))).toEqual(
      ['Industry:仿真类工业软件', 'Industry:流体仿真', 'Industry:电路仿真', 'Industry:结构分析'].sort(),
    );
  });
  it('each leader goes with its own clause (以A为龙头发展X，以B为龙头发展Y)', () => {
    const x = run('（一）白色家电\n以宏川为龙头发展离心风机，以澳菱为龙头发展无刷电机。');
    expect(x.edges.filter((e) => e.type === 'IN_INDUSTRY').map((e) => `${e.source} -> ${e.target}`).sort()).toEqual([
      'enterprise:宏川 -> industry:离心风机',
      'enterprise:澳菱 -> industry:无刷电机',
    ]);
  });
  it('a focus list is of industries once one item contains a known one (聚焦A、B和C)', () => {
    expect(mentions('聚焦财务软件、设计软件和行业应用软件')).toEqual(['Industry:行业应用软件', 'Industry:设计软件', 'Industry:财务软件'].sort());
  });
});

describe('Latin, slash and digit names stay whole (class 1)', () => {
  it('a space between Latin words is inside the name (Micro LED), and Latin words count short', () => {
    expect(mentions('前瞻布局Micro LED、量子点显示和硅基OLED')).toEqual(['Industry:Micro LED', 'Industry:硅基OLED', 'Industry:量子点显示']);
    expect(mentions('重点发展SiC/GaN外延片、12英寸硅片、Wi-Fi 7射频芯片和Mini/Micro LED背光模组')).toEqual([
      'Industry:12英寸硅片',
      'Industry:Mini/Micro LED背光模组',
      'Industry:SiC/GaN外延片',
      'Industry:Wi-Fi 7射频芯片',
    ]);
  });
});

describe('firms without a legal suffix (class 2)', () => {
  it('a typed list with a trade name in it (集聚A、B等X企业) lists firms, not kinds of firm', () => {
    const x = run('（二）厨房电器\n南岸家电产业园已集聚金鹭电器、澳菱等厨房电器企业80余家。');
    expect(names(x, 'Enterprise')).toEqual(['澳菱', '金鹭电器']);
    expect(names(x, 'Industry')).not.toContain('澳菱');
    expect(names(x, 'Industry')).not.toContain('金鹭电器');
  });
  it('…but kinds of firm after a gathering verb stay kinds (推动A、B等零部件企业集聚)', () => {
    expect(mentions('推动电控系统、热泵模块等零部件企业在园区集聚').filter((m) => m.startsWith('Enterprise'))).toEqual([]);
    expect(mentions('引进靶材、晶圆等材料企业').filter((m) => m.startsWith('Enterprise'))).toEqual([]);
  });
  it('以A、B、C为重点: bare names with a trade name among them are firms; industries stay industries', () => {
    expect(mentions('以澜禾股份、青屿药业、启辰康德为重点，发展合同生产服务').filter((m) => m.startsWith('Enterprise'))).toEqual(['Enterprise:启辰康德', 'Enterprise:澜禾股份', 'Enterprise:青屿药业'].sort());
    expect(mentions('以集成电路、生物医药为重点，推动产业集聚').filter((m) => m.startsWith('Enterprise'))).toEqual([]);
  });
  it('…等X企业和B等Y企业: the second typed list starts after the first one’s kind word', () => {
    expect(mentions('依托青铜有色等铜材企业和北岭集团等钢铁企业，发展特种钢材').filter((m) => m.startsWith('Enterprise'))).toEqual(['Enterprise:北岭集团', 'Enterprise:青铜有色']);
  });
  it('bare names right after a kind of leading firm (链主企业A、B) are firms', () => {
    expect(mentions('支持链主企业澳菱、金鹭做大做强')).toEqual(['Enterprise:澳菱', 'Enterprise:金鹭']);
  });
});

describe('tails and generic words are no segments (class 3)', () => {
  it('a product line keeps its name without its novelty tail (…新品类)', () => {
    expect(mentions('鼓励企业发展空气炸锅和破壁机新品类')).toEqual(['Industry:破壁机', 'Industry:空气炸锅']);
  });
  it('a title whose verb and tail leave one generic word names no industry (拓展终端应用)', () => {
    const x = run('（一）光电显示\n3.拓展终端应用。依托金鹭电器等企业，推动车载屏和商显屏集成高端显示。');
    expect(names(x, 'Industry')).not.toContain('终端');
  });
});

describe('names cut or glued keep the whole name (class 3)', () => {
  it('a known industry opening the kind after 等 is cut from it (…等半导体设备零部件 is no 半导体)', () => {
    expect(mentions('以及清洗、研磨、量测等光伏设备零部件')).toEqual(['Industry:光伏设备零部件']);
  });
  it('Latin names are not cut by the length of their letters (发展Mini LED背光模组和…)', () => {
    expect(mentions('依托澳菱发展Mini LED背光模组和车规级氮化镓模块')).toEqual(['Enterprise:澳菱', 'Industry:Mini LED背光模组', 'Industry:车规级氮化镓模块'].sort());
  });
  it('a verbal term closing its clause after 开展 names no segment (开展适配); 适配测试 stays', () => {
    expect(mentions('推动国产数据库与服务器开展适配').filter((m) => m === 'Industry:适配')).toEqual([]);
    expect(mentions('重点布局操作系统的研发、适配及集成技术')).toContain('Industry:适配');
  });
  it('a frontier qualifier after 等 is the list’s category (…等前沿通信技术), not a segment', () => {
    expect(mentions('布局太赫兹通信、空天地一体化网络等前沿通信技术')).not.toContain('Industry:前沿通信');
  });
});

describe('fields of application are no industries of the document, known or not (class 5)', () => {
  it('在A、B等领域推广应用: where a product goes, even when the lexicon knows the fields', () => {
    expect(mentions('推动功率模块在新能源汽车、光伏、轨道交通等领域推广应用').filter((m) => m.startsWith('Industry'))).toEqual([]);
    // (a development list of the same fields stays)
    expect(mentions('重点发展新能源汽车、光伏和轨道交通')).toContain('Industry:光伏');
  });
  it('a sector word before a trade word is no firm (推动海洋科技研发资源集聚, 支持生物科技发展)', () => {
    expect(mentions('推动海洋科技研发资源与产业链上下游协同集聚').filter((m) => m.startsWith('Enterprise'))).toEqual([]);
    expect(mentions('支持企业提升原创技术研发投入占比')).toEqual([]);
  });
});

describe('park names keep their whole name (class 3/4)', () => {
  it('a park named only by its industry keeps its zone’s name (X新区电子信息产业园); a proper park is split off', () => {
    expect(mentions('依托湘江新区智能传感器产业园引进一批配套企业').filter((m) => m.startsWith('Park')).sort()).toEqual(['Park:湘江新区', 'Park:湘江新区智能传感器产业园']);
    expect(mentions('成都高新区新川创新科技园重点发展人工智能').filter((m) => m.startsWith('Park'))).toEqual(['Park:成都高新区', 'Park:新川创新科技园']);
  });
  it('a park name runs on to 园区 (X工业园区), and the zone’s administrative committee is no park', () => {
    expect(mentions('昆山工业园区重点发展光电显示').filter((m) => m.startsWith('Park'))).toEqual(['Park:昆山工业园区']);
    expect(mentions('昆山工业园区管理委员会关于加快光电产业发展的意见').filter((m) => m.startsWith('Park'))).toEqual([]);
  });
  it('a 城 park may carry a longer name (贵阳大数据科创城); a county 城县 is no 城', () => {
    expect(mentions('长沙人工智能科创城重点发展数据标注和模型服务').filter((m) => m.startsWith('Park'))).toEqual(['Park:长沙人工智能科创城']);
    expect(mentions('华晶钻石位于方城县产业集聚区').filter((m) => m.startsWith('Park'))).toEqual(['Park:方城县产业集聚区']);
  });
  it('a verb that also qualifies a product stays in the name after a building verb (规划建设培育钻石产业园)', () => {
    expect(mentions('在永城经济开发区规划建设培育钻石产业园').filter((m) => m.startsWith('Park'))).toEqual(['Park:培育钻石产业园', 'Park:永城经济开发区']);
  });
});

describe('more list shapes that name segments (class 1)', () => {
  it('重点突破A、B和C / 引进培育A和B企业 / 开展A、B和C研发 name segments', () => {
    expect(mentions('重点突破电控系统、热泵空调和一体化压铸件')).toEqual(['Industry:一体化压铸件', 'Industry:热泵空调', 'Industry:电控系统']);
    expect(mentions('引进培育图数据库和消息中间件企业')).toEqual(['Industry:图数据库', 'Industry:消息中间件']);
    expect(mentions('开展溶瘤病毒、mRNA疫苗和核酸药物研发')).toEqual(['Industry:mRNA疫苗', 'Industry:核酸药物', 'Industry:溶瘤病毒']);
    // (techniques researched are no segments)
    expect(mentions('开展关键技术、共性技术研发')).toEqual([]);
  });
  it('企业在P布局A和B: the firms’ verb after a place names segments; a bare product head does not', () => {
    expect(mentions('鼓励甲能电池等企业在工业园区布局户用储能和移动储能电站').filter((m) => m.startsWith('Industry'))).toEqual(['Industry:户用储能', 'Industry:移动储能电站']);
    expect(mentions('引育关键材料和设备企业')).not.toContain('Industry:设备');
  });
  it('a known term glued across words (干|细胞和基因|编辑) is split into the items; a whole term stays', () => {
    expect(mentions('开展CAR-NK、干细胞和基因编辑药物研发')).toEqual(['Industry:CAR-NK', 'Industry:基因编辑药物', 'Industry:干细胞']);
    expect(mentions('重点发展细胞和基因治疗')).toEqual(['Industry:细胞和基因治疗']);
  });
});

describe('designations and supply tails name no industry (class 5)', () => {
  it('an industry word inside a designation (…示范工厂, 标杆企业) is no industry', () => {
    expect(mentions('对获评智能制造示范工厂的企业给予奖励')).toEqual([]);
    expect(mentions('支持企业创建工业互联网标杆工厂')).toEqual([]);
  });
  it('a served object (建设面向X…的平台) is no industry; a development of X is', () => {
    expect(mentions('建设面向人工智能模型训练的算力调度平台')).toEqual([]);
    expect(mentions('重点发展人工智能和工业互联网')).toContain('Industry:人工智能');
  });
  it('…配套企业 to attract are the product, without the supply tail; 核心配套 stays whole', () => {
    expect(mentions('引进精密轴承和伺服电机配套企业')).toEqual(['Industry:伺服电机', 'Industry:精密轴承']);
    expect(mentions('重点发展海工材料与核心配套')).not.toContain('Industry:海工材料与核心');
  });
});
