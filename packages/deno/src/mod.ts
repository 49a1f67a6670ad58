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
 * Every builder returns a Promise. The default provider is the portable
 * SHA-256 with `crypto.getRandomValues` salts (faster than SubtleCrypto for
 * tokens, see bench/web); pass `crypto: subtleWebProvider` to `createAgoraKey`
 * to sign with Deno's SubtleCrypto instead. The code is @agorakey/web's:
 * nothing here is Deno-only, so one implementation serves every runtime.
 *
 * @module
 */
export * from '@agorakey/web';
