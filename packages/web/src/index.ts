/**
 * @agorakey/web — Agora tokens on Web standards only (no Node globals):
 * browsers, Cloudflare Workers, Deno, Bun and Node >= 20. Every builder
 * returns a Promise, whichever crypto provider is in use.
 */
export * from '@agorakey/core';
export { createAgoraKey } from './create-agora-key.js';
export type { AgoraKeyOptions } from './create-agora-key.js';
export { portableWebProvider, createPortableWebProvider } from './providers/portable.js';
export { subtleWebProvider, createSubtleCryptoProvider } from './providers/subtle.js';
export { asAsyncProvider } from './providers/as-async.js';
export type { WebCrypto, WebSubtleCrypto, WebCryptoKey } from './web-crypto.js';
export {
  RtcTokenBuilder,
  RtmTokenBuilder,
  ChatTokenBuilder,
  ApaasTokenBuilder,
  EducationTokenBuilder,
  FpaTokenBuilder,
  ConvoAITokenBuilder,
  SttTokenBuilder,
  RtcTokenBuilder006,
  RtmTokenBuilder006,
  verifyToken,
  buildRtcToken,
  buildRtmToken,
  buildChatToken,
  buildRtcToken006,
  buildAccessToken2,
  buildAccessToken006,
} from './default-api.js';
