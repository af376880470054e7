// Enterprise registry and 补链招商 end to end in Chromium: an editor signs in and imports the fixture
// registry in the 文件 view (rejected rows listed with their lines), opens 信创 in the 产业链 view, the
// 补链招商 panel for 滨海高新区 shows gap segments filled with candidate enterprises and their reasons,
// the list exports as CSV, the park choice lives in the URL, and a registry row shows as evidence in
// 详情. Screenshots: registry-import.png, chain-gaps.png (docs/screenshots with UPDATE_SCREENSHOTS=1).
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../integration/helpers.ts';
import { axeViolations } from './axe.ts';
import { ROOT, launchBrowser, signIn, startServer, type RunningBrowser, type RunningServer } from './harness.ts';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;
let page: Page;
let editor = { name: 'zhaoshang', password: '' };
const errors: string[] = [];
const SHOTS = path.join(ROOT, process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test/.artifacts');

describe('补链招商 (e2e)', () => {
  beforeAll(async () => {
    server = await startServer({
      prepare: async (dataDir) => {
        const add = await runCli(['user', 'add', 'zhaoshang', '--role', 'editor', '--data', dataDir]);
        const pw = /password \(shown only once\): (\S+)/.exec(add.stdout);
        if (add.code !== 0 || !pw) throw new Error(`kg user add failed: ${add.stderr}`);
        editor = { name: 'zhaoshang', password: pw[1]! };
      },
    });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
  }, 240_000);

  afterAll(async () => {
    await browser?.stop();
    await server?.stop();
  });

  it('an editor signs in and imports the fixture registry in the 文件 view; every rejected row is listed with its line', async () => {
    await page.goto(`${server!.url}/#/docs`, { waitUntil: 'networkidle' });
    await signIn(page, editor);
    const box = page.getByRole('region', { name: '导入企业名录' });
    await box.locator('input[type="file"]').setInputFiles(path.join(ROOT, 'test/fixtures/registry/enterprises.csv'));
    await box.getByLabel('名录名称').fill('天津名录');
    await box.getByRole('button', { name: '导入', exact: true }).click();
    const result = box.locator('.registry-result');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.locator('.ok').innerText()).toContain('已导入「天津名录」：读取 227 行，导入 221 家，拒绝 6 行');
    const rejected = result.locator('.registry-issues li[data-code]');
    expect(await rejected.evaluateAll((els) => els.map((e) => [Number(e.getAttribute('data-line')), e.getAttribute('data-code')]))).toEqual([
      [221, 'DUPLICATE_CREDIT_CODE'],
      [222, 'BAD_CREDIT_CODE'],
      [223, 'MISSING_NAME'],
      [226, 'NOT_A_NAME'],
      [227, 'TOO_MANY_COLUMNS'],
      [228, 'BAD_ENCODING'],
    ]);
    expect(await rejected.first().innerText()).toMatch(/第 221 行/);
    await box.locator('.registry-list li[data-source="天津名录"]').waitFor();
    expect(await axeViolations(page, '.registry-import')).toEqual([]);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'registry-import.png') });
    await result.getByRole('button', { name: /查看补链招商/ }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/chain') && location.hash.includes('panel=gaps'), undefined, { timeout: 15_000 });
  });

  it('opens 信创 in the 产业链 view, shows gap segments with candidates and reasons for 滨海高新区, and exports them', async () => {
    await page.goto(`${server!.url}/#/chain?id=${encodeURIComponent('industry:信创')}`, { waitUntil: 'networkidle' });
    await page.getByRole('tab', { name: '补链招商' }).click();
    const panel = page.locator('.gap-panel');
    await panel.waitFor();
    await panel.getByRole('combobox', { name: '选择园区' }).selectOption('park:滨海高新区');
    await expect.poll(() => page.url()).toContain('panel=gaps');
    expect(decodeURIComponent(page.url())).toContain('park=park:滨海高新区');
    const gaps = panel.locator('.gap-segment');
    await gaps.first().waitFor({ timeout: 30_000 });
    expect(await gaps.count()).toBeGreaterThan(0);
    const first = gaps.first();
    expect(await first.locator('.gap-badge').innerText()).toBe('补链');
    const candidates = first.locator('.candidate');
    expect(await candidates.count()).toBeGreaterThan(0);
    expect(await candidates.first().locator('.reasons li').first().innerText()).toMatch(/^环节「.+」：/);
    expect(await candidates.first().locator('.score b').innerText()).toMatch(/^\d\.\d\d$/);
    // somewhere among the gaps, a firm only the registry knows, with its registry facts as reasons
    const allReasons = await panel.locator('.reasons').allInnerTexts();
    expect(allReasons.join('\n')).toMatch(/主营产品「.+」|行业代码 [A-T]\d+/);
    expect(allReasons.join('\n')).toMatch(/注册资本 .+ \/ registered capital/);
    await page.screenshot({ path: path.join(SHOTS, 'chain-gaps.png') });
    expect(await axeViolations(page, '.gap-panel')).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '导出 CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('补链招商-信创-滨海高新区.csv');
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]).toBe('产业链,园区,环节,阶段,排名,企业,得分,环节置信度,理由,所在园区,注册地址,统一社会信用代码,企业ID');
    const shown = await panel.locator('.candidate').count();
    expect(lines).toHaveLength(shown + 1);
    const firstName = (await candidates.first().locator('.candidate-head .link-btn').innerText()).trim();
    expect(lines[1]).toContain(firstName);
    expect(lines[1]).toMatch(/^信创,滨海高新区,/);

    // a reload of the shared URL restores the panel and the park
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('.gap-panel .gap-segment').first().waitFor({ timeout: 30_000 });
    expect(await page.getByRole('tab', { name: '补链招商' }).getAttribute('aria-selected')).toBe('true');
  });

  it('a candidate opens in Explore, where its registry row is the evidence of its segment', async () => {
    const panel = page.locator('.gap-panel');
    // a candidate only the registry knows (its segment match comes from a registry cell)
    const link = panel.locator('.candidate').filter({ hasText: /主营产品「|行业代码 [A-T]\d/ }).first().locator('.candidate-head .link-btn');
    const name = (await link.innerText()).trim();
    await link.click();
    await page.waitForFunction(() => location.hash.startsWith('#/explore'), undefined, { timeout: 15_000 });
    const details = page.getByRole('complementary', { name: '详情' });
    await details.locator('.entity-name').filter({ hasText: name }).waitFor({ timeout: 30_000 });
    const inIndustry = details.locator('[data-edge-id^="IN_INDUSTRY:"]').first();
    await inIndustry.click();
    const ev = details.locator('.evidence').first();
    await ev.waitFor();
    expect(await ev.evaluate((e) => e.classList.contains('evidence-registry'))).toBe(true);
    expect(await ev.locator('.evidence-text').innerText()).toMatch(/^企业名称=/);
    expect(await ev.locator('.registry-source').innerText()).toMatch(/^企业名录「天津名录」第 \d+ 行$/);
    expect(await ev.locator('.open-text').count()).toBe(0); // no document to open
    expect(errors).toEqual([]);
  });

  it('审核 → 名录存疑匹配: the editor merges one doubtful pair and tells another apart; both leave the list and enter the audit trail', async () => {
    await page.goto(`${server!.url}/#/review?tab=matches`, { waitUntil: 'networkidle' });
    const area = page.getByRole('region', { name: '名录存疑匹配' });
    const rows = area.locator('tr[data-match]');
    await rows.first().waitFor({ timeout: 30_000 });
    const before = await rows.count();
    expect(before).toBeGreaterThanOrEqual(2);
    expect(await axeViolations(page, '.matches-table')).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'registry-matches.png') });

    const first = rows.first();
    const mergedId = await first.getAttribute('data-match');
    const candidate = (await first.locator('td').nth(1).innerText()).trim();
    await first.getByRole('button', { name: '是同一家（合并）' }).click();
    await area.getByRole('status').filter({ hasText: `并入「${candidate}」` }).waitFor({ timeout: 15_000 });
    await page.waitForFunction(([n]) => document.querySelectorAll('tr[data-match]').length === n, [before - 1] as const, { timeout: 15_000 });
    expect(await area.locator(`tr[data-match="${mergedId}"]`).count()).toBe(0);

    const second = rows.first();
    const apartId = await second.getAttribute('data-match');
    await second.getByRole('button', { name: '不是同一家' }).click();
    await area.getByRole('status').filter({ hasText: '已标记为不同企业' }).waitFor({ timeout: 15_000 });
    await page.waitForFunction(([n]) => document.querySelectorAll('tr[data-match]').length === n, [before - 2] as const, { timeout: 15_000 });
    expect(await area.locator(`tr[data-match="${apartId}"]`).count()).toBe(0);

    await page.getByRole('tab', { name: '审核记录' }).click();
    const trail = page.locator('.trail-table tbody tr');
    await trail.first().waitFor({ timeout: 15_000 });
    const notes = await trail.evaluateAll((els) => els.slice(0, 2).map((e) => e.textContent ?? ''));
    expect(notes.join('\n')).toContain('名录存疑匹配：确认为同一家');
    expect(notes.join('\n')).toContain('名录存疑匹配：不是同一家');
    expect(errors).toEqual([]);
  });
});
