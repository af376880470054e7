// Bad input gets a clear error or a sane partial result, never a crash or a hang, and the store
// is unchanged on error. Runs the same path as `kg ingest` and the upload endpoint.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../server/src/ingest-command.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';

let dir = '';
let store: EmbeddedStore;
const GENRE = '某区支持产业发展若干措施\n一、主要任务\n1.支持企业研发。鼓励企业加大研发投入。（牵头单位：区科技局；配合单位：区财政局）\n2.建设创新平台。（责任单位：区发展改革委）\n';

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kg-bad-'));
  store = await EmbeddedStore.open({ dir: path.join(dir, 'data') });
  await writeFile(path.join(dir, 'good.txt'), GENRE);
  const r = await ingestPaths(store, [path.join(dir, 'good.txt')]);
  expect(r.ok).toBe(1);
});
afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

async function ingestBytes(name: string, bytes: Buffer | string) {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  const before = await store.exportGraph();
  const t0 = performance.now();
  const r = await ingestPaths(store, [file]);
  const ms = performance.now() - t0;
  return { r, before, after: await store.exportGraph(), ms };
}

describe('bad documents', () => {
  it.each([
    ['empty.txt', Buffer.alloc(0), 'EMPTY'],
    ['binary.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), 'BAD_ENCODING'],
    ['junk.docx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(2000, 0x41)]), 'UNREADABLE'],
    ['notes.xyz', 'hello', 'UNSUPPORTED_TYPE'],
  ])('%s is refused with its code, naming the file, and the store is unchanged', async (name, bytes, code) => {
    const { r, before, after } = await ingestBytes(name, bytes);
    expect(r.failed).toBe(1);
    expect(r.errors[0]!.code).toBe(code);
    expect(r.errors[0]!.message).toContain(name);
    expect(after).toEqual(before);
  });

  it('a 50 MB text is refused as too large, quickly', async () => {
    const { r, after, before } = await ingestBytes('huge.txt', Buffer.alloc(50 * 1024 * 1024, '测试。\n'));
    expect(r.errors[0]?.code).toBe('TOO_LARGE');
    expect(after).toEqual(before);
  }, 60_000);

  it('GBK without a marker decodes to the right text', async () => {
    const { r } = await ingestBytes('gbk.txt', iconv.encode(GENRE.replace('某区', '甲区'), 'gbk'));
    expect(r.failed).toBe(0);
    const [doc] = await store.getNodes(['doc:gbk']);
    expect(String(doc?.properties.text)).toContain('牵头单位：区科技局');
    const m = await store.edgesOf({ ids: ['measure:gbk:1'], types: ['RESPONSIBLE_FOR'] });
    expect(m.map((e) => e.properties.role).sort()).toEqual(['lead', 'support']);
  });

  it('truncated UTF-8 (cut inside a character) gives a sane partial result', async () => {
    const bytes = Buffer.from(GENRE + '3.推进成果转化。（责任单位：区科技局）', 'utf8');
    const { r } = await ingestBytes('truncated.txt', bytes.subarray(0, bytes.length - 2));
    expect(r.failed).toBe(0);
    const [doc] = await store.getNodes(['doc:truncated']);
    expect(String(doc?.properties.text)).toContain('区发展改革委');
  });

  it('10,000 nested headings parse without a crash or a hang', async () => {
    const lines = ['层级测试文件'];
    for (let i = 1; i <= 10_000; i++) lines.push(i % 3 === 0 ? `（${i}）第${i}项` : i % 3 === 1 ? `${i}.第${i}条。（责任单位：区科技局）` : `第${i}章 标题`);
    const { r, ms } = await ingestBytes('nested.txt', lines.join('\n'));
    expect(r.failed).toBe(0);
    expect(ms).toBeLessThan(120_000); // a hang guard, not a performance goal
  }, 180_000);

  it('HTML with scripts and styles keeps only the text', async () => {
    const html = `<html><head><title>t</title><style>p{color:red}</style><script>alert("x");var secret=1;</script></head><body><h1>某区措施</h1><p>1.支持企业研发。（责任单位：区科技局）</p><script>document.write("bad")</script></body></html>`;
    const { r } = await ingestBytes('page.html', html);
    expect(r.failed).toBe(0);
    const [doc] = await store.getNodes(['doc:page']);
    const text = String(doc?.properties.text);
    expect(text).toContain('区科技局');
    expect(text).not.toMatch(/alert|secret|document\.write|color:red/);
  });
});
