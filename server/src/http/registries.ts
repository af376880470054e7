// Enterprise registries over HTTP (issue 14):
//   POST   /api/registries?filename=<name>[&source=<name>][&map=<column>=<field>]…[&replace=1]   body: the file  (editor)
//   DELETE /api/registries/<source>                                                                  (admin)
// The same rules as documents (documents.ts): credentials with the role, a request a foreign page
// cannot forge, the write rate limit, every attempt in the write log. What the store knows is
// gathered here (a few store calls); reading, validating, mapping and resolving the rows run in the
// ingest worker (off the event loop, memory-capped, with a deadline); the batch is written here.
// An existing source answers CONFLICT unless the upload says replace=1.
// Answers 200 { source, sourceId, rows, loaded, rejected, stats, issues (first 200), issueCount,
// doubtful (first 50), doubtfulCount, mapping, replaced } or { error: { code, message } }.
import { createHash } from 'node:crypto';
import type http from 'node:http';
import { requireRole } from '../auth/roles.ts';
import { KgError } from '../errors.ts';
import { fileNameProblem, printableName } from '../filenames.ts';
import type { IngestQueue } from '../ingest-worker/queue.ts';
import { checkSourceName, registrySourceId } from '../registry/batch.ts';
import { defaultSourceName } from '../registry/build.ts';
import { parseMapArg, type Field } from '../registry/fields.ts';
import { registryContext, removeRegistry } from '../registry/import.ts';
import { registryFormatOf } from '../registry/read.ts';
import type { GraphStore } from '../store/port.ts';
import { readBody } from './body.ts';
import { sendJson } from './respond.ts';
import { assertWriteRequest } from './security.ts';
import { writeKit, type Who } from './write-route.ts';

/** A registry of 10⁵ rows is ~50 MB of CSV; larger files go through `kg import-enterprises`. */
export const MAX_REGISTRY_UPLOAD_BYTES = 100 * 1024 * 1024;


export interface RegistryRoutes {
  upload(req: http.IncomingMessage, res: http.ServerResponse, url: URL, who: Who): Promise<void>;
  remove(req: http.IncomingMessage, res: http.ServerResponse, source: string, who: Who): Promise<void>;
}

export function registryRoutes(store: GraphStore, queue: IngestQueue, options: { dataDir: string; log: (m: string) => void }): RegistryRoutes {
  const { logged, base, identify, take } = writeKit({ ...options, detail: 'registry' });

  return {
    upload: (req, res, url, who) =>
      logged(base(req, 'upload'), async (entry) => {
        const filename = url.searchParams.get('filename') ?? '';
        entry.file = printableName(filename).slice(0, 300);
        const user = await identify(entry, who);
        requireRole(user, 'editor', ['导入企业名录', 'importing enterprise registries']);
        assertWriteRequest(req, user!.via);
        take(user!, req);
        const refuse = (message: string) => {
          req.resume();
          return new KgError('BAD_USER_INPUT', message);
        };
        const problem = filename ? fileNameProblem(filename) : '缺少文件名参数 filename / missing ?filename=';
        if (problem) throw refuse(problem);
        if (!registryFormatOf(filename)) {
          req.resume();
          throw new KgError('UNSUPPORTED_TYPE', `不支持的名录文件类型：${printableName(filename)}（支持 csv、tsv、txt、xlsx）/ unsupported registry file type`);
        }
        const source = url.searchParams.get('source')?.trim() || defaultSourceName(filename);
        const bad = checkSourceName(source);
        if (bad) throw refuse(`${bad}: "${printableName(source)}"`);
        const map: [string, Field | null][] = [];
        for (const m of url.searchParams.getAll('map')) {
          try {
            map.push(parseMapArg(m));
          } catch (e) {
            throw refuse((e as Error).message);
          }
        }
        const id = registrySourceId(source);
        entry.documentId = id;
        const replace = ['1', 'true', 'yes'].includes(url.searchParams.get('replace') ?? '');
        entry.replace = replace;
        const exists = async () => (await store.listDocumentRecords()).some((r) => r.documentId === id);
        const conflict = () =>
          new KgError('CONFLICT', `已有同名企业名录「${source}」；如要替换，请加 replace=1 / registry source ${source} already exists: add replace=1 to replace it`, { details: { source } });
        if (!replace && (await exists())) {
          req.resume();
          throw conflict();
        }
        const bytes = await readBody(req, MAX_REGISTRY_UPLOAD_BYTES, ['名录文件', 'registry file']);
        entry.bytes = bytes.length;
        entry.sha256 = createHash('sha256').update(bytes).digest('hex');
        const context = await registryContext(store, source);
        const { batch, registry } = await queue.run({ kind: 'registry', file: filename, bytes: new Uint8Array(bytes), source, map, context });
        const replaced = await exists();
        if (replaced && !replace) throw conflict();
        await store.replaceDocument(batch);
        entry.replace = replaced;
        const r = registry!;
        sendJson(res, 200, {
          source: r.source,
          sourceId: r.sourceId,
          file: r.file,
          format: r.format,
          encoding: r.encoding ?? null,
          rows: r.rows,
          loaded: r.loaded,
          rejected: r.rejected,
          stats: r.stats,
          mapping: r.mapping,
          issueCount: r.issues.length,
          issues: r.issues.slice(0, 200),
          doubtfulCount: r.doubtful.length,
          doubtful: r.doubtful.slice(0, 50),
          merged: r.merged.length,
          replaced,
        });
      }),

    remove: (req, res, source, who) =>
      logged({ ...base(req, 'remove'), documentId: registrySourceId(source) }, async (entry) => {
        const user = await identify(entry, who);
        requireRole(user, 'admin', ['删除企业名录', 'removing enterprise registries']);
        assertWriteRequest(req, user!.via);
        take(user!, req);
        if (checkSourceName(source)) throw new KgError('BAD_USER_INPUT', `不是企业名录名称：${printableName(source)} / not a registry source name`);
        if (!(await removeRegistry(store, source))) throw new KgError('NOT_FOUND', `没有名为「${source}」的企业名录 / no registry source named "${source}"`);
        sendJson(res, 200, { removed: registrySourceId(source) });
      }),
  };
}
