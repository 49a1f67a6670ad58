import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { HttpError, ServerErrorCode } from './errors.js';

const ALLOW_METHODS = 'GET, POST, OPTIONS';
const ALLOW_HEADERS = 'Authorization, Content-Type, X-Request-Id';
const EXPOSE_HEADERS = 'X-Request-Id, Retry-After';
const PREFLIGHT_MAX_AGE_SECONDS = '600';

/**
 * CORS that only ever concerns browsers. A request without an Origin header
 * (curl, a mobile app, another server) is never refused: CORS does not apply
 * to it. agora-token-service answers those with 403, which breaks every
 * non-browser client unless CORS_ALLOW_ORIGIN is `*`.
 */
export function cors(allow: '*' | readonly string[]): MiddlewareHandler<AppEnv> {
  const allowed = allow === '*' ? null : new Set(allow);
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && allowed !== null && !allowed.has(origin)) {
      throw new HttpError(403, ServerErrorCode.OriginNotAllowed, 'this origin is not in CORS_ALLOW_ORIGIN');
    }
    // Set before the answer exists, so every answer carries them, error answers included
    // (a browser shows a 4xx body to the page only with them) and no answer is rebuilt to add them.
    if (origin !== undefined) {
      c.header('Access-Control-Allow-Origin', allowed === null ? '*' : origin);
      c.header('Access-Control-Expose-Headers', EXPOSE_HEADERS);
      if (allowed !== null) c.header('Vary', 'Origin');
    }
    if (c.req.method === 'OPTIONS') {
      c.header('Access-Control-Allow-Methods', ALLOW_METHODS);
      c.header('Access-Control-Allow-Headers', ALLOW_HEADERS);
      c.header('Access-Control-Max-Age', PREFLIGHT_MAX_AGE_SECONDS);
      c.header('Allow', ALLOW_METHODS);
      return c.body(null, 204);
    }
    await next();
  };
}
