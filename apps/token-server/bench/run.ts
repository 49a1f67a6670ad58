/**
 * `pnpm bench:server`: load-tests GET /rtc/... on this server and, in the
 * same run with the same settings, GET /rtcToken on agora-token 2.0.6's
 * express demo (server/DemoServer.js), both on 127.0.0.1, one after the
 * other. Prints req/s, p99 latency, errors and server CPU per request for
 * each, and the ratio; then the same for two reference servers: Hono minting
 * the same token with none of the server's features (what the features cost),
 * and a bare node:http server answering a constant (the most the load
 * generator can drive on this machine).
 *
 *   pnpm bench:server [--duration 10] [--connections 32]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseToken, verifyToken } from '@agorakey/node';
import autocannon from 'autocannon';
import { DEMO_APP_CERTIFICATE, DEMO_APP_ID } from '../src/config/demo.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    warmup: { type: 'string', default: '2' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const warmup = Number(values.warmup);
if (![duration, connections, warmup].every((n) => Number.isInteger(n) && n >= 0) || duration === 0 || connections === 0) {
  throw new Error('--duration, --connections and --warmup take whole numbers (duration and connections at least 1)');
}

const packageDir = fileURLToPath(new URL('..', import.meta.url));
// Agora's public sample credentials: the numbers do not depend on them, and nothing secret is involved.
const APP_ID = DEMO_APP_ID;
const APP_CERTIFICATE = DEMO_APP_CERTIFICATE;
const CHANNEL = 'bench';
const UID = 1234;

interface Target {
  name: string;
  child: ChildProcess;
  url: string;
}

/** Starts a process and resolves with the port it reports on stdout. */
function launch(name: string, file: string, args: string[], env: Record<string, string>, portPattern: RegExp, path: string): Promise<Target> {
  const child = spawn(file, args, { cwd: packageDir, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start`)), 30_000);
    child.on('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      seen += chunk;
      const match = portPattern.exec(seen);
      if (match) {
        clearTimeout(timer);
        // Keep draining stdout (the access log) so the server never blocks on a full pipe.
        child.stdout!.removeAllListeners('data');
        child.stdout!.resume();
        resolve({ name, child, url: `http://127.0.0.1:${match[1]}${path}` });
      }
    });
  });
}

async function checkToken(target: Target, pick: (body: any) => string, verify: (token: string) => boolean): Promise<void> {
  const response = await fetch(target.url);
  const token = pick(await response.json());
  if (response.status !== 200 || !verify(token)) throw new Error(`${target.name} did not answer a valid token`);
}

interface Measured {
  name: string;
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
  total: number;
  /** The server process's CPU time per request, where /proc tells it (Linux): unlike req/s, it hardly depends on what else the machine runs. */
  cpuMicrosPerRequest: number | undefined;
}

// Linux reports process times in clock ticks of 1/100 s (USER_HZ) on every common build.
const CLOCK_TICKS_PER_SECOND = 100;

function cpuSeconds(pid: number | undefined): number | undefined {
  const stat = `/proc/${pid}/stat`;
  if (pid === undefined || !existsSync(stat)) return undefined;
  // Fields 14 and 15 (utime, stime) follow the parenthesised command name.
  const fields = readFileSync(stat, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

async function load(target: Target, seconds: number): Promise<Measured> {
  const cpuBefore = cpuSeconds(target.child.pid);
  const result = await autocannon({ url: target.url, connections, duration: seconds });
  const cpuAfter = cpuSeconds(target.child.pid);
  const total = result.requests.total;
  return {
    name: target.name,
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    total,
    cpuMicrosPerRequest: cpuBefore === undefined || cpuAfter === undefined || total === 0 ? undefined : ((cpuAfter - cpuBefore) * 1e6) / total,
  };
}

async function measure(target: Target): Promise<Measured> {
  if (warmup > 0) await load(target, warmup);
  return load(target, duration);
}

function stop(target: Target | undefined): void {
  if (target && target.child.exitCode === null) target.child.kill('SIGKILL');
}

// A node:http server that answers a constant: what the load generator can drive at most on this machine.
const CEILING_SERVER = `require('node:http').createServer((q, s) => { s.setHeader('content-type', 'application/json'); s.end('{"ok":true}'); })
  .listen(0, '127.0.0.1', function () { console.log('CEILING_LISTENING ' + this.address().port); });`;

let ours: Target | undefined;
let demo: Target | undefined;
let bareHono: Target | undefined;
let ceiling: Target | undefined;
try {
  ours = await launch(
    'agorakey token-server (GET /rtc/:channel/publisher/uid/:uid, 007)',
    process.execPath,
    ['--import', 'tsx', 'src/entry/node.ts'],
    { APP_ID, APP_CERTIFICATE, HOST: '127.0.0.1', PORT: '0', NODE_ENV: 'production' },
    /"msg":"listening".*?"port":(\d+)/,
    `/rtc/${CHANNEL}/publisher/uid/${UID}`,
  );
  demo = await launch(
    'agora-token 2.0.6 DemoServer.js (GET /rtcToken, express 3.4.8, 006)',
    process.execPath,
    ['bench/demo-server.cjs', APP_ID, APP_CERTIFICATE],
    { NODE_ENV: 'production' },
    /DEMO_LISTENING (\d+)/,
    `/rtcToken?channelName=${CHANNEL}&uid=${UID}`,
  );
  bareHono = await launch(
    'reference: Hono minting the same token, without validation, logging, request id, CORS or cache headers',
    process.execPath,
    ['bench/bare-hono-server.mjs', APP_ID, APP_CERTIFICATE],
    {},
    /BARE_HONO_LISTENING (\d+)/,
    `/rtc/${CHANNEL}/publisher/uid/${UID}`,
  );
  ceiling = await launch('bare node:http answering a constant (the load generator\'s ceiling)', process.execPath, ['-e', CEILING_SERVER], {}, /CEILING_LISTENING (\d+)/, '/');
  // Every server that mints must answer real, verifiable tokens, or the numbers mean nothing.
  // (channelName and uid are what the demo's 006 token signs; a 007 token carries its own.)
  const verifies = (token: string) => verifyToken(parseToken(token), APP_CERTIFICATE, { channelName: CHANNEL, uid: UID }) === true;
  await checkToken(ours, (b) => b.rtcToken, verifies);
  await checkToken(demo, (b) => b.key, verifies);
  await checkToken(bareHono, (b) => b.rtcToken, verifies);

  console.log(`autocannon: ${connections} connections, ${duration} s each after a ${warmup} s warm-up, 127.0.0.1, Node ${process.version}\n`);
  const results: Measured[] = [];
  for (const target of [ours, demo, bareHono, ceiling]) {
    const measured = await measure(target);
    results.push(measured);
    const cpu = measured.cpuMicrosPerRequest === undefined ? '' : `, server CPU ${measured.cpuMicrosPerRequest.toFixed(0)} us/request`;
    console.log(`${measured.name}\n  ${measured.requestsPerSecond.toFixed(0)} req/s, p99 ${measured.p99Ms} ms, ${measured.errors} errors of ${measured.total} requests${cpu}\n`);
  }
  const [a, b, bare, top] = results as [Measured, Measured, Measured, Measured];
  const ratio = a.requestsPerSecond / b.requestsPerSecond;
  console.log(`ratio: ${ratio.toFixed(2)}x the demo server's req/s (target >= 3x with 0 errors)`);
  console.log(`reference: Hono minting the token with no features runs at ${(bare.requestsPerSecond / b.requestsPerSecond).toFixed(2)}x the demo server's req/s`);
  if (a.cpuMicrosPerRequest !== undefined && b.cpuMicrosPerRequest !== undefined) {
    console.log(`CPU per request: ${(b.cpuMicrosPerRequest / a.cpuMicrosPerRequest).toFixed(2)}x less than the demo server`);
  }
  if (a.requestsPerSecond > 0.7 * top.requestsPerSecond) {
    console.log(`note: this server ran at ${((a.requestsPerSecond / top.requestsPerSecond) * 100).toFixed(0)}% of what the load generator can drive here; req/s then understates the difference, CPU per request does not`);
  }
  console.log(`load on this machine: ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')} (1, 5, 15 min; the load generator shares the CPUs)`);
  if (a.errors > 0) process.exitCode = 1;
} finally {
  stop(ours);
  stop(demo);
  stop(bareHono);
  stop(ceiling);
}
