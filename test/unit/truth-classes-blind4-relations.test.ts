// Relation classes (rel6; the node-name classes of the same set are in truth-classes-blind4.test.ts) found on the blind4 set (test/fixtures/truth-blind4: 株洲, 潍坊, 庆阳, 成都, 大连, 襄阳,
// 岱山) and the dev4/dev5 relation misses, one describe per class, on short texts written for these tests
// (places and firms invented). Each asserts what the class requires or forbids; truth-blind.test.ts
// measures the same classes on the whole documents.
import { describe, expect, it } from 'vitest';
import { runDoc, strong, all } from '../fixtures/class-doc.ts';

describe('blind4 class: typed lists under a heading that joins two segments', () => {
  const doc =
    '青川市智能装备产业招商地图\n\n一、产业链图谱\n（一）伺服电机及减速器\n重点企业：岚川电机、峰谷动力等伺服电机企业；以青川精密传动有限公司为代表的减速器企业。\n主要分布：青川高新技术产业开发区。\n招引方向：谐波减速器、空心杯电机、编码器。\n（二）整机集成\n重点企业：以青川重工股份有限公司为代表的焊接机器人企业；岚川智造等搬运机器人企业。\n主要分布：青川经济技术开发区。\n';
  it('each firm goes with its own kind, never with the other part of the heading', async () => {
    const x = await runDoc(doc);
    const ind = strong(x, 'IN_INDUSTRY');
    expect(ind).toContain('enterprise:岚川电机 -> industry:伺服电机');
    expect(ind).toContain('enterprise:峰谷动力 -> industry:伺服电机');
    expect(ind).toContain('enterprise:青川精密传动 -> industry:减速器');
    expect(ind).not.toContain('enterprise:岚川电机 -> industry:减速器');
    expect(ind).not.toContain('enterprise:峰谷动力 -> industry:减速器');
    expect(ind).not.toContain('enterprise:青川精密传动 -> industry:伺服电机');
  });
  it('a kind inside one segment (焊接机器人 under 整机集成) is a part of it, and its firms are in both', async () => {
    const x = await runDoc(doc);
    const ind = strong(x, 'IN_INDUSTRY');
    expect(ind).toContain('enterprise:青川重工 -> industry:焊接机器人');
    expect(ind).toContain('enterprise:青川重工 -> industry:整机集成');
    expect(ind).not.toContain('enterprise:青川重工 -> industry:搬运机器人');
    expect(strong(x, 'PART_OF')).toContain('industry:焊接机器人 -> industry:整机集成');
  });
  it('an item to attract goes with the part of a joined heading it shares a word with, never with the other part', async () => {
    const x = await runDoc(doc);
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:谐波减速器 -> industry:减速器');
    expect(part).not.toContain('industry:谐波减速器 -> industry:伺服电机');
    expect(part).not.toContain('industry:编码器 -> industry:减速器');
  });
});

describe('blind4 class: a chain laid out with 其中A包括…，B包括…', () => {
  it('the chain belongs to the industry named before it (not to a part named after it), and each stage gets its own parts', async () => {
    const x = await runDoc(
      '一、总体要求\n我市低空制造产业按照“航空器研制—低空运营—航空维修”的链条布局，其中航空器研制包括电动垂直起降航空器和工业无人机，低空运营包括低空物流、低空文旅和通航培训。\n',
    );
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:航空器研制 -> industry:低空制造');
    expect(part).toContain('industry:低空运营 -> industry:低空制造');
    expect(part).toContain('industry:工业无人机 -> industry:航空器研制');
    expect(part).toContain('industry:低空物流 -> industry:低空运营');
    expect(part).toContain('industry:通航培训 -> industry:低空运营');
    expect(part.filter((e) => /-> industry:(低空物流|电动垂直起降航空器|工业无人机)$/.test(e))).toEqual([]);
  });
  it('“X包括A、B和C五个重点环节”: the count closing the list is no part of its last item', async () => {
    const x = await runDoc('一、产业概况\n我市船艇产业链包括船艇设计、船体制造、动力配套、船艇电子和船艇运维五个重点环节。\n');
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:船体制造 -> industry:船艇');
    expect(part).toContain('industry:船艇电子 -> industry:船艇');
  });
  it('only neighbouring levels are ordered: with the 中游 unread, 上游 is not directly upstream of 下游', async () => {
    const x = await runDoc('二、产业链\n我市新材料产业链分为三个环节：上游为稀土精矿，中游为整机制造，下游为永磁电机。\n');
    expect(all(x, 'UPSTREAM_OF')).not.toContain('industry:稀土精矿 -> industry:永磁电机');
    // (the negative above is also met by reading nothing, which is what happens there today: the case below shows the
    // levels are read and ordered neighbour to neighbour, never skipping one)
    const y = await runDoc('二、产业链\n我市新材料产业链分为三个环节：上游为稀土精矿，中游为磁性材料，下游为永磁电机。\n');
    const up = strong(y, 'UPSTREAM_OF');
    expect(up).toContain('industry:稀土精矿 -> industry:磁性材料');
    expect(up).toContain('industry:磁性材料 -> industry:永磁电机');
    expect(up).not.toContain('industry:稀土精矿 -> industry:永磁电机');
  });
});

describe('blind4 class: layout slogans and places are no parents, a locating zone hosts nothing', () => {
  const doc =
    '青川市未来产业行动计划\n\n一、空间布局\n（一）两带。即空港产业带和生物产业带。空港产业带串联青川空港经济区、青川东部新区，重点发展商业航天和低空经济。\n（二）多园。包括青川科技城、岚山生物城等园区。位于青川东部新区的青川科技城重点发展卫星互联网和卫星制造；岚山生物城重点发展合成生物。\n';
  it('no industry is PART_OF 两带 or 多园', async () => {
    const x = await runDoc(doc);
    expect(all(x, 'PART_OF').filter((e) => /industry:(两带|多园)$/.test(e))).toEqual([]);
  });
  it('位于P1的P2重点发展X: P2 hosts X and lies in P1; P1 hosts nothing by it', async () => {
    const x = await runDoc(doc);
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:青川科技城 -> industry:卫星互联网');
    expect(hosts).toContain('park:青川科技城 -> industry:卫星制造');
    expect(hosts.filter((e) => e.startsWith('park:青川东部新区 -> industry:卫星'))).toEqual([]);
    expect(strong(x, 'LOCATED_IN')).toContain('park:青川科技城 -> park:青川东部新区');
  });
});

describe('blind4 class: parks written as section headings or line leads', () => {
  it('（一）P / 重点发展A、B: the heading’s park hosts what the section’s focus clause names', async () => {
    const x = await runDoc(
      '青川市绿色化工产业发展规划\n\n四、空间布局\n（一）青川化工产业园区。\n重点发展精细化学品和电子化学品，推动企业技术改造。\n（二）岚湾临港产业区\n位于岚湾县，重点发展可降解材料。\n（三）打造世界级化工产业基地\n重点发展高端聚烯烃。\n',
    );
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:青川化工产业园区 -> industry:精细化学品');
    expect(hosts).toContain('park:青川化工产业园区 -> industry:电子化学品');
    expect(hosts).toContain('park:岚湾临港产业区 -> industry:可降解材料');
    // a goal heading is no park
    expect(hosts.filter((e) => e.includes('世界级'))).toEqual([]);
    expect(all(x, 'PART_OF').filter((e) => e.endsWith('industry:岚湾临港产业区'))).toEqual([]);
  });
});

describe('blind4 class: a subject joining two industries the text names on its own', () => {
  it('nothing is part, firm or host of the pair as one', async () => {
    const x = await runDoc(
      '青川市支持轨道车辆和通用航空器产业高质量发展的若干措施\n\n一、优化布局\n1．构建布局。岚山工业园重点发展轨道车辆和车辆配套，青川航空港聚焦通用航空器和航电系统。\n2．壮大主体。依托青川机车有限公司等整车企业，发展城轨车辆和动车组，对新建项目给予奖励。\n',
    );
    const joined = [...all(x, 'PART_OF'), ...all(x, 'IN_INDUSTRY'), ...all(x, 'HOSTS')].filter((e) => e.includes('轨道车辆和通用航空器') || e.includes('轨道车辆与通用航空器'));
    expect(joined).toEqual([]);
    expect(strong(x, 'HOSTS')).toContain('park:青川航空港 -> industry:通用航空器');
  });
  it('a field and its head named together stay the document’s industry (半导体和集成电路)', async () => {
    const x = await runDoc('青川市半导体和集成电路产业发展行动方案\n\n一、重点任务\n1．壮大设计业。重点发展集成电路设计和晶圆制造，支持半导体材料企业发展。\n');
    expect(strong(x, 'PART_OF')).toContain('industry:集成电路设计 -> industry:半导体与集成电路');
  });
});

describe('blind4 class: the umbrella of future-industry plans', () => {
  it('聚焦A、B、C等未来产业: each track is part of 未来产业 (stated)', async () => {
    const x = await runDoc('一、总体要求\n聚焦量子信息、商业航天、脑机接口等未来产业，构建“一核两翼”的空间布局。\n');
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:商业航天 -> industry:未来产业');
    expect(part).toContain('industry:脑机接口 -> industry:未来产业');
  });
});

describe('blind4 class: intent under a heading joining two segments', () => {
  it('支持A拓展…Y业务 under （五）培育X和Y产业: A is encouraged into Y, not stated in X', async () => {
    const x = await runDoc('二、重点任务\n5．培育数据加工和标注产业。支持岚川数据拓展医疗影像数据标注业务。\n');
    const ind = strong(x, 'IN_INDUSTRY');
    expect(ind.filter((e) => e.startsWith('enterprise:岚川数据 -> industry:数据加工'))).toEqual([]);
  });
  it('等X企业 where the document named X and a longer X-ending name: the kind is X itself', async () => {
    const x = await runDoc(
      '青川市预制菜产业若干措施\n\n1．做强蔬菜类预制菜。发展净菜加工。\n2．壮大主体。青川经济开发区已集聚岚川食品、峰谷食品等预制菜企业80余家。\n',
    );
    const ind = strong(x, 'IN_INDUSTRY');
    expect(ind).not.toContain('enterprise:岚川食品 -> industry:蔬菜类预制菜');
  });
});

describe('blind4 class: firms a measure builds its industry on', () => {
  it('依托A，发展X和Y / 以B为龙头，发展Z under a measure titled by an industry: A and B are in it (stated), besides their items', async () => {
    const x = await runDoc(
      '青川市重点产业链工作方案\n\n二、主要任务\n2．壮大船舶动力产业。依托青川动力机械有限公司，发展船用柴油机和船用推进器。\n3．做强纺织面料。以岚川纺织为龙头，发展高支精纺面料。支持峰谷纺织布局阻燃面料。\n',
    );
    const ind = strong(x, 'IN_INDUSTRY');
    expect(ind).toContain('enterprise:青川动力机械 -> industry:船舶动力');
    expect(ind).toContain('enterprise:岚川纺织 -> industry:纺织面料');
    // (intent is no membership: 支持A布局X says nothing of A's place in the measure's industry)
    expect(ind.filter((e) => e.startsWith('enterprise:峰谷纺织'))).toEqual([]);
  });
  it('依托A发展…制X under a heading naming X and Y: A is in X, not listed against both', async () => {
    const x = await runDoc('三、重点方向\n（二）中游：甲醇与乙二醇\n依托岚川化工发展煤气化制甲醇，依托峰谷能源发展合成气制乙二醇。\n');
    const ind = strong(x, 'IN_INDUSTRY');
    expect(ind).toContain('enterprise:岚川化工 -> industry:甲醇');
    expect(ind).not.toContain('enterprise:岚川化工 -> industry:乙二醇');
    expect(ind).toContain('enterprise:峰谷能源 -> industry:乙二醇');
  });
});

describe('blind4 class: a chain column of a 链长制 table', () => {
  it('every row names its chain, even one whose name ends like a quality (航空动力)', async () => {
    const x = await runDoc(
      '三、链长制分工表\n产业链\t链主企业\t重点企业\t承载园区\t牵头部门\n航空动力\t青川航发动力有限公司\t岚川航空零部件、峰谷精锻\t青川通用航空产业园\t市发展改革委\n先进陶瓷\t青川陶瓷集团有限公司\t岚川特陶\t青川经济技术开发区\t市工业和信息化局\n',
    );
    const ind = strong(x, 'IN_INDUSTRY');
    expect(ind).toContain('enterprise:岚川航空零部件 -> industry:航空动力');
    expect(ind).toContain('enterprise:青川航发动力 -> industry:航空动力');
    expect(ind).not.toContain('enterprise:岚川航空零部件 -> industry:先进陶瓷');
    expect(strong(x, 'HOSTS')).toContain('park:青川通用航空产业园 -> industry:航空动力');
  });
});

describe('blind4 class: chain roots named by the sentence’s opening', () => {
  it('开发区X产业按照“A—B—C”的链条…: the chain is X (not 开发区X), and computing facilities listed under a stage are its parts', async () => {
    const x = await runDoc(
      '第二章 总体要求\n开发区海洋化工产业按照"原盐精制—基础化工原料—海洋新材料"的链条延伸发展,其中基础化工原料包括纯碱和烧碱.\n我市算力产业按照“算力基础设施—算力服务”的链条布局，其中算力基础设施包括数据中心、智算中心和绿色电力保障。\n',
    );
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:原盐精制 -> industry:海洋化工');
    expect(part).toContain('industry:纯碱 -> industry:基础化工原料');
    expect(part).toContain('industry:数据中心 -> industry:算力基础设施');
    expect(part).toContain('industry:算力服务 -> industry:算力');
    expect(part.filter((e) => e.includes('开发区'))).toEqual([]);
  });
});

describe('blind4 class: a chain root named differently in the title and the body', () => {
  it('青川钴电产业已形成“钴资源—…”: the chain is the body’s 钴电 (not 青川钴电), its first stage a resource', async () => {
    const x = await runDoc('青川市钴电材料及电池产业链招商地图\n\n一、产业链全景\n青川钴电产业已形成“钴资源—钴盐—正极材料—动力电池”的产业链条。\n');
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:钴资源 -> industry:钴电');
    expect(part).toContain('industry:正极材料 -> industry:钴电');
    expect(strong(x, 'UPSTREAM_OF')).toContain('industry:钴资源 -> industry:钴盐');
  });
  it('经过多年发展，X已形成“A—B—C”的链条 (no 产业 after X): the chain is X; 我市已形成… names none', async () => {
    const x = await runDoc('一、发展基础\n经过三十余年发展，驼绒纺织已形成“驼绒分梳—驼绒纱线—驼绒服装”的完整产业链条。开发区高端纺织产业包括驼绒纺织和功能性纺织两大板块。\n');
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:驼绒分梳 -> industry:驼绒纺织');
    expect(part).toContain('industry:驼绒纺织 -> industry:高端纺织');
    const y = await runDoc('一、发展基础\n我市已形成“芯片设计—晶圆制造—封装测试”的完整链条。\n');
    expect(all(y, 'PART_OF').filter((e) => e.endsWith('industry:我市'))).toEqual([]);
  });
});

describe('blind4 class: counted fields and quality headings', () => {
  it('X产业已形成A、B和C三大优势领域: each is part of X; under （一）做强优势领域 a measure’s items go under the document’s industry, never under 优势', async () => {
    const x = await runDoc(
      '青川市推进康复器械产业高质量发展重点任务分工方案\n\n一、发展目标\n我市康复器械产业已形成康复机器人、助行器具和理疗设备三大优势领域。\n二、重点任务\n（一）做强优势领域\n1．壮大助行器具。以岚川康复为龙头，发展智能轮椅和电动助行器。\n',
    );
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:康复机器人 -> industry:康复器械');
    expect(part).toContain('industry:理疗设备 -> industry:康复器械');
    expect(part.filter((e) => e.endsWith('industry:优势'))).toEqual([]);
    expect(part.some((e) => e.startsWith('industry:智能轮椅 -> '))).toBe(true);
  });
});

describe('blind4 class: numbered layout items with a role label', () => {
  it('（一）一核：P。重点发展X / （二）两园：在Z规划建设Q，重点承接Y项目 / （三）多点：P1、P2等，重点承接Z产业化项目', async () => {
    const x = await runDoc(
      '三、空间布局\n按照“一核两园多点”的总体布局，推动产业集聚发展。\n（一）一核：青川高新技术产业开发区。重点发展量子通信和卫星互联网。\n（二）两园：在青川经济技术开发区规划建设生物制造产业园，重点承接生物发酵和酶制剂项目。\n（三）多点：岚山经济技术开发区、峰谷经济技术开发区等，重点承接氨基酸和功能糖产业化项目。\n',
    );
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:青川高新技术产业开发区 -> industry:量子通信');
    expect(hosts).toContain('park:生物制造产业园 -> industry:生物发酵');
    expect(hosts).toContain('park:岚山经济技术开发区 -> industry:功能糖');
    expect(hosts).toContain('park:峰谷经济技术开发区 -> industry:氨基酸');
    expect(hosts.filter((e) => e.includes('产业化'))).toEqual([]);
    expect(hosts).not.toContain('park:青川经济技术开发区 -> industry:生物发酵');
  });
});

describe('blind4 class: intent under an industry’s measure', () => {
  it('鼓励A、B等企业布局X和Y under a measure about Z: A is encouraged into X, Y; not stated in Z', async () => {
    const x = await runDoc('二、重点任务\n3．做强关键零部件。鼓励岚川汽车、峰谷汽车等企业布局固态电池和激光雷达。依托青川精工发展转向系统。\n');
    const ind = strong(x, 'IN_INDUSTRY');
    expect(ind.filter((e) => e.startsWith('enterprise:岚川汽车') || e.startsWith('enterprise:峰谷汽车'))).toEqual([]);
    expect(all(x, 'IN_INDUSTRY')).toContain('enterprise:岚川汽车 -> industry:固态电池');
  });
});

describe('blind4 class: layouts that pair one by one, and areas named bare', () => {
  it('“两园”为P和Q，分别重点发展X和Y: P hosts X, Q hosts Y, never crossed; P包括A和B两个片区: A片区 and B片区 are its parts', async () => {
    const x = await runDoc(
      '四、空间布局\n构建“一核两园”的空间格局。“两园”为岚山轴承产业园和青川高新技术产业园区，分别重点发展精密轴承和机床工业软件。其中青川高新技术产业园区包括七星岭和白石川两个片区，七星岭片区重点发展数控系统。\n',
    );
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:岚山轴承产业园 -> industry:精密轴承');
    expect(hosts).toContain('park:青川高新技术产业园区 -> industry:机床工业软件');
    expect(hosts).not.toContain('park:岚山轴承产业园 -> industry:机床工业软件');
    expect(hosts).not.toContain('park:青川高新技术产业园区 -> industry:精密轴承');
    const part = strong(x, 'PART_OF');
    expect(part).toContain('park:七星岭片区 -> park:青川高新技术产业园区');
    expect(part).toContain('park:白石川片区 -> park:青川高新技术产业园区');
    // (a bare name with a place ending of its own keeps it)
    const y = await runDoc('四、空间布局\n其中青川经济技术开发区包括红枫东区和白鹭两个片区。\n');
    expect(strong(y, 'PART_OF')).toEqual(['park:白鹭片区 -> park:青川经济技术开发区', 'park:红枫东区 -> park:青川经济技术开发区']);
  });
});

describe('blind4 class: a system said to consist of industries', () => {
  it('已形成以A、B和C为主体的X产业体系: each is part of X; a framework (现代产业体系) takes none', async () => {
    const x = await runDoc('一、发展基础\n我区已形成以光学镜头、激光器件和光通信模块为主体的光电信息产业体系。全市形成了以制造业、服务业为主体的现代产业体系。\n');
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:激光器件 -> industry:光电信息');
    expect(part).toContain('industry:光通信模块 -> industry:光电信息');
    expect(part.filter((e) => /现代/.test(e))).toEqual([]);
  });
});

describe('blind4 class: typed groups of a firm line the mention reader left', () => {
  it('重点企业：以A为代表的X企业；B等Y企业 under a segment heading: each named firm with its kind, the kind part of the segment', async () => {
    const x = await runDoc(
      '青川市新能源汽车产业招商地图\n\n二、产业链图谱\n（一）整车制造\n重点企业：以岚川客车工厂为代表的客车企业；以峰谷轿车工厂为代表的轿车企业。\n主要分布：青川高新技术产业开发区。\n',
    );
    const ind = strong(x, 'IN_INDUSTRY');
    expect(ind).toContain('enterprise:岚川客车工厂 -> industry:客车');
    expect(ind).toContain('enterprise:峰谷轿车工厂 -> industry:轿车');
    expect(ind).toContain('enterprise:峰谷轿车工厂 -> industry:整车制造');
    expect(ind).not.toContain('enterprise:岚川客车工厂 -> industry:轿车');
    expect(strong(x, 'PART_OF')).toContain('industry:轿车 -> industry:整车制造');
  });
});

describe('blind4 class: what a sentence develops after laying out a chain', () => {
  it('构建“A—B—器件”X产业链，依托…，发展甲器件和乙器件: each is part of the stage it is a kind of, else of X', async () => {
    const x = await runDoc('二、重点任务\n构建“衬底—外延—器件—模块”宽禁带半导体产业链，依托岚川半导体、峰谷晶电等企业，发展氮化镓功率器件和氧化镓整流模组。\n');
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:氮化镓功率器件 -> industry:器件');
    expect(part).toContain('industry:氧化镓整流模组 -> industry:宽禁带半导体');
  });
});

describe('blind4 class: a park built in a zone, and the zone', () => {
  it('规划在P建设Q，重点引进X、Y项目: Q hosts X and Y (a verb inside a product name is none: 推进系统); P hosts neither', async () => {
    const x = await runDoc('一、优化布局\n规划在岚山港新区建设船用动力配套产业园，重点引进船用发动机、船用推进系统项目。在峰谷新区规划建设医药物流园，重点发展医药冷链物流。\n');
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:船用动力配套产业园 -> industry:船用推进系统');
    expect(hosts.filter((e) => e.startsWith('park:岚山港新区') || e.startsWith('park:峰谷新区'))).toEqual([]);
    // (the park built, named by its ending, hosts the next clause's focus and lies in the zone)
    expect(hosts).toContain('park:医药物流园 -> industry:医药冷链物流');
    expect(strong(x, 'LOCATED_IN')).toContain('park:医药物流园 -> park:峰谷新区');
  });
});

describe('blind4 class: a supplier kind after a short domain', () => {
  it('A、B等海工配套企业: the kind is 海工配套, not the bare domain 海工', async () => {
    const x = await runDoc('二、重点任务\n做大岚川重工、峰谷船配等海工配套企业。依托岚川重工、峰谷船配等海工配套企业，发展海工钢结构。\n');
    const ind = all(x, 'IN_INDUSTRY');
    expect(ind).toContain('enterprise:岚川重工 -> industry:海工配套');
    expect(ind).not.toContain('enterprise:岚川重工 -> industry:海工');
  });
});

describe('blind4 class: fields a place has formed, and a chain in its own clause', () => {
  it('我省已初步形成A和B两大领域，X产业形成“…”的产业链条: A, B are the document’s; the chain is X’s, not A’s or B’s', async () => {
    const x = await runDoc(
      '青川省激光及光通信产业集群培育行动方案\n\n一、发展基础\n经过多年培育，我省已初步形成激光器件和光通信两大领域，光纤产业形成“光纤预制棒—光纤—光缆”的产业链条。\n',
    );
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:光通信 -> industry:激光及光通信');
    expect(part).toContain('industry:光纤预制棒 -> industry:光纤');
    expect(part).not.toContain('industry:光纤预制棒 -> industry:光通信');
  });
});

describe('blind4 class: a chain of broad steps that the sentence calls an industry’s chain', () => {
  it('X产业链已形成“关键零部件—整机—后市场服务”的完整链条，其中…包括…: the steps are ordered and X’s, each with its parts', async () => {
    const x = await runDoc('一、工作目标\n矿山机械产业链已形成“关键零部件—整机—后市场服务”的完整链条，其中关键零部件包括液压件、回转支承和驱动桥，整机包括掘进机械和铲运机械。\n');
    expect(strong(x, 'UPSTREAM_OF')).toContain('industry:关键零部件 -> industry:整机');
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:整机 -> industry:矿山机械');
    expect(part).toContain('industry:驱动桥 -> industry:关键零部件');
    expect(part).toContain('industry:铲运机械 -> industry:整机');
  });
});

describe('blind4 class: a level named, then its parts after a comma', () => {
  it('中游为X，包括A、B和C: each is part of X', async () => {
    const x = await runDoc('二、产业链构成\n我市钨产业链上游为钨精矿，中游为钨功能材料，包括硬质合金、钨丝和钨粉末；下游为切削刀具。\n');
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:硬质合金 -> industry:钨功能材料');
    expect(part).toContain('industry:钨粉末 -> industry:钨功能材料');
  });
});
