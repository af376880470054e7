// Chain relation classes of round chains16 (PART_OF, UPSTREAM_OF, IN_INDUSTRY, INNOVATES_FOR, LEADS): short documents
// of the genre written for these tests (places, firms and chains invented); each asserts what the class gives and what
// it must not give.
import { describe, expect, it } from 'vitest';
import { runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind14 r07: 重点企业：A（X）、B（Y） where Y begins with X', () => {
  const doc =
    '某市磷化工产业链招商图谱\n\n一、产业链现状\n\n' +
    '【上游】磷矿采选和黄磷。重点企业：甲乙矿业（磷矿采选）、丙丁化工（黄磷）。\n' +
    '【下游】磷酸铁、磷酸铁锂和磷酸铁锂电池。重点企业：戊己新能源（磷酸铁）、庚辛材料（磷酸铁锂）、壬癸电池（磷酸铁锂电池）。\n' +
    '二、招商方向\n\n重点招引磷酸铁锂电池企业。\n';

  it('each firm is in the segment of its own bracket, not in a neighbour’s longer one', async () => {
    const x = await runDoc(doc);
    const ind = strong(x, 'IN_INDUSTRY');
    expect(ind).toContain('enterprise:戊己新能源 -> industry:磷酸铁');
    expect(ind).toContain('enterprise:庚辛材料 -> industry:磷酸铁锂');
    expect(ind).toContain('enterprise:壬癸电池 -> industry:磷酸铁锂电池');
    expect(ind).not.toContain('enterprise:戊己新能源 -> industry:磷酸铁锂');
    expect(ind).not.toContain('enterprise:庚辛材料 -> industry:磷酸铁锂电池');
    expect(ind).toContain('enterprise:甲乙矿业 -> industry:磷矿采选');
  });
});
