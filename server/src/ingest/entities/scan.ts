// The state of one sentence's mention scan (mentions.ts), shared by its steps (list-typing.ts).
import type { LexiconIndex } from '../lexicon/match.ts';
import type { Clause, Enumeration, Mention } from './enumerations.ts';

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
export const within = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start >= b.start && a.end <= b.end;

/** The state of one sentence's scan: what has been found so far, step by step. */
export interface Scan {
  text: string;
  offset: number;
  index: LexiconIndex;
  out: Mention[];
  lists: Enumeration[];
  low: Mention[];
  /** Names with a weak suffix (中心, 平台, 基地 …) and no trigger: kept only when a list vouches for them. */
  weak: Mention[];
  cls: Clause[];
}

export const orgsOf = (out: Mention[]) => out.filter((m) => m.label !== 'Industry');
