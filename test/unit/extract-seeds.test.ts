// Runs the real read → structure → extract on the five seed documents and checks the key facts,
// recall against a hand-made list of the enterprises, labs and parks they name, and precision.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../server/src/model.ts';
import { extractEntities, type Extraction } from '../../server/src/ingest/index.ts';
import { createIngestContext } from '../../server/src/ingest/context.ts';
import { matchKey } from '../../server/src/ingest/names.ts';
import { parseDocument } from '../../server/src/ingest/index.ts';
import { readSource } from '../../server/src/ingest/read/index.ts';
import type { StructuredDoc } from '../../server/src/ingest/types.ts';
import type { Lexicon } from '../../server/src/ingest/lexicon/index.ts';
import { seedsContext } from '../fixtures/ingest-context.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
const FIX = join(import.meta.dirname, '..', 'fixtures', 'extract');
const docs = new Map<string, StructuredDoc>();
const out = new Map<string, Extraction>();

beforeAll(async () => {
  for (const f of readdirSync(SEEDS).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort()) {
    const doc = parseDocument(await readSource(join(SEEDS, f)), seedsContext);
    docs.set(f.slice(0, 3), doc);
    out.set(f.slice(0, 3), extractEntities(doc, seedsContext));
  }
});

const nodeByName = (x: Extraction, name: string, label?: string): GraphNode | undefined =>
  x.nodes.find((n) => (!label || n.label === label) && (n.name === name || n.aliases.includes(name)));
const has = (x: Extraction, type: string, from: string, to: string): GraphEdge | undefined => {
  const a = x.nodes.find((n) => n.name === from || n.aliases.includes(from))?.id ?? from;
  const b = x.nodes.find((n) => n.name === to || n.aliases.includes(to))?.id ?? to;
  return x.edges.find((e) => e.type === type && e.source === a && e.target === b);
};

interface GoldRow {
  doc: string;
  names: string[];
  labels: string[];
}
function gold(file = 'seed-entities.tsv'): GoldRow[] {
  return readFileSync(join(FIX, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#') && !l.startsWith('doc\t'))
    .map((l) => {
      const [doc, names, labels] = l.split('\t');
      return { doc: doc!, names: names!.split('|'), labels: labels!.split('|') };
    });
}
const ORG = ['Enterprise', 'Lab', 'Park'];
const found = (x: Extraction, g: GoldRow) => {
  const keys = new Set(g.names.map(matchKey));
  return x.nodes.some((n) => g.labels.includes(n.label) && [n.name, ...n.aliases].some((a) => keys.has(matchKey(a))));
};

/** Recall per label and precision over all seeds; exported for the report. */
function score(outs: Map<string, Extraction>) {
  const rows = gold();
  const extra = gold('seed-entities-extra.tsv');
  const recall: Record<string, { found: number; total: number; missed: string[] }> = {};
  for (const g of rows) {
    const r = (recall[g.labels[0]!] ??= { found: 0, total: 0, missed: [] });
    r.total++;
    if (found(outs.get(g.doc)!, g)) r.found++;
    else r.missed.push(`${g.doc}:${g.names[0]}`);
  }
  const precision: Record<string, { real: number; total: number; wrong: string[] }> = {};
  for (const [doc, x] of outs) {
    const known = [...rows, ...extra].filter((g) => g.doc === doc || g.doc === '*');
    for (const n of x.nodes.filter((n) => ORG.includes(n.label))) {
      const p = (precision[n.label] ??= { real: 0, total: 0, wrong: [] });
      p.total++;
      const ok = known.some((g) => g.labels.includes(n.label) && [n.name, ...n.aliases].some((a) => g.names.some((k) => matchKey(k) === matchKey(a))));
      if (ok) p.real++;
      else p.wrong.push(`${doc}:${n.name}`);
    }
  }
  return { recall, precision };
}

describe('extraction on the seed documents', () => {
  it('finds ≥95% of the hand-listed enterprises, labs and parks with the right label', () => {
    const { recall, precision } = score(out);
    const f = Object.values(recall).reduce((a, r) => a + r.found, 0);
    const t = Object.values(recall).reduce((a, r) => a + r.total, 0);
    console.log('recall', JSON.stringify(Object.fromEntries(Object.entries(recall).map(([k, r]) => [k, `${r.found}/${r.total}`]))), 'missed', Object.values(recall).flatMap((r) => r.missed));
    console.log('precision', JSON.stringify(Object.fromEntries(Object.entries(precision).map(([k, p]) => [k, `${p.real}/${p.total}`]))), 'not real', Object.values(precision).flatMap((p) => p.wrong));
    expect(f / t).toBeGreaterThanOrEqual(0.95);
    const pr = Object.values(precision).reduce((a, p) => a + p.real, 0) / Object.values(precision).reduce((a, p) => a + p.total, 0);
    expect(pr).toBeGreaterThanOrEqual(0.9);
  });

  it('does not extract the places of comparison sentences or incubators as labs or parks (issue 12 rules)', () => {
    const excluded = gold('seed-entities-excluded.tsv');
    expect(excluded.length).toBeGreaterThan(0);
    const present = excluded.filter((g) => found(out.get(g.doc)!, g)).map((g) => `${g.doc}:${g.names[0]}`);
    expect(present).toEqual([]);
  });

  it('without the organisations lexicon, the conventions alone still find most names (generalisation)', () => {
    const bare: Lexicon = { ...seedsContext.lexicon, dir: '<no organisations>', organizations: [] };
    const bareContext = createIngestContext({ lexicon: bare });
    const outs = new Map([...docs].map(([k, d]) => [k, extractEntities(d, bareContext)]));
    const { recall, precision } = score(outs);
    const f = Object.values(recall).reduce((a, r) => a + r.found, 0);
    const t = Object.values(recall).reduce((a, r) => a + r.total, 0);
    console.log('recall (no org lexicon)', JSON.stringify(Object.fromEntries(Object.entries(recall).map(([k, r]) => [k, `${r.found}/${r.total}`]))), (f / t).toFixed(3));
    console.log('precision (no org lexicon)', JSON.stringify(Object.fromEntries(Object.entries(precision).map(([k, p]) => [k, `${p.real}/${p.total}`]))));
    expect(f / t).toBeGreaterThanOrEqual(0.75);
  });

  it('every edge has evidence quoting the document at its offsets', () => {
    for (const [k, x] of out) {
      const text = docs.get(k)!.source.text;
      for (const e of x.edges) {
        expect(e.evidence.length, e.id).toBeGreaterThan(0);
        for (const ev of e.evidence) {
          expect(ev.text).toBe(text.slice(ev.start, ev.end));
          expect(ev.documentId).toBe(`doc:${docs.get(k)!.source.file.replace(/\.txt$/, '')}`);
        }
      }
      const ids = new Set(x.nodes.map((n) => n.id));
      for (const e of x.edges) {
        if (!e.source.startsWith('measure:')) expect(ids.has(e.source), e.id).toBe(true);
        expect(ids.has(e.target), e.id).toBe(true);
      }
    }
  });

  it('000: measures 15–20 SUPPORT their industries', () => {
    const x = out.get('000')!;
    const doc = docs.get('000')!;
    const want: Record<string, string> = { '15': '信创', '16': '新经济服务业', '17': '生物医药', '18': '新能源新材料', '19': '高端装备', '20': 'X新赛道' };
    for (const [num, ind] of Object.entries(want)) {
      const m = doc.measures.findIndex((mu) => mu.number === num && /措施|举措/.test(mu.sectionPath.join('')) === false || mu.number === num);
      expect(m, num).toBeGreaterThanOrEqual(0);
      const e = x.edges.find((e) => e.type === 'SUPPORTS' && e.source.endsWith(`:${num}`) && e.target === `industry:${ind}`);
      expect(e, `${num} → ${ind}`).toBeDefined();
    }
    expect(x.edges.some((e) => e.type === 'SUPPORTS' && e.source.endsWith(':20') && e.target === 'industry:脑机交互')).toBe(true);
    expect(x.edges.some((e) => e.type === 'SUPPORTS' && e.source.endsWith(':20') && e.target === 'industry:细胞与基因治疗')).toBe(true);
    expect(has(x, 'INNOVATES_FOR', '先进计算与关键软件(信创)海河实验室', '信创')).toBeDefined();
    expect(has(x, 'HOSTS', '中国信创谷', '信创')).toBeDefined();
  });

  it('002: the eight future industries with host parks and innovation sources', () => {
    const x = out.get('002')!;
    const eight = ['生物制造', '细胞与基因治疗', '脑科学与智能医学', '自主信创', '深海探采', '空天利用', '先进能源', '新型材料'];
    for (const i of eight) expect(nodeByName(x, i, 'Industry'), i).toBeDefined();
    const src: [string, string][] = [
      ['天津大学', '生物制造'], ['中国科学院天津工业生物技术研究所', '生物制造'], ['合成生物学海河实验室', '生物制造'], ['天津国际生物医药联合研究院', '生物制造'],
      ['中国医学科学院血液学研究所', '细胞与基因治疗'], ['细胞生态海河实验室', '细胞与基因治疗'], ['天津市细胞技术(工程)创新中心', '细胞与基因治疗'],
      ['天津大学医学部', '脑科学与智能医学'], ['脑机交互与人机共融海河实验室', '脑科学与智能医学'], ['天津脑科学与类脑研究中心', '脑科学与智能医学'],
      ['先进计算与关键软件(信创)海河实验室', '自主信创'], ['国家超级计算天津中心', '自主信创'], ['清华大学天津电子信息研究院', '自主信创'],
      ['海底管道和先进焊接制造重点实验室', '深海探采'], ['天津大学滨海工业研究院', '深海探采'], ['交通部天津水运工程科学研究院', '深海探采'],
      ['航天五院', '空天利用'], ['中国民航大学', '空天利用'], ['中电科十八所', '空天利用'],
      ['中电科技集团', '先进能源'], ['天津理工大学', '先进能源'], ['中环先进材料研究院', '先进能源'],
      ['生物源纤维制备技术国家重点实验室', '新型材料'], ['中国石化光电材料联合研发中心', '新型材料'],
    ];
    for (const [a, b] of src) expect(has(x, 'INNOVATES_FOR', a, b), `${a} INNOVATES_FOR ${b}`).toBeDefined();
    const hosts: [string, string][] = [
      ['空港生物制造产业园', '生物制造'], ['南港工业区', '生物制造'], ['大港石化产业园区', '生物制造'], ['生物制造谷', '生物制造'],
      ['国际创新疫苗产业园', '细胞与基因治疗'], ['核酸产业园', '细胞与基因治疗'], ['渤龙产业园', '细胞与基因治疗'],
      ['华苑片区', '脑科学与智能医学'],
      ['中国信创谷', '自主信创'], ['北方声谷', '自主信创'], ['中新天津生态城', '自主信创'],
      ['海洋装备智能产业园', '深海探采'], ['海洋科技园', '深海探采'],
      ['渤龙湖片区', '空天利用'], ['航天谷', '空天利用'],
      ['高端新能源产业园', '先进能源'], ['氢能产业园', '先进能源'],
      ['南港工业区', '新型材料'], ['中环高端半导体产业园', '新型材料'],
    ];
    for (const [a, b] of hosts) expect(has(x, 'HOSTS', a, b), `${a} HOSTS ${b}`).toBeDefined();
    expect(has(x, 'PART_OF', '华苑片区', '滨海高新区')).toBeDefined();
    expect(has(x, 'PART_OF', '渤龙湖片区', '滨海高新区')).toBeDefined();
  });

  it('001/003: 中科曙光, 飞腾, 麒麟 are Enterprises with aliases merged; LEADS for 由X牵头', () => {
    for (const k of ['001', '003']) {
      const x = out.get(k)!;
      for (const n of ['中科曙光', '飞腾', '麒麟软件']) expect(nodeByName(x, n)?.label, `${k} ${n}`).toBe('Enterprise');
      expect(x.nodes.filter((n) => n.name === '麒麟软件').length).toBe(1);
    }
    const x = out.get('001')!;
    expect(nodeByName(x, '麒麟软件')!.aliases).toEqual(expect.arrayContaining(['麒麟', '麒麟软件公司']));
    expect(has(x, 'LEADS', '中科曙光', '国家先进计算产业创新中心')).toBeDefined();
    expect(has(x, 'LEADS', '麒麟软件', '先进操作系统创新中心')).toBeDefined();
    expect(has(x, 'IN_INDUSTRY', '力神电池', '动力电池')).toBeDefined();
    expect(has(x, 'INNOVATES_FOR', '中电科十八所', '动力电池')).toBeDefined();
    // “芯片—整机终端”: 整机终端 is one segment of the 311 system (issue 12), not 整机 then 终端
    expect(has(x, 'UPSTREAM_OF', '芯片', '整机终端')).toBeDefined();
    expect(has(x, 'UPSTREAM_OF', '整机', '终端')).toBeUndefined();
    expect(has(x, 'PART_OF', '芯片', '基础硬件')).toBeDefined();
    expect(has(x, 'PART_OF', '信创', '113X产业体系')).toBeDefined();
    expect(has(x, 'LOCATED_IN', '普天创新园', '华苑片区')).toBeDefined();
    const x3 = out.get('003')!;
    expect(x3.edges.some((e) => e.type === 'MENTIONS' && e.source.endsWith(':14') && e.target === 'enterprise:中科曙光')).toBe(true);
    expect(x3.edges.some((e) => e.type === 'MENTIONS' && e.source.endsWith(':36-1') && e.target === 'enterprise:中源协和')).toBe(true);
    expect(x3.edges.some((e) => e.type === 'MENTIONS' && e.source.endsWith(':43') && e.target === 'park:华苑产业园')).toBe(true);
  });

  it('004: chains and named enterprises', () => {
    const x = out.get('004')!;
    for (const n of ['人形机器人', '氢能', '低空经济', '集成电路']) expect(nodeByName(x, n, 'Industry'), n).toBeDefined();
    for (const n of ['华海清科', '伽利略', '博诺智创', '荣程', '寰宇星通']) expect(nodeByName(x, n, 'Enterprise'), n).toBeDefined();
    expect(nodeByName(x, '海河教育园区', 'Park')!.aliases).toContain('海教园');
  });

  it('extraction is deterministic', () => {
    const d = docs.get('002')!;
    expect(JSON.stringify(extractEntities(d, seedsContext))).toBe(JSON.stringify(out.get('002')));
  });
});
