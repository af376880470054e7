// The batch encoder keeps its growable sections from one batch to the next (write11): a batch's
// file must not depend on what was encoded before it (a large batch, then a small one; a batch
// that fell back to JSON half way), must not change when a later batch is encoded (the returned
// bytes share nothing with the sections), and an encode re-entered from inside another (a node's
// toJSON calling the encoder) must give both batches their own bytes.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBatch, encodeBatch, encodeBatchFile } from '../../server/src/batch-codec.ts';
import { edgeId, type GraphBatch, type GraphNode } from '../../server/src/model.ts';

const node = (id: string, name: string): GraphNode => ({ id, label: 'Enterprise', name, aliases: [], properties: {} });

function batch(tag: string, nodes: number): GraphBatch {
  const ns = Array.from({ length: nodes }, (_, i) => node(`${tag}${i}`, `${tag}企业${i}号`));
  const edges = ns.slice(1).map((n, i) => {
    const text = `${ns[i]!.name}与${n.name}合作。`;
    return { id: edgeId('SUPPORTS', ns[i]!.id, n.id), type: 'SUPPORTS' as const, source: ns[i]!.id, target: n.id, properties: {}, evidence: [{ documentId: `doc:${tag}`, text, start: 0, end: text.length }] };
  });
  return { documentId: `doc:${tag}`, sourceHash: tag, nodes: ns, edges };
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('the encoder reuses its sections across batches (write11)', () => {
  it('a batch encodes to the same bytes whatever was encoded before it, and earlier results stay intact', () => {
    const small = batch('s', 50);
    const large = batch('L', 20_000); // past the sections' first sizes: they grow
    const alone = Buffer.from(encodeBatch(small)!);
    const first = encodeBatch(large)!;
    const firstHash = sha(first);
    const after = encodeBatch(small)!;
    expect(Buffer.compare(after, alone)).toBe(0);
    // a third encode reuses the sections again: the first result is untouched
    encodeBatch(batch('x', 10_000));
    expect(sha(first)).toBe(firstHash);
    expect(decodeBatch(first)).toEqual(JSON.parse(JSON.stringify(large)));
    expect(decodeBatch(after)).toEqual(JSON.parse(JSON.stringify(small)));
  });

  it('a batch that falls back to JSON half way leaves nothing behind for the next one', () => {
    const small = batch('t', 40);
    const alone = Buffer.from(encodeBatch(small)!);
    const odd = batch('o', 5000);
    odd.nodes[4000]!.name = '孤\uD83D'; // a lone surrogate has no UTF-8 form: found after the sections filled
    expect(encodeBatch(odd)).toBeNull();
    expect(encodeBatchFile(odd).format).toBe('json');
    expect(Buffer.compare(encodeBatch(small)!, alone)).toBe(0);
  });

  it('an encode started from inside another (a toJSON) gets its own sections', () => {
    const inner = batch('i', 300);
    const innerAlone = Buffer.from(encodeBatch(inner)!);
    let innerBytes: Buffer | null = null;
    class Odd {
      id = 'odd';
      label = 'Enterprise';
      name = '奇';
      aliases = [];
      properties = {};
      toJSON() {
        innerBytes = encodeBatch(inner);
        return { id: this.id, label: this.label, name: this.name, aliases: [], properties: {} };
      }
    }
    const outer = batch('u', 300);
    outer.nodes.splice(150, 0, new Odd() as unknown as GraphNode); // not a plain object: goes as JSON
    const outerBytes = encodeBatch(outer)!;
    expect(innerBytes).not.toBeNull();
    expect(Buffer.compare(innerBytes!, innerAlone)).toBe(0);
    expect(decodeBatch(outerBytes)).toEqual(JSON.parse(JSON.stringify(outer)));
  });
});
