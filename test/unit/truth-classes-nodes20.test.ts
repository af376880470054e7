// A bare 高新区 in a document whose place the reader could not tell (a title opening with 西部（重庆）科学城…) and
// that names no zone of that kind in full was read as the lexicon's Tianjin zone (滨海高新区 HOSTS 光子芯片 and two
// firms LOCATED_IN it, blind17 r04). Such a word is now no park unless the document speaks of the home city.
import { describe, expect, it } from 'vitest';
import { names, runDoc, strong } from '../fixtures/class-doc.ts';

const body = (place: string) => `西部（某州）科学城某地未来产业培育行动方案

为加快培育未来产业，结合${place}实际，制定本方案。
一、发展基础
高新区已集聚华润微电子（某州）等功率半导体企业，为光子芯片产业化提供了配套基础。
`;

describe('a bare zone word in a document of unknown place', () => {
  it('is not the lexicon home city\'s zone', async () => {
    const x = await runDoc(body('本地'));
    expect(names(x, 'Park')).not.toContain('滨海高新区');
    expect(strong(x, 'HOSTS').join()).not.toContain('滨海高新区');
    expect(strong(x, 'LOCATED_IN').join()).not.toContain('滨海高新区');
  });

  it('stays the home city\'s zone when the document speaks of the home city', async () => {
    const x = await runDoc(body('天津'));
    expect(names(x, 'Park')).toContain('滨海高新区');
  });
});

// A firm named after a place whose name ends in 谷 (阳谷, 平谷, 谷饶) was cut at the 谷, read as a cluster park
// (山东阳谷 as a Park and 电缆集团 as a firm, blind19 r01; 潮阳谷 as a Park and 安踏… lost, blind17 r08). The 谷
// followed by a trade name and a legal word, or a line of business closing a list item, is inside the firm's name.
// Own text, invented names.
describe('a 谷 of a place name inside a firm name', () => {
  const doc = `某市先进制造业发展规划

一、空间布局
阳谷恒远铜业已落户东区片区，山东平谷华星线缆集团已落户西区片区。
依托青州恒丰针织、潮阳谷饶锦泰服饰等企业，发展无缝内衣和运动服饰。
在中国信创谷建设某某研究院，支持信创谷平台公司市场化改革。
`;
  it('is one firm, not a park and the rest of the name', async () => {
    const x = await runDoc(doc);
    expect(names(x, 'Enterprise')).toEqual(expect.arrayContaining(['山东平谷华星线缆集团', '潮阳谷饶锦泰服饰']));
    expect(names(x, 'Enterprise')).not.toContain('华星线缆集团');
    expect(names(x, 'Park')).not.toContain('山东平谷');
    expect(names(x, 'Park')).not.toContain('潮阳谷');
    expect(strong(x, 'LOCATED_IN')).toContain('enterprise:山东平谷华星线缆集团 -> park:西区片区');
  });
  it('a cluster park named 谷 stays a park before a verb or its own platform company', async () => {
    const x = await runDoc(doc);
    expect(names(x, 'Park')).toContain('中国信创谷');
  });
});

// The same lexicon alias class with a document of another KNOWN place: the bare 自贸试验区 of a 钦州 plan (建设自贸试验区
// 钦州港片区联动区) was the lexicon's 中国(天津)自由贸易试验区, which then HOSTS the plan's industry and has the city's 片区
// PART_OF it (blind17 r01). A free-trade zone is a province's: the bare word of another place's document names none.
describe('a bare 自贸试验区 in a document of another place', () => {
  const doc = (city: string) => `${city}绿色化工产业发展规划

一、空间布局
建设自贸试验区港口片区联动区，推动绿色化工产业向港口片区集中。
`;
  it('is not the lexicon home city\'s free-trade zone', async () => {
    const x = await runDoc(doc('某州市'));
    expect(names(x, 'Park')).not.toContain('中国(天津)自由贸易试验区');
    expect(strong(x, 'PART_OF').join()).not.toContain('自由贸易试验区');
  });
  it('stays the home city\'s zone in a document of the home city', async () => {
    const x = await runDoc(doc('天津市'));
    expect(names(x, 'Park')).toContain('中国(天津)自由贸易试验区');
  });
});
