// Node classes of branch nodes16: industry names of national and provincial industry lists that the editable
// lexicon did not hold (绿色化工, 先进装备制造, 数据信息, 数据中心, 算力服务). Short documents of the genre
// written for these tests (places and parks invented); each asserts what the class gives and what it must not give.
import { describe, expect, it } from 'vitest';
import { all, names, runDoc } from '../fixtures/class-doc.ts';

describe('blind13 r06, blind14 r08, blind4 r03: industries of the national/provincial lists are nodes wherever a park or a heading hosts them', () => {
  it('甲乙产业园重点发展数据中心和算力服务 / 丙丁产业园重点发展绿色化工 give those industries, hosted by the park', async () => {
    const x = await runDoc(
      '某新区产业发展规划\n\n一、产业布局\n\n甲乙大数据产业园重点发展数据中心和算力服务。丙丁化工产业园重点发展绿色化工。\n',
    );
    const inds = names(x, 'Industry');
    for (const n of ['数据中心', '算力服务', '绿色化工']) expect(inds).toContain(n);
    const hosts = all(x, 'HOSTS');
    expect(hosts.some((h) => h.includes('甲乙大数据产业园') && h.endsWith('industry:算力服务'))).toBe(true);
    expect(hosts.some((h) => h.includes('丙丁化工产业园') && h.endsWith('industry:绿色化工'))).toBe(true);
  });
  it('the new rows add no industry where the words only qualify a firm or a plan', async () => {
    const x = await runDoc('某市算力产业发展方案\n\n一、重点任务\n\n1．加强资金保障。设立数据中心建设专项资金，支持企业申报算力服务补贴。\n');
    const inds = names(x, 'Industry');
    expect(inds).not.toContain('数据中心建设专项资金');
    expect(inds.filter((n) => /资金|补贴/.test(n))).toEqual([]);
  });
});
