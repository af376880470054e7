// Password hashing with scrypt from node:crypto (no native add-on, nothing to download).
// Stored as `scrypt$N$r$p$salt$hash` (base64url), so the cost can be raised later and old hashes
// still verify. Hashing runs on libuv's thread pool: it never blocks the event loop.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const N = 1 << 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
/** 128 · N · r bytes are needed; leave headroom. */
const MAX_MEM = 256 * N * R;

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))));
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N, r: R, p: P, maxmem: MAX_MEM });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (![n, r, p].every((x) => Number.isInteger(x) && x > 0) || n > 1 << 20) return false;
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const expected = Buffer.from(parts[5] ?? '', 'base64url');
  if (expected.length === 0) return false;
  const key = await scrypt(password.normalize('NFC'), salt, expected.length, { N: n, r, p, maxmem: Math.max(MAX_MEM, 256 * n * r) });
  return timingSafeEqual(key, expected);
}

/** A random password people can type: 16 characters of base64url (96 bits). */
export function randomPassword(): string {
  return randomBytes(12).toString('base64url');
}

/** Minimum rules for a chosen password: long enough to resist guessing at our login rate limit. */
export function passwordProblem(password: string): string | null {
  if (password.length < 10) return '密码至少 10 个字符 / the password needs at least 10 characters';
  if (password.length > 1024) return '密码过长 / the password is too long';
  return null;
}
