import { createRoute, z } from '@hono/zod-openapi';
import { jsonResponse, tokenRouteErrors, tokenSecurity } from '../openapi-shared.js';
import { openapiGet } from '../get-route.js';
import type { RouteDeps } from '../route-deps.js';
import { COMPAT_TAG, ExpiryQuery, RtcParams, expiryFromQuery, rtcIdentity } from './params.js';

/** GET /rtc/:channelName/:role/:tokenType/:uid — agora-token-service's RTC route, same path and answer. */
export function registerCompatRtc({ app, config, tokens }: RouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/rtc/{channelName}/{role}/{tokenType}/{uid}',
    tags: [COMPAT_TAG],
    summary: 'RTC token (007) for a uid or user account',
    ...tokenSecurity(config),
    request: { params: RtcParams, query: ExpiryQuery },
    responses: {
      200: jsonResponse(z.object({ rtcToken: z.string() }).openapi('RtcTokenResponse'), 'The token'),
      ...tokenRouteErrors,
    },
  });
  openapiGet(app, route, async (c, { param, query }) => {
    const { channelName, role, tokenType, uid } = param;
    const expire = expiryFromQuery(query.expiry, config.maxExpireSeconds);
    const rtcToken = await tokens.buildRtcToken({
      appId: config.appId,
      appCertificate: config.appCertificate,
      channelName,
      role,
      expiresInSeconds: expire,
      ...rtcIdentity(tokenType, uid),
    });
    return c.json({ rtcToken }, 200);
  });
}
