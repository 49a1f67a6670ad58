import { createAgoraKey } from '@agorakey/node';
import { createApp, type AppDeps } from '../../src/app.js';
import type { ServerConfig } from '../../src/config/load-config.js';
import { createLogger } from '../../src/http/logger.js';
import type { TokenApi } from '../../src/tokens/token-api.js';

export const APP_ID = '0123456789abcdef0123456789abcdef';
export const APP_CERTIFICATE = 'fedcba9876543210fedcba9876543210';
/** A fixed "now" (2024-01-01T00:00:00Z) so expiry times are exact. */
export const NOW = 1_704_067_200;

export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    appId: APP_ID,
    appCertificate: APP_CERTIFICATE,
    demo: false,
    port: 0,
    host: '127.0.0.1',
    corsAllowOrigin: '*',
    authTokens: [],
    maxExpireSeconds: 86_400,
    rateLimit: null,
    trustProxy: false,
    logLevel: 'debug',
    shutdownTimeoutSeconds: 5,
    ...overrides,
  };
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body; `undefined` when it is not JSON. */
  body: any;
}

export interface TestApp {
  request(path: string, init?: RequestInit): Promise<Answer>;
  get(path: string, headers?: Record<string, string>): Promise<Answer>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Answer>;
  /** Every log line written so far. */
  logs: string[];
  /** Every response body sent so far. */
  responses: string[];
}

export interface TestAppOptions {
  config?: Partial<ServerConfig>;
  tokens?: TokenApi;
  deps?: Partial<AppDeps>;
}

/** The app in process, driven through `app.request()`, with its logs and answers recorded. */
export function testApp(options: TestAppOptions = {}): TestApp {
  const config = testConfig(options.config);
  const logs: string[] = [];
  const responses: string[] = [];
  const logger = createLogger({ level: config.logLevel, secrets: [config.appCertificate], write: (line) => logs.push(line) });
  const app = createApp(config, {
    tokens: options.tokens ?? createAgoraKey({ clock: () => NOW }),
    logger,
    clientAddress: () => '192.0.2.1',
    ...options.deps,
  });
  const request = async (path: string, init?: RequestInit): Promise<Answer> => {
    const response = await app.request(path, init);
    const text = await response.text();
    responses.push(text);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: response.status, headers: response.headers, text, body };
  };
  return {
    request,
    get: (path, headers = {}) => request(path, { headers }),
    post: (path, body, headers = {}) =>
      request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }),
    logs,
    responses,
  };
}
