// The CommonJS view (node16 resolution picks the "require" condition and the .d.cts files).
import { RtcTokenBuilder as NodeRtcTokenBuilder } from '@agorakey/node';
import { RtcTokenBuilder, type AsyncCryptoProvider, subtleWebProvider } from '@agorakey/web';
import { crc32 } from '@agorakey/core';

export const fromNode: string = NodeRtcTokenBuilder.buildTokenWithUid('970ca35de60c44645bbae8a215061b33', '5cfd2fd1755d40ecb72977518be15d3b', 'room', 1, 1, 600);
export const fromWeb: Promise<string> = RtcTokenBuilder.buildTokenWithUid('970ca35de60c44645bbae8a215061b33', '5cfd2fd1755d40ecb72977518be15d3b', 'room', 1, 1, 600);
export const provider: AsyncCryptoProvider = subtleWebProvider;
export const checksum: number = crc32(new Uint8Array([1]));
