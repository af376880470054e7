// Error classes of issue 12, one test per class, on short texts of the genre written for these tests
// (names invented, not in the lexicon unless said). Each asserts what the class forbids, so a rule
// tuned to one seed sentence does not pass them; the blind fixtures (truth-blind.test.ts) measure
// the same classes on whole documents.
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../server/src/ingest/index.ts';
import { runDoc, runSnippet as run, names, strong } from '../fixtures/class-doc.ts';

const basisOf = (x: Extraction, id: string) => x.edges.find((e) => `${e.source} -> ${e.target}` === id)?.properties.basis;

describe('fields of application are no segments (class 3)', () => {
  it('fields written before a product (布局A、B等领域控制芯片) are where it is used', () => {
    const x = run('（一）集成电路\n重点发展车规级芯片，布局智能网联汽车、工业互联网等领域控制芯片。');
    expect(strong(x, 'PART_OF')).toEqual(['industry:车规级芯片 -> industry:集成电路']);
    const y = run('（二）传感器\n布局智慧农业、环境监测等领域专用传感器。');
    expect(strong(y, 'PART_OF').filter((e) => /智慧农业|环境监测/.test(e))).toEqual([]);
  });
  it('products a service tests (A、B等国产化产品适配测试服务) are not the service’s segments', () => {
    const x = run('（一）信创服务\n重点发展操作系统、数据库、中间件等国产化产品适配测试服务。');
    expect(strong(x, 'PART_OF').filter((e) => /操作系统|数据库|中间件/.test(e))).toEqual([]);
  });
});

describe('intent is not membership (class 2)', () => {
  it('firms joined to an encouraged firm (鼓励A…，联合B、C…) are as encouraged as A', () => {
    const x = run('（三）新型显示\n鼓励光辉面板等龙头企业，联合晶彩材料、明晟玻璃等企业，布局新型显示材料。');
    expect(names(x, 'Enterprise')).toEqual(['光辉面板', '明晟玻璃', '晶彩材料']);
    expect(strong(x, 'IN_INDUSTRY')).toEqual([]);
    expect(basisOf(x, 'enterprise:晶彩材料 -> industry:新型显示材料')).toBe('encouraged');
  });
});

describe('a list sentence is not a cross-product (class 1)', () => {
  it('what was brought in (引进A、B等平台) is described by its own clause, not by the sentence’s other statements', () => {
    const x = run('（四）人工智能\n持续引进智算研究院、北辰计算实验室等高能级创新平台，进一步优化了科技金融服务配套，加快发展智能机器人。');
    expect(strong(x, 'INNOVATES_FOR')).toEqual(['lab:北辰计算实验室 -> industry:人工智能', 'lab:智算研究院 -> industry:人工智能']);
    expect(x.edges.filter((e) => e.type === 'INNOVATES_FOR' && /科技金融|智能机器人/.test(e.target))).toEqual([]);
    // …a sentence led by an industry as its subject still says what the gathered firms are
    const y = run('集成电路产业已形成完整链条，集聚蓝湾微电子、恒川芯片等一批龙头企业，突破多项关键技术。');
    expect(strong(y, 'IN_INDUSTRY')).toEqual(['enterprise:恒川芯片 -> industry:集成电路', 'enterprise:蓝湾微电子 -> industry:集成电路']);
  });
  it('an area named in a paragraph lead (——X示范区：) says what the area is for, not what each firm makes', () => {
    const x = run('——智能制造应用示范区：支持远航精机、鼎力装备等企业建设智能工厂。');
    expect(strong(x, 'IN_INDUSTRY')).toEqual([]);
    expect(basisOf(x, 'enterprise:鼎力装备 -> industry:智能制造')).toBe('listed');
  });
});

describe('name boundaries (class 5)', () => {
  it('a firm’s own centre keeps the firm’s name; a national centre stands alone', () => {
    const x = run('（一）信创\n依托天地伟业智能安防创新中心等项目建设，推出新一代安防设备。');
    expect(names(x, 'Lab')).toEqual(['天地伟业智能安防创新中心']);
    expect(names(x, 'Enterprise')).toEqual([]);
    const y = run('（一）生物医药\n支持康源医药建设国家生物药创新中心。');
    expect(names(y, 'Lab')).toEqual(['国家生物药创新中心']);
  });
});

describe('a heading naming several industries is no cross-product (class 1)', () => {
  it('the sentence says which of the heading’s industries a firm is in; where it says none, the firm is listed', () => {
    const x = run('（二）光伏与风电\n依托晴川光能、云翔电气等企业，提升光伏产业配套能力。');
    expect(strong(x, 'IN_INDUSTRY').filter((e) => /风电/.test(e))).toEqual([]);
    expect(strong(x, 'IN_INDUSTRY').filter((e) => /晴川光能 -> industry:光伏$/.test(e))).toHaveLength(1);
    const y = run('（二）光伏与风电\n支持晴川光能、云翔电气等企业扩大产能。');
    expect(strong(y, 'IN_INDUSTRY')).toEqual([]);
    expect(basisOf(y, 'enterprise:晴川光能 -> industry:风电')).toBe('listed');
    // one industry in the heading still places its firms (stated)
    const z = run('（二）风电\n支持晴川光能、云翔电气等企业扩大产能。');
    expect(strong(z, 'IN_INDUSTRY')).toEqual(['enterprise:云翔电气 -> industry:风电', 'enterprise:晴川光能 -> industry:风电']);
  });
});

describe('places take their own industries (class 4)', () => {
  it('a carrier listed with others does not take the section’s industry a fellow item is named after', () => {
    const x = run('（三）智能制造\n以高端装备集聚为导向，打造松江药谷、智能制造应用示范区、数字经济创新基地的一谷、一区、一基地格局。');
    expect(names(x, 'Park')).toEqual(['松江药谷']);
    expect(strong(x, 'HOSTS')).toEqual([]);
    // a carrier alone under the heading still hosts it
    const y = run('（三）智能制造\n打造松江智造谷等产业集聚区。');
    expect(strong(y, 'HOSTS')).toEqual(['park:松江智造谷 -> industry:智能制造']);
  });
});

describe('node names and types (issue 12, node precision)', () => {
  it('a name never starts with a free negation (非|系统 from 非系统研制生产); a negation inside a word stays', () => {
    const x = run('（一）航天装备\n依托星河航天研究院，重点发展卫星总体设计、非系统研制生产、总装测试等关键环节。');
    expect(names(x, 'Industry').filter((n) => n.startsWith('非'))).toEqual([]);
    expect(names(x, 'Industry')).toContain('卫星总体设计');
    const y = run('（二）新材料\n重点发展非金属材料、非织造布、不锈钢等产品。');
    expect(names(y, 'Industry')).toEqual(expect.arrayContaining(['不锈钢', '非織造布'.replace('織', '织'), '非金属材料']));
  });
  it('techniques named as core technologies or objects of 攻关 are no industries', () => {
    const x = run('（三）合成生物\n发展蛋白质设计、细胞工厂构建、酶定向进化等合成生物底层核心技术，建设中试平台。');
    expect(names(x, 'Industry').filter((n) => /蛋白质设计|细胞工厂构建|酶定向进化/.test(n))).toEqual([]);
    const y = run('（四）集成电路\n攻关刻蚀工艺、离子注入等关键技术，重点发展车规级芯片、功率器件等产品。');
    expect(names(y, 'Industry').filter((n) => /刻蚀工艺|离子注入/.test(n))).toEqual([]);
    expect(names(y, 'Industry')).toEqual(expect.arrayContaining(['功率器件', '车规级芯片']));
  });
  it('a centre named only by its field that the text plans to build is no existing lab; a named one is', () => {
    const x = run('（五）人工智能\n依托高校和科研院所建设人形机器人创新中心，打造人工智能开源创新平台。');
    expect(names(x, 'Lab')).toEqual([]);
    const y = run('（五）人工智能\n依托星海大学建设国家人形机器人创新中心，支持北辰智能研究院组建云岭机器人创新中心。');
    expect(names(y, 'Lab')).toEqual(['云岭机器人创新中心', '北辰智能研究院', '国家人形机器人创新中心', '星海大学']);
    // stated as existing (no plan verb), a field-named centre stays
    const z = run('（五）人工智能\n加快人工智能创新中心建设，推动成果转化。');
    expect(names(z, 'Lab')).toEqual(['人工智能创新中心']);
  });
  it('a field-named centre listed among the carriers of a cluster (以A、B等为载体) is no lab', () => {
    const x = run('（六）生物医药\n以医疗器械创新中心、青山生物医药产业园、东湖医药港等专业载体为依托，打造生物医药产业集聚区。');
    expect(names(x, 'Lab')).toEqual([]);
    expect(names(x, 'Park')).toEqual(expect.arrayContaining(['青山生物医药产业园']));
  });
  it('a copula after an industry ends the subject (智能装备是园区…): no park named 智能装备是园区; 是 opening a name stays', () => {
    const x = run('智能装备是园区重点培育的主导产业，力争形成千亿级产业集群。');
    expect(names(x, 'Park').filter((n) => n.includes('是'))).toEqual([]);
    const y = run('（八）集成电路\n依托是德科技研究院开展测试仪器联合攻关。');
    expect(names(y, 'Lab')).toEqual(['是德科技研究院']);
  });
  it('items of a list closed by 等产业示范区/产业带/产业新城 are places, not industries', () => {
    const x = run('39.深化区域协同。强化京津高新技术产业带，支持建设“津沧廊”等产业示范区，大力引进高端制造、科技研发等优质项目资源。');
    expect(names(x, 'Industry').filter((n) => n.includes('津沧廊'))).toEqual([]);
    const y = run('（十）新能源\n重点发展光伏、储能等产业。');
    expect(names(y, 'Industry')).toContain('光伏');
  });
  it('an application scene is no industry (储能应用场景)', () => {
    const x = run('（九）氢能\n重点发展燃料电池电堆、氢能应用场景等。');
    expect(names(x, 'Industry').filter((n) => n.endsWith('场景'))).toEqual([]);
    expect(names(x, 'Industry')).toContain('燃料电池电堆');
  });
  it('a one-character function word closing a word (泛在, 潜在) cuts no name', () => {
    const x = run('（七）智能装备\n推进星河先进技术研究院筹建泛在感知技术创新中心，引入成果落地转化。');
    expect(names(x, 'Lab')).toContain('泛在感知技术创新中心');
    expect(names(x, 'Lab')).not.toContain('感知技术创新中心');
    const y = run('（七）智能装备\n支持企业在碳中和研究院开展联合攻关。');
    expect(names(y, 'Lab')).toEqual(['碳中和研究院']);
  });
});

describe('measure titles naming the document’s own chain segments (recall, heading scope)', () => {
  const head = '某市人民政府关于推动巡检机器人产业发展的实施意见\n\n一、发展目标\n到2028年，形成上游基础部件、中游整机装配与智能运维的完整产业链。\n\n二、重点任务\n';
  it('a lead verb before segments the chain sentence placed (做强X / 夯实Y基础) makes them the measure’s industries', async () => {
    const text = head + '（一）夯实基础部件配套。重点发展精密轴承和伺服电机。（市工业和信息化局牵头）\n（二）做强整机装配与智能运维。发展巡检整机和远程运维。（市发展改革委牵头）\n';
    const x = await runDoc(text);
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:精密轴承 -> industry:基础部件');
    expect(part).toContain('industry:伺服电机 -> industry:基础部件');
    // an item goes with the title segment it shares a word with; nothing is paired across
    expect(part).toContain('industry:远程运维 -> industry:智能运维');
    expect(part).toContain('industry:巡检整机 -> industry:整机装配');
    expect(part.filter((e) => /远程运维 -> industry:整机装配|巡检整机 -> industry:智能运维/.test(e))).toEqual([]);
    const sup = strong(x, 'SUPPORTS').map((e) => e.replace(/^measure:[^ ]*/, 'M'));
    expect(sup).toContain('M -> industry:整机装配');
    expect(sup).toContain('M -> industry:智能运维');
    expect(sup).toContain('M -> industry:基础部件');
  });
  it('a title whose object the document never named as a segment stays no industry', async () => {
    const x = await runDoc(head + '（一）夯实人才队伍基础。发展职业培训。（市人力资源社会保障局牵头）\n');
    expect(strong(x, 'PART_OF').filter((e) => /人才/.test(e))).toEqual([]);
    expect(x.nodes.filter((n) => n.label === 'Industry' && /人才/.test(n.name))).toEqual([]);
  });
});

describe('places stated for firms (LOCATED_IN recall: 落户/位于/集聚了)', () => {
  it('a list before 落户 ends at the verb (推动A、B落户P): both firms are settled, the park keeps its name', () => {
    const x = run('依托恒远智控、蓝湾动力等装备企业扩大产能。推动恒远智控、蓝湾动力落户滨江装备产业园。');
    expect(strong(x, 'LOCATED_IN')).toEqual(['enterprise:恒远智控 -> park:滨江装备产业园', 'enterprise:蓝湾动力 -> park:滨江装备产业园']);
  });
  it('a firm the sentence introduced and names again (…，A总部位于P) is settled there', () => {
    const x = run('恒远智控、蓝湾动力等电池企业相继扩大产能，蓝湾动力总部位于南湖经济开发区。');
    expect(strong(x, 'LOCATED_IN')).toEqual(['enterprise:蓝湾动力 -> park:南湖经济开发区']);
  });
  it('a park as its clause’s subject states the firms it has gathered (P集聚了A、B等企业); a plan to gather does not', () => {
    const x = run('滨江装备产业园集聚了恒远智控股份有限公司、蓝湾动力股份有限公司等企业。');
    expect(strong(x, 'LOCATED_IN')).toEqual(['enterprise:恒远智控 -> park:滨江装备产业园', 'enterprise:蓝湾动力 -> park:滨江装备产业园']);
    const y = run('依托滨江装备产业园集聚恒远智控股份有限公司等配套企业。');
    expect(strong(y, 'LOCATED_IN')).toEqual([]);
  });
  it('settled in parks written one inside the other (位于Z区P园): in the innermost too', () => {
    const x = run('恒远智控、蓝湾动力等装备企业扩大产能，恒远智控位于南湖高新区滨江装备产业园。');
    expect(strong(x, 'LOCATED_IN')).toContain('enterprise:恒远智控 -> park:滨江装备产业园');
  });
  it('a firm’s R&D centre located in a park does not place the firm there', () => {
    const x = run('恒远智控股份有限公司研发中心位于滨江装备产业园。');
    expect(strong(x, 'LOCATED_IN').filter((e) => e.startsWith('enterprise:'))).toEqual([]);
  });
});

describe('the kinds a typed list of firms names (依托A等X企业和B等Y企业)', () => {
  const head = '某市人民政府关于加快巡检机器人产业发展的若干措施\n\n一、重点任务\n';
  it('are what the measure supports and segments of the document’s industry', async () => {
    const x = await runDoc(head + '1.做强整机。依托恒远智控、蓝湾动力等巡检整机企业和明岳传感、川屿光电等云台模组企业，提升整机研发制造能力。（牵头单位：市工业和信息化局）\n');
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:巡检整机 -> industry:巡检机器人');
    expect(part).toContain('industry:云台模组 -> industry:巡检机器人');
    const sup = strong(x, 'SUPPORTS').map((e) => e.replace(/^measure:[^ ]*/, 'M'));
    expect(sup).toContain('M -> industry:巡检整机');
  });
  it('firms encouraged or asked to lead (鼓励/发挥A等X企业…) may be of another field: their kind is no segment', async () => {
    const x = await runDoc(head + '1.强化协同。发挥恒远智控、蓝湾动力等云台模组企业带动作用，鼓励明岳传感、川屿光电等惯导模组企业参与整机配套。（牵头单位：市工业和信息化局）\n');
    expect(strong(x, 'PART_OF').filter((e) => /云台模组|惯导模组/.test(e))).toEqual([]);
  });
});

describe('measure titles with a tail word, and kinds of firm to attract (heading scope)', () => {
  const head = '某市人民政府关于加快数字安全产业发展的若干措施\n\n一、重点任务\n';
  it('强化X保障 names X (the lexicon’s or the document’s); its development list are X’s segments', async () => {
    const x = await runDoc(head + '1.强化信息安全保障。发展量子加密网关和身份认证终端。（牵头单位：市委网信办）\n');
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:量子加密网关 -> industry:信息安全');
    expect(part).toContain('industry:身份认证终端 -> industry:信息安全');
  });
  it('引进A和B企业 under a segment’s title lists kinds of firm the segment lacks: its parts', async () => {
    const x = await runDoc(head + '2.壮大整机终端。依托恒远智控、蓝湾动力扩大产能，引进加密模组和身份识别模组企业。（牵头单位：市工业和信息化局）\n');
    expect(strong(x, 'PART_OF')).toContain('industry:加密模组 -> industry:整机终端');
    // …not kinds of institution to attract under a measure about finance
    const y = await runDoc(head + '3.完善金融服务。引进天使投资和融资担保机构。（牵头单位：市地方金融管理局）\n');
    expect(strong(y, 'PART_OF').filter((e) => /天使投资|融资担保/.test(e))).toEqual([]);
  });
});

describe('a measure that lays out a chain (围绕“A—B—C”的产业链条) targets its stages', () => {
  it('SUPPORTS from the measure to each stage and to the document’s industry; not to a name read off 的X链条', async () => {
    const head = '某市人民政府关于支持合成生物产业发展的若干措施\n\n';
    const x = await runDoc(head + '第一条 构建全链条产业体系。围绕“菌株设计—发酵放大—分离纯化”的产业链条，补齐关键装备短板。（责任部门：市科技局）\n');
    const sup = strong(x, 'SUPPORTS').map((e) => e.replace(/^measure:[^ ]*/, 'M'));
    for (const stage of ['菌株设计', '发酵放大', '分离纯化', '合成生物']) expect(sup).toContain(`M -> industry:${stage}`);
    const y = await runDoc(head + '第二条 做强研发服务。形成覆盖“菌株设计—发酵放大—分离纯化”的全流程服务链条。（责任部门：市科技局）\n');
    expect(strong(y, 'SUPPORTS').filter((e) => /全流程/.test(e))).toEqual([]);
  });
});

describe('chain descriptions: 覆盖A、B和C的X产业链', () => {
  const head = '某市人民政府关于加快合成生物产业发展的若干措施\n\n';
  it('培育覆盖A、B和C的X产业链 makes A, B, C stages of X, and the measure supports them', async () => {
    const x = await runDoc(head + '第一条 培育覆盖菌株设计、发酵放大、分离纯化和行业应用的合成生物产业链。（责任部门：市科技局）\n');
    const part = strong(x, 'PART_OF');
    for (const g of ['菌株设计', '发酵放大', '分离纯化']) expect(part).toContain(`industry:${g} -> industry:合成生物`);
    // (a generic word among them is no stage: 覆盖研发、菌株设计…)
    const y = await runDoc(head + '第二条 培育覆盖技术、菌株设计和发酵放大的合成生物产业链。（责任部门：市科技局）\n');
    expect(strong(y, 'PART_OF').filter((e) => /industry:技术 /.test(e))).toEqual([]);
    const sup = strong(x, 'SUPPORTS').map((e) => e.replace(/^measure:[^ ]*/, 'M'));
    expect(sup).toContain('M -> industry:发酵放大');
  });
});

// Classes found on the second blind set (test/fixtures/truth-blind2, diagnosis in docs/truth.md).
describe('blind2 classes: kind words, staged headings, intent into the heading, title tails', () => {
  it('an industry read inside a typed list’s kind word (芯片 in 等芯片封测企业) is that kind, not a broader segment', () => {
    const x = run('（一）集成电路\n南湖科技园集聚了澜沧封测、泰和微装等芯片封测企业。');
    const ind = strong(x, 'IN_INDUSTRY');
    expect(ind).toContain('enterprise:澜沧封测 -> industry:芯片封测');
    expect(ind.filter((e) => / -> industry:芯片$/.test(e))).toEqual([]);
    expect(x.edges.filter((e) => e.target === 'industry:芯片')).toEqual([]);
  });
  it('a heading naming a known industry and a value-chain stage (（二）做优芯片制造) names that stage', async () => {
    const x = await runDoc('某市集成电路产业发展行动方案\n\n二、重点任务\n（二）做优芯片制造\n重点发展模拟芯片、功率芯片等特色工艺产品。\n');
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:模拟芯片 -> industry:芯片制造');
    expect(part.filter((e) => / -> industry:芯片$/.test(e))).toEqual([]);
  });
  it('firms supported to grow the heading’s own industry (支持A、B扩大X产能 under （三）X) are encouraged in it, not members', async () => {
    const head = '某省新能源电池材料产业发展规划\n\n三、重点方向\n（三）硅碳负极\n';
    const x = await runDoc(head + '巩固负极材料优势。支持恒曜能源、赤岭新材等企业扩大硅碳负极产能，发展预锂化工艺。\n');
    expect(strong(x, 'IN_INDUSTRY')).toEqual([]);
    expect(basisOf(x, 'enterprise:恒曜能源 -> industry:硅碳负极')).toBe('encouraged');
    // …while a firm the section states in it, or one supported to build something else, stays stated
    const y = await runDoc(head + '恒曜能源、赤岭新材等企业已形成较大规模。支持青穹新能源公司牵头建设硅碳负极创新中心，重点布局快充负极。\n');
    expect(strong(y, 'IN_INDUSTRY')).toContain('enterprise:恒曜能源 -> industry:硅碳负极');
    expect(strong(y, 'IN_INDUSTRY')).toContain('enterprise:青穹新能源 -> industry:硅碳负极');
  });
  it('a level, strength or gap closing a measure title (提升X能级, 补齐X短板, 提升X竞争力) is no part of the segment', async () => {
    const head = '某市新能源汽车产业发展行动计划\n\n二、重点任务\n';
    const x = await runDoc(head + '1．提升动力电池制造能级。重点发展大圆柱电池和刀片电池。（责任单位：市工业和信息化局）\n2．补齐上游材料短板。重点发展隔膜、电解液。（责任单位：市工业和信息化局）\n3．提升电驱系统竞争力。支持企业发展扁线电机。（责任单位：市发展改革委）\n');
    expect(names(x, 'Industry').filter((n) => /能级|短板|竞争力/.test(n))).toEqual([]);
    expect(strong(x, 'PART_OF')).toContain('industry:刀片电池 -> industry:动力电池制造');
    expect(strong(x, 'SUPPORTS').map((e) => e.replace(/^measure:[^ ]*/, 'M'))).toContain('M -> industry:动力电池制造');
  });
  it('growth verbs left by a list (…等整机企业发展壮大) are no industry', () => {
    const x = run('（一）智能家电\n望江电器、东湖家居等整机企业发展壮大，配套体系日趋完善。');
    expect(names(x, 'Industry').filter((n) => /壮大|发展/.test(n))).toEqual([]);
  });
});

describe('blind2 classes: chain position lists and bracketed abbreviations', () => {
  it('every item of a position list belongs to its 等-kind, else to the domain the run names (X领域，上游为…), and the domain to the document’s industry', async () => {
    const head = '某市智能传感产业发展三年行动计划\n\n一、发展基础\n';
    const x = await runDoc(head + '我市智能传感产业以声学器件和气体传感为主体。声学器件领域，上游为振膜、磁钢和专用芯片，中游为微型扬声器和受话器，下游为耳机、音箱等终端产品；气体传感领域仍较薄弱。\n');
    const part = strong(x, 'PART_OF');
    for (const it of ['振膜', '磁钢', '专用芯片', '微型扬声器', '受话器', '耳机', '音箱']) expect(part).toContain(`industry:${it} -> industry:声学器件`);
    expect(part).toContain('industry:声学器件 -> industry:智能传感');
    // (a generic kind, 等终端产品, is no parent; a typed kind is: 硅片、靶丸等基础材料)
    expect(part.filter((e) => /终端产品/.test(e))).toEqual([]);
    const y = await runDoc(head + '智能传感产业链上游为晶圆、陶瓷基片等基础材料和键合机等封装装备，中游为压力传感器。\n');
    const py = strong(y, 'PART_OF');
    expect(py).toContain('industry:陶瓷基片 -> industry:基础材料');
    expect(py).toContain('industry:键合机 -> industry:封装装备');
    expect(py).toContain('industry:压力传感器 -> industry:智能传感');
  });
  it('a Latin abbreviation in brackets after a segment (晶圆级封装（WLP）) is its alias, not part of its name', async () => {
    const x = await runDoc('某市集成电路产业发展行动方案\n\n二、重点任务\n2．提升封测水平。依托甲乙微电等封测企业，发展凸块封装和晶圆级封装（WLP）等先进封装。（责任单位：市工业和信息化局）\n');
    expect(names(x, 'Industry')).toContain('晶圆级封装');
    expect(names(x, 'Industry').filter((n) => /WLP/.test(n))).toEqual([]);
    expect(x.nodes.find((n) => n.name === '晶圆级封装')?.aliases).toContain('WLP');
  });
});

describe('blind2 classes: what a firm is not in', () => {
  it('a served object (建设面向X的平台) is not the industry of the firms building it', () => {
    const x = run('支持云岫数据、北岭通信等企业建设面向人工智能大模型训练的算力调度平台。');
    expect(x.edges.filter((e) => e.type === 'IN_INDUSTRY' && /人工智能/.test(e.target))).toEqual([]);
  });
  it('kinds of firm to attract in a clause of their own (依托A发展X，引进B和C配套企业) are not A’s', async () => {
    const x = await runDoc('某市光电产业发展行动计划\n\n二、重点任务\n4．壮大影像模组。依托镜湖光学发展摄像模组，引进滤光片和音圈马达配套企业。（责任单位：市工业和信息化局）\n');
    expect(names(x, 'Enterprise')).toEqual(['镜湖光学']);
    expect(strong(x, 'IN_INDUSTRY').filter((e) => /滤光片|音圈马达/.test(e))).toEqual([]);
  });
  it('a kind of firm that several segments named last fit (等面板企业 after A面板和B面板) is the kind itself', async () => {
    const x = await runDoc('某市光电产业发展行动计划\n\n一、发展基础\n新型显示领域，中游为微晶面板和量点面板。光电产业园集聚了甲辰光电、乙巳光电等面板企业。\n');
    const ind = strong(x, 'IN_INDUSTRY');
    expect(ind).toContain('enterprise:甲辰光电 -> industry:面板');
    expect(ind.filter((e) => /微晶面板|量点面板/.test(e))).toEqual([]);
  });
  it('a measure title whose tail is cut off two joined names (发展基础软件和行业应用) names neither half-name', async () => {
    const x = await runDoc('某市大数据产业发展分工方案\n\n二、重点任务\n5．发展基础软件和行业应用。以云杉数库为龙头发展分布式数据库。（牵头单位：市工业和信息化局）\n');
    expect(names(x, 'Industry').filter((n) => /与行业$|和行业$/.test(n))).toEqual([]);
  });
});

describe('blind2 classes: names', () => {
  it('a settling verb never glues its subject onto a place (甲乙科技位于某某高新区)', () => {
    const x = run('近年来，澄湖光电位于滨江高新区，产业规模持续扩大。');
    expect(names(x, 'Park')).toEqual(['滨江高新区']);
  });
});

describe('blind2 classes: the document’s own industry', () => {
  it('a title joining two words into its sector (A和B产业, A和B服务业) names that sector as the document’s industry', async () => {
    const x = await runDoc('某市人民政府关于加快推进检验检测和认证服务业高质量发展的实施意见\n\n一、发展基础\n产业链上游为检测仪器和标准物质，中游为第三方检测。\n');
    expect(strong(x, 'PART_OF')).toContain('industry:第三方检测 -> industry:检验检测与认证服务');
    const y = await runDoc('某市加快声学器件和微型马达产业高质量发展行动方案\n\n一、发展基础\n产业链上游为振膜和磁钢，中游为微型扬声器。\n');
    expect(strong(y, 'PART_OF')).toContain('industry:振膜 -> industry:声学器件与微型马达');
    // (three or more joined by 、 name no single sector)
    const z = await runDoc('某市加快声学器件、微型马达和触觉反馈产业发展行动方案\n\n一、发展基础\n产业链上游为振膜和磁钢。\n');
    expect(strong(z, 'PART_OF').filter((e) => /微型马达/.test(e))).toEqual([]);
  });
});

describe('blind2 classes: places and bodies that are not the document’s', () => {
  it('places one cooperates with (加强与A、B的产业协作), incubators, designated programmes and generic place words are no parks or labs', async () => {
    const x = await runDoc('某市光电产业发展行动计划\n\n二、重点任务\n6．深化区域合作。加强与苏州独墅湖、无锡惠山高新区的产业协作，支持建设光电双创孵化基地，支持东湖大学建设特色化示范性微电子学院。滨湖光谷和西岭园区均为本市高新区的重要片区。（责任单位：市工业和信息化局）\n');
    const places = [...names(x, 'Park'), ...names(x, 'Lab')];
    for (const bad of ['无锡惠山高新区', '光电双创孵化基地', '特色化示范性微电子学院', '重要片区']) expect(places).not.toContain(bad);
    expect(places).toContain('东湖大学');
  });
});

describe('blind2 classes: firms settled in a place', () => {
  it('A位于P集聚区 makes a weak-suffix place a park; A、B落户P places A even when B is not read as a name', async () => {
    const x = await runDoc('某省储能产业发展规划\n\n一、发展基础\n青曜储能、赤霞电池等电芯企业发展壮大。青曜储能位于西坪县产业集聚区，赤霞电池、岚山新能落户东湾经济开发区。\n');
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toContain('enterprise:青曜储能 -> park:西坪县产业集聚区');
    expect(loc).toContain('enterprise:赤霞电池 -> park:东湾经济开发区');
  });
});

describe('recall3 classes: joined names (A与B) are two segments (README, "Joined names")', () => {
  it('a heading joining two segments names both, each with the heading’s ties; a shared head completes the second', async () => {
    const x = await runDoc('某省碳化硅材料产业发展规划\n\n三、重点方向\n（一）碳化硅晶锭与衬片\n做大碳化硅晶锭规模，依托青岩晶材等企业发展导电型衬片。\n');
    const ind = names(x, 'Industry');
    expect(ind).toContain('碳化硅晶锭');
    expect(ind).toContain('碳化硅衬片');
    expect(ind.filter((n) => /[与和]/.test(n))).toEqual([]);
    // a segment under the joined heading goes to the part it shares a word with
    expect(strong(x, 'PART_OF')).toEqual(['industry:导电型衬片 -> industry:碳化硅衬片']);
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:青岩晶材 -> industry:导电型衬片', 'enterprise:青岩晶材 -> industry:碳化硅晶锭', 'enterprise:青岩晶材 -> industry:碳化硅衬片']);
  });
  it('a joined last item of a list and a joined pair named apart elsewhere are two; stage pairs, lexicon compounds and the document’s own industry stay one', async () => {
    const x = await runDoc('某市光学产业发展行动计划\n\n二、重点任务\n1．发展光学材料。重点发展光学玻璃、红外晶体和光学薄膜等材料。\n2．建设产业园。滨江光谷重点发展棱镜和微透镜阵列；推动棱镜扩产，引进微透镜阵列企业。\n3．做强光学仪器设计与制造。支持细胞与基因治疗研发。\n');
    const ind = names(x, 'Industry');
    for (const n of ['红外晶体', '光学薄膜', '棱镜', '微透镜阵列']) expect(ind).toContain(n);
    for (const n of ['红外晶体与光学薄膜', '棱镜与微透镜阵列']) expect(ind).not.toContain(n);
    expect(ind).not.toContain('制造');
    const hosts = strong(x, 'HOSTS');
    expect(hosts.some((e) => e.endsWith('industry:棱镜'))).toBe(true);
    expect(hosts.some((e) => e.endsWith('industry:微透镜阵列'))).toBe(true);
    const y = await runDoc('某市半导体和集成电路产业发展行动方案\n\n二、重点任务\n1．发展设计。支持细胞与基因治疗。\n');
    expect(names(y, 'Industry')).not.toContain('集成电路');
  });
});

describe('recall3 classes: parks inside parks, firms settled by list subjects', () => {
  it('P1和P2均为P的重要片区 and P以Q为核心 make areas of a zone; A、B均位于P and A、B等企业在P形成规模 settle the firms', async () => {
    const x = await runDoc('某市电声产业发展行动计划\n\n二、重点任务\n5．优化布局。西溪电声产业园和南塘声学产业集聚区均为东岭高新区的重要片区，青禾声学集团、岚音电子集团均位于南塘声学产业集聚区。北湖经济开发区以北湖智能终端产业园为核心，重点发展智能音箱；鸣泉电子、朗悦科技等整机企业在北湖经济开发区形成了较大规模。（责任单位：市工业和信息化局）\n');
    const part = strong(x, 'PART_OF');
    expect(part).toContain('park:西溪电声产业园 -> park:东岭高新区');
    expect(part).toContain('park:南塘声学产业集聚区 -> park:东岭高新区');
    expect(part).toContain('park:北湖智能终端产业园 -> park:北湖经济开发区');
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toContain('enterprise:青禾声学集团 -> park:南塘声学产业集聚区');
    expect(loc).toContain('enterprise:岚音电子集团 -> park:南塘声学产业集聚区');
    expect(loc).toContain('enterprise:鸣泉电子 -> park:北湖经济开发区');
    expect(loc).toContain('enterprise:朗悦科技 -> park:北湖经济开发区');
  });
  it('firms a measure wants to gather in a park (鼓励A等企业在P集聚发展) are not settled there, and a park named after 是 in a description is no area', async () => {
    const x = await runDoc('某市电声产业发展行动计划\n\n二、重点任务\n5．优化布局。鼓励鸣泉电子、朗悦科技等企业在北湖经济开发区集聚发展。声学测试是北湖经济开发区的重要功能。（责任单位：市工业和信息化局）\n');
    expect(strong(x, 'LOCATED_IN')).toEqual([]);
    expect(strong(x, 'PART_OF').filter((e) => e.startsWith('park:'))).toEqual([]);
  });
});

describe('recall3 classes: hierarchy depth', () => {
  it('a development list closed by its kind (发展A、B和C等X) makes each item part of X, even an industry the lexicon knows', () => {
    const x = run('（二）光电子\n重点发展铌酸锂晶圆、磷化铟外延片和光学镀膜玻璃等光电子基础材料，大力发展云计算、大数据等算力服务。');
    const part = strong(x, 'PART_OF');
    for (const item of ['铌酸锂晶圆', '磷化铟外延片', '光学镀膜玻璃']) expect(part).toContain(`industry:${item} -> industry:光电子基础材料`);
    expect(part).toContain('industry:云计算 -> industry:算力服务');
    expect(part).toContain('industry:大数据 -> industry:算力服务');
  });
  it('categories, judgments and kinds of firm after 等 name no parent', () => {
    const x = run('（三）产业布局\n培育人形机器人、低空经济等未来产业，壮大新能源、新材料等重点产业链。车规芯片、车载操作系统等环节短板明显。引进激光雷达、毫米波雷达等传感器企业。布局量子网关、量子路由器等核心设备。');
    const part = strong(x, 'PART_OF');
    // (X、Y等未来产业 is the umbrella of future-industry plans, its tracks PART_OF it: the gold of truth-blind3 p03,
    // truth-dev5 s03 and truth-blind4 r04 — blind4 class tests; categories of chains name no parent)
    expect(part.filter((e) => /重点产业链|短板|传感器|核心设备/.test(e))).toEqual([]);
  });
  it('items go under the level their section heading names (（一）做强X → items of X), and a measure title’s segments under the heading’s level', async () => {
    const x = await runDoc('某市智能传感产业发展行动方案\n\n一、发展基础\n我市智能传感产业聚焦MEMS传感器、传感软件两大方向，已布局标定软件、融合算法等细分领域。\n\n二、重点任务\n（一）做强MEMS传感器\n1．补齐工艺短板。重点发展压力传感芯片、惯性传感芯片和声学传感芯片。\n（二）突破传感软件\n2．发展标定软件和融合算法。支持本地企业开展适配。\n（三）做强制造封测\n3．提升能力。重点发展晶圆代工。\n');
    const part = strong(x, 'PART_OF');
    for (const item of ['压力传感芯片', '惯性传感芯片', '声学传感芯片']) expect(part).toContain(`industry:${item} -> industry:MEMS传感器`);
    expect(part).toContain('industry:标定软件 -> industry:传感软件');
    expect(part).toContain('industry:融合算法 -> industry:传感软件');
    // (a heading of stages without an object names no level)
    expect(part.filter((e) => /制造封测/.test(e))).toEqual([]);
  });
});

describe('recall3 classes: chain order between levels', () => {
  it('上游为A、B等X，中游为C和D: each level’s kinds come before every kind of the next level, not the first items alone', () => {
    const x = run('锂电池产业链上游为碳酸锂、氢氧化锂等锂盐和电解铜箔，中游为方形电芯和软包电芯，下游为储能电站和电动船舶。');
    const up = strong(x, 'UPSTREAM_OF');
    for (const a of ['锂盐', '电解铜箔']) for (const b of ['方形电芯', '软包电芯']) expect(up).toContain(`industry:${a} -> industry:${b}`);
    for (const a of ['方形电芯', '软包电芯']) for (const b of ['储能电站', '电动船舶']) expect(up).toContain(`industry:${a} -> industry:${b}`);
    // (an item a kind groups is not itself ordered; nothing skips a level)
    expect(up.filter((e) => /碳酸锂|氢氧化锂/.test(e))).toEqual([]);
    expect(up.filter((e) => /锂盐 -> industry:储能电站/.test(e))).toEqual([]);
  });
});

describe('recall3 classes: measures support what they name again', () => {
  it('a segment the document named before, written again in a measure (以A为龙头发展X), is supported by it; a list of non-industries and a park’s name are not', async () => {
    const x = await runDoc('某区智能照明产业发展若干措施\n\n一、发展基础\n产业链上游为驱动电源和光学透镜等核心部件，中游为智能灯具整机。\n\n二、具体措施\n1．做强核心部件。以明辉科技为龙头发展驱动电源，以晶透光电为龙头发展光学透镜。\n2．建设载体。支持智能灯具整机产业园建设，做好科技金融、驱动电源、普惠金融等工作。\n');
    const sup = strong(x, 'SUPPORTS').map((e) => e.replace(/^measure:[^:]+:/, '#'));
    expect(sup).toContain('#1 -> industry:驱动电源');
    expect(sup).toContain('#1 -> industry:光学透镜');
    expect(sup.filter((e) => /^#2 .*(驱动电源|智能灯具整机)$/.test(e))).toEqual([]);
  });
});


describe('blind3 classes: what a lab’s research serves is what it innovates for', () => {
  it('以A、B为创新源头，服务X和Y研发: every source lab innovates for each object (a joint mandate, stated), not for a list cross-product', () => {
    const x = run('（三）智能传感\n以云岭大学、青川理工学院为创新源头，服务柔性传感器和微型电机研发；依托星湾材料研究院开展高纯石英砂关键技术攻关；依托南湖职业技术学院开展数控技能人才培养。');
    const inn = strong(x, 'INNOVATES_FOR');
    for (const l of ['云岭大学', '青川理工学院']) for (const i of ['柔性传感器', '微型电机']) expect(inn).toContain(`lab:${l} -> industry:${i}`);
    expect(basisOf(x, 'lab:云岭大学 -> industry:微型电机')).toBe('stated');
    // 依托L开展X关键技术攻关: the lab right before the verb, the object before 关键技术
    expect(inn).toContain('lab:星湾材料研究院 -> industry:高纯石英砂');
    // (a lab that trains people innovates for no industry; the first lab's objects are not the next lab's)
    expect(inn.filter((e) => /南湖职业技术学院/.test(e))).toEqual([]);
    expect(inn.filter((e) => /星湾材料研究院 -> industry:(柔性传感器|微型电机)/.test(e))).toEqual([]);
    expect(names(x, 'Industry').filter((n) => /人才|技术/.test(n))).toEqual([]);
  });
  it('the object ends before 关键/核心 (氮化镓关键材料与器件 → 氮化镓); a joined phrase left whole gives only the known terms in it', () => {
    const x = run('以东川实验室为创新源头，支撑氮化镓关键材料与器件技术攻关。');
    expect(strong(x, 'INNOVATES_FOR')).toEqual(['lab:东川实验室 -> industry:氮化镓']);
    const y = run('以北岸大学为创新源头，服务低空经济动力与飞控技术研发。');
    expect(strong(y, 'INNOVATES_FOR')).toEqual(['lab:北岸大学 -> industry:低空经济']);
    expect(names(y, 'Industry')).toEqual(['低空经济']);
  });
  it('a qualified research object names the segment the document named before (氮化镓功率器件 → 功率器件), no new node', () => {
    const x = run('（一）第三代半导体\n重点发展碳化硅衬底和功率器件。\n（二）创新平台\n依托江城半导体研究院开展氮化镓功率器件关键技术攻关。');
    expect(strong(x, 'INNOVATES_FOR')).toEqual(['lab:江城半导体研究院 -> industry:功率器件']);
    expect(names(x, 'Industry')).not.toContain('氮化镓功率器件');
  });
});

describe('blind3 classes: siblings are not parts (class 3)', () => {
  it('industries the text calls related to its own (等关联产业) are beside it, never its segments nor parts of a kind 关联', async () => {
    const x = await runDoc('某市新能源汽车产业发展行动计划\n\n一、总体要求\n在做强新能源汽车的同时，统筹发展汽车文旅、二手车交易等关联产业。\n\n二、重点任务\n1．做强整车。重点发展纯电动乘用车和氢燃料电池客车。\n');
    const part = x.edges.filter((e) => e.type === 'PART_OF').map((e) => `${e.source} -> ${e.target}`);
    expect(part.filter((e) => /汽车文旅|二手车交易|关联/.test(e))).toEqual([]);
    // (the document's own development list still gives its segments)
    expect(strong(x, 'PART_OF')).toContain('industry:纯电动乘用车 -> industry:新能源汽车');
  });
  it('other kinds of the category the lexicon gives the heading’s industry (工业机器人 under 人形机器人, a kind of 机器人) are only listed under it; other items stay its segments', () => {
    const x = run('（二）人形机器人\n以云步科技为龙头，发展工业机器人和协作机器人；重点发展关节模组和灵巧手。');
    expect(strong(x, 'PART_OF')).toEqual(['industry:关节模组 -> industry:人形机器人', 'industry:灵巧手 -> industry:人形机器人']);
    expect(basisOf(x, 'industry:工业机器人 -> industry:人形机器人')).toBe('listed');
    // (a shared head the lexicon does not make a category says nothing: 稀土永磁材料 under 新材料 is a part)
    const y = run('（二）新材料\n重点发展稀土永磁材料和稀土抛光材料。');
    expect(strong(y, 'PART_OF')).toEqual(['industry:稀土抛光材料 -> industry:新材料', 'industry:稀土永磁材料 -> industry:新材料']);
  });
});

describe('blind3 classes: a typed list’s kind word (class 1)', () => {
  it('等X品牌企业 types the firms by X: 品牌 says what sort of firm, not a segment of its own', () => {
    const x = run('我市服装产业已形成完整链条，集聚了青禾、远帆等户外装备品牌企业和云织、锦川等女装品牌企业。');
    expect(strong(x, 'IN_INDUSTRY')).toEqual([
      'enterprise:云织 -> industry:女装',
      'enterprise:远帆 -> industry:户外装备',
      'enterprise:锦川 -> industry:女装',
      'enterprise:青禾 -> industry:户外装备',
    ]);
    expect(names(x, 'Industry').filter((n) => n.endsWith('品牌'))).toEqual([]);
  });
});

describe('blind3 classes: firms settled in a park', () => {
  it('A、B等X企业和C、D等Y企业已在P设立总部: both typed lists are the clause’s subject, all four firms are in P (stated); intent settles nobody', () => {
    const x = run('星河航天、远舟火箭等运载火箭企业和天枢卫星、北斗微星等卫星企业已在海湾航天产业园设立区域总部。');
    expect(strong(x, 'LOCATED_IN')).toEqual(['北斗微星', '天枢卫星', '星河航天', '远舟火箭'].map((f) => `enterprise:${f} -> park:海湾航天产业园`));
    expect(basisOf(x, 'enterprise:星河航天 -> park:海湾航天产业园')).toBe('stated');
    const y = run('鼓励星河航天、远舟火箭等运载火箭企业和天枢卫星、北斗微星等卫星企业在海湾航天产业园设立区域总部。');
    expect(strong(y, 'LOCATED_IN')).toEqual([]);
  });
});

describe('blind3 classes: name boundaries (class 5)', () => {
  it('a city name the segmenter reads as a verb (开封, 保定) opens its zone’s name; 和 after one opening character is inside a firm’s name (瑞和新材, 天和电子)', () => {
    const x = run('瑞和新材、恒远化学等精细化工企业在开封精细化工园区集聚发展。');
    expect(names(x, 'Enterprise')).toEqual(['恒远化学', '瑞和新材']);
    expect(names(x, 'Park')).toEqual(['开封精细化工园区']);
    expect(strong(x, 'LOCATED_IN')).toEqual(['enterprise:恒远化学 -> park:开封精细化工园区', 'enterprise:瑞和新材 -> park:开封精细化工园区']);
    const y = run('天和电子、晨星微纳等显示面板企业在保定高新区集聚发展。');
    expect(names(y, 'Enterprise')).toEqual(['天和电子', '晨星微纳']);
    expect(strong(y, 'LOCATED_IN')).toEqual(['enterprise:天和电子 -> park:保定高新区', 'enterprise:晨星微纳 -> park:保定高新区']);
    // (以及 still joins: …以及安远信息、迪川科技等网络安全企业 lists 安远信息)
    const z = run('集聚了海辰视觉等智能终端企业，以及安远信息、迪川科技等网络安全企业。');
    expect(names(z, 'Enterprise')).toContain('安远信息');
  });
});

describe('blind3 classes: a bare name settled in a place', () => {
  it('a bare name opening its clause before 位于/落户 + a place is a firm settled there; a verb, a project or a place opening the clause is none', () => {
    const x = run('恒远化学是本地重要的化工企业，澜舟纺织位于石湾经济开发区。');
    expect(strong(x, 'LOCATED_IN')).toEqual(['enterprise:澜舟纺织 -> park:石湾经济开发区']);
    const y = run('推动穗川电池落户海湾新能源产业园，该项目位于石湾经济开发区，园区位于城市东部。');
    expect(names(y, 'Enterprise').filter((n) => /推动|项目|园区/.test(n))).toEqual([]);
  });
});

describe('blind3 classes: a park named after an industry', () => {
  it('hosts the industry its name names (海洋生物医药), not also the broad industry inside that name (生物医药; a segment inside it still counts: genre-entities g11)', () => {
    const x = run('（一）生物医药\n重点发展海洋生物医药和化学药。\n（二）载体建设\n建设蓝湾海洋生物医药产业园。');
    expect(strong(x, 'HOSTS')).toEqual(['park:蓝湾海洋生物医药产业园 -> industry:海洋生物医药']);
  });
});

describe('blind3 classes: trade names before a development verb', () => {
  it('鼓励A医药布局X: …医药/制药 ends a trade name as …药业 does, so the firm before it keeps only its own field; a sector word is none', () => {
    const x = run('（五）生物医药\n依托康泽药业发展抗肿瘤药物，鼓励华岳医药布局生物药和高端医疗器械；支持生物医药发展壮大。');
    expect(names(x, 'Enterprise')).toEqual(['华岳医药', '康泽药业']);
    expect(x.edges.filter((e) => e.source === 'enterprise:康泽药业' && /生物药|医疗器械/.test(e.target))).toEqual([]);
    expect(basisOf(x, 'enterprise:华岳医药 -> industry:生物药')).toBe('encouraged');
  });
});

describe('blind3 classes: negated names (class 4)', () => {
  it('a place or firm negated by 非 (非化工园区, 非公企业) is a category, no park or firm of the document', () => {
    const x = run('推动非化工园区制氢加氢一体站试点，在临江化工园区建设氢能产业园。');
    expect(names(x, 'Park')).not.toContain('非化工园区');
    expect(names(x, 'Park')).toContain('临江化工园区');
  });
});
