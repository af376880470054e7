// End-to-end harness: a real server over a freshly ingested data dir, and headless Debian Chromium.
// Builds nothing: `npm test` builds the client first (pretest). Run alone with
//   npx vite build --config client/vite.config.ts && npx vitest run test/e2e
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTIFACTS = path.join(ROOT, 'test/.artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CLI = path.join(ROOT, 'server/src/cli.ts');

export function assertClientBuilt(): void {
  const index = path.join(ROOT, 'client/dist/index.html');
  if (!existsSync(index)) {
    throw new Error(
      `client/dist/index.html is missing: build the client first ` +
        `(npm run build:client, or npx vite build --config client/vite.config.ts). ` +
        `npm test does this in its pretest step.`,
    );
  }
}

/** Runs the CLI (through tsx in this Node) and resolves with its output; rejects on a non-zero exit. */
export function runCli(args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`kg ${args.join(' ')} timed out after ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve({ stdout, stderr });
      else reject(new Error(`kg ${args.join(' ')} exited with ${code}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`));
    });
  });
}

export interface RunningServer {
  url: string;
  dataDir: string;
  /** The administrator the first start created, as the server printed it (once). */
  admin: { name: string; password: string } | null;
  /** Everything the server printed so far. */
  output(): string;
  /** Stops the server and deletes its data dir (`keepData`: leaves it, e.g. for a restart). */
  stop(opts?: { keepData?: boolean }): Promise<void>;
}

function withoutNodeEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_ENV;
  return env;
}

/**
 * `env`: settings of this server only (a second server with KG_QUERY_TIMEOUT_MS=1 on a copy of the data).
 *
 * Ingests `seeds/` into a fresh data dir (then runs `prepare`, e.g. a registry import), starts `serve --port 0` and
 * waits for its URL. With `dataDir` (a restart): serves that directory as it is, ingesting nothing.
 */
export async function startServer(
  opts: { seeds?: string; readyTimeoutMs?: number; dataDir?: string; prepare?: (dataDir: string) => Promise<void>; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  assertClientBuilt();
  if (!existsSync(CLI)) throw new Error(`server CLI not found at ${CLI}`);
  const dataDir = opts.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'kg-e2e-data-')));
  if (!opts.dataDir) {
    try {
      await runCli(['ingest', opts.seeds ?? path.join(ROOT, 'seeds'), '--data', dataDir], 180_000);
      await opts.prepare?.(dataDir);
    } catch (e) {
      await rm(dataDir, { recursive: true, force: true });
      throw e;
    }
  }

  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', CLI, 'serve', '--port', '0', '--data', dataDir],
    // without the test runner's NODE_ENV: the server runs as users run it (production defaults)
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...withoutNodeEnv(), ...opts.env } },
  );
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not print its URL within ${opts.readyTimeoutMs ?? 60_000} ms\n${out}`)),
      opts.readyTimeoutMs ?? 60_000,
    );
    const onData = (d: string) => {
      out += d;
      const m = /http:\/\/localhost:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(`http://localhost:${m[1]}`);
      }
    };
    child.stdout!.setEncoding('utf8');
    child.stderr!.setEncoding('utf8');
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: string) => (out += d));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (code ${code}) before it was ready\n${out}`));
    });
  }).catch(async (e: unknown) => {
    child.kill('SIGKILL');
    if (!opts.dataDir) await rm(dataDir, { recursive: true, force: true });
    throw e;
  });

  const admin = /用户名 \/ user:\s+(\S+)\s+密码 \/ password:\s+(\S+)/.exec(out);
  return {
    url,
    dataDir,
    admin: admin ? { name: admin[1]!, password: admin[2]! } : null,
    output: () => out,
    stop: async (o) => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const t = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(t);
      }
      if (!o?.keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface RunningBrowser {
  /** A persistent context on a throw-away profile (Playwright wants the profile this way, not as --user-data-dir). */
  context: BrowserContext;
  stop(): Promise<void>;
}

/** A new page of `browser` at 1440×900; `onError` hears its uncaught errors and console errors. */
export async function newPage(browser: RunningBrowser, onError?: (message: string) => void): Promise<import('playwright-core').Page> {
  const p = await browser.context.newPage();
  await p.setViewportSize({ width: 1440, height: 900 });
  if (onError) {
    p.on('pageerror', (e) => onError(e.message));
    p.on('console', (m) => {
      if (m.type() === 'error') onError(m.text());
    });
  }
  return p;
}

/** Headless Debian Chromium with a fresh temp profile, 1280×800, and no background network. */
export async function launchBrowser(): Promise<RunningBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it (as root): apt-get update && apt-get install -y chromium ` +
        `(or set CHROMIUM_PATH). For readable Chinese in screenshots also: apt-get install -y fonts-noto-cjk`,
    );
  }
  const profile = await mkdtemp(path.join(tmpdir(), 'kg-e2e-chromium-'));
  // Equivalent to chromium.launch({ args: [..., `--user-data-dir=${profile}`] }), which Playwright rejects.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
  });
  return {
    context,
    stop: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function artifactsDir(): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  return ARTIFACTS;
}

/** Signs in through the page's 登录 dialog. */
export async function signIn(page: import('playwright-core').Page, user: { name: string; password: string }): Promise<void> {
  await page.locator('.topbar-actions').getByRole('button', { name: '登录', exact: true }).click();
  const dialog = page.locator('dialog.signin-dialog');
  await dialog.getByLabel('用户名').fill(user.name);
  await dialog.getByLabel('密码').fill(user.password);
  await dialog.locator('button[type="submit"]').click();
  await page.locator('.signed-in').waitFor({ timeout: 15_000 });
}

export interface ServerWithSlowTwin {
  server: RunningServer;
  /** The same data, served with KG_QUERY_TIMEOUT_MS = `timeoutMs`: every analysis past it answers TIMEOUT. */
  slow: RunningServer;
  browser: RunningBrowser;
  /** Where screenshots go (test/.artifacts). */
  shots: string;
}

/**
 * Before the file's tests: a server on the seeds (or on a directory `fill` writes), a second one with
 * KG_QUERY_TIMEOUT_MS = `timeoutMs` on a copy of the same data, a browser and the screenshots' folder; after
 * them, all stopped and the copies removed (fix25, ui33: what the client says when a query times out).
 */
export function serverWithSlowTwin(opts: { timeoutMs: number; fill?: (dataDir: string) => Promise<void> }): ServerWithSlowTwin {
  const twins = {} as ServerWithSlowTwin;
  const dirs: string[] = [];
  beforeAll(async () => {
    const slowDir = await mkdtemp(path.join(tmpdir(), 'kg-e2e-slow-'));
    dirs.push(slowDir);
    if (opts.fill) {
      const dir = await mkdtemp(path.join(tmpdir(), 'kg-e2e-filled-'));
      dirs.push(dir);
      await opts.fill(dir);
      await cp(dir, slowDir, { recursive: true });
      twins.server = await startServer({ dataDir: dir });
    } else {
      twins.server = await startServer({ prepare: (dir) => cp(dir, slowDir, { recursive: true }) });
    }
    twins.slow = await startServer({ dataDir: slowDir, env: { KG_QUERY_TIMEOUT_MS: String(opts.timeoutMs) } });
    twins.browser = await launchBrowser();
    twins.shots = await artifactsDir();
  }, 300_000);
  afterAll(async () => {
    await twins.browser?.stop();
    await twins.server?.stop();
    await twins.slow?.stop();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });
  return twins;
}
