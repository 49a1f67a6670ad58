// Compiled (never run) by scripts/check-package.ts against the packed packages, with
// `moduleResolution` bundler and node16, no DOM lib, no @types, and skipLibCheck off.
import { createEngine, createPortableCryptoProvider, parseToken, type ParsedToken, type SyncCryptoProvider } from '@agorakey/core';
import { RtcTokenBuilder as NodeRtcTokenBuilder, opensslNodeProvider } from '@agorakey/node';
import {
  createAgoraKey,
  ErrorCode,
  portableWebProvider,
  RtcRole,
  RtcTokenBuilder,
  subtleWebProvider,
  verifyToken,
  type AsyncCryptoProvider,
} from '@agorakey/web';

const APP_ID = '970ca35de60c44645bbae8a215061b33';
const CERTIFICATE = '5cfd2fd1755d40ecb72977518be15d3b';

export const fromNode: string = NodeRtcTokenBuilder.buildTokenWithUid(APP_ID, CERTIFICATE, 'room', 1, RtcRole.PUBLISHER, 600);
export const fromWeb: Promise<string> = RtcTokenBuilder.buildTokenWithUid(APP_ID, CERTIFICATE, 'room', 1, RtcRole.PUBLISHER, 600);
// @ts-expect-error the Web API returns Promises, never plain strings
export const notAString: string = RtcTokenBuilder.buildTokenWithUid(APP_ID, CERTIFICATE, 'room', 1, RtcRole.PUBLISHER, 600);
export const verified: Promise<boolean> = verifyToken(fromNode, CERTIFICATE);
export const providers: AsyncCryptoProvider[] = [subtleWebProvider, portableWebProvider];
export const custom: Promise<string> = createAgoraKey({ crypto: subtleWebProvider, clock: () => 1_700_000_000 }).RtmTokenBuilder.buildToken(APP_ID, CERTIFICATE, 'user', 600);
export const sync: SyncCryptoProvider = opensslNodeProvider;
export const engine = createEngine({ crypto: createPortableCryptoProvider(() => undefined) });
export const parsed: ParsedToken = parseToken(fromNode);
export const code: string = ErrorCode.InvalidAppId;
