// Length-limited Huffman codes exactly as Go's compress/flate builds them (the same
// length for every symbol, ties included), which byte-identical output depends on.
//
// Go sorts the used symbols by (frequency, symbol), then runs a lazy "boundary
// package-merge": level L's list merges the leaves with pairs of consecutive items
// of level L - 1's list (a pair wins a tie; level 1 has leaves only), the top level
// (L = maxBits) takes 2n - 2 items, and the leaves taken at each level fix the
// lengths. Its lists are plain functions of the level below, so here they are built
// whole, one level at a time, and read by the same top-down trace.
//
// Building maxBits lists costs O(n * maxBits), so first the unlimited case is tried:
// a list whose pairs come from itself. That is the two-queue Huffman construction,
// and when its depth is within maxBits (nearly always, except for the 7-bit code-length
// code) Go's levels all settle on that same list, so the trace reads the same
// lengths. The tests check this against a literal port of Go's loop.

const MAX_INT32 = 0x7fffffff;
/** Items per level: at most 2 * 286 - 2. */
const STRIDE = 576;

// Scratch shared by every build (construction is synchronous and never nested).
const sorted = new Uint16Array(286); // used symbols ordered by (frequency, symbol)
const leafFreq = new Int32Array(287); // their frequencies, then a MAX_INT32 sentinel
let bucket = new Int32Array(1026); // counting sort; grown on demand
/** Pair frequencies of two adjacent levels, each list ended by MAX_INT32. */
const pairs = new Int32Array(2 * STRIDE);
/** Per level (top first), leaves among each prefix of its list. */
const leavesBefore = new Uint16Array(15 * STRIDE);
const nextCode = new Int32Array(16);

/**
 * Writes code lengths for `freq[0, n)` (capped at `maxBits`) to `lengths[at, at + n)`,
 * 0 for unused symbols, and the used symbols, ascending, to `symbols`, followed by n.
 * Returns the cost in bits, sum(freq * length).
 */
export function buildLengths(
  freq: Int32Array,
  n: number,
  maxBits: number,
  lengths: Uint8Array,
  at: number,
  symbols: Uint16Array,
): number {
  lengths.fill(0, at, at + n);
  const count = listUsed(freq, n, symbols);
  let maxFreq = 0;
  for (let i = 0; i < count; i++) if (freq[symbols[i]!]! > maxFreq) maxFreq = freq[symbols[i]!]!;
  if (count <= 2) {
    // Go: one or two symbols each get a one-bit code.
    let cost = 0;
    for (let i = 0; i < count; i++) {
      lengths[at + symbols[i]!] = 1;
      cost += freq[symbols[i]!]!;
    }
    return cost;
  }
  // Stable counting sort by frequency, so equal frequencies stay in symbol order.
  // Frequencies are at most the block's token count, so this is O(block).
  if (bucket.length < maxFreq + 2) bucket = new Int32Array(maxFreq + 2);
  bucket.fill(0, 0, maxFreq + 2);
  for (let i = 0; i < count; i++) bucket[freq[symbols[i]!]! + 1]!++;
  for (let f = 1; f <= maxFreq; f++) bucket[f]! += bucket[f - 1]!;
  for (let i = 0; i < count; i++) {
    const sym = symbols[i]!;
    const k = bucket[freq[sym]!]!++;
    sorted[k] = sym;
    leafFreq[k] = freq[sym]!;
  }
  leafFreq[count] = MAX_INT32;
  return sortedLengths(count, maxBits, lengths, at, false);
}

/** Writes the symbols in [0, n) whose frequency is nonzero to `symbols`, ascending, then n; returns how many. */
export function listUsed(freq: Int32Array, n: number, symbols: Uint16Array): number {
  let count = 0;
  for (let sym = 0; sym < n; sym++) {
    // Branch-free: which symbols are used is as good as random.
    symbols[count] = sym;
    count += -freq[sym]! >>> 31; // f > 0
  }
  symbols[count] = n;
  return count;
}

/** Lengths for the `n` (>= 3) symbols in sorted/leafFreq; `exact` skips the unlimited try (tests). */
function sortedLengths(n: number, maxBits: number, lengths: Uint8Array, at: number, exact: boolean): number {
  if (!exact) {
    mergeLevel(n, 0, 0, 0);
    const cost = trace(n, maxBits, 0, lengths, at);
    if (cost >= 0) return cost;
  }
  // Level 1 has leaves only: it reads an empty pair list.
  pairs[STRIDE] = MAX_INT32;
  for (let level = 1; level <= maxBits; level++) {
    const half = (level & 1) * STRIDE;
    mergeLevel(n, half, STRIDE - half, (maxBits - level) * STRIDE);
  }
  return trace(n, maxBits, STRIDE, lengths, at);
}

/**
 * Builds one level's list: the first 2n - 2 (fewer if both run out) of the leaves
 * merged with the pair frequencies at pairs[src...], a pair winning a tie. Records the
 * leaf counts of its prefixes in leavesBefore[row...] and its own pair frequencies
 * (sums of consecutive items) at pairs[dst...]. With src === dst a list pairs its own
 * items: the unlimited Huffman construction. Returns the list's length.
 */
function mergeLevel(n: number, src: number, dst: number, row: number): number {
  let leaf = 0;
  let pair = 0;
  let prev = 0;
  let k = 0;
  pairs[dst] = MAX_INT32;
  for (; k < 2 * n - 2; k++) {
    const p = pairs[src + pair]!;
    const f = leafFreq[leaf]!;
    if (p === MAX_INT32 && f === MAX_INT32) break;
    // Branch-free select (the choice is data-dependent): d = -1 takes the pair.
    const d = (p - f - 1) >> 31;
    const taken = (p & d) | (f & ~d);
    pair -= d;
    leaf += 1 + d;
    leavesBefore[row + k + 1] = leaf;
    if ((k & 1) !== 0) {
      pairs[dst + (k >> 1)] = prev + taken;
      pairs[dst + (k >> 1) + 1] = MAX_INT32;
    }
    prev = taken;
  }
  return k;
}

/**
 * Go's top-down trace: the top list's 2n - 2 items cover every leaf; each level below
 * uses two items per pair used above. Leaves used at depth d but not d + 1 get d bits,
 * the most frequent (end of the sorted list) the fewest. `stride` steps to the next
 * level's row (0: one self-paired list for every level). Returns the cost, or -1 when
 * the code would be deeper than maxBits.
 */
function trace(n: number, maxBits: number, stride: number, lengths: Uint8Array, at: number): number {
  let used = 2 * n - 2;
  let above = n;
  let end = n;
  let bits = 0;
  let cost = 0;
  for (let row = 0; ; row += stride) {
    const leaves = used > 0 ? leavesBefore[row + used]! : 0;
    for (; above > leaves; above--) {
      lengths[at + sorted[--end]!] = bits;
      cost += leafFreq[end]! * bits;
    }
    if (used === 0) return cost;
    used = 2 * (used - leaves);
    if (++bits > maxBits) return -1;
  }
}

/**
 * Canonical codes (RFC 1951 3.2.2) for `lengths[at, at + n)` into codes[0, n), each as
 * (length << 16) | code, the code bit-reversed for an LSB-first writer (0 if unused).
 */
export function assignCodes(lengths: Uint8Array, at: number, n: number, codes: Int32Array): void {
  nextCode.fill(0);
  for (let sym = 0; sym < n; sym++) nextCode[lengths[at + sym]!]!++;
  for (let bits = 1, code = 0; bits < 16; bits++) {
    const count = nextCode[bits]!;
    nextCode[bits] = code;
    code = (code + count) << 1;
  }
  for (let sym = 0; sym < n; sym++) {
    const len = lengths[at + sym]!;
    let reversed = 0;
    if (len !== 0) for (let c = nextCode[len]!++, k = len; k > 0; k--, c >>= 1) reversed = (reversed << 1) | (c & 1);
    codes[sym] = (len << 16) | reversed;
  }
}

/**
 * Test hook: symbols per code length ([0] unused, no trailing zeros) for the ascending
 * frequencies `freqs` (at least 3, at most 286), via the unlimited try when it fits
 * (`exact` false) or always via the level lists (`exact` true).
 */
export function codeLengthCounts(freqs: readonly number[], maxBits: number, exact: boolean): number[] {
  const n = freqs.length;
  for (let i = 0; i < n; i++) {
    sorted[i] = i;
    leafFreq[i] = freqs[i]!;
  }
  leafFreq[n] = MAX_INT32;
  const lengths = new Uint8Array(n);
  sortedLengths(n, maxBits, lengths, 0, exact);
  const counts = [0];
  for (const len of lengths) {
    while (counts.length <= len) counts.push(0);
    counts[len]!++;
  }
  return counts;
}
