import { readFileSync } from 'node:fs';
import { loadConfig, type Env, type ServerConfig } from '../config/load-config.js';
import type { Logger } from '../http/logger.js';
import { createBatchedWriter } from './batched-writer.js';
import { announce, createServerLogger, formatConfigErrors } from './startup.js';

/**
 * Start-up shared by the runtimes with Node's `process` (Node and Bun): validate
 * the configuration or exit saying why, then set up batched JSON logging on
 * stdout (flushed at exit) and announce what the server runs with.
 */
export function bootProcess(env: Env, runtime: string): { config: ServerConfig; logger: Logger } {
  const result = loadConfig(env, { readFile: (path) => readFileSync(path, 'utf8') });
  if (!result.ok) {
    process.stderr.write(formatConfigErrors(result.errors));
    process.exit(1);
  }
  const config = result.config;
  const output = createBatchedWriter((text) => process.stdout.write(text));
  process.on('exit', () => output.flush());
  const logger = createServerLogger(config, output.write);
  announce(config, logger, runtime);
  return { config, logger };
}
