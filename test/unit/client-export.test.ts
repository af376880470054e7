// Exports of the current view (CSV, GraphML, JSON, SVG) and the path view's preset positions.
import { describe, expect, it } from 'vitest';
import { graphToCsv, graphToGraphML, graphToJson, graphToSvg } from '../../client/src/export.ts';
import { pathPositions } from '../../client/src/views/PathView.tsx';
import type { GraphEdgeLite, GraphNodeLite } from '../../client/src/api.ts';

const nodes: GraphNodeLite[] = [
  { id: 'dept:x:科技局', label: 'Department', name: '科技局', aliases: ['区科技局'] },
  { id: 'measure:d:1', label: 'Measure', name: '1 支持<企业> & "平台"', aliases: [] },
];
const edges: GraphEdgeLite[] = [{ id: 'RESPONSIBLE_FOR:dept:x:科技局->measure:d:1', type: 'RESPONSIBLE_FOR', role: 'lead', source: 'dept:x:科技局', target: 'measure:d:1' }];

describe('exports', () => {
  it('CSV lists nodes then edges with names resolved and the role in Chinese', () => {
    const rows = graphToCsv({ nodes, edges }).slice(1).trim().split('\r\n');
    expect(rows[0]).toBe('kind,id,label_or_type,name,aliases,source,target,role');
    expect(rows[1]).toBe('node,dept:x:科技局,Department,科技局,区科技局,,,');
    expect(rows[3]).toBe('edge,RESPONSIBLE_FOR:dept:x:科技局->measure:d:1,RESPONSIBLE_FOR,牵头,,科技局,"1 支持<企业> & ""平台""",lead');
  });

  it('GraphML escapes XML and keeps ids, labels, types and roles', () => {
    const xml = graphToGraphML({ nodes, edges });
    expect(xml).toContain('<data key="name">1 支持&lt;企业&gt; &amp; &quot;平台&quot;</data>');
    expect(xml).toContain('source="dept:x:科技局" target="measure:d:1"');
    expect(xml).toContain('<data key="role">lead</data>');
    expect(xml.match(/<node /g)).toHaveLength(2);
    expect(xml.match(/<edge /g)).toHaveLength(1);
    expect(xml).not.toMatch(/<[^>]*<[^/]/); // no raw '<' inside a tag
  });

  it('JSON round-trips the view', () => {
    const j = JSON.parse(graphToJson({ nodes, edges }, { url: 'u' }));
    expect(j).toEqual({ url: 'u', nodes, edges });
  });

  it('SVG draws one shape and label per node and one line per edge, escaped', () => {
    const svg = graphToSvg(
      nodes.map((n, i) => ({ id: n.id, label: n.label, name: n.name, x: i * 100, y: 50 })),
      [{ source: 'dept:x:科技局', target: 'measure:d:1', label: '牵头' }, { source: 'dept:x:科技局', target: 'missing', label: '' }],
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<g data-id=/g)).toHaveLength(2);
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg).toContain('<polygon'); // Department: hexagon
    expect(svg).toContain('<circle'); // Measure: ellipse
    expect(svg).toContain('1 支持&lt;企业&gt; &amp; &quot;平台&quot;');
    expect(svg).toContain('>牵头</text>');
  });
});

describe('pathPositions', () => {
  it('puts the ends left and right on the middle row and each path on its own row', () => {
    const n = (id: string) => ({ id });
    const pos = pathPositions([
      { nodes: [n('a'), n('x'), n('b')] },
      { nodes: [n('a'), n('y'), n('b')] },
      { nodes: [n('a'), n('z'), n('w'), n('b')] },
    ]);
    expect(pos.get('a')).toEqual({ x: 0, y: 0 });
    expect(pos.get('b')!.y).toBe(0);
    expect(pos.get('b')!.x).toBeGreaterThan(0);
    const rows = ['x', 'y', 'z'].map((id) => pos.get(id)!.y);
    expect(new Set(rows).size).toBe(3);
    expect(pos.get('z')!.x).toBeLessThan(pos.get('w')!.x);
    // Every node has a distinct position.
    const keys = [...pos.values()].map((p) => `${p.x},${p.y}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
