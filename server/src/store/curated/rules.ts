// Which labels each relationship type joins (ARCHITECTURE "Data model"): a person's added or
// edited edge must fit the same model as an extracted one.
import { RELATION_ENDS, type Label, type RelType } from '../../model.ts';

export function allowedEnds(type: RelType): readonly (readonly [Label, Label])[] {
  return RELATION_ENDS[type];
}

export function fitsModel(type: RelType, source: Label, target: Label): boolean {
  return RELATION_ENDS[type].some(([s, t]) => s === source && t === target);
}

/** Relationship types a person may add, edit or reject: document structure (CONTAINS) comes from documents only. */
export function curatable(type: RelType): boolean {
  return type !== 'CONTAINS';
}

/** Labels a person may add (documents and their measures come from ingest). */
export const ADDABLE_LABELS: readonly Label[] = ['Industry', 'Enterprise', 'Lab', 'Park', 'Department'];

/** Labels whose nodes may be merged or split. */
export const MERGEABLE_LABELS: readonly Label[] = ['Industry', 'Enterprise', 'Lab', 'Park', 'Department'];

const PREFIX: Partial<Record<Label, string>> = { Industry: 'industry', Enterprise: 'enterprise', Lab: 'lab', Park: 'park' };

/** The id ingest gives a node of this label and name, so a person's node and the extractor's later one are the same node. */
export function nodeIdFor(label: Label, name: string, jurisdiction?: string): string | null {
  if (label === 'Department') return jurisdiction ? `dept:${jurisdiction}:${name}` : null;
  const p = PREFIX[label];
  return p ? `${p}:${name}` : null;
}
