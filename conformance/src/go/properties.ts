import { crc32 as nodeCrc32 } from 'node:zlib';
import type fc from 'fast-check';
import type { AccessToken006Spec, AccessToken2Spec, ParseOptions } from '@agorakey/core';
import type * as AgoraKeyNode from '@agorakey/node';
import { canonical007, describeDifference } from './canonical.js';
import { fixture006, fixture007, fixtureZlib } from './fixture.js';
import type { GoHarness } from './harness.js';
import { payloadArbitrary, type Payload } from './payloads.js';
import { agoraAccessToken006, agoraTokenContent } from './agora-js.js';
import { spec006, spec007 } from './specs.js';

/**
 * The three differential properties. Each family has an arbitrary, a check
 * that throws on the first disagreement, and a way to write a (shrunk)
 * counterexample as a vector line.
 */

export type AgoraKey = typeof AgoraKeyNode;

export interface Family<T> {
  name: 'zlib' | 'token007' | 'token006';
  title: string;
  /** Share of the run's cases: the raw compressor gets the most, being where Go's bytes matter. */
  share: number;
  arbitrary: fc.Arbitrary<T>;
  check(value: T): Promise<void>;
  fixture(value: T, id: string): Promise<{ line: string; note: string }>;
}

// Fuzzed tokens can exceed the 1 MiB default on purpose (maximum-length strings, thousands of RTM2 resources).
const LIMITS: ParseOptions = { maxInflatedBytes: 64 << 20, maxTokenLength: 64 << 20 };

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

function firstByteDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

/** A certificate that differs from `certificate` in its first character, so its HMAC key differs. */
function otherCertificate(certificate: string): string {
  return (certificate[0] === '0' ? '1' : '0') + certificate.slice(1);
}

function fail(message: string): never {
  throw new Error(message);
}

export function zlibFamily(go: GoHarness, agorakey: AgoraKey): Family<Payload> {
  return {
    name: 'zlib',
    title: "(a) zlibDeflate vs Go's compress/zlib over raw payloads",
    share: 0.5,
    arbitrary: payloadArbitrary,
    async check({ recipe, bytes }) {
      const expected = await go.zlib(bytes);
      const actual = agorakey.zlibDeflate(bytes);
      const at = firstByteDifference(expected, actual);
      if (at >= 0) fail(`zlibDeflate differs from Go at byte ${at} (Go ${expected.length} bytes, agorakey ${actual.length}) for ${recipe}, ${bytes.length} bytes in`);
    },
    async fixture({ recipe, bytes }, id) {
      return { line: fixtureZlib(id, recipe, hex(bytes), hex(await go.zlib(bytes))), note: 'raw compressor case: zlibHex is Go\'s compress/zlib output for contentHex' };
    },
  };
}

export function token007Family(go: GoHarness, agorakey: AgoraKey): Family<AccessToken2Spec> {
  return {
    name: 'token007',
    title: '(b) 007 tokens: agorakey vs "007"+base64(Go zlib(payload)), payload vs agora-token, parse back, verify',
    share: 0.35,
    arbitrary: spec007,
    async check(spec) {
      const api = agorakey.createAgoraKey({ clock: () => spec.issueTs, salt: () => spec.salt });
      const content = api.buildAccessToken2Content(spec);
      const token = api.buildAccessToken2(spec);
      const goToken = await go.token007(content);
      if (token !== goToken) fail(describeDifference('token vs "007"+base64(Go zlib(payload))', goToken, token));
      const oracle = agoraTokenContent(spec);
      const at = firstByteDifference(oracle, content);
      if (at >= 0) fail(`payload differs from agora-token 2.0.6's at byte ${at} (agora-token ${oracle.length} bytes, agorakey ${content.length})`);
      const parsed = agorakey.parseToken(token, LIMITS);
      if (parsed.version !== '007') fail(`parsed as version ${parsed.version}`);
      if (parsed.unknownServiceType !== undefined) fail(`parse stopped at unknown service type ${parsed.unknownServiceType}`);
      const back = canonical007(parsed);
      const expected = canonical007(spec);
      if (back !== expected) fail(describeDifference('parsed token vs spec', expected, back));
      if (api.verifyToken(token, spec.appCertificate, LIMITS) !== true) fail('the token does not verify with its own certificate');
      if (api.verifyToken(token, otherCertificate(spec.appCertificate), LIMITS) !== false) fail('the token verifies with another certificate');
    },
    async fixture(spec, id) {
      let content: Uint8Array;
      let source = "agorakey's payload";
      try {
        content = agorakey.createAgoraKey({}).buildAccessToken2Content(spec);
      } catch {
        content = agoraTokenContent(spec);
        source = "agora-token 2.0.6's payload (agorakey threw)";
      }
      return {
        line: fixture007(id, spec, await go.token007(content), hex(content)),
        note: `contentHex is ${source}; token is "007"+base64(Go zlib(contentHex)), not signed by the Go reference (unavailable here): have the reference confirm it before committing`,
      };
    },
  };
}

export function token006Family(go: GoHarness, agorakey: AgoraKey): Family<AccessToken006Spec> {
  const utf8 = (s: string) => Buffer.from(s, 'utf8');
  return {
    name: 'token006',
    title: "(c) 006 tokens: agorakey vs Go's go-tokenbuilder and agora-access-token, parsed back by both, verify",
    share: 0.15,
    arbitrary: spec006,
    async check(spec) {
      const api = agorakey.createAgoraKey({ clock: () => spec.ts, salt: () => spec.salt });
      const token = api.buildAccessToken006(spec);
      const goToken = await go.build006(spec);
      if (token !== goToken) fail(describeDifference("token vs Go's go-tokenbuilder", goToken, token));
      const oracle = agoraAccessToken006(spec);
      if (token !== oracle) fail(describeDifference('token vs agora-access-token 2.0.4', oracle, token));
      const parsed = agorakey.parseToken(token);
      if (parsed.version !== '006') fail(`parsed as version ${parsed.version}`);
      const expected = JSON.stringify([spec.appId, spec.salt, spec.ts, spec.privileges, nodeCrc32(utf8(spec.channelName)), nodeCrc32(utf8(spec.uid))]);
      const back = JSON.stringify([parsed.appId, parsed.salt, parsed.ts, parsed.privileges, parsed.crcChannelName, parsed.crcUid]);
      if (back !== expected) fail(describeDifference('parsed token vs spec', expected, back));
      const g = await go.parse006(token);
      const goBack = JSON.stringify([g.appId, g.salt, g.ts, g.privileges, g.crcChannelName, g.crcUid]);
      if (goBack !== expected) fail(describeDifference("Go's FromString of the token vs spec", expected, goBack));
      if (g.signatureHex !== hex(parsed.signature)) fail(`Go reads signature ${g.signatureHex}, agorakey ${hex(parsed.signature)}`);
      const options = { channelName: spec.channelName, uid: spec.uid };
      if (api.verifyToken(token, spec.appCertificate, options) !== true) fail('the token does not verify with its own certificate');
      if (api.verifyToken(token, otherCertificate(spec.appCertificate), options) !== false) fail('the token verifies with another certificate');
    },
    async fixture(spec, id) {
      const token = await go.build006(spec);
      return {
        line: fixture006(id, spec, token, hex(Buffer.from(token.slice(35), 'base64'))),
        note: "token is Go's go-tokenbuilder (AgoraIO-Community's packaging of Agora's 006 Go code) for these fields",
      };
    },
  };
}
