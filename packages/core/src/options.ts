import type { CryptoProvider, Result } from './crypto/provider.js';
import type { Engine } from './engine.js';
import * as ErrorCode from './error-codes.js';
import { InvalidInputError } from './errors.js';
import { createChatTokenBuilder } from './builders/chat.js';
import { createRtcTokenBuilder, RtcRole } from './builders/rtc.js';
import { createRtmTokenBuilder, type Rtm2Permissions } from './builders/rtm.js';
import { createRtcTokenBuilder006, RtcRole006 } from './builders/token006.js';
import type { Rtm2Permission } from './token007/services.js';

/**
 * The options-object API: every field named, relative lifetimes spelled
 * `...InSeconds`, absolute times spelled `...At` (Unix seconds), and exactly
 * one of `uid` (number) or `account` (string).
 */
export type RtcIdentity = { uid: number; account?: never } | { account: string; uid?: never };

export type RtcTokenOptions = RtcIdentity & {
  appId: string;
  appCertificate: string;
  channelName: string;
  role: 'publisher' | 'subscriber';
  /** How long the token is valid, in seconds from now (at most 24 hours is honoured by Agora). */
  expiresInSeconds: number;
  /** How long the join/publish privileges last, in seconds from now; defaults to `expiresInSeconds`. */
  privilegesExpireInSeconds?: number;
  /** Also grant RTM login for this user id, for as long as the token. */
  rtmUserId?: string;
};

export interface RtmTokenOptions {
  appId: string;
  appCertificate: string;
  userId: string;
  expiresInSeconds: number;
  /** RTM 2 resource permissions; when given, the token carries an RTM2 service instead of RTM. */
  permissions?: Rtm2Permissions | readonly Rtm2Permission[];
}

export type ChatTokenOptions = {
  appId: string;
  appCertificate: string;
  expiresInSeconds: number;
} & ({ userId: string; app?: never } | { app: true; userId?: never });

export type RtcToken006Options = RtcIdentity & {
  appId: string;
  appCertificate: string;
  channelName: string;
  role: 'publisher' | 'subscriber' | 'attendee' | 'admin';
  /** When the privileges expire, as an absolute Unix timestamp in seconds (0: as long as the token). */
  privilegesExpireAt: number;
};

function identity(options: RtcIdentity): { kind: 'uid'; value: number } | { kind: 'account'; value: string } {
  const hasUid = options.uid !== undefined;
  const hasAccount = options.account !== undefined;
  if (hasUid === hasAccount) {
    throw new InvalidInputError(ErrorCode.InvalidArgument, 'uid/account', 'give exactly one: `uid` (a number) or `account` (a string)');
  }
  return hasUid ? { kind: 'uid', value: options.uid! } : { kind: 'account', value: options.account! };
}

function role007(role: unknown): number {
  if (role === 'publisher') return RtcRole.PUBLISHER;
  if (role === 'subscriber') return RtcRole.SUBSCRIBER;
  throw new InvalidInputError(ErrorCode.InvalidRole, 'role', `must be 'publisher' or 'subscriber'; got ${JSON.stringify(role)}`);
}

function object(options: unknown): void {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidInputError(ErrorCode.InvalidArgument, 'options', 'must be an options object');
  }
}

export interface OptionBuilders<P extends CryptoProvider> {
  buildRtcToken(options: RtcTokenOptions): Result<P, string>;
  buildRtmToken(options: RtmTokenOptions): Result<P, string>;
  buildChatToken(options: ChatTokenOptions): Result<P, string>;
  buildRtcToken006(options: RtcToken006Options): Result<P, string>;
}

export function createOptionBuilders<P extends CryptoProvider>(engine: Engine<P>): OptionBuilders<P> {
  const rtc = createRtcTokenBuilder(engine);
  const rtm = createRtmTokenBuilder(engine);
  const chat = createChatTokenBuilder(engine);
  const rtc006 = createRtcTokenBuilder006(engine);
  return {
    /** A 007 RTC token (optionally with RTM login). */
    buildRtcToken(options: RtcTokenOptions): Result<P, string> {
      object(options);
      const who = identity(options);
      const role = role007(options.role);
      const privilegeSeconds = options.privilegesExpireInSeconds ?? options.expiresInSeconds;
      const { appId, appCertificate, channelName, expiresInSeconds } = options;
      if (options.rtmUserId !== undefined) {
        return rtc.buildTokenWithRtm2(appId, appCertificate, channelName, who.value, role, expiresInSeconds,
          privilegeSeconds, privilegeSeconds, privilegeSeconds, privilegeSeconds, options.rtmUserId, expiresInSeconds);
      }
      return who.kind === 'uid'
        ? rtc.buildTokenWithUid(appId, appCertificate, channelName, who.value, role, expiresInSeconds, privilegeSeconds)
        : rtc.buildTokenWithUserAccount(appId, appCertificate, channelName, who.value, role, expiresInSeconds, privilegeSeconds);
    },
    /** A 007 RTM token, or RTM 2 with `permissions`. */
    buildRtmToken(options: RtmTokenOptions): Result<P, string> {
      object(options);
      return options.permissions === undefined
        ? rtm.buildToken(options.appId, options.appCertificate, options.userId, options.expiresInSeconds)
        : rtm.buildTokenWithPermissions(options.appId, options.appCertificate, options.userId, options.permissions, options.expiresInSeconds);
    },
    /** A 007 Chat user token, or an app token with `app: true`. */
    buildChatToken(options: ChatTokenOptions): Result<P, string> {
      object(options);
      if (options.app === true && options.userId === undefined) {
        return chat.buildAppToken(options.appId, options.appCertificate, options.expiresInSeconds);
      }
      if (options.app !== undefined) {
        throw new InvalidInputError(ErrorCode.InvalidArgument, 'app/userId', 'give either `userId` (a user token) or `app: true` (an app token)');
      }
      return chat.buildUserToken(options.appId, options.appCertificate, options.userId!, options.expiresInSeconds);
    },
    /** A 006 RTC token (AccessToken), for apps still on the older system. */
    buildRtcToken006(options: RtcToken006Options): Result<P, string> {
      object(options);
      const who = identity(options);
      const roles = { publisher: RtcRole006.PUBLISHER, subscriber: RtcRole006.SUBSCRIBER, attendee: RtcRole006.ATTENDEE, admin: RtcRole006.ADMIN } as const;
      const role = roles[options.role as keyof typeof roles];
      if (role === undefined) {
        throw new InvalidInputError(ErrorCode.InvalidRole, 'role', `must be 'publisher', 'subscriber', 'attendee' or 'admin'; got ${JSON.stringify(options.role)}`);
      }
      return who.kind === 'uid'
        ? rtc006.buildTokenWithUid(options.appId, options.appCertificate, options.channelName, who.value, role, options.privilegesExpireAt)
        : rtc006.buildTokenWithAccount(options.appId, options.appCertificate, options.channelName, who.value, role, options.privilegesExpireAt);
    },
  };
}
