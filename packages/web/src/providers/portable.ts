import { createPortableCryptoProvider, type AsyncCryptoProvider } from '@agorakey/core';
import { platformCrypto, type WebCrypto } from '../web-crypto.js';
import { asAsyncProvider } from './as-async.js';

/**
 * Core's portable SHA-256 for HMAC, the platform's `getRandomValues` for salts.
 *
 * The default, chosen by measurement (bench/web.mjs): SubtleCrypto must
 * import a fresh key for two of a 007 token's three HMACs (the salt and the
 * signing key change with every token), and each importKey + sign round trip
 * costs tens of microseconds in every engine measured, against about a
 * microsecond for the portable code.
 */
export function createPortableWebProvider(crypto?: WebCrypto): AsyncCryptoProvider {
  return asAsyncProvider(createPortableCryptoProvider((buffer) => (crypto ?? platformCrypto()).getRandomValues(buffer)));
}

export const portableWebProvider: AsyncCryptoProvider = /* @__PURE__ */ createPortableWebProvider();
