// Node classes found on the fifth blind set once it became a development set (test/fixtures/truth-blind5:
// 泰州, 宁德, 张家口, 柯桥, 衢州, 江西, 绵阳, 潜江): names, bounds and types of firms, parks and industries.
// One describe per class, on short texts written for these tests (names invented; real place names only
// where the class is about a place opening a name). Each asserts what the class forbids or requires.
import { describe, expect, it } from 'vitest';
import { runDoc, names, strong, all } from '../fixtures/class-doc.ts';
import { industryMerges } from '../../server/src/ingest/resolve/merge.ts';
import type { Entity } from '../../server/src/ingest/entities/table.ts';

describe('blind5 class: what a firm is urged to extend into is a segment', () => {
  it('拓展/拓宽 after a firm names one or two segments (encouraged), not a market, a business or a field of use', async () => {
    const x = await runDoc('岚州市储能产业方案\n一、重点任务\n鼓励岚星科技拓展户外储能电源和移动储能车。引导青禾新能科技拓宽钠电负极材料。支持企业拓展海外市场。推动岚禾能源拓展应用场景。\n');
    expect(names(x, 'Industry')).toEqual(expect.arrayContaining(['户外储能电源', '移动储能车', '钠电负极材料']));
    expect(names(x, 'Industry')).not.toContain('海外市场');
    expect(names(x, 'Industry')).not.toContain('应用场景');
    expect(all(x, 'IN_INDUSTRY')).toContain('enterprise:岚星科技 -> industry:户外储能电源');
    // intent, not membership
    expect(strong(x, 'IN_INDUSTRY')).not.toContain('enterprise:岚星科技 -> industry:户外储能电源');
  });
  it('under a heading of its own, the extended segment is still tied to the firm', async () => {
    const x = await runDoc('一、重点环节\n（一）航材与部件\n重点企业：岚桥航材科技、青禾精工。\n支持岚桥航材科技拓展起落架作动器。\n');
    expect(all(x, 'IN_INDUSTRY')).toContain('enterprise:岚桥航材科技 -> industry:起落架作动器');
  });
  it('a firm named earlier in the document is known before the verb after it is read (its own suffix not seen in that sentence)', async () => {
    const x = await runDoc('一、现状\n已集聚以四川岚远集团为代表的辐照装备企业。\n二、任务\n鼓励四川岚远集团拓展辐照灭菌服务。\n');
    expect(names(x, 'Enterprise')).toEqual(['四川岚远集团']);
    expect(all(x, 'IN_INDUSTRY')).toContain('enterprise:四川岚远集团 -> industry:辐照灭菌服务');
  });
});

describe('blind5 class: one firm typed by the kind it stands for', () => {
  it('以A为代表的X企业 makes A a firm in X, suffix or not; 以X为代表的…产业 names no firm', async () => {
    const x = await runDoc('一、基础\n集聚了以岚山乐纺为代表的织造装备企业和以浙江岚瑞电子科技为代表的电子特气企业。形成以集成电路为代表的战略性新兴产业。\n');
    expect(names(x, 'Enterprise')).toEqual(['岚山乐纺', '浙江岚瑞电子科技']);
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:岚山乐纺 -> industry:织造装备', 'enterprise:浙江岚瑞电子科技 -> industry:电子特气']);
  });
  it('a region, a trade name and two trade words make a firm (浙江X电子科技); two trade words alone do not', async () => {
    const x = await runDoc('一、任务\n支持浙江岚瑞电子科技扩大三氟化氮产能。支持海洋电子科技发展。\n');
    expect(names(x, 'Enterprise')).toEqual(['浙江岚瑞电子科技']);
    expect(all(x, 'IN_INDUSTRY')).toContain('enterprise:浙江岚瑞电子科技 -> industry:三氟化氮');
  });
  it('processing before 企业 is part of the kind (水产加工, not 水产)', async () => {
    const x = await runDoc('一、任务\n做大以岚城外贸为代表的禽肉屠宰加工企业和以岚鲁水产为代表的水产加工企业。\n');
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:岚城外贸 -> industry:禽肉屠宰加工', 'enterprise:岚鲁水产 -> industry:水产加工']);
  });
});

describe('blind5 class: a firm list with each firm’s line of business in brackets', () => {
  it('重点企业：A（X）、B（Y）: the brackets are no part of the names; each firm is in its own bracket only', async () => {
    const x = await runDoc('一、园区\n（一）岚溪新材料园\n重点企业：岚溪古道纤维（再生纤维）、岚溪赐华化纤（功能性纤维）、江西岚线航空（短途运输）。\n');
    expect(names(x, 'Enterprise')).toEqual(['岚溪古道纤维', '岚溪赐华化纤', '江西岚线航空']);
    expect(strong(x, 'IN_INDUSTRY')).toEqual(expect.arrayContaining(['enterprise:岚溪古道纤维 -> industry:再生纤维', 'enterprise:岚溪赐华化纤 -> industry:功能性纤维', 'enterprise:江西岚线航空 -> industry:短途运输']));
    // no list cross-product, at any confidence
    expect(all(x, 'IN_INDUSTRY')).not.toContain('enterprise:岚溪古道纤维 -> industry:功能性纤维');
    expect(all(x, 'IN_INDUSTRY')).not.toContain('enterprise:岚溪赐华化纤 -> industry:再生纤维');
  });
  it('without a label, names opening with a region make such a line a list of firms; industry names in brackets (abbreviations) do not', async () => {
    const x = await runDoc('一、链主\n（一）链主企业\n岚通（燃料电池系统）、河北岚投新能源（可再生能源制氢）、张家口岚交氢能（加氢设备）。\n（二）方向\n集成电路（IC）、人工智能（AI）。\n');
    expect(names(x, 'Enterprise')).toEqual(['岚通', '张家口岚交氢能', '河北岚投新能源']);
    expect(strong(x, 'IN_INDUSTRY')).toContain('enterprise:河北岚投新能源 -> industry:可再生能源制氢');
  });
});

describe('blind5 class: a park’s own section says what it hosts and which firms are in it', () => {
  it('主导产业： lines under a park heading are hosted; 重点企业： and 集聚了… lines are its firms', async () => {
    const x = await runDoc(
      '岚桥开发区产业定位\n一、总体定位\n开发区包括岚溪印染产业集聚区和岚岩家居产业园两个园区。\n二、各园区定位\n（一）岚溪印染产业集聚区\n主导产业：绿色印染、数码印花。\n现有基础：已集聚浙江岚丰科技、浙江岚通染织等印染企业。\n（二）岚岩家居产业园\n主导产业：家居布艺和窗帘墙布。\n集聚了浙江岚瑞窗饰、浙江岚岩布艺等企业，重点发展定制窗帘。\n',
    );
    expect(strong(x, 'HOSTS')).toEqual(expect.arrayContaining(['park:岚溪印染产业集聚区 -> industry:绿色印染', 'park:岚溪印染产业集聚区 -> industry:数码印花', 'park:岚岩家居产业园 -> industry:家居布艺', 'park:岚岩家居产业园 -> industry:窗帘墙布']));
    expect(strong(x, 'HOSTS')).not.toContain('park:岚岩家居产业园 -> industry:绿色印染');
    expect(strong(x, 'LOCATED_IN')).toEqual(expect.arrayContaining(['enterprise:浙江岚丰科技 -> park:岚溪印染产业集聚区', 'enterprise:浙江岚瑞窗饰 -> park:岚岩家居产业园']));
    expect(strong(x, 'LOCATED_IN')).not.toContain('enterprise:浙江岚丰科技 -> park:岚岩家居产业园');
  });
  it('a label line under a heading that is no park ties nothing to a park; a heading naming a park is no segment', async () => {
    const x = await runDoc('一、重点产业\n（一）智能装备\n主导产业：数控机床、工业机器人。\n（二）岚城新材料产业园\n重点企业：岚城新材、岚城化纤。\n发展方向：高性能纤维。\n');
    expect(names(x, 'Industry')).not.toContain('岚城新材料产业园');
    expect(all(x, 'HOSTS').filter((e) => e.includes('数控机床'))).toEqual([]);
  });
});

describe('blind5 class: where an organisation’s name begins and ends', () => {
  it('以及 opening a list’s last name is the list’s; a role in brackets after a college is a note, a campus city stays', async () => {
    const x = await runDoc('一、整机\n重点企业：以岚都航空工业集团为代表的教练机企业，以及南昌岚飞无人机科技。\n创新平台：岚西应用技术职业学院通航学院（人才培养）、岚川理工大学（青岛）。\n');
    expect(names(x, 'Enterprise')).toContain('南昌岚飞无人机科技');
    expect(names(x, 'Enterprise').some((n) => n.startsWith('以及'))).toBe(false);
    expect(names(x, 'Lab')).toEqual(expect.arrayContaining(['岚川理工大学(青岛)', '岚西应用技术职业学院通航学院']));
  });
  it('a kind of firm closed by a joiner is no firm (链主和重点企业); a place word before 集团 is inside the firm’s name', async () => {
    const x = await runDoc('一、概况\n全市产业发展较快。\n二、链主和重点企业\n以浙江岚纺城集团为龙头，发展面料展示交易。\n');
    expect(names(x, 'Enterprise')).toEqual(['浙江岚纺城集团']);
    expect(names(x, 'Park')).toEqual([]);
  });
});

describe('blind5 class: the name of a chain or a document’s industry carries no adjective', () => {
  it('完整/全 before 产业链 describe the chain (纺织, 小龙虾), no part of the name', async () => {
    const x = await runDoc('岚江市推进小龙虾全产业链高质量发展实施方案\n一、现状\n已形成“种苗繁育—生态养殖—精深加工”的完整产业链条。岚城已形成“化纤—织造—印染”的完整纺织产业链。\n');
    const inds = names(x, 'Industry');
    expect(inds).toEqual(expect.arrayContaining(['小龙虾', '纺织']));
    expect(inds.some((n) => /全$|^完整/.test(n))).toBe(false);
    expect(strong(x, 'PART_OF')).toContain('industry:织造 -> industry:纺织');
  });
});

describe('blind5 class: places that are no parks of the document', () => {
  it('a comparison, a featured park to be made, the host of an enclave elsewhere, a seedling base and 重点园区 are no parks', async () => {
    const x = await runDoc(
      '一、布局\n对连续两年亩均税收低于园区平均水平50%的企业实施差别化政策。集聚了岚锦窗饰等企业，打造现代轻工特色园区。在杭州岚来科技城建设岚州海创园科创飞地。在岚口等镇建设种苗繁育基地。\n二、重点园区\n岚昌航空城重点发展教练机。\n',
    );
    expect(names(x, 'Park')).toEqual(['岚昌航空城']);
  });
});

describe('blind5 class: generic words are no segments', () => {
  it('a joined stage with 应用 or 系统 is not split into a bare generic word; 重点产业链 heading words name no industry', async () => {
    const x = await runDoc(
      '岚州市氢能产业方案\n一、产业链\n按照“可再生能源制氢—储运加注—燃料电池及应用”的链条，推动氢能全产业链协同发展。\n二、重点产业链环节\n（一）电芯与系统\n重点企业：岚能科技、青禾电池。\n招引方向：储能电芯、储能变流器。\n',
    );
    const inds = names(x, 'Industry');
    expect(inds).not.toContain('应用');
    expect(inds).not.toContain('系统');
    expect(inds).not.toContain('重点产业链');
  });
});

describe('blind5 class: near-duplicate segments of one document are one node', () => {
  it('a grade or size word before a segment the document also names bare merges into it', async () => {
    const x = await runDoc('岚州市家电产业方案\n一、任务\n重点发展白色家电和厨房电器。依托岚芯半导体发展碳化硅衬底。支持岚芯半导体建设8英寸碳化硅衬底产线，发展8英寸碳化硅衬底。\n');
    const inds = names(x, 'Industry');
    expect(inds).toContain('碳化硅衬底');
    expect(inds).not.toContain('8英寸碳化硅衬底');
    expect(x.nodes.find((n) => n.name === '碳化硅衬底')?.aliases).toContain('8英寸碳化硅衬底');
  });
  it('the equipment or test of an activity is that segment; a field’s product line stays apart', async () => {
    const x = await runDoc('岚州市物联网产业方案\n一、任务\n重点发展视觉感知和智能传感。支持岚视科技扩大视觉感知设备产能。重点发展火箭总装。支持岚箭科技发展火箭总装测试。重点发展量子通信。支持岚量科技发展量子通信设备。\n');
    const inds = names(x, 'Industry');
    expect(inds).toEqual(expect.arrayContaining(['火箭总装', '视觉感知', '量子通信', '量子通信设备']));
    expect(inds).not.toContain('视觉感知设备');
    expect(inds).not.toContain('火箭总装测试');
    expect(x.nodes.find((n) => n.name === '视觉感知')?.aliases).toContain('视觉感知设备');
  });
  it('the document’s industry before a bare segment: the bare one merges into the specific one; the subject and the lexicon’s own industries never merge', () => {
    const ent = (name: string): Entity => ({ id: `industry:${name}`, label: 'Industry', name, aliases: new Set([name]), properties: {} });
    const es = ['航空', '零部件', '航空零部件', '新能源汽车', '汽车', '高端机载设备', '机载设备'].map(ent);
    const to = industryMerges(es, { known: (n) => n === '新能源汽车' || n === '汽车', level: (n) => (n === '汽车' ? 'industry' : undefined), subject: '航空' });
    expect([...to.entries()].sort()).toEqual([
      ['industry:零部件', 'industry:航空零部件'],
      ['industry:高端机载设备', 'industry:机载设备'],
    ]);
  });
});

describe('blind5 class: a short zone name the text places something in is a park', () => {
  it('在知识城建设…, 科学城重点发展…, 其中高新片区重点发展…, “一核”为科创区 name the document’s zones; a district (蕉城区) or 城区 does not', async () => {
    const x = await runDoc(
      '一、布局\n在知识城建设岚能储能产业园，重点发展储能电芯；科学城重点发展电池管理系统。岚州新城包括高新片区和东港片区两个片区，其中高新片区重点发展电子化学材料。“一核”为科创区，重点发展空天信息。在蕉城区建设电池循环产业园。城区重点发展商贸服务。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).toEqual(expect.arrayContaining(['知识城', '科学城', '高新片区', '科创区', '岚能储能产业园', '电池循环产业园']));
    expect(parks).not.toContain('蕉城区');
    expect(parks).not.toContain('城区');
    expect(strong(x, 'HOSTS')).toContain('park:科学城 -> industry:电池管理系统');
  });
  it('在X区建设Y园: the place and the verb that open a park’s name are the clause’s', async () => {
    const x = await runDoc('第六条 建设量子谷。在岚南高新区建设岚南量子谷，集聚量子通信企业；在历城区建设量子精密测量产业园，重点发展量子传感器。\n');
    expect(names(x, 'Park').some((n) => n.startsWith('在'))).toBe(false);
    expect(names(x, 'Park')).toContain('量子精密测量产业园');
  });
});

describe('blind5 class: firms typed by the genre’s short words for kinds of firm, or urged as subjects', () => {
  it('A、B等外资药企 / 等央企 type their items as firms; A、B等领域 does not', async () => {
    const x = await runDoc('一、基础\n岚州医药高新区已集聚岚江药业集团等本土药企和岚斯利康、岚田制药等外资药企。重点对接岚航西飞、岚国航发等央企。聚焦创新药、医疗器械等领域。\n');
    expect(names(x, 'Enterprise')).toEqual(expect.arrayContaining(['岚国航发', '岚斯利康', '岚田制药', '岚航西飞']));
    expect(names(x, 'Enterprise')).not.toContain('创新药');
  });
  it('鼓励A、B布局X: unknown names urged to lay out a line of business are firms, the line a segment they are encouraged into', async () => {
    const x = await runDoc('一、任务\n鼓励岚实股份、新岚光电布局灵巧手和六维力传感器。\n');
    expect(names(x, 'Enterprise')).toEqual(['岚实股份', '新岚光电']);
    expect(strong(x, 'IN_INDUSTRY')).toEqual([]);
    expect(all(x, 'IN_INDUSTRY')).toContain('enterprise:岚实股份 -> industry:灵巧手');
  });
});

describe('blind5 class: a known term inside a longer field of use, or a place word inside a park’s name', () => {
  it('在海上风电、光伏电站等领域应用: 光伏 inside 光伏电站 is where things are used, no industry of the document', async () => {
    const x = await runDoc('岚州市储能产业方案\n一、任务\n推动新型储能在海上风电、光伏电站和港口岸电领域应用。\n');
    expect(names(x, 'Industry')).not.toContain('光伏');
  });
  it('a port or city word followed by a park’s ending runs on to it (岚湾临港工业区, not 岚湾临港)', async () => {
    const x = await runDoc('一、布局\n在岚城区岚湾临港工业区建设电池循环产业园，重点发展梯次利用。岚湾临港工业区重点发展再生利用。\n');
    const parks = names(x, 'Park');
    expect(parks.some((p) => p.endsWith('临港'))).toBe(false);
    expect(parks).toEqual(['岚城区岚湾临港工业区', '电池循环产业园']);
    // (the short name later in the text is the same park)
    expect(x.nodes.find((n) => n.name === '岚城区岚湾临港工业区')?.aliases).toContain('岚湾临港工业区');
  });
});

describe('blind5 class: a link of a stated chain is a segment though its name is a stage', () => {
  it('“关键部件—整车—运维服务”: 运维服务 is a segment of the chain', async () => {
    const x = await runDoc('岚州市轨道交通装备产业方案\n一、现状\n我市轨道交通装备产业已形成“关键部件—整车—运维服务”的完整链条。\n');
    expect(names(x, 'Industry')).toContain('运维服务');
    expect(strong(x, 'UPSTREAM_OF')).toContain('industry:整车 -> industry:运维服务');
  });
});

describe('blind5 class: turning research into products is no part of a field’s name', () => {
  it('承接X成果转化项目 names X', async () => {
    const x = await runDoc('一、布局\n“多园”包括岚阳经济技术开发区和岚仙经济开发区，分别重点承接低空经济和空天信息成果转化项目。\n');
    expect(names(x, 'Industry')).toContain('空天信息');
    expect(names(x, 'Industry').some((n) => n.endsWith('成果转化'))).toBe(false);
  });
});

describe('blind5 class: design after a -化 word is the object of research, not a word before the activity', () => {
  it('依托L开展纺织品数字化设计技术攻关 names 纺织品数字化设计; 芯片设计技术攻关 still names 芯片', async () => {
    const x = await runDoc('一、创新\n依托岚江理工大学研究院开展纺织品数字化设计技术攻关。依托岚芯研究院开展芯片设计技术攻关。\n');
    expect(names(x, 'Industry')).toEqual(['纺织品数字化设计', '芯片']);
  });
});
