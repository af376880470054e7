// 探索: the canvas with search results and expansions, filters, layouts, undo/redo, exports,
// context menu and the details panel. Its state (seeds, expansions, selection, layout, filters)
// is mirrored into the URL by App so the view can be shared and restored.
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import {
  ApiError,
  LABELS,
  REL_TYPES,
  initialNeighborhoodArgs,
  neighborhood,
  nodesById,
  type EdgeDetail,
  type EvidenceItem,
  type Label,
  type NodeRef,
  type RelType,
  type SearchHit,
  type Stats,
} from '../api.ts';
import { EMPTY_GRAPH, mergeSubgraph, removeEdges, removeNodes, type GraphState } from '../graph/model.ts';
import type { Curated } from '../review/FactCuration.tsx';
import { GraphView, type GraphViewHandle, type RendererChoice, type Selection } from '../graph/GraphView.tsx';
import type { ExploreState, LayoutName } from '../route.ts';
import { SearchBox, type SearchBoxHandle } from '../components/SearchBox.tsx';
import { Legend } from '../components/Legend.tsx';
import { DetailsPanel } from '../components/DetailsPanel.tsx';
import { undo, undoInit, undoPush, redo, type UndoStack } from '../undo.ts';
import { download, graphToCsv, graphToGraphML, graphToJson, graphToSvg } from '../export.ts';
import { edgeLabel, relZh } from '../labels.ts';
import { t } from '../i18n.ts';
import { errorCode, errorHint, errorTitle, serverDetail } from '../components/States.tsx';

const EXAMPLES = ['科技局', '飞腾', '信创'];
/** How to ask the canvas for less, after a TIMEOUT or an answer too large. */
const EXPLORE_NARROW = () => t('请在「关系类型」或图例中隐藏部分关系或节点类型，或从一个关系较少的节点开始，再展开需要的部分。');
export const EXPAND_LIMIT = 50;

interface Failure {
  message: string;
  detail?: string;
  /** The server's code (TIMEOUT, BUSY…): the banner then says what happened and what to do. */
  error?: unknown;
  /** Runs the failed request again. */
  retry?: () => void;
}

interface Notice {
  text: string;
  /** 「显示更多」 for a truncated expansion. */
  moreFor?: string;
}

interface Canvas {
  graph: GraphState;
  seeds: string[];
  exp: string[];
}

const EMPTY_CANVAS: Canvas = { graph: EMPTY_GRAPH, seeds: [], exp: [] };

function toFailure(e: unknown, fallback: string): Failure {
  if (e instanceof ApiError) return { message: e.message, detail: e.detail, error: e };
  return { message: fallback, detail: e instanceof Error ? e.message : String(e) };
}

export interface ExploreHandle {
  /** Draw a node with its neighbourhood (from another view) and select it. */
  open(node: NodeRef): void;
  focusSearch(): void;
  /** Replace the canvas with a shared state (URL restore). */
  restore(s: ExploreState): Promise<void>;
  key(e: KeyboardEvent): boolean;
}

export interface ExploreViewProps {
  active: boolean;
  stats: Stats | null;
  onState(s: ExploreState): void;
  onOpenEvidence(ev: EvidenceItem): void;
  onGoChain(id: string): void;
  onGoRelated(id: string): void;
  onGoPath(end: 'from' | 'to', id: string): void;
  ref?: Ref<ExploreHandle>;
}

export function ExploreView({ active, stats, onState, onOpenEvidence, onGoChain, onGoRelated, onGoPath, ref }: ExploreViewProps) {
  const [stack, setStack] = useState<UndoStack<Canvas>>(() => undoInit(EMPTY_CANVAS));
  const canvas = stack.present;
  const graph = canvas.graph;
  const [selected, setSelected] = useState<Selection | null>(null);
  const [history, setHistory] = useState<Selection[]>([]);
  const [layout, setLayout] = useState<LayoutName>('fcose');
  const [anchorId, setAnchorId] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [hiddenLabels, setHiddenLabels] = useState<ReadonlySet<Label>>(new Set());
  const [hiddenTypes, setHiddenTypes] = useState<ReadonlySet<RelType>>(new Set());
  // weak facts (below the confidence threshold: only encouraged or listed) are hidden unless asked for
  const [showWeak, setShowWeak] = useState(false);
  const [menu, setMenu] = useState<{ id: string; x: number; y: number } | null>(null);
  const graphRef = useRef<GraphViewHandle>(null);
  const searchRef = useRef<SearchBoxHandle>(null);
  const stackRef = useRef(stack);
  stackRef.current = stack;
  const limits = useRef(new Map<string, number>());
  // ?renderer=webgl|canvas forces a renderer (benchmarks, comparisons); the default picks by size.
  const renderer = useMemo<RendererChoice>(() => {
    const r = new URLSearchParams(location.search).get('renderer');
    return r === 'webgl' || r === 'canvas' ? r : 'auto';
  }, []);

  // Report state for the URL.
  useEffect(() => {
    onState({ seeds: canvas.seeds, exp: canvas.exp, sel: selected, layout, hide: [...hiddenLabels], hideTypes: [...hiddenTypes], weak: showWeak });
  }, [canvas, selected, layout, hiddenLabels, hiddenTypes, showWeak, onState]);

  const commit = useCallback((next: Canvas) => {
    setStack((s) => undoPush(s, next));
  }, []);

  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  const historyRef = useRef(history);
  historyRef.current = history;

  const navigate = useCallback((sel: Selection | null) => {
    const cur = selectedRef.current;
    if (!sel) setHistory([]);
    else if (cur && (cur.kind !== sel.kind || cur.id !== sel.id)) setHistory([...historyRef.current.slice(-19), cur]);
    selectedRef.current = sel;
    setSelected(sel);
    setMenu(null);
  }, []);

  const back = useCallback(() => {
    const h = historyRef.current;
    const prev = h[h.length - 1];
    if (!prev) return;
    setHistory(h.slice(0, -1));
    setSelected(prev);
  }, []);

  const load = useCallback(async (label: string, run: () => Promise<void>): Promise<void> => {
    setBusy(label);
    setFailure(null);
    setNotice(null);
    try {
      await run();
    } catch (e) {
      setFailure({ ...toFailure(e, t('加载失败')), retry: () => void load(label, run) });
    } finally {
      setBusy(null);
    }
  }, []);

  const filterArgs = useCallback(() => {
    const labels = LABELS.filter((l) => !hiddenLabels.has(l));
    const types = REL_TYPES.filter((x) => !hiddenTypes.has(x));
    return {
      ...(labels.length < LABELS.length ? { labels } : {}),
      ...(types.length < REL_TYPES.length ? { types } : {}),
    };
  }, [hiddenLabels, hiddenTypes]);

  const pick = useCallback(
    (hit: NodeRef & { aliases?: string[] }) => {
      void load(t('正在加载「{name}」的关系…', { name: hit.name }), async () => {
        const sub = await neighborhood(initialNeighborhoodArgs(hit));
        const self = { id: hit.id, label: hit.label, name: hit.name, aliases: hit.aliases ?? [] };
        const cur = stackRef.current.present;
        const { graph: next } = mergeSubgraph(cur.graph, { nodes: [self, ...sub.nodes], edges: sub.edges });
        setAnchorId(hit.id);
        commit({ graph: next, seeds: cur.seeds.includes(hit.id) ? cur.seeds : [...cur.seeds, hit.id], exp: cur.exp });
        navigate({ kind: 'node', id: hit.id });
        if (sub.truncated) setNotice({ text: t('「{name}」的相邻节点较多，仅显示前 {n} 个。', { name: hit.name, n: sub.nodes.length }) });
        else if (sub.nodes.length <= 1) setNotice({ text: t('「{name}」暂无相连的节点。', { name: hit.name }) });
      });
    },
    [load, navigate, commit],
  );

  const expand = useCallback(
    (id: string, more = false) => {
      setMenu(null);
      const cur0 = stackRef.current.present;
      const name = cur0.graph.nodes.get(id)?.name ?? id;
      const limit = more ? (limits.current.get(id) ?? EXPAND_LIMIT) * 2 : (limits.current.get(id) ?? EXPAND_LIMIT);
      limits.current.set(id, limit);
      void load(t('正在展开「{name}」…', { name }), async () => {
        const sub = await neighborhood({ ids: [id], depth: 1, limit, ...filterArgs() });
        const cur = stackRef.current.present;
        const { graph: next, addedNodes } = mergeSubgraph(cur.graph, sub);
        setAnchorId(id);
        commit({ graph: next, seeds: cur.seeds, exp: cur.exp.includes(id) ? cur.exp : [...cur.exp, id] });
        if (sub.truncated) setNotice({ text: t('「{name}」的相邻节点较多，仅显示前 {n} 个。', { name, n: limit }), moreFor: id });
        else if (addedNodes === 0) setNotice({ text: t('「{name}」没有更多未显示的相邻节点。', { name }) });
      });
    },
    [load, commit, filterArgs],
  );

  /** Select an edge from the details list, drawing it (and its ends) if it is not on the canvas. */
  const openEdge = useCallback(
    (e: EdgeDetail) => {
      const cur = stackRef.current.present;
      const ends = [e.source, e.target].map((n) => cur.graph.nodes.get(n.id) ?? { ...n, aliases: [] });
      const { graph: next } = mergeSubgraph(cur.graph, {
        nodes: ends,
        edges: [{ id: e.id, type: e.type, role: e.role, source: e.source.id, target: e.target.id }],
      });
      if (next !== cur.graph) {
        setAnchorId(cur.graph.nodes.has(e.source.id) ? e.source.id : e.target.id);
        const seeds = [...cur.seeds];
        for (const n of [e.source, e.target]) if (!cur.graph.nodes.has(n.id) && !seeds.includes(n.id)) seeds.push(n.id);
        commit({ graph: next, seeds, exp: cur.exp });
      }
      navigate({ kind: 'edge', id: e.id });
    },
    [navigate, commit],
  );

  const openNode = useCallback(
    (n: NodeRef) => {
      const cur = stackRef.current.present;
      if (!cur.graph.nodes.has(n.id)) {
        const { graph: next } = mergeSubgraph(cur.graph, { nodes: [{ ...n, aliases: [] }], edges: [] });
        setAnchorId(null);
        commit({ graph: next, seeds: [...cur.seeds, n.id], exp: cur.exp });
      }
      navigate({ kind: 'node', id: n.id });
    },
    [navigate, commit],
  );

  const remove = useCallback(
    (id: string) => {
      const cur = stackRef.current.present;
      commit({ graph: removeNodes(cur.graph, [id]), seeds: cur.seeds.filter((x) => x !== id), exp: cur.exp.filter((x) => x !== id) });
      setSelected(null);
      setHistory([]);
      setMenu(null);
    },
    [commit],
  );

  /** A change made in 详情: what it hid leaves the canvas; a merged-away node gives way to the kept one. */
  const curated = useCallback(
    (c: Curated) => {
      const cur = stackRef.current.present;
      let graph = cur.graph;
      if (c.kind === 'edge' && (c.op === 'reject' || (c.op === 'edit' && c.outcome.edge && c.outcome.edge.id !== c.id))) graph = removeEdges(graph, [c.id]);
      if (c.kind === 'node' && (c.op === 'reject' || c.op === 'merge')) graph = removeNodes(graph, [c.id]);
      if (c.op === 'edit' && c.outcome.edge && c.outcome.edge.id !== c.id) {
        const e = c.outcome.edge;
        graph = mergeSubgraph(graph, { nodes: [{ ...e.source }, { ...e.target }], edges: [{ id: e.id, type: e.type, role: e.role, source: e.source.id, target: e.target.id }] }).graph;
      }
      if (c.op === 'merge' && c.outcome.node) graph = mergeSubgraph(graph, { nodes: [c.outcome.node], edges: [] }).graph;
      if (graph !== cur.graph) commit({ graph, seeds: cur.seeds.filter((x) => graph.nodes.has(x)), exp: cur.exp.filter((x) => graph.nodes.has(x)) });
    },
    [commit],
  );

  const clear = useCallback(() => {
    commit(EMPTY_CANVAS);
    setSelected(null);
    setHistory([]);
    setNotice(null);
    setFailure(null);
  }, [commit]);

  const doUndo = useCallback(() => setStack((s) => undo(s)), []);
  const doRedo = useCallback(() => setStack((s) => redo(s)), []);

  const toggleLabel = useCallback((l: Label) => {
    setHiddenLabels((h) => {
      const next = new Set(h);
      if (!next.delete(l)) next.add(l);
      return next;
    });
  }, []);

  const toggleType = useCallback((x: RelType) => {
    setHiddenTypes((h) => {
      const next = new Set(h);
      if (!next.delete(x)) next.add(x);
      return next;
    });
  }, []);

  const restore = useCallback(async (s: ExploreState) => {
    setLayout(s.layout);
    setHiddenLabels(new Set(s.hide));
    setHiddenTypes(new Set(s.hideTypes));
    setShowWeak(s.weak);
    if (!s.seeds.length && !s.exp.length) {
      setStack(undoInit(EMPTY_CANVAS));
      setSelected(s.sel);
      return;
    }
    await load(t('正在恢复视图…'), async () => {
      let g: GraphState = EMPTY_GRAPH;
      // Labels decide each seed's first neighbourhood: ask the server (ids are opaque).
      const found = new Map((await nodesById(s.seeds.slice(0, 100))).map((n) => [n.id, n]));
      for (const id of s.seeds) {
        const node = found.get(id);
        if (!node) continue;
        const sub = await neighborhood(initialNeighborhoodArgs(node));
        g = mergeSubgraph(g, sub).graph;
      }
      for (const id of s.exp) {
        const sub = await neighborhood({ ids: [id], depth: 1, limit: EXPAND_LIMIT });
        g = mergeSubgraph(g, sub).graph;
      }
      setAnchorId(null);
      setStack(undoInit({ graph: g, seeds: s.seeds, exp: s.exp }));
      setSelected(s.sel);
    });
  }, [load]);

  // What the canvas draws: without weak facts unless 显示弱关系 is on (the loaded graph keeps them).
  const shown = useMemo<GraphState>(() => {
    if (showWeak) return graph;
    let weak = 0;
    for (const e of graph.edges.values()) if (e.weak) weak++;
    if (weak === 0) return graph;
    return { ...graph, edges: new Map([...graph.edges].filter(([, e]) => !e.weak)) };
  }, [graph, showWeak]);
  const weakCount = graph.edges.size - shown.edges.size;

  const visibleGraph = useCallback(() => {
    const nodes = [...shown.nodes.values()].filter((n) => !hiddenLabels.has(n.label));
    const ids = new Set(nodes.map((n) => n.id));
    const edges = [...shown.edges.values()].filter((e) => !hiddenTypes.has(e.type) && ids.has(e.source) && ids.has(e.target));
    return { nodes, edges };
  }, [shown, hiddenLabels, hiddenTypes]);

  const exportAs = useCallback(
    async (kind: 'png' | 'svg' | 'json' | 'csv' | 'graphml') => {
      const stamp = new Date().toISOString().slice(0, 10);
      const base = `产业链图谱-${stamp}`;
      try {
        if (kind === 'png') download(`${base}.png`, await graphRef.current!.png());
        else if (kind === 'svg') {
          const v = visibleGraph();
          const svg = graphToSvg(graphRef.current!.positions(), v.edges.map((e) => ({ source: e.source, target: e.target, label: edgeLabel(e) })));
          download(`${base}.svg`, svg, 'image/svg+xml;charset=utf-8');
        } else if (kind === 'json') download(`${base}.json`, graphToJson(visibleGraph(), { exportedAt: new Date().toISOString(), url: location.href }), 'application/json');
        else if (kind === 'csv') download(`${base}.csv`, graphToCsv(visibleGraph()), 'text/csv;charset=utf-8');
        else download(`${base}.graphml`, graphToGraphML(visibleGraph()), 'application/xml;charset=utf-8');
      } catch (e) {
        setFailure(toFailure(e, t('导出') + ' ✗'));
      }
    },
    [visibleGraph],
  );

  const moveSelection = useCallback((dir: 1 | -1) => {
    const ids = graphRef.current?.visibleNodeIds() ?? [];
    if (!ids.length) return;
    const cur = selectedRef.current?.kind === 'node' ? ids.indexOf(selectedRef.current.id) : -1;
    const next = ids[(cur + dir + ids.length) % ids.length]!;
    navigate({ kind: 'node', id: next });
  }, [navigate]);

  const openMenuForSelected = useCallback(() => {
    const s = selectedRef.current;
    if (s?.kind !== 'node' || !window.cy) return;
    const p = window.cy.getElementById(s.id).renderedPosition();
    setMenu({ id: s.id, x: p.x, y: p.y });
  }, []);

  /** Explore-only shortcuts; returns true when the key was handled. */
  const key = useCallback(
    (e: KeyboardEvent): boolean => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'z') {
        if (e.shiftKey) doRedo();
        else doUndo();
        return true;
      }
      if (mod && e.key.toLowerCase() === 'y') {
        doRedo();
        return true;
      }
      if (mod || e.altKey) return false;
      const sel = selectedRef.current;
      switch (e.key) {
        case 'f':
          graphRef.current?.fit();
          return true;
        case 'l':
          graphRef.current?.relayout();
          return true;
        case '+':
        case '=':
          graphRef.current?.zoom(1.25);
          return true;
        case '-':
          graphRef.current?.zoom(0.8);
          return true;
        case 'e':
          if (sel?.kind === 'node') expand(sel.id);
          return true;
        case 'Delete':
        case 'Backspace':
          if (sel?.kind === 'node') remove(sel.id);
          return true;
        case ']':
          moveSelection(1);
          return true;
        case '[':
          moveSelection(-1);
          return true;
        case 'ContextMenu':
          openMenuForSelected();
          return true;
        default:
          if (e.key === 'F10' && e.shiftKey) {
            openMenuForSelected();
            return true;
          }
          return false;
      }
    },
    [doUndo, doRedo, expand, remove, moveSelection, openMenuForSelected],
  );

  useImperativeHandle(ref, () => ({ open: pick, focusSearch: () => searchRef.current?.focus(), restore, key }), [pick, restore, key]);

  // Debug hook for the UI benchmark: draw a synthetic graph of n nodes / m edges.
  useEffect(() => {
    const w = window as unknown as { __kgDebug?: Record<string, unknown> };
    w.__kgDebug = {
      ...(w.__kgDebug ?? {}),
      loadSynthetic: (nodes: number, edges?: number) => {
        const m = edges ?? Math.round(nodes * 2.5);
        const nl = Array.from({ length: nodes }, (_, i) => ({ id: `syn:${i}`, label: LABELS[i % LABELS.length]!, name: `节点${i}`, aliases: [] }));
        let seed = 42;
        const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
        const el = Array.from({ length: m }, (_, i) => {
          // Mostly local links (i → i+k) plus some long ones: a realistic clustered graph.
          const s = i % nodes;
          const tgt = rnd() < 0.8 ? (s + 1 + Math.floor(rnd() * 8)) % nodes : Math.floor(rnd() * nodes);
          return { id: `syn-e:${i}`, type: REL_TYPES[i % REL_TYPES.length]!, role: null, source: `syn:${s}`, target: `syn:${tgt}` };
        });
        setSelected(null);
        setStack(undoInit({ graph: mergeSubgraph(EMPTY_GRAPH, { nodes: nl, edges: el }).graph, seeds: [], exp: [] }));
      },
      lastLayout: () => graphRef.current?.lastTiming() ?? null,
      renderer: () => graphRef.current?.renderer() ?? null,
      setLayout: (l: LayoutName) => setLayout(l),
    };
  }, []);

  const onCanvas = useMemo(() => {
    const m = new Map<string, number>();
    for (const n of graph.nodes.values()) m.set(n.label, (m.get(n.label) ?? 0) + 1);
    return m;
  }, [graph]);

  const empty = graph.nodes.size === 0;
  const menuNode = menu ? graph.nodes.get(menu.id) : undefined;

  return (
    <div className="view explore-view" hidden={!active}>
      <main className="workspace">
        <section className="canvas-area" aria-label={t('探索')}>
          <div className="toolbar" role="toolbar" aria-label={t('画布工具')}>
            <SearchBox ref={searchRef} onPick={(h: SearchHit) => pick(h)} className="toolbar-search" />
            <button type="button" className="icon" onClick={doUndo} disabled={!stack.past.length} aria-label={t('撤销')} title={t('撤销') + ' (Ctrl+Z)'}>
              <ArrowIcon flip={false} />
            </button>
            <button type="button" className="icon" onClick={doRedo} disabled={!stack.future.length} aria-label={t('重做')} title={t('重做') + ' (Ctrl+Shift+Z)'}>
              <ArrowIcon flip />
            </button>
            <span className="sep" aria-hidden="true" />
            <button type="button" onClick={() => graphRef.current?.fit()} disabled={empty} title={t('适应画布') + ' (f)'}>
              {t('适应画布')}
            </button>
            <button type="button" className="icon" onClick={() => graphRef.current?.zoom(1.25)} disabled={empty} aria-label={t('放大')} title={t('放大') + ' (+)'}>
              +
            </button>
            <button type="button" className="icon" onClick={() => graphRef.current?.zoom(0.8)} disabled={empty} aria-label={t('缩小')} title={t('缩小') + ' (-)'}>
              −
            </button>
            <label className="layout-select">
              {t('布局')}
              <select value={layout} onChange={(e) => setLayout(e.target.value as LayoutName)}>
                <option value="fcose">{t('力导向')}</option>
                <option value="dagre">{t('层次')}</option>
                <option value="concentric">{t('同心圆')}</option>
              </select>
            </label>
            <button type="button" onClick={() => graphRef.current?.relayout()} disabled={empty} title={t('重新布局') + ' (l)'}>
              {t('重新布局')}
            </button>
            <details className="dropdown">
              <summary>
                {t('关系类型')}
                {hiddenTypes.size > 0 && <span className="badge">−{hiddenTypes.size}</span>}
              </summary>
              <div className="dropdown-panel" role="group" aria-label={t('关系类型')}>
                {REL_TYPES.map((x) => (
                  <label key={x} className="check">
                    <input type="checkbox" checked={!hiddenTypes.has(x)} onChange={() => toggleType(x)} />
                    {t(relZh(x))} <code>{x}</code>
                  </label>
                ))}
              </div>
            </details>
            <label className="check" title={t('置信度低于 0.5：仅鼓励或并列提及')}>
              <input type="checkbox" checked={showWeak} onChange={(e) => setShowWeak(e.target.checked)} />
              {t('显示弱关系')}
              {!showWeak && weakCount > 0 && <span className="badge">{weakCount}</span>}
            </label>
            <details className="dropdown">
              <summary>{t('导出')}</summary>
              <div className="dropdown-panel menu-list" role="group" aria-label={t('导出')}>
                <button type="button" disabled={empty} onClick={() => void exportAs('png')}>{t('导出 PNG')}</button>
                <button type="button" disabled={empty} onClick={() => void exportAs('svg')}>{t('导出 SVG')}</button>
                <button type="button" disabled={empty} onClick={() => void exportAs('json')}>{t('导出 JSON')}</button>
                <button type="button" disabled={empty} onClick={() => void exportAs('csv')}>{t('导出 CSV')}</button>
                <button type="button" disabled={empty} onClick={() => void exportAs('graphml')}>{t('导出 GraphML')}</button>
              </div>
            </details>
            <button type="button" className="secondary" onClick={clear} disabled={empty}>
              {t('清空画布')}
            </button>
          </div>
          <div className="canvas-wrap">
            <span className="canvas-count" aria-live="polite">{t('{n} 个节点 · {m} 条关系', { n: graph.nodes.size, m: graph.edges.size })}</span>
            <GraphView
              ref={graphRef}
              graph={shown}
              selected={selected}
              layout={layout}
              hiddenLabels={hiddenLabels}
              hiddenTypes={hiddenTypes}
              anchorId={anchorId}
              renderer={renderer}
              onSelect={navigate}
              onExpand={expand}
              onContextMenu={(id, at) => setMenu({ id, x: at.x, y: at.y })}
            />
            <p id="canvas-help" className="sr-only">
              {t('单击节点或关系查看原文依据，双击节点展开相邻节点，右键打开菜单。')}
            </p>
            <Legend stats={stats} onCanvas={onCanvas} hidden={hiddenLabels} onToggle={toggleLabel} />
            {menu && menuNode && (
              <NodeMenu
                x={menu.x}
                y={menu.y}
                node={menuNode}
                onClose={() => setMenu(null)}
                onExpand={() => expand(menu.id)}
                onMore={() => expand(menu.id, true)}
                onRemove={() => remove(menu.id)}
                onChain={() => onGoChain(menu.id)}
                onRelated={() => onGoRelated(menu.id)}
                onPath={(end) => onGoPath(end, menu.id)}
              />
            )}
            {empty && !busy && (
              <div className="empty-state">
                <p className="empty-title">{t('输入名称开始探索，例如：科技局、飞腾、信创')}</p>
                <div className="examples">
                  {EXAMPLES.map((x) => (
                    <button key={x} type="button" onClick={() => searchRef.current?.setQuery(x)}>
                      {x}
                    </button>
                  ))}
                </div>
                <p className="muted">{t('单击节点或关系查看原文依据，双击节点展开相邻节点，右键打开菜单。')}</p>
              </div>
            )}
            <div className="overlays">
              {busy && (
                <div className="busy" role="status">
                  <span className="spinner" /> {busy}
                </div>
              )}
              {failure && (
                <div className="error-banner" role="alert" data-code={errorCode(failure.error)}>
                  <div className="error-banner-text">
                    <strong>{failure.error ? errorTitle(failure.error) : failure.message}</strong>
                    {failure.error && errorCode(failure.error) ? (
                      <span className="state-hint">{errorHint(failure.error, undefined, EXPLORE_NARROW())}</span>
                    ) : (
                      failure.detail && <span className="error-detail">{serverDetail(failure.detail)}</span>
                    )}
                  </div>
                  {failure.retry && (
                    <button type="button" onClick={failure.retry}>
                      {t('重试')}
                    </button>
                  )}
                  <button type="button" className="link-btn" onClick={() => setFailure(null)} aria-label={t('关闭错误提示')}>
                    ×
                  </button>
                </div>
              )}
              {notice && !failure && (
                <div className="notice" role="status">
                  {notice.text}
                  {notice.moreFor && (
                    <button type="button" className="more-btn" onClick={() => expand(notice.moreFor!, true)}>
                      {t('显示更多')}
                    </button>
                  )}
                  <button type="button" className="link-btn" onClick={() => setNotice(null)} aria-label={t('关闭提示')}>
                    ×
                  </button>
                </div>
              )}
            </div>
          </div>
        </section>
        <DetailsPanel
          selected={selected}
          canGoBack={history.length > 0}
          onBack={back}
          onOpenEdge={openEdge}
          onOpenNode={openNode}
          onExpand={expand}
          onRemove={remove}
          onOpenEvidence={onOpenEvidence}
          onGoChain={onGoChain}
          onGoRelated={onGoRelated}
          onCurated={curated}
        />
      </main>
    </div>
  );
}

function NodeMenu(props: {
  x: number;
  y: number;
  node: NodeRef;
  onClose(): void;
  onExpand(): void;
  onMore(): void;
  onRemove(): void;
  onChain(): void;
  onRelated(): void;
  onPath(end: 'from' | 'to'): void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, []);
  const items: [string, () => void][] = [
    [t('展开相邻节点'), props.onExpand],
    [t('显示更多'), props.onMore],
  ];
  if (props.node.label === 'Industry') items.push([t('在产业链中查看'), props.onChain]);
  if (props.node.label === 'Enterprise') items.push([t('查看相关企业'), props.onRelated]);
  items.push([t('设为路径起点'), () => props.onPath('from')], [t('设为路径终点'), () => props.onPath('to')], [t('从画布移除'), props.onRemove]);
  const onKey = (e: React.KeyboardEvent) => {
    const btns = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const i = btns.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      props.onClose();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      btns[(i + 1) % btns.length]?.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      btns[(i - 1 + btns.length) % btns.length]?.focus();
    }
  };
  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={`${t('节点菜单')}：${props.node.name}`}
      style={{ left: props.x + 8, top: props.y + 8 }}
      onKeyDown={onKey}
    >
      <div className="context-title" aria-hidden="true">{props.node.name}</div>
      {items.map(([label, fn]) => (
        <button key={label} type="button" role="menuitem" onClick={() => { fn(); props.onClose(); }}>
          {label}
        </button>
      ))}
    </div>
  );
}

/** A curved undo arrow (mirrored for redo), drawn inline so no icon font is needed. */
function ArrowIcon({ flip }: { flip: boolean }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" style={flip ? { transform: 'scaleX(-1)' } : undefined}>
      <path d="M5.5 3 2 6.5 5.5 10M2.5 6.5h7a4 4 0 0 1 0 8H7" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
