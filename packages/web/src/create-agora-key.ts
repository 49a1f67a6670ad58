import { createApi, createCompactEngine, type AgoraKeyApi, type AsyncCryptoProvider, type Clock, type CryptoProvider } from '@agorakey/core';
import { asAsyncProvider } from './providers/as-async.js';
import { subtleWebProvider } from './providers/subtle.js';
import { rejectingApi } from './rejecting.js';

export interface AgoraKeyOptions {
  /** Unix seconds. Defaults to the system clock. */
  clock?: Clock;
  /** Salt for new tokens. Defaults to a CSPRNG draw in [1, 99999999] per token. */
  salt?: () => number;
  /**
   * Defaults to `subtleWebProvider` (SubtleCrypto); `portableWebProvider` is
   * several times faster per token (a token server's choice). A synchronous
   * provider is accepted too: the API returns Promises either way.
   */
  crypto?: CryptoProvider;
}

/**
 * The whole Promise-returning API on an engine of your own (fixed clock or
 * salt, another provider). Bad arguments reject, never throw.
 */
export function createAgoraKey(options: AgoraKeyOptions = {}): AgoraKeyApi<AsyncCryptoProvider> {
  const crypto = options.crypto === undefined ? subtleWebProvider : asAsyncProvider(options.crypto);
  return rejectingApi(createApi(createCompactEngine({ crypto, clock: options.clock, salt: options.salt })));
}
