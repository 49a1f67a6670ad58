import { APP_CERTIFICATE, APP_ID, FIXED_NOW, FIXED_SALT, OTHER_CERTIFICATE, firstProblem, same, type BehaviourTest, type TestContext } from './harness.js';
import { ascii, storedZlib } from './forge.js';

/** Build, parse back, verify: what a builder packs is what the parser reads and the verifier accepts. */
const types = (parsed: { services: { type: number }[] }) => parsed.services.map((s) => s.type);

/** Verifies with the right certificate (must be true) and a wrong one (must be false). */
async function verifies(t: TestContext, token: string, options?: object): Promise<string | undefined> {
  const good = await t.api.verifyToken(token, APP_CERTIFICATE, options);
  const bad = await t.api.verifyToken(token, OTHER_CERTIFICATE, options);
  return good === true && bad === false ? undefined : `verify: right certificate ${good}, wrong certificate ${bad}`;
}

/** A 007 token whose inflated payload has byte `at` flipped. */
function flipped(t: TestContext, token: string, at: number): string {
  const content = t.adapter.zlibInflate(t.adapter.decodeBase64(token.slice(3)));
  const copy = content.slice();
  copy[at]! ^= 0x01;
  return '007' + t.adapter.encodeBase64(storedZlib(copy));
}

const roundTrip = (name: string, body: (t: TestContext) => Promise<string | undefined>): BehaviourTest => ({ group: 'round-trip', name, body });

export const roundTripTests: BehaviourTest[] = [
  roundTrip('RTC publisher by uid', async (t) => {
    const token = await t.api.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 42, 1, 600, 300);
    const p = t.adapter.parseToken(token);
    return firstProblem(
      same(
        { version: p.version, appId: p.appId, issueTs: p.issueTs, expire: p.expire, salt: p.salt, services: p.services.map(sorted) },
        { version: '007', appId: APP_ID, issueTs: FIXED_NOW, expire: 600, salt: FIXED_SALT, services: [{ channelName: 'room', privileges: { 1: 300, 2: 300, 3: 300, 4: 300 }, type: 1, uid: '42' }] },
        'parsed',
      ),
      await verifies(t, token),
    );
  }),
  roundTrip('RTC subscriber gets only the join privilege', async (t) => {
    const p = t.adapter.parseToken(await t.api.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 42, 2, 600, 300));
    return same(p.services[0].privileges, { 1: 300 }, 'privileges');
  }),
  roundTrip('uid 0 packs as the empty string, and "42" as 42', async (t) => {
    const zero = t.adapter.parseToken(await t.api.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 0, 1, 600));
    const asString = await t.api.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', '42', 1, 600);
    const asNumber = await t.api.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 42, 1, 600);
    return firstProblem(same(zero.services[0].uid, '', 'uid 0'), asString === asNumber ? undefined : 'uid "42" and 42 give different tokens');
  }),
  roundTrip('a Unicode user account survives UTF-8 packing', async (t) => {
    const account = 'ユーザー😀';
    const token = await t.api.RtcTokenBuilder.buildTokenWithUserAccount(APP_ID, APP_CERTIFICATE, 'room', account, 1, 600);
    return firstProblem(same(t.adapter.parseToken(token).services[0].uid, account, 'account'), await verifies(t, token));
  }),
  roundTrip('RTC with RTM login', async (t) => {
    const token = await t.api.RtcTokenBuilder.buildTokenWithRtm2(APP_ID, APP_CERTIFICATE, 'room', 'alice', 1, 600, 500, 400, 300, 200, 'bob', 100);
    const p = t.adapter.parseToken(token);
    return firstProblem(
      same(p.services.map(sorted), [{ channelName: 'room', privileges: { 1: 500, 2: 400, 3: 300, 4: 200 }, type: 1, uid: 'alice' }, { privileges: { 1: 100 }, type: 2, userId: 'bob' }], 'services'),
      await verifies(t, token),
    );
  }),
  roundTrip('RTM 2 permissions', async (t) => {
    const permissions = [{ resourceType: 0, permissionType: 1, resources: ['chan-a', 'chan-b'] }, { resourceType: 4, permissionType: 0, resources: ['*'] }];
    const token = await t.api.RtmTokenBuilder.buildTokenWithPermissions(APP_ID, APP_CERTIFICATE, 'carol', permissions, 600);
    const service = t.adapter.parseToken(token).services[0];
    return firstProblem(same({ type: service.type, userId: service.userId, permissions: service.permissions }, { type: 8, userId: 'carol', permissions }, 'service'), await verifies(t, token));
  }),
  roundTrip('Chat user and app tokens', async (t) => {
    const user = t.adapter.parseToken(await t.api.ChatTokenBuilder.buildUserToken(APP_ID, APP_CERTIFICATE, 'dave', 600)).services[0];
    const app = t.adapter.parseToken(await t.api.ChatTokenBuilder.buildAppToken(APP_ID, APP_CERTIFICATE, 600)).services[0];
    return same([sorted(user), sorted(app)], [{ privileges: { 1: 600 }, type: 5, userId: 'dave' }, { privileges: { 2: 600 }, type: 5, userId: '' }], 'services');
  }),
  roundTrip('APaaS room user carries RTM and Chat services', async (t) => {
    const token = await t.api.ApaasTokenBuilder.buildRoomUserToken(APP_ID, APP_CERTIFICATE, 'room-uuid', 'user-uuid', 2, 600);
    const p = t.adapter.parseToken(token);
    const chatUser = p.services.find((s: { type: number }) => s.type === 5)?.userId ?? '';
    return firstProblem(same(types(p), [2, 5, 7], 'service types'), /^[0-9a-f]{32}$/.test(chatUser) ? undefined : `chat user id ${chatUser} is not an MD5 hex`, await verifies(t, token));
  }),
  roundTrip('FPA, ConvoAI and STT service types', async (t) => {
    const fpa = t.adapter.parseToken(await t.api.FpaTokenBuilder.buildToken(APP_ID, APP_CERTIFICATE));
    const convo = t.adapter.parseToken(await t.api.ConvoAITokenBuilder.buildToken(APP_ID, APP_CERTIFICATE, 'room', 7, 1, 600, 600, 600, 600, 600, 'agent', 600));
    const stt = t.adapter.parseToken(await t.api.SttTokenBuilder.buildToken(APP_ID, APP_CERTIFICATE, 'room', 7, 2, 600, 600, 600, 600, 600, 'agent', 600));
    return same([types(fpa), types(convo), types(stt)], [[4], [1, 2, 9], [1, 2, 10]], 'service types');
  }),
  roundTrip('006 RTC token: CRCs, expiry and verification with channel and uid', async (t) => {
    const token = await t.api.RtcTokenBuilder006.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 42, 1, FIXED_NOW + 3600);
    const p = t.adapter.parseToken(token);
    const at = FIXED_NOW + 3600;
    const right = { channelName: 'room', uid: 42 };
    const otherChannel = await t.api.verifyToken(token, APP_CERTIFICATE, { channelName: 'room2', uid: 42 });
    const otherUid = await t.api.verifyToken(token, APP_CERTIFICATE, { channelName: 'room', uid: 43 });
    return firstProblem(
      same(
        { version: p.version, appId: p.appId, ts: p.ts, salt: p.salt, privileges: p.privileges, crcChannelName: p.crcChannelName, crcUid: p.crcUid },
        { version: '006', appId: APP_ID, ts: FIXED_NOW + 86400, salt: FIXED_SALT, privileges: { 1: at, 2: at, 3: at, 4: at }, crcChannelName: t.adapter.crc32(ascii('room')), crcUid: t.adapter.crc32(ascii('42')) },
        'parsed',
      ),
      await verifies(t, token, right),
      otherChannel === false && otherUid === false ? undefined : `verified for another channel (${otherChannel}) or uid (${otherUid})`,
    );
  }),
  roundTrip('006 RTM token verifies with its account as the channel', async (t) => {
    const token = await t.api.RtmTokenBuilder006.buildToken(APP_ID, APP_CERTIFICATE, 'erin', 1, 0);
    return verifies(t, token, { channelName: 'erin', uid: '' });
  }),
  roundTrip('a flipped signature bit or expiry bit fails verification', async (t) => {
    const token = await t.api.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 42, 1, 600);
    const signatureBit = await t.api.verifyToken(flipped(t, token, 2), APP_CERTIFICATE);
    // After the signature (2 + 32 bytes) and the app id (2 + 32 bytes) come issueTs, then expire.
    const expireBit = await t.api.verifyToken(flipped(t, token, 2 + 32 + 2 + 32 + 4), APP_CERTIFICATE);
    const untouched = await t.api.verifyToken(flipped(t, flipped(t, token, 2), 2), APP_CERTIFICATE);
    return signatureBit === false && expireBit === false && untouched === true ? undefined : `signature flip ${signatureBit}, expire flip ${expireBit}, double flip ${untouched}`;
  }),
  roundTrip('each certificate gets its own signing key within one second', async (t) => {
    const a = await t.api.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 1, 1, 600);
    const b = await t.api.RtcTokenBuilder.buildTokenWithUid(APP_ID, OTHER_CERTIFICATE, 'room', 1, 1, 600);
    const results = [await t.api.verifyToken(a, APP_CERTIFICATE), await t.api.verifyToken(a, OTHER_CERTIFICATE), await t.api.verifyToken(b, OTHER_CERTIFICATE), await t.api.verifyToken(b, APP_CERTIFICATE)];
    return same(results, [true, false, true, false], 'verify a/cert, a/other, b/other, b/cert');
  }),
  roundTrip('the options builder equals the positional builder', async (t) => {
    const options = await t.api.buildRtcToken({ appId: APP_ID, appCertificate: APP_CERTIFICATE, channelName: 'room', uid: 42, role: 'publisher', expiresInSeconds: 600 });
    const positional = await t.api.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 42, 1, 600, 600);
    return options === positional ? undefined : 'buildRtcToken and buildTokenWithUid differ';
  }),
  roundTrip('the low-level builder equals the RTC builder', async (t) => {
    const low = await t.api.buildAccessToken2({
      appId: APP_ID, appCertificate: APP_CERTIFICATE, issueTs: FIXED_NOW, expire: 600, salt: FIXED_SALT,
      services: [{ type: 1, privileges: { 1: 600, 2: 600, 3: 600, 4: 600 }, channelName: 'room', uid: '42' }],
    });
    return low === (await t.api.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 42, 1, 600, 600)) ? undefined : 'tokens differ';
  }),
  roundTrip('default salts are random and in [1, 99999999]', async (t) => {
    const api = t.newApi({ clock: () => FIXED_NOW });
    const salts: number[] = [];
    for (let i = 0; i < 20; i++) salts.push(t.adapter.parseToken(await api.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 1, 1, 600)).salt);
    const inRange = salts.every((s) => Number.isInteger(s) && s >= 1 && s <= 99_999_999);
    return inRange && new Set(salts).size >= 19 ? undefined : `salts ${salts.join(', ')}`;
  }),
  roundTrip('the default clock is the current Unix second', async (t) => {
    const before = Math.floor(Date.now() / 1000);
    const issued = t.adapter.parseToken(await t.newApi().RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 1, 1, 600)).issueTs;
    const after = Math.floor(Date.now() / 1000);
    return issued >= before && issued <= after ? undefined : `issueTs ${issued} outside [${before}, ${after}]`;
  }),
];

function sorted(service: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(service).sort().map((k) => [k, service[k]]));
}
