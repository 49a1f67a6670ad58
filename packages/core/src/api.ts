import type { CryptoProvider } from './crypto/provider.js';
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
export function createApi<P extends CryptoProvider>(engine: Engine<P>) {
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

export type AgoraKeyApi<P extends CryptoProvider> = ReturnType<typeof createApi<P>>;
