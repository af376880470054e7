// The 园区 view's pure model (client/src/parks.ts): cell summaries by basis and strength, the rows
// and columns a planner sees (zone, columns, empty rows, orders), grid keyboard moves, and the CSV
// exports (formula-looking names neutralised).
import { describe, expect, it } from 'vitest';
import type { ParkFact } from '../../client/src/api-parks.ts';
import { basisZh } from '../../client/src/labels.ts';
import {
  cellKey,
  comparisonCsv,
  drillModel,
  factVisible,
  gridCsv,
  gridView,
  intensity,
  matrixModel,
  moveFocus,
  summarize,
  truncationOf,
  type GridModel,
  type ViewOptions,
} from '../../client/src/parks.ts';

const fact = (kind: string, node: string, basis = 'stated', weak = false, park = 'park:甲'): ParkFact => ({
  kind,
  basis,
  confidence: weak ? 0.3 : 1,
  weak,
  park: { id: park, name: park.slice(5) },
  node: { id: node, label: kind === 'segment' ? 'Industry' : kind === 'lab' ? 'Lab' : 'Enterprise', name: node.split(':')[1]! },
  segment: { id: 'industry:芯片', name: '芯片' },
});

const ALL = { basis: 'all', weak: false } as const;

describe('cell facts', () => {
  it('shows weak facts only when asked, and filters by basis', () => {
    expect(factVisible({ basis: 'stated', weak: true }, ALL)).toBe(false);
    expect(factVisible({ basis: 'stated', weak: true }, { basis: 'all', weak: true })).toBe(true);
    expect(factVisible({ basis: 'planned', weak: false }, { basis: 'stated', weak: false })).toBe(false);
    expect(factVisible({ basis: 'curated', weak: false }, { basis: 'stated', weak: false })).toBe(true);
    expect(factVisible({ basis: 'planned', weak: false }, { basis: 'planned', weak: false })).toBe(true);
  });

  it('summarises distinct segments, enterprises and labs, and the strongest basis', () => {
    const facts = [
      fact('enterprise', 'enterprise:飞腾'),
      fact('enterprise', 'enterprise:飞腾'), // the same firm in a second segment
      fact('segment', 'industry:芯片', 'planned'),
      fact('lab', 'lab:研究院', 'encouraged', true),
    ];
    const s = summarize(facts, ALL);
    expect([s.segments, s.enterprises, s.labs, s.total, s.tone, s.weak]).toEqual([1, 1, 0, 3, 'stated', 0]);
    expect(s.bases).toEqual({ stated: 2, planned: 1 });
    const w = summarize(facts, { basis: 'all', weak: true });
    expect([w.labs, w.weak, w.total]).toEqual([1, 1, 4]);
    expect(summarize([fact('segment', 'industry:芯片', 'planned')], ALL).tone).toBe('planned');
    expect(summarize([fact('lab', 'lab:x', 'listed', true)], { basis: 'all', weak: true }).tone).toBe('weak');
    expect(summarize([fact('lab', 'lab:x', 'listed', true)], ALL).tone).toBe('none');
    expect([0, 1, 2, 3, 9, 10].map(intensity)).toEqual([0, 1, 1, 2, 2, 3]);
  });
});

function model(): GridModel {
  const row = (id: string, depth: number, parentId: string | null, zoneId: string) => ({
    id,
    name: id.slice(5),
    node: { id, label: 'Park' as const, name: id.slice(5) },
    kind: depth === 0 ? 'zone' : 'area',
    depth,
    parentId,
    zoneId,
    zoneName: zoneId.slice(5),
  });
  const col = (id: string) => ({ id, name: id.slice(9), node: { id, label: 'Industry' as const, name: id.slice(9) } });
  const cells = new Map([
    [cellKey('park:甲片区', 'industry:信创'), { facts: [fact('enterprise', 'enterprise:飞腾'), fact('segment', 'industry:芯片')], factCount: 2 }],
    [cellKey('park:乙片区', 'industry:信创'), { facts: [fact('segment', 'industry:芯片', 'planned')], factCount: 1 }],
    [cellKey('park:乙片区', 'industry:医药'), { facts: [fact('lab', 'lab:院'), fact('lab', 'lab:所'), fact('lab', 'lab:站')], factCount: 3 }],
    [cellKey('park:港区', 'industry:医药'), { facts: [fact('lab', 'lab:弱', 'listed', true)], factCount: 1 }],
  ]);
  return {
    rows: [row('park:高新区', 0, null, 'park:高新区'), row('park:甲片区', 1, 'park:高新区', 'park:高新区'), row('park:乙片区', 1, 'park:高新区', 'park:高新区'), row('park:空园', 1, 'park:高新区', 'park:高新区'), row('park:港区', 0, null, 'park:港区')],
    columns: [col('industry:信创'), col('industry:医药')],
    cells,
  };
}

const opts = (patch: Partial<ViewOptions> = {}): ViewOptions => ({ basis: 'all', weak: false, zone: null, columns: [], empty: false, sort: 'tree', ...patch });

describe('gridView', () => {
  it('drops empty rows but keeps the parks containing a filled one', () => {
    const v = gridView(model(), opts());
    expect(v.rows.map((r) => r.id)).toEqual(['park:高新区', 'park:甲片区', 'park:乙片区']); // 港区's only fact is weak
    expect(gridView(model(), opts({ weak: true })).rows.map((r) => r.id)).toContain('park:港区');
    expect(gridView(model(), opts({ empty: true })).rows).toHaveLength(5);
    expect(v.flat).toBe(false);
  });

  it('filters by zone and columns, and by basis in every summary', () => {
    expect(gridView(model(), opts({ zone: 'park:港区', empty: true })).rows.map((r) => r.id)).toEqual(['park:港区']);
    const v = gridView(model(), opts({ columns: ['industry:医药'] }));
    expect(v.columns.map((c) => c.id)).toEqual(['industry:医药']);
    expect(v.rows.map((r) => r.id)).toEqual(['park:高新区', 'park:乙片区']);
    const planned = gridView(model(), opts({ basis: 'planned' }));
    expect(planned.summary('park:甲片区', 'industry:信创').total).toBe(0);
    expect(planned.summary('park:乙片区', 'industry:信创').total).toBe(1);
    expect(planned.colTotal('industry:信创')).toBe(1);
  });

  it('sorts flat by a column, by the total or by name', () => {
    const byCol = gridView(model(), opts({ sort: 'industry:信创' }));
    expect(byCol.flat).toBe(true);
    expect(byCol.rows.map((r) => r.id)).toEqual(['park:甲片区', 'park:乙片区']);
    expect(gridView(model(), opts({ sort: 'total' })).rows.map((r) => r.id)).toEqual(['park:乙片区', 'park:甲片区']);
    expect(gridView(model(), opts({ sort: 'name', empty: true })).rows).toHaveLength(5);
  });
});

describe('moveFocus', () => {
  it('moves like a spreadsheet inside the header row and column, clamped', () => {
    const at = { r: 2, c: 2 };
    expect(moveFocus(at, 'ArrowUp', false, 5, 3)).toEqual({ r: 1, c: 2 });
    expect(moveFocus(at, 'ArrowRight', false, 5, 3)).toEqual({ r: 2, c: 3 });
    expect(moveFocus({ r: 2, c: 3 }, 'ArrowRight', false, 5, 3)).toEqual({ r: 2, c: 3 });
    expect(moveFocus({ r: 0, c: 0 }, 'ArrowUp', false, 5, 3)).toEqual({ r: 0, c: 0 });
    expect(moveFocus(at, 'Home', false, 5, 3)).toEqual({ r: 2, c: 0 });
    expect(moveFocus(at, 'End', true, 5, 3)).toEqual({ r: 5, c: 3 });
    expect(moveFocus(at, 'Home', true, 5, 3)).toEqual({ r: 0, c: 0 });
    expect(moveFocus(at, 'PageDown', false, 50, 3)).toEqual({ r: 12, c: 2 });
    expect(moveFocus(at, 'PageUp', false, 50, 3)).toEqual({ r: 0, c: 2 });
    expect(moveFocus(at, 'x', false, 5, 3)).toBeNull();
  });
});

describe('exports', () => {
  it('writes the matrix as CSV with counts and bases, formula-looking names neutralised', () => {
    const m = model();
    m.rows[1]!.name = '=HYPERLINK("http://x")';
    const csv = gridCsv(gridView(m, opts()), basisZh, (id) => (id ? '高新区' : ''));
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('园区,园区ID,类别,上级园区,所属区域,信创·环节,信创·企业,信创·机构,信创·依据,医药·环节,医药·企业,医药·机构,医药·依据');
    expect(lines[2]).toBe(`"'=HYPERLINK(""http://x"")",park:甲片区,area,高新区,高新区,1,1,,明确陈述 2,,,,`);
    expect(lines[3]).toContain(',1,,,规划 1,,,3,明确陈述 3');
  });

  it('writes a comparison as CSV, one row per segment', () => {
    const seg = (name: string, a: ParkFact[], b: ParkFact[]) => ({ segment: { id: `industry:${name}`, name }, chains: [{ name: '信创' }], factsA: a, factsB: b });
    const csv = comparisonCsv(
      { a: { name: '甲' }, b: { name: '乙' }, shared: [seg('芯片', [fact('segment', 'industry:芯片')], [fact('segment', 'industry:芯片', 'planned')])], onlyA: [seg('-整机', [fact('enterprise', 'enterprise:飞腾')], [])], onlyB: [] },
      basisZh,
    );
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toEqual(['产业链,环节,环节ID,分布,甲·事实,乙·事实', '信创,芯片,industry:芯片,两者都有,芯片（明确陈述）,芯片（规划）', "信创,'-整机,industry:-整机,仅甲,飞腾（明确陈述）,"]);
  });
});

describe('models from the API', () => {
  it('builds the matrix and the drill-down grids', () => {
    const row = { park: { id: 'park:甲', label: 'Park' as const, name: '甲', kind: 'area' }, parent: null, depth: 0, zone: { id: 'park:甲', name: '甲' } };
    const cells = [{ park: { id: 'park:甲' }, industry: { id: 'industry:信创' }, factCount: 1, facts: [fact('segment', 'industry:芯片')] }];
    const m = matrixModel({ rows: [row], chains: [{ industry: { id: 'industry:信创', label: 'Industry', name: '信创' }, segmentCount: 3, parkCount: 1 }], cells, minConfidence: 0.5, truncated: false }, (n) => `${n} 个园区`);
    expect(m.columns.map((c) => [c.name, c.note])).toEqual([['信创', '1 个园区']]);
    expect(m.cells.get(cellKey('park:甲', 'industry:信创'))?.factCount).toBe(1);
    const d = drillModel(
      {
        chain: { id: 'industry:信创', label: 'Industry', name: '信创' },
        segments: [
          { industry: { id: 'industry:信创', label: 'Industry', name: '信创' }, position: -1, missing: false, parkCount: 1 },
          { industry: { id: 'industry:整机', label: 'Industry', name: '整机' }, position: 1, missing: true, parkCount: 0 },
        ],
        rows: [row],
        cells,
        minConfidence: 0.5,
        truncated: false,
      },
      (p) => (p < 0 ? '整条链' : `位置 ${p}`),
      (n) => `${n}`,
    );
    expect(d.columns.map((c) => [c.group, c.name, c.missing ?? false])).toEqual([
      ['整条链', '信创', false],
      ['位置 1', '整机', true],
    ]);
  });
});

describe('truncationOf (the 园区 legend warns only about what the bounds note does not tell)', () => {
  const chains = (n: number) => Array.from({ length: n }, (_, i) => i);
  it('the bounded home view (more chains than maxChains) is not a cut to warn about', () => {
    // The seeds' default view: the server says truncated because 29 chains > maxChains 15.
    expect(truncationOf({ truncated: true, cells: chains(200), chains: chains(15), chainCount: 29 }, 2000)).toBeNull();
    expect(truncationOf({ truncated: false, cells: chains(200), chains: chains(29), chainCount: 29 }, 2000)).toBeNull();
    expect(truncationOf(null, 2000)).toBeNull();
  });
  it('a server maximum with every chain shown, or a drill-down (no chain bound), is a collection cut', () => {
    expect(truncationOf({ truncated: true, cells: [], chains: chains(29), chainCount: 29 }, 2000)).toBe('collected');
    expect(truncationOf({ truncated: true, cells: [] }, 2000)).toBe('collected');
  });
  it('a full list of cells is a cut of the cells', () => {
    expect(truncationOf({ truncated: false, cells: chains(2000), chains: chains(15), chainCount: 15 }, 2000)).toBe('cells');
    expect(truncationOf({ truncated: true, cells: chains(2000), chains: chains(15), chainCount: 29 }, 2000)).toBe('cells');
  });
});
