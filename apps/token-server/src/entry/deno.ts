/**
 * Deno entry point: `deno run --allow-net --allow-env --allow-read src/entry/deno.ts`
 * (deno.json maps the workspace packages). Builds tokens with @agorakey/web's
 * portable provider on core's synchronous engine (see bun.ts).
 */
import { createApi, createEngine, portableWebProvider } from '@agorakey/web';
import { createApp } from '../app.js';
import { loadConfig } from '../config/load-config.js';
import { createBatchedWriter } from '../runtime/batched-writer.js';
import { announce, createServerLogger, formatConfigErrors, mergeEnv } from '../runtime/startup.js';

// The few Deno APIs used here, declared so the file type-checks with the rest of the package.
interface DenoServer {
  shutdown(): Promise<void>;
}
interface DenoServeInfo {
  remoteAddr: { hostname: string };
}
declare const Deno: {
  env: { toObject(): Record<string, string> };
  readTextFileSync(path: string): string;
  serve(
    options: { hostname: string; port: number; onListen: (addr: { hostname: string; port: number }) => void },
    handler: (request: Request, info: DenoServeInfo) => Response | Promise<Response>,
  ): DenoServer;
  addSignalListener(signal: 'SIGTERM' | 'SIGINT', handler: () => void): void;
  exit(code: number): never;
  version: { deno: string };
  stdout: { writeSync(bytes: Uint8Array): number };
  stderr: { writeSync(bytes: Uint8Array): number };
};

const encoder = new TextEncoder();
const writeAll = (stream: { writeSync(bytes: Uint8Array): number }, text: string) => {
  let bytes = encoder.encode(text);
  while (bytes.length > 0) bytes = bytes.subarray(stream.writeSync(bytes));
};
const readOptional = (path: string): string | undefined => {
  try {
    return Deno.readTextFileSync(path);
  } catch {
    return undefined;
  }
};

const result = loadConfig(mergeEnv(Deno.env.toObject(), readOptional('.env')), { readFile: (path) => Deno.readTextFileSync(path) });
if (!result.ok) {
  writeAll(Deno.stderr, formatConfigErrors(result.errors));
  Deno.exit(1);
}
const config = result.config;
const output = createBatchedWriter((text) => writeAll(Deno.stdout, text));
const logger = createServerLogger(config, output.write);
announce(config, logger, `deno ${Deno.version.deno}`);

let ready = true;
const app = createApp(config, {
  // The portable provider: several times faster per token than SubtleCrypto (bench/web).
  tokens: createApi(createEngine({ crypto: portableWebProvider })),
  logger,
  clientAddress: (c) => (c.env as Partial<DenoServeInfo> | undefined)?.remoteAddr?.hostname,
  isReady: () => ready,
});

const server = Deno.serve(
  {
    hostname: config.host,
    port: config.port,
    onListen: ({ hostname, port }) => logger.info('listening', { url: `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`, port }),
  },
  (request, info) => track(app.fetch(request, info)),
);

// Deno's server.shutdown() cuts the body of a request still arriving, so the
// requests in flight when shutdown begins are awaited first (see stop below).
const inFlight = new Set<Promise<unknown>>();
function track(answer: Response | Promise<Response>): Response | Promise<Response> {
  if (answer instanceof Response) return answer;
  const settled = answer.then(() => undefined, () => undefined);
  inFlight.add(settled);
  void settled.then(() => inFlight.delete(settled));
  return answer;
}

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) {
    output.flush();
    Deno.exit(1);
  }
  stopping = true;
  ready = false;
  logger.info('shutting down: finishing in-flight requests', { signal, timeoutSeconds: config.shutdownTimeoutSeconds });
  const deadline = setTimeout(() => {
    logger.warn('shutdown timeout: exiting with requests still in flight');
    output.flush();
    Deno.exit(1);
  }, config.shutdownTimeoutSeconds * 1000);
  // New connections are still accepted (and /readyz answers 503) until these are answered.
  await Promise.all([...inFlight]);
  // Then stop listening and close the idle connections.
  await server.shutdown();
  clearTimeout(deadline);
  logger.info('stopped');
  output.flush();
  Deno.exit(0);
};
Deno.addSignalListener('SIGTERM', () => void stop('SIGTERM'));
Deno.addSignalListener('SIGINT', () => void stop('SIGINT'));
