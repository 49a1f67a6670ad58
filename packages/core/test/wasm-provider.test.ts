import { createHmac, randomBytes, randomFillSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createWasmCryptoProvider, sha256ModuleBytes, type Sha256ModuleExports } from '../src/crypto/wasm-provider.js';
import { Layout } from '../src/crypto/wasm/sha256-module.js';
import { bytesToHex, hexToBytes } from '../src/bytes/hex.js';
import { createApi } from '../src/api.js';
import { createEngine } from '../src/engine.js';
import { createPortableCryptoProvider } from '../src/crypto/portable-provider.js';
import { AgoraKeyError } from '../src/errors.js';

// The WebAssembly JavaScript API, which @types/node 20 leaves to lib.dom: the part used here.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
  validate(bytes: Uint8Array): boolean;
};

const ascii = (s: string) => new TextEncoder().encode(s);
const fill = (b: Uint32Array) => void randomFillSync(b);
const instantiate = () => new WebAssembly.Instance(new WebAssembly.Module(sha256ModuleBytes())).exports as Sha256ModuleExports;
const provider = createWasmCryptoProvider(instantiate(), fill);
const hmac = (key: Uint8Array, data: Uint8Array) => bytesToHex(provider.hmacSha256!(key, data));
const reference = (key: Uint8Array, data: Uint8Array) => createHmac('sha256', key).update(data).digest('hex');

describe('the WebAssembly HMAC-SHA256 module', () => {
  it('is a valid module, emitted the same every time', () => {
    const bytes = sha256ModuleBytes();
    expect(WebAssembly.validate(bytes)).toBe(true);
    expect(bytesToHex(sha256ModuleBytes())).toBe(bytesToHex(bytes));
  });

  it('passes RFC 4231 test cases 1, 2 and 6 (a key longer than a block)', () => {
    expect(hmac(hexToBytes('0b'.repeat(20)), ascii('Hi There'))).toBe('b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7');
    expect(hmac(ascii('Jefe'), ascii('what do ya want for nothing?'))).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    expect(hmac(hexToBytes('aa'.repeat(131)), ascii('Test Using Larger Than Block-Size Key - Hash Key First'))).toBe(
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    );
  });

  it('agrees with node:crypto at every padding boundary and key length', () => {
    for (let n = 0; n < 200; n++) {
      for (const keyLength of [0, 4, 32, 64, 65]) {
        const key = randomBytes(keyLength);
        const data = randomBytes(n);
        expect(hmac(key, data)).toBe(reference(key, data));
      }
    }
  });

  it('agrees with node:crypto for arbitrary keys and messages, one-shot and through a reused key', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), fc.array(fc.uint8Array({ maxLength: 300 }), { minLength: 1, maxLength: 4 }), (key, messages) => {
        const imported = provider.importHmacKey(key);
        for (const data of messages) {
          // A one-shot HMAC with another key in between must not disturb the imported key.
          const other = randomBytes(16);
          expect(hmac(other, data)).toBe(reference(other, data));
          expect(bytesToHex(imported.sign(data))).toBe(reference(key, data));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('hands messages too long for its memory to the portable code, with the same result', () => {
    const key = randomBytes(32);
    const imported = provider.importHmacKey(key);
    for (const n of [65536 - Layout.DATA, 65536 - Layout.DATA + 1, 200_000]) {
      const data = randomBytes(n);
      expect(hmac(key, data)).toBe(reference(key, data));
      expect(bytesToHex(imported.sign(data))).toBe(reference(key, data));
    }
  });

  it('chains two HMACs, the first keying the second, as node:crypto does them one by one', () => {
    const chained = (key: Uint8Array, data: Uint8Array, next: Uint8Array) => bytesToHex(provider.hmacSha256Chained!(key, data, next));
    const nested = (key: Uint8Array, data: Uint8Array, next: Uint8Array) => reference(createHmac('sha256', key).update(data).digest(), next);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), fc.uint8Array({ maxLength: 130 }), fc.uint8Array({ maxLength: 300 }), (key, data, next) => {
        expect(chained(key, data, next)).toBe(nested(key, data, next));
      }),
      { numRuns: 300 },
    );
    // Data and chained data share the module's memory; past it, the portable code.
    const room = 65536 - Layout.DATA;
    for (const [n, m] of [[32, room - 32], [32, room - 31], [room, 1], [4, 100_000]] as const) {
      const key = randomBytes(4);
      const data = randomBytes(n);
      const next = randomBytes(m);
      expect(chained(key, data, next)).toBe(nested(key, data, next));
    }
  });

  it('rejects anything but the module\'s exports with ERR_INVALID_CRYPTO_PROVIDER', () => {
    const exports = instantiate();
    for (const bad of [undefined, null, {}, { ...exports, hmac: undefined }, { ...exports, hmacChained: undefined }, { ...exports, memory: {} }, { ...exports, memory: { buffer: new ArrayBuffer(64) } }]) {
      let error: unknown;
      try {
        createWasmCryptoProvider(bad as unknown as Sha256ModuleExports, fill);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AgoraKeyError);
      expect((error as AgoraKeyError).code).toBe('ERR_INVALID_CRYPTO_PROVIDER');
    }
  });

  it('does not leave an imported key in the module memory', () => {
    const exports = instantiate();
    const own = createWasmCryptoProvider(exports, fill);
    const key = new Uint8Array(32).fill(0xa5);
    own.importHmacKey(key);
    expect(new Uint8Array(exports.memory.buffer, Layout.KEY, 64).every((b) => b === 0)).toBe(true);
  });

  it('keeps its own copy of an imported key', () => {
    const key = randomBytes(32);
    const expected = reference(key, new Uint8Array(100_000));
    const imported = provider.importHmacKey(key);
    key.fill(0);
    expect(bytesToHex(imported.sign(new Uint8Array(100_000)))).toBe(expected);
  });

  it('signs the same 006 and 007 tokens as the portable provider', () => {
    const fixed = { clock: () => 1_700_000_000, salt: () => 123_456 };
    const wasm = createApi(createEngine({ crypto: provider, ...fixed }));
    const portable = createApi(createEngine({ crypto: createPortableCryptoProvider(fill), ...fixed }));
    const A = '970CA35de60c44645bbae8a215061b33';
    const C = '5CFd2fd1755d40ecb72977518be15d3b';
    for (const uid of [0, 1, 4294967295]) {
      const token = wasm.RtcTokenBuilder.buildTokenWithUid(A, C, `room-${uid}`, uid, 1, 3600, 600);
      expect(token).toBe(portable.RtcTokenBuilder.buildTokenWithUid(A, C, `room-${uid}`, uid, 1, 3600, 600));
      expect(wasm.verifyToken(token, C)).toBe(true);
      expect(wasm.RtcTokenBuilder006.buildTokenWithUid(A, C, 'room', uid, 1, 1_700_003_600)).toBe(
        portable.RtcTokenBuilder006.buildTokenWithUid(A, C, 'room', uid, 1, 1_700_003_600),
      );
    }
  });
});
