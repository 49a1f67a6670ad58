import { ErrorCode, InvalidInputError } from '../errors.js';

/** Little-endian writer for Agora's wire format. Grows by doubling. */
export class ByteWriter {
  private buf: Uint8Array;
  private view: DataView;
  length = 0;

  constructor(capacity = 256) {
    this.buf = new Uint8Array(capacity);
    this.view = new DataView(this.buf.buffer);
  }

  private reserve(n: number): void {
    const need = this.length + n;
    if (need <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < need) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  uint16(value: number): this {
    this.reserve(2);
    this.view.setUint16(this.length, value, true);
    this.length += 2;
    return this;
  }

  int16(value: number): this {
    this.reserve(2);
    this.view.setInt16(this.length, value, true);
    this.length += 2;
    return this;
  }

  uint32(value: number): this {
    this.reserve(4);
    this.view.setUint32(this.length, value, true);
    this.length += 4;
    return this;
  }

  raw(bytes: Uint8Array): this {
    this.reserve(bytes.length);
    this.buf.set(bytes, this.length);
    this.length += bytes.length;
    return this;
  }

  /** A uint16 length prefix, then the bytes. Longer than 65,535 bytes cannot be packed. */
  bytes(bytes: Uint8Array, parameter = 'value'): this {
    if (bytes.length > 0xffff) {
      throw new InvalidInputError(
        ErrorCode.StringTooLong,
        parameter,
        `is ${bytes.length} bytes; a packed string holds at most 65535 bytes`,
      );
    }
    return this.uint16(bytes.length).raw(bytes);
  }

  /** uint16 count, then (uint16 key, uint32 value) pairs in ascending key order. */
  uint32Map(map: ReadonlyMap<number, number>): this {
    const keys = [...map.keys()].sort((a, b) => a - b);
    this.uint16(keys.length);
    for (const key of keys) this.uint16(key).uint32(map.get(key)!);
    return this;
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}
