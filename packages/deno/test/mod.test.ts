// deno test (no permissions): @agorakey/deno as Deno users import it.
import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import {
  createAgoraKey,
  hmacSha256,
  isAgoraKeyError,
  parseToken,
  portableWebProvider,
  RtcRole,
  RtcRole006,
  RtcTokenBuilder,
  subtleWebProvider,
  verifyToken,
  type AsyncCryptoProvider,
  type ParsedAccessToken2,
} from '@agorakey/deno';

// Two Go reference vectors (conformance/vectors: s1-007-rtc-uid-001 and s1-006-rtc-uid-001).
const V007 = {
  args: ['64f84ab43ca07a36cc0d163833df6366', '13a9cc947437b6592835b9f6f4f8c0e7', 'aHOaXP?5d)DO8sF8(@Q[la4-l{XLi{', 4079950097, RtcRole.SUBSCRIBER, 4294967295, 4294967295] as const,
  issueTs: 1642428602,
  salt: 82438368,
  token: '007eJxSYNiWLmr/9/SPibe3l99YKCvR4hMgzZ++cqfmxelcDaenNdxSYDAzSbMwSUwyMU5ONDBPNDZLTjZIMTQztjA2TkkzMzYz21XxNPH/////H7x4ycLIAIEgvhxDood/YkSAvWmKpou/RbGbhYZDYHROooluTnWET2Y1F4OJgbmlpamBgaU5IAAA//+VmjIB',
};
const V006 = {
  args: ['970CA35de60c44645bbae8a215061b33', '5CFd2fd1755d40ecb72977518be15d3b', 'XSQdd:>ogPj+6Td.yR3xcp$m9W', 3578746347, RtcRole006.ADMIN, 1673460574] as const,
  now: 1696200421 - 24 * 3600,
  salt: 57668111,
  token: '006970CA35de60c44645bbae8a215061b33IADb9w0sJ7f+lKoHuwM6IwaQqudp23vehuFpu57rDhpbtYzZM4ae5kitIgAP8m8D5fYZZQQAAQBe+75jAgBe+75jAwBe+75jBABe+75j',
};
const PROVIDERS: Record<string, AsyncCryptoProvider> = { portable: portableWebProvider, subtle: subtleWebProvider };

for (const [name, crypto] of Object.entries(PROVIDERS)) {
  Deno.test(`${name}: a 007 RTC token is byte-identical to the Go reference`, async () => {
    const api = createAgoraKey({ crypto, clock: () => V007.issueTs, salt: () => V007.salt });
    strictEqual(await api.RtcTokenBuilder.buildTokenWithUid(...V007.args), V007.token);
    strictEqual(await api.verifyToken(V007.token, V007.args[1]), true);
    strictEqual(await api.verifyToken(V007.token, '0123456789abcdef0123456789abcdef'), false);
  });

  Deno.test(`${name}: a 006 RTC token is byte-identical to the Go reference`, async () => {
    const api = createAgoraKey({ crypto, clock: () => V006.now, salt: () => V006.salt });
    strictEqual(await api.RtcTokenBuilder006.buildTokenWithUid(...V006.args), V006.token);
    strictEqual(await api.verifyToken(V006.token, V006.args[1], { channelName: V006.args[2], uid: V006.args[3] }), true);
  });
}

Deno.test("Deno's SubtleCrypto HMAC agrees with the portable SHA-256 for keys shorter and longer than a block", async () => {
  for (const [keyLength, dataLength] of [[4, 0], [32, 55], [32, 56], [64, 64], [100, 300]]) {
    const key = Uint8Array.from({ length: keyLength! }, (_, i) => (i * 7 + 1) & 0xff);
    const data = Uint8Array.from({ length: dataLength! }, (_, i) => (i * 13 + 5) & 0xff);
    const signed = await (await subtleWebProvider.importHmacKey(key)).sign(data);
    deepStrictEqual(signed, hmacSha256(key, data), `key ${keyLength} bytes, data ${dataLength} bytes`);
  }
});

Deno.test('the default instance issues now, with random salts, and bad input rejects with a code', async () => {
  const [appId, certificate] = V007.args;
  const before = Math.floor(Date.now() / 1000);
  const tokens = [
    await RtcTokenBuilder.buildTokenWithUid(appId, certificate, 'room', 42, RtcRole.PUBLISHER, 600),
    await RtcTokenBuilder.buildTokenWithUid(appId, certificate, 'room', 42, RtcRole.PUBLISHER, 600),
  ];
  const after = Math.floor(Date.now() / 1000);
  const [first, second] = tokens.map((token) => parseToken(token) as ParsedAccessToken2);
  strictEqual(first!.issueTs >= before && first!.issueTs <= after, true, `issueTs ${first!.issueTs} is not now`);
  strictEqual(first!.salt !== second!.salt, true, 'two tokens share a salt');
  strictEqual(await verifyToken(tokens[0]!, certificate), true);
  const pending = RtcTokenBuilder.buildTokenWithUid(appId, certificate, 'bad/channel', 42, RtcRole.PUBLISHER, 600);
  const error = await pending.then(() => undefined, (reason: unknown) => reason);
  strictEqual(isAgoraKeyError(error) && error.code, 'ERR_INVALID_CHANNEL_NAME');
});

Deno.test('the package needs no permissions: this file runs with none granted', async () => {
  for (const name of ['read', 'write', 'net', 'env', 'run', 'sys', 'ffi'] as const) {
    strictEqual((await Deno.permissions.query({ name })).state === 'granted', false, `${name} is granted`);
  }
});
