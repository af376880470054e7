// URL state: every view's state survives formatRoute → parseRoute (so a copied link restores it),
// and malformed links fall back to defaults instead of breaking the page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABELS, REL_TYPES } from '../../client/src/api.ts';
import { BASIS_FILTERS, DEFAULT_ROUTE, LAYOUTS, PARKS_MODES, VIEWS, formatRoute, parseRoute, type Route } from '../../client/src/route.ts';

const route = (patch: Partial<Route>): Route => ({ ...structuredClone(DEFAULT_ROUTE), ...patch });

describe('parseRoute', () => {
  it('reads each view and its parameters (ids with colons and CJK, percent-encoded or not)', () => {
    expect(parseRoute('#/chain?id=industry:信创')).toMatchObject({ view: 'chain', chain: { id: 'industry:信创' } });
    expect(parseRoute('#/chain?id=industry%3A%E4%BF%A1%E5%88%9B').chain.id).toBe('industry:信创');
    expect(parseRoute('#/path?from=enterprise:飞腾&to=park:海洋片区&max=4').path).toEqual({ from: 'enterprise:飞腾', to: 'park:海洋片区', max: 4 });
    expect(parseRoute('#/related?id=enterprise:飞腾').related.id).toBe('enterprise:飞腾');
    expect(parseRoute('#/docs?id=doc:000&at=120-168').docs).toEqual({ id: 'doc:000', at: { start: 120, end: 168 } });
    expect(parseRoute('#/parks?mode=compare&a=park:华苑片区&b=park:渤龙湖片区&weak=1').parks).toMatchObject({ mode: 'compare', a: 'park:华苑片区', b: 'park:渤龙湖片区', weak: true, rollup: false });
    expect(parseRoute('#/parks?chains=industry:信创|industry:生物医药&basis=planned&sort=industry:信创&cell=park:海洋片区|industry:信创').parks).toMatchObject({
      mode: 'matrix',
      chains: ['industry:信创', 'industry:生物医药'],
      basis: 'planned',
      sort: 'industry:信创',
      cell: { row: 'park:海洋片区', col: 'industry:信创' },
    });
    const e = parseRoute('#/explore?seeds=enterprise:飞腾|park:海洋片区&exp=industry:信创&sel=e:LOCATED_IN:enterprise:飞腾->park:海洋片区&layout=dagre&hide=Measure|Document&types=CONTAINS&weak=1');
    expect(e.explore).toEqual({
      seeds: ['enterprise:飞腾', 'park:海洋片区'],
      exp: ['industry:信创'],
      sel: { kind: 'edge', id: 'LOCATED_IN:enterprise:飞腾->park:海洋片区' },
      layout: 'dagre',
      hide: ['Measure', 'Document'],
      hideTypes: ['CONTAINS'],
      weak: true,
    });
  });

  it('keeps the 园区 home bounds and name searches (a shared link shows the same matrix)', () => {
    const k = parseRoute('#/parks?firstParks=60&maxChains=30&parkName=片区&chainName=信创').parks;
    expect(k).toMatchObject({ firstParks: 60, maxChains: 30, parkName: '片区', chainName: '信创' });
    expect(formatRoute('parks', route({ parks: k }))).toBe('#/parks?firstParks=60&maxChains=30&parkName=%E7%89%87%E5%8C%BA&chainName=%E4%BF%A1%E5%88%9B');
    // Out of the API's range, not an integer, or absent: the home defaults (30 × 15).
    for (const bad of ['firstParks=0&maxChains=101', 'firstParks=2.5&maxChains=x', 'firstParks=&maxChains=', 'firstParks=1001&maxChains=-1']) {
      expect(parseRoute(`#/parks?${bad}`).parks).toMatchObject({ firstParks: 30, maxChains: 15, parkName: '', chainName: '' });
    }
    expect(parseRoute('#/parks?parkName=' + 'x'.repeat(300)).parks.parkName).toHaveLength(100);
  });

  it('falls back to defaults for an empty or malformed hash', () => {
    expect(parseRoute('')).toEqual(DEFAULT_ROUTE);
    // 园区 is the home page.
    expect(parseRoute('').view).toBe('parks');
    expect(parseRoute('#/nowhere?id=x').view).toBe('parks');
    expect(parseRoute('#/parks?mode=nope&basis=maybe&cell=onlyone').parks).toMatchObject({ mode: 'matrix', basis: 'all', cell: null });
    expect(parseRoute('#/path?from=a&to=b&max=99').path.max).toBe(6);
    expect(parseRoute('#/path?max=0').path.max).toBe(6);
    expect(parseRoute('#/path?max=2.5').path.max).toBe(6);
    expect(parseRoute('#/docs?id=d&at=12-').docs.at).toBeNull();
    const e = parseRoute('#/explore?layout=spiral&hide=Bogus|Park&types=NOPE|HOSTS&sel=x:1').explore;
    expect(e.layout).toBe('fcose');
    expect(e.hide).toEqual(['Park']);
    expect(e.hideTypes).toEqual(['HOSTS']);
    expect(e.sel).toBeNull();
  });

  it('omits defaults when formatting, and only writes the view’s own parameters', () => {
    expect(formatRoute('explore', DEFAULT_ROUTE)).toBe('#/explore');
    expect(formatRoute('parks', DEFAULT_ROUTE)).toBe('#/parks');
    expect(formatRoute('path', route({ path: { from: null, to: null, max: 6 } }))).toBe('#/path');
    const r = route({ chain: { id: 'industry:信创' }, related: { id: 'enterprise:飞腾' } });
    expect(formatRoute('chain', r)).not.toContain('enterprise');
  });

  it('round-trips any state of any view', () => {
    const id = fc.stringMatching(/^[a-z]{1,8}:[^|#\s]{1,12}$/);
    const ids = fc.array(id, { maxLength: 4 });
    const state = fc.record({
      view: fc.constantFrom(...VIEWS),
      parks: fc.record({
        mode: fc.constantFrom(...PARKS_MODES),
        zone: fc.option(id, { nil: null }),
        chains: ids,
        basis: fc.constantFrom(...BASIS_FILTERS),
        weak: fc.boolean(),
        rollup: fc.boolean(),
        empty: fc.boolean(),
        sort: fc.oneof(fc.constantFrom('tree', 'name', 'total'), id),
        cell: fc.option(fc.record({ row: id, col: id }), { nil: null }),
        chain: fc.option(id, { nil: null }),
        a: fc.option(id, { nil: null }),
        b: fc.option(id, { nil: null }),
        firstParks: fc.integer({ min: 1, max: 1000 }),
        maxChains: fc.integer({ min: 1, max: 100 }),
        parkName: fc.constantFrom('', '片区', '信创 安全', 'a&b=c#?|'),
        chainName: fc.constantFrom('', '信创', '生物 医药', '100%'),
      }),
      explore: fc.record({
        seeds: ids,
        exp: ids,
        sel: fc.option(fc.record({ kind: fc.constantFrom('node' as const, 'edge' as const), id }), { nil: null }),
        layout: fc.constantFrom(...LAYOUTS),
        hide: fc.uniqueArray(fc.constantFrom(...LABELS)),
        hideTypes: fc.uniqueArray(fc.constantFrom(...REL_TYPES)),
        weak: fc.boolean(),
      }),
      chain: fc.record({ id: fc.option(id, { nil: null }) }),
      path: fc.record({ from: fc.option(id, { nil: null }), to: fc.option(id, { nil: null }), max: fc.integer({ min: 1, max: 10 }) }),
      related: fc.record({ id: fc.option(id, { nil: null }) }),
      docs: fc.record({
        id: fc.option(id, { nil: null }),
        at: fc.option(fc.record({ start: fc.nat(99999), end: fc.nat(99999) }), { nil: null }),
      }),
      review: fc.record({
        tab: fc.constantFrom('queue' as const, 'trail' as const, 'matches' as const),
        doc: fc.option(id, { nil: null }),
        type: fc.option(fc.constantFrom(...REL_TYPES), { nil: null }),
        basis: fc.option(fc.constantFrom('stated', 'listed', 'curated'), { nil: null }),
        q: fc.string({ maxLength: 6 }),
        all: fc.boolean(),
        author: fc.string({ maxLength: 6 }),
      }),
    });
    fc.assert(
      fc.property(state, (r: Route) => {
        const back = parseRoute(formatRoute(r.view, r));
        expect(back.view).toBe(r.view);
        const key = r.view === 'path' ? 'path' : r.view;
        expect(back[key]).toEqual(r[key]);
      }),
      { numRuns: 300 },
    );
  });
});
