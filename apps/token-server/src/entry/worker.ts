/**
 * Cloudflare Workers entry point (wrangler.toml's `main`). Configuration
 * comes from the Worker's bindings: [vars] for APP_ID and the rest, a secret
 * for APP_CERTIFICATE. Builds tokens with @agorakey/web's portable provider on
 * core's synchronous engine (see bun.ts), which need only Web APIs, so the
 * Worker needs no Node compatibility flag.
 */
import { createApi, createEngine, portableWebProvider } from '@agorakey/web';
import { createApp } from '../app.js';
import { loadConfig, type Env } from '../config/load-config.js';
import { errorResponse, ServerErrorCode } from '../http/errors.js';
import { announce, createServerLogger } from '../runtime/startup.js';

type App = ReturnType<typeof createApp>;

/** Only string bindings are settings; KV namespaces and the like are not. */
function settingsFrom(bindings: Record<string, unknown>): Env {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(bindings)) if (typeof value === 'string') env[name] = value;
  return env;
}

// An isolate serves many requests with the same bindings: build the app once, on the first one.
let built: { app: App } | { errors: string[] } | undefined;

function build(bindings: Record<string, unknown>): { app: App } | { errors: string[] } {
  const result = loadConfig(settingsFrom(bindings));
  if (!result.ok) {
    console.error(JSON.stringify({ level: 'error', msg: 'invalid configuration', errors: result.errors }));
    return { errors: result.errors };
  }
  const config = result.config;
  const logger = createServerLogger(config, (line) => console.log(line));
  announce(config, logger, 'workers');
  return {
    app: createApp(config, {
      // The portable provider: several times faster per token than SubtleCrypto (bench/web).
      tokens: createApi(createEngine({ crypto: portableWebProvider })),
      logger,
      // Set by Cloudflare's edge for every request; a client cannot forge it.
      clientAddress: (c) => c.req.header('cf-connecting-ip'),
    }),
  };
}

export default {
  fetch(request: Request, bindings: Record<string, unknown>, context: unknown): Response | Promise<Response> {
    built ??= build(bindings ?? {});
    if ('errors' in built) {
      // The operator's mistake, not the client's: a 5xx, with the details in the Worker's log only.
      return errorResponse(500, ServerErrorCode.Internal, 'the server is misconfigured');
    }
    return built.app.fetch(request, bindings, context as never);
  },
};
