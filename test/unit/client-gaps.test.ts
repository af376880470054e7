// 补链招商 list as CSV and the park order of its picker; the panel and park in the URL.
import { describe, expect, it } from 'vitest';
import type { ChainGaps } from '../../client/src/api.ts';
import { GAP_CSV_HEADER, gapsToCsv, sortParks } from '../../client/src/gaps.ts';
import { formatRoute, parseRoute } from '../../client/src/route.ts';

const gaps: ChainGaps = {
  chain: { id: 'industry:信创', label: 'Industry', name: '信创' },
  park: { id: 'park:滨海高新区', label: 'Park', name: '滨海高新区' },
  scope: [],
  segments: [
    { segment: { id: 'industry:芯片', label: 'Industry', name: '芯片' }, stage: null, gap: false, local: [{ id: 'enterprise:飞腾', label: 'Enterprise', name: '飞腾' }], candidates: [], candidateCount: 0 },
    {
      segment: { id: 'industry:中间件', label: 'Industry', name: '中间件' },
      stage: { id: 'industry:软件系统', label: 'Industry', name: '软件系统' },
      gap: true,
      local: [],
      candidateCount: 2,
      candidates: [
        {
          enterprise: { id: 'enterprise:北京东方通科技股份有限公司', label: 'Enterprise', name: '北京东方通科技股份有限公司', properties: { creditCode: '91110000X', registeredAddress: '北京市海淀区' } },
          score: 0.71,
          confidence: 0.8,
          reasons: ['环节「中间件」：主营产品「中间件」（置信度 0.80）', '上市, "A股"'],
          parks: [],
        },
        { enterprise: { id: 'enterprise:x', label: 'Enterprise', name: '=cmd()', properties: {} }, score: 0.5, confidence: 0.5, reasons: [], parks: [{ id: 'park:别处', label: 'Park', name: '别处' }] },
      ],
    },
  ],
};

describe('gapsToCsv', () => {
  it('one row per candidate of each gap, reasons joined, quoted and formula-safe, with BOM', () => {
    const csv = gapsToCsv(gaps);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(GAP_CSV_HEADER.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('信创,滨海高新区,中间件,软件系统,1,北京东方通科技股份有限公司,0.71,0.8,"环节「中间件」：主营产品「中间件」（置信度 0.80）；上市, ""A股""",,北京市海淀区,91110000X,enterprise:北京东方通科技股份有限公司');
    expect(lines[2]).toContain(",'=cmd(),");
    expect(lines[2]).toContain(',别处,');
  });
  it('without a park the column says so', () => {
    expect(gapsToCsv({ ...gaps, park: null }).split('\r\n')[1]).toMatch(/^信创,文件提到的全部园区,/);
  });
});

describe('parks and route', () => {
  it('zones first, then areas and parks, by name', () => {
    const ps = sortParks([
      { id: 'park:b', label: 'Park' as const, name: '华苑产业园', kind: 'park' },
      { id: 'park:a', label: 'Park' as const, name: '海洋片区', kind: 'area' },
      { id: 'park:z', label: 'Park' as const, name: '滨海高新区', kind: 'zone' },
      { id: 'park:n', label: 'Park' as const, name: '某基地', kind: null },
    ]);
    expect(ps.map((p) => p.name)).toEqual(['滨海高新区', '海洋片区', '华苑产业园', '某基地']);
  });
  it('the 补链招商 panel and its park round-trip through the URL; absent, they are not set', () => {
    const r = parseRoute('#/chain?id=industry:信创&panel=gaps&park=park:滨海高新区');
    expect(r.chain).toEqual({ id: 'industry:信创', panel: 'gaps', park: 'park:滨海高新区' });
    expect(parseRoute(formatRoute('chain', r)).chain).toEqual(r.chain);
    expect(parseRoute('#/chain?id=industry:信创').chain).toEqual({ id: 'industry:信创' });
    expect(parseRoute('#/chain?id=industry:信创&panel=other').chain).toEqual({ id: 'industry:信创' });
  });
});
