// The text as lines with their offsets and non-blank bounds (structure works line by line).
import type { Span } from '../types.ts';

export interface Line extends Span {
  index: number;
  /** First / last non-blank character of the line (cs === ce for a blank line). */
  cs: number;
  ce: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let cs = start;
    while (cs < end && isBlank(text[cs]!)) cs++;
    let ce = end;
    while (ce > cs && isBlank(text[ce - 1]!)) ce--;
    lines.push({ index: index++, start, end, cs, ce });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

export function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\r' || ch === '\f' || ch === '\v';
}

export const lineText = (text: string, l: Line) => text.slice(l.cs, l.ce);
