/// <reference types="node" />
import { deflateRawSync, deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompressionError, ErrorCode } from '../../src/errors.js';
import { zlibInflate } from '../../src/zlib/index.js';
import {
  BitSink,
  ascii,
  canonicalCodes,
  dynamicHeader,
  firstDifference,
  fixedSym,
  hexToBytes,
  plainSeq,
  zlibWrap,
} from './craft.js';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (!(err instanceof CompressionError)) throw new Error(`expected CompressionError, got ${String(err)}`);
    return err.code;
  }
  return 'no error';
}

const Z = ErrorCode;
const EMPTY = new Uint8Array(0);

function zerosLengths(n: number): number[] {
  return new Array<number>(n).fill(0);
}

describe('zlibInflate: known answers', () => {
  it('decodes fixed, stored and empty streams', () => {
    expect(zlibInflate(hexToBytes('789ccb48cdc9c90700062c0215'))).toEqual(ascii('hello'));
    expect(zlibInflate(hexToBytes('7801010500faff68656c6c6f062c0215'))).toEqual(ascii('hello'));
    expect(zlibInflate(hexToBytes('789c030000000001'))).toEqual(EMPTY);
    // Go's empty stream: empty final stored block.
    expect(zlibInflate(hexToBytes('789c010000ffff00000001'))).toEqual(EMPTY);
  });

  it('handles overlapping copies (run-length style matches)', () => {
    // 'a' then <length 258, distance 1> twice.
    const raw = fixedSym(new BitSink().bits(1, 1).bits(1, 2), 0x61);
    for (let i = 0; i < 2; i++) fixedSym(raw, 285).code(0, 5);
    fixedSym(raw, 256);
    const content = new Uint8Array(517).fill(0x61);
    expect(zlibInflate(zlibWrap(raw.finish(), content))).toEqual(content);
  });

  it('accepts a dynamic block whose distance code is empty when only literals are used', () => {
    const lit = zerosLengths(257);
    lit[0x41] = 1;
    lit[256] = 1;
    const sink = dynamicHeader(new BitSink(), true, { hlit: 257, hdist: 1, seq: plainSeq([...lit, 0]) });
    const codes = canonicalCodes(lit);
    sink.code(codes[0x41]!, 1).code(codes[0x41]!, 1).code(codes[256]!, 1);
    expect(zlibInflate(zlibWrap(sink.finish(), ascii('AA')))).toEqual(ascii('AA'));
  });

  it('accepts a single one-bit distance code (as Go and zlib emit)', () => {
    const lit = zerosLengths(258);
    lit[0x41] = 1;
    lit[256] = 2;
    lit[257] = 2;
    const sink = dynamicHeader(new BitSink(), true, { hlit: 258, hdist: 1, seq: plainSeq([...lit, 1]) });
    const codes = canonicalCodes(lit);
    // 'A', then <length 3, distance 1>, then end of block.
    sink.code(codes[0x41]!, 1).code(codes[257]!, 2).code(0, 1).code(codes[256]!, 2);
    expect(zlibInflate(zlibWrap(sink.finish(), ascii('AAAA')))).toEqual(ascii('AAAA'));
  });
});

describe('zlibInflate: interoperability with node:zlib', () => {
  const inputs: Array<[string, Uint8Array]> = [];
  let seed = 12345;
  const rand = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed >>> 16;
  };
  for (const n of [0, 1, 3, 4, 100, 258, 1000, 40000, 70000, 200000]) {
    inputs.push([`random ${n}`, Uint8Array.from({ length: n }, () => rand() & 0xff)]);
    inputs.push([`zeros ${n}`, new Uint8Array(n)]);
    // The largest bytes grow the Adler-32 sums fastest between reductions.
    inputs.push([`0xff ${n}`, new Uint8Array(n).fill(0xff)]);
    const words = ['agora', 'token', ' ', 'channel', '\n', 'uid=', '007', 'expire'];
    let s = '';
    while (s.length < n) s += words[rand() % words.length];
    inputs.push([`text ${n}`, ascii(s.slice(0, n))]);
  }

  it('decodes deflateSync output at levels 0-9, every strategy', () => {
    for (let level = 0; level <= 9; level++) {
      for (const strategy of [0, 1, 2, 3, 4]) {
        for (const [, data] of inputs) {
          const compressed = deflateSync(data, { level, strategy });
          expect(firstDifference(zlibInflate(compressed, 1 << 22), data)).toBe(-1);
        }
      }
    }
  });

  it('decodes deflateSync output with small windows and memLevels', () => {
    const [, data] = inputs.find(([name]) => name === 'text 70000')!;
    for (const windowBits of [9, 10, 12, 15]) {
      for (const memLevel of [1, 9]) {
        const compressed = deflateSync(data, { windowBits, memLevel });
        expect(zlibInflate(compressed)).toEqual(data);
      }
    }
  });

  it('round-trips arbitrary bytes compressed by node (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.integer({ min: 0, max: 9 }), (data, level) => {
        expect(zlibInflate(deflateSync(data, { level }))).toEqual(data);
      }),
      { numRuns: 300 },
    );
  });
});

describe('zlibInflate: header', () => {
  const good = hexToBytes('789ccb48cdc9c90700062c0215');
  const withHeader = (a: number, b: number): Uint8Array => {
    const copy = good.slice();
    copy[0] = a;
    copy[1] = b;
    return copy;
  };
  const fcheck = (cmf: number, flg: number): number => flg + (31 - (((cmf << 8) | flg) % 31)) % 31;

  it('rejects a compression method other than 8', () => {
    expect(codeOf(() => zlibInflate(withHeader(0x77, fcheck(0x77, 0x80))))).toBe(Z.ZlibHeader);
    expect(codeOf(() => zlibInflate(withHeader(0x7f, fcheck(0x7f, 0x80))))).toBe(Z.ZlibHeader);
  });
  it('rejects CINFO > 7', () => {
    expect(codeOf(() => zlibInflate(withHeader(0x88, fcheck(0x88, 0x80))))).toBe(Z.ZlibHeader);
    expect(codeOf(() => zlibInflate(withHeader(0xf8, fcheck(0xf8, 0x80))))).toBe(Z.ZlibHeader);
  });
  it('accepts every CINFO <= 7 and FLEVEL', () => {
    for (let cinfo = 0; cinfo <= 7; cinfo++) {
      for (let level = 0; level < 4; level++) {
        const cmf = (cinfo << 4) | 8;
        expect(zlibInflate(withHeader(cmf, fcheck(cmf, level << 6)))).toEqual(ascii('hello'));
      }
    }
  });
  it('rejects a bad FCHECK', () => {
    for (let flg = 0; flg < 256; flg++) {
      if (((0x78 << 8) | flg) % 31 === 0 || flg & 0x20) continue;
      expect(codeOf(() => zlibInflate(withHeader(0x78, flg)))).toBe(Z.ZlibHeader);
    }
  });
  it('rejects a preset dictionary (FDICT)', () => {
    expect(codeOf(() => zlibInflate(withHeader(0x78, fcheck(0x78, 0xa0))))).toBe(Z.ZlibHeader);
    expect(codeOf(() => zlibInflate(withHeader(0x78, 0xbb)))).toBe(Z.ZlibHeader);
  });
});

describe('zlibInflate: corrupt streams', () => {
  const corrupt = (raw: Uint8Array, content: Uint8Array = EMPTY): string => codeOf(() => zlibInflate(zlibWrap(raw, content)));

  it('rejects block type 3', () => {
    expect(corrupt(new BitSink().bits(1, 1).bits(3, 2).bits(0, 16).finish())).toBe(Z.ZlibCorrupt);
  });

  it('rejects a stored block whose NLEN is not the complement of LEN', () => {
    const raw = new BitSink().bits(1, 1).bits(0, 2).align().bits(2, 16).bits(0xfffe, 16).bytes([1, 2]).finish();
    expect(corrupt(raw, Uint8Array.of(1, 2))).toBe(Z.ZlibCorrupt);
  });

  it('rejects a distance beyond the output so far', () => {
    const raw = fixedSym(new BitSink().bits(1, 1).bits(1, 2), 0x61);
    fixedSym(raw, 257).code(1, 5); // length 3, distance 2: one byte too far
    fixedSym(raw, 256);
    expect(corrupt(raw.finish(), ascii('aaaa'))).toBe(Z.ZlibCorrupt);
    const first = fixedSym(new BitSink().bits(1, 1).bits(1, 2), 257).code(0, 5);
    expect(corrupt(fixedSym(first, 256).finish())).toBe(Z.ZlibCorrupt);
  });

  it('rejects fixed-code length symbols 286, 287 and distance symbols 30, 31', () => {
    for (const sym of [286, 287]) {
      const raw = fixedSym(new BitSink().bits(1, 1).bits(1, 2), 0x61);
      fixedSym(raw, sym).code(0, 5);
      expect(corrupt(fixedSym(raw, 256).finish())).toBe(Z.ZlibCorrupt);
    }
    for (const dist of [30, 31]) {
      const raw = fixedSym(new BitSink().bits(1, 1).bits(1, 2), 0x61);
      fixedSym(raw, 257).code(dist, 5).bits(0, 13);
      expect(corrupt(fixedSym(raw, 256).finish())).toBe(Z.ZlibCorrupt);
    }
  });

  const litWithEob = (): number[] => {
    const lit = zerosLengths(257);
    lit[0x41] = 1;
    lit[256] = 1;
    return lit;
  };

  it('rejects more than 286 literal/length codes or 30 distance codes', () => {
    const lit = [...litWithEob(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(corrupt(dynamicHeader(new BitSink(), true, { hlit: 287, hdist: 1, seq: plainSeq([...lit.slice(0, 287), 1]) }).finish())).toBe(
      Z.ZlibCorrupt,
    );
    expect(corrupt(dynamicHeader(new BitSink(), true, { hlit: 257, hdist: 31, seq: plainSeq([...litWithEob(), ...zerosLengths(31)]) }).finish())).toBe(
      Z.ZlibCorrupt,
    );
  });

  it('rejects over-subscribed and incomplete code-length codes', () => {
    const over = new Array<number>(19).fill(0);
    over[0] = 1;
    over[1] = 1;
    over[2] = 1;
    expect(corrupt(dynamicHeader(new BitSink(), true, { hlit: 257, hdist: 1, clLengths: over, seq: [] }).bits(0, 64).finish())).toBe(
      Z.ZlibCorrupt,
    );
    const single = new Array<number>(19).fill(0);
    single[1] = 1;
    expect(corrupt(dynamicHeader(new BitSink(), true, { hlit: 257, hdist: 1, clLengths: single, seq: [] }).bits(0, 64).finish())).toBe(
      Z.ZlibCorrupt,
    );
    const none = new Array<number>(19).fill(0);
    expect(corrupt(dynamicHeader(new BitSink(), true, { hlit: 257, hdist: 1, clLengths: none, seq: [] }).bits(0, 64).finish())).toBe(
      Z.ZlibCorrupt,
    );
  });

  it('rejects a repeat (16) with no previous length, and runs past the end', () => {
    expect(corrupt(dynamicHeader(new BitSink(), true, { hlit: 257, hdist: 1, seq: [[16, 0]] }).bits(0, 64).finish())).toBe(Z.ZlibCorrupt);
    const overrun = [...plainSeq(litWithEob()), [18, 0] as const];
    expect(corrupt(dynamicHeader(new BitSink(), true, { hlit: 257, hdist: 1, seq: overrun }).bits(0, 64).finish())).toBe(Z.ZlibCorrupt);
  });

  it('rejects a literal/length code without end-of-block', () => {
    const lit = zerosLengths(257);
    lit[0x41] = 1;
    lit[0x42] = 1;
    expect(corrupt(dynamicHeader(new BitSink(), true, { hlit: 257, hdist: 1, seq: plainSeq([...lit, 1]) }).bits(0, 64).finish())).toBe(
      Z.ZlibCorrupt,
    );
  });

  it('rejects over-subscribed and incomplete literal/length codes', () => {
    const over = litWithEob();
    over[0x42] = 1;
    expect(corrupt(dynamicHeader(new BitSink(), true, { hlit: 257, hdist: 1, seq: plainSeq([...over, 1]) }).bits(0, 64).finish())).toBe(
      Z.ZlibCorrupt,
    );
    const incomplete = litWithEob();
    incomplete[0x41] = 2;
    incomplete[256] = 2;
    expect(corrupt(dynamicHeader(new BitSink(), true, { hlit: 257, hdist: 1, seq: plainSeq([...incomplete, 1]) }).bits(0, 64).finish())).toBe(
      Z.ZlibCorrupt,
    );
  });

  it('rejects incomplete distance codes other than a single one-bit code', () => {
    const lit = litWithEob();
    const seq = plainSeq([...lit, 2, 2, 2]);
    expect(corrupt(dynamicHeader(new BitSink(), true, { hlit: 257, hdist: 3, seq }).bits(0, 64).finish())).toBe(Z.ZlibCorrupt);
  });

  it('rejects a match when the distance code is empty, or uses the unassigned half of a one-bit code', () => {
    const lit = zerosLengths(258);
    lit[0x41] = 1;
    lit[256] = 2;
    lit[257] = 2;
    const codes = canonicalCodes(lit);
    const empty = dynamicHeader(new BitSink(), true, { hlit: 258, hdist: 1, seq: plainSeq([...lit, 0]) });
    empty.code(codes[0x41]!, 1).code(codes[257]!, 2).code(0, 1).code(codes[256]!, 2);
    expect(corrupt(empty.finish(), ascii('AAAA'))).toBe(Z.ZlibCorrupt);
    const half = dynamicHeader(new BitSink(), true, { hlit: 258, hdist: 1, seq: plainSeq([...lit, 1]) });
    half.code(codes[0x41]!, 1).code(codes[257]!, 2).code(1, 1).code(codes[256]!, 2).bits(0, 32);
    expect(corrupt(half.finish(), ascii('AAAA'))).toBe(Z.ZlibCorrupt);
  });

  it('rejects bytes after the Adler-32 trailer', () => {
    const good = hexToBytes('789ccb48cdc9c90700062c0215');
    const extra = new Uint8Array(good.length + 1);
    extra.set(good);
    expect(codeOf(() => zlibInflate(extra))).toBe(Z.ZlibCorrupt);
  });

  it('rejects a wrong Adler-32', () => {
    const good = hexToBytes('789ccb48cdc9c90700062c0215');
    for (let bit = 0; bit < 32; bit++) {
      const bad = good.slice();
      bad[good.length - 4 + (bit >> 3)]! ^= 1 << (bit & 7);
      expect(codeOf(() => zlibInflate(bad))).toBe(Z.ZlibChecksum);
    }
  });
});

describe('zlibInflate: truncation', () => {
  const streams = [
    hexToBytes('789ccb48cdc9c90700062c0215'),
    hexToBytes('7801010500faff68656c6c6f062c0215'),
    deflateSync(ascii('The quick brown fox jumps over the lazy dog. The quick brown fox jumps over the lazy dog!')),
    deflateSync(Uint8Array.from({ length: 600 }, (_, i) => (i * 7919) & 0xff), { level: 9 }),
  ];
  it('reports ZlibTruncated for every proper prefix', () => {
    for (const stream of streams) {
      for (let cut = 0; cut < stream.length; cut++) {
        expect(codeOf(() => zlibInflate(stream.subarray(0, cut))), `cut at ${cut}`).toBe(Z.ZlibTruncated);
      }
    }
  });
  it('reports ZlibTruncated for a stored block cut inside its data', () => {
    const raw = new BitSink().bits(1, 1).bits(0, 2).align().bits(10, 16).bits(0xfff5, 16).bytes([1, 2, 3]).finish();
    expect(codeOf(() => zlibInflate(Uint8Array.of(0x78, 0x9c, ...raw)))).toBe(Z.ZlibTruncated);
  });
});

describe('zlibInflate: output cap', () => {
  it('fails fast on a 10 MiB zero bomb with the default 1 MiB cap', () => {
    const bomb = deflateSync(new Uint8Array(10 << 20));
    const start = performance.now();
    expect(codeOf(() => zlibInflate(bomb))).toBe(Z.ZlibTooLarge);
    expect(performance.now() - start).toBeLessThan(500);
    // With an explicit cap just large enough, it decodes.
    expect(zlibInflate(bomb, 10 << 20).length).toBe(10 << 20);
    expect(codeOf(() => zlibInflate(bomb, (10 << 20) - 1))).toBe(Z.ZlibTooLarge);
  });

  it('allows output of exactly the cap and rejects one byte more', () => {
    for (const level of [0, 6]) {
      const data = Uint8Array.from({ length: 5000 }, (_, i) => (i * 31) & 0xff);
      const stream = deflateSync(data, { level });
      expect(zlibInflate(stream, 5000)).toEqual(data);
      expect(codeOf(() => zlibInflate(stream, 4999))).toBe(Z.ZlibTooLarge);
      expect(codeOf(() => zlibInflate(stream, 0))).toBe(Z.ZlibTooLarge);
    }
    expect(zlibInflate(hexToBytes('789c030000000001'), 0)).toEqual(EMPTY);
  });

  it('rejects an invalid cap or input with CompressionError', () => {
    const good = hexToBytes('789ccb48cdc9c90700062c0215');
    for (const cap of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(codeOf(() => zlibInflate(good, cap))).toBe(Z.InvalidArgument);
    }
    expect(codeOf(() => zlibInflate('789c' as unknown as Uint8Array))).toBe(Z.InvalidArgument);
    expect(codeOf(() => zlibInflate(null as unknown as Uint8Array))).toBe(Z.InvalidArgument);
  });
});

describe('zlibInflate: fuzzing never throws anything but CompressionError', () => {
  const codes = new Set<string>([Z.ZlibHeader, Z.ZlibCorrupt, Z.ZlibTruncated, Z.ZlibChecksum, Z.ZlibTooLarge]);
  const seeds = [
    deflateSync(ascii('agora token payload '.repeat(20))),
    deflateSync(Uint8Array.from({ length: 300 }, (_, i) => (i * i) & 0xff)),
    deflateSync(ascii('abc'), { level: 0 }),
    deflateSync(ascii('fixed huffman block please'), { strategy: 4 }),
  ];

  const check = (bytes: Uint8Array, cap?: number): void => {
    try {
      zlibInflate(bytes, cap);
    } catch (err) {
      expect(err).toBeInstanceOf(CompressionError);
      expect(codes.has((err as CompressionError).code)).toBe(true);
    }
  };

  it('single and multiple bit flips of valid streams', () => {
    for (const seed of seeds) {
      for (let bit = 0; bit < seed.length * 8; bit++) {
        const bad = Uint8Array.from(seed);
        bad[bit >> 3]! ^= 1 << (bit & 7);
        check(bad);
        check(bad, 64);
      }
    }
    fc.assert(
      fc.property(fc.integer({ min: 0, max: seeds.length - 1 }), fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), (which, flips) => {
        const bad = Uint8Array.from(seeds[which]!);
        for (const f of flips) bad[(f >> 3) % bad.length]! ^= 1 << (f & 7);
        check(bad);
      }),
      { numRuns: 2000 },
    );
  });

  it('random bytes behind a valid header', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (body) => {
        check(Uint8Array.of(0x78, 0x9c, ...body));
        check(Uint8Array.of(0x78, 0x9c, ...body), 10);
      }),
      { numRuns: 3000 },
    );
  });

  it('raw deflate data behind a valid header with a random trailer', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.uint8Array({ minLength: 0, maxLength: 6 }), (data, tail) => {
        check(Uint8Array.of(0x78, 0x9c, ...deflateRawSync(data), ...tail));
      }),
      { numRuns: 500 },
    );
  });
});
