/** A per-client token bucket: up to `capacity` requests at once, refilled at `refillPerSecond`. */
export interface RateLimitSpec {
  capacity: number;
  refillPerSecond: number;
  /** The setting as written, for logs. */
  text: string;
}

const UNIT_SECONDS: Record<string, number> = {
  s: 1, sec: 1, second: 1,
  m: 60, min: 60, minute: 60,
  h: 3600, hour: 3600,
};

/**
 * `RATE_LIMIT` is `<count>/<unit>` (`60/min`, `10/s`, `1000/hour`) or a bare
 * count per minute; empty, `0` or `off` disables it. Returns an error message
 * for anything else, so a typo never silently disables the limit.
 */
export function parseRateLimit(text: string | undefined): RateLimitSpec | null | string {
  const value = (text ?? '').trim().toLowerCase();
  if (value === '' || value === '0' || value === 'off') return null;
  const match = /^([1-9][0-9]{0,8})(?:\s*\/\s*([a-z]+))?$/.exec(value);
  const unit = match?.[2] ?? 'min';
  const seconds = UNIT_SECONDS[unit];
  if (!match || seconds === undefined) {
    return `RATE_LIMIT must look like 60/min, 10/s or 1000/hour (or 0/off to disable); got ${JSON.stringify(text)}`;
  }
  const capacity = Number(match[1]);
  return { capacity, refillPerSecond: capacity / seconds, text: `${capacity}/${unit}` };
}
