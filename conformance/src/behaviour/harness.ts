import type { AdapterUnderTest } from '../suite.js';

/**
 * The adapter as the behavioural tests see it: the suite's view plus base64
 * encoding (to forge tokens), parse options, and a crypto provider option.
 */
export interface BehaviourAdapter extends AdapterUnderTest {
  createAgoraKey(options: { clock?: () => number; salt?: () => number; crypto?: any }): Record<string, any>;
  parseToken(token: string, options?: { maxInflatedBytes?: number; maxTokenLength?: number }): any;
  encodeBase64(bytes: Uint8Array): string;
}

export type Api = Record<string, any>;

/**
 * What a test body receives. `api` has a fixed clock and salt so tokens are
 * reproducible; `isAsync` says whether this adapter's builders return Promises.
 */
export interface TestContext {
  adapter: BehaviourAdapter;
  api: Api;
  isAsync: boolean;
  newApi(options?: { clock?: () => number; salt?: () => number; crypto?: unknown }): Api;
}

/** A test returns nothing when it passes and a description of the problem when it fails. */
export type TestBody = (t: TestContext) => Promise<string | undefined> | string | undefined;

export interface BehaviourTest {
  group: string;
  name: string;
  body: TestBody;
}

export const APP_ID = '970ca35de60c44645bbae8a215061b33';
export const APP_CERTIFICATE = '5cfd2fd1755d40ecb72977518be15d3b';
export const OTHER_CERTIFICATE = '0123456789abcdef0123456789abcdef';
export const FIXED_NOW = 1_700_000_000;
export const FIXED_SALT = 12_345_678;

interface ErrorLike {
  name?: string;
  code?: string;
  parameter?: string;
  message?: string;
}

/**
 * Runs `call` and checks that it failed with `code`. An API call on an
 * asynchronous adapter must reject its Promise, never throw synchronously
 * (a `.catch()` handler would miss that); `kind: 'sync'` is for functions
 * that are synchronous everywhere, such as parseToken.
 */
export async function expectCode(
  t: TestContext,
  call: () => unknown,
  code: string,
  kind: 'api' | 'sync' = 'api',
): Promise<string | undefined> {
  let error: ErrorLike | undefined;
  let result: unknown;
  try {
    result = call();
  } catch (thrown) {
    if (kind === 'api' && t.isAsync) return `threw ${(thrown as ErrorLike)?.code} synchronously instead of returning a rejected Promise`;
    error = thrown as ErrorLike;
  }
  if (!error) {
    if (kind === 'sync' || !t.isAsync) return `did not fail (expected ${code})`;
    if (typeof (result as Promise<unknown>)?.then !== 'function') return 'did not return a Promise';
    try {
      await result;
      return `resolved (expected ${code})`;
    } catch (rejected) {
      error = rejected as ErrorLike;
    }
  }
  if (error?.code !== code) return `expected ${code}, got ${error?.code ?? String(error)}`;
  if (!/Error$/.test(error.name ?? '')) return `error name ${error.name}`;
  return undefined;
}

/** Compares as JSON; returns the difference. */
export function same(actual: unknown, expected: unknown, what: string): string | undefined {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  return a === e ? undefined : `${what}: expected ${e}, got ${a}`;
}

/** The first problem among several checks. */
export function firstProblem(...problems: (string | undefined)[]): string | undefined {
  return problems.find((p) => p !== undefined);
}
