// Batch files whose strings carry surrogates (write10): a string is written in binary only when it
// is well-formed by itself. Two strings side by side can form a surrogate pair that neither has
// alone (a name ending in a lone high surrogate, the next string starting with a lone low one): the
// joined text looked well-formed, the file was written in binary, and it did not decode.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBatch, encodeBatchFile } from '../../server/src/batch-codec.ts';
import type { GraphBatch } from '../../server/src/model.ts';

/** What the store gets back from a batch file of either format. */
function readBack(batch: GraphBatch): unknown {
  const e = encodeBatchFile(batch);
  const buf = Buffer.from(e.data);
  return e.format === 'kgb' ? decodeBatch(buf) : JSON.parse(buf.toString('utf8'));
}

const node = (id: string, name: string) => ({ id, label: 'Enterprise' as const, name, aliases: [], properties: {} });

describe('batch files and surrogates (write10)', () => {
  it('a surrogate pair split across two strings goes as JSON and reads back exactly', () => {
    const batch: GraphBatch = { documentId: 'doc:x', sourceHash: 'h', nodes: [node('a', 'x\uD83D'), node('\uDE00b', 'y')], edges: [] };
    expect(encodeBatchFile(batch).format).toBe('json');
    expect(readBack(batch)).toEqual(JSON.parse(JSON.stringify(batch)));
  });

  it('well-formed pairs inside strings (CJK Extension B, emoji) stay binary', () => {
    const batch: GraphBatch = { documentId: 'doc:x', sourceHash: 'h', nodes: [node('n1', '𠀀科技有限公司'), node('n2', '🚀实验室')], edges: [] };
    expect(encodeBatchFile(batch).format).toBe('kgb');
    expect(readBack(batch)).toEqual(JSON.parse(JSON.stringify(batch)));
  });

  it('any mix of strings with surrogates, whatever the run boundaries, reads back as a JSON round trip gives', () => {
    const unit = fc.oneof(fc.constantFrom('\uD83D', '\uDE00', '\uD840', '\uDC00', '😀', '𠀀', '产', 'a'), fc.string({ maxLength: 3 }));
    const str = fc.array(unit, { maxLength: 4 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(str, str), { minLength: 1, maxLength: 30 }), fc.nat({ max: 9000 }), (pairs, pad) => {
        // `pad` plain nodes first move the surrogates across the encoder's runs of strings
        const nodes = [...Array.from({ length: pad }, (_, i) => node(`p${i}`, `名${i}`)), ...pairs.map(([id, name], i) => node(`${id}${i}`, name))];
        const batch: GraphBatch = { documentId: 'doc:s', sourceHash: 'h', nodes, edges: [] };
        expect(readBack(batch)).toEqual(JSON.parse(JSON.stringify(batch)));
      }),
      { numRuns: 60 },
    );
  });
});
