// The Explore canvas at size, in Chromium: a big canvas is laid out in the layout worker (the page
// gets positions back and adds the nodes in place) and the WebGL renderer draws and picks nodes.
// Timings are printed by bench/ui.ts, never asserted here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, startServer, type RunningBrowser, type RunningServer } from './harness.ts';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;
const errors: string[] = [];

async function open(query = ''): Promise<Page> {
  const p = await browser!.context.newPage();
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await p.goto(`${server!.url}/${query}#/explore`, { waitUntil: 'networkidle' });
  await p.waitForFunction(() => !!(window as { __kgDebug?: unknown }).__kgDebug && !!window.cy);
  return p;
}

interface Timing {
  nodes: number;
  edges: number;
  worker: boolean;
  layout: string;
  renderer: string;
  firstFrameMs?: number;
}

async function loadSynthetic(p: Page, n: number): Promise<Timing> {
  await p.evaluate((nn) => (window as unknown as { __kgDebug: { loadSynthetic(n: number): void } }).__kgDebug.loadSynthetic(nn), n);
  await p.waitForFunction(
    (nn) => {
      const t = (window as unknown as { __kgDebug: { lastLayout(): Timing | null } }).__kgDebug.lastLayout();
      return t?.nodes === nn && t.firstFrameMs !== undefined && (document.querySelector('[data-testid="graph"]') as HTMLElement).dataset.layout === 'idle';
    },
    n,
    { timeout: 120_000 },
  );
  return p.evaluate(() => (window as unknown as { __kgDebug: { lastLayout(): Timing } }).__kgDebug.lastLayout());
}

describe('Explore canvas at size (e2e)', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.stop();
    await server?.stop();
  });

  it('lays out a big canvas in the worker and places every node', async () => {
    const p = await open();
    const t = await loadSynthetic(p, 600);
    expect(t).toMatchObject({ nodes: 600, worker: true, layout: 'fcose', renderer: 'canvas' });
    const spread = await p.evaluate(() => {
      const cy = window.cy!;
      const ps = cy.nodes().map((n) => n.position());
      const finite = ps.every((q) => Number.isFinite(q.x) && Number.isFinite(q.y));
      const spots = new Set(ps.map((q) => `${Math.round(q.x)}:${Math.round(q.y)}`)).size;
      const bb = cy.nodes().boundingBox();
      const ext = cy.extent();
      return { finite, spots, inView: bb.x1 >= ext.x1 - 1 && bb.x2 <= ext.x2 + 1 && bb.y1 >= ext.y1 - 1 && bb.y2 <= ext.y2 + 1 };
    });
    expect(spread.finite).toBe(true);
    expect(spread.inView).toBe(true);
    expect(spread.spots).toBeGreaterThan(585); // spread out, not piled up (a few draft-quality near-misses allowed)
    // 重新布局 goes through the worker too; the hierarchical layout stays on the page (breadthfirst above 500 nodes).
    const before = await p.evaluate(() => (window as unknown as { __kgDebug: { lastLayout(): { end: number } } }).__kgDebug.lastLayout().end);
    await p.getByRole('button', { name: '重新布局' }).click();
    await p.waitForFunction((b) => {
      const t = (window as unknown as { __kgDebug: { lastLayout(): Timing & { end: number } } }).__kgDebug.lastLayout();
      return t.end > b && (document.querySelector('[data-testid="graph"]') as HTMLElement).dataset.layout === 'idle';
    }, before, { timeout: 120_000 });
    expect(await p.evaluate(() => (window as unknown as { __kgDebug: { lastLayout(): Timing } }).__kgDebug.lastLayout())).toMatchObject({ worker: true, layout: 'fcose', nodes: 600 });
    await p.getByRole('combobox', { name: '布局' }).selectOption('dagre');
    await p.waitForFunction(() => {
      const t = (window as unknown as { __kgDebug: { lastLayout(): Timing } }).__kgDebug.lastLayout();
      return t.layout === 'breadthfirst' && (document.querySelector('[data-testid="graph"]') as HTMLElement).dataset.layout === 'idle';
    }, undefined, { timeout: 120_000 });
    await p.close();
  }, 240_000);

  it('lays out on the page when the worker is off, with the same result shape', async () => {
    const p = await open('?worker=off');
    const t = await loadSynthetic(p, 300);
    expect(t).toMatchObject({ nodes: 300, worker: false, layout: 'fcose' });
    await p.close();
  }, 120_000);

  it('draws with the WebGL renderer when asked, and still picks nodes under the pointer', async () => {
    const p = await open('?renderer=webgl');
    const t = await loadSynthetic(p, 250);
    expect(t.renderer).toBe('webgl');
    expect(await p.locator('[data-testid="graph"] canvas[data-id="layer3-webgl"]').count()).toBe(1);
    expect(await p.getByTestId('graph').getAttribute('data-renderer')).toBe('webgl');
    // Click a node: the WebGL picking finds it and the details panel opens on it.
    // A node whose centre is on the canvas itself, not under the legend, the minimap or another
    // overlay (which one that is depends on the layout and the canvas size), once the layout is idle.
    await p.waitForFunction(() => (document.querySelector('[data-testid="graph"]') as HTMLElement).dataset.layout === 'idle');
    const target = await p.evaluate(() => {
      const graph = document.querySelector('[data-testid="graph"]')!;
      const box = graph.getBoundingClientRect();
      for (const n of window.cy!.nodes().filter((x) => x.degree(false) > 0)) {
        const pos = n.renderedPosition();
        const hit = document.elementFromPoint(box.x + pos.x, box.y + pos.y);
        if (hit instanceof HTMLCanvasElement && graph.contains(hit)) return { id: n.id(), x: box.x + pos.x, y: box.y + pos.y };
      }
      throw new Error('no node with its centre on the canvas');
    });
    await p.mouse.click(target.x, target.y);
    await expect.poll(() => p.evaluate(() => window.cy!.$('node:selected').map((n) => n.id()))).toEqual([target.id]);
    await p.close();
  }, 120_000);

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});
