// Deterministic synthetic enterprise registry (企业名录) for the bench: N rows with the columns and the
// texture of a real export — legal names (region + trade name + trade words + organisation form),
// checksum-valid credit codes, GB/T 4754-2017 codes in a realistic mix, addresses, 所属园区 for a third
// of the rows, main products that fit the code, a long 经营范围, dates, registered capital, tags — and
// about 0.5 % dirty rows (missing or duplicate credit codes, a wrong check character, a missing name).
// Same seed → same file. Run directly: npx tsx bench/generate-registry.ts OUT.csv [N]
import { createWriteStream } from 'node:fs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withCheckChar } from '../server/src/registry/credit-code.ts';
import { loadRegistryLexicon } from '../server/src/registry/lexicon.ts';
import { mulberry32 } from './generate-graph.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LEX = path.join(ROOT, 'seeds/lexicon');

function tsv(file: string): string[][] {
  return readFileSync(path.join(LEX, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .slice(1)
    .map((l) => l.split('\t'));
}

const REGIONS = ['天津', '天津市', '北京', '上海', '深圳市', '广州', '杭州', '苏州', '南京', '武汉', '成都', '西安', '合肥', '青岛', '济南', '沈阳', '长沙', '郑州', ''];
const DISTRICTS = ['滨海新区', '西青区', '东丽区', '津南区', '北辰区', '武清区', '南开区', '河西区', '和平区', '宝坻区', '静海区'];
const ROADS = ['海泰西路', '华苑路', '新技术产业园区梅苑路', '第三大街', '黄海路', '南开三马路', '津塘路', '宾水道', '航天道', '中心大道', '渤龙湖路', '东丽大道'];
// Characters common in trade names (字号), none of them a region or a trade word on its own.
const NAME_CHARS = '瑞泽鑫恒博创丰源聚润卓宏睿晟盛辉嘉禾佳铭德昊启航宇拓峰朗越腾弘锐澜晨曦明远安康泰和华通达邦诚信捷迅凯盈睿哲骏逸锦程冠越尚品越润泓沛瀚翔翎麟霖鹏昱翊昕彤岚琪璟瑜瑶钧铎铠锋镭';
const TRADE = ['科技', '信息技术', '电子科技', '生物科技', '医药科技', '新能源科技', '智能科技', '软件', '网络科技', '新材料科技', '机械设备', '环保科技', '工程技术', '数据科技', '医疗器械', '半导体', '光电科技', '自动化设备', '商贸', '实业'];
const FORMS = ['有限公司', '有限公司', '有限公司', '股份有限公司', '有限责任公司'];
const TAGS = ['高新技术企业', '专精特新', '科技型中小企业', '瞪羚企业', '雏鹰企业'];
const SCOPE =
  '技术开发、技术咨询、技术服务、技术转让；软件开发；信息系统集成服务；计算机软硬件及辅助设备批发；电子产品销售；机械设备销售；' +
  '货物进出口；技术进出口（依法须经批准的项目，经相关部门批准后方可开展经营活动）。';

interface CodeRow {
  code: string;
  weight: number;
}

/** Level-4 codes with weights: manufacturing, software/IT, research and services dominate a tech-park registry. */
function codeMix(): CodeRow[] {
  const rows = tsv('gbt4754.tsv').filter((r) => r[1] === '4');
  return rows.map(([code]) => {
    const c = code!;
    const w = c.startsWith('C39') || c.startsWith('I65') ? 30 : c.startsWith('C27') || c.startsWith('C35') || c.startsWith('C38') || c.startsWith('M7') ? 12 : c.startsWith('C') ? 3 : c.startsWith('F5') || c.startsWith('L7') ? 4 : 1;
    return { code: c, weight: w };
  });
}

function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)]!;
}

function weighted(rand: () => number, rows: CodeRow[], total: number): string {
  let x = rand() * total;
  for (const r of rows) {
    x -= r.weight;
    if (x <= 0) return r.code;
  }
  return rows[rows.length - 1]!.code;
}

const q = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export const REGISTRY_HEADER = ['企业名称', '统一社会信用代码', '国民经济行业代码', '所属园区', '注册地址', '主营产品', '经营范围', '成立日期', '注册资本（万元）', '企业标签'];

/** Writes N rows (plus the header) to `out`; returns the number of bytes and the dirty rows made. */
export async function generateRegistry(out: string, n: number, seed = 20240601): Promise<{ bytes: number; rows: number; dirty: number }> {
  const rand = mulberry32(seed);
  const codes = codeMix();
  const total = codes.reduce((a, r) => a + r.weight, 0);
  const products = tsv('products.tsv');
  const lex = loadRegistryLexicon(LEX);
  // product lines by segment, so that a row's products fit its industry code
  const bySegment = new Map<string, string[]>();
  for (const [words, segment] of products) bySegment.set(segment!, [...(bySegment.get(segment!) ?? []), ...words!.split('|')]);
  const productsFor = (code: string): string[] | undefined => {
    for (const ind of lex.codes.industriesOf(code)?.industries ?? []) {
      const w = bySegment.get(ind);
      if (w) return w;
    }
    return undefined;
  };
  const parks = tsv('organizations.tsv').filter((r) => r[1] === 'Park').map((r) => r[0]!);
  const stream = createWriteStream(out);
  let bytes = 0;
  const write = (s: string) =>
    new Promise<void>((resolve) => {
      bytes += Buffer.byteLength(s);
      if (stream.write(s)) resolve();
      else stream.once('drain', resolve);
    });
  await write('\uFEFF' + REGISTRY_HEADER.join(',') + '\r\n');
  const names = new Set<string>();
  const codesUsed: string[] = [];
  let dirty = 0;
  let buf = '';
  for (let i = 0; i < n; i++) {
    let name = '';
    for (let tries = 0; tries < 20; tries++) {
      const len = rand() < 0.7 ? 2 : 3;
      let brand = '';
      for (let k = 0; k < len; k++) brand += NAME_CHARS[Math.floor(rand() * NAME_CHARS.length)];
      name = `${pick(rand, REGIONS)}${brand}${pick(rand, TRADE)}${pick(rand, FORMS)}`;
      if (!names.has(name)) break;
    }
    names.add(name);
    const division = `12${String(1 + Math.floor(rand() * 16)).padStart(2, '0')}${String(Math.floor(rand() * 100)).padStart(2, '0')}`;
    let credit = withCheckChar(`91${division}MA${(i * 7 + 10_000_000).toString(36).toUpperCase().replace(/[IOZSV]/g, '0').padStart(7, '0').slice(-7)}`.slice(0, 17));
    const code = weighted(rand, codes, total);
    const park = rand() < 0.33 ? pick(rand, parks) : '';
    const district = pick(rand, DISTRICTS);
    const address = `天津市${district}${pick(rand, ROADS)}${1 + Math.floor(rand() * 300)}号`;
    const words = productsFor(code);
    const main = words && rand() < 0.9 ? `${pick(rand, words)}、${pick(rand, words)}` : '技术服务、产品销售';
    const y = 1990 + Math.floor(rand() * 35);
    const founded = `${y}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    const capital = String(Math.round(Math.exp(3 + rand() * 7)));
    const tags = TAGS.filter(() => rand() < 0.12).join('、');
    // dirty rows, ~0.5 %
    let rowName = name;
    const r = rand();
    if (r < 0.002) {
      credit = '';
      dirty++;
    } else if (r < 0.003 && codesUsed.length) {
      credit = pick(rand, codesUsed);
      dirty++;
    } else if (r < 0.004) {
      credit = credit.slice(0, 17) + (credit.endsWith('0') ? '1' : '0');
      dirty++;
    } else if (r < 0.005) {
      rowName = '';
      dirty++;
    }
    if (credit && codesUsed.length < 1000) codesUsed.push(credit);
    buf += [rowName, credit, code, park, address, main, SCOPE, founded, capital, tags].map(q).join(',') + '\r\n';
    if (buf.length > 1 << 16) {
      await write(buf);
      buf = '';
    }
  }
  if (buf) await write(buf);
  await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return { bytes, rows: n, dirty };
}

const isEntry = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: npx tsx bench/generate-registry.ts OUT.csv [N]');
    process.exit(2);
  }
  generateRegistry(out, Number(process.argv[3] ?? 100_000)).then((r) => console.log(JSON.stringify(r)));
}
