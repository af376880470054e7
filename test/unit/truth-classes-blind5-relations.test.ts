// Relation classes found on the development set truth-blind5 (branch rel7): short documents of the genre
// written for these tests (places and firms invented); each asserts what the class gives and what it must
// not give (intent is no location, a list is no cross-product), so no rule tuned to one fixture sentence passes.
import { describe, expect, it } from 'vitest';
import { all, names, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind5: a section heading that is, whole, an industry the document named', () => {
  it('（二）X under 重点任务: X is the section’s industry, its development lists are X’s parts and its firms X’s', async () => {
    const x = await runDoc(
      '某新区未来产业培育行动计划\n\n一、总体目标\n聚焦量子感知、合成生物和深海装备等未来产业。\n二、重点任务\n（一）合成生物\n1．做强生物基材料与酶制剂。依托禾曦生物、澄川酶科等企业，发展聚乳酸单体和工业酶制剂。\n（二）深海装备\n2．突破深海探测。依托海澜研究所发展深海着陆器和水下滑翔机。\n',
    );
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:聚乳酸单体 -> industry:合成生物');
    expect(part).toContain('industry:工业酶制剂 -> industry:合成生物');
    expect(part).toContain('industry:深海着陆器 -> industry:深海装备');
    expect(strong(x, 'IN_INDUSTRY')).toContain('enterprise:禾曦生物 -> industry:合成生物');
    // …never across sections
    expect(part).not.toContain('industry:深海着陆器 -> industry:合成生物');
    // the two firms against the two items stay a weak list, not a cross-product
    expect(strong(x, 'IN_INDUSTRY')).not.toContain('enterprise:禾曦生物 -> industry:工业酶制剂');
  });
  it('a heading naming no industry the document has named stays no industry (（三）强化要素保障)', async () => {
    const x = await runDoc('某新区未来产业培育行动计划\n\n一、总体目标\n聚焦量子感知等未来产业。\n二、重点任务\n（一）强化要素保障\n1．完善服务。依托禾曦生物发展聚乳酸单体。\n');
    expect(strong(x, 'PART_OF').filter((e) => /要素保障/.test(e))).toEqual([]);
  });
});

describe('blind5: firms a list settles in a park (等企业已落户P / 等龙头企业均布局在P)', () => {
  it('each listed firm is located in the park (stated); a clause of intent places nobody', async () => {
    const x = await runDoc(
      '某市氢能产业发展方案\n\n一、发展基础\n目前，云帆氢能、北岭动力等企业已落户青岚经济开发区。星河材料、蓝湾化工、远岫科技等龙头企业均布局在青岚新材料产业园。引导海越能源、丰泽科技等企业落户青岚经济开发区。\n',
    );
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toEqual(
      [
        'enterprise:云帆氢能 -> park:青岚经济开发区',
        'enterprise:北岭动力 -> park:青岚经济开发区',
        'enterprise:星河材料 -> park:青岚新材料产业园',
        'enterprise:蓝湾化工 -> park:青岚新材料产业园',
        'enterprise:远岫科技 -> park:青岚新材料产业园',
      ].sort(),
    );
    expect(all(x, 'LOCATED_IN').filter((e) => /海越能源|丰泽科技/.test(e))).toEqual([]);
  });
});

describe('blind5: a section whose heading is one park (一区多园 定位)', () => {
  it('主导产业 line → HOSTS (stated); 已集聚/集聚了 firms → LOCATED_IN; firms it relies on or encourages are not placed by it', async () => {
    const x = await runDoc(
      '青岚经济开发区“一区三园”产业定位\n\n一、总体定位\n开发区包括青岚光电产业园、青岚生物港和青岚智造园三个园区。\n二、各园区定位\n（一）青岚光电产业园\n主导产业：激光器件、光学镜头。\n现有基础：已集聚澄光集团、明镜光学集团等光电企业，产值占全区一半。\n发展方向：依托远川激光发展超快激光器。鼓励北辰光电布局光学镜头。\n（二）青岚生物港\n主导产业：细胞治疗和基因检测。\n集聚了禾川生物、瑞吉基因等企业，重点发展细胞治疗。\n',
    );
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:青岚光电产业园 -> industry:激光器件');
    expect(hosts).toContain('park:青岚光电产业园 -> industry:光学镜头');
    expect(hosts).toContain('park:青岚生物港 -> industry:基因检测');
    // each park hosts its own line, not its neighbour's
    expect(hosts).not.toContain('park:青岚生物港 -> industry:激光器件');
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toContain('enterprise:澄光集团 -> park:青岚光电产业园');
    expect(loc).toContain('enterprise:明镜光学集团 -> park:青岚光电产业园');
    expect(loc).toContain('enterprise:禾川生物 -> park:青岚生物港');
    expect(loc).not.toContain('enterprise:禾川生物 -> park:青岚光电产业园');
    // a layout slogan of the title (一区三园) is no industry anything is part of
    expect(strong(x, "PART_OF").filter((e) => /三园/.test(e))).toEqual([]);
    // relied on (依托) or encouraged (鼓励): not placed by the section
    expect(all(x, 'LOCATED_IN').filter((e) => /远川激光|北辰光电/.test(e))).toEqual([]);
  });
});

describe('blind5: a zone said to consist of parks (Z包括P1、P2和P3三个园区)', () => {
  it('each named part is PART_OF the zone, a bare 开发区 being the document’s own zone; a list of industries after 包括 names no part', async () => {
    const x = await runDoc(
      '青岚经济开发区“一区三园”产业定位\n\n一、总体定位\n开发区包括青岚光电产业园、青岚生物港和青岚智造园三个园区。滨湖高新区包括东湖片区和西岭片区两个片区，其中东湖片区重点发展光学镜头。青岚生物港包括细胞治疗、基因检测等产业。\n',
    );
    const part = strong(x, 'PART_OF');
    expect(part).toContain('park:青岚光电产业园 -> park:青岚经济开发区');
    expect(part).toContain('park:青岚生物港 -> park:青岚经济开发区');
    expect(part).toContain('park:东湖片区 -> park:滨湖高新区');
    expect(part).toContain('park:西岭片区 -> park:滨湖高新区');
    expect(part.filter((e) => /^industry:.* -> park:/.test(e))).toEqual([]);
  });
});

describe('blind5: a measure title naming segments in the document’s own words without 产业 (突破X / 发展A和B)', () => {
  it('the measure supports each; its items are theirs; firms are not paired with both title segments', async () => {
    const x = await runDoc(
      '某市康复医疗产业发展实施意见\n\n一、重点任务\n（一）做大康复医疗器械产业\n1．突破康复机器人。重点发展外骨骼装置和步态训练平台。\n2．发展助听器械和眼科耗材。以声谷听康为龙头，发展骨导助听模组和验配终端。依托明眸光电、睿视光学等企业，发展人工晶体和角膜塑形镜。\n3．培育康复耗材。在青岚医药港建设康复产业园，重点发展矫形支具。\n',
    );
    const sup = strong(x, 'SUPPORTS');
    expect(sup).toContain('measure:doc:1 -> industry:康复机器人');
    expect(sup).toContain('measure:doc:2 -> industry:助听器械');
    expect(sup).toContain('measure:doc:2 -> industry:眼科耗材');
    expect(sup).toContain('measure:doc:3 -> industry:康复耗材');
    expect(strong(x, 'PART_OF')).toContain('industry:外骨骼装置 -> industry:康复机器人');
    const ind = strong(x, 'IN_INDUSTRY');
    // a firm relied on under a two-segment title is not put in both (nor in the one its items do not name)
    expect(ind.filter((e) => /明眸光电|睿视光学/.test(e) && /助听器械/.test(e))).toEqual([]);
    expect(ind.filter((e) => /声谷听康/.test(e) && /眼科耗材/.test(e))).toEqual([]);
    // 在P建设Q under a titled measure: the title’s segment is Q’s plan, not a host P already is
    expect(all(x, 'HOSTS').filter((e) => /青岚医药港 -> industry:康复耗材/.test(e))).toEqual([]);
    // a task title (提升研发和制造水平) names no segment
    const y = await runDoc('某市康复医疗产业发展实施意见\n\n一、重点任务\n1．发展研发和制造能力。重点发展外骨骼装置。\n');
    expect(strong(y, 'SUPPORTS').filter((e) => /研发|制造/.test(e))).toEqual([]);
  });
});

describe('blind5: chain levels and typed firm lines', () => {
  it('中游为X，包括A、B和C: an item unlike a segment is left out, not the whole list', async () => {
    const x = await runDoc('某市氨能产业集群培育方案\n\n一、产业链布局\n中游为氨储运，包括常压低温储氨、管道输氨和加注站建设运营，重点发展储氨罐。\n');
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:常压低温储氨 -> industry:氨储运');
    expect(part).toContain('industry:管道输氨 -> industry:氨储运');
  });
  it('（一）链主企业 / 重点企业：A（X）、B（Y）: each firm is in its own field, never in the other’s', async () => {
    const x = await runDoc(
      '某市氨能产业集群培育方案\n\n一、链主和重点企业\n（一）链主企业\n云岫氨能（绿氨合成）、北沐储运（氨储运）。\n（二）园区企业\n重点企业：澄湖装备（氨燃料发动机）、青屿化工（液氨储罐）。\n',
    );
    const ind = strong(x, 'IN_INDUSTRY');
    expect(ind).toContain('enterprise:云岫氨能 -> industry:绿氨合成');
    expect(ind).toContain('enterprise:北沐储运 -> industry:氨储运');
    expect(ind).toContain('enterprise:澄湖装备 -> industry:氨燃料发动机');
    expect(ind).toContain('enterprise:青屿化工 -> industry:液氨储罐');
    expect(all(x, 'IN_INDUSTRY')).not.toContain('enterprise:云岫氨能 -> industry:氨储运');
    expect(all(x, 'IN_INDUSTRY')).not.toContain('enterprise:澄湖装备 -> industry:液氨储罐');
    // a bracket after a name in a line that names no firms types nothing (a lab’s, a place’s note)
    const y = await runDoc('某市氨能产业集群培育方案\n\n一、创新平台\n（一）研究机构\n青岚氨能研究院（合成氨）、滨湖实验室（储运）。\n');
    expect(all(y, 'IN_INDUSTRY')).toEqual([]);
  });
});

describe('blind5: a measure title’s segment under the heading’s industry in a document about two industries', () => {
  it('（一）做强X产业 / 2．突破Y: Y is part of X (the document has no one subject)', async () => {
    const x = await runDoc(
      '某市关于加快新能源汽车和智能网联汽车产业发展的实施意见\n\n一、重点任务\n（一）做强新能源汽车产业\n1．突破固态电池。重点发展硫化物电解质。\n（二）做优智能网联汽车产业\n2．培育车规芯片。重点发展域控制芯片。\n',
    );
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:固态电池 -> industry:新能源汽车');
    expect(part).toContain('industry:车规芯片 -> industry:智能网联汽车');
    expect(part).not.toContain('industry:车规芯片 -> industry:新能源汽车');
  });
});

describe('blind5: a chain’s own name and the document’s subject', () => {
  it('推进X全产业链…方案: the subject is X (全 is the chain’s extent); a dash chain with no name of its own is X’s', async () => {
    const x = await runDoc('某县推进茶叶全产业链高质量发展实施方案\n\n一、发展基础\n我县已形成“茶苗繁育—生态种植—精制加工—茶旅融合”的完整产业链条。\n');
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:茶苗繁育 -> industry:茶叶');
    expect(part.filter((e) => /茶叶全/.test(e))).toEqual([]);
  });
  it('…的完整X产业链: the adjective is no part of the chain’s name', async () => {
    const x = await runDoc('某区家具产业发展规划\n\n一、发展基础\n全区已形成“板材—五金配件—整装定制”的完整软体家居产业链。\n');
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:板材 -> industry:软体家居');
    expect(part.filter((e) => /完整/.test(e))).toEqual([]);
  });
  it('a park section’s 主导产业 in a document about one industry are that industry’s segments', async () => {
    const x = await runDoc('青岚经济开发区光电产业发展定位\n\n一、各园区定位\n（一）青岚光电产业园\n主导产业：激光器件、光学镜头。\n现有基础：已集聚澄光集团等企业。\n');
    expect(strong(x, 'HOSTS')).toContain('park:青岚光电产业园 -> industry:激光器件');
    expect(strong(x, 'PART_OF')).toContain('industry:激光器件 -> industry:光电');
  });
});

describe('dev5-style measures that lay out a chain and name its parts again', () => {
  it('1．X。Y产业链包括A、B和C四大环节: the measure targets each part; a later measure naming A again targets A, not only the shorter term inside it', async () => {
    const x = await runDoc(
      '某市关于加快新型储能产业高质量发展的若干措施\n\n一、重点任务\n1．明确发展重点。新型储能产业链包括储能电芯、储能变流器和储能系统集成三大环节。\n2．支持项目落地。在青岚新区建设储能产业园，重点承接储能电芯和储能系统集成项目。\n',
    );
    const sup = strong(x, 'SUPPORTS');
    expect(sup).toContain('measure:doc:1 -> industry:储能电芯');
    expect(sup).toContain('measure:doc:1 -> industry:储能变流器');
    expect(sup).toContain('measure:doc:2 -> industry:储能电芯');
    expect(sup).toContain('measure:doc:2 -> industry:储能系统集成');
    // …and a part named nowhere in measure 2 is not its target
    expect(sup).not.toContain('measure:doc:2 -> industry:储能变流器');
  });
});

describe('firms a park has gathered, however the clause opens', () => {
  it('其中P已集聚A、B / P位于Q，已集聚A / P集聚A等X企业: LOCATED_IN P; a plan to gather (要集聚一批) places nobody', async () => {
    const x = await runDoc(
      '某市集成电路产业发展规划\n\n一、发展基础\n青岚高新区重点发展芯片设计，其中澄湖产业区已集聚芯岚微电子、北穹半导体等企业。滨江科技园位于青岚高新区，已集聚华岫微电子、澄芯半导体等企业。西岭开发区集聚云帆封测等封装测试企业。\n二、发展目标\n东湖科技园要集聚一批设计企业，推动星河微电子在东湖科技园布局研发中心。\n',
    );
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toContain('enterprise:芯岚微电子 -> park:澄湖产业区');
    expect(loc).toContain('enterprise:北穹半导体 -> park:澄湖产业区');
    expect(loc).toContain('enterprise:华岫微电子 -> park:滨江科技园');
    expect(loc).toContain('enterprise:澄芯半导体 -> park:滨江科技园');
    expect(loc).toContain('enterprise:云帆封测 -> park:西岭开发区');
    // the park’s own place is not where its firms are said to be by this clause
    expect(loc).not.toContain('enterprise:华岫微电子 -> park:青岚高新区');
    expect(strong(x, 'LOCATED_IN').filter((e) => /星河微电子/.test(e))).toEqual([]);
  });
});

describe('a park opening its sentence with 位于 (P位于Q，已集聚…，重点发展…)', () => {
  it('P is located in Q, the firms it has gathered are in P, what it develops it hosts (planned); 该基地位于… names no park', async () => {
    const x = await runDoc(
      '某市集成电路产业发展规划\n\n一、发展基础\n滨江科技园位于青岚高新区，已集聚华岫微电子、澄芯半导体等企业，重点发展功率器件和传感器芯片。该基地位于青岚高新区南部。\n',
    );
    expect(strong(x, 'LOCATED_IN')).toEqual(
      ['enterprise:华岫微电子 -> park:滨江科技园', 'enterprise:澄芯半导体 -> park:滨江科技园', 'park:滨江科技园 -> park:青岚高新区'].sort(),
    );
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:滨江科技园 -> industry:功率器件');
    expect(hosts).toContain('park:滨江科技园 -> industry:传感器芯片');
    expect(hosts.filter((e) => e.startsWith('park:青岚高新区'))).toEqual([]);
    expect(x.nodes.filter((n) => n.label === 'Park' && /该基地/.test(n.name))).toEqual([]);
  });
});

describe('the document’s subject behind a bracketed place name or a rank', () => {
  it('青岚开发区（滨湖区）促进X产业发展行动方案 / 关于打造世界级Y产业集群的实施意见: X and Y are the subjects, their development lists their segments', async () => {
    const x = await runDoc('青岚开发区（滨湖区）促进氢能产业发展行动方案\n\n一、发展重点\n我区重点发展碱性电解槽和质子交换膜电解槽。\n');
    expect(strong(x, 'PART_OF')).toContain('industry:碱性电解槽 -> industry:氢能');
    const y = await runDoc('某区关于加快打造世界级智能网联汽车产业集群的实施意见\n\n一、重点任务\n1．发展关键部件。重点发展车载激光雷达和线控底盘。\n');
    expect(names(y, 'Industry').filter((n) => /世界级/.test(n))).toEqual([]);
    expect(strong(y, 'PART_OF').filter((e) => /世界级/.test(e))).toEqual([]);
  });
});

describe('half-width sentence ends after a share, and a bare zone word', () => {
  it('…约占全国的35%.开发区已集聚A、B等X企业: a new sentence; the bare 开发区 is the document’s own zone', async () => {
    const x = await runDoc(
      '青岚经济开发区竹木家居产业发展规划(2026-2030年)\n\n一、发展基础\n青岚经济开发区竹木家居产业起步较早,竹地板产量约占全国的35%.开发区已集聚澄竹家居、北岭竹业等竹地板企业,规模以上企业达到40家.\n',
    );
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toContain('enterprise:澄竹家居 -> park:青岚经济开发区');
    expect(loc).toContain('enterprise:北岭竹业 -> park:青岚经济开发区');
    // the share’s sentence ends at the dot: the first firm is read whole, not as an item of a list begun before it
    expect(x.edges.filter((e) => e.source === 'enterprise:澄竹家居').every((e) => e.evidence.every((ev) => ev.text.startsWith('开发区已集聚')))).toBe(true);
  });
});

describe('a typed list’s kind word keeps 加工 (等水产加工企业 → 水产加工)', () => {
  it('A、B等X加工企业: the firms are in X加工, not in the raw X; 等X生产企业 is still X', async () => {
    const x = await runDoc('某市渔业产业发展方案\n\n一、发展基础\n依托澄湖水产、北岭食品等水产加工企业，发展即食海参。依托青岚瓷业、北辰建材等陶瓷生产企业，发展卫浴洁具。\n');
    const ind = strong(x, 'IN_INDUSTRY');
    expect(ind).toContain('enterprise:澄湖水产 -> industry:水产加工');
    expect(ind).not.toContain('enterprise:澄湖水产 -> industry:水产');
    expect(ind).toContain('enterprise:青岚瓷业 -> industry:陶瓷');
  });
});

describe('a heading naming two segments of the document’s industry (（一）上游：A与B)', () => {
  it('an item that shares a word with neither is part of the document’s industry, and a typed kind is not put under the first', async () => {
    const x = await runDoc(
      '某区加快海洋装备产业链发展若干措施\n\n一、补强产业链各环节\n（一）上游：基础材料与关键系统\n1.重点发展船用耐蚀钢、海工涂层材料。依托澄湖钢铁等钢材企业和北岭动力等推进系统企业，提升本地配套率。\n',
    );
    const part = strong(x, 'PART_OF');
    // (海工涂层材料 shares 材料 with 基础材料: that one)
    expect(part).toContain('industry:海工涂层材料 -> industry:基础材料');
    expect(part).toContain('industry:船用耐蚀钢 -> industry:海洋装备');
    expect(part).not.toContain('industry:船用耐蚀钢 -> industry:基础材料');
    expect(part).toContain('industry:钢材 -> industry:海洋装备');
    expect(part).not.toContain('industry:钢材 -> industry:基础材料');
  });
});
