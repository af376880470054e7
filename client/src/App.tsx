// The explorer page: header with search, graph canvas (centre), details (right).
// App owns the canvas state (GraphState) and the selection; views are driven from it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  ApiError,
  initialNeighborhoodArgs,
  neighborhood,
  stats as fetchStats,
  type EdgeDetail,
  type Label,
  type NodeRef,
  type SearchHit,
  type Stats,
} from './api.ts';
import { EMPTY_GRAPH, mergeSubgraph, removeNodes, type GraphState } from './graph/model.ts';
import { GraphView, type GraphViewHandle, type Selection } from './graph/GraphView.tsx';
import type { LayoutName } from './graph/elements.ts';
import { SearchBox, type SearchBoxHandle } from './components/SearchBox.tsx';
import { Legend } from './components/Legend.tsx';
import { DetailsPanel } from './components/DetailsPanel.tsx';

const EXAMPLES = ['科技局', '飞腾', '信创'];
const EXPAND_LIMIT = 200;

interface Failure {
  message: string;
  detail?: string;
}

function toFailure(e: unknown, fallback: string): Failure {
  if (e instanceof ApiError) return { message: e.message, detail: e.detail };
  return { message: fallback, detail: e instanceof Error ? e.message : String(e) };
}

export function App() {
  const [graph, setGraph] = useState<GraphState>(EMPTY_GRAPH);
  const [selected, setSelected] = useState<Selection | null>(null);
  const [history, setHistory] = useState<Selection[]>([]);
  const [layout, setLayout] = useState<LayoutName>('fcose');
  const [anchorId, setAnchorId] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [stats, setStats] = useState<Stats | null>(null);
  const [hiddenLabels, setHiddenLabels] = useState<ReadonlySet<Label>>(new Set());
  const graphRef = useRef<GraphViewHandle>(null);
  const searchRef = useRef<SearchBoxHandle>(null);
  const graphState = useRef(graph);
  graphState.current = graph;

  useEffect(() => {
    const ctrl = new AbortController();
    fetchStats(ctrl.signal)
      .then(setStats)
      .catch((e: unknown) => {
        if (!ctrl.signal.aborted) setFailure(toFailure(e, '无法获取图谱统计'));
      });
    return () => ctrl.abort();
  }, []);

  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  const historyRef = useRef(history);
  historyRef.current = history;

  /** Select something, remembering the previous selection for 返回. */
  const navigate = useCallback((sel: Selection | null) => {
    const cur = selectedRef.current;
    if (!sel) setHistory([]);
    else if (cur && (cur.kind !== sel.kind || cur.id !== sel.id)) setHistory([...historyRef.current.slice(-19), cur]);
    selectedRef.current = sel;
    setSelected(sel);
  }, []);

  const back = useCallback(() => {
    const h = historyRef.current;
    const prev = h[h.length - 1];
    if (!prev) return;
    setHistory(h.slice(0, -1));
    setSelected(prev);
  }, []);

  const load = useCallback(async (label: string, run: () => Promise<void>) => {
    setBusy(label);
    setFailure(null);
    setNotice(null);
    try {
      await run();
    } catch (e) {
      setFailure(toFailure(e, '加载失败'));
    } finally {
      setBusy(null);
    }
  }, []);

  const pick = useCallback(
    (hit: SearchHit) => {
      void load(`正在加载「${hit.name}」的关系…`, async () => {
        const sub = await neighborhood(initialNeighborhoodArgs(hit));
        const self = { id: hit.id, label: hit.label, name: hit.name, aliases: hit.aliases };
        const { graph: next } = mergeSubgraph(graphState.current, { nodes: [self, ...sub.nodes], edges: sub.edges });
        setAnchorId(hit.id);
        setGraph(next);
        navigate({ kind: 'node', id: hit.id });
        if (sub.truncated) setNotice(`「${hit.name}」的相邻节点较多，仅显示前 ${sub.nodes.length} 个。`);
        else if (sub.nodes.length <= 1) setNotice(`「${hit.name}」暂无相连的节点。`);
      });
    },
    [load, navigate],
  );

  const expand = useCallback(
    (id: string) => {
      const name = graphState.current.nodes.get(id)?.name ?? id;
      void load(`正在展开「${name}」…`, async () => {
        const sub = await neighborhood({ ids: [id], depth: 1, limit: EXPAND_LIMIT });
        const { graph: next, addedNodes } = mergeSubgraph(graphState.current, sub);
        setAnchorId(id);
        setGraph(next);
        if (sub.truncated) setNotice(`「${name}」的相邻节点较多，仅显示前 ${EXPAND_LIMIT} 个。`);
        else if (addedNodes === 0) setNotice(`「${name}」没有更多未显示的相邻节点。`);
      });
    },
    [load],
  );

  /** Select an edge from the details list, drawing it (and its ends) if it is not on the canvas. */
  const openEdge = useCallback(
    (e: EdgeDetail) => {
      const ends = [e.source, e.target].map((n) => graphState.current.nodes.get(n.id) ?? { ...n, aliases: [] });
      const { graph: next } = mergeSubgraph(graphState.current, {
        nodes: ends,
        edges: [{ id: e.id, type: e.type, role: e.role, source: e.source.id, target: e.target.id }],
      });
      if (next !== graphState.current) {
        setAnchorId(graphState.current.nodes.has(e.source.id) ? e.source.id : e.target.id);
        setGraph(next);
      }
      navigate({ kind: 'edge', id: e.id });
    },
    [navigate],
  );

  const openNode = useCallback(
    (n: NodeRef) => {
      if (!graphState.current.nodes.has(n.id)) {
        const { graph: next } = mergeSubgraph(graphState.current, { nodes: [{ ...n, aliases: [] }], edges: [] });
        setAnchorId(null);
        setGraph(next);
      }
      navigate({ kind: 'node', id: n.id });
    },
    [navigate],
  );

  const remove = useCallback((id: string) => {
    setGraph((g) => removeNodes(g, [id]));
    setSelected(null);
    setHistory([]);
  }, []);

  const clear = useCallback(() => {
    setGraph(EMPTY_GRAPH);
    setSelected(null);
    setHistory([]);
    setNotice(null);
    setFailure(null);
  }, []);

  const toggleLabel = useCallback((l: Label) => {
    setHiddenLabels((h) => {
      const next = new Set(h);
      if (!next.delete(l)) next.add(l);
      return next;
    });
  }, []);

  const onCanvas = useMemo(() => {
    const m = new Map<string, number>();
    for (const n of graph.nodes.values()) m.set(n.label, (m.get(n.label) ?? 0) + 1);
    return m;
  }, [graph]);

  const empty = graph.nodes.size === 0;

  return (
    <div className="app">
      <header className="topbar">
        <h1 className="brand">
          <span className="brand-mark" aria-hidden="true" />
          产业链知识图谱
        </h1>
        <SearchBox ref={searchRef} onPick={pick} />
        <div className="topbar-stats" aria-label="图谱规模">
          {stats && (
            <>
              <span>
                <b>{stats.documents}</b> 份文件
              </span>
              <span>
                <b>{stats.nodes}</b> 个节点
              </span>
              <span>
                <b>{stats.edges}</b> 条关系
              </span>
            </>
          )}
        </div>
      </header>
      <main className="workspace">
        <section className="canvas-area" aria-label="图谱">
          <div className="toolbar" role="toolbar" aria-label="画布工具">
            <button type="button" onClick={() => graphRef.current?.fit()} disabled={empty} title="缩放以显示全部节点">
              适应画布
            </button>
            <label className="layout-select">
              布局
              <select value={layout} onChange={(e) => setLayout(e.target.value as LayoutName)}>
                <option value="fcose">力导向</option>
                <option value="concentric">同心圆</option>
              </select>
            </label>
            <button type="button" onClick={() => graphRef.current?.relayout()} disabled={empty}>
              重新布局
            </button>
            <button type="button" className="secondary" onClick={clear} disabled={empty}>
              清空画布
            </button>
            <span className="toolbar-count">
              {graph.nodes.size} 个节点 · {graph.edges.size} 条关系
            </span>
          </div>
          <div className="canvas-wrap">
            <GraphView
              ref={graphRef}
              graph={graph}
              selected={selected}
              layout={layout}
              hiddenLabels={hiddenLabels}
              anchorId={anchorId}
              onSelect={navigate}
              onExpand={expand}
            />
            <Legend stats={stats} onCanvas={onCanvas} hidden={hiddenLabels} onToggle={toggleLabel} />
            {empty && !busy && (
              <div className="empty-state">
                <p className="empty-title">输入名称开始探索，例如：科技局、飞腾、信创</p>
                <div className="examples">
                  {EXAMPLES.map((x) => (
                    <button key={x} type="button" onClick={() => searchRef.current?.setQuery(x)}>
                      {x}
                    </button>
                  ))}
                </div>
                <p className="muted">单击节点或关系查看原文依据，双击节点展开相邻节点。</p>
              </div>
            )}
            <div className="overlays">
              {busy && (
                <div className="busy" role="status">
                  <span className="spinner" /> {busy}
                </div>
              )}
              {failure && (
                <div className="error-banner" role="alert">
                  <strong>{failure.message}</strong>
                  {failure.detail && <span className="error-detail">{failure.detail}</span>}
                  <button type="button" className="link-btn" onClick={() => setFailure(null)} aria-label="关闭错误提示">
                    ×
                  </button>
                </div>
              )}
              {notice && !failure && (
                <div className="notice" role="status">
                  {notice}
                  <button type="button" className="link-btn" onClick={() => setNotice(null)} aria-label="关闭提示">
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
        />
      </main>
    </div>
  );
}
