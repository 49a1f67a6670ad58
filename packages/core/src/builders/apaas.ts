import type { CryptoProvider, Result } from '../crypto/provider.js';
import type { Engine } from '../engine.js';
import * as ErrorCode from '../error-codes.js';
import { bytesToHex } from '../bytes/hex.js';
import { encodeUtf8 } from '../bytes/utf8.js';
import { md5 } from '../crypto/md5.js';
import { checkAccount, checkInt16, checkUint32 } from '../validate.js';
import { issue } from './common.js';

export interface ApaasTokenBuilder<P extends CryptoProvider> {
  /**
   * Room user token: APaaS with the RoomUser privilege (the Go reference;
   * agora-token omits it), RTM login for `userUuid`, and Chat for the hex MD5
   * of `userUuid`. `role` is a signed 16-bit integer and 0 stays 0.
   */
  buildRoomUserToken(appId: string, appCertificate: string, roomUuid: string, userUuid: string | number, role: number, expire: number): Result<P, string>;
  /** User token: APaaS User privilege for `userUuid`, role -1. */
  buildUserToken(appId: string, appCertificate: string, userUuid: string | number, expire: number): Result<P, string>;
  /** App token: APaaS App privilege, no room or user, role -1. */
  buildAppToken(appId: string, appCertificate: string, expire: number): Result<P, string>;
}

export function createApaasTokenBuilder<P extends CryptoProvider>(engine: Engine<P>): ApaasTokenBuilder<P> {
  return {
    buildRoomUserToken(appId, appCertificate, roomUuid, userUuid, role, expire) {
      const room = checkAccount(roomUuid, 'roomUuid', ErrorCode.InvalidUserAccount);
      const user = checkAccount(userUuid, 'userUuid', ErrorCode.InvalidUserId);
      const seconds = checkUint32(expire, 'expire');
      const chatUserId = bytesToHex(md5(encodeUtf8(user, 'userUuid')));
      return issue(engine, appId, appCertificate, seconds, [
        { type: 7, privileges: { 1 /* Privilege.Apaas.RoomUser */: seconds }, roomUuid: room, userUuid: user, role: checkInt16(role, 'role') },
        { type: 2, privileges: { 1 /* Privilege.Rtm.Login */: seconds }, userId: user },
        { type: 5, privileges: { 1 /* Privilege.Chat.User */: seconds }, userId: chatUserId },
      ]);
    },
    buildUserToken: (appId, appCertificate, userUuid, expire) =>
      issue(engine, appId, appCertificate, expire, [
        { type: 7, privileges: { 2 /* Privilege.Apaas.User */: checkUint32(expire, 'expire') }, roomUuid: '', userUuid: checkAccount(userUuid, 'userUuid', ErrorCode.InvalidUserId), role: -1 },
      ]),
    buildAppToken: (appId, appCertificate, expire) =>
      issue(engine, appId, appCertificate, expire, [
        { type: 7, privileges: { 3 /* Privilege.Apaas.App */: checkUint32(expire, 'expire') }, roomUuid: '', userUuid: '', role: -1 },
      ]),
  };
}

/** Education builders are byte-for-byte the APaaS builders in the Go reference. */
export const createEducationTokenBuilder = createApaasTokenBuilder;
export type EducationTokenBuilder<P extends CryptoProvider> = ApaasTokenBuilder<P>;
