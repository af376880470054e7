// Structure classes found by struct16 in the older development sets with the lowest recall (blind8, dev8,
// blind2, blind11, blind4). Each test runs a short document written for it through the real read and
// structure stages (and extraction where the class is about what a sentence yields).
import { describe, expect, it } from 'vitest';
import { all, runDoc, structure } from '../fixtures/class-doc.ts';

const sentenceTexts = (d: Awaited<ReturnType<typeof structure>>) => d.sentences.map((s) => d.source.text.slice(s.start, s.end));

describe('dev8 r05, blind12 r03, blind13 r03, blind14 r03: a 分工表 row wrapped inside a cell', () => {
  // (序号|重点任务|…: the row goes on to the next line in the middle of its 重点任务 cell, as a PDF or a narrow
  // column pastes it — 发展结构陶瓷和电子陶瓷，⏎推进陶瓷基板… in dev8 r05, …行业算力服务,⏎以中国石油大学… in blind13 r03)
  const doc =
    '某市新材料产业重点任务分解表\n\n为抓好落实，现将重点任务分解如下。\n\n' +
    '序号|重点任务|牵头单位|配合单位|完成时限\n' +
    '1|做强特种材料。依托甲乙新材料、丙丁科技等企业，\n' +
    '发展碳化硅陶瓷和氮化铝粉体，建设特种材料中试平台。|市工业和信息化局|市科技局|2026年12月底\n' +
    '2|强化要素保障。设立新材料产业基金，优先保障用地。|市财政局|市自然资源和规划局|2026年12月底\n';

  it('reads the cell as one sentence across the break, and the cells after the break as their own', async () => {
    const d = await structure(doc);
    const texts = sentenceTexts(d);
    expect(texts).toContain('依托甲乙新材料、丙丁科技等企业，\n发展碳化硅陶瓷和氮化铝粉体，建设特种材料中试平台。');
    expect(texts).not.toContain('发展碳化硅陶瓷和氮化铝粉体，建设特种材料中试平台。');
    expect(texts).toContain('市工业和信息化局');
    // every sentence is read once: no span is inside another
    const spans = [...d.sentences].sort((a, b) => a.start - b.start);
    for (let k = 1; k < spans.length; k++) expect(spans[k]!.start).toBeGreaterThanOrEqual(spans[k - 1]!.end);
  });

  it('keeps the firms of 依托A、B等企业， with what the next line says they develop', async () => {
    const x = await runDoc(doc);
    const id = (name: string) => x.nodes.find((n) => n.name === name)?.id;
    const firms = ['甲乙新材料', '丙丁科技'].map(id);
    const products = ['碳化硅陶瓷', '氮化铝粉体'].map(id);
    expect(firms.every(Boolean) && products.every(Boolean)).toBe(true);
    const inIndustry = all(x, 'IN_INDUSTRY');
    for (const f of firms) for (const p of products) expect(inIndustry).toContain(`${f} -> ${p}`);
  });

  it('still reads a row that is not wrapped one cell at a time', async () => {
    const d = await structure(doc);
    const texts = sentenceTexts(d);
    expect(texts).toContain('设立新材料产业基金，优先保障用地。');
    expect(texts).toContain('市财政局');
  });
});

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
