import * as codes from './error-codes.js';

/**
 * Every failure agorakey reports is an {@link AgoraKeyError} with a stable `code`.
 * Codes never change meaning between versions; messages may be improved.
 * Messages name the parameter and the rule, never the app certificate's value.
 * `ErrorCode` names them all (e.g. `ErrorCode.InvalidAppId` is 'ERR_INVALID_APP_ID').
 */
export const ErrorCode = codes;

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
