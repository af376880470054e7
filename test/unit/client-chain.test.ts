// The 产业链 view's preset layout: lanes by chain position, boxes that never overlap, members
// inside their segment's box, gaps drawn as short title-only boxes.
import { describe, expect, it } from 'vitest';
import { CHAIN_GEOMETRY, chainInput, layoutChain, memberKey, type ChainSegmentInput } from '../../client/src/chainLayout.ts';
import { chainElements } from '../../client/src/views/ChainView.tsx';
import type { IndustryChain, NodeRef } from '../../client/src/api.ts';

const seg = (id: string, position: number, members = 0): ChainSegmentInput => ({
  id,
  position,
  members: Array.from({ length: members }, (_, i) => ({ id: `enterprise:${id}-${i}`, kind: 'Enterprise' as const })),
});

function overlaps(a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }): boolean {
  return Math.abs(a.x - b.x) * 2 < a.w + b.w && Math.abs(a.y - b.y) * 2 < a.h + b.h;
}

describe('layoutChain', () => {
  it('puts chain positions in lanes from left (upstream) to right (downstream)', () => {
    const l = layoutChain([seg('终端', 2, 3), seg('芯片', 0, 6), seg('整机', 1, 2), seg('存储', 0, 0)]);
    expect(l.lanes.map((x) => x.position)).toEqual([0, 1, 2]);
    const x = (id: string) => l.segments.find((s) => s.id === id)!.x;
    expect(x('芯片')).toBeLessThan(x('整机'));
    expect(x('整机')).toBeLessThan(x('终端'));
    expect(l.segments.find((s) => s.id === '存储')!.lane).toBe(0);
    // Lanes do not overlap and the width covers them all.
    for (let i = 1; i < l.lanes.length; i++) expect(l.lanes[i]!.x).toBeGreaterThanOrEqual(l.lanes[i - 1]!.x + l.lanes[i - 1]!.width);
    expect(l.width).toBe(l.lanes.at(-1)!.x + l.lanes.at(-1)!.width);
  });

  it('never overlaps two segment boxes and keeps every member inside its box', () => {
    const input = Array.from({ length: 15 }, (_, i) => seg(`s${i}`, 0, (i * 7) % 13));
    const l = layoutChain(input);
    expect(l.segments).toHaveLength(15);
    for (let i = 0; i < l.segments.length; i++) {
      for (let j = i + 1; j < l.segments.length; j++) expect(overlaps(l.segments[i]!, l.segments[j]!), `${i} vs ${j}`).toBe(false);
    }
    const boxes = new Map(l.segments.map((s) => [s.id, s]));
    for (const m of l.members) {
      const b = boxes.get(m.id.split('::')[0]!)!;
      expect(Math.abs(m.x - b.x)).toBeLessThan(b.w / 2);
      expect(Math.abs(m.y - b.y)).toBeLessThan(b.h / 2);
    }
    // A single long lane wraps into several sub-columns instead of one tall column.
    expect(new Set(l.segments.map((s) => s.col)).size).toBeGreaterThan(1);
  });

  it('wraps lanes to fit the viewport: a wide one gets fewer rows than a tall one', () => {
    const input = [...Array.from({ length: 26 }, (_, i) => seg(`a${i}`, 0, i % 5)), seg('z', 1, 3)];
    const rows = (l: ReturnType<typeof layoutChain>) => Math.max(...l.segments.map((s) => s.row)) + 1;
    const wide = layoutChain(input, { w: 1600, h: 600 });
    const tall = layoutChain(input, { w: 600, h: 1600 });
    expect(rows(wide)).toBeLessThan(rows(tall));
    // Either way the whole chain is close to the viewport's shape, not a thin strip.
    const aspect = (l: ReturnType<typeof layoutChain>) => l.width / l.height;
    expect(aspect(wide)).toBeGreaterThan(aspect(tall));
    expect(aspect(wide)).toBeLessThan(8);
    expect(aspect(tall)).toBeGreaterThan(1 / 8);
  });

  it('draws a gap (no members) as a title-only box, shorter than a populated one', () => {
    const l = layoutChain([seg('a', 0, 0), seg('b', 0, 5)]);
    const [a, b] = l.segments;
    expect(a!.h).toBe(CHAIN_GEOMETRY.titleH + CHAIN_GEOMETRY.boxPad);
    expect(b!.h).toBeGreaterThan(a!.h);
  });

  it('draws at most maxMembers per segment and keys members per segment', () => {
    const shared = { id: 'park:海洋片区', kind: 'Park' as const };
    const l = layoutChain([
      { id: 'x', position: 0, members: [shared, ...seg('x', 0, 40).members] },
      { id: 'y', position: 1, members: [shared] },
    ]);
    expect(l.members.filter((m) => m.id.startsWith('x::'))).toHaveLength(CHAIN_GEOMETRY.maxMembers);
    const keys = l.members.map((m) => m.id);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain(memberKey('x', 'park:海洋片区'));
    expect(keys).toContain(memberKey('y', 'park:海洋片区'));
  });

  it('is empty for no segments', () => {
    expect(layoutChain([])).toEqual({ members: [], segments: [], lanes: [], width: 0, height: 0 });
  });

  it('orders members parks, enterprises, labs, measures', () => {
    const r = (id: string) => ({ id });
    const [s] = chainInput([{ position: 3, industry: r('industry:芯片'), parks: [r('p')], enterprises: [r('e')], labs: [r('l')], measures: [r('m')] }]);
    expect(s).toEqual({
      id: 'industry:芯片',
      position: 3,
      members: [
        { id: 'p', kind: 'Park' },
        { id: 'e', kind: 'Enterprise' },
        { id: 'l', kind: 'Lab' },
        { id: 'm', kind: 'Measure' },
      ],
    });
  });
});

describe('chainElements', () => {
  const ref = (id: string, label: NodeRef['label']): NodeRef => ({ id, label, name: id.split(':')[1]! });
  const ind = (id: string) => ({ ...ref(id, 'Industry'), level: 'segment' });
  const chain: IndustryChain = {
    industry: ind('industry:基础硬件'),
    parent: null,
    gaps: [{ id: 'industry:存储' }],
    template: null,
    stages: [],
    segments: [
      { position: 0, gap: false, industry: ind('industry:芯片'), upstream: [], downstream: [ref('industry:整机', 'Industry')], enterprises: [ref('enterprise:飞腾', 'Enterprise')], labs: [], parks: [ref('park:海洋片区', 'Park')], measures: [] },
      { position: 0, gap: true, industry: ind('industry:存储'), upstream: [], downstream: [], enterprises: [], labs: [], parks: [], measures: [] },
      { position: 1, gap: false, industry: ind('industry:整机'), upstream: [ref('industry:芯片', 'Industry')], downstream: [], enterprises: [ref('enterprise:飞腾', 'Enterprise')], labs: [], parks: [], measures: [] },
    ],
  };

  it('gives every element a preset position, marks gaps and links upstream to downstream', () => {
    const els = chainElements(chain);
    const nodes = els.filter((e) => e.group === 'nodes');
    expect(nodes.every((n) => n.position && Number.isFinite(n.position.x) && Number.isFinite(n.position.y))).toBe(true);
    expect(nodes.filter((n) => n.classes === 'lane')).toHaveLength(2);
    const gap = nodes.find((n) => n.data.id === 'seg:industry:存储')!;
    expect(gap.classes).toContain('gap');
    expect(String(gap.data.display)).toContain('补链');
    // 飞腾 is drawn once per segment it belongs to, with a reference back to its node id.
    const feiteng = nodes.filter((n) => n.data.ref === 'enterprise:飞腾');
    expect(feiteng.map((n) => n.data.id).sort()).toEqual(['industry:整机::enterprise:飞腾', 'industry:芯片::enterprise:飞腾']);
    const flows = els.filter((e) => e.group === 'edges');
    expect(flows.map((e) => [e.data.source, e.data.target])).toEqual([['seg:industry:芯片', 'seg:industry:整机']]);
  });

  it('with a chain template, each lane is titled by its stage (上游 · 基础硬件); the last lane holds what the template does not place', () => {
    const templated: IndustryChain = {
      ...chain,
      template: '信创',
      stages: [
        { order: 1, position: '上游', name: '基础硬件' },
        { order: 2, position: '中游', name: '软件系统' },
        { order: 0, position: '横向', name: '横向环节' },
      ],
      segments: [...chain.segments, { ...chain.segments[1]!, industry: ind('industry:安全'), position: 2 }, { ...chain.segments[1]!, industry: ind('industry:其他'), position: 3 }],
    };
    const titles = chainElements(templated)
      .filter((e) => e.group === 'nodes' && e.classes === 'lane')
      .map((e) => e.data.display);
    expect(titles).toEqual(['上游 · 基础硬件', '中游 · 软件系统', '横向环节', '模板未归入的环节']);
  });
});
