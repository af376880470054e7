// Controller component owning one Cytoscape instance. React renders only the container;
// everything inside is imperative and driven from props (graph state, selection, layout, filters).
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import type { Label, RelType } from '../api.ts';
import type { GraphState } from './model.ts';
import { buildStylesheet } from './style.ts';
import { BIG_GRAPH, EDGE_LABEL_LIMIT, edgeElement, layoutOptions, nodeElement, type LayoutName } from './elements.ts';
import type { PositionedNode } from '../export.ts';
import { Minimap } from './Minimap.tsx';

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
  /** Layout run time, start to layoutstop (ms). */
  layoutMs: number;
  layout: string;
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

export interface Selection {
  kind: 'node' | 'edge';
  id: string;
}

export interface GraphViewHandle {
  fit(): void;
  relayout(): void;
  zoom(factor: number): void;
  png(): Promise<Blob>;
  positions(): PositionedNode[];
  /** Ids of drawn (visible) nodes in reading order (left→right, top→bottom). */
  visibleNodeIds(): string[];
  lastTiming(): LayoutTiming | null;
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
  /** Use the WebGL renderer (preview in Cytoscape ≥ 3.31); read once at mount. */
  webgl?: boolean;
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
  // Latest props for event handlers and layout runs, without re-binding listeners.
  const latest = useRef(props);
  latest.current = props;

  const runLayout = (randomize: boolean, addMs = 0) => {
    const cy = cyRef.current;
    if (!cy || cy.nodes().length === 0) return;
    layoutRunRef.current?.stop();
    const opts = layoutOptions(latest.current.layout, cy.nodes().length, { randomize });
    const run = cy.elements(':visible').layout(opts);
    layoutRunRef.current = run;
    // data-layout="running|idle" lets tests and screenshots wait for a settled canvas.
    const container = containerRef.current;
    if (container) container.dataset.layout = 'running';
    const t0 = performance.now();
    run.one('layoutstop', () => {
      // A handful of nodes fitted to the canvas would be drawn huge: cap the zoom.
      if (cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center(cy.elements(':visible'));
      }
      // First drawn graph since page load (read by bench/ui.ts).
      const w = window as { __kgFirstDraw?: number };
      if (w.__kgFirstDraw === undefined) w.__kgFirstDraw = performance.now();
      timingRef.current = {
        nodes: cy.nodes().length,
        edges: cy.edges().length,
        addMs,
        layoutMs: performance.now() - t0,
        layout: opts.name,
      };
      if (layoutRunRef.current === run && container) container.dataset.layout = 'idle';
    });
    try {
      run.run();
    } catch (err) {
      // A layout extension failing must not take the page down: fall back to a grid.
      console.warn('layout failed, using grid', err);
      layoutRunRef.current = null;
      cy.elements(':visible').layout({ name: 'grid', fit: true, padding: 30, avoidOverlap: true } as cytoscape.LayoutOptions).run();
      if (container) container.dataset.layout = 'idle';
    }
  };

  // Create / destroy the instance.
  useEffect(() => {
    registerExtensions();
    const container = containerRef.current!;
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
      ...(latest.current.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
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
      setCyInstance(null);
      cy.destroy();
      cyRef.current = null;
      if (window.cy === cy) delete window.cy;
    };
  }, []);

  // Diff the graph state into cy.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const t0 = performance.now();
    const stale = cy.elements().filter((el) => (el.isNode() ? !graph.nodes.has(el.id()) : !graph.edges.has(el.id())));
    const wasEmpty = cy.nodes().length - stale.nodes().length === 0;
    const anchorId = latest.current.anchorId;
    const anchor = anchorId ? cy.getElementById(anchorId) : null;
    const origin = anchor && anchor.nonempty() ? anchor.position() : { x: cy.width() / 2 || 400, y: cy.height() / 2 || 300 };
    let added = 0;
    cy.batch(() => {
      stale.remove();
      const nodes: cytoscape.ElementDefinition[] = [];
      for (const n of graph.nodes.values()) {
        if (cy.getElementById(n.id).nonempty()) continue;
        const angle = Math.random() * Math.PI * 2;
        const r = 30 + Math.random() * 60;
        nodes.push(nodeElement(n, { x: origin.x + Math.cos(angle) * r, y: origin.y + Math.sin(angle) * r }));
      }
      const edges: cytoscape.ElementDefinition[] = [];
      for (const e of graph.edges.values()) {
        if (cy.getElementById(e.id).nonempty()) continue;
        edges.push(edgeElement(e));
      }
      added = nodes.length + edges.length;
      if (added) cy.add([...nodes, ...edges]);
      cy.edges().toggleClass('nolabel', cy.edges().length > EDGE_LABEL_LIMIT);
      const big = cy.elements().length > BIG_GRAPH;
      cy.elements().toggleClass('big', big);
      tuneRenderer(cy, big);
    });
    applyFilters(cy, latest.current.hiddenLabels, latest.current.hiddenTypes);
    if (added) runLayout(wasEmpty, performance.now() - t0);
  }, [graph]);

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
    if (!cy) return;
    cy.batch(() => {
      cy.elements(':selected').unselect();
      cy.elements('.hl').removeClass('hl');
      cy.nodes('.focus').removeClass('focus');
      if (!selected) return;
      const el = cy.getElementById(selected.id);
      if (el.empty()) return;
      el.select();
      if (el.isNode()) {
        el.addClass('focus');
        el.connectedEdges().addClass('hl');
      }
    });
  }, [selected, graph]);

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
    </>
  );
}

function applyFilters(cy: cytoscape.Core, labels: ReadonlySet<Label>, types: ReadonlySet<RelType>): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.toggleClass('hidden', labels.has(n.data('label') as Label));
    });
    cy.edges().forEach((e) => {
      e.toggleClass('hidden', types.has(e.data('type') as RelType));
    });
  });
}

/** Switches the renderer's viewport shortcuts on for big graphs (they are init options in Cytoscape). */
function tuneRenderer(cy: cytoscape.Core, big: boolean): void {
  const r = (cy as unknown as { renderer?: () => Record<string, unknown> }).renderer?.();
  if (!r) return;
  r.hideEdgesOnViewport = big;
  r.textureOnViewport = big;
}
