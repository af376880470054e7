// 园区, the planner's home page, end to end in Chromium on the seeds: the park × chain matrix
// (海洋片区, 华苑片区, 渤龙湖片区 against 信创, 新经济服务业, 生物医药, 高端装备), a cell's facts with
// their sentences, the grid by keyboard, filters, a row to 探索 and a column to 产业链, the chain
// drill-down, two parks compared, CSV and PNG exports, the share link, and axe-core on every mode.
// The README's picture (docs/screenshots/parks.png) is taken here with UPDATE_SCREENSHOTS=1.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, launchBrowser, startServer, type RunningBrowser, type RunningServer } from './harness.ts';
import { axeViolations } from './axe.ts';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;
let page: Page;
const consoleErrors: string[] = [];
const SHOTS = path.join(ROOT, process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test/.artifacts');

async function newPage(): Promise<Page> {
  const p = await browser!.context.newPage();
  await p.setViewportSize({ width: 1440, height: 900 });
  p.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${p.url()}: ${m.text()}`);
  });
  p.on('pageerror', (e) => consoleErrors.push(`pageerror ${p.url()}: ${e.message}`));
  return p;
}

const grid = () => page.getByRole('grid');
const rowHeaders = () => grid().getByRole('rowheader').locator('.row-name').allInnerTexts();
const columnHeaders = () => grid().locator('.col-head .col-name').allInnerTexts();
const cell = (row: string, col: string) => page.locator(`td[data-cell="${row}|${col}"]`);
const hashParams = () => new URLSearchParams(decodeURIComponent(new URL(page.url()).hash.split('?')[1] ?? ''));

async function noAxeViolations(p: Page, what: string): Promise<void> {
  const v = await axeViolations(p);
  expect(v, `${what}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
}

describe('园区 view (e2e)', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await newPage();
  });

  afterAll(async () => {
    await browser?.stop();
    await server?.stop();
  });

  it('is the home page: the 片区 against the chains, grouped by containment', async () => {
    await page.goto(server!.url, { waitUntil: 'networkidle' });
    await grid().waitFor({ timeout: 20_000 });
    expect(await page.locator('.tab.active').innerText()).toBe('园区');
    expect(await rowHeaders()).toEqual(expect.arrayContaining(['海洋片区', '华苑片区', '渤龙湖片区', '滨海高新区']));
    expect(await columnHeaders()).toEqual(expect.arrayContaining(['信创', '新经济服务业', '生物医药', '高端装备']));
    // 华苑片区 sits under 滨海高新区, one level deeper, after it.
    const depth = (name: string) => page.locator('th.row-head', { has: page.locator('.row-name', { hasText: new RegExp(`^${name}$`) }) }).first().getAttribute('class');
    expect(await depth('滨海高新区')).toContain('depth-0');
    expect(await depth('华苑片区')).toContain('depth-1');
    const rows = await rowHeaders();
    expect(rows.indexOf('华苑片区')).toBeGreaterThan(rows.indexOf('滨海高新区'));
    // Filled cells show counts; the spoken name says what they hold.
    const xc = cell('park:海洋片区', 'industry:信创');
    expect(Number(await xc.getAttribute('data-total'))).toBeGreaterThan(0);
    expect(await xc.locator('.sr-only').textContent()).toMatch(/^海洋片区 × 信创：.*企业 \d+.*明确陈述 \d+/);
    await noAxeViolations(page, '园区 matrix');
  });

  it('a cell opens its facts with their sentences', async () => {
    await cell('park:海洋片区', 'industry:信创').click();
    const panel = page.getByRole('complementary', { name: '单元格依据' });
    await panel.locator('.fact').first().waitFor({ timeout: 20_000 });
    expect(await panel.locator('.details-title').innerText()).toBe('海洋片区 × 信创');
    expect(await panel.locator('.fact[data-node="enterprise:飞腾"]').count()).toBe(1);
    const sentences = await panel.locator('.evidence-text').allInnerTexts();
    expect(sentences.length).toBeGreaterThan(1);
    expect(sentences.some((s) => s.includes('海洋片区'))).toBe(true);
    expect(await panel.locator('.basis-chip').first().innerText()).toMatch(/明确陈述|规划/);
    expect(hashParams().get('cell')).toBe('park:海洋片区|industry:信创');
    await expect.poll(() => page.locator('td.cell.selected').getAttribute('data-cell')).toBe('park:海洋片区|industry:信创');
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'parks.png') });
    await noAxeViolations(page, '园区 cell panel');
    // 查看原文 opens the document at that sentence; back returns to the cell.
    await panel.locator('.open-text').first().click();
    await page.locator('.doc-reader .ev-target').first().waitFor({ timeout: 15_000 });
    await page.goBack();
    await page.getByRole('complementary', { name: '单元格依据' }).locator('.fact').first().waitFor({ timeout: 20_000 });
  });

  it('moves through the grid by keyboard and opens with Enter', async () => {
    await page.getByRole('complementary', { name: '单元格依据' }).getByRole('button', { name: '关闭' }).click();
    await cell('park:海洋片区', 'industry:信创').focus();
    const at = () => page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { r: el.dataset.r, c: el.dataset.c, role: el.getAttribute('role'), cell: el.dataset.cell ?? null };
    });
    const start = await at();
    expect(start.role).toBe('gridcell');
    await page.keyboard.press('ArrowRight');
    expect(await at()).toMatchObject({ r: start.r, c: String(Number(start.c) + 1) });
    await page.keyboard.press('ArrowDown');
    const moved = await at();
    expect(moved).toMatchObject({ r: String(Number(start.r) + 1), role: 'gridcell' });
    // Only one tab stop in the grid.
    expect(await grid().locator('[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => hashParams().get('cell')).toBe(moved.cell);
    await page.getByRole('complementary', { name: '单元格依据' }).waitFor();
    // Home: the row header; Ctrl+Home: the corner; Enter on a row header opens the park in 探索.
    await grid().locator(`td[data-cell="${moved.cell}"]`).focus();
    await page.keyboard.press('Home');
    expect(await at()).toMatchObject({ c: '0', role: 'rowheader' });
    await page.keyboard.press('Control+Home');
    expect(await at()).toMatchObject({ r: '0', c: '0' });
    await page.keyboard.press('ArrowDown');
    const park = await page.evaluate(() => (document.activeElement as HTMLElement).closest('tr')!.dataset.row!);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => !!window.cy && window.cy.getElementById(id).nonempty(), park, { timeout: 20_000 });
    expect(page.url()).toContain('#/explore');
    await page.goBack();
    await grid().waitFor();
  });

  it('filters by zone, chain and basis; hides weak facts unless asked; sorts', async () => {
    const zone = page.getByRole('combobox', { name: '区域' });
    await zone.selectOption({ label: '滨海高新区' });
    await expect.poll(rowHeaders).not.toContain('海洋片区');
    const zoneRows = await rowHeaders();
    expect(zoneRows).toEqual(expect.arrayContaining(['滨海高新区', '华苑片区', '渤龙湖片区']));
    expect(hashParams().get('zone')).toBe('park:滨海高新区');
    await zone.selectOption({ label: '全部区域' });

    // Only 信创 and 生物医药 as columns.
    await page.locator('.parks-bar summary', { hasText: '产业链' }).click();
    const panel = page.getByRole('group', { name: '显示的产业链' });
    for (const name of await panel.locator('label.check').allInnerTexts()) {
      if (name.trim() !== '信创' && name.trim() !== '生物医药') await panel.getByLabel(name.trim(), { exact: true }).uncheck();
    }
    await expect.poll(columnHeaders).toEqual(['信创', '生物医药']);
    expect(hashParams().get('chains')?.split('|').sort()).toEqual(['industry:信创', 'industry:生物医药'].sort());
    await page.locator('.parks-bar summary', { hasText: '产业链' }).click();

    // Basis: 规划 only shows planned facts; every visible cell then says 规划.
    const total = async () => (await page.locator('td.cell').evaluateAll((tds) => tds.map((td) => Number((td as HTMLElement).dataset.total)))).reduce((a, b) => a + b, 0);
    const all = await total();
    await page.getByRole('combobox', { name: '依据' }).selectOption('stated');
    const stated = await total();
    expect(stated).toBeLessThanOrEqual(all);
    for (const text of await page.locator('td.cell:not([data-total="0"]) .sr-only').allTextContents()) expect(text).not.toMatch(/规划 \d/);
    await page.getByRole('combobox', { name: '依据' }).selectOption('all');

    // Weak facts: hidden by default, shown by the toggle (never fewer facts).
    await page.locator('.parks-view').getByLabel('显示弱关系').check();
    expect(await total()).toBeGreaterThanOrEqual(all);
    expect(hashParams().get('weak')).toBe('1');
    await page.locator('.parks-view').getByLabel('显示弱关系').uncheck();

    // Sort by the 信创 column: the first row holds the most 信创 facts.
    await page.getByRole('combobox', { name: '排序' }).selectOption('industry:信创');
    const totals = await page.locator('td.cell[data-cell$="industry:信创"]').evaluateAll((tds) => tds.map((td) => Number((td as HTMLElement).dataset.total)));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(await page.locator('th.col-head[aria-sort="descending"] .col-name').innerText()).toBe('信创');
    await page.getByRole('combobox', { name: '排序' }).selectOption('tree');
    await noAxeViolations(page, '园区 filtered');
  });

  it('exports the matrix as CSV (formula-safe) and PNG, and shares its state as a link', async () => {
    await page.locator('.parks-bar summary', { hasText: '导出' }).click();
    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    expect(csvDl.suggestedFilename()).toMatch(/\.csv$/);
    const csv = (await readFile((await csvDl.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('园区,园区ID,类别,上级园区,所属区域,信创·环节,信创·企业,信创·机构,信创·依据,生物医药·环节,生物医药·企业,生物医药·机构,生物医药·依据');
    const ocean = lines.find((l) => l.startsWith('海洋片区,'))!;
    expect(ocean).toMatch(/明确陈述 \d+/);
    for (const l of lines) expect(l).not.toMatch(/(^|,)[=+\-@]/);

    await page.locator('.parks-bar summary', { hasText: '导出' }).click();
    const [pngDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PNG' }).click()]);
    const png = await readFile((await pngDl.path())!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThan(400);
    expect(height).toBeGreaterThan(200);

    // The link carries the state: a new page restores columns and the open cell.
    await cell('park:华苑片区', 'industry:信创').click();
    const url = page.url();
    const other = await newPage();
    await other.goto(url, { waitUntil: 'networkidle' });
    await other.getByRole('grid').waitFor({ timeout: 20_000 });
    expect(await other.getByRole('grid').locator('.col-head .col-name').allInnerTexts()).toEqual(['信创', '生物医药']);
    await other.getByRole('complementary', { name: '单元格依据' }).locator('.details-title', { hasText: '华苑片区 × 信创' }).waitFor({ timeout: 20_000 });
    await other.close();
  });

  it('a column opens the chain in 产业链', async () => {
    await page.locator('th.col-head', { hasText: '信创' }).click();
    await page.locator('.segment-item').first().waitFor({ timeout: 20_000 });
    expect(page.url()).toContain('#/chain?id=industry');
    expect(await page.locator('.chain-head h2').innerText()).toContain('信创');
    await page.goBack();
    await grid().waitFor();
  });

  it('drills into one chain: its segments against the parks, the missing ones marked', async () => {
    await page.getByRole('button', { name: '产业链下钻' }).click();
    await page.getByRole('combobox', { name: '产业链', exact: true }).selectOption({ label: '信创' });
    await expect.poll(() => grid().getAttribute('aria-label')).toBe('「信创」各环节 × 园区');
    const cols = await columnHeaders();
    expect(cols.length).toBeGreaterThanOrEqual(5);
    expect(await grid().locator('th.col-head.missing').count()).toBeGreaterThan(0);
    expect(await grid().locator('th.col-head:not(.missing)').count()).toBeGreaterThan(0);
    expect(await grid().locator('th.col-head.missing .missing-badge').first().innerText()).toBe('缺失');
    expect(await rowHeaders()).toContain('海洋片区');
    // Chain positions in order.
    const positions = await grid().locator('th.col-head .col-group').allInnerTexts();
    const nums = positions.map((p) => (p === '整条链' ? -1 : Number(/\d+/.exec(p)?.[0])));
    expect(nums).toEqual([...nums].sort((a, b) => a - b));
    // A filled cell opens its facts.
    const filled = grid().locator('td.cell:not([data-total="0"])').first();
    await filled.click();
    await page.getByRole('complementary', { name: '单元格依据' }).locator('.fact').first().waitFor({ timeout: 20_000 });
    expect(hashParams().get('mode')).toBe('drill');
    await noAxeViolations(page, '园区 drill-down');
  });

  it('compares two parks: shared, only A, only B, with evidence', async () => {
    await page.getByRole('button', { name: '园区对比' }).click();
    await page.getByRole('combobox', { name: '园区 A' }).selectOption('park:华苑片区');
    await page.getByRole('combobox', { name: '园区 B' }).selectOption('park:渤龙湖片区');
    const cols = page.locator('.compare-col');
    await expect.poll(() => cols.count(), { timeout: 20_000 }).toBe(3);
    const counts = await page.locator('.compare-col h3 .count').allInnerTexts();
    expect(counts.map(Number).every((n) => n > 0)).toBe(true);
    expect(await page.locator('.compare-summary').innerText()).toMatch(/华苑片区 与 渤龙湖片区：共有 \d+ 个环节/);
    // Opening a shared segment loads both sides' sentences.
    const item = page.locator('.compare-shared .compare-item').first();
    await item.locator('summary').click();
    await expect.poll(() => item.locator('.compare-side').count()).toBe(2);
    await item.locator('.evidence-text').first().waitFor({ timeout: 20_000 });
    expect(hashParams().get('a')).toBe('park:华苑片区');
    expect(hashParams().get('b')).toBe('park:渤龙湖片区');
    await noAxeViolations(page, '园区 comparison');
    // Swap.
    await page.getByRole('button', { name: '交换园区 A 和 B' }).click();
    await expect.poll(() => page.locator('.compare-summary').innerText()).toMatch(/^渤龙湖片区 与 华苑片区/);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('.compare-bar').getByRole('button', { name: '导出 CSV' }).click()]);
    const csv = (await readFile((await dl.path())!, 'utf8')).replace(/^\uFEFF/, '');
    expect(csv.split('\r\n')[0]).toBe('产业链,环节,环节ID,分布,渤龙湖片区·事实,华苑片区·事实');
    expect(csv).toContain('两者都有');
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
