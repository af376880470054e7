// Membership classes of the thirtieth round (IN_INDUSTRY / INNOVATES_FOR, firm names), read from the wrong and missed
// lists of the development sets, one test per class, on short texts of the genre written for these tests (names
// invented, not in the lexicon). Each asserts the edges the class states and what it must not add.
import { describe, expect, it } from 'vitest';
import { runDoc, strong } from '../fixtures/class-doc.ts';

describe('A是…X企业，B是…Y企业: a later copula clause of another subject types that subject, not the first firm (blind43 r02)', () => {
  const doc = (title: string) => `青川市有色金属产业若干措施\n\n第三条 ${title}。青川铝业集团是全国领先的高端铝板带生产企业，澄江环境是省内重要的汽车轮毂企业。\n`;
  it('of a measure title joining two industries, the firm keeps the one the other subject is not typed by', async () => {
    const ties = strong(await runDoc(doc('提升铝加工和汽车轮毂产业')), 'IN_INDUSTRY').filter((e) => e.startsWith('enterprise:青川铝业集团 '));
    expect(ties).toContain('enterprise:青川铝业集团 -> industry:高端铝板带');
    expect(ties).toContain('enterprise:青川铝业集团 -> industry:铝加工');
    expect(ties).not.toContain('enterprise:青川铝业集团 -> industry:汽车轮毂');
  });
  it('a title of one industry still places the firm in it', async () => {
    const ties = strong(await runDoc(doc('提升铝加工产业')), 'IN_INDUSTRY').filter((e) => e.startsWith('enterprise:青川铝业集团 '));
    expect(ties).toContain('enterprise:青川铝业集团 -> industry:铝加工');
    expect(ties).not.toContain('enterprise:青川铝业集团 -> industry:汽车轮毂');
  });
});
