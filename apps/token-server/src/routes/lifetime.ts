import { HttpError } from '../http/errors.js';

/** agora-token-service's default token lifetime. */
export const DEFAULT_EXPIRE_SECONDS = 3600;

/**
 * Checks a requested lifetime against MAX_EXPIRE_SECONDS. Rejected, never
 * clamped: a client asking for a week should learn it gets at most a day.
 */
export function checkLifetime(seconds: number, max: number, parameter: string, allowZero = false): number {
  const min = allowZero ? 0 : 1;
  if (!Number.isSafeInteger(seconds) || seconds < min || seconds > max) {
    throw new HttpError(400, 'ERR_INVALID_EXPIRE', `${parameter}: must be an integer number of seconds in [${min}, ${max}] (MAX_EXPIRE_SECONDS); got ${seconds}`);
  }
  return seconds;
}
