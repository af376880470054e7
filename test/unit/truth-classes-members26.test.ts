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

describe('a name read as a firm by its place alone that ends in a place word names a place (依托天城园发展X)', () => {
  const doc = [
    '青川经济技术开发区产业发展规划',
    '',
    '一、总体布局',
    '“一区三园”即青川经济技术开发区及红枫园、白鹭园和金沙园。',
    '',
    '二、重点任务',
    '1.提升装备制造水平。依托红枫园发展工程机械和液压件，支持青川重工研发大型液压机。',
    '2.发展临港产业。依托青川新港发展港口物流和粮油加工。',
    '3.发展冷链物流。依托青川冷链物流园和沪青铁路通道，发展冷链仓储和冷链配送。',
    '4.推动县域工业。各县依托县域工业集中区发展建材和农机配件。',
    '',
  ].join('\n');
  it('reads a zone of a 一区多园 plan as a park hosting what it develops, no firm of it', async () => {
    const x = await runDoc(doc);
    expect(x.nodes.filter((n) => n.name === '红枫园').map((n) => n.label)).toEqual(['Park']);
    expect(strong(x, 'HOSTS')).toContain('park:红枫园 -> industry:工程机械');
    expect(all(x, 'IN_INDUSTRY').filter((e) => e.includes('红枫园'))).toEqual([]);
  });
  it('reads a port as a carrier, and a corridor or a generic county zone as no organisation', async () => {
    const x = await runDoc(doc);
    expect(x.nodes.filter((n) => n.name === '青川新港').map((n) => n.label)).toEqual(['Park']);
    expect(x.nodes.filter((n) => n.label === 'Enterprise').map((n) => n.name)).not.toContain('沪青铁路通道');
    expect(x.nodes.filter((n) => n.label === 'Enterprise').map((n) => n.name)).not.toContain('县域工业集中区');
    expect(all(x, 'IN_INDUSTRY').filter((e) => /铁路通道|县域工业集中区|新港/.test(e))).toEqual([]);
  });
  it('keeps a firm named by a suffix whatever place word it holds (青川鼠岛码头有限公司)', async () => {
    const x = await runDoc('青川市港口物流发展方案\n\n一、重点任务\n依托青川鼠岛码头有限公司发展港口物流。\n');
    expect(x.nodes.filter((n) => n.label === 'Enterprise').map((n) => n.name)).toContain('青川鼠岛码头');
  });
});

describe('a place bracket inside or closing a firm’s name in a table cell or on a labelled line stays in the name (A（山东）浆纸)', () => {
  it('files the local company of a table row under its full name, and drops a product note', async () => {
    const x = await runDoc(
      [
        '青川市造纸产业链链长制工作方案',
        '',
        '二、产业链重点企业',
        '产业链|链主企业|重点企业',
        '文化用纸|青川森博（山东）纸业|青川华纸（铜版纸）、青川晨光纸品（阜阳）',
        '',
      ].join('\n'),
    );
    const ties = strong(x, 'IN_INDUSTRY');
    expect(ties).toContain('enterprise:青川森博(山东)纸业 -> industry:文化用纸');
    expect(ties).toContain('enterprise:青川晨光纸品(阜阳) -> industry:文化用纸');
    expect(ties).toContain('enterprise:青川华纸 -> industry:文化用纸');
    expect(x.nodes.map((n) => n.name)).not.toContain('青川森博纸业');
  });
  it('keeps the name on a labelled line whose firm carries a note after its place (A（山东）浆纸（漂白木浆）)', async () => {
    const x = await runDoc(
      ['青川市造纸产业招商图谱', '', '二、产业链图谱', '（一）文化用纸', '重点企业：青川森博（山东）浆纸（漂白木浆）、青川华纸。', '承载园区：青川经济开发区。', ''].join('\n'),
    );
    expect(x.nodes.map((n) => n.name)).not.toContain('青川森博浆纸');
  });
});

describe('a leading firm and the segments it is to carry, 以A为链主，带动X和Y两个环节做大做强', () => {
  it('puts the firm in each segment (1×n, stated), with or without 发展 closing the clause', async () => {
    const x = await runDoc(['青川市汽车零部件产业链链长制工作方案', '', '二、重点任务', '1.做强链主企业。以青川鼎力重机为链主，带动悬架系统和转向系统两个环节做大做强。', ''].join('\n'));
    const ties = strong(x, 'IN_INDUSTRY');
    expect(ties).toContain('enterprise:青川鼎力重机 -> industry:悬架系统');
    expect(ties).toContain('enterprise:青川鼎力重机 -> industry:转向系统');
  });
});

describe('a leading firm whose trade word reads as a field (以冰川环境为龙头, 以航宇科工火箭技术为龙头)', () => {
  it('reads the name in the leading slot as a firm of what the clause develops', async () => {
    const x = await runDoc(['青川市氢能产业发展行动方案', '', '二、重点任务', '1.突破储运装备。以青川冰川环境为龙头，发展氢气压缩机和高压储氢瓶。', '2.发展商业航天。以航宇科工火箭技术为龙头，发展固体运载火箭。', ''].join('\n'));
    const ties = strong(x, 'IN_INDUSTRY');
    expect(ties).toContain('enterprise:青川冰川环境 -> industry:氢气压缩机');
    expect(ties).toContain('enterprise:青川冰川环境 -> industry:高压储氢瓶');
    expect(ties).toContain('enterprise:航宇科工火箭技术 -> industry:固体运载火箭');
  });
  it('reads no firm where the slot holds a field or a quality (以信息技术为龙头, 以营商环境为龙头)', async () => {
    const x = await runDoc(['青川市数字经济发展行动方案', '', '二、重点任务', '1.以信息技术为龙头，发展软件和信息服务。以营商环境为龙头，发展平台经济。', ''].join('\n'));
    expect(x.nodes.filter((n) => n.label === 'Enterprise').map((n) => n.name)).toEqual([]);
  });
});

describe('a research body’s full name written as fields, a place or a joined pair before its kind (X与Y国家重点实验室)', () => {
  const doc = [
    '青川市新材料产业发展行动方案',
    '',
    '二、重点任务',
    '1.强化创新支撑。以青川理工大学、轻合金成形与再利用省级重点实验室为创新源头，服务铝合金和镁合金。',
    '2.攻关关键技术。依托青川省制冷装备工程技术研究中心开展冷柜节能技术攻关。',
    '3.建设平台。支持青川铝业牵头组建青川轻合金技术创新中心，青川市已集聚青川新材料产业研究院等机构。',
    '',
  ].join('\n');
  it('reads the whole name back to the item’s opening, and ties it to what it serves', async () => {
    const x = await runDoc(doc);
    const labs = x.nodes.filter((n) => n.label === 'Lab').map((n) => n.name);
    expect(labs).toContain('轻合金成形与再利用省级重点实验室');
    expect(labs).toContain('青川省制冷装备工程技术研究中心');
    expect(labs).not.toContain('再利用省级重点实验室');
    expect(strong(x, 'INNOVATES_FOR')).toContain('lab:轻合金成形与再利用省级重点实验室 -> industry:铝合金');
  });
  it('takes no verb, no goal and no inventory into the name', async () => {
    const x = await runDoc(doc);
    const labs = x.nodes.filter((n) => n.label === 'Lab').map((n) => n.name);
    expect(labs.filter((n) => /牵头|组建|集聚|我市/.test(n))).toEqual([]);
  });
});
