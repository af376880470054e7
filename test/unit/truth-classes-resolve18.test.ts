// Issue 12, resolution of short category words to the document's full industry names (blind16 r01, r02, r03): a firm
// typed by a short kind (A、B等整机企业, 等组件企业, 等金属粉末企业) belongs to the industry the document names in full.
// Short texts of the genre written for these tests (names invented, not in the lexicon).
import { describe, expect, it } from 'vitest';
import { runDoc, strong } from '../fixtures/class-doc.ts';

const nodeNames = (x: Awaited<ReturnType<typeof runDoc>>) => x.nodes.filter((n) => n.label === 'Industry').map((n) => n.name);

describe('X is the document’s X材料 / X产品 named before (blind16 r02)', () => {
  const plan = (parts: string) =>
    `赤川市支持先进结构材料产业高质量发展若干政策\n\n先进结构材料包括${parts}三大板块。先进钢铁材料重点发展高端板材。\n\n第七条 培育合金粉末产业。赤川高新技术产业开发区已集聚青岚粉末、朔方粉末冶金等合金粉末企业。\n`;
  it('培育X产业 after the 板块 X材料 → the firms typed 等X企业 belong to X材料, one node', async () => {
    const x = await runDoc(plan('先进钢铁材料、轻质合金材料和合金粉末材料'));
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:朔方粉末冶金 -> industry:合金粉末材料', 'enterprise:青岚粉末 -> industry:合金粉末材料']);
    expect(nodeNames(x)).not.toContain('合金粉末');
  });
  it('when both X材料 and X产品 are named, X stays itself', async () => {
    const x = await runDoc(plan('先进钢铁材料、合金粉末材料和合金粉末产品'));
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:朔方粉末冶金 -> industry:合金粉末', 'enterprise:青岚粉末 -> industry:合金粉末']);
  });
});
