// The small parts of "safe to expose" (issue 10 item 6) and of sign-in (issue 13), one by one:
// config parsing shared by npm start and kg serve, file names, CSV cells, static paths, the Host
// allow-list, rate limits, password hashing and the account store.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRole, requireRole } from '../../server/src/auth/roles.ts';
import { hashPassword, verifyPassword } from '../../server/src/auth/passwords.ts';
import { AuthStore, USERS_FILE } from '../../server/src/auth/users.ts';
import { parsePort, resolveDataDir, serverConfig } from '../../server/src/config.ts';
import { KgError } from '../../server/src/errors.ts';
import { csvCell, toCsv } from '../../server/src/export.ts';
import { fileNameProblem, printableName } from '../../server/src/filenames.ts';
import { RateLimiter } from '../../server/src/http/rate-limit.ts';
import { hostAllowed, hostName } from '../../server/src/http/security.ts';
import { resolveStatic } from '../../server/src/http/static.ts';

const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return e instanceof KgError ? e.code : 'not a KgError';
  }
  return undefined;
};

describe('one server config for npm start and kg serve', () => {
  it('validates PORT the same way: digits in [0, 65535], else BAD_USAGE', () => {
    for (const bad of ['abc', '-1', '65536', '4000.5', '', ' ', '1e3', '0x10']) expect(code(() => parsePort(bad)), bad).toBe('BAD_USAGE');
    expect(parsePort('0')).toBe(0);
    expect(parsePort('4000')).toBe(4000);
    expect(code(() => serverConfig({}, { PORT: 'abc' }))).toBe('BAD_USAGE');
    expect(serverConfig({ port: '5000' }, { PORT: 'abc' }).port).toBe(5000); // the flag wins
  });

  it('listens on loopback unless HOST or --host says otherwise', () => {
    expect(serverConfig({}, {}).host).toBe('127.0.0.1');
    expect(serverConfig({}, { HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(serverConfig({ host: '::1' }, { HOST: '0.0.0.0' }).host).toBe('::1');
  });

  it('takes the data directory from --data, else KG_DATA, else ./data', () => {
    expect(resolveDataDir(undefined, {})).toBe(path.resolve('data'));
    expect(resolveDataDir(undefined, { KG_DATA: '/tmp/x' })).toBe('/tmp/x');
    expect(resolveDataDir('/tmp/y', { KG_DATA: '/tmp/x' })).toBe('/tmp/y');
    expect(serverConfig({}, { KG_DATA: '/tmp/x' }).dataDir).toBe('/tmp/x');
  });

  it('keeps reads open unless KG_READS=signed-in, and lists extra Host names', () => {
    expect(serverConfig({}, {}).readsOpen).toBe(true);
    expect(serverConfig({}, { KG_READS: 'signed-in' }).readsOpen).toBe(false);
    expect(code(() => serverConfig({}, { KG_READS: 'maybe' }))).toBe('BAD_USAGE');
    expect(serverConfig({}, { KG_ALLOWED_HOSTS: 'KG.example.org, b.example' }).allowedHosts).toEqual(['kg.example.org', 'b.example']);
  });
});

describe('file names', () => {
  it('refuses NUL, newlines, ANSI escapes and bidi overrides, and shows them escaped', () => {
    const bad = ['a\u0000b.txt', 'a\nb.txt', 'a\r.txt', '\u001b[31mred.txt', 'invoice\u202etxt.exe', 'x\u2066y.txt', 'z\u200f.txt', 'a\u0085.txt', '\ufeffbom.txt'];
    for (const n of bad) {
      const p = fileNameProblem(n);
      expect(p, JSON.stringify(n)).toMatch(/控制字符/);
      expect(p).not.toMatch(/[\u0000-\u001f\u202e\u2066\u200f\u0085\ufeff]/); // the message itself is safe to print
    }
    expect(printableName('a\u202eb')).toBe('a\\u202eb');
  });

  it('refuses paths, empty and over-long names; accepts Chinese names, spaces and dots inside', () => {
    for (const n of ['', '   ', 'a/b.txt', 'a\\b.txt', '..', ' lead.txt', 'x'.repeat(300) + '.txt']) expect(fileNameProblem(n), n).not.toBeNull();
    for (const n of ['天津市 若干措施（2024）.docx', 'v1.2 plan.txt', '=HYPERLINK.txt']) expect(fileNameProblem(n), n).toBeNull();
  });

  it('does not collide: two names that differ only by a forbidden character are both refused, not merged', () => {
    expect(fileNameProblem('plan\u200e.txt')).not.toBeNull();
    expect(fileNameProblem('plan.txt')).toBeNull();
  });
});

describe('CSV export cells', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    for (const c of ['+1', '-1+2', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(c).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('天津')).toBe('天津');
    const csv = toCsv({ nodes: [{ id: 'doc:x', label: 'Document', name: '=cmd|calc', aliases: [], properties: {} }], edges: [] });
    expect(csv.nodes.split('\n')[1]).toContain(",'=cmd|calc,");
  });
});

describe('static files', () => {
  const root = path.resolve('/srv/app/dist');
  it('stays inside the directory: no ../, no encoded escape into a sibling such as dist-x', () => {
    expect(resolveStatic(root, '/assets/a.js', false)).toBe(path.join(root, 'assets/a.js'));
    for (const p of ['/..%2fdist-x/secret.js', '/../dist-x/a', '/%2e%2e/%2e%2e/etc/passwd', '/assets/../../x']) {
      expect(code(() => resolveStatic(root, p, false)), p).toBe('NOT_FOUND');
    }
  });

  it('answers malformed percent-encoding with BAD_REQUEST and hides source maps and dot files', () => {
    expect(code(() => resolveStatic(root, '/%E0%A4%A', false))).toBe('BAD_REQUEST');
    expect(code(() => resolveStatic(root, '/a%00.js', false))).toBe('BAD_REQUEST');
    expect(code(() => resolveStatic(root, '/assets/index.js.map', false))).toBe('NOT_FOUND');
    expect(resolveStatic(root, '/assets/index.js.map', true)).toBe(path.join(root, 'assets/index.js.map'));
    expect(code(() => resolveStatic(root, '/.env', false))).toBe('NOT_FOUND');
  });
});

describe('Host allow-list (DNS rebinding)', () => {
  it('accepts loopback names, IP literals, the listen host and listed names; refuses other names', () => {
    expect(hostName('LocalHost:4000')).toBe('localhost');
    expect(hostName('[::1]:4000')).toBe('::1');
    expect(hostName('evil.example:4000')).toBe('evil.example');
    expect(hostName('a b')).toBeNull();
    const ok = (h: string, listen = '127.0.0.1', allowed: string[] = []) => hostAllowed(hostName(h), listen, allowed);
    for (const h of ['localhost:4000', '127.0.0.1:4000', '[::1]:4000', 'app.localhost', '192.168.1.20:4000']) expect(ok(h), h).toBe(true);
    expect(ok('evil.example:4000')).toBe(false);
    expect(ok('kg.example.org', '127.0.0.1', ['kg.example.org'])).toBe(true);
    expect(ok('kg.example.org', 'kg.example.org')).toBe(true);
    expect(hostAllowed(null, '127.0.0.1', [])).toBe(false);
  });
});

describe('rate limiter', () => {
  it('allows a burst, then refuses with a Retry-After, and refills with time', () => {
    let now = 0;
    const r = new RateLimiter(3, 1, () => now);
    const what = ['写操作', 'writes'] as const;
    for (let i = 0; i < 3; i++) r.take('a', what);
    let err: KgError | undefined;
    try {
      r.take('a', what);
    } catch (e) {
      err = e as KgError;
    }
    expect(err?.code).toBe('RATE_LIMITED');
    expect(err?.details.retryAfter).toBe(1);
    r.take('b', what); // per key
    now += 1000;
    r.take('a', what);
  });
});

describe('roles', () => {
  it('ranks admin over editor over viewer; anonymous is UNAUTHENTICATED, too weak is FORBIDDEN', () => {
    const viewer = { name: 'v', role: 'viewer' as const, via: 'session' as const };
    const admin = { name: 'a', role: 'admin' as const, via: 'token' as const };
    expect(hasRole(admin, 'editor')).toBe(true);
    expect(hasRole(viewer, 'editor')).toBe(false);
    expect(hasRole(null, 'viewer')).toBe(false);
    expect(code(() => requireRole(null, 'editor', ['上传', 'upload']))).toBe('UNAUTHENTICATED');
    expect(code(() => requireRole(viewer, 'editor', ['上传', 'upload']))).toBe('FORBIDDEN');
    expect(requireRole(admin, 'editor', ['上传', 'upload'])).toBe(admin);
  });
});

describe('passwords and the account store', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kg-auth-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('hashes with scrypt and a salt; verifies only the right password', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('wrong horse battery', a)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });

  it('creates the first admin once, keeps only hashes on disk (mode 0600), and signs in and out', async () => {
    const auth = await AuthStore.open(dir);
    const first = await auth.ensureFirstAdmin();
    expect(first?.name).toBe('admin');
    expect(await auth.ensureFirstAdmin()).toBeNull();
    const raw = await readFile(path.join(dir, USERS_FILE), 'utf8');
    expect(raw).not.toContain(first!.password);
    expect((await stat(path.join(dir, USERS_FILE))).mode & 0o777).toBe(0o600);
    expect(await auth.login('admin', 'nope-nope-nope')).toBeNull();
    expect(await auth.login('nobody', first!.password)).toBeNull();
    const s = await auth.login('admin', first!.password);
    expect(s?.principal).toEqual({ name: 'admin', role: 'admin', via: 'session' });
    expect(await readFile(path.join(dir, 'sessions.json'), 'utf8')).not.toContain(s!.session);
    expect(await (await AuthStore.open(dir)).sessionPrincipal(s!.session)).toMatchObject({ name: 'admin' }); // survives a restart
    await auth.logout(s!.session);
    expect(await auth.sessionPrincipal(s!.session)).toBeNull();
  });

  it('issues API tokens that act as their user, follow role changes and die with revocation', async () => {
    const auth = await AuthStore.open(dir);
    await auth.addUser('bot', 'editor', 'a long enough password');
    await expect(auth.addUser('bot', 'viewer')).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(auth.addUser('bad name!', 'viewer')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(auth.addUser('short', 'viewer', 'short')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const t = await auth.createToken('bot', 'ci');
    expect(t.token).toMatch(/^kg_[0-9a-f]{12}_/);
    expect(await readFile(path.join(dir, USERS_FILE), 'utf8')).not.toContain(t.token.slice('kg_'.length + 12 + 1)); // the secret itself may contain '_'
    expect(await auth.tokenPrincipal(t.token)).toEqual({ name: 'bot', role: 'editor', via: 'token' });
    expect(await auth.tokenPrincipal(t.token.slice(0, -1) + (t.token.endsWith('A') ? 'B' : 'A'))).toBeNull();
    await auth.setRole('bot', 'viewer');
    expect((await auth.tokenPrincipal(t.token))?.role).toBe('viewer');
    // Another process (the CLI) changes users.json: the store sees it on the next check.
    await (await AuthStore.open(dir)).revokeToken(t.id);
    expect(await auth.tokenPrincipal(t.token)).toBeNull();
    await expect(auth.createToken('ghost')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
