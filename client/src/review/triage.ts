// Keyboard triage of the review queue, as pure state (unit-tested without a DOM): the loaded
// facts, the one in focus, what this session decided, and the session's own undo stack.
import { toCsv } from '../export.ts';
import type { Change, QueueEdge, QueueItem } from './api.ts';

export type Decision = 'accepted' | 'rejected' | 'edited';

export interface TriageEntry {
  item: QueueItem;
  decision: Decision | null;
  /** The change that decided it (undone by the session's undo). */
  changeId: string | null;
  /** For an edit that replaced the edge: the corrected edge. */
  replacement?: QueueEdge | null;
}

export interface TriageState {
  entries: TriageEntry[];
  index: number;
  /** Decisions of this session, newest last: what `undo` takes back. */
  history: { entryId: string; changeId: string; decision: Decision }[];
}

export const EMPTY_TRIAGE: TriageState = { entries: [], index: 0, history: [] };

export function withItems(s: TriageState, items: QueueItem[], append: boolean): TriageState {
  if (!append) return { entries: items.map((item) => ({ item, decision: null, changeId: null })), index: 0, history: s.history };
  const seen = new Set(s.entries.map((e) => e.item.edge.id));
  return { ...s, entries: [...s.entries, ...items.filter((i) => !seen.has(i.edge.id)).map((item) => ({ item, decision: null, changeId: null }))] };
}

export function current(s: TriageState): TriageEntry | null {
  return s.entries[s.index] ?? null;
}

export function move(s: TriageState, by: number): TriageState {
  if (s.entries.length === 0) return s;
  return { ...s, index: Math.max(0, Math.min(s.entries.length - 1, s.index + by)) };
}

export function goTo(s: TriageState, index: number): TriageState {
  return index >= 0 && index < s.entries.length ? { ...s, index } : s;
}

/** The next entry after `from` nobody decided yet (or the last one). */
function nextOpen(entries: TriageEntry[], from: number): number {
  for (let i = from + 1; i < entries.length; i++) if (!entries[i]!.decision) return i;
  return Math.min(from + 1, Math.max(0, entries.length - 1));
}

/** Record a decision on the entry of `edgeId` and move to the next open fact. */
export function decide(s: TriageState, edgeId: string, decision: Decision, changeId: string, replacement?: QueueEdge | null): TriageState {
  const i = s.entries.findIndex((e) => e.item.edge.id === edgeId);
  if (i < 0) return s;
  const entries = s.entries.map((e, j) => (j === i ? { ...e, decision, changeId, replacement: replacement ?? null } : e));
  return { entries, index: nextOpen(entries, i), history: [...s.history, { entryId: edgeId, changeId, decision }] };
}

/** The session's last decision, to undo (null when there is none). */
export function lastDecision(s: TriageState): TriageState['history'][number] | null {
  return s.history[s.history.length - 1] ?? null;
}

/** After the server undid the last decision: the fact is open again and in focus. */
export function undone(s: TriageState): TriageState {
  const last = lastDecision(s);
  if (!last) return s;
  const i = s.entries.findIndex((e) => e.item.edge.id === last.entryId);
  const entries = s.entries.map((e, j) => (j === i ? { ...e, decision: null, changeId: null, replacement: null } : e));
  return { entries, index: i >= 0 ? i : s.index, history: s.history.slice(0, -1) };
}

export function decidedCount(s: TriageState): number {
  return s.entries.filter((e) => e.decision).length;
}

export type TriageAction = 'accept' | 'reject' | 'edit' | 'next' | 'prev' | 'undo' | 'note';

/**
 * Keys of the review view: a/y accept, r/x reject, e edit, j/↓/n… next, k/↑ previous,
 * u or Ctrl/⌘+Z undo, Enter accept-as-is is deliberately not bound (a stray Enter must not decide).
 */
export function keyAction(e: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }): TriageAction | null {
  if (e.altKey) return null;
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') return 'undo';
  if (e.ctrlKey || e.metaKey) return null;
  switch (e.key) {
    case 'a':
    case 'y':
      return 'accept';
    case 'r':
    case 'x':
      return 'reject';
    case 'e':
      return 'edit';
    case 'j':
    case 'ArrowDown':
      return 'next';
    case 'k':
    case 'ArrowUp':
      return 'prev';
    case 'u':
      return 'undo';
    case 'n':
      return 'note';
    default:
      return null;
  }
}

const OP_ZH: Record<Change['op'], string> = { ACCEPT: '确认', REJECT: '拒绝', EDIT: '修改', ADD: '新增', MERGE: '合并', SPLIT: '拆分', UNDO: '撤销' };

export function opZh(op: Change['op']): string {
  return OP_ZH[op];
}

/** The audit trail as CSV (formula-looking cells neutralised by toCsv). */
export function changesCsv(list: readonly Change[]): string {
  return toCsv(
    ['seq', 'id', 'at', 'author', 'op', 'op_zh', 'summary', 'note', 'target', 'nodes', 'active', 'undone_by'],
    list.map((c) => [c.seq, c.id, c.at, c.author, c.op, OP_ZH[c.op], c.summary, c.note, c.target, c.nodeIds.join(' '), c.active ? 'yes' : 'no', c.undoneBy?.id ?? '']),
  );
}

/** Names to highlight in a fact's sentence: both ends and their aliases (short ones only). */
export function highlightNames(e: Pick<QueueEdge, 'source' | 'target'>): string[] {
  const out = new Set<string>();
  for (const n of [e.source, e.target]) {
    if (n.label === 'Measure' || n.label === 'Document') continue;
    for (const x of [n.name, ...n.aliases]) if (x.length >= 2 && x.length <= 30) out.add(x);
  }
  return [...out];
}
