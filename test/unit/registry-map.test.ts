// Registry rows → industries (GB/T 4754-2017 codes), chain segments (主营产品 / 经营范围) and parks
// (所属园区 / 注册地址), and the batch they make: basis registry, a confidence and the row as evidence
// on every edge.
import { describe, expect, it } from 'vitest';
import { buildRegistryBatch, checkSourceName, type ResolvedRow } from '../../server/src/registry/batch.ts';
import { loadRegistryLexicon } from '../../server/src/registry/lexicon.ts';
import { ParkMatcher, parkKind } from '../../server/src/registry/parks.ts';
import type { RegistryRecord } from '../../server/src/registry/rows.ts';
import { SegmentMatcher, segmentsFromTaxonomy } from '../../server/src/registry/segments.ts';

const lex = loadRegistryLexicon();

describe('GB/T 4754-2017 codes', () => {
  it('holds every code of the standard and parses the ways registries write them', () => {
    expect(lex.codes.size).toBe(1772);
    expect(lex.codes.parse('C3973')?.name).toBe('集成电路制造');
    expect(lex.codes.parse('3973')?.code).toBe('C3973');
    expect(lex.codes.parse('3973 集成电路制造')?.code).toBe('C3973');
    expect(lex.codes.parse('集成电路设计')?.code).toBe('I6520');
    expect(lex.codes.parse('计算机、通信和其他电子设备制造业')?.code).toBe('C39');
    expect(lex.codes.parse('111')?.code).toBe('A0111'); // Excel dropped the leading zero of 0111
    expect(lex.codes.parse('9999')).toBeUndefined();
    expect(lex.codes.parse('C3741')?.name).toBe('飞机制造'); // the source's duplicate C374, fixed
  });
  it('maps codes onto the taxonomy through the nearest mapped ancestor; every target is a taxonomy industry', () => {
    expect(lex.codes.industriesOf('C3973')).toMatchObject({ from: 'C3973', industries: ['集成电路', '芯片', '半导体'] });
    expect(lex.codes.industriesOf('C3974')).toMatchObject({ from: 'C397' });
    expect(lex.codes.industriesOf('C2720')).toMatchObject({ from: 'C27', industries: ['生物医药'] });
    expect(lex.codes.industriesOf('C2750')).toBeUndefined(); // veterinary drugs: inheritance stopped
    expect(lex.codes.industriesOf('G5532')).toBeUndefined();
    const missing = [...lex.codes.mappedIndustries()].filter((n) => !lex.taxonomy.has(n));
    expect(missing).toEqual([]);
  });
});

describe('products → segments', () => {
  const m = new SegmentMatcher(segmentsFromTaxonomy(lex.taxonomy), lex.products);
  it('finds segments by name, alias and product word, longest first, with a confidence by where they stand', () => {
    const hits = m.match('CPU芯片、服务器、桌面操作系统', 'products');
    expect(hits.map((h) => [h.segment, h.word, h.confidence]).sort()).toEqual(
      [
        ['整机', '服务器', 0.8],
        ['操作系统', '桌面操作系统', 0.8],
        ['芯片', 'CPU', 0.7],
      ].sort(),
    );
    expect(m.match('动力电池、储能系统', 'products').map((h) => h.segment).sort()).toEqual(['动力电池', '新型储能']);
    expect(m.match('中成药', 'products').map((h) => h.segment)).toEqual(['现代中医药']);
  });
  it('经营范围 gives weak hits (0.4), and what it excludes is not read', () => {
    const hits = m.match('技术开发；数据库管理系统销售（不含医疗器械）；依法须经批准的项目，经相关部门批准后方可开展经营活动。', 'scope');
    expect(hits.map((h) => [h.segment, h.confidence])).toEqual([['数据库', 0.4]]);
  });
  it('nothing from text that names no segment', () => {
    expect(m.match('钢材、港口装卸', 'products')).toEqual([]);
  });
});

describe('parks', () => {
  const parks = new ParkMatcher(
    lex.parks.map((p) => ({ id: `park:${p.name}`, name: p.name, aliases: p.aliases, ...(p.kind ? { kind: p.kind } : {}) })),
    lex.addresses,
  );
  it('所属园区: a known name or alias, the most specific park inside a longer name, or a new park', () => {
    expect(parks.match('华苑片区', undefined)).toMatchObject({ id: 'park:华苑片区', confidence: 0.9, isNew: false });
    expect(parks.match('天津高新区', undefined)).toMatchObject({ id: 'park:滨海高新区', confidence: 0.9 });
    expect(parks.match('天津滨海高新区华苑科技园', undefined)).toMatchObject({ id: 'park:华苑科技园', confidence: 0.85 });
    expect(parks.match('西青汽车工业区', undefined)).toMatchObject({ id: 'park:西青汽车工业区', kind: 'zone', isNew: true, confidence: 0.85 });
    expect(parks.match('其他', '天津市南开区')).toBeUndefined();
  });
  it('注册地址: a park name of four characters or more, or an address keyword; never a bare 高新区', () => {
    expect(parks.match(undefined, '天津市滨海高新区华苑产业区海泰西路')).toMatchObject({ id: 'park:华苑片区', field: 'address', confidence: 0.6 });
    expect(parks.match(undefined, '天津经济技术开发区第三大街')).toMatchObject({ id: 'park:经开区' });
    expect(parks.match(undefined, '天津市西青经济技术开发区')).toBeUndefined();
    expect(parks.match(undefined, '天津市北辰高新区')).toBeUndefined();
  });
  it('park kinds from suffixes', () => {
    expect(parkKind('渤龙湖片区')).toBe('area');
    expect(parkKind('细胞谷')).toBe('cluster');
    expect(parkKind('海河路')).toBeUndefined();
  });
});

describe('batch', () => {
  const record = (over: Partial<RegistryRecord>): RegistryRecord => ({ line: 2, name: '飞腾信息技术有限公司', tags: [], raw: { name: '飞腾信息技术有限公司' }, ...over });
  it('every edge has basis registry, a confidence and the row as evidence; a sure match merges into the document node', () => {
    const rows: ResolvedRow[] = [
      {
        record: record({ creditCode: '91120116MA00001X1P', industryCode: 'I6520', industryName: '集成电路设计', products: 'CPU芯片', raw: { name: '飞腾信息技术有限公司', creditCode: '91120116MA00001X1P', industryCode: 'I6520', products: 'CPU芯片', park: '海洋片区' }, park: '海洋片区', tags: ['高新技术企业'], capital: { wan: 65000, currency: 'CNY' } }),
        match: { cls: 'sure', best: { entity: { id: 'enterprise:飞腾', name: '飞腾', aliases: [] }, score: 0.88, kind: 'short-name', via: '飞腾', notes: [] }, others: [] },
        code: { industry: '集成电路', confidence: 0.85, from: 'I6520 集成电路设计' },
        segments: [{ segment: '芯片', word: 'CPU', field: 'products', confidence: 0.7 }],
        park: { id: 'park:海洋片区', name: '海洋片区', kind: 'area', isNew: false, field: 'park', word: '海洋片区', confidence: 0.9 },
      },
      {
        record: record({ line: 3, name: '天津某某科技有限公司', raw: { name: '天津某某科技有限公司' } }),
        match: { cls: 'doubtful', best: { entity: { id: 'enterprise:某某', name: '某某', aliases: [] }, score: 0.6, kind: 'prefix', via: '某某', notes: ['行业一致'] }, others: [] },
        segments: [],
      },
    ];
    const { batch, stats, doubtful } = buildRegistryBatch(rows, { source: '名录2024', sourceHash: 'h', lexicon: lex });
    expect(batch.documentId).toBe('registry:名录2024');
    expect(batch.nodes.find((n) => n.id === 'enterprise:飞腾')).toMatchObject({
      name: '飞腾',
      aliases: ['飞腾信息技术有限公司'],
      properties: { creditCode: '91120116MA00001X1P', legalName: '飞腾信息技术有限公司', industryCode: 'I6520', registeredCapital: 65000, tags: ['高新技术企业'], registry: '名录2024', registryLine: 2, registryMatch: 'short-name' },
    });
    expect(batch.nodes.find((n) => n.id === 'enterprise:天津某某科技有限公司')?.properties).toMatchObject({ possibleMatch: 'enterprise:某某', possibleMatchScore: 0.6 });
    expect(doubtful).toMatchObject([{ line: 3, candidateId: 'enterprise:某某', enterpriseId: 'enterprise:天津某某科技有限公司' }]);
    expect(stats).toMatchObject({ enterprises: 2, merged: 1, doubtful: 1, inIndustry: 2, locatedIn: 1 });
    expect(batch.edges.map((e) => [e.type, e.target, e.properties.confidence])).toEqual([
      ['IN_INDUSTRY', 'industry:集成电路', 0.85],
      ['IN_INDUSTRY', 'industry:芯片', 0.7],
      ['LOCATED_IN', 'park:海洋片区', 0.9],
    ]);
    for (const e of batch.edges) {
      expect(e.properties.basis).toBe('registry');
      expect(e.evidence).toHaveLength(1);
      const ev = e.evidence[0]!;
      expect(ev).toMatchObject({ documentId: 'registry:名录2024', section: '企业名录「名录2024」第 2 行', start: 0, end: ev.text.length });
      expect(ev.text.startsWith('企业名称=飞腾信息技术有限公司；统一社会信用代码=91120116MA00001X1P；')).toBe(true);
    }
    expect(batch.edges[0]!.evidence[0]!.text).toContain('行业代码=I6520 集成电路设计');
    expect(batch.edges[1]!.evidence[0]!.text).toContain('主营产品=CPU芯片');
    expect(batch.edges[2]!.evidence[0]!.text).toContain('所属园区=海洋片区');
  });
  it('source names are checked', () => {
    expect(checkSourceName('名录-2024_v1.0')).toBeUndefined();
    expect(checkSourceName('a/b')).toMatch(/只能含/);
    expect(checkSourceName('')).toMatch(/1–80/);
  });
});
