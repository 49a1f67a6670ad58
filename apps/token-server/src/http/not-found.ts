import type { Hono, NotFoundHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { ServerErrorCode, errorBody } from './errors.js';

interface Endpoint {
  method: string;
  pattern: RegExp;
}

function compile(path: string): RegExp {
  const source = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment === '*' ? '.*' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}

/**
 * Hono answers an unmatched method with 404; a client deserves to learn that
 * the path exists and which methods it takes. The endpoints are read from the
 * app once, on the first miss, after every route is registered.
 */
export function notFoundOrMethodNotAllowed(app: Hono<AppEnv>): NotFoundHandler<AppEnv> {
  let endpoints: Endpoint[] | undefined;
  return (c) => {
    endpoints ??= app.routes.filter((r) => r.method !== 'ALL').map((r) => ({ method: r.method, pattern: compile(r.path) }));
    const methods = new Set(endpoints.filter((e) => e.pattern.test(c.req.path)).map((e) => e.method));
    if (methods.size > 0) {
      if (methods.has('GET')) methods.add('HEAD');
      methods.add('OPTIONS');
      const allow = [...methods].sort().join(', ');
      return c.json(errorBody(ServerErrorCode.MethodNotAllowed, `${c.req.method} is not allowed here; use ${allow}`), 405, { Allow: allow });
    }
    return c.json(errorBody(ServerErrorCode.NotFound, 'no such route; the routes are listed at /openapi.json'), 404);
  };
}
