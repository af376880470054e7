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

describe('a long line with no punctuation naming many parks and firms (relations/parks.ts typedListsBefore: only a 在 before the park)', () => {
  // (characters drawn from the genre's words, the same every run: names of firms and parks end up in it by chance)
  const line = (n: number) => {
    const pool = '产业园区新材料智能装备电子信息生物医药发展重点集聚企业链主基地科技有限公司开发区高新区工业园一二三四五六七八九十';
    let a = 7; // (mulberry32, as bench/hostile.ts)
    const r = () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = Math.imul(a ^ (a >>> 15), a | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return Array.from({ length: n }, () => pool[Math.floor(r() * pool.length)]).join('');
  };
  // the work is counted, never timed: the characters every replace reads (the blanking of the names between a firm and
  // a park); 25 K → 50 K characters: 2.1 M → 6.7 M (3.2×, other readers of the line) now, 77 M → 872 M (11×) when
  // every firm blanked every name between it and every park after it
  const work = async (body: string) => {
    const proto = String.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
    const replace = proto.replace!;
    let read = 0;
    proto.replace = function (this: string, ...a: unknown[]) {
      read += this.length;
      return replace.apply(this, a);
    };
    try {
      const x = await runDoc(`某市产业园区发展规划\n\n${body}\n`);
      return { read, located: x.edges.filter((e) => e.type === 'LOCATED_IN').map((e) => `${e.source} -> ${e.target}`).sort() };
    } finally {
      proto.replace = replace;
    }
  };
  it('no longer blanks the names of the line for every firm and park (the work grows well below 4× per doubling)', async () => {
    const small = await work(line(25_000));
    const large = await work(line(50_000));
    expect(large.read / small.read).toBeLessThan(4);
  });
  it('still places typed lists of firms joined by 和 in the park after 在', async () => {
    const { located } = await work('东营港经济开发区重点发展化工。万华化学股份有限公司、利华益集团股份有限公司等化工企业和海科化工集团有限公司等新材料企业已在东营港经济开发区集聚发展。');
    expect(located).toEqual([
      'enterprise:万华化学 -> park:东营港经济开发区',
      'enterprise:利华益集团 -> park:东营港经济开发区',
      'enterprise:海科化工集团 -> park:东营港经济开发区',
    ]);
  });
});
