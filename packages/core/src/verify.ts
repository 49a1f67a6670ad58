import type { CryptoProvider, Result } from './crypto/provider.js';
import type { Engine, Operation } from './engine.js';
import * as ErrorCode from './error-codes.js';
import { InvalidInputError } from './errors.js';
import { parseToken, type ParsedToken } from './parse.js';
import { verifyAccessToken006 } from './token006/access-token.js';
import { readSignedFields, verifyAccessToken2, type ParseOptions } from './token007/access-token2.js';
import { checkPackedString, checkUid, uidToString } from './validate.js';

export interface VerifyOptions extends ParseOptions {
  /** 006 only: the channel name the token was built for (006 signs it but carries only its CRC32). */
  channelName?: string;
  /** 006 only: the uid (number; 0 is packed as "") or the uid string as packed (a user account, or "" for RTM). */
  uid?: number | string;
}

/**
 * Returns a function that checks a token's signature with an app certificate:
 * true when it matches, false when not. A token that cannot be decoded
 * throws a TokenParseError instead, so "forged" and "garbage" stay distinct.
 */
export type TokenVerifier<P extends CryptoProvider> = (token: string | ParsedToken, appCertificate: string, options?: VerifyOptions) => Result<P, boolean>;

/**
 * One operation from token to verdict, so that with a synchronous provider the
 * parse, too, runs inside the engine's run and its buffers come from the pool.
 */
function* verifyOperation(token: string | ParsedToken, appCertificate: string, options: VerifyOptions | undefined): Operation<boolean> {
  if (typeof token === 'string' && token.startsWith('007')) return yield* verifyAccessToken2(readSignedFields(token, options), appCertificate);
  const parsed = typeof token === 'string' ? parseToken(token, options) : token;
  if (parsed.version === '007') return yield* verifyAccessToken2(parsed, appCertificate);
  if (options?.channelName === undefined || options.uid === undefined) {
    throw new InvalidInputError(
      ErrorCode.InvalidArgument,
      'options',
      'a 006 token signs its channel name and uid but carries only their CRC32: pass { channelName, uid } to verify it',
    );
  }
  // Whatever was packed: an RTM 006 token holds the account in the channel field, so no RTC channel rules here.
  const channelName = checkPackedString(options.channelName, 'options.channelName');
  const uid = typeof options.uid === 'number' ? uidToString(checkUid(options.uid, 'options.uid')) : checkPackedString(options.uid, 'options.uid');
  return yield* verifyAccessToken006(parsed, appCertificate, channelName, uid);
}

export function createVerifier<P extends CryptoProvider>(engine: Engine<P>): TokenVerifier<P> {
  return function verifyToken(token: string | ParsedToken, appCertificate: string, options?: VerifyOptions): Result<P, boolean> {
    return engine.run(verifyOperation(token, appCertificate, options));
  };
}
