// Controller component owning one Cytoscape instance. React renders only the container;
// everything inside is imperative and driven from props (graph state, selection, layout).
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Label } from '../api.ts';
import type { GraphState } from './model.ts';
import { buildStylesheet } from './style.ts';
import { EDGE_LABEL_LIMIT, edgeElement, layoutOptions, nodeElement, type LayoutName } from './elements.ts';

let registered = false;
function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

declare global {
  interface Window {
    /** The live Cytoscape instance (for end-to-end tests and debugging). */
    cy?: cytoscape.Core;
  }
}

export interface Selection {
  kind: 'node' | 'edge';
  id: string;
}

export interface GraphViewHandle {
  fit(): void;
  relayout(): void;
}

export interface GraphViewProps {
  graph: GraphState;
  selected: Selection | null;
  layout: LayoutName;
  /** Labels whose nodes are hidden (legend toggles). */
  hiddenLabels: ReadonlySet<Label>;
  /** Node near which newly added nodes start (the picked or expanded node). */
  anchorId: string | null;
  onSelect(sel: Selection | null): void;
  onExpand(id: string): void;
  ref?: Ref<GraphViewHandle>;
}

export function GraphView({ graph, selected, layout, hiddenLabels, anchorId, onSelect, onExpand, ref }: GraphViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<cytoscape.Core | null>(null);
  const layoutRunRef = useRef<cytoscape.Layouts | null>(null);
  // Latest props for event handlers and layout runs, without re-binding listeners.
  const latest = useRef({ onSelect, onExpand, layout, anchorId });
  latest.current = { onSelect, onExpand, layout, anchorId };

  const runLayout = (randomize: boolean) => {
    const cy = cyRef.current;
    if (!cy || cy.nodes().length === 0) return;
    layoutRunRef.current?.stop();
    const run = cy.layout(layoutOptions(latest.current.layout, cy.nodes().length, { randomize }));
    layoutRunRef.current = run;
    // data-layout="running|idle" lets tests and screenshots wait for a settled canvas.
    const container = containerRef.current;
    if (container) container.dataset.layout = 'running';
    run.one('layoutstop', () => {
      if (layoutRunRef.current === run && container) container.dataset.layout = 'idle';
    });
    run.run();
  };

  // Create / destroy the instance.
  useEffect(() => {
    registerExtensions();
    const container = containerRef.current!;
    const cy = cytoscape({
      container,
      style: buildStylesheet(),
      minZoom: 0.08,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    cyRef.current = cy;
    window.cy = cy;

    cy.on('tap', 'node', (ev) => latest.current.onSelect({ kind: 'node', id: ev.target.id() }));
    cy.on('tap', 'edge', (ev) => latest.current.onSelect({ kind: 'edge', id: ev.target.id() }));
    cy.on('tap', (ev) => {
      if (ev.target === cy) latest.current.onSelect(null);
    });
    cy.on('dbltap', 'node', (ev) => latest.current.onExpand(ev.target.id()));
    cy.on('mouseover', 'node', (ev) => {
      container.title = `${ev.target.data('name')}（双击展开）`;
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
      cy.destroy();
      cyRef.current = null;
      if (window.cy === cy) delete window.cy;
    };
  }, []);

  // Diff the graph state into cy.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const stale = cy.elements().filter((el) => (el.isNode() ? !graph.nodes.has(el.id()) : !graph.edges.has(el.id())));
    const wasEmpty = cy.nodes().length - stale.nodes().length === 0;
    const anchor = latest.current.anchorId ? cy.getElementById(latest.current.anchorId) : null;
    const origin =
      anchor && anchor.nonempty()
        ? anchor.position()
        : { x: cy.width() / 2 || 400, y: cy.height() / 2 || 300 };
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
    });
    if (added) runLayout(wasEmpty);
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

  // Hide nodes of toggled-off labels (their edges hide with them).
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass('hidden', hiddenLabels.has(n.data('label') as Label));
      });
    });
  }, [hiddenLabels, graph]);

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
        if (cy) cy.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 250 });
      },
      relayout: () => runLayout(true),
    }),
    [],
  );

  return <div ref={containerRef} className="cy" data-testid="graph" role="region" aria-label="知识图谱画布" />;
}
