// fix36: the pdf guard (server/src/ingest/read/pdf-guard.ts) read a stream's dictionary by looking back from its
// `stream` keyword to the last "obj", and its filters and image keys by pattern in what followed. A string in the
// dictionary could so hide the stream from the count, unencrypted too: "(obj)" after /Filter cut the filter off,
// "(/Subtype /Image)" made a content stream an image, "(/Filter /AHx)" before the real /Filter named the wrong one;
// pdf.js, which parses the dictionary, inflated the bomb in each. The dictionary is now also parsed as pdf syntax
// (pdf-encryption.ts StreamOwners, from the tokens between streams): its filters are decoded as well, and a stream is
// an image only when both reads say so. And a stream's data ran to the first `endstream`, while pdf.js reads /Length
// bytes when `endstream` follows them: an `endstream` inside the data cut the count short.
import { deflateRawSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMITS } from '../../server/src/ingest/read/limits.ts';
import { pdfToText } from '../../server/src/ingest/read/office.ts';
import { countPdfInflated } from '../../server/src/ingest/read/pdf-guard.ts';
import { bombOperators, BOMB_END } from './encrypted-pdf.ts';
import { FONT, onePage, PAGE, pdf } from './hostile-pdf.ts';

const LIMITS = { ...DEFAULT_READ_LIMITS, maxPdfInflatedBytes: 200_000 };
const code = async (p: Promise<unknown>) => p.then(() => 'OK', (e: { code?: string }) => e.code);
const bomb = deflateSync(bombOperators(1_000_000), { level: 9 });

describe('a string in a stream dictionary does not hide the stream from the count', () => {
  it.each(['/Filter /FlateDecode /Note (obj)', '/Filter /FlateDecode /Note (/Subtype /Image)', '/Note (/Filter /AHx) /Filter /FlateDecode'])(
    '%s: a Flate bomb of 2.6 KB is refused TOO_LARGE (pdf.js would inflate it whole)',
    async (dict) => {
      const pdf = onePage(dict, bomb);
      expect(pdf.length).toBeLessThan(3000);
      expect(countPdfInflated(pdf, LIMITS.maxPdfInflatedBytes)).toEqual({ bytes: LIMITS.maxPdfInflatedBytes + 1, over: true });
      expect(await code(pdfToText('note.pdf', new Uint8Array(pdf), LIMITS))).toBe('TOO_LARGE');
      expect(await pdfToText('note.pdf', new Uint8Array(pdf), { ...LIMITS, maxPdfInflatedBytes: 2_000_000 })).toContain(BOMB_END);
    },
  );

  it('an ordinary pdf whose dictionaries hold such strings is read, and counted once', async () => {
    const content = Buffer.from('BT /F1 12 Tf 72 700 Td (A plan whose stream carries a note.) Tj ET');
    const data = deflateSync(content);
    const pdf = onePage('/Filter /FlateDecode /Note (see 6 0 obj, /Subtype /Image and /Filter /AHx)', data);
    // a stream counts what it decodes to, at least its raw length
    expect(countPdfInflated(pdf, LIMITS.maxPdfInflatedBytes)).toEqual({ bytes: Math.max(content.length, data.length + 1), over: false });
    expect(await pdfToText('note.pdf', new Uint8Array(pdf), LIMITS)).toBe('A plan whose stream carries a note.');
  });
});

describe('an `endstream` inside a stream\'s data does not end it where /Length says otherwise', () => {
  // a zlib stream whose first (stored) block holds "endstream", the bomb after it: pdf.js reads /Length bytes
  const lit = Buffer.from('% endstream\n');
  const storedBlock = Buffer.from([0x00, lit.length, 0x00, ~lit.length & 0xff, 0xff]);
  const data = Buffer.concat([Buffer.from([0x78, 0x9c]), storedBlock, lit, deflateRawSync(bombOperators(1_000_000), { level: 9 }), Buffer.alloc(4)]);

  it('/Length given or by reference: the 2.6 KB bomb is refused TOO_LARGE (it counted 9 bytes, and pdf.js inflated it whole)', async () => {
    const direct = onePage('/Filter /FlateDecode', data);
    expect(countPdfInflated(direct, LIMITS.maxPdfInflatedBytes)).toMatchObject({ over: true });
    expect(await code(pdfToText('len.pdf', new Uint8Array(direct), LIMITS))).toBe('TOO_LARGE');
    expect(await pdfToText('len.pdf', new Uint8Array(direct), { ...LIMITS, maxPdfInflatedBytes: 2_000_000 })).toContain(BOMB_END);
    const body = Buffer.concat([Buffer.from('<< /Length 6 0 R /Filter /FlateDecode >>\nstream\n'), data, Buffer.from('\nendstream')]);
    const byRef = pdf([Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'), Buffer.from('<< /Type /Pages /Kids [5 0 R] /Count 1 >>'), FONT, body, PAGE(4), Buffer.from(String(data.length))]);
    expect(countPdfInflated(byRef, LIMITS.maxPdfInflatedBytes)).toMatchObject({ over: true });
  });
});
