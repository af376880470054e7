// Zip-bomb guard for docx: a 25 MB upload can inflate to gigabytes and take the whole server down
// with it. Before mammoth sees the file, walk the zip's central directory, refuse archives whose
// declared sizes are too large, and inflate every XML part with a hard output cap so a header that
// lies about its size is caught too. Pure node:zlib, no extra dependency.
import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  /** Largest total uncompressed size of all entries (declared). */
  maxTotalBytes: number;
  /** Largest uncompressed size of one XML part (checked by inflating with a cap). */
  maxXmlBytes: number;
  /** Most entries in the archive. */
  maxEntries: number;
}

export const DOCX_LIMITS: ZipLimits = {
  maxTotalBytes: 400 * 1024 * 1024,
  maxXmlBytes: 128 * 1024 * 1024,
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

/** The central directory of a zip (no zip64: a docx needing zip64 is far beyond our limits anyway). */
export function zipEntries(buf: Buffer): ZipEntry[] {
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
  let p = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new ZipGuardError('corrupt', 'zip 目录已损坏 / corrupt zip central directory');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
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

/** Throws ZipGuardError when the archive would inflate beyond `limits`. */
export function assertZipWithinLimits(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = zipEntries(buf);
  if (entries.length > limits.maxEntries) throw new ZipGuardError('too_large', `zip 条目过多（${entries.length}）/ too many zip entries (${entries.length} > ${limits.maxEntries})`);
  const declared = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (declared > limits.maxTotalBytes) {
    throw new ZipGuardError('too_large', `解压后过大（${Math.round(declared / 1048576)} MB）/ inflates to ${Math.round(declared / 1048576)} MB, over the ${Math.round(limits.maxTotalBytes / 1048576)} MB limit`);
  }
  for (const e of entries) {
    if (!/\.(xml|rels)$/i.test(e.name)) continue; // media parts are not read for text
    const at = e.localHeaderOffset;
    if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) throw new ZipGuardError('corrupt', `zip 条目已损坏：${e.name} / corrupt zip entry: ${e.name}`);
    const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    const data = buf.subarray(start, start + e.compressedSize);
    if (e.method === 0) {
      if (data.length > limits.maxXmlBytes) throw new ZipGuardError('too_large', `文档部件过大：${e.name} / part too large: ${e.name}`);
      continue;
    }
    if (e.method !== 8) continue; // unknown methods: leave the verdict to mammoth
    try {
      inflateRawSync(data, { maxOutputLength: limits.maxXmlBytes });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
        throw new ZipGuardError('too_large', `文档部件解压后超过 ${Math.round(limits.maxXmlBytes / 1048576)} MB：${e.name} / part inflates beyond ${Math.round(limits.maxXmlBytes / 1048576)} MB: ${e.name}`);
      }
      throw new ZipGuardError('corrupt', `zip 条目无法解压：${e.name} / cannot inflate zip entry: ${e.name}`);
    }
  }
}
