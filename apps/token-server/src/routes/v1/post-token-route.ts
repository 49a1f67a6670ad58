import { createRoute, type z } from '@hono/zod-openapi';
import { jsonBodyErrors, jsonResponse, TokenSchema, tokenRouteErrors, tokenSecurity } from '../openapi-shared.js';
import type { RouteDeps } from '../route-deps.js';
import { V1_TAG } from './schemas.js';

export interface PostTokenRoute<S extends z.ZodType> {
  path: string;
  summary: string;
  description?: string;
  body: S;
  /** Builds the token from the validated body; may return a Promise (the web engine) or a string (Node's). */
  build: (body: z.output<S>) => Promise<string> | string;
}

/** Registers `POST path` taking a JSON body validated by `body` and answering `{"token"}`. */
export function registerPostToken<S extends z.ZodType>({ app, config }: RouteDeps, spec: PostTokenRoute<S>): void {
  const route = createRoute({
    method: 'post',
    path: spec.path,
    tags: [V1_TAG],
    summary: spec.summary,
    ...(spec.description === undefined ? {} : { description: spec.description }),
    ...tokenSecurity(config),
    request: { body: { required: true, content: { 'application/json': { schema: spec.body } } } },
    responses: { 200: jsonResponse(TokenSchema, 'The token'), ...tokenRouteErrors, ...jsonBodyErrors },
  });
  app.openapi(route, async (c) => {
    // The route's input type depends on S, which TypeScript cannot resolve inside this generic function.
    const body = c.req.valid('json' as never) as z.output<S>;
    return c.json({ token: await spec.build(body) }, 200);
  });
}
