import type { NotFoundHandler } from 'hono';
import type { AllowedMethods } from './allowed-methods.js';
import type { AppEnv } from './app-env.js';
import { ServerErrorCode, errorBody } from './errors.js';

/**
 * Hono answers an unmatched method with 404; a client deserves to learn that
 * the path exists and which methods it takes.
 */
export function notFoundOrMethodNotAllowed(methodsFor: AllowedMethods): NotFoundHandler<AppEnv> {
  return (c) => {
    const allow = methodsFor(c.req.path);
    if (allow !== undefined) {
      return c.json(errorBody(ServerErrorCode.MethodNotAllowed, `${c.req.method} is not allowed here; use ${allow}`), 405, { Allow: allow });
    }
    return c.json(errorBody(ServerErrorCode.NotFound, 'no such route; the routes are listed at /openapi.json'), 404);
  };
}
