import * as ErrorCode from '../error-codes.js';
import { InvalidInputError } from '../errors.js';
import { temporary } from './workspace.js';
import { encodeUtf8Into, utf8Length } from './utf8.js';

function checkLength(length: number, parameter: string): void {
  if (length > 0xffff) {
    throw new InvalidInputError(ErrorCode.StringTooLong, parameter, `is ${length} bytes; a packed string holds at most 65535 bytes`);
  }
}

/**
 * Little-endian writer for Agora's wire format. Its buffers are temporaries
 * (see workspace.ts): inside an engine run they come from the pool, and
 * `finish()` hands out a view of them without copying.
 */
export class ByteWriter {
  private buf: Uint8Array = temporary(256);
  length = 0;

  private reserve(n: number): void {
    const need = this.length + n;
    if (need <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < need) size *= 2;
    const next = temporary(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  uint16(value: number): this {
    this.reserve(2);
    const b = this.buf;
    b[this.length++] = value;
    b[this.length++] = value >>> 8;
    return this;
  }

  /** Two's complement of a signed 16-bit value: the same bytes as uint16(value & 0xffff). */
  int16(value: number): this {
    return this.uint16(value & 0xffff);
  }

  uint32(value: number): this {
    this.reserve(4);
    const b = this.buf;
    b[this.length++] = value;
    b[this.length++] = value >>> 8;
    b[this.length++] = value >>> 16;
    b[this.length++] = value >>> 24;
    return this;
  }

  /** A uint16 length prefix, then the bytes. Longer than 65,535 bytes cannot be packed. */
  bytes(bytes: Uint8Array, parameter = 'value'): this {
    checkLength(bytes.length, parameter);
    this.uint16(bytes.length).reserve(bytes.length);
    this.buf.set(bytes, this.length);
    this.length += bytes.length;
    return this;
  }

  /**
   * A uint16 length prefix, then the UTF-8 of `value`, encoded in place (no intermediate
   * array) with room for the longest encoding, 3 bytes per UTF-16 unit; the prefix is
   * written once the length is known (no measuring pass first).
   */
  string(value: string, parameter: string): this {
    // UTF-8 takes at least a byte per UTF-16 unit: a longer string fails before any allocation.
    if (value.length > 0xffff) checkLength(utf8Length(value), parameter);
    this.reserve(2 + 3 * value.length);
    const start = this.length + 2;
    const end = encodeUtf8Into(value, this.buf, start, parameter);
    checkLength(end - start, parameter);
    this.buf[start - 2] = end - start;
    this.buf[start - 1] = (end - start) >>> 8;
    this.length = end;
    return this;
  }

  /** The bytes written: a view of the writer's temporary buffer. */
  finish(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}
