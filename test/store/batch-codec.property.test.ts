// The binary batch file (server/src/batch-codec.ts): decoding gives exactly what a
// JSON round trip gives, for well-formed batches and for odd shapes the compact tags cannot say
// (extra keys, unusual types: those elements travel as JSON); a torn, truncated or altered file
// is refused with a clear error, never decoded into part of a batch.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeId, type GraphBatch } from '../../server/src/model.ts';
import { BatchDecodeError, decodeBatch, encodeBatch } from '../../server/src/batch-codec.ts';

const json = fc.jsonValue({ maxDepth: 2 });
const str = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.string({ maxLength: 4, unit: 'grapheme' }), // any Unicode, astral planes included
  fc.constantFrom('信创谷', 'enterprise:e0', '中国信创谷\u0000', '😀', '', '\u00e9\u07ff\u0800\uffff'),
);
const props = fc.dictionary(fc.string({ maxLength: 4 }), json, { maxKeys: 3 });

const evidenceArb = fc.oneof(
  { weight: 8, arbitrary: fc.record(
    {
      documentId: str,
      section: str,
      text: str,
      start: fc.oneof(fc.nat(), fc.constant(2 ** 40)),
      end: fc.nat(),
      basis: fc.constantFrom('stated', 'inferred-from-list'),
      confidence: fc.oneof(fc.double(), fc.constant(-0), fc.constant(0.5)),
    },
    { requiredKeys: ['documentId', 'text', 'start', 'end'] },
  ) },
  // shapes the compact form cannot carry: negative or fractional offsets, extra keys, wrong types
  { weight: 1, arbitrary: fc.record({ documentId: str, text: str, start: fc.double(), end: fc.integer({ min: -5, max: 5 }), extra: json }) },
  { weight: 1, arbitrary: fc.record({ documentId: fc.integer(), text: str, start: fc.nat(), end: fc.nat(), section: fc.constant(undefined) }) },
);

const nodeArb = fc.oneof(
  { weight: 8, arbitrary: fc.record({ id: str, label: fc.constantFrom('Enterprise', 'Industry', 'Park'), name: str, aliases: fc.array(str, { maxLength: 3 }), properties: props }) },
  { weight: 1, arbitrary: fc.record({ id: str, label: str, name: str, aliases: fc.array(str, { maxLength: 2 }), properties: props, more: json }) },
  { weight: 1, arbitrary: fc.record({ id: str, label: str, name: fc.integer(), aliases: fc.constant([1, null]), properties: fc.constant(null) }) },
);

const edgeArb = fc
  .record({
    type: fc.constantFrom('IN_INDUSTRY', 'HOSTS', 'MENTIONS'),
    source: str,
    target: str,
    custom: fc.option(str),
    properties: props,
    evidence: fc.array(evidenceArb, { maxLength: 3 }),
    odd: fc.option(json),
  })
  .map(({ type, source, target, custom, properties, evidence, odd }) => ({
    id: custom ?? edgeId(type as never, source, target),
    type,
    source,
    target,
    properties,
    evidence,
    ...(odd !== null ? { odd } : {}),
  }));

const batchArb = fc.record({
  documentId: str,
  sourceHash: str,
  nodes: fc.array(nodeArb, { maxLength: 6 }),
  edges: fc.array(edgeArb, { maxLength: 6 }),
}) as unknown as fc.Arbitrary<GraphBatch>;

const viaJson = (b: unknown) => JSON.parse(JSON.stringify(b)) as unknown;

describe('binary batch files', () => {
  it('decode to exactly what a JSON round trip gives', () => {
    fc.assert(
      fc.property(batchArb, (batch) => {
        const buf = encodeBatch(batch);
        expect(buf).not.toBeNull();
        expect(decodeBatch(buf!)).toStrictEqual(viaJson(batch));
      }),
      { numRuns: 300 },
    );
  });

  it('leave a batch with extra top-level fields or a lone surrogate to JSON (null), and are smaller than JSON on real shapes', () => {
    expect(encodeBatch({ documentId: 'd', sourceHash: 'h', nodes: [], edges: [], report: {} } as GraphBatch)).toBeNull();
    expect(encodeBatch({ documentId: 'd', sourceHash: 'h', nodes: [{ id: 'x', label: 'Lab', name: 'a\ud800b', aliases: [], properties: {} }], edges: [] })).toBeNull();
    const edges = Array.from({ length: 200 }, (_, i) => {
      const source = `enterprise:syn${i}`;
      const target = `industry:syn${i % 7}`;
      const text = `${source}与${target}相关的示例句子。`;
      return { id: edgeId('IN_INDUSTRY', source, target), type: 'IN_INDUSTRY' as const, source, target, properties: {}, evidence: [{ documentId: 'doc:x', text, start: 0, end: text.length }] };
    });
    const batch: GraphBatch = { documentId: 'doc:x', sourceHash: 'h', nodes: [], edges };
    const bin = encodeBatch(batch)!;
    expect(decodeBatch(bin)).toStrictEqual(viaJson(batch));
    expect(bin.length * 2).toBeLessThan(Buffer.byteLength(JSON.stringify(batch)));
  });

  it('refuse a truncated, extended, altered-header or foreign file with a clear error', () => {
    const batch: GraphBatch = {
      documentId: 'doc:t',
      sourceHash: 'h',
      nodes: [{ id: 'park:p', label: 'Park', name: '中国信创谷', aliases: ['信创谷'], properties: { level: 1 } }],
      edges: [{ id: 'HOSTS:park:p->industry:i', type: 'HOSTS', source: 'park:p', target: 'industry:i', properties: {}, evidence: [{ documentId: 'doc:t', text: '信创谷承载信创产业。', start: 0, end: 10 }] }],
    };
    const buf = encodeBatch(batch)!;
    for (let cut = 0; cut < buf.length; cut++) expect(() => decodeBatch(buf.subarray(0, cut)), `cut at ${cut}`).toThrow(BatchDecodeError);
    expect(() => decodeBatch(Buffer.concat([buf, Buffer.from([0])]))).toThrow(/size does not match/);
    const v2 = Buffer.from(buf);
    v2.writeUInt32LE(99, 8);
    expect(() => decodeBatch(v2)).toThrow(/version 99/);
    expect(() => decodeBatch(Buffer.from(JSON.stringify(batch)))).toThrow(/not a binary batch/);
    // A body whose counts or indexes point outside the file: refused, never read out of bounds.
    const body = 28 + buf.readUInt32LE(16) + buf.readUInt32LE(20);
    for (let i = body; i < buf.length; i++) {
      const bad = Buffer.from(buf);
      bad[i] = 0xff;
      let out: unknown;
      try {
        out = decodeBatch(bad);
      } catch (err) {
        expect(err).toBeInstanceOf(Error);
        continue;
      }
      // A changed byte that still decodes gives a whole batch (the manifest's sha256 catches it on load).
      expect(out).toMatchObject({ nodes: expect.any(Array), edges: expect.any(Array) });
    }
  });
});
