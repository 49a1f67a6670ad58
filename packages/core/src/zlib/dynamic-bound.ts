// A lower bound on the size of a dynamic-Huffman block, from the symbol histograms
// alone. Go prices every block as fixed, dynamic and stored and writes the cheapest;
// when even this bound loses to fixed or stored, the dynamic codes cannot win and
// need not be built, and the block comes out exactly as Go writes it.
//
// Why: on a 100-300 byte token payload the fixed code or a stored block wins by
// ~100 bits, and building the dynamic price (code lengths for up to 286 symbols, the
// run-length coded lengths, their own code) took ~1.9 us of a ~4.7 us deflate
// (measured). The bound comes in two stages. The first, below, is cheap (~0.6 us)
// and settles about three quarters of the bench's RTC payloads; the second
// (refinedBound) builds both codes' lengths from frequency histograms and settles
// the rest (all 1,024 bench payloads; ~1.1 us where it runs, against ~2.9 us for
// Go's full pricing, measured on Node 20).
//
// In the first stage, each part is at most the matching part of Go's dynamicSize (3 + 5 + 5 + 4 bits,
// 3 per code-length code length sent, the coded lengths with their extra bits, the
// data with its extra bits):
// - data: no code spends fewer bits than the entropy bound, N log2 N - sum f log2 f
//   (Shannon); a code of one or two symbols is exact (Go gives each one bit);
// - the coded lengths: which symbols are unused is known, so the runs of zeros and
//   the codes Go spends on them (0, 17, 18 and their extra bits) are exact, and a block
//   of k consecutive used symbols takes at least minCodesForBlock(k) codes (all k
//   lengths equal is the cheapest case);
// - their code: the entropy bound over those counts with every nonzero-length code
//   merged into one symbol (merging symbols or lowering a count never raises it);
// - lengths sent: a distance code of at most two symbols has 1-bit lengths, and
//   length 1 is 18th in the order the header lists them.

import type { DynamicSizeBound } from './block-writer.js';
import { assignLengths, huffmanLengthCounts } from './huffman-counts.js';
import { CODE_LENGTH_ORDER } from './tables.js';

/** Blocks with more tokens than this are not bounded (they are rarely small enough to lose to fixed). */
export const MAX_BOUNDED_TOKENS = 1024;

/** f log2 f for every count the bound meets (at most MAX_BOUNDED_TOKENS + 1). */
const F_LOG_F = /* @__PURE__ */ Float64Array.from({ length: MAX_BOUNDED_TOKENS + 2 }, (_, f) => (f > 1 ? f * Math.log2(f) : 0));
/** Taken off each entropy term so float rounding can never lift the bound past the true minimum. */
const ROUNDING = 1e-6;

// The used symbols of each code, ascending (the first stage lists them, the second reads them).
const literalUsed = new Uint16Array(286);
const distanceUsed = new Uint16Array(30);

/** Longest zero gap or block of used symbols in the header's sequence of 286 + 30 lengths. */
const MAX_RUN = 286 + 30;

/**
 * Per zero gap: the codes Go spends on it, packed as literal zeros | 17s << 10 |
 * 18s << 20 (sums over a block's gaps stay below 2^10 per field). Go codes a
 * gap as 18s of 11..138, then one 17 of 3..10, then what is left, one by one.
 */
const GAP_CODES = /* @__PURE__ */ Int32Array.from({ length: MAX_RUN + 1 }, (_, gap) => {
  let long = 0;
  for (; gap >= 11; gap -= gap < 138 ? gap : 138) long++;
  const short = gap >= 3 ? 1 : 0;
  return (short ? 0 : gap) | (short << 10) | (long << 20);
});

/**
 * The fewest codes for k equal nonzero lengths (the length, then repeats (16) of
 * 3..6, then single lengths), as the step from k - 1 to k: a block's sum is its
 * total. The bound charges every block this cheapest case.
 */
const BLOCK_STEP = /* @__PURE__ */ Int32Array.from({ length: MAX_RUN + 1 }, (_, k) => minCodesForBlock(k) - minCodesForBlock(k - 1));

function minCodesForBlock(k: number): number {
  if (k <= 0) return 0;
  const codes = equalRunCodes(k);
  return 1 + (codes & 0xff) + (codes >>> 8);
}

/**
 * Go's codes for a run of k >= 1 equal nonzero lengths after the first, which is
 * sent as itself: repeats (16) of 3..6 while 3 or more are left, then the rest one
 * by one. Returns the repeats | the single lengths << 8.
 */
function equalRunCodes(k: number): number {
  let repeats = 0;
  let left = k - 1;
  for (; left >= 3; left -= left < 6 ? left : 6) repeats++;
  return repeats | (left << 8);
}

/**
 * Bits of Go's dynamic block for these histograms are at least this. `extraBits` is
 * the block's length and distance extra bits, counted as the caller counts them;
 * `usedSymbols` marks the symbols whose count is not zero (see block-writer.ts).
 * A block of more than MAX_BOUNDED_TOKENS tokens gets 0.
 */
export const dynamicSizeLowerBound: DynamicSizeBound = (literalFreq, numLiterals, distanceFreq, numDistances, extraBits, tokenCount, target, usedSymbols) => {
  if (tokenCount > MAX_BOUNDED_TOKENS) return 0;
  let bits = 3 + 5 + 5 + 4 + extraBits;
  // Both codes' lengths form one sequence in the header: walk its used symbols.
  // Branch-free: the gaps between used symbols are as good as random (this loop ~2x
  // faster than branching on them: the whole bound 0.86 -> 0.57 us a block, measured).
  let gapCodes = 0; // packed as in GAP_CODES
  let nonzeroCodes = 0;
  let next = 0; // sequence position after the last used symbol
  let block = 0; // used symbols since the last unused one
  let usedLiterals = 0;
  let usedDistances = 0;
  let literalTotal = 0;
  let distanceTotal = 0;
  for (let part = 0; part < 2; part++) {
    const freq = part === 0 ? literalFreq : distanceFreq;
    const offset = part === 0 ? 0 : numLiterals;
    const used = part === 0 ? literalUsed : distanceUsed;
    let count = 0;
    let total = 0;
    let sumFLogF = 0;
    // The used symbols in ascending order, from the block writer's bitmap set bit by set
    // bit, not from a scan of every count (which was half of this stage: deflate 5-8% faster, A/B).
    const firstWord = part === 0 ? 0 : 9;
    for (let word = firstWord; word < firstWord + (part === 0 ? 9 : 1); word++) {
      for (let set = usedSymbols[word]!; set !== 0; set &= set - 1) {
        const sym = (word - firstWord) * 32 + 31 - Math.clz32(set & -set); // the lowest set bit
        used[count++] = sym;
        const f = freq[sym]!;
        const at = offset + sym;
        total += f;
        sumFLogF += F_LOG_F[f]!;
        const gap = at - next;
        gapCodes += GAP_CODES[gap]!;
        block = (block & ((gap - 1) >> 31)) + 1; // restarts after a gap
        nonzeroCodes += BLOCK_STEP[block]!;
        next = at + 1;
      }
    }
    bits += count <= 2 ? total : Math.ceil(F_LOG_F[total]! - sumFLogF - ROUNDING);
    if (part === 0) {
      usedLiterals = count;
      literalTotal = total;
    } else {
      usedDistances = count;
      distanceTotal = total;
    }
  }
  const zeroCodes = gapCodes & 0x3ff;
  const shortZeroRuns = (gapCodes >>> 10) & 0x3ff; // code 17, 3 extra bits
  const longZeroRuns = gapCodes >>> 20; // code 18, 7 extra bits
  bits += 3 * shortZeroRuns + 7 * longZeroRuns + 3 * (usedDistances <= 2 ? 18 : 4);
  const codes = zeroCodes + shortZeroRuns + longZeroRuns + nonzeroCodes;
  const first =
    bits +
    Math.ceil(F_LOG_F[codes]! - F_LOG_F[zeroCodes]! - F_LOG_F[shortZeroRuns]! - F_LOG_F[longZeroRuns]! - F_LOG_F[nonzeroCodes]! - ROUNDING);
  if (first >= target) return first;
  const second = refinedBound(
    literalFreq,
    numLiterals,
    distanceFreq,
    usedLiterals,
    usedDistances,
    literalTotal,
    distanceTotal,
    extraBits,
    zeroCodes,
    shortZeroRuns,
    longZeroRuns,
  );
  return second > first ? second : first;
};

// Second stage, for blocks the first leaves unsettled (a quarter of the bench's
// token payloads): both codes exactly as Go builds them, from their frequency
// histograms (huffman-counts.ts, a fraction of a full build), so the data bits,
// the header's run-length coded lengths and their count are exact; only the
// code-length code is bounded, by the entropy of its symbol counts. The first
// stage merges all nonzero lengths into one code-length symbol, which costs it
// ~120 bits on a token payload, whose literal code spreads over four or five lengths.

const lengths = new Uint8Array(286 + 30);
const lengthCounts = new Int32Array(16);
const codegenCounts = new Int32Array(19);
// Indexed by frequency: class sizes (kept zero between uses), and places.
const frequencyScratch = new Int32Array(MAX_BOUNDED_TOKENS + 2);
const nextPlace = new Int32Array(MAX_BOUNDED_TOKENS + 2);
/** Each code-length code symbol's position in the header's list of their lengths. */
const ORDER_POSITION = /* @__PURE__ */ Uint8Array.from({ length: 19 }, (_, v) => CODE_LENGTH_ORDER.indexOf(v));

/**
 * A bound from the exact codes (0 where they are not the unlimited Huffman codes
 * built here, which cannot happen below MAX_BOUNDED_TOKENS: a 16-bit deep code
 * needs a total frequency of at least 1,597, the 17th Fibonacci number).
 */
function refinedBound(
  literalFreq: Int32Array,
  numLiterals: number,
  distanceFreq: Int32Array,
  usedLiterals: number,
  usedDistances: number,
  literalTotal: number,
  distanceTotal: number,
  extraBits: number,
  zeroCodes: number,
  shortZeroRuns: number,
  longZeroRuns: number,
): number {
  let bits = 3 + 5 + 5 + 4 + extraBits + 3 * shortZeroRuns + 7 * longZeroRuns;
  for (let part = 0; part < 2; part++) {
    const count = part === 0 ? usedLiterals : usedDistances;
    const freq = part === 0 ? literalFreq : distanceFreq;
    const used = part === 0 ? literalUsed : distanceUsed;
    const at = part === 0 ? 0 : numLiterals;
    if (count <= 2) {
      // Go gives one or two symbols one bit each.
      for (let i = 0; i < count; i++) lengths[at + used[i]!] = 1;
      bits += part === 0 ? literalTotal : distanceTotal;
      continue;
    }
    lengthCounts.fill(0);
    const cost = huffmanLengthCounts(freq, used, count, frequencyScratch, lengthCounts);
    if (cost < 0) return 0;
    assignLengths(freq, used, count, lengthCounts, nextPlace, lengths, at);
    bits += cost;
  }
  // The header's code-length symbols: zeros and zero runs as the first stage
  // counted them; each run of one nonzero length among adjacent used symbols as
  // Go codes it (the length, then repeats (16) of 3..6, then single lengths).
  codegenCounts.fill(0);
  codegenCounts[0] = zeroCodes;
  codegenCounts[17] = shortZeroRuns;
  codegenCounts[18] = longZeroRuns;
  let runLength = 0;
  let runStart = -1;
  let runEnd = -1; // sequence position after the run
  for (let part = 0; part < 2; part++) {
    const count = part === 0 ? usedLiterals : usedDistances;
    const used = part === 0 ? literalUsed : distanceUsed;
    const at = part === 0 ? 0 : numLiterals;
    for (let i = 0; i < count; i++) {
      const position = at + used[i]!;
      if (position === runEnd && lengths[position] === lengths[runStart]) {
        runEnd++;
        runLength++;
        continue;
      }
      if (runLength > 0) countRun(lengths[runStart]!, runLength);
      runStart = position;
      runEnd = position + 1;
      runLength = 1;
    }
  }
  if (runLength > 0) countRun(lengths[runStart]!, runLength);
  bits += 2 * codegenCounts[16]!;
  let numCodegens = 4;
  let codes = 0;
  let sumFLogF = 0;
  for (let symbol = 0; symbol < 19; symbol++) {
    const n = codegenCounts[symbol]!;
    if (n === 0) continue;
    codes += n;
    sumFLogF += F_LOG_F[n]!;
    if (ORDER_POSITION[symbol]! >= numCodegens) numCodegens = ORDER_POSITION[symbol]! + 1;
  }
  return bits + 3 * numCodegens + Math.ceil(F_LOG_F[codes]! - sumFLogF - ROUNDING);
}

/** Counts Go's codes for a run of `run` equal nonzero lengths (see equalRunCodes). */
function countRun(length: number, run: number): void {
  const codes = equalRunCodes(run);
  codegenCounts[16]! += codes & 0xff;
  codegenCounts[length]! += 1 + (codes >>> 8);
}
