// Membership classes of the twenty-eighth round (INNOVATES_FOR / IN_INDUSTRY), read from the missed lists of blind29,
// blind35 and blind36, one test per class, on short texts of the genre written for these tests (names invented, not in
// the lexicon). Each asserts the edges the class states and what it must not add.
import { describe, expect, it } from 'vitest';
import { runSnippet as run, strong } from '../fixtures/class-doc.ts';

describe('labs named as the technical support of a mandate serve it as a source does (blind29 r01, blind35 r06, r08, blind36 r04)', () => {
  it('以L1、L2为创新支撑，服务X和Y → each lab INNOVATES_FOR each field (stated)', () => {
    const x = run('以青岚农业学院、澄川职业技术学院为创新支撑，服务微藻蛋白和饲用酶制剂。');
    expect(strong(x, 'INNOVATES_FOR')).toEqual([
      'lab:澄川职业技术学院 -> industry:微藻蛋白',
      'lab:澄川职业技术学院 -> industry:饲用酶制剂',
      'lab:青岚农业学院 -> industry:微藻蛋白',
      'lab:青岚农业学院 -> industry:饲用酶制剂',
    ]);
  });
  it('以L为技术支撑，服务X (one field) and 以L为支撑，服务X', () => {
    expect(strong(run('以朔方学院、北岭大学朔方研究院为技术支撑，服务光电传感。'), 'INNOVATES_FOR')).toEqual([
      'lab:北岭大学朔方研究院 -> industry:光电传感',
      'lab:朔方学院 -> industry:光电传感',
    ]);
    expect(strong(run('以北岭科技大学赤川研究院为支撑，服务冶金新材料。'), 'INNOVATES_FOR')).toEqual(['lab:北岭科技大学赤川研究院 -> industry:冶金新材料']);
  });
  it('a support that is no lab (以零部件配套为支撑，构建…) ties nothing', () => {
    const x = run('以整车为牵引、以零部件配套为支撑，构建协同发展的产业推进格局。');
    expect(strong(x, 'INNOVATES_FOR')).toEqual([]);
  });
});
