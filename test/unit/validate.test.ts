// The validate stage: every batch is checked against the data model before it is stored.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GraphBatch } from '../../server/src/model.ts';
import { collectInputFiles, ingestFile } from '../../server/src/ingest/index.ts';
import { validateBatch } from '../../server/src/ingest/validate/index.ts';
import { seedsContext } from '../fixtures/ingest-context.ts';

const TEXT = '1.依托飞腾等企业，发展信创产业。';
const ev = (start: number, end: number) => ({ documentId: 'doc:x', text: TEXT.slice(start, end), start, end });
function batch(): GraphBatch {
  return {
    documentId: 'doc:x',
    sourceHash: '0',
    nodes: [
      { id: 'doc:x', label: 'Document', name: 'x', aliases: [], properties: {} },
      { id: 'measure:x:1', label: 'Measure', name: '1', aliases: [], properties: {} },
      { id: 'enterprise:飞腾', label: 'Enterprise', name: '飞腾', aliases: [], properties: {} },
      { id: 'industry:信创', label: 'Industry', name: '信创', aliases: [], properties: {} },
    ],
    edges: [
      { id: 'CONTAINS:doc:x->measure:x:1', type: 'CONTAINS', source: 'doc:x', target: 'measure:x:1', properties: {}, evidence: [ev(0, TEXT.length)] },
      { id: 'IN_INDUSTRY:enterprise:飞腾->industry:信创', type: 'IN_INDUSTRY', source: 'enterprise:飞腾', target: 'industry:信创', properties: {}, evidence: [ev(2, TEXT.length)] },
    ],
  };
}

describe('validateBatch', () => {
  it('a sound batch has no violations', () => {
    expect(validateBatch(batch(), TEXT)).toEqual([]);
  });

  it('an edge whose end is no node of the batch', () => {
    const b = batch();
    b.edges.push({ id: 'MENTIONS:measure:x:1->lab:某实验室', type: 'MENTIONS', source: 'measure:x:1', target: 'lab:某实验室', properties: {}, evidence: [ev(0, 5)] });
    expect(validateBatch(b, TEXT)).toEqual([expect.objectContaining({ rule: 'endpoint', id: 'MENTIONS:measure:x:1->lab:某实验室' })]);
  });

  it('label pairs per relation type: HOSTS goes from a Park, IN_INDUSTRY from an Enterprise', () => {
    const b = batch();
    b.edges.push({ id: 'HOSTS:enterprise:飞腾->industry:信创', type: 'HOSTS', source: 'enterprise:飞腾', target: 'industry:信创', properties: {}, evidence: [ev(2, 8)] });
    b.edges.push({ id: 'IN_INDUSTRY:industry:信创->enterprise:飞腾', type: 'IN_INDUSTRY', source: 'industry:信创', target: 'enterprise:飞腾', properties: {}, evidence: [ev(2, 8)] });
    const v = validateBatch(b, TEXT);
    expect(v.map((x) => [x.rule, x.id])).toEqual([
      ['labels', 'HOSTS:enterprise:飞腾->industry:信创'],
      ['labels', 'IN_INDUSTRY:industry:信创->enterprise:飞腾'],
    ]);
    expect(v[0]?.message).toContain('HOSTS does not go from Enterprise to Industry');
  });

  it('evidence: present, from this document, quoting its text exactly', () => {
    const b = batch();
    const [contains, inIndustry] = b.edges;
    if (!contains || !inIndustry) throw new Error('fixture');
    contains.evidence = [];
    inIndustry.evidence = [{ ...ev(2, 8), text: '依托华为等企业' }];
    expect(validateBatch(b, TEXT).map((x) => [x.rule, x.id])).toEqual([
      ['evidence', contains.id],
      ['evidence', inIndustry.id],
    ]);
  });

  it('every seed batch is sound, and the report lists no violations', async () => {
    for (const f of await collectInputFiles([join(import.meta.dirname, '..', '..', 'seeds')])) {
      const { batch: b, doc, report } = await ingestFile(f, seedsContext);
      expect(validateBatch(b, doc.source.text), f).toEqual([]);
      expect(report.violations).toEqual([]);
    }
  });
});
