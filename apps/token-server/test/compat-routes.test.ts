import { describe, expect, it } from 'vitest';
import { expectSigned007, serviceOfType } from './support/tokens.js';
import { NOW, testApp } from './support/test-app.js';

describe('agora-token-service routes', () => {
  const server = testApp();

  describe('GET /rtc/:channelName/:role/:tokenType/:uid', () => {
    it('builds a publisher token for a uid, valid 3600 s by default', async () => {
      const res = await server.get('/rtc/my-channel/publisher/uid/1234');
      expect(res.status).toBe(200);
      expect(Object.keys(res.body)).toEqual(['rtcToken']);
      const token = expectSigned007(res.body.rtcToken);
      expect(token.issueTs).toBe(NOW);
      expect(token.expire).toBe(3600);
      const rtc = serviceOfType(token, 1);
      expect(rtc.channelName).toBe('my-channel');
      expect(rtc.uid).toBe('1234');
      expect(rtc.privileges).toEqual({ 1: 3600, 2: 3600, 3: 3600, 4: 3600 });
    });

    it('gives a subscriber only the join privilege, for the ?expiry= asked', async () => {
      const res = await server.get('/rtc/my-channel/subscriber/uid/7?expiry=600');
      const token = expectSigned007(res.body.rtcToken);
      expect(token.expire).toBe(600);
      expect(serviceOfType(token, 1).privileges).toEqual({ 1: 600 });
    });

    it('packs uid 0 as "any uid" and takes the largest uid, 2^32-1', async () => {
      expect(serviceOfType(expectSigned007((await server.get('/rtc/c/publisher/uid/0')).body.rtcToken), 1).uid).toBe('');
      expect(serviceOfType(expectSigned007((await server.get('/rtc/c/publisher/uid/4294967295')).body.rtcToken), 1).uid).toBe('4294967295');
    });

    it('builds a token for a user account, which may be made of digits', async () => {
      const res = await server.get('/rtc/c/publisher/userAccount/alice%40example.com');
      expect(serviceOfType(expectSigned007(res.body.rtcToken), 1).uid).toBe('alice@example.com');
      const digits = await server.get('/rtc/c/publisher/userAccount/0042');
      expect(serviceOfType(expectSigned007(digits.body.rtcToken), 1).uid).toBe('0042');
    });

    it('answers the same with a trailing slash, as gin routes do', async () => {
      const res = await server.get('/rtc/c/publisher/uid/5/');
      expect(res.status).toBe(200);
      expectSigned007(res.body.rtcToken);
    });

    it('rejects a uid above 2^32-1 with a 400 instead of truncating it', async () => {
      const res = await server.get('/rtc/c/publisher/uid/4294967296');
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('ERR_INVALID_UID');
      expect(res.body.error.message).toMatch(/4294967296/);
    });

    it('rejects a non-numeric uid for tokenType uid', async () => {
      const res = await server.get('/rtc/c/publisher/uid/abc');
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('ERR_VALIDATION');
      expect(res.body.error.message).toMatch(/userAccount/);
    });

    it.each([
      ['an unknown role', '/rtc/c/audience/uid/1', /role/],
      ['an unknown tokenType', '/rtc/c/publisher/number/1', /tokenType/],
      ['a non-numeric expiry', '/rtc/c/publisher/uid/1?expiry=soon', /expiry/],
    ])('rejects %s', async (_, path, message) => {
      const res = await server.get(path);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('ERR_VALIDATION');
      expect(res.body.error.message).toMatch(message);
    });

    it('rejects an expiry of 0 or above MAX_EXPIRE_SECONDS', async () => {
      for (const expiry of ['0', '86401']) {
        const res = await server.get(`/rtc/c/publisher/uid/1?expiry=${expiry}`);
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe('ERR_INVALID_EXPIRE');
      }
    });

    it("passes the engine's channel-name check through as a 400 with its code", async () => {
      const res = await server.get(`/rtc/${'x'.repeat(65)}/publisher/uid/1`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('ERR_INVALID_CHANNEL_NAME');
      const bad = await server.get('/rtc/caf%C3%A9/publisher/uid/1');
      expect(bad.body.error.code).toBe('ERR_INVALID_CHANNEL_NAME');
    });
  });

  describe('GET /rtm/:uid', () => {
    it('builds an RTM login token', async () => {
      const res = await server.get('/rtm/bob?expiry=120');
      expect(res.status).toBe(200);
      expect(Object.keys(res.body)).toEqual(['rtmToken']);
      const token = expectSigned007(res.body.rtmToken);
      expect(token.services).toHaveLength(1);
      expect(serviceOfType(token, 2)).toMatchObject({ userId: 'bob', privileges: { 1: 120 } });
    });

    it('refuses the user id "0" as agora-token-service does', async () => {
      const res = await server.get('/rtm/0');
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('ERR_VALIDATION');
    });

    it('passes a user id over 255 bytes to the engine, which refuses it', async () => {
      const res = await server.get(`/rtm/${'u'.repeat(256)}`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('ERR_INVALID_USER_ID');
    });
  });

  describe('GET /rte/:channelName/:role/:tokenType/:rtcuid[/:rtmuid]', () => {
    it('builds both tokens; the RTM user defaults to the RTC uid and may join the stream channel', async () => {
      const res = await server.get('/rte/room/publisher/uid/42');
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(['rtcToken', 'rtmToken']);
      expect(serviceOfType(expectSigned007(res.body.rtcToken), 1)).toMatchObject({ channelName: 'room', uid: '42' });
      const rtm = expectSigned007(res.body.rtmToken);
      expect(serviceOfType(rtm, 2)).toMatchObject({ userId: '42', privileges: { 1: 3600 } });
      expect(serviceOfType(rtm, 1)).toMatchObject({ channelName: 'room', uid: '42', privileges: { 1: 3600, 4: 3600 } });
    });

    it('uses a separate RTM user id when given', async () => {
      const res = await server.get('/rte/room/subscriber/userAccount/alice/alice-rtm?expiry=900');
      expect(serviceOfType(expectSigned007(res.body.rtcToken), 1)).toMatchObject({ uid: 'alice', privileges: { 1: 900 } });
      expect(serviceOfType(expectSigned007(res.body.rtmToken), 2)).toMatchObject({ userId: 'alice-rtm', privileges: { 1: 900 } });
    });

    it('needs an RTM user id when the RTC uid is 0', async () => {
      const res = await server.get('/rte/room/publisher/uid/0');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/rtmuid/);
      expect((await server.get('/rte/room/publisher/uid/0/carol')).status).toBe(200);
    });

    it('rejects an out-of-range RTC uid', async () => {
      const res = await server.get('/rte/room/publisher/uid/99999999999/x');
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('ERR_INVALID_UID');
    });
  });

  describe('GET /chat/app and /chat/account/:chatId', () => {
    it('builds a Chat app token', async () => {
      const res = await server.get('/chat/app?expiry=300');
      expect(Object.keys(res.body)).toEqual(['chatToken']);
      expect(serviceOfType(expectSigned007(res.body.chatToken), 5)).toMatchObject({ userId: '', privileges: { 2: 300 } });
    });

    it('builds a Chat user token', async () => {
      const res = await server.get('/chat/account/dave');
      expect(serviceOfType(expectSigned007(res.body.chatToken), 5)).toMatchObject({ userId: 'dave', privileges: { 1: 3600 } });
    });
  });

  it('GET /ping answers pong', async () => {
    const res = await server.get('/ping');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ message: 'pong' });
  });

  describe('POST /getToken', () => {
    it('builds an RTC token for a numeric uid, defaulting expire 0 to 3600', async () => {
      const res = await server.post('/getToken', { tokenType: 'rtc', channel: 'c', role: 'publisher', uid: '123', expire: 0 });
      expect(res.status).toBe(200);
      expect(Object.keys(res.body)).toEqual(['token']);
      const token = expectSigned007(res.body.token);
      expect(token.expire).toBe(3600);
      expect(serviceOfType(token, 1)).toMatchObject({ uid: '123', privileges: { 1: 3600, 2: 3600, 3: 3600, 4: 3600 } });
    });

    it('treats a non-numeric uid as a user account and a missing role as subscriber', async () => {
      const res = await server.post('/getToken', { tokenType: 'rtc', channel: 'c', uid: 'user123', expire: 60 });
      expect(serviceOfType(expectSigned007(res.body.token), 1)).toMatchObject({ uid: 'user123', privileges: { 1: 60 } });
    });

    it('accepts a uid sent as a JSON number', async () => {
      const res = await server.post('/getToken', { tokenType: 'rtc', channel: 'c', uid: 99 });
      expect(serviceOfType(expectSigned007(res.body.token), 1).uid).toBe('99');
    });

    it('rejects a numeric uid above 2^32-1 instead of truncating it', async () => {
      const res = await server.post('/getToken', { tokenType: 'rtc', channel: 'c', uid: '4294967296' });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('ERR_INVALID_UID');
    });

    it('builds an RTM token, with the stream channel when one is given ("*" included)', async () => {
      const plain = expectSigned007((await server.post('/getToken', { tokenType: 'rtm', uid: 'eve' })).body.token);
      expect(plain.services.map((s) => s.type)).toEqual([2]);
      const all = expectSigned007((await server.post('/getToken', { tokenType: 'rtm', uid: 'eve', channel: '*' })).body.token);
      expect(serviceOfType(all, 1)).toMatchObject({ channelName: '*', uid: 'eve' });
    });

    it('builds Chat app and user tokens', async () => {
      const app = expectSigned007((await server.post('/getToken', { tokenType: 'chat' })).body.token);
      expect(serviceOfType(app, 5).privileges).toEqual({ 2: 3600 });
      const user = expectSigned007((await server.post('/getToken', { tokenType: 'chat', uid: 'frank' })).body.token);
      expect(serviceOfType(user, 5)).toMatchObject({ userId: 'frank', privileges: { 1: 3600 } });
    });

    it('reads the body as JSON whatever the Content-Type, as the Go service does', async () => {
      for (const type of ['text/plain;charset=UTF-8', 'application/x-www-form-urlencoded']) {
        const res = await server.request('/getToken', { method: 'POST', headers: { 'content-type': type }, body: JSON.stringify({ tokenType: 'chat' }) });
        expect(res.status, type).toBe(200);
        expectSigned007(res.body.token);
      }
      const none = await server.request('/getToken', { method: 'POST', body: new TextEncoder().encode(JSON.stringify({ tokenType: 'chat' })) });
      expect(none.status).toBe(200);
    });

    it.each([
      ['an unknown tokenType', { tokenType: 'fpa' }, 'ERR_VALIDATION'],
      ['rtc without a channel', { tokenType: 'rtc', uid: '1' }, 'ERR_VALIDATION'],
      ['rtc without a uid', { tokenType: 'rtc', channel: 'c' }, 'ERR_VALIDATION'],
      ['rtm without a uid', { tokenType: 'rtm' }, 'ERR_VALIDATION'],
      ['a bad stream channel', { tokenType: 'rtm', uid: 'u', channel: 'a/b' }, 'ERR_VALIDATION'],
      ['a negative expire', { tokenType: 'chat', expire: -1 }, 'ERR_VALIDATION'],
      ['an expire above the maximum', { tokenType: 'chat', expire: 100_000 }, 'ERR_INVALID_EXPIRE'],
    ])('rejects %s', async (_, body, code) => {
      const res = await server.post('/getToken', body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe(code);
    });

    it('rejects malformed JSON with a 400 whatever the Content-Type', async () => {
      const json = await server.post('/getToken', '{"tokenType":');
      expect(json.status).toBe(400);
      expect(json.body.error.code).toBe('ERR_INVALID_JSON');
      const text = await server.request('/getToken', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'nope' });
      expect(text.status).toBe(400);
      expect(text.body.error.code).toBe('ERR_INVALID_JSON');
    });
  });
});
