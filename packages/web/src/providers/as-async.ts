import type { AsyncCryptoProvider, CryptoProvider } from '@agorakey/core';

/**
 * Presents any provider as an asynchronous one, so the API built on it
 * returns Promises whichever provider is chosen: switching between the
 * portable and the SubtleCrypto provider never changes calling code.
 */
export function asAsyncProvider(provider: CryptoProvider): AsyncCryptoProvider {
  if (!provider.sync) return provider;
  return {
    sync: false,
    importHmacKey(key) {
      const prepared = provider.importHmacKey(key);
      return { sign: async (data) => prepared.sign(data) };
    },
    randomUint32: () => provider.randomUint32(),
  };
}
