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

describe('a firm whose name opens with what reads as a park’s is the firm (blind23 r05, blind32 r01, blind40 r01, r08)', () => {
  it('A、B谷测控等X企业: the park reading gives way to the firm in a list slot', () => {
    const x = run('依托赤川精密、青岚芯谷测控等封装测试企业，补齐引线框架配套环节。');
    expect(strong(x, 'IN_INDUSTRY')).toContain('enterprise:青岚芯谷测控 -> industry:封装测试');
    expect(x.nodes.filter((n) => n.label === 'Park').map((n) => n.name)).toEqual([]);
  });
  it('以P…装备制造为龙头，发展X、Y和Z: the lead firm, not a park hosting them', () => {
    const x = run('以澄川临港海工装备制造为龙头，发展风电叶片、塔筒和导管架。');
    expect(strong(x, 'IN_INDUSTRY')).toEqual(expect.arrayContaining(['enterprise:澄川临港海工装备制造 -> industry:导管架', 'enterprise:澄川临港海工装备制造 -> industry:风电叶片']));
    expect(strong(x, 'HOSTS')).toEqual([]);
  });
  it('a firm the document has named is that firm again where its park-like part would be read alone', () => {
    const x = run('朔方咖啡产业园已集聚北岭咖啡谷食品、朔方福源咖啡等企业。以北岭咖啡谷食品为龙头，发展冻干咖啡和咖啡浓缩液。');
    expect(strong(x, 'IN_INDUSTRY')).toEqual(expect.arrayContaining(['enterprise:北岭咖啡谷食品 -> industry:冻干咖啡', 'enterprise:北岭咖啡谷食品 -> industry:咖啡浓缩液']));
    expect(strong(x, 'HOSTS').filter((e) => e.startsWith('park:北岭咖啡谷 '))).toEqual([]);
  });
  it('a zone and its industry (在高新区装备制造…) stay a zone: no firm is made of them', () => {
    const x = run('支持青岚高新区装备制造、新材料等产业集聚发展。');
    expect(x.nodes.filter((n) => n.label === 'Enterprise').map((n) => n.name)).toEqual([]);
  });
});
