// The walking skeleton end to end: search a department, draw it with its measures,
// open a measure on the canvas and read the evidence of its responsibility edge.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactsDir, launchBrowser, startServer, type RunningBrowser, type RunningServer } from './harness.ts';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;
let page: Page;
let shots: string;
const consoleErrors: string[] = [];

/** Waits until the Cytoscape layout has stopped (GraphView sets data-layout). */
async function layoutSettled(p: Page): Promise<void> {
  await p.waitForSelector('[data-testid="graph"][data-layout="idle"]', { timeout: 20_000 });
}

async function shot(name: string): Promise<string> {
  const file = path.join(shots, name);
  await page.screenshot({ path: file });
  return file;
}

describe('explore page (e2e)', () => {
  beforeAll(async () => {
    shots = await artifactsDir();
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
    // (net::ERR_ABORTED is the client cancelling a superseded request with its AbortController — the details panel
    // when another node is picked, the search box on the next keystroke; on a loaded machine the first is still in flight)
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') consoleErrors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
    });
  });

  afterAll(async () => {
    await browser?.stop();
    await server?.stop();
  });

  it('shows the header and the empty state', async () => {
    await page.goto(`${server!.url}/#/explore`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('h1').innerText()).toContain('产业链知识图谱');
    await page.getByText('输入名称开始探索，例如：科技局、飞腾、信创').waitFor();
    // Header statistics come from `stats`.
    await page.locator('.topbar-stats span').first().waitFor();
    await shot('01-empty.png');
  });

  it('searches a department, draws it with its measures and shows evidence', async () => {
    const box = page.getByRole('combobox', { name: '搜索' });
    await box.fill('科技局');
    const deptGroup = page.getByRole('group', { name: '部门' });
    await deptGroup.waitFor({ timeout: 10_000 });
    const option = deptGroup.getByRole('option').filter({ hasText: '科技局' }).first();
    await option.waitFor();
    await shot('02-suggestions.png');
    const deptId = (await option.getAttribute('data-id')) ?? '';
    expect(deptId).toMatch(/^dept:/);
    await option.click();

    // The department and its measures are drawn.
    await page.waitForFunction((id) => !!window.cy && window.cy.getElementById(id).nonempty() && window.cy.nodes().length > 1, deptId, {
      timeout: 15_000,
    });
    await layoutSettled(page);
    const drawn = await page.evaluate((id) => {
      const cy = window.cy!;
      const dept = cy.getElementById(id);
      return {
        dept: dept.data('label') as string,
        measures: dept.neighborhood('node[label = "Measure"]').map((n) => n.id()),
        responsible: dept.connectedEdges('[type = "RESPONSIBLE_FOR"]').length,
      };
    }, deptId);
    expect(drawn.dept).toBe('Department');
    expect(drawn.measures.length).toBeGreaterThan(0);
    expect(drawn.responsible).toBeGreaterThan(0);

    // Details show the department itself.
    const details = page.getByRole('complementary', { name: '详情' });
    await details.locator('.entity-name').filter({ hasText: '科技局' }).waitFor();
    await shot('03-department.png');

    // Click a measure on the canvas (real pointer event at its rendered position): the one with the
    // most room around it inside the viewport, so the click cannot land on a neighbour.
    const measureId = await page.evaluate((ids) => {
      const cy = window.cy!;
      const w = cy.width();
      const h = cy.height();
      let best = ids[0]!;
      let room = -1;
      for (const id of ids) {
        const p = cy.getElementById(id).renderedPosition();
        if (p.x < 20 || p.y < 20 || p.x > w - 20 || p.y > h - 20) continue;
        let nearest = Infinity;
        cy.nodes().forEach((n) => {
          if (n.id() === id) return;
          const q = n.renderedPosition();
          nearest = Math.min(nearest, Math.hypot(q.x - p.x, q.y - p.y));
        });
        if (nearest > room) [best, room] = [id, nearest];
      }
      return best;
    }, drawn.measures);
    const pos = await page.evaluate((id) => window.cy!.getElementById(id).renderedPosition(), measureId);
    const canvasBox = (await page.getByTestId('graph').boundingBox())!;
    await page.mouse.click(canvasBox.x + pos.x, canvasBox.y + pos.y);
    await expect.poll(() => page.evaluate(() => window.cy!.$('node:selected').map((n) => n.id()))).toEqual([measureId]);
    await details.locator('.entity-head .label-chip').filter({ hasText: '举措' }).waitFor();
    const measureText = (await details.locator('.measure-text blockquote').innerText().catch(() => '')).trim();

    // Its responsibility edge to our department, from the details list → every evidence sentence.
    const edgeId = await page.evaluate(
      ([m, d]) => window.cy!.edges(`[type = "RESPONSIBLE_FOR"]`).filter((e) => e.source().id() === d && e.target().id() === m).first().id(),
      [measureId, deptId] as const,
    );
    expect(edgeId).toBeTruthy();
    await details.locator(`[data-edge-id="${edgeId}"]`).click();
    const evidence = details.locator('.evidence-text');
    await evidence.first().waitFor();
    const sentences = await evidence.allInnerTexts();
    expect(sentences.length).toBeGreaterThan(0);
    const ok = sentences.some((s) => /责任部门|责任单位|牵头/.test(s) || (measureText !== '' && (measureText.includes(s.trim()) || s.includes(measureText.slice(0, 12)))) || s.includes('科技局'));
    expect(ok, `evidence should quote the responsibility: ${JSON.stringify(sentences)}`).toBe(true);
    await expect.poll(() => page.evaluate(() => window.cy!.$('edge:selected').map((e) => e.id()))).toEqual([edgeId]);
    // The document name is shown with each sentence.
    expect((await details.locator('.evidence .doc-link').first().innerText()).trim().length).toBeGreaterThan(0);

    // The README screenshots (1440×900) are taken by views.e2e.ts.
    await shot('04-evidence.png');
  });

  it('clicking an edge on the canvas shows its evidence; double-click expands a node', async () => {
    const details = page.getByRole('complementary', { name: '详情' });
    const target = await page.evaluate(() => {
      const cy = window.cy!;
      const e = cy.edges('[type = "RESPONSIBLE_FOR"]').last();
      return { id: e.id(), mid: e.renderedMidpoint() };
    });
    const canvasBox = (await page.getByTestId('graph').boundingBox())!;
    await page.mouse.click(canvasBox.x + target.mid.x, canvasBox.y + target.mid.y);
    await expect.poll(() => page.evaluate(() => window.cy!.$('edge:selected').map((e) => e.id()))).toEqual([target.id]);
    await details.locator('.evidence-text').first().waitFor();

    // Double-click a measure: its neighbours merge into the canvas (never fewer nodes than before).
    const before = await page.evaluate(() => window.cy!.nodes().length);
    const m = await page.evaluate(() => {
      const n = window.cy!.nodes('[label = "Measure"]').first();
      return { id: n.id(), pos: n.renderedPosition() };
    });
    await page.mouse.dblclick(canvasBox.x + m.pos.x, canvasBox.y + m.pos.y);
    await page.waitForFunction(() => !document.querySelector('.busy'));
    await layoutSettled(page);
    const after = await page.evaluate(() => window.cy!.nodes().length);
    expect(after).toBeGreaterThanOrEqual(before);
    await shot('05-expanded.png');
  });

  it('详情 shows how each fact is stated: its basis in Chinese and its confidence (飞腾)', async () => {
    const details = page.getByRole('complementary', { name: '详情' });
    await page.getByRole('combobox', { name: '搜索' }).fill('飞腾');
    const option = page.getByRole('option').filter({ hasText: '飞腾' }).first();
    await option.waitFor({ timeout: 10_000 });
    await option.click();
    await details.locator('.entity-name').filter({ hasText: '飞腾' }).waitFor();
    const chips = details.locator('.edge-item .basis-chip');
    await chips.first().waitFor();
    const texts = await chips.allInnerTexts();
    expect(texts.length).toBeGreaterThan(0);
    for (const s of texts) expect(s.trim()).toMatch(/^(明确陈述|规划|鼓励|并列提及|词表|企业名录|人工确认)( 0\.\d\d)?( · 弱)?$/);
    // the fact's own view says it in its header, not as raw basis/confidence properties
    await details.locator('.edge-item').filter({ has: page.locator('.basis-chip') }).first().click();
    await details.locator('.edge-view .entity-head .basis-chip').waitFor();
    const props = details.locator('.edge-view .props');
    if ((await props.count()) > 0) expect(await props.innerText()).not.toMatch(/confidence|basis/);
    // weak facts (encouraged or listed) are hidden by default; 显示弱关系 draws them dashed and faint
    expect(await page.evaluate(() => window.cy!.edges('[weak = 1]').length)).toBe(0);
    const toggle = page.getByRole('checkbox', { name: /显示弱关系/ });
    const hiddenWeak = Number(await page.locator('label.check', { has: toggle }).locator('.badge').innerText());
    expect(hiddenWeak).toBeGreaterThan(0);
    const drawn = await page.evaluate(() => window.cy!.edges().length);
    await toggle.check();
    await page.waitForFunction((n) => window.cy!.edges().length === n, drawn + hiddenWeak, { timeout: 15_000 });
    expect(page.url()).toContain('weak=1');
    const weak = await page.evaluate(() => window.cy!.edges('[weak = 1]').map((e) => ({ style: e.style('line-style') as string, opacity: Number(e.style('opacity')) })));
    expect(weak.length).toBe(hiddenWeak);
    for (const w of weak) expect(w).toEqual({ style: 'dashed', opacity: 0.55 });
    await shot('06-basis.png');
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
