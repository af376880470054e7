// Edge-id order of edge slots sorted by numeric keys, repaired where source ids are in a prefix
// relation — for index.ts sortSlots, which today sorts the WHOLE list by id strings as soon as one
// such pair meets (a list holding `industry:信创` and `industry:信创+工业互联网`: '+' sorts before '-';
// 6% of the seeds rotation's CPU, 11.5% of its neighbourhood, profiled in bench/PROFILE.md read11).
//
// Why a local repair is enough. A derived id is `TYPE:source->target`. Types never interleave ("T:"
// is no prefix of another type's "U:"), and within a type two ids compare by their source ids unless
// one source x is a proper prefix of the other, y; then "x->" meets y's next character c, and x's
// edges come first only when c sorts after '-'. Every id whose source starts with x lies in one run
// of the numeric order (ids with a common prefix are an interval of the id order, and x is the
// interval's first), and its order against any edge outside the run is decided before x ends, as
// the numeric order has it. So re-sorting that run by id strings gives the id order of the whole list.
import { cmp } from './core.ts';

const DASH = '-'.charCodeAt(0);

/** What fixPrefixRuns reads of the graph. */
export interface SlotIds {
  type(j: number): number;
  source(j: number): number;
  nodeId(n: number): string;
  edgeId(j: number): string;
  /**
   * Optional, a filter that must not lose a case: false only when no later source id in the list can
   * continue node n's id by a character at or before '-' (IdOrder.prefixesNext), so no id string of
   * n is read.
   */
  mayPrefix?(n: number): boolean;
}

/**
 * Repairs `sorted` (edge slots of derived ids in (type rank, source id order, target id order), the
 * numeric order of sortSlots) into edge-id order, in place: each run of one type whose sources start
 * with a source id x that is a proper prefix of a later source id continued by a character at or
 * before '-' is sorted by id strings; nothing else is touched. Returns how many slots were re-sorted.
 */
export function fixPrefixRuns(sorted: number[], g: SlotIds): number {
  const n = sorted.length;
  let resorted = 0;
  let k = 1;
  while (k < n) {
    const a = sorted[k - 1]!;
    const b = sorted[k]!;
    const t = g.type(a);
    if (t !== g.type(b) || g.source(a) === g.source(b)) {
      k++;
      continue;
    }
    if (g.mayPrefix && !g.mayPrefix(g.source(a))) {
      k++;
      continue;
    }
    const x = g.nodeId(g.source(a));
    const y = g.nodeId(g.source(b));
    if (!(y.length > x.length && y.startsWith(x) && y.charCodeAt(x.length) <= DASH)) {
      k++;
      continue;
    }
    // the run: every edge of type t whose source starts with x (x's own edges first: scanning from
    // the left, a shorter prefix of x in conflict would have been met first and its run taken)
    const p = x;
    let from = k - 1;
    while (from > 0 && g.type(sorted[from - 1]!) === t && g.source(sorted[from - 1]!) === g.source(a)) from--;
    let to = k + 1;
    while (to < n && g.type(sorted[to]!) === t && g.nodeId(g.source(sorted[to]!)).startsWith(p)) to++;
    const run = sorted.slice(from, to);
    const ids = new Map<number, string>();
    for (const j of run) ids.set(j, g.edgeId(j));
    run.sort((u, v) => cmp(ids.get(u)!, ids.get(v)!));
    for (let i = 0; i < run.length; i++) sorted[from + i] = run[i]!;
    resorted += run.length;
    k = to;
  }
  return resorted;
}
