// Zip-bomb guard for docx (and the registry's xlsx, server/src/registry/read.ts): a 25 MB upload can inflate to gigabytes, and mammoth needs ~50 bytes of
// heap per byte of XML it parses (a 16 MB document.xml takes ~0.8 GB and 8 s). Before mammoth sees
// the file, walk the zip's central directory and inflate every part with an output cap, counting
// the bytes actually inflated — never the sizes the archive declares, which can lie:
//   - a part that is XML (by name, or by content: it starts with "<") may inflate to maxXmlBytes,
//     what the reader can really hold; any other part (images, embedded objects) to maxPartBytes;
//   - all parts together may inflate to maxTotalBytes (real bytes, so a directory listing 150
//     parts of 15 MB each is refused after the first few, not after inflating all of them);
//   - with `readRelTypes` (docx), only the parts the reader parses are inflated and counted: parts
//     named .xml/.rels and the targets of those relationship types. Images and embedded objects are
//     never read as text, so they are skipped unread, whatever their size (a 400 MB image of zeros
//     costs nothing and refuses nothing);
//   - with `maxXmlDepth` / `refuseDtd`, each XML part read is scanned before any parser sees it:
//     element nesting deeper than the limit (the parser and mammoth recurse per level and overflow
//     the stack after a long wait) and DTD / entity declarations (the entity-expansion bomb; Word
//     never writes a DTD) are refused with a message naming the part;
//   - with `maxXmlTotalBytes`, `countElements` / `textElement` (docx: read/office.ts), the same scan
//     bounds what the reader and the pipeline after it would have to do, before either starts: the XML
//     of all parts read together, the elements of a name (paragraphs, <w:p>) and the characters of
//     text (inside <w:t>) — a 55 KB docx of 15.9 MB XML (144,000 paragraphs, 3.9 million characters)
//     ran 340 s into the ingest deadline with 1.5 GB (review18 H4); it is refused in one pass of the
//     bytes, the error saying which bound (ZipGuardError.over) so the caller can name its setting.
// zlib stops at the cap (maxOutputLength): a 1 GB bomb is refused after inflating 16 MB (~15 ms),
// and nothing inflated is kept. Pure node:zlib, no extra dependency. Runs in the ingest worker.
import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  /** Largest total of all parts, inflated (real bytes; the declared total is checked too). */
  maxTotalBytes: number;
  /** Largest inflated size of one XML part. */
  maxXmlBytes: number;
  /** Largest inflated size of one other part (media); defaults to maxXmlBytes. */
  maxPartBytes?: number;
  /** Most entries in the archive. */
  maxEntries: number;
  /**
   * Relationship types (the last segment of the Type URI) whose targets the reader parses. When set,
   * a part is inflated and counted only if it is named .xml/.rels or is such a target; the others
   * are skipped unread. Unset: every part is inflated and counted.
   */
  readRelTypes?: readonly string[];
  /** Deepest element nesting allowed in an XML part read; unset: not checked. */
  maxXmlDepth?: number;
  /** Refuse an XML part read that declares a DTD or entities (<!DOCTYPE, <!ENTITY). */
  refuseDtd?: boolean;
  /** Most bytes of XML the parts read may inflate to together (real bytes); unset: only maxTotalBytes. */
  maxXmlTotalBytes?: number;
  /** Elements counted over all XML parts read (qualified name → most allowed), e.g. { 'w:p': 200000 }. */
  countElements?: Readonly<Record<string, number>>;
  /** Characters of text inside this element (e.g. 'w:t'), over all parts read, at most maxTextChars. */
  textElement?: string;
  maxTextChars?: number;
}

/** Which counted bound an archive broke, with what was counted when the scan stopped (at least count). */
export interface ZipOver {
  limit: 'maxXmlTotalBytes' | 'countElements' | 'maxTextChars';
  /** The element, for countElements. */
  element?: string;
  count: number;
  max: number;
}

/**
 * mammoth (extractRawText) parses the package and document relationships, [Content_Types].xml, the
 * main document and its styles, numbering, footnotes, endnotes and comments; never images or
 * embedded objects. Real documents nest elements ~10–40 deep (a table in a table adds 3); mammoth
 * overflows the stack between 1,500 and 2,000 levels.
 */
export const DOCX_LIMITS: ZipLimits & Required<Pick<ZipLimits, 'maxPartBytes'>> = {
  maxTotalBytes: 128 * 1024 * 1024,
  maxXmlBytes: 16 * 1024 * 1024,
  maxPartBytes: 64 * 1024 * 1024,
  maxEntries: 10_000,
  readRelTypes: ['officeDocument', 'styles', 'numbering', 'footnotes', 'endnotes', 'comments'],
  maxXmlDepth: 256,
  refuseDtd: true,
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Thrown with a message in Chinese and English saying which limit the archive broke or what is corrupt. */
export class ZipGuardError extends Error {
  constructor(
    readonly kind: 'too_large' | 'corrupt' | 'refused',
    message: string,
    /** Set when a counted bound (maxXmlTotalBytes, countElements, maxTextChars) was broken. */
    readonly over?: ZipOver,
  ) {
    super(message);
    this.name = 'ZipGuardError';
  }
}

const mb = (n: number) => Math.round(n / 1048576);

/** The central directory of a zip (no zip64: a docx needing zip64 is far beyond our limits anyway). */
export function zipEntries(buf: Buffer, maxEntries = Infinity): ZipEntry[] {
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipGuardError('corrupt', '不是有效的 zip 文件（找不到目录）/ not a valid zip (no central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  if (count > maxEntries) throw new ZipGuardError('too_large', `zip 条目过多（${count}）/ too many zip entries (${count} > ${maxEntries})`);
  let p = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new ZipGuardError('corrupt', 'zip 目录已损坏 / corrupt zip central directory');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    if (p + 46 + nameLen > buf.length) throw new ZipGuardError('corrupt', 'zip 目录已损坏 / corrupt zip central directory');
    entries.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Markup: the first byte after a UTF-8 BOM and whitespace is "<". */
function looksLikeXml(data: Uint8Array): boolean {
  let i = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  while (i < data.length && i < 64 && (data[i] === 0x20 || data[i] === 0x0a || data[i] === 0x0d || data[i] === 0x09)) i++;
  return data[i] === 0x3c;
}

/** Throws ZipGuardError when the archive inflates (really) beyond `limits`, or an XML part read is refused. */
export function assertZipWithinLimits(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const maxPart = Math.max(limits.maxPartBytes ?? limits.maxXmlBytes, limits.maxXmlBytes);
  const all = zipEntries(buf, limits.maxEntries);
  const relTypes = limits.readRelTypes;
  // Relationship parts first: with readRelTypes they name the parts read under other names.
  const entries = relTypes ? [...all.filter((e) => isRels(e.name)), ...all.filter((e) => !isRels(e.name))] : all;
  const readTargets = new Set<string>();
  const isRead = (e: ZipEntry) => !relTypes || isXmlName(e.name) || readTargets.has(e.name);
  // Declared sizes of the parts that will be read (the rels-named targets are known only later;
  // the real inflated bytes are counted below in any case).
  const declared = all.filter((e) => !relTypes || isXmlName(e.name)).reduce((n, e) => n + e.uncompressedSize, 0);
  if (declared > limits.maxTotalBytes) {
    throw new ZipGuardError('too_large', `解压后过大（${mb(declared)} MB）/ inflates to ${mb(declared)} MB, over the ${mb(limits.maxTotalBytes)} MB limit`);
  }
  let total = 0;
  let xmlTotal = 0;
  const scan = scanState(limits);
  for (const e of entries) {
    if (e.name.endsWith('/') && e.compressedSize === 0) continue; // a directory
    if (!isRead(e)) continue; // never parsed by the reader (images, embedded objects): not inflated
    const at = e.localHeaderOffset;
    if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) throw new ZipGuardError('corrupt', `zip 条目已损坏：${e.name} / corrupt zip entry: ${e.name}`);
    const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    if (start + e.compressedSize > buf.length) throw new ZipGuardError('corrupt', `zip 条目已损坏：${e.name} / corrupt zip entry: ${e.name}`);
    const data = buf.subarray(start, start + e.compressedSize);
    const xmlByName = isXmlName(e.name);
    const remaining = limits.maxTotalBytes - total;
    let out: Buffer;
    if (e.method === 0) {
      out = data;
    } else if (e.method === 8) {
      // Inflate at most one byte past what this part may hold: zlib stops there.
      const cap = Math.min(xmlByName ? limits.maxXmlBytes : maxPart, remaining) + 1;
      try {
        out = inflateRawSync(data, { maxOutputLength: cap });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
          if (cap > remaining) throw totalError(limits);
          throw partError(e.name, xmlByName ? limits.maxXmlBytes : maxPart);
        }
        throw new ZipGuardError('corrupt', `zip 条目无法解压：${e.name} / cannot inflate zip entry: ${e.name}`);
      }
    } else {
      continue; // unknown methods: mammoth cannot read them either and says so
    }
    const real = out.length;
    const xml = xmlByName || looksLikeXml(out);
    if (xml && real > limits.maxXmlBytes) throw partError(e.name, limits.maxXmlBytes);
    if (real > maxPart) throw partError(e.name, maxPart);
    total += real;
    if (total > limits.maxTotalBytes) throw totalError(limits);
    if (xml) {
      xmlTotal += real;
      const maxXml = limits.maxXmlTotalBytes;
      if (maxXml !== undefined && xmlTotal > maxXml) {
        throw overError({ limit: 'maxXmlTotalBytes', count: xmlTotal, max: maxXml }, `文档各部件 XML 解压后共 ${xmlTotal} 字节，超过上限 ${maxXml} / the parts read inflate to ${xmlTotal} bytes of XML, over the limit of ${maxXml}`);
      }
      if (scan.wanted) scanXml(e.name, out, scan);
    }
    if (relTypes && isRels(e.name)) for (const t of relationshipTargets(e.name, out.toString('utf8'), relTypes)) readTargets.add(t);
  }
}

const isXmlName = (name: string) => /\.(xml|rels)$/i.test(name);
const isRels = (name: string) => /\.rels$/i.test(name);

/**
 * Internal targets of the relationships of `types` in one .rels part, as zip entry names: relative
 * to the folder of the part the .rels describes (word/_rels/document.xml.rels → word/), or absolute.
 */
export function relationshipTargets(relsName: string, xml: string, types: readonly string[]): string[] {
  const base = relsName.replace(/(^|\/)_rels\/[^/]*$/, '$1'); // "word/" or ""
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const attrs = m[1]!;
    const attr = (k: string) => new RegExp(`\\b${k}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);
    const type = attr('Type');
    const target = attr('Target');
    if (!type || !target) continue;
    if (/^external$/i.test(attr('TargetMode')?.[2] ?? attr('TargetMode')?.[3] ?? '')) continue;
    const t = unescapeXml(type[2] ?? type[3] ?? '');
    if (!types.includes(t.slice(t.lastIndexOf('/') + 1))) continue;
    const raw = unescapeXml(target[2] ?? target[3] ?? '');
    out.push(normalizePath(raw.startsWith('/') ? raw.slice(1) : base + raw));
  }
  return out;
}

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k.startsWith('#x')) return String.fromCodePoint(parseInt(k.slice(2), 16));
    if (k.startsWith('#')) return String.fromCodePoint(parseInt(k.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[k] ?? '';
  });
}

function normalizePath(p: string): string {
  const parts: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

/** What scanXml checks and counts; the counts run over every part read. */
interface ScanState {
  wanted: boolean;
  maxDepth: number | undefined;
  refuseDtd: boolean;
  /** Counted elements: the name's bytes, the most allowed and the count so far. */
  elements: { name: string; bytes: Buffer; max: number; count: number }[];
  text: { bytes: Buffer; max: number; count: number } | undefined;
}

function scanState(limits: ZipLimits): ScanState {
  const elements = Object.entries(limits.countElements ?? {}).map(([name, max]) => ({ name, bytes: Buffer.from(name, 'latin1'), max, count: 0 }));
  const text = limits.textElement !== undefined && limits.maxTextChars !== undefined ? { bytes: Buffer.from(limits.textElement, 'latin1'), max: limits.maxTextChars, count: 0 } : undefined;
  const refuseDtd = limits.refuseDtd ?? false;
  return { wanted: limits.maxXmlDepth !== undefined || refuseDtd || elements.length > 0 || text !== undefined, maxDepth: limits.maxXmlDepth, refuseDtd, elements, text };
}

/** The start tag at `i` ("<" at i) is of element `name`: the name, then whitespace, "/" or ">". */
function isElement(x: Buffer, i: number, name: Buffer): boolean {
  const end = i + 1 + name.length;
  if (end >= x.length) return false;
  for (let k = 0; k < name.length; k++) if (x[i + 1 + k] !== name[k]) return false;
  const c = x[end];
  return c === 0x20 || c === 0x3e || c === 0x2f || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * Characters of the text from `from` to the next "<": UTF-8 lead bytes (continuation bytes are not
 * characters), an entity or character reference (&amp; &#x4E2D;) counted as one.
 */
function textChars(x: Buffer, from: number): number {
  let n = 0;
  for (let k = from; k < x.length; k++) {
    const b = x[k]!;
    if (b === 0x3c) break;
    if ((b & 0xc0) === 0x80) continue;
    n++;
    if (b === 0x26) {
      const semi = x.indexOf(0x3b, k);
      const lt = x.indexOf(0x3c, k);
      if (semi > 0 && (lt < 0 || semi < lt) && semi - k <= 12) k = semi;
    }
  }
  return n;
}

/**
 * One pass over an XML part's bytes, before any parser: element nesting depth (start tags not
 * self-closed, minus end tags), DTD declarations, the counted elements and the text inside the text
 * element. Comments, CDATA and processing instructions are skipped; quotes inside a start tag are
 * honoured.
 */
function scanXml(name: string, x: Buffer, s: ScanState): void {
  const { maxDepth, refuseDtd, elements, text } = s;
  const n = x.length;
  let depth = 0;
  let i = 0;
  const skipTo = (from: number, end: string) => {
    const k = x.indexOf(end, from, 'latin1');
    return k < 0 ? n : k + end.length;
  };
  while (i < n) {
    i = x.indexOf(0x3c, i);
    if (i < 0 || i + 1 >= n) return;
    const c = x[i + 1];
    if (c === 0x2f) {
      depth--; // </name>
      i = skipTo(i + 2, '>');
    } else if (c === 0x3f) {
      i = skipTo(i + 2, '?>');
    } else if (c === 0x21) {
      if (x[i + 2] === 0x2d && x[i + 3] === 0x2d) i = skipTo(i + 4, '-->');
      else if (x.toString('latin1', i, i + 9) === '<![CDATA[') i = skipTo(i + 9, ']]>');
      else {
        if (refuseDtd) throw dtdError(name);
        i = skipTo(i + 2, '>');
      }
    } else {
      let j = i + 1;
      let q = 0;
      for (; j < n; j++) {
        const b = x[j]!;
        if (q) {
          if (b === q) q = 0;
        } else if (b === 0x22 || b === 0x27) q = b;
        else if (b === 0x3e) break;
      }
      if (j >= n) return;
      const open = x[j - 1] !== 0x2f;
      if (open && maxDepth !== undefined && ++depth > maxDepth) throw depthError(name, maxDepth);
      for (const el of elements) {
        if (isElement(x, i, el.bytes) && ++el.count > el.max) {
          throw overError(
            { limit: 'countElements', element: el.name, count: el.count, max: el.max },
            `文档含有超过 ${el.max} 个 <${el.name}> 元素 / more than ${el.max} <${el.name}> elements`,
          );
        }
      }
      if (text && open && isElement(x, i, text.bytes)) {
        text.count += textChars(x, j + 1);
        if (text.count > text.max) {
          throw overError(
            { limit: 'maxTextChars', count: text.count, max: text.max },
            `文档文字超过 ${text.max} 字（已数到 ${text.count} 字）/ more than ${text.max} characters of text (${text.count} counted)`,
          );
        }
      }
      i = j + 1;
    }
  }
}

function overError(over: ZipOver, message: string): ZipGuardError {
  return new ZipGuardError('too_large', message, over);
}

function depthError(name: string, max: number): ZipGuardError {
  return new ZipGuardError(
    'refused',
    `XML 元素嵌套超过 ${max} 层，文档结构异常，已拒绝：${name} / XML elements nested deeper than ${max} levels (malformed or hostile document), refused: ${name}`,
  );
}

function dtdError(name: string): ZipGuardError {
  return new ZipGuardError(
    'refused',
    `文档部件含有 DTD 或实体声明（<!DOCTYPE、<!ENTITY），Word 和 Excel 不会写入，为防实体膨胀已拒绝：${name} / the part declares a DTD or entities (<!DOCTYPE, <!ENTITY), which Word and Excel never write; refused to prevent entity expansion: ${name}`,
  );
}

function partError(name: string, cap: number): ZipGuardError {
  return new ZipGuardError('too_large', `文档部件解压后超过 ${mb(cap)} MB：${name} / part inflates beyond ${mb(cap)} MB: ${name}`);
}

function totalError(limits: ZipLimits): ZipGuardError {
  return new ZipGuardError('too_large', `解压后总量超过 ${mb(limits.maxTotalBytes)} MB / the parts inflate beyond ${mb(limits.maxTotalBytes)} MB in total`);
}
