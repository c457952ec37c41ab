/**
 * A per-client limit on the public POST, in memory. Clients are told apart by a keyed hash of their
 * address with a secret that lives only in this process: no IP address is ever stored, and the
 * hashes mean nothing after a restart. With two instances each counts on its own (documented).
 */
import { createHmac, randomBytes } from 'node:crypto';

export interface RateLimitOptions {
  /** Requests per window per client (default 10). */
  readonly limit?: number;
  /** Window length in ms (default 60 000). */
  readonly windowMs?: number;
}

export interface RateLimiter {
  /** Counts one hit; resolves to 0 when allowed, else the seconds until the client may try again. */
  hit(clientAddress: string): number;
}

export function createRateLimiter(options: RateLimitOptions = {}, now: () => number = Date.now): RateLimiter {
  const limit = options.limit ?? 10;
  const windowMs = options.windowMs ?? 60_000;
  const secret = randomBytes(32);
  const windows = new Map<string, { count: number; resetAt: number }>();
  let sweepAt = now() + windowMs;
  return {
    hit(clientAddress) {
      const t = now();
      if (t >= sweepAt) {
        for (const [k, w] of windows) if (w.resetAt <= t) windows.delete(k);
        sweepAt = t + windowMs;
      }
      const key = createHmac('sha256', secret).update(clientAddress).digest('base64url');
      let w = windows.get(key);
      if (!w || w.resetAt <= t) {
        w = { count: 0, resetAt: t + windowMs };
        windows.set(key, w);
      }
      w.count++;
      return w.count <= limit ? 0 : Math.max(1, Math.ceil((w.resetAt - t) / 1000));
    },
  };
}
