// UI benchmark in headless Chromium against the built client served by the real server on the
// seeds (the same harness as the e2e tests). Prints figures, never asserts timings.
//   1. time to first drawn graph after load (a shared Explore link: fetch + layout + draw);
//   2. for synthetic canvases of 500, 2,000 and 5,000 nodes (2.5 edges per node, so 2,000 nodes
//      come with 5,000 edges), injected through the page's debug hook: time to add the elements,
//      layout time (fcose, draft quality above 300 nodes; in the layout worker from 200 nodes), the
//      main thread's long tasks (PerformanceObserver 'longtask', ≥ 50 ms) while laying out and over
//      the whole load, and frame times while panning by mouse drag; the 5,000-node canvas again with
//      the worker off (?worker=off), to compare in the same run;
//   3. the renderers at 20,000 elements (and, in a full run, 2,000 / 5,000 / 10,000 to find where the
//      canvas stops being smooth): first draw after layout and frame times while panning, canvas vs
//      Cytoscape's WebGL renderer (forced with ?renderer=canvas|webgl);
//   4. the JS bundle size, gzip: what index.html loads up front, the lazy chunks, and the GraphQL IDE.
// Run alone: npx vite build --config client/vite.config.ts && npx tsx bench/ui.ts [--quick]
// (bench/run.ts calls benchUi.)
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser, startServer } from '../test/e2e/harness.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'client/dist');

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const kb = (b: number) => round(b / 1024, 1);

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

interface BundleFigures {
  /** JS that index.html loads before anything is drawn (entry + static imports). */
  initialJsGzipKb: number;
  initialJsRawKb: number;
  initialCssGzipKb: number;
  /** JS the explorer loads on demand (e.g. the pinyin matcher on the first Latin query). */
  lazyJsGzipKb: number;
  /** JS only the GraphQL IDE page loads (GraphiQL, Monaco and its workers), React excluded. */
  graphiqlJsGzipKb: number;
  chunks: { file: string; gzipKb: number; kind: 'initial' | 'lazy' | 'ide' }[];
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  src?: string;
}

/** Sizes of the client bundle from Vite's manifest: up-front, lazy, and GraphQL-IDE-only chunks. */
export async function bundleSizes(): Promise<BundleFigures> {
  const manifest = JSON.parse(await readFile(path.join(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entry = (html: string) => Object.entries(manifest).find(([k, c]) => c.isEntry && k.endsWith(html))?.[0];
  const closure = (keys: string[], follow: (c: ManifestChunk) => string[]) => {
    const seen = new Set<string>();
    const stack = [...keys];
    while (stack.length) {
      const k = stack.pop()!;
      if (seen.has(k) || !manifest[k]) continue;
      seen.add(k);
      stack.push(...follow(manifest[k]));
    }
    return seen;
  };
  const main = entry('index.html');
  const ide = entry('graphiql.html');
  if (!main) throw new Error('client/dist/.vite/manifest.json has no index.html entry: rebuild the client');
  const initial = closure([main], (c) => c.imports ?? []);
  const reachable = closure([main], (c) => [...(c.imports ?? []), ...(c.dynamicImports ?? [])]);
  const ideAll = ide ? closure([ide], (c) => [...(c.imports ?? []), ...(c.dynamicImports ?? [])]) : new Set<string>();
  const out: BundleFigures = { initialJsGzipKb: 0, initialJsRawKb: 0, initialCssGzipKb: 0, lazyJsGzipKb: 0, graphiqlJsGzipKb: 0, chunks: [] };
  const gz = async (file: string) => {
    const buf = await readFile(path.join(DIST, file));
    return { raw: buf.length, gz: gzipSync(buf, { level: 9 }).length };
  };
  const cssDone = new Set<string>();
  for (const k of initial) {
    for (const css of manifest[k]!.css ?? []) {
      if (cssDone.has(css)) continue;
      cssDone.add(css);
      out.initialCssGzipKb += (await gz(css)).gz;
    }
  }
  const counted = new Set<string>();
  const add = async (k: string, kind: 'initial' | 'lazy' | 'ide') => {
    const file = manifest[k]!.file;
    if (counted.has(file) || !file.endsWith('.js')) return;
    counted.add(file);
    const s = await gz(file);
    out.chunks.push({ file, gzipKb: kb(s.gz), kind });
    if (kind === 'initial') {
      out.initialJsGzipKb += s.gz;
      out.initialJsRawKb += s.raw;
    } else if (kind === 'lazy') out.lazyJsGzipKb += s.gz;
    else out.graphiqlJsGzipKb += s.gz;
  };
  for (const k of initial) await add(k, 'initial');
  for (const k of reachable) if (!initial.has(k)) await add(k, 'lazy');
  for (const k of ideAll) if (!reachable.has(k)) await add(k, 'ide');
  // Web workers are emitted beside the chunks, outside the manifest's import graph: Monaco's belong to
  // the GraphQL IDE, the layout worker is the explorer's (loaded on the first big canvas).
  for (const f of await readdir(path.join(DIST, 'assets'))) {
    if (/worker.*\.js$/.test(f) && !counted.has(`assets/${f}`)) {
      const s = await gz(`assets/${f}`);
      counted.add(`assets/${f}`);
      const kind = f.startsWith('layout.worker') ? 'lazy' : 'ide';
      if (kind === 'lazy') out.lazyJsGzipKb += s.gz;
      else out.graphiqlJsGzipKb += s.gz;
      out.chunks.push({ file: `assets/${f}`, gzipKb: kb(s.gz), kind });
    }
  }
  out.initialJsGzipKb = kb(out.initialJsGzipKb);
  out.initialJsRawKb = kb(out.initialJsRawKb);
  out.initialCssGzipKb = kb(out.initialCssGzipKb);
  out.lazyJsGzipKb = kb(out.lazyJsGzipKb);
  out.graphiqlJsGzipKb = kb(out.graphiqlJsGzipKb);
  out.chunks.sort((a, b) => b.gzipKb - a.gzipKb);
  return out;
}

/** Frame intervals (ms) recorded with requestAnimationFrame while the mouse drags the canvas. */
async function panFrames(page: Page, steps: number): Promise<{ frames: number[]; pannedPx: number }> {
  const box = (await page.getByTestId('graph').boundingBox())!;
  // Zoom out around the centre so the corner we grab is empty background (a pan, not a node drag).
  await page.evaluate(() => {
    const cy = window.cy!;
    cy.zoom({ level: cy.zoom() * 0.6, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  });
  // A string, not a function: tsx's name-keeping helpers do not exist in the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stop = false;
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame((t) => { last = t; requestAnimationFrame(tick); });
  })()`);
  const pan0 = await page.evaluate(() => window.cy!.pan());
  const x0 = box.x + 12;
  const y0 = box.y + 12;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    // Back and forth so the graph stays on screen.
    const dx = 240 * Math.sin((i / steps) * Math.PI * 2);
    const dy = 120 * Math.sin((i / steps) * Math.PI * 4);
    await page.mouse.move(x0 + 250 + dx, y0 + 150 + dy);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames.slice(1);
  });
  // How far the viewport moved in total: proves the drag panned (rather than moved a node).
  const pan1 = await page.evaluate(() => window.cy!.pan());
  return { frames, pannedPx: Math.round(Math.hypot(pan1.x - pan0.x, pan1.y - pan0.y)) };
}

interface LongTask {
  start: number;
  duration: number;
}

/**
 * Long tasks against a window of time: how many, and how long the longest kept the main thread from
 * answering inside the window (its overlap with it). A task that starts the layout or receives its
 * result touches the window for a few ms; a layout computed on the page fills it.
 */
function longTaskFigures(tasks: LongTask[], from: number, to: number): { count: number; over100: number; maxMs: number; maxBlockedMs: number } {
  const inWindow = tasks.filter((t) => t.start + t.duration > from && t.start < to);
  const overlap = (t: LongTask) => Math.min(to, t.start + t.duration) - Math.max(from, t.start);
  return {
    count: inWindow.length,
    over100: inWindow.filter((t) => overlap(t) >= 100).length,
    maxMs: round(Math.max(0, ...inWindow.map((t) => t.duration))),
    maxBlockedMs: round(Math.max(0, ...inWindow.map(overlap))),
  };
}

/**
 * Loads a synthetic canvas of n nodes / m edges through the page's debug hook (`query` adds URL
 * parameters: worker=off, renderer=canvas|webgl), waits for the layout and its first frame, then pans.
 */
async function syntheticCanvas(page: Page, url: string, n: number, m: number, query: string, panSteps: number): Promise<Record<string, unknown>> {
  await page.goto('about:blank');
  await page.goto(`${url}/${query ? '?' + query : ''}#/explore`, { waitUntil: 'load' });
  await page.waitForFunction(() => !!(window as { __kgDebug?: unknown }).__kgDebug && !!window.cy);
  // Long tasks of the main thread from here on (Chromium reports every task ≥ 50 ms).
  await page.evaluate(`(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: false });
  })()`);
  const t0 = await page.evaluate(() => performance.now());
  const wall0 = Date.now();
  await page.evaluate(([nn, mm]) => {
    const d = (window as unknown as { __kgDebug: { loadSynthetic(n: number, m: number): void } }).__kgDebug;
    d.loadSynthetic(nn!, mm!);
  }, [n, m]);
  await page.waitForFunction(
    (nn) => {
      const d = (window as unknown as { __kgDebug: { lastLayout(): { nodes: number; firstFrameMs?: number } | null } }).__kgDebug;
      const el = document.querySelector('[data-testid="graph"]') as HTMLElement | null;
      const t = d.lastLayout();
      return t?.nodes === nn && t.firstFrameMs !== undefined && el?.dataset.layout === 'idle';
    },
    n,
    { timeout: 900_000, polling: 200 },
  );
  const wallMs = Date.now() - wall0;
  // Let a second of frames pass, so the tasks of the first draws are reported.
  await page.waitForTimeout(1000);
  const timing = await page.evaluate(() => (window as unknown as { __kgDebug: { lastLayout(): Record<string, number | string | boolean> } }).__kgDebug.lastLayout());
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: LongTask[] }).__longTasks);
  const { frames, pannedPx } = await panFrames(page, panSteps);
  return {
    nodes: n,
    edges: timing.edges,
    elements: Number(timing.nodes) + Number(timing.edges),
    renderer: timing.renderer,
    layout: timing.layout,
    worker: timing.worker,
    addMs: round(Number(timing.addMs)),
    layoutMs: round(Number(timing.layoutMs)),
    workerMs: round(Number(timing.workerMs)),
    applyMs: round(Number(timing.applyMs)),
    firstFrameMs: round(Number(timing.firstFrameMs)),
    wallMs,
    // While laying out: from the layout's start until its positions are known (the worker's answer
    // arrives, or the page's own layout ends); adding and drawing the placed nodes come after.
    longTasksDuringLayout: longTaskFigures(tasks, Number(timing.start), Number(timing.received)),
    longTasksAddAndDraw: longTaskFigures(tasks, Number(timing.received), Number(timing.end) + Number(timing.firstFrameMs) + 50),
    longTasksWholeLoad: longTaskFigures(tasks, t0, Number(timing.end) + Number(timing.firstFrameMs) + 1000),
    frames: frames.length,
    pannedPx,
    frameMsP50: round(pct(frames, 50)),
    frameMsP95: round(pct(frames, 95)),
    frameMsMax: round(Math.max(...frames)),
  };
}

function logCanvas(r: Record<string, unknown>): void {
  const lt = r.longTasksDuringLayout as { count: number; over100: number; maxMs: number; maxBlockedMs: number };
  const lw = r.longTasksWholeLoad as { count: number; over100: number; maxMs: number };
  console.log(
    `${r.renderer} ${r.nodes} nodes / ${r.edges} edges: add ${r.addMs} ms, layout ${r.layout}${r.worker ? ' in worker' : ' on main thread'} ${r.layoutMs} ms` +
      `${r.worker ? ` (worker ${r.workerMs} ms, apply ${r.applyMs} ms)` : ''}, first frame ${r.firstFrameMs} ms (wall ${r.wallMs} ms); ` +
      `main thread blocked ≥100 ms while laying out: ${lt.over100} time(s) (longest block ${lt.maxBlockedMs} ms); tasks ≥100 ms over the whole load (add + layout + first draw): ${lw.over100} (longest ${lw.maxMs} ms); ` +
      `panning: frame p50 ${r.frameMsP50} ms, p95 ${r.frameMsP95} ms, max ${r.frameMsMax} ms over ${r.frames} frames`,
  );
}

export async function benchUi(opts: { quick: boolean }): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  const bundle = await bundleSizes();
  results.bundle = bundle;
  console.log(`UI bundle (gzip): initial JS ${bundle.initialJsGzipKb} KB (raw ${bundle.initialJsRawKb} KB), CSS ${bundle.initialCssGzipKb} KB; lazy JS ${bundle.lazyJsGzipKb} KB; GraphQL IDE JS ${bundle.graphiqlJsGzipKb} KB`);

  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // 1. First drawn graph after load: a shared link to 飞腾 and 信创 with their neighbourhoods.
    const firstDraw: number[] = [];
    const fcp: number[] = [];
    const runs = opts.quick ? 2 : 5;
    for (let i = 0; i < runs; i++) {
      await page.goto('about:blank'); // a fresh load each time (same URL + hash would only change the hash)
      await page.goto(`${server.url}/#/explore?seeds=${encodeURIComponent('enterprise:飞腾|industry:信创')}`, { waitUntil: 'load' });
      await page.waitForFunction(() => (window as { __kgFirstDraw?: number }).__kgFirstDraw !== undefined, undefined, { timeout: 60_000 });
      const t = await page.evaluate(() => ({
        draw: (window as { __kgFirstDraw?: number }).__kgFirstDraw!,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        nodes: window.cy!.nodes().length,
      }));
      firstDraw.push(t.draw);
      fcp.push(t.fcp);
      if (i === 0) results.firstDrawNodes = t.nodes;
    }
    results.firstContentfulPaintMs = round(pct(fcp, 50));
    results.firstDrawnGraphMs = round(pct(firstDraw, 50));
    console.log(`first contentful paint ${results.firstContentfulPaintMs} ms; first drawn graph (${results.firstDrawNodes} nodes, shared link) ${results.firstDrawnGraphMs} ms (median of ${runs})`);

    // 2. Synthetic canvases: layout in the worker, the main thread's long tasks, panning.
    const sizes = opts.quick ? [500, 5000] : [500, 2000, 5000];
    const canvases: Record<string, unknown>[] = [];
    for (const n of sizes) {
      const row = await syntheticCanvas(page, server.url, n, Math.round(n * 2.5), '', opts.quick ? 40 : 80);
      canvases.push(row);
      logCanvas(row);
    }
    // The same 5,000 nodes laid out on the main thread, for comparison.
    const main = await syntheticCanvas(page, server.url, 5000, 12500, 'worker=off', opts.quick ? 20 : 40);
    canvases.push(main);
    logCanvas(main);
    results.canvases = canvases;

    // 3. Renderers: canvas vs WebGL at the same sizes (elements = nodes + edges, 2.5 edges per node).
    const elementSizes = opts.quick ? [20000] : [2000, 5000, 10000, 20000];
    const renderers: Record<string, unknown>[] = [];
    for (const elements of elementSizes) {
      const nodes = Math.round(elements / 3.5);
      for (const renderer of ['canvas', 'webgl'] as const) {
        const row = await syntheticCanvas(page, server.url, nodes, elements - nodes, `renderer=${renderer}`, opts.quick ? 20 : 30);
        renderers.push(row);
        logCanvas(row);
      }
    }
    results.renderers = renderers;
    results.webgl = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'none';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)) + ' / ' + String(gl.getParameter(gl.VERSION));
    });
    console.log(`WebGL context: ${results.webgl}`);
    if (errors.length) results.pageErrors = errors;
  } finally {
    await browser.stop();
    await server.stop();
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  benchUi({ quick: process.argv.includes('--quick') }).then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
