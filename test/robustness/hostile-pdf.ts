// Hostile and ordinary pdfs for the read-limit tests (fix34, fix35), generated in the test (no committed blobs), as
// review19's gen-hostile.py wrote them: objects numbered from 1, an xref table, a trailer.
import { deflateSync } from 'node:zlib';

/**
 * A pdf of `objs` (object i + 1 each), with its xref table, as gen-hostile.py writes one. `header` replaces the version
 * line and `trailer` adds entries to the trailer dictionary (encrypted-pdf.ts: /Encrypt and /ID).
 */
export function pdf(objs: Buffer[], opts: { header?: Buffer; trailer?: string } = {}): Buffer {
  const parts: Buffer[] = [opts.header ?? Buffer.from('%PDF-1.4\n')];
  let len = parts[0]!.length;
  const offs: number[] = [];
  objs.forEach((o, i) => {
    offs.push(len);
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), o, Buffer.from('\nendobj\n')]);
    parts.push(b);
    len += b.length;
  });
  const xref = `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n` + offs.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(Buffer.from(xref + `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R${opts.trailer ? ' ' + opts.trailer : ''} >>\nstartxref\n${len}\n%%EOF\n`));
  return Buffer.concat(parts);
}

export const PAGE = (contents: number) => Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contents} 0 R >>`);
export const FONT = Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');

/** A stream object: `dict` entries (without /Length) and its data. */
export const stream = (dict: string, data: Buffer) => Buffer.concat([Buffer.from(`<< /Length ${data.length}${dict ? ' ' + dict : ''} >>\nstream\n`), data, Buffer.from('\nendstream')]);

/** One page whose content stream (object 4) is `data` under `dict`; `extra` objects follow the page (6, 7, …). */
export function onePage(dict: string, data: Buffer, extra: Buffer[] = []): Buffer {
  return pdf([
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [5 0 R] /Count 1 >>'),
    FONT,
    stream(dict, data),
    PAGE(4),
    ...extra,
  ]);
}

/** `bytes` of text operators, (AAAAAAAA) Tj repeated, inside one text object. */
export function textOperators(bytes: number): Buffer {
  const op = Buffer.from('(AAAAAAAA) Tj ');
  return Buffer.concat([Buffer.from('BT /F1 10 Tf 10 700 Td '), Buffer.alloc(Math.floor(bytes / op.length) * op.length, op), Buffer.from('ET')]);
}

/** One page whose Flate content stream inflates to `bytes` of text operators (review19's flate.pdf: 400 MB). */
export function flateBomb(bytes: number): Buffer {
  return onePage('/Filter /FlateDecode', deflateSync(textOperators(bytes), { level: 9 }));
}

class BitWriter {
  private out: number[] = [];
  private acc = 0;
  private bits = 0;
  put(code: number, width: number): void {
    this.acc = (this.acc << width) | code;
    this.bits += width;
    while (this.bits >= 8) {
      this.bits -= 8;
      this.out.push((this.acc >>> this.bits) & 0xff);
    }
    this.acc &= (1 << this.bits) - 1;
  }
  done(): Buffer {
    if (this.bits > 0) this.out.push((this.acc << (8 - this.bits)) & 0xff);
    return Buffer.from(this.out);
  }
}

/** The code width after `nextCode` grew, as a reader with EarlyChange 1 (the default) switches. */
const widthAt = (nextCode: number, width: number) => (((nextCode + 1) & nextCode) === 0 ? Math.min(Math.log2(nextCode + 1) + 1, 12) : width);

/**
 * LZWDecode data of `data` (EarlyChange 1), a plain encoder: for ordinary content streams. The reader adds a table
 * entry one code after the writer does (with the code that follows), so the widths follow the reader's count.
 */
export function lzw(data: Buffer): Buffer {
  const w = new BitWriter();
  let table = new Map<string, number>();
  let nextCode = 258;
  let readerNext = 258;
  let first = true;
  let width = 9;
  const emit = (code: number) => {
    w.put(code, width);
    if (first) first = false;
    else width = widthAt(++readerNext, width);
  };
  const codeOf = (s: string) => (s.length === 1 ? s.charCodeAt(0) : table.get(s)!);
  let cur = '';
  for (const byte of data) {
    const next = cur + String.fromCharCode(byte);
    if (next.length === 1 || table.has(next)) {
      cur = next;
      continue;
    }
    emit(codeOf(cur));
    table.set(next, nextCode++);
    if (nextCode >= 4000) {
      w.put(256, width);
      table = new Map();
      nextCode = readerNext = 258;
      first = true;
      width = 9;
    }
    cur = String.fromCharCode(byte);
  }
  if (cur) emit(codeOf(cur));
  w.put(257, width);
  return w.done();
}

/**
 * LZWDecode data of `total` copies of one byte, written code by code (code k after the first byte is a run of k − 256
 * bytes): each table of ~3,840 codes (5.7 KB) decodes to 7.4 MB, ~1,300×.
 */
export function lzwRun(byte: number, total: number): Buffer {
  const w = new BitWriter();
  let produced = 0;
  let width = 9;
  while (produced < total) {
    let nextCode = 258;
    width = 9;
    w.put(byte, width);
    produced++;
    while (nextCode < 4094 && produced < total) {
      w.put(nextCode, width);
      produced += nextCode - 256;
      nextCode++;
      width = widthAt(nextCode, width);
    }
    w.put(256, width);
  }
  w.put(257, 9);
  return w.done();
}

/** RunLengthDecode data of `data` (runs of 2–128 equal bytes, literals of up to 128 between). */
export function runLength(data: Buffer): Buffer {
  const out: Buffer[] = [];
  let i = 0;
  while (i < data.length) {
    let r = 1;
    while (r < 128 && i + r < data.length && data[i + r] === data[i]) r++;
    if (r >= 2) {
      out.push(Buffer.from([257 - r, data[i]!]));
      i += r;
      continue;
    }
    let l = 1;
    while (l < 128 && i + l < data.length && !(i + l + 1 < data.length && data[i + l] === data[i + l + 1])) l++;
    out.push(Buffer.from([l - 1]), data.subarray(i, i + l));
    i += l;
  }
  out.push(Buffer.from([128]));
  return Buffer.concat(out);
}

/** ASCII85Decode data of `data`, ending ~>. */
export function ascii85(data: Buffer): Buffer {
  let s = '';
  for (let i = 0; i < data.length; i += 4) {
    const chunk = data.subarray(i, i + 4);
    const padded = Buffer.concat([chunk, Buffer.alloc(4 - chunk.length)]);
    let v = padded.readUInt32BE(0);
    if (v === 0 && chunk.length === 4) {
      s += 'z';
      continue;
    }
    const digits: string[] = [];
    for (let k = 0; k < 5; k++) {
      digits.unshift(String.fromCharCode((v % 85) + 33));
      v = Math.floor(v / 85);
    }
    s += digits.join('').slice(0, chunk.length + 1);
  }
  return Buffer.from(s + '~>');
}
