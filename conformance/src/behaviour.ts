import { FIXED_NOW, FIXED_SALT, type BehaviourAdapter, type BehaviourTest, type TestContext } from './behaviour/harness.js';
import { parseErrorTests } from './behaviour/parse-errors.js';
import { roundTripTests } from './behaviour/round-trips.js';
import { validationTests } from './behaviour/validation.js';

export type { BehaviourAdapter } from './behaviour/harness.js';

/**
 * The engine's behavioural tests (input validation codes, parse errors,
 * round trips), written once against an adapter like the vector suite and
 * runnable on every runtime: no Node, Deno or DOM APIs.
 */
export const BEHAVIOUR_TESTS: readonly BehaviourTest[] = [...validationTests, ...parseErrorTests, ...roundTripTests];

export interface BehaviourResult {
  cases: number;
  passed: number;
  failed: number;
  perCheck: Record<string, { passed: number; failed: number; skipped: number }>;
  failures: { id: string; check: string; message: string }[];
}

export async function runBehaviour(adapter: BehaviourAdapter, tests: readonly BehaviourTest[] = BEHAVIOUR_TESTS): Promise<BehaviourResult> {
  const newApi: TestContext['newApi'] = (options = {}) => adapter.createAgoraKey(options);
  const api = newApi({ clock: () => FIXED_NOW, salt: () => FIXED_SALT });
  const probe = api.FpaTokenBuilder.buildToken('970ca35de60c44645bbae8a215061b33', '5cfd2fd1755d40ecb72977518be15d3b');
  const isAsync = typeof probe?.then === 'function';
  await probe;
  const context: TestContext = { adapter, api, isAsync, newApi };

  const result: BehaviourResult = { cases: tests.length, passed: 0, failed: 0, perCheck: {}, failures: [] };
  for (const test of tests) {
    const tally = (result.perCheck[test.group] ??= { passed: 0, failed: 0, skipped: 0 });
    let problem: string | undefined;
    try {
      problem = await test.body(context);
    } catch (error) {
      problem = `threw ${(error as Error)?.name}: ${(error as Error)?.message}`;
    }
    if (problem === undefined) {
      tally.passed++;
      result.passed++;
    } else {
      tally.failed++;
      result.failed++;
      result.failures.push({ id: test.name, check: test.group, message: problem });
    }
  }
  return result;
}
