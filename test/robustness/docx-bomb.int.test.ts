// A docx is a zip: one that inflates to gigabytes (a zip bomb), one whose headers lie about the
// size, and a well-formed zip of junk are refused with clear codes, quickly and without the memory
// blow-up that would take a server down; a real docx still ingests.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { rawZip } from './hostile.ts';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../server/src/ingest-command.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { assertZipWithinLimits, zipEntries } from '../../server/src/ingest/zip-guard.ts';

let dir = '';
let store: EmbeddedStore;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function docx(body: string): Promise<Buffer> {
  const z = new JSZip();
  z.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  z.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  z.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
const para = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kg-bomb-'));
  store = await EmbeddedStore.open({ dir: path.join(dir, 'data') });
});
afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

async function ingest(name: string, bytes: Buffer) {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  const before = await store.exportGraph();
  const rss0 = process.memoryUsage().rss;
  const r = await ingestPaths(store, [file]);
  return { r, before, after: await store.exportGraph(), rssGrowth: process.memoryUsage().rss - rss0 };
}

describe('docx zip guard', () => {
  it('a real docx still ingests', async () => {
    const bytes = await docx(para('某区支持产业发展若干措施') + para('1.支持企业研发。（牵头单位：区科技局；配合单位：区财政局）'));
    const { r, after } = await ingest('ok.docx', bytes);
    expect(r.ok).toBe(1);
    expect(after.nodes.some((n) => n.label === 'Measure')).toBe(true);
  });

  it('a zip bomb (300 MB of XML in a ~300 KB file) is refused as TOO_LARGE without inflating it', async () => {
    const xml = Buffer.alloc(300 * 1024 * 1024, 0x20);
    xml.write(`<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>`, 0);
    const bomb = rawZip([{ name: 'word/document.xml', data: xml }]);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const { r, before, after, rssGrowth } = await ingest('bomb.docx', bomb);
    expect(r.failed).toBe(1);
    expect(r.errors[0]!.code).toBe('TOO_LARGE');
    expect(r.errors[0]!.message).toContain('bomb.docx');
    expect(after).toEqual(before);
    expect(rssGrowth).toBeLessThan(400 * 1024 * 1024); // far below the 1 GB it would inflate to
  }, 120_000);

  it('a zip whose headers understate the size is caught by the capped inflate', async () => {
    const big = await docx(para('x'.repeat(10)) + `<w:p><w:r><w:t>${'a'.repeat(3 * 1024 * 1024)}</w:t></w:r></w:p>`);
    // Rewrite every declared uncompressed size to 1 KiB.
    const lying = Buffer.from(big);
    for (let i = 0; i + 4 <= lying.length; i++) {
      if (lying.readUInt32LE(i) === 0x02014b50) lying.writeUInt32LE(1024, i + 24);
    }
    expect(zipEntries(lying).every((e) => e.uncompressedSize === 1024)).toBe(true);
    expect(() => assertZipWithinLimits(lying, { maxTotalBytes: 1024 * 1024, maxXmlBytes: 1024 * 1024, maxEntries: 10 })).toThrow(/1 MB/);
    expect(() => assertZipWithinLimits(big, { maxTotalBytes: 1024 * 1024, maxXmlBytes: 1024 * 1024, maxEntries: 10 })).toThrow(/inflates to/);
  });

  it('a well-formed zip of junk is refused as UNREADABLE and names the file', async () => {
    const z = new JSZip();
    z.file('junk.bin', Buffer.alloc(5000, 7));
    z.file('word/readme.txt', 'not a document');
    const { r, before, after } = await ingest('junk.docx', await z.generateAsync({ type: 'nodebuffer' }));
    expect(r.failed).toBe(1);
    expect(r.errors[0]!.code).toBe('UNREADABLE');
    expect(r.errors[0]!.message).toContain('junk.docx');
    expect(after).toEqual(before);
  });
});
