/**
 * The few Web Crypto members this package uses, declared here instead of
 * relying on the DOM lib: the emitted .d.ts then compiles for users on any
 * `lib`/`types` setting, and the sources cannot reach for anything else.
 */
export interface WebCryptoKey {
  readonly type: string;
}

export interface WebSubtleCrypto {
  importKey(
    format: 'raw',
    keyData: Uint8Array<ArrayBuffer>,
    algorithm: { name: 'HMAC'; hash: 'SHA-256' },
    extractable: false,
    keyUsages: ['sign'],
  ): Promise<WebCryptoKey>;
  sign(algorithm: 'HMAC', key: WebCryptoKey, data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
  digest(algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
}

/** What `globalThis.crypto` is in browsers, workers, Deno, Bun and Node >= 19. */
export interface WebCrypto {
  readonly subtle: WebSubtleCrypto;
  getRandomValues<T extends Uint32Array>(array: T): T;
}

/** The platform's Web Crypto, looked up when first needed (never at import time, so importing stays side-effect free). */
export function platformCrypto(): WebCrypto {
  const crypto = (globalThis as { crypto?: WebCrypto }).crypto;
  if (!crypto?.subtle || typeof crypto.getRandomValues !== 'function') {
    throw new TypeError('@agorakey/web needs the Web Crypto API (globalThis.crypto with subtle and getRandomValues)');
  }
  return crypto;
}
