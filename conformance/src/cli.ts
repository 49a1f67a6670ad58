// pnpm conformance [--vectors FILE] [--checks payload,token,...] [--runtime node|...]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { ALL_CHECKS, formatReport, runSuite, type CheckName } from './suite.js';
import { parseVectors } from './vectors.js';

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
if (values.runtime !== 'node') {
  const { runRuntime } = await import('./runtimes.js');
  process.exit(await runRuntime(values.runtime!, values.vectors!, checks));
}
const vectors = parseVectors(readFileSync(values.vectors!, 'utf8'));
// The built package, as users get it.
const adapter = await import('@agorakey/node');
const result = await runSuite(adapter, vectors, checks);
for (const line of formatReport(result, `node ${process.versions.node}`)) console.log(line);
process.exit(result.failed === 0 ? 0 : 1);
