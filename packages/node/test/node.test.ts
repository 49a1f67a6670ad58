import { describe, expect, it } from 'vitest';
import * as agorakey from '../src/index.js';

const A = '970CA35de60c44645bbae8a215061b33';
const C = '5CFd2fd1755d40ecb72977518be15d3b';

describe('@agorakey/node', () => {
  it('is synchronous and drop-in: builders return strings', () => {
    const token = agorakey.RtcTokenBuilder.buildTokenWithUid(A, C, 'room', 1, agorakey.RtcRole.PUBLISHER, 3600, 3600);
    expect(typeof token).toBe('string');
    expect(agorakey.verifyToken(token, C)).toBe(true);
    expect(typeof agorakey.RtmTokenBuilder.buildToken(A, C, 'u', 60)).toBe('string');
    expect(typeof agorakey.RtcTokenBuilder006.buildTokenWithUid(A, C, 'room', 1, agorakey.RtcRole006.PUBLISHER, 0)).toBe('string');
  });

  it('uses the WebAssembly HMAC by default', () => {
    expect(agorakey.wasmNodeProvider).toBeDefined();
    expect(agorakey.defaultNodeProvider).toBe(agorakey.wasmNodeProvider);
  });

  it('the OpenSSL, WebAssembly and portable providers sign identically', () => {
    const spec = {
      appId: A,
      appCertificate: C,
      issueTs: 1_700_000_000,
      expire: 600,
      salt: 99,
      services: [{ type: 1 as const, privileges: { 1: 0 }, channelName: 'room', uid: '1' }],
    };
    const portable = agorakey.createAgoraKey({ crypto: agorakey.portableNodeProvider });
    const openssl = agorakey.createAgoraKey({ crypto: agorakey.opensslNodeProvider });
    const wasm = agorakey.createAgoraKey({ crypto: agorakey.wasmNodeProvider });
    expect(openssl.buildAccessToken2(spec)).toBe(portable.buildAccessToken2(spec));
    expect(wasm.buildAccessToken2(spec)).toBe(portable.buildAccessToken2(spec));
    const spec006 = { appId: A, appCertificate: C, channelName: 'room', uid: '1', salt: 5, ts: 7, privileges: { 1: 0 } };
    expect(openssl.buildAccessToken006(spec006)).toBe(portable.buildAccessToken006(spec006));
    expect(wasm.buildAccessToken006(spec006)).toBe(portable.buildAccessToken006(spec006));
  });

  it('createAgoraKey fixes the clock and the salt', () => {
    const fixed = agorakey.createAgoraKey({ clock: () => 1234, salt: () => 77 });
    const parsed = agorakey.parseToken(fixed.ChatTokenBuilder.buildAppToken(A, C, 60));
    expect(parsed).toMatchObject({ version: '007', issueTs: 1234, salt: 77 });
  });

  it('throws typed errors, never returns an empty string', () => {
    expect(() => agorakey.RtcTokenBuilder.buildTokenWithUid('nope', C, 'room', 1, 1, 60)).toThrow(agorakey.AgoraKeyError);
    expect(() => agorakey.RtcTokenBuilder.buildTokenWithUid(A, C, 'room', 1, 1, 60)).not.toThrow();
  });
});
