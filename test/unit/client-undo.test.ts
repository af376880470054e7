// Undo/redo of canvas snapshots.
import { describe, expect, it } from 'vitest';
import { UNDO_LIMIT, redo, undo, undoInit, undoPush } from '../../client/src/undo.ts';

describe('undo stack', () => {
  it('undoes and redoes in order, and a new change clears the redo branch', () => {
    let s = undoInit('a');
    s = undoPush(s, 'b');
    s = undoPush(s, 'c');
    s = undo(s);
    expect(s.present).toBe('b');
    s = undo(s);
    expect(s.present).toBe('a');
    expect(undo(s)).toBe(s); // nothing left to undo: same object
    s = redo(s);
    expect(s.present).toBe('b');
    expect(s.future).toEqual(['c']);
    s = undoPush(s, 'x');
    expect(s.future).toEqual([]);
    expect(redo(s)).toBe(s);
    expect(s.past).toEqual(['a', 'b']);
  });

  it('ignores pushing the same snapshot (no empty undo steps)', () => {
    const snap = { n: 1 };
    const s = undoPush(undoInit(snap), snap);
    expect(s.past).toEqual([]);
  });

  it('keeps at most UNDO_LIMIT steps, dropping the oldest', () => {
    let s = undoInit(0);
    for (let i = 1; i <= UNDO_LIMIT + 10; i++) s = undoPush(s, i);
    expect(s.past).toHaveLength(UNDO_LIMIT);
    expect(s.past[0]).toBe(10);
    while (s.past.length) s = undo(s);
    expect(s.present).toBe(10);
  });
});
