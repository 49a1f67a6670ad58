import * as ErrorCode from '../error-codes.js';
import { InvalidInputError, TokenParseError } from '../errors.js';
import { ByteReader } from '../bytes/reader.js';
import { ByteWriter } from '../bytes/writer.js';
import { decodeBase64, encodeBase64 } from '../bytes/base64.js';
import { decodeUtf8 } from '../bytes/utf8.js';
import { constantTimeEqual } from '../crypto/constant-time.js';
import type { HmacRequest, Operation } from '../engine.js';
import { zlibInflate } from '../zlib/index.js';
import { zlibDeflateView } from '../zlib/deflate.js';
import { keep, temporary } from '../bytes/workspace.js';
import { checkAppCertificate, checkAppId, checkUint32 } from '../validate.js';
import { checkService, isKnownServiceType, packService, unpackService, type Service } from './services.js';

export const VERSION_007 = '007';

/** Everything a 007 token packs. `expire` and privilege values are seconds relative to `issueTs`. */
export interface AccessToken2Fields {
  appId: string;
  issueTs: number;
  expire: number;
  salt: number;
  services: Service[];
}

export interface AccessToken2Spec extends AccessToken2Fields {
  appCertificate: string;
}

export interface ParsedAccessToken2 extends AccessToken2Fields {
  version: '007';
  /** The HMAC-SHA256 signature carried by the token. */
  signature: Uint8Array;
  /** The signed bytes, kept whole so a token with unknown services still verifies. */
  signingInfo: Uint8Array;
  /**
   * The service type at which parsing stopped, when the token carries one this
   * library does not know. The format is not self-delimiting, so the services
   * after it cannot be read (the Go reference stops there too).
   */
  unknownServiceType?: number;
}

// A 007 signature is HMAC(signing key, signingInfo), where signing key =
// HMAC(le32(salt), HMAC(le32(issueTs), appCertificate)), as the Go reference's
// getSign. An operation yields it as two requests,
// `yield signatureRequest(salt, yield issueKeyRequest(certificate, issueTs), signingInfo)`,
// written out where used rather than wrapped in a generator: each level of yield*
// delegation costs ~50 ns, 2-3% of a verify (A/B, Node 20).

/** HMAC(le32(issueTs), appCertificate): the same for every token of a certificate and second, so the engine memoises it. */
function issueKeyRequest(appCertificate: string, issueTs: number): HmacRequest {
  return { key: issueTs, data: appCertificate, memo: { certificate: appCertificate, issueTs } };
}

/** The signing key only keys the signature: one chained request for both. */
function signatureRequest(salt: number, issueKey: Uint8Array, signingInfo: Uint8Array): HmacRequest {
  return { key: salt, data: issueKey, chainedData: signingInfo };
}

/** Orders services by type, keeping insertion order within a type (duplicates are kept). */
function packingOrder(services: readonly Service[]): readonly Service[] {
  let sorted = true;
  for (let i = 1; i < services.length; i++) if (services[i - 1]!.type > services[i]!.type) sorted = false;
  if (sorted) return services;
  // Array.prototype.sort is stable (ECMA-262 since 2019), so equal types keep their order.
  return [...services].sort((a, b) => a.type - b.type);
}

export function checkAccessToken2Spec(spec: AccessToken2Spec): void {
  if (typeof spec !== 'object' || spec === null) {
    throw new InvalidInputError(ErrorCode.InvalidArgument, 'spec', 'must be an object');
  }
  checkAppId(spec.appId);
  checkAppCertificate(spec.appCertificate);
  checkUint32(spec.issueTs, 'issueTs', ErrorCode.InvalidTimestamp);
  checkUint32(spec.expire, 'expire');
  checkUint32(spec.salt, 'salt', ErrorCode.InvalidSalt);
  if (!Array.isArray(spec.services) || spec.services.length === 0) {
    throw new InvalidInputError(ErrorCode.NoServices, 'services', 'must hold at least one service');
  }
  if (spec.services.length > 0xffff) {
    throw new InvalidInputError(ErrorCode.InvalidService, 'services', `holds at most 65535 services; got ${spec.services.length}`);
  }
  spec.services.forEach(checkService);
}

/** The bytes that get signed: appId, issueTs, expire, salt, then the services. */
export function packSigningInfo(fields: AccessToken2Fields): Uint8Array {
  const w = new ByteWriter().string(fields.appId, 'appId').uint32(fields.issueTs).uint32(fields.expire).uint32(fields.salt);
  const services = packingOrder(fields.services);
  w.uint16(services.length);
  for (const service of services) packService(w, service);
  return w.finish();
}

/** The payload before compression: uint16-prefixed signature, then the signing info. */
export function packContent(signature: Uint8Array, signingInfo: Uint8Array): Uint8Array {
  const content = temporary(2 + signature.length + signingInfo.length);
  content[0] = signature.length & 0xff;
  content[1] = signature.length >>> 8;
  content.set(signature, 2);
  content.set(signingInfo, 2 + signature.length);
  return content;
}

/** Builds the uncompressed payload of a 007 token (what `contentHex` holds in the Go vectors). */
export function* buildAccessToken2Content(spec: AccessToken2Spec): Operation<Uint8Array> {
  checkAccessToken2Spec(spec);
  const signingInfo = packSigningInfo(spec);
  const signature = yield signatureRequest(spec.salt, yield issueKeyRequest(spec.appCertificate, spec.issueTs), signingInfo);
  return keep(packContent(signature, signingInfo));
}

export function* buildAccessToken2(spec: AccessToken2Spec): Operation<string> {
  checkAccessToken2Spec(spec);
  return yield* issueAccessToken2(spec);
}

/** A token for a spec the caller has already validated. */
export function* issueAccessToken2(spec: AccessToken2Spec): Operation<string> {
  const signingInfo = packSigningInfo(spec);
  const signature = yield signatureRequest(spec.salt, yield issueKeyRequest(spec.appCertificate, spec.issueTs), signingInfo);
  const content = packContent(signature, signingInfo);
  const stream = yield { payload: content, deflate: zlibDeflateView };
  return VERSION_007 + encodeBase64(stream);
}

export interface ParseOptions {
  /** Largest inflated payload accepted, in bytes. Default 1 MiB, far above any real token. */
  maxInflatedBytes?: number;
  /** Longest token string accepted, in characters. Default 4 MiB. */
  maxTokenLength?: number;
}

export const DEFAULT_MAX_INFLATED_BYTES = 1 << 20;
export const DEFAULT_MAX_TOKEN_LENGTH = 4 << 20;

export function checkTokenString(token: unknown, options: ParseOptions | undefined): string {
  if (typeof token !== 'string') throw new TokenParseError(ErrorCode.TokenNotString, 'token must be a string');
  if (token.length > (options?.maxTokenLength ?? DEFAULT_MAX_TOKEN_LENGTH)) {
    throw new TokenParseError(ErrorCode.TokenTooLong, 'token is longer than the configured maximum');
  }
  return token;
}

/** Decodes the inflated payload of a 007 token. */
export function parseAccessToken2Content(content: Uint8Array): ParsedAccessToken2 {
  const r = new ByteReader(content);
  const signature = r.bytes();
  const signingInfo = r.rest();
  const appId = decodeUtf8(r.bytes());
  const issueTs = r.uint32();
  const expire = r.uint32();
  const salt = r.uint32();
  const count = r.uint16();
  const services: Service[] = [];
  const parsed: ParsedAccessToken2 = {
    version: '007',
    appId,
    issueTs,
    expire,
    salt,
    services,
    // Views into `content`, which this result owns: no copies.
    signature,
    signingInfo,
  };
  for (let i = 0; i < count; i++) {
    const type = r.uint16();
    if (!isKnownServiceType(type)) {
      parsed.unknownServiceType = type;
      break;
    }
    services.push(unpackService(r, type));
  }
  return parsed;
}

/** The inflated payload of a 007 token string, with its length and size caps applied. */
function tokenContent(token: string, options: ParseOptions | undefined): Uint8Array {
  checkTokenString(token, options);
  if (!token.startsWith(VERSION_007)) {
    throw new TokenParseError(ErrorCode.TokenVersion, 'token does not start with the version 007');
  }
  return zlibInflate(decodeBase64(token, 3), options?.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES);
}

export function parseAccessToken2(token: string, options?: ParseOptions): ParsedAccessToken2 {
  return parseAccessToken2Content(tokenContent(token, options));
}

/** What a signature check needs from a 007 payload. */
export type SignedFields = Pick<ParsedAccessToken2, 'signature' | 'signingInfo' | 'issueTs' | 'salt'>;

/**
 * Reads only the fields the signature check needs (the signature, the signed
 * bytes, issueTs and salt), not the services: verifying a token string skips
 * decoding strings it would not look at (~8% of a verify, measured).
 */
export function readSignedFields(token: string, options?: ParseOptions): SignedFields {
  const r = new ByteReader(tokenContent(token, options));
  const signature = r.bytes();
  const signingInfo = r.rest();
  r.skipBytes(); // appId
  const issueTs = r.uint32();
  r.uint32(); // expire
  return { signature, signingInfo, issueTs, salt: r.uint32() };
}

/** Recomputes the signature with `appCertificate` and compares in constant time. */
export function* verifyAccessToken2(parsed: SignedFields, appCertificate: string): Operation<boolean> {
  checkAppCertificate(appCertificate);
  const expected = yield signatureRequest(parsed.salt, yield issueKeyRequest(appCertificate, parsed.issueTs), parsed.signingInfo);
  return constantTimeEqual(expected, parsed.signature);
}
