// Snapshot of the materialised graph: the core's columns and contributions in one binary file, so
// a restart loads them instead of replaying every batch. The batches stay the provenance and
// the crash-safe log; a snapshot says which batch file of each source it reflects, and loading
// replays only what the manifest changed since (see EmbeddedStore.open).
//
// File: "KGSNAP04" | u32 header length | header JSON | sections, each 8-byte aligned.
// Section kinds: i32 / u8 (typed arrays, little-endian), str (u32 count, i32 byte lengths
// (-1 = null), UTF-8 bytes), json (UTF-8 JSON). Strings that repeat (evidence sentences, sections,
// document ids, property objects) are written once in a table and referenced by index.
// Writing yields to the event loop every few milliseconds: a server keeps answering while it
// snapshots (writes wait: the store writes snapshots inside its write queue).
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { GraphNode, Json, Label, RelType } from '../../model.ts';
import { LABELS, REL_TYPES } from '../../model.ts';
import { EMPTY_PROPS, GraphCore, MULTI, MULTI_SAME, NO_ALIASES, NONE, type EdgeVal, type SourceInfo } from './core.ts';
import { EvidenceStore } from './evidence.ts';
import type { PostingsData } from './search-index.ts';
import { BadFileError } from './persist.ts';

const MAGIC = 'KGSNAP04';
const VERSION = 6; // 5: evidence rows keep their extra fields (basis, confidence); 6: multi-source edges have no rows
/** Older versions this reader still loads (5: its multi-source edges' rows are dropped, the evidence re-merged). */
const READS = new Set([5, VERSION]);

type SectionKind = 'i32' | 'f64' | 'u8' | 'str' | 'json';
interface SectionRef {
  kind: SectionKind;
  offset: number;
  bytes: number;
}
interface Header {
  version: number;
  nodeHigh: number;
  edgeHigh: number;
  sources: (SourceInfo | null)[];
  sections: Record<string, SectionRef>;
}

const yieldNow = () => new Promise<void>((r) => setImmediate(r));

/** Cooperative time slicing: `await tick()` in loops; yields every ~8 ms. */
function slicer(): () => Promise<void> | undefined {
  let last = performance.now();
  let n = 0;
  return () => {
    if ((++n & 1023) !== 0) return undefined;
    const now = performance.now();
    if (now - last < 8) return undefined;
    last = now;
    return yieldNow().then(() => {
      last = performance.now();
    });
  };
}

class StringTable {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

class Writer {
  private readonly chunks: Uint8Array[] = [];
  private offset = 0;
  readonly sections: Record<string, SectionRef> = {};

  private push(b: Uint8Array): void {
    this.chunks.push(b);
    this.offset += b.byteLength;
  }
  private align(): void {
    const pad = (8 - (this.offset % 8)) % 8;
    if (pad) this.push(new Uint8Array(pad));
  }
  private begin(name: string, kind: SectionKind): number {
    this.align();
    this.sections[name] = { kind, offset: this.offset, bytes: 0 };
    return this.offset;
  }
  private end(name: string, start: number): void {
    this.sections[name]!.bytes = this.offset - start;
  }

  /** copy = false: `a` was built for this snapshot and nothing else writes to it (no copy needed). */
  i32(name: string, a: Int32Array, copy = true): void {
    const s = this.begin(name, 'i32');
    const b = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    this.push(copy ? b.slice() : b);
    this.end(name, s);
  }
  f64(name: string, a: Float64Array, copy = true): void {
    const s = this.begin(name, 'f64');
    const b = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    this.push(copy ? b.slice() : b);
    this.end(name, s);
  }
  u8(name: string, a: Uint8Array, copy = true): void {
    const s = this.begin(name, 'u8');
    this.push(copy ? a.slice() : a);
    this.end(name, s);
  }
  json(name: string, v: unknown): void {
    const s = this.begin(name, 'json');
    this.push(Buffer.from(JSON.stringify(v), 'utf8'));
    this.end(name, s);
  }
  async str(name: string, list: readonly (string | null)[], tick: () => Promise<void> | undefined): Promise<void> {
    // One pass: UTF-8 into 16 MB blocks, byte lengths recorded as written (-1 = null).
    const s = this.begin(name, 'str');
    const head = new Int32Array(list.length + 1);
    head[0] = list.length;
    const blocks: Uint8Array[] = [];
    const BLOCK = 16 << 20;
    let block = Buffer.allocUnsafe(BLOCK);
    let pos = 0;
    for (let i = 0; i < list.length; i++) {
      const x = list[i];
      if (x === null || x === undefined) {
        head[i + 1] = -1;
        continue;
      }
      if (pos + 3 * x.length > block.length) {
        if (pos > 0) blocks.push(block.subarray(0, pos));
        block = Buffer.allocUnsafe(Math.max(BLOCK, 3 * x.length));
        pos = 0;
      }
      const n = block.write(x, pos, 'utf8');
      head[i + 1] = n;
      pos += n;
      const t = tick();
      if (t) await t;
    }
    if (pos > 0) blocks.push(block.subarray(0, pos));
    this.push(new Uint8Array(head.buffer));
    for (const b of blocks) this.push(b);
    this.end(name, s);
  }

  finish(header: Omit<Header, 'sections'>): Uint8Array[] {
    // Sections were laid out from offset 0; shift them past the preamble. The header's room is
    // sized from a first draft plus slack for the longer (shifted) offsets, padded with spaces.
    const draft = Buffer.byteLength(JSON.stringify({ ...header, sections: this.sections }), 'utf8');
    const room = draft + 16 * Object.keys(this.sections).length + 64;
    const shift = 12 + room + ((8 - ((12 + room) % 8)) % 8);
    const sections: Record<string, SectionRef> = {};
    for (const [k, v] of Object.entries(this.sections)) sections[k] = { ...v, offset: v.offset + shift };
    const hb = Buffer.from(JSON.stringify({ ...header, sections }), 'utf8');
    if (hb.length > shift - 12) throw new Error('snapshot header grew past its room');
    const len = Buffer.alloc(4);
    len.writeUInt32LE(shift - 12);
    return [Buffer.from(MAGIC, 'latin1'), len, Buffer.concat([hb, Buffer.alloc(shift - 12 - hb.length, 0x20)]), ...this.chunks];
  }
}

/** Serialise the core, the id order and the search postings into file chunks. Yields as it goes. */
export async function encodeSnapshot(core: GraphCore, order: Int32Array, search: PostingsData[]): Promise<Uint8Array[]> {
  core.settleAll(); // edges whose merge was deferred (merged properties are written)
  const tick = slicer();
  const w = new Writer();
  const N = core.nodeHigh;
  const E = core.edgeHigh;
  const props = new StringTable(); // JSON of property objects; 0 = {}
  props.id('{}');
  const propIds = new Map<object, number>([[EMPTY_PROPS, 0]]);
  const propId = (p: Record<string, Json>): number => {
    if (p === EMPTY_PROPS) return 0; // most of 5×10⁶ edges: no Map lookup
    let i = propIds.get(p);
    if (i === undefined) {
      i = Object.keys(p).length === 0 ? 0 : props.id(JSON.stringify(p));
      propIds.set(p, i);
    }
    return i;
  };

  // ---- nodes ----
  const label = new Uint8Array(N).fill(255);
  const names: (string | null)[] = new Array(N).fill(null);
  const aliasCount = new Int32Array(N);
  const aliases: string[] = [];
  const nodeProps = new Int32Array(N);
  for (let i = 0; i < N; i++) {
    const n = core.nodeObj[i];
    if (!n) continue;
    label[i] = LABELS.indexOf(n.label);
    names[i] = n.name;
    aliasCount[i] = n.aliases.length;
    for (const a of n.aliases) aliases.push(a);
    nodeProps[i] = propId(n.properties);
    const t = tick();
    if (t) await t;
  }
  // Multi-source nodes: [slot, k, src×k, sel×k]; sel -1 = the merged value, else an extra value.
  // One Int32Array sized first (at 10⁶ nodes stated by ~10 sources each, ~2×10⁷ entries).
  const nodeSrc = core.nSrc.slice(0, N);
  let size = 0;
  for (const m of core.nMulti.values()) size += 2 + 2 * m.srcs.length;
  for (let i = 0; i < N; i++) if (nodeSrc[i] === MULTI_SAME) size += 2 + 2 * core.nLen[i]!;
  const multi = new Int32Array(size);
  let mp = 0;
  const extra: [string, string, string[], number][] = [];
  for (const [idx, m] of core.nMulti) {
    multi[mp++] = idx;
    multi[mp++] = m.srcs.length;
    for (const s of m.srcs) multi[mp++] = s;
    const merged = core.nodeObj[idx]!;
    const local = new Map<GraphNode, number>();
    for (const v of m.vals) {
      if (v === merged) multi[mp++] = -1;
      else {
        let e = local.get(v);
        if (e === undefined) {
          e = extra.length;
          extra.push([v.label, v.name, v.aliases, propId(v.properties)]);
          local.set(v, e);
        }
        multi[mp++] = e;
      }
    }
    const t = tick();
    if (t) await t;
  }
  // Nodes whose sources all state one value keep their sources in the core's arena: the same
  // entry as a NodeMulti whose every value is the merged one (the file does not distinguish them).
  for (let i = 0; i < N; i++) {
    if (nodeSrc[i] !== MULTI_SAME) continue;
    nodeSrc[i] = MULTI;
    const k = core.nLen[i]!;
    const o = core.nOff[i]!;
    multi[mp++] = i;
    multi[mp++] = k;
    multi.set(core.sArena.subarray(o, o + k), mp);
    mp += k;
    multi.fill(-1, mp, mp + k);
    mp += k;
  }
  await w.str('node.ids', core.nodeIds.slice(0, N), tick);
  w.u8('node.label', label);
  await w.str('node.name', names, tick);
  w.i32('node.aliasCount', aliasCount);
  await w.str('node.aliases', aliases, tick);
  w.i32('node.props', nodeProps);
  w.i32('node.src', nodeSrc, false);
  w.i32('node.multi', multi, false);
  w.json('node.multiExtra', extra);

  // ---- edges ----
  const edgeProps = new Int32Array(E);
  const evCount = new Int32Array(E);
  const runFirst = new Int32Array(E);
  let runs = 0;
  for (let j = 0; j < E; j++) {
    if (core.eType[j] === 255) continue;
    edgeProps[j] = propId(core.eProps[j]!);
    evCount[j] = core.evCount[j]!;
    runFirst[runs++] = core.evFirst[j]!;
    const t = tick();
    if (t) await t;
  }
  // Evidence rows in edge order, without garbage; the sentences' UTF-8 bytes as they are.
  const runCount = new Int32Array(runs);
  for (let j = 0, k = 0; j < E; j++) if (core.eType[j] !== 255) runCount[k++] = evCount[j]!;
  const { store: ev } = core.ev.compacted(runFirst, runCount, runs);
  w.u8('edge.type', core.eType.subarray(0, E));
  w.i32('edge.s', core.eS.subarray(0, E));
  w.i32('edge.t', core.eT.subarray(0, E));
  w.i32('edge.src', core.eSrc.subarray(0, E));
  w.i32('edge.props', edgeProps, false);
  w.i32('edge.evCount', evCount, false);
  await w.str('ev.strings', ev.strings, tick);
  w.i32('ev.doc', ev.rDoc.subarray(0, ev.rowHigh), false);
  w.i32('ev.sec', ev.rSec.subarray(0, ev.rowHigh), false);
  w.f64('ev.text', ev.rText.subarray(0, ev.rowHigh), false);
  w.i32('ev.len', ev.rLen.subarray(0, ev.rowHigh), false);
  w.i32('ev.start', ev.rStart.subarray(0, ev.rowHigh), false);
  w.i32('ev.end', ev.rEnd.subarray(0, ev.rowHigh), false);
  w.i32('ev.extra', ev.rExtra.subarray(0, ev.rowHigh), false);
  w.u8('ev.bytes', ev.arena.chunks[0] ?? new Uint8Array(0), false);
  w.json('edge.exc', [...core.excId]);
  w.json('edge.multi', [...core.eMulti].map(([j, m]) => [j, m.srcs, m.vals]));

  // ---- sources, order, property table ----
  const srcOffsets = new Int32Array(2 * core.sources.length + 1);
  let elemCount = 0;
  for (let s = 0; s < core.sources.length; s++) elemCount += (core.srcNodes[s]?.length ?? 0) + (core.srcEdges[s]?.length ?? 0);
  const srcElems = new Int32Array(elemCount);
  let at = 0;
  for (let s = 0; s < core.sources.length; s++) {
    srcOffsets[2 * s] = at;
    if (core.srcNodes[s]) srcElems.set(core.srcNodes[s]!, at);
    at += core.srcNodes[s]?.length ?? 0;
    srcOffsets[2 * s + 1] = at;
    if (core.srcEdges[s]) srcElems.set(core.srcEdges[s]!, at);
    at += core.srcEdges[s]?.length ?? 0;
  }
  srcOffsets[2 * core.sources.length] = at;
  w.i32('src.offsets', srcOffsets);
  w.i32('src.elems', srcElems, false);
  w.i32('order', order);
  search.forEach((d, i) => {
    w.f64(`search.${i}.keys`, d.keys);
    w.i32(`search.${i}.lens`, d.lens);
    w.i32(`search.${i}.ids`, d.ids);
  });
  await w.str('props', props.list, tick);
  return w.finish({ version: VERSION, nodeHigh: N, edgeHigh: E, sources: core.sources.slice() });
}

// ---- reading ---------------------------------------------------------------------------------

class Reader {
  constructor(
    private readonly buf: Buffer,
    private readonly sections: Record<string, SectionRef>,
  ) {}
  private sec(name: string, kind: SectionKind): SectionRef {
    const s = this.sections[name];
    if (!s || s.kind !== kind) throw new Error(`snapshot section ${name} missing`);
    return s;
  }
  i32(name: string): Int32Array {
    const s = this.sec(name, 'i32');
    const out = new Int32Array(s.bytes / 4);
    new Uint8Array(out.buffer).set(this.buf.subarray(s.offset, s.offset + s.bytes));
    return out;
  }
  u8(name: string): Uint8Array {
    const s = this.sec(name, 'u8');
    return Uint8Array.from(this.buf.subarray(s.offset, s.offset + s.bytes));
  }
  f64(name: string): Float64Array {
    const s = this.sec(name, 'f64');
    const out = new Float64Array(s.bytes / 8);
    new Uint8Array(out.buffer).set(this.buf.subarray(s.offset, s.offset + s.bytes));
    return out;
  }
  bytes(name: string): Buffer {
    const s = this.sec(name, 'u8');
    const out = Buffer.allocUnsafeSlow(s.bytes);
    this.buf.copy(out, 0, s.offset, s.offset + s.bytes);
    return out;
  }
  json<T>(name: string): T {
    const s = this.sec(name, 'json');
    return JSON.parse(this.buf.toString('utf8', s.offset, s.offset + s.bytes)) as T;
  }
  str(name: string): (string | null)[] {
    const s = this.sec(name, 'str');
    const count = this.buf.readInt32LE(s.offset);
    const lens = new Int32Array(count);
    new Uint8Array(lens.buffer).set(this.buf.subarray(s.offset + 4, s.offset + 4 + 4 * count));
    const out: (string | null)[] = new Array(count);
    let pos = s.offset + 4 + 4 * count;
    for (let i = 0; i < count; i++) {
      const n = lens[i]!;
      if (n < 0) out[i] = null;
      else {
        out[i] = n === 0 ? '' : this.buf.toString('utf8', pos, pos + n);
        pos += n;
      }
    }
    return out;
  }
}

/** Read and verify a snapshot file; BadFileError when it is missing, truncated or altered. */
export async function readSnapshotFile(file: string, sha256: string): Promise<Buffer> {
  let buf: Buffer;
  try {
    const fh = await fs.open(file, 'r');
    try {
      const { size } = await fh.stat();
      buf = Buffer.allocUnsafe(size);
      let pos = 0;
      while (pos < size) {
        const { bytesRead } = await fh.read(buf, pos, Math.min(size - pos, 64 << 20), pos);
        if (bytesRead === 0) break;
        pos += bytesRead;
      }
      if (pos !== size) throw Object.assign(new Error('short read'), { code: 'EIO' });
    } finally {
      await fh.close();
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new BadFileError(`缺少快照文件 / missing snapshot ${file} (${code})`, code === 'ENOENT' ? 'missing' : 'unreadable');
  }
  if (createHash('sha256').update(buf).digest('hex') !== sha256) {
    throw new BadFileError(`快照校验失败 / checksum mismatch for snapshot ${file}`, 'checksum');
  }
  return buf;
}

/** Build a core from a verified snapshot buffer; returns it with the id order it was written with. */
export function decodeSnapshot(buf: Buffer): { core: GraphCore; order: Int32Array; search: PostingsData[] } {
  if (buf.toString('latin1', 0, 8) !== MAGIC) throw new BadFileError('快照格式不符 / not a snapshot file', 'unreadable');
  const hlen = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + hlen)) as Header;
  if (!READS.has(header.version)) throw new BadFileError(`快照版本不符 / snapshot version ${header.version}`, 'unreadable');
  const r = new Reader(buf, header.sections);
  const core = new GraphCore();
  const N = header.nodeHigh;
  const E = header.edgeHigh;
  const propsJson = r.str('props');
  const props: Record<string, Json>[] = propsJson.map((p, i) => (i === 0 ? EMPTY_PROPS : (JSON.parse(p!) as Record<string, Json>)));

  // nodes
  core.nodeHigh = N;
  core.growNodes(N);
  core.nodeIds = r.str('node.ids');
  const label = r.u8('node.label');
  const names = r.str('node.name');
  const aliasCount = r.i32('node.aliasCount');
  const aliases = r.str('node.aliases') as string[];
  const nodeProps = r.i32('node.props');
  let a = 0;
  core.nodeObj = new Array(N);
  for (let i = 0; i < N; i++) {
    const id = core.nodeIds[i];
    if (label[i] === 255 || id === null || id === undefined) {
      core.nodeObj[i] = null;
      continue;
    }
    const k = aliasCount[i]!;
    core.nodeObj[i] = {
      id,
      label: LABELS[label[i]!] as Label,
      name: names[i]!,
      aliases: k === 0 ? NO_ALIASES : aliases.slice(a, a + k),
      properties: props[nodeProps[i]!]!,
    };
    a += k;
  }
  core.nSrc.set(r.i32('node.src'));
  const multi = r.i32('node.multi');
  const extraRaw = r.json<[Label, string, string[], number][]>('node.multiExtra');
  for (let p = 0; p < multi.length; ) {
    const idx = multi[p++]!;
    const k = multi[p++]!;
    let allMerged = true;
    for (let q = p + k; q < p + 2 * k && allMerged; q++) allMerged = multi[q] === -1;
    if (allMerged) {
      core.nSrc[idx] = MULTI_SAME;
      core.setSameSrcs(idx, multi.subarray(p, p + k));
      p += 2 * k;
      continue;
    }
    const srcs = Array.from(multi.subarray(p, p + k));
    p += k;
    const merged = core.nodeObj[idx]!;
    const vals: GraphNode[] = [];
    const local = new Map<number, GraphNode>();
    for (let q = 0; q < k; q++) {
      const sel = multi[p++]!;
      if (sel === -1) vals.push(merged);
      else {
        let v = local.get(sel);
        if (!v) {
          const [l, name, al, pid] = extraRaw[sel]!;
          v = { id: merged.id, label: l, name, aliases: al.length ? al : NO_ALIASES, properties: props[pid]! };
          local.set(sel, v);
        }
        vals.push(v);
      }
    }
    core.nMulti.set(idx, { srcs, vals, same: false });
  }

  // edges
  core.edgeHigh = E;
  core.growEdges(E);
  core.eType.set(r.u8('edge.type'));
  core.eS.set(r.i32('edge.s'));
  core.eT.set(r.i32('edge.t'));
  core.eSrc.set(r.i32('edge.src'));
  const edgeProps = r.i32('edge.props');
  const evCount = r.i32('edge.evCount');
  core.ev = EvidenceStore.fromColumns({
    strings: r.str('ev.strings') as string[],
    doc: r.i32('ev.doc'),
    sec: r.i32('ev.sec'),
    text: r.f64('ev.text'),
    len: r.i32('ev.len'),
    start: r.i32('ev.start'),
    end: r.i32('ev.end'),
    extra: r.i32('ev.extra'),
    bytes: r.bytes('ev.bytes'),
  });
  core.eProps = new Array(E);
  let row = 0;
  for (let j = 0; j < E; j++) {
    core.eProps[j] = props[edgeProps[j]!]!;
    core.evFirst[j] = row;
    core.evCount[j] = evCount[j]!;
    row += evCount[j]!;
  }
  for (const [j, id] of r.json<[number, string][]>('edge.exc')) core.excId.set(j, id);
  for (const [j, srcs, vals] of r.json<[number, number[], EdgeVal[]][]>('edge.multi')) core.eMulti.set(j, { srcs, vals: vals.map(fixEdgeVal) });
  core.mergeMultiEvidence();

  // sources
  const offsets = r.i32('src.offsets');
  const elems = r.i32('src.elems');
  header.sources.forEach((info, s) => {
    core.sources[s] = info;
    core.srcNodes[s] = elems.slice(offsets[2 * s]!, offsets[2 * s + 1]!);
    core.srcEdges[s] = elems.slice(offsets[2 * s + 1]!, offsets[2 * s + 2]!);
  });
  core.invalidateRanks(); // sources set wholesale: their id order is rebuilt on first use
  core.rebuildAfterLoad();
  void NONE;
  const search: PostingsData[] = [];
  for (let i = 0; header.sections[`search.${i}.keys`]; i++) {
    search.push({ keys: r.f64(`search.${i}.keys`), lens: r.i32(`search.${i}.lens`), ids: r.i32(`search.${i}.ids`) });
  }
  return { core, order: r.i32('order'), search };
}

function fixEdgeVal(v: EdgeVal): EdgeVal {
  return { ...v, type: v.type as RelType, properties: Object.keys(v.properties).length ? v.properties : EMPTY_PROPS };
}

void REL_TYPES;
