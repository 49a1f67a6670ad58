import type { SyncCryptoProvider } from './provider.js';
import { hmacSha256, Sha256HmacKey } from './sha256.js';

/**
 * A synchronous provider on the portable SHA-256. Only randomness comes from
 * the platform: pass a function that fills a Uint32Array from a CSPRNG, such
 * as `crypto.getRandomValues`.
 */
export function createPortableCryptoProvider(fillRandom: (buffer: Uint32Array) => unknown): SyncCryptoProvider {
  if (typeof fillRandom !== 'function') throw new TypeError('fillRandom must be a function');
  // Drawing 256 values at a time amortises the platform call (several us each in Node 20).
  const pool = new Uint32Array(256);
  let next = pool.length;
  return {
    sync: true,
    importHmacKey: (key) => new Sha256HmacKey(key),
    hmacSha256,
    randomUint32() {
      if (next === pool.length) {
        fillRandom(pool);
        next = 0;
      }
      const value = pool[next]!;
      pool[next++] = 0;
      return value;
    },
  };
}
