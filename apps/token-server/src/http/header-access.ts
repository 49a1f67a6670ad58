import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';

/**
 * How the middleware reads request headers and adds response headers. Hono's
 * own (`c.req.header`, `c.header`) go through WHATWG Headers objects, which on
 * Node (@hono/node-server) are built per request from Node's own: ~4 us to read
 * the first header and ~5 us to add one, of a ~90 us request (measured under
 * load). The Node entry passes access to Node's objects instead.
 */
export interface HeaderAccess {
  /** A request header by lower-case name. */
  get(c: Context<AppEnv>, name: string): string | undefined;
  /** Adds a header to whatever answer the request gets, errors included. */
  set(c: Context<AppEnv>, name: string, value: string): void;
}

export const honoHeaders: HeaderAccess = {
  get: (c, name) => c.req.header(name),
  set: (c, name, value) => c.header(name, value),
};
