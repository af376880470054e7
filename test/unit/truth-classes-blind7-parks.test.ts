// Park relation classes (HOSTS, LOCATED_IN) found on truth-blind7 and seen in other development sets (branch parks9):
// short documents of the genre written for these tests (places and firms invented). Each asserts what the class gives
// and what it must not give (parts' foci are not crossed, a table row pairs nothing across rows, what a park seeks is
// not what it hosts, intent places nobody, a bare 区内 is the line's park, not the document's zone).
import { describe, expect, it } from 'vitest';
import { all, names, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind7 r05, blind6 r06: a park of two 组团 named bare before the count, each with its own focus', () => {
  it('P包括甲组团和乙组团两个组团，甲组团重点发展A，乙组团重点发展B和C → PART_OF, HOSTS each its own; 乙组团已集聚… → LOCATED_IN', async () => {
    const x = await runDoc(
      '某经济开发区三年行动方案\n\n一、空间布局\n其中，云杉汽车产业园包括整装组团和配套组团两个组团，整装组团重点发展新能源整车，配套组团重点发展驱动电机和车载电子。\n二、重点任务\n1．壮大配套。配套组团已集聚澄川电驱、岚舟电子等零部件企业。\n',
    );
    expect(names(x, 'Park')).toContain('整装组团');
    expect(names(x, 'Park').filter((n) => /组团组团/.test(n))).toEqual([]);
    const part = strong(x, 'PART_OF');
    expect(part).toContain('park:整装组团 -> park:云杉汽车产业园');
    expect(part).toContain('park:配套组团 -> park:云杉汽车产业园');
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:整装组团 -> industry:新能源整车');
    expect(hosts).toContain('park:配套组团 -> industry:驱动电机');
    expect(hosts).toContain('park:配套组团 -> industry:车载电子');
    // (each part's focus is its own: no cross)
    expect(hosts).not.toContain('park:整装组团 -> industry:驱动电机');
    expect(hosts).not.toContain('park:配套组团 -> industry:新能源整车');
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toContain('enterprise:澄川电驱 -> park:配套组团');
    expect(loc).toContain('enterprise:岚舟电子 -> park:配套组团');
    expect(loc.filter((e) => /-> park:整装组团/.test(e))).toEqual([]);
  });
});

describe('blind7 r03: a tab-separated park table with 主导产业, 重点企业 and 招引方向 columns', () => {
  const table =
    '某市重点产业招商地图\n\n一、重点园区一览\n园区名称\t主导产业\t重点企业\t招引方向\t规划面积\n青川经济开发区\t光学镜片、眼视光器械\t澄明光学、岚视镜业\t防蓝光镜片、离焦镜片\t20平方公里\n白鹭高新技术产业开发区\t特种合金材料\t云钢特材\t高温合金铸件、钛合金紧固件\t30平方公里\n';
  it('one park against two industries hosts each (planned); a row pairs nothing across rows', async () => {
    const x = await runDoc(table);
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:青川经济开发区 -> industry:光学镜片');
    expect(hosts).toContain('park:青川经济开发区 -> industry:眼视光器械');
    expect(hosts).toContain('park:白鹭高新技术产业开发区 -> industry:特种合金材料');
    expect(hosts).not.toContain('park:白鹭高新技术产业开发区 -> industry:光学镜片');
    expect(hosts).not.toContain('park:青川经济开发区 -> industry:特种合金材料');
  });
  it('招引方向 items are parts of the row’s one chain (stated), of neither of two surely (weak), and hosted by no park', async () => {
    const x = await runDoc(table);
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:高温合金铸件 -> industry:特种合金材料');
    expect(part).toContain('industry:钛合金紧固件 -> industry:特种合金材料');
    // (a row of two chains: which one each item belongs to is not said)
    expect(part.filter((e) => /industry:(防蓝光镜片|离焦镜片) ->/.test(e))).toEqual([]);
    expect(all(x, 'PART_OF')).toContain('industry:离焦镜片 -> industry:光学镜片');
    // (no crossing rows)
    expect(all(x, 'PART_OF')).not.toContain('industry:高温合金铸件 -> industry:光学镜片');
    // (what a park seeks is not what it has)
    expect(strong(x, 'HOSTS').filter((e) => /高温合金铸件|钛合金紧固件|离焦镜片/.test(e))).toEqual([]);
  });
});

describe('blind6 r06, blind5 r07: a three-character park the document named, read again where it stands alone', () => {
  it('启动区已集聚A、B等X企业 before the layout names 启动区 → LOCATED_IN; a longer name ending so is not that park', async () => {
    const x = await runDoc(
      '某新区未来产业行动方案\n\n一、现状\n启动区已集聚澄星科技、岚链测控等卫星运营服务企业。\n青川北启动区已集聚云舟数据等企业。\n二、布局\n构建“一核两园”空间格局，启动区为核心，重点发展卫星互联网和先进计算。\n',
    );
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toContain('enterprise:澄星科技 -> park:启动区');
    expect(loc).toContain('enterprise:岚链测控 -> park:启动区');
    expect(loc.filter((e) => /云舟数据 -> park:启动区/.test(e))).toEqual([]);
  });
});

describe('blind7 r03/r05/r06, blind6 r07, blind2 n02/n04: firms a park clause places that the mention reader left', () => {
  it('P已集聚A、B、C等X企业 → each in P, named by the measure; 鼓励A、B落户P places nobody', async () => {
    const x = await runDoc(
      '某市科技创新平台建设方案\n\n一、重点任务\n1．提升孵化水平。青川软件园已集聚澄龙、新岚、星澈锐达等软件和信息服务企业。鼓励岚霁、澄宇落户青川软件园。\n',
    );
    const loc = strong(x, 'LOCATED_IN');
    for (const f of ['澄龙', '新岚', '星澈锐达']) expect(loc).toContain(`enterprise:${f} -> park:青川软件园`);
    expect(loc.filter((e) => /岚霁|澄宇/.test(e))).toEqual([]);
    expect(strong(x, 'MENTIONS').filter((e) => /enterprise:澄龙$/.test(e))).toHaveLength(1);
  });
  it('A、B位于P with the names unread: firms settled there; a city or a pronoun is no firm', async () => {
    const x = await runDoc(
      '某区智能家电产业措施\n\n一、布局\n北滘家电产业园和容江家电集聚区均为某高新区的重要片区，澄兰仕、海澜家电位于容江家电集聚区，滁川市、该项目均位于容江家电集聚区。\n',
    );
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toContain('enterprise:澄兰仕 -> park:容江家电集聚区');
    expect(loc).toContain('enterprise:海澜家电 -> park:容江家电集聚区');
    expect(loc.filter((e) => /滁川市|该项目/.test(e))).toEqual([]);
  });
});

describe('dev8 r01/r03, blind6 r04, dev4 q02: firms with works in a park now (已在P建成/投产/形成), 区内 the line’s park', () => {
  it('P：重点发展X，A、B已在区内建成…; C已落户区内; D、E已在开发区集中布局… → each in its line’s park, none in another', async () => {
    const x = await runDoc(
      '某市光伏产业推介\n\n一、重点园区\n青川经济技术开发区：重点发展光伏组件，澄基绿能、岚日新能已在区内建成大型生产基地。\n白鹭高新技术产业开发区：重点发展高效电池片，捷澄科技已落户区内。\n云岭经济开发区：重点发展光伏玻璃，福岚玻璃、凯澄新材已在开发区集中布局窑炉。\n二、政策\n1．推动星岚光伏在青川经济技术开发区建设新基地。\n',
    );
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toContain('enterprise:澄基绿能 -> park:青川经济技术开发区');
    expect(loc).toContain('enterprise:岚日新能 -> park:青川经济技术开发区');
    expect(loc).toContain('enterprise:捷澄科技 -> park:白鹭高新技术产业开发区');
    expect(loc).toContain('enterprise:福岚玻璃 -> park:云岭经济开发区');
    expect(loc).toContain('enterprise:凯澄新材 -> park:云岭经济开发区');
    expect(loc.filter((e) => /捷澄科技 -> park:(青川|云岭)/.test(e) || /福岚玻璃 -> park:(青川|白鹭)/.test(e))).toEqual([]);
    // (a plan for a firm is not where it is)
    expect(loc.filter((e) => /星岚光伏/.test(e))).toEqual([]);
  });
  it('A已在园区形成…布局 in a park’s section; 我市已在园区建成… names no firm', async () => {
    const x = await runDoc('某市化工园区规划\n\n一、园区定位\n（一）云岭化工园\n澄发集团已在园区形成磷化工一体化布局。我市已在园区建成公共管廊。\n');
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toContain('enterprise:澄发集团 -> park:云岭化工园');
    expect(names(x, 'Enterprise').filter((n) => /我市/.test(n))).toEqual([]);
  });
});

describe('blind6 r07, blind7 r01, dev4 q02, dev5 s01, dev8: 是(全市)X产业的核心承载区 → the park hosts X (stated)', () => {
  it('P是…核心承载区; P：重点发展A，是…核心承载区; “一核”为P，是…，重点发展B: each park its own field, a benchmark clause none', async () => {
    const x = await runDoc(
      '某市新能源产业规划\n\n一、布局\n青川经济开发区是全市储能装备产业的核心承载区。\n白鹭工业园：重点发展电池材料，是全区锂电回收的核心承载区。\n构建“一核两翼”格局，“一核”为云岭新区，是全市动力电池产业的核心承载区，重点发展电芯制造。\n',
    );
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:青川经济开发区 -> industry:储能装备');
    expect(hosts).toContain('park:白鹭工业园 -> industry:锂电回收');
    expect(hosts).toContain('park:白鹭工业园 -> industry:电池材料');
    expect(hosts).toContain('park:云岭新区 -> industry:动力电池');
    expect(hosts).toContain('park:云岭新区 -> industry:电芯制造');
    // (each clause's park only)
    expect(hosts).not.toContain('park:青川经济开发区 -> industry:锂电回收');
    expect(hosts).not.toContain('park:白鹭工业园 -> industry:动力电池');
  });
});

describe('dev8 r03: a park table with a 细分方向 column beside 主导产业', () => {
  it('the park hosts the row’s 主导产业, its firms and platforms are of it, a bracketed type is the firm’s item, no row crosses', async () => {
    const x = await runDoc(
      '某市重点园区产业定位\n\n一、重点园区产业定位一览\n园区名称|主导产业|细分方向|重点企业|创新平台|规划面积\n青川高新技术产业开发区|新能源材料|三元前驱体、电池回收|澄纬动力(动力电池)、岚林美(三元前驱体)|青川新能源材料研究院|62\n白鹭化工园|绿色化工|磷复肥、石化新材料|澄丰农科、岚化石油|白鹭化工技术研究中心|35\n',
    );
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:青川高新技术产业开发区 -> industry:新能源材料');
    expect(hosts).toContain('park:白鹭化工园 -> industry:绿色化工');
    expect(hosts).not.toContain('park:白鹭化工园 -> industry:新能源材料');
    const ind = strong(x, 'IN_INDUSTRY');
    expect(ind).toContain('enterprise:澄丰农科 -> industry:绿色化工');
    expect(ind).toContain('enterprise:岚林美 -> industry:三元前驱体');
    expect(ind).toContain('enterprise:澄纬动力 -> industry:动力电池');
    // (a typed firm is not of the other items of its row, nor of another row's chain)
    expect(ind).not.toContain('enterprise:澄纬动力 -> industry:三元前驱体');
    expect(ind).not.toContain('enterprise:澄丰农科 -> industry:新能源材料');
    expect(strong(x, 'INNOVATES_FOR')).toContain('lab:青川新能源材料研究院 -> industry:新能源材料');
    expect(strong(x, 'PART_OF')).toContain('industry:磷复肥 -> industry:绿色化工');
  });
});

describe('dev8 r06/r08: P重点发展X，规划建设Q，重点发展A — the park built with no 在 of its own is in the clause’s park', () => {
  it('Q LOCATED_IN P (planned) and hosts its own focus; no park before, no container', async () => {
    const x = await runDoc(
      '某市白酒产业措施解读\n\n一、布局\n青川经济技术开发区重点发展白酒包装材料，规划建设青川包材产业园，重点发展玻璃酒瓶和高档酒盒；白鹭经济开发区重点发展酒旅融合。\n加快发展白酒物流，规划建设云岭物流产业园。\n',
    );
    expect(all(x, 'LOCATED_IN')).toContain('park:青川包材产业园 -> park:青川经济技术开发区');
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:青川包材产业园 -> industry:玻璃酒瓶');
    expect(hosts).toContain('park:青川包材产业园 -> industry:高档酒盒');
    expect(hosts).not.toContain('park:白鹭经济开发区 -> industry:玻璃酒瓶');
    expect(hosts).not.toContain('park:青川包材产业园 -> industry:酒旅融合');
    expect(all(x, 'LOCATED_IN').filter((e) => /云岭物流产业园 ->/.test(e))).toEqual([]);
  });
});

describe('blind7 r05, blind6 r06, blind5 r07: a measure names the parks the document named that its sentence writes out', () => {
  it('a 组团 named by a 包括 clause, written in a measure → MENTIONS; its 管委会 in a unit line → none', async () => {
    const x = await runDoc(
      '某经济开发区三年行动方案\n\n一、空间布局\n其中，云杉汽车产业园包括整装组团和配套组团两个组团，整装组团重点发展新能源整车。\n二、重点任务\n1．建设中试平台。在配套组团建设动力电池中试基地。\n2．强化服务。优化审批流程。(市发展改革委牵头,配套组团管委会配合)\n',
    );
    const mentions = strong(x, 'MENTIONS');
    expect(mentions.filter((e) => /:1 -> park:配套组团$/.test(e))).toHaveLength(1);
    expect(mentions.filter((e) => /:2 -> park:配套组团$/.test(e))).toEqual([]);
  });
});

describe('blind2 n06, dev8 r06: a bare zone word standing for the document’s one zone in a clause that places firms', () => {
  it('A、B均位于高新区。 → the one 高新区 the document named; 区内已集聚A、B → the zone of the title; none when the title names none', async () => {
    const x = await runDoc(
      '青川高新技术产业开发区发展规划\n\n一、基础\n青川高新技术产业开发区是国家级高新区。经过三十年发展，区内已集聚澄川实业、岚赛电子等骨干企业。\n二、布局\n白鹭高新区重点发展软件服务，澄帮集团、岚玛信息均位于高新区。\n',
    );
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toContain('enterprise:澄川实业 -> park:青川高新技术产业开发区');
    expect(loc).toContain('enterprise:岚赛电子 -> park:青川高新技术产业开发区');
    // (two zones end with 高新区 here: the bare word names neither surely)
    expect(loc.filter((e) => /澄帮集团|岚玛信息/.test(e))).toEqual([]);
    const y = await runDoc('某市产业规划\n\n一、布局\n白鹭高新区重点发展软件服务，澄帮集团、岚玛信息均位于高新区。区内已集聚云舟科技等企业。\n');
    const yl = strong(y, 'LOCATED_IN');
    expect(yl).toContain('enterprise:澄帮集团 -> park:白鹭高新区');
    expect(yl).toContain('enterprise:岚玛信息 -> park:白鹭高新区');
    expect(yl.filter((e) => /云舟科技/.test(e))).toEqual([]);
  });
});

describe('blind3 p02/p03: P已集聚X企业40余家 / 集聚了一批X企业 — no firm named, the kind is what the park hosts', () => {
  it('the kind of firm hosted (stated); a quality of firm (龙头企业, 科技型企业) hosts nothing; a plan (将集聚) neither', async () => {
    const x = await runDoc(
      '某市低空经济行动方案\n\n一、基础\n青川航空产业园位于白鹭经开区，已集聚通用航空企业40余家；云岭开发区集聚了一批燃料电池零部件企业。澄江产业园已集聚科技型企业30余家。\n',
    );
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:青川航空产业园 -> industry:通用航空');
    expect(hosts).toContain('park:云岭开发区 -> industry:燃料电池零部件');
    expect(hosts.filter((e) => /park:澄江产业园/.test(e))).toEqual([]);
    // (the zone the park lies in is not the host)
    expect(hosts).not.toContain('park:白鹭经开区 -> industry:通用航空');
  });
});
