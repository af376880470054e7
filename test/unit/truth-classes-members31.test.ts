// Membership classes of the thirty-first round (IN_INDUSTRY / INNOVATES_FOR, firm names), read from the wrong and missed
// lists of the development sets (blind49 and blind50 first), one test per class, on short texts of the genre written for
// these tests (names invented, not in the lexicon). Each asserts the edges the class states and what it must not add.
import { describe, expect, it } from 'vitest';
import { runDoc, strong } from '../fixtures/class-doc.ts';

describe('等X加工企业 / A是…X加工企业 in a document about X: the firms are in X (blind50 r01/r03/r08, blind7 r08)', () => {
  const doc = (extra: string) =>
    `青川县特色林果产业发展实施方案\n\n（一）山楂产业。山楂产业重点发展山楂汁和山楂糕。依托青川果源食品、澄江山珍果业等山楂加工企业，推动山楂由初加工向精深加工延伸。青川红果生物是全县最大的山楂加工企业。${extra}\n`;
  it('the kind names the crop the document develops, not an X加工 segment it never names', async () => {
    const x = await runDoc(doc(''));
    const ties = strong(x, 'IN_INDUSTRY');
    for (const f of ['青川果源食品', '澄江山珍果业', '青川红果生物']) expect(ties).toContain(`enterprise:${f} -> industry:山楂`);
    expect(ties.filter((e) => /industry:山楂加工/.test(e))).toEqual([]);
  });
  it('where the document names X加工 as a segment of its own, the kind is that segment', async () => {
    const x = await runDoc(doc('重点发展山楂加工和山楂物流。'));
    const ties = strong(x, 'IN_INDUSTRY');
    expect(ties).toContain('enterprise:青川果源食品 -> industry:山楂加工');
  });
  it('a kind of a material the document does not develop as an industry stays as written', async () => {
    const x = await runDoc('青川县新材料产业发展实施方案\n\n（一）铝基新材料。依托青川铝业、澄江金属等铝材加工企业，发展铝板带和铝箔。\n');
    const ties = strong(x, 'IN_INDUSTRY');
    expect(ties).toContain('enterprise:青川铝业 -> industry:铝材加工');
  });
});
