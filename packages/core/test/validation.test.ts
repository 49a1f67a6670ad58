import { describe, expect, it } from 'vitest';
import { APP_CERTIFICATE, APP_ID, codeOf, fixedApi } from './helpers.js';
import { AgoraKeyError, InvalidInputError } from '../src/errors.js';

const api = fixedApi();
const rtc = (over: Partial<Record<'appId' | 'cert' | 'channel' | 'uid' | 'role' | 'expire' | 'priv', unknown>>) => () =>
  api.RtcTokenBuilder.buildTokenWithUid(
    (over.appId ?? APP_ID) as string,
    (over.cert ?? APP_CERTIFICATE) as string,
    (over.channel ?? 'room') as string,
    (over.uid ?? 42) as number,
    (over.role ?? 1) as number,
    (over.expire ?? 3600) as number,
    (over.priv ?? 3600) as number,
  );

describe('builder input validation: each rule has its code', () => {
  it.each([
    [{ appId: 'abc' }, 'ERR_INVALID_APP_ID'],
    [{ appId: 'g'.repeat(32) }, 'ERR_INVALID_APP_ID'],
    [{ appId: 42 }, 'ERR_INVALID_APP_ID'],
    [{ cert: '' }, 'ERR_INVALID_APP_CERTIFICATE'],
    [{ cert: 'z'.repeat(32) }, 'ERR_INVALID_APP_CERTIFICATE'],
    [{ channel: '' }, 'ERR_INVALID_CHANNEL_NAME'],
    [{ channel: 'x'.repeat(65) }, 'ERR_INVALID_CHANNEL_NAME'],
    [{ channel: 'héllo' }, 'ERR_INVALID_CHANNEL_NAME'],
    [{ channel: 'a/b' }, 'ERR_INVALID_CHANNEL_NAME'],
    [{ channel: 7 }, 'ERR_INVALID_CHANNEL_NAME'],
    [{ uid: -1 }, 'ERR_INVALID_UID'],
    [{ uid: 2 ** 32 }, 'ERR_INVALID_UID'],
    [{ uid: 1.5 }, 'ERR_INVALID_UID'],
    [{ uid: '007' }, 'ERR_INVALID_UID'],
    [{ uid: 'alice' }, 'ERR_INVALID_UID'],
    [{ role: 0 }, 'ERR_INVALID_ROLE'],
    [{ role: 101 }, 'ERR_INVALID_ROLE'],
    [{ expire: -1 }, 'ERR_INVALID_EXPIRE'],
    [{ expire: 2 ** 32 }, 'ERR_INVALID_EXPIRE'],
    [{ expire: 3600.5 }, 'ERR_INVALID_EXPIRE'],
    [{ priv: '3600' }, 'ERR_INVALID_EXPIRE'],
  ])('%j → %s', (over, code) => {
    expect(codeOf(rtc(over))).toBe(code);
  });

  it('accepts every boundary value', () => {
    expect(() => rtc({ uid: 0 })()).not.toThrow(/./);
    expect(() => rtc({ uid: 2 ** 32 - 1, expire: 2 ** 32 - 1, priv: 0 })()).not.toThrow(/./);
    expect(() => rtc({ uid: '4294967295' })()).not.toThrow(/./);
    expect(() => rtc({ channel: 'x'.repeat(64) })()).not.toThrow(/./);
    expect(() => rtc({ channel: ' !#$%&()+-:;<=.>?@[]^_{}|~,' })()).not.toThrow(/./);
  });

  it('names the parameter and hints at milliseconds', () => {
    try {
      rtc({ expire: Date.now() })();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error).toBeInstanceOf(AgoraKeyError);
      expect((error as InvalidInputError).parameter).toBe('expire');
      expect((error as Error).message).toMatch(/^expire: .*milliseconds/);
    }
  });

  it('never echoes the certificate', () => {
    const secretish = 'Z' + APP_CERTIFICATE.slice(1);
    try {
      rtc({ cert: secretish })();
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain(secretish);
      expect((error as Error).message).not.toContain(APP_CERTIFICATE.slice(1));
    }
  });

  it('checks accounts and user ids: 1-255 bytes, numbers as decimal', () => {
    const account = (a: unknown) => () => api.RtcTokenBuilder.buildTokenWithUserAccount(APP_ID, APP_CERTIFICATE, 'room', a as string, 2, 60);
    expect(codeOf(account(''))).toBe('ERR_INVALID_USER_ACCOUNT');
    expect(codeOf(account('é'.repeat(128)))).toBe('ERR_INVALID_USER_ACCOUNT');
    expect(codeOf(account(null))).toBe('ERR_INVALID_USER_ACCOUNT');
    expect(() => account('é'.repeat(127))()).not.toThrow(/./);
    expect(codeOf(() => api.RtmTokenBuilder.buildToken(APP_ID, APP_CERTIFICATE, '', 60))).toBe('ERR_INVALID_USER_ID');
    expect(codeOf(() => api.RtmTokenBuilder.buildToken(APP_ID, APP_CERTIFICATE, -3, 60))).toBe('ERR_INVALID_USER_ID');
    expect(codeOf(() => api.ChatTokenBuilder.buildUserToken(APP_ID, APP_CERTIFICATE, 'x'.repeat(256), 60))).toBe('ERR_INVALID_USER_ID');
  });

  it('checks APaaS roles as int16 and RTM2 permission enums', () => {
    expect(codeOf(() => api.ApaasTokenBuilder.buildRoomUserToken(APP_ID, APP_CERTIFICATE, 'r', 'u', 40000, 60))).toBe('ERR_INVALID_ROLE');
    expect(codeOf(() => api.ApaasTokenBuilder.buildRoomUserToken(APP_ID, APP_CERTIFICATE, 'r', 'u', 1.5, 60))).toBe('ERR_INVALID_ROLE');
    const perms = (p: unknown) => () => api.RtmTokenBuilder.buildTokenWithPermissions(APP_ID, APP_CERTIFICATE, 'u', p as never, 60);
    expect(codeOf(perms([{ resourceType: 5, permissionType: 0, resources: [] }]))).toBe('ERR_INVALID_RTM2_PERMISSION');
    expect(codeOf(perms([{ resourceType: 0, permissionType: 2, resources: [] }]))).toBe('ERR_INVALID_RTM2_PERMISSION');
    expect(codeOf(perms([{ resourceType: 0, permissionType: 0, resources: 'x' }]))).toBe('ERR_INVALID_RTM2_PERMISSION');
    expect(codeOf(perms([{ resourceType: 0, permissionType: 0, resources: [] }, { resourceType: 0, permissionType: 0, resources: [] }]))).toBe(
      'ERR_INVALID_RTM2_PERMISSION',
    );
    expect(codeOf(perms([{ resourceType: 0, permissionType: 0, resources: ['x'.repeat(65536)] }]))).toBe('ERR_STRING_TOO_LONG');
    expect(codeOf(perms('all'))).toBe('ERR_INVALID_RTM2_PERMISSION');
  });

  it('checks 006 roles, timestamps and the generic builders', () => {
    expect(codeOf(() => api.RtcTokenBuilder006.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 1, 3, 0))).toBe('ERR_INVALID_ROLE');
    expect(codeOf(() => api.RtcTokenBuilder006.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 1, 1, Date.now()))).toBe('ERR_INVALID_TIMESTAMP');
    expect(codeOf(() => api.RtmTokenBuilder006.buildToken(APP_ID, APP_CERTIFICATE, 'alice', 2, 0))).toBe('ERR_INVALID_ROLE');
    const base = { appId: APP_ID, appCertificate: APP_CERTIFICATE, issueTs: 1, expire: 1, salt: 1 };
    expect(codeOf(() => api.buildAccessToken2({ ...base, services: [] }))).toBe('ERR_NO_SERVICES');
    expect(codeOf(() => api.buildAccessToken2({ ...base, services: [{ type: 11, privileges: {} } as never] }))).toBe('ERR_INVALID_SERVICE');
    expect(codeOf(() => api.buildAccessToken2({ ...base, services: [{ type: 1, privileges: { x: 1 } as never, channelName: 'a', uid: '' }] }))).toBe(
      'ERR_INVALID_PRIVILEGE',
    );
    expect(codeOf(() => api.buildAccessToken2({ ...base, salt: -1, services: [{ type: 4, privileges: {} }] }))).toBe('ERR_INVALID_SALT');
    expect(codeOf(() => api.buildAccessToken2({ ...base, issueTs: 2 ** 32, services: [{ type: 4, privileges: {} }] }))).toBe('ERR_INVALID_TIMESTAMP');
  });

  it('checks the options API', () => {
    const base = { appId: APP_ID, appCertificate: APP_CERTIFICATE, channelName: 'room', role: 'publisher', expiresInSeconds: 60 } as const;
    expect(codeOf(() => api.buildRtcToken({ ...base } as never))).toBe('ERR_INVALID_ARGUMENT');
    expect(codeOf(() => api.buildRtcToken({ ...base, uid: 1, account: 'a' } as never))).toBe('ERR_INVALID_ARGUMENT');
    expect(codeOf(() => api.buildRtcToken({ ...base, uid: 1, role: 'host' } as never))).toBe('ERR_INVALID_ROLE');
    expect(codeOf(() => api.buildRtcToken(null as never))).toBe('ERR_INVALID_ARGUMENT');
  });
});
