import type { CryptoProvider, Result } from '../crypto/provider.js';
import type { Engine } from '../engine.js';
import * as ErrorCode from '../error-codes.js';
import { checkAccount, checkUint32 } from '../validate.js';
import { issue } from './common.js';

export interface ChatTokenBuilder<P extends CryptoProvider> {
  /** Chat user token for `userId`, valid `expire` seconds. */
  buildUserToken(appId: string, appCertificate: string, userId: string | number, expire: number): Result<P, string>;
  /** Chat app (administrator) token, valid `expire` seconds. */
  buildAppToken(appId: string, appCertificate: string, expire: number): Result<P, string>;
  /** The Go reference's names for the same builders. */
  buildChatUserToken(appId: string, appCertificate: string, userId: string | number, expire: number): Result<P, string>;
  buildChatAppToken(appId: string, appCertificate: string, expire: number): Result<P, string>;
}

export function createChatTokenBuilder<P extends CryptoProvider>(engine: Engine<P>): ChatTokenBuilder<P> {
  const user = (appId: string, appCertificate: string, userId: string | number, expire: number) =>
    issue(engine, appId, appCertificate, expire, [
      { type: 5, privileges: { 1 /* Privilege.Chat.User */: checkUint32(expire, 'expire') }, userId: checkAccount(userId, 'userId', ErrorCode.InvalidUserId) },
    ]);
  const app = (appId: string, appCertificate: string, expire: number) =>
    issue(engine, appId, appCertificate, expire, [{ type: 5, privileges: { 2 /* Privilege.Chat.App */: checkUint32(expire, 'expire') }, userId: '' }]);
  return { buildUserToken: user, buildAppToken: app, buildChatUserToken: user, buildChatAppToken: app };
}
