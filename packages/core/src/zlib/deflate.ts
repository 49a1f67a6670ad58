// zlib (RFC 1950) compressor whose output is byte-for-byte that of Go's
// compress/zlib NewWriter (compress/flate level 6) after one Write and Close.
//
// The LZ77 stage reproduces Go's: a 64 KiB window that slides by 32 KiB, 4-byte
// hashing into chained buckets, lazy matching with level 6's limits, the same
// match acceptance rules, and the same points at which token blocks are cut. The
// block stage lives in block-writer.ts, code construction in huffman-code.ts.
//
// Go hashes into 2^17 buckets. An input of up to 1 KiB is first hashed into only
// 2^12 (the top bits of the same hash), so a token payload touches a few cache
// lines instead of a 512 KiB table (a 007 build 1-5% faster in three A/B runs, Node 20). A
// bucket then holds each of Go's chains mixed with positions of other hashes,
// which cannot match (their 4 bytes differ), so the walk finds Go's match unless
// it runs out of tries; if any walk does, the input is compressed again with Go's
// buckets.
//
// All large tables are module-level and reused. Instead of clearing the 128K-entry
// hash table per call, each call starts with a position base ("hashOffset") above
// every value an earlier call stored, so stale entries read as "before the start of
// the input" — exactly how an empty slot behaves in a fresh Go writer. The chain
// links need no clearing either: a chain is only followed from positions inserted
// during the current call, and each insertion writes its link.

import { adler32 } from './adler32.js';
import { finishOutput, startOutput, writeTokenBlock, type DynamicSizeBound } from './block-writer.js';
import { dynamicSizeLowerBound } from './dynamic-bound.js';
import { checkInput } from './fail.js';
import { keep } from '../bytes/workspace.js';

const WINDOW_SIZE = 1 << 15;
const WINDOW_MASK = WINDOW_SIZE - 1;
const MIN_MATCH = 4; // Go never emits 3-byte matches
const MAX_MATCH = 258;
const MIN_LOOKAHEAD = MIN_MATCH + MAX_MATCH;
/** Once the cursor passes this, the window slides before more input is copied in. */
const SLIDE_AT = 2 * WINDOW_SIZE - MIN_LOOKAHEAD;
const HASH_BITS = 17;
const HASH_MULTIPLIER = 0x1e35a7bd;
const MAX_BLOCK_TOKENS = 1 << 14;
/** Matches of exactly MIN_MATCH bytes are only taken this close. */
const SHORT_MATCH_MAX_DISTANCE = 4096;
// Level 6. (Its "good" length, 8, which quarters the chain walk, never applies: Go
// always starts the search from length 3.)
const LAZY_LENGTH = 16;
const NICE_LENGTH = 128;
const MAX_CHAIN = 128;
/** Rebase stored positions before they could leave int32 range. */
const MAX_HASH_OFFSET = 1 << 30;
const NO_BLOCK_START = 0x7fffffff;

// Reused between calls, allocated on first use (about 0.7 MiB). Only window bytes
// written during the current call and hash entries at or above hashOffset are consulted.
let windowBuf = new Uint8Array(0);
/** Per hash: most recent position inserted, plus hashOffset (anything below hashOffset = none). */
let hashHead = new Int32Array(0);
/** Per position (mod window size): previous position with the same hash, plus hashOffset. */
let hashPrev = new Int32Array(0);
let tokens = new Int32Array(0);
let hashOffset = 1;
/** The current call's buckets: 32 minus their bits (set by encode). */
let bucketShift = 0;
/** Whether a chain walk of the current call stopped for want of tries. */
let triesRanOut = false;

/** Test hook: raises the position base (it must only grow), to reach the rebasing paths. */
export function raiseHashOffset(offset: number): void {
  if (offset > hashOffset) hashOffset = offset;
}

/**
 * Hashes positions [from, to) into the chains (`to` at most 3 before the window's
 * end), each linked to the previous position with its hash. Returns `to`.
 */
function insertHashes(w: Uint8Array, from: number, to: number, base: number): number {
  const head = hashHead;
  const links = hashPrev;
  // The 4 bytes at p as one big-endian word, rolled forward a byte at a time.
  let word = (w[from]! << 16) | (w[from + 1]! << 8) | w[from + 2]!;
  for (let p = from; p < to; p++) {
    word = (word << 8) | w[p + 3]!;
    const hash = Math.imul(word, HASH_MULTIPLIER) >>> bucketShift;
    links[p & WINDOW_MASK] = head[hash]!;
    head[hash] = p + base;
  }
  return to;
}

/**
 * Longest earlier match for `pos` (at least 4 bytes; exactly 4 only within 4096 bytes),
 * walking at most MAX_CHAIN candidates from `candidate`. Returns (length << 16) |
 * distance, or 0 when nothing qualifies. `base` is the current hashOffset.
 */
function findMatch(w: Uint8Array, pos: number, candidate: number, lookahead: number, base: number): number {
  const links = hashPrev;
  const maxLen = lookahead < MAX_MATCH ? lookahead : MAX_MATCH;
  const nice = maxLen < NICE_LENGTH ? maxLen : NICE_LENGTH;
  const minIndex = pos - WINDOW_SIZE;
  let best = MIN_MATCH - 1;
  let found = 0;
  let tailByte = w[pos + best]!; // a candidate must match here to beat `best`
  for (let i = candidate, tries = MAX_CHAIN; ; tries--) {
    if (!tries) {
      triesRanOut = true;
      break;
    }
    if (w[i + best] === tailByte) {
      let n = 0;
      while (n < maxLen && w[i + n] === w[pos + n]) n++;
      if (n > best && (n > MIN_MATCH || pos - i <= SHORT_MATCH_MAX_DISTANCE)) {
        best = n;
        found = (n << 16) | (pos - i);
        if (n >= nice) break;
        tailByte = w[pos + n]!;
      }
    }
    if (i === minIndex) break; // its chain link was overwritten by pos itself
    i = links[i & WINDOW_MASK]! - base;
    if (i < minIndex || i < 0) break;
  }
  return found;
}

/** Emits tokens[0, count) as a block whose bytes are w[start, end) (start > end: gone). */
function flushBlock(w: Uint8Array, count: number, start: number, end: number, lowerBound: DynamicSizeBound | undefined): void {
  writeTokenBlock(tokens, count, w, start <= end ? start : -1, end, lowerBound);
}

/**
 * Compresses `input` into a zlib stream identical to Go's `compress/zlib` default
 * writer output (`NewWriter`, one `Write`, `Close`): header 78 9c, DEFLATE blocks
 * (all non-final), an empty final stored block, and the big-endian Adler-32.
 */
export function zlibDeflate(input: Uint8Array): Uint8Array {
  checkInput(input);
  return keep(zlibDeflateView(input, dynamicSizeLowerBound));
}

/**
 * As zlibDeflate, but returns a view into the encoder's own buffer, valid only
 * until the next call: the token path base64-encodes it at once, which saves
 * allocating the stream (~0.7 us for a 150-byte one, measured). Without
 * `lowerBound` every block's dynamic codes are priced: the same bytes, slower,
 * and a smaller bundle (see dynamic-bound.ts). Inputs up to `narrowUpTo` bytes
 * (1 KiB) are first hashed into 2^12 buckets (see the top of the file; tests pass 0).
 * For callers that pass their own bytes: the argument is not checked.
 */
export function zlibDeflateView(input: Uint8Array, lowerBound?: DynamicSizeBound, narrowUpTo = WINDOW_SIZE >> 5): Uint8Array {
  if (input.length <= narrowUpTo) {
    const stream = encode(input, lowerBound, 20); // 2^12 buckets
    if (!triesRanOut) return stream;
  }
  return encode(input, lowerBound, 15); // Go's 2^17
}

/** zlibDeflateView with 2^(32 - shift) hash buckets. */
function encode(input: Uint8Array, lowerBound: DynamicSizeBound | undefined, shift: number): Uint8Array {
  bucketShift = shift;
  triesRanOut = false;
  if (hashHead.length === 0) {
    windowBuf = new Uint8Array(2 * WINDOW_SIZE);
    hashHead = new Int32Array(1 << HASH_BITS);
    hashPrev = new Int32Array(WINDOW_SIZE);
    tokens = new Int32Array(MAX_BLOCK_TOKENS);
  }
  if (hashOffset > MAX_HASH_OFFSET) {
    hashHead.fill(0);
    hashPrev.fill(0);
    hashOffset = 1;
  }
  startOutput(input.length);
  // An input that fits the window whole is its own window: it never slides, and
  // copying it cost ~3% of a token payload's deflate (A/B).
  const whole = input.length <= 2 * WINDOW_SIZE;
  const w = whole ? input : windowBuf;
  const head = hashHead;
  const links = hashPrev;
  let base = hashOffset;
  let consumed = whole ? input.length : 0; // input bytes copied into the window
  let end = consumed; // window bytes filled
  // Go hashes every position below end - 3 exactly once, in order, whatever the
  // matcher decides; here a position is hashed when the matcher reaches or passes it.
  // When no two positions share a link slot (an input of at most WINDOW_SIZE bytes),
  // all are hashed first in one tight loop, and a run of positions whose 4 bytes never
  // occurred before then needs no work but emitting literals (the LZ77 stage of a
  // 125-byte token payload: ~1.4 us before, ~0.85 us after, measured).
  let hashed = input.length <= WINDOW_SIZE && end >= MIN_MATCH ? insertHashes(w, 0, end - (MIN_MATCH - 1), base) : 0;
  let pos = 0; // next window position to examine
  let blockStart = 0; // window position where the pending tokens' bytes begin
  let count = 0; // pending tokens
  let pending = false; // w[pos - 1] still has to be emitted or absorbed
  let length = MIN_MATCH - 1; // best match found at pos - 1
  let distance = 0;
  let chain = base - 1; // stored head of the last hash chain: "no previous occurrence"

  // Go's Write then Close, in one loop: its Write alternates running the matcher,
  // which stops while less than a full lookahead is buffered, with topping the
  // window up (sliding it first once the cursor is deep); Close runs the matcher
  // to the end.
  for (;;) {
    if (pending && length < MIN_MATCH) {
      // Positions already hashed whose 4 bytes never occurred before: each emits the
      // byte before it. (`chain` needs no update: the next step either hashes its
      // position or is within 3 bytes of the end, where no match can start.)
      const stop = Math.min(hashed, pos + (MAX_BLOCK_TOKENS - 1 - count));
      while (pos < stop && links[pos & WINDOW_MASK]! < base) tokens[count++] = w[pos++ - 1]!;
    }
    const lookahead = end - pos;
    if (lookahead < MIN_LOOKAHEAD && consumed < input.length) {
      if (pos >= SLIDE_AT) {
        w.copyWithin(0, WINDOW_SIZE, 2 * WINDOW_SIZE);
        pos -= WINDOW_SIZE;
        end -= WINDOW_SIZE;
        hashed -= WINDOW_SIZE;
        blockStart = blockStart >= WINDOW_SIZE ? blockStart - WINDOW_SIZE : NO_BLOCK_START;
        base += WINDOW_SIZE;
        if (base > MAX_HASH_OFFSET) {
          // Shift stored positions down; entries that fall below the base become "none".
          const delta = base - 1;
          base = 1;
          chain -= delta;
          for (const table of [links, head]) table.forEach((v, i) => (table[i] = v > delta ? v - delta : 0));
        }
      }
      const n = Math.min(w.length - end, input.length - consumed);
      w.set(input.subarray(consumed, consumed + n), end);
      end += n;
      consumed += n;
      continue;
    }
    if (lookahead === 0) {
      if (pending) tokens[count++] = w[pos - 1]!;
      if (count > 0) flushBlock(w, count, blockStart, pos, lowerBound);
      break;
    }
    if (pos < end - (MIN_MATCH - 1)) {
      if (hashed <= pos) hashed = insertHashes(w, hashed, pos + 1, base);
      chain = links[pos & WINDOW_MASK]!;
    }
    const prevLength = length;
    const prevDistance = distance;
    length = MIN_MATCH - 1;
    distance = 0;
    const minIndex = pos > WINDOW_SIZE ? pos - WINDOW_SIZE : 0;
    const candidate = chain - base;
    if (candidate >= minIndex && lookahead > prevLength && prevLength < LAZY_LENGTH) {
      const found = findMatch(w, pos, candidate, lookahead, base);
      if (found !== 0) {
        length = found >>> 16;
        distance = found & 0xffff;
      }
    }
    const matched = prevLength >= MIN_MATCH && length <= prevLength;
    if (matched) {
      // The match at pos - 1 wins; the positions it covers are hashed on the next step.
      tokens[count++] = (prevLength << 16) | prevDistance;
      pos += prevLength - 1;
      pending = false;
      length = MIN_MATCH - 1;
    } else if (pending) {
      tokens[count++] = w[pos - 1]!;
    }
    if (count === MAX_BLOCK_TOKENS) {
      // A full block is cut here (for a literal, before the cursor moves on).
      flushBlock(w, count, blockStart, pos, lowerBound);
      blockStart = pos;
      count = 0;
    }
    if (!matched) {
      pos++;
      pending = true;
    }
  }
  // Positions stored by this call are below base + end: the next call starts above them.
  hashOffset = base + end + 1;
  return finishOutput(adler32(input));
}
