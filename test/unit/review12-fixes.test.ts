// Fixes from the review of the nodes11/parks11/chains11/struct11 round (/tmp/review1 findings 1, 2, 3, 4, 5, 6):
// each test fails on the code before its fix.
import { describe, expect, it } from 'vitest';
import { EdgeSet } from '../../server/src/ingest/relations/edges.ts';
import { splitJoined } from '../../server/src/ingest/relations/chains.ts';
import { measureText, runDoc, strong, structure } from '../fixtures/class-doc.ts';

describe('a title naming a chain in brackets inside its industry (X（Y）产业链…)', () => {
  it('gives Y PART_OF X from the title with full-width brackets, quoted as written, when the body does not restate it', async () => {
    for (const title of ['某市电子信息（印制电路板）产业链招商图谱', '某市电子信息(印制电路板)产业链招商图谱（２０２６年版）', '某市电子信息(印制电路板)产业链招商图谱　2026']) {
      const x = await runDoc(`${title}\n\n一、产业概况\n\n我市印制电路板企业集聚，甲乙电子落户鹤城产业园。\n`);
      const e = x.edges.find((k) => k.type === 'PART_OF' && k.source === 'industry:印制电路板' && k.target === 'industry:电子信息');
      expect(e, title).toBeDefined();
      // (runDoc checks every evidence slices the text; the title's is the title line as written)
      expect(e!.evidence.map((v) => v.text)).toContain(title);
    }
  });
});

describe('a level list with a note in brackets on some items (上游为正极材料（磷酸铁锂、三元材料）、负极材料和电解液)', () => {
  const doc = '某市锂电池产业链招商图谱\n\n一、产业链全景\n\n锂电池产业链上游为正极材料（磷酸铁锂、三元材料）、负极材料和电解液；中游为电芯、电池包。\n\n二、本地企业\n\n■上游环节：甲乙光电（正极材料）、丙丁材料（电解液）。\n';
  it('keeps every segment of the level, without the note', async () => {
    const x = await runDoc(doc);
    const part = strong(x, 'PART_OF');
    for (const s of ['正极材料', '负极材料', '电解液']) expect(part).toContain(`industry:${s} -> industry:锂电池`);
    expect(x.nodes.filter((n) => n.label === 'Industry' && /[（()）]/.test(n.name))).toEqual([]);
  });
  it('reads a level whose bracket is never closed as if it had none (正极材料（磷酸铁锂、负极材料和电解液)', async () => {
    const x = await runDoc('某市锂电池产业链招商图谱\n\n一、产业链全景\n\n■中游：正极材料（磷酸铁锂、负极材料和电解液。\n');
    const part = strong(x, 'PART_OF');
    for (const s of ['负极材料', '电解液']) expect(part).toContain(`industry:${s} -> industry:锂电池`);
  });
  it('reads a level whose every item is typed in brackets as firms, never as segments', async () => {
    const x = await runDoc(doc);
    expect(x.nodes.filter((n) => n.label === 'Industry' && /甲乙光电|丙丁材料/.test(n.name))).toEqual([]);
  });
});

describe('a chain link joining two segments (芳烃及烯烃) is split only when the document names each alone', () => {
  const g = { surface: '芳烃及烯烃', start: 10, end: 15 };
  it('splits after a verb of development naming both (增产芳烃、烯烃)', () => {
    expect(splitJoined(g, '形成“原油加工—芳烃及烯烃—化纤”产业链。增产芳烃、烯烃。').map((s) => s.surface)).toEqual(['芳烃', '烯烃']);
  });
  it('does not count a longer word ending or starting with a half (聚烯烃、多环芳烃)', () => {
    expect(splitJoined(g, '形成“原油加工—芳烃及烯烃—化纤”产业链。重点发展聚烯烃、多环芳烃、高端聚烯烃。').map((s) => s.surface)).toEqual(['芳烃及烯烃']);
  });
});

describe('a box (专栏) ends with its run of items', () => {
  it('an item after the box keeps all its paragraphs; the box’s items end at their paragraph', async () => {
    const d = await structure('岚州市新材料产业发展规划\n\n第一节　壮大碳纤维产业\n\n专栏1　新材料产业重点工程\n（1）碳纤维工程。建设岚州碳纤维产业园。\n（2）复合材料工程。实施复合材料技术改造项目。\n\n全市将设立新材料产业发展基金。\n\n（3）推进镁合金产业。支持岚州镁业发展镁合金。\n\n推动岚州镁业在岚州经济开发区建设镁合金压铸项目。\n');
    expect(measureText(d, '2')).toBe('（2）复合材料工程。实施复合材料技术改造项目。');
    expect(measureText(d, '3')).toContain('推动岚州镁业在岚州经济开发区建设镁合金压铸项目。');
  });
});

describe('EdgeSet keeps one evidence per sentence span, found by key', () => {
  it('adds each span once, keeps the surer judgment of a span read twice, in first-seen order', () => {
    const set = new EdgeSet();
    const ev = (start: number) => ({ documentId: 'doc:x', text: 'x', start, end: start + 1 });
    for (let k = 0; k < 2000; k++) set.add('PART_OF', 'industry:a', 'industry:b', ev(k), { basis: 'listed', confidence: 0.3 });
    set.add('PART_OF', 'industry:a', 'industry:b', ev(7), { basis: 'stated', confidence: 0.9 });
    set.add('PART_OF', 'industry:a', 'industry:b', ev(8), { basis: 'listed', confidence: 0.1 });
    const e = set.all()[0]!;
    expect(e.evidence.length).toBe(2000);
    expect(e.evidence.map((v) => v.start)).toEqual(Array.from({ length: 2000 }, (_, k) => k));
    expect(e.evidence[7]).toMatchObject({ basis: 'stated', confidence: 0.9 });
    expect(e.evidence[8]).toMatchObject({ basis: 'listed', confidence: 0.3 });
    expect(e.properties).toMatchObject({ confidence: 0.9 });
  });
});
