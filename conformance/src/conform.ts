import { runBehaviour, type BehaviourAdapter, type BehaviourResult } from './behaviour.js';
import { ALL_CHECKS, formatReport, runSuite, type CheckName } from './suite.js';
import { parseVectors } from './vectors.js';

/** One adapter configuration to test on a runtime, e.g. "deno 2.9.6 @agorakey/deno subtle". */
export interface Target {
  label: string;
  adapter: BehaviourAdapter;
}

/** The adapter with a different default crypto provider (options given by the test still win). */
export function withProvider(adapter: BehaviourAdapter, crypto: unknown): BehaviourAdapter {
  return { ...adapter, createAgoraKey: (options) => adapter.createAgoraKey({ crypto, ...options }) };
}

export function parseChecks(list: string | undefined): CheckName[] {
  const checks = (list ?? ALL_CHECKS.join(',')).split(',').map((s) => s.trim());
  const unknown = checks.filter((c) => !(ALL_CHECKS as readonly string[]).includes(c));
  if (unknown.length) throw new Error(`unknown check(s): ${unknown.join(', ')}; known: ${ALL_CHECKS.join(', ')}`);
  return checks as CheckName[];
}

function behaviourLines(result: BehaviourResult, label: string, maxFailures = 20): string[] {
  const lines = Object.entries(result.perCheck).map(
    ([group, r]) => `${r.failed === 0 ? 'ok    ' : 'FAIL  '} ${label} behaviour/${group}: ${r.passed} passed, ${r.failed} failed`,
  );
  for (const f of result.failures.slice(0, maxFailures)) lines.push(`  ${f.check}: ${f.id}: ${f.message}`);
  return lines;
}

/**
 * What every runtime runner does: the vector suite and the behavioural tests
 * for each target, one report, and a last line `N passed, N failed` counting
 * vector cases and behavioural tests over all targets.
 */
export async function conform(targets: Target[], vectorsText: string, checkList?: string): Promise<{ lines: string[]; failed: number }> {
  const vectors = parseVectors(vectorsText);
  const checks = parseChecks(checkList);
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const { label, adapter } of targets) {
    const suite = await runSuite(adapter, vectors, checks);
    lines.push(...formatReport(suite, label).slice(0, -1));
    const behaviour = await runBehaviour(adapter);
    lines.push(...behaviourLines(behaviour, label));
    passed += suite.passed + behaviour.passed;
    failed += suite.failed + behaviour.failed;
  }
  lines.push(`${passed} passed, ${failed} failed`);
  return { lines, failed };
}
