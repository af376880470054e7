// Token buckets per key (client address, user name): `capacity` requests at once, refilled at
// `perSecond`. Used for writes (uploads, removals) and for sign-in attempts. In memory: a restart
// resets them, which an attacker cannot trigger without credentials.
import { KgError } from '../errors.ts';

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly capacity: number,
    readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes one token for `key`; throws RATE_LIMITED (with Retry-After) when there is none. */
  take(key: string, what: readonly [string, string]): void {
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.capacity, at: t };
    b.tokens = Math.min(this.capacity, b.tokens + ((t - b.at) / 1000) * this.perSecond);
    b.at = t;
    if (b.tokens < 1) {
      this.buckets.set(key, b);
      const retryAfter = Math.max(1, Math.ceil((1 - b.tokens) / this.perSecond));
      throw new KgError('RATE_LIMITED', `${what[0]}过于频繁，请 ${retryAfter} 秒后再试 / too many ${what[1]}: retry in ${retryAfter} s`, { details: { retryAfter } });
    }
    b.tokens -= 1;
    this.buckets.set(key, b);
    if (this.buckets.size > 10_000) this.sweep(t);
  }

  /** Forgets buckets that are full again. */
  private sweep(t: number): void {
    for (const [k, b] of this.buckets) if (b.tokens + ((t - b.at) / 1000) * this.perSecond >= this.capacity) this.buckets.delete(k);
  }
}
