import * as ErrorCode from './error-codes.js';
import { InvalidInputError } from './errors.js';
import { utf8Length } from './bytes/utf8.js';

/**
 * Input rules, checked before anything is built. Each failure names the
 * parameter, the rule and what is wrong with the value; the app certificate's
 * value is never echoed.
 */

const UINT32_MAX = 0xffffffff;
const HEX32 = /^[0-9a-fA-F]{32}$/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `a string of ${value.length} characters`;
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : `${value}`;
  return `a value of type ${typeof value}`;
}

// The last value that passed each check: servers sign many tokens for one app,
// and comparing a string to itself is cheaper than running the regex again.
let lastAppId: string | undefined;
let lastAppCertificate: string | undefined;

export function checkAppId(value: unknown, parameter = 'appId'): string {
  if (value === lastAppId) return value as string;
  if (typeof value !== 'string' || !HEX32.test(value)) {
    throw new InvalidInputError(
      ErrorCode.InvalidAppId,
      parameter,
      `must be the 32 hexadecimal characters of an Agora App ID; got ${describe(value)}${
        typeof value === 'string' && value.length === 32 ? ' with a non-hex character' : ''
      }`,
    );
  }
  lastAppId = value;
  return value;
}

export function checkAppCertificate(value: unknown, parameter = 'appCertificate'): string {
  if (value === lastAppCertificate) return value as string;
  if (typeof value !== 'string' || !HEX32.test(value)) {
    // Length and type only: the certificate's characters never appear in an error.
    throw new InvalidInputError(
      ErrorCode.InvalidAppCertificate,
      parameter,
      `must be the 32 hexadecimal characters of an Agora App Certificate; got ${
        typeof value === 'string' ? `a string of ${value.length} characters` : describe(value)
      }${typeof value === 'string' && value.length === 32 ? ' with a non-hex character' : ''}`,
    );
  }
  lastAppCertificate = value;
  return value;
}

function uint32Problem(value: unknown): string | undefined {
  if (typeof value !== 'number') return `must be a number; got ${describe(value)}`;
  if (!Number.isInteger(value)) return `must be an integer; got ${describe(value)}`;
  if (value < 0) return `must not be negative; got ${value}`;
  if (value > UINT32_MAX) {
    // 1e12..1e14 is where Date.now() has been and will be for centuries.
    const hint = value >= 1e12 && value < 1e14 ? ' (it looks like milliseconds: pass seconds, Math.floor(ms / 1000))' : '';
    return `must fit in 32 bits (at most 4294967295); got ${value}${hint}`;
  }
  return undefined;
}

/** A lifetime or privilege expiry in seconds, or an absolute Unix timestamp in seconds. */
export function checkUint32(value: unknown, parameter: string, code: typeof ErrorCode.InvalidExpire | typeof ErrorCode.InvalidTimestamp | typeof ErrorCode.InvalidSalt = ErrorCode.InvalidExpire): number {
  const problem = uint32Problem(value);
  if (problem) throw new InvalidInputError(code, parameter, problem);
  return value as number;
}

/** A numeric uid in [0, 2^32-1], given as a number or a canonical decimal string. 0 packs as "". */
export function checkUid(value: unknown, parameter = 'uid'): number {
  let n: unknown = value;
  if (typeof value === 'string') {
    if (!/^(0|[1-9][0-9]{0,9})$/.test(value)) {
      throw new InvalidInputError(
        ErrorCode.InvalidUid,
        parameter,
        'must be an integer in [0, 4294967295] or its canonical decimal string (string user accounts go to buildTokenWithUserAccount)',
      );
    }
    n = Number(value);
  }
  const problem = uint32Problem(n);
  if (problem) throw new InvalidInputError(ErrorCode.InvalidUid, parameter, problem.replace('must fit in 32 bits', 'must be an unsigned 32-bit integer'));
  return n as number;
}

export function uidToString(uid: number): string {
  return uid === 0 ? '' : String(uid);
}

// Agora's channel-name character set (the Go reference guide): letters, digits, space and these 26 symbols.
const CHANNEL_CHARS = /^[A-Za-z0-9 !#$%&()+\-:;<=.>?@[\]^_{}|~,]*$/;

export function checkChannelName(value: unknown, parameter = 'channelName'): string {
  if (typeof value !== 'string') {
    throw new InvalidInputError(ErrorCode.InvalidChannelName, parameter, `must be a string; got ${describe(value)}`);
  }
  if (value.length === 0) throw new InvalidInputError(ErrorCode.InvalidChannelName, parameter, 'must not be empty');
  if (!CHANNEL_CHARS.test(value)) {
    const bad = [...value].find((c) => !CHANNEL_CHARS.test(c))!;
    throw new InvalidInputError(
      ErrorCode.InvalidChannelName,
      parameter,
      `may contain only a-z, A-Z, 0-9, space and !#$%&()+-:;<=.>?@[]^_{}|~, ; found ${JSON.stringify(bad)}`,
    );
  }
  // The character set is ASCII, so from here on characters and bytes are the same.
  if (value.length > 64) {
    throw new InvalidInputError(ErrorCode.InvalidChannelName, parameter, `must be at most 64 bytes; got ${value.length}`);
  }
  return value;
}

/**
 * A string user account or user id: 1 to 255 UTF-8 bytes. Numbers are accepted
 * as their decimal form (the Go reference takes strings; agora-token mishandles numbers).
 */
export function checkAccount(
  value: unknown,
  parameter: string,
  code: typeof ErrorCode.InvalidUserAccount | typeof ErrorCode.InvalidUserId = ErrorCode.InvalidUserAccount,
): string {
  let s: string;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new InvalidInputError(code, parameter, `as a number must be a non-negative safe integer; got ${describe(value)}`);
    }
    s = String(value);
  } else if (typeof value === 'string') {
    s = value;
  } else {
    throw new InvalidInputError(code, parameter, `must be a string; got ${describe(value)}`);
  }
  if (s.length === 0) throw new InvalidInputError(code, parameter, 'must not be empty');
  const bytes = utf8Length(s);
  if (bytes > 255) throw new InvalidInputError(code, parameter, `must be at most 255 UTF-8 bytes; got ${bytes}`);
  return s;
}

/** Any string packed into a token: at most 65,535 UTF-8 bytes (a uint16 length prefix). */
export function checkPackedString(value: unknown, parameter: string): string {
  if (typeof value !== 'string') {
    throw new InvalidInputError(ErrorCode.InvalidString, parameter, `must be a string; got ${describe(value)}`);
  }
  if (value.length > 0x5555) {
    const bytes = utf8Length(value);
    if (bytes > 0xffff) {
      throw new InvalidInputError(ErrorCode.StringTooLong, parameter, `must be at most 65535 UTF-8 bytes; got ${bytes}`);
    }
  }
  return value;
}

export function checkEnum(value: unknown, parameter: string, allowed: readonly number[], names: string): number {
  if (typeof value !== 'number' || !allowed.includes(value)) {
    throw new InvalidInputError(ErrorCode.InvalidRole, parameter, `must be one of ${names}; got ${describe(value)}`);
  }
  return value;
}

export function checkInt16(value: unknown, parameter: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < -32768 || value > 32767) {
    throw new InvalidInputError(ErrorCode.InvalidRole, parameter, `must be a 16-bit signed integer in [-32768, 32767]; got ${describe(value)}`);
  }
  return value;
}

export function checkUint16(value: unknown, parameter: string, code: typeof ErrorCode[keyof typeof ErrorCode]): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffff) {
    throw new InvalidInputError(code, parameter, `must be an integer in [0, 65535]; got ${describe(value)}`);
  }
  return value;
}

/**
 * A privileges object: privilege id (0-65535) → uint32 expiry. `valueCode` and
 * `meaning` say which expiry: seconds after issue (007) or a Unix time (006).
 */
export function checkPrivilegeMap(
  privileges: unknown,
  parameter: string,
  valueCode: typeof ErrorCode.InvalidExpire | typeof ErrorCode.InvalidTimestamp,
  meaning: string,
): void {
  if (typeof privileges !== 'object' || privileges === null || Array.isArray(privileges)) {
    throw new InvalidInputError(ErrorCode.InvalidPrivilege, parameter, `must be an object of privilege id → ${meaning}`);
  }
  for (const [key, value] of Object.entries(privileges)) {
    if (!/^(0|[1-9][0-9]*)$/.test(key) || Number(key) > 0xffff) {
      throw new InvalidInputError(ErrorCode.InvalidPrivilege, parameter, `keys must be privilege ids in [0, 65535]; got ${JSON.stringify(key)}`);
    }
    checkUint32(value, `${parameter}[${key}]`, valueCode);
  }
}
