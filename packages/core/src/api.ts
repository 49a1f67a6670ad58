import type { CryptoProvider, Result } from './crypto/provider.js';
import type { AgentTokenBuilder } from './builders/agents.js';
import type { ApaasTokenBuilder, EducationTokenBuilder } from './builders/apaas.js';
import type { ChatTokenBuilder } from './builders/chat.js';
import type { FpaTokenBuilder } from './builders/fpa.js';
import type { RtcTokenBuilder } from './builders/rtc.js';
import type { RtmTokenBuilder } from './builders/rtm.js';
import type { RtcTokenBuilder006, RtmTokenBuilder006 } from './builders/token006.js';
import type { OptionBuilders } from './options.js';
import type { TokenVerifier } from './verify.js';
import type { Engine } from './engine.js';
import { createApaasTokenBuilder, createEducationTokenBuilder } from './builders/apaas.js';
import { createConvoAITokenBuilder, createSttTokenBuilder } from './builders/agents.js';
import { createChatTokenBuilder } from './builders/chat.js';
import { createFpaTokenBuilder } from './builders/fpa.js';
import { createRtcTokenBuilder } from './builders/rtc.js';
import { createRtmTokenBuilder } from './builders/rtm.js';
import { createRtcTokenBuilder006, createRtmTokenBuilder006 } from './builders/token006.js';
import { createOptionBuilders } from './options.js';
import { createVerifier } from './verify.js';
import { buildAccessToken2, buildAccessToken2Content, type AccessToken2Spec } from './token007/access-token2.js';
import { buildAccessToken006, buildAccessToken006Content, type AccessToken006Spec } from './token006/access-token.js';

/**
 * Every builder bound to one engine. Adapters expose a default instance's
 * members as separate exports (so bundlers drop the unused ones) and this
 * factory for a custom clock or salt.
 */
export interface AgoraKeyApi<P extends CryptoProvider> extends OptionBuilders<P> {
  engine: Engine<P>;
  RtcTokenBuilder: RtcTokenBuilder<P>;
  RtmTokenBuilder: RtmTokenBuilder<P>;
  ChatTokenBuilder: ChatTokenBuilder<P>;
  ApaasTokenBuilder: ApaasTokenBuilder<P>;
  EducationTokenBuilder: EducationTokenBuilder<P>;
  FpaTokenBuilder: FpaTokenBuilder<P>;
  ConvoAITokenBuilder: AgentTokenBuilder<P>;
  SttTokenBuilder: AgentTokenBuilder<P>;
  RtcTokenBuilder006: RtcTokenBuilder006<P>;
  RtmTokenBuilder006: RtmTokenBuilder006<P>;
  verifyToken: TokenVerifier<P>;
  buildAccessToken2(spec: AccessToken2Spec): Result<P, string>;
  buildAccessToken2Content(spec: AccessToken2Spec): Result<P, Uint8Array>;
  buildAccessToken006(spec: AccessToken006Spec): Result<P, string>;
  buildAccessToken006Content(spec: AccessToken006Spec): Result<P, Uint8Array>;
}

export function createApi<P extends CryptoProvider>(engine: Engine<P>): AgoraKeyApi<P> {
  return {
    engine,
    RtcTokenBuilder: createRtcTokenBuilder(engine),
    RtmTokenBuilder: createRtmTokenBuilder(engine),
    ChatTokenBuilder: createChatTokenBuilder(engine),
    ApaasTokenBuilder: createApaasTokenBuilder(engine),
    EducationTokenBuilder: createEducationTokenBuilder(engine),
    FpaTokenBuilder: createFpaTokenBuilder(engine),
    ConvoAITokenBuilder: createConvoAITokenBuilder(engine),
    SttTokenBuilder: createSttTokenBuilder(engine),
    RtcTokenBuilder006: createRtcTokenBuilder006(engine),
    RtmTokenBuilder006: createRtmTokenBuilder006(engine),
    verifyToken: createVerifier(engine),
    /** Low level: a 007 token from explicit fields (issueTs, salt, services). */
    buildAccessToken2: (spec: AccessToken2Spec) => engine.run(buildAccessToken2(spec)),
    buildAccessToken2Content: (spec: AccessToken2Spec) => engine.run(buildAccessToken2Content(spec)),
    /** Low level: a 006 token from explicit fields (salt, ts, privileges). */
    buildAccessToken006: (spec: AccessToken006Spec) => engine.run(buildAccessToken006(spec)),
    buildAccessToken006Content: (spec: AccessToken006Spec) => engine.run(buildAccessToken006Content(spec)),
    ...createOptionBuilders(engine),
  };
}

