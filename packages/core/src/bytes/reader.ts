import { ErrorCode, TokenParseError } from '../errors.js';

const truncated = () => new TokenParseError(ErrorCode.TokenTruncated, 'token content ends before a field it declares');

/** Little-endian reader; every read is bounds-checked and fails with ERR_TOKEN_TRUNCATED. */
export class ByteReader {
  offset: number;
  private readonly view: DataView;

  constructor(
    readonly data: Uint8Array,
    offset = 0,
  ) {
    this.offset = offset;
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  get remaining(): number {
    return this.data.length - this.offset;
  }

  private take(n: number): number {
    if (this.offset + n > this.data.length) throw truncated();
    const at = this.offset;
    this.offset += n;
    return at;
  }

  uint16(): number {
    return this.view.getUint16(this.take(2), true);
  }

  int16(): number {
    return this.view.getInt16(this.take(2), true);
  }

  uint32(): number {
    return this.view.getUint32(this.take(4), true);
  }

  /** uint16 length prefix, then that many bytes (a view, not a copy). */
  bytes(): Uint8Array {
    const n = this.uint16();
    const at = this.take(n);
    return this.data.subarray(at, at + n);
  }

  rest(): Uint8Array {
    return this.data.subarray(this.offset);
  }
}
