// SUPPORTS classes found by supports27 (blind18–blind32, dev sets). Each test runs a short document written for it (names
// and places invented) through the real read, structure and extraction stages, and asserts what the class gives and what
// must not come.
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../server/src/ingest/index.ts';
import { runDoc } from '../fixtures/class-doc.ts';

function named(x: Extraction, type: string): string[] {
  const name = new Map(x.nodes.map((n) => [n.id, n.name]));
  return x.edges
    .filter((e) => e.type === type && Number(e.properties.confidence ?? 1) >= 0.5)
    .map((e) => `${e.source.startsWith('measure:') ? '#' + e.source.split(':').pop() : name.get(e.source)} -> ${name.get(e.target)}`)
    .sort();
}

describe('the fields a measure\'s source labs serve (以L1、L2为创新源头，服务X和Y: blind18 r07, blind20 r02/r05, blind22 r03/r08, blind24 r02/r03/r08, blind31 r07, blind7 r08, dev8 r04)', () => {
  it('each field as written is supported, not only a shorter known term inside it', async () => {
    const x = await runDoc(
      '青禾省有色金属产业高质量发展实施意见\n\n一、总体要求\n推动有色金属产业沿“采选—冶炼—精深加工—新材料”方向延伸。\n\n二、重点任务\n' +
        '1．做强锆基新材料。青禾锆业扩大产能。\n2．强化科技创新。以青禾理工大学、青禾冶金研究院为创新源头，服务锆基新材料和钽铌新材料。\n',
    );
    const sup = named(x, 'SUPPORTS');
    expect(named(x, 'INNOVATES_FOR')).toContain('青禾理工大学 -> 锆基新材料');
    expect(sup).toContain('#2 -> 锆基新材料');
    expect(sup).toContain('#2 -> 钽铌新材料');
    // (the labs are no targets of the measure)
    expect(sup.filter((e) => /大学|研究院/.test(e))).toEqual([]);
  });
  it('short fields the lexicon does not know (服务沙棘和枸杞) are supported as the labs serve them', async () => {
    const x = await runDoc('白水市农产品精深加工2026年工作要点\n\n一、重点工作\n1．做强番茄制品。白水番茄公司扩大番茄酱产能。\n2．建设创新平台。以白水学院、白水农牧科学院为创新源头，服务沙棘和枸杞。\n');
    const sup = named(x, 'SUPPORTS');
    expect(sup).toContain('#2 -> 沙棘');
    expect(sup).toContain('#2 -> 枸杞');
  });
  it('a lab named in passing (依托L开展…), with no 为创新源头 mandate, gives the measure nothing through this rule', async () => {
    const x = await runDoc('青禾市新材料产业行动方案\n\n一、重点任务\n1．建设创新平台。青禾理工大学与青禾冶金研究院开展合作交流。\n');
    expect(named(x, 'SUPPORTS').filter((e) => /大学|研究院|合作/.test(e))).toEqual([]);
  });
});
