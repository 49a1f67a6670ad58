import { DEMO_APP_CERTIFICATE, DEMO_APP_ID } from './demo.js';
import { parseRateLimit, type RateLimitSpec } from './rate-limit-spec.js';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ServerConfig {
  appId: string;
  /** Never logged, never echoed: see http/logger.ts, which also scrubs it from every line. */
  appCertificate: string;
  /** True when running on Agora's public sample credentials. */
  demo: boolean;
  port: number;
  host: string;
  /** `'*'` or the exact origins allowed to call from a browser. */
  corsAllowOrigin: '*' | readonly string[];
  /** Bearer tokens accepted on token routes; empty means no authentication. */
  authTokens: readonly string[];
  maxExpireSeconds: number;
  rateLimit: RateLimitSpec | null;
  /** Take the client address from the last X-Forwarded-For hop (set by your proxy). */
  trustProxy: boolean;
  logLevel: LogLevel;
  shutdownTimeoutSeconds: number;
}

export type Env = Readonly<Record<string, string | undefined>>;

export interface LoadOptions {
  /** Reads APP_CERTIFICATE_FILE; absent where the runtime has no files (Workers). */
  readFile?: (path: string) => string;
}

export type LoadResult = { ok: true; config: ServerConfig } | { ok: false; errors: string[] };

const HEX32 = /^[0-9a-fA-F]{32}$/;
const MIN_AUTH_TOKEN_LENGTH = 16;
// Agora honours at most 24 hours; a longer default would only hide that.
const DEFAULT_MAX_EXPIRE_SECONDS = 86_400;

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Describes a rejected certificate by its shape only: its characters never reach a message. */
function certificateProblem(value: string, source: string): string | undefined {
  if (HEX32.test(value)) return undefined;
  const shape = value.length === 32 ? '32 characters, not all hexadecimal' : `${value.length} characters`;
  return `${source} must be the 32 hexadecimal characters of an Agora App Certificate; got ${shape}`;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number, errors: string[]): number {
  const text = nonEmpty(env[name]);
  if (text === undefined) return fallback;
  const value = /^[0-9]+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    errors.push(`${name} must be an integer in [${min}, ${max}]; got ${JSON.stringify(text)}`);
    return fallback;
  }
  return value;
}

function boolean(env: Env, name: string, errors: string[]): boolean {
  const text = nonEmpty(env[name])?.toLowerCase();
  if (text === undefined || text === 'false' || text === '0' || text === 'no') return false;
  if (text === 'true' || text === '1' || text === 'yes') return true;
  errors.push(`${name} must be true or false; got ${JSON.stringify(env[name])}`);
  return false;
}

function list(text: string | undefined): string[] {
  return (text ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
}

function credentials(env: Env, options: LoadOptions, errors: string[]): { appId: string; appCertificate: string; demo: boolean } {
  const appId = nonEmpty(env.APP_ID);
  const inline = nonEmpty(env.APP_CERTIFICATE);
  const file = nonEmpty(env.APP_CERTIFICATE_FILE);
  if (inline !== undefined && file !== undefined) {
    errors.push('set APP_CERTIFICATE or APP_CERTIFICATE_FILE, not both');
  }
  let certificate = inline;
  if (file !== undefined && inline === undefined) {
    if (!options.readFile) {
      errors.push('APP_CERTIFICATE_FILE is not supported on this runtime: set APP_CERTIFICATE (a secret)');
    } else {
      try {
        certificate = options.readFile(file).trim();
        const problem = certificateProblem(certificate, `APP_CERTIFICATE_FILE (${file})`);
        if (problem) errors.push(problem);
      } catch (error) {
        errors.push(`APP_CERTIFICATE_FILE (${file}) could not be read: ${(error as { code?: string }).code ?? 'error'}`);
      }
    }
  } else if (inline !== undefined) {
    const problem = certificateProblem(inline, 'APP_CERTIFICATE');
    if (problem) errors.push(problem);
  }

  if (appId === undefined && certificate === undefined && file === undefined) {
    if (nonEmpty(env.NODE_ENV) === 'production') {
      errors.push('APP_ID and APP_CERTIFICATE are required when NODE_ENV=production (demo mode is for development only)');
    }
    return { appId: DEMO_APP_ID, appCertificate: DEMO_APP_CERTIFICATE, demo: true };
  }
  if (appId === undefined) errors.push('APP_ID is required when a certificate is set');
  else if (!HEX32.test(appId)) errors.push(`APP_ID must be the 32 hexadecimal characters of an Agora App ID; got ${JSON.stringify(appId)}`);
  if (certificate === undefined && file === undefined) errors.push('APP_CERTIFICATE (or APP_CERTIFICATE_FILE) is required when APP_ID is set');
  return { appId: appId ?? '', appCertificate: certificate ?? '', demo: false };
}

/**
 * Validates the whole configuration at start and reports every problem at
 * once; a server that starts is a server whose settings all make sense.
 */
export function loadConfig(env: Env, options: LoadOptions = {}): LoadResult {
  const errors: string[] = [];
  const { appId, appCertificate, demo } = credentials(env, options, errors);

  const origins = list(env.CORS_ALLOW_ORIGIN);
  let corsAllowOrigin: ServerConfig['corsAllowOrigin'] = '*';
  if (origins.length > 0 && !origins.includes('*')) {
    for (const origin of origins) {
      if (!/^https?:\/\/[^/\s]+$/.test(origin)) errors.push(`CORS_ALLOW_ORIGIN entries must be origins like https://app.example.com (no path); got ${JSON.stringify(origin)}`);
    }
    corsAllowOrigin = origins;
  }

  const authTokens = list(env.AUTH_TOKENS);
  if (authTokens.some((token) => token.length < MIN_AUTH_TOKEN_LENGTH)) {
    errors.push(`AUTH_TOKENS entries must be at least ${MIN_AUTH_TOKEN_LENGTH} characters each`);
  }

  const rateLimit = parseRateLimit(env.RATE_LIMIT);
  if (typeof rateLimit === 'string') errors.push(rateLimit);

  const logLevel = (nonEmpty(env.LOG_LEVEL)?.toLowerCase() ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) errors.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got ${JSON.stringify(env.LOG_LEVEL)}`);

  // agora-token-service reads SERVER_PORT first; honouring it keeps its .env files working.
  const portName = nonEmpty(env.PORT) !== undefined ? 'PORT' : 'SERVER_PORT';
  const config: ServerConfig = {
    appId,
    appCertificate,
    demo,
    port: integer(env, portName, 8080, 0, 65535, errors),
    // Demo mode listens on loopback only: there is nothing to serve to other machines.
    host: nonEmpty(env.HOST) ?? (demo ? '127.0.0.1' : '0.0.0.0'),
    corsAllowOrigin,
    authTokens,
    maxExpireSeconds: integer(env, 'MAX_EXPIRE_SECONDS', DEFAULT_MAX_EXPIRE_SECONDS, 1, 0xffffffff, errors),
    rateLimit: typeof rateLimit === 'string' ? null : rateLimit,
    trustProxy: boolean(env, 'TRUST_PROXY', errors),
    logLevel,
    shutdownTimeoutSeconds: integer(env, 'SHUTDOWN_TIMEOUT_SECONDS', 10, 0, 3600, errors),
  };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, config };
}
