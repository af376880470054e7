// Writing responses: JSON bodies, and the one path from an error to an HTTP status — every error
// goes through describeError (errors.ts), whose table gives the status; nothing here picks one.
import type http from 'node:http';
import { describeError, isKgError } from '../errors.ts';

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': String(Buffer.byteLength(text)), ...headers });
  res.end(res.req?.method === 'HEAD' ? undefined : text);
}

/** Headers an error brings with it: Allow on 405, Retry-After on 429/503, WWW-Authenticate on 401. */
function errorHeaders(err: unknown, status: number): Record<string, string> {
  const h: Record<string, string> = {};
  const details = isKgError(err) ? err.details : {};
  if (status === 405 && typeof details.allow === 'string') h.allow = details.allow;
  if ((status === 429 || status === 503) && typeof details.retryAfter === 'number') h['retry-after'] = String(details.retryAfter);
  if (status === 401) h['www-authenticate'] = 'Bearer realm="industry-kg"';
  return h;
}

export type ErrorShape = 'api' | 'graphql';

/**
 * Answers `err`: `{ error: { code, message } }` for the REST endpoints, `{ errors: [...] }` for
 * /graphql. Internal errors are logged with their stack and masked.
 */
export function sendError(res: http.ServerResponse, err: unknown, shape: ErrorShape, log: (m: string) => void): void {
  const d = describeError(err);
  if (!d.known) log(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  if (res.headersSent) {
    res.end();
    return;
  }
  const body = shape === 'graphql' ? { errors: [{ message: d.message, extensions: { code: d.code } }] } : { error: { code: d.code, message: d.message } };
  sendJson(res, d.http, body, errorHeaders(err, d.http));
}
