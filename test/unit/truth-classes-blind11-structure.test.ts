// A chain map's field written in lenticular brackets (【上游】原料及辅料。细分领域：… / 【重点企业】A、B) is its line's
// label, as 上游：… is — not a section heading. Found when blind11 (a blind set, hidden all session) was scored at the end:
// the 【…】-label heading rule of struct11 had cut such lines off their level (blind11 r08: +15 wrong relations, none gained).
import { describe, expect, it } from 'vitest';
import { structure } from '../fixtures/class-doc.ts';

const doc =
  '某县纺织服装产业链招商图谱\n\n一、产业链图谱\n' +
  '【上游】纤维及面料。细分领域：棉纺、化纤面料。重点企业：甲乙纺织（棉纺）。\n' +
  '【下游】服装。细分领域：针织服装、户外服装。\n\n' +
  '【二、承载平台】\n某县经济开发区：重点发展针织服装。\n';

describe('blind11 r08: a chain map’s field in 【】 is a label of its line, not a section', () => {
  it('keeps 【上游】/【下游】 lines whole under their section, while a numbered 【二、…】 label still opens a section', async () => {
    const d = await structure(doc);
    const titles = d.headings.map((h) => d.source.text.slice(h.start, h.end));
    expect(titles.some((t) => /【[上下]游】/.test(t))).toBe(false);
    expect(titles.some((t) => t.includes('二、承载平台'))).toBe(true);
    const first = d.sentences.find((s) => d.source.text.slice(s.start, s.end).includes('纤维及面料'))!;
    expect(d.source.text.slice(first.start, first.end).startsWith('【上游】纤维及面料')).toBe(true);
    expect(first.sectionPath.some((p) => p.includes('产业链图谱'))).toBe(true);
  });
});
