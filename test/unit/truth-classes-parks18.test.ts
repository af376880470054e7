// Error classes of issue 12 (truth), the park layer, from blind15 and blind16, on short texts of the genre written for
// these tests (names invented). Each asserts what the class forbids as well as what it needs.
import { describe, expect, it } from 'vitest';
import { runSnippet as run, strong } from '../fixtures/class-doc.ts';

describe('a zone’s quarters named bare with the count of their kind (东区和西区两个片区 / 北区和南区两个组团)', () => {
  it('开发区包括东区和西区两个片区: the quarters are parts of the paragraph’s zone, each hosting its own focus', () => {
    const x = run(
      '沧海临港经济技术开发区是全市化工产业的核心承载区，已集聚蓝海化工等骨干企业。开发区包括东区和西区两个片区，东区重点发展石油化工和煤化工，西区重点发展精细化工和电子化学品。',
    );
    expect(strong(x, 'PART_OF').filter((e) => e.startsWith('park:'))).toEqual(['park:东区 -> park:沧海临港经济技术开发区', 'park:西区 -> park:沧海临港经济技术开发区']);
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:东区 -> industry:石油化工');
    expect(hosts).toContain('park:西区 -> industry:电子化学品');
    // crossed foci: each quarter hosts its own clause's fields only
    expect(hosts).not.toContain('park:东区 -> industry:精细化工');
    expect(hosts).not.toContain('park:西区 -> industry:石油化工');
  });

  it('a later sentence’s bare quarter is that area (已落户东区), but not inside a longer place name (河东区)', () => {
    const x = run(
      '沧海临港经济技术开发区重点发展化工新材料。开发区包括东区和西区两个片区。云帆化工已落户东区，河东区已集聚明远建材等企业。',
    );
    const located = strong(x, 'LOCATED_IN');
    expect(located).toContain('enterprise:云帆化工 -> park:东区');
    expect(located.filter((e) => e.startsWith('enterprise:明远建材') && e.endsWith('park:东区'))).toEqual([]);
  });

  it('由北区和南区两个组团组成: the parts take the kind (北区组团), and the document’s later 北区组团 is the same park', () => {
    const x = run('青川新能源材料产业园重点发展锂电池电解液和隔膜材料，由北区和南区两个组团组成，北区组团重点发展锂电池电解液，南区组团重点发展隔膜材料。恒润隔膜科技已在南区组团建成湿法隔膜生产线。');
    expect(strong(x, 'PART_OF').filter((e) => e.startsWith('park:'))).toEqual(['park:北区组团 -> park:青川新能源材料产业园', 'park:南区组团 -> park:青川新能源材料产业园']);
    expect(strong(x, 'HOSTS')).toContain('park:北区组团 -> industry:锂电池电解液');
    expect(strong(x, 'HOSTS')).not.toContain('park:北区组团 -> industry:隔膜材料');
    expect(strong(x, 'LOCATED_IN')).toContain('enterprise:恒润隔膜科技 -> park:南区组团');
  });

  it('a bare direction with no count of parts after the list names no park (华东和华南等地区)', () => {
    const x = run('青川新能源材料产业园重点发展锂电池电解液，产品销往华东区和华南区等市场。');
    expect(x.nodes.filter((n) => n.label === 'Park').map((n) => n.name)).toEqual(['青川新能源材料产业园']);
  });
});

describe('a layout role whose colon opens a clause that builds a park (“两园”即P和Q：在Z建设P，重点发展X)', () => {
  it('the built park hosts its clause’s focus; the role’s other park and the zone it is built in do not', () => {
    const x = run(
      '构建“一核两园”的空间格局。“两园”即河阳氢能产业园和清溪新型储能产业园：在河阳高新技术产业开发区建设河阳氢能产业园，重点发展燃料电池和氢能装备；在清溪产业集聚区建设清溪新型储能产业园，重点发展钠离子电池和储能系统集成。',
    );
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:河阳氢能产业园 -> industry:燃料电池');
    expect(hosts).toContain('park:清溪新型储能产业园 -> industry:钠离子电池');
    expect(hosts.filter((e) => e.startsWith('park:清溪新型储能产业园') && /燃料电池|氢能装备/.test(e))).toEqual([]);
    expect(hosts.filter((e) => e.startsWith('park:河阳高新技术产业开发区') && /燃料电池|氢能装备/.test(e))).toEqual([]);
    expect(strong(x, 'LOCATED_IN')).toContain('park:河阳氢能产业园 -> park:河阳高新技术产业开发区');
  });
});

describe('the place a layout role names is its clause’s subject (“一核”即P，是…核心承载区，已集聚A、B等企业)', () => {
  it('the firms the role’s place has gathered are located in it; a park the later clause opens with keeps its own', () => {
    const x = run('坚持“一核两区”布局。“一核”即青川经济技术开发区，是全市光伏组件的核心承载区，已集聚晶辉光能、明川电力等组件企业。');
    expect(strong(x, 'LOCATED_IN')).toEqual(['enterprise:明川电力 -> park:青川经济技术开发区', 'enterprise:晶辉光能 -> park:青川经济技术开发区']);
    const y = run('“一核”即青川经济技术开发区，是全省碳纤维产业的核心承载区，区内的青川碳纤维产业园已集聚恒昌碳纤维等企业。');
    expect(strong(y, 'LOCATED_IN').filter((e) => e.startsWith('enterprise:'))).toEqual(['enterprise:恒昌碳纤维 -> park:青川碳纤维产业园']);
  });
});

describe('承载 is the genre’s verb of a park’s focus (承载园区：P承载X和Y，Q承载Z)', () => {
  it('each park hosts what its own clause says it carries (planned), no cross-product; 承载能力 is no focus', () => {
    const x = run('（三）空间布局\n承载园区：青川石墨产业园区承载石墨材料加工和石墨终端产品，白石石墨产业园承载球形石墨和可膨胀石墨。');
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:青川石墨产业园区 -> industry:石墨终端产品');
    expect(hosts).toContain('park:白石石墨产业园 -> industry:球形石墨');
    expect(hosts.filter((e) => e.startsWith('park:白石石墨产业园') && /石墨终端产品|石墨材料加工/.test(e))).toEqual([]);
    const y = run('青川石墨产业园区承载能力持续提升，新建标准厂房20万平方米。');
    expect(strong(y, 'HOSTS')).toEqual([]);
  });
});
