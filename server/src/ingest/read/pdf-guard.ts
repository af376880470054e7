// What a pdf's encoded streams decode to, counted in one pass of its bytes before pdf.js parses
// anything (review19 M1: a 777 KB pdf whose one Flate stream inflates to 400 MB held an ingest worker
// 300 s and 1.2 GB). Like the docx zip guard (zip-guard.ts): a bound on what the parser will decode,
// not on the file's size on disk.
//
// Every `stream … endstream` is decoded through its whole filter chain, as pdf.js would (parser.js
// `filter`: /F or /Filter, a name or an array, names with #xx escapes, indirect references), each
// filter with the bytes left of the budget as its bound, so no more than that is ever held, and the
// last filter's output counted: FlateDecode, LZWDecode, RunLengthDecode, ASCIIHexDecode, ASCII85Decode
// and BrotliDecode (fix35: LZW and RunLength expand up to ~2,700× and 64×, and a Flate bomb wrapped in
// ASCIIHex was counted at its raw size). Image streams (/Subtype /Image, or a dictionary with /Width
// and /Height: thumbnails) are left out: text extraction never decodes them, and scanned pages are
// refused as SCANNED_PDF anyway. A stream that is no image but names an image codec (DCTDecode,
// JPXDecode, JBIG2Decode, CCITTFaxDecode: pdf.js would decode a page or a font with it, to a size the
// codec's own header sets), or whose filter is a reference this pass cannot follow (inside an object
// stream), cannot be measured: the pdf is refused. A stream that does not decode (damaged) counts what
// decoded before the damage (Flate: the longest prefix that inflates), at least its raw length:
// pdf.js tolerates such streams, and this count is an upper bound of the work, not a validator.
// A stream's dictionary is read twice: by a look back from `stream` to the last "obj", and parsed as pdf
// syntax from the top-level tokens since the previous stream (pdf-encryption.ts StreamOwners); the filters of
// both are decoded and the larger count kept, and a stream is an image only when both reads say so (fix36: a
// string in the dictionary — "(obj)", "(/Subtype /Image)", "(/Filter /AHx)" before the real one — hid a Flate
// bomb from the look back, unencrypted too). A stream's data runs to the first `endstream`, or further where
// the parsed /Length (given or by reference) ends it and `endstream` follows, as pdf.js reads it then (fix36: an
// `endstream` inside a Flate stream's stored block cut a 1 MB bomb's count to 9 bytes).
//
// Encrypted pdfs (a trailer's /Encrypt; fix36): pdf.js opens one whose user password is empty — the usual
// government pdf, locked against copying or printing by an owner password only — and decrypts every stream
// before its filters, so the guard does the same (pdf-encryption.ts, pdf-crypt.ts, as pdf.js's crypto.js):
// the file key of the empty user password (PDF 32000-1 §7.6.3.3 algorithm 2 and its /U check for R2–R4;
// ISO 32000-2 algorithms 2.A and 2.B for R5/R6), each stream decrypted with its object's key (RC4 for V1/V2
// and /CFM /V2, AES-128 for /AESV2, AES-256 for /AESV3; /StmF /Identity or /CFM /None: none), then counted
// as above. The object a stream belongs to is read by a tokenizer of pdf syntax over the bytes between
// streams (`num gen obj << … >> stream`), so a header written inside a string cannot choose the key; where a
// backward look finds another header, that object's key (pdf.js's recovery would read it) is tried too, and
// the largest count kept, as it is where pdf.js reads the stream unencrypted (the cross-reference stream,
// metadata under /EncryptMetadata false). Refused before parsing: a pdf whose empty user password fails (a
// password is needed: nobody can read it without, UNREADABLE), another security handler or a /V pdf.js
// rejects (UNREADABLE), an encryption dictionary this pass cannot read (several, a /CFM it does not know) and
// a stream whose object cannot be told (TOO_LARGE, as other unmeasured streams).
import { brotliDecompressSync, constants, inflateSync } from 'node:zlib';
import { dictFilters, isImageDict, parseValue, readEncryption, StreamOwners, type PdfValue } from './pdf-encryption.ts';

export interface PdfInflateCount {
  /** Bytes counted (capped just past `max` when over). */
  bytes: number;
  over: boolean;
  /** A stream this pass cannot measure: its filter (and object, when known). The pdf is refused. */
  unmeasured?: { filter: string; object?: string };
  /**
   * An encrypted pdf the guard cannot decrypt: `password` (the empty user password fails: nobody opens it without
   * one) and `handler` (not the standard security handler, or one pdf.js rejects) cannot be read at all;
   * `dictionary` (encryption entries this pass cannot read) and `object` (a stream whose object, and so key, is
   * not known) cannot be counted. `what` names the entry or the stream's offset. The pdf is refused.
   */
  encryption?: { problem: 'password' | 'handler' | 'dictionary' | 'object'; what?: string };
}

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');
/** How far back from `stream` its dictionary is looked for. */
const DICT_WINDOW = 4096;

/** pdf.js's filter names and abbreviations (parser.js makeFilter) → one name. */
const FILTERS: Record<string, string> = {
  FlateDecode: 'FlateDecode',
  Fl: 'FlateDecode',
  LZWDecode: 'LZWDecode',
  LZW: 'LZWDecode',
  RunLengthDecode: 'RunLengthDecode',
  RL: 'RunLengthDecode',
  ASCIIHexDecode: 'ASCIIHexDecode',
  AHx: 'ASCIIHexDecode',
  ASCII85Decode: 'ASCII85Decode',
  A85: 'ASCII85Decode',
  BrotliDecode: 'BrotliDecode',
  DCTDecode: 'DCTDecode',
  DCT: 'DCTDecode',
  JPXDecode: 'JPXDecode',
  JPX: 'JPXDecode',
  JBIG2Decode: 'JBIG2Decode',
  CCITTFaxDecode: 'CCITTFaxDecode',
  CCF: 'CCITTFaxDecode',
};
const IMAGE_CODECS = new Set(['DCTDecode', 'JPXDecode', 'JBIG2Decode', 'CCITTFaxDecode']);

/** A name token's text with its #xx escapes decoded (/Fl#61teDecode is /FlateDecode). */
const nameOf = (raw: string) => raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

const NAME = String.raw`\/[^\s/\[\]<>(){}%]*`;
const REF = String.raw`(\d+)\s+(\d+)\s+R\b`;
const VALUE = new RegExp(String.raw`^\s*(?:(${NAME})|\[([^\]]*)\]|${REF})`);

/** A filter value: names, or references to follow. `null`: a reference that cannot be followed. */
type Resolve = (num: string, gen: string) => string | null;

function filterNames(value: string, resolve: Resolve, depth = 0): string[] | null {
  const m = VALUE.exec(value);
  if (!m) return [];
  if (m[1] !== undefined) return [nameOf(m[1].slice(1))];
  if (m[3] !== undefined) {
    const target = depth < 4 ? resolve(m[3], m[4]!) : null;
    return target === null ? null : filterNames(target, resolve, depth + 1);
  }
  const out: string[] = [];
  const items = new RegExp(String.raw`(${NAME})|${REF}`, 'g');
  for (const it of m[2]!.matchAll(items)) {
    if (it[1] !== undefined) out.push(nameOf(it[1].slice(1)));
    else {
      const target = depth < 4 ? resolve(it[2]!, it[3]!) : null;
      const names = target === null ? null : filterNames(target, resolve, depth + 1);
      if (names === null) return null;
      out.push(...names);
    }
  }
  return out;
}

/** The value of the dictionary's filter key as pdf.js reads it: /F first, then /Filter. */
function filterValue(dict: string): string | null {
  for (const key of ['F', 'Filter']) {
    const m = new RegExp(String.raw`\/${key}(?=[\s/\[<(]|\d)`).exec(dict);
    if (m) return dict.slice(m.index + key.length + 1);
  }
  return null;
}

export function countPdfInflated(bytes: Uint8Array, max: number): PdfInflateCount {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let whole: string | null = buf.indexOf('/Encrypt') < 0 ? null : buf.toString('latin1');
  const encryption = whole === null ? null : readEncryption(whole);
  if (encryption?.kind === 'locked') return { bytes: 0, over: false, encryption: { problem: encryption.reason, ...(encryption.handler ? { what: encryption.handler } : {}) } };
  if (encryption?.kind === 'unreadable') return { bytes: 0, over: false, encryption: { problem: 'dictionary', what: encryption.what } };
  const crypt = encryption?.kind === 'streams' ? encryption : null;
  const owners = new StreamOwners(buf);
  const resolve: Resolve = (num, gen) => {
    whole ??= buf.toString('latin1');
    const m = new RegExp(String.raw`(?:^|[^\d])${num}\s+${gen}\s+obj\b`).exec(whole);
    return m ? whole.slice(m.index + m[0].length, m.index + m[0].length + 1024) : null;
  };
  let total = 0;
  let at = 0;
  for (;;) {
    const s = buf.indexOf(STREAM, at);
    if (s < 0) break;
    // `endstream` also contains `stream`: only a `stream` keyword ending a dictionary starts data
    const prev = s > 0 ? buf[s - 1]! : 0;
    if (s >= 3 && buf.subarray(s - 3, s).toString('latin1') === 'end') {
      at = s + STREAM.length;
      continue;
    }
    let d = s + STREAM.length;
    if (buf[d] === 0x0d) d++;
    if (buf[d] === 0x0a) d++;
    if (d === s + STREAM.length || (prev !== 0x3e && prev !== 0x20 && prev !== 0x0a && prev !== 0x0d && prev !== 0x09)) {
      at = s + STREAM.length;
      continue;
    }
    // the stream's object and dictionary as parsed from the tokens since the last stream (an encrypted stream's key
    // is its object's), read before its data is skipped
    const owner = owners.ownerAt(s);
    // the data ends at the first `endstream`, or later where /Length says so and `endstream` follows it: pdf.js
    // reads /Length bytes then, and an `endstream` inside them ends nothing
    let e = buf.indexOf(ENDSTREAM, d);
    const declared = owner ? streamLength(owner.dict.get('Length'), resolve) : null;
    if (declared !== null && d + declared <= buf.length) {
      let after = d + declared;
      while (after < buf.length && WHITE.has(buf[after]!)) after++;
      if (after > e && buf.subarray(after, after + ENDSTREAM.length).equals(ENDSTREAM)) e = after;
    }
    const end = e < 0 ? buf.length : e;
    owners.jump(end);
    if (crypt && !owner) return { bytes: total, over: false, encryption: { problem: 'object', what: `${s}` } };
    const head = buf.subarray(Math.max(0, s - DICT_WINDOW), s).toString('latin1');
    const objAt = head.lastIndexOf('obj');
    const dict = head.slice(objAt + 1);
    const object = /(\d+)\s+(\d+)\s+$/.exec(head.slice(0, Math.max(0, objAt)))?.slice(1, 3).join(' ');
    // an image by a backward look, and by the parsed dictionary when there is one (a string may hold "/Subtype /Image")
    const image = (/\/Subtype\s*\/Image\b/.test(dict) || (/\/Width\b/.test(dict) && /\/Height\b/.test(dict))) && (!owner || isImageDict(owner.dict));
    if (image) {
      at = end;
      continue;
    }
    const value = filterValue(dict);
    const names = value === null ? [] : filterNames(value, resolve);
    // the filters of the parsed dictionary too, where a backward look read others (a string holding "obj" or "/Filter")
    const parsed = owner ? dictFilters(owner.dict, resolve) : names;
    if (names === null || parsed === null) {
      const ref = /\d+\s+\d+\s+R\b/.exec(value ?? '')?.[0] ?? 'R';
      return { bytes: total, over: false, unmeasured: { filter: `/Filter ${ref}`, ...(object ? { object } : {}) } };
    }
    const chains = parsed.join() === names.join() ? [names] : [names, parsed];
    const codec = chains.flat().map((n) => FILTERS[n]).find((f) => f !== undefined && IMAGE_CODECS.has(f));
    if (codec) return { bytes: total, over: false, unmeasured: { filter: codec, ...(object ? { object } : {}) } };
    const data = buf.subarray(d, end);
    // encrypted: decrypted with its object's key (and with that of the object a backward look finds, as pdf.js's
    // recovery would read it, where that differs), and taken as it is where pdf.js reads it unencrypted
    let inputs = [data];
    if (crypt && owner) {
      const seen = /^(\d+) (\d+)$/.exec(object ?? '');
      const objects = [owner, ...(seen && (Number(seen[1]) !== owner.num || Number(seen[2]) !== owner.gen) ? [{ num: Number(seen[1]), gen: Number(seen[2]) }] : [])];
      inputs = chains.flat().some((n) => FILTERS[n] !== undefined) ? objects.flatMap((o) => crypt.decrypt(data, o.num, o.gen)) : [];
      if (inputs.length === 0 || crypt.readPlain(dict, owner.dict)) inputs.push(data);
    }
    let decoded = 0;
    for (const input of inputs) {
      for (const chain of chains) {
        const n = decodeChain(input, chain, max - total, /\/EarlyChange\s+0\b/.test(dict) ? 0 : 1);
        if (n === OVER) return { bytes: max + 1, over: true };
        decoded = Math.max(decoded, n);
      }
    }
    total += Math.max(decoded, data.length);
    if (total > max) return { bytes: total, over: true };
    at = end + (e < 0 ? 0 : ENDSTREAM.length);
    if (e < 0) break;
  }
  return { bytes: total, over: false };
}

const OVER = -1;
const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);

/** A stream's /Length: a whole number, given or by reference; null otherwise. */
function streamLength(v: PdfValue | undefined, resolve: Resolve): number | null {
  if (typeof v === 'object' && v !== null && 'ref' in v) {
    const text = resolve(String(v.ref[0]), String(v.ref[1]));
    v = text === null ? undefined : parseValue(text, 0)?.value;
  }
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

/** The bytes the chain decodes `data` to, each step bounded by `left`; OVER past it. Unknown filters pass the bytes on (as pdf.js does). */
function decodeChain(data: Buffer, names: string[], left: number, earlyChange: number): number {
  let cur: Buffer = data;
  for (const n of names) {
    const f = FILTERS[n];
    if (!f) continue;
    const next = decodeOne(f, cur, left, earlyChange);
    if (next === OVER) return OVER;
    cur = next;
  }
  return cur.length;
}

function decodeOne(filter: string, data: Buffer, left: number, earlyChange: number): Buffer | typeof OVER {
  const limit = Math.max(1, left + 1);
  switch (filter) {
    case 'FlateDecode':
      return inflateBounded(data, limit);
    case 'BrotliDecode':
      try {
        return brotliDecompressSync(data, { maxOutputLength: limit });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return OVER;
        return data;
      }
    case 'LZWDecode':
      return lzwDecode(data, limit, earlyChange);
    case 'RunLengthDecode':
      return runLengthDecode(data, limit);
    case 'ASCIIHexDecode':
      return asciiHexDecode(data);
    case 'ASCII85Decode':
      return ascii85Decode(data, limit);
    default:
      return data;
  }
}

/** Inflated, at most `limit` bytes (OVER past it); a damaged stream: what its longest inflating prefix gives (pdf.js decodes up to the damage). */
function inflateBounded(data: Buffer, limit: number): Buffer | typeof OVER {
  const inflate = (b: Buffer) => inflateSync(b, { maxOutputLength: limit, finishFlush: constants.Z_SYNC_FLUSH });
  try {
    return inflate(data);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return OVER;
  }
  // a truncated stream inflates (sync flush); a damaged one throws: find the longest prefix that inflates
  let lo = 0;
  let hi = data.length;
  let best: Buffer = Buffer.alloc(0);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      best = inflate(data.subarray(0, mid));
      lo = mid;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return OVER;
      hi = mid - 1;
    }
  }
  return best;
}

/** Grows `out` (doubling, never past limit + a little) to hold `need` bytes; false when that is over `limit`. */
class Sink {
  buf: Buffer;
  length = 0;
  constructor(
    hint: number,
    readonly limit: number,
  ) {
    this.buf = Buffer.allocUnsafe(Math.max(64, Math.min(hint, limit)));
  }
  /** Room for `n` more bytes; false when the output would pass the limit. */
  room(n: number): boolean {
    const need = this.length + n;
    if (need > this.limit) return false;
    if (need > this.buf.length) {
      const grown = Buffer.allocUnsafe(Math.min(this.limit, Math.max(need, this.buf.length * 2)));
      this.buf.copy(grown, 0, 0, this.length);
      this.buf = grown;
    }
    return true;
  }
  done(): Buffer {
    return this.buf.subarray(0, this.length);
  }
}

/**
 * LZWDecode as pdf.js reads it (LZWStream: 9–12-bit codes, 256 clears, 257 ends, EarlyChange 1 by default; a
 * code past the table repeats the sequence and its first byte; a full table keeps decoding with 12-bit codes).
 */
function lzwDecode(data: Buffer, limit: number, earlyChange: number): Buffer | typeof OVER {
  const values = new Uint8Array(4096);
  const lengths = new Uint16Array(4096);
  const prevCodes = new Uint16Array(4096);
  const seq = new Uint8Array(4096);
  for (let i = 0; i < 256; i++) {
    values[i] = i;
    lengths[i] = 1;
  }
  const out = new Sink(data.length * 4, limit);
  let nextCode = 258;
  let codeLength = 9;
  let prevCode = 0;
  let seqLength = 0;
  let bits = 0;
  let acc = 0;
  let pos = 0;
  for (;;) {
    while (bits < codeLength) {
      if (pos >= data.length) return out.done();
      acc = ((acc << 8) | data[pos++]!) >>> 0;
      bits += 8;
    }
    bits -= codeLength;
    const code = (acc >>> bits) & ((1 << codeLength) - 1);
    acc &= (1 << bits) - 1;
    const had = seqLength > 0;
    if (code < 256) {
      seq[0] = code;
      seqLength = 1;
    } else if (code >= 258) {
      if (code < nextCode) {
        seqLength = lengths[code]!;
        for (let i = seqLength - 1, c = code; i >= 0; i--, c = prevCodes[c]!) if (i < 4096) seq[i] = values[c]!;
      } else {
        if (seqLength < 4096) seq[seqLength] = seq[0]!;
        seqLength++;
      }
    } else if (code === 256) {
      codeLength = 9;
      nextCode = 258;
      seqLength = 0;
      continue;
    } else return out.done();
    if (had) {
      if (nextCode < 4096) {
        prevCodes[nextCode] = prevCode;
        lengths[nextCode] = lengths[prevCode]! + 1;
        values[nextCode] = seq[0]!;
      }
      nextCode++;
      const k = nextCode + earlyChange;
      if ((k & (k - 1)) === 0) codeLength = Math.min(Math.log2(k) + 1, 12);
    }
    prevCode = code;
    if (!out.room(seqLength)) return OVER;
    const n = Math.min(seqLength, 4096);
    out.buf.set(seq.subarray(0, n), out.length);
    if (seqLength > n) out.buf.fill(0, out.length + n, out.length + seqLength);
    out.length += seqLength;
  }
}

/** RunLengthDecode: a length byte, then 1–128 literal bytes, or one byte repeated 2–128 times; 128 ends. */
function runLengthDecode(data: Buffer, limit: number): Buffer | typeof OVER {
  const out = new Sink(data.length * 2, limit);
  let i = 0;
  while (i < data.length) {
    const l = data[i++]!;
    if (l === 128) break;
    if (l < 128) {
      const n = Math.min(l + 1, data.length - i);
      if (!out.room(n)) return OVER;
      data.copy(out.buf, out.length, i, i + n);
      out.length += n;
      i += n;
    } else {
      if (i >= data.length) break;
      const n = 257 - l;
      if (!out.room(n)) return OVER;
      out.buf.fill(data[i++]!, out.length, out.length + n);
      out.length += n;
    }
  }
  return out.done();
}

/** ASCIIHexDecode: two hex digits a byte, white space ignored, > ends (never larger than its input). */
function asciiHexDecode(data: Buffer): Buffer {
  const out = Buffer.allocUnsafe(Math.ceil(data.length / 2));
  let n = 0;
  let hi = -1;
  for (const c of data) {
    if (c === 0x3e) break;
    const v = c >= 0x30 && c <= 0x39 ? c - 0x30 : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 ? (c | 0x20) - 0x57 : -1;
    if (v < 0) continue;
    if (hi < 0) hi = v;
    else {
      out[n++] = (hi << 4) | v;
      hi = -1;
    }
  }
  if (hi >= 0) out[n++] = hi << 4;
  return out.subarray(0, n);
}

/** ASCII85Decode: five characters four bytes, z four zero bytes (4× its input at most), ~> ends. */
function ascii85Decode(data: Buffer, limit: number): Buffer | typeof OVER {
  const out = new Sink(data.length, limit);
  const group: number[] = [];
  const flush = (count: number) => {
    let v = 0;
    for (let k = 0; k < 5; k++) v = v * 85 + (group[k] ?? 84);
    if (!out.room(count)) return false;
    for (let k = 0; k < count; k++) out.buf[out.length + k] = (v >>> (24 - 8 * k)) & 0xff;
    out.length += count;
    group.length = 0;
    return true;
  };
  for (const c of data) {
    if (c === 0x7e) break;
    if (c === 0x7a && group.length === 0) {
      if (!out.room(4)) return OVER;
      out.buf.fill(0, out.length, out.length + 4);
      out.length += 4;
      continue;
    }
    if (c < 0x21 || c > 0x75) continue;
    group.push(c - 0x21);
    if (group.length === 5 && !flush(4)) return OVER;
  }
  if (group.length > 1 && !flush(group.length - 1)) return OVER;
  return out.done();
}
