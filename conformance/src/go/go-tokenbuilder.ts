import type { GoHarness } from './harness.js';

/** What Go's go-tokenbuilder makes of a 006 token, read the way agora-access-token's is (see agora-js.ts). */
export interface GoTokenbuilderReading {
  /** Its FromString accepted the token. */
  parsed: boolean;
  /**
   * Its Build, given the fields FromString read plus the certificate, channel
   * and uid, writes the same token: a 006 check of the signature (the package
   * has no verifier of its own).
   */
  resigned: boolean;
  salt?: number;
  ts?: number;
  privileges?: Record<string, number>;
  crcChannelName?: number;
  crcUid?: number;
}

export async function readWithGoTokenbuilder(go: GoHarness, token: string, appCertificate: string, channelName: string, uid: string): Promise<GoTokenbuilderReading> {
  let parsed;
  try {
    parsed = await go.parse006(token);
  } catch {
    return { parsed: false, resigned: false };
  }
  const { appId, salt, ts, privileges, crcChannelName, crcUid } = parsed;
  const resigned = (await go.build006({ appId, appCertificate, channelName, uid, salt, ts, privileges })) === token;
  return { parsed: true, resigned, salt, ts, privileges, crcChannelName, crcUid };
}
