import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { buildWorker } from '../../scripts/build-worker.js';
import { PACKAGE_DIR, bunBinary, denoBinary, workerdBinary } from '../../scripts/runtime-binaries.js';

export type Runtime = 'node' | 'deno' | 'bun' | 'workerd';

export interface RunningServer {
  runtime: Runtime;
  /** http://127.0.0.1:<port> */
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the server printed, stdout and stderr. */
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  isRunning(): boolean;
  kill(signal?: NodeJS.Signals): void;
}

const STARTUP_TIMEOUT_MS = 45_000;

function command(runtime: Exclude<Runtime, 'workerd'>): [string, string[]] {
  switch (runtime) {
    case 'node':
      return [process.execPath, ['--import', 'tsx', 'src/entry/node.ts']];
    case 'deno':
      return [denoBinary(), ['run', '--allow-net', '--allow-env', '--allow-read', 'src/entry/deno.ts']];
    case 'bun':
      return [bunBinary(), ['src/entry/bun.ts']];
  }
}

function collect(stream: Readable | null, into: string[]): void {
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => into.push(chunk));
}

/** workerd needs a bundle and a Cap'n Proto config; the settings become text bindings, as wrangler's [vars] do. */
async function workerdCommand(settings: Record<string, string>): Promise<[string, string[]]> {
  const dir = mkdtempSync(join(tmpdir(), 'token-server-workerd-'));
  await buildWorker(join(dir, 'worker.js'));
  const bindings = Object.entries(settings)
    .filter(([name]) => name !== 'HOST' && name !== 'PORT')
    .map(([name, value]) => `(name = ${JSON.stringify(name)}, text = ${JSON.stringify(value)})`)
    .join(', ');
  writeFileSync(
    join(dir, 'config.capnp'),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker) ],
  sockets = [ (name = "http", address = "127.0.0.1:0", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [ (name = "worker.js", esModule = embed "worker.js") ],
  compatibilityDate = "2026-11-01",
  bindings = [ ${bindings} ],
);
`,
  );
  return [workerdBinary(), ['serve', join(dir, 'config.capnp'), '--control-fd=3']];
}

/**
 * Starts the server on `runtime`, listening on 127.0.0.1 on a port the OS
 * picks, and resolves once it says where it listens (the "listening" log line,
 * or workerd's control message).
 */
export async function startServer(runtime: Runtime, settings: Record<string, string>): Promise<RunningServer> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), HOST: '127.0.0.1', PORT: '0', ...settings };
  const [file, args] = runtime === 'workerd' ? await workerdCommand(settings) : command(runtime);
  const child = spawn(file, args, { cwd: PACKAGE_DIR, env, stdio: ['ignore', 'pipe', 'pipe', runtime === 'workerd' ? 'pipe' : 'ignore'] });
  const chunks: string[] = [];
  collect(child.stdout, chunks);
  collect(child.stderr, chunks);
  let running = true;
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => {
    running = false;
    resolve(code);
  }));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${runtime} did not start within ${STARTUP_TIMEOUT_MS} ms:\n${chunks.join('')}`)), STARTUP_TIMEOUT_MS);
    const done = (value: number) => {
      clearTimeout(timer);
      resolve(value);
    };
    void exited.then((code) => reject(new Error(`${runtime} exited with ${code} before listening:\n${chunks.join('')}`)));
    if (runtime === 'workerd') {
      const control = child.stdio[3] as Readable;
      control.setEncoding('utf8');
      control.on('data', (text: string) => {
        const match = /"port":(\d+)/.exec(text);
        if (match) done(Number(match[1]));
      });
    } else {
      const poll = setInterval(() => {
        const match = /"msg":"listening".*?"port":(\d+)/.exec(chunks.join(''));
        if (match) {
          clearInterval(poll);
          done(Number(match[1]));
        }
      }, 20);
      void exited.then(() => clearInterval(poll));
    }
  });

  return {
    runtime,
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    output: () => chunks.join(''),
    exited,
    isRunning: () => running,
    kill: (signal = 'SIGTERM') => {
      if (running) child.kill(signal);
    },
  };
}
