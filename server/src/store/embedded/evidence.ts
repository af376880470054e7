// Evidence of the embedded store, outside the JavaScript heap: one row per evidence item in
// typed arrays (document, section, sentence, start, end, extra fields), sentences as UTF-8 in a
// byte arena. Fields beyond the five (basis, confidence, and any later ones) are kept as a JSON
// string in the table of repeated strings: their combinations repeat across rows.
// At 5×10⁶ edges an evidence object and its sentence string per edge cost ~170 bytes and ten
// million objects for the garbage collector to trace on every major collection; as rows they
// cost ~28 bytes plus the sentence's UTF-8 bytes, and nothing to trace. A snapshot writes the
// arena's bytes as they are, and loading one copies them back (no string decoding).
//
// Rows are appended; an edge whose evidence changes gets new rows and its old ones become
// garbage, compacted (rows and arena rewritten) once garbage is most of the store.
import type { Evidence } from '../../model.ts';

const CHUNK = 8 << 20;
const HI = 2 ** 32;
/** Decoded sentences a TextArena keeps for reads (~100–300 bytes each). */
const DECODED_MAX = 50_000;

/** UTF-8 sentences in large chunks; a sentence is (handle, byte length). */
export class TextArena {
  chunks: Buffer[] = [];
  private pos = 0;
  /** Bytes written (live and garbage). */
  bytes = 0;

  add(s: string): { handle: number; len: number } {
    let cur = this.chunks[this.chunks.length - 1];
    const worst = 3 * s.length;
    if (!cur || this.pos + worst > cur.length) {
      cur = Buffer.allocUnsafeSlow(Math.max(CHUNK, worst));
      this.chunks.push(cur);
      this.pos = 0;
    }
    const len = cur.write(s, this.pos, 'utf8');
    const handle = (this.chunks.length - 1) * HI + this.pos;
    this.pos += len;
    this.bytes += len;
    return { handle, len };
  }

  get(handle: number, len: number): string {
    const c = Math.floor(handle / HI);
    const off = handle - c * HI;
    return this.chunks[c]!.toString('utf8', off, off + len);
  }

  /** Sentences decoded for reads, by handle (with their byte length): the bytes at a handle never change. */
  private decoded = new Map<number, { len: number; text: string }>();

  /**
   * get, remembered: reads ask for the same hub edges' sentences again and again, and a decoded
   * string is immutable, so it is shared. At most DECODED_MAX sentences (then forgotten at once).
   */
  getCached(handle: number, len: number): string {
    const hit = this.decoded.get(handle);
    if (hit !== undefined && hit.len === len) return hit.text;
    const text = this.get(handle, len);
    if (this.decoded.size >= DECODED_MAX) this.decoded = new Map();
    this.decoded.set(handle, { len, text });
    return text;
  }

  copyTo(handle: number, len: number, dst: Buffer, at: number): void {
    const c = Math.floor(handle / HI);
    const off = handle - c * HI;
    this.chunks[c]!.copy(dst, at, off, off + len);
  }

  /** One chunk holding given bytes (a snapshot's sentences); handles are offsets into it. */
  static adopt(buf: Buffer): TextArena {
    const a = new TextArena();
    a.chunks = [buf];
    a.pos = buf.length;
    a.bytes = buf.length;
    return a;
  }

  /** Sealed: the next add starts a fresh chunk (an adopted chunk is exactly full). */
  seal(): void {
    this.pos = Number.MAX_SAFE_INTEGER;
  }
}

function growI32(a: Int32Array, cap: number): Int32Array {
  if (cap <= a.length) return a;
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}
function growF64(a: Float64Array, cap: number): Float64Array {
  if (cap <= a.length) return a;
  const b = new Float64Array(cap);
  b.set(a);
  return b;
}

/** Repeated sentences of one batch share bytes: the last few are remembered (no hashing). */
export class RecentTexts {
  private readonly s: string[] = new Array(16).fill('');
  private readonly h = new Float64Array(16).fill(-1);
  private readonly l = new Int32Array(16);
  private next = 0;
  find(text: string): { handle: number; len: number } | null {
    for (let k = 0; k < 16; k++) if (this.h[k]! >= 0 && this.s[k] === text) return { handle: this.h[k]!, len: this.l[k]! };
    return null;
  }
  remember(text: string, handle: number, len: number): void {
    this.s[this.next] = text;
    this.h[this.next] = handle;
    this.l[this.next] = len;
    this.next = (this.next + 1) & 15;
  }
}

export class EvidenceStore {
  /** Strings that repeat across rows: document ids and sections. Index 0 = no section. */
  strings: string[] = [''];
  private readonly stringIndex = new Map<string, number>([['', 0]]);
  arena = new TextArena();
  rowHigh = 0;
  rDoc: Int32Array = new Int32Array(0);
  /** Section string index + 1 (0: the evidence has no section). */
  rSec: Int32Array = new Int32Array(0);
  rText: Float64Array = new Float64Array(0);
  rLen: Int32Array = new Int32Array(0);
  rStart: Int32Array = new Int32Array(0);
  rEnd: Int32Array = new Int32Array(0);
  /** String index + 1 of the JSON of the row's other fields (0: none). */
  rExtra: Int32Array = new Int32Array(0);
  /** Parsed extra fields per string index. */
  private readonly extraCache = new Map<number, Record<string, unknown>>();
  /** Rows no edge points at any more. */
  garbageRows = 0;

  str(s: string): number {
    let i = this.stringIndex.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.stringIndex.set(s, i);
    }
    return i;
  }

  /** Rebuild the string index after a snapshot load. */
  indexStrings(): void {
    this.stringIndex.clear();
    this.strings.forEach((s, i) => this.stringIndex.set(s, i));
  }

  private grow(n: number): void {
    if (n <= this.rDoc.length) return;
    const cap = Math.max(n, this.rDoc.length * 2, 1024); // doubling, as core.ts capacity()
    this.rDoc = growI32(this.rDoc, cap);
    this.rSec = growI32(this.rSec, cap);
    this.rText = growF64(this.rText, cap);
    this.rLen = growI32(this.rLen, cap);
    this.rStart = growI32(this.rStart, cap);
    this.rEnd = growI32(this.rEnd, cap);
    this.rExtra = growI32(this.rExtra, cap);
  }

  private extraOf(e: Evidence): number {
    let extra: Record<string, unknown> | undefined;
    for (const k in e) {
      // The five base fields by comparison (a Set lookup per key of 5×10⁶ rows cost more).
      if (k === 'documentId' || k === 'text' || k === 'start' || k === 'end' || k === 'section') continue;
      const v = (e as unknown as Record<string, unknown>)[k];
      if (v !== undefined) (extra ??= {})[k] = v;
    }
    return extra ? this.str(JSON.stringify(extra)) + 1 : 0;
  }

  private extraFields(x: number): Record<string, unknown> {
    let o = this.extraCache.get(x);
    if (!o) {
      o = JSON.parse(this.strings[x - 1]!) as Record<string, unknown>;
      this.extraCache.set(x, o);
    }
    return o;
  }

  /** Append rows for a list of evidence; returns the first row. */
  append(evs: readonly Evidence[], recent: RecentTexts | null): number {
    const first = this.rowHigh;
    this.grow(first + evs.length);
    for (const e of evs) {
      const r = this.rowHigh++;
      this.rDoc[r] = this.str(e.documentId);
      this.rSec[r] = e.section === undefined ? 0 : this.str(e.section) + 1;
      let t = recent?.find(e.text) ?? null;
      if (!t) {
        t = this.arena.add(e.text);
        recent?.remember(e.text, t.handle, t.len);
      }
      this.rText[r] = t.handle;
      this.rLen[r] = t.len;
      this.rStart[r] = e.start;
      this.rEnd[r] = e.end;
      this.rExtra[r] = this.extraOf(e);
    }
    return first;
  }

  /**
   * The evidence of rows [first, first + count). For reads (`shared`), each sentence comes from the
   * arena's decoded sentences (getCached): reads repeat the same sentences, and an immutable string
   * is shared safely. This replaced a text decoded on first access through an own accessor: an
   * object literal with an accessor costs ~1 µs to create (17× a plain one, two closures), as much
   * as the decoding it deferred, and a third of a `documents` answer's allocations. Not shared
   * (the default): decoded now, not remembered (what the write path keeps).
   */
  read(first: number, count: number, shared = false): Evidence[] {
    const out: Evidence[] = [];
    const arena = this.arena;
    for (let r = first; r < first + count; r++) {
      const documentId = this.strings[this.rDoc[r]!]!;
      const handle = this.rText[r]!;
      const len = this.rLen[r]!;
      const sec = this.rSec[r]!;
      const text = shared ? arena.getCached(handle, len) : arena.get(handle, len);
      const ev: Evidence = sec === 0 ? { documentId, text, start: this.rStart[r]!, end: this.rEnd[r]! } : { documentId, section: this.strings[sec - 1]!, text, start: this.rStart[r]!, end: this.rEnd[r]! };
      const x = this.rExtra[r]!;
      out.push(x === 0 ? ev : Object.assign(ev, this.extraFields(x)));
    }
    return out;
  }

  /**
   * Copy the live rows (given as runs: the first row runFirst[k] and the count runCount[k] of
   * runs k < n, in the order wanted) into fresh arrays and a fresh arena; returns the new first row
   * of each run. Used to compact and to write snapshots. Runs as two int arrays, not a pair per
   * run: a snapshot at 5×10⁶ edges built that many small arrays.
   */
  compacted(runFirst: Int32Array, runCount: Int32Array, n: number): { store: EvidenceStore; firsts: Int32Array } {
    const out = new EvidenceStore();
    out.strings = this.strings;
    out.indexStrings();
    let rows = 0;
    let total = 0;
    for (let k = 0; k < n; k++) {
      const f = runFirst[k]!;
      const c = runCount[k]!;
      rows += c;
      for (let r = f; r < f + c; r++) if (!this.sameTextAsPrevious(r, f === r ? -1 : r - 1)) total += this.rLen[r]!;
    }
    out.grow(rows);
    const dst = Buffer.allocUnsafeSlow(total);
    let pos = 0;
    const firsts = new Int32Array(n);
    let prevSrc = -1;
    // Sentences that follow each other in the old arena (rows appended in order) are copied as one
    // range: one Buffer copy per range instead of one per row (5×10⁶ rows at 10⁶ nodes).
    let cFrom = -1;
    let cLen = 0;
    let cAt = 0;
    for (let k = 0; k < n; k++) {
      const f = runFirst[k]!;
      const c = runCount[k]!;
      firsts[k] = out.rowHigh;
      for (let r = f; r < f + c; r++) {
        const w = out.rowHigh++;
        out.rDoc[w] = this.rDoc[r]!;
        out.rSec[w] = this.rSec[r]!;
        out.rStart[w] = this.rStart[r]!;
        out.rEnd[w] = this.rEnd[r]!;
        out.rExtra[w] = this.rExtra[r]!;
        // Rows sharing a sentence (adjacent, as one document's edges from one sentence are) keep sharing it.
        if (r !== f && this.sameTextAsPrevious(r, r - 1) && prevSrc === r - 1) {
          out.rText[w] = out.rText[w - 1]!;
          out.rLen[w] = out.rLen[w - 1]!;
        } else {
          const h = this.rText[r]!;
          const len = this.rLen[r]!;
          if (cFrom >= 0 && h === cFrom + cLen) cLen += len;
          else {
            if (cLen > 0) this.arena.copyTo(cFrom, cLen, dst, cAt);
            cFrom = h;
            cLen = len;
            cAt = pos;
          }
          out.rText[w] = pos;
          out.rLen[w] = len;
          pos += len;
        }
        prevSrc = r;
      }
    }
    if (cLen > 0) this.arena.copyTo(cFrom, cLen, dst, cAt);
    out.arena = TextArena.adopt(pos === total ? dst : dst.subarray(0, pos));
    out.arena.seal();
    return { store: out, firsts };
  }

  private sameTextAsPrevious(r: number, prev: number): boolean {
    return prev >= 0 && this.rText[r] === this.rText[prev] && this.rLen[r] === this.rLen[prev];
  }

  /** Arrays and arena from a snapshot. */
  static fromColumns(c: { strings: string[]; doc: Int32Array; sec: Int32Array; text: Float64Array; len: Int32Array; start: Int32Array; end: Int32Array; extra: Int32Array; bytes: Buffer }): EvidenceStore {
    const s = new EvidenceStore();
    s.strings = c.strings;
    s.indexStrings();
    s.rDoc = c.doc;
    s.rSec = c.sec;
    s.rText = c.text;
    s.rLen = c.len;
    s.rStart = c.start;
    s.rEnd = c.end;
    s.rExtra = c.extra;
    s.rowHigh = c.doc.length;
    s.arena = TextArena.adopt(c.bytes);
    s.arena.seal();
    return s;
  }
}
