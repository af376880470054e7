// What one ingest can read within its deadline (server/src/ingest/read/limits.ts, zip-guard.ts), through
// `kg ingest` and the upload endpoint. review18 H4: a 55 KB docx whose document.xml is 15.9 MB (144,000
// paragraphs of one sentence, under the 16 MB per-part bound) ran 340 s into TIMEOUT with 1.53 GB; a
// 95 KB one with four such parts of empty paragraphs 343 s and 2.85 GB; uploaded, 503 TIMEOUT after
// 301 s. review18 M3: one 5 MB line (allowed by the old 20-million-character bound) could only end in
// the 300 s deadline. Each is now refused at once, TOO_LARGE, with one bilingual line naming what was
// counted, the limit and the KG_* setting that raises it; nothing of it is stored and the other file of
// the run is ingested. The counts are exact (no timing is asserted).
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphExport } from '../../server/src/model.ts';
import { runCli, SEEDS, tempDir } from '../integration/helpers.ts';
import { expectUploadsTooLarge } from '../integration/refused-uploads.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const S = '支持滨海高新区发展生物医药产业，引进龙头企业。'; // 23 characters
const P = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
const SEED = '000_3f4638d7d7188070.txt'; // 5,840 characters

/** A docx (what mkhostile.py of review18 writes): document.xml with `body`, and `extra` parts. */
async function docx(body: string, extra: Record<string, string> = {}): Promise<Buffer> {
  const z = new JSZip();
  z.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  z.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  z.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  for (const [k, v] of Object.entries(extra)) z.file(k, v);
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

let dir = '';
let cleanup: () => Promise<void>;
let docs = '';
let small = '';
const lineOf = (stderr: string, file: string) => stderr.split('\n').find((l) => l.includes(file)) ?? '';

async function exportGraph(data: string): Promise<GraphExport> {
  const out = path.join(dir, `export-${Math.random().toString(36).slice(2)}.json`);
  const r = await runCli(['export', '--format', 'json', '--out', out, '--data', data]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(await readFile(out, 'utf8')) as GraphExport;
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('kg-fix32-'));
  docs = path.join(dir, 'docs');
  small = path.join(dir, 'small');
  await mkdir(docs);
  await mkdir(small);
  // review18 big16m.docx: 15.9 MB of XML, 144,000 paragraphs of S (3.3 million characters of text).
  const one = P(S);
  await writeFile(path.join(docs, 'big16m.docx'), await docx(P('一、总体要求') + one.repeat(Math.floor(15_900_000 / Buffer.byteLength(one)))));
  // review18 parts6x16m.docx: document, footnotes, endnotes, comments each 15.9 MB of empty paragraphs.
  const empty = '<w:p/>'.repeat(15_900_000 / 6);
  const part = (k: string) => `<?xml version="1.0" encoding="UTF-8"?><w:${k} ${W}>${empty}</w:${k}>`;
  await writeFile(path.join(docs, 'parts6x16m.docx'), await docx(P('一、总体要求') + P(S) + empty, { 'word/footnotes.xml': part('footnotes'), 'word/endnotes.xml': part('endnotes'), 'word/comments.xml': part('comments') }));
  // 24 MB of XML in two parts under 16 MB each, markup only (no paragraph, no text beyond one line).
  const marks = '<w:bookmarkEnd w:id="0"/>'.repeat(12_000_000 / 25);
  await writeFile(path.join(docs, 'markup24m.docx'), await docx(P(S) + marks, { 'word/footnotes.xml': `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W}>${marks}</w:footnotes>` }));
  // review18 line5000k.txt: a heading, then one line of 5 MB (1.7 million characters).
  await writeFile(path.join(docs, 'line5000k.txt'), '一、总体要求\n' + S.repeat(Math.floor((5000 * 1024) / Buffer.byteLength(S))));
  await copyFile(path.join(SEEDS, SEED), path.join(docs, SEED));
  // Seven paragraphs, 143 characters: for the settings.
  await writeFile(path.join(small, 'seven.docx'), await docx(['一、总体要求', S, S, '二、重点任务', S, S, '滨海高新区重点发展集成电路产业。'].map(P).join('')));
}, 300_000);
afterAll(async () => cleanup?.());

describe('kg ingest: what cannot be read within the deadline is refused at once', () => {
  it('the review18 files are refused TOO_LARGE naming the count, the limit and the setting; the seed of the run is ingested', async () => {
    const data = path.join(dir, 'data');
    const r = await runCli(['ingest', docs, '--data', data]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const big = lineOf(r.stderr, 'big16m.docx');
    expect(big).toContain('[TOO_LARGE]');
    expect(big).toContain('the document holds more than one ingest can read within its deadline: big16m.docx');
    expect(big).toContain('docx 的文字（<w:t>）超过 500,000 字');
    expect(big).toContain('the docx holds more than 500,000 characters of text in <w:t>');
    expect(big).toContain('(raise it with KG_MAX_TEXT_CHARS)');
    expect(big).not.toContain('file exceeds the size limit');
    const parts = lineOf(r.stderr, 'parts6x16m.docx');
    expect(parts).toContain('[TOO_LARGE]');
    expect(parts).toContain('docx 的段落（<w:p>）超过 100,000 个（可用 KG_DOCX_MAX_PARAGRAPHS 调高）');
    expect(parts).toContain('the docx holds more than 100,000 paragraphs (<w:p>) (raise it with KG_DOCX_MAX_PARAGRAPHS)');
    const markup = lineOf(r.stderr, 'markup24m.docx');
    expect(markup).toContain('[TOO_LARGE]');
    expect(markup).toMatch(/docx 各部件的 XML 解压后共 [\d,]+ 字节，超过上限 20,971,520 字节（可用 KG_DOCX_MAX_XML_BYTES 调高）/);
    const line = lineOf(r.stderr, 'line5000k.txt');
    expect(line).toContain('[TOO_LARGE]');
    expect(line).toContain('文字 1,706,653 字，超过上限 500,000 字（可用 KG_MAX_TEXT_CHARS 调高）');
    expect(line).toContain('1,706,653 characters of text, over the limit of 500,000 (raise it with KG_MAX_TEXT_CHARS)');
    expect(r.stdout).toMatch(/已导入 1 个文件，失败 4 个/);
    const g = await exportGraph(data);
    expect(g.nodes.filter((n) => n.label === 'Document').map((n) => n.id)).toEqual(['doc:000_3f4638d7d7188070']);
  }, 600_000);

  it('the settings raise and lower the bounds; a malformed one is a clear error naming it', async () => {
    const file = path.join(small, 'seven.docx');
    const low = await runCli(['ingest', file, '--data', path.join(dir, 'low')], { KG_DOCX_MAX_PARAGRAPHS: '5' });
    expect(low.code, low.stdout + low.stderr).toBe(1);
    expect(lineOf(low.stderr, 'seven.docx')).toContain('the docx holds more than 5 paragraphs (<w:p>) (raise it with KG_DOCX_MAX_PARAGRAPHS)');
    const raised = await runCli(['ingest', file, '--data', path.join(dir, 'raised')], { KG_DOCX_MAX_PARAGRAPHS: '7', KG_MAX_TEXT_CHARS: '143' });
    expect(raised.code, raised.stdout + raised.stderr).toBe(0);
    const text = await runCli(['ingest', path.join(docs, SEED), '--data', path.join(dir, 'text')], { KG_MAX_TEXT_CHARS: '5000' });
    expect(text.code).toBe(1);
    expect(lineOf(text.stderr, SEED)).toContain('文字 5,840 字，超过上限 5,000 字（可用 KG_MAX_TEXT_CHARS 调高）');
    const bad = await runCli(['ingest', file, '--data', path.join(dir, 'bad')], { KG_DOCX_MAX_XML_BYTES: '20MB' });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('KG_DOCX_MAX_XML_BYTES 必须是正整数');
  }, 600_000);
});

describe('POST /api/documents: the review18 docx', () => {
  it('is answered 413 TOO_LARGE with the precise line; the served graph is unchanged', async () => {
    await expectUploadsTooLarge(path.join(dir, 'served'), docs, SEED, [
      ['parts6x16m.docx', 'the docx holds more than 100,000 paragraphs (<w:p>) (raise it with KG_DOCX_MAX_PARAGRAPHS)'],
      ['big16m.docx', '(raise it with KG_MAX_TEXT_CHARS)'],
    ]);
  }, 600_000);
});

describe('zip guard: what it counts before parsing', () => {
  // <w:pPr>, <w:tbl>, <w:tab/> and <w:t> inside are not paragraphs; an entity is one character.
  const body = '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">a&amp;b中</w:t><w:tab/></w:r></w:p>'
    + '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>文字</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>';
  const over = async (limits: Partial<import('../../server/src/ingest/zip-guard.ts').ZipLimits>) => {
    const { assertZipWithinLimits, DOCX_LIMITS, ZipGuardError } = await import('../../server/src/ingest/zip-guard.ts');
    try {
      assertZipWithinLimits(await docx(body), { ...DOCX_LIMITS, ...limits });
      return null;
    } catch (e) {
      if (e instanceof ZipGuardError) return e.over ?? null;
      throw e;
    }
  };
  it('paragraphs: three <w:p>, exactly', async () => {
    expect(await over({ countElements: { 'w:p': 3 } })).toBeNull();
    expect(await over({ countElements: { 'w:p': 2 } })).toEqual({ limit: 'countElements', element: 'w:p', count: 3, max: 2 });
  });
  it('text: six characters in <w:t>, an entity counted once', async () => {
    expect(await over({ textElement: 'w:t', maxTextChars: 6 })).toBeNull();
    expect(await over({ textElement: 'w:t', maxTextChars: 5 })).toEqual({ limit: 'maxTextChars', count: 6, max: 5 });
  });
  it('XML bytes: all parts read together', async () => {
    const o = await over({ maxXmlTotalBytes: 100 });
    expect(o?.limit).toBe('maxXmlTotalBytes');
    expect(o!.count).toBeGreaterThan(100);
  });
});
