// An encrypted pdf's stream keys for the pdf guard (pdf-guard.ts), as pdf.js derives them when it opens the pdf
// without a password (core/crypto.js CipherTransformFactory): the trailer's /Encrypt dictionary and /ID read, the
// file key of the empty user password computed and checked, then each stream decrypted with its object's key
// before its filters are counted. The object a stream belongs to is read by a small tokenizer of pdf syntax (strings,
// comments, dictionaries skipped whole), not by looking back for "obj": a header written inside a string of the
// stream's own dictionary must not choose the key.
import { aes256FileKey, aesDecrypt, objectKey, rc4, rc4FileKey, userCheck } from './pdf-crypt.ts';

/** A pdf value as far as these reads need one. */
export type PdfValue = number | boolean | null | Buffer | PdfValue[] | { name: string } | { ref: [number, number] } | { keyword: string } | Map<string, PdfValue>;

const WS = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

/** Past white space and comments from `i`. */
export function skipSpace(s: string, i: number, limit = s.length): number {
  for (;;) {
    while (i < limit && WS.has(s.charCodeAt(i))) i++;
    if (i >= limit || s[i] !== '%') return i;
    while (i < limit && s[i] !== '\n' && s[i] !== '\r') i++;
  }
}

const regularEnd = (s: string, i: number, limit: number) => {
  while (i < limit && !WS.has(s.charCodeAt(i)) && !DELIM.has(s.charCodeAt(i))) i++;
  return i;
};

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };

function literalString(s: string, i: number, limit: number): { value: Buffer; end: number } | null {
  const out: number[] = [];
  let depth = 1;
  for (i++; i < limit; i++) {
    const c = s[i]!;
    if (c === '\\') {
      if (++i >= limit) return null;
      const n = s[i]!;
      if (n in ESCAPES) out.push(ESCAPES[n]!);
      else if (n >= '0' && n <= '7') {
        let v = 0;
        let k = 0;
        for (; k < 3 && s[i + k]! >= '0' && s[i + k]! <= '7'; k++) v = v * 8 + Number(s[i + k]);
        i += k - 1;
        out.push(v & 0xff);
      } else if (n === '\r') {
        if (s[i + 1] === '\n') i++;
      } else if (n !== '\n') out.push(n.charCodeAt(0));
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return { value: Buffer.from(out), end: i + 1 };
    out.push(c.charCodeAt(0));
  }
  return null;
}

/** The value at `i` (after white space), and where it ends (by `limit`); null where pdf syntax breaks (a stray `)`, `>`, `]`, the limit). */
export function parseValue(s: string, i: number, limit = s.length, depth = 0): { value: PdfValue; end: number } | null {
  i = skipSpace(s, i, limit);
  if (i >= limit || depth > 64) return null;
  const c = s[i]!;
  if (c === '<' && s[i + 1] === '<') {
    const dict = new Map<string, PdfValue>();
    i += 2;
    for (;;) {
      i = skipSpace(s, i, limit);
      if (i + 2 <= limit && s.startsWith('>>', i)) return { value: dict, end: i + 2 };
      const key = parseValue(s, i, limit, depth + 1);
      if (!key) return null;
      const value = parseValue(s, key.end, limit, depth + 1);
      if (!value) return null;
      // a key that is no name (damage) is skipped with its value, as pdf.js's parser does
      if (typeof key.value === 'object' && key.value !== null && 'name' in key.value) dict.set(key.value.name, value.value);
      i = value.end;
    }
  }
  if (c === '[') {
    const arr: PdfValue[] = [];
    i++;
    for (;;) {
      i = skipSpace(s, i, limit);
      if (i < limit && s[i] === ']') return { value: arr, end: i + 1 };
      const v = parseValue(s, i, limit, depth + 1);
      if (!v) return null;
      arr.push(v.value);
      i = v.end;
    }
  }
  if (c === '(') return literalString(s, i, limit);
  if (c === '<') {
    const close = s.indexOf('>', i);
    if (close < 0 || close >= limit) return null;
    const digits = s.slice(i + 1, close).replace(/[^0-9a-fA-F]/g, '');
    return { value: Buffer.from(digits.length % 2 ? digits + '0' : digits, 'hex'), end: close + 1 };
  }
  if (c === '/') {
    const end = regularEnd(s, i + 1, limit);
    return { value: { name: s.slice(i + 1, end).replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) }, end };
  }
  const end = regularEnd(s, i, limit);
  if (end === i) return null;
  const word = s.slice(i, end);
  if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) {
    // `num gen R` is a reference
    const ref = /^\s*(\d+)\s+R(?=[\s()<>[\]{}/%]|$)/.exec(s.slice(end, Math.min(limit, end + 32)));
    if (/^\d+$/.test(word) && ref) return { value: { ref: [Number(word), Number(ref[1])] }, end: end + ref[0].length };
    return { value: Number(word), end };
  }
  if (word === 'true' || word === 'false') return { value: word === 'true', end };
  if (word === 'null') return { value: null, end };
  return { value: { keyword: word }, end };
}

const isName = (v: PdfValue | undefined): v is { name: string } => typeof v === 'object' && v !== null && 'name' in v;
const isRef = (v: PdfValue | undefined): v is { ref: [number, number] } => typeof v === 'object' && v !== null && 'ref' in v;
/** A stream dictionary's filter names as pdf.js reads them (/F, else /Filter: a name or an array, references followed); null: a reference `resolve` cannot follow. */
export function dictFilters(dict: Map<string, PdfValue>, resolve: (num: string, gen: string) => string | null): string[] | null {
  const names = (v: PdfValue | undefined, depth: number): string[] | null => {
    if (isName(v)) return [v.name];
    if (isRef(v)) {
      const text = depth < 4 ? resolve(String(v.ref[0]), String(v.ref[1])) : null;
      if (text === null) return null;
      return names(parseValue(text, 0)?.value, depth + 1);
    }
    if (!Array.isArray(v) || depth > 0) return [];
    const out: string[] = [];
    for (const item of v) {
      const n = isRef(item) || isName(item) ? names(item, depth + 1) : [];
      if (n === null) return null;
      out.push(...n);
    }
    return out;
  };
  return names(dict.get('F') ?? dict.get('Filter'), 0);
}

/** An image (or a thumbnail: /Width and /Height) by its parsed dictionary. */
export const isImageDict = (dict: Map<string, PdfValue>) => {
  const subtype = dict.get('Subtype');
  return (isName(subtype) && subtype.name === 'Image') || (dict.has('Width') && dict.has('Height'));
};

const UNRESOLVED: PdfValue = { keyword: 'unresolved' };
const isKeyword = (v: PdfValue | undefined, k: string) => typeof v === 'object' && v !== null && 'keyword' in v && v.keyword === k;

/** Damaged spots between two streams before their owner is given up (each costs at most the gap once). */
const MAX_DAMAGE = 8;
/** An object header, where tokens resume after damage (as pdf.js's recovery finds objects). */
const HEADER = /(?<!\d)\d+\s+\d+\s+obj(?=[\s<[(/%]|$)/g;

/**
 * The object each stream belongs to, read from the file's top-level tokens between two streams: a stream belongs
 * to `num gen obj << … >>` right before its `stream` keyword. Stream data is jumped over (`jump`), never read as
 * syntax; after damage (a stray `)`, a string that does not close before the keyword) tokens resume at the next
 * object header. Anything else before the keyword — a header inside a string or comment, more than a few damaged
 * spots — gives no object.
 */
export class StreamOwners {
  private pos = 0;
  constructor(private readonly buf: Buffer) {}

  /** The object whose `stream` keyword is at `at`, with its dictionary as parsed, or null. */
  ownerAt(at: number): { num: number; gen: number; dict: Map<string, PdfValue> } | null {
    const text = this.pos < at ? this.buf.toString('latin1', this.pos, at) : '';
    this.pos = Math.max(this.pos, at);
    let last: PdfValue[] = [];
    let damage = 0;
    for (let p = 0; p < text.length; ) {
      const i = skipSpace(text, p);
      if (i >= text.length) break;
      const v = parseValue(text, i);
      if (!v) {
        if (++damage > MAX_DAMAGE) return null;
        HEADER.lastIndex = i + 1;
        p = HEADER.exec(text)?.index ?? text.length;
        last = [];
        continue;
      }
      p = v.end;
      last.push(v.value);
      if (last.length > 4) last.shift();
      if (isKeyword(v.value, 'endobj') || isKeyword(v.value, 'endstream')) last = [];
    }
    const [num, gen, obj, dict] = last;
    if (last.length === 4 && typeof num === 'number' && typeof gen === 'number' && Number.isInteger(num) && Number.isInteger(gen) && isKeyword(obj, 'obj') && dict instanceof Map) {
      return { num, gen, dict };
    }
    return null;
  }

  /** The stream's data ends at `to`: tokens resume there. */
  jump(to: number): void {
    this.pos = to;
  }
}

export type Encryption =
  /** Streams decrypt to these (one per file key that passes the check; the raw bytes too where pdf.js reads them unencrypted). */
  | { kind: 'streams'; decrypt: (data: Buffer, num: number, gen: number) => Buffer[]; readPlain: (dictText: string, dict: Map<string, PdfValue>) => boolean }
  /** Streams are not encrypted (/StmF /Identity, /CFM /None): counted as they are. */
  | { kind: 'plain' }
  /** pdf.js cannot open the pdf without a password, or not at all: it cannot be read. */
  | { kind: 'locked'; reason: 'password' | 'handler'; handler?: string }
  /** The encryption this pass cannot read before parsing (`what` names it). */
  | { kind: 'unreadable'; what: string };

/** Every definition of object `num gen` in the file, parsed. */
function definitions(text: string, num: number, gen: number): PdfValue[] {
  const out: PdfValue[] = [];
  for (const m of text.matchAll(new RegExp(String.raw`(?<!\d)${num}\s+${gen}\s+obj(?=[\s<\[(/%]|$)`, 'g'))) {
    const v = parseValue(text, m.index + m[0].length);
    if (v) out.push(v.value);
  }
  return out;
}

const same = (a: PdfValue, b: PdfValue): boolean => JSON.stringify(a, (_, v: unknown) => (v instanceof Map ? [...v] : v)) === JSON.stringify(b, (_, v: unknown) => (v instanceof Map ? [...v] : v));

/** Most distinct trailer /IDs tried (incremental updates keep the first string; more is no ordinary pdf). */
const MAX_IDS = 8;

/**
 * How the streams of a pdf (`text`: its bytes as latin1) that names /Encrypt are to be counted, or null when none
 * does. Every /Encrypt of the file must name the same dictionary; each /ID's
 * first string is tried, and the empty one (pdf.js without /ID), the key check choosing.
 */
export function readEncryption(text: string): Encryption | null {
  // each object looked up once however often it is named (every /Encrypt of a file may name the same one)
  const memo = new Map<string, PdfValue[]>();
  const definitionsOf = (num: number, gen: number) => {
    const key = `${num} ${gen}`;
    if (!memo.has(key)) memo.set(key, definitions(text, num, gen));
    return memo.get(key)!;
  };
  const found: PdfValue[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(/\/Encrypt(?=[\s<\d%])/g)) {
    const v = parseValue(text, m.index + m[0].length);
    if (!v) continue;
    let value = v.value;
    if (isRef(value)) {
      if (seen.has(value.ref.join(' '))) continue;
      seen.add(value.ref.join(' '));
      const defs = definitionsOf(...value.ref);
      if (defs.length === 0) return { kind: 'unreadable', what: `/Encrypt ${value.ref.join(' ')} R` };
      if (defs.some((d) => !same(d, defs[0]!))) return { kind: 'unreadable', what: `/Encrypt ${value.ref.join(' ')} R ×${defs.length}` };
      value = defs[0]!;
    }
    if (value instanceof Map && !found.some((f) => same(f, value))) found.push(value);
  }
  if (found.length === 0) return null;
  if (found.length > 1) return { kind: 'unreadable', what: `/Encrypt ×${found.length}` };
  const dict = found[0] as Map<string, PdfValue>;
  // a value given by reference is followed, as pdf.js's Dict.get does (one definition, or all alike)
  const deref = (v: PdfValue | undefined): PdfValue | undefined => {
    if (!isRef(v)) return v;
    const defs = definitionsOf(...v.ref);
    return defs.length > 0 && defs.every((d) => same(d, defs[0]!)) ? defs[0] : UNRESOLVED;
  };
  const get = (key: string) => deref(dict.get(key));
  const sub = (d: PdfValue | undefined, key: string) => (d instanceof Map ? deref(d.get(key)) : undefined);
  const ids: Buffer[] = [Buffer.alloc(0)];
  for (const m of text.matchAll(/\/ID(?=[\s[%])/g)) {
    const v = parseValue(text, m.index + m[0].length);
    const arr = v ? deref(v.value) : undefined;
    const first = Array.isArray(arr) ? deref(arr[0]) : undefined;
    if (Buffer.isBuffer(first) && !ids.some((id) => id.equals(first))) ids.push(first);
    if (ids.length > MAX_IDS + 1) break;
  }
  if (ids.length > MAX_IDS + 1) return { kind: 'unreadable', what: `/ID ×${ids.length - 1}` };

  const filter = get('Filter');
  const v = get('V');
  if (filter === UNRESOLVED || v === UNRESOLVED) return { kind: 'unreadable', what: '/Filter /V' };
  const handler = `/Filter ${isName(filter) ? '/' + filter.name : String(filter)} /V ${String(v)}`;
  if (!isName(filter) || filter.name !== 'Standard') return { kind: 'locked', reason: 'handler', handler };
  if (v !== 1 && v !== 2 && v !== 4 && v !== 5) return { kind: 'locked', reason: 'handler', handler };
  const cf = get('CF');
  const stmf = get('StmF');
  // the key length as pdf.js reads it: /Length, else 40 (V 1, 2), else the stream filter's /Length (bytes when under 40) or 128
  let bits = get('Length');
  if (!bits) {
    if (v <= 3) bits = 40;
    else if (cf instanceof Map && isName(stmf)) {
      bits = sub(sub(cf, stmf.name), 'Length') || 128;
      if (typeof bits === 'number' && bits < 40) bits *= 8;
    }
  }
  if (typeof bits !== 'number' || !Number.isInteger(bits) || bits < 40 || bits % 8 !== 0) return { kind: 'locked', reason: 'handler', handler: `${handler} /Length ${String(bits)}` };
  const o = get('O');
  const u = get('U');
  const p = get('P');
  const r = get('R');
  if (!Buffer.isBuffer(o) || !Buffer.isBuffer(u) || typeof p !== 'number' || typeof r !== 'number') return { kind: 'unreadable', what: '/O /U /P /R' };
  const encryptMetadata = !((v === 4 || v === 5) && get('EncryptMetadata') === false);

  const keys: Buffer[] = [];
  if (v === 5) {
    const ue = get('UE');
    const key = Buffer.isBuffer(ue) ? aes256FileKey(r, u, ue) : null;
    if (key) keys.push(key);
  } else {
    for (const id of ids) {
      let key = rc4FileKey({ revision: r, bits, owner: o, permissions: p, id, encryptMetadata }, Buffer.alloc(0));
      const check = userCheck(key, r, id);
      if (!check.every((b, j) => u[j] === b)) continue;
      if (v === 4 && key.length < 16) key = Buffer.concat([key, Buffer.alloc(16 - key.length)]);
      if (!keys.some((k) => k.equals(key))) keys.push(key);
    }
  }
  if (keys.length === 0) return { kind: 'locked', reason: 'password' };

  // the stream cipher: RC4 for V 1 and 2; for V 4 and 5 the crypt filter /StmF names (/Identity: none)
  let cipher: 'rc4' | 'aes128' | 'aes256' | 'none' = 'rc4';
  if (v >= 4) {
    const name = stmf === undefined ? 'Identity' : isName(stmf) ? stmf.name : null;
    if (name === null) return { kind: 'unreadable', what: '/StmF' };
    if (!(cf instanceof Map)) return { kind: 'unreadable', what: '/CF' };
    const cfm = sub(sub(cf, name), 'CFM');
    if (cfm === undefined || (isName(cfm) && cfm.name === 'None')) cipher = 'none';
    else if (isName(cfm) && cfm.name === 'V2') cipher = 'rc4';
    else if (isName(cfm) && cfm.name === 'AESV2') cipher = 'aes128';
    else if (isName(cfm) && cfm.name === 'AESV3') cipher = 'aes256';
    else return { kind: 'unreadable', what: `/CFM ${isName(cfm) ? '/' + cfm.name : String(cfm)}` };
  }

  if (cipher === 'none') return { kind: 'plain' };
  return {
    kind: 'streams',
    decrypt: (data, num, gen) =>
      keys.map((key) => (cipher === 'rc4' ? rc4(objectKey(key, num, gen, false), data) : aesDecrypt(cipher === 'aes128' ? objectKey(key, num, gen, true) : key, data))),
    // pdf.js reads the cross-reference stream unencrypted, and the catalog's metadata when /EncryptMetadata is false
    readPlain: (dictText, dict) => {
      const type = dict.get('Type');
      const is = (t: string) => new RegExp(String.raw`\/Type\s*\/${t}\b`).test(dictText) || (isName(type) && type.name === t);
      return is('XRef') || (!encryptMetadata && is('Metadata'));
    },
  };
}
