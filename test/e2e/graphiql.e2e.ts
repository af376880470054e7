// The offline GraphQL IDE: GET /graphql from a browser serves the bundled GraphiQL, which loads
// nothing from outside localhost, opens with the saved example queries, and runs them.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactsDir, launchBrowser, startServer, type RunningBrowser, type RunningServer } from './harness.ts';
import { EXAMPLES } from '../../client/src/graphiql/examples.ts';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;
let page: Page;
const consoleErrors: string[] = [];
const foreign: string[] = [];

describe('GraphQL IDE at /graphql (e2e)', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['data:', 'blob:'].includes(u.protocol) && !['localhost', '127.0.0.1'].includes(u.hostname)) foreign.push(r.url());
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.stop();
    await server?.stop();
  });

  it('opens with one tab per saved example and runs the first against the seeds', async () => {
    await page.goto(`${server!.url}/graphql`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.count(), { timeout: 20_000 }).toBe(EXAMPLES.length);
    await page.locator('.graphiql-execute-button').click();
    // The first example asks which parks host 细胞和基因治疗: 002 names 京津冀特色细胞谷.
    await expect.poll(() => page.locator('.result-window').innerText(), { timeout: 30_000 }).toContain('京津冀特色细胞谷');
    await page.screenshot({ path: path.join(await artifactsDir(), 'graphiql.png') });
    expect(foreign, 'requests leaving localhost').toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
