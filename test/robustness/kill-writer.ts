// Runs a writer script (`<script> <dir> <start>`, printing "committed N" after each durable
// operation), SIGKILLs it `afterMs` after its first output, and resolves with the last
// acknowledged operation (start − 1 if none). Shared by the crash tests of the store.
import { spawn } from 'node:child_process';

export function runWriterAndKill(script: string, dir: string, start: number, afterMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, dir, String(start)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let started = false;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      out += d;
      if (!started) {
        started = true;
        setTimeout(() => child.kill('SIGKILL'), afterMs);
      }
    });
    child.stderr.on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer exited by itself (${code}): ${err}`));
      const acks = [...out.matchAll(/committed (\d+)/g)].map((m) => Number(m[1]));
      resolve(acks.length ? acks[acks.length - 1]! : start - 1);
    });
  });
}
