/**
 * What the engine needs from a platform: HMAC-SHA256 and random numbers.
 * A provider is synchronous (`sync: true`, e.g. node:crypto or the portable
 * SHA-256) or asynchronous (`sync: false`, e.g. WebCrypto's SubtleCrypto);
 * the API built on it returns plain values or Promises to match, and the
 * types say which.
 */
export interface SyncHmacKey {
  sign(data: Uint8Array): Uint8Array;
}

export interface AsyncHmacKey {
  sign(data: Uint8Array): Promise<Uint8Array>;
}

export interface SyncCryptoProvider {
  readonly sync: true;
  /** Prepares a key once so that repeated signatures with it are cheap. */
  importHmacKey(key: Uint8Array): SyncHmacKey;
  /** Optional one-shot HMAC for keys used once; faster where a key object costs allocations. */
  hmacSha256?(key: Uint8Array, data: Uint8Array): Uint8Array;
  /**
   * Optional: HMAC(HMAC(key, data), chainedData) in one call, for a key derived
   * only to sign once (a 007 token's signing key).
   */
  hmacSha256Chained?(key: Uint8Array, data: Uint8Array, chainedData: Uint8Array): Uint8Array;
  /** A uniformly random unsigned 32-bit integer from a CSPRNG. */
  randomUint32(): number;
}

export interface AsyncCryptoProvider {
  readonly sync: false;
  importHmacKey(key: Uint8Array): Promise<AsyncHmacKey> | AsyncHmacKey;
  randomUint32(): number;
}

export type CryptoProvider = SyncCryptoProvider | AsyncCryptoProvider;

/** `T` for a synchronous provider, `Promise<T>` for an asynchronous one. */
export type Result<P extends CryptoProvider, T> = P extends SyncCryptoProvider ? T : Promise<T>;

/** Returns the current time in Unix seconds. Injected so tests can fix it. */
export type Clock = () => number;

export const systemClock: Clock = () => Math.floor(Date.now() / 1000);
