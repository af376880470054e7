// Node classes found on the eighth blind set (/work/notes/blind8) and dev8, each seen in two documents or sets
// or more: which names become Industry, Enterprise and Park nodes. One describe per class, on short texts
// written for these tests (names invented). Each asserts what the class requires or forbids.
import { describe, expect, it } from 'vitest';
import { runDoc, names, all } from '../fixtures/class-doc.ts';

describe('blind8 class: the document’s own kind and date name no industry (一、产业链图谱 / 2026年重点产业项目清单 / 2026年度…申报指南)', () => {
  it('a heading naming the document’s kind (产业链图谱) is no industry, and the lines under it tie nothing to it', async () => {
    const x = await runDoc(
      '岚州市镍钴新材料产业链图谱\n一、产业链图谱\n上游：镍钴冶炼。细分环节：镍矿采选、钴矿采选。链主企业：岚川集团。承载园区：岚州经济技术开发区。\n二、措施\n1．做强冶炼。支持岚川集团扩大镍钴冶炼产能。\n',
    );
    expect(names(x, 'Industry')).not.toContain('产业链图谱');
    expect(all(x, 'HOSTS').filter((e) => e.includes('图谱'))).toEqual([]);
    expect(all(x, 'IN_INDUSTRY').filter((e) => e.includes('图谱'))).toEqual([]);
  });
  it('a title opening with a year gives no industry of “2026年重点” or “2026年度先进制造”', async () => {
    const a = await runDoc('岚州市2026年重点产业项目清单\n一、项目\n1,岚州乳业扩产项目,岚川乳业,岚州经济技术开发区,建设年产10万吨液态奶生产线\n');
    expect(names(a, 'Industry').filter((n) => /^20\d\d年/.test(n))).toEqual([]);
    const b = await runDoc('岚州市2026年度先进制造业发展专项资金申报指南\n一、支持方向\n1．化工新材料项目。重点支持工程塑料和特种橡胶项目。\n');
    expect(names(b, 'Industry').filter((n) => /^20\d\d年|指南$/.test(n))).toEqual([]);
  });
});

describe('blind8 class: supply and support of a chain are no segment (做强上游资源保障 / 强化原料保障 / 延伸中游化学品链条)', () => {
  it('a measure title naming a 保障 or a 链条 gives no industry; the products of its sentence stay', async () => {
    const x = await runDoc(
      '岚州市镍钴新材料产业方案\n一、措施\n1．做强上游资源保障。以岚川集团为链主，统筹镍矿采选和镍钴冶炼。\n2．延伸中游化学品链条。依托岚川集团、岚驰新材料等企业，发展高镍三元前驱体和电池级硫酸钴。\n3．强化原料保障。支持岚州铝业与氧化铝企业签订长期供货协议。\n',
    );
    const ind = names(x, 'Industry');
    expect(ind.filter((n) => /保障$|链条$/.test(n))).toEqual([]);
    expect(ind).toEqual(expect.arrayContaining(['高镍三元前驱体', '电池级硫酸钴']));
  });
  it('a service or a segment of a chain written with 保障 stays (维修保障, 绿色电力保障)', async () => {
    const x = await runDoc('岚州市航空航天产业方案\n一、措施\n1．发展商业航天和维修保障。鼓励岚天卫星等企业布局微小卫星制造和维修保障。\n');
    expect(names(x, 'Industry')).toContain('维修保障');
    const y = await runDoc('岚州市算力产业方案\n一、现状\n我市算力产业按照“算力基础设施—算力服务—数据应用”的链条布局。算力基础设施包括数据中心、智算中心和绿色电力保障。\n二、措施\n1．夯实基础。支持岚川能源发展绿色电力保障。\n');
    expect(names(y, 'Industry')).toContain('绿色电力保障');
  });
});

describe('blind8 class: a 谷 followed by a line of business is a firm’s trade name, not a park (吉林碳谷碳纤维 / 呼和浩特云谷数据科技)', () => {
  it('X谷碳纤维 in a list of firms is one firm, no park X谷', async () => {
    const x = await runDoc('岚州省碳纤维产业若干措施\n一、措施\n1．扩大产能。岚州化纤集团、岚州碳谷碳纤维、岚州国兴碳纤维等企业已形成完整链条。以岚州碳谷碳纤维为龙头，发展大丝束原丝。\n');
    expect(names(x, 'Park')).toEqual([]);
    expect(names(x, 'Enterprise')).toContain('岚州碳谷碳纤维');
  });
  it('a 谷 park followed by a verb or a park word stays a park (岚州光谷已集聚 / 岚州药谷产业园)', async () => {
    const x = await runDoc('岚州市生物医药方案\n一、措施\n1．壮大集群。岚州光谷已集聚岚芯光电等企业。在岚州药谷产业园重点发展创新药。\n');
    expect(names(x, 'Park')).toEqual(expect.arrayContaining(['岚州光谷']));
    expect(names(x, 'Park').some((n) => n.startsWith('岚州药谷'))).toBe(true);
  });
});

describe('blind8 class: a known field written right before a product head names that product line (光伏硅片, 氢能装备, 光伏材料集群, 光伏装备)', () => {
  it('the items of a 支持方向 list keep their heads, not the broad field (光伏, 氢能) nor the head’s own term (装备制造)', async () => {
    const x = await runDoc('岚州市先进制造业专项资金申报指南\n一、支持方向\n1．新能源装备项目。重点支持光伏硅片和氢能装备制造项目。\n');
    const ind = names(x, 'Industry');
    expect(ind).toEqual(expect.arrayContaining(['光伏硅片', '氢能装备']));
    expect(ind).not.toContain('光伏');
    expect(ind).not.toContain('氢能');
    expect(ind).not.toContain('装备制造');
  });
  it('a cluster of 光伏材料 ties its firms to 光伏材料; a park that must build 光伏装备 names 光伏装备', async () => {
    const x = await runDoc('岚州市产业方案\n一、措施\n1．壮大光伏材料。光伏材料集群已集聚岚环科技、岚晶科技等企业。\n2．岚山经济开发区要围绕包装机械和光伏装备完善零部件配套。\n');
    expect(all(x, 'IN_INDUSTRY')).toEqual(expect.arrayContaining(['enterprise:岚环科技 -> industry:光伏材料']));
    expect(all(x, 'IN_INDUSTRY').filter((e) => e.endsWith('industry:光伏'))).toEqual([]);
    expect(names(x, 'Industry')).toContain('光伏装备');
  });
  it('a table’s group row （二）光伏材料集群（2个） ties the rows under it to 光伏材料, not to 光伏', async () => {
    const x = await runDoc('岚州市2026年重点产业项目清单\n一、布局\n光伏材料集群已集聚岚环科技等企业。\n二、项目清单\n序号,项目名称,建设单位,建设地点,主要建设内容,总投资,建设性质\n（二）光伏材料集群（2个）\n4,单晶硅材料扩产项目,岚环科技,岚山高新技术产业开发区,建设年产25GW单晶硅棒,80,续建\n');
    expect(all(x, 'IN_INDUSTRY')).toContain('enterprise:岚环科技 -> industry:光伏材料');
    expect(all(x, 'HOSTS')).toContain('park:岚山高新技术产业开发区 -> industry:光伏材料');
    expect(names(x, 'Industry')).not.toContain('光伏');
  });
  it('the field alone, or before 产业/企业, or inside a park’s name, stays as written (光伏产业, 岚州氢能装备产业园)', async () => {
    const x = await runDoc('岚州市光伏产业方案\n一、措施\n1．壮大光伏产业。支持岚环光电等光伏企业在岚州氢能装备产业园发展燃料电池。\n');
    expect(names(x, 'Industry')).toContain('光伏');
    expect(names(x, 'Park')).toEqual(['岚州氢能装备产业园']);
  });
});
