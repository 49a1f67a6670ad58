// DEFLATE (RFC 1951 section 3.2.5) symbol tables shared by the encoder and decoder.

/** Length symbols 257..285: base match length. */
export const LENGTH_BASE = Uint16Array.of(
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
  35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
);

/** Length symbols 257..285: number of extra bits. */
export const LENGTH_EXTRA = Uint8Array.of(
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
  3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
);

/** Distance symbols 0..29: base distance. */
export const DIST_BASE = Uint16Array.of(
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
  257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
);

/** Distance symbols 0..29: number of extra bits. */
export const DIST_EXTRA = Uint8Array.of(
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
  7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
);

/** Order in which a dynamic block header lists the code-length code's lengths. */
export const CODE_LENGTH_ORDER = Uint8Array.of(
  16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
);

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
