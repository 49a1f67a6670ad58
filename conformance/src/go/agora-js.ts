import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import type { AccessToken006Spec, AccessToken2Fields, AccessToken2Spec, Rtm2Permission, Service } from '@agorakey/core';

/**
 * Agora's own JavaScript implementations (agora-token 2.0.6 for 007,
 * agora-access-token 2.0.4 for 006), wrapped for two uses.
 *
 * 1. In the fuzzer, as independent oracles for the *content* of a token (what
 *    gets signed, and the signature). For 007, Go checks only the compression
 *    step, because the Go reference module cannot be fetched (see
 *    ../../README.md); without agora-token, agorakey's 007 content would be
 *    compared with nothing. 006 tokens have a second oracle in Go
 *    (go-tokenbuilder, see ../../go/token006.go).
 * 2. In the interop tests, as consumers: their own parsers read a token back
 *    into agorakey's shapes (below).
 *
 * As oracles they are driven through their token classes, not builders, with the
 * spec's fields set directly: that sidesteps builder bugs that are reported in
 * the interop tests (e.g. APaaS role 0 turned into -1) and compares packing and
 * signing alone.
 */
const require = createRequire(import.meta.url);

// Untyped CommonJS packages.
const at2: any = require('agora-token/src/AccessToken2');
const aat: any = require('agora-access-token/src/AccessToken');

function agoraTokenService(s: Service): any {
  let service: any;
  switch (s.type) {
    case 1: service = new at2.ServiceRtc(s.channelName, s.uid); break;
    case 2: service = new at2.ServiceRtm(s.userId); break;
    case 3: service = new at2.ServiceStreaming(s.channelName, s.account); break;
    case 4: service = new at2.ServiceFpa(); break;
    case 5: service = new at2.ServiceChat(s.userId); break;
    case 6: service = new at2.ServiceFCdn(s.channelName, s.account); break;
    case 7:
      service = new at2.ServiceApaas(s.roomUuid, s.userUuid, s.role);
      service.__role = s.role; // its constructor writes `role || -1`, which cannot express role 0
      break;
    case 8: {
      const permissions = new at2.Rtm2Permissions();
      for (const p of s.permissions) permissions.add(p.resourceType, p.permissionType, p.resources);
      service = new at2.ServiceRtm2(s.userId, permissions);
      break;
    }
    case 9: service = new at2.ServiceConvoAI(); break;
    case 10: service = new at2.ServiceStt(); break;
  }
  for (const [id, expire] of Object.entries(s.privileges)) service.add_privilege(Number(id), expire);
  return service;
}

/** agora-token 2.0.6's inflated 007 payload for a spec (its own zlib is C zlib, so only the payload is comparable). */
export function agoraTokenContent(spec: AccessToken2Spec): Uint8Array {
  const token = new at2.AccessToken2(spec.appId, spec.appCertificate, spec.issueTs, spec.expire);
  token.issueTs = spec.issueTs; // its constructor writes `issueTs || now`, which cannot express issueTs 0
  token.salt = spec.salt;
  for (const s of spec.services) token.add_service(agoraTokenService(s));
  const built: string = token.build();
  if (!built) throw new Error('agora-token refused to build the spec');
  return new Uint8Array(inflateSync(Buffer.from(built.slice(3), 'base64')));
}

/** agora-access-token 2.0.4's 006 token for a spec (006 has no compression, so whole tokens compare). */
export function agoraAccessToken006(spec: AccessToken006Spec): string {
  const token = new aat.AccessToken(spec.appId, spec.appCertificate, spec.channelName, spec.uid);
  token.salt = spec.salt; // it draws one salt per process; set ours
  token.ts = spec.ts;
  for (const [id, expire] of Object.entries(spec.privileges)) token.addPriviledge(Number(id), expire);
  return token.build();
}

// ---- as consumers

const text = (b: Buffer | string) => (typeof b === 'string' ? b : b.toString('utf8'));

function fromAgoraTokenService(s: any): Service {
  const privileges: Record<number, number> = { ...s.__privileges };
  const type = s.service_type();
  switch (type) {
    case 1: return { type, privileges, channelName: text(s.__channel_name), uid: text(s.__uid) };
    case 2: case 5: return { type, privileges, userId: text(s.__user_id) };
    case 3: case 6: return { type, privileges, channelName: text(s.__channel_name), account: text(s.__account) };
    case 7: return { type, privileges, roomUuid: text(s.__room_uuid), userUuid: text(s.__user_uuid), role: s.__role };
    case 8: {
      const permissions: Rtm2Permission[] = [];
      for (const [resourceType, byPermission] of Object.entries<Record<string, string[]>>(s.__permissions.details)) {
        for (const [permissionType, resources] of Object.entries(byPermission)) {
          permissions.push({ resourceType: Number(resourceType), permissionType: Number(permissionType), resources: [...resources] });
        }
      }
      return { type, privileges, userId: text(s.__user_id), permissions };
    }
    default: return { type, privileges } as Service;
  }
}

export interface AgoraTokenReading {
  /** `AccessToken2#from_string` returned true. */
  parsed: boolean;
  /** `verifySignature(certificate)` returned true. */
  verified: boolean;
  fields: AccessToken2Fields;
}

/** Reads a 007 token with agora-token's own parser and checks it with its own verifier. */
export function readWithAgoraToken(token: string, certificate: string): AgoraTokenReading {
  const reader = new at2.AccessToken2();
  const parsed: boolean = reader.from_string(token);
  return {
    parsed,
    verified: parsed && reader.verifySignature(certificate) === true,
    fields: { appId: text(reader.appId), issueTs: reader.issueTs, expire: reader.expire, salt: reader.salt, services: reader.services.map(fromAgoraTokenService) },
  };
}

export interface AgoraAccessTokenReading {
  /** `AccessToken#fromString` returned true. */
  parsed: boolean;
  /** agora-access-token, signing the fields it read for this channel and uid, writes this very token. */
  resigned: boolean;
  salt: number;
  ts: number;
  privileges: Record<number, number>;
  crcChannelName: number;
  crcUid: number;
}

/**
 * Reads a 006 token with agora-access-token's parser. That package has no
 * verifier, so verification is done with its signing code: rebuild from the
 * fields read, for the channel and uid, and compare with the token.
 */
export function readWithAgoraAccessToken(token: string, certificate: string, channelName: string, uid: string): AgoraAccessTokenReading {
  const reader = new aat.AccessToken(token.slice(3, 35), certificate, channelName, uid);
  const parsed: boolean = reader.fromString(token);
  let resigned = false;
  if (parsed) {
    const signer = new aat.AccessToken(token.slice(3, 35), certificate, channelName, uid);
    signer.salt = reader.salt;
    signer.ts = reader.ts;
    signer.messages = { ...reader.messages };
    resigned = signer.build() === token;
  }
  return {
    parsed,
    resigned,
    salt: reader.salt,
    ts: reader.ts,
    privileges: { ...reader.messages },
    crcChannelName: reader.crc_channel_name,
    crcUid: reader.crc_uid,
  };
}
