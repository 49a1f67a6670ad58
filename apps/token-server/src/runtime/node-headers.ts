import type { HttpBindings } from '@hono/node-server';
import type { HeaderAccess } from '../http/header-access.js';

/**
 * Headers on Node's IncomingMessage and ServerResponse. @hono/node-server
 * writes an answer with writeHead, which merges headers already set with
 * setHeader, so these reach every answer, errors included.
 */
export const nodeHeaders: HeaderAccess = {
  get: (c, name) => {
    const value = (c.env as HttpBindings).incoming.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  },
  set: (c, name, value) => {
    (c.env as HttpBindings).outgoing.setHeader(name, value);
  },
};
