import * as ErrorCode from './error-codes.js';
import { AgoraKeyError, TokenParseError } from './errors.js';
import { parseAccessToken006, type ParsedAccessToken006 } from './token006/access-token.js';
import { checkTokenString, parseAccessToken2, type ParseOptions, type ParsedAccessToken2 } from './token007/access-token2.js';

export type ParsedToken = ParsedAccessToken2 | ParsedAccessToken006;

/**
 * Decodes a 006 or 007 token without checking its signature. Every failure is
 * a TokenParseError or CompressionError with a stable code; the inflated size
 * is capped (options.maxInflatedBytes, default 1 MiB).
 */
export function parseToken(token: string, options?: ParseOptions): ParsedToken {
  checkTokenString(token, options);
  try {
    if (token.startsWith('007')) return parseAccessToken2(token, options);
    if (token.startsWith('006')) return parseAccessToken006(token, options);
  } catch (error) {
    if (error instanceof AgoraKeyError) throw error;
    // Defence in depth: nothing but our own errors may escape the parser.
    throw new TokenParseError(ErrorCode.TokenMalformed, 'token could not be decoded', { cause: error });
  }
  throw new TokenParseError(ErrorCode.TokenVersion, 'token version is not 006 or 007');
}
