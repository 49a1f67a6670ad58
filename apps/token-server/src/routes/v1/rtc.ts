import { z } from '@hono/zod-openapi';
import type { RouteDeps } from '../route-deps.js';
import { registerPostToken } from './post-token-route.js';
import { ChannelName, RTC_ROLE_NUMBER, RtcRole, UserId, lifetimes, rtcAccountOf, rtcIdentityOf, withRtcIdentity } from './schemas.js';

/** 007 RTC: by role, by per-privilege lifetimes, and with RTM login in the same token. */
export function registerV1Rtc(deps: RouteDeps): void {
  const { config, tokens } = deps;
  const { appId, appCertificate } = config;
  const { expiresIn, privilegeIn } = lifetimes(config.maxExpireSeconds);

  registerPostToken(deps, {
    path: '/v1/rtc',
    summary: 'RTC token for a role (buildTokenWithUid / buildTokenWithUserAccount)',
    body: withRtcIdentity({ channelName: ChannelName, role: RtcRole, expiresInSeconds: expiresIn, privilegesExpireInSeconds: privilegeIn.optional() }).openapi('V1RtcRequest'),
    build: (b) =>
      tokens.buildRtcToken({
        appId, appCertificate, channelName: b.channelName, role: b.role, expiresInSeconds: b.expiresInSeconds,
        privilegesExpireInSeconds: b.privilegesExpireInSeconds, ...rtcIdentityOf(b),
      }),
  });

  registerPostToken(deps, {
    path: '/v1/rtc/privileges',
    summary: 'RTC token with a lifetime per privilege (buildTokenWithUidAndPrivilege / ...UserAccountAndPrivilege)',
    body: withRtcIdentity({
      channelName: ChannelName,
      expiresInSeconds: expiresIn,
      privileges: z.object({ joinChannel: privilegeIn, publishAudioStream: privilegeIn, publishVideoStream: privilegeIn, publishDataStream: privilegeIn }),
    }).openapi('V1RtcPrivilegesRequest'),
    build: (b) => {
      const p = b.privileges;
      return b.uid !== undefined
        ? tokens.RtcTokenBuilder.buildTokenWithUidAndPrivilege(appId, appCertificate, b.channelName, b.uid, b.expiresInSeconds, p.joinChannel, p.publishAudioStream, p.publishVideoStream, p.publishDataStream)
        : tokens.RtcTokenBuilder.buildTokenWithUserAccountAndPrivilege(appId, appCertificate, b.channelName, b.account!, b.expiresInSeconds, p.joinChannel, p.publishAudioStream, p.publishVideoStream, p.publishDataStream);
    },
  });

  registerPostToken(deps, {
    path: '/v1/rtc/rtm',
    summary: 'RTC and RTM login in one token (buildTokenWithRtm / buildTokenWithRtm2)',
    description: 'Without rtmUserId the RTM user is the RTC uid or account and RTM login lasts as long as the token; with it, RTM login is for rtmUserId for rtmExpiresInSeconds.',
    body: withRtcIdentity({
      channelName: ChannelName,
      role: RtcRole,
      expiresInSeconds: expiresIn,
      privilegesExpireInSeconds: privilegeIn.optional(),
      rtmUserId: UserId.optional(),
      rtmExpiresInSeconds: privilegeIn.optional(),
    }).openapi('V1RtcRtmRequest'),
    build: (b) => {
      const role = RTC_ROLE_NUMBER[b.role];
      const privileges = b.privilegesExpireInSeconds ?? b.expiresInSeconds;
      if (b.rtmUserId === undefined) {
        return tokens.RtcTokenBuilder.buildTokenWithRtm(appId, appCertificate, b.channelName, rtcAccountOf(b), role, b.expiresInSeconds, privileges);
      }
      const rtmExpire = b.rtmExpiresInSeconds ?? b.expiresInSeconds;
      return tokens.RtcTokenBuilder.buildTokenWithRtm2(appId, appCertificate, b.channelName, rtcAccountOf(b), role, b.expiresInSeconds,
        privileges, privileges, privileges, privileges, b.rtmUserId, rtmExpire);
    },
  });
}
