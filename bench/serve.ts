// One `kg serve` child process for the benches (bench/run.ts, bench/server-load.ts): starts on a free
// loopback port with the given data directory and extra environment, resolves once it prints its URL.
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import path from 'node:path';

export interface ServeChild {
  url: string;
  pid: number;
  /** SIGTERM; resolves when the process has exited. */
  stop: () => Promise<void>;
}

export async function startServe(dataDir: string, env: NodeJS.ProcessEnv = {}, root: string = path.resolve(import.meta.dirname, '..'), stderr: 'pipe' | 'inherit' = 'pipe'): Promise<ServeChild> {
  const child = spawn(process.execPath, ['--max-old-space-size=16384', '--import', 'tsx', path.join(root, 'server/src/cli.ts'), 'serve', '--port', '0', '--host', '127.0.0.1', '--data', dataDir], {
    cwd: root,
    // (the admission queue of expensive queries, KG_ANALYSIS_QUEUE, sized to the bench's clients — up to 64 at once —
    // so a load run measures throughput, not refusals; the bench's clients are anonymous and share one address, so the
    // fairness shares (KG_ANALYSIS_ANONYMOUS, _PER_CLIENT, _CLIENT_QUEUE) are lifted to what many real users would have
    // together; how many run at once, KG_ANALYSIS_CONCURRENCY, stays as shipped)
    env: {
      ...process.env,
      NEO4J_URI: '',
      KG_ANALYSIS_QUEUE: process.env.KG_ANALYSIS_QUEUE ?? '1024',
      KG_ANALYSIS_ANONYMOUS: process.env.KG_ANALYSIS_ANONYMOUS ?? process.env.KG_ANALYSIS_CONCURRENCY ?? '2',
      KG_ANALYSIS_PER_CLIENT: process.env.KG_ANALYSIS_PER_CLIENT ?? '64',
      KG_ANALYSIS_CLIENT_QUEUE: process.env.KG_ANALYSIS_CLIENT_QUEUE ?? '1024',
      ...env,
    },
    stdio: ['ignore', 'pipe', stderr],
  });
  child.stdout!.setEncoding('utf8');
  const exited = new Promise<void>((r) => child.on('exit', () => r()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const t = setTimeout(() => reject(new Error('server did not start')), 600_000);
    child.stdout!.on('data', (d: string) => {
      out += d;
      const m = /http:\/\/localhost:(\d+)/.exec(out);
      if (m) {
        clearTimeout(t);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    });
    child.on('exit', (c) => {
      clearTimeout(t);
      reject(new Error(`server exited ${c}`));
    });
  });
  return { url, pid: child.pid!, stop: () => (child.kill('SIGTERM'), exited) };
}

/**
 * Warms a fresh server up with `requests` at 4 clients for 2 s, unmeasured, then waits for the background
 * work that warm-up started (relatedEnterprises' index build, /healthz relatedIndex) until a round of
 * requests starts none (a server without it: no wait).
 */
export async function warmUp(url: string, requests: autocannon.Request[]): Promise<void> {
  await autocannon({ url, connections: 4, duration: 2, requests });
  for (let round = 0; round < 20; round++) {
    let busy = false;
    for (;;) {
      // (a kept-alive connection the server closed meanwhile resets: asked again on a new one)
      const h = await healthz(url);
      if (!h.relatedIndex?.building) break;
      busy = true;
      await new Promise((r) => setTimeout(r, 500));
    }
    if (!busy && round > 0) break;
    await autocannon({ url, connections: 4, duration: 1, requests });
  }
}

/** /healthz, asked again (up to 5 times) when the connection resets. */
async function healthz(url: string): Promise<{ relatedIndex?: { building: number } | null }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return (await (await fetch(`${url}/healthz`, { headers: { connection: 'close' } })).json()) as { relatedIndex?: { building: number } | null };
    } catch (err) {
      if (attempt >= 4) throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
