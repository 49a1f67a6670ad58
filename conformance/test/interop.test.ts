/**
 * The interop matrix: tokens from each producer (the Go reference's committed
 * vectors, agora-token 2.0.6, agora-access-token 2.0.4, agorakey) read by each
 * consumer (agorakey's parser and verifier, agora-token's AccessToken2
 * from_string + verifySignature, agora-access-token's AccessToken fromString
 * + its signing code, and for 006 Go's go-tokenbuilder FromString + Build, run
 * by the Go harness). Every builder is driven with the arguments the Go
 * vectors record, so all producers build the same tokens. Where a reference
 * disagrees with Go, the test states the disagreement exactly (see also
 * interop-disagreements.test.ts) so that a change in either direction fails.
 * After the run it prints the matrix that conformance/README.md reproduces.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { crc32, inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as agorakey from '@agorakey/node';
import type { AccessToken2Fields, Service } from '@agorakey/core';
import { parseVectors, type VectorCase } from '../src/vectors.js';
import { canonical007 } from '../src/go/canonical.js';
import { readWithAgoraAccessToken, readWithAgoraToken } from '../src/go/agora-js.js';
import { GoHarness } from '../src/go/harness.js';
import { readWithGoTokenbuilder } from '../src/go/go-tokenbuilder.js';

const require = createRequire(import.meta.url);
// Untyped CommonJS packages.
const agoraToken: any = require('agora-token');
const agoraAccessToken: any = require('agora-access-token');

const vectors = parseVectors(readFileSync(new URL('../vectors/go-reference-vectors.jsonl', import.meta.url), 'utf8'));
const v007 = vectors.filter((v) => v.version === '007');
const v006 = vectors.filter((v) => v.version === '006');
const WRONG = '0123456789abcdef0123456789abcdef';
const utf8 = (s: string) => Buffer.from(s, 'utf8');
const wrongFor = (certificate: string) => (certificate.toLowerCase() === WRONG ? 'fedcba9876543210fedcba9876543210' : WRONG);

// ---- the matrix, filled as the tests run and printed at the end
const matrix = new Map<string, Map<string, string>>();
function record(producer: string, consumer: string, ok: number, total: number, note = ''): void {
  if (!matrix.has(producer)) matrix.set(producer, new Map());
  matrix.get(producer)!.set(consumer, `${ok}/${total}${note ? ` ${note}` : ''}`);
}
let go: GoHarness;
beforeAll(() => {
  go = GoHarness.start();
});
afterAll(async () => {
  await go.close();
  const consumers = ['agorakey', 'agora-token', 'agora-access-token', 'go-tokenbuilder', 'payload'];
  const lines = [`| tokens from | ${consumers.join(' | ')} |`, `| --- | ${consumers.map(() => '---').join(' | ')} |`];
  for (const [producer, row] of matrix) lines.push(`| ${producer} | ${consumers.map((c) => row.get(c) ?? '—').join(' | ')} |`);
  console.log(`interop matrix\n${lines.join('\n')}`);
});

// ---- vectors as specs
function vectorServices(v: VectorCase): Service[] {
  return (v.services ?? []).map((s) => (s.type === 8 ? { ...s, permissions: s.permissions ?? [] } : s) as unknown as Service);
}
const vectorFields = (v: VectorCase): AccessToken2Fields => ({ appId: v.appId, issueTs: v.issueTs!, expire: v.expire!, salt: v.salt, services: vectorServices(v) });

/** agora-token reads an int16 role with readUInt16LE: -1 comes back as 65535. */
const roleReadUnsigned = (services: Service[]): Service[] => services.map((s) => (s.type === 7 ? { ...s, role: s.role & 0xffff } : s));

// ---- builders by the Go vectors' names
const builders007 = v007.filter((v) => v.builder);
const builders006 = v006.filter((v) => v.builder);
const apaasRoomUser = (name: string) => name.endsWith('.buildRoomUserToken');

/** agora-token's Rtm2Permissions for a vector's permission list (its builders take only that class). */
function agoraTokenPermissions(list: unknown): unknown {
  if (list == null) return null;
  const permissions = new agoraToken.Rtm2Permissions();
  for (const p of list as { resourceType: number; permissionType: number; resources: string[] }[]) permissions.add(p.resourceType, p.permissionType, p.resources);
  return permissions;
}

/** Calls agora-token's builder of that name (its spellings: buildUserToken for buildChatUserToken, a capital B, …). */
function agoraTokenBuild(name: string, args: unknown[]): string {
  const [namespace, method] = name.split('.') as [string, string];
  const owner = agoraToken[namespace.replace(/2$/, '')];
  const spelled = ({ buildChatUserToken: 'buildUserToken', buildChatAppToken: 'buildAppToken', buildTokenWithUserAccountAndPrivilege: 'BuildTokenWithUserAccountAndPrivilege' } as Record<string, string>)[method] ?? method;
  const callArgs = name === 'RtmTokenBuilder2.buildTokenWithPermissions' ? [...args.slice(0, 3), agoraTokenPermissions(args[3]), ...args.slice(4)] : args;
  return owner[spelled](...callArgs);
}

function agoraAccessTokenBuild(name: string, args: unknown[]): string {
  const [namespace, method] = name.split('.') as [string, string];
  return agoraAccessToken[namespace][method === 'buildTokenWithUserAccount' ? 'buildTokenWithAccount' : method](...args);
}

/** agorakey's builder of that name on an API with a fixed clock and salt (agora-token's names, as the conformance suite maps them). */
function agorakeyBuild(api: Record<string, any>, version: '006' | '007', name: string, args: unknown[]): string {
  const [namespace, method] = name.split('.') as [string, string];
  const owner = api[version === '006' ? `${namespace}006` : namespace.replace(/2$/, '')];
  return owner[method](...args);
}

/** The builder calls of the matrix: every Go builder with its vectors' args, plus agora-token's builders Go lacks. */
interface Call {
  name: string;
  args: unknown[];
  /** The services Go packs for this call (ConvoAI/STT: Go's buildTokenWithRtm2 services plus the empty service). */
  goServices: Service[];
}
const calls007: Call[] = [
  ...builders007.map((v) => ({ name: v.builder!.name, args: v.builder!.args, goServices: vectorServices(v) })),
  // Education is byte-for-byte APaaS in Go.
  ...builders007.filter((v) => v.builder!.name.startsWith('ApaasTokenBuilder.')).map((v) => ({ name: v.builder!.name.replace('Apaas', 'Education'), args: v.builder!.args, goServices: vectorServices(v) })),
  ...builders007
    .filter((v) => v.builder!.name === 'RtcTokenBuilder2.buildTokenWithRtm2')
    .flatMap((v) => (['ConvoAITokenBuilder', 'SttTokenBuilder'] as const).map((b, i) => ({ name: `${b}.buildToken`, args: v.builder!.args, goServices: [...vectorServices(v), { type: (9 + i) as 9 | 10, privileges: {} }] }))),
];

/** What agora-token's builders pack instead of Go's: room-user tokens lack the RoomUser privilege, and role 0 becomes -1. */
function agoraTokenServices(call: Call): Service[] {
  if (!apaasRoomUser(call.name)) return call.goServices;
  return call.goServices.map((s) => (s.type === 7 ? { ...s, privileges: {}, role: s.role || -1 } : s));
}

describe('interop matrix', () => {
  it('Go reference 007 vectors → agorakey parses each back to its fields and verifies it', () => {
    const bad = v007.filter((v) => {
      const parsed = agorakey.parseToken(v.token);
      return parsed.version !== '007' || canonical007(parsed) !== canonical007(vectorFields(v)) || agorakey.verifyToken(v.token, v.appCertificate) !== true || agorakey.verifyToken(v.token, wrongFor(v.appCertificate)) !== false;
    });
    expect(bad.map((v) => v.id)).toEqual([]);
    record(`Go reference 007 (${v007.length} vectors)`, 'agorakey', v007.length - bad.length, v007.length);
  });

  it('Go reference 007 vectors → agora-token parses and verifies each, but reads negative APaaS roles as uint16', () => {
    let negativeRoles = 0;
    const bad = v007.filter((v) => {
      const reading = readWithAgoraToken(v.token, v.appCertificate);
      if (vectorServices(v).some((s) => s.type === 7 && s.role < 0)) negativeRoles++;
      const expected = { ...vectorFields(v), services: roleReadUnsigned(vectorServices(v)) };
      return !reading.parsed || !reading.verified || canonical007(reading.fields) !== canonical007(expected) || readWithAgoraToken(v.token, wrongFor(v.appCertificate)).verified;
    });
    expect(bad.map((v) => v.id)).toEqual([]);
    expect(negativeRoles).toBeGreaterThan(0); // the disagreement is exercised, not vacuous
    record(`Go reference 007 (${v007.length} vectors)`, 'agora-token', v007.length - bad.length, v007.length, `(${negativeRoles} with role −1 read as 65535)`);
  });

  it('Go reference vectors → agorakey builds every one byte-for-byte from its fields', () => {
    const api = agorakey.createAgoraKey();
    const bad = vectors.filter((v) =>
      v.version === '007'
        ? api.buildAccessToken2({ ...vectorFields(v), appCertificate: v.appCertificate }) !== v.token
        : api.buildAccessToken006({ appId: v.appId, appCertificate: v.appCertificate, channelName: v.channelName!, uid: v.uid!, salt: v.salt, ts: v.ts!, privileges: v.privileges! }) !== v.token,
    );
    expect(bad.map((v) => v.id)).toEqual([]);
    const same = (version: string) => vectors.filter((v) => v.version === version && !bad.includes(v)).length;
    record(`Go reference 007 (${v007.length} vectors)`, 'payload', same('007'), v007.length, '(whole token, Go 1.19 zlib bytes included)');
    record(`Go reference 006 (${v006.length} vectors)`, 'payload', same('006'), v006.length, '(whole token)');
  });

  it('Go reference 006 vectors → agorakey parses and verifies each', () => {
    const bad = v006.filter((v) => {
      const p = agorakey.parseToken(v.token);
      if (p.version !== '006') return true;
      const fields = JSON.stringify([p.appId, p.salt, p.ts, p.privileges, p.crcChannelName, p.crcUid]);
      const options = { channelName: v.channelName!, uid: v.uid! };
      return (
        fields !== JSON.stringify([v.appId, v.salt, v.ts, v.privileges, crc32(utf8(v.channelName!)), crc32(utf8(v.uid!))]) ||
        agorakey.verifyToken(v.token, v.appCertificate, options) !== true ||
        agorakey.verifyToken(v.token, wrongFor(v.appCertificate), options) !== false
      );
    });
    expect(bad.map((v) => v.id)).toEqual([]);
    record(`Go reference 006 (${v006.length} vectors)`, 'agorakey', v006.length - bad.length, v006.length);
  });

  it('Go reference 006 vectors → agora-access-token parses each and its signing code writes the same token', () => {
    const bad = v006.filter((v) => {
      const r = readWithAgoraAccessToken(v.token, v.appCertificate, v.channelName!, v.uid!);
      return !r.parsed || !r.resigned || JSON.stringify([r.salt, r.ts, r.privileges, r.crcChannelName, r.crcUid]) !== JSON.stringify([v.salt, v.ts, v.privileges, crc32(utf8(v.channelName!)), crc32(utf8(v.uid!))]) || readWithAgoraAccessToken(v.token, wrongFor(v.appCertificate), v.channelName!, v.uid!).resigned;
    });
    expect(bad.map((v) => v.id)).toEqual([]);
    record(`Go reference 006 (${v006.length} vectors)`, 'agora-access-token', v006.length - bad.length, v006.length);
  });

  /** 006 tokens go-tokenbuilder cannot read back and re-sign with their certificate, or can re-sign with a wrong one. */
  async function goTokenbuilderRejects(items: { id: string; token: string; certificate: string; channelName: string; uid: string; privileges: Record<string, number> }[]): Promise<string[]> {
    const bad: string[] = [];
    for (const t of items) {
      const r = await readWithGoTokenbuilder(go, t.token, t.certificate, t.channelName, t.uid);
      const fieldsAgree = JSON.stringify([r.privileges, r.crcChannelName, r.crcUid]) === JSON.stringify([t.privileges, crc32(utf8(t.channelName)), crc32(utf8(t.uid))]);
      if (!r.parsed || !r.resigned || !fieldsAgree || (await readWithGoTokenbuilder(go, t.token, wrongFor(t.certificate), t.channelName, t.uid)).resigned) bad.push(t.id);
    }
    return bad;
  }

  it("006 tokens from every producer → Go's go-tokenbuilder parses each and its Build writes the same token", async () => {
    const fromVectors = v006.map((v) => ({ id: v.id, token: v.token, certificate: v.appCertificate, channelName: v.channelName!, uid: v.uid!, privileges: v.privileges! }));
    const fromAgoraAccessToken = builders006.map((v) => ({ ...fromVectors.find((f) => f.id === v.id)!, token: agoraAccessTokenBuild(v.builder!.name, v.builder!.args) }));
    const api = agorakey.createAgoraKey();
    const fromAgorakey = builders006.map((v) => ({ ...fromVectors.find((f) => f.id === v.id)!, token: agorakeyBuild(api, '006', v.builder!.name, v.builder!.args) }));
    const rows = [
      [`Go reference 006 (${v006.length} vectors)`, fromVectors],
      [`agora-access-token 2.0.4 (${builders006.length} builder calls)`, fromAgoraAccessToken],
      [`agorakey 006 (${builders006.length} builder calls)`, fromAgorakey],
    ] as const;
    for (const [producer, items] of rows) {
      const bad = await goTokenbuilderRejects([...items]);
      expect(bad, producer).toEqual([]);
      record(producer, 'go-tokenbuilder', items.length - bad.length, items.length);
    }
    // The check can fail: a token signed with another certificate is not re-signed.
    const first = fromVectors[0]!;
    const privileges = { 1: 3 };
    const forged = agorakey.createAgoraKey().buildAccessToken006({
      appId: v006[0]!.appId,
      appCertificate: wrongFor(first.certificate),
      channelName: first.channelName,
      uid: first.uid,
      salt: 1,
      ts: 2,
      privileges,
    });
    expect(await goTokenbuilderRejects([{ ...first, token: forged, privileges }])).toEqual([first.id]);
  });

  it('agora-token builders → agorakey parses and verifies every token; services and payload agree with Go except room-user tokens', () => {
    const problems: string[] = [];
    const ownReadProblems: string[] = [];
    let samePayload = 0;
    let differentFromGo = 0;
    for (const call of calls007) {
      const certificate = call.args[1] as string;
      const token = agoraTokenBuild(call.name, call.args);
      const parsed = agorakey.parseToken(token);
      if (parsed.version !== '007') throw new Error('not 007');
      if (agorakey.verifyToken(token, certificate) !== true || agorakey.verifyToken(token, wrongFor(certificate)) !== false) problems.push(`${call.name}: verify`);
      const own = readWithAgoraToken(token, certificate);
      const ownFieldsAgree = canonical007(own.fields) === canonical007({ ...parsed, services: roleReadUnsigned(parsed.services) });
      if (!own.parsed || !own.verified || !ownFieldsAgree || readWithAgoraToken(token, wrongFor(certificate)).verified) ownReadProblems.push(call.name);
      const expected = agoraTokenServices(call);
      if (canonical007({ ...parsed, services: expected }) !== canonical007(parsed)) problems.push(`${call.name}: services ${canonical007(parsed)}`);
      if (canonical007({ ...parsed, services: expected }) !== canonical007({ ...parsed, services: call.goServices })) differentFromGo++;
      // agorakey's same call at agora-token's issue time and salt: byte-identical payloads, except where agora-token departs from Go.
      const fixed = agorakey.createAgoraKey({ clock: () => parsed.issueTs, salt: () => parsed.salt });
      const theirs = inflateSync(Buffer.from(token.slice(3), 'base64')).toString('hex');
      const ours = Buffer.from(inflateSync(Buffer.from(agorakeyBuild(fixed, '007', call.name, call.args).slice(3), 'base64'))).toString('hex');
      if (theirs === ours) samePayload++;
      else if (!apaasRoomUser(call.name)) problems.push(`${call.name}: payload differs from agorakey's`);
    }
    expect(problems).toEqual([]);
    expect(ownReadProblems).toEqual([]);
    const roomUser = calls007.filter((c) => apaasRoomUser(c.name)).length;
    expect(differentFromGo).toBe(roomUser); // every room-user token, and only those
    expect(samePayload).toBe(calls007.length - roomUser);
    record(`agora-token 2.0.6 (${calls007.length} builder calls)`, 'agorakey', calls007.length - problems.length, calls007.length);
    record(`agora-token 2.0.6 (${calls007.length} builder calls)`, 'agora-token', calls007.length - ownReadProblems.length, calls007.length, '(negative roles read as uint16)');
    record(`agora-token 2.0.6 (${calls007.length} builder calls)`, 'payload', samePayload, calls007.length, `(the ${roomUser} room-user tokens differ: no RoomUser privilege, role 0 → −1)`);
  });

  it('agora-access-token builders → agorakey parses and verifies every token, identical to agorakey\'s at the same salt and time', () => {
    const problems: string[] = [];
    const ownReadProblems: string[] = [];
    for (const v of builders006) {
      const { name, args } = v.builder!;
      const token = agoraAccessTokenBuild(name, args);
      const p = agorakey.parseToken(token);
      if (p.version !== '006') throw new Error('not 006');
      if (JSON.stringify(p.privileges) !== JSON.stringify(v.privileges)) problems.push(`${v.id}: privileges ${JSON.stringify(p.privileges)}`);
      const options = { channelName: v.channelName!, uid: v.uid! };
      if (agorakey.verifyToken(token, v.appCertificate, options) !== true || agorakey.verifyToken(token, wrongFor(v.appCertificate), options) !== false) problems.push(`${v.id}: verify`);
      const own = readWithAgoraAccessToken(token, v.appCertificate, v.channelName!, v.uid!);
      if (!own.parsed || !own.resigned || readWithAgoraAccessToken(token, wrongFor(v.appCertificate), v.channelName!, v.uid!).resigned) ownReadProblems.push(v.id);
      const fixed = agorakey.createAgoraKey({ clock: () => p.ts - 24 * 3600, salt: () => p.salt });
      if (agorakeyBuild(fixed, '006', name, args) !== token) problems.push(`${v.id}: agorakey's token differs`);
    }
    expect(problems).toEqual([]);
    expect(ownReadProblems).toEqual([]);
    record(`agora-access-token 2.0.4 (${builders006.length} builder calls)`, 'agorakey', builders006.length - problems.length, builders006.length);
    record(`agora-access-token 2.0.4 (${builders006.length} builder calls)`, 'agora-access-token', builders006.length - ownReadProblems.length, builders006.length);
    record(`agora-access-token 2.0.4 (${builders006.length} builder calls)`, 'payload', builders006.length - problems.length, builders006.length, '(whole token)');
  });

  it('agorakey 007 builders and raw specs → agora-token parses and verifies every token (roles read as uint16)', () => {
    const api = agorakey.createAgoraKey(); // the system clock and fresh salts, as an application would use it
    const tokens = [
      ...calls007.map((c) => ({ id: c.name, certificate: c.args[1] as string, token: agorakeyBuild(api, '007', c.name, c.args) })),
      ...v007.filter((v) => !v.builder).map((v) => ({ id: v.id, certificate: v.appCertificate, token: api.buildAccessToken2({ ...vectorFields(v), appCertificate: v.appCertificate }) })),
    ];
    const ownBad = tokens.filter(({ token, certificate }) => agorakey.verifyToken(token, certificate) !== true || agorakey.verifyToken(token, wrongFor(certificate)) !== false);
    const bad = tokens.filter(({ token, certificate }) => {
      const reading = readWithAgoraToken(token, certificate);
      const ours = agorakey.parseToken(token) as AccessToken2Fields;
      return !reading.parsed || !reading.verified || canonical007(reading.fields) !== canonical007({ ...ours, services: roleReadUnsigned(ours.services) }) || readWithAgoraToken(token, wrongFor(certificate)).verified;
    });
    expect(ownBad.map((t) => t.id)).toEqual([]);
    expect(bad.map((t) => t.id)).toEqual([]);
    record(`agorakey 007 (${tokens.length}: every builder call + raw specs)`, 'agorakey', tokens.length - ownBad.length, tokens.length);
    record(`agorakey 007 (${tokens.length}: every builder call + raw specs)`, 'agora-token', tokens.length - bad.length, tokens.length, '(negative roles read as uint16)');
  });

  it('agorakey 006 builders → agora-access-token parses every token and its signing code writes the same token', () => {
    const api = agorakey.createAgoraKey();
    const tokens = builders006.map((v) => ({ v, token: agorakeyBuild(api, '006', v.builder!.name, v.builder!.args) }));
    const ownBad = tokens.filter(({ v, token }) => {
      const options = { channelName: v.channelName!, uid: v.uid! };
      return agorakey.verifyToken(token, v.appCertificate, options) !== true || agorakey.verifyToken(token, wrongFor(v.appCertificate), options) !== false;
    });
    const bad = tokens.filter(({ v, token }) => {
      const r = readWithAgoraAccessToken(token, v.appCertificate, v.channelName!, v.uid!);
      return !r.parsed || !r.resigned || JSON.stringify(r.privileges) !== JSON.stringify(v.privileges) || readWithAgoraAccessToken(token, wrongFor(v.appCertificate), v.channelName!, v.uid!).resigned;
    });
    expect(ownBad.map(({ v }) => v.id)).toEqual([]);
    expect(bad.map(({ v }) => v.id)).toEqual([]);
    record(`agorakey 006 (${builders006.length} builder calls)`, 'agorakey', builders006.length - ownBad.length, builders006.length);
    record(`agorakey 006 (${builders006.length} builder calls)`, 'agora-access-token', builders006.length - bad.length, builders006.length);
  });
});
