import { ErrorCode } from '@agorakey/core';
import type { ErrorHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { HTTPException } from 'hono/http-exception';
import { HttpError, ServerErrorCode, errorBody } from './errors.js';
import { describeError, type Logger } from './logger.js';

const ENGINE_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));

/**
 * An engine error is recognised by its code, not by `instanceof`: a bundle
 * may hold more than one copy of the core package, and each has its own class.
 */
export function engineErrorCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && ENGINE_CODES.has(code) ? code : undefined;
}

/**
 * Turns every thrown error into a JSON answer. A client's mistake is a 4xx
 * with a stable code; anything else is a 500 that says nothing about why
 * (the log has the details).
 */
export function createErrorHandler(logger: Logger): ErrorHandler<AppEnv> {
  // Answering through the context keeps the headers middleware set before the failure (CORS, request id).
  return (error, c) => {
    if (error instanceof HttpError) return c.json(errorBody(error.code, error.message), error.status, error.headers);
    const engineCode = engineErrorCode(error);
    if (engineCode !== undefined) return c.json(errorBody(engineCode, error.message), 400);
    if (error instanceof HTTPException && error.status < 500) {
      const code =
        error.status === 413 ? ServerErrorCode.PayloadTooLarge
        : error.status === 415 ? ServerErrorCode.UnsupportedMediaType
        : /json/i.test(error.message) ? ServerErrorCode.InvalidJson
        : ServerErrorCode.BadRequest;
      return c.json(errorBody(code, error.message || 'bad request'), error.status);
    }
    logger.error('unhandled error', { requestId: c.get('requestId'), error: describeError(error) });
    return c.json(errorBody(ServerErrorCode.Internal, 'internal error'), 500);
  };
}
