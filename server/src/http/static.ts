// The client's files from client/dist. A path is decoded once (malformed percent-encoding is a
// 400, not a 500), resolved, and must stay inside the directory — compared by path.relative, not
// by a string prefix (`/..%2fdist-x/…` would otherwise reach a sibling folder named dist-x).
// Source maps are not served unless KG_SOURCE_MAPS=1: they expose the whole client source.
import { promises as fs } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { KgError } from '../errors.ts';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface StaticOptions {
  dir: string;
  sourceMaps: boolean;
}

const notFound = (p: string) => new KgError('NOT_FOUND', `未找到 / not found: ${p}`);

/** The file `pathname` names inside `dir`, or an error: BAD_REQUEST (bad encoding) / NOT_FOUND (outside, hidden, map). */
export function resolveStatic(dir: string, pathname: string, sourceMaps: boolean): string {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    throw new KgError('BAD_REQUEST', `路径的百分号编码无效 / malformed percent-encoding in the path: ${pathname.slice(0, 200)}`);
  }
  if (rel.includes('\0')) throw new KgError('BAD_REQUEST', '路径含 NUL / NUL in the path');
  rel = rel.replace(/^\/+/, '');
  const root = path.resolve(dir);
  const target = path.resolve(root, rel || 'index.html');
  const inside = path.relative(root, target);
  if (inside.startsWith('..') || path.isAbsolute(inside)) throw notFound(pathname);
  if (inside.split(path.sep).some((seg) => seg.startsWith('.') && seg !== '.vite')) throw notFound(pathname);
  if (!sourceMaps && target.endsWith('.map')) throw notFound(pathname);
  return target;
}

export async function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string, options: StaticOptions): Promise<void> {
  const root = path.resolve(options.dir);
  let file = resolveStatic(root, pathname, options.sourceMaps);
  let stat = await fs.stat(file).catch(() => null);
  if (!stat || stat.isDirectory()) {
    // SPA fallback: unknown paths without an extension get index.html (client-side routes).
    if (path.extname(file) && file !== path.join(root, 'index.html')) throw notFound(pathname);
    file = path.join(root, 'index.html');
    stat = await fs.stat(file).catch(() => null);
    if (!stat) {
      // Not a request's fault: the operator has not built the client yet.
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('前端尚未构建，请先运行 npm run build:client / client not built: run npm run build:client');
      return;
    }
  }
  const data = await fs.readFile(file);
  res.writeHead(200, {
    'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
    'content-length': String(data.length),
    'cache-control': file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : data);
}
