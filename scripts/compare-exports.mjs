#!/usr/bin/env node
// Behaviour check for refactors of the ingest pipeline: ingests the same documents with the working
// tree's code and with a base commit's code (through the `kg` CLI, as a user would), exports JSON
// (industry-kg/graph@1) and the `--report` text, and compares them byte for byte.
//
//   node scripts/compare-exports.mjs [--base REF] [--corpus DIR]... [--all]
//
// --base    the commit whose behaviour must be kept (default: the merge base of HEAD and main, i.e.
//           main without this branch's changes). Its code is unpacked with `git archive` into a
//           temporary directory that shares this tree's node_modules; nothing is checked out.
// --corpus  document directories to ingest (default: seeds/). --all adds the held-out genre fixtures
//           (test/fixtures/genre, test/fixtures/genre-entities) and the reader fixtures.
// The base's outputs are cached in test/.artifacts/compare-exports/<sha>/ (git-ignored), so a second
// run only ingests with the working tree. Exit 0 when everything is identical, 1 otherwise (the first
// differing node/edge ids are printed).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { base: { type: 'string' }, corpus: { type: 'string', multiple: true }, all: { type: 'boolean' } },
});

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const baseRef = values.base ?? git('merge-base', 'HEAD', 'main');
const sha = git('rev-parse', `${baseRef}^{commit}`);
const corpora = values.corpus ?? ['seeds', ...(values.all ? ['test/fixtures/genre', 'test/fixtures/genre-entities', 'test/fixtures/read'] : [])];

/** Ingest `corpus` with the code in `codeDir`; returns { json, report }. */
function run(codeDir, corpus) {
  const data = mkdtempSync(path.join(tmpdir(), 'kg-compare-'));
  try {
    const cli = (args) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'server/src/cli.ts', ...args, '--data', data], {
        cwd: codeDir,
        encoding: 'utf8',
        env: { ...process.env, NEO4J_URI: '' },
        maxBuffer: 1 << 30,
      });
    const ing = cli(['ingest', path.resolve(root, corpus), '--report']);
    // the last lines name the data directory; everything before them is the report
    const report = ing.stdout.replace(data, '<data>');
    const out = path.join(data, 'export.json');
    const exp = cli(['export', '--format', 'json', '--out', out]);
    if (exp.status !== 0) throw new Error(`export failed in ${codeDir}: ${exp.stderr}`);
    return { json: readFileSync(out, 'utf8'), report, status: ing.status };
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
}

function baseOutputs(corpus) {
  const cacheDir = path.join(root, 'test/.artifacts/compare-exports', sha);
  const key = corpus.replace(/[\\/]/g, '_');
  const cached = path.join(cacheDir, `${key}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8'));
  const code = mkdtempSync(path.join(tmpdir(), 'kg-base-'));
  try {
    execFileSync('sh', ['-c', `git archive ${sha} | tar -x -C "${code}"`], { cwd: root });
    symlinkSync(path.join(root, 'node_modules'), path.join(code, 'node_modules'), 'dir');
    const r = run(code, corpus);
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cached, JSON.stringify(r));
    return r;
  } finally {
    rmSync(code, { recursive: true, force: true });
  }
}

function firstDifferences(a, b) {
  const A = JSON.parse(a);
  const B = JSON.parse(b);
  const out = [];
  for (const kind of ['nodes', 'edges']) {
    const ma = new Map(A[kind].map((x) => [x.id, JSON.stringify(x)]));
    const mb = new Map(B[kind].map((x) => [x.id, JSON.stringify(x)]));
    for (const [id, v] of ma) if (!mb.has(id)) out.push(`only in base: ${kind} ${id}`);
    else if (mb.get(id) !== v) out.push(`differs: ${kind} ${id}`);
    for (const id of mb.keys()) if (!ma.has(id)) out.push(`only in working tree: ${kind} ${id}`);
  }
  return out;
}

let failed = false;
console.log(`base ${sha.slice(0, 12)} (${baseRef}) vs working tree`);
for (const corpus of corpora) {
  const base = baseOutputs(corpus);
  const head = run(root, corpus);
  const g = JSON.parse(head.json);
  const sameJson = base.json === head.json;
  const sameReport = base.report === head.report && base.status === head.status;
  console.log(
    `${sameJson && sameReport ? '=' : '≠'} ${corpus}: ${g.nodes.length} nodes, ${g.edges.length} edges, ` +
      `export ${Buffer.byteLength(head.json)} bytes ${sameJson ? 'identical' : 'DIFFERENT'}; report ${sameReport ? 'identical' : 'DIFFERENT'}`,
  );
  if (!sameJson) {
    failed = true;
    for (const d of firstDifferences(base.json, head.json).slice(0, 20)) console.log(`    ${d}`);
  }
  if (!sameReport) {
    failed = true;
    const a = base.report.split('\n');
    const b = head.report.split('\n');
    const i = a.findIndex((l, k) => l !== b[k]);
    console.log(`    report differs at line ${i + 1}:\n    base: ${a[i]}\n    tree: ${b[i]}`);
  }
}
process.exit(failed ? 1 : 0);
