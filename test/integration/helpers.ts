// Helpers for integration tests: run the real CLI as a child process, start the real server.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEEDS = path.join(ROOT, 'seeds');
export const CLI = path.join(ROOT, 'server/src/cli.ts');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    // Decode as a stream: a pipe chunk may end inside a multi-byte character.
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (stdout += d));
    child.stderr.on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export async function tempDir(prefix = 'kg-test-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export interface RunningServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<number | null>;
  output(): string;
}

/** Start `kg serve --port 0` and wait for the URL it prints. */
export function startServer(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--port', '0', '--host', '127.0.0.1', '--data', dataDir], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: '', ...env },
    });
    let out = '';
    child.stdout!.setEncoding('utf8');
    child.stderr!.setEncoding('utf8');
    const timer = setTimeout(() => reject(new Error(`server did not start in 60s:\n${out}`)), 60_000);
    const onData = (d: string) => {
      out += d;
      const m = /http:\/\/localhost:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.stdout!.on('data', (x: string) => (out += x));
        resolve({
          url: `http://127.0.0.1:${m[1]}`,
          child,
          output: () => out,
          stop: () =>
            new Promise((res) => {
              if (child.exitCode !== null) return res(child.exitCode);
              child.once('exit', (code) => res(code));
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: string) => (out += d));
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (!/http:\/\/localhost:/.test(out)) reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}

export async function gql<T = unknown>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: res.status, ...body };
}

/**
 * A user with `role` and an API token for it, made with the real CLI (`kg user add`, `kg token
 * create`) in `dataDir` before the server starts. Returns the token for `Authorization: Bearer`.
 */
export async function createToken(dataDir: string, role: 'viewer' | 'editor' | 'admin' = 'editor', name = `test-${role}`): Promise<string> {
  const add = await runCli(['user', 'add', name, '--role', role, '--data', dataDir]);
  if (add.code !== 0) throw new Error(`kg user add failed: ${add.stderr}`);
  const tok = await runCli(['token', 'create', '--user', name, '--data', dataDir]);
  if (tok.code !== 0) throw new Error(`kg token create failed: ${tok.stderr}`);
  return tok.stdout.trim();
}

/** POST /api/documents as a script would: raw bytes, a non-simple content type, a bearer token. */
export function upload(url: string, filename: string, body: string | Uint8Array<ArrayBuffer>, token: string | null, options: { replace?: boolean; headers?: Record<string, string> } = {}): Promise<Response> {
  const q = `filename=${encodeURIComponent(filename)}${options.replace ? '&replace=1' : ''}`;
  return fetch(`${url}/api/documents?${q}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers },
    body,
  });
}
