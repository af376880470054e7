// review17 M2, L4, L2 in Chromium on a generated 3·10⁴-node graph with 600 documents (2 % of the nodes):
//   - 园区 page past the deadline: the hint says the query timed out and how to narrow the view, not
//     "请确认服务已启动后重试" (a server started with KG_QUERY_TIMEOUT_MS=100 on a copy of the data);
//   - #/docs: the list says it is cut (共 600 个，显示前 500 个) and 显示全部 loads the rest;
//   - 产业链: the side list is bounded (50 segments until 显示更多, 8 members per kind until 「另 N 个」).
// Screenshots go to test/.artifacts/fix25-*.png.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/generate-graph.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { newPage as openPage, serverWithSlowTwin } from './harness.ts';

const DOCS = 600;
// the generated graph written straight to a directory (no ingest), served as it is and, on a copy, with a 100 ms deadline
const twins = serverWithSlowTwin({
  timeoutMs: 100,
  fill: async (dir) => {
    const syn = syntheticGraph(30_000, 42, 100);
    const store = await EmbeddedStore.open({ dir });
    for (let d = 0; d < syn.documents; d++) await store.replaceDocument(syn.batch(d));
    await store.close();
  },
});
const newPage = () => openPage(twins.browser);

describe('client on a 3·10⁴-node graph (review17 M2, L4, L2)', () => {
  it('园区 past the deadline: says the query timed out and how to narrow the view', async () => {
    const p = await newPage();
    await p.goto(`${twins.slow.url}/#/parks`);
    const alert = p.locator('.state-error[role="alert"]');
    await alert.waitFor({ timeout: 60_000 });
    const text = await alert.innerText();
    expect(text).toContain('查询超时');
    expect(text).toContain('产业链');
    expect(text).not.toContain('请确认服务已启动');
    await p.screenshot({ path: path.join(twins.shots, 'fix25-parks-timeout.png') });
    await p.close();
  }, 120_000);

  it('#/docs says the list is cut and shows the rest on request', async () => {
    const p = await newPage();
    await p.goto(`${twins.server.url}/#/docs`);
    await p.locator('.doc-list').waitFor({ timeout: 60_000 });
    expect(await p.locator('.doc-list > li').count()).toBe(500);
    expect(await p.locator('.docs-side .side-title .count').innerText()).toBe(String(DOCS));
    const cut = p.locator('.list-cut');
    expect(await cut.innerText()).toContain(`共 ${DOCS} 个，显示前 500 个`);
    await p.screenshot({ path: path.join(twins.shots, 'fix25-docs-cut.png') });
    await cut.getByRole('button', { name: '显示全部' }).click();
    await p.waitForFunction((n) => document.querySelectorAll('.doc-list > li').length === n, DOCS, { timeout: 60_000 });
    expect(await p.locator('.list-cut').count()).toBe(0);
    await p.close();
  }, 120_000);

  it('产业链: the side list of the largest chain is bounded, and opens on request', async () => {
    const p = await newPage();
    await p.goto(`${twins.server.url}/#/chain`);
    const select = p.getByRole('combobox', { name: '有环节的产业' });
    await p.waitForFunction(() => (document.querySelector('.bar-select select') as HTMLSelectElement | null)?.options.length! > 1, undefined, { timeout: 60_000 });
    const first = await select.locator('option').nth(1).getAttribute('value');
    await select.selectOption(first!);
    await p.locator('.segment-list').waitFor({ timeout: 90_000 });
    const counts = await p.evaluate(() => ({
      segments: document.querySelectorAll('.segment-item').length,
      elements: document.querySelectorAll('.side-panel *').length,
      maxChips: Math.max(0, ...[...document.querySelectorAll('.segment-members')].map((m) => m.querySelectorAll('.chip').length)),
      more: document.querySelectorAll('.more-members').length,
      title: document.querySelector('.chain-counts')?.textContent ?? '',
    }));
    const total = Number(/环节 (\d+) 个/.exec(counts.title)?.[1]);
    expect(total).toBeGreaterThan(0);
    expect(counts.segments).toBe(Math.min(50, total));
    expect(counts.maxChips).toBeLessThanOrEqual(8);
    console.log(`fix25 chain ${first}: ${total} segments, side list ${counts.elements} elements, ${counts.more} 「另 N 个」`);
    await p.screenshot({ path: path.join(twins.shots, 'fix25-chain-bounded.png') });
    if (total > 50) {
      await p.getByRole('button', { name: '显示更多' }).click();
      await p.waitForFunction((n) => document.querySelectorAll('.segment-item').length === n, Math.min(100, total));
    }
    if (counts.more > 0) {
      const i = await p.evaluate(() => [...document.querySelectorAll('.segment-members')].findIndex((m) => m.querySelector('.more-members')));
      const members = p.locator('.segment-members').nth(i);
      const n = Number(/另 (\d+) 个/.exec(await members.locator('.more-members').innerText())?.[1]);
      await members.locator('.more-members').click();
      expect(await members.locator('.chip').count()).toBe(8 + n);
    }
    await p.close();
  }, 180_000);
});
