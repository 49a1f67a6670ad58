import type { CryptoProvider, Result } from '../crypto/provider.js';
import type { Engine } from '../engine.js';
import * as ErrorCode from '../error-codes.js';
import { issueAccessToken006 } from '../token006/access-token.js';
import { checkAccount, checkAppCertificate, checkAppId, checkChannelName, checkEnum, checkUint32 } from '../validate.js';
import { rtcUid } from './common.js';

/** AccessToken (006) RTC roles, as in agora-access-token and the Go reference. */
export const RtcRole006 = { ATTENDEE: 0, PUBLISHER: 1, SUBSCRIBER: 2, ADMIN: 101 } as const;
/** AccessToken (006) RTM role. */
export const RtmRole006 = { Rtm_User: 1 } as const;

/** The reference sets a 006 token's own expiry field to now + 24 hours. */
const TOKEN_LIFETIME_SECONDS = 24 * 3600;

function build006<P extends CryptoProvider>(engine: Engine<P>, appId: unknown, appCertificate: unknown, channelName: string, uid: string, privileges: Record<number, number>): Result<P, string> {
  const now = checkUint32(engine.now(), 'clock()', ErrorCode.InvalidTimestamp);
  // uint32 arithmetic, as the Go reference's `uint32(now) + 24*3600`: in the
  // last day before 2106-02-07 the field wraps, and the vectors pin that.
  const ts = (now + TOKEN_LIFETIME_SECONDS) >>> 0;
  return engine.run(
    issueAccessToken006({
      appId: checkAppId(appId),
      appCertificate: checkAppCertificate(appCertificate),
      channelName,
      uid,
      salt: engine.salt(),
      ts,
      privileges,
    }),
  );
}

const RTC_ROLES_006: readonly number[] = Object.values(RtcRole006);

function rtcPrivileges(role: unknown, privilegeExpiredTs: unknown): Record<number, number> {
  const r = checkEnum(role, 'role', RTC_ROLES_006, 'ATTENDEE (0), PUBLISHER (1), SUBSCRIBER (2) or ADMIN (101)');
  const at = checkUint32(privilegeExpiredTs, 'privilegeExpiredTs', ErrorCode.InvalidTimestamp);
  // Attendee and admin are deprecated aliases of publisher; only a subscriber cannot publish.
  // An array indexed by privilege id (see privilege-ids.ts): join, then the three publish privileges.
  const privileges: number[] = [];
  privileges[1 /* Privilege006.JoinChannel */] = at;
  if (r !== RtcRole006.SUBSCRIBER) privileges[2] = privileges[3] = privileges[4] = at;
  return privileges;
}

export interface RtcTokenBuilder006<P extends CryptoProvider> {
  /** `privilegeExpiredTs` is an absolute Unix timestamp in seconds (0: as long as the token). */
  buildTokenWithUid(appId: string, appCertificate: string, channelName: string, uid: number | string, role: number, privilegeExpiredTs: number): Result<P, string>;
  /** agora-access-token's name. */
  buildTokenWithAccount(appId: string, appCertificate: string, channelName: string, account: string, role: number, privilegeExpiredTs: number): Result<P, string>;
  /** The Go reference's name. */
  buildTokenWithUserAccount(appId: string, appCertificate: string, channelName: string, account: string, role: number, privilegeExpiredTs: number): Result<P, string>;
}

export interface RtmTokenBuilder006<P extends CryptoProvider> {
  /** RTM login for `account` until the absolute Unix time `privilegeExpiredTs`. */
  buildToken(appId: string, appCertificate: string, account: string | number, role: number, privilegeExpiredTs: number): Result<P, string>;
}

export function createRtcTokenBuilder006<P extends CryptoProvider>(engine: Engine<P>): RtcTokenBuilder006<P> {
  const withAccount = (appId: string, appCertificate: string, channelName: string, account: string, role: number, privilegeExpiredTs: number) =>
    build006(engine, appId, appCertificate, checkChannelName(channelName), checkAccount(account, 'account'), rtcPrivileges(role, privilegeExpiredTs));
  return {
    buildTokenWithUid: (appId, appCertificate, channelName, uid, role, privilegeExpiredTs) =>
      build006(engine, appId, appCertificate, checkChannelName(channelName), rtcUid(uid), rtcPrivileges(role, privilegeExpiredTs)),
    buildTokenWithAccount: withAccount,
    buildTokenWithUserAccount: withAccount,
  };
}

export function createRtmTokenBuilder006<P extends CryptoProvider>(engine: Engine<P>): RtmTokenBuilder006<P> {
  return {
    buildToken(appId, appCertificate, account, role, privilegeExpiredTs) {
      const user = checkAccount(account, 'account', ErrorCode.InvalidUserId);
      checkEnum(role, 'role', [RtmRole006.Rtm_User], 'RtmRole006.Rtm_User (1)');
      const at = checkUint32(privilegeExpiredTs, 'privilegeExpiredTs', ErrorCode.InvalidTimestamp);
      // The reference packs the RTM account in the channel-name field and an empty uid.
      return build006(engine, appId, appCertificate, user, '', { 1000 /* Privilege006.RtmLogin */: at });
    },
  };
}
