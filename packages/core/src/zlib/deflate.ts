// zlib (RFC 1950) compressor whose output is byte-for-byte that of Go's
// compress/zlib NewWriter (compress/flate level 6) after one Write and Close.
//
// The LZ77 stage reproduces Go's: a 64 KiB window that slides by 32 KiB, 4-byte
// hashing into chained buckets, lazy matching with level 6's limits, the same
// match acceptance rules, and the same points at which token blocks are cut. The
// block stage lives in block-writer.ts, code construction in huffman-code.ts.
//
// All large tables are module-level and reused. Instead of clearing the 128K-entry
// hash table per call, each call starts with a position base ("hashOffset") above
// every value an earlier call stored, so stale entries read as "before the start of
// the input" — exactly how an empty slot behaves in a fresh Go writer.

import { adler32 } from './adler32.js';
import { BitWriter } from './bit-writer.js';
import { writeStoredBlock, writeTokenBlock } from './block-writer.js';
import { isUint8Array, zlibError } from './fail.js';
import { ErrorCode } from '../errors.js';

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
// Level 6.
const GOOD_LENGTH = 8;
const LAZY_LENGTH = 16;
const NICE_LENGTH = 128;
const MAX_CHAIN = 128;
/** Rebase stored positions before they could leave int32 range. */
const MAX_HASH_OFFSET = 1 << 30;
const NO_BLOCK_START = 0x7fffffff;

// Reused state. Only the window bytes in [0, windowEnd) and hash entries written during
// the current call are ever consulted.
const window = new Uint8Array(2 * WINDOW_SIZE);
/** Per hash: most recent position inserted, plus hashOffset (anything below hashOffset = none). */
const hashHead = new Int32Array(1 << HASH_BITS);
/** Per position (mod window size): previous position with the same hash, plus hashOffset. */
const hashPrev = new Int32Array(WINDOW_SIZE);
const tokens = new Int32Array(MAX_BLOCK_TOKENS + 1);
const writer = new BitWriter(1024);
let hashOffset = 1;

// Per-call state.
let index = 0; // next window position to examine
let windowEnd = 0; // bytes of valid input in the window
let blockStart = 0; // window position where the pending tokens' bytes begin
let tokenCount = 0;
let pendingLiteral = false; // window[index - 1] still has to be emitted or absorbed
let matchLength = MIN_MATCH - 1; // best match found at index - 1
let matchDistance = 0;
let chainHead = 0;

function hashAt(pos: number): number {
  const w = window;
  return Math.imul((w[pos]! << 24) | (w[pos + 1]! << 16) | (w[pos + 2]! << 8) | w[pos + 3]!, HASH_MULTIPLIER) >>> (32 - HASH_BITS);
}

function insertHash(pos: number): void {
  const h = hashAt(pos);
  hashPrev[pos & WINDOW_MASK] = hashHead[h]!;
  hashHead[h] = pos + hashOffset;
}

/** Copies input into the window, sliding it first when the cursor is deep enough. */
function fillWindow(input: Uint8Array, from: number): number {
  if (index >= SLIDE_AT) {
    window.copyWithin(0, WINDOW_SIZE, 2 * WINDOW_SIZE);
    index -= WINDOW_SIZE;
    windowEnd -= WINDOW_SIZE;
    blockStart = blockStart >= WINDOW_SIZE ? blockStart - WINDOW_SIZE : NO_BLOCK_START;
    hashOffset += WINDOW_SIZE;
    if (hashOffset > MAX_HASH_OFFSET) rebaseHashes();
  }
  const n = Math.min(window.length - windowEnd, input.length - from);
  window.set(input.subarray(from, from + n), windowEnd);
  windowEnd += n;
  return n;
}

/** Shifts stored positions down; entries that fall below the base become "none". */
function rebaseHashes(): void {
  const delta = hashOffset - 1;
  hashOffset = 1;
  chainHead -= delta;
  for (let i = 0; i < hashPrev.length; i++) hashPrev[i] = hashPrev[i]! > delta ? hashPrev[i]! - delta : 0;
  for (let i = 0; i < hashHead.length; i++) hashHead[i] = hashHead[i]! > delta ? hashHead[i]! - delta : 0;
}

/** Emits the pending tokens as a block that ends at window position `end`. */
function flushBlock(end: number): void {
  const start = blockStart;
  blockStart = end;
  if (start <= end) writeTokenBlock(writer, tokens, tokenCount, window, start, end);
  else writeTokenBlock(writer, tokens, tokenCount, window, -1, -1);
  tokenCount = 0;
}

/**
 * Longest earlier match for `pos` (at least 4 bytes; exactly 4 only within 4096 bytes),
 * walking at most MAX_CHAIN candidates from `candidate`. Returns (length << 16) |
 * distance, or 0 when nothing qualifies.
 */
function findMatch(pos: number, candidate: number, lookahead: number): number {
  const w = window;
  const maxLen = lookahead < MAX_MATCH ? lookahead : MAX_MATCH;
  const nice = maxLen < NICE_LENGTH ? maxLen : NICE_LENGTH;
  const minIndex = pos - WINDOW_SIZE;
  let best = MIN_MATCH - 1;
  let found = 0;
  let tailByte = w[pos + best]!; // a candidate must match here to beat `best`
  for (let i = candidate, tries = MAX_CHAIN; tries > 0; tries--) {
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
    i = hashPrev[i & WINDOW_MASK]! - hashOffset;
    if (i < minIndex || i < 0) break;
  }
  return found;
}

/**
 * Runs the lazy matcher over the window. Without `final` it stops while a full
 * maximum-length lookahead is still buffered (more input may follow); with `final`
 * it consumes everything and flushes the last block.
 */
function compressWindow(final: boolean): void {
  if (windowEnd - index < MIN_LOOKAHEAD && !final) return;
  const w = window;
  const maxInsert = windowEnd - (MIN_MATCH - 1);
  for (;;) {
    const lookahead = windowEnd - index;
    if (lookahead < MIN_LOOKAHEAD) {
      if (!final) return;
      if (lookahead === 0) {
        if (pendingLiteral) {
          tokens[tokenCount++] = w[index - 1]!;
          pendingLiteral = false;
        }
        if (tokenCount > 0) flushBlock(index);
        return;
      }
    }
    if (index < maxInsert) {
      const h = hashAt(index);
      chainHead = hashHead[h]!;
      hashPrev[index & WINDOW_MASK] = chainHead;
      hashHead[h] = index + hashOffset;
    }
    const prevLength = matchLength;
    const prevDistance = matchDistance;
    matchLength = MIN_MATCH - 1;
    matchDistance = 0;
    const minIndex = index > WINDOW_SIZE ? index - WINDOW_SIZE : 0;
    const candidate = chainHead - hashOffset;
    if (candidate >= minIndex && lookahead > prevLength && prevLength < LAZY_LENGTH) {
      // prevLength < LAZY_LENGTH here, and always < GOOD_LENGTH at the search's start
      // length (3), so the chain is never shortened at level 6.
      const found = findMatch(index, candidate, lookahead);
      if (found !== 0) {
        matchLength = found >>> 16;
        matchDistance = found & 0xffff;
      }
    }
    if (prevLength >= MIN_MATCH && matchLength <= prevLength) {
      // The match at index - 1 wins: emit it and hash the positions it covers.
      tokens[tokenCount++] = (prevLength << 16) | prevDistance;
      const next = index + prevLength - 1;
      for (let p = index + 1; p < next; p++) if (p < maxInsert) insertHash(p);
      index = next;
      pendingLiteral = false;
      matchLength = MIN_MATCH - 1;
      if (tokenCount === MAX_BLOCK_TOKENS) flushBlock(index);
    } else {
      if (pendingLiteral) {
        tokens[tokenCount++] = w[index - 1]!;
        if (tokenCount === MAX_BLOCK_TOKENS) flushBlock(index);
      }
      index++;
      pendingLiteral = true;
    }
  }
}

function startCall(): void {
  // Positions stored by earlier calls are < hashOffset + windowEnd; start above them.
  hashOffset += windowEnd + 1;
  if (hashOffset > MAX_HASH_OFFSET) {
    hashHead.fill(0);
    hashPrev.fill(0);
    hashOffset = 1;
  }
  index = 0;
  windowEnd = 0;
  blockStart = 0;
  tokenCount = 0;
  pendingLiteral = false;
  matchLength = MIN_MATCH - 1;
  matchDistance = 0;
  chainHead = hashOffset - 1; // "no previous occurrence"
  writer.reset();
}

/**
 * Compresses `input` into a zlib stream identical to Go's `compress/zlib` default
 * writer output (`NewWriter`, one `Write`, `Close`): header 78 9c, DEFLATE blocks
 * (all non-final), an empty final stored block, and the big-endian Adler-32.
 */
export function zlibDeflate(input: Uint8Array): Uint8Array {
  if (!isUint8Array(input)) throw zlibError(ErrorCode.InvalidArgument);
  startCall();
  writer.ensure(2);
  writer.writeBits(0x78, 8);
  writer.writeBits(0x9c, 8);
  // Go's Write loop: process what is buffered, then top the window up.
  for (let consumed = 0; consumed < input.length; ) {
    compressWindow(false);
    consumed += fillWindow(input, consumed);
  }
  // Close: drain, then the empty final stored block, then the checksum (big-endian).
  compressWindow(true);
  writeStoredBlock(writer, window, 0, 0, true);
  const sum = adler32(input);
  writer.ensure(4);
  writer.writeBits(sum >>> 24, 8);
  writer.writeBits((sum >>> 16) & 0xff, 8);
  writer.writeBits((sum >>> 8) & 0xff, 8);
  writer.writeBits(sum & 0xff, 8);
  return writer.result();
}
