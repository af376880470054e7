// Writes over HTTP:
//   POST   /api/documents?filename=<name>[&replace=1]   body: the raw file bytes    (editor)
//   DELETE /api/documents/<document id>                                            (admin)
// Each needs credentials (session cookie or API token) with the role, a request a foreign page
// cannot forge (security.ts), and stays within the write rate limit. The document is read and
// extracted in the ingest worker (off the event loop, memory-capped, with a deadline); an upload
// whose document already exists answers CONFLICT unless it says replace=1. Every attempt —
// refused ones too — is appended to the write log.
// Answers 200 { documentId, nodes, edges, replaced } or { error: { code, message } }.
import { createHash } from 'node:crypto';
import type http from 'node:http';
import { requireRole } from '../auth/roles.ts';
import { KgError } from '../errors.ts';
import { fileNameProblem, printableName } from '../filenames.ts';
import type { IngestQueue } from '../ingest-worker/queue.ts';
import { documentIdFor } from '../ingest-worker/run.ts';
import type { GraphStore } from '../store/port.ts';
import { readBody } from './body.ts';
import { sendJson } from './respond.ts';
import { assertWriteRequest } from './security.ts';
import { writeKit, type Who } from './write-route.ts';

/** Uploads larger than this are refused before they are read (the text limit of ingest is 20 MB). */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

export interface DocumentRoutes {
  upload(req: http.IncomingMessage, res: http.ServerResponse, url: URL, who: Who): Promise<void>;
  remove(req: http.IncomingMessage, res: http.ServerResponse, id: string, who: Who): Promise<void>;
}

export function documentRoutes(store: GraphStore, queue: IngestQueue, options: { dataDir: string; log: (m: string) => void }): DocumentRoutes {
  const { logged, base, identify, take } = writeKit(options);

  return {
    upload: (req, res, url, who) =>
      logged(base(req, 'upload'), async (entry) => {
        const filename = url.searchParams.get('filename') ?? '';
        entry.file = printableName(filename).slice(0, 300);
        const user = await identify(entry, who);
        requireRole(user, 'editor', ['上传文件', 'uploading documents']);
        assertWriteRequest(req, user!.via);
        take(user!, req);
        const problem = filename ? fileNameProblem(filename) : '缺少文件名参数 filename / missing ?filename=';
        if (problem) {
          req.resume();
          throw new KgError('BAD_USER_INPUT', problem);
        }
        const replace = ['1', 'true', 'yes'].includes(url.searchParams.get('replace') ?? '');
        entry.replace = replace;
        const id = documentIdFor(filename);
        entry.documentId = id;
        const exists = async () => (await store.getNodes([id]))[0] !== null;
        const conflict = () =>
          new KgError('CONFLICT', `已有同名文件 ${id}；如要替换，请加 replace=1 / document ${id} already exists: add replace=1 to replace it`, { details: { documentId: id } });
        if (!replace && (await exists())) {
          req.resume();
          throw conflict();
        }
        const bytes = await readBody(req, MAX_UPLOAD_BYTES, ['文件', 'file']);
        entry.bytes = bytes.length;
        entry.sha256 = createHash('sha256').update(bytes).digest('hex');
        const { batch } = await queue.run({ kind: 'bytes', file: filename, bytes: new Uint8Array(bytes) });
        // Checked again after the (queued) ingest: another upload of the same name may have landed.
        const replaced = await exists();
        if (replaced && !replace) throw conflict();
        await store.replaceDocument(batch);
        entry.replace = replaced;
        sendJson(res, 200, { documentId: batch.documentId, nodes: batch.nodes.length, edges: batch.edges.length, replaced });
      }),

    remove: (req, res, id, who) =>
      logged({ ...base(req, 'remove'), documentId: id }, async (entry) => {
        const user = await identify(entry, who);
        requireRole(user, 'admin', ['删除文件', 'removing documents']);
        assertWriteRequest(req, user!.via);
        take(user!, req);
        if (!id.startsWith('doc:')) throw new KgError('BAD_USER_INPUT', `不是文件 ID：${id} / not a document id: ${id}`);
        if (!(await store.removeDocument(id))) throw new KgError('NOT_FOUND', `未找到文件 / no such document: ${id}`);
        sendJson(res, 200, { removed: id });
      }),
  };
}
