import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import type { HeaderAccess } from './header-access.js';
import type { Logger } from './logger.js';

// A caller's id is kept only if it is short and plain, so it cannot forge log fields or headers.
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface RequestLogOptions {
  logger: Logger;
  headers: HeaderAccess;
  /** The client's address as the runtime reports it (undefined where it cannot). */
  clientAddress: (c: Context<AppEnv>) => string | undefined;
  trustProxy: boolean;
}

function lastForwardedHop(header: string | undefined): string | undefined {
  // The right-most entry is the one your own proxy appended; entries left of it are whatever the client sent.
  const hop = header?.split(',').pop()?.trim();
  return hop === '' ? undefined : hop;
}

/**
 * Gives each request an id (echoed as X-Request-Id), records who sent it, and
 * logs one line when it is answered: method, path, status and latency.
 */
export function requestLog(options: RequestLogOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const incoming = options.headers.get(c, 'x-request-id');
    const requestId = incoming !== undefined && ACCEPTABLE_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
    const forwarded = options.trustProxy ? lastForwardedHop(options.headers.get(c, 'x-forwarded-for')) : undefined;
    const client = forwarded ?? options.clientAddress(c) ?? 'unknown';
    c.set('requestId', requestId);
    c.set('clientAddress', client);
    // Set before the answer exists: adding a header to a finished answer makes Hono rebuild it.
    options.headers.set(c, 'X-Request-Id', requestId);
    try {
      await next();
    } finally {
      options.logger.info('request', {
        requestId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        latencyMs: Math.round((performance.now() - started) * 1000) / 1000,
        client,
      });
    }
  };
}
