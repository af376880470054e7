// Issue 12, the park layer (blind17 r01, r07; blind14 r07): a zone's parts listed by 包括 in the clause after the zone's
// copula (P是全市X产业的核心承载区，包括A和B两个片区) are parts of P; a list of nothing but parts the document reads as
// parks may close the clause with no count or kind after it (包括A片区和B片区。).
// Short texts of the genre written for these tests (names invented, not in the lexicon).
import { describe, expect, it } from 'vitest';
import { runSnippet as run, strong } from '../fixtures/class-doc.ts';

const partOf = (x: ReturnType<typeof run>) => strong(x, 'PART_OF').filter((e) => e.startsWith('park:'));

describe('P是…核心承载区，包括A和B: the parts are P’s (blind17 r01, r07; blind14 r07)', () => {
  it('with the parts’ count and kind after the list', () => {
    const x = run('赤川经济技术开发区是全市绿色化工产业的核心承载区，包括青岚石化产业园和朔方新材料产业园两个片区。青岚石化产业园重点发展烯烃，朔方新材料产业园重点发展正极材料。');
    expect(partOf(x)).toEqual(expect.arrayContaining(['park:朔方新材料产业园 -> park:赤川经济技术开发区', 'park:青岚石化产业园 -> park:赤川经济技术开发区']));
  });
  it('with nothing after a list of parts read as parks', () => {
    const x = run('赤川高新技术产业开发区是全市锡产业的核心承载区，包括青岚片区和朔方片区。青岚片区重点发展锡冶炼，朔方片区重点发展锡化工。');
    expect(partOf(x)).toEqual(expect.arrayContaining(['park:朔方片区 -> park:赤川高新技术产业开发区', 'park:青岚片区 -> park:赤川高新技术产业开发区']));
  });
  it('a clause of focus between (P重点发展X，包括…) lists industries, not parts', () => {
    const x = run('赤川经济技术开发区重点发展绿色化工，包括青岚石化产业园和朔方新材料产业园两个片区的配套项目。');
    expect(partOf(x)).toEqual([]);
  });
  it('a park that is not the sentence’s subject (全市以P为核心承载区，包括…) lends it no parts', () => {
    const x = run('全市以赤川经济技术开发区为核心承载区，包括青岚片区和朔方片区。');
    expect(partOf(x).filter((e) => e.endsWith('赤川经济技术开发区'))).toEqual([]);
  });
});
