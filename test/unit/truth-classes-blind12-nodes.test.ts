// Node classes found on blind12 (branch nodes14): short documents of the genre written for these tests (places, firms
// and parks invented); each asserts what the class gives and what it must not give.
import { describe, expect, it } from 'vitest';
import { all, names, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind12 r01/r06: a section number glued before a heading is no part of the industry it names', () => {
  it('第三节 光学 under 空间布局 names 光学, never 第三节光学', async () => {
    const x = await runDoc(
      '某开发区产业发展规划\n\n第三章　产业空间布局\n\n第一节 光伏新能源\n\n重点发展光伏组件。\n\n第二节 光学\n\n支持甲乙光学扩大光学镜头产能。\n',
    );
    const inds = names(x, 'Industry');
    expect(inds.filter((n) => n.startsWith('第'))).toEqual([]);
  });
  it('第四节　联动多园 (a verb and a count of parks) names no industry', async () => {
    const x = await runDoc(
      '某市电子信息产业发展规划\n\n第四章　产业空间布局\n\n第四节　联动多园\n\n丙丁经济开发区依托甲乙电缆科技等企业发展特种电缆。\n',
    );
    expect(names(x, 'Industry').filter((n) => /多园|第/.test(n))).toEqual([]);
    expect(names(x, 'Industry')).toContain('特种电缆');
  });
});

describe('blind12 r02/r03/r05/r07: a lexicon term with 产业 after it, inside the document’s longer industry, is that industry', () => {
  it('设立…某市硅基新材料产业基金 in a 硅基新材料 document names 硅基新材料, not 新材料', async () => {
    const x = await runDoc(
      '某市支持硅基新材料产业高质量发展若干政策\n\n第七条　加强金融保障。设立总规模30亿元的某市硅基新材料产业基金，支持产业链项目。\n',
    );
    const inds = names(x, 'Industry');
    expect(inds).toContain('硅基新材料');
    expect(inds).not.toContain('新材料');
    expect(all(x, 'SUPPORTS').filter((e) => e.endsWith('-> industry:新材料'))).toEqual([]);
  });
  it('a document about 新材料 itself keeps 新材料 (no longer name to read it into)', async () => {
    const x = await runDoc('某市新材料产业若干政策\n\n第七条　加强金融保障。设立总规模30亿元的某市新材料产业基金。\n');
    expect(names(x, 'Industry')).toContain('新材料');
  });
});

describe('blind12 r01, blind11 r08: a county or city the segmenter reads as a verb opens its state zone’s name', () => {
  it('进贤经济开发区 / 辛集经济开发区 are parks whole, never the bare 经济开发区', async () => {
    const x = await runDoc(
      '某市电子信息产业发展规划\n\n一、空间布局\n\n多园包括进贤经济开发区和甲乙工业园区，重点承接电子元器件。进贤经济开发区依托甲乙电缆科技等企业发展特种电缆。辛集经济开发区重点发展皮革。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).toContain('进贤经济开发区');
    expect(parks).toContain('辛集经济开发区');
    expect(parks).not.toContain('经济开发区');
  });
  it('a trigger verb before the zone’s kind still opens nothing (推进经济开发区建设 names no 推进…)', async () => {
    const x = await runDoc('某市产业发展规划\n\n一、重点任务\n\n推进经济开发区扩区调位。\n');
    expect(names(x, 'Park').filter((n) => n.startsWith('推进'))).toEqual([]);
  });
  it('a field word before 园区 is no place (承载园区 is no park)', async () => {
    const x = await runDoc('某市产业链实施方案\n\n一、重点任务\n\n承载园区重点发展风电装备。\n');
    expect(names(x, 'Park')).not.toContain('承载园区');
  });
});

describe('blind12 r01, blind9 r08: an airport economic zone (临空经济区) is a park', () => {
  it('南昌临空经济区重点发展… names the zone, not a firm ending in 重点', async () => {
    const x = await runDoc('某市电子信息产业发展规划\n\n一、空间布局\n\n甲乙临空经济区重点发展服务器整机和物联网模组。\n');
    expect(names(x, 'Park')).toContain('甲乙临空经济区');
    expect(names(x, 'Enterprise')).toEqual([]);
    expect(strong(x, 'HOSTS')).toContain('park:甲乙临空经济区 -> industry:服务器整机');
  });
});

describe('blind12 r01: a bare 经开区 after the document named its city’s 经济技术开发区 in full is that zone', () => {
  it('南昌经济技术开发区 … 经开区已集聚 (with 南昌小蓝经济技术开发区 beside it) → the one zone, written in full', async () => {
    const x = await runDoc(
      '南昌市电子信息产业发展规划\n\n一、空间布局\n\n第二节　提升两区：南昌经济技术开发区和南昌小蓝经济技术开发区\n\n南昌经济技术开发区重点发展光学光电。经开区已集聚甲乙光电、丙丁电子等光学光电企业。南昌小蓝经济技术开发区重点发展汽车电子。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).toEqual(['南昌小蓝经济技术开发区', '南昌经济技术开发区']);
    expect(strong(x, 'LOCATED_IN')).toContain('enterprise:甲乙光电 -> park:南昌经济技术开发区');
  });
});

describe('blind11 r08 (left by nodes13): the document’s own place before a park’s name opens it', () => {
  it('辛集皮革皮具产业园 / 辛集皮革跨境电商产业园 in a 辛集市 document keep 辛集', async () => {
    const x = await runDoc(
      '辛集市皮革皮具产业链招商图谱\n\n一、产业布局\n\n辛集皮革皮具产业园：重点发展皮衣和箱包。推动检测等生产性服务业向辛集皮革皮具产业园集聚。建设辛集皮革跨境电商产业园。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).toContain('辛集皮革皮具产业园');
    expect(parks).not.toContain('皮革皮具产业园');
  });
  it('another place’s park after the document’s own place is not glued to it (石家庄皮革产业园 in a 辛集市 document)', async () => {
    // the rule itself is reached: a 辛集市 document, 辛集 written right before the park, the park's name not opened by 辛集
    const x = await runDoc(
      '辛集市皮革皮具产业链招商图谱\n\n一、产业布局\n\n组织企业赴辛集石家庄皮革产业园考察。推动辛集滨海新区产业园合作。辛集皮革皮具产业园重点发展箱包。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).toContain('石家庄皮革产业园');
    expect(parks.filter((n) => n.startsWith('辛集石家庄') || n.startsWith('辛集滨海'))).toEqual([]);
    expect(parks).toContain('辛集皮革皮具产业园');
  });
});

describe('blind12 r06 (three sentences), blind10 r06: a firm, 是, then a bare zone word — the firm is no part of a park’s name', () => {
  it('吉利商用车是开发区新能源商用车骨干企业 names no park 吉利商用车是开发区', async () => {
    const x = await runDoc(
      '某经济技术开发区产业发展规划\n\n第二章　产业基础\n\n甲乙商用车是开发区新能源商用车骨干企业。丙丁光学是开发区光学产业的龙头企业。\n',
    );
    expect(names(x, 'Park').filter((n) => n.includes('是'))).toEqual([]);
    expect(names(x, 'Enterprise')).toContain('甲乙商用车');
  });
});

describe('blind11 r07 (left by nodes13): a short measure title opened by a task verb is no industry whole', () => {
  it('3．加快氢能装备产业化。 names 氢能装备, never 加快氢能装备产业化', async () => {
    const x = await runDoc(
      '某区新能源装备产业发展要点\n\n二、重点任务\n\n3．加快氢能装备产业化。以甲乙氢能、丙丁洁能为龙头，发展电解槽、储氢瓶和加氢设备。\n',
    );
    const inds = names(x, 'Industry');
    expect(inds.filter((n) => n.startsWith('加快'))).toEqual([]);
    expect(inds).toContain('氢能装备');
  });
});

describe('a seeds text (建立完善具有高新区特色的社会治理): a verb before a bare zone word opens no zone', () => {
  it('具有高新区特色 names no park 具有高新区', async () => {
    const x = await runDoc('某高新区社会治理工作方案\n\n一、主要任务\n\n组织具有高新区特色的文体活动。建立完善具有经济开发区特色的治理体系。\n');
    expect(names(x, 'Park').filter((n) => n.startsWith('具有'))).toEqual([]);
  });
});
