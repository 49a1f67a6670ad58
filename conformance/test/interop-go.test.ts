/**
 * The Go side of the differential tests (conformance/go + src/go): the
 * program builds and answers, Go's compression reproduces the committed
 * vectors, agorakey agrees with Go on a fixed-seed sample of each fuzz family,
 * and a wrong implementation is caught, shrunk and written as a vector line.
 * `pnpm conformance:go` runs the same families on a fresh seed and more cases.
 */
import { readFileSync } from 'node:fs';
import { deflateSync, inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as agorakey from '@agorakey/node';
import { parseVectors } from '../src/vectors.js';
import { buildGoHarness, GoHarness } from '../src/go/harness.js';
import { token006Family, token007Family, zlibFamily } from '../src/go/properties.js';
import { regenerateVectors } from '../src/go/regenerate.js';
import { runFamily } from '../src/go/runner.js';

const vectors = parseVectors(readFileSync(new URL('../vectors/go-reference-vectors.jsonl', import.meta.url), 'utf8'));
let go: GoHarness;

beforeAll(() => {
  go = GoHarness.start();
});
afterAll(async () => {
  await go.close();
});

describe('the Go harness', () => {
  it('says which Go compiled it', async () => {
    expect(await go.version()).toMatch(/^go1\.\d+/);
  });

  it('fails with a message naming the missing toolchain when `go` cannot be found', () => {
    expect(() => buildGoHarness('/nonexistent/bin/go')).toThrow(/the Go toolchain is missing: `\/nonexistent\/bin\/go` was not found/);
  });

  it("answers zlib with a stream that inflates back, in Go's own bytes (not C zlib's)", async () => {
    const text = new TextEncoder().encode('hello hello hello hello');
    const big = new Uint8Array(300 * 1024).map((_, i) => (i * 7919) % 251);
    for (const input of [new Uint8Array(0), text, big]) {
      const out = await go.zlib(input);
      expect(new Uint8Array(inflateSync(out))).toEqual(input);
    }
    // Go closes with an empty final stored block; C zlib (node:zlib) does not, so the two differ.
    expect(Buffer.from(await go.zlib(text)).equals(deflateSync(text))).toBe(false);
  });

  it('reports a bad request as an error and keeps serving', async () => {
    await expect(go.request('nope')).rejects.toThrow('unknown op "nope"');
    await expect(go.request('zlib', { hex: 'zz' })).rejects.toThrow('hex is not hex');
    expect(await go.token007(new Uint8Array([1, 2, 3]))).toMatch(/^007[A-Za-z0-9+/]+=*$/);
  });

  it("reproduces every committed 007 vector's token from its contentHex, as agorakey's zlibDeflate does", async () => {
    const result = await regenerateVectors(go, agorakey, vectors);
    expect(result.total007).toBe(960);
    expect(result.mismatches).toEqual([]);
    expect([result.goMatches, result.agorakeyMatches]).toEqual([960, 960]);
  });

  it("rebuilds every committed 006 vector's token from its fields with go-tokenbuilder, and parses it back", async () => {
    const result = await regenerateVectors(go, agorakey, vectors);
    expect([result.total006, result.go006Matches]).toEqual([180, 180]);
    const v = vectors.find((c) => c.version === '006' && c.uid !== '')!;
    const parsed = await go.parse006(v.token);
    expect(parsed).toMatchObject({ appId: v.appId, ts: v.ts, salt: v.salt, privileges: v.privileges, crcUid: agorakey.crc32(new TextEncoder().encode(v.uid)) });
    expect(parsed.signatureHex).toBe(v.contentHex.slice(4, 68));
  });

  it('catches a 006 builder that differs from Go and prints the case as a vector line with Go\'s token', async () => {
    // Flips the salt's low bit once a token has two privileges or more: a wrong implementation the fuzzer must find.
    const wrong = {
      ...agorakey,
      createAgoraKey: (o: Parameters<typeof agorakey.createAgoraKey>[0]) => {
        const api = agorakey.createAgoraKey(o);
        return { ...api, buildAccessToken006: (spec: agorakey.AccessToken006Spec) => (Object.keys(spec.privileges).length > 1 ? api.buildAccessToken006({ ...spec, salt: spec.salt ^ 1 }) : api.buildAccessToken006(spec)) };
      },
    } as typeof agorakey;
    const result = await runFamily(token006Family(go, wrong), { seed: 3, numRuns: 500 }, 's3-fuzz-token006-0');
    expect(result.failed).toBe(1);
    expect(result.failure!.message).toContain("token vs Go's go-tokenbuilder differs");
    const [line] = parseVectors(result.failure!.line);
    expect(line).toMatchObject({ id: 's3-fuzz-token006-0', version: '006' });
    expect(line!.token).toBe(await go.build006(line as unknown as agorakey.AccessToken006Spec));
  });
});

describe('differential fuzzing, fixed seed', () => {
  const options = { seed: 20240607, numRuns: 150 };

  it.each([
    ['zlib', () => runFamily(zlibFamily(go, agorakey), options, 'fixed')],
    ['token007', () => runFamily(token007Family(go, agorakey), options, 'fixed')],
    ['token006', () => runFamily(token006Family(go, agorakey), options, 'fixed')],
  ] as const)('%s: agorakey agrees on every case', async (_name, run) => {
    const result = await run();
    expect(result.failure?.message).toBeUndefined();
    expect([result.passed, result.failed]).toEqual([150, 0]);
  });

  it('catches a deflater that differs from Go, shrinks the input and prints it as a line with Go\'s bytes', async () => {
    // C zlib for inputs of 1,000 bytes or more: a wrong implementation the fuzzer must find.
    const wrong = { ...agorakey, zlibDeflate: (b: Uint8Array) => (b.length >= 1000 ? new Uint8Array(deflateSync(b)) : agorakey.zlibDeflate(b)) };
    const result = await runFamily(zlibFamily(go, wrong), { seed: 1, numRuns: 500 }, 's1-fuzz-zlib-0');
    expect(result.failed).toBe(1);
    expect(result.failure!.message).toMatch(/zlibDeflate differs from Go at byte \d+/);
    const line = JSON.parse(result.failure!.line);
    const input = Buffer.from(line.contentHex, 'hex');
    expect(input.length).toBeGreaterThanOrEqual(1000);
    expect(line.zlibHex).toBe(Buffer.from(await go.zlib(input)).toString('hex'));
  });

  it('catches a parser that loses the APaaS role sign and prints a 007 vector line that inflates to its contentHex', async () => {
    const wrong = {
      ...agorakey,
      parseToken: (token: string, o?: object) => {
        const parsed = agorakey.parseToken(token, o) as ReturnType<typeof agorakey.parseAccessToken2>;
        for (const s of parsed.services) if (s.type === 7) s.role &= 0xffff;
        return parsed;
      },
    };
    const result = await runFamily(token007Family(go, wrong), { seed: 2, numRuns: 500 }, 's2-fuzz-token007-0');
    expect(result.failed).toBe(1);
    expect(result.failure!.message).toContain('parsed token vs spec differs');
    const [v] = parseVectors(result.failure!.line);
    expect(v).toMatchObject({ id: 's2-fuzz-token007-0', version: '007' });
    expect(v!.services!.some((s) => s.type === 7 && (s.role as number) < 0)).toBe(true);
    expect(Buffer.from(inflateSync(Buffer.from(v!.token.slice(3), 'base64'))).toString('hex')).toBe(v!.contentHex);
  });
});
