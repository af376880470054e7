// The edge-key table (store/embedded/edge-keys.ts) against a plain Map, through random histories of
// the calls the core makes: find (a miss remembers where it ended), add right after that miss or
// after other calls in between, remove (deleted marks), reserve (a rehash between a find and its add).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EdgeKeyIndex, type EdgeColumns } from '../../server/src/store/embedded/edge-keys.ts';

type Op =
  | { k: 'add'; type: number; s: number; t: number; findFirst: boolean; between: 'none' | 'find-other' | 'reserve' | 'remove-other' }
  | { k: 'remove'; pick: number }
  | { k: 'find'; type: number; s: number; t: number };

const key = (type: number, s: number, t: number) => `${type}:${s}:${t}`;

function run(ops: Op[]): void {
  const cap = ops.length + 8;
  const cols: EdgeColumns = { eType: new Uint8Array(cap), eS: new Int32Array(cap), eT: new Int32Array(cap) };
  const idx = new EdgeKeyIndex(() => cols);
  const ref = new Map<string, number>();
  const live: number[] = [];
  let next = 0;
  const check = (type: number, s: number, t: number) => expect(idx.find(type, s, t)).toBe(ref.get(key(type, s, t)) ?? -1);
  const removeAt = (pick: number) => {
    if (live.length === 0) return;
    const j = live.splice(pick % live.length, 1)[0]!;
    idx.remove(j);
    ref.delete(key(cols.eType[j]!, cols.eS[j]!, cols.eT[j]!));
  };
  for (const op of ops) {
    if (op.k === 'find') check(op.type, op.s, op.t);
    else if (op.k === 'remove') removeAt(op.pick);
    else {
      if (ref.has(key(op.type, op.s, op.t))) continue; // the core adds only keys it found missing
      if (op.findFirst) expect(idx.find(op.type, op.s, op.t)).toBe(-1);
      if (op.between === 'find-other') idx.find((op.type + 1) % 3, op.t, op.s);
      else if (op.between === 'reserve') idx.reserve(idx.size + 50);
      else if (op.between === 'remove-other') removeAt(op.s);
      const j = next++;
      cols.eType[j] = op.type;
      cols.eS[j] = op.s;
      cols.eT[j] = op.t;
      idx.add(j);
      ref.set(key(op.type, op.s, op.t), j);
      live.push(j);
    }
    expect(idx.size).toBe(ref.size);
  }
  for (const [k, j] of ref) {
    const [type, s, t] = k.split(':').map(Number) as [number, number, number];
    expect(idx.find(type, s, t)).toBe(j);
  }
  // keys never added, or added and removed, are not found
  for (let s = 0; s < 12; s++) for (let t = 0; t < 12; t++) for (let type = 0; type < 3; type++) check(type, s, t);
}

const small = fc.integer({ min: 0, max: 11 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ k: fc.constant('add' as const), type: fc.integer({ min: 0, max: 2 }), s: small, t: small, findFirst: fc.boolean(), between: fc.constantFrom('none' as const, 'find-other' as const, 'reserve' as const, 'remove-other' as const) }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('remove' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('find' as const), type: fc.integer({ min: 0, max: 2 }), s: small, t: small }) },
);

describe('edge-key table (write10)', () => {
  it('finds exactly the keys added and not removed, whatever happens between a missed find and its add', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 400 }), (ops) => run(ops)), { numRuns: 300 });
  });

  it('stays correct through growth: 20,000 keys added after a missed find each, half removed, re-added', () => {
    const n = 20_000;
    const cols: EdgeColumns = { eType: new Uint8Array(2 * n), eS: new Int32Array(2 * n), eT: new Int32Array(2 * n) };
    const idx = new EdgeKeyIndex(() => cols);
    for (let j = 0; j < n; j++) {
      cols.eType[j] = j % 3;
      cols.eS[j] = j % 997;
      cols.eT[j] = Math.floor(j / 997);
      expect(idx.find(j % 3, j % 997, Math.floor(j / 997))).toBe(-1);
      idx.add(j);
    }
    for (let j = 0; j < n; j += 2) idx.remove(j);
    for (let j = 0; j < n; j++) expect(idx.find(j % 3, j % 997, Math.floor(j / 997))).toBe(j % 2 === 0 ? -1 : j);
    // re-add the removed keys under new slots (deleted marks reused on the probe path)
    idx.reserve(idx.size + n / 2);
    for (let j = 0; j < n; j += 2) {
      const k = n + j;
      cols.eType[k] = j % 3;
      cols.eS[k] = j % 997;
      cols.eT[k] = Math.floor(j / 997);
      expect(idx.find(j % 3, j % 997, Math.floor(j / 997))).toBe(-1);
      idx.add(k);
    }
    expect(idx.size).toBe(n);
    for (let j = 0; j < n; j++) expect(idx.find(j % 3, j % 997, Math.floor(j / 997))).toBe(j % 2 === 0 ? n + j : j);
  });
});
