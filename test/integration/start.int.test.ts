// `npm start`'s entry (server/src/main.ts): the first start ingests the seeds, a restart skips
// unchanged seeds, and an edit to the lexicon re-extracts them (what a planner expects after
// adding a company or an industry to seeds/lexicon/).
import { spawn } from 'node:child_process';
import { appendFile, cp } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SEEDS, tempDir } from './helpers.ts';

let tmp: { dir: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  tmp = await tempDir('kg-start-');
  await cp(SEEDS, path.join(tmp.dir, 'seeds'), { recursive: true });
});
afterAll(async () => tmp?.cleanup());

/** Runs main.ts until it listens, then stops it; returns what it printed. */
function startOnce(env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/src/main.ts')], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: '', PORT: '0', HOST: '', KG_DATA: path.join(tmp.dir, 'data'), KG_SEEDS: path.join(tmp.dir, 'seeds'), ...env },
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no listening line in 120 s:\n${out}`));
    }, 120_000);
    const onData = (d: string) => {
      out += d;
      if (/listening on http/.test(out)) {
        clearTimeout(timer);
        child.once('exit', () => resolve(out));
        child.kill('SIGTERM');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (!/listening on http/.test(out)) resolve(`exit ${code}\n${out}`);
    });
  });
}

describe('npm start (main.ts)', () => {
  it('ingests on first start, skips unchanged seeds on restart, re-extracts after a lexicon edit', async () => {
    const first = await startOnce();
    expect(first).toMatch(/seeds: 5 ingested, 0 unchanged, 0 failed/);
    // Closed by default: loopback (HOST unset), and the first start creates the administrator once.
    expect(first).toMatch(/listening on http:\/\/localhost:\d+/);
    expect(first).toMatch(/first start: an administrator was created[\s\S]*password:\s+\S{16}/);
    const second = await startOnce();
    expect(second).toMatch(/seeds: 0 ingested, 5 unchanged, 0 failed/);
    expect(second).not.toMatch(/first start/);
    await appendFile(path.join(tmp.dir, 'seeds/lexicon/organizations.tsv'), '示例新企业\tEnterprise\t\t示例企业\n');
    const third = await startOnce();
    expect(third).toMatch(/lexicon or extraction changed/);
    expect(third).toMatch(/seeds: 5 ingested, 0 unchanged, 0 failed/);
  }, 300_000);

  it('validates PORT like kg serve: a bad port exits 2 before touching anything', async () => {
    const out = await startOnce({ PORT: 'abc' });
    expect(out).toMatch(/^exit 2/);
    expect(out).toMatch(/invalid port "abc"/);
  }, 60_000);
});
