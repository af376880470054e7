// fix35: the pdf guard (server/src/ingest/read/pdf-guard.ts) measured only FlateDecode streams inflated; a stream
// under any other filter pdf.js decodes counted its raw size against KG_PDF_MAX_INFLATED_BYTES. A small hostile pdf
// could so expand past the bound: LZWDecode (~1,300× here), RunLengthDecode (64×), a Flate bomb behind ASCIIHexDecode
// or a filter name written with #xx escapes or given by reference. Each stream is now decoded through its whole filter
// chain, bounded by the bytes left; a stream that is no image but names an image codec (pdf.js would decode it to a
// size of the codec's own header) is refused. Refusals are TOO_LARGE with the bilingual line and exit code of the
// other pdf limits; ordinary pdfs under these filters are read in full.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeSource } from '../../server/src/ingest/read/index.ts';
import { DEFAULT_READ_LIMITS } from '../../server/src/ingest/read/limits.ts';
import { countPdfInflated } from '../../server/src/ingest/read/pdf-guard.ts';
import { runCli, tempDir } from '../integration/helpers.ts';
import { ascii85, lzw, lzwRun, onePage, runLength, stream, textOperators } from './hostile-pdf.ts';

const MAX = DEFAULT_READ_LIMITS.maxPdfInflatedBytes;
/** Past the 64 MB bound, as fix34's flate.pdf (80 MB). */
const BOMB = 80_000_000;
/** 128 spaces a pair of bytes (RunLengthDecode's largest run): BOMB bytes of white space. */
const spaceRuns = (bytes: number) => Buffer.alloc(Math.ceil(bytes / 128) * 2, Buffer.from([129, 0x20]));

const HOSTILE: Record<string, Buffer> = {
  // one page, one LZW stream: ~61 KB decoding to 80 MB of white space
  'lzw.pdf': onePage('/Filter /LZWDecode', lzwRun(0x20, BOMB)),
  // RunLength runs, deflated: ~1.3 KB of Flate, 1.25 MB of runs, 80 MB of white space
  'runlength.pdf': onePage('/Filter [/FlateDecode /RunLengthDecode]', deflateSync(spaceRuns(BOMB), { level: 9 })),
  // the same runs, not deflated: 1.25 MB on disk (counted at that size before)
  'runlength-plain.pdf': onePage('/Filter /RunLengthDecode', spaceRuns(BOMB)),
  // a Flate bomb written in hex: the hex did not inflate, so it counted its raw ~160 KB
  'hex-flate.pdf': onePage('/Filter [/AHx /Fl]', Buffer.from(deflateSync(textOperators(BOMB), { level: 9 }).toString('hex') + '>')),
  // the Flate bomb under a name with an escape (/Fl#61teDecode is /FlateDecode to pdf.js)
  'escaped-name.pdf': onePage('/Filter /Fl#61teDecode', deflateSync(textOperators(BOMB), { level: 9 })),
  // the Flate bomb whose filter is an indirect object (6 0 obj /FlateDecode)
  'filter-ref.pdf': onePage('/Filter 6 0 R', deflateSync(textOperators(BOMB), { level: 9 }), [Buffer.from('/FlateDecode')]),
};

let dir = '';
let cleanup: () => Promise<void>;
const code = async (p: Promise<unknown>) => p.then(() => 'OK', (e: { code?: string }) => e.code);
const message = async (p: Promise<unknown>) => p.then(() => '', (e: Error) => e.message);
const OVER_LINE = "the pdf's compressed streams (images aside) inflate to more than 67,108,864 bytes (counted before parsing) (raise it with KG_PDF_MAX_INFLATED_BYTES)";

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('kg-fix35-pdf-'));
  await mkdir(path.join(dir, 'docs'));
  for (const [name, bytes] of Object.entries(HOSTILE)) await writeFile(path.join(dir, 'docs', name), bytes);
});
afterAll(async () => cleanup?.());

describe('pdf streams under every filter pdf.js decodes are counted decoded (decodeSource)', () => {
  it.each(Object.keys(HOSTILE))('%s: small on disk, refused TOO_LARGE by its decoded size before pdf.js parses it', async (name) => {
    const bytes = new Uint8Array(HOSTILE[name]!);
    expect(bytes.length).toBeLessThan(1_400_000);
    expect(bytes.length * 40).toBeLessThan(BOMB);
    const count = countPdfInflated(bytes, MAX);
    expect(count.over).toBe(true);
    expect(count.bytes).toBeGreaterThan(MAX);
    expect(await code(decodeSource(name, bytes))).toBe('TOO_LARGE');
    const m = await message(decodeSource(name, bytes));
    expect(m).toContain('PDF 的压缩流（图像除外）解压后超过 67,108,864 字节');
    expect(m).toContain(OVER_LINE);
  });

  it('the decoded size is the one pdf.js reads: each filter and chain counts exactly the content it holds', () => {
    const content = textOperators(200_000);
    for (const [dict, data] of [
      ['/Filter /LZWDecode', lzw(content)],
      ['/Filter /RunLengthDecode', runLength(content)],
      ['/Filter /ASCII85Decode', ascii85(content)],
      ['/Filter /AHx', Buffer.from(content.toString('hex') + '>')],
      ['/Filter [/A85 /Fl]', ascii85(deflateSync(content))],
      ['/Filter [/FlateDecode /LZWDecode]', deflateSync(lzw(content))],
      ['/Filter /BrotliDecode', brotliCompressSync(content)],
    ] as const) {
      expect(countPdfInflated(onePage(dict, data), MAX), dict).toEqual({ bytes: Math.max(content.length, data.length + 1), over: false });
    }
    // 80 MB of LZW, RunLength and hex-wrapped Flate pass under a bound raised past them (nothing else stops them)
    expect(countPdfInflated(HOSTILE['lzw.pdf']!, 200_000_000)).toMatchObject({ over: false });
    expect(countPdfInflated(HOSTILE['runlength.pdf']!, 200_000_000).bytes).toBe(Math.ceil(BOMB / 128) * 128);
  });

  it('ordinary pdfs under LZW, RunLength, ASCII85 and chains are read in full', async () => {
    const content = Buffer.from('BT /F1 12 Tf 72 700 Td (Binhai high-tech zone builds an integrated circuit park.) Tj 0 -14 Td (Its second line.) Tj ET');
    for (const [dict, data] of [
      ['/Filter /LZWDecode', lzw(content)],
      ['/Filter /RunLengthDecode', runLength(content)],
      ['/Filter /ASCII85Decode', ascii85(content)],
      ['/Filter [/ASCII85Decode /FlateDecode]', ascii85(deflateSync(content))],
      ['/Filter [/FlateDecode /LZWDecode]', deflateSync(lzw(content))],
    ] as const) {
      const s = await decodeSource('ordinary.pdf', new Uint8Array(onePage(dict, data)));
      expect(s.text, dict).toBe('Binhai high-tech zone builds an integrated circuit park.\nIts second line.');
    }
  });

  it('an image codec on a stream that is no image is refused; on an image, or a thumbnail (/Width /Height), it is not counted', async () => {
    const jpegish = Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0xff, 0xff, 0xff, 0xff, 0x03]);
    const page = onePage('/Filter /DCTDecode', jpegish);
    expect(countPdfInflated(page, MAX)).toMatchObject({ over: false, unmeasured: { filter: 'DCTDecode', object: '4 0' } });
    expect(await code(decodeSource('dct.pdf', new Uint8Array(page)))).toBe('TOO_LARGE');
    const m = await message(decodeSource('dct.pdf', new Uint8Array(page)));
    expect(m).toContain('文件内容超出单个文件在处理时限内可读取的上限：dct.pdf');
    expect(m).toContain('PDF 的非图像流（对象 4 0）使用 DCTDecode 过滤器，解析前无法计量其解码后的大小');
    expect(m).toContain('a stream of the pdf that is no image (object 4 0) uses the filter DCTDecode, whose decoded size cannot be counted before parsing');
    // the same bytes as an image of the page, and as a thumbnail: text extraction never decodes them
    const text = deflateSync(Buffer.from('BT /F1 12 Tf 72 700 Td (A page with a picture and a thumbnail.) Tj ET'));
    const withImages = onePage('/Filter /FlateDecode', text, [
      stream('/Type /XObject /Subtype /Image /Width 65535 /Height 65535 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode', jpegish),
      stream('/Width 65535 /Height 65535 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter [/JPX]', jpegish),
    ]);
    expect(countPdfInflated(withImages, MAX)).toEqual({ bytes: text.length + 1, over: false });
    expect((await decodeSource('images.pdf', new Uint8Array(withImages))).text).toBe('A page with a picture and a thumbnail.');
  });
});

describe('kg ingest: the hostile pdfs', () => {
  it('each is refused TOO_LARGE with the line of the other pdf limits; the run exits 1', async () => {
    const r = await runCli(['ingest', path.join(dir, 'docs'), '--data', path.join(dir, 'data')]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    for (const file of Object.keys(HOSTILE)) {
      const line = r.stderr.split('\n').find((l) => l.includes(file)) ?? '';
      expect(line, file).toContain('[TOO_LARGE]');
      expect(line).toContain(`the document holds more than one ingest can read within its deadline: ${file}`);
      expect(line).toContain('(raise it with KG_PDF_MAX_INFLATED_BYTES)');
    }
    expect(r.stdout + r.stderr).toMatch(new RegExp(`${Object.keys(HOSTILE).length} failed`));
  }, 600_000);
});
