import { APP_CERTIFICATE, APP_ID, expectCode, same, type BehaviourTest, type TestContext } from './harness.js';
import { ascii, concat, le16, le32, packed, storedZlib } from './forge.js';

/** Decoding failures: every malformed token fails with its own stable code, and parsing never throws anything else. */
const rtcToken = async (t: TestContext): Promise<string> => t.api.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, 'room', 42, 1, 600, 600);

/** The token's zlib stream, changed by `edit`, as a token again. */
const reZlib = async (t: TestContext, edit: (zlib: Uint8Array) => Uint8Array): Promise<string> =>
  '007' + t.adapter.encodeBase64(edit(t.adapter.decodeBase64((await rtcToken(t)).slice(3))));

const as007 = (t: TestContext, content: Uint8Array) => '007' + t.adapter.encodeBase64(storedZlib(content));

/** A 007 payload: a 32-byte signature, then appId, issueTs, expire, salt and `services`. */
const content007 = (serviceCount: number, ...services: Uint8Array[]) =>
  concat(packed(new Uint8Array(32)), packed(ascii(APP_ID)), le32(1), le32(600), le32(7), le16(serviceCount), ...services);

const parseFails = (name: string, token: (t: TestContext) => unknown, code: string, options?: { maxInflatedBytes?: number; maxTokenLength?: number }): BehaviourTest => ({
  group: 'parse-errors',
  name,
  async body(t) {
    const input = await token(t);
    return expectCode(t, () => t.adapter.parseToken(input as string, options), code, 'sync');
  },
});

export const parseErrorTests: BehaviourTest[] = [
  parseFails('a number instead of a string', () => 7, 'ERR_TOKEN_NOT_STRING'),
  parseFails('the empty string', () => '', 'ERR_TOKEN_VERSION'),
  parseFails('version 005', () => '005' + APP_ID + 'AAAA', 'ERR_TOKEN_VERSION'),
  parseFails('characters outside base64', () => '007eJ!!', 'ERR_TOKEN_BASE64'),
  parseFails('base64 whose length is not a multiple of 4', async (t) => (await rtcToken(t)) + 'A', 'ERR_TOKEN_BASE64'),
  parseFails('bytes that are not zlib', (t) => '007' + t.adapter.encodeBase64(new Uint8Array([1, 2, 3, 4, 5, 6])), 'ERR_ZLIB_HEADER'),
  parseFails('a zlib stream cut short', (t) => reZlib(t, (z) => z.subarray(0, z.length - 12)), 'ERR_ZLIB_TRUNCATED'),
  parseFails('a wrong adler32 checksum', (t) => reZlib(t, (z) => concat(z.subarray(0, z.length - 1), new Uint8Array([z[z.length - 1]! ^ 1]))), 'ERR_ZLIB_CHECKSUM'),
  parseFails('more inflated bytes than allowed', rtcToken, 'ERR_ZLIB_OUTPUT_TOO_LARGE', { maxInflatedBytes: 16 }),
  parseFails('a token longer than allowed', rtcToken, 'ERR_TOKEN_TOO_LONG', { maxTokenLength: 20 }),
  parseFails('a 007 payload that ends inside the salt', (t) => as007(t, content007(0).subarray(0, 2 + 32 + 2 + 32 + 10)), 'ERR_TOKEN_TRUNCATED'),
  parseFails('a 007 service that declares more bytes than follow', (t) => as007(t, content007(1, le16(2), le16(1), le16(1), le32(600), le16(50), ascii('short'))), 'ERR_TOKEN_TRUNCATED'),
  parseFails('a 006 token shorter than its app id', () => '006' + APP_ID.slice(0, 20), 'ERR_TOKEN_TRUNCATED'),
  parseFails('a 006 token with nothing after the app id', () => '006' + APP_ID, 'ERR_TOKEN_TRUNCATED'),
  parseFails('a 006 token whose app id is not hex', () => '006' + 'x'.repeat(32) + 'AAAA', 'ERR_TOKEN_MALFORMED'),
  {
    group: 'parse-errors',
    name: 'an unknown service type stops parsing without failing',
    body(t) {
      const rtm = concat(le16(2), le16(1), le16(1), le32(600), packed(ascii('user')));
      const parsed = t.adapter.parseToken(as007(t, content007(2, rtm, le16(99), ascii('opaque'))));
      return same({ services: parsed.services.map((s: { type: number }) => s.type), unknown: parsed.unknownServiceType }, { services: [2], unknown: 99 }, 'parsed');
    },
  },
  {
    group: 'parse-errors',
    name: 'verifying garbage rejects with the parse error',
    body: (t) => expectCode(t, () => t.api.verifyToken('not a token', APP_CERTIFICATE), 'ERR_TOKEN_VERSION'),
  },
];
