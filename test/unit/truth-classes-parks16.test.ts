// Park relation classes of branch parks16 (issue 12): short documents of the genre written for these tests (places,
// firms and labs invented). Each asserts what the class gives and what it must not give.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind10 r02, blind11 r04 (and blind3, blind6, blind9, blind12): 在P建设L — a lab the plan builds in a park', () => {
  it('the lab is located in the park (planned)', async () => {
    const x = await runDoc(
      '某省生物医药产业发展若干措施\n\n第四条 建设创新平台。在白鹭国际医疗先行区建设白鹭真实世界数据研究中心，为特许进口药械开展真实世界研究提供数据支撑。\n',
    );
    expect(strong(x, 'LOCATED_IN')).toContain('lab:白鹭真实世界数据研究中心 -> park:白鹭国际医疗先行区');
  });
  it('a lab named after another verb in the park (在P推广L选育的品种) is not placed there', async () => {
    const x = await runDoc('某市种业振兴行动方案\n\n二、重点任务\n在白鹭种业创新产业园推广云杉育种研究院选育的玉米新品种。\n');
    expect(all(x, 'LOCATED_IN').filter((e) => /云杉育种研究院/.test(e))).toEqual([]);
  });
  it('a lab a firm is asked to build there (支持A在P建设L) is not placed by this rule: 在 does not open the clause', async () => {
    const x = await runDoc('某市种业振兴行动方案\n\n二、重点任务\n支持青岚种业在白鹭种业创新产业园建设云杉种业创新中心。\n');
    expect(all(x, 'LOCATED_IN').filter((e) => /云杉种业创新中心/.test(e))).toEqual([]);
  });
});
