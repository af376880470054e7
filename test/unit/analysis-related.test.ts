// relatedEnterprises over a real embedded store: one sentence counts once per pair, a specific
// segment counts more than a broad industry, list size and confidence weigh, weak edges and framework
// labels are left out, neighbouring stages of a chain template relate firms, each reason has its sentence.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relatedEnterprises } from '../../server/src/analysis/related.ts';
import { ChainIndex } from '../../server/src/chain-templates.ts';
import { parseChains } from '../../server/src/ingest/lexicon/chains.ts';
import type { Evidence, GraphEdge, GraphNode, Label, RelType } from '../../server/src/model.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';

const templates = new ChainIndex(parseChains(readFileSync(join(import.meta.dirname, '..', '..', 'seeds', 'lexicon', 'chains.tsv'), 'utf8')));
const node = (label: Label, name: string, props: Record<string, string> = {}): GraphNode => ({ id: `${label.toLowerCase()}:${name}`, label, name, aliases: [], properties: props });
let at = 0;
const sentence = (text: string): Evidence => ({ documentId: 'doc:r', text, start: (at += 100), end: at + text.length });
const edge = (type: RelType, s: GraphNode, t: GraphNode, ev: Evidence, confidence = 0.9, basis = 'stated'): GraphEdge => ({ id: `${type}:${s.id}->${t.id}`, type, source: s.id, target: t.id, properties: { basis, confidence }, evidence: [ev] });

const E = (n: string) => node('Enterprise', n);
const I = (n: string, level = 'segment') => node('Industry', n, { level });
const me = E('飞腾');
const peer = E('海光信息');
const osFirm = E('麒麟软件');
const bigList = ['甲', '乙', '丙', '丁', '戊', '己'].map(E);
const weakOnly = E('三安光电');
const sysOnly = E('框架公司');
const machine = E('长城整机');
const designer = E('芯原设计');
const chip = I('芯片');
const os = I('操作系统');
const terminal = I('整机终端');
const design = I('芯片设计');
const xc = I('信创', 'industry');
const quantum = [I('量子通信'), I('量子通信元器件'), I('信号处理芯片')];
const sys = I('113X产业体系', 'system');

let dir: string;
let store: EmbeddedStore;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'related-'));
  store = await EmbeddedStore.open({ dir });
  const sChip = sentence('核心芯片领域，依托飞腾、海光信息发展CPU。');
  const sQuantum = sentence('鼓励飞腾、海光信息布局信号处理芯片、量子通信雪崩二极管等量子通信元器件。');
  const sXc = sentence('集聚飞腾、甲、乙、丙、丁、戊、己等信创企业。');
  const sOs = sentence('操作系统领域，支持麒麟软件…');
  const sWeak = sentence('依托飞腾、三安光电，发展…');
  const sSys = sentence('围绕113X产业体系…');
  const sTerminal = sentence('整机终端领域，依托长城整机发展服务器。');
  const sDesign = sentence('芯片设计领域，支持芯原设计…');
  const edges: GraphEdge[] = [
    edge('IN_INDUSTRY', me, chip, sChip),
    edge('IN_INDUSTRY', peer, chip, sChip),
    // one sentence ties both firms to three more segments: it must count once
    ...quantum.flatMap((q) => [edge('IN_INDUSTRY', me, q, sQuantum), edge('IN_INDUSTRY', peer, q, sQuantum)]),
    edge('IN_INDUSTRY', me, xc, sXc),
    ...bigList.map((f) => edge('IN_INDUSTRY', f, xc, sXc)),
    edge('IN_INDUSTRY', osFirm, os, sOs),
    edge('IN_INDUSTRY', weakOnly, chip, sWeak, 0.3, 'listed'),
    edge('IN_INDUSTRY', me, sys, sSys),
    edge('IN_INDUSTRY', sysOnly, sys, sSys),
    edge('IN_INDUSTRY', machine, terminal, sTerminal),
    edge('IN_INDUSTRY', designer, design, sDesign),
  ];
  await store.replaceDocument({ documentId: 'doc:r', sourceHash: 'h', nodes: [me, peer, osFirm, ...bigList, weakOnly, sysOnly, machine, designer, chip, os, terminal, design, xc, ...quantum, sys, node('Document', 'r')], edges });
}, 60_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('relatedEnterprises', () => {
  it('counts one sentence once per pair and shows it with each reason', async () => {
    const rs = (await relatedEnterprises(store, me.id, 20, { templates }))!;
    const hg = rs.find((r) => r.enterprise.name === '海光信息')!;
    // four shared segments, two sentences: two reasons
    expect(hg.details).toHaveLength(2);
    expect(new Set(hg.details.map((d) => d.sentence.start)).size).toBe(2);
    expect(hg.details.every((d) => d.sentence.text.includes('海光信息'))).toBe(true);
    expect(rs[0]!.enterprise.name).toBe('海光信息');
  });

  it('a specific segment shared by two counts more than a broad industry shared by seven, listed together', async () => {
    const rs = (await relatedEnterprises(store, me.id, 20, { templates }))!;
    const hg = rs.find((r) => r.enterprise.name === '海光信息')!.details.find((d) => d.text.includes('「芯片」'))!;
    const jia = rs.find((r) => r.enterprise.name === '甲')!.details[0]!;
    expect(hg.weight).toBeGreaterThan(3 * jia.weight);
  });

  it('relates firms of neighbouring stages of the chain template (芯片 → 操作系统)', async () => {
    const rs = (await relatedEnterprises(store, me.id, 20, { templates }))!;
    const kl = rs.find((r) => r.enterprise.name === '麒麟软件');
    expect(kl?.details[0]!.kind).toBe('chainAdjacent');
    expect(kl?.reasons[0]).toMatch(/下游「操作系统」/);
    expect((await relatedEnterprises(store, me.id, 20))!.some((r) => r.enterprise.name === '麒麟软件')).toBe(false);
  });

  it('relates firms of another segment of the same template stage (芯片 and 整机终端 in 基础硬件), below a neighbouring stage; not a sub-segment of my own', async () => {
    const rs = (await relatedEnterprises(store, me.id, 20, { templates }))!;
    const gw = rs.find((r) => r.enterprise.name === '长城整机');
    expect(gw?.details[0]!.kind).toBe('sameStage');
    expect(gw?.reasons[0]).toMatch(/同处「基础硬件」阶段的「整机终端」/);
    expect(gw!.score).toBeLessThan(rs.find((r) => r.enterprise.name === '麒麟软件')!.score);
    // 芯片设计 is part of my own segment 核心芯片 (芯片): no same-stage peer
    expect(rs.find((r) => r.enterprise.name === '芯原设计')?.details.some((d) => d.kind === 'sameStage') ?? false).toBe(false);
    // without templates, no stage is known
    expect((await relatedEnterprises(store, me.id, 20))!.some((r) => r.enterprise.name === '长城整机')).toBe(false);
  });

  it('leaves weak edges out by default, keeps them (weighted down) when asked; never relates through a framework label', async () => {
    const strong = (await relatedEnterprises(store, me.id, 20, { templates }))!;
    expect(strong.map((r) => r.enterprise.name)).not.toContain('三安光电');
    expect(strong.map((r) => r.enterprise.name)).not.toContain('框架公司');
    const all = (await relatedEnterprises(store, me.id, 20, { templates, minConfidence: 0 }))!;
    const sa = all.find((r) => r.enterprise.name === '三安光电')!;
    expect(sa.score).toBeLessThan(all.find((r) => r.enterprise.name === '海光信息')!.score / 3);
    expect(all.map((r) => r.enterprise.name)).not.toContain('框架公司');
  });
});
