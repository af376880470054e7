// Park relation classes (HOSTS, LOCATED_IN) found on the development set truth-blind6 (branch parks8): short
// documents of the genre written for these tests (places and firms invented); each asserts what the class gives
// and what it must not give (a row pairs nothing across rows, intent places nobody, a zone written before its
// park is not the host), so no rule tuned to one fixture sentence passes.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind6: a segment block under a chain stage heading (（一）上游：X with key-value lines)', () => {
  it('the stage is no part of the segment’s name; the park line hosts X, the label is no park, a zone before its park does not host', async () => {
    const x = await runDoc(
      '某市储能装备产业链图谱\n\n一、产业链图谱\n（一）上游：电芯材料\n细分领域：正极前驱体、电解质盐\n链主企业：澜石新能源集团\n主要承载园区：青川经济技术开发区、白鹭工业园\n（二）下游：储能系统集成服务\n细分领域：电站集成、运维检修\n重点企业：岚汐储能、北岑电力工程\n主要承载园区：青川高新区白沙产业园\n',
    );
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:青川经济技术开发区 -> industry:电芯材料');
    expect(hosts).toContain('park:白鹭工业园 -> industry:电芯材料');
    expect(hosts).toContain('park:白沙产业园 -> industry:储能系统集成服务');
    // no 上游:电芯材料 node, no label read as a park, no row's park for another row
    expect(all(x, 'HOSTS').filter((e) => /上游|下游|主要承载园区/.test(e))).toEqual([]);
    expect(hosts).not.toContain('park:白鹭工业园 -> industry:储能系统集成服务');
    // (青川高新区白沙产业园: the park written inside its zone carries the segment, not the zone)
    expect(hosts.filter((e) => /高新区 -> industry:储能系统集成服务/.test(e))).toEqual([]);
    // the 细分领域 line lists the segment's parts
    expect(strong(x, 'PART_OF')).toContain('industry:电解质盐 -> industry:电芯材料');
    expect(strong(x, 'IN_INDUSTRY')).toContain('enterprise:澜石新能源集团 -> industry:电芯材料');
  });
});

describe('blind6: a park section that names its park once, in the heading, and 园区 after it', () => {
  it('园区重点发展X / 园区以X和Y为主导产业 → HOSTS; A已落户园区 / 现有A、B等骨干企业 → LOCATED_IN; 在园区规划建设Q → Q in the park', async () => {
    const x = await runDoc(
      '某市新材料园区布局规划\n\n一、园区定位\n（一）石湾化工园\n园区以氟化工和电子化学品为主导产业，现有澄江氟材、岚溪化学等骨干企业。引导园区企业向高端延伸。\n（二）柳港化工园\n园区重点发展有机硅和特种树脂。青岫硅业集团已落户园区。在园区规划建设柳港硅基材料产业园，重点发展硅橡胶。鼓励远帆集团落户园区。\n',
    );
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:石湾化工园 -> industry:氟化工');
    expect(hosts).toContain('park:石湾化工园 -> industry:电子化学品');
    expect(hosts).toContain('park:柳港化工园 -> industry:有机硅');
    expect(hosts).toContain('park:柳港硅基材料产业园 -> industry:硅橡胶');
    // each section's park hosts its own fields only
    expect(hosts).not.toContain('park:柳港化工园 -> industry:氟化工');
    expect(hosts).not.toContain('park:石湾化工园 -> industry:有机硅');
    const loc = strong(x, 'LOCATED_IN');
    // (the list's first name after 现有 is the entity reader's to bound; its fellow is placed)
    expect(loc).toContain('enterprise:岚溪化学 -> park:石湾化工园');
    expect(loc).toContain('enterprise:青岫硅业集团 -> park:柳港化工园');
    expect(all(x, 'LOCATED_IN')).toContain('park:柳港硅基材料产业园 -> park:柳港化工园');
    // intent (鼓励A落户园区) places nobody
    expect(loc.filter((e) => /远帆集团/.test(e))).toEqual([]);
  });
  it('P位于Z，…，园区内已集聚A、B: 园区 is the park the sentence opens with, not the zone after 位于', async () => {
    const x = await runDoc('某区产业招商指南\n\n一、重点园区\n云岭光电产业园位于青川高新区，规划面积8平方公里，园区内已集聚澄光电子、岚镜光学等光电企业。\n');
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toContain('enterprise:澄光电子 -> park:云岭光电产业园');
    expect(loc).toContain('enterprise:岚镜光学 -> park:云岭光电产业园');
    expect(loc.filter((e) => /enterprise:.* -> park:青川高新区/.test(e))).toEqual([]);
  });
});

describe('blind6: a park the document names, written where the mention reader did not read it', () => {
  it('当前，P已集聚A等X企业和B等Y企业 (P named elsewhere in the text) → each firm in P; a benchmark clause names no park of ours', async () => {
    const x = await runDoc(
      '某市种业发展方案\n\n一、基础\n当前，青禾科技城已集聚禾穗种业、丰岭种苗等育种企业和澄田农业等制种企业，但转化率仍低。\n二、布局\n在青禾科技城建设种质资源库。\n',
    );
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toContain('enterprise:禾穗种业 -> park:青禾科技城');
    expect(loc).toContain('enterprise:丰岭种苗 -> park:青禾科技城');
    expect(loc).toContain('enterprise:澄田农业 -> park:青禾科技城');
  });
  it('P重点发展X，已集聚A、B等企业: the firms are the park’s, not the zone of the section heading', async () => {
    const x = await runDoc(
      '某市电池材料园区规划\n\n一、园区定位\n（一）青川高新区\n青川高新区包括白鹭工业园和云杉产业园两个片区。白鹭工业园重点发展正极材料和电池回收，已集聚澄源新能、岚川锂电等电池材料企业；云杉产业园重点发展生物医药。\n',
    );
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toContain('enterprise:澄源新能 -> park:白鹭工业园');
    expect(loc).toContain('enterprise:岚川锂电 -> park:白鹭工业园');
    expect(loc.filter((e) => /-> park:青川高新区/.test(e) && /enterprise:/.test(e))).toEqual([]);
    expect(strong(x, 'HOSTS')).toContain('park:白鹭工业园 -> industry:正极材料');
    expect(strong(x, 'HOSTS')).not.toContain('park:白鹭工业园 -> industry:生物医药');
  });
  it('P位于Z，已集聚…，重点发展X和Y: the status clause between keeps P the subject of the focus', async () => {
    const x = await runDoc('某省航空产业招商指南\n\n一、园区\n云岭航空城位于青川高新技术产业开发区，已集聚航空制造企业40余家，重点发展教练机和航空零部件。\n');
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:云岭航空城 -> industry:教练机');
    expect(hosts).toContain('park:云岭航空城 -> industry:航空零部件');
    expect(hosts.filter((e) => /青川高新技术产业开发区 ->/.test(e))).toEqual([]);
  });
});

describe('blind6: a park overview written as rows without a header (P｜fields｜firms)', () => {
  it('each row’s park hosts its own fields and has its own firms; nothing pairs across rows; firms are not typed by the row', async () => {
    const x = await runDoc(
      '某市园区布局规划\n\n一、园区功能一览\n石湾化工园｜氟化工、电子化学品｜澄江氟材集团、岚溪化学\n柳港化工园｜有机硅、特种树脂｜青岫硅业集团\n青川高新区白鹭工业园｜正极材料、电池回收｜澄源新能集团、岚川锂电\n',
    );
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:石湾化工园 -> industry:氟化工');
    expect(hosts).toContain('park:柳港化工园 -> industry:特种树脂');
    expect(hosts).toContain('park:白鹭工业园 -> industry:正极材料');
    expect(hosts).not.toContain('park:柳港化工园 -> industry:氟化工');
    expect(hosts.filter((e) => /高新区 ->/.test(e))).toEqual([]);
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toContain('enterprise:澄江氟材集团 -> park:石湾化工园');
    expect(loc).toContain('enterprise:青岫硅业集团 -> park:柳港化工园');
    expect(loc).toContain('enterprise:岚川锂电 -> park:白鹭工业园');
    expect(loc).not.toContain('enterprise:青岫硅业集团 -> park:石湾化工园');
    expect(all(x, 'IN_INDUSTRY').filter((e) => /青岫硅业集团 -> industry:有机硅/.test(e))).toEqual([]);
  });
});

describe('blind6: a layout’s role names its places by their endings, and a count takes the group up again', () => {
  it('“三园”为A、B和C。其中，三个化工园重点承接X和Y → each of the three hosts X and Y; the core zone hosts only its own clause', async () => {
    const x = await runDoc(
      '某市园区布局规划\n\n一、总体布局\n构建“一核三园”空间格局。“一核”为青川高新区，“三园”为石湾化工园、柳港化工园和澄湖化工园。其中，三个化工园重点承接氟化工和有机硅，青川高新区重点发展正极材料。\n',
    );
    const hosts = strong(x, 'HOSTS');
    for (const p of ['石湾化工园', '柳港化工园', '澄湖化工园']) {
      expect(hosts).toContain(`park:${p} -> industry:氟化工`);
      expect(hosts).toContain(`park:${p} -> industry:有机硅`);
      expect(hosts).not.toContain(`park:${p} -> industry:正极材料`);
    }
    expect(hosts).toContain('park:青川高新区 -> industry:正极材料');
    expect(hosts).not.toContain('park:青川高新区 -> industry:氟化工');
  });
  it('a count that matches no group, or a kind the group is not, takes up nothing; 分别 pairs one each', async () => {
    const x = await runDoc(
      '某市园区布局规划\n\n一、总体布局\n“两园”为石湾化工园和柳港化工园。四个片区重点发展氟化工。两个化工园分别重点发展有机硅和特种树脂。\n',
    );
    const hosts = strong(x, 'HOSTS');
    expect(hosts.filter((e) => /氟化工/.test(e))).toEqual([]);
    expect(hosts).toContain('park:石湾化工园 -> industry:有机硅');
    expect(hosts).toContain('park:柳港化工园 -> industry:特种树脂');
    expect(hosts).not.toContain('park:石湾化工园 -> industry:特种树脂');
  });
});

describe('blind6: a focus item that is a known name and a word of its kind (X制造, X配套)', () => {
  it('the item is the whole piece, never the shorter name inside it; other items of the list still count', async () => {
    const x = await runDoc('某市产业布局方案\n\n一、布局\n青川片区重点发展生物医药制造和医疗器械。云岭航空城重点发展大飞机配套、教练机和航空零部件。\n');
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:青川片区 -> industry:生物医药制造');
    expect(hosts).toContain('park:青川片区 -> industry:医疗器械');
    expect(hosts).toContain('park:云岭航空城 -> industry:大飞机配套');
    expect(hosts).toContain('park:云岭航空城 -> industry:教练机');
    // (the organisation reader, relations/organisations.ts, still ties the park to the shorter name inside the item:
    // 云岭航空城 → 大飞机; that reader is not this class's)
  });
});

describe('blind6: a focus list read as one joined name (A和B as one heading’s A与B)', () => {
  it('the text lists two: each is hosted; a lexicon name with its joiner stays whole', async () => {
    const x = await runDoc(
      '某市光电产业发展计划\n\n一、重点领域\n（一）面板和显示模组\n发展面板和显示模组。\n二、布局\n青川开发区以青川光电产业园为核心，重点发展面板和显示模组；云岭片区重点发展细胞与基因治疗。\n',
    );
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:青川开发区 -> industry:面板');
    expect(hosts).toContain('park:青川开发区 -> industry:显示模组');
    expect(hosts).toContain('park:云岭片区 -> industry:细胞与基因治疗');
    expect(all(x, 'HOSTS').filter((e) => /-> industry:(细胞|基因治疗)$/.test(e))).toEqual([]);
  });
});

describe('blind6: kinds of firms a park is to gather (集聚X和Y企业) after the park the clause before names', () => {
  it('在Z建设P，集聚X和Y企业 / 以P为核心，集聚X、Y企业 → P hosts X and Y (planned); a short item before a head of parts names nothing', async () => {
    const x = await runDoc(
      '某市产业布局方案\n\n一、布局\n在青川高新区建设云岭软件园，集聚工业软件和嵌入式软件企业；以澄湖开发区为核心，集聚光学镜头、激光器件企业，建设澄湖光电产业园。在柳港新区规划建设柳港航天产业园，集聚火箭和卫星部组件企业。\n',
    );
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:云岭软件园 -> industry:工业软件');
    expect(hosts).toContain('park:云岭软件园 -> industry:嵌入式软件');
    expect(hosts).toContain('park:澄湖开发区 -> industry:光学镜头');
    expect(hosts).toContain('park:澄湖开发区 -> industry:激光器件');
    expect(hosts.filter((e) => /青川高新区 ->/.test(e))).toEqual([]);
    expect(all(x, 'HOSTS').filter((e) => /-> industry:火箭$/.test(e))).toEqual([]);
  });
});

describe('blind6: kinds of firm gathered in a park, and a park placed before 的', () => {
  it('推动X、Y等零部件企业在P集聚 → P hosts X and Y (planned); 引导…企业向P集聚 is encouraged only; a named firm is no kind', async () => {
    const x = await runDoc(
      '某市汽车产业规划\n\n一、布局\n以澄川汽车为龙头，发展整车制造，推动电驱动、热管理等零部件企业在青川高新区集聚。引导集成电路企业向云岭开发区集聚。\n',
    );
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:青川高新区 -> industry:电驱动');
    expect(hosts).toContain('park:青川高新区 -> industry:热管理');
    expect(hosts).not.toContain('park:云岭开发区 -> industry:集成电路');
    expect(all(x, 'HOSTS')).toContain('park:云岭开发区 -> industry:集成电路');
    expect(hosts).not.toContain('park:青川高新区 -> industry:整车制造');
  });
  it('位于Z的P已集聚A等企业 → A in P, not in Z', async () => {
    const x = await runDoc('某市未来产业行动方案\n\n一、基础\n位于青川新区的云岭产业园已集聚澄川机器人集团等智能机器人企业30余家。\n');
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toContain('enterprise:澄川机器人集团 -> park:云岭产业园');
    expect(loc).not.toContain('enterprise:澄川机器人集团 -> park:青川新区');
  });
});

describe('blind6: roles named 一基地 / 两组团 open a layout clause as 一核 / 两园 do', () => {
  it('一基地即P，重点发展X和Y → P hosts X and Y', async () => {
    const x = await runDoc('某县海洋经济规划\n\n一、布局\n构建“一基地两片区”格局。一基地即青川石化产业基地，重点发展炼化一体化和化工新材料。\n');
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:青川石化产业基地 -> industry:炼化一体化');
    expect(hosts).toContain('park:青川石化产业基地 -> industry:化工新材料');
  });
});
