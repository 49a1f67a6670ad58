/**
 * A candidate measured, not shipped: HMAC-SHA256 built from two
 * `crypto.subtle.digest` calls (RFC 2104), which avoids `importKey`. Keys
 * here are at most 64 bytes (le32 salts, 32-byte derived keys, 32-character
 * certificates), so the key is padded, never hashed first.
 */
export function createDigestHmacProvider(fallbackRandom) {
  const subtle = globalThis.crypto.subtle;
  return {
    sync: false,
    importHmacKey(key) {
      const inner = new Uint8Array(64).fill(0x36);
      const outer = new Uint8Array(64).fill(0x5c);
      for (let i = 0; i < key.length; i++) {
        inner[i] ^= key[i];
        outer[i] ^= key[i];
      }
      return {
        async sign(data) {
          const first = new Uint8Array(64 + data.length);
          first.set(inner);
          first.set(data, 64);
          const innerDigest = new Uint8Array(await subtle.digest('SHA-256', first));
          const second = new Uint8Array(96);
          second.set(outer);
          second.set(innerDigest, 64);
          return new Uint8Array(await subtle.digest('SHA-256', second));
        },
      };
    },
    randomUint32: fallbackRandom,
  };
}
