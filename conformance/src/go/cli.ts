// pnpm conformance:go [--cases N] [--seed S] [--only zlib,token007,token006,vectors] [--path P] [--vectors FILE]
//
// Differential fuzzing of agorakey against Go's compress/zlib (the Go
// reference's last step for 007) and Go's go-tokenbuilder (006), plus
// regeneration of the committed vectors' 007 compression and 006 tokens.
// Needs a Go toolchain and the built packages (`pnpm build`).
import { randomInt } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseVectors } from '../vectors.js';
import { GoHarness } from './harness.js';
import { token006Family, token007Family, zlibFamily, type AgoraKey, type Family } from './properties.js';
import { REFERENCE_MODULE, regenerateVectors } from './regenerate.js';
import { runFamily, type FamilyResult } from './runner.js';

const FAMILIES = ['zlib', 'token007', 'token006'] as const;

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    only: { type: 'string' },
    path: { type: 'string' },
    vectors: { type: 'string', default: fileURLToPath(new URL('../../vectors/go-reference-vectors.jsonl', import.meta.url)) },
  },
});

function usage(message: string): never {
  console.error(`conformance:go: ${message}`);
  process.exit(2);
}

const cases = Number(values.cases);
if (!Number.isSafeInteger(cases) || cases < 0) usage(`--cases must be a non-negative integer; got ${values.cases}`);
// A fresh seed each run explores new inputs; printing it makes every run reproducible.
const seed = values.seed === undefined ? randomInt(0x7fffffff) : Number(values.seed);
if (!Number.isSafeInteger(seed) || seed < -0x80000000 || seed > 0x7fffffff) usage(`--seed must be a 32-bit integer; got ${values.seed}`);
const only = (values.only ?? [...FAMILIES, 'vectors'].join(',')).split(',').map((s) => s.trim());
const unknown = only.filter((s) => !(FAMILIES as readonly string[]).includes(s) && s !== 'vectors');
if (unknown.length) usage(`unknown --only part(s): ${unknown.join(', ')}; known: ${[...FAMILIES, 'vectors'].join(', ')}`);
if (values.path && only.filter((s) => s !== 'vectors').length !== 1) usage('--path replays one case: give --only a single family');

let agorakey: AgoraKey;
try {
  // The built package, as users get it (as `pnpm conformance` does).
  agorakey = await import('@agorakey/node');
} catch (error) {
  usage(`cannot load @agorakey/node (${(error as Error).message}); run \`pnpm build\` first`);
}

let go: GoHarness;
try {
  go = GoHarness.start();
} catch (error) {
  usage((error as Error).message);
}

const families: Family<any>[] = [zlibFamily(go, agorakey), token007Family(go, agorakey), token006Family(go, agorakey)].filter((f) => only.includes(f.name));
const shareTotal = families.reduce((n, f) => n + f.share, 0);
const runsOf = (f: Family<unknown>) => Math.round((cases * f.share) / shareTotal);

console.log(`agorakey vs Go: ${await go.version()}, Node ${process.version}`);
console.log(`seed ${seed}, ${cases} cases (${families.map((f) => `${f.name} ${runsOf(f)}`).join(', ') || 'no fuzzing'})`);
const rerun = `pnpm conformance:go --seed ${seed} --cases ${cases}${values.only === undefined ? '' : ` --only ${values.only}`}`;
console.log(`reproduce or extend: ${rerun}`);

let passed = 0;
let failed = 0;
const report = (r: FamilyResult) => {
  passed += r.passed;
  failed += r.failed;
  console.log(`${r.failed ? 'FAIL ' : 'ok   '} ${r.title}: ${r.passed} passed, ${r.failed} failed (${(r.ms / 1000).toFixed(1)} s)`);
  if (!r.failure) return;
  const f = r.failure;
  console.log(`      shrunk ${f.shrinks} times to: ${f.message}`);
  if (f.path) console.log(`      replay it alone: pnpm conformance:go --seed ${seed} --cases ${cases} --only ${r.name} --path "${f.path}"`);
  console.log(`      as a vector (${f.note}):`);
  if (f.line.length <= 20_000) console.log(f.line);
  else {
    // Shrinking may still leave a long case; keep the terminal readable and the line intact.
    const dir = fileURLToPath(new URL('../../.tmp/', import.meta.url));
    mkdirSync(dir, { recursive: true });
    const file = `${dir}conformance-go-s${seed}-${r.name}.jsonl`;
    writeFileSync(file, `${f.line}\n`);
    console.log(`      (${f.line.length} characters, written to ${file})`);
  }
};

try {
  for (const family of families) {
    report(await runFamily(family, { seed, numRuns: runsOf(family), ...(values.path ? { path: values.path } : {}) }, `s${seed}-fuzz-${family.name}-0`));
  }
  if (only.includes('vectors')) {
    const v = await regenerateVectors(go, agorakey, parseVectors(readFileSync(values.vectors!, 'utf8')));
    const goVersion = await go.version();
    passed += v.goMatches + v.agorakeyMatches + v.go006Matches;
    failed += 2 * v.total007 - v.goMatches - v.agorakeyMatches + v.total006 - v.go006Matches;
    const mark = (n: number) => (n === v.total007 ? 'ok   ' : 'FAIL ');
    console.log(`${mark(v.goMatches)} vectors: ${goVersion} reproduces ${v.goMatches} of ${v.total007} 007 tokens the reference made with Go 1.19 ("007"+base64(zlib(contentHex)))`);
    console.log(`${mark(v.agorakeyMatches)} vectors: agorakey's zlibDeflate reproduces ${v.agorakeyMatches} of ${v.total007}`);
    console.log(`${v.go006Matches === v.total006 ? 'ok   ' : 'FAIL '} vectors: Go's go-tokenbuilder rebuilds ${v.go006Matches} of ${v.total006} 006 tokens from their fields`);
    for (const m of v.mismatches) console.log(`      ${m.id}: ${m.who === 'go' ? goVersion : m.who} did not reproduce the token`);
    console.log(
      `note  vectors: 007 signing by the Go reference itself was NOT re-run: the module ${REFERENCE_MODULE} is refused by this machine's Go module proxy ` +
        `(403 "This module version is not available"), so 007 contentHex (the signed payload) is taken as committed.`,
    );
  }
} finally {
  await go.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
