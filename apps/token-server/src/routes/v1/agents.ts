import type { RouteDeps } from '../route-deps.js';
import { registerPostToken } from './post-token-route.js';
import { ChannelName, RTC_ROLE_NUMBER, RtcRole, UserId, lifetimes, rtcAccountOf, withRtcIdentity } from './schemas.js';

/**
 * Conversational AI and Speech-to-Text agent tokens: RTC for the agent, RTM
 * login, and the agent service (agora-token 2.0.6's builders).
 */
export function registerV1Agents(deps: RouteDeps): void {
  const { config, tokens } = deps;
  const { appId, appCertificate } = config;
  const { expiresIn, privilegeIn } = lifetimes(config.maxExpireSeconds);
  const builders = { convoai: ['ConvoAI', tokens.ConvoAITokenBuilder], stt: ['Stt', tokens.SttTokenBuilder] } as const;

  for (const [path, [name, builder]] of Object.entries(builders)) {
    registerPostToken(deps, {
      path: `/v1/${path}`,
      summary: `${name} agent token: RTC, RTM login and the ${name} service (${name}TokenBuilder.buildToken)`,
      body: withRtcIdentity({
        channelName: ChannelName,
        role: RtcRole,
        expiresInSeconds: expiresIn,
        privilegesExpireInSeconds: privilegeIn.optional(),
        rtmUserId: UserId,
        rtmExpiresInSeconds: privilegeIn.optional(),
      }).openapi(`V1${name}Request`),
      build: (b) => {
        const privileges = b.privilegesExpireInSeconds ?? b.expiresInSeconds;
        return builder.buildToken(appId, appCertificate, b.channelName, rtcAccountOf(b), RTC_ROLE_NUMBER[b.role], b.expiresInSeconds,
          privileges, privileges, privileges, privileges, b.rtmUserId, b.rtmExpiresInSeconds ?? b.expiresInSeconds);
      },
    });
  }
}
