/**
 * Bun entry point: `bun src/entry/bun.ts` (Bun reads .env itself and maps
 * the workspace packages through tsconfig paths). Builds tokens with @agorakey/web's
 * portable provider on core's synchronous engine (createEngine: ~10% faster a token
 * than the Promise API, measured on Node; the app awaits either).
 */
import { createApi, createEngine, portableWebProvider } from '@agorakey/web';
import { createApp } from '../app.js';
import { bootProcess } from '../runtime/process-boot.js';

// The few Bun APIs used here, declared so the file type-checks with the rest of the package.
interface BunServer {
  port: number;
  hostname: string;
  stop(closeActiveConnections?: boolean): Promise<void>;
  requestIP(request: Request): { address: string } | null;
}
declare const Bun: {
  version: string;
  serve(options: { hostname: string; port: number; fetch: (request: Request, server: BunServer) => Response | Promise<Response> }): BunServer;
};

// Bun has already merged .env into process.env.
const { config, logger } = bootProcess(process.env, `bun ${Bun.version}`);

let ready = true;
const app = createApp(config, {
  // The portable provider: several times faster per token than SubtleCrypto (bench/web).
  tokens: createApi(createEngine({ crypto: portableWebProvider })),
  logger,
  clientAddress: (c) => (c.env as { clientAddress?: string } | undefined)?.clientAddress,
  isReady: () => ready,
});

const server = Bun.serve({
  hostname: config.host,
  port: config.port,
  fetch: (request, bunServer) => app.fetch(request, { clientAddress: bunServer.requestIP(request)?.address }),
});
logger.info('listening', { url: `http://${server.hostname.includes(':') ? `[${server.hostname}]` : server.hostname}:${server.port}`, port: server.port });

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) process.exit(1);
  stopping = true;
  ready = false;
  logger.info('shutting down: finishing in-flight requests', { signal, timeoutSeconds: config.shutdownTimeoutSeconds });
  const deadline = setTimeout(() => {
    logger.warn('shutdown timeout: exiting with requests still in flight');
    process.exit(1);
  }, config.shutdownTimeoutSeconds * 1000);
  // stop(false) stops listening and resolves once in-flight requests are answered.
  await server.stop(false);
  clearTimeout(deadline);
  logger.info('stopped');
  process.exit(0);
};
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
