// How many symbols get each code length in Go's Huffman code, and the code's cost,
// from a histogram of frequencies (how many symbols occur f times) instead of the
// symbols themselves: what the dynamic-size bound needs, at a fraction of a full
// build (huffman-code.ts) when most frequencies repeat, as in a token payload,
// where most bytes occur once.
//
// It runs huffman-code.ts's unlimited construction (one list whose pairs come from
// itself, a pair winning a tie) on runs of equal items: a run of leaves of one
// frequency, or of pairs of one weight, is taken whole, because nothing it creates
// can come before its own end (a new pair outweighs the items that made it). The
// list is kept as runs of leaves or pairs, which is all the trace reads.

const MAX_RUNS = 2048;

// Leaf classes of the last call, ascending: frequency and how many symbols have it.
const classFreq = new Int32Array(287);
const classSize = new Int32Array(287);
let classes = 0;
// The pair queue, as runs of equal weight (FIFO).
const queueWeight = new Float64Array(MAX_RUNS);
const queueSize = new Int32Array(MAX_RUNS);
// The list, as runs: where each ends (items, and leaves among them).
const runItems = new Int32Array(MAX_RUNS);
const runLeaves = new Int32Array(MAX_RUNS);

/**
 * For the frequencies `freq[symbols[i]]`, i < count (count >= 3, each > 0),
 * writes to `counts[1..15]` the number of symbols Go's code gives each length
 * (adding to what is there) and returns the code's cost, sum(freq * length); or
 * -1 when the unlimited code is deeper than 15 bits, where Go's differs.
 * `scratch` must be zero on entry for indices up to the largest frequency, and is
 * left so.
 */
export function huffmanLengthCounts(freq: Int32Array, symbols: Uint16Array, count: number, scratch: Int32Array, counts: Int32Array): number {
  let maxFreq = 0;
  for (let i = 0; i < count; i++) {
    const f = freq[symbols[i]!]!;
    scratch[f]!++;
    if (f > maxFreq) maxFreq = f;
  }
  classes = 0;
  for (let f = 1; f <= maxFreq; f++) {
    const size = scratch[f]!;
    if (size === 0) continue;
    scratch[f] = 0;
    classFreq[classes] = f;
    classSize[classes++] = size;
  }

  // The list: 2 * count - 2 items, merged from leaves and pairs (a pair wins a tie).
  const total = 2 * count - 2;
  let taken = 0;
  let runs = 0;
  let leavesTaken = 0;
  let head = 0;
  let tail = 0;
  let dangling = 0; // weight of an item still waiting for its partner, or 0
  let leafClass = 0;
  let leavesLeft = classSize[0]!;
  while (taken < total) {
    const f = leafClass < classes ? classFreq[leafClass]! : Infinity;
    const p = head < tail ? queueWeight[head]! : Infinity;
    let weight: number;
    let k: number;
    if (p <= f) {
      weight = p;
      k = Math.min(queueSize[head]!, total - taken);
      if ((queueSize[head]! -= k) === 0) head++;
    } else {
      weight = f;
      k = Math.min(leavesLeft, total - taken);
      leavesTaken += k;
      if ((leavesLeft -= k) === 0) leavesLeft = classSize[++leafClass]!;
    }
    taken += k;
    runItems[runs] = taken;
    runLeaves[runs++] = leavesTaken;
    // Consecutive items pair up: the waiting one with the first, then two by two.
    if (dangling !== 0) {
      tail = pushPairs(head, tail, dangling + weight, 1);
      dangling = 0;
      k--;
    }
    if (k >= 2) tail = pushPairs(head, tail, 2 * weight, k >> 1);
    if ((k & 1) !== 0) dangling = weight;
    if (runs >= MAX_RUNS || tail >= MAX_RUNS) return -1; // not met by any block of the sizes bounded
  }

  // Go's trace (huffman-code.ts), on runs: leaves among the first `used` items.
  let cost = 0;
  let used = total;
  let above = count;
  let run = runs - 1;
  let classIndex = classes - 1;
  let classLeft = classSize[classIndex]!;
  for (let bits = 0; ; bits++) {
    if (bits > 15) return -1; // items are left below the 15th level
    let leaves = 0;
    if (used > 0) {
      while (run > 0 && runItems[run - 1]! >= used) run--;
      const before = run > 0 ? runItems[run - 1]! : 0;
      const leavesBefore = run > 0 ? runLeaves[run - 1]! : 0;
      leaves = runLeaves[run]! > leavesBefore ? leavesBefore + (used - before) : leavesBefore;
    }
    // The `above - leaves` most frequent leaves not yet placed get `bits` bits.
    let placed = above - leaves;
    counts[bits]! += placed;
    while (placed > 0) {
      const n = Math.min(placed, classLeft);
      cost += n * classFreq[classIndex]! * bits;
      placed -= n;
      if ((classLeft -= n) === 0 && classIndex > 0) classLeft = classSize[--classIndex]!;
    }
    above = leaves;
    if (used === 0) return cost;
    used = 2 * (used - leaves);
  }
}

/** Appends `size` pairs of `weight` to the queue [head, tail), joining its last run when equal. */
function pushPairs(head: number, tail: number, weight: number, size: number): number {
  if (tail > head && queueWeight[tail - 1] === weight) {
    queueSize[tail - 1]! += size;
    return tail;
  }
  queueWeight[tail] = weight;
  queueSize[tail] = size;
  return tail + 1;
}

/**
 * After huffmanLengthCounts for the same code (its `counts` alone, filled from
 * zero): writes each used symbol's length to `lengths[at + symbol]`. Go's
 * sorted order is by frequency, then symbol, and the most frequent get the
 * shortest codes, so the ith symbol of a frequency gets the length of its place
 * in that order. `next` is scratch indexed by frequency.
 */
export function assignLengths(
  freq: Int32Array,
  symbols: Uint16Array,
  count: number,
  counts: Int32Array,
  next: Int32Array,
  lengths: Uint8Array,
  at: number,
): void {
  for (let j = 0, position = 0; j < classes; j++) {
    next[classFreq[j]!] = position;
    position += classSize[j]!;
  }
  // Each place's length: the last counts[b] places not yet given one get b bits,
  // shortest first (a table: branching per symbol on its length cost ~2x, measured).
  for (let b = 1, end = count; b <= 15; b++) {
    const n = counts[b]!;
    if (n === 0) continue;
    placeLength.fill(b, end - n, end);
    end -= n;
  }
  for (let i = 0; i < count; i++) {
    const symbol = symbols[i]!;
    lengths[at + symbol] = placeLength[next[freq[symbol]!]!++]!;
  }
}

const placeLength = new Uint8Array(286);
