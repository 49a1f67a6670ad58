import { Privilege, ServiceType } from '@agorakey/core';
import type { ServerConfig } from '../config/load-config.js';
import { validationError } from '../http/errors.js';
import type { TokenApi } from './token-api.js';
import { CHANNEL_NAME_SOURCE } from './channel-name.js';

// A channel name, or "*" for "every stream channel".
const STREAM_CHANNEL = new RegExp(`^(\\*|${CHANNEL_NAME_SOURCE})$`);
const encoder = new TextEncoder();

export interface RtmTokenRequest {
  userId: string;
  expire: number;
  /** When set, the token also lets the user join this RTM stream channel ("*" for all), as agora-token-service does. */
  streamChannel?: string;
}

/**
 * An RTM login token, optionally with agora-token-service's stream-channel
 * grant: an RTC service for the channel with join and publish-data
 * privileges, keyed by the RTM user id. The engine has no builder for that
 * combination, so it is assembled from services here.
 */
export async function buildRtmToken(tokens: TokenApi, config: ServerConfig, request: RtmTokenRequest): Promise<string> {
  const { userId, expire, streamChannel } = request;
  if (streamChannel === undefined) {
    return await tokens.RtmTokenBuilder.buildToken(config.appId, config.appCertificate, userId, expire);
  }
  if (!STREAM_CHANNEL.test(streamChannel)) {
    throw validationError('channel: must be "*" or 1-64 of a-z, A-Z, 0-9, space and !#$%&()+-:;<=.>?@[]^_{}|~,');
  }
  const bytes = encoder.encode(userId).length;
  if (bytes < 1 || bytes > 255) throw validationError(`uid: must be 1-255 UTF-8 bytes; got ${bytes}`);
  return await tokens.buildAccessToken2({
    appId: config.appId,
    appCertificate: config.appCertificate,
    issueTs: tokens.engine.now(),
    expire,
    salt: tokens.engine.salt(),
    services: [
      {
        type: ServiceType.Rtc,
        privileges: { [Privilege.Rtc.JoinChannel]: expire, [Privilege.Rtc.PublishDataStream]: expire },
        channelName: streamChannel,
        uid: userId,
      },
      { type: ServiceType.Rtm, privileges: { [Privilege.Rtm.Login]: expire }, userId },
    ],
  });
}
