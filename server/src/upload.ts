// POST /api/documents?filename=<name>  (body: the raw file bytes)
// Ingests one uploaded document into the running store; new facts are visible to the next query.
// Answers 200 { documentId, nodes, edges } or { error: { code, message } } with 400/413/415/422.
import type http from 'node:http';
import { createIngestContext, runPipeline } from './ingest/index.ts';
import { isIngestError } from './ingest/errors.ts';
import type { GraphStore } from './store/port.ts';

/** Uploads larger than this are refused before they are read (the text limit of ingest is 20 MB). */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

const STATUS: Record<string, number> = { UNSUPPORTED_TYPE: 415, TOO_LARGE: 413, EMPTY: 422, BAD_ENCODING: 422, UNREADABLE: 422, SCANNED_PDF: 422 };

export async function handleUpload(req: http.IncomingMessage, res: http.ServerResponse, url: URL, store: GraphStore): Promise<void> {
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  if (req.method !== 'POST') return send(405, { error: { code: 'METHOD_NOT_ALLOWED', message: '请用 POST 上传文件 / use POST' } });
  const filename = url.searchParams.get('filename')?.trim();
  if (!filename || /[\\/]/.test(filename) || filename.length > 255) {
    req.resume();
    return send(400, { error: { code: 'BAD_USER_INPUT', message: '缺少或无效的文件名参数 filename / missing or invalid ?filename=' } });
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_UPLOAD_BYTES) {
    req.resume();
    return send(413, { error: { code: 'TOO_LARGE', message: `文件过大（上限 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB）/ file too large: ${filename}` } });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req as AsyncIterable<Buffer>) {
    size += c.length;
    if (size > MAX_UPLOAD_BYTES) {
      return send(413, { error: { code: 'TOO_LARGE', message: `文件过大（上限 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB）/ file too large: ${filename}` } });
    }
    chunks.push(c);
  }
  try {
    const { batch } = await runPipeline({ file: filename, bytes: new Uint8Array(Buffer.concat(chunks)) }, createIngestContext());
    await store.replaceDocument(batch);
    send(200, { documentId: batch.documentId, nodes: batch.nodes.length, edges: batch.edges.length });
  } catch (err) {
    if (isIngestError(err)) return send(STATUS[err.code] ?? 422, { error: { code: err.code, message: err.message } });
    throw err;
  }
}
