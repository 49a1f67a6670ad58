import { describe, expect, it } from 'vitest';
import { parseToken, Rtm2Permissions, type ParsedAccessToken2 } from '../src/index.js';
import { APP_CERTIFICATE as C, APP_ID as A, NOW, fixedApi } from './helpers.js';

const api = fixedApi();
const services = (token: string) => {
  const parsed = parseToken(token) as ParsedAccessToken2;
  expect(parsed).toMatchObject({ issueTs: NOW, appId: A });
  expect(api.verifyToken(token, C)).toBe(true);
  return { expire: parsed.expire, services: parsed.services };
};

describe('007 builders pack what the Go reference packs', () => {
  it('RtcTokenBuilder', () => {
    const { RtcTokenBuilder: b } = api;
    expect(services(b.buildTokenWithUid(A, C, 'c', 0, 2, 100, 50))).toEqual({ expire: 100, services: [{ type: 1, privileges: { 1: 50 }, channelName: 'c', uid: '' }] });
    expect(services(b.buildTokenWithUid(A, C, 'c', 9, 1, 100))).toEqual({
      expire: 100,
      services: [{ type: 1, privileges: { 1: 0, 2: 0, 3: 0, 4: 0 }, channelName: 'c', uid: '9' }],
    });
    expect(services(b.buildTokenWithUserAccount(A, C, 'c', 'bob', 2, 100, 50)).services[0]).toMatchObject({ uid: 'bob' });
    expect(services(b.buildTokenWithUidAndPrivilege(A, C, 'c', 4294967295, 100, 1, 2, 3, 4)).services).toEqual([
      { type: 1, privileges: { 1: 1, 2: 2, 3: 3, 4: 4 }, channelName: 'c', uid: '4294967295' },
    ]);
    const upper = b.BuildTokenWithUserAccountAndPrivilege(A, C, 'c', 'bob', 100, 1, 2, 3, 4);
    expect(services(upper)).toEqual(services(b.buildTokenWithUserAccountAndPrivilege(A, C, 'c', 'bob', 100, 1, 2, 3, 4)));
    expect(services(b.buildTokenWithRtm(A, C, 'c', 'bob', 1, 100, 50)).services).toEqual([
      { type: 1, privileges: { 1: 50, 2: 50, 3: 50, 4: 50 }, channelName: 'c', uid: 'bob' },
      { type: 2, privileges: { 1: 100 }, userId: 'bob' },
    ]);
    expect(services(b.buildTokenWithRtm2(A, C, 'c', 'bob', 2, 100, 1, 2, 3, 4, 'rtm-bob', 70)).services).toEqual([
      { type: 1, privileges: { 1: 1 }, channelName: 'c', uid: 'bob' },
      { type: 2, privileges: { 1: 70 }, userId: 'rtm-bob' },
    ]);
  });

  it('RtmTokenBuilder with and without permissions', () => {
    expect(services(api.RtmTokenBuilder.buildToken(A, C, 'u', 60)).services).toEqual([{ type: 2, privileges: { 1: 60 }, userId: 'u' }]);
    const perms = new Rtm2Permissions().add(Rtm2Permissions.kUsers, Rtm2Permissions.kWrite, ['x']).add(Rtm2Permissions.kMessageChannels, Rtm2Permissions.kRead, ['a', 'b']);
    const expected = [
      { type: 8, privileges: { 1: 60 }, userId: 'u', permissions: [
        { resourceType: 0, permissionType: 0, resources: ['a', 'b'] },
        { resourceType: 4, permissionType: 1, resources: ['x'] },
      ] },
    ];
    expect(services(api.RtmTokenBuilder.buildTokenWithPermissions(A, C, 'u', perms, 60)).services).toEqual(expected);
    expect(services(api.RtmTokenBuilder.buildTokenWithPermissions(A, C, 'u', perms.toList().reverse(), 60)).services).toEqual(expected);
    expect(services(api.RtmTokenBuilder.buildTokenWithPermissions(A, C, 'u', null, 60)).services).toEqual([{ type: 8, privileges: { 1: 60 }, userId: 'u', permissions: [] }]);
  });

  it('Chat, FPA, ConvoAI and STT', () => {
    expect(services(api.ChatTokenBuilder.buildUserToken(A, C, 'u', 60)).services).toEqual([{ type: 5, privileges: { 1: 60 }, userId: 'u' }]);
    expect(services(api.ChatTokenBuilder.buildAppToken(A, C, 60)).services).toEqual([{ type: 5, privileges: { 2: 60 }, userId: '' }]);
    expect(services(api.FpaTokenBuilder.buildToken(A, C))).toEqual({ expire: 86400, services: [{ type: 4, privileges: { 1: 0 } }] });
    for (const [builder, type] of [[api.ConvoAITokenBuilder, 9], [api.SttTokenBuilder, 10]] as const) {
      expect(services(builder.buildToken(A, C, 'c', 42, 1, 100, 1, 2, 3, 4, 'agent', 70)).services).toEqual([
        { type: 1, privileges: { 1: 1, 2: 2, 3: 3, 4: 4 }, channelName: 'c', uid: '42' },
        { type: 2, privileges: { 1: 70 }, userId: 'agent' },
        { type, privileges: {} },
      ]);
    }
  });

  it('APaaS and Education: room user carries the RoomUser privilege and the MD5 chat id', () => {
    const room = services(api.ApaasTokenBuilder.buildRoomUserToken(A, C, 'room-1', 'user-1', 2, 60)).services;
    expect(room).toEqual([
      { type: 2, privileges: { 1: 60 }, userId: 'user-1' },
      // md5('user-1'), as the Go reference names the chat user
      { type: 5, privileges: { 1: 60 }, userId: 'd6d7705392bc7af633328bea8c4c6904' },
      { type: 7, privileges: { 1: 60 }, roomUuid: 'room-1', userUuid: 'user-1', role: 2 },
    ]);
    expect(services(api.EducationTokenBuilder.buildRoomUserToken(A, C, 'room-1', 'user-1', 2, 60)).services).toEqual(room);
    expect(services(api.ApaasTokenBuilder.buildUserToken(A, C, 'user-1', 60)).services).toEqual([{ type: 7, privileges: { 2: 60 }, roomUuid: '', userUuid: 'user-1', role: -1 }]);
    expect(services(api.ApaasTokenBuilder.buildAppToken(A, C, 60)).services).toEqual([{ type: 7, privileges: { 3: 60 }, roomUuid: '', userUuid: '', role: -1 }]);
  });

  it('options API', () => {
    expect(services(api.buildRtcToken({ appId: A, appCertificate: C, channelName: 'c', uid: 5, role: 'subscriber', expiresInSeconds: 60 }))).toEqual({
      expire: 60,
      services: [{ type: 1, privileges: { 1: 60 }, channelName: 'c', uid: '5' }],
    });
    expect(services(api.buildRtcToken({ appId: A, appCertificate: C, channelName: 'c', account: 'al', role: 'publisher', expiresInSeconds: 60, privilegesExpireInSeconds: 30, rtmUserId: 'al' })).services).toEqual([
      { type: 1, privileges: { 1: 30, 2: 30, 3: 30, 4: 30 }, channelName: 'c', uid: 'al' },
      { type: 2, privileges: { 1: 60 }, userId: 'al' },
    ]);
    expect(services(api.buildChatToken({ appId: A, appCertificate: C, app: true, expiresInSeconds: 60 })).services).toEqual([{ type: 5, privileges: { 2: 60 }, userId: '' }]);
    expect(services(api.buildRtmToken({ appId: A, appCertificate: C, userId: 'u', expiresInSeconds: 60, permissions: [] })).services[0]).toMatchObject({ type: 8 });
  });
});
