import { createRoute, z } from '@hono/zod-openapi';
import { validationError } from '../../http/errors.js';
import { parseJsonText } from '../../http/validation.js';
import { buildRtmToken } from '../../tokens/rtm-token.js';
import { DEFAULT_EXPIRE_SECONDS, checkLifetime } from '../lifetime.js';
import { jsonBodyErrors, jsonResponse, tokenRouteErrors, tokenSecurity } from '../openapi-shared.js';
import type { RouteDeps } from '../route-deps.js';
import { COMPAT_TAG } from './params.js';

const GetTokenRequest = z
  .object({
    tokenType: z.enum(['rtc', 'rtm', 'chat']),
    channel: z.string().optional().openapi({ description: 'rtc: the channel (required). rtm: also grant this RTM stream channel ("*" for all).' }),
    role: z.enum(['publisher', 'subscriber']).optional().openapi({ description: 'rtc only; default subscriber' }),
    uid: z
      .union([z.string(), z.number().int().min(0)])
      .optional()
      .openapi({ description: 'rtc: digits are a uid in [0, 4294967295] (never truncated), anything else a user account. rtm: the user id (required). chat: a user token when set, an app token when not.' }),
    expire: z.number().int().min(0).optional().openapi({ description: `Seconds; 0 or absent means ${DEFAULT_EXPIRE_SECONDS}` }),
  })
  .openapi('GetTokenRequest');

/**
 * POST /getToken — agora-token-service's single endpoint. Like its Go
 * original, it reads the body as JSON whatever the Content-Type, or none
 * (browsers send `text/plain` for a string body), and answers `{"token"}` as
 * JSON, as its README documents. @hono/zod-openapi would answer 415 to those
 * bodies, so the route is documented from the schema and validated by hand
 * with the same schema.
 */
export function registerCompatGetToken({ app, config, tokens }: RouteDeps): void {
  app.openAPIRegistry.registerPath(
    createRoute({
      method: 'post',
      path: '/getToken',
      tags: [COMPAT_TAG],
      summary: 'RTC, RTM or Chat token from a JSON body (any Content-Type)',
      ...tokenSecurity(config),
      request: { body: { required: true, content: { 'application/json': { schema: GetTokenRequest } } } },
      responses: {
        200: jsonResponse(z.object({ token: z.string() }).openapi('GetTokenResponse'), 'The token'),
        ...tokenRouteErrors,
        ...jsonBodyErrors,
      },
    }),
  );
  app.post('/getToken', async (c) => {
    const body = parseJsonText(GetTokenRequest, await c.req.text());
    const expire = body.expire === undefined || body.expire === 0 ? DEFAULT_EXPIRE_SECONDS : checkLifetime(body.expire, config.maxExpireSeconds, 'expire');
    const uid = body.uid === undefined ? '' : String(body.uid);
    const { appId, appCertificate } = config;

    let token: string;
    if (body.tokenType === 'rtc') {
      if (!body.channel) throw validationError('channel: required for tokenType rtc');
      if (uid === '') throw validationError('uid: required for tokenType rtc (a uid, 0 for any, or a user account)');
      const identity = /^[0-9]+$/.test(uid) ? { uid: Number(uid) } : { account: uid };
      token = await tokens.buildRtcToken({ appId, appCertificate, channelName: body.channel, role: body.role ?? 'subscriber', expiresInSeconds: expire, ...identity });
    } else if (body.tokenType === 'rtm') {
      if (uid === '') throw validationError('uid: required for tokenType rtm');
      token = await buildRtmToken(tokens, config, { userId: uid, expire, streamChannel: body.channel || undefined });
    } else {
      token = uid === ''
        ? await tokens.ChatTokenBuilder.buildAppToken(appId, appCertificate, expire)
        : await tokens.ChatTokenBuilder.buildUserToken(appId, appCertificate, uid, expire);
    }
    return c.json({ token }, 200);
  });
}
