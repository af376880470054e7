// Who is asking: `Authorization: Bearer kg_…` (scripts, CLI users) or the `kg_session` cookie
// (the page), and the sign-in routes:
//   POST /api/login   {"name", "password"} → sets the HttpOnly SameSite=Strict session cookie
//   POST /api/logout  ends the session
//   GET  /api/session {"user": {name, role, via} | null, "readsOpen": bool}
// Sign-in attempts are rate-limited per client address and per user name.
import type http from 'node:http';
import { KgError } from '../errors.ts';
import type { Principal } from '../auth/roles.ts';
import { SESSION_TTL_MS, type AuthStore } from '../auth/users.ts';
import { logWrite } from '../auth/write-log.ts';
import { readBody } from './body.ts';
import { RateLimiter } from './rate-limit.ts';
import { sendJson } from './respond.ts';
import { assertWriteRequest } from './security.ts';

export const SESSION_COOKIE = 'kg_session';

export function cookie(req: http.IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim();
  }
  return null;
}

/**
 * The principal of a request, or null when anonymous. A bearer token that is not valid is an
 * error (401: the script must know); an expired session cookie just means anonymous.
 */
export async function authenticate(req: http.IncomingMessage, auth: AuthStore): Promise<Principal | null> {
  const header = req.headers.authorization;
  if (header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
    const p = m ? await auth.tokenPrincipal(m[1]!) : null;
    if (!p) throw new KgError('UNAUTHENTICATED', 'API 令牌无效或已撤销 / invalid or revoked API token');
    return p;
  }
  const s = cookie(req, SESSION_COOKIE);
  return s ? auth.sessionPrincipal(s) : null;
}

export function clientAddress(req: http.IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

export interface AuthRoutes {
  login(req: http.IncomingMessage, res: http.ServerResponse): Promise<void>;
  logout(req: http.IncomingMessage, res: http.ServerResponse): Promise<void>;
  session(req: http.IncomingMessage, res: http.ServerResponse, user: Principal | null): void;
}

export function authRoutes(auth: AuthStore, options: { dataDir: string; readsOpen: boolean; secureCookies: boolean }): AuthRoutes {
  // 10 attempts at once, then one every 30 s, per address and per user name.
  const perAddress = new RateLimiter(10, 1 / 30);
  const perName = new RateLimiter(10, 1 / 30);
  const what = ['登录尝试', 'sign-in attempts'] as const;
  const setCookie = (value: string, maxAgeS: number) =>
    `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeS}${options.secureCookies ? '; Secure' : ''}`;

  return {
    async login(req, res) {
      assertWriteRequest(req, null);
      const ip = clientAddress(req);
      perAddress.take(ip, what);
      const raw = await readBody(req, 16 * 1024, ['请求体', 'request body']);
      let name = '';
      let password = '';
      try {
        const b = JSON.parse(raw.toString('utf8')) as { name?: unknown; password?: unknown };
        if (typeof b.name === 'string') name = b.name;
        if (typeof b.password === 'string') password = b.password;
      } catch {
        throw new KgError('BAD_REQUEST', '请求体须为 JSON：{"name": …, "password": …} / the body must be JSON {"name", "password"}');
      }
      if (!name || !password) throw new KgError('BAD_USER_INPUT', '请输入用户名和密码 / name and password are required');
      perName.take(name.slice(0, 64), what);
      const r = await auth.login(name, password);
      await logWrite(options.dataDir, { action: 'login', actor: name.slice(0, 64), via: 'anonymous', ip, outcome: r ? 'ok' : 'refused', ...(r ? {} : { code: 'UNAUTHENTICATED' }) });
      if (!r) throw new KgError('UNAUTHENTICATED', '用户名或密码错误 / wrong user name or password');
      sendJson(res, 200, { user: { name: r.principal.name, role: r.principal.role, via: 'session' } }, { 'set-cookie': setCookie(r.session, Math.floor(SESSION_TTL_MS / 1000)) });
    },

    async logout(req, res) {
      assertWriteRequest(req, 'session');
      const s = cookie(req, SESSION_COOKIE);
      if (s) await auth.logout(s);
      sendJson(res, 200, { user: null }, { 'set-cookie': setCookie('', 0) });
    },

    session(_req, res, user) {
      sendJson(res, 200, { user: user ? { name: user.name, role: user.role, via: user.via } : null, readsOpen: options.readsOpen });
    },
  };
}
