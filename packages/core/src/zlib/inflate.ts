// zlib (RFC 1950) / DEFLATE (RFC 1951) decoder with a hard output cap.
//
// Every failure is a CompressionError with a fixed message; nothing else is thrown.

import * as ErrorCode from '../error-codes.js';
import { CompressionError } from '../errors.js';
import { adler32 } from './adler32.js';
import { temporary } from '../bytes/workspace.js';
import { BUILD_INVALID, BUILD_OK, DecodeTable, FAST_BITS, FAST_MASK } from './decode-table.js';
import { isUint8Array, zlibError } from './fail.js';
import {
  CODE_LENGTH_ORDER,
  DIST_BASE,
  DIST_EXTRA,
  END_OF_BLOCK,
  LENGTH_BASE,
  LENGTH_EXTRA,
  MAX_CODE_BITS,
  fixedLiteralLengths,
} from './tables.js';

const DEFAULT_MAX_OUTPUT = 1 << 20;
const MIN_INITIAL_OUTPUT = 1024;
/** A grown output buffer up to this size is reused by the next call. */
const KEEP_OUTPUT_BYTES = 1 << 18;
/**
 * Output bytes between reductions of the Adler-32 sums, which may overshoot by one
 * match (258 bytes). From reduced sums, B stays below 2^31 (int32, no doubles) for
 * ~3,800 bytes of 0xff.
 */
const ADLER_REDUCE_EVERY = 2048;
const ADLER_MOD = 65521;
const EMPTY: Uint8Array = new Uint8Array(0);
let sharedOutput: Uint8Array = EMPTY;

// Tables reused by every call (inflate is synchronous, so one set suffices).
const dynamicLiterals = new DecodeTable(288);
const dynamicDistances = new DecodeTable(32);
const codeLengthTable = new DecodeTable(19);
const codeLengths = new Uint8Array(288 + 32);
const codeLengthLengths = new Uint8Array(19);
let fixedLiterals: DecodeTable | undefined;
let fixedDistances: DecodeTable | undefined;

function fixedTables(): [DecodeTable, DecodeTable] {
  if (fixedLiterals === undefined || fixedDistances === undefined) {
    const lit = new DecodeTable(288);
    lit.build(fixedLiteralLengths(), 0, 288, false);
    const dist = new DecodeTable(32);
    dist.build(new Uint8Array(32).fill(5), 0, 32, false);
    fixedLiterals = lit;
    fixedDistances = dist;
  }
  return [fixedLiterals, fixedDistances];
}

class Inflater {
  private input: Uint8Array = EMPTY;
  private pos = 0;
  /**
   * Up to 31 pending input bits, LSB first; bits above `bitCount` are zero. Never 32:
   * a value with bit 31 set needs `>>>`, whose unsigned result V8 keeps as a double;
   * a minimal decoding loop ran 2.4x slower for it (measured, Node 20).
   */
  private bitBuf = 0;
  private bitCount = 0;
  private out: Uint8Array = EMPTY;
  private outLen = 0;
  private cap = 0;
  /**
   * The Adler-32 of the output so far, summed as each byte is written: beside the
   * decoding it costs next to nothing, where a pass at the end cost a verify ~2%
   * (A/B, Node 20). The sums are reduced by `reduceAdler` before `outLen` passes
   * `reduceAt` by more than one match (258 bytes), so they stay below 2^31.
   */
  private adlerA = 1;
  private adlerB = 0;
  private reduceAt = 0;

  run(input: Uint8Array, cap: number): Uint8Array {
    this.input = input;
    this.pos = 0;
    this.bitBuf = 0;
    this.bitCount = 0;
    this.cap = cap;
    this.outLen = 0;
    this.adlerA = 1;
    this.adlerB = 0;
    this.reduceAt = ADLER_REDUCE_EVERY;
    // Decode into a buffer kept between calls, then copy out exactly what was produced.
    if (sharedOutput.length === 0) sharedOutput = new Uint8Array(MIN_INITIAL_OUTPUT);
    // Never more room than the cap: the literal fast path only checks the buffer's end.
    this.out = sharedOutput.length > cap ? sharedOutput.subarray(0, cap) : sharedOutput;
    try {
      this.header();
      let final = false;
      while (!final) {
        final = this.bits(1) === 1;
        const type = this.bits(2);
        if (type === 0) this.storedBlock();
        else if (type === 1) this.huffmanBlock(...fixedTables());
        else if (type === 2) this.dynamicBlock();
        else throw zlibError(ErrorCode.ZlibCorrupt);
      }
      this.trailer();
      const exact = temporary(this.outLen);
      exact.set(this.out.subarray(0, this.outLen));
      return exact;
    } finally {
      // Keep a grown buffer for later calls only while it is small; drop caller data.
      if (this.out.length <= KEEP_OUTPUT_BYTES && this.out.length >= sharedOutput.length) sharedOutput = this.out;
      this.input = EMPTY;
      this.out = EMPTY;
    }
  }

  private header(): void {
    const input = this.input;
    if (input.length < 2) throw zlibError(ErrorCode.ZlibTruncated);
    const cmf = input[0]!;
    const flg = input[1]!;
    if ((cmf & 0x0f) !== 8 || cmf >>> 4 > 7 || ((cmf << 8) | flg) % 31 !== 0 || (flg & 0x20) !== 0) {
      throw zlibError(ErrorCode.ZlibHeader);
    }
    this.pos = 2;
  }

  private trailer(): void {
    // Discard the partial byte, then return any whole buffered bytes to the input.
    this.pos -= this.bitCount >>> 3;
    this.bitBuf = 0;
    this.bitCount = 0;
    const input = this.input;
    const p = this.pos;
    if (input.length - p < 4) throw zlibError(ErrorCode.ZlibTruncated);
    const expected = ((input[p]! << 24) | (input[p + 1]! << 16) | (input[p + 2]! << 8) | input[p + 3]!) >>> 0;
    this.reduceAdler();
    if (((this.adlerB << 16) | this.adlerA) >>> 0 !== expected) throw zlibError(ErrorCode.ZlibChecksum);
    if (p + 4 !== input.length) throw zlibError(ErrorCode.ZlibCorrupt);
  }

  private refill(): void {
    const input = this.input;
    while (this.bitCount <= 23 && this.pos < input.length) {
      this.bitBuf |= input[this.pos++]! << this.bitCount;
      this.bitCount += 8;
    }
  }

  /** Reads `n` (0..16) bits, LSB first. */
  private bits(n: number): number {
    if (this.bitCount < n) {
      this.refill();
      if (this.bitCount < n) throw zlibError(ErrorCode.ZlibTruncated);
    }
    const value = this.bitBuf & ((1 << n) - 1);
    this.bitBuf >>= n;
    this.bitCount -= n;
    return value;
  }

  private decode(table: DecodeTable): number {
    if (this.bitCount < FAST_BITS) this.refill();
    const entry = table.fast[this.bitBuf & FAST_MASK]!;
    const len = entry >>> 16;
    if (entry !== 0 && len <= this.bitCount) {
      this.bitBuf >>= len;
      this.bitCount -= len;
      return entry & 0xffff;
    }
    return this.decodeSlow(table);
  }

  /** Bit-by-bit walk of the canonical code, for long codes, invalid codes and the stream's tail. */
  private decodeSlow(table: DecodeTable): number {
    const counts = table.counts;
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len <= MAX_CODE_BITS; len++) {
      code |= this.bits(1);
      const count = counts[len]!;
      if (code - first < count) return table.symbols[index + code - first]!;
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw zlibError(ErrorCode.ZlibCorrupt);
  }

  /** Makes room for `n` more output bytes, never growing past the cap. */
  private reserve(n: number): void {
    const needed = this.outLen + n;
    if (needed <= this.out.length) return;
    if (needed > this.cap) throw zlibError(ErrorCode.ZlibTooLarge);
    const size = Math.min(this.cap, Math.max(needed, this.out.length * 2));
    let grown: Uint8Array;
    try {
      grown = new Uint8Array(size);
    } catch (cause) {
      throw zlibError(ErrorCode.ZlibTooLarge, cause);
    }
    grown.set(this.out.subarray(0, this.outLen));
    this.out = grown;
  }

  private storedBlock(): void {
    this.bitBuf >>= this.bitCount & 7;
    this.bitCount &= ~7;
    const len = this.bits(16);
    const nlen = this.bits(16);
    if ((len ^ 0xffff) !== nlen) throw zlibError(ErrorCode.ZlibCorrupt);
    this.pos -= this.bitCount >>> 3;
    this.bitBuf = 0;
    this.bitCount = 0;
    if (this.input.length - this.pos < len) throw zlibError(ErrorCode.ZlibTruncated);
    // Go's writer ends every stream with an empty stored block: nothing to copy or sum (~2% of a verify, A/B).
    if (len === 0) return;
    this.reserve(len);
    this.out.set(this.input.subarray(this.pos, this.pos + len), this.outLen);
    this.reduceAdler();
    const adler = adler32(this.out, this.outLen, this.outLen + len, (this.adlerB << 16) | this.adlerA);
    this.adlerA = adler & 0xffff;
    this.adlerB = adler >>> 16;
    this.outLen += len;
    this.reduceAt = this.outLen + ADLER_REDUCE_EVERY;
    this.pos += len;
  }

  private dynamicBlock(): void {
    const nlit = this.bits(5) + 257;
    const ndist = this.bits(5) + 1;
    const ncode = this.bits(4) + 4;
    if (nlit > 286 || ndist > 30) throw zlibError(ErrorCode.ZlibCorrupt);

    codeLengthLengths.fill(0);
    for (let i = 0; i < ncode; i++) codeLengthLengths[CODE_LENGTH_ORDER[i]!] = this.bits(3);
    if (codeLengthTable.build(codeLengthLengths, 0, 19, false) !== BUILD_OK) throw zlibError(ErrorCode.ZlibCorrupt);

    const total = nlit + ndist;
    const lengths = codeLengths;
    let i = 0;
    while (i < total) {
      const sym = this.decode(codeLengthTable);
      if (sym < 16) {
        lengths[i++] = sym;
        continue;
      }
      let value = 0;
      let repeat: number;
      if (sym === 16) {
        if (i === 0) throw zlibError(ErrorCode.ZlibCorrupt);
        value = lengths[i - 1]!;
        repeat = 3 + this.bits(2);
      } else if (sym === 17) {
        repeat = 3 + this.bits(3);
      } else {
        repeat = 11 + this.bits(7);
      }
      if (i + repeat > total) throw zlibError(ErrorCode.ZlibCorrupt);
      lengths.fill(value, i, i + repeat);
      i += repeat;
    }
    if (lengths[END_OF_BLOCK] === 0) throw zlibError(ErrorCode.ZlibCorrupt);

    if (dynamicLiterals.build(lengths, 0, nlit, true) !== BUILD_OK) throw zlibError(ErrorCode.ZlibCorrupt);
    // An all-zero distance code is legal for a block of literals only; using it is an error.
    if (dynamicDistances.build(lengths, nlit, ndist, true) === BUILD_INVALID) throw zlibError(ErrorCode.ZlibCorrupt);
    this.huffmanBlock(dynamicLiterals, dynamicDistances);
  }

  /**
   * One block's symbols. Literals, nearly all of a token, decode with the bit
   * buffer, input position, output and checksum in locals: with them in fields, and
   * the buffer shifted by `>>>`, a 007 verify took 10-14% longer (A/B, Node 20).
   * Matches and long codes go through the fields' methods, so the locals are stored
   * before them and reloaded after.
   */
  private huffmanBlock(literals: DecodeTable, distances: DecodeTable): void {
    const distancesEmpty = isEmpty(distances);
    const fast = literals.fast;
    const input = this.input;
    const inputEnd = input.length;
    let pos = this.pos;
    let bitBuf = this.bitBuf;
    let bitCount = this.bitCount;
    let out = this.out;
    let outLen = this.outLen;
    let a = this.adlerA;
    let b = this.adlerB;
    // One check per literal covers both the buffer's end and the next reduction of the sums.
    let limit = Math.min(out.length, this.reduceAt);
    for (;;) {
      if (bitCount < 16) {
        // Two bytes at once keep at most 31 bits buffered (see bitBuf); the input's last byte alone.
        if (pos + 1 < inputEnd) {
          bitBuf |= (input[pos]! | (input[pos + 1]! << 8)) << bitCount;
          pos += 2;
          bitCount += 16;
        } else if (pos < inputEnd) {
          bitBuf |= input[pos++]! << bitCount;
          bitCount += 8;
        }
      }
      const entry = fast[bitBuf & FAST_MASK]!;
      const length = entry >> 16;
      let sym: number;
      if (entry !== 0 && length <= bitCount) {
        bitBuf >>= length;
        bitCount -= length;
        sym = entry & 0xffff;
      } else {
        this.save(pos, bitBuf, bitCount, outLen, a, b);
        sym = this.decodeSlow(literals);
        pos = this.pos;
        bitBuf = this.bitBuf;
        bitCount = this.bitCount;
      }
      if (sym < 256) {
        if (outLen >= limit) {
          this.save(pos, bitBuf, bitCount, outLen, a, b);
          this.makeRoom();
          out = this.out;
          a = this.adlerA;
          b = this.adlerB;
          limit = Math.min(out.length, this.reduceAt);
        }
        out[outLen++] = sym;
        a += sym;
        b += a;
        continue;
      }
      this.save(pos, bitBuf, bitCount, outLen, a, b);
      if (sym === END_OF_BLOCK) return;
      this.match(sym - 257, distances, distancesEmpty);
      pos = this.pos;
      bitBuf = this.bitBuf;
      bitCount = this.bitCount;
      out = this.out;
      outLen = this.outLen;
      a = this.adlerA;
      b = this.adlerB;
      limit = Math.min(out.length, this.reduceAt);
    }
  }

  private save(pos: number, bitBuf: number, bitCount: number, outLen: number, adlerA: number, adlerB: number): void {
    this.pos = pos;
    this.bitBuf = bitBuf;
    this.bitCount = bitCount;
    this.outLen = outLen;
    this.adlerA = adlerA;
    this.adlerB = adlerB;
  }

  /** Room for one more byte, with the checksum's sums reduced when due. */
  private makeRoom(): void {
    if (this.outLen >= this.reduceAt) this.reduceAdler();
    this.reserve(1);
  }

  private reduceAdler(): void {
    this.adlerA %= ADLER_MOD;
    this.adlerB %= ADLER_MOD;
    this.reduceAt = this.outLen + ADLER_REDUCE_EVERY;
  }

  /** A length/distance pair (RFC 1951 section 3.2.5): copies earlier output, overlapping or not. */
  private match(lengthSymbol: number, distances: DecodeTable, distancesEmpty: boolean): void {
    if (lengthSymbol >= 29) throw zlibError(ErrorCode.ZlibCorrupt);
    const length = LENGTH_BASE[lengthSymbol]! + this.bits(LENGTH_EXTRA[lengthSymbol]!);
    if (distancesEmpty) throw zlibError(ErrorCode.ZlibCorrupt);
    const distSym = this.decode(distances);
    if (distSym >= 30) throw zlibError(ErrorCode.ZlibCorrupt);
    const distance = DIST_BASE[distSym]! + this.bits(DIST_EXTRA[distSym]!);
    if (distance > this.outLen) throw zlibError(ErrorCode.ZlibCorrupt);
    if (this.outLen >= this.reduceAt) this.reduceAdler();
    this.reserve(length);
    const out = this.out;
    let to = this.outLen;
    let from = to - distance;
    const end = to + length;
    let a = this.adlerA;
    let b = this.adlerB;
    while (to < end) {
      const byte = out[from++]!;
      out[to++] = byte;
      a += byte;
      b += a;
    }
    this.adlerA = a;
    this.adlerB = b;
    this.outLen = end;
  }
}

function isEmpty(table: DecodeTable): boolean {
  const counts = table.counts;
  for (let len = 1; len <= MAX_CODE_BITS; len++) if (counts[len] !== 0) return false;
  return true;
}

const inflater = new Inflater();

/**
 * Decodes a zlib stream (RFC 1950 wrapping RFC 1951 DEFLATE) and checks its Adler-32.
 *
 * Throws {@link CompressionError} — and nothing else — for a bad header, a preset
 * dictionary, corrupt or truncated data, a checksum mismatch, bytes after the trailer, or
 * output that would exceed `maxOutputBytes` (checked before any allocation past the cap).
 */
export function zlibInflate(input: Uint8Array, maxOutputBytes: number = DEFAULT_MAX_OUTPUT): Uint8Array {
  if (!isUint8Array(input) || !Number.isSafeInteger(maxOutputBytes) || maxOutputBytes < 0) {
    throw zlibError(ErrorCode.InvalidArgument);
  }
  try {
    return inflater.run(input, maxOutputBytes);
  } catch (err) {
    // Defence in depth: anything unexpected still surfaces as a CompressionError.
    if (err instanceof CompressionError) throw err;
    throw zlibError(ErrorCode.ZlibCorrupt, err);
  }
}
