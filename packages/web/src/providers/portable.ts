import { createPortableCryptoProvider, type AsyncCryptoProvider } from '@agorakey/core';
import { platformCrypto, type WebCrypto } from '../web-crypto.js';
import { asAsyncProvider } from './as-async.js';

/**
 * Core's portable SHA-256 for HMAC, the platform's `getRandomValues` for salts.
 *
 * The fastest provider on every engine measured (bench/web.mjs): SubtleCrypto
 * must import a fresh key for two of a 007 token's three HMACs (the salt and
 * the signing key change with every token), and each importKey + sign round
 * trip costs tens of microseconds, against about a microsecond here. Use it
 * where tokens are minted in volume (a token server on Workers, Deno or Bun):
 * `createAgoraKey({ crypto: portableWebProvider })`. It is not the default
 * because it adds the JavaScript SHA-256 to every bundle.
 */
export function createPortableWebProvider(crypto?: WebCrypto): AsyncCryptoProvider {
  return asAsyncProvider(createPortableCryptoProvider((buffer) => (crypto ?? platformCrypto()).getRandomValues(buffer)));
}

export const portableWebProvider: AsyncCryptoProvider = /* @__PURE__ */ createPortableWebProvider();
