import * as ErrorCode from '../error-codes.js';
import { AgoraKeyError } from '../errors.js';
import type { SyncCryptoProvider, SyncHmacKey } from './provider.js';
import { createRandomUint32 } from './random-pool.js';
import { hmacSha256, sha256 } from './sha256.js';
import { Layout, type Sha256ModuleExports } from './wasm/sha256-module.js';

export { sha256ModuleBytes, type Sha256ModuleExports } from './wasm/sha256-module.js';

/**
 * A synchronous provider whose HMACs run in the WebAssembly module of
 * `sha256ModuleBytes()`. Core never touches the WebAssembly API itself: the
 * caller instantiates the module and passes its exports, e.g.
 * `new WebAssembly.Instance(new WebAssembly.Module(sha256ModuleBytes())).exports`.
 * Messages too long for the module's memory (over ~63 KiB) take the portable
 * code, with the same results.
 */
export function createWasmCryptoProvider(module: Sha256ModuleExports, fillRandom: (buffer: Uint32Array) => unknown): SyncCryptoProvider {
  if (
    typeof module !== 'object' ||
    module === null ||
    !(module.memory?.buffer instanceof ArrayBuffer) ||
    module.memory.buffer.byteLength <= Layout.DATA ||
    typeof module.padStates !== 'function' ||
    typeof module.mac !== 'function' ||
    typeof module.hmac !== 'function' ||
    typeof module.hmacChained !== 'function'
  ) {
    throw new AgoraKeyError(
      ErrorCode.InvalidProvider,
      'module must be the exports of an instance of sha256ModuleBytes(): memory, padStates, mac, hmac and hmacChained',
      { parameter: 'module' },
    );
  }
  const memory = new Uint8Array(module.memory.buffer);
  const maxData = memory.length - Layout.DATA;

  /** Writes the key (hashed first when longer than a block, RFC 2104 section 2); returns its length. */
  const writeKey = (key: Uint8Array): number => {
    const k = key.length > 64 ? sha256(key) : key;
    memory.set(k, Layout.KEY);
    return k.length;
  };
  /** A copy of the HMAC the module last computed (the next call overwrites it). */
  const macCopy = (): Uint8Array => memory.slice(Layout.MAC, Layout.MAC + 32);
  /** HMAC of `data` from the pad states in memory. */
  const sign = (data: Uint8Array): Uint8Array => {
    memory.set(data, Layout.DATA);
    module.mac(data.length);
    return macCopy();
  };

  return {
    sync: true,
    importHmacKey(key): SyncHmacKey {
      const copy = new Uint8Array(key); // for the portable fallback (a Buffer's slice() would share memory)
      module.padStates(writeKey(key));
      const states = memory.slice(Layout.STATES, Layout.STATES + 64);
      // An imported key is a long-lived one (a 006 token's app certificate): it does not stay in the module's memory.
      memory.fill(0, Layout.KEY, Layout.KEY + 64);
      return {
        sign(data) {
          if (data.length > maxData) return hmacSha256(copy, data);
          memory.set(states, Layout.STATES);
          return sign(data);
        },
      };
    },
    hmacSha256(key, data) {
      if (data.length > maxData) return hmacSha256(key, data);
      const keyLength = writeKey(key);
      memory.set(data, Layout.DATA);
      module.hmac(keyLength, data.length);
      return macCopy();
    },
    hmacSha256Chained(key, data, chainedData) {
      if (data.length + chainedData.length > maxData) return hmacSha256(hmacSha256(key, data), chainedData);
      const keyLength = writeKey(key);
      memory.set(data, Layout.DATA);
      memory.set(chainedData, Layout.DATA + data.length);
      module.hmacChained(keyLength, data.length, chainedData.length);
      return macCopy();
    },
    randomUint32: createRandomUint32(fillRandom),
  };
}
