// Issue 12, the park layer (blind19, blind20): LOCATED_IN and HOSTS that unseen text of the genre states and the parks
// reader left.
// Short texts of the genre written for these tests (names invented, not in the lexicon).
import { describe, expect, it } from 'vitest';
import { runDoc, strong } from '../fixtures/class-doc.ts';

const locatedIn = (x: Awaited<ReturnType<typeof runDoc>>) => strong(x, 'LOCATED_IN').filter((e) => !e.startsWith('park:'));

describe('P：重点发展X，区内已建成A工厂和B生产基地: the firms whose works stand in P are in P (blind20 r07, r01; dev8 r01)', () => {
  const firms = '重点企业：青岚重工、朔方农机。\n';
  it('a later clause whose only subject is a word for inside the park', async () => {
    const x = await runDoc(`${firms}■赤川高新技术产业开发区：重点发展拖拉机和联合收割机，区内已建成青岚重工工厂和朔方农机生产基地。\n`);
    expect(locatedIn(x)).toEqual(['enterprise:朔方农机 -> park:赤川高新技术产业开发区', 'enterprise:青岚重工 -> park:赤川高新技术产业开发区']);
  });
  it('the park itself the subject of 已建成', async () => {
    const x = await runDoc(`${firms}赤川高新技术产业开发区已建成青岚重工工厂和朔方农机生产基地，重点发展拖拉机。\n`);
    expect(locatedIn(x)).toEqual(['enterprise:朔方农机 -> park:赤川高新技术产业开发区', 'enterprise:青岚重工 -> park:赤川高新技术产业开发区']);
  });
  it('a plan to build (力争建成, 将建成) places nothing', async () => {
    const x = await runDoc(`${firms}■赤川高新技术产业开发区：重点发展拖拉机和联合收割机，力争建成青岚重工工厂和朔方农机生产基地。\n`);
    expect(locatedIn(x)).toEqual([]);
    const y = await runDoc(`${firms}■赤川高新技术产业开发区：重点发展拖拉机和联合收割机，区内将建成青岚重工工厂和朔方农机生产基地。\n`);
    expect(locatedIn(y)).toEqual([]);
  });
});
