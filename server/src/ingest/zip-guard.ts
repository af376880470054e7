// Zip-bomb guard for docx: a 25 MB upload can inflate to gigabytes, and mammoth needs ~50 bytes of
// heap per byte of XML it parses (a 16 MB document.xml takes ~0.8 GB and 8 s). Before mammoth sees
// the file, walk the zip's central directory and inflate every part with an output cap, counting
// the bytes actually inflated — never the sizes the archive declares, which can lie:
//   - a part that is XML (by name, or by content: it starts with "<") may inflate to maxXmlBytes,
//     what the reader can really hold; any other part (images, embedded objects) to maxPartBytes;
//   - all parts together may inflate to maxTotalBytes (real bytes, so a directory listing 150
//     parts of 15 MB each is refused after the first few, not after inflating all of them).
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
}

export const DOCX_LIMITS: Required<ZipLimits> = {
  maxTotalBytes: 128 * 1024 * 1024,
  maxXmlBytes: 16 * 1024 * 1024,
  maxPartBytes: 64 * 1024 * 1024,
  maxEntries: 10_000,
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
    readonly kind: 'too_large' | 'corrupt',
    message: string,
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

/** Throws ZipGuardError when the archive inflates (really) beyond `limits`. */
export function assertZipWithinLimits(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const maxPart = Math.max(limits.maxPartBytes ?? limits.maxXmlBytes, limits.maxXmlBytes);
  const entries = zipEntries(buf, limits.maxEntries);
  const declared = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (declared > limits.maxTotalBytes) {
    throw new ZipGuardError('too_large', `解压后过大（${mb(declared)} MB）/ inflates to ${mb(declared)} MB, over the ${mb(limits.maxTotalBytes)} MB limit`);
  }
  let total = 0;
  for (const e of entries) {
    if (e.name.endsWith('/') && e.compressedSize === 0) continue; // a directory
    const at = e.localHeaderOffset;
    if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) throw new ZipGuardError('corrupt', `zip 条目已损坏：${e.name} / corrupt zip entry: ${e.name}`);
    const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    if (start + e.compressedSize > buf.length) throw new ZipGuardError('corrupt', `zip 条目已损坏：${e.name} / corrupt zip entry: ${e.name}`);
    const data = buf.subarray(start, start + e.compressedSize);
    const xmlByName = /\.(xml|rels)$/i.test(e.name);
    const remaining = limits.maxTotalBytes - total;
    let real: number;
    let xml: boolean;
    if (e.method === 0) {
      real = data.length;
      xml = xmlByName || looksLikeXml(data);
    } else if (e.method === 8) {
      // Inflate at most one byte past what this part may hold: zlib stops there.
      const cap = Math.min(xmlByName ? limits.maxXmlBytes : maxPart, remaining) + 1;
      let out: Buffer;
      try {
        out = inflateRawSync(data, { maxOutputLength: cap });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
          if (cap > remaining) throw totalError(limits);
          throw partError(e.name, xmlByName ? limits.maxXmlBytes : maxPart);
        }
        throw new ZipGuardError('corrupt', `zip 条目无法解压：${e.name} / cannot inflate zip entry: ${e.name}`);
      }
      real = out.length;
      xml = xmlByName || looksLikeXml(out);
    } else {
      continue; // unknown methods: mammoth cannot read them either and says so
    }
    if (xml && real > limits.maxXmlBytes) throw partError(e.name, limits.maxXmlBytes);
    if (real > maxPart) throw partError(e.name, maxPart);
    total += real;
    if (total > limits.maxTotalBytes) throw totalError(limits);
  }
}

function partError(name: string, cap: number): ZipGuardError {
  return new ZipGuardError('too_large', `文档部件解压后超过 ${mb(cap)} MB：${name} / part inflates beyond ${mb(cap)} MB: ${name}`);
}

function totalError(limits: ZipLimits): ZipGuardError {
  return new ZipGuardError('too_large', `解压后总量超过 ${mb(limits.maxTotalBytes)} MB / the parts inflate beyond ${mb(limits.maxTotalBytes)} MB in total`);
}
