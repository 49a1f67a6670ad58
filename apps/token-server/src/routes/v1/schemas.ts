import { z } from '@hono/zod-openapi';
import { DEFAULT_EXPIRE_SECONDS } from '../lifetime.js';
import { CHANNEL_NAME_PATTERN } from '../openapi-shared.js';

export const V1_TAG = 'v1';

export const ChannelName = z
  .string()
  .min(1)
  .max(64)
  .openapi({ example: 'my-channel', description: "1-64 of Agora's channel-name characters", pattern: CHANNEL_NAME_PATTERN });
export const UserId = z.string().min(1).openapi({ example: 'alice', description: '1-255 UTF-8 bytes' });
export const Uid = z.number().int().min(0).max(0xffffffff).openapi({ example: 1234, description: 'RTC uid, an unsigned 32-bit integer; 0 lets the SDK pick' });
export const RtcRole = z.enum(['publisher', 'subscriber']);
/** agora-token's RtcRole numbers, for the builders that take them. */
export const RTC_ROLE_NUMBER = { publisher: 1, subscriber: 2 } as const;

/**
 * Lifetimes in seconds, bounded by MAX_EXPIRE_SECONDS. Built per server so
 * the OpenAPI document states the limit this server enforces.
 */
export function lifetimes(max: number) {
  const fallback = Math.min(DEFAULT_EXPIRE_SECONDS, max);
  return {
    expiresIn: z.number().int().min(1).max(max).default(fallback).openapi({ description: `Token lifetime in seconds (default ${fallback}, at most ${max})` }),
    /** Privilege lifetimes may be 0: "as long as the token". */
    privilegeIn: z.number().int().min(0).max(max).openapi({ description: `Privilege lifetime in seconds from now; 0 means as long as the token (at most ${max})` }),
  };
}

/** A uid (number) or a user account (string), exactly one. */
export function withRtcIdentity<T extends z.ZodRawShape>(shape: T) {
  return z
    .object({
      ...shape,
      uid: Uid.optional(),
      account: z.string().min(1).optional().openapi({ example: 'alice', description: 'RTC user account, 1-255 UTF-8 bytes' }),
    })
    .refine((v: { uid?: unknown; account?: unknown }) => (v.uid === undefined) !== (v.account === undefined), { message: 'give exactly one of uid (a number) or account (a string)', path: ['uid'] })
    // The refinement, as the document states it: exactly one of the two is present.
    .openapi({ oneOf: [{ required: ['uid'] }, { required: ['account'] }] });
}

export function rtcIdentityOf(body: { uid?: number | undefined; account?: string | undefined }): { uid: number } | { account: string } {
  return body.uid !== undefined ? { uid: body.uid } : { account: body.account! };
}

/** The builders that take `string | number` for an account pass a uid through as a number (0 stays "any uid"). */
export function rtcAccountOf(body: { uid?: number | undefined; account?: string | undefined }): string | number {
  return body.uid ?? body.account!;
}
