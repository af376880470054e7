// Hostile documents through the real pipeline (decode + every stage, as ingest reads a file): each shape at three sizes,
// each twice the one before, printing CPU ms per size and the ratio per doubling. A linear path doubles (2×); a ratio of
// 3× or more per doubling is a super-linear path to profile (issue: a small hostile file must never take the server down).
//   npx tsx bench/hostile.ts                 # every shape at its three sizes
//   npx tsx bench/hostile.ts firms parks     # only these shapes
//   npx tsx bench/hostile.ts firms --n 800   # one shape at one size (to profile:
//     node --cpu-prof --cpu-prof-dir D --import tsx bench/hostile.ts firms --n 800)
// The per-document bounds (KG_DOC_MAX_*, server/src/ingest/validate/limits.ts) refuse the larger shapes by design; this
// bench measures the cost of every stage on them, so it lifts the bounds unless the caller set them.
for (const k of ['KG_DOC_MAX_NODES', 'KG_DOC_MAX_EDGES', 'KG_DOC_MAX_UNLINKED']) process.env[k] ??= '100000000';
import { createIngestContext, decodeSource, extractDocument } from '../server/src/ingest/index.ts';
import { mulberry32 } from './generate-graph.ts';

/** Deterministic pseudo-random numbers (generate-graph's mulberry32), so every run reads the same documents. */
const rng = mulberry32;

const C = '东南西北中青山河湖海金银铜铁石松柏桃李梅兰竹菊星月华光明德信达安泰恒远';
/** The i-th of a set of distinct two-character names. */
const stem = (i: number) => C[i % C.length]! + C[Math.floor(i / C.length) % C.length]! + (i >= C.length * C.length ? C[Math.floor(i / C.length / C.length) % C.length]! : '');
const firms = (n: number) => Array.from({ length: n }, (_, i) => `${stem(i)}${['科技', '材料', '电子', '装备'][i % 4]}股份有限公司`);
const industries = (n: number) => Array.from({ length: n }, (_, i) => `${stem(i)}${['新材料', '智能装备', '电子信息', '生物医药'][i % 4]}`);
const parks = (n: number) => Array.from({ length: n }, (_, i) => `${stem(i)}${['工业园', '产业园', '科技园', '经济开发区'][i % 4]}`);

/** n firms opened by a city (株洲), then each named again by its name without the city (firmShortFor). */
export const shortFirms = (n: number): string => {
  const f = firms(n).map((x) => x.replace(/股份有限公司$/, ''));
  return `某市产业发展规划\n\n三、重点企业\n${f.map((x) => `支持株洲${x}股份有限公司发展数控刀具。`).join('\n')}\n四、重点项目\n${f.map((x, i) => `依托${x}、${f[(i + 1) % n]}等企业，发展数控刀片。`).join('\n')}\n`;
};

/** n zones in full form, then each in its short form (zoneFormOf). */
export const zoneForms = (n: number): string => {
  const full = (i: number) => `${stem(i)}${i % 2 ? '经济技术开发区' : '高新技术产业开发区'}`;
  const short = (i: number) => `${stem(i)}${i % 2 ? '经开区' : '高新区'}`;
  const z = Array.from({ length: n }, (_, i) => i);
  return `某市产业园区发展规划\n\n三、园区布局\n${z.map((i) => `${full(i)}重点发展新材料。`).join('\n')}\n四、园区提升\n${z.map((i) => `${short(i)}重点发展电子信息。`).join('\n')}\n`;
};

/** n labs named whole, then each again with a character the conversion lost (研究□心 after 研究中心). */
export const lostLabs = (n: number): string => {
  const lab = (i: number) => `${stem(i)}${['先进材料', '智能装备', '电子信息', '生物医药'][i % 4]}工程技术研究中心`;
  const z = Array.from({ length: n }, (_, i) => i);
  return `某市产业发展规划\n\n三、创新平台\n${z.map((i) => `支持${lab(i)}建设。`).join('\n')}\n四、协同攻关\n${z.map((i) => `依托${lab(i).replace(/中心$/, '\u25a1心')}开展攻关。`).join('\n')}\n`;
};

interface Shape {
  /** What the document is, for the table. */
  what: string;
  sizes: [number, number, number];
  text: (n: number) => string;
}

export const SHAPES: Record<string, Shape> = {
  firms: {
    what: 'one sentence, n firms in a 、 list (依托A、B…等企业)',
    sizes: [200, 400, 800],
    text: (n) => `某市新能源汽车产业发展规划\n\n依托${firms(n).join('、')}等企业，重点发展动力电池和整车制造。\n`,
  },
  industries: {
    what: 'one sentence, n industries (重点发展X、Y…)',
    sizes: [200, 400, 800],
    text: (n) => `某市制造业发展规划\n\n某市经济开发区重点发展${industries(n).join('、')}等产业。\n`,
  },
  parks: {
    what: 'one sentence, a 承载园区 list of n parks',
    sizes: [200, 400, 800],
    text: (n) => `某市新材料产业链发展方案\n\n（一）新材料产业链\n承载园区：${parks(n).join('、')}\n链主企业：${firms(3).join('、')}\n`,
  },
  table: {
    what: 'a bar table of n rows (园区 | 主导产业 | 重点企业)',
    sizes: [1000, 2000, 4000],
    text: (n) => {
      const [p, x, f] = [parks(n), industries(n), firms(n)];
      return `某市产业园区发展规划\n\n表1 重点园区\n| 园区名称 | 主导产业 | 重点企业 |\n| --- | --- | --- |\n${p.map((_, i) => `| ${p[i]} | ${x[i]} | ${f[i]} |`).join('\n')}\n`;
    },
  },
  line: {
    what: 'one line of n K characters, no punctuation',
    sizes: [12_500, 25_000, 50_000],
    text: (n) => {
      const r = rng(7);
      const pool = '产业园区新材料智能装备电子信息生物医药发展重点集聚企业链主基地科技有限公司开发区高新区工业园一二三四五六七八九十';
      return `某市产业发展规划\n\n${Array.from({ length: n }, () => pool[Math.floor(r() * pool.length)]).join('')}\n`;
    },
  },
  blanks: {
    what: 'one line of n blanks and tabs between two words',
    sizes: [10_000, 20_000, 40_000],
    text: (n) => `某市产业发展规划\n\n（一）新材料产业园${' \t'.repeat(n / 2)}重点发展新材料${' '.repeat(n / 2)}。\n`,
  },
  items: {
    what: 'n numbered items, one line each',
    sizes: [2500, 5000, 10_000],
    text: (n) => {
      const [f, x] = [firms(n), industries(n)];
      return `某市产业发展规划\n\n三、重点任务\n${f.map((_, i) => `${i + 1}．支持${f[i]}发展${x[i]}。`).join('\n')}\n`;
    },
  },
  short: {
    what: 'n firms opened by a city, then each by its short name (株洲A科技股份有限公司 … 依托A科技等企业)',
    sizes: [1000, 2000, 4000],
    text: shortFirms,
  },
  zones: {
    what: 'n zones in full form, then each in its short form (A高新技术产业开发区 … A高新区)',
    sizes: [1000, 2000, 4000],
    text: zoneForms,
  },
  lost: {
    what: 'n labs named whole, then each with a lost character (X工程技术研究□心)',
    sizes: [1000, 2000, 4000],
    text: lostLabs,
  },
  named: {
    what: 'one sentence, n firms to attract, gathered in one zone (重点引进A、B…等企业，在P集聚发展)',
    sizes: [500, 1000, 2000],
    text: (n) => `某市产业发展规划\n\n一、发展目标\n重点引进${Array.from({ length: n }, (_, i) => `企业${String(i).padStart(5, '0')}公司`).join('、')}等企业，在滨海高新区集聚发展。\n`,
  },
  paragraph: {
    what: 'one line of n K characters, one clause repeated (支持发展生物医药产业…)',
    sizes: [50_000, 100_000, 200_000],
    text: (n) => `某市产业发展规划\n\n${'支持发展生物医药产业'.repeat(Math.ceil(n / 10))}\n`,
  },
  nesting: {
    what: 'brackets nested n deep around a sentence',
    sizes: [1000, 2000, 4000],
    text: (n) => `某市产业发展规划\n\n${'（'.repeat(n)}依托${firms(2).join('、')}发展新材料${'）'.repeat(n)}。\n`,
  },
  parklist: {
    what: 'one layout sentence, industries placed in n parks (X、Y分别布局在第0产业园、第1产业园…等园区)',
    sizes: [500, 1000, 2000],
    text: (n) => `某市产业园区发展规划\n\n一、空间布局\n生物医药、新能源、集成电路、人工智能产业分别布局在${Array.from({ length: n }, (_, i) => `第${i}产业园`).join('、')}等园区。\n`,
  },
  open: {
    what: 'n opening brackets never closed, each after a word',
    sizes: [1000, 2000, 4000],
    text: (n) => `某市产业发展规划\n\n${industries(n).join('（')}。\n`,
  },
};

const ctx = createIngestContext();
/** CPU ms of one document through every stage. */
async function cpuOf(text: string): Promise<number> {
  const c0 = process.cpuUsage();
  extractDocument(await decodeSource('hostile.txt', new TextEncoder().encode(text), Math.max(text.length + 1, 2_000_000)), ctx);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

const args = process.argv.slice(2);
const nAt = args.indexOf('--n');
const only = args.filter((a, i) => !a.startsWith('--') && (nAt < 0 || i !== nAt + 1));
const names = only.length ? only : Object.keys(SHAPES);
await cpuOf(SHAPES.firms!.text(20)); // JIT and the segmenter warmed up before any figure
for (const k of names) {
  const s = SHAPES[k];
  if (!s) throw new Error(`no shape ${k}: ${Object.keys(SHAPES).join(', ')}`);
  const sizes = nAt >= 0 ? [Number(args[nAt + 1])] : s.sizes;
  const ms: number[] = [];
  for (const n of sizes) ms.push(await cpuOf(s.text(n)));
  const cells = sizes.map((n, i) => `${n}: ${Math.round(ms[i]!)} ms${i ? ` (${(ms[i]! / ms[i - 1]!).toFixed(1)}×)` : ''}`);
  console.log(`${k.padEnd(10)} ${cells.join('  ')}  — ${s.what}`);
}
