// Canonical Huffman decoding tables (RFC 1951 section 3.2.2) for the inflater.

import { MAX_CODE_BITS } from './tables.js';

/** Codes up to this many bits resolve with one table look-up; longer ones walk the canonical code. */
export const FAST_BITS = 10;
export const FAST_MASK = (1 << FAST_BITS) - 1;

/** Build result: a complete prefix code, or a single one-bit code (allowed for literal and distance codes). */
export const BUILD_OK = 0;
/** Build result: every length is zero, no symbol can be decoded. */
export const BUILD_EMPTY = 1;
/** Build result: over-subscribed, or incomplete where that is not allowed. */
export const BUILD_INVALID = 2;

export class DecodeTable {
  /** counts[len]: number of symbols whose code has `len` bits. */
  readonly counts = new Uint16Array(MAX_CODE_BITS + 1);
  /** Symbols ordered by (code length, symbol value): the canonical code order. */
  readonly symbols: Uint16Array;
  /** Indexed by the next FAST_BITS input bits (LSB first): (length << 16) | symbol, or 0 for "not here". */
  readonly fast = new Int32Array(1 << FAST_BITS);
  private readonly offsets = new Uint16Array(MAX_CODE_BITS + 2);

  constructor(maxSymbols: number) {
    this.symbols = new Uint16Array(maxSymbols);
  }

  /**
   * Builds the table for `lengths[start, start + n)`. `allowSingle` permits the one
   * incomplete code RFC 1951 streams use: exactly one symbol, with a one-bit code.
   */
  build(lengths: Uint8Array, start: number, n: number, allowSingle: boolean): number {
    const counts = this.counts;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[lengths[start + i]!]!++;
    if (counts[0] === n) return BUILD_EMPTY;

    let left = 1;
    for (let len = 1; len <= MAX_CODE_BITS; len++) {
      left = (left << 1) - counts[len]!;
      if (left < 0) return BUILD_INVALID;
    }
    if (left > 0 && !(allowSingle && counts[1] === 1 && n - counts[0]! === 1)) return BUILD_INVALID;

    const offsets = this.offsets;
    offsets[1] = 0;
    for (let len = 1; len <= MAX_CODE_BITS; len++) offsets[len + 1] = offsets[len]! + counts[len]!;
    const symbols = this.symbols;
    for (let sym = 0; sym < n; sym++) {
      const len = lengths[start + sym]!;
      if (len !== 0) symbols[offsets[len]!++] = sym;
    }

    // Fast table: walk symbols in canonical order, tracking the canonical code value.
    const fast = this.fast;
    fast.fill(0);
    let code = 0;
    let k = 0;
    for (let len = 1; len <= FAST_BITS; len++) {
      for (let c = counts[len]!; c > 0; c--, k++) {
        const entry = (len << 16) | symbols[k]!;
        for (let idx = reverseBits(code, len); idx <= FAST_MASK; idx += 1 << len) fast[idx] = entry;
        code++;
      }
      code <<= 1;
    }
    return BUILD_OK;
  }
}

function reverseBits(value: number, width: number): number {
  let out = 0;
  for (let i = 0; i < width; i++) {
    out = (out << 1) | (value & 1);
    value >>>= 1;
  }
  return out;
}
