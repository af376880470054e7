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
