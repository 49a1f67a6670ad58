import { createRoute, z } from '@hono/zod-openapi';
import { jsonResponse, tokenRouteErrors, tokenSecurity } from '../openapi-shared.js';
import { openapiGet } from '../get-route.js';
import type { RouteDeps } from '../route-deps.js';
import { COMPAT_TAG, ExpiryQuery, expiryFromQuery } from './params.js';

const ChatResponse = z.object({ chatToken: z.string() }).openapi('ChatTokenResponse');

/** GET /chat/app and GET /chat/account/:chatId — agora-token-service's Chat routes. */
export function registerCompatChat({ app, config, tokens }: RouteDeps): void {
  const common = { method: 'get' as const, tags: [COMPAT_TAG], ...tokenSecurity(config) };
  const appRoute = createRoute({
    ...common,
    path: '/chat/app',
    summary: 'Chat app token (for Chat REST API calls)',
    request: { query: ExpiryQuery },
    responses: { 200: jsonResponse(ChatResponse, 'The token'), ...tokenRouteErrors },
  });
  const userRoute = createRoute({
    ...common,
    path: '/chat/account/{chatId}',
    summary: 'Chat user token (for the Chat SDK)',
    request: {
      params: z.object({ chatId: z.string().min(1).openapi({ param: { name: 'chatId', in: 'path' }, example: 'alice' }) }),
      query: ExpiryQuery,
    },
    responses: { 200: jsonResponse(ChatResponse, 'The token'), ...tokenRouteErrors },
  });
  openapiGet(app, appRoute, async (c, { query }) => {
    const expire = expiryFromQuery(query.expiry, config.maxExpireSeconds);
    return c.json({ chatToken: await tokens.ChatTokenBuilder.buildAppToken(config.appId, config.appCertificate, expire) }, 200);
  });
  openapiGet(app, userRoute, async (c, { param, query }) => {
    const expire = expiryFromQuery(query.expiry, config.maxExpireSeconds);
    const chatId = param.chatId;
    return c.json({ chatToken: await tokens.ChatTokenBuilder.buildUserToken(config.appId, config.appCertificate, chatId, expire) }, 200);
  });
}
