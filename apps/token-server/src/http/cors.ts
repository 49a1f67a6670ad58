import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { HttpError, ServerErrorCode } from './errors.js';
import type { HeaderAccess } from './header-access.js';
import type { AllowedMethods } from './allowed-methods.js';

const ALLOW_HEADERS = 'Authorization, Content-Type, X-Request-Id';
const EXPOSE_HEADERS = 'X-Request-Id, Retry-After';
const PREFLIGHT_MAX_AGE_SECONDS = '600';

/**
 * CORS that only ever concerns browsers. A request without an Origin header
 * (curl, a mobile app, another server) is never refused: CORS does not apply
 * to it. agora-token-service answers those with 403, which breaks every
 * non-browser client unless CORS_ALLOW_ORIGIN is `*`.
 */
export function cors(allow: '*' | readonly string[], headers: HeaderAccess, methodsFor: AllowedMethods): MiddlewareHandler<AppEnv> {
  const allowed = allow === '*' ? null : new Set(allow);
  return async (c, next) => {
    const origin = headers.get(c, 'origin');
    if (origin !== undefined && allowed !== null && !allowed.has(origin)) {
      throw new HttpError(403, ServerErrorCode.OriginNotAllowed, 'this origin is not in CORS_ALLOW_ORIGIN');
    }
    // Set before the answer exists, so every answer carries them, error answers included
    // (a browser shows a 4xx body to the page only with them) and no answer is rebuilt to add them.
    if (origin !== undefined) {
      headers.set(c, 'Access-Control-Allow-Origin', allowed === null ? '*' : origin);
      headers.set(c, 'Access-Control-Expose-Headers', EXPOSE_HEADERS);
      if (allowed !== null) headers.set(c, 'Vary', 'Origin');
    }
    if (c.req.method === 'OPTIONS') {
      // The path's own methods: no route, no preflight (the 404 handler answers).
      const methods = methodsFor(c.req.path);
      if (methods === undefined) return next();
      headers.set(c, 'Access-Control-Allow-Methods', methods);
      headers.set(c, 'Access-Control-Allow-Headers', ALLOW_HEADERS);
      headers.set(c, 'Access-Control-Max-Age', PREFLIGHT_MAX_AGE_SECONDS);
      headers.set(c, 'Allow', methods);
      return c.body(null, 204);
    }
    await next();
  };
}
