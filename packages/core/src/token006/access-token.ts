import * as ErrorCode from '../error-codes.js';
import { InvalidInputError, TokenParseError } from '../errors.js';
import { ByteReader } from '../bytes/reader.js';
import { decodeBase64, encodeBase64 } from '../bytes/base64.js';
import { crc32 } from '../bytes/crc32.js';
import { encodeUtf8Into, utf8Length } from '../bytes/utf8.js';
import { constantTimeEqual } from '../crypto/constant-time.js';
import { keep, temporary } from '../bytes/workspace.js';
import type { Operation } from '../engine.js';
import { privilegeIds } from '../privilege-ids.js';
import { checkAppCertificate, checkAppId, checkPackedString, checkPrivilegeMap, checkUint32 } from '../validate.js';
import { checkTokenString, type ParseOptions } from '../token007/access-token2.js';

export const VERSION_006 = '006';

/** Privilege ids of AccessToken (006). Values are absolute Unix timestamps in seconds. */
export const Privilege006 = {
  JoinChannel: 1,
  PublishAudioStream: 2,
  PublishVideoStream: 3,
  PublishDataStream: 4,
  RtmLogin: 1000,
} as const;

export interface AccessToken006Spec {
  appId: string;
  appCertificate: string;
  channelName: string;
  /** As packed: decimal digits, a user account, or "" for uid 0. */
  uid: string;
  salt: number;
  /** The token's own expiry field, Unix seconds (the reference sets now + 24 h). */
  ts: number;
  /** Privilege id → absolute expiry in Unix seconds. */
  privileges: Record<number, number>;
}

export interface ParsedAccessToken006 {
  version: '006';
  appId: string;
  signature: Uint8Array;
  /** CRC32 of the channel name and of the uid string: 006 tokens carry only these, not the values. */
  crcChannelName: number;
  crcUid: number;
  salt: number;
  ts: number;
  privileges: Record<number, number>;
  /** The packed message (salt, ts, privileges), part of the signed bytes. */
  message: Uint8Array;
}

function putUint32(out: Uint8Array, at: number, value: number): void {
  out[at] = value;
  out[at + 1] = value >>> 8;
  out[at + 2] = value >>> 16;
  out[at + 3] = value >>> 24;
}

/** salt, ts, then the privileges as a uint16-counted map in ascending key order, written at `at`. */
function writeMessage(out: Uint8Array, at: number, salt: number, ts: number, privileges: Record<number, number>, ids: number[]): void {
  putUint32(out, at, salt);
  putUint32(out, at + 4, ts);
  out[at + 8] = ids.length;
  out[at + 9] = ids.length >>> 8;
  at += 10;
  for (const id of ids) {
    out[at] = id;
    out[at + 1] = id >>> 8;
    putUint32(out, at + 2, privileges[id]!);
    at += 6;
  }
}

/**
 * What 006 signs, in one buffer: appId, channelName and uid, then `messageLength`
 * bytes for the message (salt, ts, privileges), which the caller writes at
 * `messageAt`. The CRCs are taken over its channel and uid regions.
 */
function signedBytes(appId: string, channelName: string, uid: string, messageLength: number) {
  const signed = temporary(appId.length + utf8Length(channelName) + utf8Length(uid) + messageLength);
  const channelAt = encodeUtf8Into(appId, signed, 0, 'appId');
  const uidAt = encodeUtf8Into(channelName, signed, channelAt, 'channelName');
  const messageAt = encodeUtf8Into(uid, signed, uidAt, 'uid');
  return { signed, messageAt, crcChannelName: crc32(signed, channelAt, uidAt), crcUid: crc32(signed, uidAt, messageAt) };
}

function checkSpec(spec: AccessToken006Spec): void {
  if (typeof spec !== 'object' || spec === null) {
    throw new InvalidInputError(ErrorCode.InvalidArgument, 'spec', 'must be an object');
  }
  checkAppId(spec.appId);
  checkAppCertificate(spec.appCertificate);
  checkPackedString(spec.channelName, 'channelName');
  checkPackedString(spec.uid, 'uid');
  checkUint32(spec.salt, 'salt', ErrorCode.InvalidSalt);
  checkUint32(spec.ts, 'ts', ErrorCode.InvalidTimestamp);
  checkPrivilegeMap(spec.privileges, 'privileges', ErrorCode.InvalidTimestamp, 'Unix expiry');
}

/** The base64-decoded content after the 35-character prefix (what `contentHex` holds for 006). */
export function* buildAccessToken006Content(spec: AccessToken006Spec): Operation<Uint8Array> {
  checkSpec(spec);
  return keep(yield* signAccessToken006(spec));
}

/** The content for a spec the caller has already validated (the builders validate their own arguments). */
function* signAccessToken006(spec: AccessToken006Spec): Operation<Uint8Array> {
  const ids = privilegeIds(spec.privileges);
  const messageLength = 10 + 6 * ids.length;
  const { signed, messageAt, crcChannelName, crcUid } = signedBytes(spec.appId, spec.channelName, spec.uid, messageLength);
  writeMessage(signed, messageAt, spec.salt, spec.ts, spec.privileges, ids);
  const signature = yield { key: spec.appCertificate, data: signed, keyCache: spec.appCertificate };
  // content = uint16-prefixed signature, crc32(channel), crc32(uid), uint16-prefixed message
  const content = temporary(2 + signature.length + 8 + 2 + messageLength);
  content[0] = signature.length;
  content[1] = signature.length >>> 8;
  content.set(signature, 2);
  const at = 2 + signature.length;
  putUint32(content, at, crcChannelName);
  putUint32(content, at + 4, crcUid);
  content[at + 8] = messageLength;
  content[at + 9] = messageLength >>> 8;
  content.set(signed.subarray(messageAt), at + 10);
  return content;
}

export function* buildAccessToken006(spec: AccessToken006Spec): Operation<string> {
  checkSpec(spec);
  return yield* issueAccessToken006(spec);
}

/** A token for a spec the caller has already validated. */
export function* issueAccessToken006(spec: AccessToken006Spec): Operation<string> {
  const content = yield* signAccessToken006(spec);
  return VERSION_006 + spec.appId + encodeBase64(content);
}

export function parseAccessToken006(token: string, options?: ParseOptions): ParsedAccessToken006 {
  checkTokenString(token, options);
  if (!token.startsWith(VERSION_006)) {
    throw new TokenParseError(ErrorCode.TokenVersion, 'token does not start with the version 006');
  }
  if (token.length < 35) throw new TokenParseError(ErrorCode.TokenTruncated, 'token is shorter than its version and App ID');
  const appId = token.slice(3, 35);
  if (!/^[0-9a-fA-F]{32}$/.test(appId)) {
    throw new TokenParseError(ErrorCode.TokenMalformed, 'token does not carry a 32-character hex App ID after its version');
  }
  const r = new ByteReader(decodeBase64(token, 35));
  const signature = r.bytes().slice();
  const crcChannelName = r.uint32();
  const crcUid = r.uint32();
  const message = r.bytes().slice();
  const m = new ByteReader(message);
  const salt = m.uint32();
  const ts = m.uint32();
  const count = m.uint16();
  const privileges: Record<number, number> = {};
  for (let i = 0; i < count; i++) {
    const key = m.uint16();
    privileges[key] = m.uint32();
  }
  return { version: '006', appId, signature, crcChannelName, crcUid, salt, ts, privileges, message };
}

/**
 * A 006 signature covers the channel name and uid, which the token holds only
 * as CRC32s: the caller must supply them.
 */
export function* verifyAccessToken006(
  parsed: ParsedAccessToken006,
  appCertificate: string,
  channelName: string,
  uid: string,
): Operation<boolean> {
  checkAppCertificate(appCertificate);
  checkPackedString(channelName, 'channelName');
  checkPackedString(uid, 'uid');
  const { signed, messageAt, crcChannelName, crcUid } = signedBytes(parsed.appId, channelName, uid, parsed.message.length);
  signed.set(parsed.message, messageAt);
  const expected = yield { key: appCertificate, data: signed, keyCache: appCertificate };
  // The CRCs are not secret; checking them too rejects a token for another channel even before comparing.
  const crcMatch = crcChannelName === parsed.crcChannelName && crcUid === parsed.crcUid;
  return constantTimeEqual(expected, parsed.signature) && crcMatch;
}
