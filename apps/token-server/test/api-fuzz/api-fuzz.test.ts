/**
 * Schemathesis (an OpenAPI fuzzer, independent of this code) against the real
 * Node server, driven by /openapi.json alone: every operation, examples,
 * boundary values, random and invalid data, and stateful sequences. It checks
 * that no request gets a 5xx, that every answer has a documented status,
 * content type, headers and body schema, that invalid data and wrong methods
 * are refused with 4xx, and that routes declared as secured refuse requests
 * without the bearer token.
 *
 * One check is left out: positive_data_acceptance ("a schema-valid request
 * must succeed"). Some rules cannot be written in JSON Schema, and the server
 * rightly answers 400 to requests that break them: byte lengths of UTF-8
 * strings, an RTM user id other than "0", rtmuid required when rtcuid is 0,
 * a tokenType-dependent field in /getToken, a token that must decode in
 * /v1/inspect, one entry per (resourceType, permissionType) in RTM2.
 *
 * A fresh seed each run, printed; SCHEMATHESIS_SEED=N reproduces a run.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { randomInt } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../support/server-process.js';

const SCHEMATHESIS = fileURLToPath(new URL('../../../../.tmp/schemathesis/bin/schemathesis', import.meta.url));
// Schemathesis keeps a cache (.schemathesis/) in its working directory: run it in the git-ignored .tmp/.
const WORK_DIR = fileURLToPath(new URL('../../../../.tmp/', import.meta.url));
const APP_ID = '0123456789abcdef0123456789abcdef';
const APP_CERTIFICATE = 'fedcba9876543210fedcba9876543210';
const AUTH_TOKEN = 'api-fuzz-bearer-token-0123456789';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer('node', { APP_ID, APP_CERTIFICATE, AUTH_TOKENS: AUTH_TOKEN });
}, 60_000);
afterAll(async () => {
  server?.kill();
  await server?.exited;
});

function run(file: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd: WORK_DIR, env: { ...process.env, NO_COLOR: '1', SCHEMATHESIS_TELEMETRY: 'false' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('the OpenAPI document, fuzzed by schemathesis against the Node server', () => {
  it('finds no 5xx, no undocumented answer and no accepted invalid request', { timeout: 240_000 }, async () => {
    expect(existsSync(SCHEMATHESIS), `schemathesis is not installed at ${SCHEMATHESIS}: run \`bash scripts/setup.sh\``).toBe(true);
    const seed = process.env.SCHEMATHESIS_SEED ?? String(randomInt(0x7fffffff));
    const { code, output } = await run(SCHEMATHESIS, [
      'run',
      `${server.url}/openapi.json`,
      '--checks', 'all',
      '--exclude-checks', 'positive_data_acceptance',
      '--max-examples', '40',
      '--seed', seed,
      '--header', `Authorization: Bearer ${AUTH_TOKEN}`,
    ]);
    const summary = output.slice(output.lastIndexOf('Test cases:'));
    console.log(`schemathesis seed ${seed} (SCHEMATHESIS_SEED=${seed} reproduces it): ${summary.split('\n')[1]?.trim()}`);
    expect(code, output).toBe(0);
    expect(output).toMatch(/\d+ generated, \d+ passed/);
  });
});
