import { APP_CERTIFICATE, APP_ID, expectCode, firstProblem, type BehaviourTest, type TestContext } from './harness.js';

/** Builder input rules: each bad input fails with its stable error code before anything is signed. */
const rtcUid = (t: TestContext, ...overrides: [string?, string?, unknown?, unknown?, unknown?, unknown?]) => {
  const [appId = APP_ID, certificate = APP_CERTIFICATE, channel = 'room-1', uid = 42, role = 1, expire = 600] = overrides;
  return () => t.api.RtcTokenBuilder.buildTokenWithUid(appId, certificate, channel, uid, role, expire, expire);
};

const code = (group: string, name: string, call: (t: TestContext) => () => unknown, errorCode: string): BehaviourTest => ({
  group,
  name,
  body: (t) => expectCode(t, call(t), errorCode),
});

export const validationTests: BehaviourTest[] = [
  code('validation', 'app id that is not 32 hex characters', (t) => rtcUid(t, 'not-an-app-id'), 'ERR_INVALID_APP_ID'),
  code('validation', 'app id with a non-hex character', (t) => rtcUid(t, APP_ID.slice(0, 31) + 'g'), 'ERR_INVALID_APP_ID'),
  code('validation', 'app certificate of 31 characters', (t) => rtcUid(t, undefined, APP_CERTIFICATE.slice(1)), 'ERR_INVALID_APP_CERTIFICATE'),
  {
    group: 'validation',
    name: 'certificate error never echoes the certificate',
    async body(t) {
      const secret = 'zz' + APP_CERTIFICATE.slice(2);
      let message = '';
      try {
        await rtcUid(t, undefined, secret)();
        return 'a non-hex certificate was accepted';
      } catch (error) {
        message = String((error as Error).message);
      }
      return message.includes(secret) || message.includes(secret.slice(2, 18)) ? `message reveals the certificate: ${message}` : undefined;
    },
  },
  code('validation', 'empty channel name', (t) => rtcUid(t, undefined, undefined, ''), 'ERR_INVALID_CHANNEL_NAME'),
  code('validation', 'channel name of 65 characters', (t) => rtcUid(t, undefined, undefined, 'a'.repeat(65)), 'ERR_INVALID_CHANNEL_NAME'),
  code('validation', 'channel name with a slash', (t) => rtcUid(t, undefined, undefined, 'a/b'), 'ERR_INVALID_CHANNEL_NAME'),
  code('validation', 'channel name with a non-ASCII letter', (t) => rtcUid(t, undefined, undefined, 'café'), 'ERR_INVALID_CHANNEL_NAME'),
  code('validation', 'negative uid', (t) => rtcUid(t, undefined, undefined, undefined, -1), 'ERR_INVALID_UID'),
  code('validation', 'uid of 2^32', (t) => rtcUid(t, undefined, undefined, undefined, 2 ** 32), 'ERR_INVALID_UID'),
  code('validation', 'fractional uid', (t) => rtcUid(t, undefined, undefined, undefined, 1.5), 'ERR_INVALID_UID'),
  code('validation', 'uid string with a leading zero', (t) => rtcUid(t, undefined, undefined, undefined, '042'), 'ERR_INVALID_UID'),
  code('validation', 'role 3', (t) => rtcUid(t, undefined, undefined, undefined, undefined, 3), 'ERR_INVALID_ROLE'),
  code('validation', 'negative expiry', (t) => rtcUid(t, undefined, undefined, undefined, undefined, undefined, -1), 'ERR_INVALID_EXPIRE'),
  {
    group: 'validation',
    name: 'expiry in milliseconds is rejected with a hint',
    async body(t) {
      const call = rtcUid(t, undefined, undefined, undefined, undefined, undefined, 1_700_000_000_000);
      let message = '';
      try {
        await call();
      } catch (error) {
        message = String((error as Error).message);
      }
      return firstProblem(await expectCode(t, call, 'ERR_INVALID_EXPIRE'), /milliseconds/.test(message) ? undefined : `no milliseconds hint in: ${message}`);
    },
  },
  code('validation', 'empty user account', (t) => () => t.api.RtcTokenBuilder.buildTokenWithUserAccount(APP_ID, APP_CERTIFICATE, 'room', '', 1, 600, 600), 'ERR_INVALID_USER_ACCOUNT'),
  code('validation', 'user account over 255 UTF-8 bytes', (t) => () => t.api.RtcTokenBuilder.buildTokenWithUserAccount(APP_ID, APP_CERTIFICATE, 'room', 'é'.repeat(128), 1, 600, 600), 'ERR_INVALID_USER_ACCOUNT'),
  code('validation', 'empty RTM user id', (t) => () => t.api.RtmTokenBuilder.buildToken(APP_ID, APP_CERTIFICATE, '', 600), 'ERR_INVALID_USER_ID'),
  code('validation', 'RTM2 permission with resource type 5', (t) => () => t.api.RtmTokenBuilder.buildTokenWithPermissions(APP_ID, APP_CERTIFICATE, 'u', [{ resourceType: 5, permissionType: 0, resources: ['c'] }], 600), 'ERR_INVALID_RTM2_PERMISSION'),
  code('validation', 'clock in milliseconds', (t) => () => t.newApi({ clock: () => Date.now() }).RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 1, 1, 600, 600), 'ERR_INVALID_TIMESTAMP'),
  code('validation', 'low-level token without services', (t) => () => t.api.buildAccessToken2({ appId: APP_ID, appCertificate: APP_CERTIFICATE, issueTs: 1, expire: 1, salt: 1, services: [] }), 'ERR_NO_SERVICES'),
  code('validation', 'low-level token with unknown service type 11', (t) => () => t.api.buildAccessToken2({ appId: APP_ID, appCertificate: APP_CERTIFICATE, issueTs: 1, expire: 1, salt: 1, services: [{ type: 11, privileges: {} }] }), 'ERR_INVALID_SERVICE'),
  code('validation', 'options with both uid and account', (t) => () => t.api.buildRtcToken({ appId: APP_ID, appCertificate: APP_CERTIFICATE, channelName: 'room', uid: 1, account: 'a', role: 'publisher', expiresInSeconds: 600 }), 'ERR_INVALID_ARGUMENT'),
  code('validation', "options role 'admin' on a 007 token", (t) => () => t.api.buildRtcToken({ appId: APP_ID, appCertificate: APP_CERTIFICATE, channelName: 'room', uid: 1, role: 'admin', expiresInSeconds: 600 }), 'ERR_INVALID_ROLE'),
  code('validation', '006 RTM role other than Rtm_User', (t) => () => t.api.RtmTokenBuilder006.buildToken(APP_ID, APP_CERTIFICATE, 'user', 2, 0), 'ERR_INVALID_ROLE'),
  {
    group: 'validation',
    name: 'verifying a 006 token without channel and uid',
    async body(t) {
      const token = await t.api.RtcTokenBuilder006.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 7, 1, 0);
      return expectCode(t, () => t.api.verifyToken(token, APP_CERTIFICATE), 'ERR_INVALID_ARGUMENT');
    },
  },
  {
    group: 'validation',
    name: 'verifying with a malformed certificate',
    async body(t) {
      const token = await t.api.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 7, 1, 600, 600);
      return expectCode(t, () => t.api.verifyToken(token, 'short'), 'ERR_INVALID_APP_CERTIFICATE');
    },
  },
  {
    group: 'validation',
    name: 'a crypto provider without importHmacKey',
    body: (t) => expectCode(t, () => t.newApi({ crypto: { sync: false, randomUint32: () => 1 } }), 'ERR_INVALID_CRYPTO_PROVIDER', 'sync'),
  },
];
