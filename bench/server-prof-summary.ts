// node --import tsx bench/server-prof-summary.ts FILE.cpuprofile [--top 40] [--inclusive] [--root DIR]
// Self time (and with --inclusive, time including callees) per function of a V8 CPU profile
// (bench/server-cpu.ts --profile, node --cpu-prof), with each function's source line.
// Why: tsx compiles every .ts file to ONE line (esbuild, minified whitespace), so the profile's
// line numbers are all 1 and every closure reads "(anon) related.ts:1". The column is exact, so the
// file is compiled again here with the same options (the same output byte for byte: checked against
// tsx's cache) and the column mapped back through esbuild's source map. --root maps the files of
// another checkout (a baseline's profile read against its own sources).
// The profiler's own stop (`dispatch`, the inspector session) is left out of the total.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}
const FILE = process.argv[2];
if (!FILE || FILE.startsWith('--')) throw new Error('usage: bench/server-prof-summary.ts FILE.cpuprofile [--top N] [--inclusive] [--root DIR]');
const TOP = Number(flag('top') ?? 40);
const INCLUSIVE = process.argv.includes('--inclusive');
const ROOT = flag('root');

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

// tsx's compiler (tsx depends on esbuild: present wherever the bench runs)
const esbuild = createRequire(import.meta.url)('esbuild') as { transformSync(src: string, o: object): { code: string; map: string } };

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Generated column → original line (1-based) of a one-line output, from a source map's `mappings`. */
function columnLines(mappings: string): { cols: number[]; lines: number[] } {
  const cols: number[] = [];
  const lines: number[] = [];
  let col = 0;
  let line = 0;
  const seg = mappings.split(';')[0] ?? '';
  for (const s of seg.split(',')) {
    if (!s) continue;
    const v: number[] = [];
    let shift = 0;
    let acc = 0;
    for (const ch of s) {
      const d = B64.indexOf(ch);
      acc += (d & 31) << shift;
      if (d & 32) shift += 5;
      else {
        v.push(acc & 1 ? -(acc >>> 1) : acc >>> 1);
        acc = 0;
        shift = 0;
      }
    }
    col += v[0] ?? 0;
    if (v.length >= 4) line += v[2]!;
    cols.push(col);
    lines.push(line + 1);
  }
  return { cols, lines };
}

const maps = new Map<string, { cols: number[]; lines: number[] } | null>();
function lineOf(f: CallFrame): number | string {
  if (f.lineNumber !== 0 || !f.url.startsWith('file://') || !f.url.endsWith('.ts') || f.url.includes('/node_modules/')) return f.lineNumber + 1;
  let file = decodeURIComponent(f.url.slice('file://'.length));
  if (ROOT) file = file.replace(/^.*?\/(server|bench|test)\//, `${ROOT}/$1/`);
  let m = maps.get(file);
  if (m === undefined) {
    try {
      const r = esbuild.transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm', minifyWhitespace: true, keepNames: true, sourcemap: 'external', target: 'node20', sourcefile: file });
      m = columnLines((JSON.parse(r.map) as { mappings: string }).mappings);
    } catch {
      m = null;
    }
    maps.set(file, m);
  }
  if (!m) return '?';
  // the last mapping at or before the column
  let lo = 0;
  let hi = m.cols.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (m.cols[mid]! <= f.columnNumber) lo = mid;
    else hi = mid - 1;
  }
  return m.lines[lo] ?? '?';
}

const p = JSON.parse(readFileSync(FILE, 'utf8')) as Profile;
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
for (let i = 0; i < p.samples.length; i++) selfUs.set(p.samples[i]!, (selfUs.get(p.samples[i]!) ?? 0) + (p.timeDeltas[i] ?? 0));
const short = (url: string) => url.replace(/^.*?\/((server|bench|test|node_modules)\/)/, '$1');
const keyOf = (f: CallFrame) => `${f.functionName || '(anon)'} ${short(f.url)}:${lineOf(f)}`;
const skip = (n: ProfileNode) => n.callFrame.functionName === 'dispatch';
let total = 0;
const self = new Map<string, number>();
const groups = new Map<string, number>();
for (const [id, us] of selfUs) {
  const n = byId.get(id)!;
  if (skip(n)) continue;
  total += us;
  const k = keyOf(n.callFrame);
  self.set(k, (self.get(k) ?? 0) + us);
  const u = short(n.callFrame.url);
  const g = u.startsWith('server/src/') ? u.split('/').slice(0, 3).join('/') : u.startsWith('node_modules/') ? u.split('/').slice(0, 2).join('/') : u.startsWith('node:') ? 'node:internal' : n.callFrame.functionName || '(native)';
  groups.set(g, (groups.get(g) ?? 0) + us);
}
const show = (m: Map<string, number>, k: number) => {
  for (const [name, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, k)) console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`);
};
console.log(`# ${FILE}: ${(total / 1000).toFixed(0)} ms of samples (the profiler's stop left out)\n## self time`);
show(self, TOP);
console.log('## by part');
show(groups, 15);
if (INCLUSIVE) {
  // time under each function, counted once per stack (recursion not twice)
  const incl = new Map<string, number>();
  const under = new Map<number, number>();
  const sum = (n: ProfileNode): number => {
    let s = skip(n) ? 0 : (selfUs.get(n.id) ?? 0);
    for (const c of n.children ?? []) s += sum(byId.get(c)!);
    under.set(n.id, s);
    return s;
  };
  sum(p.nodes[0]!);
  const walk = (n: ProfileNode, onStack: Set<string>) => {
    const k = keyOf(n.callFrame);
    const fresh = !onStack.has(k);
    if (fresh) {
      incl.set(k, (incl.get(k) ?? 0) + under.get(n.id)!);
      onStack.add(k);
    }
    for (const c of n.children ?? []) walk(byId.get(c)!, onStack);
    if (fresh) onStack.delete(k);
  };
  walk(p.nodes[0]!, new Set());
  console.log('## inclusive (server code)');
  show(new Map([...incl].filter(([k]) => k.includes('server/'))), TOP);
}
