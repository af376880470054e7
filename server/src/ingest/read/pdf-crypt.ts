// The standard security handler's ciphers and keys (PDF 32000-1 §7.6, ISO 32000-2 §7.6.4), as pdf.js computes
// them (core/crypto.js: CipherTransformFactory, ARCFourCipher, AES128Cipher/AES256Cipher, PDF17/PDF20), for the
// pdf guard (pdf-guard.ts) to decrypt a stream before it counts what the stream decodes to. Only the empty user
// password is ever tried: that is how pdf.js opens a pdf when no password is given. MD5, SHA-2 and AES come from
// node:crypto; RC4 is written here (OpenSSL 3 leaves it out by default).
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';

/** The 32 bytes a password is padded with (algorithm 2, step a). */
export const PASSWORD_PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

/** RC4 (ARCFour) of `data` under `key`: encryption and decryption are the same. */
export function rc4(key: Uint8Array, data: Uint8Array): Buffer {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.allocUnsafe(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

const digest = (algorithm: string, ...parts: Uint8Array[]) => {
  const h = createHash(algorithm);
  for (const p of parts) h.update(p);
  return h.digest();
};
export const md5 = (...parts: Uint8Array[]) => digest('md5', ...parts);

/** AES-CBC over whole 16-byte blocks, no padding added or removed (a partial last block is left out, as pdf.js does). */
export function aesCbc(mode: 'encrypt' | 'decrypt', key: Uint8Array, iv: Uint8Array, data: Uint8Array): Buffer {
  const whole = data.subarray(0, data.length - (data.length % 16));
  const algorithm = `aes-${key.length * 8}-cbc`;
  const c = mode === 'encrypt' ? createCipheriv(algorithm, key, iv) : createDecipheriv(algorithm, key, iv);
  c.setAutoPadding(false);
  return Buffer.concat([c.update(whole), c.final()]);
}

/** A stream or string encrypted with AESV2/AESV3 decrypted as pdf.js does: 16 bytes of IV first, then CBC, its padding removed when well-formed. */
export function aesDecrypt(key: Uint8Array, data: Uint8Array): Buffer {
  if (data.length < 16) return Buffer.alloc(0);
  const out = aesCbc('decrypt', key, data.subarray(0, 16), data.subarray(16));
  const pad = out.length > 0 ? out[out.length - 1]! : 0;
  if (pad === 0 || pad > 16) return out;
  for (let i = out.length - pad; i < out.length; i++) if (out[i] !== pad) return out;
  return out.subarray(0, out.length - pad);
}

/** The key of one object (algorithm 1): the file key, the object's number and generation, `sAlT` for AES; at most 16 bytes. */
export function objectKey(fileKey: Uint8Array, num: number, gen: number, aes: boolean): Buffer {
  const tail = [num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, gen & 0xff, (gen >> 8) & 0xff];
  if (aes) tail.push(0x73, 0x41, 0x6c, 0x54);
  return md5(fileKey, Buffer.from(tail)).subarray(0, Math.min(fileKey.length + 5, 16));
}

/** What the encryption dictionary gives the key computation of revisions 2–4. */
export interface Rc4KeyInput {
  revision: number;
  /** Key length in bits (a multiple of 8, 40–128). */
  bits: number;
  /** /O, its first 32 bytes. */
  owner: Uint8Array;
  /** /P */
  permissions: number;
  /** The first string of the trailer's /ID ('' without one). */
  id: Uint8Array;
  /** /EncryptMetadata false (revision 4) adds four 0xff bytes. */
  encryptMetadata: boolean;
}

/** The file key of revisions 2–4 for a user password (algorithm 2; pdf.js prepareKeyData), without its check. */
export function rc4FileKey(k: Rc4KeyInput, password: Uint8Array = Buffer.alloc(0)): Buffer {
  const padded = Buffer.concat([password.subarray(0, 32), PASSWORD_PAD]).subarray(0, 32);
  const p = k.permissions;
  const parts: Uint8Array[] = [padded, k.owner.subarray(0, 32), Buffer.from([p & 0xff, (p >> 8) & 0xff, (p >> 16) & 0xff, (p >>> 24) & 0xff]), k.id];
  if (k.revision >= 4 && !k.encryptMetadata) parts.push(Buffer.from([0xff, 0xff, 0xff, 0xff]));
  const n = k.bits >> 3;
  let hash = md5(...parts);
  if (k.revision >= 3) for (let i = 0; i < 50; i++) hash = md5(hash.subarray(0, n));
  return hash.subarray(0, n);
}

/**
 * The /U a file key gives (algorithms 4 and 5): what the user password's check compares, byte for byte — all 32
 * bytes in revision 2, the first 16 from revision 3 on (the rest is arbitrary padding).
 */
export function userCheck(fileKey: Uint8Array, revision: number, id: Uint8Array): Buffer {
  if (revision < 3) return rc4(fileKey, PASSWORD_PAD);
  let check = rc4(fileKey, md5(PASSWORD_PAD, id));
  for (let i = 1; i <= 19; i++) check = rc4(Buffer.from(fileKey).map((b) => b ^ i), check);
  return check;
}

/**
 * The hash of revisions 5 and 6 (PDF17: SHA-256 of password, salt and, for the owner, /U; PDF20: ISO 32000-2
 * algorithm 2.B, rounds of AES-128-CBC and SHA-256/384/512 until at least 64 and the last byte allows).
 */
export function passwordHash(revision: number, password: Uint8Array, salt: Uint8Array, userBytes: Uint8Array = Buffer.alloc(0)): Buffer {
  let k = digest('sha256', password, salt, userBytes);
  if (revision !== 6) return k;
  let e: Buffer = Buffer.from([0]);
  for (let round = 0; round < 64 || e[e.length - 1]! > round - 32; round++) {
    const block = Buffer.concat([password, k.subarray(0, k.length), userBytes]);
    e = aesCbc('encrypt', k.subarray(0, 16), k.subarray(16, 32), Buffer.alloc(block.length * 64, block));
    let sum = 0;
    for (let i = 0; i < 16; i++) sum += e[i]!;
    k = digest(['sha256', 'sha384', 'sha512'][sum % 3]!, e);
  }
  return k.subarray(0, 32);
}

/** The file key of revisions 5 and 6 for the empty user password, or null when /U's check fails (a password is needed). */
export function aes256FileKey(revision: number, user: Uint8Array, userEncrypted: Uint8Array): Buffer | null {
  const none = Buffer.alloc(0);
  if (user.length < 48) return null;
  if (!passwordHash(revision, none, user.subarray(32, 40)).equals(user.subarray(0, 32))) return null;
  const key = passwordHash(revision, none, user.subarray(40, 48));
  return aesCbc('decrypt', key, Buffer.alloc(16), userEncrypted);
}
