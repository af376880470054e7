// Node classes found on the seventh blind set once it became a development set (test/fixtures/truth-blind7),
// each seen in two documents or sets or more (blind7, blind6, blind5, blind4, blind3, dev5 and the new dev8):
// which names become Enterprise, Lab, Park and Industry nodes, their bounds, and the MENTIONS that follow
// from them. One describe per class, on short texts written for these tests (names invented; real place
// names only where the class is about a place). Each asserts what the class requires or forbids.
import { describe, expect, it } from 'vitest';
import { runDoc, names, strong, all } from '../fixtures/class-doc.ts';
import { findEntities } from '../../server/src/ingest/entities/index.ts';
import { seedsContext } from '../fixtures/ingest-context.ts';

describe('blind7 class: a firm urged to lead, settle or build is a firm (支持A牵头组建L / 支持A在P发展X / 支持A建设L)', () => {
  it('a name before 牵头组建, a regional name before 在P发展, a trade name before 建设 are firms the measure mentions', async () => {
    const x = await runDoc(
      '岚州市新材料产业若干措施\n一、任务\n1．提升创新能力。支持岚芯微牵头组建岚州集成电路设计创新中心。支持岚州天元锰业在岚州工业园区发展高纯金属锰。支持青禾股份建设岚州光学镜头工程研究中心。\n',
    );
    expect(names(x, 'Enterprise')).toEqual(['岚州天元锰业', '岚芯微', '青禾股份']);
    expect(all(x, 'MENTIONS')).toEqual(expect.arrayContaining(['measure:doc:1 -> enterprise:岚芯微', 'measure:doc:1 -> enterprise:岚州天元锰业', 'measure:doc:1 -> enterprise:青禾股份']));
  });
  it('kinds of actor before the same verbs name no firm (支持企业建设 / 支持高校院所牵头组建 / 支持龙头企业牵头组建 / 鼓励有条件的地区在…布局)', async () => {
    const x = await runDoc(
      '岚州市若干措施\n一、任务\n1．强化主体。支持企业建设研发机构。支持高校院所牵头组建创新联合体。支持龙头企业牵头组建创新联合体。鼓励有条件的地区在园区布局中试平台。支持中小企业建设数字化车间。\n',
    );
    expect(names(x, 'Enterprise')).toEqual([]);
  });
  it('two firms urged to expand or develop (支持A、B扩大X产能 / 支持A、B研制X) are both firms, the last one without the verb', async () => {
    const x = await runDoc('岚州市若干措施\n一、任务\n1．做强整机。支持岚川电气、青禾电气扩大智能断路器产能。支持岚州精工集团、岚恒电子研制人形机器人整机。\n');
    expect(names(x, 'Enterprise')).toEqual(expect.arrayContaining(['岚川电气', '青禾电气', '岚恒电子']));
    expect(names(x, 'Enterprise').filter((n) => /研制|扩大/.test(n))).toEqual([]);
  });
});

describe('blind7 class: 已集聚A、B等X企业 lists firms, never kinds of firm', () => {
  it('the items of an inventory a park already has are firms, not industries (天合光能 is no industry)', async () => {
    const x = await runDoc('岚州经济技术开发区行动方案\n一、任务\n1．发展光伏。光伏产业园已集聚华合光能、和阳光伏等光伏企业。\n');
    expect(names(x, 'Enterprise')).toEqual(['华合光能', '和阳光伏']);
    expect(names(x, 'Industry')).not.toContain('华合光能');
    expect(names(x, 'Industry')).not.toContain('和阳光伏');
  });
  it('推动A、B等零部件企业在P集聚 still lists kinds of firm (no firm named)', async () => {
    const x = await runDoc('岚州市汽车产业方案\n一、任务\n1．推动电驱动、热管理等零部件企业在岚州经济开发区集聚。\n');
    expect(names(x, 'Enterprise')).toEqual([]);
  });
});

describe('blind7 class: a subsidiary named after its group (X集团Y煤业 / X集团Y股份)', () => {
  it('the subsidiary is one firm, whole; the group named alone elsewhere stays another firm (no merge)', async () => {
    const x = await runDoc(
      '岚州市钛产业方案\n一、任务\n1．提升钛产业。岚州高新区已集聚龙岚集团、岚钢集团钒钛资源股份等钛白粉企业和岚东能源集团宁夏煤业等煤化工企业。支持岚钢集团牵头组建岚西钒钛创新中心。\n',
    );
    expect(names(x, 'Enterprise')).toEqual(['岚东能源集团宁夏煤业', '岚钢集团', '岚钢集团钒钛资源股份', '龙岚集团']);
    expect(strong(x, 'IN_INDUSTRY')).toContain('enterprise:岚钢集团钒钛资源股份 -> industry:钛白粉');
    expect(strong(x, 'IN_INDUSTRY')).not.toContain('enterprise:岚钢集团 -> industry:钛白粉');
  });
  it('以G集团Y股份为链主: the subsidiary leads, not the group', async () => {
    const x = await runDoc('岚州市钒产业方案\n一、任务\n1.提升钒制品。以岚钢集团钒钛资源股份为链主,发展高纯五氧化二钒。\n');
    expect(names(x, 'Enterprise')).toEqual(['岚钢集团钒钛资源股份']);
  });
  it('after 集团 a verb or a joiner ends the group’s name (岚钢集团与本地企业 / 岚钢集团牵头组建)', async () => {
    const x = await runDoc('岚州市措施\n一、任务\n1．支持岚钢集团、岚电集团与本地配套企业建立供货机制。以岚峰集团为龙头，发展氨纶。\n');
    expect(names(x, 'Enterprise')).toEqual(['岚峰集团', '岚电集团', '岚钢集团']);
  });
});

describe('blind7 class: a bracket after a firm (its lines of business, or its subsidiaries)', () => {
  it('A（X、Y）: the 、 inside the bracket separates the firm’s lines of business, not firms', async () => {
    const x = await runDoc('岚州市光伏产业链工作方案\n一、图谱\n（一）光伏产业链\n中游环节：单晶硅棒、硅片。代表企业：岚基绿能（单晶硅棒、硅片）、青阳能源（单晶硅棒）。\n');
    expect(names(x, 'Enterprise')).toEqual(['岚基绿能', '青阳能源']);
    expect(names(x, 'Enterprise').filter((n) => /[)）]/.test(n))).toEqual([]);
  });
  it('链主企业：G集团（下属A、B）: the group and both subsidiaries are firms of the chain', async () => {
    const x = await runDoc('岚州市重点产业链清单\n一、清单\n（一）电工装备产业链。链主企业：岚电集团（下属岚电股份、岚电风能）；承载园区：岚州高新技术产业开发区。\n');
    expect(names(x, 'Enterprise')).toEqual(['岚电股份', '岚电集团', '岚电风能']);
  });
});

describe('blind7 class: a paragraph of semicolon-separated fields (链长：…；链主企业：…；细分方向：…)', () => {
  it('each field is read as its own line: the 链主 bracket’s subsidiaries, the 细分方向 items (a joined last one split)', async () => {
    const x = await runDoc(
      '岚州市重点产业链工作清单\n一、清单\n（二）电工装备产业链。链长：市人民政府常务副市长；链主企业：岚电集团（下属岚电股份、岚电风能）；细分方向：大功率永磁电机、风电整机和船舶电力推进系统；承载园区：岚州高新技术产业开发区。\n',
    );
    expect(names(x, 'Enterprise')).toEqual(['岚电股份', '岚电集团', '岚电风能']);
    expect(strong(x, 'IN_INDUSTRY')).toEqual(expect.arrayContaining(['enterprise:岚电股份 -> industry:电工装备', 'enterprise:岚电风能 -> industry:电工装备']));
    // (the segment field's items are mentions of their own, the joined last one split; 风电 is no mention inside 风电整机)
    const found = findEntities(x.doc, seedsContext);
    const inds = found.sentences.flatMap((s) => s.mentions.filter((m) => m.label === 'Industry').map((m) => m.surface));
    expect(inds).toEqual(expect.arrayContaining(['大功率永磁电机', '风电整机', '船舶电力推进系统']));
    expect(inds).not.toContain('风电');
  });
});

describe('blind7 class: phrases that are no names (shortcomings, award categories, incubators, proof-of-concept centres)', () => {
  it('仍存在链主企业数量偏少、创新平台能级不高等短板 names no firm', async () => {
    const x = await runDoc('岚州市要点\n一、概况\n全市仍存在链主企业数量偏少、关键零部件本地配套率偏低、创新平台能级不高等短板。\n');
    expect(names(x, 'Enterprise')).toEqual([]);
  });
  it('对抽检不合格、虚假宣传的企业: misconduct before 的企业 names no firm', async () => {
    const x = await runDoc('岚州市政策解读\n一、措施\n全面推行产区标准和质量追溯体系，对抽检不合格、虚假宣传的企业取消其享受政策资格。\n');
    expect(names(x, 'Enterprise')).toEqual([]);
  });
  it('对新认定的自治区重点实验室 / 对新获批国家级技术创新中心的 / 建设链上创新平台 name no lab', async () => {
    const x = await runDoc(
      '岚州市措施\n一、任务\n1．建设链上创新平台。对新认定的自治区重点实验室给予300万元支持。对新获批国家级技术创新中心的，给予最高3000万元奖励。\n',
    );
    expect(names(x, 'Lab')).toEqual([]);
  });
  it('a 概念验证中心 is no lab; a park’s name opening an incubator’s (X科技园孵化器) is no park', async () => {
    const x = await runDoc('岚州市方案\n一、任务\n1．在岚州高新区建设岚州概念验证中心。依托岚州大学科技园孵化器培育初创企业。\n');
    expect(names(x, 'Lab')).toEqual([]);
    expect(names(x, 'Park')).toEqual(['岚州高新区']);
  });
});

describe('blind7 class: a zone’s short form without its city (钒钛高新区 for 攀枝花钒钛高新技术产业开发区)', () => {
  it('the short form written after the full one is the same zone', async () => {
    const x = await runDoc('攀枝花市钒钛产业方案\n一、任务\n1．在攀枝花钒钛高新技术产业开发区建设钒电池储能产业园。钒钛高新区包括马店河片区和金江片区两个片区。\n');
    expect(names(x, 'Park')).not.toContain('钒钛高新区');
    expect(strong(x, 'PART_OF')).toEqual(expect.arrayContaining(['park:马店河片区 -> park:攀枝花钒钛高新技术产业开发区', 'park:金江片区 -> park:攀枝花钒钛高新技术产业开发区']));
  });
});

describe('blind7 class: a designated zone the text is to build is a goal, no park (全力建设X试验区)', () => {
  it('全力建设/加快建设 a 试验区 or 先导区 names no park; 在P建设Q先导区，重点发展X does', async () => {
    const x = await runDoc('岚州市方案\n一、布局\n1．优化布局。全力建设岚西战略资源创新开发试验区。在岚州高新区建设岚东低空经济先导区，重点发展无人机整机。\n');
    expect(names(x, 'Park')).toEqual(['岚东低空经济先导区', '岚州高新区']);
  });
});

describe('blind7 class: parks named with a science city, a 科创区, a nickname or a bracket', () => {
  it('以X科创区为核心 / X科学城位于P / 推进中国鞋都产业园有机更新 are parks', async () => {
    const x = await runDoc(
      '岚州市方案\n一、布局\n1．优化布局。以岚江科创区为核心，重点发展前沿新材料。中国东岚（岚州）科学城位于岚州高新区，重点发展光电信息。推进中国鞋都产业园有机更新。\n',
    );
    expect(names(x, 'Park')).toEqual(expect.arrayContaining(['岚江科创区', '中国东岚(岚州)科学城', '中国鞋都产业园']));
    // (a city's nickname keeps its 都 in a lab's name too, while 企业都… stays an adverb)
    const y = await runDoc('岚州市方案\n一、任务\n1．以闽都创新实验室为创新源头，服务光电信息。各地企业都要建设研发中心。\n');
    expect(names(y, 'Lab')).toEqual(['闽都创新实验室']);
    expect(strong(x, 'LOCATED_IN')).toContain('park:中国东岚(岚州)科学城 -> park:岚州高新区');
  });
  it('以位于X科学城的L: the settling verb is no part of the park’s name', async () => {
    const x = await runDoc('岚州市方案\n一、任务\n1．以位于岚州科学城的岚湖实验室为创新源头，服务卫星载荷。\n');
    expect(names(x, 'Park')).toEqual(['岚州科学城']);
  });
  it('a rank and a kind of zone (推动国家级经济技术开发区…) is none; firms coming to the zone (车企来开发区) name the document’s zone', async () => {
    const x = await runDoc(
      '岚州经济技术开发区高质量发展三年行动方案\n为推动国家级经济技术开发区高质量发展，制定本方案。\n一、任务\n1．做强整车。重点招引岚想汽车、青鹏汽车等新势力车企来开发区布局高端智能电动车。\n',
    );
    expect(names(x, 'Park')).toEqual(['岚州经济技术开发区']);
    expect(names(x, 'Enterprise')).toEqual(['岚想汽车', '青鹏汽车']);
  });
});

describe('blind7 class: industries — verbs of service opening a list, a short alias qualifying a product, a joined subject with a section per part', () => {
  it('服务A、B等重点产业发展 / 重点投向A、B领域: the verb is no part of the first industry', async () => {
    const x = await runDoc(
      '岚州市方案\n一、任务\n1．建设平台体系，服务光电信息、新型显示和人工智能等重点产业发展。设立岚州市未来产业基金，重点投向人形机器人、低空经济和前沿新材料领域。\n',
    );
    expect(names(x, 'Industry').filter((n) => /^(服务|投向)/.test(n))).toEqual([]);
    expect(names(x, 'Industry')).toEqual(expect.arrayContaining(['光电信息', '新型显示']));
  });
  it('产品和服务在A、B等领域的规模化应用: the fields are where things are applied, no industries', async () => {
    const x = await runDoc('岚州市方案\n一、任务\n1．推广卫星导航。依托岚天卫星等企业发展卫星导航，推进卫星导航产品和服务在公共安全、交通运输、应急救援等领域的规模化应用。\n');
    expect(names(x, 'Industry')).not.toContain('交通运输');
    expect(names(x, 'Industry')).not.toContain('应急救援');
  });
  it('储能 before a product head (储能系统集成项目, 储能材料初创企业) is not the lexicon’s 新型储能', async () => {
    const x = await runDoc('岚州市方案\n一、任务\n1．对新建储能系统集成项目给予补贴。培育储能材料初创企业。\n');
    expect(names(x, 'Industry')).not.toContain('新型储能');
  });
  it('a title joining two industries each of which heads a section names two industries (光伏及新型储能)', async () => {
    const x = await runDoc(
      '岚州市光伏及新型储能产业招商推介\n岚州是全省光伏产业集聚度最高的城市之一。全市围绕“光伏玻璃—电池片—光伏组件”链条招大引强。\n一、产业基础\n（一）光伏制造。全市已集聚岚基绿能等光伏组件企业，以及岚特玻璃等光伏玻璃企业。\n（二）新型储能。依托岚储能源科技等企业，发展储能电芯和储能系统集成。\n',
    );
    expect(names(x, 'Industry')).toEqual(expect.arrayContaining(['光伏', '新型储能']));
    expect(names(x, 'Industry')).not.toContain('光伏及新型储能');
    // (the chain's links go to the part they share a word with)
    expect(strong(x, 'PART_OF')).toEqual(expect.arrayContaining(['industry:光伏玻璃 -> industry:光伏', 'industry:光伏组件 -> industry:光伏']));
  });
  it('a joined title whose parts head no section of their own stays one industry (半导体和集成电路)', async () => {
    const x = await runDoc(
      '岚州市加快半导体和集成电路产业发展行动方案\n一、重点任务\n（一）做强制造封测环节\n1．提升晶圆制造能级。以岚芯集成为龙头，发展晶圆代工。\n（二）打造化合物半导体特色集群\n2．发展功率器件。\n',
    );
    expect(names(x, 'Industry')).toContain('半导体与集成电路');
  });
});

describe('blind7 class: a heading that grows a cluster names its industry (三、培育X集群)', () => {
  it('做强X集群 / 培育Y集群: the segments under it are X’s and Y’s', async () => {
    const x = await runDoc(
      '岚州市2026年先进制造业集群培育工作要点\n一、做强智能电气集群\n1．提升链主能级。以岚泰集团为链主，发展智能低压电器和光伏逆变器。\n二、培育生命健康集群\n2．打造创新高地。依托岚康医疗等企业，发展生物医药和医疗器械。\n',
    );
    expect(strong(x, 'PART_OF')).toEqual(
      expect.arrayContaining(['industry:智能低压电器 -> industry:智能电气', 'industry:光伏逆变器 -> industry:智能电气', 'industry:医疗器械 -> industry:生命健康']),
    );
  });
  it('a kind of cluster or a stage of the document’s industry names none (壮大先进制造业集群 / 壮大低空制造集群)', async () => {
    const x = await runDoc(
      '岚州区低空经济高质量发展行动方案\n一、壮大先进制造业集群\n（一）壮大低空制造集群\n1.做强整机制造。依托岚翼科技等无人机整机企业，提升工业级无人机整机研发制造能力。\n',
    );
    expect(names(x, 'Industry')).not.toContain('低空制造');
    expect(names(x, 'Industry')).not.toContain('先进制造业');
  });
});

describe('blind7 class: a known term inside an industry the document named before (光伏 in 绿色硅光伏)', () => {
  it('服务绿色硅光伏和新能源电池 after （一）绿色硅光伏产业链: the sentence names 绿色硅光伏, not the lexicon’s 光伏', async () => {
    const x = await runDoc(
      '岚州市绿色硅光伏和新能源电池产业链链长制工作方案\n一、产业链图谱\n（一）绿色硅光伏产业链\n链主企业：岚基绿能、岚澳太阳能。\n二、重点举措\n1．建设创新平台。以岚州大学为创新源头，服务绿色硅光伏和新能源电池。\n',
    );
    const found = findEntities(x.doc, seedsContext);
    const last = found.sentences.find((s) => s.text.includes('创新源头'))!;
    const inds = last.mentions.filter((m) => m.label === 'Industry').map((m) => m.surface);
    expect(inds).toContain('绿色硅光伏');
    expect(inds).not.toContain('光伏');
    expect(strong(x, 'INNOVATES_FOR')).toContain('lab:岚州大学 -> industry:绿色硅光伏');
    expect(strong(x, 'INNOVATES_FOR')).not.toContain('lab:岚州大学 -> industry:光伏');
  });
});
