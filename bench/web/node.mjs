// The Node half of bench/web.mjs: @agorakey/web on Node's Web Crypto next to agora-token and @agorakey/node.
import { createRequire } from 'node:module';
import * as agorakeyNode from '../../packages/node/dist/index.js';
import * as web from '../../packages/web/dist/index.js';
import { APP_CERTIFICATE, APP_ID, N, channels, uids } from '../src/inputs.mjs';
import { measureAll, webCandidates } from './cases.mjs';

const agoraToken = createRequire(import.meta.url)('agora-token');

function syncCandidate(name, builder) {
  let i = 0;
  return {
    name,
    run: () => {
      i = (i + 1) & (N - 1);
      return builder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, channels[i], uids[i], 1, 3600, 3600);
    },
  };
}

export function measureNode(options) {
  return measureAll(
    [
      syncCandidate('agora-token 2.0.6', agoraToken.RtcTokenBuilder),
      syncCandidate('@agorakey/node (sync, portable)', agorakeyNode.RtcTokenBuilder),
      ...webCandidates(web),
    ],
    options,
  );
}
