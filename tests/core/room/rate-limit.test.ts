import { describe, expect, test } from 'vitest';
import { RateLimiter, takeToken } from '@core/room';

const SPEC = { capacity: 3, refillPerSecond: 2 };

describe('token bucket', () => {
  test('a new key starts full; each request spends one token', () => {
    let bucket = takeToken(SPEC, undefined, 0).bucket;
    expect(bucket.tokens).toBe(2);
    bucket = takeToken(SPEC, bucket, 0).bucket;
    bucket = takeToken(SPEC, bucket, 0).bucket;
    expect(bucket.tokens).toBe(0);
    const refused = takeToken(SPEC, bucket, 0);
    expect(refused.allowed).toBe(false);
    // One token at 2 per second: 500 ms.
    expect(refused.retryAfterMs).toBe(500);
  });

  test('refills with time, never above capacity', () => {
    const empty = { tokens: 0, at: 0 };
    expect(takeToken(SPEC, empty, 250).allowed).toBe(false); // 0.5 token
    const after = takeToken(SPEC, empty, 250);
    expect(after.retryAfterMs).toBe(250); // the missing half token
    expect(takeToken(SPEC, empty, 500).allowed).toBe(true); // 1 token
    expect(takeToken(SPEC, empty, 60_000).bucket.tokens).toBe(2); // capped at 3, minus 1
  });

  test('a clock going backwards grants nothing', () => {
    expect(takeToken(SPEC, { tokens: 0, at: 10_000 }, 5_000).allowed).toBe(false);
  });

  test('no refill: retry never', () => {
    expect(takeToken({ capacity: 1, refillPerSecond: 0 }, { tokens: 0, at: 0 }, 1e9).retryAfterMs).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('rate limiter by key', () => {
  test('keys are independent', () => {
    let now = 0;
    const limiter = new RateLimiter(SPEC, () => now);
    for (let i = 0; i < 3; i++) expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
    now = 500;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  test('a flood of new keys does not grow the map without bound', () => {
    let now = 0;
    const limiter = new RateLimiter(SPEC, () => now, 100);
    for (let i = 0; i < 1000; i++) {
      now += 1;
      limiter.take(`address-${i}`);
    }
    expect(limiter.size).toBeLessThanOrEqual(101);
    // A key that was just limited is kept (its bucket is not full), so forgetting cannot reset it.
    for (let i = 0; i < 3; i++) limiter.take('attacker');
    for (let i = 0; i < 200; i++) limiter.take(`other-${i}`);
    expect(limiter.take('attacker').allowed).toBe(false);
  });
});
