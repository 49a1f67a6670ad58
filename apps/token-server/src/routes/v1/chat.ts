import { z } from '@hono/zod-openapi';
import type { RouteDeps } from '../route-deps.js';
import { registerPostToken } from './post-token-route.js';
import { UserId, lifetimes } from './schemas.js';

/** 007 Chat: a user token for the SDK, an app token for the REST API. */
export function registerV1Chat(deps: RouteDeps): void {
  const { config, tokens } = deps;
  const { appId, appCertificate } = config;
  const { expiresIn } = lifetimes(config.maxExpireSeconds);

  registerPostToken(deps, {
    path: '/v1/chat/user',
    summary: 'Chat user token (ChatTokenBuilder.buildUserToken)',
    body: z.object({ userId: UserId, expiresInSeconds: expiresIn }).openapi('V1ChatUserRequest'),
    build: (b) => tokens.ChatTokenBuilder.buildUserToken(appId, appCertificate, b.userId, b.expiresInSeconds),
  });
  registerPostToken(deps, {
    path: '/v1/chat/app',
    summary: 'Chat app token (ChatTokenBuilder.buildAppToken)',
    body: z.object({ expiresInSeconds: expiresIn }).openapi('V1ChatAppRequest'),
    build: (b) => tokens.ChatTokenBuilder.buildAppToken(appId, appCertificate, b.expiresInSeconds),
  });
}
