// What a pdf's compressed streams inflate to, counted in one pass of its bytes before pdf.js parses
// anything (review19 M1: a 777 KB pdf whose one Flate stream inflates to 400 MB held an ingest worker
// 300 s and 1.2 GB). Like the docx zip guard (zip-guard.ts): a bound on what the parser will decode,
// not on the file's size on disk.
//
// Every `stream … endstream` whose dictionary names FlateDecode is inflated (up to the bytes left
// of the budget, so no more than that is ever held) and counted; image streams (/Subtype /Image) are
// left out: text extraction never decodes them, and scanned pages are refused as SCANNED_PDF anyway.
// A stream that does not inflate (damaged, another filter) counts its raw length: pdf.js tolerates
// such streams, and this count is an upper bound of the work, not a validator.
import { constants, inflateSync } from 'node:zlib';

export interface PdfInflateCount {
  /** Bytes counted (capped just past `max` when over). */
  bytes: number;
  over: boolean;
}

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');
/** How far back from `stream` its dictionary is looked for. */
const DICT_WINDOW = 4096;

export function countPdfInflated(bytes: Uint8Array, max: number): PdfInflateCount {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
    const e = buf.indexOf(ENDSTREAM, d);
    const end = e < 0 ? buf.length : e;
    const head = buf.subarray(Math.max(0, s - DICT_WINDOW), s).toString('latin1');
    const dict = head.slice(head.lastIndexOf('obj') + 1);
    if (/\/Subtype\s*\/Image\b/.test(dict)) {
      at = end;
      continue;
    }
    const data = buf.subarray(d, end);
    let size = data.length;
    if (/\/(FlateDecode|Fl)\b/.test(dict)) {
      try {
        size = inflateSync(data, { maxOutputLength: Math.max(1, max - total + 1), finishFlush: constants.Z_SYNC_FLUSH }).length;
      } catch (err) {
        // over the bytes left: more than the budget
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return { bytes: max + 1, over: true };
        size = data.length;
      }
    }
    total += size;
    if (total > max) return { bytes: total, over: true };
    at = end + (e < 0 ? 0 : ENDSTREAM.length);
    if (e < 0) break;
  }
  return { bytes: total, over: false };
}
