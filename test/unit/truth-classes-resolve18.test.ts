// Issue 12, resolution of short category words to the document's full industry names (blind16 r01, r02, r03): a firm
// typed by a short kind (A、B等整机企业, 等组件企业, 等金属粉末企业) belongs to the industry the document names in full.
// Short texts of the genre written for these tests (names invented, not in the lexicon).
import { describe, expect, it } from 'vitest';
import { EntityTable } from '../../server/src/ingest/entities/table.ts';
import { runDoc, runSnippet as run, strong } from '../fixtures/class-doc.ts';

const nodeNames = (x: ReturnType<typeof run>) => x.nodes.filter((n) => n.label === 'Industry').map((n) => n.name);

describe('a two-character kind is the name the sentence writes with it after a named industry (blind16 r01, r03)', () => {
  it('等整机企业 beside a chain ending in 矿山机械整机 → 矿山机械整机, no bare 整机', () => {
    const x = run('赤川经济技术开发区是全市矿山机械产业的核心承载区。开发区已集聚青岚重工、朔方机械等整机企业，初步形成“液压元件—传动系统—矿山机械整机”的本地配套链条。');
    expect(strong(x, 'IN_INDUSTRY')).toEqual(
      expect.arrayContaining(['enterprise:朔方机械 -> industry:矿山机械整机', 'enterprise:青岚重工 -> industry:矿山机械整机']),
    );
    expect(nodeNames(x)).not.toContain('整机');
  });
  it('two such names in the sentence (风电组件, 光伏组件) resolve to neither', () => {
    const x = run('开发区是全市风电和光伏的核心承载区。开发区已集聚青岚能源、朔方电力等组件企业，初步形成“风电组件—光伏组件—电站”的配套链条。');
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:朔方电力 -> industry:组件', 'enterprise:青岚能源 -> industry:组件']);
  });
  it('a longer kind names a category of its own: 等正极材料企业 beside 布局磷酸锰锂正极材料 is not typed by the product', () => {
    const x = run('全市重点发展磷酸锰锂。\n重点招引目标企业：青岚材料、朔方纳米等正极材料企业，来本市布局磷酸锰锂正极材料。');
    expect(strong(x, 'IN_INDUSTRY').filter((e) => /磷酸锰锂正极材料/.test(e))).toEqual([]);
  });
});

describe('X is the document’s X材料 / X产品 named before (blind16 r02)', () => {
  const plan = (parts: string) =>
    `赤川市支持先进结构材料产业高质量发展若干政策\n\n先进结构材料包括${parts}三大板块。先进钢铁材料重点发展高端板材。\n\n第七条 培育合金粉末产业。赤川高新技术产业开发区已集聚青岚粉末、朔方粉末冶金等合金粉末企业。\n`;
  it('培育X产业 after the 板块 X材料 → the firms typed 等X企业 belong to X材料, one node', async () => {
    const x = await runDoc(plan('先进钢铁材料、轻质合金材料和合金粉末材料'));
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:朔方粉末冶金 -> industry:合金粉末材料', 'enterprise:青岚粉末 -> industry:合金粉末材料']);
    expect(nodeNames(x)).not.toContain('合金粉末');
  });
  it('when both X材料 and X产品 are named, X stays itself', async () => {
    const x = await runDoc(plan('先进钢铁材料、合金粉末材料和合金粉末产品'));
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:朔方粉末冶金 -> industry:合金粉末', 'enterprise:青岚粉末 -> industry:合金粉末']);
  });
});

describe('compoundIn grows with the document, not with its square (work counted, never timed)', () => {
  const C = '东南西北中青山河湖海金银铜铁石松柏桃李梅兰竹菊星月华光明德信达安泰恒远';
  const stem = (i: number) => C[i % C.length]! + C[Math.floor(i / C.length) % C.length]!;
  /** n items, each naming an industry, then a typed list of 整机 firms in a sentence writing that industry's 整机. */
  const doc = (n: number) =>
    `某市产业发展规划\n\n三、重点任务\n${Array.from({ length: n }, (_, i) => `${i + 1}．加快发展${stem(i)}机械。开发区已集聚${stem(i)}重工、${stem(i)}动力等整机企业，形成“液压件—${stem(i)}机械整机”链条，${'完善配套设施，优化营商环境，'.repeat(3)}推动项目落地。`).join('\n')}\n`;
  it('the trie walks of compoundIn at n and 2n items: about double, not four times', async () => {
    const proto = EntityTable.prototype as unknown as { compoundIn: (k: string, t: string) => string | undefined };
    const run = proto.compoundIn;
    let probes = 0;
    proto.compoundIn = function (this: EntityTable, k: string, t: string) {
      const before = EntityTable.probes;
      try {
        return run.call(this, k, t);
      } finally {
        probes += EntityTable.probes - before;
      }
    };
    try {
      const counts: number[] = [];
      for (const n of [200, 400]) {
        probes = 0;
        const x = await runDoc(doc(n));
        expect(strong(x, 'IN_INDUSTRY')).toContain(`enterprise:${stem(n - 1)}重工 -> industry:${stem(n - 1)}机械整机`);
        counts.push(probes);
      }
      expect(counts[0]).toBeGreaterThan(0);
      expect(counts[1]! / counts[0]!).toBeLessThan(2.6);
    } finally {
      proto.compoundIn = run;
    }
  });
});
