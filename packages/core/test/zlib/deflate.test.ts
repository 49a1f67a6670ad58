/// <reference types="node" />
import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompressionError, ErrorCode } from '../../src/errors.js';
import { zlibDeflate, zlibInflate } from '../../src/zlib/index.js';
import { raiseHashOffset, zlibDeflateView } from '../../src/zlib/deflate.js';
import { dynamicSizeLowerBound } from '../../src/zlib/dynamic-bound.js';
import { distanceCode, lengthCode } from '../../src/zlib/block-writer.js';
import { DIST_BASE, DIST_EXTRA, LENGTH_BASE, LENGTH_EXTRA } from '../../src/zlib/tables.js';
import { ascii, bytesToHex, firstDifference } from './craft.js';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Deterministic generator so failures reproduce. */
function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

function roundTrip(data: Uint8Array): void {
  const compressed = zlibDeflate(data);
  expect(firstDifference(zlibInflate(compressed, Math.max(data.length, 1)), data)).toBe(-1);
  expect(firstDifference(inflateSync(compressed), data)).toBe(-1);
}

describe('zlibDeflate: known answers from Go compress/zlib (default level)', () => {
  // Produced by Go 1.26: zlib.NewWriter(&buf); w.Write(data); w.Close().
  const cases: Array<[string, Uint8Array, string]> = [
    ['empty', new Uint8Array(0), '789c010000ffff00000001'],
    ['"a"', ascii('a'), '789c4a04040000ffff00620062'],
    ['"hello"', ascii('hello'), '789cca48cdc9c907040000ffff062c0215'],
    ['"hello" x4', ascii('hello hello hello hello'), '789cca48cdc9c957c02001010000ffff680308b1'],
    [
      'pangram',
      ascii('The quick brown fox jumps over the lazy dog'),
      '789c0ac94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228c94855c849acaa5448c94f07040000ffff5bdc0fda',
    ],
    ['1000 zeros', new Uint8Array(1000), '789c621805a360140c7b00080000ffff03e80001'],
  ];
  for (const [name, input, hex] of cases) {
    it(name, () => {
      expect(bytesToHex(zlibDeflate(input))).toBe(hex);
    });
  }

  it('larger inputs (SHA-256 of Go output)', () => {
    const ramp = new Uint8Array(1024).map((_, i) => i & 0xff);
    expect(sha256(zlibDeflate(ramp))).toBe('62e5dbd450d4c3589f2fda6ed13e6d4c053c3dc968fe4e9c0d8aa4677ee9c4fe');
    // 100 000 bytes: crosses the 64 KiB window (one slide) and several block cuts.
    const quad = new Uint8Array(100000).map((_, i) => (i * i * 7 + i) % 251);
    expect(sha256(zlibDeflate(quad))).toBe('4f33bfbd35dd956df063827635580e242c6ba762275dfbaa1ab6f6c8a7b5bace');
  });

  // prng's bytes (the top byte of each xorshift32 state, masked), as Go made them for these answers.
  function xorshiftBytes(n: number, seed: number, mask: number): Uint8Array {
    const next = prng(seed);
    return Uint8Array.from({ length: n }, () => Math.floor(next() * 256) & mask);
  }

  // Where the encoder changes strategy: up to 32 KiB every position is hashed before
  // matching; up to 64 KiB the input is read in place. Four symbols give chains longer
  // than Go's 128 tries; random bytes give 16K-token blocks cut mid-run.
  const boundaries: Array<[number, number, string]> = [
    [32767, 3, '0d36d2e1b63e0118a56277bdd60ece160c6ca25cda16763475611e49cf591b5a'],
    [32767, 255, 'fb71bac235c58bef0325db71aaa9bc68b573f4fbda5ce8753aef17e3c4aaa93c'],
    [32768, 3, '114b6c9dc5b001c6699210c94047ff4eeb569501942e71114ca20f4e4af143c3'],
    [32768, 255, 'b31fe5525f37447e8d59cfcbfd2122ad258e05b9a48695b17c04a83b17e15c6f'],
    [32769, 3, '4450223f9be4605c8db541593478d6ac1bc54705de02b30a88b2be066f23fb20'],
    [32769, 255, 'fe2d5225874bd5d6347c5016e8fb3c8fa9dd1889a564f7bd8b734be65cbe814a'],
    [32772, 3, '9b47c56ac57b9b4e50a6ea3699996e449b0e9e5cb2648467d98f276ea92e8eaa'],
    [32772, 255, '131e0aca25a1c84831e3f01eb47af45c7f00065a2cc22d4be5fb36032885f14f'],
    [40000, 3, '7cad094b22d284050695bc2dbc8fde2ac426b85504205d44668c6711c221f728'],
    [40000, 255, 'c1cc9a07c29c4df800ad08fc6abbec9a18d13eba11352da7a1697ba15479ac2e'],
    [65536, 3, 'af02b9a6aac95978e8e0f23e96ae1231ebf86e8e80e762b1de32d8e57b843d26'],
    [65536, 255, 'ebaa7545361bd9f03d5d60c6069a3132fea98e90962067e02a1ff7d4ffc01b15'],
    [65537, 3, 'bddc9e34c3e8689b381530bff06aaf2bf0a40736269936971846e8c5f1408419'],
    [65537, 255, 'd36021b8272c7fa307f5bd4f2e8519cb7ac092bd541b2e3f248e2c9843f19572'],
  ];
  for (const [n, mask, hash] of boundaries) {
    it(`${n} bytes of ${mask + 1} symbols (SHA-256 of Go output)`, () => {
      expect(sha256(zlibDeflate(xorshiftBytes(n, mask === 3 ? 12345 : 777, mask)))).toBe(hash);
    });
  }
});

describe('zlibDeflate: state is never carried between calls', () => {
  it('gives the same bytes regardless of what was compressed before', () => {
    const rand = prng(7);
    const small = Uint8Array.from({ length: 200 }, () => (rand() * 20) | 0);
    const first = zlibDeflate(small);
    const big = Uint8Array.from({ length: 150000 }, (_, i) => (i % 1000 < 500 ? (rand() * 4) | 0 : small[i % 200]!));
    const bigOut = zlibDeflate(big);
    expect(bytesToHex(zlibDeflate(small))).toBe(bytesToHex(first));
    zlibDeflate(new Uint8Array(0));
    zlibDeflate(small.subarray(0, 3));
    expect(bytesToHex(zlibDeflate(big))).toBe(bytesToHex(bigOut));
    expect(bytesToHex(zlibDeflate(small))).toBe(bytesToHex(first));
  });

  it('accepts views with an offset and Buffers', () => {
    const backing = ascii('xxxxhello hello hello helloyyyy');
    const view = backing.subarray(4, backing.length - 4);
    expect(bytesToHex(zlibDeflate(view))).toBe('789cca48cdc9c957c02001010000ffff680308b1');
    expect(bytesToHex(zlibDeflate(Buffer.from('hello')))).toBe('789cca48cdc9c907040000ffff062c0215');
  });

  it('returns a fresh, exactly sized array each call', () => {
    const a = zlibDeflate(ascii('hello'));
    const b = zlibDeflate(ascii('hello'));
    expect(a).not.toBe(b);
    expect(a.buffer).not.toBe(b.buffer);
    expect(a.byteLength).toBe(a.buffer.byteLength);
  });

  it('rejects a non-Uint8Array with CompressionError', () => {
    expect(() => zlibDeflate('hello' as unknown as Uint8Array)).toThrow(CompressionError);
    try {
      zlibDeflate([1, 2, 3] as unknown as Uint8Array);
    } catch (err) {
      expect((err as CompressionError).code).toBe(ErrorCode.InvalidArgument);
    }
  });
});

describe('zlibDeflate: internals', () => {
  it('maps every length and distance to the RFC 1951 symbol and extra-bit count', () => {
    for (let length = 3; length <= 258; length++) {
      const code = lengthCode(length);
      const sym = code & 0xff;
      expect(code >>> 8).toBe(LENGTH_EXTRA[sym]);
      expect(length - LENGTH_BASE[sym]!).toBeGreaterThanOrEqual(0);
      expect(length - LENGTH_BASE[sym]!).toBeLessThan(sym === 28 ? 1 : 1 << LENGTH_EXTRA[sym]!);
    }
    for (let distance = 1; distance <= 32768; distance++) {
      const code = distanceCode(distance);
      const sym = code & 0xff;
      expect(code >>> 8).toBe(DIST_EXTRA[sym]);
      expect(distance - DIST_BASE[sym]!).toBeGreaterThanOrEqual(0);
      expect(distance - DIST_BASE[sym]!).toBeLessThan(1 << DIST_EXTRA[sym]!);
    }
  });

  it("gives Go's bytes when it hashes into fewer buckets than Go's 2^17 first", () => {
    // Inputs up to 1 KiB are first hashed into 2^12 buckets, and compressed again
    // with Go's if a chain walk runs out of tries. Go's width is the reference; here
    // inputs up to 70 KB take the narrow buckets, so chains collide and pass the
    // 128-try limit (few-symbol alphabets).
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 3, 4, 16, 64, 256),
        fc.integer({ min: 0, max: 70000 }),
        fc.integer({ min: 1, max: 0x7fffffff }),
        (alphabet, length, seed) => {
          const rand = prng(seed);
          const data = Uint8Array.from({ length: alphabet > 2 ? length : length >> 3 }, () => (rand() * alphabet) | 0);
          const go = bytesToHex(zlibDeflateView(data, dynamicSizeLowerBound, 0));
          expect(bytesToHex(zlibDeflateView(data, dynamicSizeLowerBound, Infinity))).toBe(go);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives the same bytes when stored positions are rebased mid-call or reset between calls', () => {
    const rand = prng(5);
    const data = Uint8Array.from({ length: 200000 }, (_, i) => (i % 7000 < 3000 ? (rand() * 256) | 0 : (rand() * 6) | 0));
    const small = ascii('hello hello hello hello');
    const expected = bytesToHex(zlibDeflate(data));
    const expectedSmall = bytesToHex(zlibDeflate(small));
    // The base passes 2^30 at the first window slide: rebased in the middle of the call.
    raiseHashOffset((1 << 30) - 40000);
    expect(bytesToHex(zlibDeflate(data))).toBe(expected);
    // Past 2^30 at the start of a call: the tables are cleared instead.
    raiseHashOffset((1 << 30) + 5);
    expect(bytesToHex(zlibDeflate(small))).toBe(expectedSmall);
    expect(bytesToHex(zlibDeflate(data))).toBe(expected);
  });

  it('stays within the output bound for incompressible and fixed-code inputs', () => {
    // Random bytes past the window (stored blocks, and Huffman ones once the raw
    // bytes have slid out), and bytes 144..255 (9-bit fixed codes).
    const rand = prng(9);
    for (const data of [
      Uint8Array.from({ length: 150000 }, () => (rand() * 256) | 0),
      Uint8Array.from({ length: 100000 }, () => 144 + ((rand() * 112) | 0)),
      Uint8Array.from({ length: 70 }, () => 144 + ((rand() * 112) | 0)),
    ]) {
      const compressed = zlibDeflate(data);
      expect(compressed.length).toBeLessThanOrEqual(data.length + (data.length >> 2) + 64);
      expect(firstDifference(inflateSync(compressed), data)).toBe(-1);
    }
  });
});

describe('zlibDeflate: round trips through zlibInflate and node:zlib', () => {
  it('boundary sizes (window slide at 65274, 64 KiB, 16K-token blocks)', () => {
    const rand = prng(11);
    const sizes = [0, 1, 2, 3, 4, 5, 257, 258, 259, 262, 263, 16383, 16384, 16385, 32768, 32769, 65273, 65274, 65275, 65535, 65536, 65537, 98304, 131072];
    for (const n of sizes) {
      roundTrip(Uint8Array.from({ length: n }, () => (rand() * 256) | 0));
      roundTrip(Uint8Array.from({ length: n }, () => (rand() * 3) | 0));
    }
  });

  it('random byte strings (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (data) => roundTrip(data)),
      { numRuns: 400 },
    );
  });

  it('highly repetitive strings (property)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 20000 }),
        fc.uint8Array({ maxLength: 8 }),
        (unit, repeats, noise) => {
          const data = new Uint8Array(unit.length * repeats + noise.length);
          for (let i = 0; i < repeats; i++) data.set(unit, i * unit.length);
          data.set(noise, unit.length * repeats);
          roundTrip(data);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('large mixed inputs up to 300 KiB (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 * 1024 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }), (n, seed) => {
        const rand = prng(seed);
        const data = new Uint8Array(n);
        for (let p = 0; p < n; ) {
          if (p > 0 && rand() < 0.5) {
            // Copy from up to 40 KiB back: matches near and beyond the 32 KiB window.
            const dist = 1 + ((rand() * Math.min(p, 40000)) | 0);
            const len = 3 + ((rand() * 300) | 0);
            for (let j = 0; j < len && p < n; j++, p++) data[p] = data[p - dist]!;
          } else {
            const len = 1 + ((rand() * 40) | 0);
            const alphabet = rand() < 0.5 ? 256 : 8;
            for (let j = 0; j < len && p < n; j++) data[p++] = (rand() * alphabet) | 0;
          }
        }
        const compressed = zlibDeflate(data);
        expect(firstDifference(zlibInflate(compressed, 1 << 20), data)).toBe(-1);
        expect(firstDifference(inflateSync(compressed), data)).toBe(-1);
      }),
      { numRuns: 30 },
    );
  });

  it('long runs and single-symbol inputs', () => {
    roundTrip(new Uint8Array(300 * 1024));
    roundTrip(new Uint8Array(300 * 1024).fill(0xff));
    roundTrip(new Uint8Array(70000).map((_, i) => (i % 3 === 0 ? 1 : 2)));
  });
});
