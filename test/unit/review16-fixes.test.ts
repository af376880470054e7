// Safety of extraction on hostile input (fix16; issue: a small hostile file must never take the server down). A
// pattern's backtracking cannot be counted from JavaScript without a clock, so a pattern's fix is pinned by its answers
// on the hostile input and its neighbours (the CPU figures are in each commit message); a loop's work is counted.
import { describe, expect, it } from 'vitest';
import { runDoc } from '../fixtures/class-doc.ts';

const hosts = async (body: string) =>
  (await runDoc(`某市产业发展规划\n\n${body}\n`)).edges.filter((e) => e.type === 'HOSTS').map((e) => `${e.source} -> ${e.target}`).sort();

describe('a line that is only a park’s name, with a long run of blanks (relations/layout.ts onlyPark: closing marks from the first of their run)', () => {
  const blanks = ' \t'.repeat(20_000);
  const focus = '重点发展化工新材料和高端装备。';
  it('still leads the next line with blanks or a closing mark after the name, and leads nothing when the line goes on after them', async () => {
    const led = ['park:东营港经济开发区 -> industry:化工新材料', 'park:东营港经济开发区 -> industry:高端装备'];
    expect(await hosts(`（一）东营港经济开发区\n${focus}`)).toEqual(led);
    expect(await hosts(`（一）东营港经济开发区${blanks}\n${focus}`)).toEqual(led);
    expect(await hosts(`（一）东营港经济开发区：${blanks}\n${focus}`)).toEqual(led);
    expect(await hosts(`东营港经济开发区${blanks}。${focus}`)).toEqual(led);
    expect(await hosts(`东营港经济开发区${blanks}x。${focus}`)).toEqual([]);
    expect(await hosts(`东营港经济开发区${blanks}x\n${focus}`)).toEqual([]);
  });
});
