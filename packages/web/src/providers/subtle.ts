import { createRandomUint32, type AsyncCryptoProvider } from '@agorakey/core';
import { platformCrypto, type WebCrypto } from '../web-crypto.js';

/**
 * HMAC-SHA256 through SubtleCrypto (`importKey` + `sign`): the default. It
 * keeps an app's bundle smallest (no SHA-256 in JavaScript: an RTC-only app is
 * ~1.3 KB gzipped lighter, measured with `pnpm size`) and uses the platform's
 * own implementation. It is slower per token than `portableWebProvider`
 * (see bench/web.mjs): token servers on Workers, Deno or Bun should pass
 * that one to `createAgoraKey`. The engine keeps imported certificate keys and
 * the per-second signing key, which is what SubtleCrypto can reuse.
 */
export function createSubtleCryptoProvider(crypto?: WebCrypto): AsyncCryptoProvider {
  const web = () => crypto ?? platformCrypto();
  // Salts come from pooled getRandomValues draws.
  const randomUint32 = createRandomUint32((buffer) => web().getRandomValues(buffer));
  return {
    sync: false,
    async importHmacKey(key) {
      const { subtle } = web();
      // WebCrypto copies its inputs ("get a copy of the bytes held by"), and the
      // engine's buffers are plain ArrayBuffers, so no defensive copy is needed.
      // WebCrypto refuses an empty HMAC key; RFC 2104 pads keys with zeros to the
      // block size, so one zero byte is the same key.
      const raw = key.length === 0 ? new Uint8Array(1) : key;
      const cryptoKey = await subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      return { sign: async (data) => new Uint8Array(await subtle.sign('HMAC', cryptoKey, data as Uint8Array<ArrayBuffer>)) };
    },
    randomUint32,
  };
}

export const subtleWebProvider: AsyncCryptoProvider = /* @__PURE__ */ createSubtleCryptoProvider();
