// Length-limited Huffman code construction, matching Go's compress/flate encoder
// exactly (same code lengths for the same frequencies), so that our DEFLATE output is
// byte-identical to Go's.
//
// Go sorts the used symbols by (frequency, symbol) — a strict total order, so any
// correct sort gives the same list — then runs a level-by-level package-merge style
// pass that caps lengths at `maxBits`, and hands the shortest codes to the most
// frequent symbols (from the end of the list). Code values are canonical (RFC 1951
// 3.2.2): by length, then by symbol.

const MAX_INT32 = 0x7fffffff;
const LEVELS = 17; // levels 0..16; Go's limit is maxBits < 16
const SYMBOL_BITS = 9; // symbols < 512 share a sort key with their frequency

// Scratch shared by all codes (construction is synchronous and never nested).
const sortKeys = new Int32Array(320);
const sortedFreq = new Int32Array(321);
const lastFreq = new Int32Array(LEVELS + 1);
const nextCharFreq = new Int32Array(LEVELS + 1);
const nextPairFreq = new Int32Array(LEVELS + 1);
const needed = new Int32Array(LEVELS + 1);
const leafCounts = new Int32Array(LEVELS * LEVELS);
const lengthCount = new Int32Array(17);
const nextCode = new Int32Array(17);

const REVERSED_BYTE = (() => {
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) {
    let r = 0;
    for (let b = 0; b < 8; b++) r |= ((i >>> b) & 1) << (7 - b);
    table[i] = r;
  }
  return table;
})();

/** `code` (of `len` bits, MSB-first as RFC 1951 defines it) in the bit order DEFLATE writes. */
export function reverseCode(code: number, len: number): number {
  return ((REVERSED_BYTE[code & 0xff]! << 8) | REVERSED_BYTE[code >>> 8]!) >>> (16 - len);
}

export class HuffmanCode {
  /** Code length per symbol (0 = unused). */
  readonly lengths: Uint8Array;
  /** Bit-reversed code per symbol, ready for an LSB-first bit writer. */
  readonly codes: Uint16Array;

  constructor(size: number) {
    this.lengths = new Uint8Array(size);
    this.codes = new Uint16Array(size);
  }

  /** Sets this code from explicit lengths (used for the fixed codes). */
  static fromLengths(lengths: Uint8Array): HuffmanCode {
    const code = new HuffmanCode(lengths.length);
    code.lengths.set(lengths);
    code.assignCodes(lengths.length);
    return code;
  }

  /** Builds the code Go builds for `freq[0, n)` with lengths capped at `maxBits`. */
  build(freq: Int32Array, n: number, maxBits: number): void {
    const lengths = this.lengths;
    let used = 0;
    for (let sym = 0; sym < n; sym++) {
      const f = freq[sym]!;
      if (f === 0) lengths[sym] = 0;
      else sortKeys[used++] = (f << SYMBOL_BITS) | sym;
    }
    if (used <= 2) {
      // One or two symbols: each gets a one-bit code.
      for (let i = 0; i < used; i++) lengths[sortKeys[i]! & ((1 << SYMBOL_BITS) - 1)] = 1;
    } else {
      sortKeysAscending(used);
      for (let i = 0; i < used; i++) sortedFreq[i] = sortKeys[i]! >>> SYMBOL_BITS;
      sortedFreq[used] = MAX_INT32;
      const levels = limitedBitCounts(used, maxBits);
      // lengthCount[b] symbols get b bits; the most frequent (end of the list) get the fewest.
      let end = used;
      for (let bits = 1; bits <= levels; bits++) {
        for (let c = lengthCount[bits]!; c > 0; c--) lengths[sortKeys[--end]! & ((1 << SYMBOL_BITS) - 1)] = bits;
      }
    }
    this.assignCodes(n);
  }

  /** Canonical code values from `lengths[0, n)`. */
  private assignCodes(n: number): void {
    const lengths = this.lengths;
    const codes = this.codes;
    lengthCount.fill(0);
    for (let sym = 0; sym < n; sym++) lengthCount[lengths[sym]!]!++;
    let code = 0;
    lengthCount[0] = 0;
    for (let bits = 1; bits <= 16; bits++) {
      code = (code + lengthCount[bits - 1]!) << 1;
      nextCode[bits] = code;
    }
    for (let sym = 0; sym < n; sym++) {
      const len = lengths[sym]!;
      codes[sym] = len === 0 ? 0 : reverseCode(nextCode[len]!++, len);
    }
  }
}

/** Sorts sortKeys[0, n) ascending: by frequency, then symbol. */
function sortKeysAscending(n: number): void {
  if (n > 24) {
    sortKeys.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const key = sortKeys[i]!;
    let j = i - 1;
    while (j >= 0 && sortKeys[j]! > key) {
      sortKeys[j + 1] = sortKeys[j]!;
      j--;
    }
    sortKeys[j + 1] = key;
  }
}

/**
 * For the `n` (>= 3) frequencies in sortedFreq (ascending, sentinel at [n]), computes how
 * many symbols get each code length, never exceeding `maxBits`: fills lengthCount[1..L]
 * and returns L. This is Go's algorithm step for step; the lengths it picks differ from
 * other length-limiting schemes, and byte-identical output depends on them.
 */
function limitedBitCounts(n: number, maxBits: number): number {
  const f = sortedFreq;
  if (maxBits > n - 1) maxBits = n - 1;
  lastFreq.fill(0);
  nextCharFreq.fill(0);
  nextPairFreq.fill(0);
  needed.fill(0);
  leafCounts.fill(0);

  // Each level starts as if it had already taken the two least frequent leaves.
  for (let lv = 1; lv <= maxBits; lv++) {
    lastFreq[lv] = f[1]!;
    nextCharFreq[lv] = f[2]!;
    nextPairFreq[lv] = f[0]! + f[1]!;
    leafCounts[lv * LEVELS + lv] = 2;
  }
  nextPairFreq[1] = MAX_INT32;
  // The top level needs 2n - 2 items in all, two of which it already has.
  needed[maxBits] = 2 * n - 4;

  let lv = maxBits;
  for (;;) {
    if (nextPairFreq[lv] === MAX_INT32 && nextCharFreq[lv] === MAX_INT32) {
      // Nothing left for this level: retire it and everything below it.
      needed[lv] = 0;
      nextPairFreq[lv + 1] = MAX_INT32;
      lv++;
      continue;
    }
    const prevFreq = lastFreq[lv]!;
    if (nextCharFreq[lv]! < nextPairFreq[lv]!) {
      // Take the next leaf.
      const taken = leafCounts[lv * LEVELS + lv]! + 1;
      lastFreq[lv] = nextCharFreq[lv]!;
      leafCounts[lv * LEVELS + lv] = taken;
      nextCharFreq[lv] = f[taken]!;
    } else {
      // Take a pair from the level below, inheriting its leaf counts; the level below
      // must then produce two more items before its next pair is known.
      lastFreq[lv] = nextPairFreq[lv]!;
      leafCounts.copyWithin(lv * LEVELS, (lv - 1) * LEVELS, (lv - 1) * LEVELS + lv);
      needed[lv - 1] = 2;
    }
    const stillNeeded = needed[lv]! - 1;
    needed[lv] = stillNeeded;
    if (stillNeeded === 0) {
      if (lv === maxBits) break;
      nextPairFreq[lv + 1] = prevFreq + lastFreq[lv]!;
      lv++;
    } else {
      while (needed[lv - 1]! > 0) lv--;
    }
  }

  const top = maxBits * LEVELS;
  for (let level = maxBits, bits = 1; level > 0; level--, bits++) {
    lengthCount[bits] = leafCounts[top + level]! - leafCounts[top + level - 1]!;
  }
  return maxBits;
}
