import { hmacSha256 } from '@agorakey/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asAsyncProvider, createPortableWebProvider, createSubtleCryptoProvider, subtleWebProvider, type WebCrypto } from '@agorakey/web';

/** A Web Crypto that records what it is asked and signs with the portable HMAC. */
function recordingCrypto() {
  const calls: unknown[][] = [];
  const crypto: WebCrypto = {
    subtle: {
      importKey: async (...args) => {
        calls.push(['importKey', ...args]);
        return { type: 'secret', key: args[1] } as never;
      },
      sign: async (...args) => {
        calls.push(['sign', ...args]);
        return hmacSha256((args[1] as unknown as { key: Uint8Array }).key, args[2]).buffer as ArrayBuffer;
      },
      digest: async () => new ArrayBuffer(32),
    },
    getRandomValues: (array) => {
      calls.push(['getRandomValues', array.length]);
      return array.fill(7);
    },
  };
  return { crypto, calls };
}

afterEach(() => vi.unstubAllGlobals());

describe('createSubtleCryptoProvider', () => {
  it('imports a raw, non-extractable HMAC SHA-256 signing key and signs with HMAC', async () => {
    const { crypto, calls } = recordingCrypto();
    const provider = createSubtleCryptoProvider(crypto);
    const key = new Uint8Array([1, 2, 3]);
    const data = new Uint8Array([4, 5]);
    const signature = await (await provider.importHmacKey(key)).sign(data);
    expect(provider.sync).toBe(false);
    expect(calls[0]).toEqual(['importKey', 'raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']]);
    expect(calls[1]?.slice(0, 2)).toEqual(['sign', 'HMAC']);
    expect(signature).toEqual(hmacSha256(key, data));
  });

  it('draws salts from getRandomValues in pooled batches, not one call per salt', () => {
    const { crypto, calls } = recordingCrypto();
    const provider = createSubtleCryptoProvider(crypto);
    const values = Array.from({ length: 300 }, () => provider.randomUint32());
    expect(values.every((v) => v === 7)).toBe(true);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.length).toBeLessThan(values.length / 16);
    expect(calls.every(([name, length]) => name === 'getRandomValues' && (length as number) >= 16)).toBe(true);
  });

  it('agrees with the portable HMAC on the platform SubtleCrypto, for any key and message', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 130 }), fc.uint8Array({ maxLength: 300 }), async (key, data) => {
        const signature = await (await subtleWebProvider.importHmacKey(key)).sign(data);
        expect(signature).toEqual(hmacSha256(key, data));
      }),
      { numRuns: 200 },
    );
  });

  it('looks up globalThis.crypto only when used, and says what is missing', async () => {
    vi.stubGlobal('crypto', undefined);
    const provider = createSubtleCryptoProvider();
    await expect(provider.importHmacKey(new Uint8Array(1))).rejects.toThrow(/needs the Web Crypto API/);
    expect(() => createPortableWebProvider().randomUint32()).toThrow(/needs the Web Crypto API/);
  });
});

describe('asAsyncProvider', () => {
  it('returns an asynchronous provider unchanged', () => {
    expect(asAsyncProvider(subtleWebProvider)).toBe(subtleWebProvider);
  });

  it('presents a synchronous provider through Promises with the same bytes and randomness', async () => {
    const sync = { sync: true as const, importHmacKey: (key: Uint8Array) => ({ sign: (data: Uint8Array) => hmacSha256(key, data) }), randomUint32: () => 42 };
    const provider = asAsyncProvider(sync);
    const pending = (await provider.importHmacKey(new Uint8Array([9]))).sign(new Uint8Array([8]));
    expect(provider.sync).toBe(false);
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toEqual(hmacSha256(new Uint8Array([9]), new Uint8Array([8])));
    expect(provider.randomUint32()).toBe(42);
  });
});
