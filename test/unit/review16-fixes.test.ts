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

describe('one sentence naming many firms (relations/organisations.ts: the text with its organisations blanked out, once per sentence)', () => {
  const C = '东南西北中青山湖海金银铜铁石松柏桃李梅兰竹菊星月';
  const firms = (n: number) => Array.from({ length: n }, (_, i) => `${C[i % C.length]}${C[Math.floor(i / C.length)]}${['科技', '材料', '电子', '装备'][i % 4]}股份有限公司`);
  // the work is counted, never timed: every call of the string cuts the blanking made (slice, repeat, split);
  // 100 → 200 firms: 1.9× now, 3.6× when each firm blanked every firm of the sentence again
  const work = async (n: number) => {
    const proto = String.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
    const cuts = ['slice', 'repeat', 'split'].map((k) => [k, proto[k]!] as const);
    let calls = 0;
    for (const [k, f] of cuts)
      proto[k] = function (this: string, ...a: unknown[]) {
        calls++;
        return f.apply(this, a);
      };
    try {
      const x = await runDoc(`某市新能源汽车产业发展规划\n\n依托${firms(n).join('、')}等企业，重点发展动力电池和整车制造。\n`);
      return { calls, firms: x.nodes.filter((e) => e.label === 'Enterprise').length, inIndustry: x.edges.filter((e) => e.type === 'IN_INDUSTRY').length };
    } finally {
      for (const [k, f] of cuts) proto[k] = f;
    }
  };
  it('grows the work about as the firms do, with the same firms and ties read', async () => {
    const small = await work(100);
    const large = await work(200);
    expect([small.firms, large.firms]).toEqual([100, 200]);
    expect(small.inIndustry).toBeGreaterThanOrEqual(100);
    expect(large.inIndustry).toBe(2 * small.inIndustry);
    expect(large.calls / small.calls).toBeLessThan(2.6);
  });
});
