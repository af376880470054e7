// Findings of the read-only review of today's first merges (a33c2bd..a1c329e), each on a short document of the genre
// written for the test: a rule that fired where it should not (G, A) or dropped true levels (B).
import { describe, expect, it } from 'vitest';
import { all, runDoc, structure } from '../fixtures/class-doc.ts';

describe('review15 G: a 未来产业 plan’s counted list is its tracks only where the plan lays them out', () => {
  it('聚焦A、B和C三大方向 gives the tracks; 与A、B和C三大领域深度融合 and a 发展基础 list give none', async () => {
    const x = await runDoc(
      '某区未来产业培育发展行动方案\n\n一、总体要求\n\n聚焦人工智能、量子信息和合成生物三大方向，培育未来产业。\n\n' +
        '二、发展基础\n\n我区新材料、生物医药和高端装备三大板块已具规模。\n\n' +
        '三、推动融合发展\n\n推动未来产业与先进制造业、现代服务业和现代农业三大领域深度融合。\n',
    );
    const tracks = all(x, 'PART_OF').filter((e) => e.endsWith('-> industry:未来产业'));
    for (const t of ['人工智能', '量子信息', '合成生物']) expect(tracks).toContain(`industry:${t} -> industry:未来产业`);
    for (const t of ['现代服务业', '现代农业', '先进制造业', '新材料', '生物医药', '高端装备']) expect(tracks).not.toContain(`industry:${t} -> industry:未来产业`);
  });
});

describe('review15 B: 向上游X、下游Y延伸 names the directions AND its levels', () => {
  it('the named levels stay parts of the industry; a bare 应用 does not become one', async () => {
    const x = await runDoc('某市光伏产业链发展方案\n\n二、重点任务\n\n（一）延伸产业链条\n\n推动光伏产业向上游高纯多晶硅、下游光伏电站延伸。\n');
    expect(all(x, 'PART_OF')).toContain('industry:高纯多晶硅 -> industry:光伏');
    const y = await runDoc('某市关于加快新型显示产业发展的若干措施\n\n为推动新型显示产业向上游材料、下游应用两端延伸，结合我市实际，制定以下措施。\n\n第一条　上游：显示玻璃和偏光片。\n');
    const inds = y.nodes.filter((n) => n.label === 'Industry').map((n) => n.name);
    expect(inds).not.toContain('应用');
    expect(inds).not.toContain('应用两端延伸');
  });
});

describe('review15 A: a goal bullet of a 十四五 plan is a heading whole, not a framework title glued to a clause', () => {
  it('区域协同推进… / 创新体系建设实现新突破 / 开放合作水平不断提高 stay whole; 总体安排全市… is still cut', async () => {
    const heads = async (t: string) => {
      const d = await structure(t);
      return d.headings.map((h) => d.source.text.slice(h.start, h.end));
    };
    const a = await heads('某市“十四五”新能源汽车产业发展规划\n\n第三章 重点任务\n\n一、区域协同推进新能源汽车产业集群建设。依托甲汽车、乙电池等企业，发展动力电池和驱动电机，打造整车制造基地。\n\n二、保障措施\n\n加强组织领导。\n');
    expect(a.some((h) => h.startsWith('一、区域协同推进'))).toBe(true);
    const b = await heads('某市“十四五”生物医药产业发展规划\n\n第二章 发展目标\n\n一、创新体系建设实现新突破。建成国家级企业技术中心3家。\n\n二、开放合作水平不断提高。引进外资项目20个。\n\n三、产业平台能级显著提升。建成软件园。\n');
    expect(b).not.toContain('一、创新体系');
    expect(b).not.toContain('二、开放合作');
    expect(b).not.toContain('三、产业平台');
    const c = await heads('某市产业链重点任务分工方案\n\n一、总体安排全市按照“一区两园”布局推进产业链建设。甲开发区重点发展高端聚烯烃。\n\n二、重点任务分工\n\n各单位要抓好落实。\n');
    expect(c).toContain('一、总体安排');
  });
});
