// The encoder's output stage: an LSB-first bit writer into a reused buffer, and
// DEFLATE blocks from LZ77 tokens chosen the way Go's compress/flate chooses them: the
// block is priced as fixed Huffman, dynamic Huffman and (when its raw bytes are still
// available and fit) stored, and the cheapest is written, with Go's tie rules. The
// dynamic price is skipped when a cheap lower bound already loses (dynamic-bound.ts).
//
// Token format: a literal is its byte value (< 256); a match is
// (length << 16) | distance, with length 4..258 and distance 1..32768.
// Codes are held as (length << 16) | bit-reversed code (see assignCodes).

import { assignCodes, buildLengths } from './huffman-code.js';
import { CODE_LENGTH_ORDER, END_OF_BLOCK, fixedLiteralLengths } from './tables.js';

const NUM_LITERALS = 286;
const NUM_DISTANCES = 30;
const MAX_STORED = 65535;
const INITIAL_OUTPUT = 4096;
/** A buffer grown past this for a large input is not kept for later calls. */
const KEEP_OUTPUT = 1 << 18;

// Output: out[0, outPos) is written; `bitCount` (< 16) more bits wait in `bitBuf`.
let out = new Uint8Array(INITIAL_OUTPUT);
let outPos = 0;
let bitBuf = 0;
let bitCount = 0;

/** Appends the low `n` (<= 16) bits of `value`. */
function putBits(value: number, n: number): void {
  bitBuf |= value << bitCount;
  bitCount += n;
  if (bitCount >= 16) {
    out[outPos++] = bitBuf;
    out[outPos++] = bitBuf >>> 8;
    bitBuf >>>= 16;
    bitCount -= 16;
  }
}

/** Appends a code held as (length << 16) | code. */
function putCode(code: number): void {
  putBits(code & 0xffff, code >>> 16);
}

/** Pads with zero bits to a byte boundary. */
function alignToByte(): void {
  for (; bitCount > 0; bitCount -= 8) {
    out[outPos++] = bitBuf;
    bitBuf >>>= 8;
  }
  bitBuf = bitCount = 0;
}

/**
 * Starts the stream for `inputLength` bytes of input: makes sure the buffer holds the
 * largest possible stream, then writes the zlib header (deflate, 32 KiB window,
 * default level). Bound: a block is never written larger than its fixed-Huffman size
 * (at most 9 bits per input byte plus 10 bits) or its stored size (input plus 5
 * bytes), blocks cover at least 16K bytes but the last, and the stream adds 11 bytes.
 */
export function startOutput(inputLength: number): void {
  const bound = inputLength + (inputLength >> 2) + 64;
  if (out.length < bound) out = new Uint8Array(bound);
  outPos = bitBuf = bitCount = 0;
  out[0] = 0x78;
  out[1] = 0x9c;
  outPos = 2;
}

/**
 * Ends the stream as Go's Close does: an empty final stored block and the big-endian
 * Adler-32. Returns a view of the stream, valid until the next startOutput.
 */
export function finishOutput(adler: number): Uint8Array {
  writeStoredBlock(out, 0, 0, true);
  for (let shift = 24; shift >= 0; shift -= 8) out[outPos++] = adler >>> shift;
  const stream = out.subarray(0, outPos);
  if (out.length > KEEP_OUTPUT) out = new Uint8Array(INITIAL_OUTPUT);
  return stream;
}

/** A stored block header (aligned) followed by `raw[start, end)`. */
function writeStoredBlock(raw: Uint8Array, start: number, end: number, final: boolean): void {
  const len = end - start;
  putBits(final ? 1 : 0, 3);
  alignToByte();
  putBits(len, 16);
  putBits(~len & 0xffff, 16);
  // Close's empty final block, on every stream, skips the view and the copy (~3% of a token payload's deflate, profiled).
  if (len === 0) return;
  out.set(raw.subarray(start, end), outPos);
  outPos += len;
}

/** Match length 3..258 → length symbol (0..28, i.e. 257..285) | extra-bit count << 8. */
export function lengthCode(length: number): number {
  const x = length - 3;
  if (x < 8) return x;
  if (x === 255) return 28;
  // Symbols 8..27 come four per power of two, with log2(x) - 2 extra bits.
  const extra = 29 - Math.clz32(x);
  return (4 + 4 * extra + ((x >>> extra) & 3)) | (extra << 8);
}

/** Distance 1..32768 → distance symbol (0..29) | extra-bit count << 8. */
export function distanceCode(distance: number): number {
  const x = distance - 1;
  if (x < 4) return x;
  // Symbols 4..29 come two per power of two, with log2(x) - 1 extra bits.
  const extra = 30 - Math.clz32(x);
  return (2 + 2 * extra + ((x >>> extra) & 1)) | (extra << 8);
}

// Fixed codes (RFC 1951 3.2.6); the literal code is canonical over all 288 symbols.
const FIXED_LITERAL = new Int32Array(288);
const FIXED_DISTANCE = new Int32Array(NUM_DISTANCES);
assignCodes(fixedLiteralLengths(), 0, 288, FIXED_LITERAL);
assignCodes(new Uint8Array(NUM_DISTANCES).fill(5), 0, NUM_DISTANCES, FIXED_DISTANCE);

// Reused between blocks and calls.
const literalFreq = new Int32Array(NUM_LITERALS);
const distanceFreq = new Int32Array(NUM_DISTANCES);
const codegenFreq = new Int32Array(19);
/** Literal then distance code lengths, concatenated as the dynamic header lists them. */
const lengths = new Uint8Array(NUM_LITERALS + NUM_DISTANCES);
const codegenLengths = new Uint8Array(19);
const codegenUsed = new Uint16Array(20);
/** The run-length coded `lengths`: symbol | repeat-field width << 5 | its value << 8. */
const codegen = new Uint16Array(NUM_LITERALS + NUM_DISTANCES);
/** Used symbols of each dynamic code, ascending, then the code's size. */
const literalUsed = new Uint16Array(NUM_LITERALS + 1);
const distanceUsed = new Uint16Array(NUM_DISTANCES + 1);
const literalCodes = new Int32Array(NUM_LITERALS);
const distanceCodes = new Int32Array(NUM_DISTANCES);
const codegenCodes = new Int32Array(19);

/**
 * A lower bound on a block's dynamic size from its histograms, the bitmap of its used
 * symbols and its token count (0 when it has none); see dynamic-bound.ts. It may stop
 * refining once it reaches `target`, the size at which dynamic codes lose. Passed in
 * rather than imported, so a bundle may leave it out.
 */
export type DynamicSizeBound = (
  literalFreq: Int32Array,
  numLiterals: number,
  distanceFreq: Int32Array,
  numDistances: number,
  extraBits: number,
  tokenCount: number,
  target: number,
  usedSymbols: Int32Array,
) => number;

/**
 * The symbols a block uses, a bit each, marked while counting them (for the bound):
 * literal/length symbol s is bit s & 31 of word s >>> 5 (words 0-8), distance symbol
 * d is bit d of word 9.
 */
const usedSymbols = new Int32Array(10);

/**
 * Writes `tokens[0, count)` plus end-of-block as one non-final block. `raw[rawStart,
 * rawEnd)` are the bytes the tokens encode, or rawStart < 0 when they are no longer
 * available (Go then never considers a stored block).
 */
export function writeTokenBlock(
  tokens: Int32Array,
  count: number,
  raw: Uint8Array,
  rawStart: number,
  rawEnd: number,
  lowerBound?: DynamicSizeBound,
): void {
  // Histograms, and the fixed code's cost (its lengths depend only on the symbol).
  // Extra bits are counted for all three encodings; Go counts them only when a
  // stored block is possible, which changes no comparison between the other two.
  literalFreq.fill(0);
  distanceFreq.fill(0);
  usedSymbols.fill(0);
  let fixedBits = 3 + 7; // header and end of block
  let extraBits = 0;
  for (let i = 0; i < count; i++) {
    const t = tokens[i]!;
    if (t < 256) {
      literalFreq[t]!++;
      usedSymbols[t >>> 5]! |= 1 << t; // a shift count is taken mod 32
      fixedBits += 8 + ((t + 112) >> 8); // 9 bits from 144 on; branch-free, bytes are random
    } else {
      const lc = lengthCode(t >>> 16);
      const dc = distanceCode(t & 0xffff);
      const symbol = 257 + (lc & 0xff);
      literalFreq[symbol]!++;
      usedSymbols[symbol >>> 5]! |= 1 << symbol;
      distanceFreq[dc & 0xff]!++;
      usedSymbols[9]! |= 1 << dc; // dc's low 5 bits are the symbol
      fixedBits += (lc & 0xff) < 23 ? 7 + 5 : 8 + 5;
      extraBits += (lc >>> 8) + (dc >>> 8);
    }
  }
  literalFreq[END_OF_BLOCK] = 1;
  usedSymbols[END_OF_BLOCK >>> 5]! |= 1 << END_OF_BLOCK;
  let numLiterals = NUM_LITERALS;
  while (literalFreq[numLiterals - 1] === 0) numLiterals--;
  let numDistances = NUM_DISTANCES;
  while (numDistances > 0 && distanceFreq[numDistances - 1] === 0) numDistances--;
  if (numDistances === 0) {
    // A dynamic header needs at least one distance code; Go counts a phantom one
    // (and prices it in the fixed and dynamic sizes too).
    distanceFreq[0] = 1;
    usedSymbols[9]! |= 1;
    numDistances = 1;
    fixedBits += 5;
  }
  fixedBits += extraBits;

  const storable = rawStart >= 0 && rawEnd - rawStart <= MAX_STORED;
  const storedBits = (rawEnd - rawStart + 5) * 8;
  // A bound at or above the fixed size, or above the stored size, means Go cannot
  // pick dynamic codes (it wants them strictly smaller): they need no pricing.
  const target = storable && storedBits < fixedBits ? storedBits + 1 : fixedBits;
  const bound = lowerBound ? lowerBound(literalFreq, numLiterals, distanceFreq, numDistances, extraBits, count, target, usedSymbols) : 0;
  const dynamicBits = bound >= target ? Infinity : dynamicSize(numLiterals, numDistances, extraBits);
  const useDynamic = dynamicBits < fixedBits;
  if (storable && storedBits < (useDynamic ? dynamicBits : fixedBits)) return writeStoredBlock(raw, rawStart, rawEnd, false);

  let literals = FIXED_LITERAL;
  let distances = FIXED_DISTANCE;
  if (useDynamic) {
    // Code values are only needed now, for the encoding actually written.
    literals = literalCodes;
    distances = distanceCodes;
    assignCodes(lengths, 0, numLiterals, literals);
    assignCodes(lengths, numLiterals, numDistances, distances);
    assignCodes(codegenLengths, 0, 19, codegenCodes);
    // BFINAL = 0, BTYPE = 10, HLIT (5 bits), HDIST (5), HCLEN (4).
    putBits(4 | ((numLiterals - 257) << 3) | ((numDistances - 1) << 8), 13);
    putBits(numCodegens - 4, 4);
    for (let i = 0; i < numCodegens; i++) putBits(codegenLengths[CODE_LENGTH_ORDER[i]!]!, 3);
    for (let i = 0; i < codegenCount; i++) {
      const entry = codegen[i]!;
      putCode(codegenCodes[entry & 31]!);
      putBits(entry >>> 8, (entry >>> 5) & 7);
    }
  } else {
    putBits(2, 3); // BFINAL = 0, BTYPE = 01
  }
  for (let i = 0; i < count; ) {
    // Literals, most of a block, with putBits' state in locals: its module variables go
    // through memory on every call (deflate 6-7% faster, A/B on Node 20).
    let buf = bitBuf;
    let bits = bitCount;
    for (let t; i < count && (t = tokens[i]!) < 256; i++) {
      const code = literals[t]!;
      buf |= (code & 0xffff) << bits;
      bits += code >>> 16;
      if (bits >= 16) {
        out[outPos++] = buf;
        out[outPos++] = buf >>> 8;
        buf >>>= 16;
        bits -= 16;
      }
    }
    bitBuf = buf;
    bitCount = bits;
    if (i === count) break;
    // A match. Its extra bits are the low bits of length - 3 and distance - 1: every
    // symbol's range starts at a multiple of its size (see lengthCode, distanceCode).
    const t = tokens[i++]!;
    const length = t >>> 16;
    const lc = lengthCode(length);
    putCode(literals[257 + (lc & 0xff)]!);
    putBits((length - 3) & ((1 << (lc >>> 8)) - 1), lc >>> 8);
    const distance = t & 0xffff;
    const dc = distanceCode(distance);
    putCode(distances[dc & 0xff]!);
    putBits((distance - 1) & ((1 << (dc >>> 8)) - 1), dc >>> 8);
  }
  putCode(literals[END_OF_BLOCK]!);
}

/**
 * Test hook: a block's dynamic size as Go prices it, and `lowerBound`'s figure for
 * it. Writes the block into the encoder's buffer on the way.
 */
export function priceBlock(tokens: Int32Array, count: number, lowerBound: DynamicSizeBound): { dynamic: number; bound: number } {
  let bound = 0;
  let dynamic = 0;
  startOutput(2 * count + 64);
  writeTokenBlock(tokens, count, new Uint8Array(0), -1, 0, (lf, nl, df, nd, extra, n, _target, used) => {
    bound = lowerBound(lf, nl, df, nd, extra, n, Infinity, used);
    dynamic = dynamicSize(nl, nd, extra);
    return 0; // price dynamic codes as usual, so the block is written whole
  });
  return { dynamic, bound };
}

/**
 * Go's dynamicSize: builds both codes' lengths (into `lengths`), the run-length coded
 * lengths (`codegen`) and their code (`codegenLengths`), and returns the block's bits.
 */
function dynamicSize(numLiterals: number, numDistances: number, extraBits: number): number {
  const bits =
    extraBits +
    buildLengths(literalFreq, numLiterals, 15, lengths, 0, literalUsed) +
    buildLengths(distanceFreq, numDistances, 15, lengths, numLiterals, distanceUsed);
  buildCodegen(numLiterals, numDistances);
  numCodegens = 19;
  while (numCodegens > 4 && codegenFreq[CODE_LENGTH_ORDER[numCodegens - 1]!] === 0) numCodegens--;
  return (
    bits +
    3 + 5 + 5 + 4 + 3 * numCodegens +
    buildLengths(codegenFreq, 19, 7, codegenLengths, 0, codegenUsed) +
    codegenFreq[16]! * 2 + codegenFreq[17]! * 3 + codegenFreq[18]! * 7
  );
}

/** Set by dynamicSize for the header writer. */
let numCodegens = 19;

/**
 * Go's run-length coding of the concatenated code lengths (lengths[0, numLiterals +
 * numDistances)) into `codegen`, counting symbols in codegenFreq. It walks the used
 * symbols, not every entry: the runs are the zero gaps between them and repeats of
 * one length. Returns the number of codegen entries.
 */
function buildCodegen(numLiterals: number, numDistances: number): number {
  codegenFreq.fill(0);
  codegenCount = 0;
  let value = 0;
  let run = 0;
  for (let part = 0; part < 2; part++) {
    const used = part === 0 ? literalUsed : distanceUsed;
    const base = part === 0 ? 0 : numLiterals;
    const size = part === 0 ? numLiterals : numDistances;
    for (let i = 0, next = 0; ; i++) {
      const sym = used[i]!; // the list ends with `size`
      if (sym > next) {
        if (value !== 0) {
          emitRun(value, run);
          value = run = 0;
        }
        run += sym - next;
      }
      if (sym === size) break;
      const len = lengths[base + sym]!;
      if (len !== value) {
        emitRun(value, run);
        value = len;
        run = 0;
      }
      run++;
      next = sym + 1;
    }
  }
  emitRun(value, run);
  return codegenCount;
}

let codegenCount = 0;

/**
 * Go's codes for `run` (>= 0) copies of `value`: a nonzero length once, then "repeat
 * previous" (16) in runs of 3..6; zeros as 18 (runs of 11..138), then 17 (3..10); what
 * is left, one by one.
 */
function emitRun(value: number, run: number): void {
  let k = codegenCount;
  if (value !== 0) {
    if (run === 0) return;
    codegen[k++] = value;
    codegenFreq[value]!++;
    run--;
    while (run >= 3) {
      const m = run < 6 ? run : 6;
      codegen[k++] = 16 | (2 << 5) | ((m - 3) << 8);
      codegenFreq[16]!++;
      run -= m;
    }
  } else {
    while (run >= 11) {
      const m = run < 138 ? run : 138;
      codegen[k++] = 18 | (7 << 5) | ((m - 11) << 8);
      codegenFreq[18]!++;
      run -= m;
    }
    if (run >= 3) {
      codegen[k++] = 17 | (3 << 5) | ((run - 3) << 8);
      codegenFreq[17]!++;
      run = 0;
    }
  }
  for (; run > 0; run--) {
    codegen[k++] = value;
    codegenFreq[value]!++;
  }
  codegenCount = k;
}
