// URL state: every view lives in the hash, e.g.
//   #/parks?zone=park:滨海高新区&chains=industry:信创|industry:生物医药&basis=stated&weak=1&cell=park:海洋片区|industry:信创
//   #/parks?firstParks=60&maxChains=30&parkName=片区&chainName=信创   (the home matrix's bounds and name search)
//   #/parks?mode=drill&chain=industry:信创      #/parks?mode=compare&a=park:华苑片区&b=park:渤龙湖片区
//   #/explore?seeds=enterprise:飞腾&exp=park:海洋片区&sel=n:enterprise:飞腾&layout=dagre&hide=Measure&types=HOSTS
//   #/chain?id=industry:信创        #/path?from=…&to=…&max=6      #/related?id=enterprise:飞腾
//   #/chain?id=industry:信创&panel=gaps&park=park:滨海高新区   (补链招商 panel, for one park)
//   #/docs?id=doc:…&at=120-168
//   #/review?type=HOSTS&doc=doc:…&basis=listed&q=硅谷&all=1      #/review?tab=trail&author=张三
// Pure functions (unit-tested); App keeps the hash in sync with its state.
import type { Label, RelType } from './api.ts';
import { LABELS, REL_TYPES } from './api.ts';

export const VIEWS = ['parks', 'explore', 'chain', 'path', 'related', 'docs', 'review'] as const;
export type ViewName = (typeof VIEWS)[number];

export type LayoutName = 'fcose' | 'dagre' | 'concentric';
export const LAYOUTS: readonly LayoutName[] = ['fcose', 'dagre', 'concentric'];

export interface ExploreState {
  /** Nodes picked from search or opened, each drawn with its initial neighbourhood. */
  seeds: string[];
  /** Nodes expanded (neighbourhood merged), in order. */
  exp: string[];
  /** Selected element: n:<id> or e:<id>. */
  sel: { kind: 'node' | 'edge'; id: string } | null;
  layout: LayoutName;
  hide: Label[];
  /** Relationship types hidden on the canvas. */
  hideTypes: RelType[];
  /** Show weak facts (below the confidence threshold) on the canvas, dashed. */
  weak: boolean;
}

export const PARKS_MODES = ['matrix', 'drill', 'compare'] as const;
export type ParksMode = (typeof PARKS_MODES)[number];
export const BASIS_FILTERS = ['all', 'stated', 'planned'] as const;
export type BasisFilter = (typeof BASIS_FILTERS)[number];
/**
 * The home matrix is bounded: the parks with the most facts × the chains most parks host. 「显示更多」
 * doubles a bound up to the API's maxima (firstParks 1,000, maxChains 100).
 */
export const HOME_PARKS = 30;
export const HOME_CHAINS = 15;
export const MAX_PARKS = 1000;
export const MAX_CHAINS = 100;

/** Row orders of the matrix: containment tree, name, total facts, or one column's facts (its id). */
export type ParksSort = 'tree' | 'name' | 'total' | (string & {});

export interface ParksState {
  mode: ParksMode;
  /** Only the rows of this top-level zone. */
  zone: string | null;
  /** Columns shown (empty: all). */
  chains: string[];
  basis: BasisFilter;
  /** Show weak facts (below the confidence threshold). */
  weak: boolean;
  /** A row's facts include the parks inside it. */
  rollup: boolean;
  /** Show rows without facts. */
  empty: boolean;
  sort: ParksSort;
  /** The open cell. */
  cell: { row: string; col: string } | null;
  /** Drill-down chain. */
  chain: string | null;
  /** Compared parks. */
  a: string | null;
  b: string | null;
  /** The home matrix's bounds: at most this many parks (with the most facts) and chains (hosted by the most parks). */
  firstParks: number;
  maxChains: number;
  /** Name searches narrowing the matrix's rows and columns ('' : none). */
  parkName: string;
  chainName: string;
}

export interface Route {
  view: ViewName;
  parks: ParksState;
  explore: ExploreState;
  /** panel: the side panel (absent: 环节清单; 'gaps': 补链招商); park: the park of the 补链招商 panel. */
  chain: { id: string | null; panel?: 'gaps'; park?: string };
  path: { from: string | null; to: string | null; max: number };
  related: { id: string | null };
  docs: { id: string | null; at: { start: number; end: number } | null };
  review: ReviewRoute;
}

/** 审核: the tab, the queue's filters, the audit trail's author filter. */
export interface ReviewRoute {
  tab: 'queue' | 'trail' | 'matches';
  doc: string | null;
  type: RelType | null;
  basis: string | null;
  q: string;
  all: boolean;
  author: string;
}

export const DEFAULT_PARKS: ParksState = {
  mode: 'matrix',
  zone: null,
  chains: [],
  basis: 'all',
  weak: false,
  rollup: false,
  empty: false,
  sort: 'tree',
  cell: null,
  chain: null,
  a: null,
  b: null,
  firstParks: HOME_PARKS,
  maxChains: HOME_CHAINS,
  parkName: '',
  chainName: '',
};

/** 园区 is the home page: an empty or unknown hash opens it. */
export const DEFAULT_ROUTE: Route = {
  view: 'parks',
  parks: DEFAULT_PARKS,
  explore: { seeds: [], exp: [], sel: null, layout: 'fcose', hide: [], hideTypes: [], weak: false },
  chain: { id: null },
  path: { from: null, to: null, max: 6 },
  related: { id: null },
  docs: { id: null, at: null },
  review: { tab: 'queue', doc: null, type: null, basis: null, q: '', all: false, author: '' },
};

// Ids contain ':' and CJK; lists are joined with '|' (never part of an id we produce).
const SEP = '|';

/** An integer parameter in [min, max], else the default. */
function int(p: URLSearchParams, key: string, min: number, max: number, dflt: number): number {
  const v = Number(p.get(key));
  return p.get(key) !== null && Number.isInteger(v) && v >= min && v <= max ? v : dflt;
}

function list(p: URLSearchParams, key: string): string[] {
  const v = p.get(key);
  return v ? v.split(SEP).filter(Boolean) : [];
}

export function parseRoute(hash: string): Route {
  const h = hash.replace(/^#/, '');
  const qi = h.indexOf('?');
  const pathPart = (qi >= 0 ? h.slice(0, qi) : h).replace(/^\/+/, '');
  const p = new URLSearchParams(qi >= 0 ? h.slice(qi + 1) : '');
  const view = (VIEWS as readonly string[]).includes(pathPart) ? (pathPart as ViewName) : 'parks';
  const r: Route = structuredClone(DEFAULT_ROUTE);
  r.view = view;
  switch (view) {
    case 'parks': {
      const mode = p.get('mode') ?? '';
      const basis = p.get('basis') ?? '';
      const cell = list(p, 'cell');
      r.parks = {
        mode: (PARKS_MODES as readonly string[]).includes(mode) ? (mode as ParksMode) : 'matrix',
        zone: p.get('zone') || null,
        chains: list(p, 'chains'),
        basis: (BASIS_FILTERS as readonly string[]).includes(basis) ? (basis as BasisFilter) : 'all',
        weak: p.get('weak') === '1',
        rollup: p.get('rollup') === '1',
        empty: p.get('empty') === '1',
        sort: p.get('sort') || 'tree',
        cell: cell.length === 2 ? { row: cell[0]!, col: cell[1]! } : null,
        chain: p.get('chain') || null,
        a: p.get('a') || null,
        b: p.get('b') || null,
        firstParks: int(p, 'firstParks', 1, MAX_PARKS, HOME_PARKS),
        maxChains: int(p, 'maxChains', 1, MAX_CHAINS, HOME_CHAINS),
        parkName: (p.get('parkName') ?? '').trim().slice(0, 100),
        chainName: (p.get('chainName') ?? '').trim().slice(0, 100),
      };
      break;
    }
    case 'explore': {
      const sel = p.get('sel');
      const layout = p.get('layout');
      r.explore = {
        seeds: list(p, 'seeds'),
        exp: list(p, 'exp'),
        sel: sel && /^[ne]:/.test(sel) ? { kind: sel[0] === 'n' ? 'node' : 'edge', id: sel.slice(2) } : null,
        layout: (LAYOUTS as readonly string[]).includes(layout ?? '') ? (layout as LayoutName) : 'fcose',
        hide: list(p, 'hide').filter((l): l is Label => (LABELS as readonly string[]).includes(l)),
        hideTypes: list(p, 'types').filter((t): t is RelType => (REL_TYPES as readonly string[]).includes(t)),
        weak: p.get('weak') === '1',
      };
      break;
    }
    case 'chain': {
      r.chain = { id: p.get('id') };
      if (p.get('panel') === 'gaps') r.chain.panel = 'gaps';
      const park = p.get('park');
      if (park) r.chain.park = park;
      break;
    }
    case 'path': {
      const max = Number(p.get('max'));
      r.path = { from: p.get('from'), to: p.get('to'), max: Number.isInteger(max) && max >= 1 && max <= 10 ? max : 6 };
      break;
    }
    case 'related':
      r.related = { id: p.get('id') };
      break;
    case 'docs': {
      const at = /^(\d+)-(\d+)$/.exec(p.get('at') ?? '');
      r.docs = { id: p.get('id'), at: at ? { start: Number(at[1]), end: Number(at[2]) } : null };
      break;
    }
    case 'review': {
      const type = p.get('type');
      r.review = {
        tab: p.get('tab') === 'trail' ? 'trail' : p.get('tab') === 'matches' ? 'matches' : 'queue',
        doc: p.get('doc'),
        type: type && (REL_TYPES as readonly string[]).includes(type) ? (type as RelType) : null,
        basis: p.get('basis'),
        q: p.get('q') ?? '',
        all: p.get('all') === '1',
        author: p.get('author') ?? '',
      };
      break;
    }
  }
  return r;
}

/** The hash for a view's state (only that view's parameters, defaults omitted). */
export function formatRoute(view: ViewName, r: Route): string {
  const p = new URLSearchParams();
  switch (view) {
    case 'parks': {
      const k = r.parks;
      if (k.mode !== 'matrix') p.set('mode', k.mode);
      if (k.zone) p.set('zone', k.zone);
      if (k.chains.length) p.set('chains', k.chains.join(SEP));
      if (k.basis !== 'all') p.set('basis', k.basis);
      if (k.weak) p.set('weak', '1');
      if (k.rollup) p.set('rollup', '1');
      if (k.empty) p.set('empty', '1');
      if (k.sort !== 'tree') p.set('sort', k.sort);
      if (k.cell) p.set('cell', `${k.cell.row}${SEP}${k.cell.col}`);
      if (k.chain) p.set('chain', k.chain);
      if (k.a) p.set('a', k.a);
      if (k.b) p.set('b', k.b);
      if (k.firstParks !== HOME_PARKS) p.set('firstParks', String(k.firstParks));
      if (k.maxChains !== HOME_CHAINS) p.set('maxChains', String(k.maxChains));
      if (k.parkName) p.set('parkName', k.parkName);
      if (k.chainName) p.set('chainName', k.chainName);
      break;
    }
    case 'explore': {
      const e = r.explore;
      if (e.seeds.length) p.set('seeds', e.seeds.join(SEP));
      if (e.exp.length) p.set('exp', e.exp.join(SEP));
      if (e.sel) p.set('sel', `${e.sel.kind === 'node' ? 'n' : 'e'}:${e.sel.id}`);
      if (e.layout !== 'fcose') p.set('layout', e.layout);
      if (e.hide.length) p.set('hide', e.hide.join(SEP));
      if (e.hideTypes.length) p.set('types', e.hideTypes.join(SEP));
      if (e.weak) p.set('weak', '1');
      break;
    }
    case 'chain':
      if (r.chain.id) p.set('id', r.chain.id);
      if (r.chain.panel) p.set('panel', r.chain.panel);
      if (r.chain.park) p.set('park', r.chain.park);
      break;
    case 'path':
      if (r.path.from) p.set('from', r.path.from);
      if (r.path.to) p.set('to', r.path.to);
      if (r.path.max !== 6) p.set('max', String(r.path.max));
      break;
    case 'related':
      if (r.related.id) p.set('id', r.related.id);
      break;
    case 'docs':
      if (r.docs.id) p.set('id', r.docs.id);
      if (r.docs.at) p.set('at', `${r.docs.at.start}-${r.docs.at.end}`);
      break;
    case 'review': {
      const v = r.review;
      if (v.tab !== 'queue') p.set('tab', v.tab);
      if (v.doc) p.set('doc', v.doc);
      if (v.type) p.set('type', v.type);
      if (v.basis) p.set('basis', v.basis);
      if (v.q) p.set('q', v.q);
      if (v.all) p.set('all', '1');
      if (v.author) p.set('author', v.author);
      break;
    }
  }
  const qs = p.toString();
  return `#/${view}${qs ? '?' + qs : ''}`;
}
