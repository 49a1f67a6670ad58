import type { LogLevel } from '../config/load-config.js';

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  level: LogLevel;
  /** Strings that must never appear in a log line (the app certificate); each is replaced by [REDACTED]. */
  secrets?: readonly string[];
  /** Receives one JSON line per entry, without the newline. */
  write: (line: string) => void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Date#toISOString costs about a microsecond; within one millisecond every line shares the same text. */
function isoClock(): () => string {
  let lastMs = -1;
  let lastIso = '';
  return () => {
    const ms = Date.now();
    if (ms !== lastMs) {
      lastMs = ms;
      lastIso = new Date(ms).toISOString();
    }
    return lastIso;
  };
}

/**
 * One JSON object per line: `time`, `level`, `msg`, then the fields. Secrets
 * are scrubbed from the serialised line itself (case-insensitively), so no
 * field, message or error text can leak one, whatever put it there.
 */
export function createLogger(options: LoggerOptions): Logger {
  const threshold = RANK[options.level];
  const secrets = (options.secrets ?? []).filter((s) => s.length > 0);
  const scrub = secrets.length === 0 ? null : new RegExp(secrets.map(escapeRegExp).join('|'), 'gi');
  const now = isoClock();
  const log = (level: Exclude<LogLevel, 'silent'>, msg: string, fields?: LogFields) => {
    if (RANK[level] < threshold) return;
    let line: string;
    try {
      line = JSON.stringify({ time: now(), level, msg, ...fields });
    } catch {
      line = JSON.stringify({ time: now(), level, msg, note: 'fields could not be serialised' });
    }
    options.write(scrub ? line.replace(scrub, '[REDACTED]') : line);
  };
  return {
    debug: (msg, fields) => log('debug', msg, fields),
    info: (msg, fields) => log('info', msg, fields),
    warn: (msg, fields) => log('warn', msg, fields),
    error: (msg, fields) => log('error', msg, fields),
  };
}

/** What an unexpected error looks like in a log: its name, message and stack, never its enumerable extras. */
export function describeError(error: unknown): LogFields {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { value: String(error) };
}
