/**
 * Every failure agorakey reports is an {@link AgoraKeyError} with a stable `code`.
 * Codes never change meaning between versions; messages may be improved.
 * Messages name the parameter and the rule, never the app certificate's value.
 */
export const ErrorCode = {
  // Builder input
  InvalidAppId: 'ERR_INVALID_APP_ID',
  InvalidAppCertificate: 'ERR_INVALID_APP_CERTIFICATE',
  InvalidChannelName: 'ERR_INVALID_CHANNEL_NAME',
  InvalidUid: 'ERR_INVALID_UID',
  InvalidUserAccount: 'ERR_INVALID_USER_ACCOUNT',
  InvalidUserId: 'ERR_INVALID_USER_ID',
  InvalidExpire: 'ERR_INVALID_EXPIRE',
  InvalidTimestamp: 'ERR_INVALID_TIMESTAMP',
  InvalidRole: 'ERR_INVALID_ROLE',
  InvalidPrivilege: 'ERR_INVALID_PRIVILEGE',
  InvalidString: 'ERR_INVALID_STRING',
  StringTooLong: 'ERR_STRING_TOO_LONG',
  InvalidPermission: 'ERR_INVALID_RTM2_PERMISSION',
  InvalidService: 'ERR_INVALID_SERVICE',
  NoServices: 'ERR_NO_SERVICES',
  InvalidSalt: 'ERR_INVALID_SALT',
  InvalidArgument: 'ERR_INVALID_ARGUMENT',
  // Injected dependencies
  InvalidProvider: 'ERR_INVALID_CRYPTO_PROVIDER',
  // Token parsing
  TokenNotString: 'ERR_TOKEN_NOT_STRING',
  TokenTooLong: 'ERR_TOKEN_TOO_LONG',
  TokenVersion: 'ERR_TOKEN_VERSION',
  TokenBase64: 'ERR_TOKEN_BASE64',
  TokenTruncated: 'ERR_TOKEN_TRUNCATED',
  TokenTrailingBytes: 'ERR_TOKEN_TRAILING_BYTES',
  TokenMalformed: 'ERR_TOKEN_MALFORMED',
  // zlib
  ZlibHeader: 'ERR_ZLIB_HEADER',
  ZlibCorrupt: 'ERR_ZLIB_CORRUPT',
  ZlibTruncated: 'ERR_ZLIB_TRUNCATED',
  ZlibChecksum: 'ERR_ZLIB_CHECKSUM',
  ZlibTooLarge: 'ERR_ZLIB_OUTPUT_TOO_LARGE',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface AgoraKeyErrorOptions {
  cause?: unknown;
  /** The parameter the failure is about, e.g. `channelName`. */
  parameter?: string;
}

/** Base class of every error thrown by agorakey. Check `err.code`, not the message. */
export class AgoraKeyError extends Error {
  readonly code: ErrorCode;
  readonly parameter: string | undefined;

  constructor(code: ErrorCode, message: string, options: AgoraKeyErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AgoraKeyError';
    this.code = code;
    this.parameter = options.parameter;
  }
}

/** Thrown for builder input that breaks a rule (bad app id, channel name, uid, ...). */
export class InvalidInputError extends AgoraKeyError {
  constructor(code: ErrorCode, parameter: string, message: string, options: { cause?: unknown } = {}) {
    super(code, `${parameter}: ${message}`, { ...options, parameter });
    this.name = 'InvalidInputError';
  }
}

/** Thrown when a token cannot be decoded. Messages are fixed per code: they reveal nothing else. */
export class TokenParseError extends AgoraKeyError {
  constructor(code: ErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(code, message, options);
    this.name = 'TokenParseError';
  }
}

/** Thrown by inflate for corrupt, truncated or oversized zlib streams. */
export class CompressionError extends AgoraKeyError {
  constructor(code: ErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(code, message, options);
    this.name = 'CompressionError';
  }
}

export function isAgoraKeyError(value: unknown): value is AgoraKeyError {
  return value instanceof AgoraKeyError;
}
