import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLengths, listUsed } from '../../src/zlib/huffman-code.js';
import { assignLengths, huffmanLengthCounts } from '../../src/zlib/huffman-counts.js';
import { lehmerRandom } from './craft.js';

// The dynamic-size bound's second stage counts code lengths from a histogram of
// frequencies. It is only a valid lower bound if those are exactly Go's lengths:
// these tests hold it to huffman-code.ts's build, itself checked against a literal
// port of Go's loop (huffman-code.test.ts), symbol for symbol.

/** Frequencies for up to 286 symbols, many repeated (as in token payloads), totalling at most 1,025. */
const histograms = fc
  .record({
    size: fc.integer({ min: 3, max: 286 }),
    density: fc.double({ min: 0.02, max: 1, noNaN: true }),
    maxFreq: fc.constantFrom(1, 2, 3, 5, 10, 40, 400),
    skew: fc.double({ min: 0, max: 6, noNaN: true }),
    seed: fc.integer({ min: 1, max: 0x7ffffffe }),
  })
  .map((p) => {
    const random = lehmerRandom(p.seed);
    const freq = new Int32Array(286);
    let total = 0;
    for (let i = 0; i < p.size && total < 1025; i++) {
      if (random() > p.density) continue;
      const f = Math.min(1025 - total, 1 + Math.floor(Math.pow(random(), 1 + p.skew) * p.maxFreq));
      freq[i] = f;
      total += f;
    }
    return { freq, size: p.size };
  });

function compare(freq: Int32Array, size: number): void {
  const used = new Uint16Array(287);
  const count = listUsed(freq, size, used);
  if (count < 3) return;
  const expected = new Uint8Array(size);
  const expectedCost = buildLengths(freq, size, 15, expected, 0, new Uint16Array(287));
  const counts = new Int32Array(16);
  const scratch = new Int32Array(1027);
  const cost = huffmanLengthCounts(freq, used, count, scratch, counts);
  expect(cost).toBe(expectedCost);
  expect(scratch.every((v) => v === 0)).toBe(true);
  const lengths = new Uint8Array(size);
  assignLengths(freq, used, count, counts, new Int32Array(1027), lengths, 0);
  expect(Array.from(lengths)).toEqual(Array.from(expected));
}

describe('code length counts from a frequency histogram', () => {
  it("gives every symbol Go's length, and Go's cost", () => {
    fc.assert(
      fc.property(histograms, ({ freq, size }) => compare(freq, size)),
      { numRuns: 3000 },
    );
  });

  it('holds on equal frequencies, powers of two and Fibonacci weights (the deepest codes)', () => {
    const fib = [1, 1];
    while (fib.length < 15) fib.push(fib[fib.length - 1]! + fib[fib.length - 2]!);
    const cases = [
      Int32Array.from({ length: 286 }, () => 1),
      Int32Array.from({ length: 256 }, () => 4),
      Int32Array.from({ length: 3 }, (_, i) => 1 << i),
      Int32Array.from({ length: 11 }, (_, i) => 1 << i),
      Int32Array.from(fib),
      Int32Array.from({ length: 100 }, (_, i) => (i % 7 === 0 ? 9 : 1)),
    ];
    for (const freq of cases) compare(freq, freq.length);
  });

  it('declines codes deeper than 15 bits, where Go limits them', () => {
    const fib = [1, 1];
    while (fib.length < 18) fib.push(fib[fib.length - 1]! + fib[fib.length - 2]!);
    const freq = Int32Array.from(fib);
    const used = new Uint16Array(19);
    const count = listUsed(freq, freq.length, used);
    expect(huffmanLengthCounts(freq, used, count, new Int32Array(3000), new Int32Array(16))).toBe(-1);
  });
});
