// Structure classes found by struct16 in the older development sets with the lowest recall (blind8, dev8,
// blind2, blind11, blind4). Each test runs a short document written for it through the real read and
// structure stages (and extraction where the class is about what a sentence yields).
import { describe, expect, it } from 'vitest';
import { all, runDoc, structure } from '../fixtures/class-doc.ts';


describe('blind8 r02, blind10 r08: tasks numbered inside a paragraph (一是…。二是…。) are over their paragraph only', () => {
  // (the 一是 titles are headings one level below the paragraph's (inline-items.ts); the last one went on over
  // every paragraph after its own until the next heading — blind10 r08's speeches after 四是强化要素保障 — so a
  // firm of the next paragraph was read under the last task's industry)
  const doc =
    '某市2026年政府工作报告（摘编）\n\n一、2026年重点工作\n\n' +
    '（一）加快壮大高端装备制造产业。一是做强轨道交通装备。以甲轨道公司为龙头，带动转向架、牵引系统等配套企业集聚发展。' +
    '二是发展应急装备。依托乙重工集团等企业，发展矿山救援装备和煤矿智能装备。\n\n' +
    '同时，支持丁机械公司建设智能工厂，打造数字化车间。\n\n' +
    '（二）持续优化营商环境。深化“放管服”改革。\n';

  it('reads the paragraph after the run under the section heading, not under the last task', async () => {
    const d = await structure(doc);
    const s = d.sentences.find((x) => d.source.text.slice(x.start, x.end).startsWith('同时，支持丁机械公司'));
    expect(s?.sectionPath).toEqual(['一、2026年重点工作', '（一）加快壮大高端装备制造产业']);
    const inRun = d.sentences.find((x) => d.source.text.slice(x.start, x.end).startsWith('依托乙重工集团'));
    expect(inRun?.sectionPath).toEqual(['一、2026年重点工作', '（一）加快壮大高端装备制造产业', '发展应急装备']);
  });

  it('ties the firms of a task to its industry, and no firm of the next paragraph to it', async () => {
    const x = await runDoc(doc);
    const name = new Map(x.nodes.map((n) => [n.id, n.name]));
    const pairs = all(x, 'IN_INDUSTRY').map((p) => p.split(' -> ').map((id) => name.get(id)).join(' -> '));
    expect(pairs).toContain('乙重工集团 -> 应急装备');
    expect(pairs.filter((p) => p.startsWith('丁机械') && p.endsWith('-> 应急装备'))).toEqual([]);
  });
});
