// Park-node classes found by parks24 in blind22–24 and counted across the development sets: what reads as a
// park's name but is a kind of park, a planned kind of base, a scenic spot or a nickname; a park the copula
// follows; a 集聚区/基地 named as the subject of 位于 or of 是…承载区. Synthetic documents written for the tests.
import { describe, expect, it } from 'vitest';
import { names, runDoc } from '../fixtures/class-doc.ts';

const parksOf = async (doc: string): Promise<string[]> => names(await runDoc(doc), 'Park');

describe('parks24: words of a clause before a park word are no park', () => {
  const doc =
    '某市康养产业发展方案\n\n一、重点任务\n\n' +
    '（一）做强康养旅游。依托青石大峡谷、白龙洞等景区发展康养旅游，不新设康养类园区。\n' +
    '（二）做优仪器仪表。光学仪器是甲市高新区的首位产业。推动各县市区特色园区错位发展。' +
    '设立产业基金，重点投向上述园区的主导项目。推动本地整机企业优先采购园区核心元器件。\n\n' +
    '第四节 县（市）区配套园区\n\n各县区承接配套项目。\n';

  it('keeps the park after a copula and drops the negated, county-wide, scenic and funded kinds', async () => {
    const parks = await parksOf(doc);
    expect(parks).toContain('甲市高新区');
    for (const bad of ['青石大峡谷', '不新设康养类园区', '康养类园区', '光学仪器是甲市高新区', '县市区特色园区', '县（市）区配套园区', '县(市)区配套园区', '投向上述园区', '采购园区'])
      expect(parks).not.toContain(bad);
  });
});

describe('parks24: a base the plan builds, named by what it does there, is a kind of base', () => {
  const doc =
    '某市特色农业发展方案\n\n一、重点任务\n\n' +
    '（一）壮大林下经济。建设草莓采摘体验基地。建设香菇菌棒生产基地5处。\n' +
    '（二）发展汽车电子。支持丙集团建设汽车高压线束生产基地。\n' +
    '（三）打造产业名片。乙县是“中国冰谷”，冷链装备企业众多。\n';

  it('reads none of them as a park', async () => {
    const parks = await parksOf(doc);
    for (const bad of ['草莓采摘体验基地', '香菇菌棒生产基地', '汽车高压线束生产基地', '中国冰谷']) expect(parks).not.toContain(bad);
  });

  it('still reads a base a place opens as a park', async () => {
    const parks = await parksOf('某市产业方案\n\n一、重点任务\n\n在甲市经济技术开发区建设甲市整车制造基地，重点发展新能源汽车。\n');
    expect(parks).toContain('甲市经济技术开发区');
  });
});

describe('parks24: a 集聚区 or 基地 opening a sentence of 是…承载区 (or 位于) is a park', () => {
  it('reads the cluster zone and what it hosts', async () => {
    const x = await runDoc('某市尼龙产业规划\n\n一、空间布局\n\n丁市尼龙新材料产业集聚区是全市尼龙产业的核心承载区，重点发展尼龙切片和工程塑料。\n\n戊市航天产业基地位于戊市高新技术产业开发区东部。\n');
    const parks = names(x, 'Park');
    expect(parks).toContain('丁市尼龙新材料产业集聚区');
    expect(parks).toContain('戊市航天产业基地');
  });
});
