import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Codes of the errors the server itself reports; engine errors keep their own `ERR_...` codes. */
export const ServerErrorCode = {
  Validation: 'ERR_VALIDATION',
  InvalidJson: 'ERR_INVALID_JSON',
  UnsupportedMediaType: 'ERR_UNSUPPORTED_MEDIA_TYPE',
  PayloadTooLarge: 'ERR_PAYLOAD_TOO_LARGE',
  Unauthorized: 'ERR_UNAUTHORIZED',
  OriginNotAllowed: 'ERR_ORIGIN_NOT_ALLOWED',
  NotFound: 'ERR_NOT_FOUND',
  MethodNotAllowed: 'ERR_METHOD_NOT_ALLOWED',
  RateLimited: 'ERR_RATE_LIMITED',
  BadRequest: 'ERR_BAD_REQUEST',
  Internal: 'ERR_INTERNAL',
} as const;

export interface ErrorBody {
  error: { code: string; message: string };
}

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/** An error that already knows its HTTP answer. Thrown by middleware and handlers for a client's mistake. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const validationError = (message: string) => new HttpError(400, ServerErrorCode.Validation, message);

/** A JSON error response built outside the app (the Worker entry, when its configuration is invalid). */
export function errorResponse(status: ContentfulStatusCode, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(errorBody(code, message)), {
    status,
    headers: { 'content-type': 'application/json; charset=UTF-8', ...headers },
  });
}
