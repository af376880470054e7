// The HTTP host: one server, one port, on node:http (no web framework).
//   /graphql            GraphQL (graphql/handler.ts); a browser asking for a page gets GraphiQL
//   /api/login|logout|session   sign-in (auth.ts)
//   /api/documents      uploads and removals (documents.ts)
//   /api/registries     enterprise registry imports and removals (registries.ts)
//   /healthz            200 while the store answers
//   everything else     the client's static files (static.ts)
// Before any route: the Host allow-list and the security headers (security.ts). Every error is a
// KgError answered through respond.ts, so its status comes from the one table in errors.ts.
import http from 'node:http';
import type { Socket } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Principal } from '../auth/roles.ts';
import type { AuthStore } from '../auth/users.ts';
import type { ChainIndex } from '../chain-templates.ts';
import { KgError } from '../errors.ts';
import { createGraphQLHandler } from '../graphql/handler.ts';
import { startWarmer, type Warmer } from '../graphql/warm.ts';
import { isCurationService } from '../store/curation.ts';
import type { AdmissionOptions } from '../graphql/limits.ts';
import type { ResponseCacheOptions } from '../graphql/response-cache.ts';
import { closeIngestQueue, ingestQueue, type IngestQueue } from '../ingest-worker/queue.ts';
import type { GraphStore } from '../store/port.ts';
import { authenticate, authRoutes, clientAddress } from './auth.ts';
import { readBody } from './body.ts';
import { documentRoutes } from './documents.ts';
import { registryRoutes } from './registries.ts';
import { sendError, sendJson, type ErrorShape } from './respond.ts';
import { assertHostAllowed, setSecurityHeaders } from './security.ts';
import { serveStatic } from './static.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_CLIENT_DIR = path.resolve(here, '../../../client/dist');

/** Limits of the HTTP layer (the GraphQL ones are in graphql/limits.ts). */
export const HTTP_LIMITS = {
  maxBodyBytes: 1_048_576, // 1 MB, as the README and the refusal message say
  /** Time to receive a whole request (Node's requestTimeout); the GraphQL execution deadline is separate. */
  requestTimeoutMs: 30_000,
} as const;

export interface AppOptions {
  store: GraphStore;
  /** Users, sessions and tokens; without it every write answers UNAUTHENTICATED. */
  auth?: AuthStore;
  /** Where the write log goes (the data directory). */
  dataDir?: string;
  /** The interface the server listens on (accepted as a Host), extra Host names, reads open or signed-in only. */
  host?: string;
  allowedHosts?: string[];
  readsOpen?: boolean;
  /** Set the Secure flag on the session cookie (behind HTTPS). KG_SECURE_COOKIES=1. */
  secureCookies?: boolean;
  queue?: IngestQueue;
  clientDir?: string;
  /** Serve *.map files (KG_SOURCE_MAPS=1); off by default. */
  sourceMaps?: boolean;
  log?: (msg: string) => void;
  /** Chain templates for industryChain (loaded from the lexicon by the composition root). */
  chains?: ChainIndex;
  /** The GraphQL response cache: null turns it off; absent: KG_RESPONSE_CACHE_MB (default 64 MB). */
  responseCache?: ResponseCacheOptions | null;
  /** Admission settings over the environment's (KG_ANALYSIS_*; limits.ts ADMISSION_DEFAULTS). */
  admission?: Partial<AdmissionOptions>;
  /**
   * Build the park index and the review queue in the background at start and after each write
   * (graphql/warm.ts; `kg serve` turns it on unless KG_WARM=0). Off by default here. A number: the
   * poll interval in ms (tests).
   */
  warm?: boolean | number;
}

export interface App {
  server: http.Server;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

const methodNotAllowed = (allow: string) =>
  new KgError('METHOD_NOT_ALLOWED', `不支持该请求方法，可用：${allow} / method not allowed (allowed: ${allow})`, { details: { allow } });

function allowMethods(req: http.IncomingMessage, allow: string): void {
  if (!allow.split(', ').includes(req.method ?? '')) throw methodNotAllowed(allow);
}

export async function createApp(options: AppOptions): Promise<App> {
  const { store } = options;
  const log = options.log ?? ((m: string) => console.error(m));
  const clientDir = options.clientDir ?? DEFAULT_CLIENT_DIR;
  const listenHost = options.host ?? '127.0.0.1';
  const allowedHosts = options.allowedHosts ?? [];
  const readsOpen = options.readsOpen ?? true;
  const sourceMaps = options.sourceMaps ?? process.env.KG_SOURCE_MAPS === '1';
  const queue = options.queue ?? ingestQueue();
  const dataDir = options.dataDir;
  const graphql = await createGraphQLHandler({ store, log, readsOpen, ...(options.chains ? { chains: options.chains } : {}), ...(options.responseCache !== undefined ? { responseCache: options.responseCache } : {}), ...(options.admission ? { admission: options.admission } : {}) });
  const warmer: Warmer | null =
    options.warm && isCurationService(store) ? startWarmer(store, { log, ...(typeof options.warm === 'number' ? { pollMs: options.warm } : {}) }) : null;
  const auth = options.auth ?? null;
  const sessions = auth && dataDir ? authRoutes(auth, { dataDir, readsOpen, secureCookies: options.secureCookies ?? process.env.KG_SECURE_COOKIES === '1' }) : null;
  const documents = dataDir ? documentRoutes(store, queue, { dataDir, log }) : null;
  const registries = dataDir ? registryRoutes(store, queue, { dataDir, log }) : null;
  const who = (req: http.IncomingMessage): Promise<Principal | null> => (auth ? authenticate(req, auth) : Promise.resolve(null));
  const noAuth = () => new KgError('UNAUTHENTICATED', '本服务未配置登录，不接受写操作 / this server has no sign-in configured: writes are refused');

  const server = http.createServer((req, res) => {
    // Errors on /graphql are GraphQL-shaped ({ errors: [...] }), everywhere else { error: {...} }.
    const shape: ErrorShape = /^\/graphql(?:[?#]|$)/.test(req.url ?? '') ? 'graphql' : 'api';
    setSecurityHeaders(res);
    handle(req, res).catch((err: unknown) => sendError(res, err, shape, log));
  });
  server.requestTimeout = HTTP_LIMITS.requestTimeoutMs;
  server.headersTimeout = HTTP_LIMITS.requestTimeoutMs;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    assertHostAllowed(req, listenHost, allowedHosts);
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      throw new KgError('BAD_REQUEST', '请求地址无效 / malformed request URL');
    }
    const p = url.pathname;

    if (p === '/healthz') {
      allowMethods(req, 'GET, HEAD');
      try {
        await store.ping();
        sendJson(res, 200, { status: 'ok', responseCache: graphql.cacheStats(), relatedIndex: graphql.indexStats?.() ?? null, admission: graphql.admissionStats(), ...(warmer ? { warm: warmer.stats() } : {}) });
      } catch (err) {
        sendJson(res, 503, { status: 'unavailable', error: String((err as Error).message ?? err) });
      }
      return;
    }

    if (p === '/graphql') {
      allowMethods(req, 'GET, POST');
      // A browser asking for a page gets the bundled GraphiQL IDE (no CDN); API clients get GraphQL.
      if (req.method === 'GET' && (req.headers.accept ?? '').includes('text/html') && !url.searchParams.has('query')) {
        await serveStatic(req, res, '/graphiql.html', { dir: clientDir, sourceMaps });
        return;
      }
      const user = await who(req);
      let body: unknown = undefined;
      if (req.method === 'POST') {
        const raw = await readBody(req, HTTP_LIMITS.maxBodyBytes, ['请求体', 'request body']);
        if ((req.headers['content-type'] ?? '').includes('application/json')) {
          try {
            body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
          } catch {
            throw new KgError('BAD_REQUEST', '请求体不是合法 JSON / body is not valid JSON');
          }
        } else {
          body = raw.toString('utf8');
        }
      }
      const r = await graphql.execute({ method: req.method ?? 'GET', headers: req.headers, search: url.search, body, client: clientAddress(req) }, user);
      for (const [k, v] of r.headers) res.setHeader(k, v);
      // How many store calls this request made (batched by DataLoader): visible to tests and benchmarks.
      if (r.storeCalls !== null) res.setHeader('x-store-calls', String(r.storeCalls));
      res.setHeader('x-cache', r.cache);
      res.setHeader('cache-control', 'no-store');
      res.statusCode = r.status;
      res.end(r.body);
      return;
    }

    if (p === '/api/login' || p === '/api/logout') {
      allowMethods(req, 'POST');
      if (!sessions) throw noAuth();
      await (p === '/api/login' ? sessions.login(req, res) : sessions.logout(req, res));
      return;
    }
    if (p === '/api/session') {
      allowMethods(req, 'GET, HEAD');
      const user = await who(req);
      if (sessions) sessions.session(req, res, user);
      else sendJson(res, 200, { user: null, readsOpen });
      return;
    }
    if (p === '/api/documents') {
      allowMethods(req, 'POST');
      if (!documents) throw noAuth();
      await documents.upload(req, res, url, () => who(req));
      return;
    }
    if (p.startsWith('/api/documents/')) {
      allowMethods(req, 'DELETE');
      if (!documents) throw noAuth();
      let id: string;
      try {
        id = decodeURIComponent(p.slice('/api/documents/'.length));
      } catch {
        throw new KgError('BAD_REQUEST', '路径的百分号编码无效 / malformed percent-encoding in the path');
      }
      await documents.remove(req, res, id, () => who(req));
      return;
    }
    if (p === '/api/registries') {
      allowMethods(req, 'POST');
      if (!registries) throw noAuth();
      await registries.upload(req, res, url, () => who(req));
      return;
    }
    if (p.startsWith('/api/registries/')) {
      allowMethods(req, 'DELETE');
      if (!registries) throw noAuth();
      let source: string;
      try {
        source = decodeURIComponent(p.slice('/api/registries/'.length));
      } catch {
        throw new KgError('BAD_REQUEST', '路径的百分号编码无效 / malformed percent-encoding in the path');
      }
      await registries.remove(req, res, source, () => who(req));
      return;
    }
    if (p === '/api' || p.startsWith('/api/')) throw new KgError('NOT_FOUND', `没有该接口 / no such endpoint: ${p}`);

    allowMethods(req, 'GET, HEAD');
    await serveStatic(req, res, p, { dir: clientDir, sourceMaps });
  }

  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host ?? listenHost, () => {
          const addr = server.address();
          resolve(typeof addr === 'object' && addr ? addr.port : port);
        });
      }),
    close: async () => {
      // Drain: stop accepting, let in-flight requests finish, close idle keep-alive sockets.
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => {
          for (const s of sockets) s.destroy();
        }, 5000).unref();
      });
      warmer?.stop();
      await graphql.stop();
      // The process-wide queue is closed (and forgotten) with the app; a queue passed in belongs to the caller.
      if (!options.queue) await closeIngestQueue();
    },
  };
}
