// LSB-first bit output into a growable byte buffer that is reused between calls.

export class BitWriter {
  buf: Uint8Array;
  pos = 0;
  /** Pending bits (fewer than 8 between calls), LSB first. */
  bits = 0;
  nbits = 0;

  constructor(initialSize: number) {
    this.buf = new Uint8Array(initialSize);
  }

  reset(): void {
    this.pos = 0;
    this.bits = 0;
    this.nbits = 0;
  }

  /** Guarantees room for `n` more bytes. */
  ensure(n: number): void {
    const needed = this.pos + n + 8;
    if (needed <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(needed, this.buf.length * 2));
    grown.set(this.buf.subarray(0, this.pos));
    this.buf = grown;
  }

  /** Appends the low `n` (<= 16) bits of `value`. Capacity must have been ensured. */
  writeBits(value: number, n: number): void {
    let bits = this.bits | (value << this.nbits);
    let nbits = this.nbits + n;
    if (nbits >= 16) {
      const buf = this.buf;
      buf[this.pos] = bits;
      buf[this.pos + 1] = bits >>> 8;
      this.pos += 2;
      bits >>>= 16;
      nbits -= 16;
    }
    if (nbits >= 8) {
      this.buf[this.pos++] = bits;
      bits >>>= 8;
      nbits -= 8;
    }
    this.bits = bits;
    this.nbits = nbits;
  }

  /** Pads with zero bits to a byte boundary. */
  alignToByte(): void {
    if (this.nbits > 0) this.buf[this.pos++] = this.bits;
    this.bits = 0;
    this.nbits = 0;
  }

  /** Appends `src[start, end)`; the writer must be byte-aligned. */
  writeBytes(src: Uint8Array, start: number, end: number): void {
    this.buf.set(src.subarray(start, end), this.pos);
    this.pos += end - start;
  }

  /** A copy of everything written (after aligning). */
  result(): Uint8Array {
    this.alignToByte();
    return this.buf.slice(0, this.pos);
  }
}
