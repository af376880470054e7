// Every view of the explorer end to end in Chromium, on the seeds: Explore (search 飞腾, details
// with evidence, expand), 产业链 (信创 segments and gaps), 路径 (飞腾 → 海洋片区), 相关企业 (reasons,
// shortlist CSV download), 文件 (reader, matrix, upload), shared URLs, the GraphQL IDE link, the
// English switch, and no console errors anywhere; axe-core finds no WCAG 2 A/AA violation in any of
// them (the 园区 view has its own file, parks.e2e.ts). Screenshots of each view (1440×900) go to
// test/.artifacts/; with UPDATE_SCREENSHOTS=1 to docs/screenshots/ (the README's pictures).
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type cytoscape from 'cytoscape';
import { ROOT, launchBrowser, signIn, startServer, type RunningBrowser, type RunningServer } from './harness.ts';
import { axeViolations } from './axe.ts';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;
let page: Page;
const consoleErrors: string[] = [];
const SHOTS = path.join(ROOT, process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test/.artifacts');

function watch(p: Page): void {
  p.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${p.url()}: ${m.text()}`);
  });
  p.on('pageerror', (e) => consoleErrors.push(`pageerror ${p.url()}: ${e.message}`));
  p.on('requestfailed', (r) => {
    // Aborted requests are the client cancelling a stale search / detail fetch.
    if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
    consoleErrors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
}

async function newPage(): Promise<Page> {
  const p = await browser!.context.newPage();
  await p.setViewportSize({ width: 1440, height: 900 });
  watch(p);
  return p;
}

/** axe-core over the whole page, WCAG 2 A/AA: no violation. */
async function accessible(p: Page, what: string): Promise<void> {
  const v = await axeViolations(p);
  expect(v, `${what}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
}

async function settled(p: Page, testId = 'graph'): Promise<void> {
  await p.waitForSelector(`[data-testid="${testId}"][data-layout="idle"]`, { timeout: 30_000 });
  await p.waitForFunction(() => !document.querySelector('.busy'), undefined, { timeout: 30_000 });
}

async function shot(p: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await p.screenshot({ path: path.join(SHOTS, name) });
}

/** Types into a picker (combobox) and picks the first option whose data-id matches. */
async function pick(p: Page, boxName: string, text: string, id: string): Promise<void> {
  const box = p.getByRole('combobox', { name: boxName, exact: true });
  await box.fill(text);
  const option = p.locator(`[role="option"][data-id="${id}"]`);
  await option.waitFor({ timeout: 15_000 });
  await option.click();
}

describe('explorer views (e2e)', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await newPage();
  });

  afterAll(async () => {
    await browser?.stop();
    await server?.stop();
  });

  it('Explore: searches 飞腾, shows its details with evidence sentences, document and date', async () => {
    await page.goto(`${server!.url}/#/explore`, { waitUntil: 'networkidle' });
    await accessible(page, 'Explore, empty');
    const box = page.getByRole('combobox', { name: '搜索', exact: true });
    await box.fill('飞腾');
    const group = page.getByRole('group', { name: '企业' });
    await group.waitFor({ timeout: 15_000 });
    await group.getByRole('option').filter({ hasText: '飞腾' }).first().click();
    await page.waitForFunction(() => !!window.cy && window.cy.getElementById('enterprise:飞腾').nonempty() && window.cy.nodes().length > 2, undefined, {
      timeout: 20_000,
    });
    await settled(page);
    const details = page.getByRole('complementary', { name: '详情' });
    await details.locator('.entity-name').filter({ hasText: '飞腾' }).waitFor();
    // Its edge to 海洋片区 (LOCATED_IN) → every evidence sentence, with document, section, date.
    const edgeButton = details.locator('[data-edge-id^="LOCATED_IN:enterprise:飞腾"]').first();
    const edgeId = await edgeButton.getAttribute('data-edge-id');
    await edgeButton.click();
    const ev = details.locator('.evidence');
    await ev.first().waitFor();
    expect(await ev.first().locator('.evidence-text').innerText()).toContain('飞腾');
    expect((await ev.first().locator('.doc-link').innerText()).trim()).not.toBe('');
    expect(await ev.first().locator('.evidence-date').innerText()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await ev.first().locator('.evidence-section').innerText()).trim()).not.toBe('');
    await expect.poll(() => page.evaluate(() => window.cy!.$('edge:selected').map((e) => e.id()))).toEqual([edgeId]);
    await shot(page, 'details.png');
    await accessible(page, 'Explore with an edge’s evidence');

    // "查看原文" opens the document at that sentence.
    await ev.first().locator('.open-text').click();
    await page.locator('.doc-reader .ev-target').first().waitFor({ timeout: 15_000 });
    expect(page.url()).toContain('#/docs?id=doc');
    expect(await page.locator('.doc-reader .ev-target').first().innerText()).not.toBe('');
    await page.goBack();
    await page.getByRole('complementary', { name: '详情' }).waitFor();
  });

  it('Explore: double-click expands a node; the context menu expands too; undo restores', async () => {
    await page.locator('.tab', { hasText: '探索' }).click();
    await settled(page);
    const before = await page.evaluate(() => window.cy!.nodes().length);
    const target = await page.evaluate(() => {
      const n = window.cy!.getElementById('industry:信创');
      return { pos: n.renderedPosition() };
    });
    const box = (await page.getByTestId('graph').boundingBox())!;
    await page.mouse.dblclick(box.x + target.pos.x, box.y + target.pos.y);
    await expect.poll(() => page.evaluate(() => window.cy!.nodes().length), { timeout: 20_000 }).toBeGreaterThan(before);
    await settled(page);
    const expanded = await page.evaluate(() => window.cy!.nodes().length);
    // A fresh layout (not the incremental one) for the README screenshot.
    await page.getByRole('button', { name: '重新布局' }).click();
    await settled(page);
    await page.waitForFunction(() => !window.cy!.animated());
    await shot(page, 'explore.png');
    await accessible(page, 'Explore, expanded');

    // The minimap: clicking its corner moves the view there.
    const minimap = page.getByTestId('minimap');
    await minimap.waitFor();
    const pan0 = await page.evaluate(() => window.cy!.pan());
    const mb = (await minimap.boundingBox())!;
    await page.mouse.click(mb.x + 10, mb.y + 10);
    await expect.poll(() => page.evaluate(() => window.cy!.pan())).not.toEqual(pan0);
    await page.getByRole('button', { name: '适应画布' }).click();
    await page.waitForFunction(() => !window.cy!.animated());

    // Right-click another node: its menu offers 展开相邻节点 and 显示更多.
    const other = await page.evaluate(() => {
      const cy = window.cy!;
      const pickOne = cy.getElementById('enterprise:中科曙光').nonempty() ? cy.getElementById('enterprise:中科曙光') : cy.nodes('[label = "Enterprise"]').filter((n) => n.id() !== 'enterprise:飞腾').first();
      return { id: pickOne.id(), pos: (pickOne as cytoscape.NodeSingular).renderedPosition() };
    });
    await page.mouse.click(box.x + other.pos.x, box.y + other.pos.y, { button: 'right' });
    const menu = page.getByRole('menu');
    await menu.waitFor();
    expect(await menu.getByRole('menuitem').allInnerTexts()).toEqual(expect.arrayContaining(['展开相邻节点', '显示更多']));
    await accessible(page, 'Explore, node menu');
    await menu.getByRole('menuitem', { name: '展开相邻节点' }).click();
    // The expansion is recorded in the URL (exp=…); new neighbours, if any, are merged in.
    const expanded_ = () => new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '').get('exp')?.split('|') ?? [];
    await expect.poll(expanded_, { timeout: 20_000 }).toContain(other.id);
    await settled(page);
    const after = await page.evaluate(() => window.cy!.nodes().length);
    expect(after).toBeGreaterThanOrEqual(expanded);

    // Undo (toolbar button) goes back to the previous canvas, redo forward again.
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => page.evaluate(() => window.cy!.nodes().length)).toBe(expanded);
    await expect.poll(expanded_).not.toContain(other.id);
    await page.getByRole('button', { name: '重做' }).click();
    await expect.poll(() => page.evaluate(() => window.cy!.nodes().length)).toBe(after);
  });

  it('a shared Explore URL restores the canvas, layout, filters and selection', async () => {
    await settled(page);
    await page.getByRole('combobox', { name: '布局' }).selectOption('concentric');
    await settled(page);
    await page.locator('.legend-item', { hasText: '举措' }).click(); // legend toggle hides measures
    const url = page.url();
    expect(url).toContain('#/explore?');
    expect(url).toContain('layout=concentric');
    const want = await page.evaluate(() => window.cy!.nodes().map((n) => n.id()).sort());
    const hiddenMeasures = await page.evaluate(() => window.cy!.nodes('[label = "Measure"]').filter((n) => n.visible()).length);
    expect(hiddenMeasures).toBe(0);

    const other = await newPage();
    await other.goto(url, { waitUntil: 'networkidle' });
    await other.waitForFunction((n) => !!window.cy && window.cy.nodes().length >= n, want.length, { timeout: 30_000 });
    await settled(other);
    const got = await other.evaluate(() => window.cy!.nodes().map((n) => n.id()).sort());
    expect(got).toEqual(want);
    expect(await other.getByRole('combobox', { name: '布局' }).inputValue()).toBe('concentric');
    expect(await other.evaluate(() => window.cy!.nodes('[label = "Measure"]').filter((n) => n.visible()).length)).toBe(0);
    expect(await other.locator('.legend-item', { hasText: '举措' }).getAttribute('aria-pressed')).toBe('false');
    // The selection came along: its details are shown.
    await other.getByRole('complementary', { name: '详情' }).locator('.entity-name, .edge-view').first().waitFor();
    await other.close();
    await page.locator('.legend-item', { hasText: '举措' }).click();
  });

  it('产业链: 信创 shows its segments in lanes with at least one 补链 gap, and clicks through to Explore', async () => {
    await page.locator('.tab', { hasText: '产业链' }).click();
    await page.getByRole('combobox', { name: '有环节的产业' }).selectOption('industry:信创');
    const items = page.locator('.segment-item');
    await items.first().waitFor({ timeout: 20_000 });
    expect(await items.count()).toBeGreaterThanOrEqual(10);
    const gaps = page.locator('.segment-item[data-gap="true"]');
    expect(await gaps.count()).toBeGreaterThanOrEqual(1);
    expect(await gaps.first().locator('.gap-badge').innerText()).toBe('补链');
    expect(await page.locator('.chain-head .gap-count').innerText()).toMatch(/缺口 [1-9]\d* 个/);
    // 信创's parent in the lexicon is the framework label 113X产业体系 (level system): named as 所属体系, not as an industry.
    expect(await page.locator('.chain-head').innerText()).toContain('所属体系：113X产业体系');
    // Drawn by preset positions: one box per segment, the gaps dashed (class gap), members inside their box.
    await page.waitForSelector('[data-testid="chainCy"][data-layout="idle"]');
    const drawn = await page.evaluate(() => {
      const cy = window.chainCy!;
      const inside = cy.nodes('.member').toArray().every((m) => {
        const seg = cy.getElementById('seg:' + m.id().split('::')[0]);
        const b = seg.boundingBox({ includeLabels: false });
        const p = (m as cytoscape.NodeSingular).position();
        return p.x > b.x1 && p.x < b.x2 && p.y > b.y1 && p.y < b.y2;
      });
      return { segments: cy.nodes('.segment').length, gaps: cy.nodes('.segment.gap').length, members: cy.nodes('.member').length, inside };
    });
    expect(drawn.segments).toBe(await items.count());
    expect(drawn.gaps).toBe(await gaps.count());
    expect(drawn.members).toBeGreaterThan(0);
    expect(drawn.inside).toBe(true);
    expect(page.url()).toContain('#/chain?id=industry');
    await shot(page, 'chain.png');
    await accessible(page, '产业链');

    // Click through: a member enterprise opens in Explore.
    const first = page.locator('.segment-item .segment-members .chip').first();
    const name = (await first.innerText()).trim();
    await first.click();
    await page.waitForFunction((n) => !!window.cy && window.cy.nodes().some((x) => x.data('name') === n), name, { timeout: 20_000 });
    expect(page.url()).toContain('#/explore');
  });

  it('路径: 飞腾 → 海洋片区 is drawn and listed step by step with evidence', async () => {
    await page.locator('.tab', { hasText: '路径' }).click();
    await pick(page, '起点', '飞腾', 'enterprise:飞腾');
    await pick(page, '终点', '海洋片区', 'park:海洋片区');
    const step = page.locator('.path-item .step').first();
    await step.waitFor({ timeout: 20_000 });
    const head = await step.locator('.step-head').innerText();
    expect(head).toContain('飞腾');
    expect(head).toContain('海洋片区');
    expect((await step.locator('.evidence-text').first().innerText()).length).toBeGreaterThan(5);
    await page.waitForSelector('[data-testid="pathCy"][data-layout="idle"]');
    const ids = await page.evaluate(() => window.pathCy!.nodes().map((n) => n.id()));
    expect(ids).toEqual(expect.arrayContaining(['enterprise:飞腾', 'park:海洋片区']));
    expect(page.url()).toMatch(/#\/path\?from=enterprise.*&to=park/);
    await shot(page, 'paths.png');
    await accessible(page, '路径');
  });

  it('相关企业: 飞腾 ranks enterprises with reasons; the shortlist persists and exports to CSV', async () => {
    await page.locator('.tab', { hasText: '相关企业' }).click();
    await pick(page, '选择企业', '飞腾', 'enterprise:飞腾');
    const items = page.locator('.related-item');
    await items.first().waitFor({ timeout: 20_000 });
    expect(await items.count()).toBeGreaterThan(2);
    expect(await items.first().locator('.reasons li').count()).toBeGreaterThan(0);
    expect(await items.first().locator('.reasons').innerText()).toMatch(/同属|同在|同被|共同/);
    const names = [(await items.nth(0).locator('.related-name').innerText()).trim(), (await items.nth(1).locator('.related-name').innerText()).trim()];
    await items.nth(0).getByRole('checkbox').check();
    await items.nth(1).getByRole('checkbox').check();
    const shortlist = page.getByRole('complementary', { name: '候选名单' });
    await expect.poll(() => shortlist.locator('.shortlist-items li').count()).toBe(2);
    await shot(page, 'related.png');
    await accessible(page, '相关企业');

    const [download] = await Promise.all([page.waitForEvent('download'), shortlist.getByRole('button', { name: '导出候选 CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const file = await download.path();
    const csv = await readFile(file!, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(lines[0]).toBe('序号,企业,企业ID,相关度,理由,来源企业,加入时间');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(names[0]);
    expect(lines[2]).toContain(names[1]);
    expect(lines[1]).toContain('飞腾');
    expect(lines[1]).toMatch(/同属|同在|同被|共同/);

    // Persisted: a reload keeps the shortlist.
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => page.getByRole('complementary', { name: '候选名单' }).locator('.shortlist-items li').count()).toBe(2);
    // The related list came back from the URL too.
    await page.locator('.related-item').first().waitFor({ timeout: 20_000 });
  });

  it('文件: lists documents with dates and issuers, highlights entities, shows the responsibility matrix', async () => {
    await page.locator('.tab', { hasText: '文件' }).click();
    const docs = page.locator('.doc-item');
    await docs.first().waitFor({ timeout: 20_000 });
    expect(await docs.count()).toBe(5);
    expect(await docs.first().locator('.doc-meta').innerText()).toMatch(/\d{4}-\d{2}-\d{2}/);
    const fenGong = docs.filter({ hasText: '分工方案' });
    await fenGong.click();
    await page.locator('.doc-text mark.ent').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('.doc-text mark.ent-Department').count()).toBeGreaterThan(0);
    await page.getByRole('tab', { name: /责任矩阵/ }).click();
    const matrix = page.locator('table.matrix');
    await matrix.waitFor();
    expect(await matrix.locator('td.role-lead').count()).toBeGreaterThan(0);
    expect(await matrix.locator('td.role-support').count()).toBeGreaterThan(0);
    expect(await matrix.locator('tbody tr').count()).toBeGreaterThan(3);
    await shot(page, 'documents-matrix.png');
    await accessible(page, '文件, responsibility matrix');
    await page.getByRole('tab', { name: '原文' }).click();
    await page.locator('.doc-text').waitFor();
    await shot(page, 'documents.png');
    await accessible(page, '文件, text');
  });

  it('文件: uploading needs a signed-in editor; the refusal is shown in Chinese', async () => {
    const input = page.locator('.dropzone input[type="file"]');
    await input.setInputFiles(path.join(ROOT, 'test/e2e/fixtures/upload-sample.txt'));
    const err = page.locator('.upload-error').first();
    await err.waitFor({ timeout: 30_000 });
    expect(await err.innerText()).toContain('请先登录');
    expect(await page.locator('.doc-item').count()).toBe(5);
    // Chromium logs the deliberate 401 as a failed resource: expected here, and only here.
    const expected = consoleErrors.filter((m) => /status of 401/.test(m));
    expect(expected).toHaveLength(1);
    consoleErrors.splice(consoleErrors.indexOf(expected[0]!), 1);
    expect(server!.admin, 'the first start printed the administrator').not.toBeNull();
    await signIn(page, server!.admin!);
    expect(await page.locator('.signed-in').innerText()).toContain('管理员');
  });

  it('文件: uploading a .txt ingests it; it is listed, readable and searchable without a restart', async () => {
    const input = page.locator('.dropzone input[type="file"]');
    await input.setInputFiles(path.join(ROOT, 'test/e2e/fixtures/upload-sample.txt'));
    await page.locator('.upload-done').waitFor({ timeout: 30_000 });
    expect(await page.locator('.upload-done').innerText()).toContain('已导入');
    await expect.poll(() => page.locator('.doc-item').count(), { timeout: 20_000 }).toBe(6);
    await page.locator('.doc-item', { hasText: '深海装备' }).waitFor();
    await page.locator('.doc-reader h2', { hasText: '深海装备' }).waitFor({ timeout: 20_000 });
    await page.getByRole('tab', { name: /责任矩阵/ }).click();
    expect(await page.locator('table.matrix td.role-lead').count()).toBe(2);

    // A file type the server cannot read: a clear error, nothing listed.
    await input.setInputFiles({ name: 'notes.xyz', mimeType: 'application/octet-stream', buffer: Buffer.from('abc') });
    const err = page.locator('.upload-error').first();
    await err.waitFor();
    expect(await err.innerText()).toMatch(/不支持的文件类型/);
    expect(await page.locator('.doc-item').count()).toBe(6);

    // The new facts are in the graph: Explore search finds the new measure.
    await page.locator('.tab', { hasText: '探索' }).click();
    const box = page.getByRole('combobox', { name: '搜索', exact: true });
    await box.fill('深海装备');
    await page.locator('[role="option"][data-id="doc:upload-sample"]').waitFor({ timeout: 15_000 });
    await box.fill('');
  });

  it('shared URLs restore the chain, path, related and document views', async () => {
    const other = await newPage();
    await other.goto(`${server!.url}/#/chain?id=${encodeURIComponent('industry:基础硬件')}`, { waitUntil: 'networkidle' });
    await other.locator('.segment-item').first().waitFor({ timeout: 20_000 });
    expect(await other.locator('.chain-head h2').innerText()).toContain('基础硬件');
    expect(await other.locator('.chain-head').innerText()).toContain('上级产业：信创');
    // 基础硬件 has an UPSTREAM_OF link: 芯片 → 整机终端 (one segment, issue 12) sit in successive lanes, left to right.
    const xs = await other.evaluate(() => ['芯片', '整机终端'].map((n) => window.chainCy!.getElementById(`seg:industry:${n}`).position('x')));
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(await other.evaluate(() => window.chainCy!.edges('.flow').length)).toBeGreaterThanOrEqual(1);

    await other.goto(`${server!.url}/#/path?from=${encodeURIComponent('enterprise:飞腾')}&to=${encodeURIComponent('park:海洋片区')}`);
    await other.locator('.path-item .step').first().waitFor({ timeout: 20_000 });
    await expect.poll(() => other.getByRole('combobox', { name: '起点', exact: true }).inputValue()).toBe('飞腾');

    await other.goto(`${server!.url}/#/related?id=${encodeURIComponent('enterprise:飞腾')}`);
    await other.locator('.related-item').first().waitFor({ timeout: 20_000 });

    await other.goto(`${server!.url}/#/docs?id=${encodeURIComponent('doc:upload-sample')}`);
    await other.locator('.doc-reader h2', { hasText: '深海装备' }).waitFor({ timeout: 20_000 });

    // An Explore link pasted into an open page (hash change only): the canvas is rebuilt, and
    // the URL keeps the link's state meanwhile, so a reload still restores it.
    const link = `${server!.url}/#/explore?seeds=${encodeURIComponent('enterprise:飞腾')}&sel=${encodeURIComponent('n:enterprise:飞腾')}`;
    await other.goto(link);
    await other.reload();
    await other.waitForFunction(() => !!window.cy && window.cy.getElementById('enterprise:飞腾').nonempty() && window.cy.nodes().length > 2, undefined, { timeout: 30_000 });
    expect(decodeURIComponent(other.url())).toContain('seeds=enterprise:飞腾');
    await other.getByRole('complementary', { name: '详情' }).locator('.entity-name', { hasText: '飞腾' }).waitFor();
    await other.close();
  });

  it('switches to English and back', async () => {
    await page.getByRole('button', { name: /语言/ }).click();
    await page.locator('.tab', { hasText: 'Explore' }).waitFor();
    expect(await page.locator('.tabs').innerText()).toContain('Chains');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await accessible(page, 'English');
    await page.getByRole('button', { name: /Language/ }).click();
    await page.locator('.tab', { hasText: '探索' }).waitFor();
  });

  it('the help dialog lists the keyboard shortcuts', async () => {
    await page.locator('body').press('?');
    const dialog = page.getByRole('dialog', { name: '快捷键' });
    await dialog.waitFor();
    expect(await dialog.locator('kbd').count()).toBeGreaterThan(5);
    await accessible(page, 'help dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('links the bundled GraphQL IDE', async () => {
    const href = await page.locator('a.tab.ide').getAttribute('href');
    expect(href).toBe('/graphql');
    const ide = await newPage();
    await ide.goto(server!.url + href, { waitUntil: 'networkidle' });
    await ide.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    expect(await ide.title()).toContain('GraphQL');
    // The IDE itself (saved examples, running them) is covered by graphiql.e2e.ts.
    await ide.close();
  });

  it('logged no console errors in any view', () => {
    expect(consoleErrors).toEqual([]);
  });
});
