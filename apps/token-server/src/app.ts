import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ServerConfig } from './config/load-config.js';
import type { AppEnv } from './http/app-env.js';
import { bearerAuth } from './http/auth.js';
import { honoHeaders, type HeaderAccess } from './http/header-access.js';
import { limitBody, requireJsonBody } from './http/body-rules.js';
import { cors } from './http/cors.js';
import { createErrorHandler } from './http/error-handler.js';
import type { Logger } from './http/logger.js';
import { notFoundOrMethodNotAllowed } from './http/not-found.js';
import { allowedMethods } from './http/allowed-methods.js';
import { rateLimit } from './http/rate-limit.js';
import { requestLog } from './http/request-log.js';
import { validationHook } from './http/validation.js';
import { registerCompatChat } from './routes/compat/chat.js';
import { registerCompatGetToken } from './routes/compat/get-token.js';
import { registerCompatRtc } from './routes/compat/rtc.js';
import { registerCompatRte } from './routes/compat/rte.js';
import { registerCompatRtm } from './routes/compat/rtm.js';
import { registerHealth } from './routes/health.js';
import { registerIndex } from './routes/index-route.js';
import { registerOpenApiDocument } from './routes/openapi-document.js';
import type { RouteDeps } from './routes/route-deps.js';
import { registerV1Agents } from './routes/v1/agents.js';
import { registerV1Apaas } from './routes/v1/apaas.js';
import { registerV1Chat } from './routes/v1/chat.js';
import { registerV1Fpa } from './routes/v1/fpa.js';
import { registerV1Inspect } from './routes/v1/inspect.js';
import { registerV1Rtc } from './routes/v1/rtc.js';
import { registerV1Rtm } from './routes/v1/rtm.js';
import { registerV1Token006 } from './routes/v1/token006.js';
import type { TokenApi } from './tokens/token-api.js';
import { SERVER_VERSION } from './version.js';

export interface AppDeps {
  /** @agorakey/node's API (synchronous) or @agorakey/web's (Promises): handlers await either. */
  tokens: TokenApi;
  logger: Logger;
  /** The connecting client's address, as the runtime knows it; used for rate limiting and logs. */
  clientAddress?: (c: Context<AppEnv>) => string | undefined;
  /** False once shutdown has begun: /readyz then answers 503. */
  isReady?: () => boolean;
  /** Milliseconds, for the rate limiter; injected by tests. */
  now?: () => number;
  /** How middleware reads and adds headers; defaults to Hono's (see header-access.ts). */
  headers?: HeaderAccess;
}

/** The paths that hand out or inspect tokens: the ones auth and rate limiting guard. */
const TOKEN_PATHS = ['/rtc/*', '/rtm/*', '/rte/*', '/chat/*', '/getToken', '/v1/*'] as const;

/**
 * The whole server as a fetch handler, with nothing runtime-specific in it:
 * the entry points (src/entry/*) supply the engine, the logger's output and
 * the client address, and serve `app.fetch` on their runtime.
 */
export function createApp(config: ServerConfig, deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ strict: false, defaultHook: validationHook });
  const routeDeps: RouteDeps = { app, config, tokens: deps.tokens };
  const headers = deps.headers ?? honoHeaders;

  app.use('*', requestLog({ logger: deps.logger, headers, clientAddress: deps.clientAddress ?? (() => undefined), trustProxy: config.trustProxy }));
  const methodsFor = allowedMethods(app);
  app.use('*', cors(config.corsAllowOrigin, headers, methodsFor));
  app.use('*', async (c, next) => {
    // Tokens are credentials: no cache, shared or private, may keep a response.
    headers.set(c, 'Cache-Control', 'no-store');
    await next();
  });
  for (const path of TOKEN_PATHS) {
    // Rate limiting runs before authentication, so guessing bearer tokens is rate limited too.
    if (config.rateLimit) app.use(path, rateLimit(config.rateLimit, headers, deps.now));
    if (config.authTokens.length > 0) app.use(path, bearerAuth(config.authTokens, headers));
  }
  app.use('/getToken', limitBody());
  app.use('/v1/*', limitBody(), requireJsonBody());

  registerIndex(routeDeps, SERVER_VERSION);
  registerHealth(routeDeps, deps.isReady ?? (() => true));
  registerCompatRtc(routeDeps);
  registerCompatRtm(routeDeps);
  registerCompatRte(routeDeps);
  registerCompatChat(routeDeps);
  registerCompatGetToken(routeDeps);
  registerV1Rtc(routeDeps);
  registerV1Rtm(routeDeps);
  registerV1Chat(routeDeps);
  registerV1Apaas(routeDeps);
  registerV1Fpa(routeDeps);
  registerV1Agents(routeDeps);
  registerV1Token006(routeDeps);
  registerV1Inspect(routeDeps);
  registerOpenApiDocument(routeDeps, SERVER_VERSION);

  app.notFound(notFoundOrMethodNotAllowed(methodsFor));
  app.onError(createErrorHandler(deps.logger));
  return app;
}
