// Annotating a document's text for the reader: occurrences of extracted entities (by label) and
// the evidence sentence the reader was opened at. Pure (unit-tested).
import type { Label } from './api.ts';

export interface TextSpan {
  text: string;
  /** Start offset in the document text. */
  start: number;
  /** Label of the entity named here, if any. */
  label?: Label;
  /** Id of that entity. */
  id?: string;
  /** Inside the evidence range the reader was opened at. */
  target?: boolean;
}

export const HIGHLIGHT_LABELS: readonly Label[] = ['Department', 'Industry', 'Enterprise', 'Lab', 'Park'];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Splits `text` into spans: every occurrence of an entity's name or alias (two characters or
 * more, longest first, leftmost wins, no overlaps) carries that entity's label; the range
 * `at` is marked as the target, splitting entity spans at its edges.
 */
export function annotateText(
  text: string,
  entities: readonly { id: string; label: Label; name: string; aliases?: readonly string[] }[],
  at: { start: number; end: number } | null = null,
): TextSpan[] {
  const byTerm = new Map<string, { id: string; label: Label }>();
  for (const e of entities) {
    if (!HIGHLIGHT_LABELS.includes(e.label)) continue;
    for (const term of [e.name, ...(e.aliases ?? [])]) {
      const s = term.trim();
      if (Array.from(s).length < 2 || byTerm.has(s)) continue;
      byTerm.set(s, { id: e.id, label: e.label });
    }
  }
  const matches: { start: number; end: number; id: string; label: Label }[] = [];
  if (byTerm.size) {
    const terms = [...byTerm.keys()].sort((a, b) => b.length - a.length);
    const re = new RegExp(terms.map(escapeRegExp).join('|'), 'g');
    for (const m of text.matchAll(re)) {
      const e = byTerm.get(m[0])!;
      matches.push({ start: m.index, end: m.index + m[0].length, ...e });
    }
  }
  const cuts = new Set<number>([0, text.length]);
  for (const m of matches) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const a = at && at.end > at.start ? { start: Math.max(0, at.start), end: Math.min(text.length, at.end) } : null;
  if (a) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out: TextSpan[] = [];
  let mi = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    if (e <= s) continue;
    while (mi < matches.length && matches[mi]!.end <= s) mi++;
    const m = matches[mi] && matches[mi]!.start <= s && s < matches[mi]!.end ? matches[mi] : undefined;
    const span: TextSpan = { text: text.slice(s, e), start: s };
    if (m) {
      span.label = m.label;
      span.id = m.id;
    }
    if (a && s >= a.start && e <= a.end) span.target = true;
    const prev = out[out.length - 1];
    // Merge plain neighbours with the same marks (fewer DOM nodes).
    if (prev && !prev.label && !span.label && !!prev.target === !!span.target) prev.text += span.text;
    else out.push(span);
  }
  return out;
}

export interface ResponsibilityMatrix {
  departments: { id: string; name: string; lead: number; total: number }[];
  measures: { id: string; number: string; title: string }[];
  /** cells.get(`${departmentId}|${measureId}`) */
  cells: Map<string, string>;
}

const ROLE_ORDER: Record<string, number> = { lead: 0, responsible: 1, support: 2, city: 3 };

/**
 * Departments × measures from a document's measures: each cell holds the department's role in that
 * measure (the strongest when several). Departments are ordered by measures led, then total.
 */
export function responsibilityMatrix(
  measures: readonly { id: string; number: string; title: string | null; name: string; departments: readonly { role: string; department: { id: string; name: string } }[] }[],
): ResponsibilityMatrix {
  const cells = new Map<string, string>();
  const depts = new Map<string, { id: string; name: string; lead: number; total: number; first: number }>();
  measures.forEach((m, mi) => {
    for (const d of m.departments) {
      const key = `${d.department.id}|${m.id}`;
      const prev = cells.get(key);
      if (prev && (ROLE_ORDER[prev] ?? 9) <= (ROLE_ORDER[d.role] ?? 9)) continue;
      let row = depts.get(d.department.id);
      if (!row) {
        row = { id: d.department.id, name: d.department.name, lead: 0, total: 0, first: mi };
        depts.set(d.department.id, row);
      }
      if (!prev) row.total++;
      if (d.role === 'lead' && prev !== 'lead') row.lead++;
      cells.set(key, d.role);
    }
  });
  const departments = [...depts.values()]
    .sort((a, b) => b.lead - a.lead || b.total - a.total || a.first - b.first)
    .map(({ id, name, lead, total }) => ({ id, name, lead, total }));
  return {
    departments,
    measures: measures.filter((m) => m.departments.length > 0).map((m) => ({ id: m.id, number: m.number, title: m.title ?? m.name })),
    cells,
  };
}
