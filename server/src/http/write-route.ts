// What every write endpoint (document uploads and removals, registry imports and removals) does
// around its own work: authenticate inside the logged write (a bad token is logged too), rate-limit
// per user and client address, and append how the write ended to writes.log.
import type http from 'node:http';
import type { Principal } from '../auth/roles.ts';
import { logWrite, type WriteEntry } from '../auth/write-log.ts';
import { describeError } from '../errors.ts';
import { clientAddress } from './auth.ts';
import { RateLimiter } from './rate-limit.ts';

/** Authenticates the request (inside the logged write, so a bad token is logged too). */
export type Who = () => Promise<Principal | null>;

/** Codes that mean the write was refused (the caller's doing), not that it failed. */
const REFUSED = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED', 'CONFLICT', 'BAD_USER_INPUT', 'BAD_REQUEST', 'BUSY']);

export interface WriteKit {
  /** Runs a write, logging how it ended (the entry is completed as facts become known). */
  logged(entry: WriteEntry, fn: (entry: WriteEntry) => Promise<void>): Promise<void>;
  /** A fresh log entry for a request. */
  base(req: http.IncomingMessage, action: WriteEntry['action']): WriteEntry;
  /** Authenticates and records who in the entry. */
  identify(entry: WriteEntry, who: Who): Promise<Principal | null>;
  /** One write of this user from this address: RATE_LIMITED past the allowance. */
  take(user: Principal, req: http.IncomingMessage): void;
}

/** One kit per group of routes: its own rate limiter (30 writes at once, then one every 2 s). */
export function writeKit(options: { dataDir: string; log: (m: string) => void; detail?: string }): WriteKit {
  const writes = new RateLimiter(30, 0.5);
  const what = ['写操作', 'writes'] as const;
  return {
    async logged(entry, fn) {
      try {
        await fn(entry);
        await logWrite(options.dataDir, { ...entry, outcome: 'ok' });
      } catch (err) {
        const d = describeError(err);
        await logWrite(options.dataDir, { ...entry, outcome: REFUSED.has(d.code) ? 'refused' : 'failed', code: d.code }).catch((e: unknown) => options.log(`write log failed: ${String(e)}`));
        throw err;
      }
    },
    base: (req, action) => ({ action, actor: '(anonymous)', via: 'anonymous', ip: clientAddress(req), outcome: 'failed', ...(options.detail ? { detail: options.detail } : {}) }),
    async identify(entry, who) {
      const user = await who();
      if (user) {
        entry.actor = user.name;
        entry.via = user.via;
      }
      return user;
    },
    take: (user, req) => writes.take(`${user.name}|${clientAddress(req)}`, what),
  };
}
