// The entity table's lookups by index (issue 15, extraction speed) answer what the scans they replace
// answered: find() by an alias any stage added, the first entity created winning, only what was named so
// far; industriesNamedIn in creation order whichever way it looks (substrings of a short surface, or a
// scan of the industries when the surface is long). Each case is checked against a brute-force reading
// of the table's own contents.
import { describe, expect, it } from 'vitest';
import { EntityTable, type Entity } from '../../server/src/ingest/entities/table.ts';
import { seedsContext } from '../fixtures/ingest-context.ts';

const table = () => new EntityTable(seedsContext.index);

/** What industriesNamedIn promises, read off every entity: named so far, 2+ characters, inside s, not s. */
function namedInByScan(t: EntityTable, s: string, namedSoFar: Set<Entity>): string[] {
  return t
    .all()
    .filter((e) => e.label === 'Industry' && namedSoFar.has(e) && e.name.length >= 2 && s.includes(e.name) && s !== e.name)
    .map((e) => e.name);
}

describe('EntityTable lookups by index', () => {
  it('find(): an alias added later by another stage is found by its matching key, only once named', () => {
    const t = table();
    t.at(100);
    const a = t.org('甲乙测试科技有限公司', 'Enterprise');
    // (a later stage adds a surface to the entity directly)
    a.aliases.add('甲乙测试和丙');
    expect(t.find('Enterprise', '甲乙测试与丙')?.id).toBe(a.id); // 和/与 share a key
    expect(t.find('Enterprise', '甲乙测试及丙')?.id).toBe(a.id);
    expect(t.find('Lab', '甲乙测试与丙')).toBeUndefined(); // another label
    // read from an earlier sentence, the entity was not named yet
    t.at(50);
    expect(t.find('Enterprise', '甲乙测试与丙')).toBeUndefined();
  });

  it('find(): of two entities sharing an alias key, the one created first wins, whichever got the alias first', () => {
    const t = table();
    t.at(0);
    const first = t.org('丁戊己科技', 'Enterprise');
    const second = t.org('庚辛壬科技', 'Enterprise');
    second.aliases.add('共用简称');
    first.aliases.add('共用简称');
    expect(t.find('Enterprise', '共用简称')?.id).toBe(first.id);
  });

  it('industriesNamedIn: the industries named so far inside a surface, in the order created, short or long', () => {
    const t = table();
    const named = new Set<Entity>();
    const names = ['新材料', '储能', '电池', '动力电池', '氢能', '材料', '光伏组件', '组件'];
    names.forEach((n, i) => {
      t.at(i * 10);
      named.add(t.industry(n, undefined, 'segment'));
    });
    t.at(1000);
    for (const s of ['动力电池储能产业园', '新材料', '赛达新材料产业园', '光伏组件与氢能装备基地', '无关的名字']) {
      expect(t.industriesNamedIn(s).map((e) => e.name), s).toEqual(namedInByScan(t, s, named));
    }
    // many industries, a short surface: looked up by its substrings; the answer is the same
    for (let i = 0; i < 120; i++) named.add(t.industry(`测试产业${String.fromCharCode(0x4e00 + i)}${String.fromCharCode(0x4e80 + i)}`, undefined, 'segment'));
    for (const s of ['动力电池储能产业园', '电池', '组件', '测试产业一乀基地']) {
      expect(t.industriesNamedIn(s).map((e) => e.name), s).toEqual(namedInByScan(t, s, named));
    }
    // before they were named, none
    t.at(5);
    expect(t.industriesNamedIn('动力电池储能产业园').map((e) => e.name)).toEqual([]);
    expect(t.industriesNamedIn('新材料动力电池园').map((e) => e.name)).toEqual(['新材料']);
  });
});
