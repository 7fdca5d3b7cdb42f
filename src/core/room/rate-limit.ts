/**
 * Rate limiting as token buckets: each key (a network address, a participant) holds up to
 * `capacity` tokens, regains `refillPerSecond`, and spends one per request. Pure: the clock is
 * passed in, so tests step time by hand.
 */
import type { BucketSpec } from './limits';

export interface Bucket {
  tokens: number;
  /** Milliseconds (the injected clock's unit) when `tokens` was last computed. */
  at: number;
}

export interface Take {
  allowed: boolean;
  bucket: Bucket;
  /** When refused: how long until one token is back. */
  retryAfterMs: number;
}

/** Spends `cost` tokens from `bucket` (a full bucket when there is none yet) at time `now`. */
export function takeToken(spec: BucketSpec, bucket: Bucket | undefined, now: number, cost = 1): Take {
  const elapsed = bucket ? Math.max(0, now - bucket.at) : 0;
  const tokens = bucket ? Math.min(spec.capacity, bucket.tokens + (elapsed / 1000) * spec.refillPerSecond) : spec.capacity;
  if (tokens >= cost) return { allowed: true, bucket: { tokens: tokens - cost, at: now }, retryAfterMs: 0 };
  const missing = cost - tokens;
  const retryAfterMs = spec.refillPerSecond > 0 ? Math.ceil((missing / spec.refillPerSecond) * 1000) : Number.POSITIVE_INFINITY;
  return { allowed: false, bucket: { tokens, at: now }, retryAfterMs };
}

/** Buckets by key. Full, idle buckets are forgotten so the map cannot grow without bound. */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly spec: BucketSpec,
    private readonly now: () => number,
    private readonly maxKeys = 10_000,
  ) {}

  take(key: string, cost = 1): Take {
    const result = takeToken(this.spec, this.buckets.get(key), this.now(), cost);
    this.buckets.set(key, result.bucket);
    if (this.buckets.size > this.maxKeys) this.prune();
    return result;
  }

  get size(): number {
    return this.buckets.size;
  }

  /**
   * Drops buckets that have refilled completely (forgetting them changes nothing); if still too
   * many, the fullest ones, so a flood of new keys cannot reset the bucket of a key being limited.
   */
  prune(): void {
    const now = this.now();
    const level = new Map<string, number>();
    for (const [key, bucket] of this.buckets) {
      const tokens = takeToken(this.spec, bucket, now, 0).bucket.tokens;
      if (tokens >= this.spec.capacity) this.buckets.delete(key);
      else level.set(key, tokens);
    }
    if (this.buckets.size <= this.maxKeys) return;
    const fullest = [...level].sort((a, b) => b[1] - a[1]).slice(0, this.buckets.size - this.maxKeys);
    for (const [key] of fullest) this.buckets.delete(key);
  }
}
