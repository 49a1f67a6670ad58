import * as ErrorCode from '../error-codes.js';
import { CompressionError } from '../errors.js';

const INVALID_ARGUMENT = 'zlib: invalid argument';

// Fixed message per code: the input may be attacker-controlled, so nothing from it is
// echoed. Marked pure so that a bundle with only the encoder (which needs just
// checkInput) leaves the table out.
const MESSAGES = /* @__PURE__ */ (() => ({
  [ErrorCode.ZlibHeader]: 'zlib: invalid stream header',
  [ErrorCode.ZlibCorrupt]: 'zlib: corrupt deflate stream',
  [ErrorCode.ZlibTruncated]: 'zlib: stream ends unexpectedly',
  [ErrorCode.ZlibChecksum]: 'zlib: Adler-32 checksum mismatch',
  [ErrorCode.ZlibTooLarge]: 'zlib: output exceeds the size limit',
  [ErrorCode.InvalidArgument]: INVALID_ARGUMENT,
}))();

export type ZlibErrorCode = keyof typeof MESSAGES;

export function zlibError(code: ZlibErrorCode, cause?: unknown): CompressionError {
  return new CompressionError(code, MESSAGES[code], cause === undefined ? {} : { cause });
}

/** Throws zlibError(InvalidArgument) unless `value` is a Uint8Array. */
export function checkInput(value: unknown): asserts value is Uint8Array {
  if (!isUint8Array(value)) throw new CompressionError(ErrorCode.InvalidArgument, INVALID_ARGUMENT);
}

/** True for a Uint8Array from any realm (and its subclasses, such as Node's Buffer). */
export function isUint8Array(value: unknown): value is Uint8Array {
  return (
    value instanceof Uint8Array ||
    (ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]')
  );
}
