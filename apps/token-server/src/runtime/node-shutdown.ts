import type { Server } from 'node:http';
import type { Logger } from '../http/logger.js';

export interface ShutdownOptions {
  logger: Logger;
  timeoutSeconds: number;
  /** Called first, so /readyz turns 503 and a load balancer stops sending traffic. */
  onDraining: () => void;
  exit?: (code: number) => void;
}

// Keep-alive connections go idle only after their in-flight response: close them as they do.
const IDLE_SWEEP_MS = 50;

/**
 * On SIGTERM or SIGINT: stop accepting connections, let in-flight requests
 * finish, close connections as they go idle, then exit 0. Past the timeout,
 * or on a second signal, the remaining connections are cut and it exits 1.
 */
export function installGracefulShutdown(server: Server, options: ShutdownOptions): void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      options.logger.warn('second signal: exiting without waiting', { signal });
      server.closeAllConnections();
      exit(1);
      return;
    }
    stopping = true;
    options.onDraining();
    options.logger.info('shutting down: finishing in-flight requests', { signal, timeoutSeconds: options.timeoutSeconds });
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    const deadline = setTimeout(() => {
      options.logger.warn('shutdown timeout: closing the remaining connections');
      server.closeAllConnections();
      exit(1);
    }, options.timeoutSeconds * 1000);
    server.close((error) => {
      clearInterval(sweep);
      clearTimeout(deadline);
      options.logger.info('stopped');
      exit(error ? 1 : 0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
