import type { RouteDeps } from './route-deps.js';

/**
 * GET /openapi.json — generated from the same zod schemas that validate the
 * requests, so the document cannot drift from what the server accepts.
 */
export function registerOpenApiDocument({ app, config }: RouteDeps, version: string): void {
  if (config.authTokens.length > 0) {
    app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
      type: 'http',
      scheme: 'bearer',
      description: 'One of the tokens in AUTH_TOKENS',
    });
  }
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'agorakey token server',
      version,
      description:
        'Agora RTC, RTM, Chat, APaaS, FPA and agent tokens (AccessToken2 007 and AccessToken 006). The paths tagged ' +
        '"agora-token-service compatible" answer as AgoraIO-Community/agora-token-service does; /v1 covers every builder. ' +
        'Errors are {"error":{"code","message"}}.',
    },
  });
}
