// One parser for how the server is configured, shared by `npm start` (main.ts) and `kg serve`
// (cli.ts), so the two never disagree on the data directory, the port or the interface again.
//
// Precedence: command-line flag > environment variable > default.
//   data directory   --data DIR    KG_DATA          ./data (relative to the working directory)
//   port             --port N      PORT             4000
//   interface        --host H      HOST             127.0.0.1 (loopback: closed by default)
//   allowed Host     —             KG_ALLOWED_HOSTS loopback names, IP literals, HOST itself
//   reads            —             KG_READS         open (anyone who reaches the port reads) | signed-in
import path from 'node:path';
import { KgError } from './errors.ts';
import { DEFAULT_DATA_DIR } from './store/index.ts';

export const DEFAULT_PORT = 4000;
export const DEFAULT_HOST = '127.0.0.1';

export interface ServerConfig {
  dataDir: string;
  port: number;
  host: string;
  /** Extra Host header values accepted (DNS names the server is reached by), lower case, no port. */
  allowedHosts: string[];
  /** False: every GraphQL read needs a signed-in viewer (KG_READS=signed-in). */
  readsOpen: boolean;
}

export interface ConfigFlags {
  data?: string | undefined;
  port?: string | undefined;
  host?: string | undefined;
}

/** The data directory: --data, else KG_DATA, else ./data; always absolute. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const dir = flag ?? (env.KG_DATA?.trim() || undefined) ?? DEFAULT_DATA_DIR;
  return path.resolve(dir);
}

/** A TCP port: an integer in [0, 65535] written in decimal digits (0 = any free port). */
export function parsePort(s: string): number {
  const t = s.trim();
  const n = Number(t);
  if (!/^\d+$/.test(t) || !Number.isInteger(n) || n < 0 || n > 65535) {
    throw new KgError('BAD_USAGE', `端口无效 / invalid port "${s}" (0–65535)`);
  }
  return n;
}

function parseHost(s: string): string {
  const t = s.trim();
  if (!t || /[\s/]/.test(t)) throw new KgError('BAD_USAGE', `监听地址无效 / invalid host "${s}"`);
  return t;
}

export function parseReads(s: string | undefined): boolean {
  const v = (s ?? 'open').trim().toLowerCase();
  if (v === '' || v === 'open') return true;
  if (v === 'signed-in' || v === 'closed') return false;
  throw new KgError('BAD_USAGE', `KG_READS 无效 / invalid KG_READS "${s}" (open | signed-in)`);
}

export function serverConfig(flags: ConfigFlags = {}, env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = parsePort(flags.port ?? (env.PORT?.trim() || String(DEFAULT_PORT)));
  const host = parseHost(flags.host ?? (env.HOST?.trim() || DEFAULT_HOST));
  const allowedHosts = (env.KG_ALLOWED_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  return { dataDir: resolveDataDir(flags.data, env), port, host, allowedHosts, readsOpen: parseReads(env.KG_READS) };
}
