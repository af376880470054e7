// Industry relation classes found on the set blind12 (branch chains14): short documents of the genre written for these
// tests (places, firms and industries invented or generic); each asserts what the class gives and what it must not give,
// so no rule tuned to one fixture sentence passes.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind12 r01, blind11 r01, blind10 r08: a document that names its branches (A、B和C三大优势领域) — a segment by position alone is unsure', () => {
  const doc =
    '某市“十四五”电子信息产业发展规划（摘编）\n\n第四章　优化产业空间布局\n\n' +
    '到2025年，全市电子信息产业营业收入突破1000亿元，智能终端、新型显示和集成电路三大优势领域形成较强影响力。\n\n' +
    '第一节　做强一核：甲区高新技术产业开发区\n\n' +
    '甲区高新技术产业开发区重点发展穿戴设备和声学器件。\n' +
    '依托甲乙电子、丙丁科技等企业，发展微型马达和柔性电路板。\n\n' +
    '第二节　提升新型显示\n\n' +
    '乙区经济开发区重点发展显示模组和背光模组。\n\n' +
    '第三节　培育特色：数字视听和临空电子\n\n' +
    '丙区临空经济区重点发展服务器整机和通信模组。\n';

  it('the items are not stated parts of the document’s industry (they may be of a branch or of a zone’s own focus)', async () => {
    const x = await runDoc(doc);
    const part = strong(x, 'PART_OF');
    for (const item of ['穿戴设备', '声学器件', '微型马达', '柔性电路板', '服务器整机', '通信模组']) {
      expect(part.filter((e) => e === `industry:${item} -> industry:电子信息`)).toEqual([]);
    }
    // …still read, below the threshold
    expect(all(x, 'PART_OF')).toContain('industry:穿戴设备 -> industry:电子信息');
  });

  it('a heading that names one branch alone gives its items to that branch, not to the document’s industry', async () => {
    const x = await runDoc(
      '某市生物医药产业高质量发展实施意见\n\n一、总体目标\n\n' +
        '到2027年，全市生物医药产业产值突破800亿元，化学药、医疗器械和生物技术服务三大板块协同发展。\n\n二、重点任务\n\n' +
        '（一）壮大生物技术服务板块\n以甲乙医药、丙丁生物为重点，发展临床前评价和药物警戒等服务。\n',
    );
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:临床前评价 -> industry:生物技术服务');
    expect(part.filter((e) => e === 'industry:临床前评价 -> industry:生物医药')).toEqual([]);
  });

  it('the branches named in the counted list keep their own place under the document’s industry', async () => {
    const x = await runDoc(doc);
    expect(all(x, 'PART_OF').some((e) => e === 'industry:智能终端 -> industry:电子信息')).toBe(true);
  });
});

describe('blind, heldout, dev5: a document about one undivided industry — a development list gives its segments (stated)', () => {
  const doc =
    '某市新型储能产业发展行动方案\n\n二、重点任务\n\n' +
    '（一）壮大产业主体。重点发展储能变流器、电池管理系统和能量管理系统，依托甲乙电气等企业提升集成能力。\n' +
    '以丙丁储能为龙头，发展大容量储能电芯和储能电池系统。\n';

  it('each item is a stated part of the document’s industry', async () => {
    const x = await runDoc(doc);
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:储能变流器 -> industry:新型储能');
    expect(part).toContain('industry:储能电池系统 -> industry:新型储能');
  });
});

describe('blind b08, dev5 s08: a branch named by the measure’s title (2．提升A和B水平) or heading gives the item to that branch', () => {
  const doc =
    '某市医疗器械产业高质量发展分工方案\n\n一、发展基础\n\n' +
    '我市医疗器械产业已形成医用耗材、血液净化、骨科植入和医学影像设备四大优势领域。\n\n二、重点任务\n\n' +
    '1．提升血液净化和骨科植入水平。依托甲乙医疗发展血液透析器和血液透析粉液；依托丙丁骨科等企业，发展脊柱植入物和创伤植入物。\n';

  it('of two branches the title names, the item goes with the one sharing a word with it', async () => {
    const x = await runDoc(doc);
    const part = strong(x, 'PART_OF');
    expect(part).toContain('industry:血液透析器 -> industry:血液净化');
    expect(part).toContain('industry:脊柱植入物 -> industry:骨科植入');
    expect(part.filter((e) => e === 'industry:血液透析器 -> industry:骨科植入')).toEqual([]);
  });
});
