import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crc32, ErrorCode, parseToken, type ParsedAccessToken006 } from '../src/index.js';
import { channelName, account, hex32, uint32 } from './arbitraries.js';
import { APP_CERTIFICATE, APP_ID, NOW, SALT, codeOf, fixedApi } from './helpers.js';

const api = fixedApi();
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('AccessToken (006)', () => {
  it('round-trips arbitrary valid specs: build → parse → verify', () => {
    fc.assert(
      fc.property(hex32, hex32, channelName, fc.oneof(account, fc.constant('')), uint32, uint32, fc.dictionary(fc.nat({ max: 0xffff }).map(String), uint32, { maxKeys: 5 }), (appId, cert, channel, uid, salt, ts, privileges) => {
        const token = api.buildAccessToken006({ appId, appCertificate: cert, channelName: channel, uid, salt, ts, privileges });
        expect(token.slice(0, 35)).toBe('006' + appId);
        const parsed = parseToken(token) as ParsedAccessToken006;
        expect(parsed).toMatchObject({ version: '006', appId, salt, ts, crcChannelName: crc32(utf8(channel)), crcUid: crc32(utf8(uid)) });
        expect(parsed.privileges).toEqual(Object.fromEntries(Object.entries(privileges).map(([k, v]) => [Number(k), v])));
        expect(api.verifyToken(token, cert, { channelName: channel, uid })).toBe(true);
        expect(api.verifyToken(token, cert, { channelName: channel + 'x', uid })).toBe(false);
        expect(api.verifyToken(token, cert, { channelName: channel, uid: uid + '1' })).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('builds with ts = now + 24 h and the role privileges of the reference', () => {
    const expiry = NOW + 600;
    const roles: [number, number[]][] = [[0, [1, 2, 3, 4]], [1, [1, 2, 3, 4]], [2, [1]], [101, [1, 2, 3, 4]]];
    for (const [role, ids] of roles) {
      const parsed = parseToken(api.RtcTokenBuilder006.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 0, role, expiry)) as ParsedAccessToken006;
      expect(parsed).toMatchObject({ ts: NOW + 86400, salt: SALT, crcUid: 0 });
      expect(Object.keys(parsed.privileges).map(Number)).toEqual(ids);
      expect(Object.values(parsed.privileges).every((v) => v === expiry)).toBe(true);
    }
  });

  it('packs the RTM account in the channel field, privilege 1000', () => {
    const token = api.RtmTokenBuilder006.buildToken(APP_ID, APP_CERTIFICATE, 'alice@example', 1, NOW + 60);
    const parsed = parseToken(token) as ParsedAccessToken006;
    expect(parsed.privileges).toEqual({ 1000: NOW + 60 });
    expect(parsed.crcChannelName).toBe(crc32(utf8('alice@example')));
    expect(api.verifyToken(token, APP_CERTIFICATE, { channelName: 'alice@example', uid: '' })).toBe(true);
  });

  it('verify needs the channel name and uid of a 006 token', () => {
    const token = api.RtcTokenBuilder006.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 5, 1, 0);
    expect(codeOf(() => api.verifyToken(token, APP_CERTIFICATE))).toBe(ErrorCode.InvalidArgument);
    expect(api.verifyToken(token, APP_CERTIFICATE, { channelName: 'room', uid: 5 })).toBe(true);
    expect(api.verifyToken(token, APP_CERTIFICATE, { channelName: 'room', uid: '5' })).toBe(true);
    expect(api.verifyToken(token, APP_CERTIFICATE, { channelName: 'room', uid: 6 })).toBe(false);
  });

  it('user accounts and uids are distinct: uid 0 packs as "", account "0" as "0"', () => {
    const byUid = parseToken(api.RtcTokenBuilder006.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 0, 1, 0)) as ParsedAccessToken006;
    const byAccount = parseToken(api.RtcTokenBuilder006.buildTokenWithAccount(APP_ID, APP_CERTIFICATE, 'room', '0', 1, 0)) as ParsedAccessToken006;
    expect(byUid.crcUid).toBe(0);
    expect(byAccount.crcUid).toBe(crc32(utf8('0')));
  });
});
