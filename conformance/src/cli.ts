// pnpm conformance [--vectors FILE] [--checks payload,token,...] [--runtime node|node22|node24|deno|bun|chromium|workerd|all]
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { ALL_CHECKS, type CheckName } from './suite.js';

const { values } = parseArgs({
  options: {
    vectors: { type: 'string', default: fileURLToPath(new URL('../vectors/go-reference-vectors.jsonl', import.meta.url)) },
    checks: { type: 'string', default: ALL_CHECKS.join(',') },
    runtime: { type: 'string', default: 'node' },
  },
});

const checks = values.checks!.split(',').map((s) => s.trim()) as CheckName[];
const unknown = checks.filter((c) => !ALL_CHECKS.includes(c));
if (unknown.length) {
  console.error(`unknown check(s): ${unknown.join(', ')}; known: ${ALL_CHECKS.join(', ')}`);
  process.exit(2);
}
// Every runtime, Node included, runs in a child process through its runner: the
// built packages as users get them, the vectors plus the behavioural suite.
const { runRuntime } = await import('./runtimes.js');
process.exit(await runRuntime(values.runtime!, values.vectors!, checks));
