// 园区: the planner's home page. Three modes over the same park rows (zone → 片区 → 园区/基地):
//   矩阵      parks × chains: what each park hosts of each chain (segments, enterprises, labs), the
//             basis visible (明确陈述 solid, 规划 hatched, weak dashed and hidden unless asked);
//   产业链下钻 one chain's segments in chain order against the parks, missing stages marked;
//   园区对比   two parks: shared, only A, only B, with evidence (错位发展).
// A cell opens its facts with their sentences; a row opens the park in 探索; a column the chain in
// 产业链. Filters, sort, the open cell and the mode live in the URL; CSV and PNG exports.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { EvidenceItem, NodeRef } from '../api.ts';
import { chainParks, parkFactList, parkMatrix, parkRows, type ParkMatrixData } from '../api-parks.ts';
import { drillModel, factVisible, gridCsv, gridView, matrixModel, truncationOf, type GridColumn, type GridModel, type GridRow, type Truncation } from '../parks.ts';
import { gridPng } from '../parksPng.ts';
import { MAX_CHAINS, MAX_PARKS, type ParksState } from '../route.ts';
import { MatrixGrid } from '../components/MatrixGrid.tsx';
import { FactList } from '../components/FactList.tsx';
import { LabelIcon } from '../components/LabelIcon.tsx';
import { Empty, ErrorState, Loading, useAsync } from '../components/States.tsx';
import { ParksCompare } from './ParksCompare.tsx';
import { basisZh } from '../labels.ts';
import { download } from '../export.ts';
import { t } from '../i18n.ts';

export interface ParksViewProps {
  state: ParksState;
  onChange(patch: Partial<ParksState>): void;
  onOpenExplore(n: NodeRef): void;
  onOpenChain(id: string): void;
  onOpenEvidence(ev: EvidenceItem): void;
}

/** cells(first:) in parks.graphql: reaching it means the matrix was cut. */
const MAX_CELLS = 2000;

// The home view is bounded (HOME_PARKS × HOME_CHAINS in route.ts: every park × every chain does not answer
// at 10⁵ nodes); 「显示更多」 doubles a bound up to the API's maxima, a search narrows rows or columns by
// name. Bounds and searches live in the URL with the rest of the view's state.
export { HOME_CHAINS, HOME_PARKS } from '../route.ts';

const MODES: [ParksState['mode'], string][] = [
  ['matrix', '园区 × 产业链'],
  ['drill', '产业链下钻'],
  ['compare', '园区对比'],
];

export function ParksView({ state, onChange, onOpenExplore, onOpenChain, onOpenEvidence }: ParksViewProps) {
  const bounds = { parks: state.firstParks, chains: state.maxChains };
  const search = { park: state.parkName, chain: state.chainName };
  const matrixKey = `matrix:${state.rollup}:${bounds.parks}:${bounds.chains}:${search.park}\u0000${search.chain}`;
  const matrix = useAsync(state.mode === 'compare' ? null : matrixKey, (signal) =>
    parkMatrix(
      {
        rollup: state.rollup,
        maxChains: bounds.chains,
        firstParks: bounds.parks,
        ...(search.park ? { parkNameContains: search.park } : {}),
        ...(search.chain ? { chainNameContains: search.chain } : {}),
      },
      signal,
    ),
  );
  // 园区对比 picks from every park (rows only, no cells).
  const allRows = useAsync(state.mode === 'compare' ? 'park-rows' : null, (signal) => parkRows({}, signal));
  const drillId = state.mode === 'drill' ? (state.chain ?? matrix.data?.chains[0]?.industry.id ?? null) : null;
  const drill = useAsync(drillId ? `drill:${drillId}:${state.rollup}` : null, (signal) => chainParks(drillId!, { rollup: state.rollup }, signal));
  const [copied, setCopied] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);

  const model: GridModel | null = useMemo(() => {
    const note = (n: number) => t('{n} 个园区', { n });
    if (state.mode === 'matrix' && matrix.data) return matrixModel(matrix.data, note);
    if (state.mode === 'drill' && drill.data && drill.data.chain.id === drillId) {
      return drillModel(drill.data, (p) => (p < 0 ? t('整条链') : t('链上位置 {n}', { n: p })), note);
    }
    return null;
  }, [state.mode, matrix.data, drill.data, drillId]);

  const view = useMemo(
    () =>
      model &&
      gridView(model, {
        zone: state.zone,
        columns: state.mode === 'matrix' ? state.chains : [],
        basis: state.basis,
        weak: state.weak,
        empty: state.empty,
        sort: state.sort,
      }),
    [model, state.zone, state.chains, state.basis, state.weak, state.empty, state.sort, state.mode],
  );

  const rowsById = useMemo(() => new Map((matrix.data?.rows ?? []).map((r) => [r.park.id, r])), [matrix.data]);
  const parentName = useCallback((id: string | null) => (id ? (rowsById.get(id)?.park.name ?? '') : ''), [rowsById]);
  const zones = useMemo(() => {
    const rows = matrix.data?.rows ?? [];
    const hasChildren = new Set(rows.map((r) => r.parent?.id).filter(Boolean));
    return rows.filter((r) => r.depth === 0 && (hasChildren.has(r.park.id) || matrix.data!.cells.some((c) => c.park.id === r.park.id)));
  }, [matrix.data]);

  const title = useMemo(() => {
    if (state.mode === 'drill' && drill.data) return t('「{name}」各环节 × 园区', { name: drill.data.chain.name });
    return t('园区 × 产业链');
  }, [state.mode, drill.data]);

  const exportCsv = () => {
    if (!view) return;
    const stamp = new Date().toISOString().slice(0, 10);
    download(`${title}-${stamp}.csv`, gridCsv(view, (b) => basisZh(b), parentName), 'text/csv;charset=utf-8');
  };
  const exportPng = async () => {
    if (!view) return;
    try {
      setExportError(null);
      const stamp = new Date().toISOString().slice(0, 10);
      download(`${title}-${stamp}.png`, await gridPng(view, { title: `${title} · ${stamp}`, parentName }));
    } catch (e) {
      setExportError(e instanceof Error ? e.message : String(e));
    }
  };
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
    } catch {
      // No clipboard permission (e.g. plain http on another host): select the link text instead.
      window.prompt(t('复制链接'), location.href);
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };

  const openCell = (row: GridRow, col: GridColumn) => onChange({ cell: { row: row.id, col: col.id } });
  const openColumn = (col: GridColumn) => onOpenChain(col.id);
  const cellRow = state.cell ? rowsById.get(state.cell.row) : undefined;
  const cellCol = state.cell && model ? model.columns.find((c) => c.id === state.cell!.col) : undefined;

  let main: React.ReactNode;
  const loading = state.mode === 'drill' ? drill : matrix;
  if (state.mode === 'compare') {
    main = (
      <ParksCompare
        rows={allRows.data ?? []}
        a={state.a}
        b={state.b}
        weak={state.weak}
        onChange={onChange}
        onOpenExplore={onOpenExplore}
        onOpenEvidence={onOpenEvidence}
      />
    );
  } else if (loading.error) {
    main = (
      <ErrorState
        error={loading.error}
        narrow={
          state.mode === 'drill'
            ? t('请换一条较小的产业链，或在「探索」中搜索具体园区查看其产业。')
            : t('园区矩阵要汇总全部园区与产业链：请在「产业链」页选择单条产业链查看其园区，或在「探索」中搜索具体园区。')
        }
        onRetry={loading.reload}
      />
    );
  } else if (!view) {
    main = <Loading text={t('正在加载园区矩阵…')} />;
  } else if (view.rows.length === 0 || view.columns.length === 0) {
    main = (
      <Empty title={t('没有符合条件的园区。')}>
        <p className="muted">{t('可以换一个区域、放宽依据或显示弱关系。')}</p>
      </Empty>
    );
  } else {
    main = (
      <MatrixGrid
        view={view}
        label={title}
        corner={state.mode === 'drill' ? t('园区 / 环节') : t('园区 / 产业链')}
        selected={state.cell}
        sortedBy={state.sort}
        parentName={parentName}
        onOpenCell={openCell}
        onOpenRow={(r) => onOpenExplore(r.node)}
        onOpenColumn={openColumn}
        columnAction={t('在产业链中打开')}
      />
    );
  }

  const chainOptions = matrix.data?.chains ?? [];
  return (
    <div className="view parks-view">
      <div className="view-bar parks-bar" role="toolbar" aria-label={t('园区')}>
        <div className="seg-control" role="group" aria-label={t('模式')}>
          {MODES.map(([m, label]) => (
            <button key={m} type="button" aria-pressed={state.mode === m} className={state.mode === m ? 'on' : ''} onClick={() => onChange({ mode: m, cell: null })}>
              {t(label)}
            </button>
          ))}
        </div>
        {state.mode === 'drill' && (
          <label className="bar-select">
            {t('产业链')}
            <select value={drillId ?? ''} onChange={(e) => onChange({ chain: e.target.value || null, cell: null })}>
              {chainOptions.map((c) => (
                <option key={c.industry.id} value={c.industry.id}>
                  {c.industry.name}
                </option>
              ))}
              {drillId && !chainOptions.some((c) => c.industry.id === drillId) && <option value={drillId}>{drill.data?.chain.name ?? drillId}</option>}
            </select>
          </label>
        )}
        {state.mode !== 'compare' && (
          <>
            <label className="bar-select">
              {t('区域')}
              <select value={state.zone ?? ''} onChange={(e) => onChange({ zone: e.target.value || null, cell: null })}>
                <option value="">{t('全部区域')}</option>
                {zones.map((z) => (
                  <option key={z.park.id} value={z.park.id}>
                    {z.park.name}
                  </option>
                ))}
              </select>
            </label>
            {state.mode === 'matrix' && <ChainFilter chains={chainOptions.map((c) => c.industry)} shown={state.chains} onChange={(chains) => onChange({ chains })} />}
            <label className="bar-select">
              {t('依据')}
              <select value={state.basis} onChange={(e) => onChange({ basis: e.target.value as ParksState['basis'] })}>
                <option value="all">{t('全部依据')}</option>
                <option value="stated">{t('明确陈述')}</option>
                <option value="planned">{t('规划')}</option>
              </select>
            </label>
            <label className="bar-select">
              {t('排序')}
              <select value={state.sort} onChange={(e) => onChange({ sort: e.target.value })}>
                <option value="tree">{t('按包含关系')}</option>
                <option value="total">{t('按事实总数')}</option>
                <option value="name">{t('按名称')}</option>
                {(view?.columns ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {t('按「{name}」', { name: c.name })}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        <label className="check">
          <input type="checkbox" checked={state.weak} onChange={(e) => onChange({ weak: e.target.checked })} />
          {t('显示弱关系')}
        </label>
        {state.mode !== 'compare' && (
          <>
            <label className="check" title={t('片区、区域的行包含其下属园区的事实')}>
              <input type="checkbox" checked={state.rollup} onChange={(e) => onChange({ rollup: e.target.checked })} />
              {t('汇总下属园区')}
            </label>
            <label className="check">
              <input type="checkbox" checked={state.empty} onChange={(e) => onChange({ empty: e.target.checked })} />
              {t('显示空行')}
            </label>
          </>
        )}
        <span className="bar-spacer" />
        {state.mode !== 'compare' && (
          <details className="dropdown">
            <summary>{t('导出')}</summary>
            <div className="dropdown-panel menu-list right" role="group" aria-label={t('导出')} onClick={(e) => e.currentTarget.parentElement?.removeAttribute('open')}>
              <button type="button" onClick={exportCsv} disabled={!view}>
                {t('导出 CSV')}
              </button>
              <button type="button" onClick={() => void exportPng()} disabled={!view}>
                {t('导出 PNG')}
              </button>
            </div>
          </details>
        )}
        <button type="button" onClick={() => void copyLink()}>
          {copied ? t('链接已复制') : t('复制链接')}
        </button>
        {exportError && (
          <span className="stats-error" role="alert">
            {exportError}
          </span>
        )}
      </div>
      {state.mode === 'matrix' && (
        <HomeBounds
          data={matrix.data ?? null}
          bounds={bounds}
          search={search}
          onMore={(what) => onChange(what === 'parks' ? { firstParks: Math.min(MAX_PARKS, bounds.parks * 2) } : { maxChains: Math.min(MAX_CHAINS, bounds.chains * 2) })}
          onSearch={(s) => onChange({ parkName: s.park, chainName: s.chain, cell: null })}
        />
      )}
      {state.mode !== 'compare' && <ParksLegend mode={state.mode} truncated={truncationOf(loading.data, MAX_CELLS)} />}
      <main className={'view-main' + (state.cell && state.mode !== 'compare' ? ' with-side wide-side' : '')}>
        <section className="parks-main" aria-label={title}>
          {main}
        </section>
        {state.cell && state.mode !== 'compare' && (
          <CellPanel
            row={cellRow?.park ?? { id: state.cell.row, label: 'Park', name: state.cell.row }}
            col={cellCol ?? null}
            colId={state.cell.col}
            state={state}
            onClose={() => onChange({ cell: null })}
            onOpenExplore={onOpenExplore}
            onOpenChain={onOpenChain}
            onOpenEvidence={onOpenEvidence}
            onDrill={(chain) => onChange({ mode: 'drill', chain, cell: null, sort: 'tree' })}
          />
        )}
      </main>
    </div>
  );
}

/**
 * Says that the home matrix is cut (the top parks × the top chains, of how many) and how to see the
 * rest: 显示更多 doubles a bound, a search narrows rows or columns by name.
 */
function HomeBounds(props: {
  data: ParkMatrixData | null;
  bounds: { parks: number; chains: number };
  search: { park: string; chain: string };
  onMore(what: 'parks' | 'chains'): void;
  onSearch(s: { park: string; chain: string }): void;
}) {
  const { data, bounds, search } = props;
  const [park, setPark] = useState(search.park);
  const [chain, setChain] = useState(search.chain);
  // A search from the URL (a shared link, back/forward) replaces what was typed.
  useEffect(() => setPark(search.park), [search.park]);
  useEffect(() => setChain(search.chain), [search.chain]);
  const rowCount = data?.rowCount ?? data?.rows.length ?? 0;
  const chainCount = data?.chainCount ?? data?.chains.length ?? 0;
  const parksCut = !!data && rowCount > bounds.parks;
  const chainsCut = !!data && chainCount > data.chains.length;
  return (
    <div className="parks-bounds" role="region" aria-label={t('显示范围')} style={{ padding: '4px 12px', display: 'flex', flexDirection: 'column', gap: 4 }}>
      {data && (
        <p className="notice-inline parks-bounds-note" role="status" style={{ margin: 0 }}>
          {parksCut || chainsCut
            ? t('当前仅显示事实最多的前 {n} 个园区（共 {total} 个）× 承载园区最多的前 {m} 条产业链（共 {chains} 条）。可点「显示更多」，或按名称搜索园区、产业链查看其余。', {
                n: Math.min(bounds.parks, rowCount),
                total: rowCount,
                m: data.chains.length,
                chains: chainCount,
              })
            : t('显示全部 {total} 个园区 × {chains} 条产业链。', { total: rowCount, chains: chainCount })}
        </p>
      )}
      <form
        className="parks-search"
        role="search"
        style={{ display: 'flex', gap: 6, flexWrap: 'wrap', alignItems: 'center' }}
        onSubmit={(e) => {
          e.preventDefault();
          props.onSearch({ park: park.trim(), chain: chain.trim() });
        }}
      >
        <input type="search" value={park} maxLength={100} placeholder={t('搜索园区名称')} aria-label={t('搜索园区名称')} onChange={(e) => setPark(e.target.value)} />
        <input type="search" value={chain} maxLength={100} placeholder={t('搜索产业链名称')} aria-label={t('搜索产业链名称')} onChange={(e) => setChain(e.target.value)} />
        <button type="submit">{t('筛选')}</button>
        {(search.park || search.chain) && (
          <button
            type="button"
            className="link-btn"
            onClick={() => {
              setPark('');
              setChain('');
              props.onSearch({ park: '', chain: '' });
            }}
          >
            {t('清除筛选')}
          </button>
        )}
        {parksCut && bounds.parks < MAX_PARKS && (
          <button type="button" onClick={() => props.onMore('parks')}>
            {t('显示更多园区')}
          </button>
        )}
        {chainsCut && bounds.chains < MAX_CHAINS && (
          <button type="button" onClick={() => props.onMore('chains')}>
            {t('显示更多产业链')}
          </button>
        )}
      </form>
    </div>
  );
}

/** What was cut and how to see it, in words (null: nothing beyond the bounds the bounds note tells). */
function truncationText(mode: ParksState['mode'], cut: Truncation): string | null {
  if (cut === 'cells') return t('单元格超过 {n} 个，本表只列出前 {n} 个：请在上方按名称搜索园区或产业链，缩小范围后查看其余。', { n: MAX_CELLS });
  if (cut === 'collected' && mode === 'drill') return t('数据量超过服务器的汇总上限，部分园区的事实未计入本表：请在「探索」中打开具体园区查看其全部事实。');
  if (cut === 'collected') return t('数据量超过服务器的汇总上限（园区 1,000 个、事实 50,000 条等），部分事实未计入本表：请在上方按名称搜索园区或产业链，或在「产业链下钻」中逐条查看。');
  return null;
}

function ParksLegend({ mode, truncated }: { mode: ParksState['mode']; truncated: Truncation }) {
  const cut = truncationText(mode, truncated);
  return (
    <div className="parks-legend" aria-label={t('图例')}>
      <span>
        <LabelIcon label="Industry" size={11} /> {t('承载环节')}
      </span>
      <span>
        <LabelIcon label="Enterprise" size={11} /> {t('园区内企业')}
      </span>
      <span>
        <LabelIcon label="Lab" size={11} /> {t('园区内机构')}
      </span>
      <span>
        <i className="swatch tone-stated i2" /> {t('明确陈述')}
      </span>
      <span>
        <i className="swatch tone-planned i2" /> {t('规划')}
      </span>
      <span>
        <i className="swatch tone-weak i1" /> {t('弱关系（低于阈值，默认隐藏）')}
      </span>
      <span className="muted">{t('颜色越深，事实越多')}</span>
      {mode === 'drill' && (
        <span>
          <span className="missing-badge">{t('缺失')}</span> {t('无园区承载的环节')}
        </span>
      )}
      <span className="muted">{t('单击单元格查看依据；单击园区在探索中打开；单击列名在产业链中打开。')}</span>
      {cut && (
        <span className="notice-inline parks-truncated" role="status">
          {cut}
        </span>
      )}
    </div>
  );
}

function ChainFilter({ chains, shown, onChange }: { chains: NodeRef[]; shown: string[]; onChange(ids: string[]): void }) {
  const set = new Set(shown);
  const all = shown.length === 0;
  const toggle = (id: string) => {
    const cur = all ? chains.map((c) => c.id) : shown;
    const next = cur.includes(id) ? cur.filter((x) => x !== id) : [...cur, id];
    onChange(next.length === chains.length ? [] : next);
  };
  return (
    <details className="dropdown">
      <summary>
        {t('产业链')}
        {!all && <span className="badge">{shown.length}</span>}
      </summary>
      <div className="dropdown-panel chain-filter" role="group" aria-label={t('显示的产业链')}>
        <button type="button" className="link-btn" onClick={() => onChange([])}>
          {t('全部显示')}
        </button>
        {chains.map((c) => (
          <label key={c.id} className="check">
            <input type="checkbox" checked={all || set.has(c.id)} onChange={() => toggle(c.id)} />
            {c.name}
          </label>
        ))}
      </div>
    </details>
  );
}

function CellPanel(props: {
  row: NodeRef;
  col: GridColumn | null;
  colId: string;
  state: ParksState;
  onClose(): void;
  onOpenExplore(n: NodeRef): void;
  onOpenChain(id: string): void;
  onOpenEvidence(ev: EvidenceItem): void;
  onDrill(chain: string): void;
}) {
  const { row, col, colId, state } = props;
  const res = useAsync(`${row.id}|${colId}|${state.rollup}`, (signal) => parkFactList(row.id, colId, { rollup: state.rollup }, signal));
  const facts = res.data?.facts ?? [];
  const visible = facts.filter((f) => factVisible(f, state));
  const hidden = facts.length - visible.length;
  const colName = col?.name ?? res.data?.facts[0]?.segment.name ?? colId;
  return (
    <aside className="side-panel cell-panel" aria-label={t('单元格依据')}>
      <div className="details-bar">
        <h2 className="details-title">
          {row.name} × {colName}
        </h2>
        <button type="button" className="link-btn" onClick={props.onClose} aria-label={t('关闭')}>
          ×
        </button>
      </div>
      <div className="details-body">
        <div className="actions">
          <button type="button" onClick={() => props.onOpenExplore(row)}>
            {t('在探索中打开园区')}
          </button>
          {col && (
            <button type="button" onClick={() => props.onOpenChain(col.id)}>
              {t('在产业链中打开')}
            </button>
          )}
          {col && state.mode === 'matrix' && (
            <button type="button" onClick={() => props.onDrill(col.id)}>
              {t('下钻到环节')}
            </button>
          )}
        </div>
        {res.error ? (
          <ErrorState error={res.error} onRetry={res.reload} />
        ) : res.loading && !res.data ? (
          <Loading text={t('正在加载依据…')} />
        ) : visible.length === 0 ? (
          <p className="muted">{t('该园区与此产业链之间没有符合当前筛选的事实。')}</p>
        ) : (
          <FactList facts={visible} parkId={row.id} onOpenNode={props.onOpenExplore} onOpenEvidence={props.onOpenEvidence} />
        )}
        {hidden > 0 && <p className="muted small">{t('另有 {n} 条事实不符合当前筛选（依据或弱关系）。', { n: hidden })}</p>}
        {res.data && res.data.totalCount > res.data.facts.length && (
          <p className="notice-inline small" role="status">
            {t('共 {total} 条事实，仅列出最强的 {n} 条。', { total: res.data.totalCount, n: res.data.facts.length })}
          </p>
        )}
      </div>
    </aside>
  );
}
