import type { SyncCryptoProvider } from './provider.js';
import { createRandomUint32 } from './random-pool.js';
import { hmacSha256, Sha256HmacKey } from './sha256.js';

/**
 * A synchronous provider on the portable SHA-256. Only randomness comes from
 * the platform: pass a function that fills a Uint32Array from a CSPRNG, such
 * as `crypto.getRandomValues`.
 */
export function createPortableCryptoProvider(fillRandom: (buffer: Uint32Array) => unknown): SyncCryptoProvider {
  return {
    sync: true,
    importHmacKey: (key) => new Sha256HmacKey(key),
    hmacSha256,
    randomUint32: createRandomUint32(fillRandom),
  };
}
