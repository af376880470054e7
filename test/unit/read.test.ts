import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../server/src/ingest/errors.ts';
import { decodeSource, readSource } from '../../server/src/ingest/read/index.ts';
import { htmlToText } from '../../server/src/ingest/read/html.ts';
import { MAX_TEXT_CHARS } from '../../server/src/ingest/read/limits.ts';
import { halfWidth as normalize } from '../../server/src/text.ts';

const FIXTURES = new URL('../fixtures/read/', import.meta.url).pathname;
// 004 measure 2, verbatim
const SNIPPET = '2．聚焦产业需求凝练攻关任务。围绕我区重点产业发展和未来产业布局，按照市级的征集要求，常态化征集“卡脖子”技术。（区科技局、区工业和信息化局按职责分工负责）\n';

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    expect((e as IngestError).message).toMatch(/[\u4e00-\u9fa5]/); // Chinese
    expect((e as IngestError).message).toMatch(/[a-z]{3}/); // and English
    return (e as IngestError).code;
  }
  return 'OK';
}

describe('decodeSource: encodings', () => {
  it('UTF-8 without BOM', async () => {
    const s = await decodeSource('a.txt', new TextEncoder().encode(SNIPPET));
    expect(s.text).toBe(SNIPPET);
    expect(s.encoding).toBe('utf-8');
    expect(s.format).toBe('txt');
  });

  it('UTF-8 with BOM: BOM stripped', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SNIPPET)]);
    const s = await decodeSource('a.txt', bytes);
    expect(s.text).toBe(SNIPPET);
  });

  it('UTF-16LE and UTF-16BE with BOM', async () => {
    const le = iconv.encode(SNIPPET, 'utf-16le', { addBOM: true });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SNIPPET, 'utf-16be')]);
    expect((await decodeSource('a.txt', new Uint8Array(le))).text).toBe(SNIPPET);
    expect((await decodeSource('a.txt', new Uint8Array(le))).encoding).toBe('utf-16le');
    expect((await decodeSource('a.txt', new Uint8Array(be))).text).toBe(SNIPPET);
    expect((await decodeSource('a.txt', new Uint8Array(be))).encoding).toBe('utf-16be');
  });

  it('GBK / GB18030 when strict UTF-8 fails — no mojibake', async () => {
    for (const enc of ['gbk', 'gb18030']) {
      const s = await decodeSource('a.txt', new Uint8Array(iconv.encode(SNIPPET, enc)));
      expect(s.text).toBe(SNIPPET);
      expect(s.encoding).toBe('gb18030');
    }
  });

  it('GBK html is decoded too', async () => {
    const html = `<html><head><meta charset="gbk"><title>通知</title></head><body><p>${SNIPPET}</p></body></html>`;
    const s = await decodeSource('a.html', new Uint8Array(iconv.encode(html, 'gbk')));
    expect(s.text).toContain('区科技局、区工业和信息化局按职责分工负责');
  });

  it('UTF-8 cut off inside its last character keeps what is whole, never GBK mojibake', async () => {
    const bytes = new TextEncoder().encode(SNIPPET.repeat(3));
    // cut in the middle of a 3-byte character
    let at = bytes.length - 10;
    while ((bytes[at]! & 0xc0) !== 0xc0) at--; // a lead byte
    const cut = bytes.subarray(0, at + 1);
    const src = await decodeSource('a.txt', cut);
    expect(src.encoding).toBe('utf-8');
    expect(new TextDecoder().decode(bytes).startsWith(src.text.trimEnd())).toBe(true);
  });

  it('UTF-8 damaged in the middle is an error, not GBK mojibake', async () => {
    const bytes = new TextEncoder().encode(SNIPPET.repeat(3));
    let at = Math.floor(bytes.length / 2);
    while ((bytes[at]! & 0xc0) !== 0xc0) at--; // a lead byte
    const damaged = new Uint8Array([...bytes.subarray(0, at + 1), ...bytes.subarray(at + 3)]);
    expect(await code(decodeSource('a.txt', damaged))).toBe('BAD_ENCODING');
  });

  it('binary data is an error', async () => {
    const bytes = new Uint8Array(4096);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (x = (x * 1103515245 + 12345) & 0x7fffffff) >> 16;
    expect(await code(decodeSource('a.txt', bytes))).toBe('BAD_ENCODING');
    // random high bytes without NULs (looks like GBK to a naive decoder)
    const high = bytes.map((b) => (b | 0x80) || 0x81);
    expect(await code(decodeSource('a.txt', high))).toBe('BAD_ENCODING');
  });

  it('empty and blank files are EMPTY', async () => {
    expect(await code(decodeSource('a.txt', new Uint8Array()))).toBe('EMPTY');
    expect(await code(decodeSource('a.txt', new TextEncoder().encode(' \n\t\n　\n')))).toBe('EMPTY');
  });

  it('unsupported extensions', async () => {
    expect(await code(decodeSource('a.doc', new TextEncoder().encode('x')))).toBe('UNSUPPORTED_TYPE');
    expect(await code(decodeSource('a.xlsx', new TextEncoder().encode('x')))).toBe('UNSUPPORTED_TYPE');
  });

  it('too large text', async () => {
    const big = new Uint8Array(MAX_TEXT_CHARS + 10).fill(0x61);
    expect(await code(decodeSource('a.txt', big))).toBe('TOO_LARGE');
  });
});

describe('decodeSource: text clean-up', () => {
  it('removes [bookmark: …] artefacts before offsets exist (004 header)', async () => {
    const raw = '[bookmark: Bt]津南区人民政府关于印发\n[bookmark: Zhusong]各街镇，各委、办、局，各直属单位：\n[bookmark: xxgk]（此件主动公开）\n';
    const s = await decodeSource('004.txt', new TextEncoder().encode(raw));
    expect(s.text).toBe('津南区人民政府关于印发\n各街镇，各委、办、局，各直属单位：\n（此件主动公开）\n');
  });

  it('removes Word/pandoc anchors: [_Toc…], [_Hlk…], {#bookmark…}', async () => {
    const raw = '[_Toc152630411]黄埔区若干措施\n第二条 {#bookmark1}支持创新药研发。[_Hlk99]（责任单位：区科技局）\n数组[1]和{x}保留\n';
    const s = await decodeSource('x.txt', new TextEncoder().encode(raw));
    expect(s.text).toBe('黄埔区若干措施\n第二条 支持创新药研发。（责任单位：区科技局）\n数组[1]和{x}保留\n');
  });

  it('CRLF becomes LF', async () => {
    const s = await decodeSource('a.txt', new TextEncoder().encode('一、总体要求\r\n（一）指导思想\r\n'));
    expect(s.text).toBe('一、总体要求\n（一）指导思想\n');
  });

  it('norm is char-for-char: full-width ASCII → half-width, U+3000 → space, nothing else', async () => {
    const text = '（牵头部门：科技创新局，责任部门：经发局）　１．ＡＩ＋药物；“两创融合”、〔2020〕';
    const n = normalize(text);
    expect(n.length).toBe(text.length);
    expect(n).toBe('(牵头部门:科技创新局,责任部门:经发局) 1.AI+药物;“两创融合”、〔2020〕');
    const s = await decodeSource('a.txt', new TextEncoder().encode(text));
    expect(s.norm).toBe(n);
  });

  it('sourceHash is the sha256 of the bytes', async () => {
    const bytes = new TextEncoder().encode(SNIPPET);
    const s = await decodeSource('a.txt', bytes);
    expect(s.sourceHash).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('html: scripts, styles and tags stripped, entities decoded, blocks on their own lines', () => {
    const t = htmlToText(
      '<html><head><title>关于印发的通知</title><style>p{color:red}</style></head><body><script>var a="<p>x</p>";</script>' +
        '<div>一、总体要求</div><p>发展&nbsp;目标&ldquo;113X&rdquo;&amp;&#x4E00;&#20108;</p><br>' +
        '<table><tr><th>序号</th><th>责任部门</th></tr><tr><td>1</td><td>科技局</td></tr></table></body></html>',
    );
    expect(t).not.toMatch(/<|var a|color:red/);
    expect(t).not.toContain('关于印发的通知'); // <head><title> is not document text
    expect(t).toContain('一、总体要求\n');
    expect(t).toContain('发展 目标“113X”&一二');
    expect(t).toContain('\t序号\n\t责任部门');
    expect(t).toContain('\t1\n\t科技局');
  });

  it('html: a script or style left open drops the rest of the page; a self-closed one drops nothing else', () => {
    const open = htmlToText('<body><p>一、总体要求</p><p>1.支持企业发展。</p><script>document.write("天津恶意科技有限公司");<p>2.后文</p></body>');
    expect(open).toBe('一、总体要求\n\n1.支持企业发展。');
    const selfClosed = htmlToText('<body><script src="a.js"/><p>一、总体要求</p><script>var x=1;</script><p>1.支持企业发展。</p></body>');
    expect(selfClosed).toBe('一、总体要求\n\n1.支持企业发展。');
    expect(htmlToText('<p>甲</p><style>.a{}')).toBe('甲');
  });
});

describe('readSource', () => {
  it('docx via mammoth', async () => {
    const s = await readSource(join(FIXTURES, 'sample.docx'));
    expect(s.format).toBe('docx');
    expect(s.file).toBe('sample.docx');
    expect(s.text).toContain('1．完善科技创新考核评价机制。');
    expect(s.text).toContain('（区科技局、海河教育园区管委会按职责分工负责）');
    expect(s.text).not.toContain('bookmark');
  });

  it('pdf with a text layer via unpdf', async () => {
    const s = await readSource(join(FIXTURES, 'text-layer.pdf'));
    expect(s.format).toBe('pdf');
    expect(s.text).toContain('Science and Technology Bureau');
  });

  it('pdf without a text layer is SCANNED_PDF', async () => {
    expect(await code(readSource(join(FIXTURES, 'scanned.pdf')))).toBe('SCANNED_PDF');
  });

  it('corrupt docx / pdf are UNREADABLE', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-read-'));
    await writeFile(join(dir, 'bad.docx'), 'not a zip at all');
    await writeFile(join(dir, 'bad.pdf'), '%PDF-1.4 garbage');
    expect(await code(readSource(join(dir, 'bad.docx')))).toBe('UNREADABLE');
    expect(['UNREADABLE', 'SCANNED_PDF']).toContain(await code(readSource(join(dir, 'bad.pdf'))));
  });

  it('missing file is NOT_FOUND and names the file', async () => {
    try {
      await readSource('/nonexistent/dir/政策.txt');
      expect.unreachable();
    } catch (e) {
      expect((e as IngestError).code).toBe('NOT_FOUND');
      expect((e as IngestError).message).toContain('政策.txt');
    }
  });

  it('reads the seeds as UTF-8', async () => {
    const s = await readSource(new URL('../../seeds/003_87e0e3da8a4aaa7d.txt', import.meta.url).pathname);
    expect(s.encoding).toBe('utf-8');
    expect(s.text.length).toBe(s.norm.length);
    expect(s.text).toContain('津高新区管发〔2020〕44号');
  });
});
