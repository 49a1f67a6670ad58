import { createHmac, randomFillSync } from 'node:crypto';
import { createPortableCryptoProvider, type SyncCryptoProvider } from '@agorakey/core';

/**
 * The default provider: core's portable SHA-256 for HMAC, node:crypto for
 * randomness. Chosen by measurement (`pnpm bench`, Node 20 here): a 007 token's
 * three HMACs cost ~6 us each through createHmac, mostly per-call overhead,
 * and ~1.5-3 us each through the portable code with precomputed pads.
 */
export const portableNodeProvider: SyncCryptoProvider = createPortableCryptoProvider((buffer) => randomFillSync(buffer));

/** HMAC through node:crypto's OpenSSL, for those who require it (e.g. FIPS mode). */
export const opensslNodeProvider: SyncCryptoProvider = {
  sync: true,
  importHmacKey(key) {
    const copy = Uint8Array.from(key);
    return { sign: (data) => new Uint8Array(createHmac('sha256', copy).update(data).digest()) };
  },
  randomUint32: portableNodeProvider.randomUint32,
};
