// fix36: the pdf guard (server/src/ingest/read/pdf-guard.ts) counted an encrypted pdf's streams at their raw size,
// as they cannot be decoded without the key. But pdf.js opens a pdf whose user password is empty — the usual case:
// government pdfs locked only against copying and printing by an owner password — and decrypts and inflates its
// streams, so a small encrypted Flate bomb passed the guard and pdf.js inflated it in the ingest worker (an 80 MB
// one, 156 KB on disk, was read whole in 53 s). The guard now computes the file key of the empty user password as
// pdf.js does (pdf-encryption.ts, pdf-crypt.ts), decrypts each stream with its object's key and counts it as before;
// a pdf that needs a password, or another security handler, is refused before parsing (UNREADABLE), one whose
// streams cannot be decrypted to be counted (a stream without its object) TOO_LARGE like other unmeasured streams.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMITS } from '../../server/src/ingest/read/limits.ts';
import { pdfToText } from '../../server/src/ingest/read/office.ts';
import { countPdfInflated } from '../../server/src/ingest/read/pdf-guard.ts';
import { runCli, tempDir } from '../integration/helpers.ts';
import { bombOperators, BOMB_END, encryptedChinese, encryptedFlateBomb, encryptedPage, SCHEMES } from './encrypted-pdf.ts';
import { lzwRun, textOperators } from './hostile-pdf.ts';

/** A bound low enough for pdf.js to read past it in a second: 200 KB, the bomb 1 MB of text operators. */
const LIMITS = { ...DEFAULT_READ_LIMITS, maxPdfInflatedBytes: 200_000 };
const MAX = LIMITS.maxPdfInflatedBytes;
const BOMB = 1_000_000;
const LINES = ['滨海高新区建设集成电路产业园。', '支持新能源汽车产业链企业扩大产能。'];
const code = async (p: Promise<unknown>) => p.then(() => 'OK', (e: { code?: string }) => e.code);
const message = async (p: Promise<unknown>) => p.then(() => '', (e: Error) => e.message);
const read = (name: string, bytes: Buffer) => pdfToText(name, new Uint8Array(bytes), LIMITS);

describe('encrypted pdfs with an empty user password (RC4 40 and 128 bits, AES-128, AES-256)', () => {
  it.each(SCHEMES)('%s: a pdf of Chinese text is read by pdf.js; its stream counts what it decrypts and inflates to', async (scheme) => {
    expect(await pdfToText('plan.pdf', new Uint8Array(encryptedChinese(scheme, LINES)))).toBe(LINES.join('\n'));
    const content = textOperators(150_000);
    expect(countPdfInflated(encryptedPage(scheme, '/Filter /FlateDecode', deflateSync(content)), MAX)).toEqual({ bytes: content.length, over: false });
  });

  it.each(SCHEMES)('%s: a Flate bomb small on disk is refused TOO_LARGE by its decrypted, inflated size before pdf.js parses it', async (scheme) => {
    const bomb = encryptedFlateBomb(scheme, BOMB);
    expect(bomb.length).toBeLessThan(4000);
    expect(countPdfInflated(bomb, MAX)).toEqual({ bytes: MAX + 1, over: true });
    expect(await code(read('bomb.pdf', bomb))).toBe('TOO_LARGE');
    expect(await message(read('bomb.pdf', bomb))).toContain('(raise it with KG_PDF_MAX_INFLATED_BYTES)');
    // raised past it, the same pdf is read whole: the count is the one pdf.js decodes
    expect(await pdfToText('bomb.pdf', new Uint8Array(bomb), { ...LIMITS, maxPdfInflatedBytes: 2 * BOMB })).toContain(BOMB_END);
  });

  it('every filter chain is counted after decryption: LZW, Flate behind ASCIIHex, an escaped name', () => {
    const flate = deflateSync(bombOperators(BOMB), { level: 9 });
    expect(countPdfInflated(encryptedPage('rc4-128', '/Filter /LZWDecode', lzwRun(0x20, BOMB)), MAX)).toMatchObject({ over: true });
    expect(countPdfInflated(encryptedPage('aes-128', '/Filter [/AHx /Fl]', Buffer.from(flate.toString('hex') + '>')), MAX)).toMatchObject({ over: true });
    expect(countPdfInflated(encryptedPage('aes-256', '/Filter /Fl#61teDecode', flate), MAX)).toMatchObject({ over: true });
  });

  it('a stream is decrypted with its own object key, even when its dictionary holds another object header in a string', () => {
    // a look back for "obj" finds 6 0 inside the string; the tokens say object 4 (the key pdf.js uses)
    const bomb = encryptedPage('rc4-40', '/Filter /FlateDecode /Note (see 6 0 obj\\n)', deflateSync(bombOperators(BOMB), { level: 9 }));
    expect(countPdfInflated(bomb, MAX)).toEqual({ bytes: MAX + 1, over: true });
  });

  it('a stream pdf.js reads unencrypted (the cross-reference stream) is counted as it is too', () => {
    const xref = { dict: '/Type /XRef /Filter /FlateDecode', data: deflateSync(textOperators(BOMB), { level: 9 }), plain: true };
    expect(countPdfInflated(encryptedPage('aes-128', '/Filter /FlateDecode', deflateSync(Buffer.from('BT ET')), { extra: [xref] }), MAX)).toMatchObject({ over: true });
  });

  it('a stream whose object cannot be told is refused TOO_LARGE: its key cannot be known', async () => {
    const pdf = encryptedFlateBomb('rc4-128', 10_000);
    const broken = Buffer.from(pdf.toString('latin1').replace('4 0 obj\n<<', '4 0 R  \n<<'), 'latin1');
    expect(countPdfInflated(broken, MAX)).toMatchObject({ over: false, encryption: { problem: 'object' } });
    expect(await code(read('broken.pdf', broken))).toBe('TOO_LARGE');
    expect(await message(read('broken.pdf', broken))).toContain('cannot be attributed to its object, whose number its key depends on');
  });
});

describe('encrypted pdfs the guard cannot open are refused before parsing', () => {
  it.each(SCHEMES)('%s: a pdf with a user password is UNREADABLE: nobody reads it without the password', async (scheme) => {
    const locked = encryptedChinese(scheme, LINES, { userPassword: 'secret' });
    expect(countPdfInflated(locked, MAX)).toEqual({ bytes: 0, over: false, encryption: { problem: 'password' } });
    expect(await code(read('locked.pdf', locked))).toBe('UNREADABLE');
    const m = await message(read('locked.pdf', locked));
    expect(m).toContain('PDF 已加密且设有打开密码（用户密码非空）：没有密码谁都无法读取其内容，因此无法入库');
    expect(m).toContain('the pdf is encrypted with an open (user) password: nobody can read its content without the password, so it cannot be ingested');
  });

  it('another security handler than the standard one is UNREADABLE; an encryption entry this pass cannot read is TOO_LARGE', async () => {
    const pdf = encryptedChinese('aes-128', LINES).toString('latin1');
    const pubsec = Buffer.from(pdf.replace('/Filter /Standard', '/Filter /PubSecXY'), 'latin1');
    expect(countPdfInflated(pubsec, MAX)).toMatchObject({ encryption: { problem: 'handler', what: '/Filter /PubSecXY /V 4' } });
    expect(await message(read('pubsec.pdf', pubsec))).toContain('the pdf is encrypted by a security handler pdf.js cannot open (/Filter /PubSecXY /V 4)');
    const cfm = Buffer.from(pdf.replace('/CFM /AESV2', '/CFM /AESV9'), 'latin1');
    expect(countPdfInflated(cfm, MAX)).toMatchObject({ encryption: { problem: 'dictionary', what: '/CFM /AESV9' } });
    expect(await code(read('cfm.pdf', cfm))).toBe('TOO_LARGE');
  });
});

describe('kg ingest: encrypted pdfs', () => {
  let dir = '';
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('kg-fix36-pdf-'));
    await mkdir(path.join(dir, 'docs'));
    // 80 MB of operators each, past the default 64 MB
    for (const scheme of SCHEMES) await writeFile(path.join(dir, 'docs', `bomb-${scheme}.pdf`), encryptedFlateBomb(scheme, 80_000_000));
    await writeFile(path.join(dir, 'docs', 'locked.pdf'), encryptedChinese('aes-256', LINES, { userPassword: 'secret' }));
    await writeFile(path.join(dir, 'docs', 'plan.pdf'), encryptedChinese('rc4-128', LINES));
  });
  afterAll(async () => cleanup?.());

  it('the bombs are refused TOO_LARGE, the locked one UNREADABLE, the owner-locked plan ingested; the run exits 1', async () => {
    const r = await runCli(['ingest', path.join(dir, 'docs'), '--data', path.join(dir, 'data')]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    for (const scheme of SCHEMES) {
      const line = r.stderr.split('\n').find((l) => l.includes(`bomb-${scheme}.pdf`)) ?? '';
      expect(line, scheme).toContain('[TOO_LARGE]');
      expect(line).toContain('(raise it with KG_PDF_MAX_INFLATED_BYTES)');
    }
    const locked = r.stderr.split('\n').find((l) => l.includes('locked.pdf')) ?? '';
    expect(locked).toContain('[UNREADABLE]');
    expect(locked).toContain('nobody can read its content without the password');
    expect(r.stdout + r.stderr).not.toMatch(/plan\.pdf.*\[/);
    expect(r.stdout + r.stderr).toMatch(/5 failed/);
  }, 600_000);
});
