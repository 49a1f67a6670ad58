import { describe, expect, it } from 'vitest';
import {
  buildAccessToken2Operation,
  createApi,
  createCompactEngine,
  createEngine,
  hmacSha256,
  type AccessToken2Spec,
  type AsyncCryptoProvider,
  type CryptoProvider,
} from '../src/index.js';
import { APP_CERTIFICATE, APP_ID, NOW, SALT, fixedApi } from './helpers.js';

/** An asynchronous provider on the portable HMAC that counts signatures and can be told to fail. */
function countingAsyncProvider() {
  const state = { signs: 0, failNext: false };
  const provider: AsyncCryptoProvider = {
    sync: false,
    async importHmacKey(key) {
      const copy = key.slice();
      return {
        async sign(data) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          state.signs++;
          if (state.failNext) {
            state.failNext = false;
            throw new Error('provider failure');
          }
          return hmacSha256(copy, data);
        },
      };
    },
    randomUint32: () => 7,
  };
  return { provider, state };
}

const asyncApi = (crypto: CryptoProvider, compact = false) => {
  const options = { crypto, clock: () => NOW, salt: () => SALT };
  return createApi(compact ? createCompactEngine(options) : createEngine(options));
};

const channels = Array.from({ length: 40 }, (_, i) => `room-${i}`);

describe('engine drivers', () => {
  const sync = fixedApi();

  it('an asynchronous run gives the synchronous token, computing each HMAC once', async () => {
    const { provider, state } = countingAsyncProvider();
    const api = asyncApi(provider);
    expect(await api.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 42, 1, 3600, 3600)).toBe(
      sync.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 42, 1, 3600, 3600),
    );
    // Issue key, signing key, signature: one signature each.
    expect(state.signs).toBe(3);
    await api.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 43, 1, 3600, 3600);
    // Same certificate, same second: the issue key is memoised.
    expect(state.signs).toBe(5);
  });

  it('interleaved asynchronous runs do not mix their answers', async () => {
    for (const compact of [false, true]) {
      const { provider } = countingAsyncProvider();
      const api = asyncApi(provider, compact);
      const tokens = await Promise.all(channels.map((c, i) => api.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, c, i, 1, 3600, 3600)));
      expect(tokens).toEqual(channels.map((c, i) => sync.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, c, i, 1, 3600, 3600)));
      const verdicts = await Promise.all(tokens.map((t, i) => api.verifyToken(t, i % 2 ? APP_CERTIFICATE : APP_CERTIFICATE.replace('5', '6'))));
      expect(verdicts).toEqual(tokens.map((_, i) => i % 2 === 1));
    }
  });

  it("an operation's own error rejects the run with its code", async () => {
    const { provider, state } = countingAsyncProvider();
    const api = asyncApi(provider);
    const spec: AccessToken2Spec = { appId: APP_ID, appCertificate: APP_CERTIFICATE, issueTs: NOW, expire: 600, salt: SALT, services: [] };
    // Validated inside the operation, which then never asks for an HMAC.
    await expect(api.buildAccessToken2(spec)).rejects.toMatchObject({ code: 'ERR_NO_SERVICES' });
    // The certificate is checked inside the verify operation, before any HMAC.
    await expect(api.verifyToken(sync.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 1, 1, 3600, 3600), 'not hex')).rejects.toMatchObject({
      code: 'ERR_INVALID_APP_CERTIFICATE',
    });
    expect(state.signs).toBe(0);
  });

  it("a provider's failure rejects the run, and the next run still works", async () => {
    const { provider, state } = countingAsyncProvider();
    const api = asyncApi(provider);
    state.failNext = true;
    await expect(api.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 1, 1, 3600, 3600)).rejects.toThrow('provider failure');
    expect(await api.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 1, 1, 3600, 3600)).toBe(
      sync.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 1, 1, 3600, 3600),
    );
  });

  it('exported operations run on any engine', async () => {
    const spec: AccessToken2Spec = {
      appId: APP_ID,
      appCertificate: APP_CERTIFICATE,
      issueTs: NOW,
      expire: 600,
      salt: SALT,
      services: [{ type: 1, privileges: { 1: 600 }, channelName: 'room', uid: '42' }],
    };
    const expected = sync.buildAccessToken2(spec);
    expect(sync.engine.run(buildAccessToken2Operation(spec))).toBe(expected);
    expect(await asyncApi(countingAsyncProvider().provider).engine.run(buildAccessToken2Operation(spec))).toBe(expected);
  });
});
