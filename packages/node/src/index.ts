import { createApi, createEngine, type AgoraKeyApi, type Clock, type SyncCryptoProvider } from '@agorakey/core';
import { defaultNodeProvider } from './providers.js';

export * from '@agorakey/core';
export { defaultNodeProvider, wasmNodeProvider, portableNodeProvider, opensslNodeProvider } from './providers.js';

export interface AgoraKeyOptions {
  /** Unix seconds. Defaults to the system clock. */
  clock?: Clock;
  /** Salt for new tokens. Defaults to a CSPRNG draw in [1, 99999999] per token. */
  salt?: () => number;
  /** Defaults to `defaultNodeProvider` (WebAssembly HMAC where available, else `portableNodeProvider`). */
  crypto?: SyncCryptoProvider;
}

/** The whole synchronous API on an engine of your own (fixed clock or salt, another provider). */
export function createAgoraKey(options: AgoraKeyOptions = {}): AgoraKeyApi<SyncCryptoProvider> {
  return createApi(createEngine({ crypto: options.crypto ?? defaultNodeProvider, clock: options.clock, salt: options.salt }));
}

const api = /* @__PURE__ */ createAgoraKey();

// agora-token 2.0.6's names, synchronous like it, so `import { RtcTokenBuilder, RtcRole } from '@agorakey/node'` is a drop-in.
export const RtcTokenBuilder = api.RtcTokenBuilder;
export const RtmTokenBuilder = api.RtmTokenBuilder;
export const ChatTokenBuilder = api.ChatTokenBuilder;
export const ApaasTokenBuilder = api.ApaasTokenBuilder;
export const EducationTokenBuilder = api.EducationTokenBuilder;
export const FpaTokenBuilder = api.FpaTokenBuilder;
export const ConvoAITokenBuilder = api.ConvoAITokenBuilder;
export const SttTokenBuilder = api.SttTokenBuilder;
/** agora-access-token's 006 builders (absolute privilege timestamps). */
export const RtcTokenBuilder006 = api.RtcTokenBuilder006;
export const RtmTokenBuilder006 = api.RtmTokenBuilder006;
export const verifyToken = api.verifyToken;
export const buildRtcToken = api.buildRtcToken;
export const buildRtmToken = api.buildRtmToken;
export const buildChatToken = api.buildChatToken;
export const buildRtcToken006 = api.buildRtcToken006;
export const buildAccessToken2 = api.buildAccessToken2;
export const buildAccessToken006 = api.buildAccessToken006;
