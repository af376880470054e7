// The layout worker's computation (client/src/graph/layoutCompute.ts) runs without a DOM: here in
// Node, as in the browser's worker. And the renderer choice by canvas size.
import { describe, expect, it } from 'vitest';
import { computeLayout, type LayoutRequest } from '../../client/src/graph/layoutCompute.ts';
import { nodeBox } from '../../client/src/graph/layoutWorker.ts';
import { chooseRenderer } from '../../client/src/graph/renderer.ts';
import { WEBGL_MIN_ELEMENTS } from '../../client/src/graph/elements.ts';
import { RING_GAP, RING_SPACING, ringLayout } from '../../client/src/graph/quickLayout.ts';

function request(n: number, edges: [number, number][], layout: LayoutRequest['layout']): LayoutRequest {
  return {
    seq: 7,
    layout,
    randomize: true,
    ids: Array.from({ length: n }, (_, i) => `n${i}`),
    w: new Float32Array(n).fill(30),
    h: new Float32Array(n).fill(40),
    x: new Float64Array(n),
    y: new Float64Array(n),
    source: Int32Array.from(edges.map((e) => e[0])),
    target: Int32Array.from(edges.map((e) => e[1])),
  };
}

describe('computeLayout', () => {
  it('lays out a chain left to right with dagre (headless, no DOM)', () => {
    const r = computeLayout(request(4, [[0, 1], [1, 2], [2, 3]], 'dagre'));
    expect(r.seq).toBe(7);
    expect(r.layout).toBe('dagre');
    const xs = [0, 1, 2, 3].map((i) => r.positions[2 * i]!);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(4);
  });

  it('spreads a few hundred nodes with fcose: finite positions, no two nodes on the same spot', () => {
    const n = 300;
    const edges: [number, number][] = [];
    for (let i = 0; i < n; i++) edges.push([i, (i + 1) % n], [i, (i * 7 + 3) % n]);
    const r = computeLayout(request(n, edges, 'fcose'));
    expect(r.layout).toBe('fcose');
    expect(r.positions).toHaveLength(2 * n);
    expect([...r.positions].every(Number.isFinite)).toBe(true);
    const spots = new Set<string>();
    for (let i = 0; i < n; i++) spots.add(`${Math.round(r.positions[2 * i]!)}:${Math.round(r.positions[2 * i + 1]!)}`);
    expect(spots.size).toBe(n);
    expect(r.ms).toBeGreaterThan(0);
  });
});

describe('layout inputs and renderer', () => {
  it('estimates a node box with its label below (CJK wider than Latin, capped)', () => {
    expect(nodeBox(28, '')).toEqual({ w: 28, h: 28 + 4 + 11 * 1.3 });
    expect(nodeBox(28, '中科曙光信息').w).toBe(66);
    expect(nodeBox(28, 'abcdefghij').w).toBeCloseTo(66);
    expect(nodeBox(28, '长'.repeat(40)).w).toBe(130);
  });

  it('chooses WebGL above the threshold on a GPU, canvas on a software rasteriser or without WebGL', () => {
    const gpu = { available: true, hardware: true };
    const software = { available: true, hardware: false };
    const none = { available: false, hardware: false };
    expect(chooseRenderer('auto', WEBGL_MIN_ELEMENTS - 1, gpu)).toBe('canvas');
    expect(chooseRenderer('auto', WEBGL_MIN_ELEMENTS, gpu)).toBe('webgl');
    expect(chooseRenderer('auto', WEBGL_MIN_ELEMENTS * 10, software)).toBe('canvas');
    expect(chooseRenderer('auto', WEBGL_MIN_ELEMENTS * 10, none)).toBe('canvas');
    expect(chooseRenderer('webgl', 10, software)).toBe('webgl');
    expect(chooseRenderer('webgl', 10, none)).toBe('canvas');
    expect(chooseRenderer('canvas', 1e6, gpu)).toBe('canvas');
  });
});

describe('ringLayout (the draft drawn while the worker lays out)', () => {
  const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
  it('puts the root at the centre and each distance on its own ring, every node at its own place', () => {
    // A hub with 300 leaves, each leaf with 1 further neighbour (depth 2: 601 nodes).
    const ids = ['hub', ...Array.from({ length: 300 }, (_, i) => `a${i}`), ...Array.from({ length: 300 }, (_, i) => `b${i}`)];
    const edges = [...Array.from({ length: 300 }, (_, i) => ({ source: 'hub', target: `a${i}` })), ...Array.from({ length: 300 }, (_, i) => ({ source: `a${i}`, target: `b${i}` }))];
    const c = { x: 100, y: -50 };
    const p = ringLayout(ids, edges, c, 'hub');
    expect(p.size).toBe(601);
    expect(p.get('hub')).toEqual(c);
    const r1 = dist(p.get('a0')!, c);
    const r2 = dist(p.get('b0')!, c);
    for (let i = 0; i < 300; i++) {
      expect(dist(p.get(`a${i}`)!, c)).toBeCloseTo(r1, 6);
      expect(dist(p.get(`b${i}`)!, c)).toBeCloseTo(r2, 6);
    }
    // Rings wide enough for their nodes, and apart.
    expect(2 * Math.PI * r1).toBeGreaterThanOrEqual(300 * RING_SPACING - 1e-6);
    expect(r2 - r1).toBeGreaterThanOrEqual(RING_GAP - 1e-6);
    expect(new Set([...p.values()].map((q) => `${Math.round(q.x)}:${Math.round(q.y)}`)).size).toBe(601);
    // A child sits near its parent's angle.
    for (const i of [0, 77, 150, 299]) {
      const a = p.get(`a${i}`)!;
      const b = p.get(`b${i}`)!;
      const angle = (q: { x: number; y: number }) => Math.atan2(q.y - c.y, q.x - c.x);
      expect(Math.abs(Math.sin((angle(a) - angle(b)) / 2))).toBeLessThan(0.05);
    }
  });
  it('places only the fresh nodes, around an anchor already on the canvas; unreached ones go on outer rings', () => {
    const p = ringLayout(['x', 'y', 'lonely1', 'lonely2'], [{ source: 'anchor', target: 'x' }, { source: 'x', target: 'y' }], { x: 0, y: 0 }, 'anchor', new Set(['anchor']));
    expect([...p.keys()].sort()).toEqual(['lonely1', 'lonely2', 'x', 'y']);
    expect(dist(p.get('x')!, { x: 0, y: 0 })).toBeCloseTo(RING_GAP, 6);
    expect(dist(p.get('lonely1')!, { x: 0, y: 0 })).toBeGreaterThan(dist(p.get('y')!, { x: 0, y: 0 }));
    expect(ringLayout([], [], { x: 0, y: 0 }, null).size).toBe(0);
  });
});
