// Search index of the embedded store, kept up to date on every change (the core reports every
// node whose name, aliases or liveness changed). Ranking is search-rank.ts's, pinned by the
// contract suite: 0 exact name, 1 name prefix, 2 name substring, 3 exact alias, 4 alias
// substring; ties by name length (UTF-16), then id.
//
//   exactName / exactAlias   normalised key → node slots
//   prefix1 / prefix2        first one / two UTF-16 units of the name key → postings
//   nameChars / aliasChars   each UTF-16 unit of the name key / of any alias key → postings
//   nameBigrams / aliasBigrams  each pair of adjacent units → postings (queries of 2+ units walk
//                            the rarest pair's posting: "新能源" visits the names containing 新能 or
//                            能源, not every name containing 新)
// A posting lists node slots in ranking order (name length, then id order). A query walks the
// smallest posting that must contain every match, checks each entry, and stops as soon as the
// page is full: a 1-character query over 10⁶ names touches only as many entries as it returns.
// Entries carry the node's key version; a renamed or removed node's old entries are skipped and
// dropped at the next merge. New entries are merged in lazily, on the first query that needs
// the posting.
// A bulk write (waiting entries past a quarter of the merged ones) stops the upkeep altogether:
// the index is marked outdated and rebuilt in one linear pass by the next read (query or snapshot).
// Keeping postings for a write that a rebuild then discards cost a third of a large write's
// apply time and most of its garbage (two JS arrays of pending entries per posting).
import type { GraphNode } from '../../model.ts';
import { matchKey } from '../search-rank.ts';
import type { GraphCore } from './core.ts';
import type { IdOrder } from './order.ts';

export interface PostingsData {
  keys: Float64Array;
  lens: Int32Array;
  ids: Int32Array;
}

class Posting {
  ids: Int32Array = new Int32Array(0);
  vers: Int32Array = new Int32Array(0);
  n = 0;
  pendIds: number[] = [];
  pendVers: number[] = [];
  /** Entries may be stale (a node left): compact at the next ensure. */
  stale = false;
  size(): number {
    return this.n + this.pendIds.length;
  }
}

/** A posting under construction (build): slots appended in ranking order. */
class Run {
  ids: Int32Array = new Int32Array(16);
  n = 0;
  append(idx: number): void {
    if (this.n === this.ids.length) {
      const b = new Int32Array(this.n * 2);
      b.set(this.ids);
      this.ids = b;
    }
    this.ids[this.n++] = idx;
  }
}

/** The postings of a build, per map: by unit, or by pair as rows of the first unit. */
interface Tables {
  prefix1: (Run | undefined)[];
  prefix2: (Map<number, Run> | undefined)[];
  nameChars: (Run | undefined)[];
  aliasChars: (Run | undefined)[];
  nameBigrams: (Map<number, Run> | undefined)[];
  aliasBigrams: (Map<number, Run> | undefined)[];
}

function postingOf(r: Run): Posting {
  const p = new Posting();
  p.ids = r.ids.length === r.n ? r.ids : r.ids.slice(0, r.n);
  p.vers = new Int32Array(r.n).fill(1);
  p.n = r.n;
  return p;
}

/** matchKey, without allocating when the string is already normalised (most Chinese names). */
const NEEDS_KEY = /[A-Z\uff01-\uff5e\u3000\s]/;
export function keyOf(s: string): string {
  return NEEDS_KEY.test(s) ? matchKey(s) : s;
}

export class SearchIndex {
  private keyVer: Int32Array = new Int32Array(0);
  private nameKey: (string | undefined)[] = [];
  private aliasKeys: (string[] | undefined)[] = [];
  /** key → one slot, or several (most keys name one node: no array per node). */
  private readonly exactName = new Map<string, number | number[]>();
  private readonly exactAlias = new Map<string, number | number[]>();
  private readonly prefix1 = new Map<number, Posting>();
  /** Keyed by the first two UTF-16 units as one number. */
  private readonly prefix2 = new Map<number, Posting>();
  /** Scratch for de-duplicating a key's units without allocating. */
  private unitSeen = new Int32Array(65536);
  private unitEpoch = 0;
  /** Entries waiting in postings vs. entries merged: many waiting (a bulk write) → rebuild. */
  private pending = 0;
  private indexed = 0;
  /** Too many changes waiting: nothing is kept up to date until the next read rebuilds. */
  private outdated = false;
  private readonly nameChars = new Map<number, Posting>();
  private readonly aliasChars = new Map<number, Posting>();
  private readonly nameBigrams = new Map<number, Posting>();
  private readonly aliasBigrams = new Map<number, Posting>();
  private readonly pairScratch: number[] = [];

  constructor(
    private readonly core: GraphCore,
    private readonly order: IdOrder,
  ) {
    core.listeners.push((idx, before, after) => this.onChange(idx, before, after));
  }

  /**
   * Index every live node in one pass; postings come out sorted, no comparisons. Slots are
   * appended straight into each posting's typed array (no pending lists, no per-node arrays):
   * at 10⁶ nodes this pass runs after every bulk write (snapshot, first query) and on a replay.
   */
  rebuild(): void {
    const t = this.build(true);
    const move1 = (tab: (Run | undefined)[], m: Map<number, Posting>) => tab.forEach((r, c) => r && m.set(c, postingOf(r)));
    const move2 = (tab: (Map<number, Run> | undefined)[], m: Map<number, Posting>) =>
      tab.forEach((row, c1) => row?.forEach((r, c2) => m.set(c1 * 65536 + c2, postingOf(r))));
    for (const m of this.postingMaps()) m.clear();
    move1(t.prefix1, this.prefix1);
    move2(t.prefix2, this.prefix2);
    move1(t.nameChars, this.nameChars);
    move1(t.aliasChars, this.aliasChars);
    move2(t.nameBigrams, this.nameBigrams);
    move2(t.aliasBigrams, this.aliasBigrams);
    this.indexed = 0;
    for (const m of this.postingMaps()) for (const p of m.values()) this.indexed += p.n;
    this.pending = 0;
    this.outdated = false;
  }

  /**
   * The postings of every live node, built in one pass in ranking order (name length, then id).
   * `queryState`: also the per-node keys and the exact-key maps that queries need (rebuild); without
   * it (the export of a snapshot on close) only the postings, and this index is left as it was.
   */
  private build(queryState: boolean): Tables {
    const core = this.core;
    const high = core.nodeHigh;
    if (queryState) {
      this.keyVer = new Int32Array(high);
      this.nameKey = new Array<string | undefined>(high).fill(undefined);
      this.aliasKeys = [];
      this.exactName.clear();
      this.exactAlias.clear();
    }
    // Visit nodes in ranking order (name length, then id): appending keeps every posting sorted.
    // A counting sort by name length over the id order; the lengths read once, in slot order.
    const ids = this.order.all();
    const nodeObj = core.nodeObj;
    const alive = core.nAlive;
    const lenOf = new Int32Array(high);
    let maxLen = 0;
    for (let i = 0; i < high; i++) {
      if (alive[i] !== 1) continue;
      const l = nodeObj[i]!.name.length;
      lenOf[i] = l;
      if (l > maxLen) maxLen = l;
    }
    const start = new Int32Array(maxLen + 2);
    for (let k = 0; k < ids.length; k++) start[lenOf[ids[k]!]! + 1]!++;
    for (let l = 0; l < maxLen + 1; l++) start[l + 1]! += start[l]!;
    const ranked = new Int32Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      const idx = ids[k]!;
      ranked[start[lenOf[idx]!]!++] = idx;
    }
    // Built in local tables indexed by UTF-16 unit: a pair key (unit × 65536 + unit) is past the
    // small-integer range, and every Map lookup by it boxed a number (10⁶ nodes: ~2.6×10⁷ lookups).
    const unitTable = () => new Array<Run | undefined>(65536).fill(undefined);
    const pairTable = () => new Array<Map<number, Run> | undefined>(65536).fill(undefined);
    const t: Tables = {
      prefix1: unitTable(),
      prefix2: pairTable(),
      nameChars: unitTable(),
      aliasChars: unitTable(),
      nameBigrams: pairTable(),
      aliasBigrams: pairTable(),
    };
    const put1 = (tab: (Run | undefined)[], c: number, idx: number) => (tab[c] ??= new Run()).append(idx);
    const put2 = (tab: (Map<number, Run> | undefined)[], k: number, idx: number) => {
      const row = (tab[k >>> 16] ??= new Map());
      const c = k & 0xffff;
      let r = row.get(c);
      if (!r) row.set(c, (r = new Run()));
      r.append(idx);
    };
    const pairs = this.pairScratch;
    for (let r = 0; r < ranked.length; r++) {
      const idx = ranked[r]!;
      const n = nodeObj[idx]!;
      const nk = keyOf(n.name);
      if (queryState) {
        this.keyVer[idx] = 1;
        this.nameKey[idx] = nk;
        pushTo(this.exactName, nk, idx);
      }
      if (nk.length > 0) {
        put1(t.prefix1, nk.charCodeAt(0), idx);
        if (nk.length > 1) put2(t.prefix2, nk.charCodeAt(0) * 65536 + nk.charCodeAt(1), idx);
      }
      let ep = this.nextUnitEpoch();
      for (let i = 0; i < nk.length; i++) {
        const c = nk.charCodeAt(i);
        if (this.unitSeen[c] === ep) continue;
        this.unitSeen[c] = ep;
        put1(t.nameChars, c, idx);
      }
      pairs.length = 0;
      for (let i = 1; i < nk.length; i++) {
        const k = nk.charCodeAt(i - 1) * 65536 + nk.charCodeAt(i);
        if (!pairs.includes(k)) pairs.push(k);
      }
      for (const k of pairs) put2(t.nameBigrams, k, idx);
      if (n.aliases.length === 0) continue;
      const aks = n.aliases.map(keyOf);
      if (queryState) {
        this.aliasKeys[idx] = aks;
        for (const ak of new Set(aks)) pushTo(this.exactAlias, ak, idx);
      }
      ep = this.nextUnitEpoch();
      pairs.length = 0;
      for (const a of aks) {
        for (let i = 0; i < a.length; i++) {
          const c = a.charCodeAt(i);
          if (this.unitSeen[c] === ep) continue;
          this.unitSeen[c] = ep;
          put1(t.aliasChars, c, idx);
        }
        for (let i = 1; i < a.length; i++) {
          const k = a.charCodeAt(i - 1) * 65536 + a.charCodeAt(i);
          if (!pairs.includes(k)) pairs.push(k);
        }
      }
      for (const k of pairs) put2(t.aliasBigrams, k, idx);
    }
    return t;
  }

  /**
   * Every posting, merged, as arrays (snapshot): per posting map, keys, lengths and slots.
   * `discard`: the caller is done with this index (the snapshot on close). If it waits for a
   * rebuild (a bulk write), the postings are built straight into the export, without the maps,
   * versions and exact-key tables that only queries need (at 10⁶ nodes about half of the
   * rebuild's work), and the index stays outdated: a query after all rebuilds it as before.
   */
  exportPostings(discard = false): PostingsData[] {
    if (discard && this.tooMuchPending()) this.dropAll();
    if (discard && this.outdated) {
      const t = this.build(false);
      const keys: number[] = [];
      const runs: Run[] = [];
      const collect1 = (tab: (Run | undefined)[]) =>
        tab.forEach((r, c) => {
          if (!r) return;
          keys.push(c);
          runs.push(r);
        });
      const collect2 = (tab: (Map<number, Run> | undefined)[]) =>
        tab.forEach((row, c1) =>
          row?.forEach((r, c2) => {
            keys.push(c1 * 65536 + c2);
            runs.push(r);
          }),
        );
      // The same maps in the same order as postingMaps(), and within each the keys in the order
      // rebuild() inserts them: the export is identical to the one after a rebuild.
      const out: PostingsData[] = [];
      for (const [tab, pair] of [
        [t.prefix1, false],
        [t.prefix2, true],
        [t.nameChars, false],
        [t.aliasChars, false],
        [t.nameBigrams, true],
        [t.aliasBigrams, true],
      ] as const) {
        keys.length = 0;
        runs.length = 0;
        if (pair) collect2(tab as (Map<number, Run> | undefined)[]);
        else collect1(tab as (Run | undefined)[]);
        let total = 0;
        const lens = new Int32Array(runs.length);
        runs.forEach((r, j) => {
          lens[j] = r.n;
          total += r.n;
        });
        const ids = new Int32Array(total);
        let at = 0;
        for (const r of runs) {
          ids.set(r.ids.subarray(0, r.n), at);
          at += r.n;
        }
        out.push({ keys: Float64Array.from(keys), lens, ids });
      }
      return out;
    }
    this.settle();
    return this.postingMaps().map((m) => {
      const keys: number[] = [];
      const lens: number[] = [];
      let total = 0;
      for (const [k, p] of m) {
        this.ensure(p);
        if (p.n === 0) continue;
        keys.push(k);
        lens.push(p.n);
        total += p.n;
      }
      const ids = new Int32Array(total);
      let at = 0;
      for (const k of keys) {
        const p = m.get(k)!;
        ids.set(p.ids.subarray(0, p.n), at);
        at += p.n;
      }
      return { keys: Float64Array.from(keys), lens: Int32Array.from(lens), ids };
    });
  }

  /** Take postings written by exportPostings (the nodes as in the snapshot); keys recomputed. */
  importPostings(data: PostingsData[]): void {
    const core = this.core;
    this.outdated = false;
    this.keyVer = new Int32Array(core.nodeHigh);
    this.nameKey = [];
    this.aliasKeys = [];
    this.exactName.clear();
    this.exactAlias.clear();
    for (const idx of this.order.all()) {
      const n = core.nodeObj[idx]!;
      this.keyVer[idx] = 1;
      const nk = keyOf(n.name);
      this.nameKey[idx] = nk;
      pushTo(this.exactName, nk, idx);
      if (n.aliases.length) {
        const aks = n.aliases.map(keyOf);
        this.aliasKeys[idx] = aks;
        for (const ak of new Set(aks)) pushTo(this.exactAlias, ak, idx);
      }
    }
    const maps = this.postingMaps();
    this.indexed = 0;
    data.forEach((d, i) => {
      const m = maps[i]!;
      m.clear();
      let at = 0;
      // Views into the section arrays (postings are never written in place: ensure() and
      // rebuild() replace them): no second copy of 10⁷ entries while the snapshot loads.
      const ones = new Int32Array(d.ids.length).fill(1);
      d.keys.forEach((k, j) => {
        const p = new Posting();
        const len = d.lens[j]!;
        p.ids = d.ids.subarray(at, at + len);
        p.vers = ones.subarray(at, at + len);
        p.n = len;
        at += len;
        m.set(k, p);
        this.indexed += len;
      });
    });
    this.pending = 0;
  }

  private postingMaps(): Map<number, Posting>[] {
    return [this.prefix1, this.prefix2, this.nameChars, this.aliasChars, this.nameBigrams, this.aliasBigrams];
  }

  /** Before a query: after a bulk write, one linear rebuild beats sorting every posting's backlog. */
  private settle(): void {
    if (this.outdated || this.tooMuchPending()) this.rebuild();
  }

  private tooMuchPending(): boolean {
    return this.pending > 1024 && this.pending > this.indexed / 4;
  }

  /** True while the index waits for a rebuild (bulk writes; tests). */
  get deferred(): boolean {
    return this.outdated;
  }

  private onChange(idx: number, before: GraphNode | null, after: GraphNode | null): void {
    if (this.outdated) return;
    if (before && after && before.name === after.name && sameStrings(before.aliases, after.aliases)) return;
    if (before) this.remove(idx, before);
    if (after) this.add(idx, after);
    if (this.tooMuchPending()) this.dropAll();
  }

  /** Give up incremental upkeep: free the postings; the next read rebuilds from the core. */
  private dropAll(): void {
    this.outdated = true;
    this.nameKey = [];
    this.aliasKeys = [];
    this.exactName.clear();
    this.exactAlias.clear();
    for (const m of this.postingMaps()) m.clear();
    this.pending = 0;
    this.indexed = 0;
  }

  private bump(idx: number): number {
    if (idx >= this.keyVer.length) {
      const k = new Int32Array(Math.max(idx + 1, Math.ceil(this.keyVer.length * 1.5), 16));
      k.set(this.keyVer);
      this.keyVer = k;
    }
    return ++this.keyVer[idx]!;
  }

  private remove(idx: number, before: GraphNode): void {
    this.bump(idx);
    const nk = this.nameKey[idx];
    if (nk !== undefined) dropFrom(this.exactName, nk, idx);
    for (const ak of this.aliasKeys[idx] ?? []) dropFrom(this.exactAlias, ak, idx);
    for (const p of this.postingsOf(nk ?? keyOf(before.name), this.aliasKeys[idx] ?? [])) p.stale = true;
    this.nameKey[idx] = undefined;
    this.aliasKeys[idx] = undefined;
  }

  private add(idx: number, n: GraphNode): void {
    const ver = this.bump(idx);
    const nk = keyOf(n.name);
    const aks = n.aliases.length ? n.aliases.map(keyOf) : [];
    this.nameKey[idx] = nk;
    this.aliasKeys[idx] = aks.length ? aks : undefined;
    pushTo(this.exactName, nk, idx);
    for (const ak of new Set(aks)) pushTo(this.exactAlias, ak, idx);
    for (const p of this.postingsOf(nk, aks, true)) {
      p.pendIds.push(idx);
      p.pendVers.push(ver);
      this.pending++;
    }
  }

  /** The postings a node with these keys belongs to (created when `create`). */
  private postingsOf(nk: string, aks: readonly string[], create = false): Posting[] {
    const out: Posting[] = [];
    const get = (m: Map<number, Posting>, k: number) => {
      let p = m.get(k);
      if (!p && create) m.set(k, (p = new Posting()));
      if (p) out.push(p);
    };
    if (nk.length > 0) {
      get(this.prefix1, nk.charCodeAt(0));
      if (nk.length > 1) get(this.prefix2, nk.charCodeAt(0) * 65536 + nk.charCodeAt(1));
    }
    let ep = this.nextUnitEpoch();
    for (let i = 0; i < nk.length; i++) {
      const c = nk.charCodeAt(i);
      if (this.unitSeen[c] === ep) continue;
      this.unitSeen[c] = ep;
      get(this.nameChars, c);
    }
    ep = this.nextUnitEpoch();
    for (const a of aks) {
      for (let i = 0; i < a.length; i++) {
        const c = a.charCodeAt(i);
        if (this.unitSeen[c] === ep) continue;
        this.unitSeen[c] = ep;
        get(this.aliasChars, c);
      }
    }
    for (const k of this.pairsOf([nk])) get(this.nameBigrams, k);
    for (const k of this.pairsOf(aks)) get(this.aliasBigrams, k);
    return out;
  }

  /** Distinct adjacent-unit pairs of some keys, as numbers (reuses one scratch array). */
  private pairsOf(keys: readonly string[]): number[] {
    const a = this.pairScratch;
    a.length = 0;
    for (const k of keys) for (let i = 1; i < k.length; i++) a.push(k.charCodeAt(i - 1) * 65536 + k.charCodeAt(i));
    if (a.length < 2) return a.slice();
    a.sort((x, y) => x - y);
    const out = [a[0]!];
    for (let i = 1; i < a.length; i++) if (a[i] !== a[i - 1]) out.push(a[i]!);
    return out;
  }

  private nextUnitEpoch(): number {
    if (++this.unitEpoch >= 0x7fffffff) {
      this.unitSeen.fill(0);
      this.unitEpoch = 1;
    }
    return this.unitEpoch;
  }

  private valid(p: Posting, k: number): boolean {
    const idx = p.ids[k]!;
    return this.keyVer[idx] === p.vers[k] && this.core.nAlive[idx] === 1;
  }

  /** Merge pending entries into the sorted ones (dropping stale entries). */
  private ensure(p: Posting): void {
    if (p.pendIds.length === 0 && !p.stale) return;
    const merged = p.n;
    this.order.ensure();
    const core = this.core;
    const rank = this.order.rank;
    const len = (i: number) => core.nodeObj[i]!.name.length;
    const before = (a: number, b: number) => {
      const d = len(a) - len(b);
      return d < 0 || (d === 0 && rank[a]! < rank[b]!);
    };
    const pend: { idx: number; ver: number }[] = [];
    for (let i = 0; i < p.pendIds.length; i++) {
      const idx = p.pendIds[i]!;
      if (this.keyVer[idx] === p.pendVers[i] && core.nAlive[idx] === 1) pend.push({ idx, ver: p.pendVers[i]! });
    }
    pend.sort((a, b) => (before(a.idx, b.idx) ? -1 : before(b.idx, a.idx) ? 1 : 0));
    const ids = new Int32Array(p.n + pend.length);
    const vers = new Int32Array(p.n + pend.length);
    let n = 0;
    let k = 0;
    for (let i = 0; i < p.n; i++) {
      if (!this.valid(p, i)) continue;
      const idx = p.ids[i]!;
      while (k < pend.length && before(pend[k]!.idx, idx)) {
        ids[n] = pend[k]!.idx;
        vers[n++] = pend[k++]!.ver;
      }
      ids[n] = idx;
      vers[n++] = p.vers[i]!;
    }
    while (k < pend.length) {
      ids[n] = pend[k]!.idx;
      vers[n++] = pend[k++]!.ver;
    }
    p.ids = n === ids.length ? ids : ids.slice(0, n);
    p.vers = n === vers.length ? vers : vers.slice(0, n);
    p.n = n;
    this.pending -= p.pendIds.length;
    this.indexed += n - merged;
    p.pendIds = [];
    p.pendVers = [];
    p.stale = false;
  }

  /**
   * The smallest posting that must hold every match of q: of its unit pairs (2+ units) or of its
   * unit (1 unit); null when one of them has none (no match).
   */
  private rarest(units: Map<number, Posting>, pairs: Map<number, Posting>, q: string): Posting | null {
    if (q.length === 1) return units.get(q.charCodeAt(0)) ?? null;
    let best: Posting | null = null;
    for (let i = 1; i < q.length; i++) {
      const p = pairs.get(q.charCodeAt(i - 1) * 65536 + q.charCodeAt(i));
      if (!p) return null;
      if (!best || p.size() < best.size()) best = p;
    }
    return best;
  }

  private byRank(slots: number[]): number[] {
    const core = this.core;
    const rank = this.order.rank;
    return slots.sort((a, b) => core.nodeObj[a]!.name.length - core.nodeObj[b]!.name.length || rank[a]! - rank[b]!);
  }

  /**
   * Ranked search. `q` is normalised (matchKey) and non-empty; `labelOk(slot)` filters labels.
   * Returns at most `first` node slots.
   */
  search(q: string, first: number, labelOk: (slot: number) => boolean): number[] {
    const out: number[] = [];
    if (first <= 0) return out;
    this.settle();
    this.order.ensure();
    const core = this.core;
    const live = (i: number) => core.nAlive[i] === 1 && labelOk(i);
    // 0: exact name
    for (const i of this.byRank(slotsOf(this.exactName, q).filter(live))) {
      out.push(i);
      if (out.length >= first) return out;
    }
    // 1: name prefix (not equal)
    const pre = q.length > 1 ? this.prefix2.get(q.charCodeAt(0) * 65536 + q.charCodeAt(1)) : this.prefix1.get(q.charCodeAt(0));
    if (pre && this.walk(pre, out, first, (i) => labelOk(i) && this.nameKey[i]!.startsWith(q) && this.nameKey[i] !== q)) return out;
    // 2: name substring (not a prefix)
    const sub = this.rarest(this.nameChars, this.nameBigrams, q);
    if (sub && this.walk(sub, out, first, (i) => labelOk(i) && !this.nameKey[i]!.startsWith(q) && this.nameKey[i]!.includes(q))) return out;
    // 3: exact alias (name does not contain q)
    for (const i of this.byRank(slotsOf(this.exactAlias, q).filter((i) => live(i) && !this.nameKey[i]!.includes(q)))) {
      out.push(i);
      if (out.length >= first) return out;
    }
    // 4: alias substring
    const asub = this.rarest(this.aliasChars, this.aliasBigrams, q);
    if (asub) {
      this.walk(asub, out, first, (i) => {
        if (!labelOk(i) || this.nameKey[i]!.includes(q)) return false;
        const aks = this.aliasKeys[i] ?? [];
        return !aks.includes(q) && aks.some((a) => a.includes(q));
      });
    }
    return out;
  }

  /** Walk a posting in ranking order, appending accepted slots; true once `out` is full. */
  private walk(p: Posting, out: number[], first: number, accept: (i: number) => boolean): boolean {
    this.ensure(p);
    for (let k = 0; k < p.n; k++) {
      if (!this.valid(p, k)) continue;
      const i = p.ids[k]!;
      if (!accept(i)) continue;
      out.push(i);
      if (out.length >= first) return true;
    }
    return false;
  }

  /** Every live node whose name or an alias contains q (listNodes' nameContains). */
  containing(q: string): Set<number> {
    this.settle();
    const out = new Set<number>();
    const names = this.rarest(this.nameChars, this.nameBigrams, q);
    if (names) {
      this.ensure(names);
      for (let k = 0; k < names.n; k++) if (this.valid(names, k) && this.nameKey[names.ids[k]!]!.includes(q)) out.add(names.ids[k]!);
    }
    const aliases = this.rarest(this.aliasChars, this.aliasBigrams, q);
    if (aliases) {
      this.ensure(aliases);
      for (let k = 0; k < aliases.n; k++) {
        const i = aliases.ids[k]!;
        if (this.valid(aliases, k) && (this.aliasKeys[i] ?? []).some((a) => a.includes(q))) out.add(i);
      }
    }
    return out;
  }
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function slotsOf(m: Map<string, number | number[]>, k: string): number[] {
  const v = m.get(k);
  return v === undefined ? [] : typeof v === 'number' ? [v] : [...v];
}

function pushTo(m: Map<string, number | number[]>, k: string, idx: number): void {
  const v = m.get(k);
  if (v === undefined) m.set(k, idx);
  else if (typeof v === 'number') m.set(k, [v, idx]);
  else v.push(idx);
}

function dropFrom(m: Map<string, number | number[]>, k: string, idx: number): void {
  const v = m.get(k);
  if (v === undefined) return;
  if (typeof v === 'number') {
    if (v === idx) m.delete(k);
    return;
  }
  const i = v.indexOf(idx);
  if (i >= 0) v.splice(i, 1);
  if (v.length === 1) m.set(k, v[0]!);
}
