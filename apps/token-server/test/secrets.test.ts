import { createAgoraKey } from '@agorakey/node';
import { describe, expect, it } from 'vitest';
import type { TokenApi } from '../src/tokens/token-api.js';
import { APP_CERTIFICATE, APP_ID, testApp } from './support/test-app.js';

/**
 * The certificate must never reach a log line or an answer. These requests
 * cover every route and every kind of failure; the certificate is then
 * searched for in everything recorded, in any letter case.
 */
describe('the app certificate never leaks', () => {
  it('appears in no response and no log line, whatever is requested', async () => {
    const server = testApp({ config: { authTokens: ['a-long-enough-bearer-token-1'], rateLimit: { capacity: 40, refillPerSecond: 0.01, text: '40/hour' } } });
    const auth = { authorization: 'Bearer a-long-enough-bearer-token-1' };
    const token = createAgoraKey().RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'c', 1, 1, 60);
    const requests: Array<[string, RequestInit?]> = [
      ['/'], ['/ping'], ['/healthz'], ['/readyz'], ['/openapi.json'], ['/nope'],
      ['/rtc/c/publisher/uid/1', { headers: auth }], ['/rtc/c/publisher/uid/4294967296', { headers: auth }],
      ['/rtm/u', { headers: auth }], ['/rte/c/publisher/uid/1', { headers: auth }], ['/chat/app', { headers: auth }],
      ['/rtm/u'], ['/rtm/u', { headers: { authorization: `Bearer ${APP_CERTIFICATE}` } }],
      ['/getToken', { method: 'POST', headers: auth, body: '{"tokenType":"rtc","channel":"c","uid":"1"}' }],
      ['/getToken', { method: 'POST', headers: auth, body: '{bad json' }],
      ['/v1/inspect', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ token }) }],
      ['/v1/inspect', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ token: '007garbage' }) }],
      ['/v1/rtc', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{"channelName":"c","uid":1,"role":"admin"}' }],
      ['/v1/rtc', { method: 'DELETE', headers: auth }],
    ];
    for (const [path, init] of requests) await server.request(path, init);
    for (let i = 0; i < 45; i++) await server.request('/rtm/u', { headers: auth });

    expect(server.responses.length).toBe(requests.length + 45);
    expect(server.logs.length).toBeGreaterThan(requests.length);
    for (const text of [...server.responses, ...server.logs]) expect(text.toLowerCase()).not.toContain(APP_CERTIFICATE.toLowerCase());
  });

  it('is scrubbed from a log line even when an error message carries it', async () => {
    const leaky = { ...createAgoraKey(), RtmTokenBuilder: { buildToken: (_: string, cert: string) => { throw new Error(`failed with ${cert.toUpperCase()}`); } } } as unknown as TokenApi;
    const server = testApp({ tokens: leaky });
    const res = await server.get('/rtm/u');
    expect(res.status).toBe(500);
    const line = server.logs.find((l) => l.includes('unhandled error'))!;
    expect(line).toContain('failed with [REDACTED]');
    expect(line.toLowerCase()).not.toContain(APP_CERTIFICATE);
  });
});
