// The 园区 analyses (server/src/analysis/parks.ts) over a real embedded store with a small graph:
// containment rows (most specific parent, cycles broken), chain heads (framework members, sibling
// lists that put one chain under another), facts with basis and confidence (absent = stated, 1),
// the matrix, the chain drill-down with missing segments, and the comparison of two parks.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../server/src/store/port.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { chainParks, compareParks, edgeBasis, edgeConfidence, parkFacts, parkMatrix } from '../../server/src/analysis/parks.ts';
import { batch, edge, ev, node } from '../store/contract.ts';

const D = 'doc:p';
const e = (type: Parameters<typeof edge>[0], s: string, t: string, props: Record<string, string | number> = {}) => edge(type, s, t, [ev(D, `${s} ${type} ${t}`)], props);

let dir: string;
let store: GraphStore;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kg-parks-'));
  store = await EmbeddedStore.open({ dir });
  await store.replaceDocument(
    batch(
      D,
      [
        node(D, 'Document', '文件', [], { file: 'p.txt', title: '文件' }),
        node('park:高新区', 'Park', '高新区', [], { kind: 'zone' }),
        node('park:甲片区', 'Park', '甲片区', [], { kind: 'area' }),
        node('park:乙片区', 'Park', '乙片区', [], { kind: 'area' }),
        node('park:软件园', 'Park', '软件园', [], { kind: 'park' }),
        node('park:环A', 'Park', '环A', [], { kind: 'park' }),
        node('park:环B', 'Park', '环B', [], { kind: 'park' }),
        node('industry:体系', 'Industry', '体系', [], { level: 'system' }),
        node('industry:信创', 'Industry', '信创', [], { level: 'industry' }),
        node('industry:生物医药', 'Industry', '生物医药', [], { level: 'industry' }),
        node('industry:芯片', 'Industry', '芯片', [], { level: 'segment' }),
        node('industry:整机', 'Industry', '整机', [], { level: 'segment' }),
        node('industry:操作系统', 'Industry', '操作系统', [], { level: 'segment' }),
        node('industry:创新药', 'Industry', '创新药', [], { level: 'segment' }),
        node('industry:孤立环节', 'Industry', '孤立环节', [], { level: 'segment' }),
        node('enterprise:飞腾', 'Enterprise', '飞腾'),
        node('enterprise:麒麟', 'Enterprise', '麒麟'),
        node('enterprise:药企', 'Enterprise', '药企'),
        node('lab:研究院', 'Lab', '研究院'),
      ],
      [
        // Containment: 软件园 is in 甲片区 and (less specifically) in 高新区; 环A ↔ 环B is a cycle.
        e('PART_OF', 'park:甲片区', 'park:高新区'),
        e('PART_OF', 'park:乙片区', 'park:高新区'),
        e('LOCATED_IN', 'park:软件园', 'park:高新区'),
        e('LOCATED_IN', 'park:软件园', 'park:甲片区'),
        e('LOCATED_IN', 'park:环A', 'park:环B'),
        e('LOCATED_IN', 'park:环B', 'park:环A'),
        // Industry tree: a framework of two chains; a sibling list also put 信创 under 生物医药.
        e('PART_OF', 'industry:信创', 'industry:体系'),
        e('PART_OF', 'industry:生物医药', 'industry:体系'),
        e('PART_OF', 'industry:信创', 'industry:生物医药', { basis: 'listed', confidence: 0.3 }),
        e('PART_OF', 'industry:芯片', 'industry:信创'),
        e('PART_OF', 'industry:整机', 'industry:信创'),
        e('PART_OF', 'industry:操作系统', 'industry:信创'),
        e('PART_OF', 'industry:创新药', 'industry:生物医药'),
        e('UPSTREAM_OF', 'industry:芯片', 'industry:整机'),
        // Facts.
        e('HOSTS', 'park:甲片区', 'industry:芯片'), // no basis: stated, 1
        e('HOSTS', 'park:乙片区', 'industry:芯片', { basis: 'planned', confidence: 0.7 }),
        e('HOSTS', 'park:乙片区', 'industry:创新药', { basis: 'listed', confidence: 0.3 }),
        e('HOSTS', 'park:高新区', 'industry:信创', { basis: 'planned', confidence: 0.8 }),
        e('HOSTS', 'park:甲片区', 'industry:孤立环节'),
        e('LOCATED_IN', 'enterprise:飞腾', 'park:软件园'),
        e('IN_INDUSTRY', 'enterprise:飞腾', 'industry:芯片', { basis: 'stated', confidence: 0.9 }),
        e('LOCATED_IN', 'enterprise:麒麟', 'park:甲片区', { basis: 'stated', confidence: 0.95 }),
        e('IN_INDUSTRY', 'enterprise:麒麟', 'industry:操作系统', { basis: 'encouraged', confidence: 0.4 }),
        e('LOCATED_IN', 'enterprise:药企', 'park:乙片区'),
        e('IN_INDUSTRY', 'enterprise:药企', 'industry:创新药'),
        e('LOCATED_IN', 'lab:研究院', 'park:乙片区'),
        e('INNOVATES_FOR', 'lab:研究院', 'industry:整机'),
      ],
    ),
  );
});

afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('edge basis and confidence', () => {
  it('read properties.basis / confidence, and treat their absence as stated with confidence 1', () => {
    expect(edgeBasis(e('HOSTS', 'a', 'b'))).toBe('stated');
    expect(edgeConfidence(e('HOSTS', 'a', 'b'))).toBe(1);
    expect(edgeBasis(e('HOSTS', 'a', 'b', { basis: 'planned' }))).toBe('planned');
    expect(edgeConfidence(e('HOSTS', 'a', 'b', { confidence: 0.4 }))).toBe(0.4);
  });
});

describe('parkMatrix', () => {
  it('orders rows by containment, each under its most specific park, cycles broken', async () => {
    const m = await parkMatrix(store);
    const rows = m.rows.map((r) => `${'  '.repeat(r.depth)}${r.park.name}<${r.parent?.name ?? ''}|${r.zone.name}`);
    const i = rows.indexOf('高新区<|高新区');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(rows).toContain('    软件园<甲片区|高新区');
    expect(rows.indexOf('  甲片区<高新区|高新区')).toBeGreaterThan(i);
    expect(rows.indexOf('    软件园<甲片区|高新区')).toBe(rows.indexOf('  甲片区<高新区|高新区') + 1);
    // The cycle: one of the two is a root, the other under it; every park appears once.
    expect(m.rows).toHaveLength(6);
    expect(m.rows.filter((r) => r.park.name.startsWith('环') && r.depth === 0)).toHaveLength(1);
  });

  it('makes framework members the columns (a weak sibling-list PART_OF does not nest 信创 under 生物医药), never a stray segment', async () => {
    const m = await parkMatrix(store);
    expect(m.chains.map((c) => c.industry.name).sort()).toEqual(['信创', '生物医药']);
    const xc = m.chains.find((c) => c.industry.name === '信创')!;
    expect(xc.segmentCount).toBe(3);
    expect(xc.parkCount).toBe(4);
  });

  it('fills cells with facts, basis and confidence from the weakest edge, weak ones flagged', async () => {
    const m = await parkMatrix(store);
    const cell = (p: string, c: string) => m.cells.find((x) => x.park.name === p && x.industry.name === c);
    const a = cell('甲片区', '信创')!;
    expect(a.facts.map((f) => [f.kind, f.node.name, f.segment.name, f.basis, f.confidence, f.weak])).toEqual([
      ['segment', '芯片', '芯片', 'stated', 1, false],
      ['enterprise', '麒麟', '操作系统', 'encouraged', 0.4, true],
    ]);
    expect(a.facts[1]!.via.map((x) => x.type)).toEqual(['LOCATED_IN', 'IN_INDUSTRY']);
    expect(a.facts[1]!.via.every((x) => x.evidence.length > 0)).toBe(true);
    const b = cell('乙片区', '信创')!;
    // Strongest basis first.
    expect(b.facts.map((f) => [f.kind, f.node.name, f.basis])).toEqual([
      ['lab', '研究院', 'stated'],
      ['segment', '芯片', 'planned'],
    ]);
    expect(cell('乙片区', '生物医药')!.facts.map((f) => [f.kind, f.weak])).toEqual([
      ['enterprise', false],
      ['segment', true],
    ]);
    expect(cell('高新区', '信创')!.facts.map((f) => [f.segment.name, f.basis])).toEqual([['信创', 'planned']]);
    expect(cell('软件园', '信创')!.facts.map((f) => f.node.name)).toEqual(['飞腾']);
    // A raised threshold turns more facts weak; nothing is dropped.
    const strict = await parkMatrix(store, { minConfidence: 0.95 });
    expect(strict.cells.find((x) => x.park.name === '软件园')!.facts[0]!.weak).toBe(true);
  });

  it('rolls the parks inside a row into it on request, and takes explicit columns', async () => {
    const m = await parkMatrix(store, { rollup: true });
    const zone = m.cells.find((x) => x.park.name === '高新区' && x.industry.name === '信创')!;
    expect(new Set(zone.facts.map((f) => f.park.name))).toEqual(new Set(['高新区', '甲片区', '乙片区', '软件园']));
    const only = await parkMatrix(store, { chains: ['industry:芯片'] });
    expect(only.chains.map((c) => c.industry.name)).toEqual(['芯片']);
    expect(only.cells.map((c) => c.park.name).sort()).toEqual(['乙片区', '甲片区', '软件园'].sort());
  });

  it('bounds facts per cell and columns', async () => {
    const m = await parkMatrix(store, { factsPerCell: 1, maxChains: 1 });
    expect(m.chains).toHaveLength(1);
    expect(m.truncated).toBe(true);
    const c = m.cells.find((x) => x.park.name === '甲片区')!;
    expect(c.facts).toHaveLength(1);
    expect(c.factCount).toBe(2);
  });
});

describe('parkFacts', () => {
  it('lists a park’s facts about an industry or anything under it', async () => {
    const f = await parkFacts(store, 'park:乙片区', 'industry:信创');
    expect(f!.map((x) => x.node.name)).toEqual(['研究院', '芯片']);
    expect(await parkFacts(store, 'park:乙片区', 'industry:芯片')).toHaveLength(1);
    expect(await parkFacts(store, 'park:不存在', 'industry:芯片')).toBeNull();
  });
});

describe('chainParks', () => {
  it('puts the segments in chain order, a whole-chain column first, and marks the ones no park holds', async () => {
    const d = (await chainParks(store, 'industry:信创'))!;
    expect(d.segments.map((s) => [s.industry.name, s.position, s.missing])).toEqual([
      ['信创', -1, false],
      ['操作系统', 0, true], // only a weak fact (麒麟, encouraged 0.4)
      ['芯片', 0, false],
      ['整机', 1, false],
    ]);
    expect(d.segments.find((s) => s.industry.name === '芯片')!.parkCount).toBe(3);
    // Rows: the parks with facts of the chain and the parks containing them.
    expect(d.rows.map((r) => r.park.name)).toEqual(['高新区', '甲片区', '软件园', '乙片区']);
    const cell = d.cells.find((c) => c.park.name === '乙片区' && c.industry.name === '整机')!;
    expect(cell.facts.map((f) => f.node.name)).toEqual(['研究院']);
    expect(await chainParks(store, 'industry:不存在')).toBeNull();
  });
});

describe('compareParks', () => {
  it('splits segments into shared / only A / only B, strong facts only unless asked', async () => {
    const c = (await compareParks(store, 'park:甲片区', 'park:乙片区'))!;
    const names = (xs: { segment: { name: string } }[]) => xs.map((x) => x.segment.name);
    expect(names(c.shared)).toEqual(['芯片']);
    expect(names(c.onlyA)).toEqual([]); // 操作系统 is weak; 孤立环节 belongs to no chain
    expect(names(c.onlyB)).toEqual(['创新药', '整机']);
    expect(c.shared[0]!.factsA.map((f) => f.node.name)).toEqual(['芯片', '飞腾']); // 软件园 rolled into 甲片区
    expect(c.shared[0]!.factsB.map((f) => f.basis)).toEqual(['planned']);
    expect(c.shared[0]!.chains.map((x) => x.name)).toEqual(['信创']);
    const weak = (await compareParks(store, 'park:甲片区', 'park:乙片区', { includeWeak: true, rollup: false }))!;
    expect(names(weak.onlyA)).toEqual(['操作系统']);
    expect(weak.shared[0]!.factsA.map((f) => f.node.name)).toEqual(['芯片']);
  });
});
