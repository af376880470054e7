// The review view's triage state and keys, without a DOM.
import { describe, expect, it } from 'vitest';
import type { Change, QueueItem } from '../../client/src/review/api.ts';
import { changesCsv, current, decide, decidedCount, EMPTY_TRIAGE, highlightNames, keyAction, lastDecision, move, undone, withItems } from '../../client/src/review/triage.ts';

function item(id: string): QueueItem {
  const end = (x: string) => ({ id: `industry:${x}`, label: 'Industry' as const, name: x, aliases: [`${x}产业`] });
  return { priority: 1, confidence: 1, basis: 'stated', dependents: 1, reason: '', edge: { id, type: 'PART_OF', role: null, properties: {}, source: end(id + 'a'), target: end(id + 'b'), evidence: [] } };
}

describe('review triage', () => {
  it('moves, decides (jumping to the next open fact) and undoes the session’s last decision', () => {
    let s = withItems(EMPTY_TRIAGE, ['e1', 'e2', 'e3', 'e4'].map(item), false);
    expect(current(s)?.item.edge.id).toBe('e1');
    s = move(s, 1);
    s = decide(s, 'e2', 'rejected', 'chg:1');
    expect(current(s)?.item.edge.id).toBe('e3');
    s = move(s, -2);
    expect(current(s)?.item.edge.id).toBe('e1');
    s = decide(s, 'e1', 'accepted', 'chg:2');
    // e2 is decided: the next open one is e3
    expect(current(s)?.item.edge.id).toBe('e3');
    expect(decidedCount(s)).toBe(2);
    expect(lastDecision(s)).toEqual({ entryId: 'e1', changeId: 'chg:2', decision: 'accepted' });
    s = undone(s);
    expect(current(s)?.item.edge.id).toBe('e1');
    expect(current(s)?.decision).toBeNull();
    expect(lastDecision(s)?.changeId).toBe('chg:1');
    expect(move(s, -5).index).toBe(0);
    expect(move(s, 50).index).toBe(3);
    // A later page appends without duplicates and keeps the decisions.
    s = withItems(s, ['e4', 'e5'].map(item), true);
    expect(s.entries.map((e) => e.item.edge.id)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    expect(s.entries[1]!.decision).toBe('rejected');
  });

  it('maps keys to actions; modifiers other than Ctrl+Z do nothing', () => {
    expect(['a', 'y', 'r', 'x', 'e', 'j', 'ArrowDown', 'k', 'ArrowUp', 'u', 'n'].map((key) => keyAction({ key }))).toEqual([
      'accept',
      'accept',
      'reject',
      'reject',
      'edit',
      'next',
      'next',
      'prev',
      'prev',
      'undo',
      'note',
    ]);
    expect(keyAction({ key: 'z', ctrlKey: true })).toBe('undo');
    expect(keyAction({ key: 'Z', metaKey: true })).toBe('undo');
    expect(keyAction({ key: 'a', ctrlKey: true })).toBeNull();
    expect(keyAction({ key: 'r', altKey: true })).toBeNull();
    expect(keyAction({ key: 'Enter' })).toBeNull();
  });

  it('highlights both ends and their aliases, not measures', () => {
    expect(highlightNames(item('信创').edge).sort()).toEqual(['信创a', '信创a产业', '信创b', '信创b产业'].sort());
  });

  it('exports the audit trail as CSV with formulas neutralised', () => {
    const c: Change = {
      id: 'chg:1',
      seq: 1,
      at: '2025-03-01T09:00:00.000Z',
      author: '=cmd|"/c calc"!A1',
      op: 'REJECT',
      kind: 'EDGE',
      target: 'HOSTS:park:x->industry:y',
      nodeIds: ['park:x', 'industry:y'],
      note: '@SUM(1)',
      summary: '拒绝关系：x —HOSTS→ y',
      active: true,
      undoneBy: null,
    };
    const csv = changesCsv([c]);
    expect(csv.startsWith('\uFEFFseq,id,at,author,op,op_zh,summary,note')).toBe(true);
    expect(csv).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(csv).toContain(`'@SUM(1)`);
    expect(csv).toContain('拒绝');
  });
});
