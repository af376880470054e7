// industryChain over a real embedded store: segments mapped onto the lexicon's chain template and
// drawn in the template's stage order, 补链 gaps against the template, weak edges left out unless asked.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { industryChain } from '../../server/src/analysis/chain.ts';
import { ChainIndex } from '../../server/src/chain-templates.ts';
import { parseChains } from '../../server/src/ingest/lexicon/chains.ts';
import type { GraphEdge, GraphNode, Label, RelType } from '../../server/src/model.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';

const templates = new ChainIndex(parseChains(readFileSync(join(import.meta.dirname, '..', '..', 'seeds', 'lexicon', 'chains.tsv'), 'utf8')));
const node = (label: Label, name: string): GraphNode => ({ id: `${label.toLowerCase()}:${name}`, label, name, aliases: [], properties: {} });
const ev = [{ documentId: 'doc:t', text: 's', start: 0, end: 1 }];
const edge = (type: RelType, s: GraphNode, t: GraphNode, confidence = 0.9, basis = 'stated'): GraphEdge => ({ id: `${type}:${s.id}->${t.id}`, type, source: s.id, target: t.id, properties: { basis, confidence }, evidence: ev });

let dir: string;
let store: EmbeddedStore;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chain-'));
  store = await EmbeddedStore.open({ dir });
  const I = (n: string) => node('Industry', n);
  const xc = I('信创');
  const hw = I('基础硬件');
  const chip = I('芯片');
  const whole = I('整机');
  const term = I('终端');
  const os = I('操作系统');
  const fit = I('适配');
  const sec = I('信息安全');
  const ai = I('人工智能');
  const db = I('数据库');
  const ft = node('Enterprise', '飞腾');
  const gw = node('Enterprise', '中国长城');
  const kl = node('Enterprise', '麒麟软件');
  const s360 = node('Enterprise', '360');
  const sd = node('Enterprise', '三安光电');
  const park = node('Park', '海洋片区');
  const doc = node('Document', 't');
  await store.replaceDocument({
    documentId: 'doc:t',
    sourceHash: 'h',
    nodes: [xc, hw, chip, whole, term, os, fit, sec, ai, db, ft, gw, kl, s360, sd, park, doc],
    edges: [
      edge('PART_OF', hw, xc),
      edge('PART_OF', chip, hw),
      edge('PART_OF', whole, hw),
      edge('PART_OF', term, hw),
      edge('PART_OF', os, xc),
      edge('PART_OF', fit, xc),
      edge('PART_OF', sec, xc),
      edge('PART_OF', ai, xc),
      edge('PART_OF', db, xc, 0.3, 'listed'),
      edge('IN_INDUSTRY', ft, chip),
      edge('IN_INDUSTRY', gw, whole),
      edge('IN_INDUSTRY', kl, os),
      edge('IN_INDUSTRY', s360, sec),
      edge('IN_INDUSTRY', sd, chip, 0.35, 'encouraged'),
      edge('HOSTS', park, fit),
    ],
  });
}, 60_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('industryChain with a chain template', () => {
  it('draws 信创 as the 311 system in stage order, 整机 and 终端 as one 整机终端, gaps against the template', async () => {
    const c = (await industryChain(store, 'industry:信创', { templates }))!;
    expect(c.template).toBe('信创');
    expect(c.stages.map((s) => `${s.position}:${s.name}`)).toEqual(['上游:基础硬件', '中游:软件系统', '下游:信创+服务', '横向:横向环节']);
    const hw = c.stages[0]!;
    expect(hw.segments.map((s) => s.name)).toEqual(['基础硬件', '核心芯片', '整机终端', '存储与通信设备']);
    const whole = hw.segments.find((s) => s.name === '整机终端')!;
    expect(whole.industries.map((n) => n.name)).toEqual(['整机', '终端']);
    expect(whole.enterprises.map((n) => n.name)).toEqual(['中国长城']);
    expect(hw.segments.find((s) => s.name === '核心芯片')!.enterprises.map((n) => n.name)).toEqual(['飞腾']);
    expect(hw.segments.find((s) => s.name === '存储与通信设备')!.gap).toBe(true);
    const sw = c.stages[1]!;
    expect(sw.segments.find((s) => s.name === '基础软件')!.parts.find((p) => p.name === '操作系统')!.industries.map((n) => n.name)).toEqual(['操作系统']);
    expect(sw.segments.find((s) => s.name === '基础软件')!.enterprises.map((n) => n.name)).toEqual(['麒麟软件']);
    expect(sw.segments.find((s) => s.name === '应用软件')!.gap).toBe(true);
    expect(c.stages[2]!.segments.find((s) => s.name === '适配测试')!.parks.map((n) => n.name)).toEqual(['海洋片区']);
    expect(c.stages[3]!.segments.find((s) => s.name === '信息安全')!.enterprises.map((n) => n.name)).toEqual(['360']);
    // 人工智能 is no part of the 311 template: listed apart, in the last lane
    expect(c.unplaced.map((n) => n.name)).toEqual(['人工智能']);
    // the segment list follows the stages: upstream first
    const lane = (n: string) => c.segments.find((s) => s.industry.name === n)!.position;
    expect(lane('芯片')).toBeLessThan(lane('操作系统'));
    expect(lane('操作系统')).toBeLessThan(lane('适配'));
    expect(lane('人工智能')).toBe(c.stages.length);
  });

  it('leaves weak edges out by default and shows them with minConfidence 0', async () => {
    const strong = (await industryChain(store, 'industry:信创', { templates }))!;
    expect(strong.segments.map((s) => s.industry.name)).not.toContain('数据库');
    expect(strong.stages[0]!.segments.find((s) => s.name === '核心芯片')!.enterprises.map((n) => n.name)).toEqual(['飞腾']);
    const all = (await industryChain(store, 'industry:信创', { templates, minConfidence: 0 }))!;
    expect(all.segments.map((s) => s.industry.name)).toContain('数据库');
    expect(all.stages[0]!.segments.find((s) => s.name === '核心芯片')!.enterprises.map((n) => n.name)).toEqual(['飞腾', '三安光电']);
  });

  it('without a template keeps the direct segments and the stated order', async () => {
    const c = (await industryChain(store, 'industry:信创'))!;
    expect(c.template).toBeNull();
    expect(c.stages).toEqual([]);
    expect(c.segments.map((s) => s.industry.name).sort()).toEqual(['人工智能', '信息安全', '基础硬件', '操作系统', '适配'].sort());
  });
});
