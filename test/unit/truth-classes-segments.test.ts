// Segment classes of issue 12 (branch segments4): headings and measure titles that name a segment in the
// document's own words. Short documents of the genre written for these tests (names invented); each
// asserts what the class gives and what it must not give, so no rule tuned to one fixture sentence passes.
import { describe, expect, it } from 'vitest';
import { runDoc, names, strong } from '../fixtures/class-doc.ts';


describe('segments4: a section heading names a segment in the document’s own words', () => {
  it('（一）做大X基础设施 / 做强X系统: the heading’s segment is part of the document’s industry, its measures target it, its items and titles are its parts', async () => {
    const x = await runDoc(
      '某市智慧港口产业发展行动方案\n\n一、重点任务\n（一）做大港口基础设施\n1．建设自动化码头。重点发展自动化岸桥和智能闸口。\n2．发展港口感知终端。依托远洋通、海岬科技等企业，发展堆场传感和船岸通信。\n（二）做强港航调度软件\n3．建设调度平台。重点发展泊位调度算法和集装箱追踪服务。\n（三）强化创新支撑\n4．建设创新平台。支持建设港口众创空间。\n',
    );
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:港口基础设施 -> industry:智慧港口');
    expect(part).toContain('industry:港航调度软件 -> industry:智慧港口');
    expect(part).toContain('industry:自动化岸桥 -> industry:港口基础设施');
    expect(part).toContain('industry:泊位调度算法 -> industry:港航调度软件');
    // a measure title under the heading names a part of the heading’s segment
    expect(part).toContain('industry:港口感知终端 -> industry:港口基础设施');
    const sup = strong(x, 'SUPPORTS');
    expect(sup.filter((e) => e.endsWith('industry:港口基础设施'))).toHaveLength(2);
    // a task heading (强化创新支撑) names no segment
    expect(names(x, 'Industry').filter((n) => /创新|支撑/.test(n))).toEqual([]);
  });
  it('headings of tasks, public goods or bare chain parts name none (提升公共服务, 补强核心装备, 壮大产业集群)', async () => {
    const x = await runDoc('某市智慧港口产业发展行动方案\n\n一、重点任务\n（一）优化公共服务\n1．完善服务体系。重点发展港口金融。\n（二）补强核心装备\n2．引进装备企业。重点发展岸桥吊具。\n（三）壮大港口产业集群\n3．集聚企业。重点发展航运经纪。\n');
    expect(names(x, 'Industry').filter((n) => /公共服务|核心装备|集群/.test(n))).toEqual([]);
  });
});

describe('segments4: a measure title names a segment in the document’s own words', () => {
  it('补强X系统: the firms relied on under it are in X (stated), the items it develops are X’s parts', async () => {
    const x = await runDoc('某市新能源船舶产业发展若干措施\n\n一、重点任务\n1．补强船用电推系统。依托澜江电气、北岬动力等企业，重点发展驱动电机和电控系统。\n');
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:北岬动力 -> industry:船用电推系统', 'enterprise:澜江电气 -> industry:船用电推系统']);
    expect(strong(x, 'PART_OF')).toContain('industry:驱动电机 -> industry:船用电推系统');
    expect(strong(x, 'SUPPORTS')).toContain('measure:doc:1 -> industry:船用电推系统');
  });
  it('a qualifier before a segment the document named (壮大品牌X) and two named segments written together (提升XY) name those segments', async () => {
    const x = await runDoc(
      '某市家纺产业发展实施意见\n\n我市家纺产业已形成“纺纱—织布—印花—成品家纺”的产业链条。\n一、重点任务\n1．提升织布印花。依托锦澜纺织等企业，发展提花织物。\n2．壮大品牌成品家纺。依托梦川家居、棉语等企业，发展床品套件和功能枕芯。\n',
    );
    const sup = strong(x, 'SUPPORTS');
    expect(sup).toContain('measure:doc:1 -> industry:织布');
    expect(sup).toContain('measure:doc:1 -> industry:印花');
    expect(strong(x, 'PART_OF')).toContain('industry:床品套件 -> industry:成品家纺');
    expect(strong(x, 'IN_INDUSTRY')).toContain('enterprise:棉语 -> industry:成品家纺');
    expect(names(x, 'Industry').filter((n) => /品牌|织布印花/.test(n))).toEqual([]);
  });
  it('X应用 is X’s when the document used X on its own before (拓展储能应用 → 储能); kept whole when X came only as X应用 (发展遥感数据应用)', async () => {
    const x = await runDoc('某市储能产业发展行动方案\n\n储能是我市重点方向。\n一、重点任务\n1．拓展储能应用。重点发展电网侧调峰和工商业储能。\n');
    expect(names(x, 'Industry')).not.toContain('储能应用');
    expect(strong(x, 'SUPPORTS')).toContain('measure:doc:1 -> industry:新型储能');
    const y = await runDoc('某市空天信息产业发展行动方案\n\n我市遥感数据应用市场尚处培育阶段。\n一、重点任务\n1．发展遥感数据应用。依托星眸信息等企业，发展农情监测和灾害监测服务。\n');
    expect(strong(y, 'PART_OF')).toContain('industry:农情监测 -> industry:遥感数据应用');
    expect(names(y, 'Industry')).not.toContain('遥感数据');
    // …the applications of an industry or a service are that industry’s, not a segment of their own
    const z = await runDoc('某市低空经济产业发展行动方案\n\n一、重点任务\n1．拓展海岛物流应用。支持开通跨海无人机配送航线。\n');
    expect(names(z, 'Industry')).not.toContain('海岛物流应用');
  });
  it('a kind the document laid out as a segment of its industry is not put under a section’s segment by a typed list', async () => {
    const x = await runDoc(
      '某市新能源船舶产业发展若干措施\n\n我市新能源船舶产业已形成“整船—动力系统—配套服务”的完整产业链条。\n一、重点任务\n1．做强船用电推系统。依托江舟船舶、北湾船厂等整船企业和澜江电气等电机企业，提升本地配套水平。\n',
    );
    expect(strong(x, 'PART_OF')).not.toContain('industry:整船 -> industry:船用电推系统');
  });
});

describe('segments4: a known term a qualifier narrows (class 3)', () => {
  it('the longer name the text states is the segment (开展车载操作系统研发 → 车载操作系统); broad qualifiers (高端, 国产, 世界级) name none', async () => {
    const x = await runDoc(
      '某市集成电路产业发展行动方案\n\n一、重点任务\n1．发展车载软件。支持远航汽车联合云舟软件开展车载操作系统研发。\n2．补齐短板。突破高端芯片和国产操作系统，打造世界级动力电池产业集群。\n',
    );
    const inds = names(x, 'Industry');
    expect(inds).toContain('车载操作系统');
    expect(inds.filter((n) => /^(高端|国产|世界级)/.test(n))).toEqual([]);
    expect(strong(x, 'SUPPORTS')).toContain('measure:doc:1 -> industry:车载操作系统');
    expect(strong(x, 'SUPPORTS')).not.toContain('measure:doc:1 -> industry:操作系统');
  });
  it('a development list’s known items keep their list (依托A发展X，依托B、C等企业发展Y): each firm is tied to its own item', async () => {
    const x = await runDoc(
      '某市人工智能产业发展规划\n\n三、发展重点\n（三）应用层\n推进人工智能在智能制造、智慧交通等领域应用，培育智能网联汽车、智能机器人等新产品。依托远山汽车发展智能网联汽车，依托北岭机器人、星川机器人等企业发展智能机器人。\n',
    );
    const ind = strong(x, 'IN_INDUSTRY');
    expect(ind).toContain('enterprise:远山汽车 -> industry:智能网联汽车');
    expect(ind).toContain('enterprise:北岭机器人 -> industry:智能机器人');
    expect(ind).not.toContain('enterprise:远山汽车 -> industry:智能机器人');
  });
  it('items the document laid out as the section segment’s siblings stay its siblings (中游为A、B、C; under 突破A, 布局B和C)', async () => {
    const x = await runDoc(
      '某市智能网联汽车产业集群发展行动方案\n\n一、产业链条\n智能网联汽车产业链上游为车规芯片和传感器，中游为激光雷达、域控制器、线控底盘三大核心部件，下游为整车集成。\n二、重点任务\n1．突破激光雷达。支持东岭光电科技有限公司扩大激光雷达产能，鼓励澜海电子布局域控制器和线控底盘。\n',
    );
    const part = strong(x, 'PART_OF');
    expect(part.filter((e) => /-> industry:激光雷达$/.test(e))).toEqual([]);
    expect(part).toContain('industry:线控底盘 -> industry:智能网联汽车');
  });
});

describe('segments4: adverbs between a list of firms and its verb (class 6)', () => {
  it('A、B均位于P / A、B均已入驻P: the adverb is no part of the last name, and every firm of the list is settled in P', async () => {
    const x = await runDoc('某市软件产业发展行动方案\n\n一、重点任务\n1．建设软件载体。依托星河电子、蓝鲸信息等企业发展工业软件，星河电子、蓝鲸信息均已入驻海湾软件园。\n2．集聚企业。集聚了云杉智能、北辰数科等企业，云杉智能、北辰数科均位于石湾软件园。\n');
    expect(names(x, 'Enterprise')).toEqual(['云杉智能', '北辰数科', '星河电子', '蓝鲸信息']);
    const loc = strong(x, 'LOCATED_IN');
    for (const f of ['星河电子', '蓝鲸信息']) expect(loc).toContain(`enterprise:${f} -> park:海湾软件园`);
    for (const f of ['云杉智能', '北辰数科']) expect(loc).toContain(`enterprise:${f} -> park:石湾软件园`);
    // (names typed only by their list neighbour: 北辰集团、蓝鲸信息均位于P)
    const y = await runDoc('某市软件产业发展行动方案\n\n一、重点任务\n1．建设软件载体。石湾软件园重点发展工业软件，北辰集团、蓝鲸信息均位于石湾软件园。\n');
    expect(names(y, 'Enterprise')).toEqual(['北辰集团', '蓝鲸信息']);
    expect(strong(y, 'LOCATED_IN')).toContain('enterprise:蓝鲸信息 -> park:石湾软件园');
  });
});

describe('segments4: a long lab name joined to a university (class 5)', () => {
  it('…研究与综合利用国家重点实验室和X大学: two labs, the long name whole (a verb inside a name is no name start), the university its own', async () => {
    const x = await runDoc('某市新材料产业发展规划\n\n北湾材料研究院、北湾稀土资源研究与综合利用国家重点实验室和东岭理工大学构成了创新主体。\n');
    expect(names(x, 'Lab')).toEqual(['东岭理工大学', '北湾材料研究院', '北湾稀土资源研究与综合利用国家重点实验室']);
  });
});

describe('segments4: stage words in headings and titles (class 2)', () => {
  it('a heading of two stages with no object (做强设计制造环节) names no segment; 提升X设计水平 names X设计 (the level word is no part of it); X制造 is one staged name, not X + 制造', async () => {
    const x = await runDoc(
      '某市集成电路产业发展行动方案\n\n我市集成电路产业涵盖设计、制造、封测和材料四个环节。\n一、重点任务\n（一）做强设计制造环节\n1．提升芯片设计水平。依托江芯微电子、北岭半导体等设计企业，发展射频前端芯片和电源管理芯片。\n2．提升晶圆制造能级。以南湖集成为龙头，发展特色工艺代工。\n',
    );
    const inds = names(x, 'Industry');
    expect(inds.filter((n) => /设计制造|水平|能级/.test(n))).toEqual([]);
    expect(strong(x, 'PART_OF')).toContain('industry:射频前端芯片 -> industry:芯片设计');
    expect(strong(x, 'IN_INDUSTRY')).toContain('enterprise:江芯微电子 -> industry:芯片设计');
    expect(strong(x, 'SUPPORTS')).not.toContain('measure:doc:2 -> industry:制造');
  });
});

describe('segments4: a kind list closed by projects (等X项目)', () => {
  it('布局A、B等X项目: the items are parts of the kind X (stated), the projects name no segment', async () => {
    const x = await runDoc('某市纺织产业发展意见\n\n一、重点任务\n1．做强化纤原料。在石湾化工园区布局己二酸、聚酯切片等化纤原料项目。\n');
    expect(strong(x, 'PART_OF')).toEqual(['industry:己二酸 -> industry:化纤原料', 'industry:聚酯切片 -> industry:化纤原料']);
    expect(names(x, 'Industry').filter((n) => n.endsWith('项目'))).toEqual([]);
  });
});

describe('segments4: the scale of making a product is no part of its name', () => {
  it('发展A和B规模化制造 names A and B (规模化制造/批量化生产 trimmed)', async () => {
    const x = await runDoc('某市航天产业计划\n\n一、重点任务\n1．培育卫星制造。以星川卫星为龙头，发展遥感卫星和导航卫星规模化制造。\n');
    expect(names(x, 'Industry')).toEqual(['卫星制造', '导航卫星', '遥感卫星']);
    expect(strong(x, 'PART_OF')).toEqual(['industry:导航卫星 -> industry:卫星制造', 'industry:遥感卫星 -> industry:卫星制造']);
  });
});
