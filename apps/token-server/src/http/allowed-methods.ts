import type { Hono } from 'hono';
import type { AppEnv } from './app-env.js';

/** The methods a path takes, as an `Allow` value (e.g. "GET, HEAD, OPTIONS"), or undefined for no route. */
export type AllowedMethods = (path: string) => string | undefined;

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
 * Which methods each path takes, read from the app's routes (RFC 9110 section
 * 10.2.1: `Allow` lists the target resource's methods, not the server's). The
 * routes are read once, on first use, after every route is registered; HEAD
 * comes with GET (Hono answers it) and OPTIONS with every route (the CORS
 * middleware answers it).
 */
export function allowedMethods(app: Hono<AppEnv>): AllowedMethods {
  let endpoints: Endpoint[] | undefined;
  return (path) => {
    endpoints ??= app.routes.filter((r) => r.method !== 'ALL').map((r) => ({ method: r.method, pattern: compile(r.path) }));
    const methods = new Set(endpoints.filter((e) => e.pattern.test(path)).map((e) => e.method));
    if (methods.size === 0) return undefined;
    if (methods.has('GET')) methods.add('HEAD');
    methods.add('OPTIONS');
    return [...methods].sort().join(', ');
  };
}
