// review19 M1: a pdf had no bound checked before parsing. flate.pdf (777 KB, one Flate stream inflating to 400 MB of text
// operators) held an ingest worker 300 s and 1.2 GB; pages.pdf (3.2 MB, 20,000 pages sharing one content stream) 331 s.
// A pdf now has the bounds a docx has (server/src/ingest/read/limits.ts): the Flate streams other than images inflated and
// counted before pdf.js parses anything (KG_PDF_MAX_INFLATED_BYTES, 64 MB), the page count read before any page
// (KG_PDF_MAX_PAGES, 2,000), and the text read one page at a time, stopping once it passes KG_MAX_TEXT_CHARS. Each is
// refused TOO_LARGE with one bilingual line naming the count, the limit and the setting; nothing of it is stored, the
// other files of the run are ingested. The hostile files are generated here as review19's gen-hostile.py made them
// (smaller where the bound allows: counts are asserted, not timings).
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeSource } from '../../server/src/ingest/read/index.ts';
import { DEFAULT_READ_LIMITS } from '../../server/src/ingest/read/limits.ts';
import { countPdfInflated } from '../../server/src/ingest/read/pdf-guard.ts';
import { runCli, SEEDS, tempDir } from '../integration/helpers.ts';
import { expectUploadsTooLarge } from '../integration/refused-uploads.ts';
import { flateBomb, FONT, PAGE, pdf, stream } from '../robustness/hostile-pdf.ts';

/**
 * `n` pages sharing one content stream of `chars` characters (pages.pdf: 20,000 × 4,000), in lines of 80 that stay on
 * the page (pdf.js leaves out text beyond the page's edge: pages.pdf's one line of 4,000 gave ~90 characters a page).
 */
function sharedPages(n: number, chars: number): Buffer {
  const line = `(${'A'.repeat(80)}) Tj 0 -12 Td `;
  const content = Buffer.from(`BT /F1 10 Tf 10 760 Td ${line.repeat(Math.ceil(chars / 80))}ET`);
  const kids = Array.from({ length: n }, (_, i) => `${5 + i} 0 R`).join(' ');
  return pdf([
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from(`<< /Type /Pages /Kids [${kids}] /Count ${n} >>`),
    FONT,
    stream('', content),
    ...Array.from({ length: n }, () => PAGE(4)),
  ]);
}

/** A small ordinary pdf of `pages` pages with a Flate content stream each: read in full. */
function ordinary(pages: number): Buffer {
  const objs: Buffer[] = [Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'), Buffer.from(`<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, i) => `${4 + 2 * i} 0 R`).join(' ')}] /Count ${pages} >>`), FONT];
  for (let i = 0; i < pages; i++) {
    const z = deflateSync(Buffer.from(`BT /F1 12 Tf 72 700 Td (Page ${i + 1}: Binhai high-tech zone builds an integrated circuit park.) Tj ET`));
    objs.push(PAGE(5 + 2 * i), stream('/Filter /FlateDecode', z));
  }
  return pdf(objs);
}

const SEED = '000_3f4638d7d7188070.txt';
let dir = '';
let cleanup: () => Promise<void>;
let docs = '';
const lineOf = (stderr: string, file: string) => stderr.split('\n').find((l) => l.includes(file)) ?? '';
const code = async (p: Promise<unknown>) => p.then(() => 'OK', (e: { code?: string }) => e.code);
const message = async (p: Promise<unknown>) => p.then(() => '', (e: Error) => e.message);

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('kg-fix34-'));
  docs = path.join(dir, 'docs');
  await mkdir(docs);
  // inflates to 80 MB (review19's: 400 MB), over the 64 MB bound
  await writeFile(path.join(docs, 'flate.pdf'), flateBomb(80_000_000));
  await writeFile(path.join(docs, 'pages.pdf'), sharedPages(20_000, 4000));
  // 1,500 pages of 4,000 characters: under the page bound, over the text bound from page 126 on
  await writeFile(path.join(docs, 'text.pdf'), sharedPages(1500, 4000));
  await copyFile(path.join(SEEDS, SEED), path.join(docs, SEED));
}, 120_000);
afterAll(async () => cleanup?.());

describe('pdf read limits (decodeSource)', () => {
  it('the defaults: 2,000 pages, 64 MB inflated', () => {
    expect(DEFAULT_READ_LIMITS.maxPdfPages).toBe(2000);
    expect(DEFAULT_READ_LIMITS.maxPdfInflatedBytes).toBe(64 * 1024 * 1024);
  });

  it('the Flate bomb is refused before pdf.js parses it, by its inflated size; images are not counted', async () => {
    const bytes = new Uint8Array(await readFile(path.join(docs, 'flate.pdf')));
    expect(bytes.length).toBeLessThan(200_000);
    expect(countPdfInflated(bytes, DEFAULT_READ_LIMITS.maxPdfInflatedBytes).over).toBe(true);
    expect(await code(decodeSource('flate.pdf', bytes))).toBe('TOO_LARGE');
    const m = await message(decodeSource('flate.pdf', bytes));
    expect(m).toContain('PDF 的压缩流（图像除外）解压后超过 67,108,864 字节');
    expect(m).toContain("the pdf's compressed streams (images aside) inflate to more than 67,108,864 bytes (counted before parsing) (raise it with KG_PDF_MAX_INFLATED_BYTES)");
    const image = Buffer.from(bytes).toString('latin1').replace('/Filter /FlateDecode', '/Subtype /Image /Filter /FlateDecode');
    expect(countPdfInflated(Buffer.from(image, 'latin1'), DEFAULT_READ_LIMITS.maxPdfInflatedBytes).over).toBe(false);
  });

  it('20,000 pages are refused by the page count before any page is read', async () => {
    const m = await message(decodeSource('pages.pdf', new Uint8Array(await readFile(path.join(docs, 'pages.pdf')))));
    expect(m).toContain('PDF 共 20,000 页，超过上限 2,000 页（可用 KG_PDF_MAX_PAGES 调高）/ the pdf has 20,000 pages, over the limit of 2,000 (raise it with KG_PDF_MAX_PAGES)');
  });

  it('the text is read page by page and the reading stops on the page that passes the text bound', async () => {
    const m = await message(decodeSource('text.pdf', new Uint8Array(await readFile(path.join(docs, 'text.pdf')))));
    // 125 pages × 4,000 = 500,000: page 126 passes it; pages 127–1,500 are never read
    expect(m).toContain('the pdf holds more than 500,000 characters of text (504,000 by page 126; the rest not read) (raise it with KG_MAX_TEXT_CHARS)');
    expect(m).toContain('PDF 的文字超过 500,000 字（读到第 126 页已有 504,000 字，其余页未读）');
  });

  it('an ordinary pdf is read in full, every page in order', async () => {
    const s = await decodeSource('ordinary.pdf', new Uint8Array(ordinary(3)));
    expect(s.format).toBe('pdf');
    expect(s.text.match(/Page \d/g)).toEqual(['Page 1', 'Page 2', 'Page 3']);
  });
});

describe('kg ingest and POST /api/documents: the hostile pdfs', () => {
  it('kg ingest refuses each TOO_LARGE naming the count, the limit and the setting; the seed of the run is ingested', async () => {
    const data = path.join(dir, 'data');
    const r = await runCli(['ingest', docs, '--data', data]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    for (const [file, says] of [
      ['flate.pdf', '(raise it with KG_PDF_MAX_INFLATED_BYTES)'],
      ['pages.pdf', 'the pdf has 20,000 pages, over the limit of 2,000 (raise it with KG_PDF_MAX_PAGES)'],
      ['text.pdf', 'by page 126; the rest not read) (raise it with KG_MAX_TEXT_CHARS)'],
    ] as const) {
      const line = lineOf(r.stderr, file);
      expect(line).toContain('[TOO_LARGE]');
      expect(line).toContain(`the document holds more than one ingest can read within its deadline: ${file}`);
      expect(line).toContain(says);
    }
    expect(r.stdout + r.stderr).toMatch(/ingested 1 document\(s\), 3 failed/);
    // the setting: lowered to 1,000, the page bound refuses the 1,500-page file before any page is read
    const lowered = await runCli(['ingest', path.join(docs, 'text.pdf'), '--data', path.join(dir, 'lowered')], { KG_PDF_MAX_PAGES: '1000' });
    expect(lineOf(lowered.stderr, 'text.pdf')).toContain('the pdf has 1,500 pages, over the limit of 1,000 (raise it with KG_PDF_MAX_PAGES)');
  }, 600_000);

  it('an upload is answered 413 TOO_LARGE with the precise line; the served graph is unchanged', async () => {
    await expectUploadsTooLarge(path.join(dir, 'served'), docs, SEED, [
      ['flate.pdf', 'inflate to more than 67,108,864 bytes'],
      ['pages.pdf', 'the pdf has 20,000 pages'],
    ]);
  }, 600_000);
});
