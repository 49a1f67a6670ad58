import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AgoraKeyError, ErrorCode, bytesToHex, encodeBase64, parseToken, zlibDeflate, zlibInflate, decodeBase64, type ParsedAccessToken2 } from '../src/index.js';
import { packSigningInfo } from '../src/token007/access-token2.js';
import { spec007 } from './arbitraries.js';
import { APP_CERTIFICATE, APP_ID, NOW, SALT, codeOf, fixedApi } from './helpers.js';

const api = fixedApi();

/** Services as the parser returns them: sorted by type (stably), RTM2 permissions default to []. */
function packed(services: readonly { type: number }[]) {
  return [...services].sort((a, b) => a.type - b.type);
}

describe('AccessToken2 (007)', () => {
  it('round-trips arbitrary valid specs: build → parse → verify', () => {
    fc.assert(
      fc.property(spec007, (spec) => {
        const token = api.buildAccessToken2(spec);
        expect(token.startsWith('007eJ')).toBe(true);
        const parsed = parseToken(token) as ParsedAccessToken2;
        expect(parsed.version).toBe('007');
        expect({ ...parsed, signature: undefined, signingInfo: undefined, version: undefined }).toEqual({
          appId: spec.appId,
          issueTs: spec.issueTs,
          expire: spec.expire,
          salt: spec.salt,
          services: packed(spec.services),
          signature: undefined,
          signingInfo: undefined,
          version: undefined,
        });
        expect(api.verifyToken(token, spec.appCertificate)).toBe(true);
        const other = spec.appCertificate.replace(/^./, (c) => (c === '0' ? '1' : '0'));
        expect(api.verifyToken(token, other)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('uses the injected clock and salt in builders', () => {
    const parsed = parseToken(api.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 7, 1, 600, 300)) as ParsedAccessToken2;
    expect(parsed).toMatchObject({ appId: APP_ID, issueTs: NOW, expire: 600, salt: SALT });
    expect(parsed.services).toEqual([{ type: 1, privileges: { 1: 300, 2: 300, 3: 300, 4: 300 }, channelName: 'room', uid: '7' }]);
  });

  it('draws a fresh salt in [1, 99999999] for every token by default', async () => {
    const { createApi, createEngine } = await import('../src/index.js');
    const { provider } = await import('./helpers.js');
    const live = createApi(createEngine({ crypto: provider }));
    const salts = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const { salt } = parseToken(live.RtmTokenBuilder.buildToken(APP_ID, APP_CERTIFICATE, 'u', 60)) as ParsedAccessToken2;
      expect(salt).toBeGreaterThanOrEqual(1);
      expect(salt).toBeLessThanOrEqual(99_999_999);
      salts.add(salt);
    }
    expect(salts.size).toBeGreaterThan(190);
  });

  it('keeps going past a service type it does not know, and still verifies', () => {
    const token = api.buildAccessToken2({
      appId: APP_ID,
      appCertificate: APP_CERTIFICATE,
      issueTs: NOW,
      expire: 60,
      salt: 1,
      services: [{ type: 1, privileges: { 1: 0 }, channelName: 'c', uid: '' }, { type: 9, privileges: {} }],
    });
    // Rewrite service type 9 into 42 inside the payload and re-sign as the real signer would.
    const content = zlibInflate(decodeBase64(token.slice(3)));
    const at = content.length - 4; // [type u16][privilege count u16] of the last, empty service
    expect([content[at], content[at + 1], content[at + 2], content[at + 3]]).toEqual([9, 0, 0, 0]);
    content[at] = 42;
    const forged = '007' + encodeBase64(zlibDeflate(content));
    const parsed = parseToken(forged) as ParsedAccessToken2;
    expect(parsed.unknownServiceType).toBe(42);
    expect(parsed.services.map((s) => s.type)).toEqual([1]);
    // The signature covers the original bytes, so the edit is detected rather than ignored.
    expect(api.verifyToken(forged, APP_CERTIFICATE)).toBe(false);
    expect(api.verifyToken(token, APP_CERTIFICATE)).toBe(true);
  });

  it('reads a negative APaaS role back as negative and role 0 as 0', () => {
    for (const role of [-5, 0, 2, 32767, -32768]) {
      const parsed = parseToken(api.ApaasTokenBuilder.buildRoomUserToken(APP_ID, APP_CERTIFICATE, 'room', 'user', role, 60)) as ParsedAccessToken2;
      const apaas = parsed.services.find((s) => s.type === 7);
      expect(apaas).toMatchObject({ role, privileges: { 1: 60 } });
    }
  });

  it('packs privileges given as an array indexed by id (the RTC builders\' form) exactly as the same object', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.nat({ max: 300 }).map(String), fc.nat({ max: 0xffffffff }), { maxKeys: 6 }), (object) => {
        const array: number[] = [];
        for (const [id, expire] of Object.entries(object)) array[Number(id)] = expire;
        const fields = { appId: APP_ID, issueTs: NOW, expire: 60, salt: SALT };
        const service = { type: 1 as const, channelName: 'c', uid: '7' };
        const fromArray = packSigningInfo({ ...fields, services: [{ ...service, privileges: array }] }).slice();
        const fromObject = packSigningInfo({ ...fields, services: [{ ...service, privileges: object }] }).slice();
        expect(bytesToHex(fromArray)).toBe(bytesToHex(fromObject));
      }),
    );
  });

  it('gives a numeric RTM user id its decimal form', () => {
    const parsed = parseToken(api.RtmTokenBuilder.buildToken(APP_ID, APP_CERTIFICATE, 123456, 60)) as ParsedAccessToken2;
    expect(parsed.services).toEqual([{ type: 2, privileges: { 1: 60 }, userId: '123456' }]);
  });
});

describe('parsing hostile input', () => {
  const token = api.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 7, 1, 600, 300);
  const typed = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(AgoraKeyError);
      expect(Object.values(ErrorCode)).toContain((error as AgoraKeyError).code);
      return (error as AgoraKeyError).code;
    }
    return undefined;
  };

  it.each([
    ['', ErrorCode.TokenVersion],
    ['008abc', ErrorCode.TokenVersion],
    ['007', ErrorCode.ZlibTruncated],
    ['007****', ErrorCode.TokenBase64],
    ['007AAAA', ErrorCode.ZlibHeader],
    ['006' + APP_ID, ErrorCode.TokenTruncated],
    ['006' + 'x'.repeat(32) + 'AAAA', ErrorCode.TokenMalformed],
  ])('%j throws %s', (input, code) => {
    expect(codeOf(() => parseToken(input))).toBe(code);
  });

  it('rejects non-strings and oversized tokens', () => {
    expect(codeOf(() => parseToken(42 as never))).toBe(ErrorCode.TokenNotString);
    expect(codeOf(() => parseToken('007' + 'A'.repeat(100), { maxTokenLength: 50 }))).toBe(ErrorCode.TokenTooLong);
  });

  it('caps the inflated size (a zlib bomb)', () => {
    const bomb = '007' + encodeBase64(zlibDeflate(new Uint8Array(5 << 20)));
    expect(bomb.length).toBeLessThan(20_000);
    expect(codeOf(() => parseToken(bomb))).toBe(ErrorCode.ZlibTooLarge);
    expect(codeOf(() => parseToken(bomb, { maxInflatedBytes: 1000 }))).toBe(ErrorCode.ZlibTooLarge);
  });

  it('only ever throws typed errors for arbitrary strings and mutated tokens', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        typed(() => parseToken(s));
        typed(() => parseToken('007' + s));
      }),
      { numRuns: 500 },
    );
    const bytes = decodeBase64(token.slice(3));
    const original = parseToken(token) as ParsedAccessToken2;
    fc.assert(
      fc.property(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), fc.nat({ max: bytes.length }), (at, flip, cut) => {
        const mutated = bytes.slice(0, cut || bytes.length);
        if (at < mutated.length) mutated[at]! ^= flip;
        const code = typed(() => {
          const parsed = parseToken('007' + encodeBase64(mutated));
          // A mutation that still parses must not verify, unless it only touched bits
          // that inflate ignores (the padding before a stored block) and the payload is unchanged.
          const payload = (p: typeof parsed) => (p.version === '007' ? bytesToHex(p.signature) + bytesToHex(p.signingInfo) : '');
          const unchanged = payload(parsed) === payload(original);
          expect(api.verifyToken(parsed, APP_CERTIFICATE)).toBe(unchanged);
        });
        expect(code === undefined || typeof code === 'string').toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('verify throws typed errors for garbage and checks its certificate argument', () => {
    expect(codeOf(() => api.verifyToken('hello', APP_CERTIFICATE))).toBe(ErrorCode.TokenVersion);
    expect(codeOf(() => api.verifyToken(token, 'short'))).toBe(ErrorCode.InvalidAppCertificate);
  });
});
