// Controller component owning one Cytoscape instance. React renders only the container;
// everything inside is imperative and driven from props (graph state, selection, layout, filters).
// Big canvases are laid out in a web worker (layoutWorker.ts) so the page stays responsive, and are
// drawn by Cytoscape's WebGL renderer above WEBGL_MIN_ELEMENTS (the instance is recreated, positions
// kept, when the canvas crosses that size). About 450 lines on purpose: the instance's lifecycle, the
// graph diff and both layout paths share the same refs; filters, selection and renderer choice live
// in canvasOps.ts and renderer.ts.
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import type { GraphEdgeLite, GraphNodeLite, Label, RelType } from '../api.ts';
import { nodeDisplayName } from '../labels.ts';
import type { GraphState } from './model.ts';
import { buildStylesheet } from './style.ts';
import { edgeElement, layoutOptions, nodeElement, type LayoutName } from './elements.ts';
import { WORKER_MIN_NODES, fitViewport, layoutInWorker, workerAvailable, type WorkerNode } from './layoutWorker.ts';
import { chooseRenderer, webglSupport, type RendererChoice, type RendererMode } from './renderer.ts';
import { applyFilters, applySelection, sizeClasses, styleClasses, type Selection } from './canvasOps.ts';
import type { PositionedNode } from '../export.ts';
import { Minimap } from './Minimap.tsx';
import { ringLayout } from './quickLayout.ts';
import { t } from '../i18n.ts';

export type { RendererChoice, RendererMode };

/** Largest zoom a layout's fit may leave (small graphs would otherwise fill the canvas). */
const MAX_FIT_ZOOM = 1.3;

let registered = false;
export function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(dagre);
  registered = true;
}

export interface LayoutTiming {
  nodes: number;
  edges: number;
  /** Time to add the elements to cy (ms). */
  addMs: number;
  /** Layout run time, start to layoutstop (ms); with the worker, start to positions applied. */
  layoutMs: number;
  layout: string;
  /** Laid out in the worker. */
  worker: boolean;
  /** Time the worker computed (ms). */
  workerMs: number;
  /** Main-thread time to apply the worker's positions and fit (ms). */
  applyMs: number;
  /** performance.now() when the layout started and ended (for long-task windows). */
  start: number;
  end: number;
  /** When the worker's positions arrived (the worker computed from start to here); = end on the page. */
  received: number;
  renderer: RendererMode;
  /** From the end of the layout to the first animation frame after it: the first full draw (ms). */
  firstFrameMs?: number;
  /** performance.now() when new nodes were drawn at their draft places (ring layout), before the worker's positions. */
  draftAt?: number;
}

/** A big layout under way: the canvas says so (nodes, elapsed time, draft or not). */
interface LayoutProgress {
  nodes: number;
  /** Nodes are drawn at draft places while the worker computes. */
  draft: boolean;
  worker: boolean;
  start: number;
}

/** Runs `fn` after the browser has painted (the progress note shows before a long task). */
function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

declare global {
  interface Window {
    /** The live Cytoscape instance of the Explore canvas (for end-to-end tests and debugging). */
    cy?: cytoscape.Core;
    /** The chain view's Cytoscape instance. */
    chainCy?: cytoscape.Core;
    /** The path view's Cytoscape instance. */
    pathCy?: cytoscape.Core;
  }
}

export type { Selection };

export interface GraphViewHandle {
  fit(): void;
  relayout(): void;
  zoom(factor: number): void;
  png(): Promise<Blob>;
  positions(): PositionedNode[];
  /** Ids of drawn (visible) nodes in reading order (left→right, top→bottom). */
  visibleNodeIds(): string[];
  lastTiming(): LayoutTiming | null;
  renderer(): RendererMode;
}

export interface GraphViewProps {
  graph: GraphState;
  selected: Selection | null;
  layout: LayoutName;
  /** Labels whose nodes are hidden (legend toggles). */
  hiddenLabels: ReadonlySet<Label>;
  /** Relationship types whose edges are hidden. */
  hiddenTypes: ReadonlySet<RelType>;
  /** Node near which newly added nodes start (the picked or expanded node). */
  anchorId: string | null;
  /** Renderer: WebGL above WEBGL_MIN_ELEMENTS (auto, the default), or forced. */
  renderer?: RendererChoice;
  onSelect(sel: Selection | null): void;
  onExpand(id: string): void;
  onContextMenu(id: string, at: { x: number; y: number }): void;
  ref?: Ref<GraphViewHandle>;
}

export function GraphView(props: GraphViewProps) {
  const { graph, selected, layout, hiddenLabels, hiddenTypes, ref } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<cytoscape.Core | null>(null);
  const layoutRunRef = useRef<cytoscape.Layouts | null>(null);
  const timingRef = useRef<LayoutTiming | null>(null);
  const [cyInstance, setCyInstance] = useState<cytoscape.Core | null>(null);
  const [progress, setProgress] = useState<LayoutProgress | null>(null);
  const draftAtRef = useRef<number | undefined>(undefined);
  const [mode, setMode] = useState<RendererMode>(() => chooseRenderer(props.renderer ?? 'auto', 0, webglSupport()));
  const modeRef = useRef<RendererMode>(mode);
  const saved = useRef<Map<string, cytoscape.Position> | null>(null);
  const savedView = useRef<{ zoom: number; pan: cytoscape.Position } | null>(null);
  // Latest props for event handlers and layout runs, without re-binding listeners.
  const latest = useRef(props);
  latest.current = props;

  const layoutSeq = useRef(0);

  /** Records the timing of a finished layout, caps the zoom, marks the canvas idle. */
  const finishLayout = (cy: cytoscape.Core, mySeq: number, t0: number, layout: string, extra: { addMs: number; worker: boolean; workerMs: number; applyMs: number; received?: number }) => {
    // Elements drawn at draft places get their labels and full style now that they are in place.
    const drafts = cy.elements('.draft');
    if (drafts.nonempty()) cy.batch(() => drafts.removeClass('draft'));
    // A handful of nodes fitted to the canvas would be drawn huge: cap the zoom.
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center(cy.elements(':visible'));
    }
    // First drawn graph since page load (read by bench/ui.ts).
    const w = window as { __kgFirstDraw?: number };
    if (w.__kgFirstDraw === undefined) w.__kgFirstDraw = performance.now();
    const end = performance.now();
    const timing: LayoutTiming = { nodes: cy.nodes().length, edges: cy.edges().length, layoutMs: end - t0, layout, start: t0, end, renderer: modeRef.current, ...extra, received: extra.received ?? end };
    if (draftAtRef.current !== undefined && draftAtRef.current >= t0) timing.draftAt = draftAtRef.current;
    timingRef.current = timing;
    // Cytoscape draws in its own animation-frame callback, queued before this one.
    requestAnimationFrame(() => {
      timing.firstFrameMs = performance.now() - end;
    });
    const container = containerRef.current;
    if (layoutSeq.current === mySeq) {
      if (container) container.dataset.layout = 'idle';
      setProgress(null);
    }
  };

  /**
   * Whether the worker lays out `nodes` nodes with the current layout. Only fcose: dagre recurses
   * deeper than a worker's stack allows on big graphs, and above DAGRE_LIMIT it is breadthfirst anyway.
   */
  const useWorker = (nodes: number) => latest.current.layout === 'fcose' && nodes >= WORKER_MIN_NODES && workerAvailable();

  /**
   * Lays out the visible canvas plus `fresh` elements not yet on it, in the worker. The fresh ones are
   * added only once their positions are known: while the worker computes, the page has nothing new to
   * draw. Falls back to the page's own layout if the worker fails.
   */
  const layoutWithWorker = (randomize: boolean, fresh: { nodes: GraphNodeLite[]; edges: GraphEdgeLite[]; at: cytoscape.Position } | null, addMs0 = 0) => {
    const cy = cyRef.current;
    if (!cy) return;
    layoutRunRef.current?.stop();
    layoutRunRef.current = null;
    const mySeq = ++layoutSeq.current;
    const name = latest.current.layout;
    const container = containerRef.current;
    if (container) container.dataset.layout = 'running';
    const t0 = performance.now();
    const hiddenL = latest.current.hiddenLabels;
    const hiddenT = latest.current.hiddenTypes;
    const visible = cy.elements(':visible');
    const input: WorkerNode[] = visible.nodes().map((n) => ({ id: n.id(), label: String(n.data('label')), display: String(n.data('display') ?? ''), ...n.position() }));
    const edges = visible.edges().map((e) => ({ source: e.source().id(), target: e.target().id() }));
    const spot = (p: cytoscape.Position) => {
      const angle = Math.random() * Math.PI * 2;
      const r = 30 + Math.random() * 60;
      return { x: p.x + Math.cos(angle) * r, y: p.y + Math.sin(angle) * r };
    };
    // New nodes get draft places at once (rings around the anchor by distance): they are drawn while
    // the worker computes, and the worker starts from them.
    let draft = new Map<string, cytoscape.Position>();
    if (fresh) {
      const onCanvas = new Set(input.map((n) => n.id));
      const freshIds = fresh.nodes.map((n) => n.id);
      draft = ringLayout(freshIds, [...edges, ...fresh.edges], fresh.at, latest.current.anchorId, onCanvas);
      for (const n of fresh.nodes) if (!hiddenL.has(n.label)) input.push({ id: n.id, label: n.label, display: nodeDisplayName(n), ...(draft.get(n.id) ?? spot(fresh.at)) });
      for (const e of fresh.edges) if (!hiddenT.has(e.type)) edges.push({ source: e.source, target: e.target });
    }
    setProgress({ nodes: input.length, draft: !!fresh, worker: true, start: Date.now() });
    const addFresh = (positions: Map<string, cytoscape.Position>, draft = false) => {
      // Whatever of the current graph is still missing goes in now, at its computed place.
      const g = latest.current.graph;
      const nodesIn: GraphNodeLite[] = [];
      const edgesIn: GraphEdgeLite[] = [];
      for (const n of g.nodes.values()) if (!cy.hasElementWithId(n.id)) nodesIn.push(n);
      for (const e of g.edges.values()) if (!cy.hasElementWithId(e.id) && g.nodes.has(e.source) && g.nodes.has(e.target)) edgesIn.push(e);
      if (!nodesIn.length && !edgesIn.length) return new Set<string>();
      // Classes and filters set in the definitions: the new elements are styled once, not restyled.
      const total = cy.elements().length + nodesIn.length + edgesIn.length;
      const edgeCount = cy.edges().length + edgesIn.length;
      const hl = latest.current.hiddenLabels;
      const ht = latest.current.hiddenTypes;
      const els: cytoscape.ElementDefinition[] = [];
      const nodeCls = sizeClasses(total, edgeCount, false);
      const edgeCls = sizeClasses(total, edgeCount, true);
      const d = draft ? 'draft' : '';
      for (const n of nodesIn) els.push({ ...nodeElement(n, positions.get(n.id) ?? spot(fresh?.at ?? { x: 0, y: 0 })), classes: [nodeCls, d, hl.has(n.label) ? 'hidden' : ''].join(' ').trim() });
      for (const e of edgesIn) els.push({ ...edgeElement(e), classes: [edgeCls, d, ht.has(e.type) ? 'hidden' : ''].join(' ').trim() });
      cy.batch(() => {
        cy.add(els);
        styleClasses(cy, modeRef.current);
      });
      applySelection(cy, latest.current.selected);
      return new Set(nodesIn.map((n) => n.id));
    };
    if (fresh) {
      afterPaint(() => {
        if (cyRef.current !== cy || layoutSeq.current !== mySeq) return;
        // The draft: what is missing goes on the canvas now; the worker's answer moves it into place.
        if (addFresh(draft, true).size) {
          draftAtRef.current = performance.now();
          if (randomize) {
            const fit = fitViewport(draft.values(), cy.width(), cy.height(), 40, cy.minZoom(), MAX_FIT_ZOOM);
            if (fit) cy.viewport(fit);
          }
        }
      });
    }
    layoutInWorker(input, edges, name, randomize)
      .then((r) => {
        if (cyRef.current !== cy) return;
        const ta = performance.now();
        const received = ta;
        const added = addFresh(r.positions);
        const addMs = addMs0 + performance.now() - ta;
        if (layoutSeq.current !== mySeq) return; // superseded: a newer layout places everything
        const tp = performance.now();
        // The nodes already on the canvas move; the added ones are in place.
        cy.batch(() => {
          for (const node of input) {
            if (added.has(node.id)) continue;
            const p = r.positions.get(node.id);
            if (p && cy.hasElementWithId(node.id)) cy.getElementById(node.id).position(p);
          }
        });
        const fit = fitViewport(r.positions.values(), cy.width(), cy.height(), 40, cy.minZoom(), MAX_FIT_ZOOM);
        if (fit) cy.viewport(fit);
        finishLayout(cy, mySeq, t0, r.layout, { addMs, worker: true, workerMs: r.ms, applyMs: performance.now() - tp, received });
      })
      .catch((err: unknown) => {
        if (cyRef.current !== cy || layoutSeq.current !== mySeq) return;
        setProgress(null);
        console.warn('layout worker failed, laying out on the page', err);
        addFresh(new Map());
        runLayout(randomize, 0, true);
      });
  };

  const runLayout = (randomize: boolean, addMs = 0, onPage = false) => {
    const cy = cyRef.current;
    if (!cy || cy.nodes().length === 0) return;
    if (!onPage && useWorker(cy.nodes(':visible').length)) return layoutWithWorker(randomize, null, addMs);
    layoutRunRef.current?.stop();
    const mySeq = ++layoutSeq.current;
    const container = containerRef.current;
    // data-layout="running|idle" lets tests and screenshots wait for a settled canvas.
    if (container) container.dataset.layout = 'running';
    const t0 = performance.now();
    const opts = layoutOptions(latest.current.layout, cy.nodes().length, { randomize });
    const start = () => {
      const run = cy.elements(':visible').layout(opts);
      layoutRunRef.current = run;
      run.one('layoutstop', () => finishLayout(cy, mySeq, t0, opts.name, { addMs, worker: false, workerMs: 0, applyMs: 0 }));
      try {
        run.run();
      } catch (err) {
        // A layout extension failing must not take the page down: fall back to a grid.
        console.warn('layout failed, using grid', err);
        layoutRunRef.current = null;
        cy.elements(':visible').layout({ name: 'grid', fit: true, padding: 30, avoidOverlap: true } as cytoscape.LayoutOptions).run();
        if (container) container.dataset.layout = 'idle';
        setProgress(null);
      }
    };
    const visible = cy.nodes(':visible').length;
    if (visible < WORKER_MIN_NODES) return start();
    // A big layout on the page blocks it for a while: say so first, and let that note paint.
    setProgress({ nodes: visible, draft: false, worker: false, start: Date.now() });
    afterPaint(() => {
      if (cyRef.current === cy && layoutSeq.current === mySeq) start();
    });
  };

  // Create / destroy the instance (again when the renderer changes: it is an init option).
  useEffect(() => {
    registerExtensions();
    const container = containerRef.current!;
    const webgl = mode === 'webgl';
    const cy = cytoscape({
      container,
      style: buildStylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      // Big graphs: draw a cached texture while panning/zooming and skip edges meanwhile.
      textureOnViewport: false,
      hideEdgesOnViewport: false,
      motionBlur: false,
      pixelRatio: 'auto',
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    // Note: Cytoscape 3.34 sets a fourth (WebGL) canvas layer on its renderer's internal prototype when
    // an instance asks for WebGL, so canvases created afterwards get an unused WebGL layer too.
    modeRef.current = mode;
    container.dataset.renderer = mode;
    cyRef.current = cy;
    window.cy = cy;
    setCyInstance(cy);
    container.dataset.layout = 'idle';

    cy.on('tap', 'node', (ev) => latest.current.onSelect({ kind: 'node', id: ev.target.id() }));
    cy.on('tap', 'edge', (ev) => latest.current.onSelect({ kind: 'edge', id: ev.target.id() }));
    cy.on('tap', (ev) => {
      if (ev.target === cy) latest.current.onSelect(null);
    });
    cy.on('dbltap', 'node', (ev) => latest.current.onExpand(ev.target.id()));
    cy.on('cxttap', 'node', (ev) => {
      latest.current.onSelect({ kind: 'node', id: ev.target.id() });
      latest.current.onContextMenu(ev.target.id(), ev.renderedPosition ?? ev.target.renderedPosition());
    });
    cy.on('mouseover', 'node', (ev) => {
      container.title = `${ev.target.data('name')}`;
      container.style.cursor = 'pointer';
    });
    cy.on('mouseover', 'edge', () => {
      container.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node, edge', () => {
      container.title = '';
      container.style.cursor = '';
    });

    const ro = new ResizeObserver(() => cy.resize());
    ro.observe(container);
    return () => {
      ro.disconnect();
      layoutRunRef.current?.stop();
      layoutSeq.current++;
      // Positions survive a renderer switch.
      saved.current = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
      savedView.current = { zoom: cy.zoom(), pan: { ...cy.pan() } };
      setCyInstance(null);
      setProgress(null);
      cy.destroy();
      cyRef.current = null;
      if (window.cy === cy) delete window.cy;
    };
  }, [mode]);

  // Diff the graph state into cy.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const want = chooseRenderer(latest.current.renderer ?? 'auto', graph.nodes.size + graph.edges.size, webglSupport());
    if (want !== mode) {
      setMode(want);
      return;
    }
    const t0 = performance.now();
    const stale = cy.elements().filter((el) => (el.isNode() ? !graph.nodes.has(el.id()) : !graph.edges.has(el.id())));
    const restoring = saved.current;
    saved.current = null;
    const anchorId = latest.current.anchorId;
    const anchor = anchorId && cy.hasElementWithId(anchorId) ? cy.getElementById(anchorId) : null;
    const origin = anchor ? { ...anchor.position() } : { x: cy.width() / 2 || 400, y: cy.height() / 2 || 300 };
    const freshNodes: GraphNodeLite[] = [];
    const freshEdges: GraphEdgeLite[] = [];
    const kept: cytoscape.ElementDefinition[] = [];
    for (const n of graph.nodes.values()) {
      if (cy.hasElementWithId(n.id)) continue;
      const p = restoring?.get(n.id);
      if (p) kept.push(nodeElement(n, p));
      else freshNodes.push(n);
    }
    for (const e of graph.edges.values()) {
      if (cy.hasElementWithId(e.id)) continue;
      if (restoring?.has(e.source) && restoring.has(e.target)) kept.push(edgeElement(e));
      else freshEdges.push(e);
    }
    cy.batch(() => {
      stale.remove();
      if (kept.length) cy.add(kept);
    });
    const wasEmpty = cy.nodes().length === 0;
    if (restoring && savedView.current) {
      cy.viewport(savedView.current);
      savedView.current = null;
    }
    const visibleAfter = cy.nodes(':visible').length + freshNodes.filter((n) => !latest.current.hiddenLabels.has(n.label)).length;
    if (freshNodes.length && useWorker(visibleAfter)) {
      // Big additions: laid out in the worker first, added with their positions.
      if (kept.length || stale.length) {
        cy.batch(() => styleClasses(cy, mode));
        applyFilters(cy, latest.current.hiddenLabels, latest.current.hiddenTypes);
      }
      layoutWithWorker(wasEmpty, { nodes: freshNodes, edges: freshEdges, at: origin }, performance.now() - t0);
      return;
    }
    cy.batch(() => {
      const els: cytoscape.ElementDefinition[] = [];
      const total = cy.elements().length + freshNodes.length + freshEdges.length;
      const edgeCount = cy.edges().length + freshEdges.length;
      const nodeCls = sizeClasses(total, edgeCount, false);
      const edgeCls = sizeClasses(total, edgeCount, true);
      for (const n of freshNodes) {
        const angle = Math.random() * Math.PI * 2;
        const r = 30 + Math.random() * 60;
        els.push({ ...nodeElement(n, { x: origin.x + Math.cos(angle) * r, y: origin.y + Math.sin(angle) * r }), classes: nodeCls });
      }
      for (const e of freshEdges) els.push({ ...edgeElement(e), classes: edgeCls });
      if (els.length) cy.add(els);
      styleClasses(cy, mode);
    });
    applyFilters(cy, latest.current.hiddenLabels, latest.current.hiddenTypes);
    if (freshNodes.length + freshEdges.length) runLayout(wasEmpty, performance.now() - t0);
  }, [graph, cyInstance]);

  // Re-run when the layout algorithm changes.
  const firstLayout = useRef(true);
  useEffect(() => {
    if (firstLayout.current) {
      firstLayout.current = false;
      return;
    }
    runLayout(layout === 'fcose');
  }, [layout]);

  // Hide nodes of toggled-off labels and edges of toggled-off types.
  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applyFilters(cy, hiddenLabels, hiddenTypes);
  }, [hiddenLabels, hiddenTypes]);

  // Reflect the selection.
  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applySelection(cy, selected);
  }, [selected, graph, cyInstance]);

  useImperativeHandle(
    ref,
    () => ({
      fit: () => {
        const cy = cyRef.current;
        if (cy) cy.animate({ fit: { eles: cy.elements(':visible'), padding: 40 } }, { duration: 250 });
      },
      relayout: () => runLayout(true),
      zoom: (factor: number) => {
        const cy = cyRef.current;
        if (!cy) return;
        cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      },
      png: async () => {
        const cy = cyRef.current;
        if (!cy) throw new Error('no canvas');
        return cy.png({ output: 'blob-promise', full: true, bg: '#ffffff', scale: 2, maxWidth: 4000, maxHeight: 4000 });
      },
      positions: () => {
        const cy = cyRef.current;
        if (!cy) return [];
        return cy.nodes(':visible').map((n) => ({
          id: n.id(),
          label: n.data('label') as Label,
          name: n.data('name') as string,
          x: n.position('x'),
          y: n.position('y'),
        }));
      },
      visibleNodeIds: () => {
        const cy = cyRef.current;
        if (!cy) return [];
        return cy
          .nodes(':visible')
          .sort((a, b) => a.position('y') - b.position('y') || a.position('x') - b.position('x'))
          .map((n) => n.id());
      },
      lastTiming: () => timingRef.current,
      renderer: () => modeRef.current,
    }),
    [],
  );

  return (
    <>
      <div
        ref={containerRef}
        className="cy"
        data-testid="graph"
        role="region"
        aria-label="知识图谱画布"
        aria-describedby="canvas-help"
        tabIndex={0}
      />
      {graph.nodes.size > 0 && <Minimap cy={cyInstance} />}
      {progress && <LayoutProgressNote progress={progress} />}
    </>
  );
}

/**
 * 「正在排布 N 个节点」 with the elapsed seconds: on a big canvas the layout takes seconds, and the
 * canvas shows a draft (rings by distance) meanwhile, or nothing new when the page itself lays out.
 */
function LayoutProgressNote({ progress }: { progress: LayoutProgress }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(id);
  }, []);
  const secs = Math.max(0, Math.floor((now - progress.start) / 1000));
  const how = progress.draft
    ? t('先按关系远近画出草图，精确布局在后台计算，完成后节点会移到最终位置。')
    : progress.worker
      ? t('布局在后台计算，画布仍可操作。')
      : t('布局在页面上计算，期间页面可能短暂无响应。');
  return (
    <div className="layout-progress" role="status" aria-live="polite" data-draft={progress.draft ? '1' : '0'}>
      <span className="spinner" />
      <span>
        <strong>{t('正在排布 {n} 个节点…', { n: progress.nodes })}</strong> {how} <span className="muted">{t('已用 {s} 秒', { s: secs })}</span>
      </span>
    </div>
  );
}
