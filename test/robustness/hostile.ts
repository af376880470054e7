// Hostile files for the regression suite, generated in the test (no committed blobs): the three
// docx of issue 10 item 2 and a zip writer that can make a central directory lie.
import { crc32, deflateRawSync } from 'node:zlib';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

export interface ZipPart {
  name: string;
  data: Buffer;
  /** Size to declare instead of the real one (a lying header). */
  declare?: number;
}

/**
 * A zip (deflate, native zlib). `aliases` adds central-directory entries that point at the local
 * entry of an existing part under other names: a small file whose directory lists many large parts.
 */
export function rawZip(parts: ZipPart[], aliases: { of: string; names: string[]; declare: number }[] = []): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const at = new Map<string, { offset: number; comp: number; crc: number }>();
  let offset = 0;
  const central = (name: Buffer, crc: number, comp: number, size: number, off: number) => {
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(8, 10);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(comp, 20);
    ch.writeUInt32LE(size, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(off, 42);
    centrals.push(ch, name);
  };
  for (const p of parts) {
    const comp = deflateRawSync(p.data, { level: 9 });
    const name = Buffer.from(p.name, 'utf8');
    const crc = crc32(p.data);
    const size = p.declare ?? p.data.length;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(8, 8);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(comp.length, 18);
    lh.writeUInt32LE(size, 22);
    lh.writeUInt16LE(name.length, 26);
    locals.push(lh, name, comp);
    central(name, crc, comp.length, size, offset);
    at.set(p.name, { offset, comp: comp.length, crc });
    offset += 30 + name.length + comp.length;
  }
  let count = parts.length;
  for (const a of aliases) {
    const target = at.get(a.of)!;
    for (const n of a.names) {
      central(Buffer.from(n, 'utf8'), target.crc, target.comp, a.declare, target.offset);
      count++;
    }
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** A document.xml of about `mb` MB: real paragraphs of policy text, repeated. */
export function documentXml(mb: number): Buffer {
  const para = '<w:p><w:r><w:t>支持企业建设研发中心，鼓励企业加大研发投入。（牵头单位：区科技局；配合单位：区财政局）</w:t></w:r></w:p>';
  const head = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>`;
  const tail = '</w:body></w:document>';
  const n = Math.ceil((mb * 1024 * 1024) / Buffer.byteLength(para));
  return Buffer.from(head + para.repeat(n) + tail, 'utf8');
}

function docx(xml: Buffer): Buffer {
  return rawZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: xml },
  ]);
}

/** Issue 10: "a 367 KB docx … its 120 MB document.xml passes the 128 MB per-part cap". */
export const bigPartDocx = () => docx(documentXml(120));
/** Issue 10: "a 63 KB docx with 20 MB of XML blocks every request for 22 s". */
export const twentyMbDocx = () => docx(documentXml(20));
/** Issue 10: "a zip whose directory lies about 150 parts" — each a 15 MB XML part declared as 1 KB. */
export function lyingDirectoryDocx(): Buffer {
  const part = documentXml(15);
  return rawZip(
    [
      { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
      { name: '_rels/.rels', data: Buffer.from(RELS) },
      { name: 'word/document.xml', data: documentXml(0.01) },
      { name: 'word/part0.xml', data: part, declare: 1024 },
    ],
    [{ of: 'word/part0.xml', names: Array.from({ length: 149 }, (_, i) => `word/part${i + 1}.xml`), declare: 1024 }],
  );
}
