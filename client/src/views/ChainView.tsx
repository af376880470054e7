// 产业链: an industry's segments in chain order, laid out in upstream → downstream lanes by
// computed (preset) positions; each segment box holds its parks, enterprises, labs and measures;
// segments with no enterprise and no park are marked 补链. Everything clicks through to Explore.
import { useEffect, useMemo, useRef, useState } from 'react';
import type cytoscape from 'cytoscape';
import { industries, industryChain, type ChainSegment, type IndustryChain, type NodeRef } from '../api.ts';
import { CHAIN_GEOMETRY, chainInput, layoutChain, memberKey } from '../chainLayout.ts';
import { PresetGraph, type PresetGraphHandle } from '../graph/PresetGraph.tsx';
import { buildStylesheet } from '../graph/style.ts';
import { SearchBox } from '../components/SearchBox.tsx';
import { GapPanel } from '../components/GapPanel.tsx';
import { LabelIcon } from '../components/LabelIcon.tsx';
import { Empty, ErrorState, Loading, useAsync } from '../components/States.tsx';
import { labelZh, levelZh, truncate } from '../labels.ts';
import { download } from '../export.ts';
import { t } from '../i18n.ts';

export interface ChainViewProps {
  id: string | null;
  /** Side panel: the segment list or the 补链招商 panel (gaps and candidates for a park). */
  panel?: 'segments' | 'gaps';
  park?: string | null;
  onPanel?(panel: 'segments' | 'gaps', park: string | null): void;
  onPick(id: string): void;
  onOpenExplore(n: NodeRef): void;
}

const MEMBER_KINDS = ['parks', 'enterprises', 'labs', 'measures'] as const;
const KIND_TITLE: Record<(typeof MEMBER_KINDS)[number], string> = { parks: '园区', enterprises: '企业', labs: '机构', measures: '支持举措' };

export function chainStylesheet(): cytoscape.StylesheetJson {
  return [
    ...buildStylesheet(),
    {
      selector: 'node.segment',
      style: {
        shape: 'round-rectangle',
        width: 'data(w)',
        height: 'data(h)',
        'background-color': '#f7f9fb',
        'border-color': '#9fb3c8',
        'border-width': 1.5,
        label: 'data(display)',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': 56,
        'text-wrap': 'wrap',
        'text-max-width': 'data(tw)',
        'font-size': 21,
        'line-height': 1.2,
        'font-weight': 'bold',
        color: '#102a43',
        'text-outline-width': 0,
        'z-index': 1,
        'min-zoomed-font-size': 0,
      },
    },
    {
      selector: 'node.segment.gap',
      style: { 'border-style': 'dashed', 'border-width': 2.5, 'border-color': '#D55E00', 'background-color': '#fff5ee', color: '#8a3200' },
    },
    {
      selector: 'node.segment:selected',
      style: { 'border-color': '#0072B2', 'border-width': 3, 'overlay-opacity': 0 },
    },
    {
      selector: 'node.lane',
      style: {
        shape: 'round-rectangle',
        width: 'data(w)',
        height: 40,
        'background-color': '#102a43',
        'border-width': 0,
        label: 'data(display)',
        color: '#ffffff',
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-wrap': 'none',
        'text-max-width': 'data(w)',
        'font-size': 22,
        'font-weight': 'bold',
        'text-outline-width': 0,
        events: 'no',
        'min-zoomed-font-size': 0,
      },
    },
    {
      selector: 'node.member',
      style: {
        width: 22,
        height: 22,
        'font-size': 11.5,
        'text-max-width': `${CHAIN_GEOMETRY.cell - 2}px`,
        'text-margin-y': 2,
        'z-index': 5,
        'min-zoomed-font-size': 6,
      },
    },
    {
      selector: 'node.member[label = "Measure"]',
      style: { width: 16, height: 16 },
    },
    {
      selector: 'edge.flow',
      style: {
        width: 3,
        'line-color': '#009E73',
        'target-arrow-color': '#009E73',
        'curve-style': 'bezier',
        label: '',
        'z-index': 0,
      },
    },
  ] as cytoscape.StylesheetJson;
}

/** Cytoscape elements for a chain: lane headers, segment boxes, member nodes, upstream arrows. */
export function chainElements(chain: IndustryChain, view?: { w: number; h: number }): cytoscape.ElementDefinition[] {
  const layout = layoutChain(chainInput(chain.segments), view);
  const els: cytoscape.ElementDefinition[] = [];
  const many = layout.lanes.length > 1;
  layout.lanes.forEach((l, i) => {
    // With a chain template (chains.tsv) a lane is a template stage: 上游 · 基础硬件 …; the last lane holds
    // the graph's segments the template does not place. Without one, lanes are stated chain positions.
    const title = chain.template
      ? stageTitle(chain, l.position)
      : !many
        ? t('上游 → 下游')
        : i === 0
          ? `${t('上游')} · ${t('链上位置 {n}', { n: l.position })}`
          : i === layout.lanes.length - 1
            ? `${t('下游')} · ${t('链上位置 {n}', { n: l.position })}`
            : t('链上位置 {n}', { n: l.position });
    els.push({ group: 'nodes', data: { id: `lane:${l.position}`, w: l.width, display: title }, classes: 'lane', position: { x: l.x + l.width / 2, y: -38 } });
  });
  const byId = new Map(chain.segments.map((s) => [s.industry.id, s]));
  for (const box of layout.segments) {
    const s = byId.get(box.id)!;
    const counts = `${s.enterprises.length} ${t('企业')} · ${s.parks.length} ${t('园区')} · ${s.labs.length} ${t('机构')}`;
    const display = `${truncate(s.industry.name, 11)}\n${s.gap ? `【${t('补链')}】${t('无企业且无园区')}` : counts}`;
    els.push({
      group: 'nodes',
      data: { id: `seg:${box.id}`, ref: box.id, refLabel: 'Industry', name: s.industry.name, display, w: box.w, h: box.h, tw: box.w - 16, clickable: true },
      classes: 'segment' + (s.gap ? ' gap' : ''),
      position: { x: box.x, y: box.y },
    });
  }
  const at = new Map(layout.members.map((m) => [m.id, m]));
  for (const s of chain.segments) {
    for (const kind of MEMBER_KINDS) {
      for (const m of s[kind]) {
        const p = at.get(memberKey(s.industry.id, m.id));
        if (!p) continue; // beyond the drawn maximum: listed in the side panel
        els.push({
          group: 'nodes',
          data: { id: p.id, ref: m.id, refLabel: m.label, label: m.label, name: m.name, display: truncate(m.name, kind === 'measures' ? 6 : 7), clickable: true },
          classes: 'member',
          position: { x: p.x, y: p.y },
        });
      }
    }
  }
  for (const s of chain.segments) {
    for (const d of s.downstream) {
      if (!byId.has(d.id)) continue;
      els.push({ group: 'edges', data: { id: `flow:${s.industry.id}->${d.id}`, source: `seg:${s.industry.id}`, target: `seg:${d.id}` }, classes: 'flow' });
    }
  }
  return els;
}

export function ChainView({ id, panel = 'segments', park = null, onPanel, onPick, onOpenExplore }: ChainViewProps) {
  const list = useAsync('industries', (signal) => industries(signal));
  const chain = useAsync(id, (signal) => industryChain(id!, signal));
  const [selected, setSelected] = useState<string | null>(null);
  const graphRef = useRef<PresetGraphHandle>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const data = chain.data && chain.data.industry.id === id ? chain.data : null;
  // Laid out for the canvas's size (window minus the bars and the side panel).
  const elements = useMemo(() => (data ? chainElements(data, { w: Math.max(600, window.innerWidth - 420), h: Math.max(400, window.innerHeight - 170) }) : []), [data]);
  const style = useMemo(() => chainStylesheet(), []);
  const withSegments = useMemo(
    () => (list.data ?? []).filter((i) => i.segments.length > 0).sort((a, b) => b.segments.length - a.segments.length || a.name.localeCompare(b.name, 'zh')),
    [list.data],
  );

  // The side list is bounded (a hub chain has 100 segments × 4 kinds × 50 members: 10,535 elements once):
  // SEGMENTS_PAGE segments at a time, MEMBERS_SHOWN members per kind until that kind is opened.
  const [shownSegments, setShownSegments] = useState(SEGMENTS_PAGE);
  useEffect(() => setShownSegments(SEGMENTS_PAGE), [id]);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  const focusSegment = (segId: string) => {
    setSelected(`seg:${segId}`);
    const at = data ? data.segments.findIndex((x) => x.industry.id === segId) : -1;
    if (at >= shownSegments) setShownSegments(Math.ceil((at + 1) / SEGMENTS_PAGE) * SEGMENTS_PAGE);
    setPendingFocus(segId);
  };
  useEffect(() => {
    if (!pendingFocus) return;
    const li = listRef.current?.querySelector<HTMLElement>(`[data-segment="${CSS.escape(pendingFocus)}"]`);
    li?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    setPendingFocus(null);
  }, [pendingFocus, shownSegments]);

  let main: React.ReactNode;
  if (!id) {
    main = (
      <Empty title={t('选择一个产业或产业链，查看其环节、企业、园区与缺口。')}>
        <div className="examples">
          {withSegments.slice(0, 4).map((x) => (
            <button key={x.id} type="button" onClick={() => onPick(x.id)}>
              {x.name}
            </button>
          ))}
        </div>
      </Empty>
    );
  } else if (chain.error) {
    main = <ErrorState error={chain.error} hint={t('请确认产业 ID 是否正确，或从上方重新选择产业。')} onRetry={chain.reload} />;
  } else if (!data) {
    main = <Loading text={t('正在加载产业链…')} />;
  } else if (data.segments.length === 0) {
    main = (
      <Empty title={t('该产业没有下属环节。')}>
        <p className="muted">{t('可以换一个产业，或在探索中查看它的关系。')}</p>
        <button type="button" onClick={() => onOpenExplore(data.industry)}>
          {t('在探索中打开')}
        </button>
      </Empty>
    );
  }

  return (
    <div className="view chain-view">
      <div className="view-bar" role="toolbar" aria-label={t('产业链')}>
        <SearchBox
          name={t('选择产业')}
          placeholder={t('搜索产业或产业链，例如：信创')}
          labels={['Industry']}
          initialText={data?.industry.name ?? ''}
          onPick={(h) => onPick(h.id)}
          className="bar-search"
        />
        <label className="bar-select">
          {t('有环节的产业')}
          <select
            value={id && withSegments.some((i) => i.id === id) ? id : ''}
            onChange={(e) => e.target.value && onPick(e.target.value)}
            disabled={!withSegments.length}
          >
            <option value="">{list.loading ? t('正在加载…') : t('请选择')}</option>
            {withSegments.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}（{t('环节 {n} 个', { n: i.segments.length })}）
              </option>
            ))}
          </select>
        </label>
        {data && (
          <>
            <span className="sep" aria-hidden="true" />
            <button type="button" onClick={() => graphRef.current?.fit()}>
              {t('适应画布')}
            </button>
            <button type="button" className="icon" aria-label={t('放大')} onClick={() => graphRef.current?.zoom(1.25)}>
              +
            </button>
            <button type="button" className="icon" aria-label={t('缩小')} onClick={() => graphRef.current?.zoom(0.8)}>
              −
            </button>
            <button type="button" onClick={() => void graphRef.current?.png().then((b) => download(`产业链-${data.industry.name}.png`, b))}>
              {t('导出 PNG')}
            </button>
            <button type="button" onClick={() => onOpenExplore(data.industry)}>
              {t('在探索中打开')}
            </button>
          </>
        )}
        {chain.loading && data && <span className="spinner" role="status" aria-label={t('正在加载产业链…')} />}
      </div>
      <main className="view-main with-side">
        <section className="canvas-area" aria-label={t('产业链图')}>
          {data && data.segments.length > 0 && (
            <header className="chain-head">
              <h2>
                <LabelIcon label="Industry" size={15} /> {data.industry.name}
                {data.industry.level && <span className="label-chip">{levelZh(data.industry.level)}</span>}
              </h2>
              {data.parent && (
                <span className="muted">
                  {/* A framework label (113X产业体系, level system) is not an industry the chain belongs to. */}
                  {'level' in data.parent && data.parent.level === 'system' ? t('所属体系') : t('上级产业')}：
                  <button type="button" className="link-btn" onClick={() => onPick(data.parent!.id)}>
                    {data.parent.name}
                  </button>
                </span>
              )}
              <span className="chain-counts">
                {t('环节 {n} 个', { n: data.segments.length })} · <span className="gap-count">{t('缺口 {n} 个', { n: data.gaps.length })}</span>
              </span>
              <span className="muted small">{t('单击环节查看清单，双击节点在探索中打开。')}</span>
            </header>
          )}
          <div className="canvas-wrap">
            <PresetGraph
              ref={graphRef}
              elements={elements}
              style={style}
              windowKey="chainCy"
              label={data ? t('「{name}」产业链：按链上位置排列的环节', { name: data.industry.name }) : t('产业链图')}
              selected={selected}
              onTap={(el) => {
                if (!el || el.group !== 'nodes') return setSelected(null);
                const d = el.data;
                if (typeof d.id === 'string' && d.id.startsWith('seg:')) focusSegment(String(d.ref));
                else if (typeof d.id === 'string' && d.id.includes('::')) focusSegment(d.id.split('::')[0]!);
              }}
              onDoubleTap={(el) => {
                const d = el.data;
                if (d.ref && d.refLabel) onOpenExplore({ id: String(d.ref), label: d.refLabel as NodeRef['label'], name: String(d.name) });
              }}
            />
            {main && <div className="canvas-overlay">{main}</div>}
            {data && data.segments.length > 0 && <ChainLegend />}
          </div>
        </section>
        <aside className="side-panel" aria-label={panel === 'gaps' ? t('补链招商') : t('环节清单')}>
          <div className="side-title side-tabs">
            <div className="tabs-inline" role="tablist" aria-label={t('侧栏')}>
              <button type="button" role="tab" id="tab-segments" aria-controls="panel-side" aria-selected={panel !== 'gaps'} onClick={() => onPanel?.('segments', park)}>
                {t('环节清单')}
              </button>
              <button type="button" role="tab" id="tab-gaps" aria-controls="panel-side" aria-selected={panel === 'gaps'} onClick={() => onPanel?.('gaps', park)} disabled={!onPanel}>
                {t('补链招商')}
              </button>
            </div>
          </div>
          <div id="panel-side" role="tabpanel" aria-labelledby={panel === 'gaps' ? 'tab-gaps' : 'tab-segments'}>
          {panel === 'gaps' && id ? (
            <GapPanel chainId={id} park={park} onPark={(p) => onPanel?.('gaps', p)} onOpenExplore={onOpenExplore} />
          ) : data ? (
            <>
              <ol className="segment-list" ref={listRef}>
                {data.segments.slice(0, shownSegments).map((s) => (
                  <SegmentItem key={s.industry.id} s={s} chain={data} active={selected === `seg:${s.industry.id}`} onOpenExplore={onOpenExplore} onFocus={() => focusSegment(s.industry.id)} />
                ))}
              </ol>
              {data.segments.length > shownSegments && (
                <p className="list-cut muted pad">
                  {t('已显示 {n} / {total} 个环节。', { n: shownSegments, total: data.segments.length })}
                  <button type="button" className="more-btn" onClick={() => setShownSegments((n) => n + SEGMENTS_PAGE)}>
                    {t('显示更多')}
                  </button>
                </p>
              )}
            </>
          ) : (
            <p className="muted pad">{id ? (chain.error ? '' : t('正在加载产业链…')) : t('选择产业后，这里按链序列出各环节。')}</p>
          )}
          </div>
        </aside>
      </main>
    </div>
  );
}

function ChainLegend() {
  return (
    <div className="legend chain-legend" aria-label={t('图例')}>
      <ul>
        {(['Park', 'Enterprise', 'Lab', 'Measure'] as const).map((l) => (
          <li key={l}>
            <LabelIcon label={l} size={14} /> {t(labelZh(l))}
          </li>
        ))}
      </ul>
      <div className="legend-edges">
        <span>
          <i className="gap-swatch" />
          {t('补链')}：{t('无企业且无园区')}
        </span>
        <span>
          <i className="line flow-line" />
          {t('上游 → 下游')}
        </span>
      </div>
    </div>
  );
}

/** A lane's title under a chain template: its stage (上游 · 基础硬件), or the lane of unplaced segments. */
function stageTitle(chain: Pick<IndustryChain, 'stages'>, position: number): string {
  const stage = chain.stages[position];
  if (!stage) return t('模板未归入的环节');
  // the cross-cutting pseudo-stage is named after its position (横向环节): say it once
  return stage.name.startsWith(stage.position) ? stage.name : `${t(stage.position)} · ${stage.name}`;
}

/** Segments listed at first (and added per 显示更多), and members shown per kind before 「另 N 个」. */
const SEGMENTS_PAGE = 50;
const MEMBERS_SHOWN = 8;

function SegmentItem({ s, chain, active, onOpenExplore, onFocus }: { s: ChainSegment; chain: IndustryChain; active: boolean; onOpenExplore(n: NodeRef): void; onFocus(): void }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  return (
    <li className={'segment-item' + (s.gap ? ' gap' : '') + (active ? ' active' : '')} data-segment={s.industry.id} data-gap={s.gap ? 'true' : 'false'}>
      <div className="segment-head">
        <button type="button" className="link-btn segment-name" onClick={() => onOpenExplore(s.industry)} title={t('在探索中打开')}>
          {s.industry.name}
        </button>
        {s.gap && <span className="gap-badge">{t('补链')}</span>}
        <button type="button" className="link-btn small" onClick={onFocus} aria-label={t('在图中定位「{name}」', { name: s.industry.name })}>
          {t('定位')}
        </button>
      </div>
      <div className="segment-meta muted small">
        {chain.template ? stageTitle(chain, s.position) : t('链上位置 {n}', { n: s.position })}
        {s.upstream.length > 0 && ` · ${t('上游')}：${s.upstream.map((u) => u.name).join('、')}`}
        {s.downstream.length > 0 && ` · ${t('下游')}：${s.downstream.map((u) => u.name).join('、')}`}
      </div>
      {s.gap && <p className="gap-note small">{t('该环节尚无企业和园区，是补链招商的方向。')}</p>}
      {MEMBER_KINDS.map((k) =>
        s[k].length ? (
          <div key={k} className="segment-members">
            <span className="member-kind">{t(KIND_TITLE[k])}</span>
            {(open.has(k) ? s[k] : s[k].slice(0, MEMBERS_SHOWN)).map((m) => (
              <button key={m.id} type="button" className="chip" onClick={() => onOpenExplore(m)} title={m.name}>
                <LabelIcon label={m.label} size={11} />
                {truncate(m.name, 22)}
              </button>
            ))}
            {!open.has(k) && s[k].length > MEMBERS_SHOWN && (
              <button type="button" className="link-btn small more-members" onClick={() => setOpen(new Set([...open, k]))}>
                {t('另 {n} 个…', { n: s[k].length - MEMBERS_SHOWN })}
              </button>
            )}
          </div>
        ) : null,
      )}
    </li>
  );
}
