// Membership classes of issue 12 read from blind19/blind20 (members20), on short documents of the genre written for
// these tests (names invented). The blind fixtures (truth-blind.test.ts) measure the same classes on whole documents.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

const tie = (e: { properties: Record<string, unknown> }) => Number(e.properties.confidence);

describe('an untyped firm on a chain map’s bracketed stage line is in one of the line’s items (【中游】X、Y和Z。重点企业：A)', () => {
  const map = [
    '青川市农机装备产业链招商图谱',
    '',
    '一、产业概况',
    '青川市农机装备产业规模以上企业达到40家。',
    '',
    '二、产业链图谱',
    '【上游】钢材、铸锻件和液压件。重点企业:青川鼎盛液压（液压件）、青川恒丰铸造。',
    '【中游】拖拉机、联合收割机和植保机械。重点企业:北原农机、青川华耘装备。',
    '【下游】农机维修和农机租赁。重点企业:青川农服科技。',
    '',
  ].join('\n');
  it('ties each untyped firm to every item of its own line (alternatives, listed below the threshold), and no firm to another line’s items', async () => {
    const x = await runDoc(map);
    const ties = all(x, 'IN_INDUSTRY');
    for (const f of ['北原农机', '青川华耘装备']) {
      for (const i of ['拖拉机', '联合收割机', '植保机械']) expect(ties).toContain(`enterprise:${f} -> industry:${i}`);
      expect(ties.filter((e) => e.startsWith(`enterprise:${f} `) && /钢材|铸锻件|液压件|农机维修|农机租赁/.test(e))).toEqual([]);
    }
    expect(ties).toContain('enterprise:青川恒丰铸造 -> industry:铸锻件');
    expect(ties).toContain('enterprise:青川农服科技 -> industry:农机租赁');
    const one = x.edges.find((e) => e.type === 'IN_INDUSTRY' && e.source === 'enterprise:北原农机' && e.target === 'industry:拖拉机')!;
    expect(one.properties.basis).toBe('listed');
    expect(tie(one)).toBeLessThan(0.5);
    expect(strong(x, 'IN_INDUSTRY')).not.toContain('enterprise:北原农机 -> industry:拖拉机');
    expect(one.evidence[0]!.text).toContain('重点企业:北原农机');
  });
  it('keeps a firm typed by its own bracket in its item alone', async () => {
    const x = await runDoc(map);
    const typed = strong(x, 'IN_INDUSTRY').filter((e) => e.startsWith('enterprise:青川鼎盛液压 '));
    expect(typed.filter((e) => /钢材|铸锻件/.test(e))).toEqual([]);
    expect(typed).toContain('enterprise:青川鼎盛液压 -> industry:液压件');
  });
  it('keeps a firm the document types elsewhere as one of the items in that one only', async () => {
    const x = await runDoc(`${map}三、承载平台\n■青川经济开发区：重点发展拖拉机，园区内已集聚北原农机等拖拉机企业。\n`);
    const ties = all(x, 'IN_INDUSTRY').filter((e) => e.startsWith('enterprise:北原农机 '));
    expect(ties).toContain('enterprise:北原农机 -> industry:拖拉机');
    expect(ties.filter((e) => /联合收割机|植保机械/.test(e))).toEqual([]);
  });
  it('reads no alternatives where the bracketed stage names one level (【上游】原料及辅料)', async () => {
    const x = await runDoc(['青川市皮革产业链招商图谱', '', '二、产业链图谱', '【上游】原料及辅料。重点企业:青川华源皮业、青川科隆化工。', ''].join('\n'));
    expect(strong(x, 'IN_INDUSTRY').filter((e) => /industry:(原料|辅料)$/.test(e))).toEqual([]);
  });
});

describe('a firm typed by its own bracket on a level line joining two segments is in its item, not in both halves (下游：X与Y。重点企业：A（Z）)', () => {
  const map = [
    '青川市天然气化工产业链延链补链强链实施方案',
    '',
    '二、产业链条及招引方向',
    '',
    '上游：天然气开采与净化。细分环节：天然气开采、天然气净化和硫磺回收。重点企业：青川气田公司（天然气开采、天然气净化）、青川硫化科技（硫磺回收）、青川清源能源。承载园区：青川化工园区。',
    '',
    '下游：化肥与化工新材料。细分环节：尿素、三聚氰胺和可降解材料。重点企业：青川华丰化肥（尿素）、青川恒达新材料（可降解材料）。承载园区：青川高新技术产业开发区。',
    '',
  ].join('\n');
  it('ties the typed firm to its bracket only, and not to either half of the joined level', async () => {
    const x = await runDoc(map);
    const ties = strong(x, 'IN_INDUSTRY');
    expect(ties).toContain('enterprise:青川硫化科技 -> industry:硫磺回收');
    expect(ties).toContain('enterprise:青川华丰化肥 -> industry:尿素');
    expect(ties).toContain('enterprise:青川恒达新材料 -> industry:可降解材料');
    expect(ties.filter((e) => /青川硫化科技 -> industry:天然气(开采|净化)/.test(e))).toEqual([]);
    expect(ties.filter((e) => /青川华丰化肥 -> industry:化工新材料|青川恒达新材料 -> industry:化肥/.test(e))).toEqual([]);
  });
  it('still files an untyped firm of the line under the level', async () => {
    const x = await runDoc(map);
    expect(strong(x, 'IN_INDUSTRY').filter((e) => e.startsWith('enterprise:青川清源能源 ')).length).toBeGreaterThan(0);
  });
});

describe('the same alternatives on an unbracketed level line whose 细分环节 name the items (中游：X和Y。细分环节包括A、B和C。重点企业：D)', () => {
  it('ties the untyped firm to each 细分环节 item, and leaves a typed firm of another level alone', async () => {
    const x = await runDoc([
      '青川市三七产业链实施方案',
      '',
      '二、产业链构成',
      '',
      '上游：种子种苗和标准化种植。重点企业：青川七丹药业（种子种苗）。',
      '',
      '中游：初加工和提取物。细分环节包括三七饮片、三七粉和三七总皂苷提取。重点企业：青川和美制药。',
      '',
    ].join('\n'));
    const ties = all(x, 'IN_INDUSTRY');
    for (const i of ['三七饮片', '三七粉', '三七总皂苷提取']) expect(ties).toContain(`enterprise:青川和美制药 -> industry:${i}`);
    expect(strong(x, 'IN_INDUSTRY').filter((e) => /^enterprise:青川和美制药 -> industry:三七(饮片|粉|总皂苷提取)$/.test(e))).toEqual([]);
    expect(ties.filter((e) => /青川七丹药业 -> industry:(标准化种植|三七)/.test(e))).toEqual([]);
  });
});
