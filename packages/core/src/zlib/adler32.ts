// Adler-32 (RFC 1950 section 8.2), the checksum that ends every zlib stream.

const MOD = 65521;
// Largest n such that 255 * n * (n + 1) / 2 + (n + 1) * (MOD - 1) < 2^32: sums
// stay exact in a double (and in uint32) between two reductions.
const CHUNK = 5552;

/** Adler-32 of `bytes[start, end)`, continuing from `seed` (1 for a fresh checksum). */
export function adler32(bytes: Uint8Array, start = 0, end = bytes.length, seed = 1): number {
  let a = seed & 0xffff;
  let b = seed >>> 16;
  let i = start;
  while (i < end) {
    const stop = Math.min(end, i + CHUNK);
    for (; i < stop; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= MOD;
    b %= MOD;
  }
  return ((b << 16) | a) >>> 0;
}
