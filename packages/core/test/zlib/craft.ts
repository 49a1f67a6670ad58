// Helpers to hand-craft DEFLATE streams (valid and invalid) for the inflate tests.

import { adler32 } from '../../src/zlib/adler32.js';
import { DIST_BASE, DIST_EXTRA, LENGTH_BASE, LENGTH_EXTRA } from '../../src/zlib/tables.js';

/** LSB-first bit sink, as DEFLATE packs its fields. */
export class BitSink {
  private readonly out: number[] = [];
  private acc = 0;
  private n = 0;

  /** Writes `count` bits of `value`, least significant first (header fields, extra bits). */
  bits(value: number, count: number): this {
    for (let i = 0; i < count; i++) {
      this.acc |= ((value >>> i) & 1) << this.n;
      if (++this.n === 8) this.flushByte();
    }
    return this;
  }

  /** Writes a Huffman code, most significant bit first. */
  code(code: number, len: number): this {
    for (let i = len - 1; i >= 0; i--) this.bits((code >>> i) & 1, 1);
    return this;
  }

  align(): this {
    if (this.n !== 0) this.flushByte();
    return this;
  }

  bytes(data: ArrayLike<number>): this {
    this.align();
    for (let i = 0; i < data.length; i++) this.out.push(data[i]!);
    return this;
  }

  finish(): Uint8Array {
    this.align();
    return Uint8Array.from(this.out);
  }

  private flushByte(): void {
    this.out.push(this.acc);
    this.acc = 0;
    this.n = 0;
  }
}

/** Canonical code values (RFC 1951 3.2.2) for the given code lengths. */
export function canonicalCodes(lengths: readonly number[]): number[] {
  const count = new Array<number>(16).fill(0);
  for (const len of lengths) count[len]!++;
  count[0] = 0;
  const next = new Array<number>(16).fill(0);
  let code = 0;
  for (let bits = 1; bits < 16; bits++) {
    code = (code + count[bits - 1]!) << 1;
    next[bits] = code;
  }
  return lengths.map((len) => (len === 0 ? 0 : next[len]!++));
}

export const FIXED_LIT_LENGTHS: number[] = Array.from({ length: 288 }, (_, i) =>
  i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8,
);
export const FIXED_LIT_CODES = canonicalCodes(FIXED_LIT_LENGTHS);

/** Writes fixed-code literal/length symbol `sym`. */
export function fixedSym(sink: BitSink, sym: number): BitSink {
  return sink.code(FIXED_LIT_CODES[sym]!, FIXED_LIT_LENGTHS[sym]!);
}

/** A complete code-length code covering all 19 symbols: 0..12 get 4 bits, 13..18 get 5. */
export const CL_LENGTHS: number[] = Array.from({ length: 19 }, (_, i) => (i <= 12 ? 4 : 5));
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

export interface DynamicHeader {
  hlit: number; // number of literal/length lengths (257..)
  hdist: number; // number of distance lengths (1..)
  clLengths?: readonly number[]; // by code-length symbol; defaults to CL_LENGTHS
  /** Code-length symbols with their extra-bit values (for 16, 17, 18). */
  seq: ReadonlyArray<readonly [number, number?]>;
}

/** Writes BFINAL/BTYPE=2 and a dynamic header exactly as described (valid or not). */
export function dynamicHeader(sink: BitSink, final: boolean, h: DynamicHeader): BitSink {
  const cl = h.clLengths ?? CL_LENGTHS;
  sink.bits(final ? 1 : 0, 1).bits(2, 2);
  sink.bits(h.hlit - 257, 5).bits(h.hdist - 1, 5).bits(19 - 4, 4);
  for (const sym of CL_ORDER) sink.bits(cl[sym]!, 3);
  const codes = canonicalCodes(cl);
  for (const [sym, extra] of h.seq) {
    sink.code(codes[sym]!, cl[sym]!);
    if (sym === 16) sink.bits(extra ?? 0, 2);
    else if (sym === 17) sink.bits(extra ?? 0, 3);
    else if (sym === 18) sink.bits(extra ?? 0, 7);
  }
  return sink;
}

/** Code-length symbol sequence listing `lengths` one by one (no run-length codes). */
export function plainSeq(lengths: readonly number[]): Array<readonly [number]> {
  return lengths.map((len) => [len] as const);
}

/** Wraps a raw DEFLATE body in a zlib header (78 9c) and the Adler-32 of `content`. */
export function zlibWrap(raw: Uint8Array, content: Uint8Array): Uint8Array {
  const sum = adler32(content);
  const out = new Uint8Array(raw.length + 6);
  out[0] = 0x78;
  out[1] = 0x9c;
  out.set(raw, 2);
  out[raw.length + 2] = sum >>> 24;
  out[raw.length + 3] = (sum >>> 16) & 0xff;
  out[raw.length + 4] = (sum >>> 8) & 0xff;
  out[raw.length + 5] = sum & 0xff;
  return out;
}

export function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length >>> 1);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function bytesToHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

export const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** Index of the first differing byte, or -1 when equal (fast even for large arrays). */
export function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

/**
 * The LZ77 tokens of a zlib stream whose first block uses the fixed code, in the
 * encoder's format (a literal byte, or length << 16 | distance); null for any
 * other first block. Lets a test price exactly the block the encoder priced.
 */
export function firstFixedBlockTokens(stream: Uint8Array): Int32Array | null {
  let pos = 16; // bit position, after the two-byte zlib header
  const bit = () => (stream[pos >>> 3]! >>> (pos++ & 7)) & 1;
  const bits = (n: number) => {
    let v = 0;
    for (let i = 0; i < n; i++) v |= bit() << i;
    return v;
  };
  const code = (n: number, start = 0) => {
    let v = start;
    for (let i = 0; i < n; i++) v = (v << 1) | bit();
    return v;
  };
  bits(1); // BFINAL
  if (bits(2) !== 1) return null;
  const tokens: number[] = [];
  for (;;) {
    // RFC 1951 3.2.6: 7-bit codes 0..23, then 8-bit 48..199 and 192..199, then 9-bit 400..511.
    let c = code(7);
    let sym: number;
    if (c <= 23) sym = 256 + c;
    else {
      c = code(1, c);
      if (c >= 48 && c <= 191) sym = c - 48;
      else if (c >= 192 && c <= 199) sym = 280 + c - 192;
      else sym = 144 + code(1, c) - 400;
    }
    if (sym < 256) tokens.push(sym);
    else if (sym === 256) return Int32Array.from(tokens);
    else {
      const length = LENGTH_BASE[sym - 257]! + bits(LENGTH_EXTRA[sym - 257]!);
      const distSym = code(5);
      tokens.push((length << 16) | (DIST_BASE[distSym]! + bits(DIST_EXTRA[distSym]!)));
    }
  }
}

/**
 * The Lehmer generator (MINSTD, multiplier 48271) from a seed in [1, 2^31 - 2]: draws in
 * [0, 1). The product stays below 2^47, exact in a double.
 */
export function lehmerRandom(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 0x7fffffff) / 0x7fffffff;
}
