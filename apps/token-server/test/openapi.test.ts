import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_VERSION } from '../src/version.js';
import { testApp } from './support/test-app.js';

const EXPECTED_PATHS = {
  '/rtc/{channelName}/{role}/{tokenType}/{uid}': 'get',
  '/rtm/{uid}': 'get',
  '/rte/{channelName}/{role}/{tokenType}/{rtcuid}': 'get',
  '/rte/{channelName}/{role}/{tokenType}/{rtcuid}/{rtmuid}': 'get',
  '/chat/app': 'get',
  '/chat/account/{chatId}': 'get',
  '/ping': 'get',
  '/healthz': 'get',
  '/readyz': 'get',
  '/getToken': 'post',
  '/v1/rtc': 'post',
  '/v1/rtc/privileges': 'post',
  '/v1/rtc/rtm': 'post',
  '/v1/rtm': 'post',
  '/v1/rtm2': 'post',
  '/v1/chat/user': 'post',
  '/v1/chat/app': 'post',
  '/v1/apaas/room-user': 'post',
  '/v1/apaas/user': 'post',
  '/v1/apaas/app': 'post',
  '/v1/education/room-user': 'post',
  '/v1/education/user': 'post',
  '/v1/education/app': 'post',
  '/v1/fpa': 'post',
  '/v1/convoai': 'post',
  '/v1/stt': 'post',
  '/v1/006/rtc': 'post',
  '/v1/006/rtm': 'post',
  '/v1/inspect': 'post',
};

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document describing every route', async () => {
    const doc = (await testApp().get('/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toBe(SERVER_VERSION);
    expect(Object.keys(doc.paths).sort()).toEqual(Object.keys(EXPECTED_PATHS).sort());
    for (const [path, method] of Object.entries(EXPECTED_PATHS)) expect(doc.paths[path][method], `${method} ${path}`).toBeDefined();
  });

  it('documents the limits the validating schemas enforce, from this server\'s configuration', async () => {
    const doc = (await testApp({ config: { maxExpireSeconds: 7200 } }).get('/openapi.json')).body;
    const rtc = doc.components.schemas.V1RtcRequest;
    expect(rtc.properties.uid).toMatchObject({ type: 'integer', minimum: 0, maximum: 4294967295 });
    expect(rtc.properties.expiresInSeconds).toMatchObject({ minimum: 1, maximum: 7200, default: 3600 });
    expect(rtc.properties.role.enum).toEqual(['publisher', 'subscriber']);
    expect(rtc.required).toEqual(expect.arrayContaining(['channelName', 'role']));
    const getToken = doc.paths['/getToken'].post.requestBody.content['application/json'].schema;
    expect(getToken.$ref).toBe('#/components/schemas/GetTokenRequest');
    expect(doc.components.schemas.GetTokenRequest.properties.tokenType.enum).toEqual(['rtc', 'rtm', 'chat']);
    const rtcParams = doc.paths['/rtc/{channelName}/{role}/{tokenType}/{uid}'].get.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`);
    expect(rtcParams).toEqual(['path:channelName', 'path:role', 'path:tokenType', 'path:uid', 'query:expiry']);
  });

  it('declares bearer security on token routes only when AUTH_TOKENS is set', async () => {
    const open = (await testApp().get('/openapi.json')).body;
    expect(open.paths['/v1/rtc'].post.security).toBeUndefined();
    const guarded = (await testApp({ config: { authTokens: ['a-long-enough-bearer-token-1'] } }).get('/openapi.json')).body;
    expect(guarded.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(guarded.paths['/v1/rtc'].post.security).toEqual([{ bearerAuth: [] }]);
    expect(guarded.paths['/getToken'].post.security).toEqual([{ bearerAuth: [] }]);
    expect(guarded.paths['/ping'].get.security).toBeUndefined();
  });

  it("states the channel-name rule the engine enforces, and that exactly one of uid and account is given", async () => {
    const server = testApp();
    const doc = (await server.get('/openapi.json')).body;
    const pattern = new RegExp(doc.components.schemas.V1RtcRequest.properties.channelName.pattern);
    expect(doc.paths['/rtc/{channelName}/{role}/{tokenType}/{uid}'].get.parameters[0].schema.pattern).toBe(pattern.source);
    // Every printable ASCII character and a few others: the document accepts a name exactly when the server does.
    const names = [...Array.from({ length: 95 }, (_, i) => `a${String.fromCharCode(32 + i)}`), 'aé', 'a\u00a0', 'a中', 'a'.repeat(64), 'a'.repeat(65)];
    for (const channelName of names) {
      const res = await server.post('/v1/rtc', { channelName, uid: 1, role: 'publisher' });
      expect([channelName, res.status === 200]).toEqual([channelName, pattern.test(channelName)]);
    }
    expect(doc.components.schemas.V1RtcRequest.oneOf).toEqual([{ required: ['uid'] }, { required: ['account'] }]);
    expect((await server.post('/v1/rtc', { channelName: 'c', uid: 1, account: 'a', role: 'publisher' })).status).toBe(400);
    expect((await server.post('/v1/rtc', { channelName: 'c', role: 'publisher' })).status).toBe(400);
  });

  it('reports the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(SERVER_VERSION).toBe(pkg.version);
  });
});
