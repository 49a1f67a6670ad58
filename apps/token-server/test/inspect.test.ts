import { createAgoraKey } from '@agorakey/node';
import { describe, expect, it } from 'vitest';
import { APP_CERTIFICATE, APP_ID, NOW, testApp } from './support/test-app.js';

const OTHER_APP_ID = 'abcdefabcdefabcdefabcdefabcdefab';
const OTHER_CERTIFICATE = '0000111122223333444455556666aaaa';
const builder = createAgoraKey({ clock: () => NOW });
const iso = (unix: number) => new Date(unix * 1000).toISOString();

describe('POST /v1/inspect', () => {
  const server = testApp({ tokens: createAgoraKey({ clock: () => NOW + 100 }) });

  it('decodes a 007 token: times, services, privilege names, and a valid signature', async () => {
    const token = builder.RtcTokenBuilder.buildTokenWithUidAndPrivilege(APP_ID, APP_CERTIFICATE, 'room', 42, 3600, 0, 1800, 60, 0);
    const res = await server.post('/v1/inspect', { token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      version: '007',
      appId: APP_ID,
      issuedAt: { unix: NOW, iso: iso(NOW) },
      expiresAt: { unix: NOW + 3600, iso: iso(NOW + 3600) },
      expired: false,
      signatureValid: true,
      notes: [],
    });
    expect(res.body.services).toEqual([
      {
        type: 1,
        name: 'rtc',
        channelName: 'room',
        uid: '42',
        privileges: [
          // 0 means "as long as the token": the token's own expiry.
          { id: 1, name: 'joinChannel', value: 0, expiresAt: { unix: NOW + 3600, iso: iso(NOW + 3600) }, lastsAsLongAsToken: true },
          { id: 2, name: 'publishAudioStream', value: 1800, expiresAt: { unix: NOW + 1800, iso: iso(NOW + 1800) }, lastsAsLongAsToken: false },
          { id: 3, name: 'publishVideoStream', value: 60, expiresAt: { unix: NOW + 60, iso: iso(NOW + 60) }, lastsAsLongAsToken: false },
          { id: 4, name: 'publishDataStream', value: 0, expiresAt: { unix: NOW + 3600, iso: iso(NOW + 3600) }, lastsAsLongAsToken: true },
        ],
      },
    ]);
  });

  it('says a token signed with another certificate is invalid', async () => {
    const forged = builder.RtmTokenBuilder.buildToken(APP_ID, OTHER_CERTIFICATE, 'mallory', 600);
    const res = await server.post('/v1/inspect', { token: forged });
    expect(res.status).toBe(200);
    expect(res.body.signatureValid).toBe(false);
    expect(res.body.services[0]).toMatchObject({ type: 2, name: 'rtm', userId: 'mallory', privileges: [{ id: 1, name: 'login', value: 600 }] });
  });

  it("leaves signatureValid out for another app's token", async () => {
    const token = builder.ChatTokenBuilder.buildAppToken(OTHER_APP_ID, OTHER_CERTIFICATE, 600);
    const res = await server.post('/v1/inspect', { token });
    expect(res.body.appId).toBe(OTHER_APP_ID);
    expect(res.body).not.toHaveProperty('signatureValid');
    expect(res.body.notes.join(' ')).toMatch(/no certificate/);
  });

  it('reports an expired token', async () => {
    const token = builder.ChatTokenBuilder.buildAppToken(APP_ID, APP_CERTIFICATE, 50);
    const res = await server.post('/v1/inspect', { token });
    expect(res.body.expired).toBe(true);
    expect(res.body.signatureValid).toBe(true);
  });

  it('names RTM2 permissions and APaaS fields', async () => {
    const rtm2 = builder.RtmTokenBuilder.buildTokenWithPermissions(APP_ID, APP_CERTIFICATE, 'u', [{ resourceType: 1, permissionType: 1, resources: ['s1'] }], 60);
    const res = await server.post('/v1/inspect', { token: rtm2 });
    expect(res.body.services[0]).toMatchObject({ name: 'rtm2', userId: 'u', permissions: [{ resourceType: 'streamChannels', permissionType: 'write', resources: ['s1'] }] });
    const apaas = builder.ApaasTokenBuilder.buildRoomUserToken(APP_ID, APP_CERTIFICATE, 'room', 'user', -3, 60);
    const services = (await server.post('/v1/inspect', { token: apaas })).body.services;
    expect(services.map((s: { name: string }) => s.name)).toEqual(['rtm', 'chat', 'apaas']);
    expect(services[2]).toMatchObject({ roomUuid: 'room', userUuid: 'user', role: -3, privileges: [{ name: 'roomUser' }] });
  });

  it('decodes a 006 token and verifies it only when given its channel and uid', async () => {
    const token = builder.buildRtcToken006({ appId: APP_ID, appCertificate: APP_CERTIFICATE, channelName: 'old', uid: 6, role: 'subscriber', privilegesExpireAt: NOW + 500 });
    const bare = await server.post('/v1/inspect', { token });
    expect(bare.status).toBe(200);
    expect(bare.body).toMatchObject({
      version: '006',
      appId: APP_ID,
      issuedAt: { unix: NOW },
      expiresAt: { unix: NOW + 86400 },
      services: [{ type: null, name: 'rtc', privileges: [{ id: 1, name: 'joinChannel', value: NOW + 500, expiresAt: { unix: NOW + 500 }, lastsAsLongAsToken: false }] }],
    });
    expect(bare.body).not.toHaveProperty('signatureValid');
    expect(bare.body.notes.join(' ')).toMatch(/pass channelName and uid/);

    expect((await server.post('/v1/inspect', { token, channelName: 'old', uid: 6 })).body.signatureValid).toBe(true);
    expect((await server.post('/v1/inspect', { token, channelName: 'old', uid: 7 })).body.signatureValid).toBe(false);
    expect((await server.post('/v1/inspect', { token, channelName: 'other', uid: 6 })).body.signatureValid).toBe(false);
  });

  it('names 006 RTM login and treats privilege 0 as the token lifetime', async () => {
    const token = builder.RtmTokenBuilder006.buildToken(APP_ID, APP_CERTIFICATE, 'rtm-user', 1, 0);
    const res = await server.post('/v1/inspect', { token, channelName: 'rtm-user', uid: '' });
    expect(res.body.signatureValid).toBe(true);
    expect(res.body.services).toEqual([
      { type: null, name: 'rtm', privileges: [{ id: 1000, name: 'login', value: 0, expiresAt: { unix: NOW + 86400, iso: iso(NOW + 86400) }, lastsAsLongAsToken: true }] },
    ]);
  });

  it.each([
    ['a token of another version', '008abc', 'ERR_TOKEN_VERSION'],
    ['bad base64', '007!!!!', 'ERR_TOKEN_BASE64'],
    ['a truncated 006 token', '006' + APP_ID, 'ERR_TOKEN_TRUNCATED'],
  ])('answers 400 with the parser code for %s', async (_, token, code) => {
    const res = await server.post('/v1/inspect', { token });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe(code);
  });

  it('answers 400 for a 006 uid the engine refuses', async () => {
    const token = builder.buildRtcToken006({ appId: APP_ID, appCertificate: APP_CERTIFICATE, channelName: 'old', uid: 6, role: 'publisher', privilegesExpireAt: 0 });
    const res = await server.post('/v1/inspect', { token, channelName: 'old', uid: 4294967296 });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('ERR_INVALID_UID');
  });
});
