// Encodes one DEFLATE block from LZ77 tokens the way Go's compress/flate does: it
// prices the block as fixed Huffman, dynamic Huffman and (when the raw bytes are
// available and fit) stored, then writes the cheapest, with Go's tie rules.
//
// Token format: a literal is its byte value (< 256); a match is
// (length << 16) | distance, with length 4..258 and distance 1..32768.

import type { BitWriter } from './bit-writer.js';
import { HuffmanCode } from './huffman-code.js';
import {
  CODE_LENGTH_ORDER,
  DIST_BASE,
  DIST_EXTRA,
  END_OF_BLOCK,
  LENGTH_BASE,
  LENGTH_EXTRA,
  fixedLiteralLengths,
} from './tables.js';

const NUM_LITERALS = 286;
const NUM_DISTANCES = 30;
const NUM_CODEGEN = 19;
const MAX_STORED = 65535;
const END_MARK = 255; // terminates the code-length sequence

/** Length (3..258) → length symbol index (0..28). */
const LENGTH_SYMBOL = (() => {
  const table = new Uint8Array(259);
  for (let s = 0; s < 29; s++) {
    const top = s === 28 ? 258 : LENGTH_BASE[s]! + (1 << LENGTH_EXTRA[s]!) - 1;
    for (let len = LENGTH_BASE[s]!; len <= top; len++) table[len] = s;
  }
  table[258] = 28; // 258 has its own symbol (285), not 284 + 31
  return table;
})();

/** (distance - 1) < 256 → distance symbol; otherwise index by (distance - 1) >> 7, add 14. */
const DIST_SYMBOL_LOW = new Uint8Array(256);
const DIST_SYMBOL_HIGH = new Uint8Array(256);
{
  for (let s = 0; s < 30; s++) {
    const first = DIST_BASE[s]! - 1;
    const last = first + (1 << DIST_EXTRA[s]!) - 1;
    for (let d = first; d <= last; d++) {
      if (d < 256) DIST_SYMBOL_LOW[d] = s;
      else if ((d & 0x7f) === 0) DIST_SYMBOL_HIGH[d >>> 7] = s;
    }
  }
}

function distanceSymbol(distance: number): number {
  const d = distance - 1;
  return d < 256 ? DIST_SYMBOL_LOW[d]! : DIST_SYMBOL_HIGH[d >>> 7]!;
}

// Canonical over all 288 fixed symbols (286 and 287 exist in the code, just never occur).
const FIXED_LITERAL = HuffmanCode.fromLengths(fixedLiteralLengths());
const FIXED_DISTANCE = HuffmanCode.fromLengths(new Uint8Array(NUM_DISTANCES).fill(5));

// Reused between blocks and calls.
const literalFreq = new Int32Array(NUM_LITERALS);
const distanceFreq = new Int32Array(NUM_DISTANCES);
const codegenFreq = new Int32Array(NUM_CODEGEN);
const codeLengths = new Uint8Array(NUM_LITERALS + NUM_DISTANCES + 1);
const codegen = new Uint8Array(2 * (NUM_LITERALS + NUM_DISTANCES) + 1);
const literalCode = new HuffmanCode(NUM_LITERALS);
const distanceCode = new HuffmanCode(NUM_DISTANCES);
const codegenCode = new HuffmanCode(NUM_CODEGEN);

/**
 * Writes `tokens[0, count)` plus end-of-block as one non-final block. `raw[rawStart,
 * rawEnd)` are the bytes the tokens encode, or rawStart < 0 when they are no longer
 * available (Go then never considers a stored block).
 */
export function writeTokenBlock(
  w: BitWriter,
  tokens: Int32Array,
  count: number,
  raw: Uint8Array,
  rawStart: number,
  rawEnd: number,
): void {
  // Histograms.
  literalFreq.fill(0);
  distanceFreq.fill(0);
  for (let i = 0; i < count; i++) {
    const t = tokens[i]!;
    if (t < 256) {
      literalFreq[t]!++;
    } else {
      literalFreq[257 + LENGTH_SYMBOL[t >>> 16]!]!++;
      distanceFreq[distanceSymbol(t & 0xffff)]!++;
    }
  }
  literalFreq[END_OF_BLOCK] = 1;
  let numLiterals = NUM_LITERALS;
  while (literalFreq[numLiterals - 1] === 0) numLiterals--;
  let numDistances = NUM_DISTANCES;
  while (numDistances > 0 && distanceFreq[numDistances - 1] === 0) numDistances--;
  if (numDistances === 0) {
    // A dynamic header needs at least one distance code; Go counts a phantom one
    // (and prices it in the fixed and dynamic sizes too).
    distanceFreq[0] = 1;
    numDistances = 1;
  }
  literalCode.build(literalFreq, NUM_LITERALS, 15);
  distanceCode.build(distanceFreq, NUM_DISTANCES, 15);

  const storable = rawStart >= 0 && rawEnd - rawStart <= MAX_STORED;
  let extraBits = 0;
  if (storable) {
    // Extra bits cost the same in fixed and dynamic blocks; they only matter against stored.
    for (let sym = 257 + 8; sym < numLiterals; sym++) extraBits += literalFreq[sym]! * LENGTH_EXTRA[sym - 257]!;
    for (let sym = 4; sym < numDistances; sym++) extraBits += distanceFreq[sym]! * DIST_EXTRA[sym]!;
  }

  let fixedBits = 3 + extraBits;
  let dynamicBits = extraBits;
  const fixedLitLengths = FIXED_LITERAL.lengths;
  const litLengths = literalCode.lengths;
  for (let sym = 0; sym < NUM_LITERALS; sym++) {
    const f = literalFreq[sym]!;
    if (f !== 0) {
      fixedBits += f * fixedLitLengths[sym]!;
      dynamicBits += f * litLengths[sym]!;
    }
  }
  const distLengths = distanceCode.lengths;
  for (let sym = 0; sym < NUM_DISTANCES; sym++) {
    const f = distanceFreq[sym]!;
    if (f !== 0) {
      fixedBits += f * 5;
      dynamicBits += f * distLengths[sym]!;
    }
  }

  const codegenLength = buildCodegen(numLiterals, numDistances);
  codegenCode.build(codegenFreq, NUM_CODEGEN, 7);
  let numCodegens = NUM_CODEGEN;
  while (numCodegens > 4 && codegenFreq[CODE_LENGTH_ORDER[numCodegens - 1]!] === 0) numCodegens--;
  dynamicBits += 3 + 5 + 5 + 4 + 3 * numCodegens;
  dynamicBits += codegenFreq[16]! * 2 + codegenFreq[17]! * 3 + codegenFreq[18]! * 7;
  const cgLengths = codegenCode.lengths;
  for (let sym = 0; sym < NUM_CODEGEN; sym++) dynamicBits += codegenFreq[sym]! * cgLengths[sym]!;

  const useDynamic = dynamicBits < fixedBits;
  const bestHuffman = useDynamic ? dynamicBits : fixedBits;

  if (storable && (rawEnd - rawStart + 5) * 8 < bestHuffman) {
    writeStoredBlock(w, raw, rawStart, rawEnd, false);
    return;
  }

  w.ensure(count * 6 + 1024); // <= 48 bits per token, plus the header
  if (useDynamic) {
    writeDynamicHeader(w, numLiterals, numDistances, numCodegens, codegenLength);
    writeTokens(w, tokens, count, literalCode, distanceCode);
  } else {
    w.writeBits(2, 3); // BFINAL = 0, BTYPE = 01
    writeTokens(w, tokens, count, FIXED_LITERAL, FIXED_DISTANCE);
  }
}

/** A stored block header (aligned) followed by `raw[start, end)`; used empty and final by close. */
export function writeStoredBlock(w: BitWriter, raw: Uint8Array, start: number, end: number, final: boolean): void {
  const len = end - start;
  w.ensure(len + 16);
  w.writeBits(final ? 1 : 0, 3);
  w.alignToByte();
  w.writeBits(len, 16);
  w.writeBits(~len & 0xffff, 16);
  w.writeBytes(raw, start, end);
}

/**
 * Run-length codes the concatenated literal and distance code lengths into `codegen`
 * (symbol, then its extra-bit value for 16/17/18) and counts symbols in codegenFreq.
 * Returns the number of bytes used in `codegen`.
 */
function buildCodegen(numLiterals: number, numDistances: number): number {
  codegenFreq.fill(0);
  const lens = codeLengths;
  lens.set(literalCode.lengths.subarray(0, numLiterals), 0);
  lens.set(distanceCode.lengths.subarray(0, numDistances), numLiterals);
  const total = numLiterals + numDistances;
  lens[total] = END_MARK;

  let out = 0;
  let value = lens[0]!;
  let run = 1;
  for (let i = 1; value !== END_MARK; i++) {
    const next = lens[i]!;
    if (next === value) {
      run++;
      continue;
    }
    if (value !== 0) {
      // The length once, then "repeat previous" (16) in runs of 3..6.
      codegen[out++] = value;
      codegenFreq[value]!++;
      run--;
      while (run >= 3) {
        const n = run < 6 ? run : 6;
        codegen[out++] = 16;
        codegen[out++] = n - 3;
        codegenFreq[16]!++;
        run -= n;
      }
    } else {
      // Zeros: 18 for runs of 11..138, then 17 for 3..10.
      while (run >= 11) {
        const n = run < 138 ? run : 138;
        codegen[out++] = 18;
        codegen[out++] = n - 11;
        codegenFreq[18]!++;
        run -= n;
      }
      if (run >= 3) {
        codegen[out++] = 17;
        codegen[out++] = run - 3;
        codegenFreq[17]!++;
        run = 0;
      }
    }
    for (; run > 0; run--) {
      codegen[out++] = value;
      codegenFreq[value]!++;
    }
    value = next;
    run = 1;
  }
  return out;
}

function writeDynamicHeader(
  w: BitWriter,
  numLiterals: number,
  numDistances: number,
  numCodegens: number,
  codegenLength: number,
): void {
  w.writeBits(4, 3); // BFINAL = 0, BTYPE = 10
  w.writeBits(numLiterals - 257, 5);
  w.writeBits(numDistances - 1, 5);
  w.writeBits(numCodegens - 4, 4);
  const cgLengths = codegenCode.lengths;
  const cgCodes = codegenCode.codes;
  for (let i = 0; i < numCodegens; i++) w.writeBits(cgLengths[CODE_LENGTH_ORDER[i]!]!, 3);
  for (let i = 0; i < codegenLength; i++) {
    const sym = codegen[i]!;
    w.writeBits(cgCodes[sym]!, cgLengths[sym]!);
    if (sym >= 16) {
      const extra = codegen[++i]!;
      w.writeBits(extra, sym === 16 ? 2 : sym === 17 ? 3 : 7);
    }
  }
}

function writeTokens(w: BitWriter, tokens: Int32Array, count: number, lit: HuffmanCode, dist: HuffmanCode): void {
  const litCodes = lit.codes;
  const litLengths = lit.lengths;
  const distCodes = dist.codes;
  const distLengths = dist.lengths;
  const buf = w.buf;
  let pos = w.pos;
  let bits = w.bits;
  let nbits = w.nbits;
  // Invariant at each field: fewer than 16 pending bits, and a field adds at most 15.
  for (let i = 0; i < count; i++) {
    const t = tokens[i]!;
    if (t < 256) {
      bits |= litCodes[t]! << nbits;
      nbits += litLengths[t]!;
    } else {
      const length = t >>> 16;
      const ls = LENGTH_SYMBOL[length]!;
      bits |= litCodes[257 + ls]! << nbits;
      nbits += litLengths[257 + ls]!;
      if (nbits >= 16) {
        buf[pos++] = bits;
        buf[pos++] = bits >>> 8;
        bits >>>= 16;
        nbits -= 16;
      }
      bits |= (length - LENGTH_BASE[ls]!) << nbits;
      nbits += LENGTH_EXTRA[ls]!;
      if (nbits >= 16) {
        buf[pos++] = bits;
        buf[pos++] = bits >>> 8;
        bits >>>= 16;
        nbits -= 16;
      }
      const distance = t & 0xffff;
      const ds = distanceSymbol(distance);
      bits |= distCodes[ds]! << nbits;
      nbits += distLengths[ds]!;
      if (nbits >= 16) {
        buf[pos++] = bits;
        buf[pos++] = bits >>> 8;
        bits >>>= 16;
        nbits -= 16;
      }
      bits |= (distance - DIST_BASE[ds]!) << nbits;
      nbits += DIST_EXTRA[ds]!;
    }
    if (nbits >= 16) {
      buf[pos++] = bits;
      buf[pos++] = bits >>> 8;
      bits >>>= 16;
      nbits -= 16;
    }
  }
  // End of block.
  bits |= litCodes[END_OF_BLOCK]! << nbits;
  nbits += litLengths[END_OF_BLOCK]!;
  while (nbits >= 8) {
    buf[pos++] = bits;
    bits >>>= 8;
    nbits -= 8;
  }
  w.pos = pos;
  w.bits = bits;
  w.nbits = nbits;
}
