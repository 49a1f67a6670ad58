import { sha256 } from '@agorakey/core';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { HttpError, ServerErrorCode } from './errors.js';
import type { HeaderAccess } from './header-access.js';

const encoder = new TextEncoder();

/** Equal-length digests compared without an early exit, so timing says nothing about how much matched. */
function sameDigest(a: Uint8Array, b: Uint8Array): boolean {
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

const unauthorized = (message: string) =>
  new HttpError(401, ServerErrorCode.Unauthorized, message, { 'WWW-Authenticate': 'Bearer realm="token-server"' });

/**
 * Bearer-token authentication for the token routes, on when AUTH_TOKENS is
 * set. Tokens are compared as SHA-256 digests (fixed length, constant time),
 * and every configured token is checked, so neither length nor position leaks.
 */
export function bearerAuth(tokens: readonly string[], headers: HeaderAccess): MiddlewareHandler<AppEnv> {
  const digests = tokens.map((token) => sha256(encoder.encode(token)));
  return async (c, next) => {
    const header = headers.get(c, 'authorization');
    if (header === undefined) throw unauthorized('this route needs an Authorization: Bearer <token> header');
    const match = /^Bearer[ ]+([^\s]+)\s*$/i.exec(header);
    if (!match) throw unauthorized('the Authorization header must be "Bearer <token>"');
    const presented = sha256(encoder.encode(match[1]!));
    let accepted = false;
    for (const digest of digests) accepted = sameDigest(digest, presented) || accepted;
    if (!accepted) throw unauthorized('the bearer token is not one of AUTH_TOKENS');
    await next();
  };
}
