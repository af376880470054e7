// UTF-16 without a BOM, in either byte order, is read like UTF-8 (through readSource, the reader
// entry point of `kg ingest`), while binary files and damaged text with NUL bytes are still refused
// as BAD_ENCODING. Real documents of the genre (truth-blind15/16) are encoded in the test.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../server/src/ingest/read/index.ts';
import type { IngestError } from '../../server/src/ingest/errors.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kg-fix21-u16-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const le = (t: string) => Buffer.from(t, 'utf16le');
const be = (t: string) => Buffer.from(t, 'utf16le').swap16();
let n = 0;
async function read(bytes: Buffer, ext = '.txt') {
  const file = path.join(dir, `f${n++}${ext}`);
  await writeFile(file, bytes);
  return readSource(file);
}
async function code(bytes: Buffer): Promise<string> {
  try {
    await read(bytes);
  } catch (e) {
    return (e as IngestError).code;
  }
  return 'ACCEPTED';
}
/** Deterministic bytes (xorshift), so a failure reproduces. */
function noise(len: number, seed: number): Buffer {
  const b = Buffer.alloc(len);
  let x = seed || 1;
  for (let i = 0; i < len; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

describe('UTF-16 without a BOM', () => {
  it('real documents (truth-blind15, truth-blind16) read identically as UTF-8, UTF-16BE and UTF-16LE without BOM', async () => {
    let docs = 0;
    for (const set of ['truth-blind15', 'truth-blind16']) {
      const d = path.join('test/fixtures', set);
      for (const f of (await readdir(d)).filter((x) => x.endsWith('.txt')).sort()) {
        const text = (await readFile(path.join(d, f), 'utf8')).replace(/^\uFEFF/, '');
        const utf8 = await read(Buffer.from(text, 'utf8'));
        const fromBe = await read(be(text));
        const fromLe = await read(le(text));
        expect(fromBe.encoding, f).toBe('utf-16be');
        expect(fromLe.encoding, f).toBe('utf-16le');
        expect(fromBe.text).toBe(utf8.text);
        expect(fromLe.text).toBe(utf8.text);
        docs++;
      }
    }
    expect(docs).toBeGreaterThanOrEqual(10);
  });

  it('a short mostly-Chinese text with 一 and 最 (zero low bytes) and one line break', async () => {
    const t = '一、发展目标\n到2025年，全市最大的集成电路产业集群初步形成，统一规划，进一步提升。';
    expect((await read(be(t))).text).toContain('统一规划');
    expect((await read(le(t))).text).toContain('统一规划');
    expect((await read(be(t), '.html')).encoding).toBe('utf-16be');
  });
});

describe('binary and damaged input is still refused', () => {
  it('random bytes, random bytes with every other byte zero, zeros, and a zip header', async () => {
    for (let s = 1; s <= 20; s++) expect(await code(noise(4000 + 2 * s, s))).toBe('BAD_ENCODING');
    for (let s = 1; s <= 20; s++) {
      const b = noise(4000, 100 + s);
      for (let i = s % 2; i < b.length; i += 2) b[i] = 0; // the NUL pattern of UTF-16 ASCII, with junk beside it
      expect(await code(b)).toBe('BAD_ENCODING');
    }
    expect(await code(Buffer.alloc(4096))).toBe('BAD_ENCODING');
    const zipLike = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), noise(3000, 7)]);
    expect(await code(zipLike)).toBe('BAD_ENCODING');
  });

  it('UTF-8 text (Chinese or English) with stray NUL bytes is not taken for UTF-16', async () => {
    const zh = Buffer.from('一、发展目标\n支持新能源汽车产业集聚发展，建设高端装备制造基地。\n'.repeat(40), 'utf8');
    const en = Buffer.from('The quick brown fox jumps over the lazy dog, 2025 edition.\n'.repeat(40), 'utf8');
    for (const src of [zh, en]) {
      for (const every of [7, 40, 101]) {
        const b = Buffer.from(src.subarray(0, src.length & ~1));
        for (let i = 3; i < b.length; i += every) b[i] = 0;
        expect(await code(b)).toBe('BAD_ENCODING');
      }
    }
  });
});
