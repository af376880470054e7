// Gold-standard check of responsibilities over the seeds. The gold files were built independently of
// the parser (test/fixtures/tools/make-responsibilities-gold.mjs: plain regexes over raw lines) and
// reviewed by eye against the seeds.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DepartmentResolver } from '../../server/src/ingest/responsibilities/departments.ts';
import { measureId } from '../../server/src/ingest/ids.ts';
import { collectInputFiles, ingestFile } from '../../server/src/ingest/index.ts';
import type { GraphBatch } from '../../server/src/model.ts';
import type { StructuredDoc } from '../../server/src/ingest/types.ts';
import { seedsContext } from '../fixtures/ingest-context.ts';

type Gold = Record<string, Record<string, { name: string; role: string }[]>>;
const gold = JSON.parse(readFileSync(new URL('../fixtures/responsibilities.gold.json', import.meta.url), 'utf8')) as Gold;
const goldCollectives = JSON.parse(readFileSync(new URL('../fixtures/collectives.gold.json', import.meta.url), 'utf8')) as Record<
  string,
  Record<string, string[]>
>;
const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

const results = new Map<string, { doc: StructuredDoc; batch: GraphBatch }>();

beforeAll(async () => {
  for (const f of await collectInputFiles([SEEDS])) {
    const { doc, batch } = await ingestFile(f, seedsContext);
    results.set(doc.source.file, { doc, batch });
  }
});

/** Gold key of a measure: its number, qualified by the top section title when the number repeats. */
function keyOf(doc: StructuredDoc, i: number): string {
  const m = doc.measures[i]!;
  if (doc.measures.filter((x) => x.number === m.number).length === 1) return m.number;
  return `${(m.sectionPath[0] ?? '').replace(/^[一二三四五六七八九十\d]+[、.．]\s*/, '')}:${m.number}`;
}

function predicted(doc: StructuredDoc): Record<string, { name: string; role: string }[]> {
  const out: Record<string, { name: string; role: string }[]> = {};
  doc.measures.forEach((m, i) => {
    const rs = m.responsibilities.map((r) => ({ name: r.name, role: r.role }));
    if (rs.length || m.collectives.length) out[keyOf(doc, i)] = rs;
  });
  return out;
}

describe('responsibilities on the seeds match the gold standard', () => {
  it('input files: the five seeds, meta.json and lexicon/ skipped', async () => {
    const files = (await collectInputFiles([SEEDS])).map((f) => f.replace(/^.*\//, ''));
    expect(files).toEqual(['000_3f4638d7d7188070.txt', '001_92afca926d264bc3.txt', '002_9031ce5292c2e350.txt', '003_87e0e3da8a4aaa7d.txt', '004_fdc6922baeda3b1e.txt']);
  });

  it('measures with departments: 25 + 10 + 78 + 21 = 134 (002 保障措施（一） names only a collective)', () => {
    const n = (f: string) => results.get(f)!.doc.measures.filter((m) => m.responsibilities.length + m.collectives.length > 0).length;
    const counts = Object.keys(gold).map((f) => n(f));
    expect(counts).toEqual([25, 21, 10, 78]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(134);
    expect(results.get('001_92afca926d264bc3.txt')!.doc.measures.every((m) => m.responsibilities.length === 0)).toBe(true);
  });

  it('exact match per document, per measure, per department and role; precision/recall reported', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const lines: string[] = [];
    for (const [file, g] of Object.entries(gold)) {
      const p = predicted(results.get(file)!.doc);
      expect(Object.keys(p).sort(), file).toEqual(Object.keys(g).sort());
      let dtp = 0;
      let dfp = 0;
      let dfn = 0;
      for (const key of new Set([...Object.keys(g), ...Object.keys(p)])) {
        const G = new Set((g[key] ?? []).map((x) => `${x.name}/${x.role}`));
        const P = new Set((p[key] ?? []).map((x) => `${x.name}/${x.role}`));
        for (const x of P) if (G.has(x)) dtp++;
        else dfp++;
        for (const x of G) if (!P.has(x)) dfn++;
        expect([...P].sort(), `${file} ${key}`).toEqual([...G].sort());
      }
      tp += dtp;
      fp += dfp;
      fn += dfn;
      lines.push(`${file}: tp=${dtp} fp=${dfp} fn=${dfn}`);
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`responsibilities: precision ${precision.toFixed(4)} recall ${recall.toFixed(4)} (tp=${tp} fp=${fp} fn=${fn})\n  ` + lines.join('\n  '));
    expect(precision).toBe(1);
    expect(recall).toBe(1);
  });

  it('collectives are kept apart, never departments', () => {
    for (const [file, g] of Object.entries(goldCollectives)) {
      const { doc, batch } = results.get(file)!;
      const got: Record<string, string[]> = {};
      doc.measures.forEach((m, i) => {
        if (m.collectives.length) got[keyOf(doc, i)] = m.collectives;
      });
      expect(got, file).toEqual(g);
      const deptNames = batch.nodes.filter((n) => n.label === 'Department').flatMap((n) => [n.name, ...n.aliases]);
      for (const c of Object.values(g).flat()) expect(deptNames, c).not.toContain(c);
    }
  });

  it('003 table: upper-level bodies per measure with role city', () => {
    const { doc } = results.get('003_87e0e3da8a4aaa7d.txt')!;
    const city = (n: string) =>
      doc.measures
        .find((m) => m.number === n)!
        .responsibilities.filter((r) => r.role === 'city')
        .map((r) => r.name);
    expect(city('1')).toEqual(['滨海高新区管委会', '市委编办', '市教委', '市科技局', '滨海新区政府']);
    expect(city('7')).toEqual(['市公安局', '市人力社保局', '市科技局', '滨海高新区管委会']);
    // merged cell: 36-2's row has no 责任部门 cell of its own
    expect(city('36-2')).toEqual(city('36-1'));
    expect(city('36-1')).toEqual(['滨海高新区管委会', '滨海新区政府', '市科技局', '市市场监管委', '市药监局']);
    expect(city('75')).toEqual(['滨海高新区管委会', '北辰区政府', '南开区政府', '武清区政府']);
    expect(city('29')).toEqual([]); // 示范区领导小组办公室及成员单位 is a collective
  });

  it('003 table/body disagreements are reported', () => {
    const { doc } = results.get('003_87e0e3da8a4aaa7d.txt')!;
    const w = (doc.warnings ?? []).map((x) => `${x.code} ${doc.measures[x.measureIndex!]?.number}`);
    expect(w).toEqual(['TABLE_BODY_DISAGREE 35', 'TABLE_TEXT_MISMATCH 55']);
  });
});

describe('graph batches built from the seeds', () => {
  it('every edge has evidence whose text is the document text at its offsets', () => {
    for (const { doc, batch } of results.values()) {
      for (const e of batch.edges) {
        expect(e.evidence.length, e.id).toBeGreaterThan(0);
        for (const ev of e.evidence) {
          expect(ev.text, e.id).toBe(doc.source.text.slice(ev.start, ev.end));
          expect(ev.text.length, e.id).toBeGreaterThan(0);
        }
      }
    }
  });

  it('RESPONSIBLE_FOR edges reproduce the gold (department resolved, role kept)', () => {
    let checked = 0;
    for (const [file, g] of Object.entries(gold)) {
      const { doc, batch } = results.get(file)!;
      const resolver = new DepartmentResolver(
        doc.meta,
        seedsContext.lexicon,
        doc.measures.flatMap((m) => m.responsibilities.map((r) => r.name)),
      );
      const edges = new Map(batch.edges.filter((e) => e.type === 'RESPONSIBLE_FOR').map((e) => [`${e.source}->${e.target}`, e]));
      doc.measures.forEach((_, i) => {
        for (const x of g[keyOf(doc, i)] ?? []) {
          const e = edges.get(`${resolver.resolve(x.name).id}->${measureId(doc, i)}`);
          expect(e, `${file} ${keyOf(doc, i)} ${x.name}`).toBeDefined();
          expect(e!.properties.role).toBe(x.role);
          checked++;
        }
      });
    }
    expect(checked).toBe(119 + 73 + 35 + 358);
  });

  it('evidence of a bracket role quotes the bracket with the sentence before it; table roles quote the row', () => {
    const { batch } = results.get('003_87e0e3da8a4aaa7d.txt')!;
    const lead = batch.edges.find((e) => e.id === 'RESPONSIBLE_FOR:dept:滨海高新区:科技创新局->measure:003_87e0e3da8a4aaa7d:1')!;
    expect(lead.evidence[0]!.text).toBe(
      '为鼓励高校院所落地，符合条件的高校院所申请建设的新型研发机构，可依法注册为科技类民办非企业单位（社会服务机构）、事业单位和企业。（牵头部门：科技创新局，责任部门：政务服务办、组织人事部、市场监管局）',
    );
    expect(lead.evidence[0]!.section).toBe('1、 着力提升自主创新能力 > （一）大力集聚高端创新资源');
    const city = batch.edges.find((e) => e.id === 'RESPONSIBLE_FOR:dept:天津市:市委编办->measure:003_87e0e3da8a4aaa7d:1')!;
    expect(city.properties.role).toBe('city');
    expect(city.evidence[0]!.text).toMatch(/^积极引进境内外高等学校.*\n\t持续推进\n\t滨海高新区管委会、市委编办、市教委、市科技局、滨海新区政府$/s);
  });

  it('department scoping across documents', () => {
    const ids = (f: string) => new Set(results.get(f)!.batch.nodes.filter((n) => n.label === 'Department').map((n) => n.id));
    const d000 = ids('000_3f4638d7d7188070.txt');
    const d002 = ids('002_9031ce5292c2e350.txt');
    const d003 = ids('003_87e0e3da8a4aaa7d.txt');
    const d004 = ids('004_fdc6922baeda3b1e.txt');
    expect(d000.has('dept:滨海高新区:科技局')).toBe(true);
    expect(d002.has('dept:滨海新区:区科技局')).toBe(true);
    expect(d004.has('dept:津南区:区科技局')).toBe(true);
    // 经发局 of the 2020 and 2025 滨海高新区 documents is one body
    expect(d000.has('dept:滨海高新区:经发局') && d003.has('dept:滨海高新区:经发局')).toBe(true);
    expect(d003.has('dept:天津市:市科技局')).toBe(true);
    expect(d003.has('dept:滨海新区:滨海新区政府')).toBe(true);
    // 社发局 (measure 74) and 社会发展局 (measure 5) are one body with both surface forms
    const sf = results.get('003_87e0e3da8a4aaa7d.txt')!.batch.nodes.find((n) => n.id === 'dept:滨海高新区:社会发展局')!;
    expect(sf.aliases).toContain('社发局');
    expect(d003.has('dept:滨海高新区:社发局')).toBe(false);
    // 城环局 (000) → 城管和环境局, the name 003 uses
    expect(d000.has('dept:滨海高新区:城管和环境局') && d003.has('dept:滨海高新区:城管和环境局')).toBe(true);
  });

  it('Document and Measure nodes carry the contract properties; curated meta.json is applied', () => {
    const { batch, doc } = results.get('003_87e0e3da8a4aaa7d.txt')!;
    const d = batch.nodes.find((n) => n.label === 'Document')!;
    expect(d.id).toBe('doc:003_87e0e3da8a4aaa7d');
    expect(d.properties).toMatchObject({
      file: '003_87e0e3da8a4aaa7d.txt',
      title: '关于促进天津滨海高新技术产业开发区高质量发展具体落实举措的分工方案',
      docNumber: '津高新区管发〔2020〕44号',
      jurisdiction: '滨海高新区',
      date: '2020-11-19',
      format: 'txt',
      encoding: 'utf-8',
    });
    expect(d.properties.text).toBe(doc.source.text);
    const m = batch.nodes.find((n) => n.id === 'measure:003_87e0e3da8a4aaa7d:36-2')!;
    expect(m.name).toBe('36-2 支持将医疗器械国家级天津评审分中心设立在滨海高新区');
    expect(m.properties).toMatchObject({ documentId: 'doc:003_87e0e3da8a4aaa7d', number: '36-2', title: '', section: '3、 推进产业迈向中高端 > （八）做大做强特色主导产业' });
    const m0 = results.get('000_3f4638d7d7188070.txt')!.batch.nodes.find((n) => n.id === 'measure:000_3f4638d7d7188070:二/1')!;
    expect(m0.name).toBe('1 强化国家科技战略力量建设');
    expect(results.get('000_3f4638d7d7188070.txt')!.doc.meta.issuer).toBe('天津滨海高新技术产业开发区管理委员会'); // from meta.json
  });

  it('ingesting twice gives identical batches (deterministic ids)', async () => {
    const again = await ingestFile(SEEDS + '002_9031ce5292c2e350.txt', seedsContext);
    expect(again.batch).toEqual(results.get('002_9031ce5292c2e350.txt')!.batch);
  });
});
