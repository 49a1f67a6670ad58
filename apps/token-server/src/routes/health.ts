import { createRoute, z } from '@hono/zod-openapi';
import { jsonResponse } from './openapi-shared.js';
import type { RouteDeps } from './route-deps.js';

const Status = z.object({ status: z.string() }).openapi('Status');

/**
 * /ping (agora-token-service's), /healthz (the process answers) and /readyz
 * (it wants traffic: false once shutdown has begun, so a load balancer drains it).
 */
export function registerHealth({ app }: RouteDeps, isReady: () => boolean): void {
  const tags = ['health'];
  app.openapi(
    createRoute({ method: 'get', path: '/ping', tags, summary: 'agora-token-service liveness check', responses: { 200: jsonResponse(z.object({ message: z.literal('pong') }), 'pong') } }),
    (c) => c.json({ message: 'pong' as const }, 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/healthz', tags, summary: 'Liveness', responses: { 200: jsonResponse(Status, 'The process is serving') } }),
    (c) => c.json({ status: 'ok' }, 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/readyz',
      tags,
      summary: 'Readiness',
      responses: { 200: jsonResponse(Status, 'Ready for traffic'), 503: jsonResponse(Status, 'Shutting down') },
    }),
    (c) => (isReady() ? c.json({ status: 'ready' }, 200) : c.json({ status: 'shutting down' }, 503)),
  );
}
