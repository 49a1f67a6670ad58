import { createRoute, z } from '@hono/zod-openapi';
import { validationError } from '../../http/errors.js';
import { buildRtmToken } from '../../tokens/rtm-token.js';
import { jsonResponse, tokenRouteErrors, tokenSecurity } from '../openapi-shared.js';
import { openapiGet } from '../get-route.js';
import type { RouteDeps } from '../route-deps.js';
import { COMPAT_TAG, ExpiryQuery, RteParams, RteWithRtmParams, expiryFromQuery, rtcIdentity, rtmUserId } from './params.js';

const RteResponse = z.object({ rtcToken: z.string(), rtmToken: z.string() }).openapi('RteTokenResponse');

/**
 * GET /rte/:channelName/:role/:tokenType/:rtcuid[/:rtmuid] — an RTC and an RTM
 * token at once. As in agora-token-service, the RTM user defaults to the RTC
 * uid (which then must not be 0) and the RTM token may join the channel as an
 * RTM stream channel.
 */
export function registerCompatRte({ app, config, tokens }: RouteDeps): void {
  const handle = async (p: { channelName: string; role: 'publisher' | 'subscriber'; tokenType: 'uid' | 'userAccount'; rtcuid: string; rtmuid?: string }, expiry: string | undefined) => {
    const expire = expiryFromQuery(expiry, config.maxExpireSeconds);
    if (p.rtmuid === undefined && p.rtcuid === '0') {
      throw validationError('rtmuid: required when rtcuid is 0 (uid 0 means "any user" in RTC but is not an RTM user id)');
    }
    const rtcToken = await tokens.buildRtcToken({
      appId: config.appId,
      appCertificate: config.appCertificate,
      channelName: p.channelName,
      role: p.role,
      expiresInSeconds: expire,
      ...rtcIdentity(p.tokenType, p.rtcuid),
    });
    const userId = rtmUserId(p.rtmuid ?? p.rtcuid, p.rtmuid === undefined ? 'rtcuid' : 'rtmuid');
    const rtmToken = await buildRtmToken(tokens, config, { userId, expire, streamChannel: p.channelName });
    return { rtcToken, rtmToken };
  };

  const base = {
    method: 'get' as const,
    tags: [COMPAT_TAG],
    ...tokenSecurity(config),
    responses: { 200: jsonResponse(RteResponse, 'Both tokens'), ...tokenRouteErrors },
  };
  const withoutRtm = createRoute({
    ...base,
    path: '/rte/{channelName}/{role}/{tokenType}/{rtcuid}',
    summary: 'RTC and RTM tokens; the RTM user is the RTC uid',
    request: { params: RteParams, query: ExpiryQuery },
  });
  const withRtm = createRoute({
    ...base,
    path: '/rte/{channelName}/{role}/{tokenType}/{rtcuid}/{rtmuid}',
    summary: 'RTC and RTM tokens for separate RTC and RTM user ids',
    request: { params: RteWithRtmParams, query: ExpiryQuery },
  });
  openapiGet(app, withoutRtm, async (c, { param, query }) => c.json(await handle(param, query.expiry), 200));
  openapiGet(app, withRtm, async (c, { param, query }) => c.json(await handle(param, query.expiry), 200));
}
