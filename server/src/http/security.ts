// What every response carries and what every request must pass before anything else:
//   - security headers (CSP with frame-ancestors, Referrer-Policy, nosniff, no framing);
//   - the Host allow-list (DNS rebinding: a page on evil.example whose name re-resolves to
//     127.0.0.1 reaches a loopback server with `Host: evil.example`, which is refused);
//   - for writes: a request a foreign page cannot forge (a non-simple content type or a custom
//     header, which need a CORS preflight we never grant) from our own Origin.
import type http from 'node:http';
import { isIP } from 'node:net';
import { KgError } from '../errors.ts';

/** script-src 'self' only: the client is bundled (no CDN, no inline script); Monaco needs blob: workers and inline styles. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

export function setSecurityHeaders(res: http.ServerResponse): void {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
}

/** The host name of a Host header (no port, lower case, IPv6 without brackets), or null when malformed. */
export function hostName(header: string | undefined): string | null {
  if (!header) return null;
  const h = header.trim().toLowerCase();
  const m = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(h) ?? /^([a-z0-9.-]+)(?::\d{1,5})?$/.exec(h);
  return m ? m[1]! : null;
}

const LOOPBACK_NAMES = new Set(['localhost', 'localhost.', '127.0.0.1', '::1']);

/**
 * Whether a request for `host` may be served. Accepted: loopback names (localhost, *.localhost),
 * IP literals (a rebinding attack needs a DNS name), the interface the server listens on, and
 * the names in KG_ALLOWED_HOSTS. Everything else is a name we were not told we are reached by.
 */
export function hostAllowed(host: string | null, listenHost: string, allowed: readonly string[]): boolean {
  if (!host) return false;
  if (LOOPBACK_NAMES.has(host) || host.endsWith('.localhost')) return true;
  if (isIP(host)) return true;
  if (host === listenHost.toLowerCase()) return true;
  return allowed.includes(host) || allowed.includes('*');
}

export function assertHostAllowed(req: http.IncomingMessage, listenHost: string, allowed: readonly string[]): void {
  const host = hostName(req.headers.host);
  if (!hostAllowed(host, listenHost, allowed)) {
    throw new KgError(
      'FORBIDDEN',
      `不接受的主机名：${req.headers.host ?? '(无)'}；若确由此名称访问，请在 KG_ALLOWED_HOSTS 中列出 / Host "${req.headers.host ?? ''}" is not allowed: list it in KG_ALLOWED_HOSTS if the server is reached by that name`,
    );
  }
}

const SIMPLE_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

/** Whether a request sends what a foreign page could send without a CORS preflight. */
function isSimpleRequest(req: http.IncomingMessage): boolean {
  if (req.headers['x-requested-with'] || req.headers['x-kg-request']) return false;
  if (req.method !== 'POST' && req.method !== 'GET' && req.method !== 'HEAD') return false;
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  return type === '' || SIMPLE_TYPES.has(type);
}

/** Whether the Origin header names this very server (scheme-less compare of host:port). */
function originMatches(req: http.IncomingMessage): boolean | null {
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  try {
    const u = new URL(origin);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.host.toLowerCase() === (req.headers.host ?? '').toLowerCase();
  } catch {
    return false; // "null" (sandboxed frames, file://) and garbage
  }
}

/**
 * Refuses a write a foreign web page could have sent on a visitor's behalf: a simple request
 * (text/plain, form types or no type, no custom header) or an Origin other than ours. A request
 * authenticated by the session cookie must carry our Origin; a bearer-token request (a script)
 * may omit it, but not send a foreign one.
 */
export function assertWriteRequest(req: http.IncomingMessage, via: 'session' | 'token' | null): void {
  if (isSimpleRequest(req)) {
    throw new KgError(
      'FORBIDDEN',
      '写操作须带非简单的 Content-Type（如 application/octet-stream）或 X-Requested-With 头 / writes need a non-simple content type (e.g. application/octet-stream) or an X-Requested-With header',
    );
  }
  const m = originMatches(req);
  if (m === false || (m === null && via === 'session')) {
    throw new KgError('FORBIDDEN', `来源不符：${req.headers.origin ?? '(无 Origin)'} / cross-origin write refused (Origin ${req.headers.origin ?? 'missing'})`);
  }
}
