import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { AccessToken006Spec } from '@agorakey/core';

/**
 * The TypeScript end of conformance/go: builds the Go program on first use and
 * talks to it in JSON lines (one request, then its one response). Node-only:
 * the Go side is a separate process, which no browser or edge runtime has.
 */

export const GO_DIR = fileURLToPath(new URL('../../go/', import.meta.url));
export const GO_BINARY = join(GO_DIR, 'bin', process.platform === 'win32' ? 'agorakey-go.exe' : 'agorakey-go');

/** `go` on PATH, or the toolchain named by $GO (e.g. GO=/usr/local/go/bin/go). */
export function goCommand(): string {
  return process.env.GO || 'go';
}

/** Toolchains that already built the binary in this process. */
const builtWith = new Set<string>();

/**
 * Runs `go build` once per process (and toolchain). Always building, rather
 * than reusing a binary found on disk, means an edited .go file is never
 * tested stale; Go's build cache makes the repeat cheap.
 */
export function buildGoHarness(go = goCommand()): string {
  if (builtWith.has(go)) return GO_BINARY;
  const result = spawnSync(go, ['build', '-o', GO_BINARY, '.'], { cwd: GO_DIR, encoding: 'utf8' });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(
      `the Go toolchain is missing: \`${go}\` was not found on PATH. The differential tests compare against Go's ` +
        'compress/zlib, so they need Go 1.19 or later: install it and put `go` on PATH, or set GO=/path/to/go.',
    );
  }
  if (result.error) throw new Error(`could not run \`${go} build\`: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`\`${go} build\` failed in ${GO_DIR}:\n${result.stderr}`);
  builtWith.add(go);
  return GO_BINARY;
}

type Json = Record<string, unknown>;

export interface Parsed006 {
  appId: string;
  signatureHex: string;
  crcChannelName: number;
  crcUid: number;
  ts: number;
  salt: number;
  /** Privilege id (a decimal string: JSON object keys) → expiry. */
  privileges: Record<string, number>;
}

interface Pending {
  id: number;
  resolve: (value: Json) => void;
  reject: (error: Error) => void;
}

export class GoHarness {
  private nextId = 1;
  private readonly pending: Pending[] = [];
  private stderr = '';
  private exited: Error | undefined;

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    createInterface({ input: child.stdout }).on('line', (line) => this.onLine(line));
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    child.on('error', (error) => this.fail(error));
    child.on('exit', (code, signal) => this.fail(new Error(`the Go harness exited (code ${code}, signal ${signal})${this.stderr ? `: ${this.stderr.trim()}` : ''}`)));
  }

  /** Builds (first time in this process) and starts the Go program. */
  static start(): GoHarness {
    return new GoHarness(spawn(buildGoHarness(), [], { stdio: ['pipe', 'pipe', 'pipe'] }));
  }

  private onLine(line: string): void {
    const waiter = this.pending.shift();
    if (!waiter) return this.fail(new Error(`the Go harness answered a question nobody asked: ${line.slice(0, 200)}`));
    let message: Json;
    try {
      message = JSON.parse(line) as Json;
    } catch {
      return waiter.reject(new Error(`the Go harness wrote a line that is not JSON: ${line.slice(0, 200)}`));
    }
    // Responses come back in order; the echoed id proves it.
    if (message.id !== waiter.id) return waiter.reject(new Error(`expected the answer to request ${waiter.id}, got ${String(message.id)}`));
    if (typeof message.error === 'string') return waiter.reject(new Error(`Go harness: ${message.error}`));
    waiter.resolve(message);
  }

  private fail(error: Error): void {
    this.exited ??= error;
    for (const waiter of this.pending.splice(0)) waiter.reject(error);
  }

  request(op: string, fields: Json = {}): Promise<Json> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.nextId++;
    return new Promise<Json>((resolve, reject) => {
      this.pending.push({ id, resolve, reject });
      this.child.stdin.write(`${JSON.stringify({ ...fields, op, id })}\n`);
    });
  }

  /** The Go release that compiled the harness (it decides compress/flate's bytes). */
  async version(): Promise<string> {
    return String((await this.request('version')).go);
  }

  /** Go's compress/zlib NewWriter (default level 6) output for `data`. */
  async zlib(data: Uint8Array): Promise<Uint8Array> {
    const { hex } = await this.request('zlib', { hex: Buffer.from(data).toString('hex') });
    return new Uint8Array(Buffer.from(String(hex), 'hex'));
  }

  /** "007" + base64(Go zlib(content)): the reference's last step over a 007 payload. */
  async token007(content: Uint8Array): Promise<string> {
    return String((await this.request('token007', { contentHex: Buffer.from(content).toString('hex') })).token);
  }

  /** go-tokenbuilder's 006 token for these fields (AgoraIO-Community's packaging of Agora's 006 Go code). */
  async build006(spec: AccessToken006Spec): Promise<string> {
    const { appId, appCertificate, channelName, uid, ts, salt, privileges } = spec;
    return String((await this.request('build006', { token006: { appId, appCertificate, channelName, uid, ts, salt, privileges } })).token);
  }

  /** What go-tokenbuilder's `FromString` reads from a 006 token. */
  async parse006(token: string): Promise<Parsed006> {
    const { id: _id, ...fields } = await this.request('parse006', { token });
    return fields as unknown as Parsed006;
  }

  /** Closes stdin and waits for the program to exit. */
  async close(): Promise<void> {
    if (this.exited) return;
    await new Promise<void>((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.stdin.end();
    });
  }
}
