// Node classes found on the fourth blind set once it became a development set (test/fixtures/truth-blind4:
// 株洲, 潍坊, 庆阳, 成都, 大连, 襄阳, 岱山): name boundaries and types of parks, firms, labs and
// industries. One describe per class, on short texts written for these tests (names invented; real city
// names only where the class is about a city opening a name). Each asserts what the class forbids.
import { describe, expect, it } from 'vitest';
import { industryBounds } from '../../server/src/ingest/entities/industry-bounds.ts';
import { runDoc, names, strong } from '../fixtures/class-doc.ts';

describe('blind4 class: a verb, connective or quantifier opening a clause is no part of a park’s name', () => {
  it('linking and rule verbs (串联, 联通, 严格执行), 即 after a quoted layout word, 等地 and 单个 leave the park or no park', async () => {
    const x = await runDoc(
      '一、空间布局\n“一带”即沿海装备配套产业带，串联青湾经济开发区和岚店经济开发区，重点发展高性能铸件和功能部件。“一轴”联通岚东产业园。“两区”即岚州高新区和岚州经开区。加强与宁波、上海金山等地石化园区的产业协作。严格执行化工园区安全风险评估。对园区新建标准厂房给予补助，单个园区最高1000万元。\n',
    );
    expect(names(x, 'Park')).toEqual(['岚东产业园', '岚州经开区', '岚州高新区', '岚店经济开发区', '青湾经济开发区']);
  });
  it('a base named by its function only, a ranked goal and a first-of-a-kind designation are no parks; a placed pilot zone stays', async () => {
    const x = await runDoc(
      '一、载体建设\n建设原料基地，对新认定的种植基地给予奖补。建成国内一流的海洋经济特色开发区。建设机床首台（套）应用示范基地和一批众创空间。以岚化区为载体，建设岚化氢能应用示范区。\n',
    );
    expect(names(x, 'Park')).toEqual(['岚化氢能应用示范区']);
  });
});

describe('blind4 class: a firm’s, lab’s or cluster’s name is not cut at a word inside it', () => {
  it('a firm named after its institute, centre or a place word runs on to its legal suffix', async () => {
    const x = await runDoc(
      '一、重点企业\n重点企业：以青山岚源东谷实业股份有限公司为代表的缸体缸盖企业。重点企业：青山岚安汽车检测中心有限公司、青山国岚检测技术有限公司等检测认证企业。支持中车青山电力机车研究所有限公司建设轨道交通创新中心。\n',
    );
    expect(names(x, 'Enterprise')).toEqual(['中车青山电力机车研究所', '青山国岚检测技术', '青山岚安汽车检测中心', '青山岚源东谷实业']);
    expect(names(x, 'Lab')).not.toContain('中车青山电力机车研究所');
    expect(names(x, 'Lab')).not.toContain('青山岚安汽车检测中心');
    expect(names(x, 'Park')).toEqual([]);
  });
  it('a segmentation cut that leaves only a legal or trade word (股份, 科技) is inside the name', async () => {
    const x = await runDoc('一、低空经济\n依托纵横股份、岚盾科技等企业，发展工业级无人机。\n');
    expect(names(x, 'Enterprise')).toEqual(['岚盾科技', '纵横股份']);
    expect(strong(x, 'IN_INDUSTRY')).toContain('enterprise:纵横股份 -> industry:工业级无人机');
  });
  it('a city the segmenter reads as an adverb opens the name after it (大连, also after an owner: 中国科学院大连…)', async () => {
    const x = await runDoc(
      '一、机床\n以大连岚洋科技集团为龙头，发展数控系统和伺服电机。依托大连岚工丝杠、大连岚新导轨等企业，发展滚珠丝杠。依托中国科学院大连岚化物理研究所开展煤制烯烃技术攻关。\n',
    );
    expect(names(x, 'Enterprise')).toEqual(['大连岚工丝杠', '大连岚新导轨', '大连岚洋科技集团']);
    expect(names(x, 'Lab')).toEqual(['中国科学院大连岚化物理研究所']);
  });
  it('a verb and a one-character noun make one word (预制菜), and an owner’s name runs on to its centre', async () => {
    const x = await runDoc(
      '一、科技创新\n以中国农业科学院青山蔬菜研发中心、青山学院为创新源头，服务净菜加工。支持岚发食品牵头组建山东省预制菜工程技术研究中心。支持青山职业学院与岚利斯共建预制菜产业学院。\n',
    );
    // (预制菜产业学院, a college's industry programme, is no lab since nodes27: optional or a must-not Lab in the gold)
    expect(names(x, 'Lab')).toEqual(['中国农业科学院青山蔬菜研发中心', '山东省预制菜工程技术研究中心', '青山学院', '青山职业学院']);
    expect(names(x, 'Lab').join()).not.toMatch(/(^|,)菜产业学院/);
    expect(strong(x, 'INNOVATES_FOR')).toContain('lab:中国农业科学院青山蔬菜研发中心 -> industry:净菜加工');
  });
  it('a centre followed by 集群 is a cluster of centres, no lab', async () => {
    const x = await runDoc('一、总体要求\n为加快全国一体化算力网络国家枢纽节点（甘肃）岚阳数据中心集群建设，推动工程落地见效。\n');
    expect(names(x, 'Lab')).toEqual([]);
  });
  it('the leading words of a firm named before (city set aside) are that firm, in a later table cell', async () => {
    const x = await runDoc('一、产业\n做大以株洲岚峰精工刀具股份有限公司为代表的数控刀具企业。\n二、分工\n产业链\t链主企业\t配套企业\n先进硬质材料\t株洲岚石合金集团有限公司\t岚峰精工、欧岚亿\n');
    expect(names(x, 'Enterprise')).toEqual(['株洲岚峰精工刀具', '株洲岚石合金集团', '欧岚亿']);
  });
});

describe('blind4 class: a firm in a gathered list is a firm, not a kind of firm', () => {
  it('place + unknown word + trade word (岚山港通物流, 成都岚飞科技) makes the list one of firms', async () => {
    const x = await runDoc(
      '一、港口物流\n岚山片区已集聚岚山港通物流、青山鼠尾湖码头等港口物流企业，重点发展油品储运。淮州新城通航产业园已集聚成都岚飞科技等工业级无人机企业20余家。推动电驱动、热管理等零部件企业在园区集聚。\n',
    );
    expect(names(x, 'Enterprise')).toEqual(['岚山港通物流', '成都岚飞科技', '青山鼠尾湖码头']);
    expect(names(x, 'Industry')).not.toContain('岚山港通物流');
    expect(names(x, 'Industry')).not.toContain('成都岚飞科技');
    expect(strong(x, 'LOCATED_IN')).toContain('enterprise:成都岚飞科技 -> park:淮州新城通航产业园');
  });
});

describe('blind4 class: headings, roles and stages are no industries', () => {
  it('a role word (主导) and making (生产) after a product are cut; 下游配套 stays the segment', () => {
    const cut = (s: string) => {
      const b = industryBounds(s);
      return b === 'drop' ? b : s.slice(b.from, b.to);
    };
    expect(cut('绿色石化主导')).toBe('绿色石化');
    expect(cut('液冷服务器生产')).toBe('液冷服务器');
    expect(cut('安全生产')).toBe('安全生产');
  });
  it('in a document: 做强X主导产业 names X; 石化下游配套 is one segment; 布局液冷服务器生产 names the product', async () => {
    const x = await runDoc('一、重点任务\n1.做强绿色石化主导产业。以岚江石化有限公司为龙头，发展高端聚烯烃。岚山片区重点发展港口物流和石化下游配套。支持岚光科技布局智能算力和液冷服务器生产。\n');
    const inds = names(x, 'Industry');
    expect(inds).toEqual(expect.arrayContaining(['绿色石化', '石化下游配套', '液冷服务器']));
    expect(inds).not.toContain('绿色石化主导');
    expect(inds).not.toContain('石化下游');
    expect(inds).not.toContain('液冷服务器生产');
  });
  it('parts of a layout slogan (两带, 多园) and a task heading (夯实创新支撑) under 发展重点 name no industry', async () => {
    const x = await runDoc(
      '青山市未来产业行动计划\n\n一、发展重点\n（一）两带\n即空天产业带和生物制造产业带。\n（二）多园\n天府岚山生物城重点发展合成生物。\n（三）夯实创新支撑\n以岚山理工大学为创新源头，服务数控系统。\n',
    );
    const inds = names(x, 'Industry');
    expect(inds).not.toContain('两带');
    expect(inds).not.toContain('多园');
    expect(inds).not.toContain('夯实创新支撑');
    expect(strong(x, 'INNOVATES_FOR')).toEqual(['lab:岚山理工大学 -> industry:数控系统']);
  });
});

describe('blind4 class: a known lab written as another city’s goal is no lab of that city', () => {
  it('建成 + a lexicon lab in a document of another city drops it; a plain mention keeps it', async () => {
    const goal = await runDoc('青山市未来产业行动计划\n\n一、创新\n以岚山实验室为创新源头，服务绿色生物制造。力争到2027年建成国家合成生物技术创新中心，争创国家未来产业先导区。\n');
    expect(names(goal, 'Lab')).toEqual(['岚山实验室']);
    const used = await runDoc('青山市未来产业行动计划\n\n一、创新\n依托国家合成生物技术创新中心开展菌种研发。\n');
    expect(names(used, 'Lab')).toEqual(['国家合成生物技术创新中心']);
  });
});

describe('blind4 class: what a product is for, its grade and its service are no industries of their own', () => {
  it('a known term before 用 and a product (光伏逆变器用功率模块) is what the product is for', async () => {
    const x = await runDoc('一、功率半导体\n支持岚国半导体科技有限公司拓展光伏逆变器用功率模块。\n');
    expect(names(x, 'Industry')).not.toContain('光伏');
  });
  it('a grade word (高档) or 服务 after a segment the document named is that segment', async () => {
    const x = await runDoc('一、布局\n岚山园区重点发展数控系统、云计算、算力调度和网络传输。\n二、企业\n以岚光科技集团为龙头，发展高档数控系统和伺服电机。依托岚光云等企业，发展云计算和算力调度服务。\n');
    const inds = names(x, 'Industry');
    expect(inds).toEqual(expect.arrayContaining(['数控系统', '算力调度']));
    expect(inds).not.toContain('高档数控系统');
    expect(inds).not.toContain('算力调度服务');
    expect(strong(x, 'IN_INDUSTRY')).toContain('enterprise:岚光科技集团 -> industry:数控系统');
  });
  it('a trial stage after a product (中试) is cut; a place heading (…产业区) is no industry', async () => {
    expect((() => {
      const b = industryBounds('磷酸锰铁锂中试');
      return b === 'drop' ? b : '磷酸锰铁锂中试'.slice(b.from, b.to);
    })()).toBe('磷酸锰铁锂');
    const x = await runDoc('青山市石化产业规划\n\n一、空间布局\n（三）岚云临港产业区。重点发展可降解材料和精细化学品。\n');
    expect(names(x, 'Industry')).not.toContain('岚云临港产业区');
  });
});

describe('dev4/dev5 class: one firm or zone under its short and full forms', () => {
  it('a stock short name (X股份) and a name without its city are the firm named before; a group is not its subsidiary', async () => {
    const x = await runDoc(
      '一、企业\n依托岚奥汽车零部件股份有限公司、宜宾岚原集团股份有限公司和内蒙古岚泰煤制油有限责任公司等企业，发展汽车零部件。\n二、协同\n支持岚奥股份、岚原集团和岚泰集团建立协同机制。\n',
    );
    const firms = names(x, 'Enterprise');
    expect(firms).not.toContain('岚奥股份');
    expect(firms).not.toContain('岚原集团');
    expect(firms).toContain('岚泰集团');
  });
  it('a zone’s short and full forms (经开区 / 经济技术开发区, 高新区 / …火炬高技术产业开发区) are one zone', async () => {
    const x = await runDoc(
      '一、布局\n岚州经济技术开发区重点发展稀土永磁材料。岚海火炬高技术产业开发区重点发展医疗器械。\n二、任务\n岚州经开区和岚海高新区建设公共检测平台，岚州经开区重点发展永磁电机。\n',
    );
    expect(names(x, 'Park')).toHaveLength(2);
  });
  it('a first-of-a-kind award (首台（套）) is no industry', async () => {
    const x = await runDoc('一、措施\n5．推动首台（套）应用。对经认定的海工装备首台（套）产品给予奖励。\n');
    expect(names(x, 'Industry').filter((n) => /首台/.test(n))).toEqual([]);
  });
});

describe('heldout/blind3 class: a name runs on to the place it really ends', () => {
  it('a university’s base (…大学青岛创新发展基地) is one lab, not the university', async () => {
    const x = await runDoc('一、创新\n4.建设创新平台。以岚山实验室、岚海大学、岚州工程大学青岛创新发展基地为创新源头，开展深远海装备关键技术攻关。\n');
    expect(names(x, 'Lab')).toEqual(['岚山实验室', '岚州工程大学青岛创新发展基地', '岚海大学']);
  });
  it('港 before 口 runs on (氢能港口); a zone demonstrating a kind of place is a designation; a carrier-placed pilot zone stays', async () => {
    const x = await runDoc('一、应用\n在港口、物流等领域推广氢燃料电池汽车，建设岚台港氢能港口示范区。以岚化区为载体，建设岚化氢能应用示范区。\n');
    expect(names(x, 'Park')).toEqual(['岚化氢能应用示范区']);
  });
});

describe('blind3/blind4 class: more names whole', () => {
  it('X系统 and X (three characters at least) are one segment whichever comes first; 应用 and 应用服务 stay two', async () => {
    const x = await runDoc('一、零部件\n岚山园区重点发展热管理、电驱电控系统和车身。\n二、企业\n依托岚凌汽车等企业，发展热管理系统和电驱电控。\n');
    const inds = names(x, 'Industry');
    expect(inds.filter((n) => n.startsWith('热管理'))).toHaveLength(1);
    expect(inds.filter((n) => n.startsWith('电驱电控'))).toHaveLength(1);
  });
  it('a segmentation cut that leaves one character after a content word is inside the name (得利|斯)', async () => {
    const x = await runDoc('一、企业\n依托得利斯、岚发食品等企业，发展调理肉制品和速冻米面制品。\n');
    expect(names(x, 'Enterprise')).toEqual(['岚发食品', '得利斯']);
  });
  it('the national telecom carriers are firms (lexicon)', async () => {
    const x = await runDoc('一、数据中心\n中国电信已形成数据中心运营能力。推动中国移动、中国联通在岚阳东数西算产业园区布局智算中心。\n');
    expect(names(x, 'Enterprise')).toEqual(['中国电信', '中国移动', '中国联通']);
  });
});

describe('blind4 class: a character the conversion lost', () => {
  it('港□物流 is the one segment of the document it spells (港口物流), not a segment of its own', async () => {
    const x = await runDoc('一、任务\n5.完善港口物流配套。岚山片区已集聚岚山港通物流、青山鼠浪湖码头等港□物流企业，重点发展油品储运。岚山片区重点发展港口物流和石化下游配套。\n');
    expect(names(x, 'Industry').filter((n) => n.includes('□'))).toEqual([]);
    expect(strong(x, 'IN_INDUSTRY')).toContain('enterprise:岚山港通物流 -> industry:港口物流');
  });
});

describe('dev4 class: what a benchmarking clause admires is no industry of the document', () => {
  it('对标X的高端装备集聚模式 / 学习借鉴…经验 name no industry', async () => {
    const x = await runDoc('青山市海工装备产业若干措施\n\n一、措施\n8．开展区域协作。对标岚海新片区的高端装备集聚模式，学习借鉴岚国造船产业集群经验，推动岚门港新区与岚山群岛新区开展船舶修造产业协作。\n');
    expect(names(x, 'Industry')).not.toContain('高端装备');
  });
});

describe('blind class: a park with and without its city is one park', () => {
  it('济南岚子谷 then 岚子谷 (either order) is one park', async () => {
    const x = await runDoc('一、布局\n济南岚子谷重点发展量子通信。\n二、任务\n支持岚子谷建设量子精密测量平台，岚子谷重点发展量子计算。\n');
    expect(names(x, 'Park')).toEqual(['济南岚子谷']);
  });
});

describe('blind3 class: markets a product is aimed at are no industries', () => {
  it('面向A和B开拓应用市场 names markets; 面向A、B等领域开展… keeps the fields a measure serves', async () => {
    const aimed = await runDoc('一、任务\n7．壮大第三代半导体。依托岚飞半导体等企业，发展碳化硅衬底和功率器件；在岚湖高新区建设第三代半导体产业园，面向新能源汽车和光伏逆变器开拓应用市场。\n');
    expect(names(aimed, 'Industry')).not.toContain('光伏');
    expect(names(aimed, 'Industry')).not.toContain('新能源汽车');
    const served = await runDoc('一、任务\n6．开展成果转化对接。重点面向高端装备、生物医药、新能源等领域，持续开展科技计划项目。\n');
    expect(names(served, 'Industry')).toEqual(expect.arrayContaining(['生物医药', '高端装备']));
  });
});

describe('blind2 class: a heading joining a generic part or a stage to another names no one segment', () => {
  it('（四）装备与原辅材料 under 发展重点 is no industry; the sentences under it name the segments', async () => {
    const x = await runDoc('青山市超硬材料产业规划\n\n一、发展重点\n（四）装备与原辅材料\n重点发展大腔体六面顶压机等合成装备，提升高纯石墨等原辅材料本地配套能力。\n');
    expect(names(x, 'Industry')).not.toContain('装备与原辅材料');
  });
});
