import type { VectorCase } from '../vectors.js';
import type { GoHarness } from './harness.js';
import type { AgoraKey } from './properties.js';

/**
 * Regenerates what can be regenerated of the committed vectors without the Go
 * reference module: the last step of every 007 token, "007" + base64(zlib(
 * contentHex)), with this machine's Go, compared with the token the reference
 * produced under Go 1.19. A match means this Go's compress/flate still writes
 * Go 1.19's bytes, so fuzzing against it also checks agreement with the
 * vectors' compressor. Signing (contentHex itself) needs the reference and is
 * not re-run; 006 tokens have no compression step, so nothing is left to redo.
 */

export const REFERENCE_MODULE = 'github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src';

export interface VectorRegeneration {
  total007: number;
  total006: number;
  goMatches: number;
  agorakeyMatches: number;
  /** Up to 10 vectors whose token Go (or agorakey) did not reproduce. */
  mismatches: { id: string; who: 'go' | 'agorakey' }[];
}

export async function regenerateVectors(go: GoHarness, agorakey: AgoraKey, vectors: readonly VectorCase[]): Promise<VectorRegeneration> {
  const result: VectorRegeneration = { total007: 0, total006: 0, goMatches: 0, agorakeyMatches: 0, mismatches: [] };
  const miss = (id: string, who: 'go' | 'agorakey') => result.mismatches.length < 10 && result.mismatches.push({ id, who });
  for (const v of vectors) {
    if (v.version === '006') {
      result.total006++;
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
