/**
 * @agorakey/core — the portable token engine. It needs a crypto provider
 * (see `createEngine`); the runtime packages (@agorakey/node, @agorakey/web,
 * @agorakey/deno) wire one and are what applications import.
 */
export { AgoraKeyError, InvalidInputError, TokenParseError, CompressionError, ErrorCode, isAgoraKeyError } from './errors.js';
export type { AgoraKeyErrorOptions } from './errors.js';
export type {
  CryptoProvider,
  SyncCryptoProvider,
  AsyncCryptoProvider,
  SyncHmacKey,
  AsyncHmacKey,
  Result,
  Clock,
} from './crypto/provider.js';
export { systemClock } from './crypto/provider.js';
export { createPortableCryptoProvider } from './crypto/portable-provider.js';
export { createWasmCryptoProvider, sha256ModuleBytes, type Sha256ModuleExports } from './crypto/wasm-provider.js';
export { createRandomUint32 } from './crypto/random-pool.js';
export { sha256, hmacSha256, Sha256HmacKey } from './crypto/sha256.js';
export { createCompactEngine, createEngine } from './engine.js';
export type { DeflateRequest, Engine, EngineOptions, HmacRequest, Operation } from './engine.js';
export { createApi } from './api.js';
export type { AgoraKeyApi } from './api.js';

export { parseToken } from './parse.js';
export type { ParsedToken } from './parse.js';
export { createVerifier } from './verify.js';
export type { VerifyOptions, TokenVerifier } from './verify.js';

export {
  ServiceType,
  Privilege,
  Rtm2ResourceType,
  Rtm2PermissionType,
} from './token007/services.js';
export type {
  Service,
  Privileges,
  RtcService,
  RtmService,
  StreamingService,
  FpaService,
  ChatService,
  FcdnService,
  ApaasService,
  Rtm2Service,
  Rtm2Permission,
  ConvoAIService,
  SttService,
} from './token007/services.js';
// The token logic as engine operations (generators); run them with `engine.run(...)`.
export {
  buildAccessToken2 as buildAccessToken2Operation,
  buildAccessToken2Content as buildAccessToken2ContentOperation,
  verifyAccessToken2 as verifyAccessToken2Operation,
  parseAccessToken2,
  parseAccessToken2Content,
  packSigningInfo,
  DEFAULT_MAX_INFLATED_BYTES,
} from './token007/access-token2.js';
export type { AccessToken2Spec, AccessToken2Fields, ParsedAccessToken2, ParseOptions } from './token007/access-token2.js';
export {
  buildAccessToken006 as buildAccessToken006Operation,
  buildAccessToken006Content as buildAccessToken006ContentOperation,
  verifyAccessToken006 as verifyAccessToken006Operation,
  parseAccessToken006,
  Privilege006,
} from './token006/access-token.js';
export type { AccessToken006Spec, ParsedAccessToken006 } from './token006/access-token.js';

export { RtcRole, createRtcTokenBuilder } from './builders/rtc.js';
export type { RtcTokenBuilder } from './builders/rtc.js';
export { Rtm2Permissions, createRtmTokenBuilder } from './builders/rtm.js';
export type { RtmTokenBuilder } from './builders/rtm.js';
export { createChatTokenBuilder } from './builders/chat.js';
export type { ChatTokenBuilder } from './builders/chat.js';
export { createApaasTokenBuilder, createEducationTokenBuilder } from './builders/apaas.js';
export type { ApaasTokenBuilder, EducationTokenBuilder } from './builders/apaas.js';
export { createFpaTokenBuilder } from './builders/fpa.js';
export type { FpaTokenBuilder } from './builders/fpa.js';
export { createConvoAITokenBuilder, createSttTokenBuilder } from './builders/agents.js';
export type { AgentTokenBuilder } from './builders/agents.js';
export { RtcRole006, RtmRole006, createRtcTokenBuilder006, createRtmTokenBuilder006 } from './builders/token006.js';
export type { RtcTokenBuilder006, RtmTokenBuilder006 } from './builders/token006.js';
export { createOptionBuilders } from './options.js';
export type { RtcTokenOptions, RtmTokenOptions, ChatTokenOptions, RtcToken006Options, RtcIdentity } from './options.js';

export { zlibDeflate, zlibInflate } from './zlib/index.js';
export { encodeBase64, decodeBase64 } from './bytes/base64.js';
export { crc32 } from './bytes/crc32.js';
export { bytesToHex, hexToBytes } from './bytes/hex.js';
