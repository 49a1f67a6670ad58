/**
 * Node.js entry point (the default: `pnpm start`). Builds tokens with
 * @agorakey/node, which is synchronous and the fastest engine on Node.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createAgoraKey } from '@agorakey/node';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from '../app.js';
import { loadConfig } from '../config/load-config.js';
import { createBatchedWriter } from '../runtime/batched-writer.js';
import { installGracefulShutdown } from '../runtime/node-shutdown.js';
import { announce, createServerLogger, formatConfigErrors, mergeEnv } from '../runtime/startup.js';

const dotenv = existsSync('.env') ? readFileSync('.env', 'utf8') : undefined;
const result = loadConfig(mergeEnv(process.env, dotenv), { readFile: (path) => readFileSync(path, 'utf8') });
if (!result.ok) {
  process.stderr.write(formatConfigErrors(result.errors));
  process.exit(1);
}
const config = result.config;
const output = createBatchedWriter((text) => process.stdout.write(text));
process.on('exit', () => output.flush());
const logger = createServerLogger(config, output.write);
announce(config, logger, `node ${process.version}`);

let ready = true;
const app = createApp(config, {
  tokens: createAgoraKey(),
  logger,
  clientAddress: (c) => getConnInfo(c).remote.address,
  isReady: () => ready,
});

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  logger.info('listening', { url: `http://${info.family === 'IPv6' ? `[${info.address}]` : info.address}:${info.port}`, port: info.port });
}) as Server;
// Bound how long a slow or idle client may hold a connection.
server.headersTimeout = 10_000;
server.requestTimeout = 30_000;
server.keepAliveTimeout = 5_000;
server.on('error', (error: NodeJS.ErrnoException) => {
  logger.error('cannot listen', { code: error.code, host: config.host, port: config.port });
  process.exit(1);
});

installGracefulShutdown(server, { logger, timeoutSeconds: config.shutdownTimeoutSeconds, onDraining: () => (ready = false) });
