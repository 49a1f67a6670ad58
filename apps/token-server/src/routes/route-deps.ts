import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ServerConfig } from '../config/load-config.js';
import type { AppEnv } from '../http/app-env.js';
import type { TokenApi } from '../tokens/token-api.js';

/** What every route module gets: the app to register on, the settings, and the engine. */
export interface RouteDeps {
  app: OpenAPIHono<AppEnv>;
  config: ServerConfig;
  tokens: TokenApi;
}
