import type { VectorCase } from '../vectors.js';
import type { GoHarness } from './harness.js';
import type { AgoraKey } from './properties.js';

/**
 * Regenerates what can be regenerated of the committed vectors without the Go
 * reference module:
 * - the last step of every 007 token, "007" + base64(zlib(contentHex)), with
 *   this machine's Go, compared with the token the reference produced under
 *   Go 1.19. A match means this Go's compress/flate still writes Go 1.19's
 *   bytes, so fuzzing against it also checks agreement with the vectors'
 *   compressor. Signing (contentHex itself) needs the reference and is not
 *   re-run.
 * - every 006 token, built whole (signature included) from the vector's fields
 *   by go-tokenbuilder, AgoraIO-Community's packaging of Agora's 006 Go code.
 */

export const REFERENCE_MODULE = 'github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src';

export interface VectorRegeneration {
  total007: number;
  total006: number;
  goMatches: number;
  agorakeyMatches: number;
  /** 006 tokens go-tokenbuilder rebuilt identically from their fields. */
  go006Matches: number;
  /** Up to 10 vectors whose token Go (or agorakey) did not reproduce. */
  mismatches: { id: string; who: 'go' | 'agorakey' | 'go-tokenbuilder' }[];
}

export async function regenerateVectors(go: GoHarness, agorakey: AgoraKey, vectors: readonly VectorCase[]): Promise<VectorRegeneration> {
  const result: VectorRegeneration = { total007: 0, total006: 0, goMatches: 0, agorakeyMatches: 0, go006Matches: 0, mismatches: [] };
  const miss = (id: string, who: VectorRegeneration['mismatches'][number]['who']) => result.mismatches.length < 10 && result.mismatches.push({ id, who });
  for (const v of vectors) {
    if (v.version === '006') {
      result.total006++;
      const { appId, appCertificate, channelName, uid, ts, salt, privileges } = v;
      if ((await go.build006({ appId, appCertificate, channelName: channelName!, uid: uid!, ts: ts!, salt, privileges: privileges! })) === v.token) result.go006Matches++;
      else miss(v.id, 'go-tokenbuilder');
      continue;
    }
    result.total007++;
    const content = agorakey.hexToBytes(v.contentHex);
    if ((await go.token007(content)) === v.token) result.goMatches++;
    else miss(v.id, 'go');
    if (`007${agorakey.encodeBase64(agorakey.zlibDeflate(content))}` === v.token) result.agorakeyMatches++;
    else miss(v.id, 'agorakey');
  }
  return result;
}
