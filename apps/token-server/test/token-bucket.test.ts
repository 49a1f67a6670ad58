import { describe, expect, it } from 'vitest';
import { TokenBucketLimiter } from '../src/http/token-bucket.js';

describe('TokenBucketLimiter', () => {
  it('refills continuously, up to its capacity', () => {
    let now = 0;
    const limiter = new TokenBucketLimiter({ capacity: 2, refillPerSecond: 1, now: () => now });
    expect(limiter.take('a')).toEqual({ allowed: true, remaining: 1 });
    expect(limiter.take('a')).toEqual({ allowed: true, remaining: 0 });
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now = 500;
    expect(limiter.take('a').allowed).toBe(false);
    now = 1000;
    expect(limiter.take('a').allowed).toBe(true);
    now = 100_000;
    expect(limiter.take('a')).toEqual({ allowed: true, remaining: 1 });
  });

  it('forgets the least recently seen clients past maxClients', () => {
    const limiter = new TokenBucketLimiter({ capacity: 1, refillPerSecond: 0.001, maxClients: 2, now: () => 0 });
    limiter.take('a');
    limiter.take('b');
    limiter.take('a');
    limiter.take('c');
    expect(limiter.trackedClients).toBe(2);
    // b was evicted (a was used more recently), so it starts again with a full bucket; a is still empty.
    expect(limiter.take('b').allowed).toBe(true);
    expect(limiter.take('c').allowed).toBe(false);
  });
});
