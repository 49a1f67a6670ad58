import type { CryptoProvider, Result } from '../crypto/provider.js';
import type { Engine } from '../engine.js';
import { issue } from './common.js';
import { rtcAndRtmServices } from './rtc.js';

/**
 * ConvoAI (service 9) and STT (service 10) exist only in agora-token 2.0.6:
 * its buildTokenWithRtm2 services plus an empty service of that type.
 */
export interface AgentTokenBuilder<P extends CryptoProvider> {
  buildToken(appId: string, appCertificate: string, channelName: string, rtcAccount: string | number, rtcRole: number, rtcTokenExpire: number, joinChannelPrivilegeExpire: number, pubAudioPrivilegeExpire: number, pubVideoPrivilegeExpire: number, pubDataStreamPrivilegeExpire: number, rtmUserId: string | number, rtmTokenExpire: number): Result<P, string>;
}

function createAgentTokenBuilder<P extends CryptoProvider>(engine: Engine<P>, type: 9 | 10): AgentTokenBuilder<P> {
  return {
    buildToken: (appId, appCertificate, channelName, account, role, tokenExpire, join, audio, video, data, rtmUserId, rtmTokenExpire) =>
      issue(engine, appId, appCertificate, tokenExpire, [
        ...rtcAndRtmServices(channelName, account, role, join, audio, video, data, rtmUserId, rtmTokenExpire),
        { type, privileges: {} },
      ]),
  };
}

export const createConvoAITokenBuilder = <P extends CryptoProvider>(engine: Engine<P>): AgentTokenBuilder<P> => createAgentTokenBuilder(engine, 9);
export const createSttTokenBuilder = <P extends CryptoProvider>(engine: Engine<P>): AgentTokenBuilder<P> => createAgentTokenBuilder(engine, 10);
