import type { CryptoProvider, Result } from '../crypto/provider.js';
import type { Engine } from '../engine.js';
import * as ErrorCode from '../error-codes.js';
import { InvalidInputError } from '../errors.js';
import { checkRtm2Permissions, type Rtm2Permission } from '../token007/services.js';
import { checkAccount, checkUint32 } from '../validate.js';
import { issue } from './common.js';

/** RTM2 permission set, shaped like agora-token's `Rtm2Permissions`. */
export class Rtm2Permissions {
  static readonly kMessageChannels = 0;
  static readonly kStreamChannels = 1;
  static readonly kGroupChannels = 2;
  static readonly kServerGroups = 3;
  static readonly kUsers = 4;
  static readonly kRead = 0;
  static readonly kWrite = 1;

  details: { [resourceType: number]: { [permissionType: number]: string[] } } = {};

  /** Sets the resources for a resource type and permission type (replacing earlier ones). */
  add(resourceType: number, permissionType: number, resources: Iterable<string>): this {
    const list = [...resources];
    checkRtm2Permissions([{ resourceType, permissionType, resources: list }], 'permissions');
    (this.details[resourceType] ??= {})[permissionType] = list;
    return this;
  }

  /** The permissions as a list sorted by resource type, then permission type. */
  toList(): Rtm2Permission[] {
    const list: Rtm2Permission[] = [];
    for (const resourceType of Object.keys(this.details).map(Number).sort((a, b) => a - b)) {
      const inner = this.details[resourceType]!;
      for (const permissionType of Object.keys(inner).map(Number).sort((a, b) => a - b)) {
        list.push({ resourceType, permissionType, resources: [...inner[permissionType]!] });
      }
    }
    return list;
  }
}

/** Accepts an Rtm2Permissions, a list of {resourceType, permissionType, resources}, or nothing. */
export function toPermissionList(permissions: unknown): Rtm2Permission[] {
  if (permissions === undefined || permissions === null) return [];
  if (permissions instanceof Rtm2Permissions) return checkRtm2Permissions(permissions.toList(), 'permissions');
  if (Array.isArray(permissions)) return checkRtm2Permissions(permissions, 'permissions');
  if (typeof permissions === 'object' && 'details' in permissions) {
    const copy = new Rtm2Permissions();
    copy.details = (permissions as Rtm2Permissions).details;
    return checkRtm2Permissions(copy.toList(), 'permissions');
  }
  throw new InvalidInputError(ErrorCode.InvalidPermission, 'permissions', 'must be an Rtm2Permissions or a list of {resourceType, permissionType, resources}');
}

export interface RtmTokenBuilder<P extends CryptoProvider> {
  /** RTM login for `userId` (1-255 bytes; a number is used as its decimal string), valid `expire` seconds. */
  buildToken(appId: string, appCertificate: string, userId: string | number, expire: number): Result<P, string>;
  /** RTM 2 login with resource permissions. */
  buildTokenWithPermissions(appId: string, appCertificate: string, userId: string | number, permissions: Rtm2Permissions | readonly Rtm2Permission[] | null | undefined, expire: number): Result<P, string>;
}

export function createRtmTokenBuilder<P extends CryptoProvider>(engine: Engine<P>): RtmTokenBuilder<P> {
  return {
    buildToken: (appId, appCertificate, userId, expire) =>
      issue(engine, appId, appCertificate, expire, [
        { type: 2, privileges: { 1 /* Privilege.Rtm.Login */: checkUint32(expire, 'expire') }, userId: checkAccount(userId, 'userId', ErrorCode.InvalidUserId) },
      ]),
    buildTokenWithPermissions: (appId, appCertificate, userId, permissions, expire) =>
      issue(engine, appId, appCertificate, expire, [
        {
          type: 8,
          privileges: { 1 /* Privilege.Rtm2.Login */: checkUint32(expire, 'expire') },
          userId: checkAccount(userId, 'userId', ErrorCode.InvalidUserId),
          permissions: toPermissionList(permissions),
        },
      ]),
  };
}
