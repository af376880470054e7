// fix36: the pdf guard (server/src/ingest/read/pdf-guard.ts) counted an encrypted pdf's streams at their raw size,
// as they cannot be decoded without the key. But pdf.js opens a pdf whose user password is empty — the usual case:
// government pdfs locked only against copying and printing by an owner password — and decrypts and inflates its
// streams, so a small encrypted Flate bomb passed the guard and pdf.js inflated it in the ingest worker.
import { describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMITS } from '../../server/src/ingest/read/limits.ts';
import { pdfToText } from '../../server/src/ingest/read/office.ts';
import { countPdfInflated } from '../../server/src/ingest/read/pdf-guard.ts';
import { BOMB_END, encryptedChinese, encryptedFlateBomb, SCHEMES } from './encrypted-pdf.ts';

/** A bound low enough for pdf.js to read past it in a second: 200 KB, the bomb 1 MB of text operators. */
const LIMITS = { ...DEFAULT_READ_LIMITS, maxPdfInflatedBytes: 200_000 };
const BOMB = 1_000_000;
const LINES = ['滨海高新区建设集成电路产业园。', '支持新能源汽车产业链企业扩大产能。'];
const code = async (p: Promise<unknown>) => p.then(() => 'OK', (e: { code?: string }) => e.code);

describe('encrypted pdfs with an empty user password (RC4 40 and 128 bits, AES-128, AES-256)', () => {
  it.each(SCHEMES)('%s: a pdf of Chinese text is read by pdf.js', async (scheme) => {
    expect(await pdfToText('plan.pdf', new Uint8Array(encryptedChinese(scheme, LINES)))).toBe(LINES.join('\n'));
  });

  it.each(SCHEMES)('%s: today a Flate bomb is counted at its raw size, and pdf.js decrypts and inflates it past the bound', async (scheme) => {
    const bomb = encryptedFlateBomb(scheme, BOMB);
    expect(bomb.length).toBeLessThan(4000);
    expect(countPdfInflated(bomb, LIMITS.maxPdfInflatedBytes)).toEqual({ bytes: expect.any(Number), over: false });
    expect(countPdfInflated(bomb, LIMITS.maxPdfInflatedBytes).bytes).toBeLessThan(3000);
    expect(await pdfToText('bomb.pdf', new Uint8Array(bomb), LIMITS)).toContain(BOMB_END);
  });

  it.each(SCHEMES)('%s: a pdf with a user password is refused by pdf.js (no password given)', async (scheme) => {
    const locked = encryptedChinese(scheme, LINES, { userPassword: 'secret' });
    expect(await code(pdfToText('locked.pdf', new Uint8Array(locked)))).toBe('UNREADABLE');
  });
});
