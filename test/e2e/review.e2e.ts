// Review and curation end to end in Chromium, on the seeds (issue 13): an editor signs in, rejects
// a wrong HOSTS edge (美国硅谷 hosts 生物医药: a benchmarking sentence, not a park of the district)
// from the 审核 queue, sees it gone from parksForIndustry and the chain view, the seeds are
// re-ingested and the server restarted, and it stays gone (a merge holds too); undo from the audit
// trail brings it back; a viewer's and an anonymous change are refused and change nothing; 50 facts
// are triaged by keyboard (the time is printed, not asserted) and the audit trail of that run is
// printed and downloaded as CSV. The screenshot of the 审核 view goes to docs/screenshots/review.png
// with UPDATE_SCREENSHOTS=1.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, launchBrowser, runCli, signIn, startServer, type RunningBrowser, type RunningServer } from './harness.ts';
import { axeViolations } from './axe.ts';

const WRONG = 'HOSTS:park:美国硅谷->industry:生物医药';
const SHOTS = path.join(ROOT, process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test/.artifacts');

let server: RunningServer;
let browser: RunningBrowser | undefined;
let page: Page;
let dataDir = '';
const editor = { name: '规划处张三', password: '' };
const viewer = { name: '招商处李四', password: '' };
let viewerToken = '';
const consoleErrors: string[] = [];

interface GqlResult {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** GraphQL from the page (same origin: the session cookie goes along unless `anonymous`). */
async function gql(query: string, variables: Record<string, unknown> = {}, opts: { anonymous?: boolean; token?: string } = {}): Promise<GqlResult> {
  return page.evaluate(
    async ({ query, variables, opts }) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        credentials: opts.anonymous || opts.token ? 'omit' : 'same-origin',
        headers: { 'content-type': 'application/json', ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    { query, variables, opts },
  );
}

async function parksFor(industry: string): Promise<string[]> {
  const r = await gql('query($id: ID!) { parksForIndustry(id: $id) { id } }', { id: industry });
  return (r.data!.parksForIndustry as { id: string }[]).map((p) => p.id);
}

async function changeCount(): Promise<number> {
  return ((await gql('{ changes { totalCount } }')).data!.changes as { totalCount: number }).totalCount;
}

/**
 * The chain view of the chain 生物医药 belongs to (its PART_OF parent; itself when it has none):
 * the members drawn in the 生物医药 segment (window.chainCy; member ids are segment::member).
 */
async function chainMembers(): Promise<string[]> {
  const r = await gql('{ node(id: "industry:生物医药") { ... on Industry { parent { id } } } }');
  const chain = (r.data!.node as { parent: { id: string } | null }).parent?.id ?? 'industry:生物医药';
  await page.goto(`${server.url}/#/chain?id=${encodeURIComponent(chain)}`);
  await page.locator('.segment-item').first().waitFor({ timeout: 30_000 });
  await page.waitForSelector('[data-testid="chainCy"][data-layout="idle"]', { timeout: 30_000 });
  await page.waitForFunction(() => (window.chainCy?.nodes('.member').length ?? 0) > 0, undefined, { timeout: 30_000 });
  expect(await page.evaluate(() => window.chainCy!.getElementById('seg:industry:生物医药').nonempty())).toBe(true);
  return page.evaluate(() =>
    window
      .chainCy!.nodes('.member')
      .map((n) => n.id())
      .filter((id) => id.startsWith('industry:生物医药::'))
      .map((id) => id.slice('industry:生物医药::'.length)),
  );
}

async function focusFact(id: string): Promise<void> {
  await page.locator('.fact-card').waitFor({ timeout: 30_000 });
  for (let i = 0; i < 20 && (await page.locator('.fact-card').getAttribute('data-edge-id')) !== id; i++) {
    await page.keyboard.press('j');
  }
  expect(await page.locator('.fact-card').getAttribute('data-edge-id')).toBe(id);
}

/** axe-core over the whole page, WCAG 2 A/AA: no violation. */
async function accessible(what: string): Promise<void> {
  const v = await axeViolations(page);
  expect(v, `${what}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
}

async function decided(): Promise<number> {
  return Number(await page.locator('.review-session').getAttribute('data-decided'));
}

function passwordOf(out: string): string {
  const m = /password \(shown only once\): (\S+)/.exec(out);
  if (!m) throw new Error(`no password in: ${out}`);
  return m[1]!;
}

describe('review and curation (e2e)', () => {
  beforeAll(async () => {
    server = await startServer();
    dataDir = server.dataDir;
    editor.password = passwordOf((await runCli(['user', 'add', editor.name, '--role', 'editor', '--data', dataDir], 60_000)).stdout);
    viewer.password = passwordOf((await runCli(['user', 'add', viewer.name, '--role', 'viewer', '--data', dataDir], 60_000)).stdout);
    viewerToken = (await runCli(['token', 'create', '--user', viewer.name, '--data', dataDir], 60_000)).stdout.trim();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  });

  afterAll(async () => {
    await browser?.stop();
    await server?.stop();
  });

  it('an editor rejects a wrong HOSTS edge from the review queue; it leaves parksForIndustry and the chain view', async () => {
    await page.goto(`${server.url}/#/review?type=HOSTS&q=${encodeURIComponent('美国硅谷')}`);
    expect(await parksFor('industry:生物医药')).toContain('park:美国硅谷');
    expect(await chainMembers()).toContain('park:美国硅谷');
    await page.goto(`${server.url}/#/review?type=HOSTS&q=${encodeURIComponent('美国硅谷')}`);
    await signIn(page, editor);
    await focusFact(WRONG);
    await accessible('审核 queue');
    // The sentence, with both names highlighted.
    const marks = await page.locator('.fact-card .evidence-text mark').allInnerTexts();
    expect(marks).toEqual(expect.arrayContaining(['美国硅谷', '生物医药']));
    expect(await page.locator('.fact-card .evidence-text').first().innerText()).toContain('链接美国硅谷');
    await page.locator('.fact-note input').fill('对标地区，不是本区园区');
    await page.locator('body').click({ position: { x: 5, y: 5 } }); // leave the note field: keys triage again
    await page.keyboard.press('r');
    await page.locator(`.queue-row.decided.rejected[data-edge-id="${WRONG}"]`).waitFor({ timeout: 15_000 });
    expect(await parksFor('industry:生物医药')).not.toContain('park:美国硅谷');
    expect(await chainMembers()).not.toContain('park:美国硅谷');
    const trail = await gql('{ changes(first: 1) { nodes { author op target note summary } } }');
    expect((trail.data!.changes as { nodes: unknown[] }).nodes[0]).toMatchObject({ author: editor.name, op: 'REJECT', target: WRONG, note: '对标地区，不是本区园区' });
  });

  it('re-ingesting the seeds and restarting the server keep the rejection; a merge holds too', async () => {
    const m = await gql('mutation { mergeNodes(from: "enterprise:途牛旅行", into: "enterprise:途牛国际", note: "同一企业") { node { id aliases } } }');
    expect(m.errors).toBeUndefined();
    expect((m.data!.mergeNodes as { node: { aliases: string[] } }).node.aliases).toContain('途牛旅行');
    await server.stop({ keepData: true });
    const re = await runCli(['ingest', path.join(ROOT, 'seeds'), '--data', dataDir], 180_000);
    expect(re.stdout).toContain('ingested 5 document(s), 0 failed');
    server = await startServer({ dataDir });
    await page.goto(`${server.url}/#/review?type=HOSTS`);
    expect(await parksFor('industry:生物医药')).not.toContain('park:美国硅谷');
    expect(await chainMembers()).not.toContain('park:美国硅谷');
    const tuniu = await gql('{ node(id: "enterprise:途牛旅行") { id name aliases } }');
    expect(tuniu.data!.node).toMatchObject({ id: 'enterprise:途牛国际', name: '途牛国际' });
  });

  it('undo from the audit trail brings the fact back', async () => {
    await page.goto(`${server.url}/#/review?tab=trail`);
    if (!(await page.locator('.signed-in').count())) await signIn(page, editor);
    const row = page.locator('.trail-table tr', { hasText: '美国硅谷' }).first();
    await row.waitFor({ timeout: 15_000 });
    await accessible('审核记录');
    await row.getByRole('button', { name: '撤销' }).click();
    await page.locator('.trail-table tr', { hasText: '撤销「拒绝关系' }).first().waitFor({ timeout: 15_000 });
    expect(await parksFor('industry:生物医药')).toContain('park:美国硅谷');
  });

  it('详情: an editor accepts, rejects or edits every fact there; everyone sees who changed what', async () => {
    const NEW_ENERGY = 'HOSTS:park:美国硅谷->industry:新能源';
    await page.goto(`${server.url}/#/explore`);
    await page.getByRole('combobox', { name: '搜索', exact: true }).fill('美国硅谷');
    await page.locator('[role="option"]').filter({ hasText: '美国硅谷' }).first().click();
    await page.waitForFunction((id) => !!window.cy && window.cy.getElementById(id).nonempty(), NEW_ENERGY, { timeout: 20_000 });
    const details = page.getByRole('complementary', { name: '详情' });
    await details.locator('.quick-actions').first().waitFor({ timeout: 15_000 });
    await details.locator('.node-edit > summary').click();
    await accessible('详情 with curation');
    // Every fact of the node has accept / reject / edit.
    expect(await details.locator('.edge-item').count()).toBe(await details.locator('.quick-actions').count());
    await details.getByRole('button', { name: '拒绝：新能源' }).click();
    await page.waitForFunction((id) => window.cy!.getElementById(id).empty(), NEW_ENERGY, { timeout: 15_000 });
    await details.locator('.history li', { hasText: editor.name }).first().waitFor({ timeout: 15_000 });
    // Signed out, the history still says who changed what; the controls are gone.
    await page.locator('.signed-in').getByRole('button', { name: '退出' }).click();
    await page.goto(`${server.url}/#/explore?seeds=${encodeURIComponent('park:美国硅谷')}&sel=${encodeURIComponent('n:park:美国硅谷')}`);
    await page.reload();
    const entry = details.locator('.history li', { hasText: editor.name }).first();
    await entry.waitFor({ timeout: 20_000 });
    expect(await entry.innerText()).toContain('拒绝');
    expect(await details.locator('.quick-actions').count()).toBe(0);
    await signIn(page, editor);
  });

  it("refuses a viewer's and an anonymous change (FORBIDDEN, UNAUTHENTICATED) and changes nothing", async () => {
    const before = await changeCount();
    const anon = await gql(`mutation { rejectEdge(id: "${WRONG}") { change { id } } }`, {}, { anonymous: true });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anon.status).toBe(401);
    const asViewer = await gql(`mutation { rejectEdge(id: "${WRONG}") { change { id } } }`, {}, { token: viewerToken });
    expect(asViewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(asViewer.status).toBe(403);
    // In the page: a signed-in viewer sees the queue but cannot decide.
    await page.locator('.signed-in').getByRole('button', { name: '退出' }).click();
    await signIn(page, viewer);
    await page.goto(`${server.url}/#/review?type=HOSTS&q=${encodeURIComponent('美国硅谷')}`);
    await focusFact(WRONG);
    expect(await page.locator('.fact-actions button.reject').isDisabled()).toBe(true);
    await page.keyboard.press('r');
    expect(await page.locator('.banner-error').innerText()).toContain('只读');
    expect(await changeCount()).toBe(before);
    expect(await parksFor('industry:生物医药')).toContain('park:美国硅谷');
    // The refused requests were logged by Chromium as failed resources (401/403): expected here only.
    for (let i = consoleErrors.length - 1; i >= 0; i--) if (/status of 40[13]/.test(consoleErrors[i]!)) consoleErrors.splice(i, 1);
  });

  it('triages 50 facts by keyboard; the audit trail records each (time printed, not asserted)', async () => {
    await page.locator('.signed-in').getByRole('button', { name: '退出' }).click();
    await page.goto(`${server.url}/#/review`);
    await signIn(page, editor);
    await page.locator('.fact-card').waitFor({ timeout: 30_000 });
    const start = await decided();
    const t0 = performance.now();
    for (let i = 0; i < 50; i++) {
      // A planner's pattern: most facts confirmed, every fifth rejected.
      await page.keyboard.press(i % 5 === 4 ? 'r' : 'a');
      await page
        .waitForFunction((n) => Number(document.querySelector('.review-session')?.getAttribute('data-decided')) === n, start + i + 1, { timeout: 15_000 })
        .catch(async (e: unknown) => {
          await page.screenshot({ path: path.join(ROOT, 'test/.artifacts/review-fail.png') });
          const banner = await page.locator('.banner').allInnerTexts();
          throw new Error(`fact ${i + 1}: not decided (${String(e)}); banner: ${banner.join(' | ')}; focus: ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))}`);
        });
    }
    const ms = performance.now() - t0;
    // One slip taken back with u, and decided again.
    await page.keyboard.press('u');
    await page.waitForFunction((n) => Number(document.querySelector('.review-session')?.getAttribute('data-decided')) === n, start + 49, { timeout: 15_000 });
    await page.keyboard.press('r');
    await page.waitForFunction((n) => Number(document.querySelector('.review-session')?.getAttribute('data-decided')) === n, start + 50, { timeout: 15_000 });
    console.log(`[review e2e] triaged 50 facts by keyboard in ${(ms / 1000).toFixed(1)} s (${(ms / 50).toFixed(0)} ms per fact, server round trip and render included)`);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'review.png') });

    const r = await gql('query($a: String) { changes(author: $a, first: 100) { totalCount nodes { seq at author op note summary active } } }', { a: editor.name });
    const trail = r.data!.changes as { totalCount: number; nodes: { seq: number; at: string; author: string; op: string; note: string; summary: string; active: boolean }[] };
    const ops = trail.nodes.reduce<Record<string, number>>((acc, c) => ((acc[c.op] = (acc[c.op] ?? 0) + 1), acc), {});
    console.log(`[review e2e] audit trail of ${editor.name}: ${trail.totalCount} changes ${JSON.stringify(ops)}; newest first:`);
    for (const c of trail.nodes.slice(0, 6)) console.log(`  #${c.seq} ${c.at} ${c.author} ${c.op}${c.active ? '' : ' (undone)'} — ${c.summary}${c.note ? ` — ${c.note}` : ''}`);
    // 50 decisions + the one taken back (undone) + the undo + its replacement, and the earlier
    // reject, merge, undo and 详情 reject of this run.
    expect(ops).toMatchObject({ ACCEPT: 40, REJECT: 13, UNDO: 2, MERGE: 1 });
    expect(trail.totalCount).toBe(56);

    // The CSV download of the audit trail.
    await page.goto(`${server.url}/#/review?tab=trail`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出审核记录 CSV' }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(lines[0]).toBe('seq,id,at,author,op,op_zh,summary,note,target,nodes,active,undone_by');
    expect(lines).toHaveLength(1 + 56);
    expect(consoleErrors).toEqual([]);
  });
});
