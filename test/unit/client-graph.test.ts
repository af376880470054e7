import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import type { GraphEdgeLite, GraphNodeLite } from '../../client/src/api.ts';
import { LABELS } from '../../client/src/api.ts';
import { EMPTY_GRAPH, mergeSubgraph, removeNodes } from '../../client/src/graph/model.ts';
import { DRAFT_THRESHOLD, edgeElement, layoutOptions, nodeElement } from '../../client/src/graph/elements.ts';
import { buildStylesheet } from '../../client/src/graph/style.ts';

const n = (id: string, label: GraphNodeLite['label'] = 'Measure'): GraphNodeLite => ({ id, label, name: id, aliases: [] });
const e = (source: string, target: string, type: GraphEdgeLite['type'] = 'RESPONSIBLE_FOR', role: string | null = 'lead'): GraphEdgeLite => ({
  id: `${type}:${source}->${target}`,
  type,
  role,
  source,
  target,
});

describe('mergeSubgraph', () => {
  it('adds new nodes and edges, skipping duplicates and dangling edges', () => {
    const a = mergeSubgraph(EMPTY_GRAPH, { nodes: [n('d', 'Department'), n('m1')], edges: [e('d', 'm1'), e('d', 'missing')] });
    expect(a.addedNodes).toBe(2);
    expect(a.addedEdges).toBe(1);
    const b = mergeSubgraph(a.graph, { nodes: [n('m1'), n('m2')], edges: [e('d', 'm1'), e('d', 'm2')] });
    expect([b.addedNodes, b.addedEdges]).toEqual([1, 1]);
    expect([...b.graph.nodes.keys()]).toEqual(['d', 'm1', 'm2']);
  });

  it('returns the same state object when nothing is new', () => {
    const a = mergeSubgraph(EMPTY_GRAPH, { nodes: [n('x')], edges: [] });
    const again = mergeSubgraph(a.graph, { nodes: [n('x')], edges: [] });
    expect(again.graph).toBe(a.graph);
  });

  it('removes nodes with their incident edges', () => {
    const { graph } = mergeSubgraph(EMPTY_GRAPH, { nodes: [n('d', 'Department'), n('m1'), n('m2')], edges: [e('d', 'm1'), e('d', 'm2')] });
    const g = removeNodes(graph, ['m1']);
    expect([...g.nodes.keys()]).toEqual(['d', 'm2']);
    expect([...g.edges.keys()]).toEqual(['RESPONSIBLE_FOR:d->m2']);
    expect(removeNodes(graph, ['nope'])).toBe(graph);
  });
});

describe('Cytoscape mapping (headless)', () => {
  it('styles every label with its own shape and colour and labels edges in Chinese', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet() });
    cy.add(LABELS.map((l) => nodeElement(n(`n:${l}`, l))));
    cy.add([
      edgeElement(e('n:Department', 'n:Measure', 'RESPONSIBLE_FOR', 'support')),
      edgeElement(e('n:Document', 'n:Measure', 'CONTAINS', null)),
    ]);
    const shapes = new Set(cy.nodes().map((x) => x.style('shape') as string));
    const colours = new Set(cy.nodes().map((x) => x.style('background-color') as string));
    expect(shapes.size).toBe(LABELS.length);
    expect(colours.size).toBe(LABELS.length);
    expect(cy.getElementById('RESPONSIBLE_FOR:n:Department->n:Measure').style('label')).toBe('配合');
    expect(cy.getElementById('RESPONSIBLE_FOR:n:Department->n:Measure').style('line-style')).toBe('dashed');
    expect(cy.getElementById('CONTAINS:n:Document->n:Measure').style('label')).toBe('包含');
    cy.destroy();
  });

  it('uses draft fcose quality only for large graphs', () => {
    const small = layoutOptions('fcose', DRAFT_THRESHOLD, { randomize: true }) as unknown as { quality: string };
    const large = layoutOptions('fcose', DRAFT_THRESHOLD + 1, { randomize: true }) as unknown as { quality: string };
    expect(small.quality).toBe('default');
    expect(large.quality).toBe('draft');
    expect(layoutOptions('concentric', 10, { randomize: false }).name).toBe('concentric');
  });

  it('always randomizes fcose in draft quality (draft without randomize throws in fcose)', () => {
    const big = layoutOptions('fcose', DRAFT_THRESHOLD + 1, { randomize: false }) as unknown as { randomize: boolean };
    const small = layoutOptions('fcose', 10, { randomize: false }) as unknown as { randomize: boolean };
    expect(big.randomize).toBe(true);
    expect(small.randomize).toBe(false);
  });

  it('runs an incremental draft fcose on a big graph without throwing (headless)', () => {
    cytoscape.use(fcose);
    const cy = cytoscape({ headless: true, styleEnabled: false });
    const add = (from: number, to: number) =>
      cy.add(
        Array.from({ length: to - from }, (_, k) => ({ group: 'nodes' as const, data: { id: `n${from + k}` } })).concat(
          Array.from({ length: to - from }, (_, k) => ({ group: 'edges' as const, data: { id: `e${from + k}`, source: `n${from + k}`, target: `n${(from + k + 1) % to}` } })) as never,
        ),
      );
    add(0, 400);
    cy.layout({ ...layoutOptions('fcose', 400, { randomize: true }), animate: false } as cytoscape.LayoutOptions).run();
    add(400, 800);
    expect(() => cy.layout({ ...layoutOptions('fcose', 800, { randomize: false }), animate: false } as cytoscape.LayoutOptions).run()).not.toThrow();
    cy.destroy();
  });
});
