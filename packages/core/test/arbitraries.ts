import fc from 'fast-check';
import type { Service } from '../src/index.js';

const CHANNEL_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !#$%&()+-:;<=.>?@[]^_{}|~,';
export const channelName = fc.string({ unit: fc.constantFrom(...CHANNEL_ALPHABET), minLength: 1, maxLength: 64 });
export const account = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
  .filter((s) => new TextEncoder().encode(s).length <= 255);
export const anyString = fc.string({ unit: 'grapheme', maxLength: 40 });
export const uint32 = fc.oneof(fc.constantFrom(0, 1, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1), fc.nat({ max: 2 ** 32 - 1 }));
export const hex32 = fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: 32, maxLength: 32 });

const privileges = fc.dictionary(fc.nat({ max: 0xffff }).map(String), uint32, { maxKeys: 5 }) as fc.Arbitrary<Record<number, number>>;

const permission = fc.record({
  resourceType: fc.integer({ min: 0, max: 4 }),
  permissionType: fc.integer({ min: 0, max: 1 }),
  resources: fc.array(anyString, { maxLength: 5 }),
});
const permissions = fc
  .uniqueArray(permission, { selector: (p) => `${p.resourceType}/${p.permissionType}`, maxLength: 10 })
  .map((list) => [...list].sort((a, b) => a.resourceType - b.resourceType || a.permissionType - b.permissionType));

export const service: fc.Arbitrary<Service> = fc.oneof(
  fc.record({ type: fc.constant(1 as const), privileges, channelName: anyString, uid: anyString }),
  fc.record({ type: fc.constant(2 as const), privileges, userId: anyString }),
  fc.record({ type: fc.constant(3 as const), privileges, channelName: anyString, account: anyString }),
  fc.record({ type: fc.constant(4 as const), privileges }),
  fc.record({ type: fc.constant(5 as const), privileges, userId: anyString }),
  fc.record({ type: fc.constant(6 as const), privileges, channelName: anyString, account: anyString }),
  fc.record({ type: fc.constant(7 as const), privileges, roomUuid: anyString, userUuid: anyString, role: fc.integer({ min: -32768, max: 32767 }) }),
  fc.record({ type: fc.constant(8 as const), privileges, userId: anyString, permissions }),
  fc.record({ type: fc.constant(9 as const), privileges }),
  fc.record({ type: fc.constant(10 as const), privileges }),
);

export const spec007 = fc.record({
  appId: hex32,
  appCertificate: hex32,
  issueTs: uint32,
  expire: uint32,
  salt: uint32,
  services: fc.array(service, { minLength: 1, maxLength: 5 }),
});
