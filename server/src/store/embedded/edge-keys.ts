// Edges by (type, source slot, target slot): an open-addressing hash set of edge slots, the key
// read back from the core's columns. Finding an edge by its id (the model's `TYPE:source->target`)
// or checking whether a batch's edge exists is then one or two probes instead of a walk along an
// endpoint's incidence list (which at 10⁶ nodes costs a cache miss per hop). 4 bytes per slot of
// the table, kept at most 70% full.
// A new edge is looked up before it is added (the store checks it is new): the slot where that
// lookup missed is remembered, and the add of the same key right after takes it without probing
// again (#15: 5×10⁶ new edges at 10⁶ nodes).

const EMPTY = -1;
const DELETED = -2;

export interface EdgeColumns {
  eType: Uint8Array;
  eS: Int32Array;
  eT: Int32Array;
}

function hash(type: number, s: number, t: number): number {
  let h = Math.imul(s, 0x9e3779b1) ^ Math.imul(t + 0x7f4a7c15, 0x85ebca77) ^ Math.imul(type + 1, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

export class EdgeKeyIndex {
  private table: Int32Array = new Int32Array(1024).fill(EMPTY);
  private mask = 1023;
  private used = 0; // live + deleted
  size = 0;
  /** Where the last find missed: its key and the first free entry on its probe path (-1: none). */
  private missAt = -1;
  private missType = -1;
  private missS = -1;
  private missT = -1;

  constructor(private readonly cols: () => EdgeColumns) {}

  find(type: number, s: number, t: number): number {
    const { eType, eS, eT } = this.cols();
    let i = hash(type, s, t) & this.mask;
    let free = -1;
    for (;;) {
      const j = this.table[i]!;
      if (j === EMPTY) {
        this.missAt = free >= 0 ? free : i;
        this.missType = type;
        this.missS = s;
        this.missT = t;
        return -1;
      }
      if (j === DELETED) {
        if (free < 0) free = i;
      } else if (eS[j] === s && eT[j] === t && eType[j] === type) return j;
      i = (i + 1) & this.mask;
    }
  }

  /** Room for n entries in all without a rehash (a batch about to add up to n - size edges). */
  reserve(n: number): void {
    if ((this.used - this.size + n) * 10 > (this.mask + 1) * 7) this.rehash(n);
  }

  /** Add edge slot j (its columns already hold its type and endpoints). */
  add(j: number): void {
    if ((this.used + 1) * 10 > (this.mask + 1) * 7) this.rehash(this.size + 1);
    const { eType, eS, eT } = this.cols();
    const type = eType[j]!;
    const s = eS[j]!;
    const t = eT[j]!;
    let i: number;
    if (this.missAt >= 0 && this.missS === s && this.missT === t && this.missType === type) i = this.missAt;
    else {
      i = hash(type, s, t) & this.mask;
      while (this.table[i]! >= 0) i = (i + 1) & this.mask;
    }
    this.missAt = -1;
    if (this.table[i] === EMPTY) this.used++;
    this.table[i] = j;
    this.size++;
  }

  /** Remove edge slot j (call before its columns change). */
  remove(j: number): void {
    this.missAt = -1;
    const { eType, eS, eT } = this.cols();
    let i = hash(eType[j]!, eS[j]!, eT[j]!) & this.mask;
    for (;;) {
      const x = this.table[i]!;
      if (x === EMPTY) return;
      if (x === j) {
        this.table[i] = DELETED;
        this.size--;
        return;
      }
      i = (i + 1) & this.mask;
    }
  }

  /** Grow (or clean out deleted marks) for at least n entries. */
  private rehash(n: number): void {
    this.missAt = -1;
    let cap = 1024;
    while (n * 10 > cap * 5) cap *= 2;
    const old = this.table;
    this.table = new Int32Array(cap).fill(EMPTY);
    this.mask = cap - 1;
    this.used = 0;
    this.size = 0;
    for (const j of old) if (j >= 0) this.add(j);
  }

  /** Rebuild from a list of slots (snapshot load). */
  reset(slots: Iterable<number>, count: number): void {
    this.missAt = -1;
    let cap = 1024;
    while (count * 10 > cap * 5) cap *= 2;
    this.table = new Int32Array(cap).fill(EMPTY);
    this.mask = cap - 1;
    this.used = 0;
    this.size = 0;
    for (const j of slots) this.add(j);
  }
}
