import type { CryptoProvider, Result } from '../crypto/provider.js';
import type { Engine } from '../engine.js';
import { issueAccessToken2 } from '../token007/access-token2.js';
import type { Service } from '../token007/services.js';
import { checkAccount, checkAppCertificate, checkAppId, checkUid, checkUint32, uidToString } from '../validate.js';
import * as ErrorCode from '../error-codes.js';

/** Builds a 007 token issued now, with a fresh salt, as every reference builder does. */
export function issue<P extends CryptoProvider>(
  engine: Engine<P>,
  appId: unknown,
  appCertificate: unknown,
  expire: unknown,
  services: Service[],
): Result<P, string> {
  return engine.run(
    issueAccessToken2({
      appId: checkAppId(appId),
      appCertificate: checkAppCertificate(appCertificate),
      issueTs: checkUint32(engine.now(), 'clock()', ErrorCode.InvalidTimestamp),
      expire: checkUint32(expire, 'expire'),
      salt: engine.salt(),
      services,
    }),
  );
}

/** The packed form of an RTC uid given as a number (0 packs as ""). */
export function rtcUid(uid: unknown, parameter = 'uid'): string {
  return uidToString(checkUid(uid, parameter));
}

/**
 * The packed form of an RTC user account. A number is treated as a uid, as
 * agora-token does (so 0 still means "any uid").
 */
export function rtcAccount(account: unknown, parameter = 'account'): string {
  return typeof account === 'number' ? rtcUid(account, parameter) : checkAccount(account, parameter);
}

export const rtcPublisherRole = 1;
