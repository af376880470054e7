// One writer per data directory: an exclusive lock file, held for the duration of one commit.
//
//   DIR/LOCK        {"pid":…, "host":…, "startedAt":…, "procStart":…, "command":…, "nonce":…}
//
// Acquire = create LOCK with O_EXCL. When it exists, its holder is read: a holder on this host
// whose process is gone (no such pid, or the pid now belongs to a process started at another
// time) is stale and the lock is broken; a live holder (or one on another host, whose liveness
// cannot be checked) is waited for, and after the timeout the writer gets STORE_LOCKED naming
// the holder. Breaking is itself serialised by LOCK.break (O_EXCL), and the breaker re-reads LOCK
// under it and removes it only if it still holds the same stale nonce: two processes that both
// find the same stale lock never remove each other's fresh one.
//
// Commits are short (check the group's batch files, written before the lock; append a manifest line), so holding the lock per commit
// lets the CLI and a running server share a data directory (see README "Stores").
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KgError } from '../../errors.ts';

export interface LockHolder {
  pid: number;
  host: string;
  /** ISO time the lock was taken. */
  startedAt: string;
  /** Linux: start time of the process in clock ticks since boot (/proc/<pid>/stat field 22). */
  procStart?: string;
  /** What holds it, e.g. "kg ingest", "kg serve". */
  command: string;
  nonce: string;
}

export interface LockOptions {
  /** How long acquire() waits for a live holder before STORE_LOCKED (default KG_LOCK_TIMEOUT_MS or 60 s). */
  timeoutMs?: number;
}

/** A lock file that cannot be parsed is treated as stale once it is this old (its writer died mid-write). */
const UNPARSEABLE_STALE_MS = 10_000;
/** A LOCK.break older than this belongs to a breaker that died (breaking takes microseconds). */
const BREAK_STALE_MS = 10_000;

export function defaultLockTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.KG_LOCK_TIMEOUT_MS);
  return Number.isFinite(n) && n >= 0 ? n : 60_000;
}

/** Start time of a process (Linux), to tell a live holder from a reused pid; undefined elsewhere. */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (comm) is parenthesised and may contain spaces: split after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19]; // field 22 overall
  } catch {
    return undefined;
  }
}

/** 'alive' | 'dead' | 'unknown' (another host: cannot be checked from here). */
export function holderState(h: LockHolder): 'alive' | 'dead' | 'unknown' {
  if (h.host !== os.hostname()) return 'unknown';
  try {
    process.kill(h.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return 'dead';
    // EPERM: a process of another user has that pid: alive unless its start time says it was reused.
  }
  if (h.procStart !== undefined) {
    const now = processStartTime(h.pid);
    if (now !== undefined && now !== h.procStart) return 'dead';
  }
  return 'alive';
}

export function describeHolder(h: LockHolder): string {
  const since = Date.parse(h.startedAt);
  const age = Number.isFinite(since) ? ` for ${Math.max(0, Math.round((Date.now() - since) / 1000))} s` : '';
  return `pid ${h.pid} on ${h.host} (${h.command}, since ${h.startedAt}${age})`;
}

function parseHolder(raw: string): LockHolder | null {
  try {
    const x = JSON.parse(raw) as Partial<LockHolder>;
    if (typeof x.pid !== 'number' || typeof x.host !== 'string' || typeof x.nonce !== 'string') return null;
    return {
      pid: x.pid,
      host: x.host,
      nonce: x.nonce,
      startedAt: typeof x.startedAt === 'string' ? x.startedAt : '?',
      command: typeof x.command === 'string' ? x.command : '?',
      ...(typeof x.procStart === 'string' ? { procStart: x.procStart } : {}),
    };
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class DirLock {
  private held: LockHolder | null = null;
  private readonly myStart = processStartTime(process.pid);

  constructor(
    readonly dir: string,
    private readonly command: string,
    private readonly options: LockOptions = {},
  ) {}

  get file(): string {
    return path.join(this.dir, 'LOCK');
  }

  get isHeld(): boolean {
    return this.held !== null;
  }

  /** Who holds the lock now (null when free or unreadable). */
  async holder(): Promise<LockHolder | null> {
    const raw = await fs.readFile(this.file, 'utf8').catch(() => null);
    return raw === null ? null : parseHolder(raw);
  }

  /** Take the lock, waiting for a live holder up to the timeout; STORE_LOCKED after that. */
  async acquire(): Promise<void> {
    const timeout = this.options.timeoutMs ?? defaultLockTimeoutMs();
    const deadline = Date.now() + timeout;
    let delay = 5;
    for (;;) {
      const blocker = await this.attempt();
      if (blocker === null) return;
      if (Date.now() >= deadline) {
        const who = blocker === 'unreadable' ? 'another process (the lock file is being written)' : describeHolder(blocker);
        const remote = blocker !== 'unreadable' && holderState(blocker) === 'unknown';
        throw new KgError(
          'STORE_LOCKED',
          `数据目录正被另一个进程写入 / the data directory ${this.dir} is being written by ${who}; ` +
            `waited ${Math.round(timeout / 1000)} s. ` +
            (remote
              ? `That process runs on another host and cannot be checked from here: if it is gone, delete ${this.file}.`
              : `Try again when it has finished (KG_LOCK_TIMEOUT_MS sets how long to wait).`),
          { details: { dir: this.dir, ...(blocker !== 'unreadable' ? { holderPid: blocker.pid, holderHost: blocker.host } : {}) } },
        );
      }
      await sleep(delay);
      delay = Math.min(200, delay * 2);
    }
  }

  /** Take the lock if it is free (or stale) right now; false when a live process holds it. */
  async tryAcquire(): Promise<boolean> {
    return (await this.attempt()) === null;
  }

  async release(): Promise<void> {
    const mine = this.held;
    if (!mine) return;
    this.held = null;
    // Remove only our own lock (never one a breaker replaced after deciding ours was stale).
    // Synchronous: a small file read and an unlink (no fsync) cost microseconds, while two
    // trips through the thread pool cost a commit milliseconds on a busy machine.
    let raw: string | null = null;
    try {
      raw = readFileSync(this.file, 'utf8');
    } catch {
      raw = null;
    }
    if (raw !== null && parseHolder(raw)?.nonce === mine.nonce) rmSync(this.file, { force: true });
  }

  /** One try: null when acquired, else what blocks (a holder, or 'unreadable'). */
  private async attempt(): Promise<LockHolder | 'unreadable' | null> {
    if (this.held) throw new Error(`lock ${this.file} is already held by this store`);
    const me: LockHolder = {
      pid: process.pid,
      host: os.hostname(),
      startedAt: new Date().toISOString(),
      ...(this.myStart !== undefined ? { procStart: this.myStart } : {}),
      command: this.command,
      nonce: randomBytes(12).toString('hex'),
    };
    // Created synchronously (O_EXCL, a small write, no fsync: microseconds; see release()).
    try {
      try {
        writeFileSync(this.file, JSON.stringify(me), { flag: 'wx' });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        mkdirSync(this.dir, { recursive: true });
        writeFileSync(this.file, JSON.stringify(me), { flag: 'wx' });
      }
      this.held = me;
      return null;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const raw = await fs.readFile(this.file, 'utf8').catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? null : Promise.reject(e)));
    if (raw === null) return this.attempt(); // released between our open and read
    const holder = parseHolder(raw);
    if (!holder) {
      const st = await fs.stat(this.file).catch(() => null);
      if (st && Date.now() - st.mtimeMs > UNPARSEABLE_STALE_MS) await this.breakStale(raw);
      return 'unreadable';
    }
    if (holderState(holder) === 'dead') {
      await this.breakStale(raw);
      return holder; // the caller retries at once (short delay)
    }
    return holder;
  }

  /** Remove LOCK if it still has exactly the stale content `raw`, serialised by LOCK.break. */
  private async breakStale(raw: string): Promise<void> {
    const breakFile = `${this.file}.break`;
    let fh: fs.FileHandle;
    try {
      fh = await fs.open(breakFile, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const st = await fs.stat(breakFile).catch(() => null);
      if (st && Date.now() - st.mtimeMs > BREAK_STALE_MS) await fs.rm(breakFile, { force: true });
      return;
    }
    try {
      const again = await fs.readFile(this.file, 'utf8').catch(() => null);
      if (again === raw) await fs.rm(this.file, { force: true });
    } finally {
      await fh.close();
      await fs.rm(breakFile, { force: true });
    }
  }
}
