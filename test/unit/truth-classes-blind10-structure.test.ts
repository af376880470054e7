// Document-structure classes found on the tenth blind set (test/fixtures/truth-blind10) and the sets
// before it. One describe per class, on short texts written for these tests (names invented), through
// the real read and structure stages (and the whole pipeline where a name is at stake); each asserts
// what the class requires and what it forbids.
import { describe, expect, it } from 'vitest';
import { names, runDoc, strong } from '../fixtures/class-doc.ts';
import { cleanText } from '../../server/src/ingest/read/clean.ts';

describe('class: a character lost by a conversion (□) inside a designation word (blind10 r08 开□区, blind5 r08 开□区, blind7 r08 实□室, blind6/blind8 研究□心)', () => {
  it('the one character that spells a zone or institution kind word is restored, so the name is whole', async () => {
    const x = await runDoc(
      '岚州市新材料产业发展若干措施\n\n一、优化布局\n\n岚州红岭经济开□区重点发展碳纤维复合材料。以岚州碳材重点实□室为创新源头，服务碳纤维复合材料。\n',
    );
    expect(names(x, 'Park')).toContain('岚州红岭经济开发区');
    expect(names(x, 'Lab')).toContain('岚州碳材重点实验室');
    expect(names(x, 'Park').some((n) => n.includes('□'))).toBe(false);
    expect(strong(x, 'HOSTS')).toContain('park:岚州红岭经济开发区 -> industry:碳纤维复合材料');
  });
  it('the longest kind word decides (研究□心 is 研究中心, not 研究院/研究所 followed by 心)', () => {
    expect(cleanText('岚州碳材工程技术研究□心、岚州学院')).toBe('岚州碳材工程技术研究中心、岚州学院');
  });
  it('a mark no kind word fills, or one several fill alike, stays as written', () => {
    expect(cleanText('（责任编辑：王□）')).toBe('（责任编辑：王□）');
    expect(cleanText('市委督查□、市政府督查室')).toBe('市委督查□、市政府督查室');
    // 工业园 or 产业园: two fills, none chosen
    expect(cleanText('岚州□业园重点发展')).toBe('岚州□业园重点发展');
    expect(cleanText('□ 是　□ 否')).toBe('□ 是　□ 否');
    expect(cleanText('港\ufffd物流')).toBe('港\ufffd物流');
  });
});
