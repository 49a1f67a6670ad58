import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { binaries } from '../runtimes/binaries.js';
import type { CheckName } from './suite.js';

/**
 * `pnpm conformance --runtime NAME`: runs conformance/runtimes/<runtime>/run.ts
 * on that runtime (`all`: on each in turn) and ends with one line
 * `N passed, N failed` summing the runners' own summary lines.
 */
const runner = (dir: string) => fileURLToPath(new URL(`../runtimes/${dir}/run.ts`, import.meta.url));
const tsx = import.meta.resolve('tsx');
const withTsx = (node: () => string, dir: string) => () => [node(), '--import', tsx, runner(dir)];

export const RUNTIMES: Record<string, () => string[]> = {
  node: withTsx(binaries.node, 'node'),
  node22: withTsx(binaries.node22, 'node'),
  node24: withTsx(binaries.node24, 'node'),
  deno: () => [binaries.deno(), 'run', '--allow-read', runner('deno')],
  bun: () => [binaries.bun(), runner('bun')],
  // Node drives these two: it bundles the suite and starts the browser or workerd.
  chromium: withTsx(binaries.node, 'chromium'),
  workerd: withTsx(binaries.node, 'workerd'),
};

// No runtime may reach the network: no update checks, no telemetry.
const quiet = { ...process.env, DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1', DO_NOT_TRACK: '1' };
const SUMMARY = /^(\d+) passed, (\d+) failed$/;

interface Outcome {
  passed: number;
  failed: number;
}

/** Runs one runner, echoing its report except its summary line, which it returns. */
async function runOne(name: string, vectorsPath: string, checks: readonly CheckName[]): Promise<Outcome> {
  const [command, ...args] = RUNTIMES[name]!();
  const child = spawn(command!, [...args, vectorsPath, checks.join(',')], { env: quiet, stdio: ['ignore', 'pipe', 'inherit'] });
  let summary: Outcome | undefined;
  for await (const line of createInterface({ input: child.stdout! })) {
    const match = SUMMARY.exec(line);
    if (match) summary = { passed: Number(match[1]), failed: Number(match[2]) };
    else console.log(line);
  }
  const code = await new Promise<number>((resolve) => child.on('close', (exitCode) => resolve(exitCode ?? 1)));
  // A runner with failures exits non-zero; one that crashed has no summary or claims none failed.
  if (summary && (code === 0 || summary.failed > 0)) return summary;
  console.log(`FAIL   ${name}: exited with code ${code}${summary ? '' : ' without a summary'}`);
  return { passed: summary?.passed ?? 0, failed: (summary?.failed ?? 0) + 1 };
}

export async function runRuntime(name: string, vectorsPath: string, checks: readonly CheckName[]): Promise<number> {
  const names = name === 'all' ? Object.keys(RUNTIMES) : [name];
  const unknown = names.filter((n) => !(n in RUNTIMES));
  if (unknown.length) {
    console.error(`unknown runtime ${unknown.join(', ')}; known: ${Object.keys(RUNTIMES).join(', ')}, all`);
    return 2;
  }
  const total: Outcome = { passed: 0, failed: 0 };
  for (const n of names) {
    const outcome = await runOne(n, vectorsPath, checks);
    total.passed += outcome.passed;
    total.failed += outcome.failed;
  }
  console.log(`${total.passed} passed, ${total.failed} failed`);
  return total.failed === 0 ? 0 : 1;
}
