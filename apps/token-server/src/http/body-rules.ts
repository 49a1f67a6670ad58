import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './app-env.js';
import { HttpError, ServerErrorCode } from './errors.js';

/** Far above any real request (an RTM2 permission list, a token to inspect), far below anything abusive. */
export const MAX_BODY_BYTES = 16 * 1024;

export function limitBody(maxBytes = MAX_BODY_BYTES): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new HttpError(413, ServerErrorCode.PayloadTooLarge, `request bodies are limited to ${maxBytes} bytes`);
    },
  });
}

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;

/** The /v1 API takes JSON only; anything else is a 415 rather than a confusing validation error. */
export function requireJsonBody(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === 'POST') {
      const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
      if (!JSON_MEDIA_TYPE.test(mediaType)) {
        throw new HttpError(415, ServerErrorCode.UnsupportedMediaType, 'send the request body as JSON with Content-Type: application/json');
      }
    }
    await next();
  };
}
