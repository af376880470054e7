// Binary batch files (`batches/<sha256>.kgb`): one source's GraphBatch in a compact form that is
// several times smaller and cheaper to write than its JSON (#15: at 10⁶ nodes the JSON batches were
// 2.4 GB and JSON.stringify + UTF-8 encoding + hashing them took 16% of the write).
//
// Layout (little-endian):
//   "KGBATCH1"               magic (8 bytes)
//   u32 version              BATCH_CODEC_VERSION
//   u32 strings              number of strings in the table
//   u32 lengthBytes          bytes of the string-length varints (UTF-16 units of each string)
//   u32 stringBytes          bytes of the UTF-8 string blob (the strings back to back)
//   u32 bodyBytes            bytes of the body
//   lengths | blob | body    the sections, back to back; the file ends exactly after the body
// Every string (ids, names, sentences, property objects as JSON) is written in the table and
// referenced by index; repeats are written once where finding them is cheap (labels, types, the
// document, consecutive equal sentences, properties, sections), node ids and names every time. The body is a sequence of unsigned varints (and raw f64 for confidences):
//   documentId sourceHash | nodes: count, then per node a tag | edges: count, then per edge a tag.
//   node tag 0: id label name aliasCount alias… props      tag 1: the node as JSON (any other shape)
//   edge tag 0/2: type source target [id, tag 2: not the derived TYPE:source->target] props
//     evidenceCount evidence…                                tag 1: the edge as JSON
//   evidence flags (1 JSON, 2 section, 4 basis, 8 confidence): documentId [section] text start end
//     [basis] [confidence f64]                               flags 1: the evidence item as JSON
//   props: 0 = {}, k + 1 = table string k holding the object's JSON.
// Anything the compact tags cannot say exactly (extra keys, unusual types) falls back to JSON for
// that element, so decoding gives what JSON.parse(JSON.stringify(batch)) gives. A batch whose top
// level has more than the four fields is not encodable here (the caller writes JSON instead).
//
// Integrity: the manifest holds every file's sha256 (verified on load, as for JSON files); the
// decoder also checks the magic, version, section sizes and that the body ends where it must, so a
// torn or foreign file is a clear error, never a partial batch.
//
// Shared (#15): the embedded store writes these files, and the ingest worker encodes each batch it
// produces (encodeBatchFile), so that the writer thread only writes the bytes. This module depends
// on model.ts alone (the layer rules let both store/ and ingest-worker/ import it).
import { createHash } from 'node:crypto';
import type { Evidence, GraphBatch, GraphEdge, GraphNode } from './model.ts';

/** A batch as the embedded store writes it to its file: the bytes, their sha256 (the file's name), the format. */
export interface EncodedBatch {
  data: Uint8Array;
  sha256: string;
  format: 'kgb' | 'json';
}

/**
 * The batch file for `batch`: binary, or JSON for a batch whose top level carries fields the binary
 * form does not. A function of the batch alone, so the ingest worker that built the batch can encode
 * it and hand the bytes to the store with it (GraphStore.replaceDocument's second argument).
 */
export function encodeBatchFile(batch: GraphBatch): EncodedBatch {
  const bin = encodeBatch(batch);
  const data = bin ?? Buffer.from(JSON.stringify(batch), 'utf8');
  return { data, sha256: createHash('sha256').update(data).digest('hex'), format: bin ? 'kgb' : 'json' };
}

const MAGIC = Buffer.from('KGBATCH1', 'latin1');
export const BATCH_CODEC_VERSION = 1;
const HEADER = 28;

export class BatchDecodeError extends Error {}

/** Thrown by the encoder for a batch it cannot represent exactly (the caller falls back to JSON). */
class NotEncodable extends Error {}

const BATCH_KEYS = new Set(['documentId', 'sourceHash', 'nodes', 'edges']);

/** Buffer's own UTF-8 write (what `buf.write(s, pos, 'utf8')` calls, without its argument parsing). */
const utf8Write: (this: Buffer, s: string, offset: number) => number =
  (Buffer.prototype as unknown as { utf8Write?: (this: Buffer, s: string, offset: number) => number }).utf8Write ??
  function (this: Buffer, s: string, offset: number): number {
    return this.write(s, offset, 'utf8');
  };
const utf8Slice = (Buffer.prototype as unknown as { utf8Slice?: (start: number, end: number) => string }).utf8Slice;

/** Growable byte buffer of varints and raw numbers. */
class Bytes {
  buf: Buffer;
  pos = 0;
  constructor(cap: number) {
    this.buf = Buffer.allocUnsafe(cap);
  }
  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }
  /** Unsigned integer below 2^53 (7 bits per byte). */
  uint(v: number): void {
    this.ensure(8);
    const b = this.buf;
    let p = this.pos;
    while (v >= 0x80) {
      b[p++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    b[p++] = v;
    this.pos = p;
  }
  f64(v: number): void {
    this.ensure(8);
    this.buf.writeDoubleLE(v, this.pos);
    this.pos += 8;
  }
  view(): Buffer {
    return this.buf.subarray(0, this.pos);
  }
}

/**
 * The encoder's three growable sections, kept from one batch to the next (the encoder is
 * synchronous: one batch at a time per thread). Fresh ones per batch grew from 64 KB by doubling,
 * each step a new allocation and a copy (at 10⁶ nodes ~11 MB of strings per batch: ~2% of the
 * writer's samples in those copies) and external memory that triggered young-generation GCs of
 * its own. The sections end up copied into the file's own buffer, so nothing returned shares them.
 * A section past SCRATCH_KEEP bytes is not kept (one huge batch does not pin its size).
 */
const SCRATCH_KEEP = 64 << 20;
const scratchBytes: (Bytes | null)[] = [null, null, null];
/** True while an encode holds the sections (an encode re-entered from a toJSON gets fresh ones). */
let scratchBusy = false;
function scratch(k: number): Bytes {
  if (scratchBusy) return new Bytes(1 << 16);
  const b = scratchBytes[k] ?? new Bytes(1 << 16);
  scratchBytes[k] = b;
  b.pos = 0;
  return b;
}
function releaseScratch(): void {
  for (let k = 0; k < scratchBytes.length; k++) {
    const b = scratchBytes[k];
    if (b && b.buf.length > SCRATCH_KEEP) scratchBytes[k] = null;
  }
}

class Encoder {
  private readonly index = new Map<string, number>();
  /** UTF-16 length of each string of the table. */
  readonly lengths = scratch(0);
  /**
   * UTF-8 of the table's strings, each written straight into the section as it comes (one native
   * call per string). Before (write10/write11) a run of 4,096 strings was concatenated (`+=`, a
   * rope), checked with a regular expression and written in one call: the rope's cons cells, its
   * flattening (a copy of every string into a new large string) and the scan cost more than the
   * calls. Same bytes; encoder CPU on twelve 10⁶-node batches −20 to −25% (bench/PROFILE.md,
   * scale28). Pushing every string to one array and joining it at the end cost more still.
   */
  readonly blob = scratch(1);
  /** False once a string has no UTF-8 form of its own (a lone surrogate): the batch goes as JSON. */
  wellFormed = true;
  readonly body = scratch(2);
  count = 0;
  private intern(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.addNew(s);
      this.index.set(s, i);
    }
    return i;
  }
  str(s: string): void {
    this.body.uint(this.intern(s));
  }
  /**
   * A string added without the dedupe map: names, and node ids (a map of 10⁵ ids per batch cost
   * more than JSON.stringify at 10⁶ nodes; an id repeats only as the endpoint of a few edges).
   */
  once(s: string): void {
    this.body.uint(this.addNew(s));
  }
  // Strings that repeat from one element to the next (label, type, document, sentence): the
  // previous one is checked before the map (a third of the encoder's time was map lookups).
  private lastKey: string[] = ['', '', '', ''];
  private lastIdx: number[] = [-1, -1, -1, -1];
  recent(slot: 0 | 1 | 2 | 3, s: string): void {
    if (this.lastIdx[slot]! >= 0 && this.lastKey[slot] === s) {
      this.body.uint(this.lastIdx[slot]!);
      return;
    }
    const i = slot === 3 ? this.addNew(s) : this.intern(s);
    this.lastKey[slot] = s;
    this.lastIdx[slot] = i;
    this.body.uint(i);
  }
  private addNew(s: string): number {
    if (this.wellFormed) {
      // Each string must be well-formed by itself: two strings side by side can form a surrogate
      // pair that neither has alone (a joined text would pass, and the file would not decode).
      if (!isWellFormed(s)) this.wellFormed = false;
      else {
        const b = this.blob;
        b.ensure(3 * s.length);
        b.pos += utf8Write.call(b.buf, s, b.pos);
      }
    }
    this.lengths.uint(s.length);
    return this.count++;
  }
  json(v: unknown): void {
    this.str(JSON.stringify(v));
  }
  props(p: unknown): void {
    if (typeof p !== 'object' || p === null || Array.isArray(p)) throw new NotEncodable();
    for (const k in p) {
      void k;
      this.body.uint(this.intern(JSON.stringify(p)) + 1);
      return;
    }
    this.body.uint(0);
    return;
  }
}


const isWellFormed = (s: string): boolean =>
  (s as string & { isWellFormed?: () => boolean }).isWellFormed?.() ?? !/\p{Surrogate}/u.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));

function isIndex(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= Number.MAX_SAFE_INTEGER;
}

function plainKeys(o: object, allowed: ReadonlySet<string>): boolean {
  for (const k in o) if (!allowed.has(k)) return false;
  return Object.getPrototypeOf(o) === Object.prototype || Object.getPrototypeOf(o) === null;
}

const isPlainProto = (o: object): boolean => {
  const p: unknown = Object.getPrototypeOf(o);
  return p === Object.prototype || p === null;
};

// The key checks of the three element kinds, as comparisons with the allowed names (a Set lookup
// per key of 10⁷ elements cost more than the comparisons).
function nodeKeys(o: object): boolean {
  for (const k in o) if (k !== 'id' && k !== 'label' && k !== 'name' && k !== 'aliases' && k !== 'properties') return false;
  return isPlainProto(o);
}
function edgeKeys(o: object): boolean {
  for (const k in o) if (k !== 'id' && k !== 'type' && k !== 'source' && k !== 'target' && k !== 'properties' && k !== 'evidence') return false;
  return isPlainProto(o);
}
function evidenceKeys(o: object): boolean {
  for (const k in o) if (k !== 'documentId' && k !== 'text' && k !== 'start' && k !== 'end' && k !== 'section' && k !== 'basis' && k !== 'confidence') return false;
  return isPlainProto(o);
}

function allStrings(a: unknown[]): boolean {
  for (let i = 0; i < a.length; i++) if (typeof a[i] !== 'string') return false;
  return true;
}

function encodeNode(e: Encoder, n: GraphNode): void {
  const b = e.body;
  const a = n.aliases;
  if (
    typeof n !== 'object' ||
    n === null ||
    !nodeKeys(n) ||
    typeof n.id !== 'string' ||
    typeof n.label !== 'string' ||
    typeof n.name !== 'string' ||
    !Array.isArray(a) ||
    !allStrings(a) ||
    typeof n.properties !== 'object' ||
    n.properties === null ||
    Array.isArray(n.properties)
  ) {
    b.uint(1);
    e.json(n);
    return;
  }
  b.uint(0);
  e.once(n.id);
  e.recent(0, n.label);
  e.once(n.name);
  b.uint(a.length);
  for (const x of a) e.str(x);
  e.props(n.properties);
}

function evidenceFlags(v: Evidence): number {
  if (typeof v !== 'object' || v === null || !evidenceKeys(v)) return 1;
  if (typeof v.documentId !== 'string' || typeof v.text !== 'string' || !isIndex(v.start) || !isIndex(v.end)) return 1;
  let f = 0;
  if (v.section !== undefined) {
    if (typeof v.section !== 'string') return 1;
    f |= 2;
  }
  if (v.basis !== undefined) {
    if (typeof v.basis !== 'string') return 1;
    f |= 4;
  }
  if (v.confidence !== undefined) {
    // JSON turns NaN and ±Infinity into null and -0 into 0: those go as JSON to stay exact.
    if (typeof v.confidence !== 'number' || !Number.isFinite(v.confidence) || Object.is(v.confidence, -0)) return 1;
    f |= 8;
  }
  return f;
}

/** id === `${type}:${source}->${target}`, without building that string. */
function isDerived(id: string, type: string, source: string, target: string): boolean {
  const t = type.length;
  const sl = source.length;
  return (
    id.length === t + sl + target.length + 3 &&
    id.startsWith(type) &&
    id.charCodeAt(t) === 58 && // ':'
    id.startsWith(source, t + 1) &&
    id.charCodeAt(t + 1 + sl) === 45 && // '-'
    id.charCodeAt(t + 2 + sl) === 62 && // '>'
    id.endsWith(target)
  );
}

function encodeEdge(e: Encoder, x: GraphEdge): void {
  const b = e.body;
  if (
    typeof x !== 'object' ||
    x === null ||
    !edgeKeys(x) ||
    typeof x.id !== 'string' ||
    typeof x.type !== 'string' ||
    typeof x.source !== 'string' ||
    typeof x.target !== 'string' ||
    typeof x.properties !== 'object' ||
    x.properties === null ||
    Array.isArray(x.properties) ||
    !Array.isArray(x.evidence)
  ) {
    b.uint(1);
    e.json(x);
    return;
  }
  const derived = isDerived(x.id, x.type, x.source, x.target);
  b.uint(derived ? 0 : 2);
  e.recent(1, x.type);
  e.once(x.source);
  e.once(x.target);
  if (!derived) e.str(x.id);
  e.props(x.properties);
  b.uint(x.evidence.length);
  for (const v of x.evidence) {
    const f = evidenceFlags(v);
    b.uint(f);
    if (f === 1) {
      e.json(v ?? null);
      continue;
    }
    e.recent(2, v.documentId);
    if (f & 2) e.str(v.section!);
    e.recent(3, v.text); // a sentence stating several relations comes as consecutive edges
    b.uint(v.start);
    b.uint(v.end);
    if (f & 4) e.str(v.basis!);
    if (f & 8) b.f64(v.confidence!);
  }
}

/**
 * The batch as a binary file, or null when its top level has fields this format does not carry
 * (the caller then writes JSON, which keeps everything).
 */
export function encodeBatch(batch: GraphBatch): Buffer | null {
  if (!plainKeys(batch, BATCH_KEYS) || typeof batch.documentId !== 'string' || typeof batch.sourceHash !== 'string') return null;
  if (!Array.isArray(batch.nodes) || !Array.isArray(batch.edges)) return null;
  if (scratchBusy) return encodeWith(new Encoder(), batch);
  const e = new Encoder();
  scratchBusy = true;
  try {
    return encodeWith(e, batch);
  } finally {
    scratchBusy = false;
    releaseScratch();
  }
}

function encodeWith(e: Encoder, batch: GraphBatch): Buffer | null {
  try {
    e.str(batch.documentId);
    e.str(batch.sourceHash);
    e.body.uint(batch.nodes.length);
    for (const n of batch.nodes) encodeNode(e, n);
    e.body.uint(batch.edges.length);
    for (const x of batch.edges) encodeEdge(e, x);
  } catch (err) {
    if (err instanceof NotEncodable) return null;
    throw err;
  }
  // A lone surrogate has no UTF-8 form (JSON escapes it): such a batch is written as JSON.
  if (!e.wellFormed) return null;
  const lengths = e.lengths.view();
  const blob = e.blob.view();
  const body = e.body.view();
  const out = Buffer.allocUnsafe(HEADER + lengths.length + blob.length + body.length);
  MAGIC.copy(out, 0);
  out.writeUInt32LE(BATCH_CODEC_VERSION, 8);
  out.writeUInt32LE(e.count, 12);
  out.writeUInt32LE(lengths.length, 16);
  out.writeUInt32LE(blob.length, 20);
  out.writeUInt32LE(body.length, 24);
  let p = HEADER;
  p += lengths.copy(out, p);
  p += blob.copy(out, p);
  body.copy(out, p);
  return out;
}

export function isBinaryBatch(buf: Buffer): boolean {
  return buf.length >= MAGIC.length && buf.subarray(0, MAGIC.length).equals(MAGIC);
}

class Reader {
  pos: number;
  constructor(
    private readonly buf: Buffer,
    start: number,
    private readonly end: number,
  ) {
    this.pos = start;
  }
  uint(): number {
    const b = this.buf;
    let v = 0;
    let mul = 1;
    for (;;) {
      if (this.pos >= this.end) throw new BatchDecodeError('truncated body');
      const x = b[this.pos++]!;
      v += (x & 0x7f) * mul;
      if (x < 0x80) return v;
      mul *= 0x80;
      if (mul > 2 ** 56) throw new BatchDecodeError('varint too long');
    }
  }
  f64(): number {
    if (this.pos + 8 > this.end) throw new BatchDecodeError('truncated body');
    const v = this.buf.readDoubleLE(this.pos);
    this.pos += 8;
    return v;
  }
  done(): boolean {
    return this.pos === this.end;
  }
}

/** Decode a binary batch file; throws BatchDecodeError on anything malformed. */
export function decodeBatch(buf: Buffer): GraphBatch {
  try {
    return decode(buf);
  } catch (err) {
    // JSON of a fallback element that does not parse, or sizes no array can take.
    if (err instanceof SyntaxError || err instanceof RangeError) throw new BatchDecodeError(err.message);
    throw err;
  }
}

function decode(buf: Buffer): GraphBatch {
  if (!isBinaryBatch(buf) || buf.length < HEADER) throw new BatchDecodeError('not a binary batch file');
  const version = buf.readUInt32LE(8);
  if (version !== BATCH_CODEC_VERSION) throw new BatchDecodeError(`unknown batch file version ${version}`);
  const count = buf.readUInt32LE(12);
  const lengthBytes = buf.readUInt32LE(16);
  const stringBytes = buf.readUInt32LE(20);
  const bodyBytes = buf.readUInt32LE(24);
  if (HEADER + lengthBytes + stringBytes + bodyBytes !== buf.length) throw new BatchDecodeError('file size does not match its header (torn or truncated)');
  if (count > lengthBytes) throw new BatchDecodeError('string count exceeds its section');
  // (each string's length takes at least one byte of the lengths section)
  // The table: each string decoded on its own (a slice of one big string would keep it all alive).
  const strings: string[] = new Array<string>(count);
  const lr = new Reader(buf, HEADER, HEADER + lengthBytes);
  let at = HEADER + lengthBytes;
  const blobEnd = at + stringBytes;
  for (let i = 0; i < count; i++) {
    // The table stores UTF-16 lengths: walk that many units of UTF-8 to find the string's end.
    const units = lr.uint();
    let p = at;
    let u = 0;
    while (u < units && p < blobEnd) {
      const c = buf[p]!;
      if (c < 0x80) p += 1;
      else if (c < 0xe0) p += 2;
      else if (c < 0xf0) p += 3;
      else {
        p += 4;
        u++;
      }
      u++;
    }
    if (u !== units || p > blobEnd) throw new BatchDecodeError('string table overruns its section');
    strings[i] = utf8Slice ? utf8Slice.call(buf, at, p) : buf.toString('utf8', at, p);
    at = p;
  }
  if (!lr.done() || at !== blobEnd) throw new BatchDecodeError('string table does not match its section sizes');
  const r = new Reader(buf, blobEnd, buf.length);
  const str = (): string => {
    const i = r.uint();
    if (i >= count) throw new BatchDecodeError('string index out of range');
    return strings[i]!;
  };
  const json = (): never => JSON.parse(str()) as never;
  const props = (): Record<string, never> => {
    const i = r.uint();
    if (i === 0) return {};
    if (i > count) throw new BatchDecodeError('string index out of range');
    return JSON.parse(strings[i - 1]!) as Record<string, never>;
  };
  const documentId = str();
  const sourceHash = str();
  const nodeCount = r.uint();
  if (nodeCount > bodyBytes) throw new BatchDecodeError('node count exceeds the body');
  const nodes: GraphNode[] = new Array<GraphNode>(nodeCount);
  for (let k = 0; k < nodeCount; k++) {
    const tag = r.uint();
    if (tag === 1) {
      nodes[k] = json();
      continue;
    }
    if (tag !== 0) throw new BatchDecodeError(`unknown node tag ${tag}`);
    const id = str();
    const label = str() as GraphNode['label'];
    const name = str();
    const na = r.uint();
    if (na > bodyBytes) throw new BatchDecodeError('alias count exceeds the body');
    const aliases: string[] = new Array<string>(na);
    for (let i = 0; i < na; i++) aliases[i] = str();
    nodes[k] = { id, label, name, aliases, properties: props() };
  }
  const edgeCount = r.uint();
  if (edgeCount > bodyBytes) throw new BatchDecodeError('edge count exceeds the body');
  const edges: GraphEdge[] = new Array<GraphEdge>(edgeCount);
  for (let k = 0; k < edgeCount; k++) {
    const tag = r.uint();
    if (tag === 1) {
      edges[k] = json();
      continue;
    }
    if (tag !== 0 && tag !== 2) throw new BatchDecodeError(`unknown edge tag ${tag}`);
    const type = str() as GraphEdge['type'];
    const source = str();
    const target = str();
    const id = tag === 2 ? str() : `${type}:${source}->${target}`;
    const properties = props();
    const ne = r.uint();
    if (ne > bodyBytes) throw new BatchDecodeError('evidence count exceeds the body');
    const evidence: Evidence[] = new Array<Evidence>(ne);
    for (let i = 0; i < ne; i++) {
      const f = r.uint();
      if (f === 1) {
        evidence[i] = json();
        continue;
      }
      if (f & ~(2 | 4 | 8)) throw new BatchDecodeError(`unknown evidence flags ${f}`);
      const doc = str();
      const section = f & 2 ? str() : undefined;
      const text = str();
      const start = r.uint();
      const end = r.uint();
      const ev: Evidence = section !== undefined ? { documentId: doc, section, text, start, end } : { documentId: doc, text, start, end };
      if (f & 4) ev.basis = str() as Evidence['basis'];
      if (f & 8) ev.confidence = r.f64();
      evidence[i] = ev;
    }
    edges[k] = { id, type, source, target, properties, evidence };
  }
  if (!r.done()) throw new BatchDecodeError('trailing bytes after the last edge');
  return { documentId, sourceHash, nodes, edges };
}
