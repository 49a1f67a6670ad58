import {
  buildAccessToken006Operation,
  buildAccessToken2Operation,
  createApaasTokenBuilder,
  createChatTokenBuilder,
  createConvoAITokenBuilder,
  createEducationTokenBuilder,
  createCompactEngine,
  createFpaTokenBuilder,
  createOptionBuilders,
  createRtcTokenBuilder,
  createRtcTokenBuilder006,
  createRtmTokenBuilder,
  createRtmTokenBuilder006,
  createSttTokenBuilder,
  createVerifier,
  type AccessToken006Spec,
  type AccessToken2Spec,
  type AgentTokenBuilder,
  type ApaasTokenBuilder as ApaasTokenBuilderOf,
  type AsyncCryptoProvider,
  type ChatTokenBuilder as ChatTokenBuilderOf,
  type ChatTokenOptions,
  type EducationTokenBuilder as EducationTokenBuilderOf,
  type Engine,
  type FpaTokenBuilder as FpaTokenBuilderOf,
  type RtcToken006Options,
  type RtcTokenBuilder006 as RtcTokenBuilder006Of,
  type RtcTokenBuilder as RtcTokenBuilderOf,
  type RtcTokenOptions,
  type RtmTokenBuilder006 as RtmTokenBuilder006Of,
  type RtmTokenBuilder as RtmTokenBuilderOf,
  type RtmTokenOptions,
  type TokenVerifier,
} from '@agorakey/core';
import { subtleWebProvider } from './providers/subtle.js';
import { rejecting, rejectingMethods } from './rejecting.js';

/*
 * The default instance, one export per builder. Each is built from its own
 * core factory (not from createApi, which builds them all) and marked pure,
 * so a bundler keeps only the builders an app imports: an app importing
 * RtcTokenBuilder alone ships no RTM, Chat, 006 or verify code. Bad arguments
 * reject the returned Promise (see rejecting.ts).
 */
type Async = AsyncCryptoProvider;
const engine: Engine<Async> = /* @__PURE__ */ createCompactEngine({ crypto: subtleWebProvider });

// agora-token 2.0.6's names, Promise-returning.
export const RtcTokenBuilder: RtcTokenBuilderOf<Async> = /* @__PURE__ */ rejectingMethods(/* @__PURE__ */ createRtcTokenBuilder(engine));
export const RtmTokenBuilder: RtmTokenBuilderOf<Async> = /* @__PURE__ */ rejectingMethods(/* @__PURE__ */ createRtmTokenBuilder(engine));
export const ChatTokenBuilder: ChatTokenBuilderOf<Async> = /* @__PURE__ */ rejectingMethods(/* @__PURE__ */ createChatTokenBuilder(engine));
export const ApaasTokenBuilder: ApaasTokenBuilderOf<Async> = /* @__PURE__ */ rejectingMethods(/* @__PURE__ */ createApaasTokenBuilder(engine));
export const EducationTokenBuilder: EducationTokenBuilderOf<Async> = /* @__PURE__ */ rejectingMethods(/* @__PURE__ */ createEducationTokenBuilder(engine));
export const FpaTokenBuilder: FpaTokenBuilderOf<Async> = /* @__PURE__ */ rejectingMethods(/* @__PURE__ */ createFpaTokenBuilder(engine));
export const ConvoAITokenBuilder: AgentTokenBuilder<Async> = /* @__PURE__ */ rejectingMethods(/* @__PURE__ */ createConvoAITokenBuilder(engine));
export const SttTokenBuilder: AgentTokenBuilder<Async> = /* @__PURE__ */ rejectingMethods(/* @__PURE__ */ createSttTokenBuilder(engine));
/** agora-access-token's 006 builders (absolute privilege timestamps). */
export const RtcTokenBuilder006: RtcTokenBuilder006Of<Async> = /* @__PURE__ */ rejectingMethods(/* @__PURE__ */ createRtcTokenBuilder006(engine));
export const RtmTokenBuilder006: RtmTokenBuilder006Of<Async> = /* @__PURE__ */ rejectingMethods(/* @__PURE__ */ createRtmTokenBuilder006(engine));
export const verifyToken: TokenVerifier<Async> = /* @__PURE__ */ rejecting(/* @__PURE__ */ createVerifier(engine));

// The options-object builders share one core object, kept only if one of them is imported.
const options = /* @__PURE__ */ createOptionBuilders(engine);
export const buildRtcToken: (o: RtcTokenOptions) => Promise<string> = /* @__PURE__ */ rejecting((o: RtcTokenOptions) => options.buildRtcToken(o));
export const buildRtmToken: (o: RtmTokenOptions) => Promise<string> = /* @__PURE__ */ rejecting((o: RtmTokenOptions) => options.buildRtmToken(o));
export const buildChatToken: (o: ChatTokenOptions) => Promise<string> = /* @__PURE__ */ rejecting((o: ChatTokenOptions) => options.buildChatToken(o));
export const buildRtcToken006: (o: RtcToken006Options) => Promise<string> = /* @__PURE__ */ rejecting((o: RtcToken006Options) => options.buildRtcToken006(o));

/** Low level: a 007 token from explicit fields (issueTs, salt, services). */
export const buildAccessToken2 = (spec: AccessToken2Spec): Promise<string> => engine.run(buildAccessToken2Operation(spec));
/** Low level: a 006 token from explicit fields (salt, ts, privileges). */
export const buildAccessToken006 = (spec: AccessToken006Spec): Promise<string> => engine.run(buildAccessToken006Operation(spec));
