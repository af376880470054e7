// EntityTable.find and ofKind after the extraction-speed work of ingest12: find() of a park or a lab
// computes one key (the surface's), which must find what canonicalName's key found — a surface written
// with spaces, quotes, wide forms, full-width brackets or stops at its ends finds the park so named; and
// ofKind(label) is all() filtered by label, in the order created, whatever the labels were interleaved.
import { describe, expect, it } from 'vitest';
import { EntityTable } from '../../server/src/ingest/entities/table.ts';
import { seedsContext } from '../fixtures/ingest-context.ts';

const table = () => new EntityTable(seedsContext.index);

describe('EntityTable find and ofKind (ingest12)', () => {
  it('find(Park/Lab): surfaces that clean to the same name find the entity, other labels do not', () => {
    const t = table();
    t.at(0);
    const park = t.org('岚溪（东区）ABC产业园', 'Park', 'park');
    const lab = t.org('甲乙测试研究院', 'Lab');
    for (const s of ['岚溪（东区）ABC产业园', '岚溪(东区)abc产业园', ' “岚溪（东区）ＡＢＣ产业园”，', '、岚溪 （东区） ABC产业园。']) {
      expect(t.find('Park', s)?.id).toBe(park.id);
      expect(t.find('Lab', s)).toBeUndefined();
    }
    expect(t.find('Lab', '《甲乙测试研究院》')?.id).toBe(lab.id);
    expect(t.find('Park', '甲乙测试研究院')).toBeUndefined();
    // (a park not named yet at this position is not found)
    t.at(-1);
    expect(t.find('Park', '岚溪（东区）ABC产业园')).toBeUndefined();
  });

  it('find(Enterprise/Industry) keep their own keys: a legal suffix, 产业', () => {
    const t = table();
    t.at(0);
    const firm = t.org('岚投新能源有限公司', 'Enterprise');
    expect(t.find('Enterprise', '岚投新能源')?.id).toBe(firm.id);
    expect(t.find('Park', '岚投新能源')).toBeUndefined();
  });

  it('ofKind(label) is all() filtered by label, in the order created', () => {
    const t = table();
    t.at(0);
    const names: [string, 'Park' | 'Lab' | 'Enterprise'][] = [
      ['甲园区', 'Park'],
      ['乙科技', 'Enterprise'],
      ['丙实验室', 'Lab'],
      ['丁产业园', 'Park'],
      ['戊科技', 'Enterprise'],
      ['己科技城', 'Park'],
    ];
    for (const [n, l] of names) t.org(n, l, l === 'Park' ? 'park' : undefined);
    t.industry('新材料');
    for (const label of ['Park', 'Lab', 'Enterprise', 'Industry'] as const) {
      expect(t.ofKind(label).map((e) => e.id)).toEqual(
        t
          .all()
          .filter((e) => e.label === label)
          .map((e) => e.id),
      );
    }
    expect(t.ofKind('Park').length).toBe(3);
  });
});
