// Membership classes of issue 12 read from blind29–blind32 (members26), on short documents of the genre written for
// these tests (names invented). The blind fixtures (truth-blind.test.ts) measure the same classes on whole documents.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

describe('a firm in a park table row of two or three industries is in one of them (园区 | X、Y | A、B)', () => {
  const doc = (rows: string[], extra = '') =>
    [
      '青川市绿色食品产业招商图谱',
      '',
      '一、产业概况',
      `青川市绿色食品产业规模以上企业达到60家。${extra}`,
      '',
      '二、重点园区',
      '园区名称|主导产业|重点企业|招引方向',
      ...rows,
      '',
    ].join('\n');
  const rows = [
    '青川经济开发区|粮油加工、肉制品加工|青川丰禾粮油、青川牧源食品|冷鲜肉、预制菜',
    '青川高新技术产业开发区|饮料制造、乳制品、烘焙食品、休闲食品|青川泉润饮品|果汁饮料',
    '青川工业园区|木材加工、竹制品|青川林海木业（木材加工）、青川翠竹工艺|竹家具',
  ];
  it('ties each untyped firm of a row of two items to both, at the threshold’s edge (the alternatives), from the row', async () => {
    const x = await runDoc(doc(rows));
    const ties = strong(x, 'IN_INDUSTRY');
    for (const f of ['青川丰禾粮油', '青川牧源食品']) {
      expect(ties).toContain(`enterprise:${f} -> industry:粮油加工`);
      expect(ties).toContain(`enterprise:${f} -> industry:肉制品加工`);
    }
    const one = x.edges.find((e) => e.type === 'IN_INDUSTRY' && e.source === 'enterprise:青川丰禾粮油' && e.target === 'industry:粮油加工')!;
    expect(one.properties.basis).toBe('stated');
    expect(Number(one.properties.confidence)).toBeLessThan(0.7);
    expect(one.evidence[0]!.text).toContain('青川经济开发区|粮油加工、肉制品加工');
    // (nothing pairs across rows)
    expect(all(x, 'IN_INDUSTRY').filter((e) => e.startsWith('enterprise:青川丰禾粮油 ') && /饮料|木材|竹/.test(e))).toEqual([]);
  });
  it('keeps a row of four items a list (below the threshold), and a firm typed by its own bracket in its item alone', async () => {
    const x = await runDoc(doc(rows));
    expect(strong(x, 'IN_INDUSTRY').filter((e) => e.startsWith('enterprise:青川泉润饮品 '))).toEqual([]);
    expect(all(x, 'IN_INDUSTRY')).toContain('enterprise:青川泉润饮品 -> industry:饮料制造');
    const typed = strong(x, 'IN_INDUSTRY').filter((e) => e.startsWith('enterprise:青川林海木业 '));
    expect(typed).toEqual(['enterprise:青川林海木业 -> industry:木材加工']);
    expect(strong(x, 'IN_INDUSTRY')).toContain('enterprise:青川翠竹工艺 -> industry:竹制品');
  });
  it('keeps a firm the document types elsewhere as one of the row’s items in that one only', async () => {
    const x = await runDoc(doc(rows, '青川牧源食品是全市重要的肉制品加工企业。'));
    const ties = strong(x, 'IN_INDUSTRY').filter((e) => e.startsWith('enterprise:青川牧源食品 '));
    expect(ties).toContain('enterprise:青川牧源食品 -> industry:肉制品加工');
    expect(ties).not.toContain('enterprise:青川牧源食品 -> industry:粮油加工');
    expect(all(x, 'IN_INDUSTRY')).toContain('enterprise:青川牧源食品 -> industry:粮油加工');
  });
  it('puts a firm the document types by a shorter name (肉制品 for 肉制品加工) in that item only', async () => {
    const x = await runDoc(doc(rows, '青川牧源食品是全市重要的肉制品企业。'));
    const ties = strong(x, 'IN_INDUSTRY');
    expect(ties).toContain('enterprise:青川牧源食品 -> industry:肉制品加工');
    expect(ties).not.toContain('enterprise:青川牧源食品 -> industry:粮油加工');
  });
});
