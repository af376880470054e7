// ui33, in Chromium on the seeds (the page users use):
//   1. 园区: the legend no longer says 结果已按上限截断 on the default view (the home bounds are told,
//      with their counts and 显示更多, by the bounds note); nothing else is cut on the seeds;
//   2. 园区: the bounds (显示更多) and the name searches are in the URL: a reload or a shared link
//      shows the same matrix;
//   3. 探索: a 600-node canvas is drawn at draft places (rings by distance) at once, with a progress
//      note, while the worker lays it out; then it moves into place and the note goes;
//   4. a TIMEOUT (a server started with KG_QUERY_TIMEOUT_MS=1 on a copy of the data) says in Chinese
//      what happened and what to do (narrow, retry), with 重试, and the rest of the page stays usable.
// Screenshots go to test/.artifacts/ui33-*.png.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage as openPage, serverWithSlowTwin } from './harness.ts';

const errors: string[] = [];
const twins = serverWithSlowTwin({ timeoutMs: 1 });
const newPage = (watchErrors = true) => openPage(twins.browser, watchErrors ? (m) => errors.push(m) : undefined);

const columnCount = (p: Page) => p.getByRole('grid').locator('.col-head .col-name').count();
const rowNames = (p: Page) => p.getByRole('grid').getByRole('rowheader').locator('.row-name').allInnerTexts();
const hashParams = (p: Page) => new URLSearchParams(new URL(p.url()).hash.replace(/^#\/parks\??/, ''));

describe('ui33: 园区 legend, 园区 bounds in the URL, big-canvas progress, TIMEOUT hints (e2e)', () => {
  it('园区 default view: the legend warns of no cut; the bounds note says what is shown and how to see more', async () => {
    const p = await newPage();
    await p.goto(twins.server.url + '/#/parks', { waitUntil: 'networkidle' });
    await p.getByRole('grid').waitFor({ timeout: 30_000 });
    const legend = await p.locator('.parks-legend').innerText();
    expect(legend).not.toContain('截断');
    expect(await p.locator('.parks-truncated').count()).toBe(0);
    expect(await p.locator('.parks-bounds-note').innerText()).toMatch(/^当前仅显示事实最多的前 30 个园区（共 \d+ 个）× 承载园区最多的前 15 条产业链（共 \d+ 条）。可点「显示更多」/);
    await p.screenshot({ path: path.join(twins.shots, 'ui33-parks-legend.png') });
    // Every chain shown (15 → 30 ≥ the seeds' chains): still nothing to warn about.
    await p.getByRole('button', { name: '显示更多产业链' }).click();
    await expect.poll(() => columnCount(p), { timeout: 30_000 }).toBeGreaterThan(15);
    expect(await p.locator('.parks-truncated').count()).toBe(0);
    expect(await p.locator('.parks-legend').innerText()).not.toContain('截断');
    await p.close();
  }, 120_000);

  it('园区 bounds and name searches live in the URL: a reload and a shared link show the same matrix', async () => {
    const p = await newPage();
    await p.goto(twins.server.url + '/#/parks', { waitUntil: 'networkidle' });
    await p.getByRole('grid').waitFor({ timeout: 30_000 });
    const rows0 = (await rowNames(p)).length;
    await p.getByRole('button', { name: '显示更多园区' }).click();
    await expect.poll(async () => (await rowNames(p)).length, { timeout: 30_000 }).toBeGreaterThan(rows0);
    await p.getByRole('button', { name: '显示更多产业链' }).click();
    await expect.poll(() => columnCount(p), { timeout: 30_000 }).toBeGreaterThan(15);
    expect(hashParams(p).get('firstParks')).toBe('60');
    expect(hashParams(p).get('maxChains')).toBe('30');
    const wide = { rows: await rowNames(p), cols: await columnCount(p), note: await p.locator('.parks-bounds-note').innerText() };
    await p.reload({ waitUntil: 'networkidle' });
    await p.getByRole('grid').waitFor({ timeout: 30_000 });
    await expect.poll(() => columnCount(p), { timeout: 30_000 }).toBe(wide.cols);
    expect(await rowNames(p)).toEqual(wide.rows);
    expect(await p.locator('.parks-bounds-note').innerText()).toBe(wide.note);

    // A name search goes in the URL too; a link opened in another tab shows the same rows, columns and search.
    await p.getByRole('searchbox', { name: '搜索园区名称' }).fill('片区');
    await p.getByRole('searchbox', { name: '搜索产业链名称' }).fill('信创');
    await p.getByRole('button', { name: '筛选', exact: true }).click();
    await expect.poll(() => hashParams(p).get('parkName'), { timeout: 10_000 }).toBe('片区');
    expect(hashParams(p).get('chainName')).toBe('信创');
    await expect.poll(async () => (await p.getByRole('grid').locator('.col-head .col-name').allInnerTexts()).every((c) => c.includes('信创')), { timeout: 30_000 }).toBe(true);
    const narrowed = { rows: await rowNames(p), cols: await columnCount(p) };
    const shared = await newPage();
    await shared.goto(p.url(), { waitUntil: 'networkidle' });
    await shared.getByRole('grid').waitFor({ timeout: 30_000 });
    await expect.poll(() => columnCount(shared), { timeout: 30_000 }).toBe(narrowed.cols);
    expect(await rowNames(shared)).toEqual(narrowed.rows);
    expect(await shared.getByRole('searchbox', { name: '搜索园区名称' }).inputValue()).toBe('片区');
    expect(await shared.getByRole('searchbox', { name: '搜索产业链名称' }).inputValue()).toBe('信创');
    await shared.screenshot({ path: path.join(twins.shots, 'ui33-parks-shared-link.png') });
    // 清除筛选 takes the search out of the URL again; the bounds stay.
    await shared.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => hashParams(shared).get('parkName'), { timeout: 10_000 }).toBeNull();
    expect(hashParams(shared).get('firstParks')).toBe('60');
    await shared.close();
    await p.close();
  }, 180_000);

  it('探索: 600 nodes are drawn at draft places with a progress note while the worker lays them out', async () => {
    const p = await newPage();
    await p.goto(twins.server.url + '/#/explore', { waitUntil: 'networkidle' });
    await p.waitForFunction(() => !!(window as { __kgDebug?: unknown }).__kgDebug && !!window.cy);
    // What the canvas holds when the nodes first arrive (read in the same task as their addition).
    await p.evaluate(() => {
      const cy = window.cy!;
      let armed = false;
      cy.on('add', 'node', () => {
        if (armed) return;
        armed = true;
        queueMicrotask(() => {
          const ps = cy.nodes().map((n) => n.position());
          (window as unknown as { __draft: unknown }).__draft = {
            nodes: cy.nodes().length,
            running: (document.querySelector('[data-testid="graph"]') as HTMLElement).dataset.layout === 'running',
            drafts: cy.nodes('.draft').length,
            note: document.querySelector('.layout-progress')?.textContent ?? '',
            spots: new Set(ps.map((q) => `${Math.round(q.x)}:${Math.round(q.y)}`)).size,
            positions: Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])),
          };
        });
      });
    });
    await p.evaluate(() => (window as unknown as { __kgDebug: { loadSynthetic(n: number): void } }).__kgDebug.loadSynthetic(600));
    const note = p.locator('.layout-progress');
    await p.waitForFunction(() => !!(window as unknown as { __draft?: unknown }).__draft, undefined, { timeout: 60_000 });
    const draft = await p.evaluate(() => (window as unknown as { __draft: { nodes: number; running: boolean; drafts: number; note: string; spots: number; positions: Record<string, { x: number; y: number }> } }).__draft);
    // The note was up before the nodes came; they came all at once, at distinct draft places, while the layout ran.
    expect(draft.note).toContain('正在排布 600 个节点');
    expect(draft).toMatchObject({ nodes: 600, running: true, drafts: 600, spots: 600 });
    await p.screenshot({ path: path.join(twins.shots, 'ui33-layout-draft.png') });
    await p.waitForFunction(
      () => {
        const t = (window as unknown as { __kgDebug: { lastLayout(): { nodes: number; firstFrameMs?: number } | null } }).__kgDebug.lastLayout();
        return t?.nodes === 600 && t.firstFrameMs !== undefined && (document.querySelector('[data-testid="graph"]') as HTMLElement).dataset.layout === 'idle';
      },
      undefined,
      { timeout: 120_000 },
    );
    const done = await p.evaluate((before) => {
      const t = (window as unknown as { __kgDebug: { lastLayout(): { worker: boolean; draftAt?: number; received: number; start: number } } }).__kgDebug.lastLayout();
      const moved = window.cy!.nodes().filter((n) => {
        const b = before[n.id()]!;
        return Math.abs(b.x - n.position('x')) + Math.abs(b.y - n.position('y')) > 1;
      }).length;
      return { ...t, moved, drafts: window.cy!.elements('.draft').length };
    }, draft.positions);
    expect(done.worker).toBe(true);
    expect(done.draftAt).toBeGreaterThanOrEqual(done.start);
    expect(done.draftAt).toBeLessThan(done.received);
    expect(done.moved).toBeGreaterThan(500);
    expect(done.drafts).toBe(0);
    expect(await note.count()).toBe(0);
    console.log(`ui33 layout: draft drawn ${Math.round(done.draftAt! - done.start)} ms after the start, worker positions at ${Math.round(done.received - done.start)} ms`);
    await p.screenshot({ path: path.join(twins.shots, 'ui33-layout-done.png') });
    await p.close();
  }, 240_000);

  it('TIMEOUT on 园区: says what happened and what to do, with 重试; the toolbar stays usable', async () => {
    const p = await newPage(false);
    await p.goto(twins.slow.url + '/#/parks');
    const alert = p.locator('.parks-main .state-error[role="alert"]');
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.getAttribute('data-code')).toBe('TIMEOUT');
    expect(await alert.locator('strong').innerText()).toBe('查询超时');
    const hint = await alert.locator('.state-hint').innerText();
    expect(hint).toContain('这部分暂无结果，页面其他部分仍可使用');
    expect(hint).toContain('产业链');
    expect(hint).toContain('重试');
    expect(hint).not.toContain('请确认服务已启动');
    // The server's own bilingual message is folded away, in the page's language only.
    const detail = alert.locator('details.error-more');
    expect(await detail.getAttribute('open')).toBeNull();
    await detail.locator('summary').click();
    const said = await detail.locator('.error-detail').innerText();
    expect(said).toContain('查询超时');
    expect(said).not.toContain('execution deadline');
    await p.screenshot({ path: path.join(twins.shots, 'ui33-timeout-parks.png') });
    // 重试 asks again (and times out again here); the rest of the page still works.
    await alert.getByRole('button', { name: '重试' }).click();
    await alert.waitFor({ timeout: 60_000 });
    await p.getByRole('combobox', { name: '依据' }).selectOption('stated');
    await expect.poll(() => hashParams(p).get('basis')).toBe('stated');
    await p.locator('nav.tabs').getByRole('link', { name: '探索', exact: true }).click();
    await expect.poll(() => new URL(p.url()).hash).toMatch(/^#\/explore/);
    await p.close();
  }, 120_000);

  it('TIMEOUT on 探索: the banner says what happened, how to narrow, and retries', async () => {
    const p = await newPage(false);
    await p.goto(twins.slow.url + '/#/explore?seeds=enterprise:飞腾');
    const banner = p.locator('.error-banner[role="alert"]');
    await banner.waitFor({ timeout: 60_000 });
    expect(await banner.getAttribute('data-code')).toBe('TIMEOUT');
    expect(await banner.locator('strong').innerText()).toBe('查询超时');
    const hint = await banner.locator('.state-hint').innerText();
    expect(hint).toContain('关系类型');
    expect(hint).toContain('重试');
    await p.screenshot({ path: path.join(twins.shots, 'ui33-timeout-explore.png') });
    await banner.getByRole('button', { name: '重试' }).click();
    await banner.waitFor({ timeout: 60_000 });
    await banner.getByRole('button', { name: '关闭错误提示' }).click();
    expect(await banner.count()).toBe(0);
    // The canvas tools still answer.
    await p.getByRole('combobox', { name: '布局' }).selectOption('dagre');
    await expect.poll(() => new URL(p.url()).hash).toContain('layout=dagre');
    await p.close();
  }, 120_000);

  it('logged no errors on the working server', () => {
    expect(errors).toEqual([]);
  });
});
