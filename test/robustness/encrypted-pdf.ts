// Encrypted pdfs for the read-limit tests (fix36), generated in the test: the standard security handler with an
// empty user password (anyone opens them; an owner password only locks copying and printing, as government pdfs
// often are) and one with a user password. RC4 40-bit (V1 R2), RC4 128-bit (V2 R3), AES-128 (V4 R4, AESV2) and
// AES-256 (V5 R6, AESV3). Every stream and every literal string of the objects is encrypted with its object's key.
import { createCipheriv, randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { aesCbc, md5, objectKey, PASSWORD_PAD, passwordHash, rc4, rc4FileKey, userCheck } from '../../server/src/ingest/read/pdf-crypt.ts';
import { FONT, pdf, textOperators } from './hostile-pdf.ts';

export type Scheme = 'rc4-40' | 'rc4-128' | 'aes-128' | 'aes-256';
export const SCHEMES: Scheme[] = ['rc4-40', 'rc4-128', 'aes-128', 'aes-256'];

/** An object: a dictionary (or any value) without a stream, or a stream's dictionary entries (no /Length) and data (`plain`: left unencrypted). */
export type PdfObject = string | { dict: string; data: Buffer; plain?: boolean };

const PERMISSIONS = -3904; // printing and copying refused, as an owner-locked government pdf
const hex = (b: Uint8Array) => `<${Buffer.from(b).toString('hex')}>`;

interface Keys {
  fileKey: Buffer;
  /** The encryption dictionary's entries. */
  entries: string;
  cipher: 'rc4' | 'aes128' | 'aes256';
}

function keys(scheme: Scheme, id: Buffer, userPassword: string): Keys {
  const user = Buffer.from(userPassword, 'latin1');
  const owner = Buffer.from('owner-only', 'latin1');
  if (scheme === 'aes-256') {
    const fileKey = randomBytes(32);
    const [uvs, uks, ovs, oks] = [randomBytes(8), randomBytes(8), randomBytes(8), randomBytes(8)];
    const u = Buffer.concat([passwordHash(6, user, uvs), uvs, uks]);
    const ue = aesCbc('encrypt', passwordHash(6, user, uks), Buffer.alloc(16), fileKey);
    const o = Buffer.concat([passwordHash(6, owner, ovs, u), ovs, oks]);
    const oe = aesCbc('encrypt', passwordHash(6, owner, oks, u), Buffer.alloc(16), fileKey);
    const perms = Buffer.alloc(16);
    perms.writeInt32LE(PERMISSIONS, 0);
    perms.fill(0xff, 4, 8);
    perms.write('Tadb', 8, 'latin1');
    const ecb = createCipheriv('aes-256-ecb', fileKey, null).setAutoPadding(false);
    const permsEnc = Buffer.concat([ecb.update(perms), ecb.final()]);
    return {
      fileKey,
      cipher: 'aes256',
      entries: `/Filter /Standard /V 5 /R 6 /Length 256 /CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF /O ${hex(o)} /U ${hex(u)} /OE ${hex(oe)} /UE ${hex(ue)} /Perms ${hex(permsEnc)} /P ${PERMISSIONS}`,
    };
  }
  const [v, r, bits] = scheme === 'rc4-40' ? [1, 2, 40] : scheme === 'rc4-128' ? [2, 3, 128] : [4, 4, 128];
  // /O (algorithm 3): the padded user password under a key from the owner password
  let ownerKey = md5(Buffer.concat([owner, PASSWORD_PAD]).subarray(0, 32));
  if (r >= 3) for (let i = 0; i < 50; i++) ownerKey = md5(ownerKey);
  ownerKey = ownerKey.subarray(0, bits >> 3);
  let o = rc4(ownerKey, Buffer.concat([user, PASSWORD_PAD]).subarray(0, 32));
  if (r >= 3) for (let i = 1; i <= 19; i++) o = rc4(Buffer.from(ownerKey).map((b) => b ^ i), o);
  const fileKey = rc4FileKey({ revision: r, bits, owner: o, permissions: PERMISSIONS, id, encryptMetadata: true }, user);
  const u = r < 3 ? userCheck(fileKey, r, id) : Buffer.concat([userCheck(fileKey, r, id), randomBytes(16)]);
  const cf = v === 4 ? ' /CF << /StdCF << /CFM /AESV2 /AuthEvent /DocOpen /Length 16 >> >> /StmF /StdCF /StrF /StdCF' : '';
  return { fileKey, cipher: v === 4 ? 'aes128' : 'rc4', entries: `/Filter /Standard /V ${v} /R ${r} /Length ${bits}${cf} /O ${hex(o)} /U ${hex(u)} /P ${PERMISSIONS}` };
}

function encrypt(k: Keys, num: number, data: Buffer): Buffer {
  if (k.cipher === 'rc4') return rc4(objectKey(k.fileKey, num, 0, false), data);
  const pad = 16 - (data.length % 16);
  const iv = randomBytes(16);
  const key = k.cipher === 'aes256' ? k.fileKey : objectKey(k.fileKey, num, 0, true);
  return Buffer.concat([iv, aesCbc('encrypt', key, iv, Buffer.concat([data, Buffer.alloc(pad, pad)]))]);
}

/**
 * A pdf of `objs` (object i + 1 each) encrypted under `scheme`: streams and literal strings (without parentheses or
 * escapes inside) encrypted with their object's key, the encryption dictionary the last object, the trailer's /ID
 * a random pair. `userPassword` other than '' makes a pdf that opens only with it.
 */
export function encryptedPdf(objs: PdfObject[], scheme: Scheme, opts: { userPassword?: string } = {}): Buffer {
  const id = randomBytes(16);
  const k = keys(scheme, id, opts.userPassword ?? '');
  const strings = (s: string, num: number) => s.replace(/\(([^()\\]*)\)/g, (_, t: string) => hex(encrypt(k, num, Buffer.from(t, 'latin1'))));
  const bodies = objs.map((o, i) => {
    if (typeof o === 'string') return Buffer.from(strings(o, i + 1));
    const data = o.plain ? o.data : encrypt(k, i + 1, o.data);
    return Buffer.concat([Buffer.from(`<< /Length ${data.length}${o.dict ? ' ' + strings(o.dict, i + 1) : ''} >>\nstream\n`), data, Buffer.from('\nendstream')]);
  });
  bodies.push(Buffer.from(`<< ${k.entries} >>`));
  return pdf(bodies, {
    header: Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
    trailer: `/Encrypt ${bodies.length} 0 R /ID [${hex(id)} ${hex(id)}]`,
  });
}

const PAGE = (contents: number) => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contents} 0 R >>`;

/** One page whose content stream (object 4) is `data` under `dict`, encrypted under `scheme`; `extra` objects follow the page (6, 7, …). */
export function encryptedPage(scheme: Scheme, dict: string, data: Buffer, opts: { userPassword?: string; extra?: PdfObject[] } = {}): Buffer {
  const objs: PdfObject[] = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [5 0 R] /Count 1 >>', FONT.toString('latin1'), { dict, data }, PAGE(4)];
  return encryptedPdf([...objs, ...(opts.extra ?? [])], scheme, opts);
}

/** The line a bomb's content stream ends with: in the text only when pdf.js decoded the whole stream. */
export const BOMB_END = 'decoded to the end';

/** `bytes` of text operators, then BOMB_END. */
export const bombOperators = (bytes: number) => Buffer.concat([textOperators(bytes).subarray(0, -2), Buffer.from(`0 -20 Td (${BOMB_END}) Tj ET`)]);

/** One page whose encrypted Flate content stream (under `dict`, FlateDecode by default) inflates to `bytes` of text operators, then BOMB_END. */
export function encryptedFlateBomb(scheme: Scheme, bytes: number, dict = '/Filter /FlateDecode'): Buffer {
  return encryptedPage(scheme, dict, deflateSync(bombOperators(bytes), { level: 9 }));
}

/**
 * One page of Chinese text, as a pdf made from a Word document writes it: a Type0 font (Identity-H, not embedded)
 * whose ToUnicode map gives each code its character, the lines in hex strings of two-byte codes.
 */
export function encryptedChinese(scheme: Scheme, lines: string[], opts: { userPassword?: string } = {}): Buffer {
  const chars = [...new Set(lines.join(''))].map((c) => c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'));
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    `${chars.length} beginbfchar`,
    ...chars.map((c) => `<${c}> <${c}>`),
    'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const text = lines.map((l, i) => `${i === 0 ? '72 700 Td' : '0 -16 Td'} <${[...l].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('')}> Tj`).join('\n');
  return encryptedPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [5 0 R] /Count 1 >>',
      '<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>',
      { dict: '/Filter /FlateDecode', data: deflateSync(Buffer.from(`BT /F1 12 Tf\n${text}\nET`)) },
      PAGE(4),
      '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /CIDToGIDMap /Identity /DW 1000 >>',
      { dict: '/Filter /FlateDecode', data: deflateSync(Buffer.from(cmap)) },
      '<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>',
    ],
    scheme,
    opts,
  );
}
