import * as ErrorCode from '../error-codes.js';
import { InvalidInputError } from '../errors.js';
import type { ByteReader } from '../bytes/reader.js';
import type { ByteWriter } from '../bytes/writer.js';
import { decodeUtf8 } from '../bytes/utf8.js';
import { privilegeIds } from '../privilege-ids.js';
import { checkInt16, checkPackedString, checkPrivilegeMap, checkUint16 } from '../validate.js';

/** Service type ids of AccessToken2 (007). */
export const ServiceType = {
  Rtc: 1,
  Rtm: 2,
  Streaming: 3,
  Fpa: 4,
  Chat: 5,
  Fcdn: 6,
  Apaas: 7,
  Rtm2: 8,
  ConvoAI: 9,
  Stt: 10,
} as const;
export type ServiceType = (typeof ServiceType)[keyof typeof ServiceType];

/**
 * Privilege ids per service. Values are expiry seconds relative to the token's issue
 * time. The builders write the ids as literal numbers, each named in a comment: an
 * object literal with a computed key (`{ [Privilege.Rtc.JoinChannel]: x }`) takes V8's
 * slow path and reads back slower too (a 007 RTC build 3-4% faster without, A/B on
 * Node 20). The RTC builders go further and use arrays indexed by id (privilege-ids.ts).
 */
export const Privilege = {
  Rtc: { JoinChannel: 1, PublishAudioStream: 2, PublishVideoStream: 3, PublishDataStream: 4 },
  Rtm: { Login: 1 },
  Streaming: { PublishMixStream: 1, PublishRawStream: 2 },
  Fpa: { Login: 1 },
  Chat: { User: 1, App: 2 },
  Fcdn: { Publish: 1, Play: 2 },
  Apaas: { RoomUser: 1, User: 2, App: 3 },
  Rtm2: { Login: 1 },
} as const;

/** Privilege id → expiry in seconds relative to issueTs (0 means "as long as the token"). */
export type Privileges = Record<number, number>;

interface ServiceBase {
  privileges: Privileges;
}
export interface RtcService extends ServiceBase {
  type: 1;
  channelName: string;
  /** The uid as packed: decimal digits, a user account, or "" for uid 0. */
  uid: string;
}
export interface RtmService extends ServiceBase {
  type: 2;
  userId: string;
}
export interface StreamingService extends ServiceBase {
  type: 3;
  channelName: string;
  account: string;
}
export interface FpaService extends ServiceBase {
  type: 4;
}
export interface ChatService extends ServiceBase {
  type: 5;
  userId: string;
}
export interface FcdnService extends ServiceBase {
  type: 6;
  channelName: string;
  account: string;
}
export interface ApaasService extends ServiceBase {
  type: 7;
  roomUuid: string;
  userUuid: string;
  /** int16, signed: -1 means "no role". */
  role: number;
}
export interface Rtm2Permission {
  resourceType: number;
  permissionType: number;
  resources: string[];
}
export interface Rtm2Service extends ServiceBase {
  type: 8;
  userId: string;
  /** Sorted by resource type, then permission type. */
  permissions: Rtm2Permission[];
}
export interface ConvoAIService extends ServiceBase {
  type: 9;
}
export interface SttService extends ServiceBase {
  type: 10;
}

export type Service =
  | RtcService
  | RtmService
  | StreamingService
  | FpaService
  | ChatService
  | FcdnService
  | ApaasService
  | Rtm2Service
  | ConvoAIService
  | SttService;

/** RTM2 resource types and permission types (agora-token's Rtm2Permissions constants). */
export const Rtm2ResourceType = { MessageChannels: 0, StreamChannels: 1, GroupChannels: 2, ServerGroups: 3, Users: 4 } as const;
export const Rtm2PermissionType = { Read: 0, Write: 1 } as const;

const STRING_FIELDS: Record<number, readonly string[]> = {
  1: ['channelName', 'uid'],
  2: ['userId'],
  3: ['channelName', 'account'],
  4: [],
  5: ['userId'],
  6: ['channelName', 'account'],
  7: ['roomUuid', 'userUuid'],
  8: ['userId'],
  9: [],
  10: [],
};

export function isKnownServiceType(type: number): type is ServiceType {
  return STRING_FIELDS[type] !== undefined;
}

/** Checks a service object given to the generic AccessToken2 builder. */
export function checkService(service: unknown, index: number): Service {
  const where = `services[${index}]`;
  if (typeof service !== 'object' || service === null) {
    throw new InvalidInputError(ErrorCode.InvalidService, where, 'must be a service object with a `type`');
  }
  const s = service as Record<string, unknown>;
  const type = s.type;
  if (typeof type !== 'number' || !isKnownServiceType(type)) {
    throw new InvalidInputError(ErrorCode.InvalidService, `${where}.type`, `must be a known service type (1-10); got ${JSON.stringify(type)}`);
  }
  checkPrivilegeMap(s.privileges ?? {}, `${where}.privileges`, ErrorCode.InvalidExpire, 'expiry seconds');
  for (const field of STRING_FIELDS[type]!) checkPackedString(s[field] ?? '', `${where}.${field}`);
  if (type === ServiceType.Apaas) checkInt16(s.role ?? -1, `${where}.role`);
  if (type === ServiceType.Rtm2) checkRtm2Permissions(s.permissions ?? [], `${where}.permissions`);
  return service as Service;
}

export function checkRtm2Permissions(value: unknown, parameter: string): Rtm2Permission[] {
  if (!Array.isArray(value)) {
    throw new InvalidInputError(ErrorCode.InvalidPermission, parameter, 'must be an array of {resourceType, permissionType, resources}');
  }
  const seen = new Set<number>();
  value.forEach((entry: unknown, i) => {
    const at = `${parameter}[${i}]`;
    if (typeof entry !== 'object' || entry === null) {
      throw new InvalidInputError(ErrorCode.InvalidPermission, at, 'must be {resourceType, permissionType, resources}');
    }
    const e = entry as Record<string, unknown>;
    const resourceType = checkUint16(e.resourceType, `${at}.resourceType`, ErrorCode.InvalidPermission);
    const permissionType = checkUint16(e.permissionType, `${at}.permissionType`, ErrorCode.InvalidPermission);
    if (resourceType > 4) {
      throw new InvalidInputError(ErrorCode.InvalidPermission, `${at}.resourceType`, `must be 0-4 (message channels, stream channels, group channels, server groups, users); got ${resourceType}`);
    }
    if (permissionType > 1) {
      throw new InvalidInputError(ErrorCode.InvalidPermission, `${at}.permissionType`, `must be 0 (read) or 1 (write); got ${permissionType}`);
    }
    const pair = resourceType * 0x10000 + permissionType;
    if (seen.has(pair)) {
      throw new InvalidInputError(ErrorCode.InvalidPermission, at, `repeats resourceType ${resourceType} with permissionType ${permissionType}`);
    }
    seen.add(pair);
    if (!Array.isArray(e.resources)) {
      throw new InvalidInputError(ErrorCode.InvalidPermission, `${at}.resources`, 'must be an array of strings');
    }
    if (e.resources.length > 0xffff) {
      throw new InvalidInputError(ErrorCode.InvalidPermission, `${at}.resources`, `holds at most 65535 entries; got ${e.resources.length}`);
    }
    e.resources.forEach((r: unknown, j: number) => checkPackedString(r, `${at}.resources[${j}]`));
  });
  return value as Rtm2Permission[];
}

function writePrivileges(w: ByteWriter, privileges: Privileges): void {
  const ids = privilegeIds(privileges);
  w.uint16(ids.length);
  for (const id of ids) w.uint16(id).uint32(privileges[id]!);
}

function str(w: ByteWriter, value: string | undefined, parameter: string): void {
  w.string(value ?? '', parameter);
}

function sortedPermissions(permissions: readonly Rtm2Permission[]): Map<number, Map<number, readonly string[]>> {
  const byResource = new Map<number, Map<number, readonly string[]>>();
  for (const p of permissions) {
    let inner = byResource.get(p.resourceType);
    if (!inner) byResource.set(p.resourceType, (inner = new Map()));
    inner.set(p.permissionType, p.resources);
  }
  return byResource;
}

export function packService(w: ByteWriter, service: Service): void {
  w.uint16(service.type);
  writePrivileges(w, service.privileges ?? {});
  switch (service.type) {
    case 1:
      str(w, service.channelName, 'channelName');
      str(w, service.uid, 'uid');
      break;
    case 2:
    case 5:
      str(w, service.userId, 'userId');
      break;
    case 3:
    case 6:
      str(w, service.channelName, 'channelName');
      str(w, service.account, 'account');
      break;
    case 7:
      str(w, service.roomUuid, 'roomUuid');
      str(w, service.userUuid, 'userUuid');
      w.int16(service.role ?? -1);
      break;
    case 8: {
      str(w, service.userId, 'userId');
      const byResource = sortedPermissions(service.permissions ?? []);
      const resourceTypes = [...byResource.keys()].sort((a, b) => a - b);
      w.uint16(resourceTypes.length);
      for (const resourceType of resourceTypes) {
        const inner = byResource.get(resourceType)!;
        const permissionTypes = [...inner.keys()].sort((a, b) => a - b);
        w.uint16(resourceType).uint16(permissionTypes.length);
        for (const permissionType of permissionTypes) {
          const resources = inner.get(permissionType)!;
          w.uint16(permissionType).uint16(resources.length);
          for (const r of resources) str(w, r, 'resource');
        }
      }
      break;
    }
    default:
      break;
  }
}

function readPrivileges(r: ByteReader): Privileges {
  const count = r.uint16();
  const privileges: Privileges = {};
  for (let i = 0; i < count; i++) {
    const key = r.uint16();
    privileges[key] = r.uint32();
  }
  return privileges;
}

const text = (r: ByteReader): string => {
  const b = r.bytes();
  return decodeUtf8(b);
};

/** Reads the body of a service whose type has already been read. */
export function unpackService(r: ByteReader, type: ServiceType): Service {
  const privileges = readPrivileges(r);
  switch (type) {
    case 1:
      return { type, privileges, channelName: text(r), uid: text(r) };
    case 2:
    case 5:
      return { type, privileges, userId: text(r) };
    case 3:
    case 6:
      return { type, privileges, channelName: text(r), account: text(r) };
    case 7:
      return { type, privileges, roomUuid: text(r), userUuid: text(r), role: r.int16() };
    case 8: {
      const userId = text(r);
      const permissions: Rtm2Permission[] = [];
      const resourceTypes = r.uint16();
      for (let i = 0; i < resourceTypes; i++) {
        const resourceType = r.uint16();
        const permissionTypes = r.uint16();
        for (let j = 0; j < permissionTypes; j++) {
          const permissionType = r.uint16();
          const count = r.uint16();
          const resources: string[] = [];
          for (let k = 0; k < count; k++) resources.push(text(r));
          permissions.push({ resourceType, permissionType, resources });
        }
      }
      return { type, privileges, userId, permissions };
    }
    default:
      return { type, privileges };
  }
}
