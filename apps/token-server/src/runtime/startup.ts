import { DEMO_WARNING } from '../config/demo.js';
import { parseEnvFile } from '../config/env-file.js';
import type { Env, ServerConfig } from '../config/load-config.js';
import { createLogger, type Logger } from '../http/logger.js';

/** The runtime's environment over a `.env` file's values: a variable that is set always wins, as with dotenv. */
export function mergeEnv(runtimeEnv: Env, dotenvText: string | undefined): Env {
  return { ...(dotenvText === undefined ? {} : parseEnvFile(dotenvText)), ...runtimeEnv };
}

/** The message a server that refuses to start prints, one problem per line. */
export function formatConfigErrors(errors: readonly string[]): string {
  return `token-server: invalid configuration, not starting:\n${errors.map((e) => `  - ${e}`).join('\n')}\n`;
}

export function createServerLogger(config: ServerConfig, write: (line: string) => void): Logger {
  return createLogger({ level: config.logLevel, secrets: [config.appCertificate], write });
}

/** Logs what the server runs with (never the certificate) and, in demo mode, says so loudly. */
export function announce(config: ServerConfig, logger: Logger, runtime: string): void {
  if (config.demo) logger.warn(DEMO_WARNING, { demo: true });
  logger.info('configuration', {
    runtime,
    appId: config.appId,
    demo: config.demo,
    corsAllowOrigin: config.corsAllowOrigin,
    auth: config.authTokens.length > 0 ? `${config.authTokens.length} bearer token(s)` : 'off',
    rateLimit: config.rateLimit?.text ?? 'off',
    maxExpireSeconds: config.maxExpireSeconds,
    trustProxy: config.trustProxy,
  });
}
