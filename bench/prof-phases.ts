// npx tsx bench/prof-phases.ts FILE.cpuprofile [--tree FUNCTION [--depth 3]]
// The write from scratch of a V8 CPU profile of bench/store-write.ts (node --cpu-prof), split into
// its parts: every sample from the first one inside `timedCommits` on (the generator's setup before
// it left out) is put in the first part whose function is on its stack (apply, the batch file's
// encoding, validation, the synthetic generator, the snapshot on close by step, the collector, idle).
// --tree F: the callees under every outermost frame named F, merged by name and line, inclusive.
// Profile a bundle, not tsx (tsx puts every function on line 1; see bench/PROFILE.md, scale29):
//   npx esbuild bench/store-write.ts --bundle --platform=node --format=esm --packages=external --outfile=bench/_sw.mjs
//   node --cpu-prof --cpu-prof-interval 2000 bench/_sw.mjs 1000000 --phase write
// Under load the profiler's ticks are wall time: compare shares within one profile, not seconds.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const FILE = process.argv[2];
if (!FILE || FILE.startsWith('--')) throw new Error('usage: bench/prof-phases.ts FILE.cpuprofile [--tree FUNCTION [--depth 3]]');
const p = JSON.parse(readFileSync(FILE, 'utf8')) as Profile;
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** Parts in order of precedence: a sample goes to the first whose functions are on its stack. */
const PARTS: [string, string[]][] = [
  ['apply (GraphCore.apply under commitLocked)', ['applyBatch']],
  ['batch file encoding (encodeBatchFile, sha256 included)', ['encodeBatchFile']],
  ['validateBatch', ['validateBatch']],
  ['synthetic generator (batch(d))', ['batch']],
  ['snapshot on close: search postings (exportPostings)', ['exportPostings']],
  ['snapshot on close: id order (OrderIndex.reset, the sort)', ['reset']],
  ['snapshot on close: encoding (encodeSnapshot)', ['encodeSnapshot', 'str', 'i32']],
  ['snapshot on close: hash and write', ['writeSnapshot', 'writeFileDurable']],
  ['(garbage collector)', ['(garbage collector)']],
  ['(idle: fsyncs, thread pool)', ['(idle)']],
];

const stackNames = new Map<number, Set<string>>();
function namesOf(id: number): Set<string> {
  let s = stackNames.get(id);
  if (!s) {
    s = new Set();
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) s.add(byId.get(x)!.callFrame.functionName);
    stackNames.set(id, s);
  }
  return s;
}

function partOf(id: number): string {
  const names = namesOf(id);
  for (const [part, fns] of PARTS) if (fns.some((f) => names.has(f))) return part;
  return 'other';
}

const totals = new Map<string, number>();
let started = false;
let sum = 0;
for (let i = 0; i < p.samples.length; i++) {
  const w = p.timeDeltas[i + 1] ?? 0;
  const id = p.samples[i]!;
  if (!started && namesOf(id).has('timedCommits')) started = true;
  if (!started) continue;
  const part = partOf(id);
  totals.set(part, (totals.get(part) ?? 0) + w);
  sum += w;
}
console.log(`# ${FILE}: ${(sum / 1e6).toFixed(1)} s of samples from the first commit on`);
for (const [part, v] of [...totals].sort((a, b) => b[1] - a[1])) {
  console.log(`${((100 * v) / Math.max(1, sum)).toFixed(1).padStart(5)}%  ${(v / 1e6).toFixed(1).padStart(7)} s  ${part}`);
}

const TREE = flag('tree');
if (TREE) {
  const depth = Number(flag('depth') ?? 3);
  const self = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i]!, (self.get(p.samples[i]!) ?? 0) + (p.timeDeltas[i + 1] ?? 0));
  const inclusive = new Map<number, number>();
  const incl = (id: number): number => {
    let v = inclusive.get(id);
    if (v === undefined) {
      v = self.get(id) ?? 0;
      for (const c of byId.get(id)!.children ?? []) v += incl(c);
      inclusive.set(id, v);
    }
    return v;
  };
  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1}`;
  const outermost = p.nodes.filter((n) => {
    if (n.callFrame.functionName !== TREE) return false;
    for (let x = parent.get(n.id); x !== undefined; x = parent.get(x)) if (byId.get(x)!.callFrame.functionName === TREE) return false;
    return true;
  });
  const show = (ids: number[], d: number, indent: string): void => {
    if (d > depth) return;
    const groups = new Map<string, number[]>();
    for (const id of ids) {
      for (const c of byId.get(id)!.children ?? []) {
        const l = label(byId.get(c)!);
        const g = groups.get(l);
        if (g) g.push(c);
        else groups.set(l, [c]);
      }
    }
    const rows = [...groups].map(([l, cs]) => ({ l, cs, t: cs.reduce((a, c) => a + incl(c), 0) })).sort((a, b) => b.t - a.t);
    for (const r of rows) {
      if (r.t < 0.005 * sum) continue;
      console.log(`${indent}${(r.t / 1e6).toFixed(1).padStart(7)} s  ${r.l}`);
      show(r.cs, d + 1, `${indent}  `);
    }
  };
  console.log(`\n## ${TREE}: ${(outermost.reduce((a, n) => a + incl(n.id), 0) / 1e6).toFixed(1)} s inclusive`);
  show(outermost.map((n) => n.id), 1, '  ');
}
