import { z } from '@hono/zod-openapi';
import type { RouteDeps } from '../route-deps.js';
import { registerPostToken } from './post-token-route.js';
import { ChannelName, UserId, lifetimes, rtcIdentityOf, withRtcIdentity } from './schemas.js';

const RTM_USER_ROLE_006 = 1;

/**
 * AccessToken (006), for apps still on the older system. 006 privileges
 * expire at absolute times; the API takes seconds from now like the rest of
 * /v1 and converts (0 stays 0: as long as the token, which is 24 hours).
 */
export function registerV1Token006(deps: RouteDeps): void {
  const { config, tokens } = deps;
  const { appId, appCertificate } = config;
  const { privilegeIn } = lifetimes(config.maxExpireSeconds);
  const privilegesExpireIn = privilegeIn.default(Math.min(3600, config.maxExpireSeconds));
  const absolute = (seconds: number) => (seconds === 0 ? 0 : tokens.engine.now() + seconds);

  registerPostToken(deps, {
    path: '/v1/006/rtc',
    summary: '006 RTC token for a uid or account (RtcTokenBuilder006)',
    body: withRtcIdentity({
      channelName: ChannelName,
      role: z.enum(['publisher', 'subscriber', 'attendee', 'admin']),
      privilegesExpireInSeconds: privilegesExpireIn,
    }).openapi('V1Rtc006Request'),
    build: (b) =>
      tokens.buildRtcToken006({
        appId, appCertificate, channelName: b.channelName, role: b.role,
        privilegesExpireAt: absolute(b.privilegesExpireInSeconds), ...rtcIdentityOf(b),
      }),
  });

  registerPostToken(deps, {
    path: '/v1/006/rtm',
    summary: '006 RTM login token (RtmTokenBuilder006)',
    body: z.object({ userId: UserId, privilegesExpireInSeconds: privilegesExpireIn }).openapi('V1Rtm006Request'),
    build: (b) => tokens.RtmTokenBuilder006.buildToken(appId, appCertificate, b.userId, RTM_USER_ROLE_006, absolute(b.privilegesExpireInSeconds)),
  });
}
