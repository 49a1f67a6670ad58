import { connect } from 'node:net';
import { parseToken, verifyToken } from '@agorakey/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer, type Runtime } from '../support/server-process.js';

export const APP_ID = '0123456789abcdef0123456789abcdef';
export const APP_CERTIFICATE = 'fedcba9876543210fedcba9876543210';
const ALLOWED_ORIGIN = 'https://app.example.com';
const BEARER = 'e2e-bearer-token-0123456789';
const JSON_HEADERS = { 'content-type': 'application/json' };

interface TokenCase {
  name: string;
  path: string;
  init?: RequestInit;
  /** The tokens in the answer, with what a 006 signature needs. */
  tokens: (body: any) => Array<{ token: string; channelName?: string; uid?: number | string }>;
}

const post = (body: unknown): RequestInit => ({ method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) });

const TOKEN_CASES: TokenCase[] = [
  { name: 'rtc uid', path: '/rtc/e2e-room/publisher/uid/4242', tokens: (b) => [{ token: b.rtcToken }] },
  { name: 'rtc account', path: '/rtc/e2e-room/subscriber/userAccount/alice/?expiry=600', tokens: (b) => [{ token: b.rtcToken }] },
  { name: 'rtm', path: '/rtm/alice', tokens: (b) => [{ token: b.rtmToken }] },
  { name: 'rte', path: '/rte/e2e-room/publisher/uid/4242', tokens: (b) => [{ token: b.rtcToken }, { token: b.rtmToken }] },
  { name: 'rte rtmuid', path: '/rte/e2e-room/publisher/uid/0/bob', tokens: (b) => [{ token: b.rtcToken }, { token: b.rtmToken }] },
  { name: 'chat app', path: '/chat/app', tokens: (b) => [{ token: b.chatToken }] },
  { name: 'chat user', path: '/chat/account/alice', tokens: (b) => [{ token: b.chatToken }] },
  { name: 'getToken rtc', path: '/getToken', init: { method: 'POST', body: '{"tokenType":"rtc","channel":"e2e-room","role":"publisher","uid":"7"}' }, tokens: (b) => [{ token: b.token }] },
  { name: 'getToken rtm', path: '/getToken', init: post({ tokenType: 'rtm', uid: 'alice', channel: '*' }), tokens: (b) => [{ token: b.token }] },
  { name: 'getToken chat', path: '/getToken', init: post({ tokenType: 'chat', uid: 'alice' }), tokens: (b) => [{ token: b.token }] },
  { name: 'v1 rtc', path: '/v1/rtc', init: post({ channelName: 'e2e-room', uid: 4294967295, role: 'publisher' }), tokens: (b) => [{ token: b.token }] },
  { name: 'v1 rtc privileges', path: '/v1/rtc/privileges', init: post({ channelName: 'e2e-room', account: 'a', privileges: { joinChannel: 60, publishAudioStream: 0, publishVideoStream: 0, publishDataStream: 0 } }), tokens: (b) => [{ token: b.token }] },
  { name: 'v1 rtc rtm', path: '/v1/rtc/rtm', init: post({ channelName: 'e2e-room', uid: 1, role: 'publisher', rtmUserId: 'r' }), tokens: (b) => [{ token: b.token }] },
  { name: 'v1 rtm', path: '/v1/rtm', init: post({ userId: 'alice' }), tokens: (b) => [{ token: b.token }] },
  { name: 'v1 rtm2', path: '/v1/rtm2', init: post({ userId: 'alice', permissions: [{ resourceType: 'streamChannels', permissionType: 'read', resources: ['s'] }] }), tokens: (b) => [{ token: b.token }] },
  { name: 'v1 chat user', path: '/v1/chat/user', init: post({ userId: 'alice' }), tokens: (b) => [{ token: b.token }] },
  { name: 'v1 chat app', path: '/v1/chat/app', init: post({}), tokens: (b) => [{ token: b.token }] },
  { name: 'v1 apaas room-user', path: '/v1/apaas/room-user', init: post({ roomUuid: 'r', userUuid: 'u', role: 1 }), tokens: (b) => [{ token: b.token }] },
  { name: 'v1 education user', path: '/v1/education/user', init: post({ userUuid: 'u' }), tokens: (b) => [{ token: b.token }] },
  { name: 'v1 apaas app', path: '/v1/apaas/app', init: post({}), tokens: (b) => [{ token: b.token }] },
  { name: 'v1 fpa', path: '/v1/fpa', init: post({}), tokens: (b) => [{ token: b.token }] },
  { name: 'v1 convoai', path: '/v1/convoai', init: post({ channelName: 'e2e-room', uid: 9, role: 'publisher', rtmUserId: 'agent' }), tokens: (b) => [{ token: b.token }] },
  { name: 'v1 stt', path: '/v1/stt', init: post({ channelName: 'e2e-room', account: 'stt-bot', role: 'subscriber', rtmUserId: 'agent' }), tokens: (b) => [{ token: b.token }] },
  { name: 'v1 006 rtc', path: '/v1/006/rtc', init: post({ channelName: 'e2e-room', uid: 6, role: 'publisher' }), tokens: (b) => [{ token: b.token, channelName: 'e2e-room', uid: 6 }] },
  { name: 'v1 006 rtm', path: '/v1/006/rtm', init: post({ userId: 'alice' }), tokens: (b) => [{ token: b.token, channelName: 'alice', uid: '' }] },
];

function expectSigned(entry: { token: string; channelName?: string; uid?: number | string }): void {
  const parsed = parseToken(entry.token);
  expect(parsed.appId).toBe(APP_ID);
  const valid = parsed.version === '007'
    ? verifyToken(parsed, APP_CERTIFICATE)
    : verifyToken(parsed, APP_CERTIFICATE, { channelName: entry.channelName!, uid: entry.uid! });
  expect(valid).toBe(true);
}

/**
 * Sends a POST over a raw socket in two parts: the headers and half the body,
 * then, once `midway` has run, the rest. The request is in flight at the
 * server meanwhile. Resolves with the raw HTTP answer.
 */
function slowPost(port: number, path: string, body: string, midway: () => Promise<void>): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    socket.on('connect', async () => {
      const half = Math.floor(body.length / 2);
      socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, half)}`);
      try {
        await midway();
        socket.write(body.slice(half));
      } catch (error) {
        reject(error);
      }
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

export interface ShutdownBehaviour {
  /**
   * Node and Bun stop listening at once. Deno must keep its listener until
   * the requests in flight are answered (its shutdown() cuts request bodies
   * still arriving), so there the check is that /readyz turns 503.
   */
  stopsListeningAtOnce: boolean;
}

export function defineRuntimeSuite(runtime: Runtime, shutdown: ShutdownBehaviour | null): void {
  describe(`token server on ${runtime}, over HTTP on 127.0.0.1`, () => {
    let open: RunningServer;
    let guarded: RunningServer;
    const answers: string[] = [];

    const call = async (server: RunningServer, path: string, init?: RequestInit) => {
      const response = await fetch(server.url + path, init);
      const text = await response.text();
      answers.push(text);
      return { response, text, body: text.startsWith('{') ? JSON.parse(text) : undefined };
    };

    beforeAll(async () => {
      [open, guarded] = await Promise.all([
        startServer(runtime, { APP_ID, APP_CERTIFICATE, CORS_ALLOW_ORIGIN: ALLOWED_ORIGIN, SHUTDOWN_TIMEOUT_SECONDS: '20' }),
        startServer(runtime, { APP_ID, APP_CERTIFICATE, AUTH_TOKENS: BEARER, RATE_LIMIT: '4/min' }),
      ]);
    }, 120_000);

    afterAll(async () => {
      for (const server of [open, guarded]) {
        if (server?.isRunning()) {
          server.kill('SIGKILL');
          await server.exited;
        }
      }
    });

    it.each(TOKEN_CASES.map((c) => [c.name, c] as const))('%s returns tokens signed with the certificate', async (_, tokenCase) => {
      const { response, body } = await call(open, tokenCase.path, tokenCase.init);
      expect(response.status).toBe(200);
      const tokens = tokenCase.tokens(body);
      expect(tokens.length).toBeGreaterThan(0);
      for (const entry of tokens) expectSigned(entry);
    });

    it('inspects a token it built and finds its signature valid', async () => {
      const { body: built } = await call(open, '/rtc/e2e-room/publisher/uid/5');
      const { response, body } = await call(open, '/v1/inspect', post({ token: built.rtcToken }));
      expect(response.status).toBe(200);
      expect(body).toMatchObject({ version: '007', appId: APP_ID, signatureValid: true, services: [{ name: 'rtc', channelName: 'e2e-room', uid: '5' }] });
    });

    it('answers client mistakes with 4xx JSON errors', async () => {
      const cases: Array<[string, RequestInit | undefined, number, string]> = [
        ['/rtc/e2e-room/publisher/uid/4294967296', undefined, 400, 'ERR_INVALID_UID'],
        ['/nowhere', undefined, 404, 'ERR_NOT_FOUND'],
        ['/getToken', undefined, 405, 'ERR_METHOD_NOT_ALLOWED'],
        ['/v1/rtm', { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ userId: 'x'.repeat(20_000) }) }, 413, 'ERR_PAYLOAD_TOO_LARGE'],
        ['/v1/inspect', post({ token: '007AAAA' }), 400, 'ERR_ZLIB_HEADER'],
      ];
      for (const [path, init, status, code] of cases) {
        const { response, body } = await call(open, path, init);
        expect(response.status, path).toBe(status);
        expect(body.error.code, path).toBe(code);
      }
    });

    it('serves a request without Origin, answers an allowed preflight, refuses another origin', async () => {
      const noOrigin = await call(open, '/ping');
      expect(noOrigin.response.status).toBe(200);
      const preflight = await fetch(`${open.url}/v1/rtc`, {
        method: 'OPTIONS',
        headers: { origin: ALLOWED_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
      const other = await call(open, '/ping', { headers: { origin: 'https://elsewhere.example' } });
      expect(other.response.status).toBe(403);
    });

    it('needs the bearer token when AUTH_TOKENS is set, then rate limits with Retry-After', async () => {
      const without = await call(guarded, '/rtm/alice');
      expect(without.response.status).toBe(401);
      const authorized = { headers: { authorization: `Bearer ${BEARER}` } };
      for (let i = 0; i < 3; i++) {
        const { response, body } = await call(guarded, '/rtm/alice', authorized);
        expect(response.status).toBe(200);
        expectSigned({ token: body.rtmToken });
      }
      const limited = await call(guarded, '/rtm/alice', authorized);
      expect(limited.response.status).toBe(429);
      expect(Number(limited.response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(limited.body.error.code).toBe('ERR_RATE_LIMITED');
      expect((await call(guarded, '/healthz')).response.status).toBe(200);
    });

    it('logs JSON lines and never prints or answers the certificate', () => {
      const lines = open.output().split('\n').filter((l) => l.startsWith('{'));
      expect(lines.some((l) => JSON.parse(l).msg === 'request')).toBe(true);
      for (const text of [open.output(), guarded.output(), ...answers]) expect(text.toLowerCase()).not.toContain(APP_CERTIFICATE);
    });

    if (shutdown) {
      it('on SIGTERM finishes the request in flight, stops taking traffic, and exits 0', async () => {
        const answer = await slowPost(open.port, '/getToken', JSON.stringify({ tokenType: 'rtm', uid: 'last-one' }), async () => {
          await sleep(300);
          open.kill('SIGTERM');
          await sleep(500);
          expect(open.isRunning()).toBe(true);
          if (shutdown.stopsListeningAtOnce) {
            expect(await canConnect(open.port)).toBe(false);
          } else {
            expect((await fetch(`${open.url}/readyz`)).status).toBe(503);
          }
        });
        expect(answer).toMatch(/^HTTP\/1\.1 200/);
        const token = /"token":"([^"]+)"/.exec(answer)?.[1];
        expectSigned({ token: token! });
        expect(await open.exited).toBe(0);
        expect(open.output()).toMatch(/"msg":"stopped"/);
      }, 30_000);
    }
  });
}
