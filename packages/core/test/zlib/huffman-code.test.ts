import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignCodes, buildLengths, codeLengthCounts } from '../../src/zlib/huffman-code.js';

// The encoder's code lengths must be exactly those of Go's package-merge loop. The
// encoder tries the unlimited (two-queue) construction first and builds the level
// lists only when the limit binds; these tests check both against a literal port of
// Go's loop (goBitCounts below).

function checkBoth(sortedFreqs: number[], maxBits: number): void {
  const go = goBitCounts(sortedFreqs, maxBits);
  const fast = codeLengthCounts(sortedFreqs, maxBits, false);
  const exact = codeLengthCounts(sortedFreqs, maxBits, true);
  expect(fast, `freqs ${sortedFreqs.join(',')} maxBits ${maxBits}`).toEqual(go);
  expect(exact, `freqs ${sortedFreqs.join(',')} maxBits ${maxBits} (level lists)`).toEqual(go);
}

/**
 * Go's huffmanEncoder.bitCounts (compress/flate, Go 1.26), step for step, for n >= 3
 * ascending frequencies: symbols per code length ([0] unused, no trailing zeros).
 */
function goBitCounts(freqs: readonly number[], maxBits: number): number[] {
  const MAX = 0x7fffffff;
  const n = freqs.length;
  const f = [...freqs, MAX];
  if (maxBits > n - 1) maxBits = n - 1;
  const lastFreq: number[] = [];
  const nextCharFreq: number[] = [];
  const nextPairFreq: number[] = [];
  const needed: number[] = new Array(maxBits + 2).fill(0);
  // leafCounts[level][j]: leaves left of the level-j ancestor of level's rightmost node.
  const leafCounts: number[][] = Array.from({ length: maxBits + 2 }, () => new Array(maxBits + 2).fill(0));
  for (let level = 1; level <= maxBits; level++) {
    lastFreq[level] = f[1]!;
    nextCharFreq[level] = f[2]!;
    nextPairFreq[level] = level === 1 ? MAX : f[0]! + f[1]!;
    leafCounts[level]![level] = 2;
  }
  needed[0] = 0;
  needed[maxBits] = 2 * n - 4;
  let level = maxBits;
  for (;;) {
    if (nextPairFreq[level] === MAX && nextCharFreq[level] === MAX) {
      needed[level] = 0;
      nextPairFreq[level + 1] = MAX;
      level++;
      continue;
    }
    const prevFreq = lastFreq[level]!;
    if (nextCharFreq[level]! < nextPairFreq[level]!) {
      const count = leafCounts[level]![level]! + 1;
      lastFreq[level] = nextCharFreq[level]!;
      leafCounts[level]![level] = count;
      nextCharFreq[level] = f[count]!;
    } else {
      lastFreq[level] = nextPairFreq[level]!;
      for (let j = 0; j < level; j++) leafCounts[level]![j] = leafCounts[level - 1]![j]!;
      needed[level - 1] = 2;
    }
    needed[level]!--;
    if (needed[level] === 0) {
      if (level === maxBits) break;
      nextPairFreq[level + 1] = prevFreq + lastFreq[level]!;
      level++;
    } else {
      while (needed[level - 1]! > 0) level--;
    }
  }
  const counts = [0];
  let bits = 1;
  const counted = leafCounts[maxBits]!;
  for (let lv = maxBits; lv > 0; lv--) {
    counts[bits] = counted[lv]! - counted[lv - 1]!;
    bits++;
  }
  while (counts.length > 1 && counts[counts.length - 1] === 0) counts.pop();
  return counts;
}

function kraftOk(counts: number[]): boolean {
  let sum = 0;
  for (let bits = 1; bits < counts.length; bits++) sum += counts[bits]! / 2 ** bits;
  return Math.abs(sum - 1) < 1e-12;
}

describe('Huffman code lengths (Go-compatible)', () => {
  it('fast path equals package-merge exhaustively for small alphabets', () => {
    const rec = (prefix: number[], n: number, maxV: number, from: number): void => {
      if (prefix.length === n) {
        for (let maxBits = 2; maxBits <= 15; maxBits++) if (2 ** maxBits >= n) checkBoth(prefix, maxBits);
        return;
      }
      for (let v = from; v <= maxV; v++) rec([...prefix, v], n, maxV, v);
    };
    for (let n = 3; n <= 7; n++) rec([], n, 7, 1);
    for (let n = 8; n <= 11; n++) rec([], n, 3, 1);
  });

  it('fast path equals package-merge on random tables, including limited ones', () => {
    const fib = [1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181, 6765, 10946];
    const freqArb = fc.oneof(
      fc.integer({ min: 1, max: 3 }),
      fc.integer({ min: 1, max: 200 }),
      fc.constantFrom(...fib),
      fc.integer({ min: 0, max: 14 }).map((e) => 2 ** e),
    );
    fc.assert(
      fc.property(fc.array(freqArb, { minLength: 3, maxLength: 286 }), fc.constantFrom(7, 15), (freqs, maxBits) => {
        if (maxBits === 7 && freqs.length > 19) freqs = freqs.slice(0, 19);
        freqs.sort((a, b) => a - b);
        checkBoth(freqs, maxBits);
        expect(kraftOk(codeLengthCounts(freqs, maxBits, false))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('respects the length limit on Fibonacci frequencies', () => {
    const fib = [1, 1];
    while (fib.length < 30) fib.push(fib[fib.length - 1]! + fib[fib.length - 2]!);
    const counts = codeLengthCounts(fib, 15, false);
    expect(counts.length - 1).toBe(15);
    expect(kraftOk(counts)).toBe(true);
    expect(counts).toEqual(codeLengthCounts(fib, 15, true));
  });

  it('builds canonical codes (RFC 1951 3.2.2 example)', () => {
    // Symbols A..H with lengths (3, 3, 3, 3, 3, 2, 4, 4) get codes 010, 011, 100, 101, 110, 00, 1110, 1111.
    const codes = new Int32Array(8);
    assignCodes(Uint8Array.of(9, 3, 3, 3, 3, 3, 2, 4, 4), 1, 8, codes);
    const msbFirst = (sym: number): string => {
      const len = codes[sym]! >>> 16;
      let s = '';
      for (let i = 0; i < len; i++) s += (codes[sym]! >>> i) & 1;
      return s;
    };
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(msbFirst)).toEqual(['010', '011', '100', '101', '110', '00', '1110', '1111']);
  });

  it('gives one-bit codes to one or two used symbols', () => {
    const lengths = new Uint8Array(32).fill(7);
    const codes = new Int32Array(30);
    const freq = new Int32Array(30);
    const used = new Uint16Array(31);
    freq[4] = 9;
    expect(buildLengths(freq, 30, 15, lengths, 2, used)).toBe(9);
    expect(Array.from(used.subarray(0, 2))).toEqual([4, 30]);
    expect(Array.from(lengths.subarray(2, 32)).filter((len) => len !== 0)).toEqual([1]);
    expect(lengths[6]).toBe(1);
    expect([lengths[0], lengths[1]]).toEqual([7, 7]);
    freq[2] = 1;
    expect(buildLengths(freq, 30, 15, lengths, 0, used)).toBe(10);
    expect(Array.from(used.subarray(0, 3))).toEqual([2, 4, 30]);
    assignCodes(lengths, 0, 30, codes);
    expect([codes[2], codes[4]]).toEqual([(1 << 16) | 0, (1 << 16) | 1]);
  });

  it('returns the cost and lengths of a known code', () => {
    const freq = Int32Array.of(5, 0, 1, 1, 2, 0, 9);
    const lengths = new Uint8Array(7);
    const used = new Uint16Array(8);
    // Sorted (freq, sym): (1,2) (1,3) (2,4) (5,0) (9,6) -> lengths 4 4 3 2 1.
    expect(buildLengths(freq, 7, 15, lengths, 0, used)).toBe(1 * 4 + 1 * 4 + 2 * 3 + 5 * 2 + 9 * 1);
    expect(Array.from(lengths)).toEqual([2, 0, 4, 4, 3, 0, 1]);
    expect(Array.from(used.subarray(0, 6))).toEqual([0, 2, 3, 4, 6, 7]);
    // Capped at 3 bits.
    expect(buildLengths(freq, 7, 3, lengths, 0, used)).toBe(1 * 3 + 1 * 3 + 2 * 3 + 5 * 3 + 9 * 1);
    expect(Array.from(lengths)).toEqual([3, 0, 3, 3, 3, 0, 1]);
  });
});
