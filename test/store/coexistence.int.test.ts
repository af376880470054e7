// A running server and the CLI writing the same data directory at the same time (issue 10 item 4):
// a real `kg serve` process takes uploads while real `kg ingest` processes ingest other files into
// its directory. Every commit takes the directory's lock and re-reads the manifest, so no document
// is lost, nothing is swept that another process committed, the server shows the CLI's documents
// without a restart, and a restart loads all of them from intact files.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, gql, runCli, startServer, tempDir, upload, type RunningServer } from '../integration/helpers.ts';

const PARKS = ['海洋片区', '华苑片区', '渤龙湖片区', '未来科技城', '京津合作示范区', '南港工业区', '临港片区', '中新生态城'];

/** A small policy document of the genre; `i` makes its name, park and numbers distinct. */
function policy(i: number): string {
  const park = PARKS[i % PARKS.length]!;
  return [
    `${park}支持第${i}批深海装备产业发展若干措施`,
    '',
    `为加快深海装备产业发展，推动${park}建设，制定本措施。`,
    '',
    '一、支持深海装备企业集聚',
    `1.支持深海装备企业在${park}落户。对新落户的企业给予第${i}档房租补贴。（牵头部门：科技创新局，责任部门：财政局）`,
    `2.支持飞腾与${park}企业开展深海通信芯片联合攻关。（牵头部门：工信局，责任部门：科技创新局）`,
    '',
    `${park}管理委员会`,
    '2026年1月5日',
    '',
  ].join('\n');
}

let data: { dir: string; cleanup: () => Promise<void> };
let files: { dir: string; cleanup: () => Promise<void> };
let server: RunningServer | null = null;

beforeAll(async () => {
  data = await tempDir('kg-coexist-data-');
  files = await tempDir('kg-coexist-files-');
});
afterAll(async () => {
  await server?.stop();
  await data?.cleanup();
  await files?.cleanup();
});

async function post(url: string, token: string, name: string, text: string): Promise<{ status: number; body: { documentId?: string; error?: { code: string } } }> {
  const res = await upload(url, name, text, token);
  return { status: res.status, body: (await res.json()) as { documentId?: string } };
}

async function serverDocuments(url: string): Promise<string[]> {
  const r = await gql<{ documents: { id: string }[] }>(url, '{ documents { id } }');
  return (r.data?.documents ?? []).map((d) => d.id).sort();
}

describe('server and CLI writing one data directory', () => {
  it('loses no document, corrupts nothing, and the server shows what the CLI ingested', async () => {
    const token = await createToken(data.dir, 'editor');
    server = await startServer(data.dir);
    // Two CLI processes ingest 6 files each while 8 uploads reach the server.
    const cliDirs = [path.join(files.dir, 'cli-a'), path.join(files.dir, 'cli-b')];
    const expected: string[] = [];
    for (const [k, d] of cliDirs.entries()) {
      await mkdir(d);
      for (let j = 0; j < 6; j++) {
        const i = k * 6 + j;
        await writeFile(path.join(d, `cli-${i}.txt`), policy(i));
        expected.push(`doc:cli-${i}`);
      }
    }
    const uploads = Array.from({ length: 8 }, (_, j) => ({ name: `upload-${j}.txt`, text: policy(100 + j) }));
    expected.push(...uploads.map((u) => `doc:upload-${u.name.slice(7, -4)}`));
    const url = server.url;
    const [cliA, cliB, ...up] = await Promise.all([
      runCli(['ingest', cliDirs[0]!, '--data', data.dir]),
      runCli(['ingest', cliDirs[1]!, '--data', data.dir]),
      ...uploads.map(async (u, j) => {
        await new Promise((r) => setTimeout(r, 350 * j));
        return post(url, token, u.name, u.text);
      }),
    ]);
    expect(cliA.code, cliA.stderr).toBe(0);
    expect(cliB.code, cliB.stderr).toBe(0);
    for (const u of up) expect(u.status, JSON.stringify(u.body)).toBe(200);

    // The server follows the directory: the CLI's documents appear without a restart.
    const want = [...expected].sort();
    let seen: string[] = [];
    for (let t = 0; t < 100 && seen.join() !== want.join(); t++) {
      seen = await serverDocuments(url);
      if (seen.join() !== want.join()) await new Promise((r) => setTimeout(r, 200));
    }
    expect(seen).toEqual(want);

    expect(await server.stop()).toBe(0);
    server = null;
    // On disk: the manifest lists every document, every file it names exists, nothing else is
    // left in batches/, and no lock is held.
    const manifest = JSON.parse(await readFile(path.join(data.dir, 'manifest.json'), 'utf8')) as { documents: Record<string, { file: string }> };
    expect(Object.keys(manifest.documents).sort()).toEqual(want);
    expect((await readdir(path.join(data.dir, 'batches'))).sort()).toEqual(Object.values(manifest.documents).map((e) => e.file).sort());
    expect(await readdir(data.dir)).not.toContain('LOCK');
    // A fresh process loads everything, with no quarantine warning.
    const out = path.join(files.dir, 'export.json');
    const e = await runCli(['export', '--format', 'json', '--out', out, '--data', data.dir]);
    expect(e.code, e.stderr).toBe(0);
    expect(e.stderr).not.toMatch(/quarantined/);
    const graph = JSON.parse(await readFile(out, 'utf8')) as { nodes: { id: string; label: string }[] };
    expect(graph.nodes.filter((n) => n.label === 'Document').map((n) => n.id).sort()).toEqual(want);
  }, 240_000);

  it('a CLI that finds the directory locked by a live process says which one; a stale lock is recovered', async () => {
    const f = path.join(files.dir, 'one.txt');
    await writeFile(f, policy(7));
    // A live holder: this test process, as if it were committing.
    await writeFile(path.join(data.dir, 'LOCK'), JSON.stringify({ pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString(), command: 'kg serve', nonce: 'held' }));
    const locked = await runCli(['ingest', f, '--data', data.dir], { KG_LOCK_TIMEOUT_MS: '300' });
    expect(locked.code).toBe(1);
    expect(locked.stderr).toContain('STORE_LOCKED');
    expect(locked.stderr).toContain(`pid ${process.pid} on ${os.hostname()} (kg serve`);
    // The holder dies without releasing it: the next writer breaks the stale lock.
    await writeFile(path.join(data.dir, 'LOCK'), JSON.stringify({ pid: 2 ** 22 + 1, host: os.hostname(), startedAt: new Date().toISOString(), command: 'kg ingest', nonce: 'stale' }));
    const ok = await runCli(['ingest', f, '--data', data.dir]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('ingested 1 document(s), 0 failed');
    expect(await readdir(data.dir)).not.toContain('LOCK');
  }, 120_000);
});
