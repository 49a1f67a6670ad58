import { createHmac, randomFillSync } from 'node:crypto';
import { createPortableCryptoProvider, createWasmCryptoProvider, sha256ModuleBytes, type Sha256ModuleExports, type SyncCryptoProvider } from '@agorakey/core';

const fillRandom = (buffer: Uint32Array): void => void randomFillSync(buffer);

// The WebAssembly JavaScript API, a global in Node that @types/node 20 leaves to lib.dom: the part used here.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
};

/**
 * Core's portable SHA-256 for HMAC, node:crypto for randomness. A 007 token's
 * HMACs cost ~6 us each through createHmac, mostly per-call overhead, and
 * ~1-1.5 us each here (`pnpm bench`, Node 20).
 */
export const portableNodeProvider: SyncCryptoProvider = /* @__PURE__ */ createPortableCryptoProvider(fillRandom);

/**
 * The default: the same HMAC-SHA256 as core's portable code, run as core's
 * WebAssembly module (~0.17 us a compression against ~0.27 us, so a 007 build
 * ~0.7 us faster, measured on Node 20). Undefined where WebAssembly is not
 * available (e.g. `node --jitless`), and the default is then the portable provider.
 */
export const wasmNodeProvider: SyncCryptoProvider | undefined = /* @__PURE__ */ (() => {
  if (typeof WebAssembly !== 'object') return undefined;
  const module = new WebAssembly.Module(sha256ModuleBytes());
  return createWasmCryptoProvider(new WebAssembly.Instance(module).exports as Sha256ModuleExports, fillRandom);
})();

/** What `@agorakey/node`'s builders use unless told otherwise. */
export const defaultNodeProvider: SyncCryptoProvider = wasmNodeProvider ?? portableNodeProvider;

/** HMAC through node:crypto's OpenSSL, for those who require it (e.g. FIPS mode). */
export const opensslNodeProvider: SyncCryptoProvider = {
  sync: true,
  importHmacKey(key) {
    const copy = Uint8Array.from(key);
    return { sign: (data) => new Uint8Array(createHmac('sha256', copy).update(data).digest()) };
  },
  randomUint32: portableNodeProvider.randomUint32,
};
