// Industry relation classes found on the set blind11 (branch chains13): short documents of the genre written for these
// tests (places, firms and chains invented or generic); each asserts what the class gives and what it must not give,
// so no rule tuned to one fixture sentence passes.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind11 r08 (with the 【…】 labels of blind8 r04/r06 and blind9 r05): a level line written 【上游】X。 is the label 上游：X。', () => {
  const doc =
    '某县五金产业链招商图谱\n\n二、产业链图谱\n' +
    '【上游】钢材及配件。细分领域：冷轧钢板、紧固件和弹簧。重点企业：甲乙钢业（冷轧钢板）、丙丁紧固件。\n' +
    '【中游】五金加工。细分领域：锁具、刃具和衡器。重点企业：戊己锁业、庚辛刃具。\n' +
    '【下游】五金制品。细分领域：厨房五金和卫浴五金。重点企业：壬癸厨卫、子丑卫浴。\n' +
    '【重点企业】寅卯五金、辰巳工具。\n';

  it('each level is a segment of its own name (X及Y one name), its parts and its untyped firms are its, and the levels are ordered', async () => {
    const x = await runDoc(doc);
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:冷轧钢板 -> industry:钢材及配件');
    expect(part).toContain('industry:弹簧 -> industry:钢材及配件');
    expect(part).toContain('industry:锁具 -> industry:五金加工');
    expect(part).toContain('industry:卫浴五金 -> industry:五金制品');
    const up = strong(x, 'UPSTREAM_OF');
    expect(up).toContain('industry:钢材及配件 -> industry:五金加工');
    expect(up).toContain('industry:五金加工 -> industry:五金制品');
    const ii = strong(x, 'IN_INDUSTRY');
    expect(ii).toContain('enterprise:壬癸厨卫 -> industry:五金制品');
    expect(ii).toContain('enterprise:戊己锁业 -> industry:五金加工');
  });

  it('no industry holds the bracket, the level name is not split at 及, and a bracketed label of another kind names no level', async () => {
    const x = await runDoc(doc);
    const inds = x.nodes.filter((n) => n.label === 'Industry').map((n) => n.name);
    expect(inds.filter((n) => /[【】]/.test(n))).toEqual([]);
    expect(inds).not.toContain('钢材');
    expect(inds).not.toContain('配件');
    expect(inds).not.toContain('重点企业');
    expect(all(x, 'IN_INDUSTRY').filter((e) => /enterprise:(?:寅卯五金|辰巳工具) -> industry:(?:钢材及配件|五金加工|五金制品)/.test(e))).toEqual([]);
  });
});

describe('blind11 r01, blind6 r04, blind9 r05, blind2 n01, blind10 r06: P重点发展X(和Y)，已集聚A、B等企业 — the gathered firms and the park’s foci', () => {
  const doc =
    '某市新材料产业发展规划\n\n三、空间布局\n\n' +
    '甲区经济开发区重点发展碳纤维复合材料，已集聚甲乙新材、丙丁复材等企业。\n' +
    '乙区高新技术产业开发区重点发展电子陶瓷和特种玻璃，已集聚戊己电子、庚辛玻璃等企业。\n' +
    '丙区工业园重点发展膜材料，支持壬癸化工布局电子化学品。\n';

  it('one focus: each gathered firm is in it (stated); two foci: the firms are listed against both, stated in neither', async () => {
    const x = await runDoc(doc);
    const ii = strong(x, 'IN_INDUSTRY');
    expect(ii).toContain('enterprise:甲乙新材 -> industry:碳纤维复合材料');
    expect(ii).toContain('enterprise:丙丁复材 -> industry:碳纤维复合材料');
    expect(all(x, 'IN_INDUSTRY')).toContain('enterprise:戊己电子 -> industry:电子陶瓷');
    expect(ii.filter((e) => /enterprise:(?:戊己电子|庚辛玻璃) -> industry:(?:电子陶瓷|特种玻璃)/.test(e))).toEqual([]);
  });

  it('a firm the sentence only encourages (支持A布局X) is not gathered: not in the park’s focus', async () => {
    const x = await runDoc(doc);
    expect(all(x, 'IN_INDUSTRY').filter((e) => e.startsWith('enterprise:壬癸化工 -> industry:膜材料'))).toEqual([]);
  });
});

describe('blind11 r01, blind b11, blind2: in a one-industry document, 发展A、B和C等X — the items are X’s, and X is the document’s segment', () => {
  const doc =
    '某市高端化工产业发展规划\n\n二、发展重点\n\n' +
    '其他园区要立足现有基础，发展水处理剂、电子化学品和塑料助剂等专用化学品，严禁新增低端产能。\n' +
    '重点发展聚氨酯、工程塑料、特种橡胶等上游材料，提升本地配套能力。\n';

  it('the items are parts of the kind (stated) and the kind of the subject; no item directly of the subject by that list', async () => {
    const x = await runDoc(doc);
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:水处理剂 -> industry:专用化学品');
    expect(part).toContain('industry:塑料助剂 -> industry:专用化学品');
    expect(part).toContain('industry:专用化学品 -> industry:高端化工');
    expect(part.filter((e) => /industry:(?:水处理剂|电子化学品|塑料助剂) -> industry:高端化工/.test(e))).toEqual([]);
  });

  it('a position or quality before a generic head (等上游材料) is no kind of the subject: those items stay the subject’s', async () => {
    const x = await runDoc(doc);
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:聚氨酯 -> industry:高端化工');
    expect(part).toContain('industry:特种橡胶 -> industry:高端化工');
    expect(part.filter((e) => /industry:上游材料 -> /.test(e))).toEqual([]);
  });
});
