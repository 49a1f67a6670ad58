/**
 * Where Agora's JavaScript references disagree with the Go reference, each
 * shown by a real run against a committed Go vector (or, where Go has no such
 * input, against agorakey). Each test asserts the reference's actual
 * behaviour, so if a later release fixes it the test fails and
 * conformance/README.md must be updated.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as agorakey from '@agorakey/node';
import type { ApaasService, RtmService, Rtm2Service } from '@agorakey/core';
import { parseVectors } from '../src/vectors.js';
import { readWithAgoraToken } from '../src/go/agora-js.js';

const require = createRequire(import.meta.url);
// Untyped CommonJS packages.
const agoraToken: any = require('agora-token');
const agoraAccessToken: any = require('agora-access-token');

const vectors = parseVectors(readFileSync(new URL('../vectors/go-reference-vectors.jsonl', import.meta.url), 'utf8'));
const roomUser = vectors.filter((v) => v.builder?.name === 'ApaasTokenBuilder.buildRoomUserToken');
const APP_ID = '970ca35de60c44645bbae8a215061b33';
const CERT = '5cfd2fd1755d40ecb72977518be15d3b';

const apaasOf = (token: string) => (agorakey.parseToken(token) as { services: ApaasService[] }).services.find((s) => s.type === 7)!;

describe('agora-token 2.0.6 departs from the Go reference', () => {
  it.each(['ApaasTokenBuilder', 'EducationTokenBuilder'] as const)('%s.buildRoomUserToken packs the APaaS service without the RoomUser privilege', (builder) => {
    for (const v of roomUser) {
      const [appId, cert, room, user, role, expire] = v.builder!.args as [string, string, string, string, number, number];
      const go = v.services!.find((s) => s.type === 7)!;
      expect(go.privileges).toEqual({ '1': expire }); // Go: RoomUser (1) for `expire`
      expect(apaasOf(agoraToken[builder].buildRoomUserToken(appId, cert, room, user, role, expire)).privileges).toEqual({});
      expect(apaasOf(agorakey.createAgoraKey()[builder].buildRoomUserToken(appId, cert, room, user, role, expire)).privileges).toEqual({ 1: expire });
    }
  });

  it('turns APaaS role 0 into -1 (`role || -1`)', () => {
    const zero = roomUser.filter((v) => v.services!.some((s) => s.type === 7 && s.role === 0));
    expect(zero.length).toBeGreaterThan(0);
    for (const v of zero) {
      const [appId, cert, room, user, role, expire] = v.builder!.args as [string, string, string, string, number, number];
      expect(role).toBe(0);
      expect(apaasOf(agoraToken.ApaasTokenBuilder.buildRoomUserToken(appId, cert, room, user, role, expire)).role).toBe(-1);
      expect(apaasOf(v.token).role).toBe(0); // what Go packed
    }
  });

  it('reads the int16 APaaS role back unsigned: Go\'s -1 comes back as 65535', () => {
    const negative = vectors.filter((v) => v.services?.some((s) => s.type === 7 && (s.role as number) < 0));
    expect(negative.length).toBeGreaterThan(0);
    for (const v of negative) {
      const goRole = v.services!.find((s) => s.type === 7)!.role as number;
      const reading = readWithAgoraToken(v.token, v.appCertificate);
      expect(reading.verified).toBe(true);
      expect((reading.fields.services.find((s) => s.type === 7) as ApaasService).role).toBe(goRole + 0x10000);
    }
  });

  it('mishandles numeric RTM, Chat and APaaS user ids: throws for most numbers, packs 0 as an empty id', () => {
    const notAString = /must be of type string/;
    expect(() => agoraToken.RtmTokenBuilder.buildToken(APP_ID, CERT, 123, 600)).toThrow(notAString);
    expect(() => agoraToken.ChatTokenBuilder.buildUserToken(APP_ID, CERT, 123, 600)).toThrow(notAString);
    expect(() => agoraToken.RtcTokenBuilder.buildTokenWithRtm(APP_ID, CERT, 'ch', 123, 1, 600)).toThrow(notAString);
    expect(() => agoraToken.RtcTokenBuilder.buildTokenWithRtm2(APP_ID, CERT, 'ch', 1, 1, 600, 600, 600, 600, 600, 123, 600)).toThrow(notAString);
    expect(() => agoraToken.ApaasTokenBuilder.buildRoomUserToken(APP_ID, CERT, 'room', 123, 1, 600)).toThrow(notAString);

    const userIds = (token: string) => (agorakey.parseToken(token) as { services: (RtmService | Rtm2Service)[] }).services.map((s) => s.userId);
    expect(userIds(agoraToken.RtmTokenBuilder.buildToken(APP_ID, CERT, 0, 600))).toEqual(['']);
    expect(userIds(agoraToken.RtmTokenBuilder.buildTokenWithPermissions(APP_ID, CERT, 0, null, 600))).toEqual(['']);
    // agorakey (Go takes only strings) packs a number as its decimal string.
    const ours = agorakey.createAgoraKey();
    expect(userIds(ours.RtmTokenBuilder.buildToken(APP_ID, CERT, 123, 600))).toEqual(['123']);
    expect(userIds(ours.RtmTokenBuilder.buildToken(APP_ID, CERT, 0, 600))).toEqual(['0']);
    expect(userIds(ours.RtmTokenBuilder.buildTokenWithPermissions(APP_ID, CERT, 0, null, 600))).toEqual(['0']);
  });
});

describe('agora-access-token 2.0.4', () => {
  it('draws its salt once per process, so every token it builds carries the same salt', () => {
    const salts = ['a', 'b', 'c'].map((channel, i) => (agorakey.parseToken(agoraAccessToken.RtcTokenBuilder.buildTokenWithUid(APP_ID, CERT, channel, i + 1, 1, 0)) as { salt: number }).salt);
    expect(new Set(salts).size).toBe(1);
    // agorakey draws one per token, as the Go reference does.
    const ours = agorakey.createAgoraKey();
    const ourSalts = ['a', 'b', 'c'].map((channel, i) => (agorakey.parseToken(ours.RtcTokenBuilder006.buildTokenWithUid(APP_ID, CERT, channel, i + 1, 1, 0)) as { salt: number }).salt);
    expect(new Set(ourSalts).size).toBe(3);
  });
});
