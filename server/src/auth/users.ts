// Users, API tokens and sessions, kept in the data directory beside the graph:
//   users.json     users (name, role, scrypt hash) and API tokens (sha256 of the secret only)
//   sessions.json  signed-in browser sessions (sha256 of the cookie value only)
// Both are written atomically (temp file, fsync, rename) with mode 0600. users.json is re-read when
// it changes on disk, so `kg user add` / `kg token create` take effect in a running server, and a
// role change or a removed user applies to their sessions and tokens on the next request.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { KgError } from '../errors.ts';
import { hashPassword, passwordProblem, randomPassword, verifyPassword } from './passwords.ts';
import { isUserRole, type Principal, type UserRole } from './roles.ts';

export const USERS_FILE = 'users.json';
export const SESSIONS_FILE = 'sessions.json';
const USERS_FORMAT = 'industry-kg/users@1';
/** A browser session lasts this long after sign-in. */
export const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;
const NAME = /^[\p{L}\p{N}_.@-]{1,64}$/u;

export interface UserRecord {
  name: string;
  role: UserRole;
  passwordHash: string | null;
  created: string;
}

export interface TokenRecord {
  /** Public part of the token, shown by `kg token list` and used to revoke it. */
  id: string;
  user: string;
  /** sha256 of the secret part (hex). */
  hash: string;
  label: string;
  created: string;
}

interface UsersFile {
  format: typeof USERS_FORMAT;
  users: UserRecord[];
  tokens: TokenRecord[];
}

interface SessionRecord {
  /** sha256 of the cookie value (hex). */
  hash: string;
  user: string;
  expires: number;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

async function writeAtomic(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fh = await open(tmp, 'w', 0o600);
  try {
    await fh.writeFile(text);
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

export function checkUserName(name: string): string {
  const n = name.normalize('NFC').trim();
  if (!NAME.test(n)) throw new KgError('BAD_USER_INPUT', `用户名无效：只能含字母、数字和 _ . @ -，最多 64 个字符 / invalid user name "${name}": letters, digits, _ . @ - only, at most 64`);
  return n;
}

export class AuthStore {
  private cache: { mtimeMs: number; size: number; data: UsersFile } | null = null;
  private sessions: SessionRecord[] | null = null;

  private constructor(readonly dataDir: string) {}

  static async open(dataDir: string): Promise<AuthStore> {
    const s = new AuthStore(path.resolve(dataDir));
    await s.users(); // fail early on a broken file
    return s;
  }

  private get usersPath(): string {
    return path.join(this.dataDir, USERS_FILE);
  }
  private get sessionsPath(): string {
    return path.join(this.dataDir, SESSIONS_FILE);
  }

  /** users.json as it is on disk now (re-read when it changed). */
  private async users(): Promise<UsersFile> {
    const st = await stat(this.usersPath).catch(() => null);
    if (!st) return (this.cache = { mtimeMs: 0, size: 0, data: { format: USERS_FORMAT, users: [], tokens: [] } }).data;
    if (this.cache && this.cache.mtimeMs === st.mtimeMs && this.cache.size === st.size) return this.cache.data;
    const raw = await readFile(this.usersPath, 'utf8');
    let data: UsersFile;
    try {
      data = JSON.parse(raw) as UsersFile;
      if (data.format !== USERS_FORMAT || !Array.isArray(data.users) || !Array.isArray(data.tokens)) throw new Error('unexpected shape');
    } catch (e) {
      throw new KgError('STORE_CORRUPT', `用户文件已损坏 / ${this.usersPath} is not a valid users file: ${(e as Error).message}`, { cause: e });
    }
    data.users = data.users.filter((u) => typeof u.name === 'string' && isUserRole(u.role));
    this.cache = { mtimeMs: st.mtimeMs, size: st.size, data };
    return data;
  }

  private async saveUsers(data: UsersFile): Promise<void> {
    await writeAtomic(this.usersPath, JSON.stringify(data, null, 2) + '\n');
    this.cache = null;
  }

  /** Read-modify-write of users.json (re-read first, so a concurrent CLI edit is not lost). */
  private async updateUsers<T>(fn: (data: UsersFile) => T | Promise<T>): Promise<T> {
    this.cache = null;
    const data = structuredClone(await this.users());
    const out = await fn(data);
    await this.saveUsers(data);
    return out;
  }

  // ------------------------------------------------------------------ users

  async listUsers(): Promise<{ name: string; role: UserRole; created: string; tokens: number }[]> {
    const d = await this.users();
    return d.users.map((u) => ({ name: u.name, role: u.role, created: u.created, tokens: d.tokens.filter((t) => t.user === u.name).length }));
  }

  async hasUsers(): Promise<boolean> {
    return (await this.users()).users.length > 0;
  }

  /** Adds a user; without a password one is generated and returned (shown once). */
  async addUser(name: string, role: UserRole, password?: string): Promise<{ name: string; password: string | null }> {
    const n = checkUserName(name);
    if (password !== undefined) {
      const p = passwordProblem(password);
      if (p) throw new KgError('BAD_USER_INPUT', p);
    }
    const generated = password === undefined ? randomPassword() : null;
    const hash = await hashPassword(password ?? generated!);
    await this.updateUsers((d) => {
      if (d.users.some((u) => u.name === n)) throw new KgError('CONFLICT', `用户已存在 / user "${n}" already exists (use: kg user passwd / kg user role)`);
      d.users.push({ name: n, role, passwordHash: hash, created: new Date().toISOString() });
    });
    return { name: n, password: generated };
  }

  async setRole(name: string, role: UserRole): Promise<void> {
    await this.updateUsers((d) => {
      const u = d.users.find((x) => x.name === name);
      if (!u) throw new KgError('NOT_FOUND', `没有该用户 / no user "${name}"`);
      u.role = role;
    });
  }

  /** Sets a new password (generated and returned when none is given). */
  async setPassword(name: string, password?: string): Promise<string | null> {
    if (password !== undefined) {
      const p = passwordProblem(password);
      if (p) throw new KgError('BAD_USER_INPUT', p);
    }
    const generated = password === undefined ? randomPassword() : null;
    const hash = await hashPassword(password ?? generated!);
    await this.updateUsers((d) => {
      const u = d.users.find((x) => x.name === name);
      if (!u) throw new KgError('NOT_FOUND', `没有该用户 / no user "${name}"`);
      u.passwordHash = hash;
    });
    return generated;
  }

  /** Removes a user and their tokens; their sessions stop working on the next request. */
  async removeUser(name: string): Promise<void> {
    await this.updateUsers((d) => {
      const before = d.users.length;
      d.users = d.users.filter((u) => u.name !== name);
      if (d.users.length === before) throw new KgError('NOT_FOUND', `没有该用户 / no user "${name}"`);
      d.tokens = d.tokens.filter((t) => t.user !== name);
    });
  }

  /** On a first start (no user at all) creates `admin` with a random password, returned once. */
  async ensureFirstAdmin(): Promise<{ name: string; password: string } | null> {
    if (await this.hasUsers()) return null;
    const r = await this.addUser('admin', 'admin');
    return { name: r.name, password: r.password! };
  }

  private async principal(name: string, via: Principal['via']): Promise<Principal | null> {
    const u = (await this.users()).users.find((x) => x.name === name);
    return u ? { name: u.name, role: u.role, via } : null;
  }

  // ------------------------------------------------------------------ sessions

  private async loadSessions(): Promise<SessionRecord[]> {
    if (this.sessions) return this.sessions;
    const raw = await readFile(this.sessionsPath, 'utf8').catch(() => null);
    let list: SessionRecord[] = [];
    if (raw) {
      try {
        const parsed = JSON.parse(raw) as { sessions?: SessionRecord[] };
        list = Array.isArray(parsed.sessions) ? parsed.sessions : [];
      } catch {
        list = []; // a broken sessions file signs everyone out; it holds nothing else
      }
    }
    this.sessions = list.filter((s) => s.expires > Date.now());
    return this.sessions;
  }

  private async saveSessions(): Promise<void> {
    const now = Date.now();
    this.sessions = (this.sessions ?? []).filter((s) => s.expires > now);
    await writeAtomic(this.sessionsPath, JSON.stringify({ sessions: this.sessions }) + '\n');
  }

  /** Checks a password; on success opens a session and returns its cookie value. Null when wrong. */
  async login(name: string, password: string): Promise<{ session: string; principal: Principal } | null> {
    const u = (await this.users()).users.find((x) => x.name === name.normalize('NFC').trim());
    // Unknown users cost the same time as known ones (no user enumeration by timing).
    const ok = await verifyPassword(password, u?.passwordHash ?? DUMMY_HASH);
    if (!u || !u.passwordHash || !ok) return null;
    const session = randomBytes(32).toString('base64url');
    const list = await this.loadSessions();
    list.push({ hash: sha256(session), user: u.name, expires: Date.now() + SESSION_TTL_MS });
    await this.saveSessions();
    return { session, principal: { name: u.name, role: u.role, via: 'session' } };
  }

  async logout(session: string): Promise<void> {
    const h = sha256(session);
    const list = await this.loadSessions();
    const next = list.filter((s) => !sameHex(s.hash, h));
    if (next.length !== list.length) {
      this.sessions = next;
      await this.saveSessions();
    }
  }

  async sessionPrincipal(session: string): Promise<Principal | null> {
    if (!session || session.length > 100) return null;
    const h = sha256(session);
    const s = (await this.loadSessions()).find((x) => sameHex(x.hash, h));
    if (!s || s.expires <= Date.now()) return null;
    return this.principal(s.user, 'session');
  }

  // ------------------------------------------------------------------ API tokens

  /** A new token for `user`: `kg_<id>_<secret>`, returned once; only the secret's hash is kept. */
  async createToken(user: string, label = ''): Promise<{ id: string; token: string }> {
    const id = randomBytes(6).toString('hex');
    const secret = randomBytes(24).toString('base64url');
    await this.updateUsers((d) => {
      if (!d.users.some((u) => u.name === user)) throw new KgError('NOT_FOUND', `没有该用户 / no user "${user}" (add it first: kg user add ${user} --role editor)`);
      d.tokens.push({ id, user, hash: sha256(secret), label: label.slice(0, 200), created: new Date().toISOString() });
    });
    return { id, token: `kg_${id}_${secret}` };
  }

  async listTokens(): Promise<Omit<TokenRecord, 'hash'>[]> {
    return (await this.users()).tokens.map(({ hash: _h, ...t }) => t);
  }

  async revokeToken(id: string): Promise<void> {
    await this.updateUsers((d) => {
      const before = d.tokens.length;
      d.tokens = d.tokens.filter((t) => t.id !== id);
      if (d.tokens.length === before) throw new KgError('NOT_FOUND', `没有该令牌 / no token "${id}"`);
    });
  }

  async tokenPrincipal(token: string): Promise<Principal | null> {
    const m = /^kg_([0-9a-f]{12})_([A-Za-z0-9_-]{20,64})$/.exec(token);
    if (!m) return null;
    const t = (await this.users()).tokens.find((x) => x.id === m[1]);
    if (!t || !sameHex(t.hash, sha256(m[2]!))) return null;
    return this.principal(t.user, 'token');
  }
}

/** A valid hash of a random password nobody knows, to spend the same time on unknown users. */
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
