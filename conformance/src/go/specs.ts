import fc from 'fast-check';
import type { AccessToken006Spec, AccessToken2Spec, Rtm2Permission, Service } from '@agorakey/core';

/**
 * Token specs over the whole input space the low-level builders accept, with
 * the edges weighted in: empty and maximum-length strings, every uint32 and
 * int16 boundary, every service type, RTM2 permission sets from empty to
 * thousands of resources, services in any order with duplicates.
 */

const UINT32_MAX = 0xffffffff;
const MAX_PACKED_BYTES = 0xffff;

export const uint32 = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 0x7fffffff, 0x80000000, UINT32_MAX) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: UINT32_MAX }) },
);

export const hex32 = fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: 32, maxLength: 32 });

/**
 * A string of exactly 65,535 UTF-8 bytes (the uint16 length prefix's limit),
 * made of characters 1 to 4 bytes long so multi-byte sequences meet the limit.
 */
const maxLengthString = fc.tuple(fc.constantFrom('a', 'é', '中', '😀'), fc.string({ maxLength: 8 })).map(([filler, head]) => {
  const fillerBytes = Buffer.byteLength(filler);
  const room = MAX_PACKED_BYTES - Buffer.byteLength(head);
  return head + filler.repeat(Math.floor(room / fillerBytes)) + 'z'.repeat(room % fillerBytes);
});

/** Any string a token may pack: unicode (astral included), ASCII, empty, or the maximum length. */
export const packedString = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 64 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: maxLengthString },
);

/** RTC uids as packed: 0 packs as "", other uids as decimal; user accounts are any string. */
const rtcUid = fc.oneof(
  fc.constantFrom('', '1', '2147483647', '2147483648', '4294967295'),
  fc.integer({ min: 1, max: UINT32_MAX }).map(String),
  packedString,
);

const privilegeId = fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constantFrom(0, 1000, 0xffff), fc.integer({ min: 0, max: 0xffff }));

export const privileges = (ids = privilegeId, maxLength = 6) =>
  fc.array(fc.tuple(ids, uint32), { maxLength }).map((entries) => Object.fromEntries(entries) as Record<number, number>);

const int16 = fc.oneof(fc.constantFrom(-1, 0, 1, 2, -32768, 32767), fc.integer({ min: -32768, max: 32767 }));

/** A resource list: a few arbitrary strings, or thousands of generated names (payloads past 64 KiB). */
const resources = fc.oneof(
  { weight: 4, arbitrary: fc.array(packedString.filter((s) => s.length < 1000), { maxLength: 5 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 6000 }), fc.string({ unit: 'grapheme', maxLength: 12 }))
      .map(([count, prefix]) => Array.from({ length: count }, (_, i) => `${prefix}${i}`)),
  },
);

/** At most one entry per (resourceType, permissionType), in any order: agorakey sorts them. */
const permissions: fc.Arbitrary<Rtm2Permission[]> = fc.uniqueArray(
  fc.record({ resourceType: fc.integer({ min: 0, max: 4 }), permissionType: fc.integer({ min: 0, max: 1 }), resources }),
  { maxLength: 10, selector: (p) => p.resourceType * 2 + p.permissionType },
);

export const service: fc.Arbitrary<Service> = fc.oneof(
  fc.record({ type: fc.constant(1 as const), privileges: privileges(), channelName: packedString, uid: rtcUid }),
  fc.record({ type: fc.constant(2 as const), privileges: privileges(), userId: packedString }),
  fc.record({ type: fc.constant(3 as const), privileges: privileges(), channelName: packedString, account: packedString }),
  fc.record({ type: fc.constant(4 as const), privileges: privileges() }),
  fc.record({ type: fc.constant(5 as const), privileges: privileges(), userId: packedString }),
  fc.record({ type: fc.constant(6 as const), privileges: privileges(), channelName: packedString, account: packedString }),
  fc.record({ type: fc.constant(7 as const), privileges: privileges(), roomUuid: packedString, userUuid: packedString, role: int16 }),
  fc.record({ type: fc.constant(8 as const), privileges: privileges(), userId: packedString, permissions }),
  fc.record({ type: fc.constant(9 as const), privileges: privileges() }),
  fc.record({ type: fc.constant(10 as const), privileges: privileges() }),
);

/** 1-8 services in random order, plus up to two repeats of services already in the list. */
const services = fc
  .tuple(fc.array(service, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 2 }))
  .map(([list, repeats]) => [...list, ...repeats.map((i) => list[i % list.length]!)]);

export const spec007: fc.Arbitrary<AccessToken2Spec> = fc.record({
  appId: hex32,
  appCertificate: hex32,
  issueTs: uint32,
  expire: uint32,
  salt: uint32,
  services,
});

// 006 specs: a channel name is usually an RTC channel (its character set, 1-64 bytes) but may be any packed string,
// since an RTM 006 token carries the user account in that field; the uid is "", a decimal uid or any string.
const CHANNEL_CHARS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !#$%&()+-:;<=.>?@[]^_{}|~,'];
const channelName = fc.oneof(fc.string({ unit: fc.constantFrom(...CHANNEL_CHARS), minLength: 1, maxLength: 64 }), packedString);
const uid006 = fc.oneof(fc.constantFrom('', '1', '2147483648', '4294967295'), fc.integer({ min: 1, max: UINT32_MAX }).map(String), packedString);

export const spec006: fc.Arbitrary<AccessToken006Spec> = fc.record({
  appId: hex32,
  appCertificate: hex32,
  channelName,
  uid: uid006,
  salt: uint32,
  ts: uint32,
  privileges: privileges(fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom(101, 1000), fc.integer({ min: 0, max: 0xffff })), 12),
});
