// Names of one organisation written in full and short in the same document.
import type { Entity } from '../entities/table.ts';

/**
 * Which entity each short name merges into: 长飞光纤 and 长飞光纤光缆(股份有限公司) (a short enterprise
 * name that starts the full one), 东湖高新区 and 武汉东湖高新区 (a place prefix of up to three
 * characters). A shared word alone never merges: 天津大学 ≠ 天津大学医学部 (a lab or park is never
 * merged with a longer name that extends it). Lexicon names and industries never merge here.
 */
export function nameMerges(entities: Entity[], fromLexicon: ReadonlySet<string>): Map<string, string> {
  const to = new Map<string, string>();
  const free = entities.filter((e) => e.label !== 'Industry' && !fromLexicon.has(e.id));
  const cjk = (s: string) => s.replace(/[^\u3400-\u9fff]/g, '').length;
  for (const s of free) {
    let longer: Entity[] = [];
    if (s.label === 'Enterprise' && cjk(s.name) >= 4) {
      longer = free.filter((l) => l !== s && l.label === 'Enterprise' && l.name.length > s.name.length && l.name.startsWith(s.name) && !/(区|市|省|县|分公司|子公司|分院|分厂)/.test(l.name.slice(s.name.length)));
    } else if (s.label !== 'Enterprise' && cjk(s.name) >= 4) {
      longer = free.filter((l) => l !== s && l.label === s.label && l.name.endsWith(s.name) && l.name.length - s.name.length <= 3 && !/(大学|学院|研究院|公司|集团)/.test(l.name.slice(0, l.name.length - s.name.length)));
    }
    const [only] = longer;
    if (only && longer.length === 1) to.set(s.id, only.id);
  }
  // follow chains (A → B → C)
  for (const [a, first] of to) {
    let b = first;
    for (let i = 0; i < 10; i++) {
      const next = to.get(b);
      if (next === undefined) break;
      b = next;
    }
    to.set(a, b);
  }
  return to;
}
