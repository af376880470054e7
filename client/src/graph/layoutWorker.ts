// The page's side of the layout worker: packs the canvas into typed arrays (transferred, not
// copied), sends it, and resolves with positions. One shared worker, created on first use; if
// workers are unavailable the caller lays out on the main thread instead.
import type cytoscape from 'cytoscape';
import type { LayoutName } from '../route.ts';
import { LABEL_STYLE } from '../labels.ts';
import type { LayoutRequest, LayoutResult } from './layoutCompute.ts';

/** At or above this many nodes, fcose runs in the worker. */
export const WORKER_MIN_NODES = 200;

let worker: Worker | null = null;
let failed = false;
let seq = 0;
const pending = new Map<number, (r: LayoutResult) => void>();

/** `?worker=off` in the page URL lays out on the main thread (to compare, in bench/ui.ts). */
const disabled = typeof location !== 'undefined' && new URLSearchParams(location.search).get('worker') === 'off';

export function workerAvailable(): boolean {
  return !failed && !disabled && typeof Worker !== 'undefined';
}

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'kg-layout' });
  worker.onmessage = (e: MessageEvent<LayoutResult>) => {
    const done = pending.get(e.data.seq);
    pending.delete(e.data.seq);
    done?.(e.data);
  };
  worker.onerror = (e) => {
    failed = true;
    for (const [s, done] of pending) done({ seq: s, positions: new Float64Array(0), ms: 0, layout: '', error: e.message || 'layout worker failed' });
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/** Cheap estimate of a node's box with its label below it (no text measuring on the page). */
export function nodeBox(size: number, label: string, fontPx = 11): { w: number; h: number } {
  let width = 0;
  for (const ch of label) width += ch.charCodeAt(0) > 0x2e80 ? fontPx : fontPx * 0.6;
  return { w: Math.max(size, Math.min(width, 130)), h: size + 4 + fontPx * 1.3 };
}

export interface WorkerNode {
  id: string;
  label: string;
  display: string;
  x: number;
  y: number;
}

export interface WorkerLayout {
  positions: Map<string, cytoscape.Position>;
  ms: number;
  layout: string;
}

/** Lays out `nodes` and the `edges` among them in the worker; rejects when the worker fails. */
export function layoutInWorker(nodes: readonly WorkerNode[], edges: readonly { source: string; target: string }[], layout: LayoutName, randomize: boolean): Promise<WorkerLayout> {
  const n = nodes.length;
  const ids: string[] = new Array(n);
  const index = new Map<string, number>();
  const w = new Float32Array(n);
  const h = new Float32Array(n);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  nodes.forEach((node, i) => {
    ids[i] = node.id;
    index.set(node.id, i);
    const style = (LABEL_STYLE as Record<string, { size: number } | undefined>)[node.label];
    const box = nodeBox(style?.size ?? 28, node.display);
    w[i] = box.w;
    h[i] = box.h;
    x[i] = node.x;
    y[i] = node.y;
  });
  const src: number[] = [];
  const tgt: number[] = [];
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined) continue;
    src.push(s);
    tgt.push(t);
  }
  const req: LayoutRequest = { seq: ++seq, layout, randomize, ids, w, h, x, y, source: Int32Array.from(src), target: Int32Array.from(tgt) };
  return new Promise((resolve, reject) => {
    pending.set(req.seq, (r) => {
      if (r.error) return reject(new Error(r.error));
      const positions = new Map<string, cytoscape.Position>();
      for (let i = 0; i < n; i++) positions.set(ids[i]!, { x: r.positions[2 * i]!, y: r.positions[2 * i + 1]! });
      resolve({ positions, ms: r.ms, layout: r.layout });
    });
    try {
      getWorker().postMessage(req, [w.buffer, h.buffer, x.buffer, y.buffer, req.source.buffer, req.target.buffer]);
    } catch (e) {
      pending.delete(req.seq);
      failed = true;
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}

/**
 * Zoom and pan that fit these positions (plus a node's half size) in a w × h viewport: computed from
 * the numbers, without Cytoscape measuring every element's box and label.
 */
export function fitViewport(positions: Iterable<cytoscape.Position>, w: number, h: number, padding: number, minZoom: number, maxZoom: number): { zoom: number; pan: cytoscape.Position } | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of positions) {
    if (p.x < x1) x1 = p.x;
    if (p.x > x2) x2 = p.x;
    if (p.y < y1) y1 = p.y;
    if (p.y > y2) y2 = p.y;
  }
  if (!Number.isFinite(x1) || w <= 0 || h <= 0) return null;
  const m = 30; // half a node and its label
  x1 -= m;
  x2 += m;
  y1 -= m;
  y2 += m;
  const zoom = Math.max(minZoom, Math.min(maxZoom, Math.min((w - 2 * padding) / (x2 - x1), (h - 2 * padding) / (y2 - y1))));
  return { zoom, pan: { x: (w - zoom * (x1 + x2)) / 2, y: (h - zoom * (y1 + y2)) / 2 } };
}
