// One HTTP server, one port: the client (static files from client/dist), GraphQL at /graphql,
// and /healthz. Built on node:http with Apollo Server's executeHTTPGraphQLRequest so no web
// framework is needed.
import { readFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, GraphQLScalarType, type GraphQLFormattedError } from 'graphql';
import type { GraphStore } from '../store/port.ts';
import { isCurationService } from '../store/curation.ts';
import { describeError, isKgError } from '../errors.ts';
import { createContext, type Context } from './context.ts';
import { ErrorCode } from './errors.ts';
import { resolvers } from './resolvers.ts';
import { handleUpload } from '../upload.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SCHEMA_PATH = path.join(here, 'schema.graphql');
export const DEFAULT_CLIENT_DIR = path.resolve(here, '../../../client/dist');

/** Limits, chosen from the client's real queries (see README "API limits"). */
export const HTTP_LIMITS = {
  maxBodyBytes: 1_000_000,
  requestTimeoutMs: 30_000,
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 5000,
  maxCost: 20_000,
} as const;

const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value',
  serialize: (v) => v,
  parseValue: (v) => v,
});

export interface AppOptions {
  store: GraphStore;
  clientDir?: string;
  log?: (msg: string) => void;
}

export interface App {
  server: http.Server;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const { store } = options;
  const curation = isCurationService(store) ? store : null;
  const log = options.log ?? ((m: string) => console.error(m));
  const clientDir = options.clientDir ?? DEFAULT_CLIENT_DIR;
  const typeDefs = readFileSync(SCHEMA_PATH, 'utf8');
  const armor = new ApolloArmor({
    maxDepth: { n: HTTP_LIMITS.maxDepth },
    maxAliases: { n: HTTP_LIMITS.maxAliases },
    maxTokens: { n: HTTP_LIMITS.maxTokens },
    costLimit: { maxCost: HTTP_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<Context>({
    typeDefs,
    resolvers: { ...resolvers, JSON: JSONScalar } as never,
    // NODE_ENV silently switches these; set each explicitly.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: protection.validationRules,
    // graphql-armor's types point at Apollo's CJS build; the runtime objects are the same.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ...(protection.plugins as unknown as ApolloServerPlugin<Context>[]),
      rejectedQueriesAre400,
    ],
    formatError: (formatted, error) => normaliseError(formatted, error, log),
  });
  await apollo.start();

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log(`request failed: ${String(err)}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    });
  });
  server.requestTimeout = HTTP_LIMITS.requestTimeoutMs;
  server.headersTimeout = HTTP_LIMITS.requestTimeoutMs;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') {
      try {
        await store.ping();
        sendJson(res, 200, { status: 'ok' });
      } catch (err) {
        sendJson(res, 503, { status: 'unavailable', error: String((err as Error).message ?? err) });
      }
      return;
    }
    if (url.pathname === '/graphql') {
      // A browser asking for a page gets the bundled GraphiQL IDE (no CDN); API clients get GraphQL.
      if (req.method === 'GET' && (req.headers.accept ?? '').includes('text/html') && !url.searchParams.has('query')) {
        await serveStatic(res, '/graphiql.html');
        return;
      }
      await handleGraphQL(req, res, url);
      return;
    }
    if (url.pathname === '/api/documents') {
      await handleUpload(req, res, url, store);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { error: 'method not allowed' });
      return;
    }
    await serveStatic(res, url.pathname);
  }

  async function handleGraphQL(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const raw = await readBody(req, HTTP_LIMITS.maxBodyBytes);
      if (raw === null) {
        sendJson(res, 413, gqlError(`请求体过大（上限 ${HTTP_LIMITS.maxBodyBytes} 字节）/ request body too large`, ErrorCode.BAD_USER_INPUT));
        return;
      }
      const type = headers.get('content-type') ?? '';
      if (type.includes('application/json')) {
        try {
          body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
        } catch {
          sendJson(res, 400, gqlError('请求体不是合法 JSON / body is not valid JSON', ErrorCode.BAD_USER_INPUT));
          return;
        }
      } else {
        body = raw.toString('utf8');
      }
    }
    let context: Context | undefined;
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => (context = createContext(store, { curation, user: null })),
    });
    for (const [k, v] of result.headers) res.setHeader(k, v);
    // How many store calls this request made (batched by DataLoader): visible to tests and benchmarks.
    if (context) res.setHeader('x-store-calls', String(context.storeCalls()));
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      // The max-tokens limit and syntax errors fire inside the parser (where graphql-armor hooks
      // in), which Apollo reports as a 500; a query refused before execution is the client's fault.
      if (res.statusCode === 500 && onlyClientErrors(result.body.string)) res.statusCode = 400;
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  async function serveStatic(res: http.ServerResponse, pathname: string): Promise<void> {
    const rel = decodeURIComponent(pathname).replace(/^\/+/, '');
    const target = path.resolve(clientDir, rel || 'index.html');
    if (!target.startsWith(path.resolve(clientDir))) {
      sendJson(res, 400, { error: 'bad path' });
      return;
    }
    let file = target;
    let stat = await fs.stat(file).catch(() => null);
    if (!stat || stat.isDirectory()) {
      // SPA fallback: unknown paths without an extension get index.html (client-side routes).
      if (path.extname(rel)) {
        sendJson(res, 404, { error: 'not found' });
        return;
      }
      file = path.join(clientDir, 'index.html');
      stat = await fs.stat(file).catch(() => null);
      if (!stat) {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('前端尚未构建，请先运行 npm run build:client / client not built: run npm run build:client');
        return;
      }
    }
    const data = await fs.readFile(file);
    res.writeHead(200, {
      'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    res.end(data);
  }

  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
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
      await apollo.stop();
    },
  };
}

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

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function gqlError(message: string, code: ErrorCode): unknown {
  return { errors: [{ message, extensions: { code } }] };
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return;
      }
      if (!over) chunks.push(c);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const CLIENT_FAULT: ReadonlySet<string> = new Set([ErrorCode.QUERY_TOO_COMPLEX, ErrorCode.GRAPHQL_PARSE_FAILED, ErrorCode.GRAPHQL_VALIDATION_FAILED, ErrorCode.BAD_USER_INPUT]);

/** A response with no data whose every error is the client's fault (refused before execution). */
function onlyClientErrors(body: string): boolean {
  try {
    const r = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    return !r.data && !!r.errors?.length && r.errors.every((e) => CLIENT_FAULT.has(e.extensions?.code ?? ''));
  } catch {
    return false;
  }
}

/** A query refused for its size is the client's fault: 400, never 500. */
const rejectedQueriesAre400: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors ?? [];
        if (!response.body.singleResult.data && errors.some((e) => e.extensions?.code === ErrorCode.QUERY_TOO_COMPLEX || e.extensions?.code === ErrorCode.BAD_USER_INPUT)) {
          response.http.status = 400;
        }
      },
    };
  },
};

const COMPLEXITY = /(depth limit|aliases limit|token limit|cost limit|Query Cost|Too many|exceeded)/i;

/** One boundary for errors: stable codes, no internals leaked. */
export function normaliseError(formatted: GraphQLFormattedError, error: unknown, log: (m: string) => void): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  const clean = (ext: Record<string, unknown> | undefined) => {
    const out = { ...(ext ?? {}) };
    delete out.stacktrace;
    delete out.http;
    return out;
  };
  // Limits enforced by graphql-armor surface as validation/syntax errors: give them their own code.
  if (COMPLEXITY.test(formatted.message)) {
    return { message: formatted.message, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
  }
  if (formatted.message.startsWith('Syntax Error')) {
    return { message: `查询语法错误 / ${formatted.message}`, extensions: { code: ErrorCode.GRAPHQL_PARSE_FAILED } };
  }
  if (original instanceof GraphQLError && original.extensions?.code && original.extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...formatted, extensions: clean(original.extensions) };
  }
  if (code && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...formatted, extensions: clean(formatted.extensions) };
  }
  const storeCode = (original as { code?: unknown } | null)?.code;
  if (storeCode === ErrorCode.STORE_UNAVAILABLE) {
    return { message: '图存储暂不可用 / graph store unavailable', extensions: { code: ErrorCode.STORE_UNAVAILABLE } };
  }
  // Errors raised on purpose below GraphQL (the store's curation checks: NOT_FOUND, BAD_USER_INPUT…).
  if (isKgError(original)) {
    const d = describeError(original);
    if (!d.known) log(`internal error: ${original.stack ?? original.message}`);
    return { message: d.message, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: d.code, ...(d.known ? original.details : {}) } };
  }
  log(`internal error: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`);
  return { message: '服务器内部错误 / internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
