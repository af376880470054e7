// A read-only Cytoscape canvas whose elements carry their own positions (preset layout): used
// by the chain view (lanes computed in chainLayout.ts) and the path view (steps left to right).
// No general layout ever runs here, so it stays instant whatever the size.
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import cytoscape from 'cytoscape';
import { registerExtensions } from './GraphView.tsx';

export interface PresetGraphHandle {
  fit(): void;
  zoom(factor: number): void;
  png(): Promise<Blob>;
  cy(): cytoscape.Core | null;
}

export interface PresetGraphProps {
  elements: cytoscape.ElementDefinition[];
  style: cytoscape.StylesheetJson;
  /** Where the instance is exposed for tests and the benchmark. */
  windowKey: 'chainCy' | 'pathCy';
  label: string;
  /** Id of the element to mark selected. */
  selected?: string | null;
  onTap?(el: { id: string; group: 'nodes' | 'edges'; data: Record<string, unknown> } | null): void;
  onDoubleTap?(el: { id: string; group: 'nodes' | 'edges'; data: Record<string, unknown> }): void;
  ref?: Ref<PresetGraphHandle>;
}

export function PresetGraph(props: PresetGraphProps) {
  const { elements, style, windowKey, label, selected, ref } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<cytoscape.Core | null>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    registerExtensions();
    const container = containerRef.current!;
    const cy = cytoscape({
      container,
      style,
      layout: { name: 'preset' },
      minZoom: 0.1,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
      autoungrabify: true,
    });
    cyRef.current = cy;
    window[windowKey] = cy;
    const info = (el: cytoscape.SingularElementArgument) => ({ id: el.id(), group: el.group() as 'nodes' | 'edges', data: el.data() as Record<string, unknown> });
    cy.on('tap', (ev) => {
      const tgt = ev.target as cytoscape.Core | cytoscape.SingularElementArgument;
      latest.current.onTap?.(tgt === cy ? null : info(tgt as cytoscape.SingularElementArgument));
    });
    cy.on('dbltap', 'node, edge', (ev) => latest.current.onDoubleTap?.(info(ev.target as cytoscape.SingularElementArgument)));
    cy.on('mouseover', 'node[?clickable], edge', () => (container.style.cursor = 'pointer'));
    cy.on('mouseout', 'node, edge', () => (container.style.cursor = ''));
    const ro = new ResizeObserver(() => {
      cy.resize();
    });
    ro.observe(container);
    return () => {
      ro.disconnect();
      cy.destroy();
      cyRef.current = null;
      if (window[windowKey] === cy) delete window[windowKey];
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    cy.fit(undefined, 30);
    if (cy.zoom() > 1.4) {
      cy.zoom(1.4);
      cy.center();
    }
    containerRef.current!.dataset.layout = 'idle';
    containerRef.current!.dataset.count = String(cy.elements().length);
  }, [elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.elements(':selected').unselect();
    if (selected) cy.getElementById(selected).select();
  }, [selected, elements]);

  useImperativeHandle(
    ref,
    () => ({
      fit: () => cyRef.current?.animate({ fit: { eles: cyRef.current.elements(), padding: 30 } }, { duration: 200 }),
      zoom: (f: number) => {
        const cy = cyRef.current;
        if (cy) cy.zoom({ level: cy.zoom() * f, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      },
      png: async () => {
        const cy = cyRef.current;
        if (!cy) throw new Error('no canvas');
        return cy.png({ output: 'blob-promise', full: true, bg: '#ffffff', scale: 2, maxWidth: 4000, maxHeight: 4000 });
      },
      cy: () => cyRef.current,
    }),
    [],
  );

  return <div ref={containerRef} className="cy preset-cy" data-testid={windowKey} role="img" aria-label={label} tabIndex={0} />;
}
