import type { CryptoProvider, Result } from '../crypto/provider.js';
import type { Engine } from '../engine.js';
import * as ErrorCode from '../error-codes.js';
import { type RtcService, type RtmService } from '../token007/services.js';
import { checkAccount, checkChannelName, checkEnum, checkUint32 } from '../validate.js';
import { issue, rtcAccount, rtcUid } from './common.js';

/** RTC roles of AccessToken2 builders (agora-token's RtcRole). */
export const RtcRole = { PUBLISHER: 1, SUBSCRIBER: 2 } as const;
export type RtcRole = (typeof RtcRole)[keyof typeof RtcRole];

const ROLES = [RtcRole.PUBLISHER, RtcRole.SUBSCRIBER];
const ROLE_NAMES = 'RtcRole.PUBLISHER (1) or RtcRole.SUBSCRIBER (2)';

function rtcService(
  channelName: unknown,
  packedUid: string,
  join: unknown,
  publish: [unknown, unknown, unknown] | undefined,
): RtcService {
  // An array indexed by privilege id (see privilege-ids.ts).
  const privileges: number[] = [];
  privileges[1 /* Privilege.Rtc.JoinChannel */] = checkUint32(join, 'joinChannelPrivilegeExpire');
  if (publish) {
    privileges[2 /* Privilege.Rtc.PublishAudioStream */] = checkUint32(publish[0], 'pubAudioPrivilegeExpire');
    privileges[3 /* Privilege.Rtc.PublishVideoStream */] = checkUint32(publish[1], 'pubVideoPrivilegeExpire');
    privileges[4 /* Privilege.Rtc.PublishDataStream */] = checkUint32(publish[2], 'pubDataStreamPrivilegeExpire');
  }
  return { type: 1, privileges, channelName: checkChannelName(channelName), uid: packedUid };
}

function roleBased(channelName: unknown, packedUid: string, role: unknown, privilegeExpire: unknown): RtcService {
  const publisher = checkEnum(role, 'role', ROLES, ROLE_NAMES) === RtcRole.PUBLISHER;
  checkUint32(privilegeExpire, 'privilegeExpire');
  return rtcService(channelName, packedUid, privilegeExpire, publisher ? [privilegeExpire, privilegeExpire, privilegeExpire] : undefined);
}

function rtmService(userId: unknown, expire: unknown, parameter: string): RtmService {
  return {
    type: 2,
    privileges: { 1 /* Privilege.Rtm.Login */: checkUint32(expire, parameter === 'account' ? 'tokenExpire' : 'rtmTokenExpire') },
    userId: checkAccount(userId, parameter, ErrorCode.InvalidUserId),
  };
}

/**
 * The services of agora-token's buildTokenWithRtm2 (also the base of its
 * ConvoAI and STT builders): RTC with per-privilege expiries, where only a
 * publisher gets the publish privileges, and RTM login for `rtmUserId`.
 */
export function rtcAndRtmServices(
  channelName: unknown,
  account: unknown,
  rtcRole: unknown,
  join: unknown,
  audio: unknown,
  video: unknown,
  data: unknown,
  rtmUserId: unknown,
  rtmTokenExpire: unknown,
): [RtcService, RtmService] {
  const publisher = checkEnum(rtcRole, 'rtcRole', ROLES, ROLE_NAMES) === RtcRole.PUBLISHER;
  // Checked even when unused (a subscriber), so a wrong value is never silently accepted.
  const publish: [unknown, unknown, unknown] = [audio, video, data];
  const rtc = rtcService(channelName, rtcAccount(account, 'rtcAccount'), join, publish);
  if (!publisher) rtc.privileges = { 1 /* Privilege.Rtc.JoinChannel */: rtc.privileges[1]! };
  return [rtc, rtmService(rtmUserId, rtmTokenExpire, 'rtmUserId')];
}

export interface RtcTokenBuilder<P extends CryptoProvider> {
  /**
   * A token for a numeric uid (0 lets the SDK pick one). `tokenExpire` and
   * `privilegeExpire` are seconds from now; 0 means the longest Agora allows.
   */
  buildTokenWithUid(appId: string, appCertificate: string, channelName: string, uid: number | string, role: number, tokenExpire: number, privilegeExpire?: number): Result<P, string>;
  /** A token for a string user account (1-255 bytes). */
  buildTokenWithUserAccount(appId: string, appCertificate: string, channelName: string, account: string | number, role: number, tokenExpire: number, privilegeExpire?: number): Result<P, string>;
  /** A token with each RTC privilege's expiry given separately, in seconds from now. */
  buildTokenWithUidAndPrivilege(appId: string, appCertificate: string, channelName: string, uid: number | string, tokenExpire: number, joinChannelPrivilegeExpire: number, pubAudioPrivilegeExpire: number, pubVideoPrivilegeExpire: number, pubDataStreamPrivilegeExpire: number): Result<P, string>;
  /** agora-token's spelling, with a capital B. */
  BuildTokenWithUserAccountAndPrivilege(appId: string, appCertificate: string, channelName: string, account: string | number, tokenExpire: number, joinChannelPrivilegeExpire: number, pubAudioPrivilegeExpire: number, pubVideoPrivilegeExpire: number, pubDataStreamPrivilegeExpire: number): Result<P, string>;
  buildTokenWithUserAccountAndPrivilege(appId: string, appCertificate: string, channelName: string, account: string | number, tokenExpire: number, joinChannelPrivilegeExpire: number, pubAudioPrivilegeExpire: number, pubVideoPrivilegeExpire: number, pubDataStreamPrivilegeExpire: number): Result<P, string>;
  /** RTC for `account` plus RTM login for the same account; RTM login lasts `tokenExpire`. */
  buildTokenWithRtm(appId: string, appCertificate: string, channelName: string, account: string | number, role: number, tokenExpire: number, privilegeExpire?: number): Result<P, string>;
  /** RTC with per-privilege expiries plus RTM login for `rtmUserId`. */
  buildTokenWithRtm2(appId: string, appCertificate: string, channelName: string, rtcAccount: string | number, rtcRole: number, rtcTokenExpire: number, joinChannelPrivilegeExpire: number, pubAudioPrivilegeExpire: number, pubVideoPrivilegeExpire: number, pubDataStreamPrivilegeExpire: number, rtmUserId: string | number, rtmTokenExpire: number): Result<P, string>;
}

export function createRtcTokenBuilder<P extends CryptoProvider>(engine: Engine<P>): RtcTokenBuilder<P> {
  const withPrivileges = (appId: string, appCertificate: string, channelName: string, packedUid: string, tokenExpire: number, join: number, audio: number, video: number, data: number) =>
    issue(engine, appId, appCertificate, tokenExpire, [rtcService(channelName, packedUid, join, [audio, video, data])]);
  const builder: RtcTokenBuilder<P> = {
    buildTokenWithUid: (appId, appCertificate, channelName, uid, role, tokenExpire, privilegeExpire = 0) =>
      issue(engine, appId, appCertificate, tokenExpire, [roleBased(channelName, rtcUid(uid), role, privilegeExpire)]),
    buildTokenWithUserAccount: (appId, appCertificate, channelName, account, role, tokenExpire, privilegeExpire = 0) =>
      issue(engine, appId, appCertificate, tokenExpire, [roleBased(channelName, rtcAccount(account), role, privilegeExpire)]),
    buildTokenWithUidAndPrivilege: (appId, appCertificate, channelName, uid, tokenExpire, join, audio, video, data) =>
      withPrivileges(appId, appCertificate, channelName, rtcUid(uid), tokenExpire, join, audio, video, data),
    BuildTokenWithUserAccountAndPrivilege: (appId, appCertificate, channelName, account, tokenExpire, join, audio, video, data) =>
      withPrivileges(appId, appCertificate, channelName, rtcAccount(account), tokenExpire, join, audio, video, data),
    buildTokenWithUserAccountAndPrivilege: (...args) => builder.BuildTokenWithUserAccountAndPrivilege(...args),
    buildTokenWithRtm: (appId, appCertificate, channelName, account, role, tokenExpire, privilegeExpire = 0) =>
      issue(engine, appId, appCertificate, tokenExpire, [
        roleBased(channelName, rtcAccount(account), role, privilegeExpire),
        rtmService(account, tokenExpire, 'account'),
      ]),
    buildTokenWithRtm2: (appId, appCertificate, channelName, account, rtcRole, rtcTokenExpire, join, audio, video, data, rtmUserId, rtmTokenExpire) =>
      issue(engine, appId, appCertificate, rtcTokenExpire, rtcAndRtmServices(channelName, account, rtcRole, join, audio, video, data, rtmUserId, rtmTokenExpire)),
  };
  return builder;
}
