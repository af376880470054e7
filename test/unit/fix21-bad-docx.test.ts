// Hostile docx files get a precise bilingual error, quickly, through the reader entry point the CLI
// uses (readSource): nesting too deep and DTD/entity declarations are refused before any parser runs;
// a large part that is never read as text (an image) is skipped unread, so the document's text is
// kept; a part the reader does parse is still bounded, whatever its name.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../server/src/ingest/read/index.ts';
import type { IngestError } from '../../server/src/ingest/errors.ts';
import { runCli, SEEDS } from '../integration/helpers.ts';
import { rawZip } from '../robustness/hostile.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>';
const rels = (target: string) =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${target}"/></Relationships>`;
const doc = (body: string, prolog = '') => `<?xml version="1.0"?>${prolog}<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
const para = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;

/** A zip built with node:zlib (deflate), so large zero-filled parts stay cheap (the regression suite's zip writer). */
const zip = (entries: { name: string; data: Buffer | string }[]): Buffer =>
  rawZip(entries.map((e) => ({ name: e.name, data: typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data })));
const docx = (document: string, extra: { name: string; data: Buffer | string }[] = [], main = 'word/document.xml') =>
  zip([{ name: '[Content_Types].xml', data: CT }, { name: '_rels/.rels', data: rels(main) }, { name: main, data: document }, ...extra]);

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kg-fix21-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function read(name: string, bytes: Buffer) {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return readSource(file);
}
async function refusal(name: string, bytes: Buffer): Promise<IngestError> {
  try {
    await read(name, bytes);
  } catch (e) {
    return e as IngestError;
  }
  throw new Error(`${name} was accepted`);
}
/** One line, bilingual, names the file: what reaches the CLI and the HTTP JSON. */
function expectClean(e: IngestError, file: string) {
  expect(e.message).toContain(file);
  expect(e.message).not.toMatch(/[\t\n\r]/);
  expect(e.message).toMatch(/[\u4e00-\u9fff]/);
  expect(e.message).not.toMatch(/Maximum call stack|xmldom|line:undefined/);
}

describe('hostile docx: a precise error, before any parser runs', () => {
  it('elements nested thousands deep: UNREADABLE naming the depth and the part', async () => {
    const d = 5000;
    const e = await refusal('deep.docx', docx(doc('<w:p>'.repeat(d) + '</w:p>'.repeat(d))));
    expect(e.code).toBe('UNREADABLE');
    expect(e.message).toContain('嵌套超过 256 层');
    expect(e.message).toContain('nested deeper than 256 levels');
    expect(e.message).toContain('word/document.xml');
    expectClean(e, 'deep.docx');
  });

  it('a DTD with nested entities (billion laughs): UNREADABLE, entity declarations refused', async () => {
    const ents = ['<!ENTITY lol "lol">'];
    for (let k = 2; k <= 9; k++) ents.push(`<!ENTITY lol${k} "${`&lol${k === 2 ? '' : k - 1};`.repeat(10)}">`);
    const e = await refusal('laughs.docx', docx(doc(para('&lol9;'), `<!DOCTYPE lolz [${ents.join('')}]>`)));
    expect(e.code).toBe('UNREADABLE');
    expect(e.message).toContain('实体声明');
    expect(e.message).toContain('declares a DTD or entities');
    expectClean(e, 'laughs.docx');
  });

  it('real nesting (tables ten deep, comments and CDATA with markup) still reads', async () => {
    const inner = para('某区支持集成电路产业发展') + '<!-- <!DOCTYPE x> <w:p> --><w:p><w:r><w:t><![CDATA[<w:p><w:p>]]></w:t></w:r></w:p>';
    const nested = '<w:tbl><w:tr><w:tc>'.repeat(10) + inner + '</w:tc></w:tr></w:tbl>'.repeat(10);
    const d = await read('tables.docx', docx(doc(`<w:p><w:r><w:t xml:space="preserve" w:x="a>b/"> </w:t></w:r></w:p>${nested}`)));
    expect(d.text).toContain('某区支持集成电路产业发展');
  });
});

describe('parts that are not read as text', () => {
  it('a 70 MB image of zeros is skipped unread: the text is kept', async () => {
    const bytes = docx(doc(para('支持新能源汽车产业集聚发展')), [{ name: 'word/media/image1.png', data: Buffer.alloc(70 * 1024 * 1024) }]);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const d = await read('image.docx', bytes);
    expect(d.text).toContain('支持新能源汽车产业集聚发展');
  });

  it('a main document under a non-XML name is still bounded (it is read: the relationship names it)', async () => {
    const big = doc(para('x'.repeat(17 * 1024 * 1024)));
    const e = await refusal('hidden.docx', docx(big, [], 'word/main.bin'));
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toContain('word/main.bin');
    expect(e.message).not.toContain('文字过多');
    expectClean(e, 'hidden.docx');
  });

  it('a DTD in a part read under a non-XML name is refused too', async () => {
    const e = await refusal('hidden-dtd.docx', docx(doc(para('&x;'), '<!DOCTYPE d [<!ENTITY x "y">]>'), [], 'word/main.bin'));
    expect(e.code).toBe('UNREADABLE');
    expect(e.message).toContain('word/main.bin');
  });
});

describe('kg ingest on a folder of bad and good files', () => {
  it('exit code 1, one precise line per bad file, every good file ingested (the image docx and a BOM-less UTF-16BE text too)', async () => {
    const docs = path.join(dir, 'cli');
    await mkdir(docs);
    await writeFile(path.join(docs, 'deep.docx'), docx(doc('<w:p>'.repeat(5000) + '</w:p>'.repeat(5000))));
    await writeFile(path.join(docs, 'laughs.docx'), docx(doc(para('&a;'), '<!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>')));
    await writeFile(
      path.join(docs, 'image.docx'),
      docx(doc(para('一、发展目标') + para('支持新能源汽车产业在滨海高新区集聚发展。')), [{ name: 'word/media/image1.png', data: Buffer.alloc(70 * 1024 * 1024) }]),
    );
    const seed = (await readFile(path.join(SEEDS, '004_fdc6922baeda3b1e.txt'), 'utf8')).replace(/^\uFEFF/, '');
    await writeFile(path.join(docs, 'seed-utf16be.txt'), Buffer.from(seed, 'utf16le').swap16());
    const r = await runCli(['ingest', docs, '--data', path.join(dir, 'cli-data')]);
    const out = r.stdout + r.stderr;
    expect(r.code).toBe(1);
    expect(out).toContain('ingested 2 document(s), 2 failed');
    const line = (f: string) => out.split('\n').find((l) => l.includes(`[UNREADABLE]`) && l.includes(f)) ?? '';
    expect(line('deep.docx')).toContain('nested deeper than 256 levels');
    expect(line('laughs.docx')).toContain('declares a DTD or entities');
    expect(out).not.toMatch(/Maximum call stack|xmldom|\t/);
  }, 120_000);
});
