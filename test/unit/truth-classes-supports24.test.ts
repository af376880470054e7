// SUPPORTS classes found by supports24 in blind22–24 and counted across the development sets. Each test runs a
// short document written for it (names invented) through the real read, structure and extraction stages.
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../server/src/ingest/index.ts';
import { runDoc } from '../fixtures/class-doc.ts';

/** SUPPORTS at confidence ≥ 0.5 as "#number -> industry name". */
function supports(x: Extraction): string[] {
  const name = new Map(x.nodes.map((n) => [n.id, n.name]));
  return x.edges
    .filter((e) => e.type === 'SUPPORTS' && Number(e.properties.confidence ?? 1) >= 0.5)
    .map((e) => `#${e.source.split(':').pop()} -> ${name.get(e.target)}`)
    .sort();
}

describe('a measure titled with the chain or branch of one industry supports that industry (blind22 r08, blind23 r03, blind24 r08, blind11 r03, blind2 n01)', () => {
  const doc =
    '某市2026年特色农产品加工产业工作要点\n\n' +
    '为推动蓝杏、山羊两条加工链提档升级，现将工作要点印发如下。\n\n' +
    '一、做强加工链\n\n' +
    '1. 蓝杏产业链。以甲杏业公司为龙头，发展杏仁露和杏脯。\n' +
    '2、做强山羊全产业链。支持乙牧业公司发展羊肉熟食。\n' +
    '3. 培育功能陶瓷板块。重点发展压电陶瓷元件。\n' +
    '4. 延伸碳纤维布链条。推动丙材料公司向碳纤维预浸料和碳纤维编织件延伸。\n' +
    '5. 延伸下游链条。支持企业发展杏仁饮品。\n';

  it('links each titled measure to the industry its title names, lexicon or not', async () => {
    const s = supports(await runDoc(doc));
    expect(s).toContain('#1 -> 蓝杏');
    expect(s).toContain('#2 -> 山羊');
    expect(s).toContain('#3 -> 功能陶瓷');
    expect(s).toContain('#4 -> 碳纤维布');
  });

  it('reads no industry from a chain position (延伸下游链条), and the links a chain is extended to are no parts of it', async () => {
    const x = await runDoc(doc);
    expect(supports(x).filter((e) => /下游/.test(e))).toEqual([]);
    const name = new Map(x.nodes.map((n) => [n.id, n.name]));
    const partOf = x.edges.filter((e) => e.type === 'PART_OF').map((e) => `${name.get(e.source)} -> ${name.get(e.target)}`);
    expect(partOf.filter((p) => p.endsWith('-> 碳纤维布'))).toEqual([]);
  });

  it('does not read the short form of a longer name the document used before as a field of its own', async () => {
    const x = await runDoc(
      '某市中药产业链工作方案\n\n产业链主链条为“中药材种植—中药饮片—中药康养”。\n\n' +
        '1. 延伸康养链条。支持丁药业公司开发药膳食品。\n',
    );
    expect(x.nodes.filter((n) => n.name === '康养')).toEqual([]);
  });
});
