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
import { nodeHeaders } from '../runtime/node-headers.js';
import { installGracefulShutdown } from '../runtime/node-shutdown.js';
import { bootProcess } from '../runtime/process-boot.js';
import { mergeEnv } from '../runtime/startup.js';

const dotenv = existsSync('.env') ? readFileSync('.env', 'utf8') : undefined;
const { config, logger } = bootProcess(mergeEnv(process.env, dotenv), `node ${process.version}`);

let ready = true;
const app = createApp(config, {
  tokens: createAgoraKey(),
  logger,
  clientAddress: (c) => getConnInfo(c).remote.address,
  isReady: () => ready,
  headers: nodeHeaders,
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
