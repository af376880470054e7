// SUPPORTS classes found by supports25. Each test runs a short document written for it (names invented) through the
// real read, structure and extraction stages.
import { describe, expect, it } from 'vitest';
import { named, runDoc } from '../fixtures/class-doc.ts';

describe('a measure chain inside the joined subject of the document is supported but takes no place of the subject (supports24 × chains23)', () => {
  const doc =
    '白鹭市加快光纤和光通信产业高质量发展行动方案\n\n一、发展目标\n到2028年，全市光纤和光通信产业规模突破300亿元。\n\n' +
    '二、重点任务\n1．完善特种光纤产业链。支持白鹭光缆等光通信企业扩大产能。白鹭高新区重点发展光模块和光器件。\n';

  it('the measure supports the chain its title names', async () => {
    const x = await runDoc(doc);
    expect(named(x, 'SUPPORTS')).toContain('#1 -> 特种光纤');
  });

  // (parts31: a title joining two fields whose parts stand alone in the text, 光通信企业, is two industries, not one
  // joined subject; the body's edges go to the part they name, 白鹭光缆 → 光通信, and still none to the measure's chain)
  it('the subject’s parts, not the measure chain, get the edges of the measure body', async () => {
    const x = await runDoc(doc);
    expect(named(x, 'IN_INDUSTRY')).toContain('白鹭光缆 -> 光通信');
    const all = [...named(x, 'PART_OF'), ...named(x, 'HOSTS'), ...named(x, 'SUPPORTS'), ...named(x, 'IN_INDUSTRY')];
    expect(all.some((e) => /-> 光纤[和与]光通信$/.test(e))).toBe(false);
    expect(named(x, 'PART_OF').filter((e) => e.endsWith('-> 特种光纤'))).toEqual([]);
    expect(named(x, 'IN_INDUSTRY').filter((e) => e.endsWith('-> 特种光纤'))).toEqual([]);
  });
});
