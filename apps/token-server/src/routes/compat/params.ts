import { z } from '@hono/zod-openapi';
import { validationError } from '../../http/errors.js';
import { DEFAULT_EXPIRE_SECONDS, checkLifetime } from '../lifetime.js';
import { CHANNEL_NAME_PATTERN } from '../openapi-shared.js';

export const COMPAT_TAG = 'agora-token-service compatible';

export const RoleParam = z.enum(['publisher', 'subscriber']).openapi({ description: 'RTC role. Unlike agora-token-service, an unknown role is a 400, not a silent subscriber.' });
export const TokenTypeParam = z.enum(['uid', 'userAccount']).openapi({ description: '`uid`: the uid is a number in [0, 4294967295]; `userAccount`: a string account' });
const channelName = z.string().min(1).openapi({ example: 'my-channel', pattern: CHANNEL_NAME_PATTERN });

export const RtcParams = z.object({
  channelName: channelName.openapi({ param: { name: 'channelName', in: 'path' } }),
  role: RoleParam.openapi({ param: { name: 'role', in: 'path' } }),
  tokenType: TokenTypeParam.openapi({ param: { name: 'tokenType', in: 'path' } }),
  uid: z.string().min(1).openapi({ param: { name: 'uid', in: 'path' }, example: '1234' }),
});

export const RteParams = z.object({
  channelName: channelName.openapi({ param: { name: 'channelName', in: 'path' } }),
  role: RoleParam.openapi({ param: { name: 'role', in: 'path' } }),
  tokenType: TokenTypeParam.openapi({ param: { name: 'tokenType', in: 'path' } }),
  rtcuid: z.string().min(1).openapi({ param: { name: 'rtcuid', in: 'path' }, example: '1234' }),
});

export const RteWithRtmParams = RteParams.extend({
  rtmuid: z.string().min(1).openapi({ param: { name: 'rtmuid', in: 'path' }, example: 'alice' }),
});

export const ExpiryQuery = z.object({
  expiry: z
    .string()
    .regex(/^[0-9]+$/, 'must be a whole number of seconds')
    .optional()
    .openapi({ param: { name: 'expiry', in: 'query' }, description: `Token lifetime in seconds (default ${DEFAULT_EXPIRE_SECONDS}, at most MAX_EXPIRE_SECONDS)`, example: '3600' }),
});

export function expiryFromQuery(expiry: string | undefined, max: number): number {
  return expiry === undefined ? DEFAULT_EXPIRE_SECONDS : checkLifetime(Number(expiry), max, 'expiry');
}

/** An RTC identity from the path: digits for `uid` (range-checked by the engine, never truncated), any string for `userAccount`. */
export function rtcIdentity(tokenType: 'uid' | 'userAccount', value: string): { uid: number } | { account: string } {
  if (tokenType === 'userAccount') return { account: value };
  if (!/^[0-9]+$/.test(value)) {
    throw validationError('uid: must be a whole number in [0, 4294967295] for tokenType uid; use tokenType userAccount for string accounts');
  }
  return { uid: Number(value) };
}

/** agora-token-service refuses an RTM user id of "0" (it means "any uid" only in RTC). */
export function rtmUserId(value: string, parameter: string): string {
  if (value === '' || value === '0') throw validationError(`${parameter}: must be a user id other than "0"`);
  return value;
}
