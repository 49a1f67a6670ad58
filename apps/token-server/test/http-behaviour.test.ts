import { createAgoraKey } from '@agorakey/node';
import { describe, expect, it } from 'vitest';
import type { TokenApi } from '../src/tokens/token-api.js';
import { expectSigned007 } from './support/tokens.js';
import { testApp } from './support/test-app.js';

const AUTH_TOKEN = 'a-long-enough-bearer-token-1';
const OTHER_AUTH_TOKEN = 'another-bearer-token-abcdef';

describe('unknown routes and methods', () => {
  const server = testApp();

  it('answers 404 JSON for an unknown path', async () => {
    const res = await server.get('/nothing/here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.body.error.code).toBe('ERR_NOT_FOUND');
  });

  it('answers 405 with Allow for a known path and the wrong method', async () => {
    const del = await server.request('/rtc/c/publisher/uid/1', { method: 'DELETE' });
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(del.body.error.code).toBe('ERR_METHOD_NOT_ALLOWED');
    const get = await server.get('/getToken');
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('OPTIONS, POST');
    expect((await server.get('/v1/inspect/')).status).toBe(405);
  });

  it('answers HEAD on GET routes', async () => {
    const res = await server.request('/ping', { method: 'HEAD' });
    expect(res.status).toBe(200);
  });
});

describe('CORS', () => {
  it('serves a request without Origin, whatever CORS_ALLOW_ORIGIN says, and sends no CORS headers', async () => {
    const server = testApp({ config: { corsAllowOrigin: ['https://app.example.com'] } });
    const res = await server.get('/rtm/alice');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('echoes an allowed origin, with Vary: Origin, also on error answers', async () => {
    const server = testApp({ config: { corsAllowOrigin: ['https://app.example.com', 'http://localhost:3000'] } });
    const ok = await server.get('/rtm/alice', { origin: 'http://localhost:3000' });
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(ok.headers.get('vary')).toMatch(/Origin/);
    const bad = await server.get('/rtm/0', { origin: 'https://app.example.com' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
  });

  it('refuses an origin that is not allowed with 403 JSON', async () => {
    const server = testApp({ config: { corsAllowOrigin: ['https://app.example.com'] } });
    const res = await server.get('/rtm/alice', { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('ERR_ORIGIN_NOT_ALLOWED');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a preflight with 204 and the allowed methods and headers, before auth', async () => {
    const server = testApp({ config: { authTokens: [AUTH_TOKEN] } });
    const res = await server.request('/v1/rtc', {
      method: 'OPTIONS',
      headers: { origin: 'https://any.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe('OPTIONS, POST');
    expect(res.headers.get('allow')).toBe('OPTIONS, POST');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Content-Type/);
  });

  it("answers OPTIONS with the path's own methods (RFC 9110 10.2.1), and 404 where there is no route", async () => {
    const server = testApp();
    const get = await server.request('/rtc/c/publisher/uid/1', { method: 'OPTIONS' });
    expect(get.status).toBe(204);
    expect(get.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(get.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    const post = await server.request('/getToken', { method: 'OPTIONS', headers: { origin: 'https://any.example' } });
    expect(post.headers.get('allow')).toBe('OPTIONS, POST');
    const none = await server.request('/nothing/here', { method: 'OPTIONS', headers: { origin: 'https://any.example' } });
    expect(none.status).toBe(404);
    expect(none.body.error.code).toBe('ERR_NOT_FOUND');
    expect(none.headers.get('allow')).toBeNull();
  });
});

describe('bearer authentication (AUTH_TOKENS)', () => {
  const server = testApp({ config: { authTokens: [AUTH_TOKEN, OTHER_AUTH_TOKEN] } });

  it('refuses token routes without a token, with WWW-Authenticate', async () => {
    for (const path of ['/rtc/c/publisher/uid/1', '/rtm/a', '/rte/c/publisher/uid/1', '/chat/app', '/chat/account/a']) {
      const res = await server.get(path);
      expect(res.status, path).toBe(401);
      expect(res.body.error.code).toBe('ERR_UNAUTHORIZED');
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    expect((await server.post('/getToken', { tokenType: 'chat' })).status).toBe(401);
    expect((await server.post('/v1/inspect', { token: 'x' })).status).toBe(401);
  });

  it('refuses a wrong token and a malformed header', async () => {
    expect((await server.get('/rtm/a', { authorization: 'Bearer not-the-token-at-all' })).status).toBe(401);
    expect((await server.get('/rtm/a', { authorization: `Basic ${AUTH_TOKEN}` })).status).toBe(401);
    expect((await server.get('/rtm/a', { authorization: `Bearer ${AUTH_TOKEN}x` })).status).toBe(401);
  });

  it('accepts every configured token', async () => {
    for (const token of [AUTH_TOKEN, OTHER_AUTH_TOKEN]) {
      const res = await server.get('/rtm/a', { authorization: `Bearer ${token}` });
      expect(res.status).toBe(200);
      expectSigned007(res.body.rtmToken);
    }
  });

  it('leaves health, ping and the OpenAPI document open', async () => {
    for (const path of ['/ping', '/healthz', '/readyz', '/openapi.json', '/']) expect((await server.get(path)).status, path).toBe(200);
  });
});

describe('rate limiting (RATE_LIMIT)', () => {
  it('lets a burst of `capacity` through, then answers 429 with Retry-After, and refills over time', async () => {
    let now = 1_000_000;
    const server = testApp({ config: { rateLimit: { capacity: 3, refillPerSecond: 3 / 60, text: '3/min' } }, deps: { now: () => now } });
    for (let i = 0; i < 3; i++) expect((await server.get('/rtm/a')).status).toBe(200);
    const limited = await server.get('/rtm/a');
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('ERR_RATE_LIMITED');
    expect(limited.headers.get('retry-after')).toBe('20');
    now += 20_000;
    expect((await server.get('/rtm/a')).status).toBe(200);
    expect((await server.get('/rtm/a')).status).toBe(429);
  });

  it('limits each client separately and never limits health checks', async () => {
    let client = '198.51.100.1';
    const server = testApp({ config: { rateLimit: { capacity: 1, refillPerSecond: 1 / 3600, text: '1/hour' } }, deps: { clientAddress: () => client } });
    expect((await server.get('/chat/app')).status).toBe(200);
    expect((await server.get('/chat/app')).status).toBe(429);
    for (let i = 0; i < 5; i++) expect((await server.get('/healthz')).status).toBe(200);
    client = '198.51.100.2';
    expect((await server.get('/chat/app')).status).toBe(200);
  });

  it('keys on the last X-Forwarded-For hop only when TRUST_PROXY is set', async () => {
    const limit = { capacity: 1, refillPerSecond: 1 / 3600, text: '1/hour' };
    const trusting = testApp({ config: { rateLimit: limit, trustProxy: true } });
    expect((await trusting.get('/chat/app', { 'x-forwarded-for': 'spoofed, 203.0.113.7' })).status).toBe(200);
    expect((await trusting.get('/chat/app', { 'x-forwarded-for': 'other-spoof, 203.0.113.7' })).status).toBe(429);
    expect((await trusting.get('/chat/app', { 'x-forwarded-for': '203.0.113.8' })).status).toBe(200);
    const direct = testApp({ config: { rateLimit: limit } });
    expect((await direct.get('/chat/app', { 'x-forwarded-for': '203.0.113.9' })).status).toBe(200);
    expect((await direct.get('/chat/app', { 'x-forwarded-for': '203.0.113.10' })).status).toBe(429);
  });

  it('rate limits failed authentication attempts too', async () => {
    const server = testApp({ config: { authTokens: [AUTH_TOKEN], rateLimit: { capacity: 2, refillPerSecond: 1 / 3600, text: '2/hour' } } });
    expect((await server.get('/rtm/a', { authorization: 'Bearer guess-number-one-xxxx' })).status).toBe(401);
    expect((await server.get('/rtm/a', { authorization: 'Bearer guess-number-two-xxxx' })).status).toBe(401);
    expect((await server.get('/rtm/a', { authorization: `Bearer ${AUTH_TOKEN}` })).status).toBe(429);
  });
});

describe('errors, logs and headers', () => {
  it('answers an unexpected failure with a bare 500 and logs the details', async () => {
    const broken = { ...createAgoraKey(), RtmTokenBuilder: { buildToken: () => { throw new TypeError('database on fire'); } } } as unknown as TokenApi;
    const server = testApp({ tokens: broken });
    const res = await server.get('/rtm/alice');
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { code: 'ERR_INTERNAL', message: 'internal error' } });
    expect(res.text).not.toMatch(/fire|TypeError|at /);
    const logged = server.logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'unhandled error');
    expect(logged.error.message).toBe('database on fire');
    expect(logged.error.stack).toMatch(/TypeError/);
  });

  it('logs one JSON line per request with request id, status and latency', async () => {
    const server = testApp();
    const res = await server.get('/rtm/alice', { 'x-request-id': 'trace-123' });
    expect(res.headers.get('x-request-id')).toBe('trace-123');
    const line = JSON.parse(server.logs.at(-1)!);
    expect(line).toMatchObject({ level: 'info', msg: 'request', requestId: 'trace-123', method: 'GET', path: '/rtm/alice', status: 200, client: '192.0.2.1' });
    expect(typeof line.latencyMs).toBe('number');
    expect(Date.parse(line.time)).not.toBeNaN();
  });

  it('replaces an unusable X-Request-Id with a generated one', async () => {
    const server = testApp();
    const res = await server.get('/ping', { 'x-request-id': 'bad id with spaces' });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('marks every answer uncacheable', async () => {
    const server = testApp();
    expect((await server.get('/rtm/alice')).headers.get('cache-control')).toBe('no-store');
    expect((await server.get('/nothing')).headers.get('cache-control')).toBe('no-store');
  });
});

describe('health', () => {
  it('/healthz always answers; /readyz turns 503 once shutdown begins', async () => {
    let ready = true;
    const server = testApp({ deps: { isReady: () => ready } });
    expect((await server.get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await server.get('/readyz')).status).toBe(200);
    ready = false;
    expect((await server.get('/readyz')).status).toBe(503);
    expect((await server.get('/healthz')).status).toBe(200);
  });

  it('GET / says what this is and whether it runs in demo mode', async () => {
    const res = await testApp({ config: { demo: true } }).get('/');
    expect(res.body).toMatchObject({ name: 'agorakey token server', demo: true, openapi: '/openapi.json' });
  });
});
