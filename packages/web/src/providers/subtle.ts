import { createPortableCryptoProvider, type AsyncCryptoProvider } from '@agorakey/core';
import { platformCrypto, type WebCrypto } from '../web-crypto.js';

/**
 * HMAC-SHA256 through SubtleCrypto (`importKey` + `sign`), for deployments
 * that require the platform's own crypto implementation. Slower than the
 * default for token building (see bench/web.mjs); the engine keeps imported
 * certificate keys and the per-second signing key, which is what SubtleCrypto
 * can reuse.
 */
export function createSubtleCryptoProvider(crypto?: WebCrypto): AsyncCryptoProvider {
  const web = () => crypto ?? platformCrypto();
  // Salts come from the same pooled getRandomValues draw as the portable provider.
  const random = createPortableCryptoProvider((buffer) => web().getRandomValues(buffer));
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
    randomUint32: random.randomUint32,
  };
}

export const subtleWebProvider: AsyncCryptoProvider = /* @__PURE__ */ createSubtleCryptoProvider();
