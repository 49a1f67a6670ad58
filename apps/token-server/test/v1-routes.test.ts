import { createAgoraKey as createNodeApi } from '@agorakey/node';
import { createAgoraKey as createWebApi } from '@agorakey/web';
import { describe, expect, it } from 'vitest';
import { expectSigned006, expectSigned007, serviceOfType } from './support/tokens.js';
import { NOW, testApp } from './support/test-app.js';

// The same routes on the synchronous Node engine and the Promise-returning web one.
describe.each([
  ['@agorakey/node', createNodeApi({ clock: () => NOW })],
  ['@agorakey/web', createWebApi({ clock: () => NOW })],
])('/v1 routes on %s', (_, tokens) => {
  const server = testApp({ tokens });

  describe('POST /v1/rtc', () => {
    it('builds a role-based token for a uid', async () => {
      const res = await server.post('/v1/rtc', { channelName: 'c', uid: 5, role: 'publisher', expiresInSeconds: 1200, privilegesExpireInSeconds: 600 });
      expect(res.status).toBe(200);
      expect(Object.keys(res.body)).toEqual(['token']);
      const token = expectSigned007(res.body.token);
      expect(token.expire).toBe(1200);
      expect(serviceOfType(token, 1)).toMatchObject({ channelName: 'c', uid: '5', privileges: { 1: 600, 2: 600, 3: 600, 4: 600 } });
    });

    it('builds a subscriber token for an account with the default lifetime', async () => {
      const token = expectSigned007((await server.post('/v1/rtc', { channelName: 'c', account: 'alice', role: 'subscriber' })).body.token);
      expect(token.expire).toBe(3600);
      expect(serviceOfType(token, 1)).toMatchObject({ uid: 'alice', privileges: { 1: 3600 } });
    });

    it('needs exactly one of uid and account', async () => {
      for (const body of [{ channelName: 'c', role: 'publisher' }, { channelName: 'c', role: 'publisher', uid: 1, account: 'a' }]) {
        const res = await server.post('/v1/rtc', body);
        expect(res.status).toBe(400);
        expect(res.body.error).toEqual({ code: 'ERR_VALIDATION', message: 'uid: give exactly one of uid (a number) or account (a string)' });
      }
    });

    it('rejects a uid above 2^32-1 and a lifetime above MAX_EXPIRE_SECONDS', async () => {
      const uid = await server.post('/v1/rtc', { channelName: 'c', uid: 4294967296, role: 'publisher' });
      expect(uid.status).toBe(400);
      expect(uid.body.error.message).toMatch(/^uid: /);
      const life = await server.post('/v1/rtc', { channelName: 'c', uid: 1, role: 'publisher', expiresInSeconds: 86401 });
      expect(life.status).toBe(400);
      expect(life.body.error.message).toMatch(/expiresInSeconds/);
    });
  });

  it('POST /v1/rtc/privileges sets each privilege separately', async () => {
    const res = await server.post('/v1/rtc/privileges', {
      channelName: 'c', uid: 9, expiresInSeconds: 900,
      privileges: { joinChannel: 800, publishAudioStream: 0, publishVideoStream: 300, publishDataStream: 200 },
    });
    expect(serviceOfType(expectSigned007(res.body.token), 1).privileges).toEqual({ 1: 800, 2: 0, 3: 300, 4: 200 });
    const account = await server.post('/v1/rtc/privileges', {
      channelName: 'c', account: 'acc', privileges: { joinChannel: 1, publishAudioStream: 2, publishVideoStream: 3, publishDataStream: 4 },
    });
    expect(serviceOfType(expectSigned007(account.body.token), 1)).toMatchObject({ uid: 'acc', privileges: { 1: 1, 2: 2, 3: 3, 4: 4 } });
  });

  describe('POST /v1/rtc/rtm', () => {
    it('adds RTM login for the RTC account when no rtmUserId is given', async () => {
      const token = expectSigned007((await server.post('/v1/rtc/rtm', { channelName: 'c', account: 'ann', role: 'publisher', expiresInSeconds: 700 })).body.token);
      expect(serviceOfType(token, 1).uid).toBe('ann');
      expect(serviceOfType(token, 2)).toMatchObject({ userId: 'ann', privileges: { 1: 700 } });
    });

    it('adds RTM login for rtmUserId with its own lifetime', async () => {
      const token = expectSigned007((await server.post('/v1/rtc/rtm', {
        channelName: 'c', uid: 77, role: 'subscriber', expiresInSeconds: 700, rtmUserId: 'ann-rtm', rtmExpiresInSeconds: 100,
      })).body.token);
      expect(serviceOfType(token, 1)).toMatchObject({ uid: '77', privileges: { 1: 700 } });
      expect(serviceOfType(token, 2)).toMatchObject({ userId: 'ann-rtm', privileges: { 1: 100 } });
    });
  });

  it('POST /v1/rtm builds an RTM login token', async () => {
    const token = expectSigned007((await server.post('/v1/rtm', { userId: 'u1', expiresInSeconds: 50 })).body.token);
    expect(token.services).toEqual([{ type: 2, privileges: { 1: 50 }, userId: 'u1' }]);
  });

  it('POST /v1/rtm2 builds an RTM 2 token with named permissions', async () => {
    const res = await server.post('/v1/rtm2', {
      userId: 'u2',
      permissions: [
        { resourceType: 'users', permissionType: 'read', resources: ['*'] },
        { resourceType: 'messageChannels', permissionType: 'write', resources: ['chan-1', 'chan-2'] },
      ],
    });
    const rtm2 = serviceOfType(expectSigned007(res.body.token), 8);
    expect(rtm2.userId).toBe('u2');
    expect(rtm2.permissions).toEqual([
      { resourceType: 0, permissionType: 1, resources: ['chan-1', 'chan-2'] },
      { resourceType: 4, permissionType: 0, resources: ['*'] },
    ]);
    const bad = await server.post('/v1/rtm2', { userId: 'u2', permissions: [{ resourceType: 'rooms', permissionType: 'read', resources: [] }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/permissions\.0\.resourceType/);
  });

  it('POST /v1/chat/user and /v1/chat/app', async () => {
    expect(serviceOfType(expectSigned007((await server.post('/v1/chat/user', { userId: 'cu' })).body.token), 5)).toMatchObject({ userId: 'cu', privileges: { 1: 3600 } });
    expect(serviceOfType(expectSigned007((await server.post('/v1/chat/app', { expiresInSeconds: 10 })).body.token), 5)).toMatchObject({ userId: '', privileges: { 2: 10 } });
  });

  it.each(['apaas', 'education'])('POST /v1/%s/{room-user,user,app}', async (prefix) => {
    const roomUser = expectSigned007((await server.post(`/v1/${prefix}/room-user`, { roomUuid: 'r1', userUuid: 'u1', role: 2, expiresInSeconds: 400 })).body.token);
    expect(roomUser.services.map((s) => s.type)).toEqual([2, 5, 7]);
    expect(serviceOfType(roomUser, 7)).toMatchObject({ roomUuid: 'r1', userUuid: 'u1', role: 2, privileges: { 1: 400 } });
    expect(serviceOfType(roomUser, 2)).toMatchObject({ userId: 'u1' });
    const user = expectSigned007((await server.post(`/v1/${prefix}/user`, { userUuid: 'u1' })).body.token);
    expect(serviceOfType(user, 7)).toMatchObject({ roomUuid: '', userUuid: 'u1', role: -1, privileges: { 2: 3600 } });
    const app = expectSigned007((await server.post(`/v1/${prefix}/app`, {})).body.token);
    expect(serviceOfType(app, 7)).toMatchObject({ roomUuid: '', userUuid: '', role: -1, privileges: { 3: 3600 } });
    const badRole = await server.post(`/v1/${prefix}/room-user`, { roomUuid: 'r1', userUuid: 'u1', role: 40000 });
    expect(badRole.status).toBe(400);
  });

  it('POST /v1/fpa builds a 24-hour FPA token and takes no fields', async () => {
    const token = expectSigned007((await server.post('/v1/fpa', {})).body.token);
    expect(token.expire).toBe(86400);
    expect(token.services).toEqual([{ type: 4, privileges: { 1: 0 } }]);
    expect((await server.post('/v1/fpa', { expiresInSeconds: 5 })).status).toBe(400);
  });

  it.each([['convoai', 9], ['stt', 10]])('POST /v1/%s builds RTC, RTM and the agent service', async (path, type) => {
    const token = expectSigned007((await server.post(`/v1/${path}`, {
      channelName: 'c', uid: 1000, role: 'publisher', expiresInSeconds: 600, rtmUserId: 'agent', rtmExpiresInSeconds: 300,
    })).body.token);
    expect(token.services.map((s) => s.type)).toEqual([1, 2, type]);
    expect(serviceOfType(token, 1)).toMatchObject({ uid: '1000', privileges: { 1: 600, 2: 600, 3: 600, 4: 600 } });
    expect(serviceOfType(token, 2)).toMatchObject({ userId: 'agent', privileges: { 1: 300 } });
    expect((await server.post(`/v1/${path}`, { channelName: 'c', uid: 1, role: 'publisher' })).status).toBe(400);
  });

  describe('006', () => {
    it('POST /v1/006/rtc builds a verifiable 006 token with absolute privilege times', async () => {
      const token = expectSigned006((await server.post('/v1/006/rtc', { channelName: 'c6', uid: 66, role: 'publisher', privilegesExpireInSeconds: 120 })).body.token, 'c6', 66);
      expect(token.ts).toBe(NOW + 86400);
      expect(token.privileges).toEqual({ 1: NOW + 120, 2: NOW + 120, 3: NOW + 120, 4: NOW + 120 });
      const sub = expectSigned006((await server.post('/v1/006/rtc', { channelName: 'c6', account: 'acc6', role: 'subscriber', privilegesExpireInSeconds: 0 })).body.token, 'c6', 'acc6');
      expect(sub.privileges).toEqual({ 1: 0 });
    });

    it('POST /v1/006/rtm builds a 006 RTM token', async () => {
      const res = await server.post('/v1/006/rtm', { userId: 'r6' });
      // The reference packs the RTM account where the channel name goes, with an empty uid.
      expect(expectSigned006(res.body.token, 'r6', '').privileges).toEqual({ 1000: NOW + 3600 });
    });
  });
});

describe('/v1 request rules', () => {
  const server = testApp();

  it('answers 415 to a body that is not JSON', async () => {
    const res = await server.request('/v1/rtm', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"userId":"u"}' });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('ERR_UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers 400 ERR_INVALID_JSON to malformed JSON', async () => {
    const res = await server.post('/v1/rtm', '{"userId":');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('ERR_INVALID_JSON');
  });

  it('answers 413 to a body over the limit, declared or streamed', async () => {
    const big = JSON.stringify({ userId: 'u', padding: 'x'.repeat(20_000) });
    const declared = await server.post('/v1/rtm', big);
    expect(declared.status).toBe(413);
    expect(declared.body.error.code).toBe('ERR_PAYLOAD_TOO_LARGE');
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const streamed = await server.request('/v1/rtm', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
    const compat = await server.request('/getToken', { method: 'POST', body: big });
    expect(compat.status).toBe(413);
  });
});
