import { createRequire } from 'node:module';
import * as agorakey from '@agorakey/node';
import { APP_CERTIFICATE, APP_ID, N, channels, nowSeconds, uids } from './inputs.mjs';

const require = createRequire(import.meta.url);
const agoraToken = require('agora-token');
const { AccessToken2 } = require('agora-token/src/AccessToken2.js');
const agoraAccessToken = require('agora-access-token');

/**
 * Each comparison: a name, agorakey's function, the peer's function, and the
 * target ratio from the engine issue. Every call takes the next input.
 */
export function comparisons() {
  let i = 0;
  const next = () => (i = (i + 1) & (N - 1));
  const tokens = channels.map((channel, k) => agorakey.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, channel, uids[k], 1, 3600, 3600));
  for (const token of tokens.slice(0, 8)) {
    const peer = new AccessToken2();
    if (!peer.from_string(token) || !peer.verifySignature(APP_CERTIFICATE)) throw new Error('agora-token rejects agorakey tokens: the comparison would be unfair');
  }
  return [
    {
      name: '007 RTC build',
      peerName: 'agora-token 2.0.6',
      target: 6,
      ours: () => { const k = next(); return agorakey.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, channels[k], uids[k], 1, 3600, 3600); },
      peer: () => { const k = next(); return agoraToken.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, channels[k], uids[k], 1, 3600, 3600); },
    },
    {
      name: '006 RTC build',
      peerName: 'agora-access-token 2.0.4',
      target: 4,
      ours: () => { const k = next(); return agorakey.RtcTokenBuilder006.buildTokenWithUid(APP_ID, APP_CERTIFICATE, channels[k], uids[k], 1, nowSeconds() + 3600); },
      peer: () => { const k = next(); return agoraAccessToken.RtcTokenBuilder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, channels[k], uids[k], 1, nowSeconds() + 3600); },
    },
    {
      name: '007 parse + verify',
      peerName: 'agora-token 2.0.6',
      target: 6,
      ours: () => {
        const ok = agorakey.verifyToken(tokens[next()], APP_CERTIFICATE);
        if (ok !== true) throw new Error('verify failed');
      },
      peer: () => {
        const token = new AccessToken2();
        if (!token.from_string(tokens[next()]) || !token.verifySignature(APP_CERTIFICATE)) throw new Error('verify failed');
      },
    },
  ];
}
