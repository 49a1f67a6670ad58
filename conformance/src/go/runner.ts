import fc from 'fast-check';
import type { Family } from './properties.js';

/**
 * Runs one family under fast-check. A property stops at its first failure and
 * shrinks it, so a family reports either all its cases passed, or the cases
 * before the failure passed and one (shrunk) case failed.
 */

export interface FamilyResult {
  name: string;
  title: string;
  runs: number;
  passed: number;
  failed: number;
  /** When it failed: the shrunk counterexample's message, vector line, note, and the path to replay it alone. */
  failure?: { message: string; line: string; note: string; path: string | null; shrinks: number };
  ms: number;
}

export interface RunOptions {
  seed: number;
  numRuns: number;
  /** fast-check's counterexample path, to replay one failing case (`--path`). */
  path?: string;
}

export async function runFamily<T>(family: Family<T>, options: RunOptions, id: string): Promise<FamilyResult> {
  const started = performance.now();
  const property = fc.asyncProperty(family.arbitrary, (value) => family.check(value));
  const details = await fc.check(property, {
    seed: options.seed,
    numRuns: options.numRuns,
    ...(options.path ? { path: options.path } : {}),
  });
  const result: FamilyResult = {
    name: family.name,
    title: family.title,
    runs: details.numRuns,
    passed: details.failed ? details.numRuns - 1 : details.numRuns,
    failed: details.failed ? 1 : 0,
    ms: performance.now() - started,
  };
  if (details.failed) {
    const value = details.counterexample![0];
    const error = details.errorInstance;
    // Writing the case asks Go again; if that fails too, still report the failure itself.
    const { line, note } = await family.fixture(value, id).catch((e: unknown) => ({ line: '', note: `could not write the case as a vector: ${String(e)}` }));
    result.failure = {
      message: error instanceof Error ? error.message : String(error),
      line,
      note,
      path: details.counterexamplePath,
      shrinks: details.numShrinks,
    };
  }
  return result;
}
