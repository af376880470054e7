// fix29: the 园区 home page is a bounded view (at 10⁵ nodes the matrix of every park × every chain
// answered TIMEOUT after 20 s). In Chromium on the seeds: the page says, Chinese first, that it shows
// the parks with the most facts × the chains most parks host, of how many, and how to see the rest;
// 显示更多园区 shows more rows; a park-name search narrows the rows to the matching parks (and the
// parks containing them), a chain-name search the columns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, startServer, type RunningBrowser, type RunningServer } from './harness.ts';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;
let page: Page;
const errors: string[] = [];

const grid = () => page.getByRole('grid');
const rowHeaders = () => grid().getByRole('rowheader').locator('.row-name').allInnerTexts();
const columnHeaders = () => grid().locator('.col-head .col-name').allInnerTexts();
const note = () => page.locator('.parks-bounds-note').innerText();

describe('园区 home: a bounded matrix (e2e)', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    page.on('pageerror', (e) => errors.push(e.message));
  });

  afterAll(async () => {
    await browser?.stop();
    await server?.stop();
  });

  it('says the view is cut and of how many; 显示更多园区 shows more rows', async () => {
    await page.goto(server!.url + '#/parks', { waitUntil: 'networkidle' });
    await grid().waitFor({ timeout: 20_000 });
    const text = await note();
    const m = /^当前仅显示事实最多的前 (\d+) 个园区（共 (\d+) 个）× 承载园区最多的前 (\d+) 条产业链（共 (\d+) 条）。/.exec(text);
    expect(m, text).not.toBeNull();
    const [shown, total, chains, chainTotal] = m!.slice(1).map(Number) as [number, number, number, number];
    expect(shown).toBe(30);
    expect(total).toBeGreaterThan(30);
    expect(chains).toBe(15);
    expect(chainTotal).toBeGreaterThan(15);
    expect(text).toContain('显示更多');
    expect((await columnHeaders()).length).toBe(15);
    const before = (await rowHeaders()).length;
    expect(before).toBeLessThan(total);
    await page.getByRole('button', { name: '显示更多园区' }).click();
    await expect.poll(async () => (await rowHeaders()).length, { timeout: 20_000 }).toBeGreaterThan(before);
    await page.getByRole('button', { name: '显示更多产业链' }).click();
    await expect.poll(async () => (await columnHeaders()).length, { timeout: 20_000 }).toBeGreaterThan(15);
  }, 120_000);

  it('a park-name search shows the matching parks and the parks containing them; a chain-name search narrows the columns', async () => {
    await page.getByRole('searchbox', { name: '搜索园区名称' }).fill('片区');
    await page.getByRole('searchbox', { name: '搜索产业链名称' }).fill('信创');
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    await expect.poll(async () => (await columnHeaders()).every((c) => c.includes('信创')), { timeout: 20_000 }).toBe(true);
    const rows = await rowHeaders();
    expect(rows.filter((r) => r.includes('片区')).length).toBeGreaterThan(1);
    // Rows not matching are only the zones containing a matching 片区 (at most one per matching row).
    expect(rows.filter((r) => !r.includes('片区')).length).toBeLessThanOrEqual(rows.filter((r) => r.includes('片区')).length);
    expect(await note()).toMatch(/园区/);
    expect(errors).toEqual([]);
  }, 120_000);
});
