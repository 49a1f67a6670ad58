// DEFLATE (RFC 1951 section 3.2.5) symbol tables shared by the encoder and decoder.
// The base/extra tables are derived rather than listed (the encoder needs none of
// them; see block-writer.ts), and marked pure so a bundle that does not use them drops them.

/** Length symbols 257..285: number of extra bits (0 for the first eight and for 285). */
export const LENGTH_EXTRA = /* @__PURE__ */ Uint8Array.from({ length: 29 }, (_, s) => (s < 8 || s === 28 ? 0 : (s >> 2) - 1));

/** Length symbols 257..285: base match length. */
export const LENGTH_BASE = /* @__PURE__ */ bases(LENGTH_EXTRA, 3, 258);

/** Distance symbols 0..29: number of extra bits (0 for the first four, then two symbols per count). */
export const DIST_EXTRA = /* @__PURE__ */ Uint8Array.from({ length: 30 }, (_, s) => (s < 4 ? 0 : (s >> 1) - 1));

/** Distance symbols 0..29: base distance. */
export const DIST_BASE = /* @__PURE__ */ bases(DIST_EXTRA, 1, 0);

/** Each symbol's range follows the previous one's; `last`, if nonzero, overrides the final base. */
function bases(extra: Uint8Array, first: number, last: number): Uint16Array {
  const base = new Uint16Array(extra.length);
  for (let s = 0, next = first; s < extra.length; s++) {
    base[s] = next;
    next += 1 << extra[s]!;
  }
  if (last !== 0) base[extra.length - 1] = last;
  return base;
}

/** Order in which a dynamic block header lists the code-length code's lengths. */
export const CODE_LENGTH_ORDER = Uint8Array.of(16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15);

export const END_OF_BLOCK = 256;
export const MAX_CODE_BITS = 15;

/** Code lengths of the fixed literal/length code (288 symbols) per RFC 1951 section 3.2.6. */
export function fixedLiteralLengths(): Uint8Array {
  const lens = new Uint8Array(288);
  lens.fill(8, 0, 144);
  lens.fill(9, 144, 256);
  lens.fill(7, 256, 280);
  lens.fill(8, 280, 288);
  return lens;
}
