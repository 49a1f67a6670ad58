import type { VectorCase } from './vectors.js';

/**
 * The conformance suite, written once. A runner for each runtime hands it the
 * API under test (any adapter: sync or Promise-returning) and the vectors; it
 * returns per-check counts and the failures. It uses only what every runtime
 * has: no Node, Deno or DOM APIs.
 */
export const ALL_CHECKS = ['payload', 'token', 'builder', 'parse', 'verify'] as const;
export type CheckName = (typeof ALL_CHECKS)[number];

type MaybePromise<T> = T | Promise<T>;
type AnyFn = (...args: any[]) => any;

/** What the suite needs from an adapter: its `createAgoraKey` plus core's decoding helpers. */
export interface AdapterUnderTest {
  createAgoraKey(options: { clock?: () => number; salt?: () => number }): Record<string, any>;
  parseToken(token: string): any;
  zlibInflate(bytes: Uint8Array, max?: number): Uint8Array;
  decodeBase64(text: string): Uint8Array;
  bytesToHex(bytes: Uint8Array): string;
  crc32(bytes: Uint8Array): number;
}

export interface CheckFailure {
  id: string;
  check: CheckName;
  message: string;
}

export interface SuiteResult {
  cases: number;
  passed: number;
  failed: number;
  perCheck: Record<CheckName, { passed: number; failed: number; skipped: number }>;
  failures: CheckFailure[];
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const WRONG_CERTIFICATE = '0123456789abcdef0123456789abcdef';

function servicesForSpec(services: VectorCase['services']): unknown[] {
  return (services ?? []).map((s) => ({ ...s, privileges: numericKeys(s.privileges) }));
}

function numericKeys(map: Record<string, number> | undefined): Record<number, number> {
  const out: Record<number, number> = {};
  for (const [k, v] of Object.entries(map ?? {})) out[Number(k)] = v;
  return out;
}

/** The payload under a token: inflated for 007, base64-decoded after the prefix for 006. */
function payloadOf(adapter: AdapterUnderTest, token: string): string {
  if (token.startsWith('007')) return adapter.bytesToHex(adapter.zlibInflate(adapter.decodeBase64(token.slice(3))));
  return adapter.bytesToHex(adapter.decodeBase64(token.slice(35)));
}

/** Maps a vector's Go builder name onto the adapter's agora-token-compatible API. */
function builderFunction(api: Record<string, any>, c: VectorCase): AnyFn {
  const [namespace, method] = c.builder!.name.split('.') as [string, string];
  const target = c.version === '006' ? `${namespace}006` : namespace.replace(/2$/, '');
  const fn = api[target]?.[method];
  if (typeof fn !== 'function') throw new Error(`the adapter has no builder ${target}.${method}`);
  return fn;
}

function builderArgs(c: VectorCase): unknown[] {
  if (c.builder!.name === 'RtmTokenBuilder2.buildTokenWithPermissions') {
    const args = [...c.builder!.args];
    args[3] = args[3] ?? null;
    return args;
  }
  return c.builder!.args;
}

function sameJson(actual: unknown, expected: unknown): string | undefined {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  return a === e ? undefined : `expected ${e.slice(0, 300)}, got ${a.slice(0, 300)}`;
}

function normalizeParsed007(parsed: any): unknown {
  return {
    appId: parsed.appId,
    issueTs: parsed.issueTs,
    expire: parsed.expire,
    salt: parsed.salt,
    services: parsed.services.map((s: any) => {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(s).sort()) {
        out[key] = key === 'privileges' ? Object.fromEntries(Object.entries(s.privileges).map(([k, v]) => [String(k), v])) : s[key];
      }
      return out;
    }),
  };
}

function expected007(c: VectorCase): unknown {
  return normalizeParsed007({
    appId: c.appId,
    issueTs: c.issueTs,
    expire: c.expire,
    salt: c.salt,
    services: (c.services ?? []).map((s) => (s.type === 8 ? { ...s, permissions: s.permissions ?? [] } : s)),
  });
}

export async function runSuite(
  adapter: AdapterUnderTest,
  vectors: VectorCase[],
  checks: readonly CheckName[] = ALL_CHECKS,
): Promise<SuiteResult> {
  const perCheck = Object.fromEntries(ALL_CHECKS.map((k) => [k, { passed: 0, failed: 0, skipped: 0 }])) as SuiteResult['perCheck'];
  const failures: CheckFailure[] = [];
  let passed = 0;
  let failed = 0;

  for (const c of vectors) {
    let caseFailed = false;
    const fixed = adapter.createAgoraKey({
      // 006 builders set ts = now + 24 h in uint32 arithmetic, so the clock is ts - 24 h modulo 2^32.
      clock: () => (c.version === '007' ? c.issueTs! : (c.ts! - 24 * 3600) >>> 0),
      salt: () => c.salt,
    });
    const run = async (check: CheckName, body: () => MaybePromise<string | undefined | 'skip'>) => {
      if (!checks.includes(check)) return;
      let problem: string | undefined | 'skip';
      try {
        problem = await body();
      } catch (error) {
        problem = `threw ${(error as Error)?.name}: ${(error as Error)?.message}`;
      }
      if (problem === 'skip') {
        perCheck[check].skipped++;
      } else if (problem === undefined) {
        perCheck[check].passed++;
      } else {
        perCheck[check].failed++;
        caseFailed = true;
        failures.push({ id: c.id, check, message: problem });
      }
    };

    const spec =
      c.version === '007'
        ? { appId: c.appId, appCertificate: c.appCertificate, issueTs: c.issueTs, expire: c.expire, salt: c.salt, services: servicesForSpec(c.services) }
        : { appId: c.appId, appCertificate: c.appCertificate, channelName: c.channelName, uid: c.uid, salt: c.salt, ts: c.ts, privileges: numericKeys(c.privileges) };

    await run('payload', async () => {
      const content = await (c.version === '007' ? fixed.buildAccessToken2Content(spec) : fixed.buildAccessToken006Content(spec));
      const hex = adapter.bytesToHex(content);
      return hex === c.contentHex ? undefined : `payload differs at byte ${firstDifference(hex, c.contentHex) / 2}`;
    });
    await run('token', async () => {
      const token = await (c.version === '007' ? fixed.buildAccessToken2(spec) : fixed.buildAccessToken006(spec));
      return token === c.token ? undefined : `token differs at character ${firstDifference(token, c.token)}`;
    });
    await run('builder', async () => {
      if (!c.builder) return 'skip';
      const token: string = await builderFunction(fixed, c)(...builderArgs(c));
      const hex = payloadOf(adapter, token);
      return hex === c.contentHex ? undefined : `builder payload differs at byte ${firstDifference(hex, c.contentHex) / 2}`;
    });
    await run('parse', () => {
      const parsed = adapter.parseToken(c.token);
      if (parsed.version !== c.version) return `version ${parsed.version}`;
      if (c.version === '007') return sameJson(normalizeParsed007(parsed), expected007(c));
      return sameJson(
        { appId: parsed.appId, salt: parsed.salt, ts: parsed.ts, privileges: parsed.privileges, crcChannelName: parsed.crcChannelName, crcUid: parsed.crcUid },
        { appId: c.appId, salt: c.salt, ts: c.ts, privileges: c.privileges, crcChannelName: adapter.crc32(utf8(c.channelName!)), crcUid: adapter.crc32(utf8(c.uid!)) },
      );
    });
    await run('verify', async () => {
      const options = c.version === '006' ? { channelName: c.channelName, uid: c.uid } : undefined;
      const good = await fixed.verifyToken(c.token, c.appCertificate, options);
      const wrong = c.appCertificate.toLowerCase() === WRONG_CERTIFICATE ? 'fedcba9876543210fedcba9876543210' : WRONG_CERTIFICATE;
      const bad = await fixed.verifyToken(c.token, wrong, options);
      if (good !== true) return 'the right certificate did not verify';
      if (bad !== false) return 'a wrong certificate verified';
      return undefined;
    });

    if (caseFailed) failed++;
    else passed++;
  }
  return { cases: vectors.length, passed, failed, perCheck, failures };
}

function firstDifference(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}

/** The report every runner prints: a line per check, the failures, and `N passed, N failed`. */
export function formatReport(result: SuiteResult, label: string, maxFailures = 20): string[] {
  const lines: string[] = [];
  for (const check of ALL_CHECKS) {
    const r = result.perCheck[check];
    if (r.passed + r.failed + r.skipped === 0) continue;
    lines.push(`${r.failed === 0 ? 'ok    ' : 'FAIL  '} ${label} ${check}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} without a builder` : ''}`);
  }
  for (const f of result.failures.slice(0, maxFailures)) lines.push(`  ${f.id} [${f.check}] ${f.message}`);
  if (result.failures.length > maxFailures) lines.push(`  ... and ${result.failures.length - maxFailures} more failures`);
  lines.push(`${result.passed} passed, ${result.failed} failed`);
  return lines;
}
