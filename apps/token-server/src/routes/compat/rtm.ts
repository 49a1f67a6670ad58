import { createRoute, z } from '@hono/zod-openapi';
import { buildRtmToken } from '../../tokens/rtm-token.js';
import { jsonResponse, tokenRouteErrors, tokenSecurity } from '../openapi-shared.js';
import { openapiGet } from '../get-route.js';
import type { RouteDeps } from '../route-deps.js';
import { COMPAT_TAG, ExpiryQuery, expiryFromQuery, rtmUserId } from './params.js';

/** GET /rtm/:uid — agora-token-service's RTM route. */
export function registerCompatRtm({ app, config, tokens }: RouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/rtm/{uid}',
    tags: [COMPAT_TAG],
    summary: 'RTM login token (007)',
    ...tokenSecurity(config),
    request: {
      params: z.object({ uid: z.string().min(1).openapi({ param: { name: 'uid', in: 'path' }, example: 'alice' }) }),
      query: ExpiryQuery,
    },
    responses: {
      200: jsonResponse(z.object({ rtmToken: z.string() }).openapi('RtmTokenResponse'), 'The token'),
      ...tokenRouteErrors,
    },
  });
  openapiGet(app, route, async (c, { param, query }) => {
    const userId = rtmUserId(param.uid, 'uid');
    const expire = expiryFromQuery(query.expiry, config.maxExpireSeconds);
    return c.json({ rtmToken: await buildRtmToken(tokens, config, { userId, expire }) }, 200);
  });
}
