// Undo/redo of canvas changes: a bounded stack of immutable snapshots (GraphState maps are
// never mutated, so a snapshot is just a reference). Pure; App holds it in a ref.
export interface UndoStack<T> {
  past: T[];
  present: T;
  future: T[];
}

export const UNDO_LIMIT = 50;

export function undoInit<T>(present: T): UndoStack<T> {
  return { past: [], present, future: [] };
}

/** Records a new present (no-op when it is the same object). */
export function undoPush<T>(s: UndoStack<T>, next: T): UndoStack<T> {
  if (next === s.present) return s;
  return { past: [...s.past, s.present].slice(-UNDO_LIMIT), present: next, future: [] };
}

export function undo<T>(s: UndoStack<T>): UndoStack<T> {
  const prev = s.past[s.past.length - 1];
  if (prev === undefined) return s;
  return { past: s.past.slice(0, -1), present: prev, future: [s.present, ...s.future] };
}

export function redo<T>(s: UndoStack<T>): UndoStack<T> {
  const [next, ...rest] = s.future;
  if (next === undefined) return s;
  return { past: [...s.past, s.present], present: next, future: rest };
}
