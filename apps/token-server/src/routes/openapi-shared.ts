import { z } from '@hono/zod-openapi';
import type { ServerConfig } from '../config/load-config.js';
import { CHANNEL_NAME_SOURCE } from '../tokens/channel-name.js';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'ERR_INVALID_UID', description: 'Stable machine-readable code' }),
      message: z.string().openapi({ example: 'uid: must be an unsigned 32-bit integer' }),
    }),
  })
  .openapi('Error');

const json = (description: string) => ({ description, content: { 'application/json': { schema: ErrorSchema } } });

/** The answers every token route can give besides success. */
export const tokenRouteErrors = {
  400: json('Invalid parameters (ERR_VALIDATION, or an engine code such as ERR_INVALID_UID)'),
  401: json('Missing or wrong bearer token (when AUTH_TOKENS is set)'),
  403: json('Origin not in CORS_ALLOW_ORIGIN'),
  429: json('Rate limit exceeded; see Retry-After'),
} as const;

export const jsonBodyErrors = {
  413: json('Body larger than the limit'),
  415: json('Body is not JSON'),
} as const;

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** Token routes declare bearer security only when the server enforces it, so the document matches the server. */
export function tokenSecurity(config: ServerConfig): { security?: Array<Record<string, string[]>> } {
  return config.authTokens.length > 0 ? { security: [{ bearerAuth: [] }] } : {};
}

/**
 * Agora's channel-name rule as the OpenAPI document states it, for the compatible
 * routes' path parameters and the /v1 bodies. The engine checks it
 * (ERR_INVALID_CHANNEL_NAME, naming the character at fault), so zod does not repeat it.
 */
export const CHANNEL_NAME_PATTERN = `^${CHANNEL_NAME_SOURCE}$`;

export const TokenSchema = z.object({ token: z.string().openapi({ example: '007eJxTYBBb...' }) }).openapi('Token');
