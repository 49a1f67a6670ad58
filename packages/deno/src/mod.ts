/**
 * Agora AccessToken (006) and AccessToken2 (007) for Deno: build, parse and
 * verify tokens byte-identical to Agora's Go reference, on Web Crypto.
 *
 * ```ts
 * import { RtcRole, RtcTokenBuilder } from "jsr:@agorakey/deno";
 *
 * const token = await RtcTokenBuilder.buildTokenWithUid(appId, appCertificate, "room", 42, RtcRole.PUBLISHER, 3600, 3600);
 * ```
 *
 * Every builder returns a Promise. The default provider is Deno's SubtleCrypto;
 * for volume (a token server) pass `crypto: portableWebProvider` to
 * `createAgoraKey`, several times faster per token (see bench/web). The code is @agorakey/web's:
 * nothing here is Deno-only, so one implementation serves every runtime.
 *
 * @module
 */
export * from '@agorakey/web';
