import { z } from '@hono/zod-openapi';
import type { RouteDeps } from '../route-deps.js';
import { registerPostToken } from './post-token-route.js';

/** FPA tokens always live 24 hours (as in Agora's references), so the body is empty. */
export function registerV1Fpa(deps: RouteDeps): void {
  const { appId, appCertificate } = deps.config;
  registerPostToken(deps, {
    path: '/v1/fpa',
    summary: 'FPA login token, valid 24 hours (FpaTokenBuilder.buildToken)',
    body: z.object({}).strict().openapi('V1FpaRequest'),
    build: () => deps.tokens.FpaTokenBuilder.buildToken(appId, appCertificate),
  });
}
